/**
 * Turns a goal's raw properties into typed `GoalFacts`. Malformed values are
 * left out of the facts and recorded as `ValueProblem`s (rule `invalid-value`).
 * Only syntax is checked here; whether an area, member or resource exists is a
 * workspace question, answered by the rules.
 */
import type { Acceptance, Goal, GoalFacts, GoalRef, IsoDate, Property, ValueItem, ValueProblem } from '../types.js';
import { lookupEnum, enumSpellings, ENUM_NEAR_MISSES, GOAL_KEYS, type PropertyKind } from './vocabulary.js';
import { areaKey, guess, guessFields, hasBidiControl, isAll, isNone, keyOf, showBidiControls, withoutBidiControls, type Guess } from '../text/normalize.js';
import { shared } from '../text/shared.js';
import { amountIn, kronerPer, leadingUnit } from '../text/units.js';
import { isUnstated } from './placeholder.js';
import { withoutFullStop } from './memberNames.js';

export function emptyFacts(): GoalFacts {
  return { supports: [], contributes: [], scope: [], scopeAll: false, exempt: [], adopt: [], retain: [], phaseOut: [], requires: [], accepts: [] };
}

/** Kind of each canonical goal key (as `keyDef(key).kind`, first definition wins), by map lookup rather than a scan per property. */
const KIND_OF = new Map<string, PropertyKind>();
for (const def of GOAL_KEYS) if (!KIND_OF.has(def.canonical)) KIND_OF.set(def.canonical, def.kind);

const REF = /^([\p{Ll}\p{Lu}\p{N}_-]*)#([\p{Ll}\p{Lu}\p{N}_-]+)$/u;

export function parseGoalRef(item: ValueItem): GoalRef | undefined {
  const m = REF.exec(item.text);
  if (!m) return undefined;
  const ref: GoalRef = { id: m[2]!, text: item.text, span: item.span };
  if (m[1]) ref.owner = m[1];
  return ref;
}

/**
 * A reference ending a list written as a sentence, `ikt-fjord#felles-hr.`: a
 * goal ID has no full stop, so the reference is read without it (as a member
 * is, `withoutFullStop`), and points at the reference alone when the stop is
 * the item's last character in `source`.
 */
function refBeforeFullStop(item: ValueItem, source: string | undefined): GoalRef | undefined {
  if (!item.text.endsWith('.')) return undefined;
  const text = withoutFullStop(item.text);
  const atEnd = source?.[item.span.end - 1] === '.';
  return parseGoalRef({ text, span: atEnd ? { start: item.span.start, end: item.span.end - 1 } : item.span });
}

