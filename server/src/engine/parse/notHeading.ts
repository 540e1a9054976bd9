/**
 * A goal ID on a line that is not a heading. Word documents whose "headings"
 * are bold paragraphs convert to `**Felles HR {#felles-hr}**`, and a heading
 * typed without the space after its #s (`##Felles HR {#felles-hr}`) is a
 * paragraph to every Markdown reader. Either way the author sees a goal that
 * Samstemt silently does not read; it is reported with a fix that writes the
 * heading.
 */
import type { Block } from './blockScan.js';
import type { ValueProblem } from '../types.js';

/** `{#id}` at the end of the line (IDs as the heading reader takes them), inside closing emphasis or not. */
const ID_AT_END = /\{#[^{}\s]+\}(?:\*\*|__)?$/u;

/**
 * The problem for a paragraph whose first line ends in `{#id}`. `depth` is
 * the level of the heading to write: one below the heading the paragraph
 * stands under.
 */
export function goalIdOutsideHeading(text: string, node: Block, depth: number): ValueProblem | undefined {
  const nl = text.indexOf('\n', node.start);
  const lineEnd = nl < 0 || nl > node.end ? node.end : nl;
  const line = text.slice(node.start, lineEnd).replace(/\r$/, '').trimEnd();
  // Bounded: a goal heading is one short line; a long one is prose that happens to end in braces.
  if (line.length > 300 || !ID_AT_END.test(line)) return undefined;
  const span = { start: node.start, end: node.start + line.length };
  const hashes = /^#{1,6}(?=[^#\s])/.exec(line);
  if (hashes) {
    const suggestion = `${hashes[0]} ${line.slice(hashes[0].length)}`;
    return { kind: 'invalid-value', span, messageId: 'goalIdNoHeadingSpace', data: { value: line, marker: hashes[0], suggestion }, suggestion };
  }
  // `**Felles HR {#felles-hr}**` or `**Felles HR** {#felles-hr}`: the emphasis goes, the text is the title.
  const content = withoutBold(line);
  const suggestion = `${'#'.repeat(Math.min(6, depth))} ${content}`;
  return { kind: 'invalid-value', span, messageId: 'goalIdNotHeading', data: { value: line, suggestion }, suggestion };
}

/**
 * `**Felles HR {#felles-hr}**` and `**Felles HR** {#felles-hr}` without the bold
 * markers; any other line as it is. Found with indexes, not a regex with
 * a lazy group and a back reference, which could backtrack.
 */
function withoutBold(line: string): string {
  const marker = line.slice(0, 2);
  if (marker !== '**' && marker !== '__') return line;
  const close = line.lastIndexOf(marker);
  if (close <= 2) return line;
  const title = line.slice(2, close).trim();
  const after = line.slice(close + 2).trim();
  if (!title || (after && !/^\{#[^{}\s]+\}$/u.test(after))) return line;
  return after ? `${title} ${after}` : title;
}
