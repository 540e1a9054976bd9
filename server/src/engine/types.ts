/**
 * The engine's shared vocabulary: source spans, the strategy model, national
 * objectives and findings. Everything here is plain data — no LSP, no Node.
 *
 * Offsets inside, positions at the edge: the model stores UTF-16 offsets into
 * the document text (`Span`); the runner converts them to zero-based
 * line/character `Range`s once, when it produces a `Diagnostic`.
 */

/** Message language: Norwegian bokmål, nynorsk, or English. */
export type Lang = 'nb' | 'nn' | 'en';
export const LANGS: readonly Lang[] = ['nb', 'nn', 'en'];

export type Severity = 'error' | 'warning' | 'info' | 'hint';
/** A rule's configured level; `off` disables it. */
export type SeverityLevel = Severity | 'off';

/** Zero-based line and UTF-16 character, as in LSP. */
export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
/** Half-open range of UTF-16 offsets into one document's text. */
export interface Span {
  start: number;
  end: number;
}

/** A text in each message language; `en` is the fallback. */
export type Localized = { en: string } & Partial<Record<Lang, string>>;

// ---------------------------------------------------------------------------
// Strategy model
// ---------------------------------------------------------------------------

/** One comma-separated item of a property value, e.g. `DS19-M2` in `Støtter: DS19-M2, DS19-I4`. */
export interface ValueItem {
  text: string;
  span: Span;
}

/**
 * A `Key: value` item of a goal (or a front-matter / YAML entry).
 * Example: `- Frist: 2025-12-31` → key `deadline`, rawKey `Frist`.
 *
 * Read-only once parsed. The parser stores offsets and builds the spans and
 * the items when they are read (see `parse/properties.ts`), so two reads give
 * equal but not identical objects.
 */
export interface Property {
  /** Canonical English key (`deadline`), or the raw key lower-cased when unknown. */
  readonly key: string;
  /** The key as written. */
  readonly rawKey: string;
  /** True when `rawKey` is in the vocabulary (any language). */
  readonly known: boolean;
  /** Language the key was written in, when it tells (e.g. `støttar` → nn). */
  readonly keyLang?: Lang;
  readonly keySpan: Span;
  /** The value as written (trimmed), '' when empty. */
  readonly value: string;
  readonly valueSpan: Span;
  /** The value split on commas (YAML sequences give one item per element). */
  readonly items: readonly ValueItem[];
  /** Span of the whole entry (list item or YAML key/value pair). */
  readonly span: Span;
}

/** A goal reference such as `storby#digital-byggesak` or `#felles-hr`. */
export interface GoalRef {
  /** Owner as written, or undefined for `#id` (same owner). */
  owner?: string;
  id: string;
  text: string;
  span: Span;
}

export interface ObjectiveRef {
  /** Objective ID as written. */
  text: string;
  span: Span;
}

/** `accepts: storby#x — reason` */
export interface Acceptance {
  ref: GoalRef;
  reason: string;
}

/** `requires: utviklingskapasitet 3` */
export interface Requirement {
  resource: string;
  /** The amount as written, in `unit` when one is written, else in the resource's unit. */
  amount: number;
  /** A known unit written after the amount (`prosjektmidler 500 000 kr`): the amount is converted to the resource's unit (`amountIn`). */
  unit?: string;
  span: Span;
}

export type Direction = 'increase' | 'decrease' | 'maintain';
export type Priority = 'high' | 'medium' | 'low';
export type GoalStatus = 'planned' | 'active' | 'done' | 'dropped';

/** A calendar day as an ISO string `YYYY-MM-DD`, compared lexically. */
export type IsoDate = string;

/** Typed view of a goal's properties, filled by the interpreter; invalid values are left out. */
export interface GoalFacts {
  supports: ObjectiveRef[];
  contributes: GoalRef[];
  area?: string;
  /** Member ids; `all` stands for every member. Empty when not given (default: owner). */
  scope: string[];
  scopeAll: boolean;
  exempt: string[];
  adopt: string[];
  retain: string[];
  phaseOut: string[];
  indicator?: string;
  direction?: Direction;
  baseline?: number;
  target?: number;
  start?: IsoDate;
  deadline?: IsoDate;
  need?: string;
  benefit?: string;
  requires: Requirement[];
  priority?: Priority;
  status?: GoalStatus;
  accepts: Acceptance[];
  responsible?: string;
}

/**
 * A goal. The parser builds its spans and `insertAt` when they are read (see
 * `parse/goalBuilder.ts`), so two reads give equal but not identical objects.
 */
export interface Goal {
  id: string;
  /** The owning member id (the document's owner), '' when the document has none. */
  owner: string;
  /** `owner#id` */
  key: string;
  title: string;
  /** Span of the `{#id}` (Markdown) or the `id` value (YAML). */
  readonly idSpan: Span;
  /** Span of the heading text / YAML `title` value. */
  readonly titleSpan: Span;
  /** Span of the whole heading line, or the YAML goal's first line: where goal-level findings point. */
  readonly headingSpan: Span;
  /** Heading depth (Markdown) or nesting depth (YAML). */
  level: number;
  description: string;
  properties: Property[];
  facts: GoalFacts;
  /** Id of the enclosing goal (sub-goal relation), if any. */
  parentId?: string;
  /** Ids of direct sub-goals. */
  childIds: string[];
  /** Document uri. */
  uri: string;
  /** Span where a new property item may be inserted (after the last one, or after the heading). */
  insertAt: InsertAt;
}