/** `2025-12-31`, `2025-12` or `2025`; a year or month means its end for deadlines and its start otherwise. */
export function parseDate(text: string, end: boolean): IsoDate | undefined {
  const t = text.trim();
  let m = /^(\d{4})$/.exec(t);
  if (m) return end ? `${m[1]}-12-31` : `${m[1]}-01-01`;
  m = /^(\d{4})-(\d{2})$/.exec(t);
  if (m) {
    const mon = Number(m[2]);
    if (mon < 1 || mon > 12) return undefined;
    return end ? `${m[1]}-${m[2]}-${String(daysIn(Number(m[1]), mon)).padStart(2, '0')}` : `${m[1]}-${m[2]}-01`;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mon = Number(m[2]);
  const d = Number(m[3]);
  if (mon < 1 || mon > 12 || d < 1 || d > daysIn(y, mon)) return undefined;
  return t;
}

/**
 * A date written with a word or a stop around it (`2026.`, `innen 2026`,
 * nynorsk `innan 2026`, `by 2026-06-30`) as it should be written, when that is a valid date.
 */
export function looseDate(text: string, end: boolean): string | undefined {
  let bare = text.trim();
  while (/[.,;:]/.test(bare.charAt(bare.length - 1))) bare = bare.slice(0, -1);
  bare = bare.replace(/^(?:innen|innan|senest|seinast|by)\s+/i, '');
  if (bare === text.trim()) return undefined;
  return parseDate(bare, end) !== undefined ? bare : dayFirstDate(bare);
}

/** Month names by what authors write; a Map, so that `constructor 2026` names no month (an object's key would). */
const MONTHS = new Map<string, number>(Object.entries({
  januar: 1, jan: 1, january: 1, februar: 2, feb: 2, february: 2, mars: 3, mar: 3, march: 3, april: 4, apr: 4,
  mai: 5, may: 5, juni: 6, jun: 6, june: 6, juli: 7, jul: 7, july: 7, august: 8, aug: 8, september: 9, sep: 9,
  sept: 9, oktober: 10, okt: 10, october: 10, oct: 10, november: 11, nov: 11, desember: 12, des: 12, december: 12, dec: 12,
}));

/** Seasons as plans name them, as the months they span: spring and autumn are the two half-years. */
const SEASONS = new Map<string, readonly [number, number]>([
  ...['vår', 'våren', 'spring'].map((w) => [w, [1, 6]] as const),
  ...['høst', 'høsten', 'haust', 'hausten', 'autumn', 'fall'].map((w) => [w, [7, 12]] as const),
  ...['sommer', 'sommeren', 'sommar', 'sommaren', 'summer'].map((w) => [w, [6, 8]] as const),
]);

/** `første halvår`, `fyrste kvartal`, `andre halvår`: the number the shorter forms below read. */
const ORDINALS = new Map([['første', 1], ['fyrste', 1], ['andre', 2], ['tredje', 3], ['fjerde', 4]]);
const ORDINAL_PART = /^(første|fyrste|andre|tredje|fjerde)(?= (?:kvartal|halvår) )/;

/**
 * A period written in words, as plans do (`Q3 2026`, `3. kvartal 2026`, `1. halvår 2026`,
 * `juni 2026`, `våren 2027`, `i løpet av 2027`, `utgangen av 2026`, `end of 2026`, years `2026–2028`), as the
 * YYYY-MM-DD date it means: its last
 * day for a deadline, its first day for a start.
 */
export function periodDate(text: string, end: boolean): IsoDate | undefined {
  let t = text.trim().toLowerCase();
  while (/[.,;:]/.test(t.charAt(t.length - 1))) t = t.slice(0, -1);
  t = t.replace(/^(?:innen|innan|senest|seinast|by|before|før|ved)\s+/, '').replace(/\s+/g, ' ');
  // «Some time within» it: the period itself (`i løpet av 2027`, `during 2027`, `i løpet av 1. halvår 2027`).
  t = t.replace(/^(?:i løpet av året|i løpet av|i løypet av året|i løypet av|during|in the course of|within|sometime in|some time in) /, '');
  t = t.replace(ORDINAL_PART, (_, word: string) => `${ORDINALS.get(word)}.`);
  let year: number | undefined;
  let from = 1;
  let to = 12;
  let m: RegExpExecArray | null;
  if ((m = /^(?:i )?(\p{L}+) (\d{4})$/u.exec(t)) && SEASONS.has(m[1]!)) {
    // The half-years municipal plans and school years go by (`våren 2027` = 1. halvår); summer its three months.
    year = Number(m[2]);
    [from, to] = SEASONS.get(m[1]!)!;
  } else if ((m = /^(\d{4})$/.exec(t))) {
    year = Number(m[1]);
  } else if ((m = /^[qk]([1-4])[ /-]?(\d{4})$/.exec(t)) || (m = /^([1-4])\. ?kvartal (\d{4})$/.exec(t))) {
    year = Number(m[2]);
    to = Number(m[1]) * 3;
    from = to - 2;
  } else if ((m = /^(\d{4})[ /-]?[qk]([1-4])$/.exec(t))) {
    year = Number(m[1]);
    to = Number(m[2]) * 3;
    from = to - 2;
  } else if ((m = /^h([12])[ /-]?(\d{4})$/.exec(t)) || (m = /^([12])\. ?halvår (\d{4})$/.exec(t))) {
    year = Number(m[2]);
    to = Number(m[1]) * 6;
    from = to - 5;
  } else if ((m = /^(\p{L}+)\.? (\d{4})$/u.exec(t)) && MONTHS.has(m[1]!)) {
    year = Number(m[2]);
    from = to = MONTHS.get(m[1]!)!;
  } else if ((m = /^(\d{4}) ?[-\u2013\u2014] ?(\d{4})$/.exec(t)) || (m = /^(\d{4}) ?[\u2013\u2014] ?(\d{2})$/.exec(t))) {
    // Years, as a plan's period is written (`2026–2028`, `2026–28`): its end for a deadline, its start for a start.
    const first = Number(m[1]);
    const last = m[2]!.length === 2 ? first - (first % 100) + Number(m[2]) : Number(m[2]);
    if (last <= first) return undefined;
    year = end ? last : first;
  } else if ((m = /^(?:(?:ut)?gangen|slutten|enden) av (?:år(?:et)? )?(\d{4})$/.exec(t)) || (m = /^(?:the )?end of (?:the year )?(\d{4})$/.exec(t))) {
    if (!end) return undefined;
    year = Number(m[1]);
  }
  if (year === undefined) return undefined;
  const month = end ? to : from;
  return `${year}-${String(month).padStart(2, '0')}-${end ? String(daysIn(year, month)).padStart(2, '0') : '01'}`;
}

/** A Norwegian day-first date (`31.12.2026`, `1/3/2026`) as YYYY-MM-DD, when it is a real day. */
export function dayFirstDate(text: string): IsoDate | undefined {
  const m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  return parseDate(`${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`, false);
}

/**
 * An American month-first date with slashes (`12/31/2026`, `2/15/2025`) as
 * YYYY-MM-DD, when it is a real day. `06/07/2026` also reads day first: the
 * caller decides which reading a document means.
 */
export function monthFirstDate(text: string): IsoDate | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  return parseDate(`${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`, false);
}

/**
 * A whole date written in words (`31 December 2026`, `December 31, 2026`,
 * `1st Jan 2025`, `31. desember 2026`), with slashes, dots or dashes other
 * than `-` between year, month and day (`2026/12/31`, `2026–12–31`), without
 * leading zeros (`2026-6-1`), with a time of day (`2026-12-31 12:00:00`,
 * `2026-12-31T23:59:00Z`, as YAML timestamps and spreadsheets write it: a
 * deadline is a day) or without dashes (`20261231`), as YYYY-MM-DD, when it
 * is a real day.
 */
