/**
 * One copy of each short model string. V8 copies substrings shorter than 13
 * characters instead of pointing into the document text, so every `høy`,
 * `helse`, `DS19-M2` or `2025-12-31` of a workspace is a string of its own:
 * some 60 000 at national scale (1.7 MB), of a few hundred distinct values.
 * Longer strings are slices of the document text (32 bytes each) and are left
 * alone: sharing them would keep old document texts alive.
 */
const MAX_LENGTH = 12;

/** Bounded, since a long-lived server sees whatever is typed: starts over when full. */
const MAX_ENTRIES = 10_000;
const table = new Map<string, string>();

/** `s`, or an equal string seen before. */
export function shared(s: string): string {
  if (s.length > MAX_LENGTH) return s;
  const seen = table.get(s);
  if (seen !== undefined) return seen;
  if (table.size >= MAX_ENTRIES) table.clear();
  table.set(s, s);
  return s;
}
