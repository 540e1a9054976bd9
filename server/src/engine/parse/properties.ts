/**
 * Splitting `Key: value` text into a `Property` with exact spans. Shared by
 * the Markdown parser (list items) and the YAML parser (mapping pairs).
 */
import type { Lang, Property, Span, ValueItem } from '../types.js';
import { lookupKey, keyDef } from '../model/vocabulary.js';
import { keyOf, unquoted } from '../text/normalize.js';
import { shared } from '../text/shared.js';
import { compact, NONE } from './compact.js';
import { renderInline } from '../text/inline.js';

/** Keys whose values are comma-separated lists. */
const LIST_KINDS = new Set(['objectives', 'goal-refs', 'members', 'systems', 'requires']);

export function isListKey(canonical: string): boolean {
  const def = keyDef(canonical);
  return def !== undefined && LIST_KINDS.has(def.kind);
}

/** True for the characters `\s` (and `trim`) treat as white space. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/**
 * `text.replace(/\s+/g, ' ')`, without the regex work for the usual text that
 * has only single plain spaces (checked by one scan).
 */
function collapseSpaces(text: string): string {
  let prevSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return text.replace(/\s+/g, ' ');
      prevSpace = true;
    } else if (isSpace(c)) return text.replace(/\s+/g, ' ');
    else prevSpace = false;
  }
  return text;
}

/**
 * Splits `text` (found at `offset`) on commas into trimmed items with spans.
 * With `map` (rendered inline Markdown, see text/inline.ts), `text` is the
 * rendered text and `map` gives each of its characters' offset in the source
 * from `offset`: the spans are those of the source.
 */
export function splitItems(text: string, offset: number, separator?: RegExp, map?: readonly number[], sourceLength?: number): ValueItem[] {
  const items: ValueItem[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const t = raw.trim();
    if (!t) return;
    const lead = raw.length - raw.trimStart().length;
    const s = from + lead;
    const span = map ? renderedItemSpan(map, s, s + t.length - 1, offset, sourceLength) : { start: offset + s, end: offset + s + t.length };
    items.push({ text: shared(collapseSpaces(t)), span });
  };
  if (separator) {
    for (const m of text.matchAll(separator)) {
      push(m.index);
      from = m.index + m[0].length;
    }
  } else {
    // The default separator is a plain comma: `indexOf` rather than a regex.
    for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', from)) {
      push(i);
      from = i + 1;
    }
  }
  push(text.length);
  return compact(items);
}