export function wordDate(text: string): IsoDate | undefined {
  const time = /^(\d{4}-\d{1,2}-\d{1,2})(?:[ T]|\s+)([01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?\s*(?:z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(text.trim());
  if (time) return wordDate(time[1]!) ?? parseDate(time[1]!, false);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text.trim());
  if (compact) return parseDate(`${compact[1]}-${compact[2]}-${compact[3]}`, false);
  const unpadded = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (unpadded) return parseDate(`${unpadded[1]}-${unpadded[2]!.padStart(2, '0')}-${unpadded[3]!.padStart(2, '0')}`, false);
  let t = text.trim().toLowerCase();
  while (/[.,;:]/.test(t.charAt(t.length - 1))) t = t.slice(0, -1);
  t = t.replace(/^(?:innen|innan|senest|seinast|by|before|før|ved|on)\s+/, '').replace(/^the\s+/, '').replace(/\s+/g, ' ');
  let y: string | undefined;
  let mon: number | undefined;
  let d: string | undefined;
  let m: RegExpExecArray | null;
  // `2026/12/31`, `2026.12.31`, or with the dashes a word processor puts for `-` (`2026–12–31`, non-breaking hyphens).
  if ((m = /^(\d{4})([/.\u2010-\u2014\u2212])(\d{1,2})\2(\d{1,2})$/.exec(t))) [y, mon, d] = [m[1], Number(m[3]), m[4]];
  else if ((m = /^(\d{1,2})(?:st|nd|rd|th|\.)? (?:of )?(\p{L}+)\.?,? (\d{4})$/u.exec(t))) [d, mon, y] = [m[1], MONTHS.get(m[2]!), m[3]];
  else if ((m = /^(\p{L}+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/u.exec(t))) [mon, d, y] = [MONTHS.get(m[1]!), m[2], m[3]];
  if (y === undefined || mon === undefined || d === undefined) return undefined;
  return parseDate(`${y}-${String(mon).padStart(2, '0')}-${d.padStart(2, '0')}`, false);
}

/**
 * `2025-31-12`: year, day, month, as YYYY-MM-DD when that is a real day. Only
 * when the month as written cannot be a month (over 12), so the reading is
 * certain: `2025-03-04` is a valid date and stays as written.
 */
export function swappedDate(text: string): IsoDate | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!m || Number(m[2]) <= 12) return undefined;
  return parseDate(`${m[1]}-${m[3]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`, false);
}

/** Words that turn what follows round: `ikke ferdig` is not `fullført`. */
const NEGATIONS = new Set(['ikke', 'ikkje', 'not', 'never', 'aldri', 'uten', 'utan', 'without']); // not «no»: nynorsk for «now»

/**
 * An enum value written with more words than the value (`pågår (forsinket)`,
 * `Ferdig!`, `under arbeid`, `nesten fullført`): the one value that the
 * allowed spellings and the known near misses among its words (and word
 * pairs, `under arbeid`, longest first) stand for. `'none'` when its words
 * name no value; undefined when they name two (`pågår eller avbrutt`) or are
 * negated (`ikke ferdig`): then nothing is offered.
 */
function enumInWords(value: string, allowed: readonly string[], near: ReadonlyMap<string, string>, meaning: (s: string) => string): Guess | 'none' | undefined {
  const words = value.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length > 12) return 'none'; // a sentence, not a value
  const spellings = new Map(allowed.map((s) => [s.toLowerCase(), s]));
  const found = new Map<string, string>(); // meaning → the spelling to offer
  for (let i = 0; i < words.length; ) {
    let width = Math.min(3, words.length - i);
    for (; width > 0; width--) {
      const phrase = words.slice(i, i + width).join(' ');
      const spelling = spellings.get(phrase) ?? near.get(phrase);
      if (spelling === undefined) continue;
      if (!found.has(meaning(spelling))) found.set(meaning(spelling), spelling);
      break;
    }
    if (width === 0 && NEGATIONS.has(words[i]!)) return undefined;
    i += Math.max(width, 1);
  }
  if (found.size > 1) return undefined;
  const [spelling] = found.values();
  return spelling === undefined ? 'none' : { text: spelling, sure: false };
}

/**
 * An enum value written with an ending (`høyeste`, `lavest`, `høgast`): the
 * one value whose spellings it starts with. A guess (never sure): `høyeste`
 * may mean more than `høy`.
 */
function enumStem(value: string, allowed: readonly string[], meaning: (s: string) => string): Guess | undefined {
  const v = value.toLowerCase();
  const hits = allowed.filter((s) => s.length >= 3 && v.length > s.length && v.startsWith(s.toLowerCase()));
  if (!hits.length || new Set(hits.map(meaning)).size > 1) return undefined;
  // The longest spelling that fits (`halde oppe` rather than `halde`).
  return { text: hits.reduce((a, b) => (b.length > a.length ? b : a)), sure: false };
}

