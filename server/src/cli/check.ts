/** `samstemt check`: lint workspaces and print the result in one of five formats. */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang, SeverityLevel } from '../engine/types.js';
import type { WorkspaceModel } from '../engine/workspaceModel.js';
import { allRules, ruleById } from '../rules/index.js';
import { ruleDocsUrl } from '../engine/rule.js';
import { toPath, toUri, type NodeHost } from '../node/nodeHost.js';
import { formatters, isFormatName, FORMAT_NAMES, type CheckReport, type JsonDiagnostic, type RuleInfo } from './formatters/index.js';
import { parseArgs, single, type ParsedArgs } from './args.js';
import { UsageError, VERSION, type CliIo } from './io.js';
import { createNodeEngine, inTargets, resolveTargets, type Target } from './workspaceSetup.js';
import { didYouMean } from '../engine/text/normalize.js';
import { meantSeverity } from '../engine/model/config.js';
import { cliText, configLanguage, reasonOf } from './messages.js';
import { LineIndex } from '../engine/text/lineIndex.js';
import { compareText } from '../engine/text/order.js';

const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];

export function parseLang(v: string | undefined): Lang | undefined {
  if (v === undefined) return undefined;
  const lang = v.trim().toLowerCase();
  if (lang === 'nb' || lang === 'nn' || lang === 'en') return lang;
  throw new UsageError('langValue', { value: v });
}