/** `accepts` values are split only before another goal reference, so reasons may contain commas. */
const ACCEPTS_SEPARATOR = /[,;]\s*(?=[\p{L}\p{N}_-]*#[\p{L}\p{N}_-])/gu;

/** What a property's key says: canonical key, the key as written, whether it is known and its language. */
export interface PropertyKey {
  key: string;
  rawKey: string;
  known: boolean;
  keyLang?: Lang;
}

/**
 * A parsed property. A national workspace holds some 95 000 of them, and most
 * of their spans and items are never read: three span objects and a one-item
 * list would cost about 190 bytes a property (18 MB at national scale). So the
 * offsets are kept as numbers and the spans built when read; the items are
 * kept only when they are not just the whole value (lists of two or more,
 * YAML sequences), otherwise built when read too. What the key says is one
 * object shared by every property whose key is spelt the same (see `keyInfo`).
 */
class SourceProperty implements Property {
  readonly #key: PropertyKey;
  readonly value: string;
  readonly #keyStart: number;
  readonly #keyEnd: number;
  readonly #valueStart: number;
  readonly #valueEnd: number;
  readonly #start: number;
  readonly #end: number;
  /** Undefined when the items are the whole value: one item, or none when the value is empty. */
  readonly #items: readonly ValueItem[] | undefined;

  constructor(key: PropertyKey, keySpan: Span, value: string, valueSpan: Span, items: readonly ValueItem[], span: Span) {
    this.#key = key;
    this.value = value;
    this.#keyStart = keySpan.start;
    this.#keyEnd = keySpan.end;
    this.#valueStart = valueSpan.start;
    this.#valueEnd = valueSpan.end;
    this.#start = span.start;
    this.#end = span.end;
    const whole =
      value === ''
        ? items.length === 0
        : items.length === 1 && items[0]!.text === value && items[0]!.span.start === valueSpan.start && items[0]!.span.end === valueSpan.end;
    this.#items = whole ? undefined : compact(items);
  }

  /** `p` with another value, value span and items. */
  static withValue(p: SourceProperty, value: string, valueSpan: Span, items: readonly ValueItem[]): SourceProperty {
    return new SourceProperty(p.#key, p.keySpan, value, valueSpan, items, p.span);
  }

  get key(): string {
    return this.#key.key;
  }
  get rawKey(): string {
    return this.#key.rawKey;
  }
  get known(): boolean {
    return this.#key.known;
  }
  get keyLang(): Lang | undefined {
    return this.#key.keyLang;
  }
  get keySpan(): Span {
    return { start: this.#keyStart, end: this.#keyEnd };
  }
  get valueSpan(): Span {
    return { start: this.#valueStart, end: this.#valueEnd };
  }
  get span(): Span {
    return { start: this.#start, end: this.#end };
  }
  get items(): readonly ValueItem[] {
    if (this.#items) return this.#items;
    return this.value === '' ? NONE : [{ text: this.value, span: this.valueSpan }];
  }
}

export function newProperty(key: PropertyKey, keySpan: Span, value: string, valueSpan: Span, items: readonly ValueItem[], span: Span): Property {
  return new SourceProperty(key, keySpan, value, valueSpan, items, span);
}

/** A property from `makeProperty` with another value, value span and items (YAML sequences and quoted scalars). */
export function withValue(p: Property, value: string, valueSpan: Span, items: readonly ValueItem[]): Property {
  return SourceProperty.withValue(p as SourceProperty, value, valueSpan, items);
}

/**
 * `lookupKey` and `keyOf` of raw keys, cached: a workspace repeats the same few
 * dozen spellings hundreds of thousands of times. Bounded (cleared when full)
 * since a long-lived server sees arbitrary typed keys. The properties keep the
 * entry as their `PropertyKey`.
 */
interface KeyInfo extends PropertyKey {
  kind: string | undefined;
}
const keyCache = new Map<string, KeyInfo>();
function keyInfo(rawKey: string): KeyInfo {
  let info = keyCache.get(rawKey);
  if (!info) {
    const hit = lookupKey(rawKey);
    info = { key: hit ? hit.def.canonical : keyOf(rawKey), rawKey: rawKey.trim(), known: hit !== undefined, keyLang: hit?.lang, kind: hit?.def.kind };
    if (keyCache.size >= 2000) keyCache.clear();
    keyCache.set(rawKey, info);
  }
  return info;
}

/**
 * A property from its key and value as written. With `markdown`, the value is
 * read as rendered (text/inline.ts: `**2025-12-31**`, `` `DS19-I2` ``,
 * `[Visma HRM](https://…)`, `hr <!-- note -->`); the value span stays that of
 * the value as written, and each item's span is the source of its text.
 */
export function makeProperty(rawKey: string, keySpan: Span, value: string, valueSpan: Span, span: Span, markdown = false): Property {
  let p = makeSourceProperty(rawKey, keySpan, value, valueSpan, span, markdown);
  // Nearly every value has neither quotes nor look-alike characters: one scan, and it is read as is.
  if (isPlain(p.value)) return p;
  if (markdown && QUOTE_FREE_KINDS.has(keyInfo(rawKey).kind ?? '')) p = withoutQuotes(p, value, valueSpan);
  // Text copied from a PDF or a Mac may write å as a + combining ring (NFD), and Word writes its
  // non-breaking hyphen (Ctrl+Shift+-) as U+2011: they look the same as å and -, so they read the
  // same (`#årsplan`, `pågår`, `DS19‑M2`). Items keep their spans on the source.
  if (!/[\u0300-\u036f\u2010\u2011]/.test(p.value)) return p;
  return withValue(p, lookAlike(p.value), p.valueSpan, p.items.map((i) => ({ ...i, text: lookAlike(i.text) })));
}

/**
 * No quote (`"`, `'`, `«`, `»`, and the curly ones from U+2018) and no
 * character from U+0300 on (combining marks, Unicode hyphens): nothing for
 * withoutQuotes or lookAlike to do. æøå and the rest of Latin-1 are below.
 */
function isPlain(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x22 || c === 0x27 || c === 0xab || c === 0xbb || c >= 0x300) return false;
  }
  return true;
}

/** `text` in NFC with Unicode hyphens as `-`. */
function lookAlike(text: string): string {
  return text.normalize('NFC').replace(/[\u2010\u2011]/g, '-');
}

/**
 * Kinds whose values are IDs, dates, numbers or words from a fixed list. Quotes
 * around such a value in a Markdown list (`Frist: «2026»`, `Støtter: “DS19-M2”`,
 * as in YAML `deadline: "2026"`) are punctuation, not part of it. Text values
 * (need, benefit, the reason in accepts) keep their quotes: there they quote.
 */
const QUOTE_FREE_KINDS = new Set(['objectives', 'goal-refs', 'area', 'members', 'direction', 'number', 'date', 'priority', 'status']);

/** `p` with each item (and a value that is one item) read without the quotes around it; spans inside the quotes. */
function withoutQuotes(p: Property, value: string, valueSpan: Span): Property {
  let changed = false;
  const items = p.items.map((item) => {
    const inner = unquoted(item.text);
    if (inner === item.text || inner === '') return item;
    changed = true;
    const source = value.slice(item.span.start - valueSpan.start, item.span.end - valueSpan.start);
    const quoted = unquoted(source) !== source.trim() && source.length === source.trim().length;
    return { text: inner, span: quoted ? { start: item.span.start + 1, end: item.span.end - 1 } : item.span };
  });
  if (!changed) return p;
  const whole = unquoted(p.value);
  return withValue(p, whole && items.length === 1 ? whole : p.value, p.valueSpan, items);
}

function makeSourceProperty(rawKey: string, keySpan: Span, value: string, valueSpan: Span, span: Span, markdown: boolean): Property {
  const info = keyInfo(rawKey);
  const v = value.trim();
  const trimmedStart = v ? value.length - value.trimStart().length : value.length;
  const vSpan = { start: valueSpan.start + trimmedStart, end: valueSpan.start + trimmedStart + v.length };
  const rendered = markdown ? renderInline(v, { entities: true }) : undefined;
  if (rendered) return renderedProperty(info, keySpan, rendered.text, rendered.map, vSpan, span);
  // A value may continue on the next line; the spans stay on the source.
  const collapsed = shared(collapseSpaces(v));
  let items: readonly ValueItem[];
  const kind = info.kind;
  if (kind === 'accepts') items = splitItems(v, vSpan.start, ACCEPTS_SEPARATOR);
  else if (kind !== undefined && LIST_KINDS.has(kind)) items = splitItems(v, vSpan.start);
  else items = v ? [{ text: collapsed, span: vSpan }] : NONE;
  return new SourceProperty(info, keySpan, collapsed, vSpan, items, span);
}

/**
 * The source span of a rendered item from its first to its last character
 * (`first`, `last`: indexes in the rendered text). Markup removed right
 * before or after the item belongs to it when only one side has some: the
 * span of «Storby _kommune_» is all of it, not «Storby _kommune», so that
 * an edit of the item leaves no half of the markup behind. An item wrapped on
 * both sides («**storby**») keeps the span of its text, and an edit keeps the
 * markup.
 */
function renderedItemSpan(map: readonly number[], first: number, last: number, offset: number, sourceLength: number | undefined): Span {
  const start = map[first]!;
  const end = map[last]! + 1;
  const before = first > 0 ? map[first - 1]! + 1 : 0;
  const after = last + 1 < map.length ? map[last + 1]! : sourceLength ?? end;
  const openBefore = before < start;
  const closeAfter = after > end;
  if (openBefore === closeAfter) return { start: offset + start, end: offset + end };
  return { start: offset + (openBefore ? before : start), end: offset + (closeAfter ? after : end) };
}

function renderedProperty(info: KeyInfo, keySpan: Span, text: string, map: readonly number[], vSpan: Span, span: Span): Property {
  const kind = info.kind;
  let items: readonly ValueItem[];
  const length = vSpan.end - vSpan.start;
  if (kind === 'accepts') items = splitItems(text, vSpan.start, ACCEPTS_SEPARATOR, map, length);
  else if (kind !== undefined && LIST_KINDS.has(kind)) items = splitItems(text, vSpan.start, undefined, map, length);
  else items = splitItems(text, vSpan.start, /(?!)/g, map, length);
  const value = shared(collapseSpaces(withoutDeletedClauses(text, map, length).trim()));
  // The rendered text may be empty (only a comment): then there is no value.
  return new SourceProperty(info, keySpan, value, value ? vSpan : { start: vSpan.end, end: vSpan.end }, items, span);
}

/**
 * `text` (rendered, with its `map` to the source of `length` characters)
 * without the commas and semicolons left alone by deleted text: in
 * `DS19-M2, ~~DS19-M9~~` the struck item goes, and so does its comma (the
 * value reads «DS19-M2», not «DS19-M2,»); the same for a struck item first
 * or in the middle, and for a comment in its place. A clause is dropped with
 * the separator before it (the one after it when it is first); an empty clause
 * the author wrote (`A, , B`) stays as written. Items are split from the
 * rendered text on their own, so their spans do not change.
 */
function withoutDeletedClauses(text: string, map: readonly number[], length: number): string {
  if (text.length >= length || !/[,;]/.test(text)) return text;
  // Clauses as [start, end) in `text`, between separators.
  const bounds: [number, number][] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === ',' || text[i] === ';') {
      bounds.push([from, i]);
      from = i + 1;
    }
  }
  const sourceLength = (a: number, b: number) => (b < text.length ? map[b]! : length) - (a > 0 ? map[a - 1]! + 1 : 0);
  const deleted = bounds.map(([a, b]) => text.slice(a, b).trim() === '' && sourceLength(a, b) > b - a);
  if (!deleted.includes(true)) return text;
  let out = '';
  let first = true;
  for (let k = 0; k < bounds.length; k++) {
    if (deleted[k]) continue;
    const [a, b] = bounds[k]!;
    // The separator before a kept clause, unless no clause was kept before it.
    out += first ? text.slice(a, b) : text.slice(a - 1, b);
    first = false;
  }
  return out;
}

/**
 * Reads `Key: value` from one line of a property list item. Returns undefined
 * when the text does not look like a `Key:` item (no colon, or a "key" too long
 * to be one: then the item is prose).
 */
export function splitKeyValue(text: string): { key: string; keyStart: number; keyEnd: number; valueStart: number; open?: string } | undefined {
  // Without a colon in the first 45 characters no key can match: skip the regex.
  const colon = text.indexOf(':');
  if (colon < 0 || colon > 44) return undefined;
  const m = /^([*_]{0,2})([^:\r\n]{1,40}?)([*_]{0,2}):([*_]{0,2})/.exec(text);
  if (!m) return undefined;
  const key = m[2]!;
  const k = key.trim();
  if (k === '' || k.split(/\s+/).length > 4 || /^https?$/i.test(k)) return undefined;
  // The colon of a web address (`Les mer på https://…`) or of a time or ratio (`kl. 10:30`, `1:2`) ends no key.
  const colonAt = m[1]!.length + key.length + m[3]!.length;
  if (text.startsWith('//', colonAt + 1) || (isDigit(text[colonAt - 1]) && isDigit(text[colonAt + 1]))) return undefined;
  const keyStart = m[1]!.length + (key.length - key.trimStart().length);
  // `Frist:: 2026`, Obsidian's Dataview field: the second colon is the key's trailing colon, ignored as ever.
  const valueStart = m[0].length + (m[4] === '' && text[m[0].length] === ':' ? 1 : 0);
  // `**Frist: 2026**` (a whole line in bold, as Google Docs exports it): the emphasis is still open after the key.
  const open = m[1] !== '' && m[3] === '' && m[4] === '' ? m[1] : undefined;
  return { key: k, keyStart, keyEnd: keyStart + k.length, valueStart, ...(open ? { open } : {}) };
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
