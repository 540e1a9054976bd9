/** `samstemt check`: lint workspaces and print the result in one of five formats. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang, SeverityLevel } from '../engine/types.js';
import type { WorkspaceModel } from '../engine/workspaceModel.js';
import { allRules, ruleById } from '../rules/index.js';
import { ruleDocsUrl } from '../engine/rule.js';
import { toPath } from '../node/nodeHost.js';
import { formatters, isFormatName, FORMAT_NAMES, type CheckReport, type JsonDiagnostic, type RuleInfo } from './formatters/index.js';
import { parseArgs, single } from './args.js';
import { UsageError, VERSION, type CliIo } from './io.js';
import { createNodeEngine, inTargets, resolveTargets } from './workspaceSetup.js';

const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];

export function parseLang(v: string | undefined): Lang | undefined {
  if (v === undefined) return undefined;
  if (v === 'nb' || v === 'nn' || v === 'en') return v;
  throw new UsageError(`--lang must be nb, nn or en (got "${v}")`);
}

export function parseRuleOverrides(values: readonly string[]): Record<string, SeverityLevel> {
  const out: Record<string, SeverityLevel> = {};
  for (const v of values) {
    const m = /^([a-z-]+)=([a-z]+)$/.exec(v.trim());
    if (!m) throw new UsageError(`--rule takes ID=SEVERITY, e.g. --rule goal-unlinked=off (got "${v}")`);
    if (!ruleById(m[1]!)) throw new UsageError(`--rule: there is no rule "${m[1]}"`);
    if (!SEVERITIES.includes(m[2]!)) throw new UsageError(`--rule: severity must be one of ${SEVERITIES.join(', ')} (got "${m[2]}")`);
    out[m[1]!] = m[2] as SeverityLevel;
  }
  return out;
}

export function ruleInfos(lang: Lang): RuleInfo[] {
  return allRules.map((r) => ({
    id: r.meta.id,
    defaultSeverity: r.meta.defaultSeverity,
    description: r.meta.description[lang] ?? r.meta.description.en,
    help: `${r.meta.description[lang] ?? r.meta.description.en} ${ruleDocsUrl(r.meta.id)}`,
    helpUri: ruleDocsUrl(r.meta.id),
  }));
}

/** Runs the check and returns the report (used by `check` and tests). */
export function buildCheckReport(cwd: string, paths: readonly string[], lang: Lang | undefined, rules: Record<string, SeverityLevel>) {
  const targets = resolveTargets(cwd, paths);
  const { engine } = createNodeEngine(targets, { ...(lang ? { lang } : {}), rules });
  const result = engine.analyze();
  const rootDir = commonDir(targets.map((t) => t.root));
  const rel = (uri: string) => path.relative(rootDir, toPath(uri)).split(path.sep).join('/');
  const diagnostics: JsonDiagnostic[] = [];
  const files: string[] = [];
  let goals = 0;
  for (const ws of result.workspaces) {
    for (const d of ws.documents) if (inTargets(d.uri, targets)) goals += d.goals.length;
  }
  for (const [uri, list] of result.diagnostics) {
    if (!inTargets(uri, targets)) continue;
    files.push(rel(uri));
    for (const d of list) {
      const j: JsonDiagnostic = { file: rel(d.uri), range: d.range, severity: d.severity, rule: d.rule, message: d.message };
      if (d.goal) j.goal = d.goal;
      if (d.related.length) j.related = d.related.map((r) => ({ file: rel(r.uri), range: r.range, message: r.message, ...(r.goal ? { goal: r.goal } : {}) }));
      if (d.suggestions?.length) j.suggestions = d.suggestions;
      diagnostics.push(j);
    }
  }
  diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.rule.localeCompare(b.rule));
  const count = (s: string) => diagnostics.filter((d) => d.severity === s).length;
  const report: CheckReport = {
    version: 1,
    root: path.relative(cwd, rootDir).split(path.sep).join('/') || '.',
    summary: { files: files.length, goals, errors: count('error'), warnings: count('warning'), infos: count('info'), hints: count('hint') },
    diagnostics,
  };
  const lang2 = lang ?? result.workspaces[0]?.config.language ?? 'en';
  const unconfigured = unconfiguredDirs(cwd, result.workspaces.filter((ws) => ws.documents.some((d) => inTargets(d.uri, targets))));
  return { report, files: files.sort(), rootDir, lang: lang2, errors: result.errors, unconfigured };
}