export function parseRuleOverrides(values: readonly string[]): Record<string, SeverityLevel> {
  const out: Record<string, SeverityLevel> = {};
  for (const v of values) {
    // Rule ids and severities in any case, as in samstemt.yaml.
    const eq = v.indexOf('=');
    const id = v.slice(0, eq).trim().toLowerCase();
    const severity = v.slice(eq + 1).trim().toLowerCase();
    if (eq < 0 || !id || !severity) throw new UsageError('ruleSyntax', { value: v });
    if (!ruleById(id)) {
      const meant = didYouMean(id, allRules.map((r) => r.meta.id));
      throw new UsageError(meant ? 'ruleUnknownMeant' : 'ruleUnknown', { id, meant: meant ?? '', rules: allRules.map((r) => r.meta.id).join(', ') });
    }
    if (!SEVERITIES.includes(severity)) {
      // As samstemt.yaml offers for `rules:`: `advarsel` → warning, `warn` → warning, `eror` → error.
      const g = meantSeverity(severity);
      const meant = typeof g === 'string' ? g : g?.text;
      throw new UsageError(meant ? 'ruleSeverityMeant' : 'ruleSeverity', { values: SEVERITIES.join(', '), value: v.slice(eq + 1).trim(), meant: meant ?? '' });
    }
    out[id] = severity as SeverityLevel;
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
  const { engine, host } = createNodeEngine(targets, { ...(lang ? { lang } : {}), rules });
  const result = engine.analyze();
  const rootDir = commonDir(targets.map((t) => t.root));
  // Once per file: a file's path is written for each of its diagnostics and related locations.
  const relPaths = new Map<string, string>();
  const rel = (uri: string) => {
    let p = relPaths.get(uri);
    if (p === undefined) relPaths.set(uri, (p = path.relative(rootDir, toPath(uri)).split(path.sep).join('/')));
    return p;
  };
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
  diagnostics.sort((a, b) => compareText(a.file, b.file) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || compareText(a.rule, b.rule));
  const count = (s: string) => diagnostics.filter((d) => d.severity === s).length;
  const report: CheckReport = {
    version: 1,
    root: path.relative(cwd, rootDir).split(path.sep).join('/') || '.',
    summary: { files: files.length, goals, errors: count('error'), warnings: count('warning'), infos: count('info'), hints: count('hint') },
    diagnostics,
  };
  // Without --lang, each cooperation's messages are in its own language; the severity words follow them.
  const fileLang = new Map<string, Lang>();
  if (!lang) {
    for (const ws of result.workspaces) {
      for (const d of ws.documents) fileLang.set(rel(d.uri), ws.config.language);
      if (ws.config.uri) fileLang.set(rel(ws.config.uri), ws.config.language);
    }
  }
  const lang2 = lang ?? result.workspaces[0]?.config.language ?? configLanguage(path.resolve(cwd, paths[0] ?? '.')) ?? 'nb';
  const checked = result.workspaces.filter((ws) => ws.documents.some((d) => inTargets(d.uri, targets)) || (ws.config.uri !== undefined && inTargets(ws.config.uri, targets)));
  const unconfigured = unconfiguredDirs(cwd, checked);
  const inputs = inputFiles(result.workspaces);
  return { report, files: files.sort(), rootDir, lang: lang2, fileLang, errors: result.errors, inputs, unconfigured, unreadable: [...unreadableConfigs(cwd, configsOf(checked, result.workspaces, targets), lang2, host), ...unreadableFiles(cwd, host, targets, lang2)], outsideDocuments: outsideDocuments(cwd, targets, result.workspaces, host) };
}

/**
 * The checked workspaces and those whose samstemt.yaml governs a checked path
 * (a sub-folder read with the defaults matches no document, yet its settings
 * were the ones meant).
 */
function configsOf(checked: readonly WorkspaceModel[], all: readonly WorkspaceModel[], targets: readonly Target[]): WorkspaceModel[] {
  const governs = (ws: WorkspaceModel) => ws.config.uri !== undefined && targets.some((t) => `${toUri(t.path)}/`.startsWith(ws.root));
  return [...checked, ...all.filter((ws) => !checked.includes(ws) && governs(ws))];
}

/**
 * Files named on the command line that their cooperation's `documents` globs
 * leave out (a README, a changelog in a list of changed files): not checked,
 * as ESLint skips an ignored file it is given, with a notice per file.
 */
function outsideDocuments(cwd: string, targets: readonly Target[], workspaces: readonly WorkspaceModel[], host: NodeHost): { file: string; config: string }[] {
  const out: { file: string; config: string }[] = [];
  for (const t of targets) {
    if (!t.isFile) continue;
    const uri = toUri(t.path);
    const ws = workspaces.filter((w) => w.config.uri !== undefined && uri.startsWith(w.root)).sort((a, b) => b.root.length - a.root.length)[0];
    // An unreadable file is told as such (unreadableFiles), not as one the globs leave out.
    if (!ws || host.unreadable.has(uri) || uri === ws.config.uri || ws.documents.some((d) => d.uri === uri) || ws.frameworkFiles.some((f) => f.uri === uri)) continue;
    out.push({ file: path.relative(cwd, t.path) || t.path, config: path.relative(cwd, toPath(ws.config.uri!)) });
  }
  return out;
}

/**
 * One line per workspace whose samstemt.yaml cannot be parsed: such a run
 * used the defaults (globs, frameworks, members) instead of the cooperation's
 * settings, so cli.md's «unreadable config» makes it exit 2.
 */
export function unreadableConfigs(cwd: string, workspaces: readonly WorkspaceModel[], lang: Lang, host?: NodeHost): string[] {
  return workspaces.flatMap((ws) => {
    const code = ws.config.uri !== undefined ? host?.unreadable.get(ws.config.uri) : undefined;
    if (code) {
      // Not read at all (permission denied, a link to nothing): the defaults were used instead.
      const file = path.relative(cwd, toPath(ws.config.uri!)).split(path.sep).join('/');
      return [UNREADABLE_CONFIG[lang].replace('{file}', file).replace('{reason}', readReason(code, lang))];
    }
    const problem = ws.config.problems[0];
    if (!ws.config.uri || !problem) return [];
    const at = new LineIndex(ws.config.text).positionAt(problem.span.start);
    const file = path.relative(cwd, toPath(ws.config.uri)).split(path.sep).join('/');
    const template = ws.config.recovered ? BROKEN_CONFIG : UNREADABLE_CONFIG;
    return [template[lang].replace('{file}', `${file}:${at.line + 1}:${at.character + 1}`).replace('{reason}', problem.message[lang] ?? problem.message.en)];
  });
}

/** A samstemt.yaml read all the same, its broken line mended or left out: still exit 2, for what it meant is a guess. */
const BROKEN_CONFIG: Record<Lang, string> = {
  en: 'samstemt: {file}: samstemt.yaml has an error, so its settings were read as far as they could be: {reason}\n',
  nb: 'samstemt: {file}: samstemt.yaml har en feil, så innstillingene ble lest så langt det gikk: {reason}\n',
  nn: 'samstemt: {file}: samstemt.yaml har ein feil, så innstillingane vart lesne så langt det gjekk: {reason}\n',
};

const UNREADABLE_CONFIG: Record<Lang, string> = {
  en: 'samstemt: {file}: samstemt.yaml cannot be read, so the cooperation\'s settings were not used: {reason}\n',
  nb: 'samstemt: {file}: samstemt.yaml kan ikke leses, så samarbeidets innstillinger ble ikke brukt: {reason}\n',
  nn: 'samstemt: {file}: samstemt.yaml kan ikkje lesast, så innstillingane til samarbeidet vart ikkje brukte: {reason}\n',
};

/**
 * Files and folders under the checked paths that could not be read (permission
 * denied, a symbolic link to nothing): one line each. Their strategies were
 * not checked, so the run exits 2 instead of passing on what it could read.
 * The config files are told by `unreadableConfigs`.
 */
export function unreadableFiles(cwd: string, host: NodeHost, targets: readonly Target[], lang: Lang): string[] {
  const shown = (p: string) => path.relative(cwd, p).split(path.sep).join('/') || '.';
  const out: string[] = [];
  for (const [uri, code] of host.unreadable) {
    if (!inTargets(uri, targets) || path.basename(toPath(uri)) === 'samstemt.yaml') continue;
    out.push(cliText(lang, 'unreadableFile', { file: shown(toPath(uri)), reason: readReason(code, lang) }));
  }
  for (const [dir, code] of host.unreadableFolders) {
    if (!targets.some((t) => t.path === dir) && !inTargets(toUri(dir), targets)) continue;
    out.push(cliText(lang, 'unreadableFolder', { folder: shown(dir), reason: readReason(code, lang) }));
  }
  return out.sort();
}

/** Why a listed file could not be read: a listed file that is not there is a symbolic link to nothing. */
function readReason(code: string, lang: Lang): string {
  return code === 'ENOENT' ? cliText(lang, 'reasonBrokenLink') : reasonOf(Object.assign(new Error(code), { code }), lang);
}

/**
 * The folders (relative to `cwd`) of workspaces read with the defaults because they have no samstemt.yaml,
 * each with the language of its findings (the default, bokmål, without --lang).
 */
export function unconfiguredDirs(cwd: string, workspaces: readonly WorkspaceModel[]): { dir: string; lang: Lang }[] {
  return workspaces.filter((ws) => !ws.config.uri && ws.documents.length > 0).map((ws) => ({ dir: path.relative(cwd, toPath(ws.root)).split(path.sep).join('/') || '.', lang: ws.config.language }));
}

/**
 * Says on stderr that the defaults apply in `dirs` (format.md §1: the tools say so): in the language
 * given with --lang, else in that of the folder's findings, not in a cooperation's checked beside it.
 */
export function tellDefaults(io: CliIo, lang: Lang | undefined, dirs: readonly { dir: string; lang: Lang }[]): void {
  for (const d of dirs) io.stderr(NO_CONFIG[lang ?? d.lang].replace('{dir}', d.dir));
}

const NO_CONFIG: Record<Lang, string> = {
  en: "samstemt: no samstemt.yaml in {dir}, so the defaults apply: frameworks DS19 and DN30, and the documents' owners as members. `samstemt init` creates one.\n",
  nb: 'samstemt: ingen samstemt.yaml i {dir}, så standardinnstillingene gjelder: rammeverkene DS19 og DN30, og eierne av dokumentene som medlemmer. `samstemt init` lager en.\n',
  nn: 'samstemt: ingen samstemt.yaml i {dir}, så standardinnstillingane gjeld: rammeverka DS19 og DN30, og eigarane av dokumenta som medlemer. `samstemt init` lagar ei.\n',
};

export function runCheck(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, ['format', 'output', 'max-warnings', 'rule', 'lang'], []);
  // Values in any case, as --lang and --rule (format.md: enum values are case-insensitive).
  const formatText = single(args, 'format') ?? 'stylish';
  const format = formatText.trim().toLowerCase();
  if (!isFormatName(format)) throw new UsageError('formatValue', { values: FORMAT_NAMES.join(', '), value: formatText });
  const maxWarnings = parseMaxWarnings(single(args, 'max-warnings'));
  const lang = parseLang(single(args, 'lang'));
  const rules = parseRuleOverrides(args.options.get('rule') ?? []);
  const output = outputFile(args);

  const { report, files, rootDir, lang: runLang, fileLang, errors, inputs, unconfigured, unreadable, outsideDocuments } = buildCheckReport(io.cwd, args.positionals, lang, rules);
  refuseInputAsOutput(io.cwd, output, inputs, runLang);
  // Like ESLint on a pattern that matches nothing: a CI job pointed at the wrong folder must not pass unnoticed.
  for (const o of outsideDocuments) io.stderr(cliText(runLang, 'outsideDocuments', o));
  if (files.length === 0 && outsideDocuments.length === 0) {
    // Only unreadable files (a single file without permission): say that, not «nothing to check».
    if (unreadable.length) {
      for (const line of unreadable) io.stderr(line);
      return 2;
    }
    throw new UsageError('nothingToCheck', { dir: args.positionals.join(' ') || '.' }, runLang);
  }
  tellDefaults(io, lang, unconfigured);
  tellRuleErrors(io, runLang, errors);
  const color = useColor(io) && !output;
  // GitHub places annotations and code-scanning alerts by paths from the repository root, also when
  // the step runs in a sub-folder (working-directory) or the checkout is below the runner's folder.
  const anchor = format === 'github' || format === 'sarif' ? repositoryRoot(rootDir) ?? io.cwd : io.cwd;
  const toCwd = (file: string) => path.relative(io.cwd, path.join(rootDir, file)).split(path.sep).join('/') || file;
  const shown = format === 'stylish' ? fromFolder(report, toCwd) : anchor === io.cwd ? report : { ...report, root: path.relative(anchor, rootDir).split(path.sep).join('/') || '.' };
  const langs = format === 'stylish' ? new Map([...fileLang].map(([file, l]) => [toCwd(file), l])) : fileLang;
  const text = formatters[format]({ ...shown, ...(format === 'junit' ? { files } : {}) }, { rules: ruleInfos(runLang), color, rootPath: rootDir, srcRoot: anchor, version: VERSION, lang: runLang, fileLang: langs, informationUri: 'https://github.com/samstemt/samstemt' });
  if (output) writeOutput(io.cwd, output, text, runLang);
  else io.stdout(text);
  const tooManyWarnings = maxWarnings >= 0 && report.summary.warnings > maxWarnings;
  if (unreadable.length) {
    // The diagnostics above show where; the run still could not use the cooperation's settings.
    for (const line of unreadable) io.stderr(line);
    return 2;
  }
  // A rule that failed checked nothing: the run is incomplete, and must not pass as clean (ESLint exits 2 then too).
  if (errors.length) return 2;
  const warnings = report.summary.warnings;
  if (tooManyWarnings) io.stderr(cliText(runLang, warnings === 1 ? 'tooManyWarnings1' : 'tooManyWarnings', { count: warnings, max: maxWarnings }));
  return report.summary.errors > 0 || tooManyWarnings ? 1 : 0;
}

