/**
 * One goal of a Markdown document, read by the parser's fast path and checked
 * against the full remark parse: for tests of how a value is read as written
 * by Word, Pandoc and web editors.
 */
import { strict as assert } from 'node:assert';
import { parseMarkdown, parseMarkdownWith } from '../../server/src/engine/parse/markdown.js';

export const STORBY_URI = 'file:///ws/storby.md';
/** Front matter and the heading of one goal; the test appends its property list. */
export const STORBY_HEAD = `---\nowner: storby\n---\n\n## Digital byggesak {#digital-byggesak}\n\n`;

/** The first goal of `text`; the fast path and remark must give the same document. */
export function goalOf(text: string) {
  const doc = parseMarkdown(STORBY_URI, text);
  assert.deepEqual(doc, parseMarkdownWith(STORBY_URI, text, { fast: false }));
  return doc.goals[0]!;
}

/** The first goal's properties: key as written → value as read. */
export function props(text: string): Record<string, string> {
  return Object.fromEntries(goalOf(text).properties.map((p) => [p.rawKey, p.value]));
}
