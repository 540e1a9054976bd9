/** Building goals and finishing a parsed document (owner keys, facts, language). */
import type { Goal, GoalFacts, InsertAt, Lang, Property, Span, StrategyDocument, ValueProblem } from '../types.js';
import { emptyFacts, hasEnglishThousands, interpretGoal, readEnglishThousands } from '../model/interpret.js';
import { keyDef } from '../model/vocabulary.js';
import { compact } from './compact.js';
import { lineNumberIn } from '../text/lines.js';
import { hasBidiControl, showBidiControls, showInvisible, withoutBidiControls, withoutInvisible } from '../text/normalize.js';

export interface NewGoal {
  uri: string;
  id: string;
  title: string;
  idSpan: Span;
  titleSpan: Span;
  headingSpan: Span;
  level: number;
  insertAt: InsertAt;
}

/**
 * A parsed goal. Like a property's (see `parse/properties.ts`), its spans and
 * insert position are kept as numbers and built when read: four small objects
 * less per goal (2 MB at national scale).
 */
class SourceGoal implements Goal {
  uri: string;
  id: string;
  title: string;
  level: number;
  owner = '';
  key: string;
  description = '';
  properties: Property[] = [];
  facts: GoalFacts = emptyFacts();
  declare parentId?: string;
  childIds: string[] = [];
  readonly #idStart: number;
  readonly #idEnd: number;
  readonly #titleStart: number;
  readonly #titleEnd: number;
  readonly #headingStart: number;
  readonly #headingEnd: number;
  #insertOffset: number;
  #insertIndent: string;
  #insertFormat: InsertAt['format'];
  #insertFlowEnd: number;

  constructor(g: NewGoal) {
    this.uri = g.uri;
    this.id = g.id;
    this.title = g.title;
    this.level = g.level;
    this.key = `#${g.id}`;
    this.#idStart = g.idSpan.start;
    this.#idEnd = g.idSpan.end;
    this.#titleStart = g.titleSpan.start;
    this.#titleEnd = g.titleSpan.end;
    this.#headingStart = g.headingSpan.start;
    this.#headingEnd = g.headingSpan.end;
    this.#insertOffset = g.insertAt.offset;
    this.#insertIndent = g.insertAt.indent;
    this.#insertFormat = g.insertAt.format;
    this.#insertFlowEnd = g.insertAt.flowEnd ?? -1;
  }

