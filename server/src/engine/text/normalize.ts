/** Small text helpers shared by the parsers and rules. */

/**
 * Characters that render as nothing, pasted from web pages and word processors:
 * soft hyphen (Word's optional hyphen), zero-width space, non-joiner and joiner,
 * word joiner, a stray byte order mark.
 */
export function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** A picture (emoji), or what may end one before a joiner: a variation selector (️) or a skin tone. */
const EMOJI_PART = /^[\p{Extended_Pictographic}\ufe0f\u{1f3fb}-\u{1f3ff}]$/u;

/**
 * Whether the character at `i` is a zero-width joiner that holds an emoji
 * together (👩‍💻 is 👩, a joiner and 💻): left out, the reader sees two pictures.
 */
export function joinsEmoji(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 0x200d) return false;
  const low = text.charCodeAt(i - 1); // the second half of a picture outside the first 65 536 characters
  const before = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.codePointAt(i - 2) : text.codePointAt(i - 1);
  const after = text.codePointAt(i + 1);
  return before !== undefined && after !== undefined && EMOJI_PART.test(String.fromCodePoint(before)) && /^\p{Extended_Pictographic}$/u.test(String.fromCodePoint(after));
}

/** `text` without the characters of `isInvisible`. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Whether `text` holds a character of `isInvisible`. */
export function hasInvisible(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isInvisible(text.charCodeAt(i))) return true;
  return false;
}

/** `text` as the reader sees it, as rendered Markdown reads it: without the characters of `isInvisible`, but for the joiners inside an emoji. */
export function visibleText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) if (!isInvisible(text.charCodeAt(i)) || joinsEmoji(text, i)) out += text[i];
  return out;
}

/** `text` with each character of `isInvisible` shown as `<U+00AD>`, for a message that must show what the eye does not see. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

/**
 * Characters that change the reading direction of the text after them:
 * embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and the
 * direction marks (U+200E, U+200F, U+061C). They show as nothing, so a title
 * or an ID can read differently on screen than it is written («Trojan source»).
 */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g; // the same class as BIDI_CONTROL

/** Whether `text` holds a character of `BIDI_CONTROLS`. */
export function hasBidiControl(text: string): boolean {
  return BIDI_CONTROL.test(text);
}

/** `text` without the characters of `BIDI_CONTROLS`. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * `text` with each character of `BIDI_CONTROLS` shown as `<U+202E>`, for output
 * read by people (a terminal, a CI log, the report): the text keeps its order
 * and the reader sees that something was hidden in it.
 */
export function showBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

