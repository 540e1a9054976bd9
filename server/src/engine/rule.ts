/**
 * The rule API, in the style of ESLint rules: one module per rule with its
 * metadata and messages; a rule reports message ids and data, the runner
 * renders them in the configured language and converts offsets to positions.
 * Rules are synchronous and pure: they read the model and never change it.
 */
import type { Lang, Localized, Severity, Span, StrategyDocument, Suggestion, TextEdit } from './types.js';
import type { WorkspaceModel } from './workspaceModel.js';
import { formatNumber } from './text/numbers.js';

export interface RuleMeta {
  /** Stable rule ID from rules.md, e.g. `unknown-objective`. */
  id: string;
  defaultSeverity: Severity;
  /** The rules.md section the rule belongs to. */
  category: 'structure' | 'alignment' | 'good-goals' | 'conflicts';
  /** One line: what the rule checks. */
  description: Localized;
  /** Message templates by id; `{name}` is replaced by `data.name`. */
  messages: Record<string, Localized>;
  /** LSP diagnostic tags that fit the rule's findings. */
  tags?: ('unnecessary' | 'deprecated')[];
  /**
   * What the rule reads of other documents. `checkDocument` findings are
   * reused while the document, the config, the enabled frameworks and these
   * workspace facts are unchanged (a rule that reads anything else of other
   * documents must use `checkWorkspace`). A `checkWorkspace` rule that
   * declares `reads` promises its findings depend only on these facts and on
   * the documents the findings point into; it is re-run when either changes.
   */
  reads?: readonly WorkspaceFact[];
}

/**
 * Workspace facts a per-document rule may read (see `WorkspaceModel.fingerprint`):
 * `members` — the member ids; `goalKeys` — every goal's key (what resolving a
 * reference needs); `goalGraph` — every goal's key, parent, `supports` and
 * `contributes` (what inherited links need).
 */
export type WorkspaceFact = 'members' | 'goalKeys' | 'goalGraph';

export interface RelatedReport {
  uri: string;
  span: Span;
  messageId: string;
  data?: Record<string, string | number>;
  goal?: string;
}

export interface FixReport {
  /** Message id of the fix title in `meta.messages`. */
  messageId: string;
  data?: Record<string, string | number>;
  edits: TextEdit[];
  preferred?: boolean;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  uri: string;
  span: Span;
  /** `owner#id` of the goal the finding is about. */
  goal?: string;
  related?: RelatedReport[];
  suggestions?: Suggestion[];
  fixes?: FixReport[];
  /** Overrides the configured severity (an accepted conflict becomes `info`). */
  severity?: Severity;
  /** Caps the configured severity: shown at this level or a weaker one configured for the rule. */
  atMost?: Severity;
}

export interface RuleContext {
  readonly ws: WorkspaceModel;
  /** The run's message language, for rules that pass on pre-localised text (parse errors). */
  readonly lang: Lang;
  report(r: Report): void;
}

export interface RuleModule {
  meta: RuleMeta;
  /**
   * Findings about one document (reported on it), from the document and the
   * facts declared in `meta.reads`: re-run only for documents that changed.
   */
  checkDocument?(doc: StrategyDocument, ctx: RuleContext): void;
  /**
   * What `checkDocument` reads of other documents for this document, when
   * that is narrower than a workspace fact: its findings are reused while the
   * string is the same (with `meta.reads` and the document).
   */
  documentKey?(doc: StrategyDocument, ws: WorkspaceModel): string;
  /** Rules that see the whole workspace (cross-document rules, config checks). */
  checkWorkspace?(ctx: RuleContext): void;
}

export function defineRule(rule: RuleModule): RuleModule {
  return rule;
}

/**
 * Renders a message template: `{name}` → data.name (a name without data stays
 * as written). A number is written as the language writes it (`2,5` and
 * `1 100` in Norwegian, `2.5` and `1,100` in English): pass years, IDs and
 * other numbers that are names as strings. `fallback`: values for names
 * `data` does not give (the phrases of the run's surface, `surface.ts`).
 */
export function render(template: Localized, lang: 'nb' | 'nn' | 'en', data: Record<string, string | number> = {}, fallback?: Readonly<Record<string, string>>): string {
  const parts = partsOf(template[lang] ?? template.en);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const v = name in data ? data[name] : fallback?.[name];
    out += (v === undefined && !(name in data) ? `{${name}}` : typeof v === 'number' ? formatNumber(v, lang) : clip(String(v))) + parts[i + 1]!;
  }
  return out;
}

/**
 * The longest text a message quotes from a document (a title, a value), in
 * UTF-16 units. A title of hundreds of kilobytes, quoted by several findings
 * of each of thousands of goals (through a YAML alias), would otherwise fill
 * the memory; a message quotes enough to recognise it.
 */
export const MAX_QUOTED = 1000;

function clip(text: string): string {
  if (text.length <= MAX_QUOTED) return text;
  let end = MAX_QUOTED - 1;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--; // not half a surrogate pair
  return `${text.slice(0, end)}…`;
}

/**
 * A template split at its placeholders: text, name, text, …, text. Split once
 * per template (there are few, and an edit renders many findings).
 */
function partsOf(template: string): readonly string[] {
  let parts = templateParts.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    if (templateParts.size >= 10_000) templateParts.clear(); // templates are the rules' messages: never this many
    templateParts.set(template, parts);
  }
  return parts;
}
const templateParts = new Map<string, readonly string[]>();

/** Where each rule's docs page lives (LSP `codeDescription`, SARIF `helpUri`). */
export const RULE_DOCS_BASE = 'https://github.com/samstemt/samstemt/blob/main/docs/rules/';
export function ruleDocsUrl(id: string): string {
  return `${RULE_DOCS_BASE}${id}.md`;
}
