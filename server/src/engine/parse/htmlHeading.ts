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

/** The opening tag of an anchor or a span, `<a …>`, `<span …>`: its name and attributes. */
const ANCHOR_OPEN = /<(a|span)(\s[^<>]*)?>/gi;

/** The opening tag of an HTML heading at the start of a line, `<h2 …>`. */
const HEADING_OPEN = /^ {0,3}<h([1-6])(\s[^<>]*)?>/i;

const ID_ATTRIBUTE = /\b(?:id|name)\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)')/i;

/**
 * The first empty anchor naming a link target in `line`: `<a id="x"></a>`,
 * `<a name='x'></a>`, `<span id="x"></span>`. Found tag by tag (a pattern
 * for the whole element could match one text in many ways).
 */
function findAnchor(line: string): { index: number; text: string; id: string } | undefined {
  ANCHOR_OPEN.lastIndex = 0;
  for (let m = ANCHOR_OPEN.exec(line); m; m = ANCHOR_OPEN.exec(line)) {
    const id = ID_ATTRIBUTE.exec(m[2] ?? '');
    if (!id) continue;
    let at = m.index + m[0].length;
    while (line[at] === ' ' || line[at] === '\t') at++;
    // Right after it, its closing tag: `</a>`, `</span >`.
    const tag = `</${m[1]!.toLowerCase()}`;
    if (line.slice(at, at + tag.length).toLowerCase() !== tag) continue;
    let end = at + tag.length;
    while (line[end] === ' ' || line[end] === '\t') end++;
    if (line[end] === '>') return { index: m.index, text: line.slice(m.index, end + 1), id: id[1] ?? id[2] ?? '' };
  }
  return undefined;
}

/** `title` without the closing `#`s of an ATX heading (`## Felles HR ##`), found without a pattern that backtracks. */
function withoutClosingHashes(title: string): string {
  const t = title.trimEnd();
  let k = t.length;
  while (k > 0 && t[k - 1] === '#') k--;
  return k < t.length && (k === 0 || t[k - 1] === ' ' || t[k - 1] === '\t') ? t.slice(0, k) : t;
}

/** The problem, with the heading to write; undefined when the ID or the title is missing. */
function problem(span: { start: number; end: number }, value: string, rawId: string, title: string, depth: number, line: { start: number; end: number }): ValueProblem | undefined {
  const id = goalIdFrom(rawId.trim());
  const words = title.replace(/<[^<>]*>/g, '').replace(/\s+/g, ' ').trim();
  if (!GOAL_ID.test(id) || !words) return undefined;
  const suggestion = `${'#'.repeat(depth)} ${words} {#${id}}`;
  // `target`: the ID as written, as links in the document name it (`[Innledning](#innledning)`).
  return { kind: 'invalid-value', span, messageId: 'goalIdHtml', data: { id, value, suggestion, target: rawId.trim() }, suggestion, fixSpan: line };
}

/**
 * A Markdown heading (ATX `## …` or setext) whose first line, `line` at
 * `start`, names an ID with an HTML anchor and has no `{#id}`.
 */
export function anchorInHeading(line: string, start: number, depth: number): ValueProblem | undefined {
  if (line.length > MAX_LINE) return undefined;
  const a = findAnchor(line);
  if (!a) return undefined;
  const hashes = /^ {0,3}#{1,6}(?=[ \t]|$)/.exec(line)?.[0].length ?? 0;
  const title = withoutClosingHashes(`${line.slice(hashes, a.index)} ${line.slice(a.index + a.text.length)}`);
  const span = { start: start + a.index, end: start + a.index + a.text.length };
  return problem(span, a.text, a.id, title, depth, { start, end: start + line.length });
}

/** An HTML heading on one line (`<h2 id="felles-hr">Felles HR</h2>`) with an ID, at `start`: its level and the problem. */
export function htmlHeading(line: string, start: number): { depth: number; problem: ValueProblem } | undefined {
  if (line.length > MAX_LINE) return undefined;
  const m = HEADING_OPEN.exec(line);
  if (!m) return undefined;
  // The line ends with the closing tag, `</h2>`.
  const written = line.trim();
  const close = written.toLowerCase().lastIndexOf(`</h${m[1]}`);
  if (close < 0 || !/^<\/h[1-6][ \t]*>$/i.test(written.slice(close))) return undefined;
  const at = start + line.indexOf(written);
  const inner = written.slice(m[0].length - (line.length - line.trimStart().length), close);
  const own = ID_ATTRIBUTE.exec(m[2] ?? '');
  const rawId = own ? (own[1] ?? own[2]) : findAnchor(inner)?.id;
  if (rawId === undefined) return undefined;
  const found = problem({ start: at, end: at + written.length }, written, rawId, inner, Number(m[1]), { start: at, end: at + written.length });
  return found && { depth: Number(m[1]), problem: found };
}