/** `json` with the characters of `BIDI_CONTROLS` written as `\u202e`: the same JSON value (they stand only in strings). */
export function jsonEscapedBidiControls(json: string): string {
  return json.replace(BIDI_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Case-insensitive comparison key that also ignores a trailing colon: `Frist:` → `frist`.
 * Invisible characters pasted with the key (a zero-width space before `Støtter`) are left
 * out, and an å written as a + combining ring (NFD, from a PDF or a Mac) is å: the author
 * sees the key, so Samstemt reads it.
 */
export function keyOf(text: string): string {
  return withoutInvisible(text).normalize('NFC').trim().replace(/:$/, '').trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * An area as the cooperation's `areas` list names it: case and a trailing
 * colon ignored, as in other enum values (format.md §1): `HR:` → `hr`.
 */
export function areaKey(text: string): string {
  return text.replace(/:$/, '').trim().toLowerCase();
}

/** Whether a scope item is `alle`/`all` (every member), case and a trailing colon or full stop ignored. */
export function isAll(text: string): boolean {
  return /^(?:alle|all)[.:]?$/i.test(text.trim());
}

/**
 * Whether an `exempt` item says that no member is exempt: `Unntak: ingen`,
 * `inga`, `none`, or a dash, as authors fill in a template's line they do not
 * need. It is an empty list, not a member called «ingen».
 */
export function isNone(text: string): boolean {
  return /^(?:ingen|inga|ingi|none|-|–|—)[.:]?$/i.test(text.trim());
}

/**
 * System names compare case- and whitespace-insensitively: `Visma  HRM` = `visma hrm`.
 * Quotes around the whole name are punctuation, not part of it: Norwegian text puts
 * names in «…», and word processors turn "…" into “…”, so «Visma HRM» = Visma HRM;
 * so is a final full stop (`Beholde: Elements.`).
 */
export function systemKey(name: string): string {
  return plainName(name).toLowerCase().replace(/\s+/g, '');
}

/**
 * A name as it is meant, without quotes around it, an aside at its end, or the
 * full stop that ends a list item written as a sentence: `«Medlemsavgift» (kr).`
 * is Medlemsavgift.
 */
export function plainName(name: string): string {
  return withoutAside(unquoted(name.trim().replace(/\.$/, '').trimEnd()));
}

/**
 * A name without an aside in parentheses at its end, as advisers annotate a
 * system: `Visma HRM (lønn og personal)` is Visma HRM. A name that is only
 * parentheses, or has them inside, is left as it is.
 */
function withoutAside(name: string): string {
  if (!name.endsWith(')')) return name;
  const open = name.lastIndexOf('(');
  if (open <= 0 || name.indexOf(')', open) !== name.length - 1) return name;
  const base = name.slice(0, open).trim();
  return base ? unquoted(base) : name;
}

/** Opening quote → the closing quotes that match it (Norwegian, English, German-style and straight). */
const QUOTE_PAIRS: Record<string, string> = { '«': '»', '»': '«', '“': '”“', '”': '”', '„': '“”', '‘': '’', '’': '’', '"': '"', "'": "'" };

/** `text` without one pair of quotes around all of it: `«Visma HRM»` → `Visma HRM`. */
export function unquoted(text: string): string {
  const t = text.trim();
  const close = t.length > 2 ? QUOTE_PAIRS[t[0]!] : undefined;
  return close && close.includes(t[t.length - 1]!) ? t.slice(1, -1).trim() : t;
}

/**
 * Edit distance where two neighbouring letters swapped count as one edit, as
 * a typo does (`stauts` → `status`: 1, not 2), bounded for speed.
 */
export function editDistance(a: string, b: string, max = 4): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  let prevMin = 0;
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    // A swap reaches back two rows: stop only when neither row can lead within `max`.
    if (rowMin > max && prevMin > max) return max + 1;
    before = prev;
    prev = cur;
    prevMin = rowMin;
  }
  return prev[b.length]!;
}

/** A did-you-mean suggestion, and whether it is unambiguous enough to apply without looking ("fix all"). */
export interface Guess {
  text: string;
  /**
   * The same text but for case, spaces, `-`/`_`/`.` and æ/ø/å (`ds19 m2` →
   * `DS19-M2`, `felles-lønn` → `felles-lonn`), or one edit away with no other
   * candidate within two edits (`storbyy` → `storby`). Not sure: `DS19-Q1` →
   * `DS19-M1` (`DS19-I1` is as near), where a guess picks another objective.
   */
  sure: boolean;
}

/** Hyphens and dashes a word processor puts for `-`: non-breaking hyphen (Ctrl+Shift+-), en and em dash, minus. */
const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2212';

/** Case, spaces, `-` (or a dash in its place), `_`, `.` and Norwegian letters folded away, for `Guess.sure`. */
function foldKey(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase().normalize('NFD')) {
    if (ch === ' ' || ch === '-' || DASHES.includes(ch) || ch === '_' || ch === '.' || ch === '\t' || (ch >= '\u0300' && ch <= '\u036f')) continue;
    out += ch === 'æ' ? 'ae' : ch === 'ø' ? 'o' : ch;
  }
  return out;
}

/**
 * The closest candidate to `text` (case-insensitive), if it is close enough to
 * be a plausible typo ("did you mean …?"), and whether it is a sure one.
 * `meaning` maps candidates that are spellings of one thing (a key in three
 * languages) to one value, so that they do not make each other ambiguous.
 */
export function guess(text: string, candidates: Iterable<string>, meaning: (candidate: string) => string = (c) => c): Guess | undefined {
  return new GuessCandidates(candidates, meaning).guess(text);
}

/** Candidates prepared and edit distances measured by did-you-mean questions, for tests that check the work does not grow with every candidate. */
export const guessStats = { prepared: 0, distances: 0 };

/** A did-you-mean candidate with what every comparison needs, worked out once. */
interface Candidate {
  text: string;
  lower: string;
  folded: string;
  /** `charMask` of `lower` and of `folded`. */
  mask: number;
  foldedMask: number;
}