/** Where and how a new property item is written into a goal. */
export interface InsertAt {
  readonly offset: number;
  readonly indent: string;
  readonly format: 'markdown' | 'yaml';
  /** A YAML goal written as a flow mapping (`- {id: a, title: …}`): the offset of its closing `}`. */
  readonly flowEnd?: number;
}

export interface Period {
  from?: number;
  to?: number;
  span: Span;
}

export interface ParseProblem {
  message: Localized;
  span: Span;
  /** A quick fix, titled by a message of the `parse-error` rule. */
  fix?: ProblemFix;
}

/** A fix found by the parser: one edit, titled by the reporting rule's message `messageId`. */
export interface ProblemFix {
  messageId: string;
  data?: Record<string, string>;
  span: Span;
  newText: string;
  /** Safe to apply without looking (an editor's "fix all"). */
  preferred?: boolean;
}

export interface StrategyDocument {
  uri: string;
  format: 'markdown' | 'yaml';
  text: string;
  /** Language the document is written in (from its keys; nb when it does not tell). */
  lang: Lang;
  /** True when the document states its language (`language: nn`), so it is not guessed. */
  langFixed?: boolean;
  /**
   * True when the guess could not tell bokmål from nynorsk (keys spelt alike in both, such as
   * `Område`/`Frist`, and no prose words of either): `lang` is then the workspace's (nn in a
   * nynorsk cooperation, else nb), set when the workspace is built.
   */
  langOpen?: boolean;
  /**
   * The language the prose words point to (when any do and the language is not
   * stated): a document with English keys may still be written in Norwegian.
   */
  proseLang?: Lang;
  owner?: { value: string; span: Span };
  /**
   * An `owner` key that is written but names no member: empty (`owner:`,
   * `owner: ~`) or not one ID (`owner: [storby]`). `first` is a list's first
   * item, the ID the author most likely meant.
   */
  ownerWritten?: { kind: 'empty' | 'list'; key: string; keySpan: Span; valueSpan: Span; first?: string };
  title?: string;
  period?: Period;
  /** Front matter / top-level entries. */
  meta: Property[];
  /** Where document-level findings point (front matter, or first line). */
  headSpan: Span;
  goals: Goal[];
  problems: ParseProblem[];
  /** Invalid values and unknown keys found while interpreting properties. */
  valueProblems: ValueProblem[];
}

/** A value problem found by the interpreter, reported by `invalid-value` / `unknown-property`. */
export interface ValueProblem {
  kind: 'invalid-value' | 'unknown-property';
  span: Span;
  messageId: string;
  data: Record<string, string>;
  goal?: string;
  /** Replacement suggested for the span (did-you-mean). */
  suggestion?: string;
  /** The suggestion is a guess with other candidates near: offered, but not as the preferred fix. */
  weak?: true;
  /** Where the suggestion is written, when not over `span` (a list's bullet, for a finding on the key). */
  fixSpan?: Span;
  /** A fix other than writing `suggestion` (removing a line, moving an ID): offered instead of it. */
  fix?: ProblemFix;
  /** The most severe level this problem is shown at, when weaker than the rule's (a hint that something may be wrong). */
  severity?: Severity;
}

// ---------------------------------------------------------------------------
// National frameworks
// ---------------------------------------------------------------------------

export interface Objective {
  /** e.g. `DS19-M2`. */
  id: string;
  framework: string;
  /** vision | main-goal | focus-area | life-event | prerequisite | target | objective */
  kind: string;
  /** Official title (nb). */
  title: string;
  titleEn?: string;
  /** Short name, nb. */
  short?: string;
  description: string;
  descriptionEn?: string;
  keywords: { nb: string[]; nn: string[]; en: string[] };
  parent?: string;
  /** Other objectives closely related (crosswalk, focus area ↔ goal). */
  related: string[];
  source?: string;
  /** Where the entry is defined (catalog file). */
  uri: string;
  span: Span;
}

export interface Framework {
  id: string;
  title: string;
  titleEn?: string;
  /** Years the framework covers, e.g. 2019–2025. */
  period?: { from?: number; to?: number };
  source?: string;
  builtIn: boolean;
  uri: string;
  objectives: Objective[];
}

/** A ranked link suggestion for a goal. */
export interface Suggestion {
  objective: string;
  /** 0..1, higher is better. */
  score: number;
  /** Words of the goal that matched the objective. */
  matched: string[];
}

/** The texts of a goal that the ranker reads. */
export interface GoalText {
  title: string;
  description?: string;
  need?: string;
  benefit?: string;
  indicator?: string;
}

// ---------------------------------------------------------------------------
// Findings
// ---------------------------------------------------------------------------

export interface TextEdit {
  uri: string;
  span: Span;
  newText: string;
}

/** A quick fix the editor can offer; the CLI ignores it. */
export interface Fix {
  title: Localized;
  edits: TextEdit[];
  /** The preferred fix of a finding (applied by "fix all"). */
  preferred?: boolean;
}

export interface RelatedLocation {
  uri: string;
  span: Span;
  message: string;
  goal?: string;
}

/** What rules report: offsets, message id and data; the runner renders it. */
export interface Finding {
  rule: string;
  severity: Severity;
  uri: string;
  span: Span;
  message: string;
  goal?: string;
  related: RelatedLocation[];
  suggestions?: Suggestion[];
  fixes: Fix[];
  tags?: ('unnecessary' | 'deprecated')[];
}

/** A finding with positions, ready for an adapter. */
export interface Diagnostic extends Omit<Finding, 'related'> {
  range: Range;
  related: (RelatedLocation & { range: Range })[];
}