function daysIn(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** A number without an aside in parentheses at its end (`45 % (2024)` → `45 %`); found by index, not by a pattern that could backtrack. */
function withoutNumberAside(value: string): string {
  if (!value.endsWith(')')) return value;
  const open = value.lastIndexOf('(');
  const base = open > 0 && value.indexOf(')', open) === value.length - 1 ? value.slice(0, open).trimEnd() : '';
  return base || value;
}

/** «about», as authors write it before a number: `ca. 40 %`, `cirka 12`. */
const APPROXIMATELY = /^(?:ca|cirka|omtrent|about|approx)\.?\s*(?=\d)/i;

/** What may follow `%` in a number: words, as after `prosent` (`av søknadene`), or a full stop. */
const WORDS_AFTER_PERCENT = /^[\p{L}.\s/-]*$/u;

/** `80 %`, `1 200`, `3,5 årsverk`, `~12`, `ca. 40 %`, `90 % av søknadene` → the number. */
export function parseNumber(text: string): number | undefined {
  // The unit part is `\s*%` or letters, dots, spaces, slashes and dashes: written without a `\s*` in
  // front of a class that also takes spaces, which would backtrack quadratically on long runs of spaces.
  // A sign is part of the number (`+5 %`, `-10 %`, `−10 %` with a minus sign); a full stop may end it (`90%.`).
  let t = text.trim().replace(APPROXIMATELY, '');
  // Words may follow `%` as they follow `prosent` (`90 % av søknadene` as `90 prosent av søknadene`): cut off
  // before the pattern, which would otherwise have two ways to read the spaces after the number.
  const pct = t.indexOf('%');
  if (pct >= 0 && WORDS_AFTER_PERCENT.test(t.slice(pct + 1))) t = t.slice(0, pct + 1);
  const m = /^[~≈]?\s*([-+\u2212]?)(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[.,](\d+))?(?:\s*%\.?|[\p{L}.\s/-]*)$/u.exec(t);
  if (!m) return undefined;
  const n = Number(`${m[2]!.replace(/[ \u00a0]/g, '')}${m[3] ? '.' + m[3] : ''}`);
  return m[1] === '-' || m[1] === '\u2212' ? -n : n;
}

/**
 * In an English document, a target or baseline with commas between groups of
 * three digits (`4,200`, `1,250,000 NOK`) is read as thousands: English writes
 * decimals with a point. Elsewhere `4,200` keeps its decimal comma (4.2), as a
 * Norwegian author groups thousands with a space (`4 200`).
 */
export function readEnglishThousands(goal: Goal): void {
  for (const p of goal.properties) {
    if (p.key !== 'target' && p.key !== 'baseline') continue;
    const v = p.value.trim().replace(APPROXIMATELY, '');
    if (!COMMA_THOUSANDS.test(v)) continue;
    const n = parseNumber(v.replace(COMMA_THOUSANDS, (_, head: string, groups: string) => head + groups.replace(/,/g, '')));
    if (n === undefined) continue;
    if (p.key === 'baseline') goal.facts.baseline = n;
    else {
      // Read again as written: in the baseline's unit as interpretGoal gives it (only then, or it would convert twice).
      const baseline = goal.properties.find((b) => b.key === 'baseline');
      goal.facts.target = baseline ? inUnitOf(baseline, p, n) : n;
    }
  }
}

/**
 * `target`'s number `n` in the unit `baseline` is written in, when the two are
 * written in units that convert: from `1,2 mill. kr` to `950 000 kr` is a
 * decrease, which 1.2 against 950 000 would read as an increase. The number as
 * it is otherwise (one unit, none, or units that do not convert).
 */
function inUnitOf(baseline: Property, target: Property, n: number): number {
  const unit = (p: Property) => {
    const text = withoutNumberAside(p.value.trim()).replace(APPROXIMATELY, '');
    // The number (a sign, digits, spaces and separators) and then the unit.
    const number = /^[-+\u2212~≈\s]*\d[\d\s.,]*/u.exec(text)?.[0];
    const rest = number === undefined ? undefined : text.slice(number.length);
    return rest ? leadingUnit(rest) : undefined;
  };
  return amountIn(n, unit(target), unit(baseline)) ?? n;
}
/** Thousands grouped by commas at the start of a number (after a sign or `~`; «about» is taken off before). */
const COMMA_THOUSANDS = /^([~≈]?\s?[-+\u2212]?[1-9]\d{0,2})((?:,\d{3})+)(?![\d,])/;

/** Words and signs that make a number a bound: `minst 80 %`, `≥ 90 %`, `at least 80 %`, `under 5`. */
const BOUND = /^(?:minst|minimum|min\.|maks(?:imum|imalt)?\.?|høyst|høgst|over|under|mer enn|meir enn|mindre enn|flere enn|fleire enn|færre enn|opp til|inntil|at least|at most|more than|less than|fewer than|above|below|up to|≥|≤|>=|<=|>|<)\s*/i;

/**
 * A target or baseline written as a bound or a range rather than one number:
 * `minst 80 %` → the number `80 %` (read, and reported as a hint to write the
 * plain number), `50–60 %` → a range (reported; the fix writes its upper end).
 */
export function numberNearMiss(text: string): { kind: 'bound' | 'share'; number: string; value: number } | { kind: 'range'; number: string } | undefined {
  const t = text.trim();
  // `4 av 5`, `9 out of 10` (of the users, …): a share, which reads as a whole per cent when it is one.
  const share = /^(\d{1,6}) (?:av|out of|of) (\d{1,6})(?: [\p{L} .-]*)?$/u.exec(t);
  if (share) {
    const pct = (Number(share[1]) / Number(share[2])) * 100;
    if (Number(share[2]) > 0 && pct <= 100 && Number.isInteger(pct)) return { kind: 'share', number: `${pct} %`, value: pct };
  }
  const b = BOUND.exec(t);
  if (b && b[0].length < t.length) {
    const rest = t.slice(b[0].length);
    const value = parseNumber(rest);
    if (value !== undefined) return { kind: 'bound', number: rest.replace(/\.$/, ''), value };
  }
  const r = rangeParts(t);
  if (r && parseNumber(r.low) !== undefined && parseNumber(r.high) !== undefined) {
    // `50–60 %`: the unit written once, after the upper end.
    return { kind: 'range', number: r.high.replace(/\.$/, '') };
  }
  return undefined;
}

/**
 * `50–60 %`, `50 - 60`, `50 til 60`, `50 to 60`: the two ends around the first
 * dash or «til»/«to» after a digit, when a digit follows it. One scan, no
 * backtracking: the value is author text of any length.
 */
function rangeParts(t: string): { low: string; high: string } | undefined {
  let digit = false;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c >= '0' && c <= '9') digit = true;
    if (!digit) continue;
    let width = 0;
    if (c === '-' || c === '–' || c === '—') width = 1;
    else if (c === ' ' && (t.startsWith(' til ', i) || t.startsWith(' to ', i))) width = t.startsWith(' til ', i) ? 5 : 4;
    if (width === 0) continue;
    const high = t.slice(i + width).trim();
    return high && high[0]! >= '0' && high[0]! <= '9' ? { low: t.slice(0, i).trim(), high } : undefined;
  }
  return undefined;
}

/** A comma between thousands, as English writes amounts (`1,500,000 NOK`): the digit before it is kept. */
const ENGLISH_THOUSANDS = /(\d),(?=\d{3}(?!\d))/g;

