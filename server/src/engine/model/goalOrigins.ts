/**
 * Which goals of a re-parsed document are the same as before, only moved.
 *
 * An edit re-parses its document, so every goal in it is a new object, and
 * the caches keyed by goal (the conflict rules' pair reports) would compare
 * all of them again: in a company's strategy, whose goals apply to every
 * member, that is most of the cooperation's pairs. Yet an edit changes one
 * place; the goals before it are as they were, and those after it are as they
 * were but moved by the length the edit added or removed.
 *
 * `recordOrigins` pairs each new goal with the old goal of the same ID, and
 * `originOf` links it to that goal when it reads exactly as before, with the
 * document's change: everything about the goal is equal, offsets before the
 * change are the same and offsets after it are moved by `delta`. A cache can
 * then carry over what it knew of the old goal, moving its positions
 * (`movedReports`). Anything that differs, however little, leaves the goal
 * without an origin: it is analysed afresh, as before.
 */
import type { Goal, Property, Span, StrategyDocument } from '../types.js';
import type { FixReport, RelatedReport, Report } from '../rule.js';

/** Where two versions of a text differ: `[start, oldEnd)` of the old text became `[start, oldEnd + delta)`. */
export interface TextChange {
  readonly uri: string;
  /** End of the common beginning. */
  readonly start: number;
  /** Where the common ending starts in the old text. */
  readonly oldEnd: number;
  /** New length − old length. */
  readonly delta: number;
}

/** The goal a re-parsed goal was before the edit. */
export interface GoalOrigin {
  readonly goal: Goal;
  readonly change: TextChange;
}

/**
 * Each goal of a re-parsed document with the old goal of the same ID: whether
 * it is the same, moved, is worked out when a cache first asks (most goals
 * take part in no conflict pair, and comparing costs about as much as
 * parsing them). Only one step back: when a document is parsed again, its
 * previous goals' entries are dropped, so old versions are not kept alive in
 * a chain; and once an analysis has compared every goal, all are let go
 * (`releaseOrigins`): an old goal would otherwise live as long as its
 * successor, with what the caches kept for it.
 */
const candidates = new Map<Goal, GoalOrigin>();
const origins = new Map<Goal, GoalOrigin | null>();

/** Forgets every goal's origin: called when an analysis is complete, and no cache needs them any more. */
export function releaseOrigins(): void {
  candidates.clear();
  origins.clear();
}

/** The goal `goal` was in the previous parse of its document, when it is the same goal, moved at most. */
export function originOf(goal: Goal): GoalOrigin | undefined {
  let origin = origins.get(goal);
  if (origin === undefined) {
    const candidate = candidates.get(goal);
    if (!candidate) return undefined;
    origin = sameMoved(candidate.goal, goal, candidate.change) ? candidate : null;
    origins.set(goal, origin);
    candidates.delete(goal);
  }
  return origin ?? undefined;
}

/** The common beginning and ending of two texts. */
export function textChange(uri: string, before: string, after: string): TextChange {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { uri, start, oldEnd: before.length - tail, delta: after.length - before.length };
}

/**
 * Where an offset of the old text is in the new one; undefined inside the
 * changed part, and at the very place where text was only inserted (before
 * or after the insertion: either may be meant).
 */
export function movedOffset(change: TextChange, offset: number): number | undefined {
  const inserted = change.start === change.oldEnd;
  if (offset < change.start || (offset === change.start && !inserted)) return offset;
  if (offset > change.oldEnd || (offset === change.oldEnd && !inserted)) return offset + change.delta;
  return undefined;
}

/** A span of the old text in the new one (the same object when it did not move); undefined when an end lies in the change. */
export function movedSpan(change: TextChange, span: Span): Span | undefined {
  const start = movedOffset(change, span.start);
  const end = movedOffset(change, span.end);
  if (start === undefined || end === undefined) return undefined;
  return start === span.start && end === span.end ? span : { start, end };
}

/**
 * Pairs each goal of `next` with the goal of the same ID in `previous`, for
 * `originOf` to compare when asked. Nothing is paired when what the
 * document says about all its goals (language, owner, period, front matter)
 * is not the same.
 */
export function recordOrigins(previous: StrategyDocument, next: StrategyDocument): void {
  for (const g of previous.goals) {
    origins.delete(g);
    candidates.delete(g);
  }
  if (previous.uri !== next.uri || previous.format !== next.format) return;
  const change = textChange(next.uri, previous.text, next.text);
  if (!sameDocumentHead(previous, next, change)) return;
  const byKey = new Map<string, Goal | null>();
  // An ID written twice names no goal for certain: such goals are compared afresh.
  for (const g of previous.goals) byKey.set(g.key, byKey.has(g.key) ? null : g);
  const written = new Map<string, number>();
  for (const g of next.goals) written.set(g.key, (written.get(g.key) ?? 0) + 1);
  for (const g of next.goals) {
    const old = byKey.get(g.key);
    if (old && written.get(g.key) === 1) candidates.set(g, { goal: old, change });
  }
}

