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
import { didYouMean } from '../engine/text/normalize.js';
import { LineIndex } from '../engine/text/lineIndex.js';

const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];

export function parseLang(v: string | undefined): Lang | undefined {
  if (v === undefined) return undefined;
  const lang = v.trim().toLowerCase();
  if (lang === 'nb' || lang === 'nn' || lang === 'en') return lang;
  throw new UsageError(`--lang must be nb, nn or en (got "${v}")`);
}

export function parseRuleOverrides(values: readonly string[]): Record<string, SeverityLevel> {
  const out: Record<string, SeverityLevel> = {};
  for (const v of values) {
    // Rule ids and severities in any case, as in samstemt.yaml.
    const eq = v.indexOf('=');
    const id = v.slice(0, eq).trim().toLowerCase();
    const severity = v.slice(eq + 1).trim().toLowerCase();
    if (eq < 0 || !id || !severity) throw new UsageError(`--rule takes ID=SEVERITY, e.g. --rule goal-unlinked=off (got "${v}")`);
    if (!ruleById(id)) {
      const meant = didYouMean(id, allRules.map((r) => r.meta.id));
      throw new UsageError(`--rule: there is no rule "${id}"; ${meant ? `did you mean "${meant}"?` : `the rules are ${allRules.map((r) => r.meta.id).join(', ')}`}`);
    }
    if (!SEVERITIES.includes(severity)) throw new UsageError(`--rule: severity must be one of ${SEVERITIES.join(', ')} (got "${v.slice(eq + 1).trim()}")`);
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
  const { engine } = createNodeEngine(targets, { ...(lang ? { lang } : {}), rules });
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
  diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.rule.localeCompare(b.rule));
  const count = (s: string) => diagnostics.filter((d) => d.severity === s).length;
  const report: CheckReport = {
    version: 1,
    root: path.relative(cwd, rootDir).split(path.sep).join('/') || '.',
    summary: { files: files.length, goals, errors: count('error'), warnings: count('warning'), infos: count('info'), hints: count('hint') },
    diagnostics,
  };
  const lang2 = lang ?? result.workspaces[0]?.config.language ?? 'en';
  const checked = result.workspaces.filter((ws) => ws.documents.some((d) => inTargets(d.uri, targets)) || (ws.config.uri !== undefined && inTargets(ws.config.uri, targets)));
  const unconfigured = unconfiguredDirs(cwd, checked);
  return { report, files: files.sort(), rootDir, lang: lang2, errors: result.errors, unconfigured, unreadable: unreadableConfigs(cwd, checked, lang2) };
}

/**
 * One line per workspace whose samstemt.yaml cannot be parsed: such a run
 * used the defaults (globs, frameworks, members) instead of the cooperation's
 * settings, so cli.md's «unreadable config» makes it exit 2.
 */
export function unreadableConfigs(cwd: string, workspaces: readonly WorkspaceModel[], lang: Lang): string[] {
  return workspaces.flatMap((ws) => {
    const problem = ws.config.problems[0];
    if (!ws.config.uri || !problem) return [];
    const at = new LineIndex(ws.config.text).positionAt(problem.span.start);
    const file = path.relative(cwd, toPath(ws.config.uri)).split(path.sep).join('/');
    return [UNREADABLE_CONFIG[lang].replace('{file}', `${file}:${at.line + 1}:${at.character + 1}`).replace('{reason}', problem.message[lang] ?? problem.message.en)];
  });
}

const UNREADABLE_CONFIG: Record<Lang, string> = {
  en: 'samstemt: {file}: samstemt.yaml cannot be read, so the cooperation\'s settings were not used: {reason}\n',
  nb: 'samstemt: {file}: samstemt.yaml kan ikke leses, så samarbeidets innstillinger ble ikke brukt: {reason}\n',
  nn: 'samstemt: {file}: samstemt.yaml kan ikkje lesast, så innstillingane til samarbeidet vart ikkje brukte: {reason}\n',
};

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

  const { report, files, rootDir, lang: runLang, errors, unconfigured, unreadable } = buildCheckReport(io.cwd, args.positionals, lang, rules);
  // Like ESLint on a pattern that matches nothing: a CI job pointed at the wrong folder must not pass unnoticed.
  if (files.length === 0) throw new UsageError(NOTHING_TO_CHECK[runLang].replace('{dir}', args.positionals.join(' ') || '.'));
  tellDefaults(io, runLang, unconfigured);
  for (const e of errors) io.stderr(`samstemt: internal error in rule ${e.rule} (the other rules ran): ${e.message.split('\n')[0]}\n`);
  // FORCE_COLOR for CI logs that render colours but are not terminals (as chalk and ESLint read it); NO_COLOR wins.
  const forced = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  const color = (io.isTTY || forced) && !output && !io.env.NO_COLOR;
  const text = formatters[format]({ ...report, ...(format === 'junit' ? { files } : {}) }, { rules: ruleInfos(runLang), color, rootPath: rootDir, srcRoot: io.cwd, version: VERSION, lang: runLang, informationUri: 'https://github.com/samstemt/samstemt' });
  if (output) {
    try {
      writeFileSync(path.resolve(io.cwd, output), text);
    } catch (e) {
      throw new UsageError(`cannot write ${output}: ${(e as Error).message}`);
    }
  } else io.stdout(text);
  const tooManyWarnings = maxWarnings >= 0 && report.summary.warnings > maxWarnings;
  if (unreadable.length) {
    // The diagnostics above show where; the run still could not use the cooperation's settings.
    for (const line of unreadable) io.stderr(line);
    return 2;
  }
  if (tooManyWarnings) io.stderr(TOO_MANY_WARNINGS[runLang].replace('{count}', String(report.summary.warnings)).replace('{max}', String(maxWarnings)));
  return report.summary.errors > 0 || tooManyWarnings ? 1 : 0;
}

function commonDir(dirs: readonly string[]): string {
  let common = dirs[0]!;
  for (const d of dirs.slice(1)) {
    while (!(d === common || d.startsWith(common.endsWith(path.sep) ? common : common + path.sep))) common = path.dirname(common);
  }
  return common;
}

const NOTHING_TO_CHECK: Record<Lang, string> = {
  en: 'nothing to check under {dir}: no samstemt.yaml and no strategy documents (the default names are *.strategy.md, *.strategy.yaml and *.strategy.yml)',
  nb: 'ingenting å sjekke under {dir}: ingen samstemt.yaml og ingen strategidokumenter (standardnavnene er *.strategy.md, *.strategy.yaml og *.strategy.yml)',
  nn: 'ingenting å sjekke under {dir}: ingen samstemt.yaml og ingen strategidokument (standardnamna er *.strategy.md, *.strategy.yaml og *.strategy.yml)',
};

const TOO_MANY_WARNINGS: Record<Lang, string> = {
  en: 'samstemt: {count} warnings, more than --max-warnings {max} allows; exit code 1.\n',
  nb: 'samstemt: {count} advarsler, flere enn --max-warnings {max} tillater; avslutningskode 1.\n',
  nn: 'samstemt: {count} åtvaringar, fleire enn --max-warnings {max} tillèt; avslutningskode 1.\n',
};