/** Whether a goal's `requires` has an amount that reads otherwise in English (`1,500`). */
export function hasEnglishThousands(goal: Goal): boolean {
  return goal.properties.some((p) => p.known && p.key === 'requires' && /\d,\d{3}(?!\d)/.test(p.value));
}

/** The largest amount of a resource a goal may require (`Krever`). */
const MAX_AMOUNT = 1_000_000;

/**
 * Interprets every known property of `goal`, filling `goal.facts` and `problems`.
 * `english`: the document is in English, where `1,500` in a `requires` amount is
 * a thousand and a half (format.md §3), not one and a half. `source`: the
 * document's text, to find what is written inside markup.
 */
export function interpretGoal(goal: Goal, problems: ValueProblem[], english = false, source?: string): void {
  const f = emptyFacts();
  // A suggestion worked out from the value is a string; a did-you-mean is a `Guess`.
  const bad = (item: { span: { start: number; end: number } }, messageId: string, data: Record<string, string>, suggestion?: string | Guess) => {
    const p: ValueProblem = { kind: 'invalid-value', span: item.span, messageId, data, goal: goal.key };
    if (typeof suggestion === 'string') p.suggestion = suggestion;
    else Object.assign(p, guessFields(suggestion));
    problems.push(p);
  };
  // The properties the dates were read from, to compare them once all are read.
  let start: Property | undefined;
  let deadline: Property | undefined;
  // The direction, baseline and target as written, to compare them once all are read.
  let direction: Property | undefined;
  let baseline: Property | undefined;
  let target: Property | undefined;
  for (const p of goal.properties) {
    if (!p.known) continue;
    const kind = KIND_OF.get(p.key)!;
    const whole: ValueItem = { text: p.value, span: p.valueSpan };
    switch (kind) {
      case 'objectives':
        for (const it of p.items) f.supports.push(it); // no spread: a list may hold more items than a call takes arguments
        break;
      case 'goal-refs':
        for (const it of p.items) {
          const ref = parseGoalRef(it) ?? refBeforeFullStop(it, source);
          if (ref) f.contributes.push(ref);
          else if (hasBidiControl(it.text)) {
            // `#felles‮hr` reads as another reference than it is; without the character it may be a good one.
            const plain = withoutBidiControls(it.text);
            const meant = parseGoalRef({ text: plain, span: it.span }) ? plain : undefined;
            bad(it, meant ? 'goalRefBidi' : 'goalRef', { value: showBidiControls(it.text) }, meant);
          } else bad(it, 'goalRef', { value: it.text });
        }
        break;
      case 'members': {
        const target = p.key === 'scope' ? f.scope : f.exempt;
        for (const it of p.items) {
          if (p.key === 'scope' && isAll(it.text)) f.scopeAll = true;
          else if (p.key === 'exempt' && isNone(it.text)) continue;
          else target.push(it.text);
        }
        break;
      }
      case 'systems': {
        const target = p.key === 'adopt' ? f.adopt : p.key === 'retain' ? f.retain : f.phaseOut;
        // A template's line left unfilled (`Innføre: -`, `ingen`, `TBD`, `<system>`) names no system, as `Unntak: -` names no member.
        for (const it of p.items) if (!isNone(it.text) && !isUnstated(it.text)) target.push(it.text);
        break;
      }
      case 'area': {
        // Case and a trailing colon ignored, as in other enum values (format.md §1). Most areas are written in
        // lower case: then the value itself, not a copy.
        const area = areaKey(p.value);
        if (area) f.area = area === p.value ? p.value : shared(area);
        break;
      }
      case 'indicator':
        // `Indikator: …` (as the messages show it), `TBD`, `-`: nothing is measured yet, so nothing to compare.
        if (p.value && !isUnstated(p.value)) f.indicator = p.value;
        break;
      case 'direction':
      case 'priority':
      case 'status': {
        if (kind === 'direction') direction = p;
        if (!p.value) {
          bad(whole, 'empty', { key: p.rawKey });
          break;
        }
        // As a number, a value may end with a full stop or an aside (`avbrutt (vedtatt i bystyret 2025-03-01)`): not part of it.
        const v = lookupEnum(kind, p.value) ?? lookupEnum(kind, withoutNumberAside(p.value.trim()).replace(/\.$/, ''));
        if (v) (f as unknown as Record<string, string>)[kind] = v;
        else {
          const allowed = enumSpellings(kind);
          const meaning = (s: string) => lookupEnum(kind, s) ?? s;
          const near = ENUM_NEAR_MISSES[kind].get(keyOf(p.value));
          const inWords = () => {
            const w = enumInWords(p.value, allowed, ENUM_NEAR_MISSES[kind], meaning);
            return w === 'none' ? enumStem(p.value, allowed, meaning) : w;
          };
          // `enum` names the list, so that the message can give its spellings in the document's language.
          bad(whole, 'enum', { value: p.value, key: p.rawKey, allowed: allowed.join(', '), enum: kind }, guess(p.value, allowed, meaning) ?? (near ? { text: near, sure: false } : inWords()));
        }
        break;
      }
      case 'number': {
        if (p.key === 'baseline') baseline = p;
        else target = p;
        // An aside in parentheses at the end (`45 % (2024)`, `80 % (måles årlig)`) is not part of the number, as with system names.
        const bare = withoutNumberAside(p.value);
        let n = parseNumber(bare);
        if (n === undefined && p.value) {
          const miss = numberNearMiss(bare);
          if (miss?.kind === 'bound') {
            // Read as the number, so the goal is measurable; a warning asks for the plain number.
            n = miss.value;
            bad(whole, 'numberBound', { value: p.value, key: p.rawKey, number: miss.number }, miss.number);
            problems[problems.length - 1]!.severity = 'warning';
          } else if (miss?.kind === 'share') {
            // Read as the per cent it is (`4 av 5` = 80 %); a warning asks to write it so.
            n = miss.value;
            bad(whole, 'numberShare', { value: p.value, key: p.rawKey, number: miss.number }, miss.number);
            problems[problems.length - 1]!.severity = 'warning';
          } else if (miss?.kind === 'range') {
            bad(whole, 'numberRange', { value: p.value, key: p.rawKey, number: miss.number }, { text: miss.number, sure: false });
          }
          if (miss) {
            if (n !== undefined) p.key === 'baseline' ? (f.baseline = n) : (f.target = n);
            break;
          }
        }
        if (n === undefined) bad(whole, p.value ? 'number' : 'empty', { value: p.value, key: p.rawKey });
        else if (p.key === 'baseline') f.baseline = n;
        else f.target = n;
        break;
      }
      case 'date': {
        const d = parseDate(p.value, p.key === 'deadline');
        const iso = d === undefined ? dayFirstDate(p.value) : undefined;
        const us = d === undefined ? monthFirstDate(p.value) : undefined;
        const swapped = d === undefined && iso === undefined ? swappedDate(p.value) : undefined;
        const loose = d === undefined && iso === undefined && us === undefined && swapped === undefined ? looseDate(p.value, p.key === 'deadline') : undefined;
        const period = d === undefined && iso === undefined && us === undefined && swapped === undefined && loose === undefined ? periodDate(p.value, p.key === 'deadline') : undefined;
        const words = d === undefined && iso === undefined && us === undefined && swapped === undefined && loose === undefined && period === undefined ? wordDate(p.value) : undefined;
        // `06/07/2026` reads both ways: the rule names both readings where the document is not Norwegian (`monthFirst`).
        if (iso !== undefined) bad(whole, 'dateDayFirst', { value: p.value, key: p.rawKey, iso, ...(us !== undefined && us !== iso ? { monthFirst: us } : {}) }, iso);
        else if (us !== undefined) bad(whole, 'dateMonthFirst', { value: p.value, key: p.rawKey, iso: us }, us);
        else if (words !== undefined) bad(whole, 'dateForm', { value: p.value, key: p.rawKey, iso: words }, words);
        else if (swapped !== undefined) bad(whole, 'dateSwapped', { value: p.value, key: p.rawKey, iso: swapped }, swapped);
        else if (loose !== undefined) bad(whole, 'dateLoose', { value: p.value, key: p.rawKey, iso: loose }, loose);
        else if (period !== undefined) bad(whole, p.key === 'deadline' ? 'datePeriodEnd' : 'datePeriodStart', { value: p.value, key: p.rawKey, iso: period }, period);
        // A year means 31 December for a deadline and 1 January for a start: the advice says which.
        else if (d === undefined) bad(whole, !p.value ? 'empty' : p.key === 'deadline' ? 'date' : 'dateStart', { value: p.value, key: p.rawKey });
        else if (p.key === 'deadline') {
          f.deadline = shared(d);
          deadline = p;
        } else {
          f.start = shared(d);
          start = p;
        }
        break;
      }
      case 'text':
        if (p.value) (f as unknown as Record<string, string>)[p.key] = p.value;
        break;
      case 'requires':
        for (const item of joinDecimalCommas(p.items)) {
          const it = english ? { text: item.text.replace(ENGLISH_THOUSANDS, '$1'), span: item.span } : item;
          let neg: RegExpExecArray | null;
          // `utvikling 2–3 årsverk`: a range is no amount to add up (read as 2, it would hide an overbooking).
          const range = REQUIRES_RANGE.exec(it.text);
          // Not `utvikling 2 til 2027`: an amount until a year.
          if (range && !(/^(?:19|20)\d\d$/.test(range[3]!) && Number(range[2]!.replace(',', '.')) < 1000)) {
            const example = `${range[1]} ${range[3]}${it.text.slice(range[0].length)}`;
            bad(it, 'requiresRange', { value: item.text, example }, { text: example, sure: false });
            continue;
          }
          const m = requirementParts(it.text);
          const amount = m ? Number(m.amount.replace(',', '.')) : NaN;
          // `24 månedsverk.`: the unit without the full stop that ends the item (`mill.` keeps its own).
          const unit = m?.rest ? (leadingUnit(m.rest) ?? leadingUnit(m.rest.replace(/\.$/, ''))) : undefined;
          // An amount a plan can state: up to a million (of kroner, a million million), in hundredths at the finest (not 1e26, not 1e-23).
          const max = unit && kronerPer(unit) ? 1e12 / kronerPer(unit)! : MAX_AMOUNT;
          if (m && amount <= max && (amount === 0 || amount >= 0.01)) f.requires.push({ resource: m.resource, amount, ...(unit ? { unit } : {}), span: it.span });
          else if (m) {
            // On the amount, where the item is written as read (no markup in between).
            const exact = it.span.end - it.span.start === it.text.length;
            bad(exact ? { span: { start: it.span.start + m.at, end: it.span.start + m.end } } : it, 'requiresAmount', { value: it.text.slice(m.at, m.end) });
          }
          else if ((neg = /^(\S+)\s+(-\d+(?:[.,]\d+)?)(?:\s|$)/u.exec(it.text))) {
            // `utvikling -2`: a resource and an amount below zero; say that about the amount, not that both are missing.
            const at = it.text.indexOf(neg[2]!, neg[1]!.length);
            const exact = it.span.end - it.span.start === it.text.length;
            bad(exact ? { span: { start: it.span.start + at, end: it.span.start + at + neg[2]!.length } } : it, 'requiresAmount', { value: neg[2]! });
          }
          else {
            // `3 utviklingskapasitet`, `2 årsverk utvikling`: amount (and unit) first; the fix turns it round.
            const fixed = turnedRound(it.text);
            bad(it, 'requires', fixed ? { value: item.text, example: fixed } : { value: item.text }, fixed);
          }
        }
        break;
      case 'accepts':
        for (const it of p.items) {
          const a = parseAcceptance(it, source);
          if (a) f.accepts.push(a);
          else bad(it, 'accepts', { value: it.text });
        }
        break;
    }
  }
  // A goal that ends before it starts has no window: say so, and keep the deadline (what follow-up reads).
  if (start && deadline && f.start! > f.deadline!) {
    bad({ span: start.valueSpan }, 'startAfterDeadline', { start: start.value, key: start.rawKey, deadline: deadline.value, deadlineKey: deadline.rawKey });
    delete f.start;
  }
  // `Retning: øke` from 80 to 60: the conflict rules go by the stated direction, so say that the numbers disagree.
  // Not when a number may be written with a thousands separator (`1,200`, `1.200`): read as 1.2, it would compare wrongly.
  if (baseline && target && f.target !== undefined) f.target = inUnitOf(baseline, target, f.target);
  const grouped = (p: Property) => /\d[.,]\d{3}(?!\d)/.test(p.value);
  if (direction && baseline && target && !grouped(baseline) && !grouped(target) && f.baseline !== undefined && f.target !== undefined && f.baseline !== f.target) {
    const implied = f.target > f.baseline ? 'increase' : 'decrease';
    if ((f.direction === 'increase' || f.direction === 'decrease') && f.direction !== implied) {
      const data = { value: direction.value, key: direction.rawKey, baseline: baseline.value, target: target.value };
      // The fix (the direction the numbers give, in the document's language) is chosen by the rule.
      bad({ span: direction.valueSpan }, implied === 'decrease' ? 'directionAgainstDecrease' : 'directionAgainstIncrease', data);
      problems[problems.length - 1]!.severity = 'warning';
    }
  }
  goal.facts = f;
}

