/**
 * Goal headings written in HTML: `<h2 id="felles-hr">Felles HR</h2>`, as a
 * web page or an HTML export has them, or a Markdown heading with an anchor,
 * `## Felles HR <a id="felles-hr"></a>`, as some editors write a link target.
 * format.md reads a goal only from a heading ending in `{#id}`, so these are
 * no goals; the author sees an ID there, so each is reported with a fix that
 * writes the heading as Samstemt reads it: `## Felles HR {#felles-hr}`.
 */
import type { ValueProblem } from '../types.js';
import { GOAL_ID, goalIdFrom } from './goalBuilder.js';

/** Longer lines are prose, not a heading: the patterns below stay cheap. */
const MAX_LINE = 300;

/** `<a id="x"></a>`, `<a name='x'></a>`, `<span id="x"></span>`: an empty element naming a link target. */
const ANCHOR = /<(a|span)\b[^<>]*?\b(?:id|name)\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)')[^<>]*>\s*<\/\1\s*>/i;

/** `<h2 id="x">Title</h2>` on one line. */
const HTML_HEADING = /^ {0,3}<h([1-6])\b([^<>]*)>(.*)<\/h\1\s*>[ \t]*$/i;

const ID_ATTRIBUTE = /\b(?:id|name)\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)')/i;

/** The problem, with the heading to write; undefined when the ID or the title is missing. */
function problem(span: { start: number; end: number }, value: string, rawId: string, title: string, depth: number, line: { start: number; end: number }): ValueProblem | undefined {
  const id = goalIdFrom(rawId.trim());
  const words = title.replace(/<[^<>]*>/g, '').replace(/\s+/g, ' ').trim();
  if (!GOAL_ID.test(id) || !words) return undefined;
  const suggestion = `${'#'.repeat(depth)} ${words} {#${id}}`;
  return { kind: 'invalid-value', span, messageId: 'goalIdHtml', data: { id, value, suggestion }, suggestion, fixSpan: line };
}

/**
 * A Markdown heading (ATX `## …` or setext) whose first line, `line` at
 * `start`, names an ID with an HTML anchor and has no `{#id}`.
 */
export function anchorInHeading(line: string, start: number, depth: number): ValueProblem | undefined {
  if (line.length > MAX_LINE) return undefined;
  const m = ANCHOR.exec(line);
  if (!m) return undefined;
  const hashes = /^ {0,3}#{1,6}(?=[ \t]|$)/.exec(line)?.[0].length ?? 0;
  const title = (line.slice(hashes, m.index) + ' ' + line.slice(m.index + m[0].length)).replace(/[ \t]#+[ \t]*$/, '');
  const span = { start: start + m.index, end: start + m.index + m[0].length };
  return problem(span, m[0], m[2] ?? m[3] ?? '', title, depth, { start, end: start + line.length });
}

/** An HTML heading on one line (`<h2 id="felles-hr">Felles HR</h2>`) with an ID, at `start`: its level and the problem. */
export function htmlHeading(line: string, start: number): { depth: number; problem: ValueProblem } | undefined {
  if (line.length > MAX_LINE) return undefined;
  const m = HTML_HEADING.exec(line);
  if (!m) return undefined;
  const own = ID_ATTRIBUTE.exec(m[2]!);
  const inner = own ? undefined : ANCHOR.exec(m[3]!);
  const rawId = own ? (own[1] ?? own[2]) : inner ? (inner[2] ?? inner[3]) : undefined;
  if (rawId === undefined) return undefined;
  const written = line.trim();
  const at = start + line.indexOf(written);
  const found = problem({ start: at, end: at + written.length }, written, rawId, m[3]!, Number(m[1]), { start: at, end: at + written.length });
  return found && { depth: Number(m[1]), problem: found };
}
