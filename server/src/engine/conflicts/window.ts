/**
 * Active windows of goals (format.md §3): a goal is active from its `start`
 * (or the first day of its document's period) to its `deadline` (or the last
 * day of the period). A missing bound is open, so a goal without any dates
 * overlaps every window. A goal's own `start` after its document's period
 * (no deadline) leaves the end open rather than ending before it starts. Dates are ISO strings and compare lexically.
 *
 * Example: period 2024–2027, `Frist: 2025-12-31` → 2024-01-01 … 2025-12-31.
 */
import type { Goal, IsoDate, StrategyDocument } from '../types.js';

export interface Window {
  /** First active day; undefined = open (since ever). */
  start?: IsoDate;
  /** Last active day; undefined = open (for ever). */
  end?: IsoDate;
}

export function goalWindow(goal: Goal, doc: StrategyDocument | undefined): Window {
  const w: Window = {};
  const start = goal.facts.start ?? (doc?.period?.from !== undefined ? `${doc.period.from}-01-01` : undefined);
  let end = goal.facts.deadline ?? (doc?.period?.to !== undefined ? `${doc.period.to}-12-31` : undefined);
  // A goal's own `start` after the end of its document's period (and no deadline of its own): the goal says
  // more than the document's default, so it runs from its start, with the end open.
  if (goal.facts.deadline === undefined && goal.facts.start !== undefined && end !== undefined && goal.facts.start > end) end = undefined;
  if (end !== undefined) w.end = end;
  // A start after the deadline is a typo somewhere; trust the deadline and leave the start open.
  if (start !== undefined && (end === undefined || start <= end)) w.start = start;
  return w;
}

/** Two windows overlap when neither ends before the other starts (the same day counts). */
export function windowsOverlap(a: Window, b: Window): boolean {
  if (a.end !== undefined && b.start !== undefined && a.end < b.start) return false;
  if (b.end !== undefined && a.start !== undefined && b.end < a.start) return false;
  return true;
}

/** The days both windows share (call only when they overlap). */
export function intersect(a: Window, b: Window): Window {
  const w: Window = {};
  const start = max(a.start, b.start);
  const end = min(a.end, b.end);
  if (start !== undefined) w.start = start;
  if (end !== undefined) w.end = end;
  return w;
}

function max(a: IsoDate | undefined, b: IsoDate | undefined): IsoDate | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}
function min(a: IsoDate | undefined, b: IsoDate | undefined): IsoDate | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a < b ? a : b;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/**
 * The calendar years a goal's window touches, as bounds: `-Infinity` or
 * `Infinity` where the window is open. (A window of more than 100 years is
 * cut to 100: a typo like `Frist: 2205` must not make a goal count for ever.)
 */
export interface YearRange {
  from: number;
  to: number;
}

export function yearRange(w: Window): YearRange {
  const from = w.start !== undefined ? yearOf(w.start) : -Infinity;
  let to = w.end !== undefined ? yearOf(w.end) : Infinity;
  if (Number.isFinite(from) && Number.isFinite(to) && to - from >= 100) to = from + 99;
  return { from, to };
}

/**
 * The years in which goals with these ranges are counted together for
 * capacity, ascending: every year a closed range touches, and the known year
 * of a half-open one. An open bound overlaps every window (format.md §3), so
 * a goal without dates counts in each of these years, and one with only a
 * deadline in each of them up to its deadline; they add no years of their
 * own. Empty when no goal has a known year.
 */
export function countedYears(ranges: Iterable<YearRange>): number[] {
  const years = new Set<number>();
  for (const r of ranges) {
    const finiteFrom = Number.isFinite(r.from);
    const finiteTo = Number.isFinite(r.to);
    if (finiteFrom && finiteTo) for (let y = r.from; y <= r.to; y++) years.add(y);
    else if (finiteFrom) years.add(r.from);
    else if (finiteTo) years.add(r.to);
  }
  return [...years].sort((a, b) => a - b);
}

/** Whether a goal with this range counts in `year`. */
export function countsIn(r: YearRange, year: number): boolean {
  return r.from <= year && year <= r.to;
}

/** Years as a span: `2025`, `2025–2026`. */
export function formatYears(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}