/**
 * Items split at a decimal comma joined again: `prosjektleiing 2,5` is one
 * requirement of 2.5, as `capacity: "2,5"` is 2.5 in samstemt.yaml. A comma
 * between two digits is a decimal comma; items are separated by a comma
 * followed by a space or a non-digit (`utvikling 5, prosjektleiing 1,5`).
 */
/**
 * The parts of a `requires` item, `resource amount [unit or other words]`:
 * the amount without the spaces that group its thousands (`1 500 000 kr` →
 * 1500000), where it stands in the item (`at`–`end`), and the words after it.
 * (One group at a time: a single pattern for the grouped number backtracks.)
 */
function requirementParts(text: string): { resource: string; amount: string; at: number; end: number; rest?: string } | undefined {
  // An estimate, `utvikling ca. 2`, is its amount, as a target's `ca. 40 %` is: read without the word, positions kept.
  const about = ABOUT_AMOUNT.exec(text);
  if (!about) return exactParts(text);
  const parts = exactParts(about[1]! + text.slice(about[0].length));
  const by = about[0].length - about[1]!.length;
  return parts && { ...parts, at: parts.at + by, end: parts.end + by };
}

/** The resource and the word for «about» before an amount: `utvikling ca. `, `prosjektmidler ~`. */
const ABOUT_AMOUNT = /^(\S+\s+)(?:(?:ca|cirka|omtrent|about|approx)\.?\s*|[~≈]\s*)(?=\d)/iu;

