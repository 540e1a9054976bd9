/**
 * `samstemt report [PATH] --format html|md|json --output FILE --lang nb|nn|en`:
 * the alignment report of the workspace at PATH (default: the current
 * folder; a path inside a workspace reports the whole workspace). A folder
 * holding several cooperations gives one report per workspace: one HTML page
 * or Markdown text with a part each, or JSON `{ version, workspaces: [...] }`.
 *
 * Exit codes: 0 the report was written; 2 the tool could not run. Lint
 * findings do not fail the report (use `samstemt check` for a gate).
 */
import path from 'node:path';
import { toPath, toUri } from '../node/nodeHost.js';
import { buildAlignmentReport, diagnosticsOf, type AlignmentReport } from '../report/reportModel.js';
import { renderHtml } from '../report/html.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderJson, toReportJson } from '../report/json.js';
import type { Lang } from '../engine/types.js';
import { parseArgs, single } from './args.js';
import { inputFiles, outputFile, parseLang, refuseInputAsOutput, tellDefaults, tellRuleErrors, unconfiguredDirs, unreadableConfigs, unreadableFiles, writeOutput } from './check.js';
import { cliText } from './messages.js';
import { jsonWithoutRawControls, withoutControls } from './printable.js';
import { UsageError, type CliIo } from './io.js';
import { createNodeEngine, resolveTargets } from './workspaceSetup.js';

export const REPORT_FORMATS = ['html', 'md', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Analyses the workspaces under `paths` and builds their reports (for the command and tests). */
export function buildReports(cwd: string, paths: readonly string[], lang?: Lang): { reports: AlignmentReport[]; errors: { rule: string; message: string }[]; unconfigured: { dir: string; lang: Lang }[]; unreadable: string[]; inputs: Set<string> } {
  if (paths.length > 1) throw new UsageError('reportOnePath');
  const targets = resolveTargets(cwd, paths);
  const { engine, host } = createNodeEngine(targets, lang ? { lang } : {});
  const result = engine.analyze();
  const target = targets[0]!;
  const targetUri = toFolderUri(target.root);
  // The cooperation the path is in, or, for a folder above several cooperations, each of them
  // (and the loose documents there, read with the defaults, as a workspace of their own).
  const inside = result.workspaces.filter((ws) => targetUri.startsWith(ws.root));
  const deepest = inside.sort((a, b) => b.root.length - a.root.length)[0];
  const chosen = deepest?.config.uri !== undefined ? [deepest] : result.workspaces.filter((ws) => ws === deepest || ws.root.startsWith(targetUri));
  const reports = chosen.map((ws) => buildAlignmentReport(ws, diagnosticsOf(ws, result.diagnostics), lang ? { lang } : {}));
  const runLang = lang ?? chosen[0]?.config.language ?? 'nb';
  // A report without a member's strategy (permission denied, a link to nothing) would look complete: none at all.
  const reported = chosen.map((ws) => path.resolve(toPath(ws.root))).map((dir) => ({ path: dir, isFile: false, root: dir }));
  return { reports, errors: result.errors, inputs: inputFiles(result.workspaces), unconfigured: unconfiguredDirs(cwd, chosen), unreadable: [...unreadableConfigs(cwd, chosen, runLang, host), ...unreadableFiles(cwd, host, reported, runLang)] };
}

/** `cwd`: JSON names each workspace's `root` relative to it, as `check` does (several cooperations without a name stay apart). */
export function renderReports(reports: readonly AlignmentReport[], format: ReportFormat, generated?: string, cwd?: string): string {
  // Goal titles come from the documents; the report goes to a terminal by default (printable.ts).
  if (format === 'html') return withoutControls(renderHtml(reports, generated ? { generated } : {}));
  if (format === 'md') return withoutControls(renderMarkdown(reports));
  const rootOf = (r: AlignmentReport) => (cwd === undefined ? undefined : path.relative(cwd, toPath(r.root)).split(path.sep).join('/') || '.');
  if (reports.length === 1) return jsonWithoutRawControls(renderJson(reports[0]!, rootOf(reports[0]!)));
  return jsonWithoutRawControls(JSON.stringify({ version: 1, workspaces: reports.map((r) => toReportJson(r, rootOf(r))) }, null, 2)) + '\n';
}

export function runReport(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, ['format', 'output', 'lang'], []);
  const output = outputFile(args);
  // Without --format, `--output rapport.md` means Markdown (and .json JSON), as the file name says. Values in any case.
  const formatText = single(args, 'format');
  const format = formatText?.trim().toLowerCase() ?? formatOfFile(output) ?? 'html';
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError('formatValue', { values: REPORT_FORMATS.join(', '), value: formatText ?? format });
  const lang = parseLang(single(args, 'lang'));
  const { reports, errors, inputs, unconfigured, unreadable } = buildReports(io.cwd, args.positionals, lang);
  const runLang = lang ?? reports[0]?.lang ?? 'nb';
  refuseInputAsOutput(io.cwd, output, inputs, runLang);
  tellDefaults(io, lang, unconfigured);
  tellRuleErrors(io, runLang, errors);
  // A report without the cooperation's members and frameworks would look official and be empty: none at all.
  if (unreadable.length) {
    for (const line of unreadable) io.stderr(line);
    return 2;
  }
  if (!reports.length) throw new UsageError('noWorkspace', { path: args.positionals[0] ?? '.' });
  const generated = generatedDate(io, runLang);
  const text = renderReports(reports, format as ReportFormat, generated.toISOString().slice(0, 10), io.cwd);
  if (output) {
    writeOutput(io.cwd, output, text, runLang);
    io.stderr(WROTE[runLang].replace('{format}', format).replace('{file}', output));
  } else io.stdout(text);
  return 0;
}

/**
 * The report's date: SOURCE_DATE_EPOCH (reproducible builds) when it is a
 * whole number of seconds; else today, with a one-line warning when it is set
 * but invalid or blank (as reproducible-build tools do).
 */
function generatedDate(io: CliIo, lang: Lang): Date {
  const epoch = io.env.SOURCE_DATE_EPOCH;
  if (epoch === undefined) return new Date();
  const date = /^[0-9]+$/.test(epoch.trim()) ? new Date(Number(epoch.trim()) * 1000) : undefined;
  if (date && !Number.isNaN(date.getTime())) return date;
  io.stderr(cliText(lang, 'badEpoch', { value: epoch }));
  return new Date();
}

function formatOfFile(file: string | undefined): ReportFormat | undefined {
  const ext = file ? path.extname(file).toLowerCase() : '';
  return ext === '.md' || ext === '.markdown' ? 'md' : ext === '.json' ? 'json' : ext === '.html' || ext === '.htm' ? 'html' : undefined;
}

function toFolderUri(dir: string): string {
  const u = toUri(dir);
  return u.endsWith('/') ? u : u + '/';
}

const WROTE: Record<Lang, string> = {
  en: 'samstemt: wrote the {format} report to {file}\n',
  nb: 'samstemt: skrev rapporten ({format}) til {file}\n',
  nn: 'samstemt: skreiv rapporten ({format}) til {file}\n',
};