/** Every file the run read as a strategy, a framework or the settings (absolute paths). */
export function inputFiles(workspaces: readonly WorkspaceModel[]): Set<string> {
  return new Set(workspaces.flatMap((ws) => [...ws.documents.map((d) => d.uri), ...ws.frameworkFiles.map((f) => f.uri), ...(ws.config.uri ? [ws.config.uri] : [])]).map(toPath));
}

/**
 * `--output` onto a file the run read is a user error: `check --output strategier/plan.md`
 * (the path meant to be checked, after --output) would replace the strategy with the result.
 */
export function refuseInputAsOutput(cwd: string, output: string | undefined, inputs: ReadonlySet<string>, lang: Lang): void {
  if (!output) return;
  const target = path.resolve(cwd, output);
  if (inputs.has(target) || isOneOf(target, inputs)) throw new UsageError('cannotWrite', { file: output, reason: cliText(lang, 'reasonIsInput') }, lang);
}

/**
 * Whether an existing `file` is one of `inputs` under another name: a link to
 * it, or another spelling of it on a disk that ignores case (macOS, Windows:
 * `Strategier/Plan.md` for `strategier/plan.md`). Compared by the file's
 * identity on disk; only when the output file already exists.
 */
function isOneOf(file: string, inputs: ReadonlySet<string>): boolean {
  const id = fileIdentity(file);
  if (id === undefined) return false;
  for (const input of inputs) if (fileIdentity(input) === id) return true;
  return false;
}