/** requirementParts of an item without «about». */
function exactParts(text: string): { resource: string; amount: string; at: number; end: number; rest?: string } | undefined {
  // A full stop may end the item, as a sentence: `utviklarar 2.`
  const m = /^(\S+)\s+(\d+(?:[.,]\d+)?)\.?(?:\s+(\S.*))?$/u.exec(text);
  if (m) return amountFrom(text, m[1]!, m[1]!.length, m[2]!, m[3]);
  // Money with the currency first, as Norwegian (`kr 500 000`) and English (`NOK 1,500,000`, `NOK 1.5 million`) write it.
  const c = /^(\S+)\s+(kr\.?|nok)\s+(\d+(?:[.,]\d+)?)\.?(?:\s+(\S.*))?$/iu.exec(text);
  if (!c) return undefined;
  const parts = amountFrom(text, c[1]!, c[1]!.length + 1 + c[2]!.length, c[3]!, c[4]);
  // The currency is the unit, or makes one with the scale after the number (`million` + `NOK`).
  const [first, ...words] = parts.rest?.split(/\s+/) ?? [];
  const scaled = first !== undefined && leadingUnit(`${first} ${c[2]}`)?.split(' ').length === 2;
  const rest = scaled ? [`${first} ${c[2]}`, ...words] : [c[2]!, ...(parts.rest !== undefined ? [parts.rest] : [])];
  return { ...parts, rest: rest.join(' ') };
}

/** The parts of a requirement whose amount `written` stands in `text` from `from` on, with `after` the words the item's pattern read after it. */
function amountFrom(text: string, resource: string, from: number, written: string, after: string | undefined): { resource: string; amount: string; at: number; end: number; rest?: string } {
  const at = text.indexOf(written, from);
  let amount = written;
  let end = at + amount.length;
  if (after !== undefined && /^\d{1,3}$/.test(amount)) {
    // One group after the other from where the last ended (sticky): linear in the item's length.
    for (let g: RegExpExecArray | null; (THOUSANDS.lastIndex = end), (g = THOUSANDS.exec(text)); ) {
      amount += g[1]! + (g[2] ?? '');
      end = THOUSANDS.lastIndex;
      if (g[2]) break;
    }
  }
  const rest = end === at + written.length ? after : text.slice(end).trim() || undefined;
  return { resource, amount, at, end, ...(rest !== undefined ? { rest } : {}) };
}