/**
 * Candidates worked out once for many did-you-mean questions (every broken
 * goal reference of a cooperation against all its goal keys). A candidate
 * whose characters differ too much from the text's is passed over without
 * measuring its edit distance, so a question costs a few operations per
 * candidate instead of a table of edits. Answers as `guess` does.
 */
export class GuessCandidates {
  readonly #all: Candidate[] = [];
  readonly #meaning: (candidate: string) => string;

  constructor(candidates: Iterable<string>, meaning: (candidate: string) => string = (c) => c) {
    this.#meaning = meaning;
    for (const text of candidates) {
      guessStats.prepared++;
      const lower = text.toLowerCase();
      const folded = foldKey(text);
      this.#all.push({ text, lower, folded, mask: charMask(lower), foldedMask: charMask(folded) });
    }
  }

  /** As `guess(text, candidates)`, leaving out the candidate `except` (the goal a reference is written in). */
  guess(text: string, except?: string): Guess | undefined {
    // `pÃ¥gÃ¥r` is `pågår` read in the wrong encoding: too many edits away for a typo, but sure.
    const repaired = withoutMojibake(text);
    if (repaired !== text) {
      const lower = repaired.toLowerCase();
      for (const c of this.#all) if (c.text !== except && c.lower === lower) return { text: c.text, sure: true };
    }
    const t = text.toLowerCase();
    const max = t.length <= 4 ? 1 : t.length <= 8 ? 2 : 3;
    const reach = Math.max(max, 2);
    const folded = foldKey(text);
    const mask = charMask(t);
    const foldedMask = charMask(folded);
    let best: string | undefined;
    let bestD = max + 1;
    // Candidates within two edits, and candidates equal once folded: one of each makes a guess sure.
    const near = new Set<string>();
    const sameFolded = new Set<string>();
    for (const c of this.#all) {
      if (c.text === except) continue;
      // An edit changes the length by one and which characters occur by two at most: more is more than `reach` edits.
      const far = Math.abs(c.lower.length - t.length) > reach || bitCount(mask ^ c.mask) > 2 * reach;
      const d = far ? reach + 1 : (guessStats.distances++, editDistance(t, c.lower, reach));
      if (d <= 2) near.add(this.#meaning(c.text));
      if (c.foldedMask === foldedMask && c.folded === folded) sameFolded.add(this.#meaning(c.text));
      if (d <= max && (d < bestD || (d === bestD && best !== undefined && c.text < best))) {
        best = c.text;
        bestD = d;
      }
    }
    if (best === undefined) return undefined;
    const sure = (sameFolded.size === 1 && foldKey(best) === folded) || (bestD === 1 && near.size === 1 && t.length >= 4);
    return { text: best, sure };
  }
}

/**
 * The UTF-16 code units a string contains, hashed into 32 bits. An insertion
 * or deletion changes the set by one unit at most, a substitution by two, a
 * swap not at all, and hashing only merges differences: so two strings whose
 * masks differ in more than 2·k bits are more than k edits apart.
 */
function charMask(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) m |= 1 << (Math.imul(s.charCodeAt(i), 0x9e3779b1) >>> 27);
  return m;
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** æ, ø, å, é as they read when UTF-8 text is shown as Windows-1252 («mojibake»): `Ã¸` for ø. */
const MOJIBAKE: Record<string, string> = { 'Ã¦': 'æ', 'Ã¸': 'ø', 'Ã¥': 'å', 'Ã†': 'Æ', 'Ã˜': 'Ø', 'Ã…': 'Å', 'Ã©': 'é' };

/** `text` with mojibake repaired (`StÃ¸tter` → `Støtter`); `text` itself when it has none. */
export function withoutMojibake(text: string): string {
  return text.includes('Ã') ? text.replace(/Ã[¦¸¥†˜…©]/g, (m) => MOJIBAKE[m] ?? m) : text;
}

/** The closest candidate to `text`, as `guess`, when only the text is needed (a message's hint). */
export function didYouMean(text: string, candidates: Iterable<string>): string | undefined {
  return guess(text, candidates)?.text;
}

/** A guess as the fields of a parser's problem: `suggestion`, and `weak` when the guess is not sure. Spread into the problem. */
export function guessFields(g: Guess | undefined): { suggestion?: string; weak?: true } {
  if (!g) return {};
  return g.sure ? { suggestion: g.text } : { suggestion: g.text, weak: true };
}
