/**
 * Lines of a text by offset, without an index: lines end at `\n`, `\r\n` or a
 * lone `\r`, as in LSP (see `LineIndex` for many lookups in one text;
 * `lineNumberIn` keeps one per parsed document).
 */
import { LineIndex } from './lineIndex.js';

/** The document's line break (`\r\n` when the document uses it). */
export function eolOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
}

/** Offset of the end of the line holding `offset` (before the line break). */
export function lineEndAt(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** Offset of the start of the line holding `offset`. */
export function lineStartAt(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** Work counters for the complexity tests: counts of lines from the top of a whole document. */
export const lineStats = { scans: 0 };

/**
 * The 1-based line number of `offset` in a parsed document, as an author
 * counts lines in the editor. A finding per goal that names a line («written
 * on line 12») must not count the lines of a long document from the top each
 * time, so the line table is kept per document.
 */
export function lineNumberIn(doc: { readonly text: string }, offset: number): number {
  let table = lineTables.get(doc);
  if (!table || table.text !== doc.text) {
    lineStats.scans++;
    table = { text: doc.text, index: new LineIndex(doc.text) };
    lineTables.set(doc, table);
  }
  return table.index.positionAt(offset).line + 1;
}
const lineTables = new WeakMap<object, { text: string; index: LineIndex }>();