/**
 * A requirement written amount first, `3 utviklingskapasitet` or with its
 * unit, `2 årsverk utvikling`, `1,5 mill. kr prosjektmidler`: the same
 * requirement as it is written, `utvikling 2 årsverk`. Undefined when the
 * words between the amount and the last word are no unit.
 */
function turnedRound(text: string): string | undefined {
  const words = text.split(/\s+/);
  const [amount, ...between] = words.slice(0, -1);
  const resource = words[words.length - 1]!;
  if (amount === undefined || !/^\d+(?:[.,]\d+)?$/.test(amount) || !/^\p{L}[\p{L}\d_-]*$/u.test(resource)) return undefined;
  const unit = between.join(' ');
  if (unit && leadingUnit(unit) !== unit) return undefined;
  return [resource, amount, ...(unit ? [unit] : [])].join(' ');
}

/** `resource 2–3`, `resource 2 - 3 årsverk`, `resource 2 til 3`: the resource, the lower and the upper end. */
const REQUIRES_RANGE = /^(\S+)\s+(\d+(?:[.,]\d+)?)[ \t]*(?:[-–—]|til|to)[ \t]*(\d+(?:[.,]\d+)?)(?=\s|\.?$)/u;

/** A group of three digits after one space (also a no-break or thin one; the last group with decimals), ending at a space or the end. */
const THOUSANDS = /[ \u00a0\u202f](\d{3})([.,]\d+)?(?=\s|$)/uy;

export function joinDecimalCommas(items: readonly ValueItem[]): readonly ValueItem[] {
  let out: ValueItem[] | undefined;
  for (let i = 1; i < items.length; i++) {
    const prev = (out ?? items)[(out ? out.length : i) - 1]!;
    const it = items[i]!;
    const decimal = it.span.start === prev.span.end + 1 && isDigit(prev.text.charCodeAt(prev.text.length - 1)) && isDigit(it.text.charCodeAt(0));
    if (!out) {
      if (!decimal) continue;
      out = items.slice(0, i);
    }
    if (decimal) out[out.length - 1] = { text: `${prev.text},${it.text}`, span: { start: prev.span.start, end: it.span.end } };
    else out.push(it);
  }
  return out ?? items;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * `storby#felles-hr — reason` (dash, en dash, em dash or colon before the reason).
 * `source`: the document's text, where the reference is found as written (after markup).
 */
function parseAcceptance(item: ValueItem, source?: string): Acceptance | undefined {
  // The reference, then the reason after an optional separator (—, –, -, --, :, comma, semicolon).
  const m = /^[\p{L}\p{N}_-]*#[\p{L}\p{N}_-]+/u.exec(item.text);
  if (!m) return undefined;
  const refText = m[0];
  const written = source === undefined ? undefined : writtenRef(source.slice(item.span.start, item.span.end), refText);
  const span = written ? { start: item.span.start + written.start, end: item.span.start + written.end } : { start: item.span.start, end: item.span.start + refText.length };
  const ref = parseGoalRef({ text: refText, span });
  let reason = item.text.slice(refText.length).trimStart();
  if (/^[—–:,;]/.test(reason)) reason = reason.slice(1);
  else if (reason.startsWith('--')) reason = reason.slice(2);
  else if (reason.startsWith('-')) reason = reason.slice(1);
  // A full stop that ends the item as a sentence (`a#sak.`) is no reason: the conflict then reads as accepted without one.
  const stated = unwrapped(reason.trim());
  return ref ? { ref, reason: /^[.!]+$/.test(stated) ? '' : stated } : undefined;
}

/**
 * Where `ref`, the `owner#id` an `accepts` item starts with as read, is written
 * in `written`, the item's text: after markup in front of it (`**ikt#b** — …`,
 * `[ikt#b](ikt.md#b) — …`), with combining marks as part of its letters.
 */
export function writtenRef(written: string, ref: string): { start: number; end: number } | undefined {
  for (let hash = written.indexOf('#'); hash >= 0; hash = written.indexOf('#', hash + 1)) {
    let start = hash;
    while (start > 0 && REF_CHAR.test(written[start - 1]!)) start--;
    let end = hash + 1;
    while (end < written.length && REF_CHAR.test(written[end]!)) end++;
    if (written.slice(start, end).normalize('NFC') === ref) return { start, end };
  }
  return undefined;
}
const REF_CHAR = /[\p{L}\p{M}\p{N}_-]/u;

/**
 * A reason written as an aside, `(vedtatt i styret 2025-02-01)`, without the
 * parentheses that wrap all of it: messages quote it in «», where they would
 * only be noise. `(sak 12/25) vedtatt i styret (mars)` is left as it is.
 */
function unwrapped(reason: string): string {
  if (!reason.startsWith('(') || !reason.endsWith(')')) return reason;
  let depth = 0;
  for (let i = 0; i < reason.length - 1; i++) {
    if (reason[i] === '(') depth++;
    else if (reason[i] === ')' && --depth === 0) return reason;
  }
  return reason.slice(1, -1).trim();
}

/** Properties of a goal by canonical key (the first one wins). */
export function propertyOf(goal: Goal, key: string): Property | undefined {
  return goal.properties.find((p) => p.known && p.key === key);
}

/**
 * A dropped goal (`Status: avbrutt`) is no longer pursued: it takes part in no
 * conflict, and advice on how to word or link it would be noise.
 */
export function isDropped(goal: Goal): boolean {
  return goal.facts.status === 'dropped';
}

/**
 * A goal that is done or dropped: advice on how to carry it out (start from the
 * need, differentiate between members) comes too late. A done goal still
 * counts in alignment and follow-up, so only this kind of advice skips it.
 */
export function isSettled(goal: Goal): boolean {
  return goal.facts.status === 'dropped' || goal.facts.status === 'done';
}