function fileIdentity(file: string): string | undefined {
  try {
    const s = statSync(file);
    return s.isFile() ? `${s.dev}:${s.ino}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The report with its paths as `rel` gives them: relative to the folder the
 * command runs in (`stylish`, for a person in that folder). From a sub-folder
 * of the cooperation, `alfa.strategy.md` rather than
 * `../strategier/alfa.strategy.md`; paths outside that folder keep their `../`.
 */
function fromFolder(report: CheckReport, rel: (file: string) => string): CheckReport {
  return {
    ...report,
    root: '.',
    diagnostics: report.diagnostics.map((d) => ({ ...d, file: rel(d.file), ...(d.related ? { related: d.related.map((r) => ({ ...r, file: rel(r.file) })) } : {}) })),
  };
}

/**
 * Colour on a terminal; FORCE_COLOR=1 for CI logs that render colours but are
 * not terminals, FORCE_COLOR=0 (or false) to turn it off also on a terminal,
 * as chalk and ESLint read it; NO_COLOR (not empty) wins over both.
 */
export function useColor(io: Pick<CliIo, 'isTTY' | 'env'>): boolean {
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force === '0' || force === 'false') return false;
  return io.isTTY || force !== undefined;
}

/**
 * The nearest folder at or above `dir` holding `.git` (a folder, or a file in
 * a worktree or submodule checkout): the repository the `github` and `sarif`
 * paths are written from. Undefined outside a repository (paths then start
 * at the current folder).
 */
export function repositoryRoot(dir: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

/**
 * `--max-warnings N`: decimal digits only (an empty `--max-warnings=$MAX` is an
 * error, not 0); -1 is no limit, as without the option (ESLint's default and
 * documented value, which CI templates pass).
 */
export function parseMaxWarnings(text: string | undefined): number {
  if (text === undefined || text === '-1') return -1;
  if (!/^[0-9]+$/.test(text)) throw new UsageError('maxWarnings', { value: text });
  // A number past exact arithmetic (a CI template's «no limit») is still a whole number, and a limit never reached.
  return Number(text);
}

/**
 * `--output FILE`: undefined for standard output (no option, or `-` as in most
 * command-line tools). An empty value (`--output=$SARIF` with the variable
 * unset) is an error: printing to stdout instead would leave the next CI step
 * without its file.
 */
export function outputFile(args: ParsedArgs): string | undefined {
  const value = single(args, 'output');
  if (value !== undefined && value.trim() === '') throw new UsageError('outputEmpty');
  return value === '-' ? undefined : value;
}

/** Writes `--output FILE`, creating its folder as needed; a failure is a user error in plain words. */
export function writeOutput(cwd: string, output: string, text: string, lang: Lang): void {
  // `reports/` names a folder: path.resolve would drop the slash and write a file called `reports`.
  if (/[\\/]$/.test(output)) throw new UsageError('cannotWrite', { file: output, reason: cliText(lang, 'reasonFolderPath') }, lang);
  const file = path.resolve(cwd, output);
  try {
    makeFolders(path.dirname(file));
    writeFileSync(file, text);
  } catch (e) {
    throw new UsageError('cannotWrite', { file: output, reason: reasonOf(e, lang) }, lang);
  }
}

/**
 * `mkdir -p`, one folder at a time. Node 20's `mkdirSync(…, { recursive: true })`
 * never returns when mkdir fails with ENOENT below a folder that exists (as
 * in /proc, or on some network mounts): a CI job would hang until its
 * timeout instead of failing with «the folder does not exist».
 */
function makeFolders(dir: string): void {
  if (existsSync(dir)) return;
  if (path.dirname(dir) !== dir) makeFolders(path.dirname(dir));
  try {
    mkdirSync(dir);
  } catch (e) {
    // Created meanwhile by another process: fine.
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(dir).isDirectory()) throw e;
  }
}

/** A rule that threw: one line each on stderr (the other rules ran). */
export function tellRuleErrors(io: CliIo, lang: Lang, errors: readonly { rule: string; message: string }[]): void {
  for (const e of errors) io.stderr(`samstemt: ${cliText(lang, 'ruleFailed', { rule: e.rule, message: e.message.split('\n')[0]! })}\n`);
}

function commonDir(dirs: readonly string[]): string {
  let common = dirs[0]!;
  for (const d of dirs.slice(1)) {
    while (!(d === common || d.startsWith(common.endsWith(path.sep) ? common : common + path.sep))) common = path.dirname(common);
  }
  return common;
}