  get idSpan(): Span {
    return { start: this.#idStart, end: this.#idEnd };
  }
  get titleSpan(): Span {
    return { start: this.#titleStart, end: this.#titleEnd };
  }
  get headingSpan(): Span {
    return { start: this.#headingStart, end: this.#headingEnd };
  }
  get insertAt(): InsertAt {
    const at = { offset: this.#insertOffset, indent: this.#insertIndent, format: this.#insertFormat };
    return this.#insertFlowEnd < 0 ? at : { ...at, flowEnd: this.#insertFlowEnd };
  }
  set insertAt(at: InsertAt) {
    this.#insertOffset = at.offset;
    this.#insertIndent = at.indent;
    this.#insertFormat = at.format;
    this.#insertFlowEnd = at.flowEnd ?? -1;
  }
}

export function newGoal(g: NewGoal): Goal {
  return new SourceGoal(g);
}

/**
 * Words that tell nynorsk from bokmål (and English) prose when the keys do not.
 * They used to be counted with `/\b(ikkje|kva|…)\b/giu`; `countWords` counts
 * exactly the same matches in one pass (see there), so the lists keep that
 * regex's alternation order.
 */
const NN_WORDS = ['ikkje', 'kva', 'korleis', 'eg', 'mykje', 'heile', 'tenester', 'tenesta', 'løysing', 'løysingar', 'verksemd', 'tilsette', 'innbyggjarar', 'innbyggjarane', 'vere', 'skal vere', 'kommunen vår', 'frå', 'saman', 'dei', 'fleire', 'berre', 'òg'];
const NB_WORDS = ['ikke', 'hva', 'hvordan', 'jeg', 'mye', 'hele', 'tjenester', 'tjenesten', 'løsning', 'løsninger', 'virksomhet', 'ansatte', 'innbyggere', 'innbyggerne', 'være', 'fra', 'sammen', 'flere', 'bare', 'også'];
const EN_WORDS = ['the', 'and', 'will', 'services', 'our', 'shall', 'with'];

/**
 * `\w` of a `/iu` regex: ASCII letters, digits and `_`, plus ſ (U+017F) and the
 * Kelvin sign (U+212A), which case-fold into it. So `\b` sits next to ASCII
 * word characters only (`frå\b` needs a word character after the `å`).
 */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 0x17f || c === 0x212a;
}

/** Simple case folding (as `/iu` compares), for the characters that fold into our word lists' letters. */
function fold(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  switch (c) {
    case 0x17f: return 115; // ſ → s
    case 0x212a: return 107; // Kelvin sign → k
    case 0xc5: case 0x212b: return 0xe5; // Å, Ångström sign → å
    case 0xc6: return 0xe6; // Æ → æ
    case 0xd8: return 0xf8; // Ø → ø
    case 0xd2: return 0xf2; // Ò → ò
  }
  return c;
}

/**
 * The three lists (nn, nb, en) indexed by their words' first character (all
 * below U+0100), keeping the list order: `FIRST[c]` holds `[list, words]` pairs.
 */
const FIRST: [number, number[][]][][] = [];
[NN_WORDS, NB_WORDS, EN_WORDS].forEach((words, k) => {
  for (const w of words) {
    const codes = [...w].map((ch) => ch.charCodeAt(0));
    const entries = (FIRST[codes[0]!] ??= []);
    const entry = entries.find((e) => e[0] === k) ?? entries[entries.push([k, []]) - 1]!;
    entry[1].push(codes);
  }
});

/** End of the first word of `words` (in list order) matching at `p` and followed by a `\b`, or -1. */
function wordAt(text: string, p: number, words: number[][]): number {
  next: for (let j = 0; j < words.length; j++) {
    const w = words[j]!;
    const e = p + w.length;
    if (e > text.length) continue;
    for (let i = 1; i < w.length; i++) if (fold(text.charCodeAt(p + i)) !== w[i]) continue next;
    if (isWordChar(text.charCodeAt(e - 1)) !== (e < text.length && isWordChar(text.charCodeAt(e)))) return e;
  }
  return -1;
}

/**
 * Counts the non-overlapping matches of each word list as `text.match(/\b(w1|w2|…)\b/giu)`
 * would, all lists in one pass: a match starts at a `\b`, the first word in list
 * order that fits wins, and the next match is searched after it.
 */
function countWords(text: string): [nn: number, nb: number, en: number] {
  const counts: [number, number, number] = [0, 0, 0];
  const from = [0, 0, 0];
  let prevWord = false;
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    const word = isWordChar(c);
    if (word !== prevWord) {
      const f = fold(c);
      const entries = f < 256 ? FIRST[f] : undefined;
      if (entries) {
        for (let i = 0; i < entries.length; i++) {
          const [k, words] = entries[i]!;
          if (p < from[k]!) continue;
          const e = wordAt(text, p, words);
          if (e >= 0) {
            counts[k as 0 | 1 | 2]++;
            from[k] = e;
          }
        }
      }
    }
    prevWord = word;
  }
  return counts;
}

/** Goal IDs: lowercase letters (æøå and other lowercase letters too), digits and `-` (format.md §2.1). */
export const GOAL_ID = /^[\p{Ll}\p{N}][\p{Ll}\p{N}-]*$/u;

/** The goal's lists, filled by `push`, without their spare capacity: the model outlives the parse. */
function compactGoal(g: Goal): void {
  g.properties = compact(g.properties);
  g.childIds = compact(g.childIds);
  const f: GoalFacts = g.facts;
  f.supports = compact(f.supports);
  f.contributes = compact(f.contributes);
  f.scope = compact(f.scope);
  f.exempt = compact(f.exempt);
  f.adopt = compact(f.adopt);
  f.retain = compact(f.retain);
  f.phaseOut = compact(f.phaseOut);
  f.requires = compact(f.requires);
  f.accepts = compact(f.accepts);
}

/**
 * The goal ID an author meant: `Felles_HR`, `felles hr`, `felles\_hr` (escaped by
 * Google Docs or Pandoc), `felles\u200bhr` (an invisible character pasted from a
 * word processor) → `felles-hr` (not necessarily valid).
 */
export function goalIdFrom(text: string): string {
  return withoutInvisible(text.replace(/\\(?=[!-/:-@[-`{-~])/g, ''))
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/** A goal's ID as meant: itself when valid, else as IDs are written (`Felles_HR` → `felles-hr`, the fix invalid-value offers). */
export function meantGoalId(id: string): string {
  return GOAL_ID.test(id) ? id : goalIdFrom(withoutBidiControls(id));
}

/** Kinds of property whose values add up when the key is given twice (list values, as format.md §2.1). */
const ADDING_KINDS = new Set(['objectives', 'goal-refs', 'members', 'systems', 'requires', 'accepts']);

/**
 * A single-valued property given twice (`Frist: 2026` … `Frist: 2027`, or
 * `frist:` and `deadline:` in YAML) would have one value silently dropped.
 * The first one counts, as everywhere a goal's property is looked up; each
 * later one is reported on its key (with a fix that removes its line) and
 * left out of the goal, so every check reads the same value.
 */
function dropRepeatedProperties(doc: StrategyDocument, g: Goal): void {
  let first: Map<string, Property> | undefined;
  let kept: Property[] | undefined;
  for (let i = 0; i < g.properties.length; i++) {
    const p = g.properties[i]!;
    const def = p.known ? keyDef(p.key) : undefined;
    if (!def || ADDING_KINDS.has(def.kind)) {
      kept?.push(p);
      continue;
    }
    first ??= new Map();
    const earlier = first.get(p.key);
    if (!earlier) {
      first.set(p.key, p);
      kept?.push(p);
      continue;
    }
    kept ??= g.properties.slice(0, i);
    const problem: ValueProblem = {
      kind: 'invalid-value',
      span: p.keySpan,
      messageId: 'repeatedProperty',
      data: { key: p.rawKey, value: p.value, first: earlier.value, firstKey: earlier.rawKey, line: String(lineNumberIn(doc, earlier.keySpan.start)) },
      goal: g.key,
    };
    const lines = ownLines(doc.text, p.span);
    if (lines) problem.fix = { messageId: 'removeLine', span: lines, newText: '' };
    doc.valueProblems.push(problem);
  }
  if (kept) g.properties = kept;
}

/**
 * The whole lines `span` is written on, with the line break after them, when
 * nothing else is written on them (not in a YAML flow mapping): what removing
 * the property removes.
 */
function ownLines(text: string, span: Span): Span | undefined {
  let start = span.start;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  if (text.slice(start, span.start).trim() !== '') return undefined;
  let last = span.end;
  while (last > span.start && /\s/.test(text[last - 1]!)) last--;
  let end = last;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  if (text.slice(last, end).trim() !== '') return undefined;
  end += text[end] === '\r' && text[end + 1] === '\n' ? 2 : end < text.length ? 1 : 0;
  return { start, end };
}

/** A problem found while reading a goal, before the document's owner (and so the goal's key) is known. */
export interface GoalProblem {
  goal: Goal;
  problem: ValueProblem;
}

/**
 * Sets goal keys and facts and decides the document's language. The parser's
 * `goalProblems` join the document's value problems with their goal's key.
 */
export function finishDocument(doc: StrategyDocument, goalProblems: readonly GoalProblem[] = []): StrategyDocument {
  const owner = doc.owner?.value ?? '';
  const votes: Record<Lang, number> = { nb: 0, nn: 0, en: 0 };
  /** The valid IDs of the document, and those offered: a fix must not give a goal another goal's ID. */
  let ids: Set<string> | undefined;
  /** Goals whose `requires` amounts read otherwise in English (`1,500`), with the problems their reading gave. */
  const reread: [Goal, number, number][] = [];
  for (const g of doc.goals) {
    g.owner = owner;
    g.key = `${owner}#${g.id}`;
    // A soft hyphen or zero-width space pasted into the ID is read as nothing (the parsers leave it out), but other
    // Markdown tools keep it in their anchors: said, with the character shown, and a fix that removes it.
    const written = doc.text.slice(g.idSpan.start, g.idSpan.end);
    if (GOAL_ID.test(g.id) && withoutInvisible(written) !== written) {
      doc.valueProblems.push({ kind: 'invalid-value', span: g.idSpan, messageId: 'goalIdInvisible', data: { value: showInvisible(written), suggestion: g.id }, suggestion: g.id, goal: g.key, severity: 'warning' });
    }
    if (!GOAL_ID.test(g.id)) {
      const written = g.idSpan.end > g.idSpan.start;
      const span = written ? g.idSpan : g.headingSpan;
      // A character that changes the reading direction makes the ID read differently than it is written:
      // said in words, and shown as <U+202E> (raw, it would turn the message around as well).
      const bidi = hasBidiControl(g.id);
      ids ??= new Set(doc.goals.map((o) => o.id).filter((id) => GOAL_ID.test(id)));
      // `{#Innbyggerdialog}` next to `{#innbyggerdialog}`: the next free one, as duplicate-goal-id offers it.
      let fixed = meantGoalId(g.id);
      if (ids.has(fixed) && GOAL_ID.test(fixed)) {
        let n = 2;
        while (ids.has(`${fixed}-${n}`)) n++;
        fixed = `${fixed}-${n}`;
      }
      ids.add(fixed);
      const value = showBidiControls(g.id);
      // Offered as a fix when that is a valid ID and the ID is written (a YAML goal may have an empty one).
      doc.valueProblems.push(
        written && GOAL_ID.test(fixed)
          ? { kind: 'invalid-value', span, messageId: bidi ? 'goalIdBidi' : 'goalIdFix', data: { value, suggestion: fixed }, suggestion: fixed, goal: g.key }
          : { kind: 'invalid-value', span, messageId: 'goalId', data: { value }, goal: g.key },
      );
    }
    dropRepeatedProperties(doc, g);
    const from = doc.valueProblems.length;
    interpretGoal(g, doc.valueProblems, false, doc.text);
    compactGoal(g);
    if (hasEnglishThousands(g)) reread.push([g, from, doc.valueProblems.length]);
    for (const p of g.properties) if (p.keyLang) votes[p.keyLang] += 3;
  }
  for (const { goal, problem } of goalProblems) doc.valueProblems.push({ ...problem, goal: goal.key });
  for (const p of doc.meta) if (p.keyLang) votes[p.keyLang] += 3;
  // The prose only matters when the front matter does not fix the language.
  if (!doc.langFixed) {
    const [nn, nb, en] = countWords(doc.text.slice(0, 20000));
    if (nn + nb + en > 0) doc.proseLang = nb >= nn && nb >= en ? 'nb' : nn >= en ? 'nn' : 'en';
    votes.nn += nn;
    votes.nb += nb;
    votes.en += en;
    doc.lang = (['nn', 'en', 'nb'] as Lang[]).reduce((best, l) => (votes[l] > votes[best] ? l : best), 'nb');
    // Norwegian by default or by keys both forms spell alike: which form, the workspace says.
    doc.langOpen = doc.lang === 'nb' && votes.nn === votes.nb;
  }
  if (doc.lang === 'en') {
    // The language is known only now: read those goals again as English writes amounts (last first, so the ranges hold).
    for (const [g, from, to] of reread.reverse()) {
      doc.valueProblems.splice(from, to - from);
      interpretGoal(g, doc.valueProblems, true, doc.text);
      compactGoal(g);
    }
    for (const g of doc.goals) readEnglishThousands(g);
  }
  return doc;
}
