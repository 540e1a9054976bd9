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
export function goalIdOutsideHeading(text: string, node: Block, depth: number, headingAbove?: Block): ValueProblem | undefined {
  const nl = text.indexOf('\n', node.start);
  const lineEnd = nl < 0 || nl > node.end ? node.end : nl;
  const line = text.slice(node.start, lineEnd).replace(/\r$/, '').trimEnd();
  // Bounded: a goal heading is one short line; a long one is prose that happens to end in braces.
  // A table row (`| Felles HR {#felles-hr}`) is reported cell by cell (goalIdsInTable).
  if (line.length > 300 || !ID_AT_END.test(line) || line.trimStart().startsWith('|')) return undefined;
  const span = { start: node.start, end: node.start + line.length };
  const below = headingAbove?.type === 'heading' && ID_ONLY.test(line) ? idBelowHeading(text, headingAbove, line, span) : undefined;
  if (below) return below;
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

/** A line that is only an ID. */
const ID_ONLY = /^\{#[^{}\s]+\}$/u;

/**
 * `{#felles-logg}` alone on the line below a heading without an ID (`### Felles
 * logginnsamling`), or after a blank line: the heading above is the goal meant.
 * The fix moves the ID up to the end of the heading's line (an ATX heading; a
 * setext heading is told what to write). Undefined when the heading has an ID
 * or an anchor of its own (reported as such).
 */
function idBelowHeading(text: string, heading: Block, id: string, span: { start: number; end: number }): ValueProblem | undefined {
  let end = heading.start;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  const line = text.slice(heading.start, end);
  if (line.includes('{#') || /<(a|span|h[1-6])[\s>]/i.test(line)) return undefined;
  const atx = /^ {0,3}#{1,6}(?=[ \t]|$)/.exec(line);
  // The heading's line without trailing spaces, a hard line break (`\`) and closing #s (`## Tittel ##`, not `C#`).
  const trimmed = (to: number) => {
    while (to > 0 && (line[to - 1] === ' ' || line[to - 1] === '\t')) to--;
    return to;
  };
  let content = trimmed(line.length);
  if (line[content - 1] === '\\' && line[content - 2] !== '\\') content = trimmed(content - 1);
  if (atx) {
    let k = content;
    while (k > atx[0].length && line[k - 1] === '#') k--;
    if (k < content && (line[k - 1] === ' ' || line[k - 1] === '\t')) content = trimmed(k);
  }
  const written = line.slice(0, content);
  const title = atx ? written.slice(atx[0].length).trim() : written.trim();
  if (!title) return undefined;
  const suggestion = `${written.trim()} ${id}`;
  const problem: ValueProblem = { kind: 'invalid-value', span, messageId: 'goalIdBelowHeading', data: { value: id, heading: title, suggestion } };
  if (atx && heading.end <= end) problem.fix = { messageId: 'moveIdUp', data: { value: id }, span: { start: heading.start + content, end: span.end }, newText: ` ${id}`, preferred: true };
  return problem;
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

/**
 * Cells of a table that end in a goal ID (`| Felles HR {#felles-hr} | 2026 |`,
 * an action plan kept in a Word table): the author sees goals, but a goal is
 * read only from a heading. Each is reported with the heading to write at
 * `depth`; the properties in the other columns go in a list below it, which
 * the author writes (the columns may mean anything). Cells are found by
 * splitting each row, not by a regex over the line.
 */
export function goalIdsInTable(text: string, node: Block, depth: number): ValueProblem[] {
  const problems: ValueProblem[] = [];
  // Nearly every paragraph has no `{#`: one scan of it, and nothing is split.
  if (!hasIdMark(text, node)) return problems;
  let at = node.start;
  while (at < node.end) {
    let end = at;
    while (end < node.end && text[end] !== '\n' && text[end] !== '\r') end++;
    const line = text.slice(at, end);
    const bar = line.indexOf('|');
    if (bar >= 0 && line.slice(0, bar).trim() === '' && line.length <= 2000 && line.includes('{#')) {
      let from = bar + 1;
      for (const cell of line.slice(bar + 1).split('|')) {
        const value = cell.trim();
        if (value.length <= 300 && ID_AT_END.test(value)) {
          const start = at + from + (cell.length - cell.trimStart().length);
          const suggestion = `${'#'.repeat(Math.min(6, depth))} ${withoutBold(value)}`;
          problems.push({ kind: 'invalid-value', span: { start, end: start + value.length }, messageId: 'goalIdInTable', data: { value, suggestion } });
        }
        from += cell.length + 1;
      }
    }
    at = end;
    if (text[at] === '\r') at++;
    if (text[at] === '\n') at++;
    if (at === end) break;
  }
  return problems;
}

/** What stands before a line's content inside quotes and lists: `> `, `- `, `1. `, nested. */
const CONTAINER_PREFIX = /^[ \t]*(?:(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+)[ \t]*){1,8}/;
/** The start of an ATX heading: one to six `#`s and a space. */
const HEADING_MARK = /^#{1,6}[ \t]/;
/** An ID at the end of a line (no pattern for the whole heading: one that could match a line in many ways). */
const ID_END = /\{#[^{}\s]+\}$/u;

/** An ATX goal heading: `#`s, a space, a title, and an ID at the end. */
function isGoalHeading(rest: string): boolean {
  const mark = HEADING_MARK.exec(rest);
  const id = mark && ID_END.exec(rest);
  return !!id && rest.slice(mark[0].length, id.index).trim() !== '';
}

/**
 * Goal headings inside a block quote (`> ## Felles HR {#felles-hr}`, a goal
 * quoted from an e-mail or kept in a callout) or a list item (`1. ## Felles HR
 * {#felles-hr}`, Word's numbered headings): Markdown makes them part of the
 * quote or the list, so they are no goals. `node` is the quote or the list;
 * the fix removes what stands before the heading on its line. Lines in code
 * fences are left alone.
 */
export function goalHeadingsInContainer(text: string, node: Block, quote: boolean): ValueProblem[] {
  const problems: ValueProblem[] = [];
  if (!hasIdMark(text, node)) return problems;
  let fenced = false;
  let at = node.start;
  while (at < node.end) {
    let end = at;
    while (end < node.end && text[end] !== '\n' && text[end] !== '\r') end++;
    const line = text.slice(at, end);
    const prefix = CONTAINER_PREFIX.exec(line)?.[0] ?? '';
    const rest = line.slice(prefix.length).trimEnd();
    if (rest.startsWith('```') || rest.startsWith('~~~')) fenced = !fenced;
    else if (!fenced && prefix.trim() !== '' && rest.length <= 300 && isGoalHeading(rest)) {
      const start = at + prefix.length;
      problems.push({
        kind: 'invalid-value',
        span: { start, end: start + rest.length },
        messageId: quote ? 'goalHeadingInQuote' : 'goalHeadingInList',
        data: { value: rest, marker: prefix.trim() },
        fix: { messageId: 'removeBefore', data: { marker: prefix.trim() }, span: { start: at, end: start }, newText: '', preferred: true },
      });
    }
    at = end;
    if (text[at] === '\r') at++;
    if (text[at] === '\n') at++;
    if (at === end) break;
  }
  return problems;
}

/** Whether `{#` stands inside the block (a scan of the block only: `indexOf` could run on to the end of the document). */
function hasIdMark(text: string, node: Block): boolean {
  for (let at = node.start; at < node.end - 1; at++) if (text[at] === '{' && text[at + 1] === '#') return true;
  return false;
}