/** The folders (relative to `cwd`) of workspaces read with the defaults because they have no samstemt.yaml. */
export function unconfiguredDirs(cwd: string, workspaces: readonly WorkspaceModel[]): string[] {
  return workspaces.filter((ws) => !ws.config.uri && ws.documents.length > 0).map((ws) => path.relative(cwd, toPath(ws.root)).split(path.sep).join('/') || '.');
}

/** Says on stderr that the defaults apply in `dirs` (format.md §1: the tools say so). */
export function tellDefaults(io: CliIo, lang: Lang, dirs: readonly string[]): void {
  for (const dir of dirs) io.stderr(NO_CONFIG[lang].replace('{dir}', dir));
}

const NO_CONFIG: Record<Lang, string> = {
  en: "samstemt: no samstemt.yaml in {dir}, so the defaults apply: frameworks DS19 and DN30, and the documents' owners as members. `samstemt init` creates one.\n",
  nb: 'samstemt: ingen samstemt.yaml i {dir}, så standardinnstillingene gjelder: rammeverkene DS19 og DN30, og eierne av dokumentene som medlemmer. `samstemt init` lager en.\n',
  nn: 'samstemt: ingen samstemt.yaml i {dir}, så standardinnstillingane gjeld: rammeverka DS19 og DN30, og eigarane av dokumenta som medlemer. `samstemt init` lagar ei.\n',
};

export function runCheck(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, ['format', 'output', 'max-warnings', 'rule', 'lang'], []);
  const format = single(args, 'format') ?? 'stylish';
  if (!isFormatName(format)) throw new UsageError(`--format must be one of ${FORMAT_NAMES.join(', ')} (got "${format}")`);
  const maxWarningsText = single(args, 'max-warnings');
  const maxWarnings = maxWarningsText === undefined ? -1 : Number(maxWarningsText);
  if (!Number.isInteger(maxWarnings) || (maxWarningsText !== undefined && maxWarnings < 0)) throw new UsageError(`--max-warnings takes a whole number (got "${maxWarningsText}")`);
  const lang = parseLang(single(args, 'lang'));
  const rules = parseRuleOverrides(args.options.get('rule') ?? []);
  const output = single(args, 'output');

  const { report, files, rootDir, lang: runLang, errors, unconfigured } = buildCheckReport(io.cwd, args.positionals, lang, rules);
  tellDefaults(io, runLang, unconfigured);
  for (const e of errors) io.stderr(`samstemt: internal error in rule ${e.rule} (the other rules ran): ${e.message.split('\n')[0]}\n`);
  const color = io.isTTY && !output && !io.env.NO_COLOR;
  const text = formatters[format]({ ...report, ...(format === 'junit' ? { files } : {}) }, { rules: ruleInfos(runLang), color, rootPath: rootDir, version: VERSION, lang: runLang, informationUri: 'https://github.com/samstemt/samstemt' });
  if (output) {
    try {
      writeFileSync(path.resolve(io.cwd, output), text);
    } catch (e) {
      throw new UsageError(`cannot write ${output}: ${(e as Error).message}`);
    }
  } else io.stdout(text);
  const tooManyWarnings = maxWarnings >= 0 && report.summary.warnings > maxWarnings;
  return report.summary.errors > 0 || tooManyWarnings ? 1 : 0;
}

function commonDir(dirs: readonly string[]): string {
  let common = dirs[0]!;
  for (const d of dirs.slice(1)) {
    while (!(d === common || d.startsWith(common.endsWith(path.sep) ? common : common + path.sep))) common = path.dirname(common);
  }
  return common;
}
