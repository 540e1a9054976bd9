/**
 * Input and output types of the `samstemt check` formatters.
 *
 * A formatter is a pure function from a check report (the `--format json`
 * object of spec/cli.md) to the text written to stdout or `--output`.
 */

export interface JsonRange { start: { line: number; character: number }; end: { line: number; character: number } }
export interface JsonRelated { file: string; range: JsonRange; message: string; goal?: string }
export interface JsonDiagnostic {
  file: string;               // relative to root, '/' separators
  range: JsonRange;           // zero-based, UTF-16 characters
  severity: 'error' | 'warning' | 'info' | 'hint';
  rule: string;
  message: string;
  goal?: string;
  related?: JsonRelated[];
  suggestions?: { objective: string; score: number; matched: string[] }[];
}
/** Exactly the `check --format json` object of cli.md. */
export interface CheckReport {
  version: 1;
  root: string;
  summary: { files: number; goals: number; errors: number; warnings: number; infos: number; hints: number };
  diagnostics: JsonDiagnostic[];   // already sorted by file, position, rule
  /**
   * All analysed files, relative to `root` with '/' separators (optional).
   * Used by the junit formatter for one test case per file, including the
   * files without problems. Other formatters ignore it (json prints it when set).
   */
  files?: string[];
}
export interface RuleInfo {
  id: string;
  defaultSeverity: 'error' | 'warning' | 'info' | 'hint';
  /** One-line description (in the run's language). */
  description: string;
  /** Longer help: what it checks and how to fix it (plain text / markdown). */
  help: string;
  /** Link to the rule's docs page. */
  helpUri: string;
}
export interface FormatContext {
  rules: readonly RuleInfo[];
  /** Colour (ANSI) only when writing to a TTY. */
  color: boolean;
  /** Absolute path of the root on disk (for SARIF artifact URIs / originalUriBaseIds). */
  rootPath: string;
  /** Tool version, e.g. "0.1.0". */
  version: string;
  lang: 'nb' | 'nn' | 'en';
  /**
   * The message language of each file's cooperation (`file` as in the
   * diagnostics), when cooperations of different languages are checked in
   * one run: the severity words then match the messages beside them.
   */
  fileLang?: ReadonlyMap<string, 'nb' | 'nn' | 'en'>;
  /**
   * SARIF `tool.driver.informationUri` (the tool's home page). Omitted from
   * the SARIF output when not set.
   */
  informationUri?: string;
  /**
   * Absolute path that SARIF `%SRCROOT%` stands for (default: `rootPath`).
   * Artifact URIs are written relative to it. Set it to the repository
   * checkout when the workspace root is a sub-folder of the repository, so
   * that GitHub code scanning maps results to repository files.
   */
  srcRoot?: string;
}
export type Formatter = (report: CheckReport, ctx: FormatContext) => string;

export type Severity = JsonDiagnostic['severity'];
export type FormatName = 'stylish' | 'json' | 'sarif' | 'github' | 'junit';

/**
 * The path of a report file as seen from the working directory the check ran
 * in: `report.root` joined with `file` (posix), without a leading `./`.
 * An empty or `.` root leaves `file` as it is.
 */
export function rootJoin(root: string, file: string): string {
  let r = root.replace(/\\/g, '/');
  while (r.endsWith('/')) r = r.slice(0, -1);
  let joined = r === '' || r === '.' ? file : `${r}/${file}`;
  while (joined.startsWith('./')) joined = joined.slice(2);
  return joined.replace(/\/\.\//g, '/');
}

/** 1-based `line:col` of a zero-based LSP position. */
export function oneBased(pos: { line: number; character: number }): string {
  return `${pos.line + 1}:${pos.character + 1}`;
}
