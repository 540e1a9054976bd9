/**
 * Splitting `Key: value` text into a `Property` with exact spans. Shared by
 * the Markdown parser (list items) and the YAML parser (mapping pairs).
 */
import type { Property, Span, ValueItem } from '../types.js';
import { lookupKey, keyDef } from '../model/vocabulary.js';
import { keyOf } from '../text/normalize.js';

/** Keys whose values are comma-separated lists. */
const LIST_KINDS = new Set(['objectives', 'goal-refs', 'members', 'systems', 'requires']);

export function isListKey(canonical: string): boolean {
  const def = keyDef(canonical);
  return def !== undefined && LIST_KINDS.has(def.kind);
}

/** Splits `text` (found at `offset`) on commas into trimmed items with spans. */
export function splitItems(text: string, offset: number, separator: RegExp = /,/g): ValueItem[] {
  const items: ValueItem[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) items.push({ text: t.replace(/\s+/g, ' '), span: { start: offset + from + lead, end: offset + from + lead + t.length } });
  };
  for (const m of text.matchAll(separator)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(text.length);
  return items;
}

/** `accepts` values are split only before another goal reference, so reasons may contain commas. */
const ACCEPTS_SEPARATOR = /[,;]\s*(?=[\p{L}\p{N}_-]*#[\p{L}\p{N}_-])/gu;

export function makeProperty(rawKey: string, keySpan: Span, value: string, valueSpan: Span, span: Span): Property {
  const hit = lookupKey(rawKey);
  const key = hit ? hit.def.canonical : keyOf(rawKey);
  const trimmedStart = value.length - value.trimStart().length;
  const v = value.trim();
  const vSpan = { start: valueSpan.start + trimmedStart, end: valueSpan.start + trimmedStart + v.length };
  let items: ValueItem[];
  if (!hit) items = v ? [{ text: v.replace(/\s+/g, ' '), span: vSpan }] : [];
  else if (hit.def.kind === 'accepts') items = splitItems(v, vSpan.start, ACCEPTS_SEPARATOR);
  else if (LIST_KINDS.has(hit.def.kind)) items = splitItems(v, vSpan.start);
  else items = v ? [{ text: v.replace(/\s+/g, ' '), span: vSpan }] : [];
  const p: Property = {
    key,
    rawKey: rawKey.trim(),
    known: hit !== undefined,
    keySpan,
    // A value may continue on the next line; the spans stay on the source.
    value: v.replace(/\s+/g, ' '),
    valueSpan: vSpan,
    items,
    span,
  };
  if (hit?.lang) p.keyLang = hit.lang;
  return p;
}

/**
 * Reads `Key: value` from one line of a property list item. Returns undefined
 * when the text does not look like a `Key:` item (no colon, or a "key" too long
 * to be one: then the item is prose).
 */
export function splitKeyValue(text: string): { key: string; keyStart: number; keyEnd: number; valueStart: number } | undefined {
  const m = /^([*_]{0,2})([^:\n]{1,40}?)([*_]{0,2}):([*_]{0,2})/.exec(text);
  if (!m) return undefined;
  const key = m[2]!;
  if (key.trim() === '' || key.trim().split(/\s+/).length > 4 || /^https?$/i.test(key.trim())) return undefined;
  const keyStart = m[1]!.length + (key.length - key.trimStart().length);
  return { key: key.trim(), keyStart, keyEnd: keyStart + key.trim().length, valueStart: m[0].length };
}