/** Fields of a document that are not about all its goals. */
const NOT_HEAD = new Set(['goals', 'text', 'problems', 'valueProblems']);

/** What a document says about all its goals, besides the goals and the text. */
function sameDocumentHead(previous: StrategyDocument, next: StrategyDocument, change: TextChange): boolean {
  const keys = new Set([...Object.keys(previous), ...Object.keys(next)]);
  for (const k of keys) {
    if (NOT_HEAD.has(k)) continue;
    if (!sameMoved((previous as unknown as Record<string, unknown>)[k], (next as unknown as Record<string, unknown>)[k], change)) return false;
  }
  return true;
}

/** Every field of a goal and of a property (the compiler checks that none is left out). */
const GOAL_FIELDS = Object.keys({
  id: true,
  owner: true,
  key: true,
  title: true,
  idSpan: true,
  titleSpan: true,
  headingSpan: true,
  level: true,
  description: true,
  properties: true,
  facts: true,
  parentId: true,
  childIds: true,
  uri: true,
  insertAt: true,
} satisfies Record<keyof Goal, true>);
const PROPERTY_FIELDS = Object.keys({
  key: true,
  rawKey: true,
  known: true,
  keyLang: true,
  keySpan: true,
  value: true,
  valueSpan: true,
  items: true,
  span: true,
} satisfies Record<keyof Property, true>);

/** Keys whose numbers are offsets into the document's text. */
const OFFSET_KEYS = new Set(['start', 'end', 'offset', 'flowEnd']);

/**
 * Structural equality of plain data where numbers under offset keys may have
 * moved with `change` and everything else is equal. Values that are not plain
 * objects, arrays or primitives are equal only when they are the same.
 */
function sameMoved(a: unknown, b: unknown, change: TextChange, key?: string): boolean {
  if (a === b) return key === undefined || !OFFSET_KEYS.has(key) || typeof a !== 'number' || movedOffset(change, a) === a;
  if (typeof a === 'number' && typeof b === 'number') return key !== undefined && OFFSET_KEYS.has(key) && movedOffset(change, a) === b;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameMoved(a[i], b[i], change)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const proto = Object.getPrototypeOf(a);
  if (Object.getPrototypeOf(b) !== proto) return false;
  if (proto !== Object.prototype) {
    // The parser's goals and properties keep their positions in private fields and show them through getters.
    const fields = 'headingSpan' in x ? GOAL_FIELDS : 'keySpan' in x && 'valueSpan' in x ? PROPERTY_FIELDS : undefined;
    if (!fields) return false;
    for (const k of fields) if (!sameMoved(x[k], y[k], change, k)) return false;
    return true;
  }
  const keys = Object.keys(x);
  let definedInY = 0;
  for (const k of Object.keys(y)) if (y[k] !== undefined) definedInY++;
  let definedInX = 0;
  for (const k of keys) {
    if (x[k] === undefined) continue;
    definedInX++;
    if (!sameMoved(x[k], y[k], change, k)) return false;
  }
  return definedInX === definedInY;
}

/**
 * Reports made before an edit, at the places the edit moved them to:
 * `changes` says how each re-parsed document changed (by URI; other files
 * did not change). The same array when nothing moved; undefined when a
 * position lies in a changed part.
 */
export function movedReports(reports: Report[], changes: ReadonlyMap<string, TextChange>): Report[] | undefined {
  let out: Report[] | undefined;
  for (let i = 0; i < reports.length; i++) {
    const r = reports[i]!;
    const moved = movedReport(r, changes);
    if (!moved) return undefined;
    if (moved !== r) (out ??= reports.slice())[i] = moved;
  }
  return out ?? reports;
}

function movedReport(r: Report, changes: ReadonlyMap<string, TextChange>): Report | undefined {
  let changed = false;
  const place = <T extends { uri: string; span: Span }>(x: T): T | undefined => {
    const change = changes.get(x.uri);
    if (!change) return x;
    const span = movedSpan(change, x.span);
    if (!span) return undefined;
    if (span === x.span) return x;
    changed = true;
    return { ...x, span };
  };
  const at = place(r);
  const related = r.related?.map(place);
  const fixes = r.fixes?.map((f) => ({ ...f, edits: f.edits.map(place) }));
  if (!at || related?.some((x) => !x) || fixes?.some((f) => f.edits.some((e) => !e))) return undefined;
  if (!changed) return r;
  return { ...r, span: at.span, ...(related ? { related: related as RelatedReport[] } : {}), ...(fixes ? { fixes: fixes as FixReport[] } : {}) };
}
