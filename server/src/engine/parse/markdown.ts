/**
 * Markdown strategy documents: YAML front matter for the document's metadata,
 * goals as headings ending in `{#id}`, properties as the first `Key: value`
 * bullet list under the goal heading, prose as the description.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root, RootContent } from 'mdast';
import type { Goal, ParseProblem, ProblemFix, Property, Span, StrategyDocument, ValueProblem } from '../types.js';
import { parseYamlTree } from './yamlTree.js';
import { makeProperty, newProperty, splitKeyValue } from './properties.js';
import { NONE } from './compact.js';
import { readDocumentHead } from './documentHead.js';
import { newGoal, finishDocument, goalIdFrom, type GoalProblem } from './goalBuilder.js';
import { allKeySpellings, keyDef, lookupKey } from '../model/vocabulary.js';
import { didYouMean, isInvisible, withoutInvisible } from '../text/normalize.js';
import { renderInline, spanAttributesEnd } from '../text/inline.js';
import { fromMdast, scanBlocks, type Block } from './blockScan.js';
import { goalHeadingsInContainer, goalIdOutsideHeading, goalIdsInTable } from './notHeading.js';
import { anchorInHeading, htmlHeading } from './htmlHeading.js';

/**
 * Inline constructs are switched off: the model reads headings, lists and
 * paragraphs by their source positions and never looks at emphasis, links or
 * code spans, and micromark's inline parsing is superlinear on adversarial
 * input (`*_*_*_…`, `[a](` × n take minutes for a few kilobytes).
 */
const INLINE_CONSTRUCTS = ['attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'hardBreakEscape', 'htmlText', 'labelEnd', 'labelStartImage', 'labelStartLink'];
function blockStructureOnly(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: INLINE_CONSTRUCTS } });
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(blockStructureOnly);

/** Container markers (`>`, list bullets) beyond these limits are read as text: nesting stays shallow. */
const MAX_CONTAINER_COLUMN = 40;
const MAX_CONTAINERS_PER_LINE = 16;

/**
 * The text remark parses: the same length and line breaks as `text`, but a
 * block quote or list marker nested deeper than any real strategy document
 * (past column 40, or the 17th on one line) is replaced by a space. micromark's
 * cost grows with the square (or worse) of the nesting depth: `- - - …` or
 * `> > > …` a few thousand deep would take minutes. Offsets stay valid, and
 * every slice the model takes comes from the original text.
 */
export function limitNesting(text: string): string {
  let out: string[] | undefined;
  let i = 0;
  while (i < text.length) {
    let col = 0;
    let markers = 0;
    for (;;) {
      while (text[i] === ' ' || text[i] === '\t') col = text[i++] === '\t' ? col + 4 - (col % 4) : col + 1;
      const c = text[i];
      let len = 0;
      if (c === '>') len = 1;
      else if ((c === '-' || c === '*' || c === '+') && isMarkerEnd(text, i + 1)) len = 1;
      else if (c !== undefined && c >= '0' && c <= '9') {
        let j = i;
        while (j < text.length && j - i < 9 && text[j]! >= '0' && text[j]! <= '9') j++;
        if ((text[j] === '.' || text[j] === ')') && isMarkerEnd(text, j + 1)) len = j + 1 - i;
      }
      if (!len) break;
      markers++;
      if (markers > MAX_CONTAINERS_PER_LINE || col >= MAX_CONTAINER_COLUMN) {
        out ??= text.split(''); // UTF-16 code units: indices are offsets, and join('') restores the text
        for (let k = 0; k < len; k++) out[i + k] = ' ';
      }
      i += len;
      col += len;
    }
    while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    i++;
  }
  return out ? out.join('') : text;
}

/** Documents longer than this are parsed in sections of about `SECTION_SIZE` characters. */
const CHUNKED_ABOVE = 16_000;
const SECTION_SIZE = 2_000;

/**
 * The block tree of `text`. micromark's cost grows with the square of the
 * number of lists in one parse (8 000 goals with a property list each take
 * minutes), so a long document is cut into sections at lines where no block
 * can continue across the cut — an ATX heading, or a line starting with a
 * letter after a blank line — outside front matter, fenced code and HTML
 * blocks; the sections are parsed one by one and their offsets shifted. The
 * blocks and their offsets are those of a whole-document parse.
 */
export function parseBlocks(text: string): Root {
  if (text.charCodeAt(0) === 0xfeff) {
    // micromark drops a leading BOM and counts offsets without it: parse without it, then shift.
    const tree = parseBlocks(text.slice(1));
    for (const child of tree.children) shiftOffsets(child, 1);
    return tree;
  }
  if (text.length <= CHUNKED_ABOVE) return processor.parse(text) as Root;
  const cuts = sectionStarts(text);
  const root: Root = { type: 'root', children: [] };
  let k = 0;
  while (k < cuts.length) {
    const from = cuts[k]!;
    let next = k + 1;
    let part: Root;
    for (;;) {
      const to = next < cuts.length ? cuts[next]! : text.length;
      part = processor.parse(text.slice(from, to)) as Root;
      // The cuts come from a line scan; a fenced code or HTML block that remark sees running into
      // the cut would have continued past it: parse again up to the first cut after its end.
      const end = to < text.length ? openBlockEnd(text, from, to, part.children[part.children.length - 1]) : undefined;
      if (end === undefined) break;
      while (next < cuts.length && cuts[next]! <= end) next++;
    }
    for (const child of part.children) {
      if (from > 0) shiftOffsets(child, from);
      root.children.push(child);
    }
    k = next;
  }
  return root;
}

/**
 * When the last block of the section `text[from, to)` is a fenced code block
 * or an HTML block that may go on past `to`, the offset where it really ends
 * (the end of the document when it is never closed); otherwise undefined.
 */
function openBlockEnd(text: string, from: number, to: number, last: RootContent | undefined): number | undefined {
  if (!last || (last.type !== 'code' && last.type !== 'html') || !last.position) return undefined;
  const start = from + last.position.start.offset!;
  const end = from + last.position.end.offset!;
  const firstLine = text.slice(start, lineEnd(text, start));
  const tail = text.slice(end, to);
  if (last.type === 'code') {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(firstLine);
    if (!fence) return undefined; // indented code ends at any line that is not indented
    const closing = new RegExp(`^ {0,3}${fence[1]![0] === '`' ? '`' : '~'}{${fence[1]!.length},}[ \\t]*$`);
    const lastLine = text.slice(Math.max(text.lastIndexOf('\n', end - 1), text.lastIndexOf('\r', end - 1)) + 1, end);
    if (end > start + firstLine.length && closing.test(lastLine)) return undefined; // closed within the section
    return findLine(text, to, (line) => closing.test(line)) ?? text.length;
  }
  // HTML: types 1–5 end at their end marker, the others at a blank line.
  const kind = /^ {0,3}<(!--|\?|!\[CDATA\[|![A-Za-z]|(?:script|pre|style|textarea)(?=[\s>]|$))?/i.exec(firstLine)?.[1]?.toLowerCase() ?? '';
  const marker = kind === '!--' ? '-->' : kind === '?' ? '?>' : kind === '![cdata[' ? ']]>' : kind.startsWith('!') ? '>' : kind ? `</${kind}>` : '';
  if (!marker) {
    if (/(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/.test(tail)) return undefined; // a blank line ended it
    return findLine(text, to, (line) => /^[ \t]*$/.test(line)) ?? text.length;
  }
  if (text.slice(start, end).toLowerCase().includes(marker, firstLine.indexOf('<') + 1 + kind.length)) return undefined;
  const at = text.toLowerCase().indexOf(marker, to);
  return at < 0 ? text.length : at + marker.length;
}

/** The offset of the end of the first line at or after `from` that satisfies `test`. */
function findLine(text: string, from: number, test: (line: string) => boolean): number | undefined {
  let i = from;
  while (i < text.length) {
    const e = lineEnd(text, i);
    if (test(text.slice(i, e))) return e;
    i = e + (text[e] === '\r' && text[e + 1] === '\n' ? 2 : 1);
  }
  return undefined;
}

function shiftOffsets(node: { position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[] }, by: number): void {
  const p = node.position;
  if (p) {
    if (p.start.offset !== undefined) p.start.offset += by;
    if (p.end.offset !== undefined) p.end.offset += by;
  }
  for (const c of node.children ?? []) shiftOffsets(c as typeof node, by);
}

/** Offsets where a section may start (always 0 first), at least `SECTION_SIZE` apart. */
function sectionStarts(text: string): number[] {
  const cuts = [0];
  let i = 0;
  let prevBlank = true;
  /** What must end before a cut: a fence (its marker), an HTML block (its end text, or '' for a blank line), front matter. */
  let open: { kind: 'fence'; marker: string } | { kind: 'html'; end: string } | { kind: 'front' } | undefined;
  // Front matter counts only when it is closed (otherwise remark reads `---` as a rule).
  if (/^---[ \t]*(?:\r\n|\r|\n)/.test(text) && /(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/.test(text.slice(3))) open = { kind: 'front' };
  let first = true;
  while (i < text.length) {
    let e = i;
    while (e < text.length && text[e] !== '\n' && text[e] !== '\r') e++;
    const line = text.slice(i, e);
    const blank = /^[ \t]*$/.test(line); // CommonMark: only spaces and tabs (String#trim also strips U+FEFF, U+00A0 …)
    if (open) {
      if (open.kind === 'front') {
        if (!first && /^---[ \t]*$/.test(line)) open = undefined;
      } else if (open.kind === 'fence') {
        const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
        if (m && m[1]![0] === open.marker[0] && m[1]!.length >= open.marker.length) open = undefined;
      } else if (open.end === '' ? blank : line.toLowerCase().includes(open.end)) open = undefined;
    } else {
      // Column 0 only: an indented heading may belong to a list item above it.
      const heading = /^#{1,6}(?:[ \t]|$)/.test(line);
      const paragraph = prevBlank && /^\p{L}/u.test(line);
      if ((heading || paragraph) && i - cuts[cuts.length - 1]! >= SECTION_SIZE) cuts.push(i);
      const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      const html = /^ {0,3}<(!--|\?|!\[CDATA\[|![A-Za-z]|(?:script|pre|style|textarea)(?=[\s>]|$))?/i.exec(line);
      if (fence) open = { kind: 'fence', marker: fence[1]! };
      else if (html) {
        const kind = (html[1] ?? '').toLowerCase();
        const end = kind === '!--' ? '-->' : kind === '?' ? '?>' : kind === '![cdata[' ? ']]>' : kind.startsWith('!') ? '>' : kind ? `</${kind}>` : '';
        // An HTML block may end on its first line; otherwise it is open until its end (or a blank line).
        const rest = end ? line.slice(line.indexOf('<') + 1 + kind.length) : '';
        if (!(end && rest.toLowerCase().includes(end))) open = { kind: 'html', end };
      }
    }
    prevBlank = blank;
    first = false;
    i = e;
    if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
    else if (i < text.length) i++;
  }
  return cuts;
}

function isMarkerEnd(text: string, at: number): boolean {
  const c = text[at];
  return c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/**
 * `{#id}` at the end of a heading, optionally followed by closing #s. Matched
 * against the line without trailing whitespace: `\s*#*\s*$` on a line ending in
 * many spaces would backtrack quadratically. A converter that escapes braces
 * writes `\{#id\}`, which renders as `{#id}`: the backslashes are not the ID's.
 */
const HEADING_ID = /\{#([^{}\s]*?)\\?\}(?:\s*#+)?$/u;

/**
 * `line` without trailing white space and the invisible characters pasted with it
 * (a zero-width space after `{#id}`), so that the ID is still at the end. A loop, not
 * a regex: `[\s…]+$` backtracks quadratically on long runs of spaces.
 */
function trimEndInvisible(line: string): string {
  let end = line.length;
  for (;;) {
    const c = line.charCodeAt(end - 1);
    if (end > 0 && (/\s/.test(line[end - 1]!) || isInvisible(c))) end--;
    else return line.slice(0, end);
  }
}

/**
 * `line` without a backslash at its end (and the spaces before it): Pandoc's
 * hard line break, `## Felles HR {#felles-hr}\`, which shows as nothing in a
 * heading. A backslash written twice is an escaped backslash, and stays.
 */
function withoutHardBreak(line: string): string {
  if (!line.endsWith('\\') || line.endsWith('\\\\')) return line;
  return trimEndInvisible(line.slice(0, -1));
}

/**
 * The `{#id}` that ends a heading's first line, as the reader finds it: after
 * trailing spaces, invisible characters and a hard line break are set aside
 * (`## Felles HR {#felles-hr}\`). Match group 1 is the ID; the match's index is
 * where `{#` stands. Shared with the check of untitled buffers (lsp/untitled.ts).
 */
export function headingIdMatch(lineText: string): RegExpExecArray | null {
  return HEADING_ID.exec(withoutHardBreak(trimEndInvisible(lineText)));
}

/** A heading meant as a goal whose ID is not written `{#id}` at its end, as the author is told. */
interface HeadingIdNearMiss {
  /** Offset of what is written, in the heading line. */
  at: number;
  written: string;
  messageId: 'goalIdSpaces' | 'goalIdAttributes' | 'goalIdMiddle' | 'goalIdUnclosed';
  suggestion: string;
  /** For an ID in the middle: the heading's rest with the ID moved to its end, from `at`. */
  moved?: string;
}

/**
 * An ID meant as a goal's, but not one: with spaces, `{# felles-hr }` or
 * `{#felles hr}`; with Pandoc or kramdown attributes, `{#id .unnumbered}`, `{.unnumbered #id}` or
 * `{: #id}`; without its closing brace, `{#id`; or in the middle of the heading, `## A {#id} b`. Found from the
 * last `{` (and `{#`) with regexes anchored there, so a long line cannot make
 * them backtrack.
 */
function headingIdNearMiss(line: string): HeadingIdNearMiss | undefined {
  const at = line.lastIndexOf('{');
  const m = at < 0 ? null : /^\{(:?)\s*#([^{}]*)\}(?:\s*#+)?$/u.exec(line.slice(at));
  const inner = m?.[2]!.trim();
  if (m && inner) {
    const written = m[0].slice(0, m[0].indexOf('}') + 1);
    const words = inner.split(/\s+/);
    // Attributes after the ID: `.class`, `key=value` (Pandoc); or kramdown's `{: #id}`.
    if (m[1] || (words.length > 1 && words.slice(1).every((w) => w.startsWith('.') || w.includes('=')))) {
      const id = words[0]!.startsWith('#') ? words[0]!.slice(1) : words[0]!;
      if (id && !id.startsWith('.')) return { at, written, messageId: 'goalIdAttributes', suggestion: `{#${goalIdFrom(id)}}` };
    }
    return { at, written, messageId: 'goalIdSpaces', suggestion: `{#${goalIdFrom(inner)}}` };
  }
  // Pandoc attributes with the ID after a class or key (`{.unnumbered #felles-hr}`,
  // `{.mal #felles-hr lang=nb}`): the same ID, as written in another order.
  const attrs = at < 0 || m ? null : /^\{\s*([.\p{L}][^{}]*)\}(?:\s*#+)?$/u.exec(line.slice(at));
  if (attrs) {
    const words = attrs[1]!.trim().split(/\s+/);
    const ids = words.filter((w) => w.startsWith('#') && w.length > 1);
    if (ids.length === 1 && words.every((w) => w.startsWith('#') || (w.startsWith('.') && w.length > 1) || w.includes('='))) {
      const written = attrs[0].slice(0, attrs[0].indexOf('}') + 1);
      return { at, written, messageId: 'goalIdAttributes', suggestion: `{#${goalIdFrom(ids[0]!.slice(1))}}` };
    }
  }
  const mid = line.lastIndexOf('{#');
  const close = mid < 0 ? -1 : line.indexOf('}', mid);
  if (mid >= 0 && close < 0) {
    // `{#felles-hr` or `{#felles-hr)`: the closing brace forgotten or mistyped.
    const open = /^\{#([\p{L}\p{N}_-]+)\s*[)\]]?$/u.exec(line.slice(mid));
    return open ? { at: mid, written: line.slice(mid), messageId: 'goalIdUnclosed', suggestion: `{#${goalIdFrom(open[1]!)}}` } : undefined;
  }
  if (close < 0) return undefined;
  const id = line.slice(mid + 2, close);
  const rest = line.slice(close + 1).trim();
  if (!/^[\p{L}\p{N}_-]+$/u.test(id) || !rest || rest.includes('{')) return undefined;
  const written = line.slice(mid, close + 1);
  return { at: mid, written, messageId: 'goalIdMiddle', suggestion: `{#${goalIdFrom(id)}}`, moved: `${rest} ${written}` };
}

/**
 * The top-level blocks of `text`: from the line scanner when the document is
 * in the subset it reads exactly (parse/blockScan.ts), else from remark.
 * `fast: false` always parses with remark (for tests comparing the two).
 */
export function markdownBlocks(text: string, options: { fast?: boolean } = {}): Block[] {
  return (options.fast === false ? undefined : scanBlocks(text)) ?? fromMdast(parseBlocks(limitNesting(text)));
}

export function parseMarkdown(uri: string, text: string): StrategyDocument {
  return parseMarkdownWith(uri, text, {});
}

/** `parseMarkdown`, with `fast: false` to skip the line scanner (tests only; not part of the engine's API). */
export function parseMarkdownWith(uri: string, text: string, options: { fast?: boolean }): StrategyDocument {
  const doc: StrategyDocument = {
    uri,
    format: 'markdown',
    text,
    lang: 'nb',
    meta: [],
    headSpan: { start: 0, end: Math.min(text.length, firstLineEnd(text, 0)) },
    goals: [],
    problems: [],
    valueProblems: [],
  };
  // Front matter remark does not see (unclosed, or below blank lines) is reported, then read as
  // front matter anyway and blanked out for remark, so the body below it is read as usual. Front
  // matter closed with `...` is read the same way, and is not reported.
  let misplaced = lateFrontMatter(text) ?? dotClosedFrontMatter(text);
  let children = markdownBlocks(misplaced ? blankOut(text, misplaced.end) : text, options);
  if (!misplaced && children[0]?.type !== 'yaml' && /^---[ \t]*(?:\r\n|\r|\n)/.test(text)) {
    misplaced = unclosedFrontMatter(text);
    children = markdownBlocks(blankOut(text, misplaced.end), options);
  }

  let startIndex = 0;
  const first = children[0];
  if (misplaced) {
    if (misplaced.problem) doc.problems.push(misplaced.problem);
    doc.headSpan = { start: misplaced.fence, end: misplaced.fence + 3 };
    const yaml = parseYamlTree(text.slice(misplaced.contentStart, misplaced.contentEnd), misplaced.contentStart);
    readDocumentHead(doc, yaml, { start: misplaced.fence, end: misplaced.end });
  } else if (first && first.type === 'yaml') {
    startIndex = 1;
    const s = first.start;
    const end = first.end;
    const contentStart = firstLineEnd(text, s) + lineBreakLength(text, firstLineEnd(text, s));
    doc.headSpan = { start: s, end: firstLineEnd(text, s) };
    const contentEnd = text.lastIndexOf('---', end) > contentStart ? text.lastIndexOf('---', end) : end;
    const yaml = parseYamlTree(text.slice(contentStart, contentEnd), contentStart);
    readDocumentHead(doc, yaml, { start: s, end });
  }

  // Stack of open headings (goal or structure) for the sub-goal relation.
  const stack: { depth: number; goal?: Goal }[] = [];
  let current: Goal | undefined;
  /** Under a heading without an ID inside a goal (`### Nøkkeltall`): that goal, and the heading's text. */
  let subHeading: { goal: Goal; heading: string; marker: string } | undefined;
  /** The bullet of each goal's property list (what a moved item starts with). */
  const listMarkers = new Map<Goal, string>();
  let propertiesDone = false;
  /** The goal's property list, while it is the block just read (a list right after it with another bullet is a new list). */
  let previousPropertyList: (Block & { type: 'list' }) | undefined;
  const description: string[] = [];
  const stray: GoalProblem[] = [];
  /** The index of the last paragraph read as rows of a Pandoc multiline table: the next paragraph may be its next row. */
  let multilineRowsAt = -1;
  /** Where the document's links within itself lead (`linkTargets`), once an anchored heading needs it. */
  let linked: Set<string> | undefined;

  /** The current goal's `Key: value` paragraph lines: a fix makes them list items when the goal has no property list. */
  const paragraphKeys: ValueProblem[] = [];

  const closeGoal = () => {
    if (current) current.description = description.join('\n\n').trim();
    description.length = 0;
    if (current && current.properties.length) {
      for (const p of paragraphKeys) {
        // A pasted bullet keeps its own explanation (the author sees a list item there).
        if (p.messageId === 'paragraphLine') p.messageId = 'paragraphLineMove';
        delete p.suggestion;
        delete p.fixSpan;
        delete p.fix;
      }
    }
    paragraphKeys.length = 0;
  };

  for (let i = startIndex; i < children.length; i++) {
    const node = children[i]!;
    // A comment (`<!-- TODO: sjekk med økonomi -->`, as templates leave them) does not show in the
    // rendered document: it neither ends the property list before it nor is the goal's text.
    if (node.type === 'other' && isCommentOnly(text, node)) continue;
    const afterPropertyList = previousPropertyList;
    previousPropertyList = undefined;
    // `<h2 id="felles-hr">Felles HR</h2>`: a heading to the author, reported as a goal not read (parse/htmlHeading.ts).
    // The last row of a Pandoc multiline table stands right above its bottom border, a line of dashes:
    // Markdown reads the two as a heading (`Frist   2026` underlined). It is a row of the table.
    if (node.type === 'heading' && pandocLastRow(text, node, children, i, multilineRowsAt)) {
      if (current) for (const problem of simpleTableProperties(text, { start: node.start, end: lineEnd(text, node.start) })) stray.push({ goal: current, problem });
      multilineRowsAt = -1;
      continue;
    }
    let html = node.type === 'other' ? htmlHeading(text.slice(node.start, lineEnd(text, node.start)), node.start) : undefined;
    // `<h3 id="nokkeltall">Nøkkeltall</h3>` inside a goal with no property list of its own: a section of
    // the goal with a link target, read as the same HTML without the ID (text of the goal).
    if (html && insideGoal(stack, html.depth) && !propertyListBelow(text, children, i)) html = undefined;
    if (node.type === 'heading' || html) {
      const depth = node.type === 'heading' ? node.depth : html!.depth;
      closeGoal();
      while (stack.length && stack[stack.length - 1]!.depth >= depth) stack.pop();
      const reported = doc.valueProblems.length;
      const goal = node.type === 'heading' ? readGoalHeading(uri, text, node, doc.valueProblems) : undefined;
      if (html) doc.valueProblems.push(html.problem);
      const written = doc.valueProblems[reported];
      // An HTML ID on a heading without a property list below may be a link target only: noted, and the fix not
      // preferred. Inside a goal (`### Nøkkeltall <a id="nokkeltall"></a>`) it is a section of the goal, read
      // as the same sub-heading without the anchor.
      // An anchor the document links to (a table of contents: `[Innledning](#innledning)`) is a link target too.
      if (written?.messageId === 'goalIdHtml' && !propertyListBelow(text, children, i)) {
        if (insideGoal(stack, depth) || (linked ??= linkTargets(text)).has(written.data.target ?? '')) doc.valueProblems.splice(reported, 1);
        else {
          written.severity = 'info';
          written.weak = true;
        }
      }
      // A heading reported as a goal whose ID is written wrongly (`{.unnumbered #arkiv}`) is that goal once
      // fixed: its list is its own, not the enclosing goal's, so it is not reported as under a sub-heading.
      const meantAsGoal = !goal && doc.valueProblems.length > reported;
      if (goal) {
        const parent = [...stack].reverse().find((e) => e.goal)?.goal;
        if (parent) {
          goal.parentId = parent.id;
          parent.childIds.push(goal.id);
        }
        doc.goals.push(goal);
      }
      const enclosing = goal || meantAsGoal || node.type !== 'heading' ? undefined : [...stack].reverse().find((e) => e.goal)?.goal;
      subHeading = enclosing && node.type === 'heading' ? { goal: enclosing, heading: headingText(text, node), marker: listMarkers.get(enclosing) ?? '-' } : undefined;
      stack.push(goal ? { depth, goal } : { depth });
      current = goal;
      propertiesDone = false;
      continue;
    }
    if (node.type === 'paragraph') {
      // The block before it, when a heading: `{#id}` alone below it is that heading's ID on the wrong line.
      const notHeading = goalIdOutsideHeading(text, node, (stack[stack.length - 1]?.depth ?? 1) + 1, children[i - 1]);
      if (notHeading) doc.valueProblems.push(notHeading);
      // `| Felles HR {#felles-hr} | 2026 |`: goals kept as the rows of a table.
      for (const problem of goalIdsInTable(text, node, (stack[stack.length - 1]?.depth ?? 1) + 1)) doc.valueProblems.push(problem);
    }
    // `> ## Felles HR {#felles-hr}`, `1. ## Felles HR {#felles-hr}`: a goal heading inside a quote or a list item.
    const quote = node.type === 'other' && /^ {0,3}>/.test(text.slice(node.start, node.start + 4));
    if (quote || node.type === 'list') for (const problem of goalHeadingsInContainer(text, node, quote)) doc.valueProblems.push(problem);
    if (!current) {
      if (subHeading && node.type === 'list') {
        for (const problem of subHeadingProperties(text, node, subHeading)) stray.push({ goal: subHeading.goal, problem });
      }
      continue;
    }
    // The property list goes on after a comment between its items: Markdown ends the list there
    // (a comment is an HTML block), but the author sees one list. A list right after the property
    // list with the same bullet can only be such a continuation.
    const continued = node.type === 'list' && afterPropertyList !== undefined && !node.ordered && markerOf(text, node.items[0]!) === markerOf(text, afterPropertyList.items[0]!);
    if (node.type === 'list' && (continued || !propertiesDone) && !node.ordered) {
      // Keys indented under an item of the list that is (or would be) the property list.
      for (const problem of nestedProperties(text, node)) stray.push({ goal: current, problem });
      const problems: ValueProblem[] = [];
      const props = readPropertyList(text, node, problems, continued);
      if (props) {
        for (const problem of problems) stray.push({ goal: current, problem });
        for (const prop of props) current.properties.push(prop); // no spread: a list may be very long
        const lastItem = node.items[node.items.length - 1]!;
        current.insertAt = {
          offset: lineEnd(text, node.end),
          indent: text.slice(lineStartOf(text, lastItem.start), lastItem.start),
          format: 'markdown',
        };
        propertiesDone = true;
        previousPropertyList = node;
        listMarkers.set(current, markerOf(text, node.items[0]!));
        continue;
      }
    }
    if (node.type === 'list') for (const problem of strayProperties(text, node, afterPropertyList)) stray.push({ goal: current, problem });
    if (node.type === 'other' && /^ {0,3}>/.test(text.slice(node.start, node.start + 4))) {
      for (const problem of quoteProperties(text, node)) stray.push({ goal: current, problem });
    }
    if (node.type === 'code') for (const problem of indentedCodeProperties(text, node)) stray.push({ goal: current, problem });
    if (node.type === 'paragraph') {
      for (const problem of tableProperties(text, node)) stray.push({ goal: current, problem });
      const before = children[i - 1];
      const afterRule = before?.type === 'other' && PANDOC_TABLE_RULE.test(text.slice(before.start, lineEnd(text, before.start)));
      // The rows of a multiline table are separated by blank lines: each row after the first is a paragraph of its own.
      if (afterRule || (before?.type === 'paragraph' && multilineRowsAt === i - 1)) {
        for (const problem of simpleTableProperties(text, node)) stray.push({ goal: current, problem });
        if (!afterRule || multilineTableRule(text, children, i - 1)) multilineRowsAt = i;
      }
      const keyLines = paragraphProperties(text, node);
      for (const problem of keyLines) {
        stray.push({ goal: current, problem });
        paragraphKeys.push(problem);
      }
      // `Frist: 2026` lines are properties written wrongly, not the goal's prose: they would count as its words.
      if (keyLines.length) {
        const prose = withoutLinesAt(text, node, keyLines.map((p) => p.span.start));
        if (prose) description.push(prose);
        continue;
      }
    }
    description.push(text.slice(node.start, node.end).trim());
  }
  closeGoal();
  finishDocument(doc, stray);
  doc.valueProblems = withoutEmptyStruck(doc.valueProblems);
  return doc;
}

/**
 * Whether an HTML block is nothing but comments (`<!-- … -->`, any number, on
 * one line or several): nothing of it shows in the rendered document.
 */
function isCommentOnly(text: string, block: { start: number; end: number }): boolean {
  let at = block.start;
  for (;;) {
    while (at < block.end && /\s/.test(text[at]!)) at++;
    if (at >= block.end) return true;
    if (!text.startsWith('<!--', at)) return false;
    const close = text.indexOf('-->', at + 4);
    if (close < 0 || close + 3 > block.end) return false;
    at = close + 3;
  }
}

/** Front matter that is not where remark reads it, with the problem to report and the range to read. */
interface MisplacedFrontMatter {
  /** Offset of the opening `---`. */
  fence: number;
  contentStart: number;
  contentEnd: number;
  /** End of the last line taken as front matter (the closing `---`, when there is one). */
  end: number;
  /** What to report; none for front matter closed with `...`, which is fine. */
  problem?: ParseProblem;
}

const FENCE_LINE = /^---[ \t]*$/;
/** The line that closes front matter: `---`, or `...` (YAML's end of a document, as Pandoc accepts it). */
const CLOSING_LINE = /^(?:---|\.\.\.)[ \t]*$/;
const DOTS_LINE = /^\.\.\.[ \t]*$/;

/**
 * Front matter opened with `---` on the first line and closed with `...` (before
 * any `---`): remark reads only `---` as its end, so it would read `---` as a
 * rule, or run the head on to a `---` further down.
 */
function dotClosedFrontMatter(text: string): MisplacedFrontMatter | undefined {
  const fenceEnd = lineEnd(text, 0);
  if (fenceEnd >= text.length || !FENCE_LINE.test(text.slice(0, fenceEnd))) return undefined;
  const contentStart = fenceEnd + lineBreakLength(text, fenceEnd);
  for (let i = contentStart; i < text.length; ) {
    const e = lineEnd(text, i);
    const line = text.slice(i, e);
    if (FENCE_LINE.test(line)) return undefined;
    if (DOTS_LINE.test(line)) return { fence: 0, contentStart, contentEnd: i, end: e };
    i = e + lineBreakLength(text, e);
    if (i === e) break;
  }
  return undefined;
}

/**
 * Front matter after blank lines at the top of the file: `---`, `key: …` lines
 * and a closing `---`. Front matter must start on the first line, so remark
 * reads it as a rule and a setext heading, and the owner goes missing.
 */
function lateFrontMatter(text: string): MisplacedFrontMatter | undefined {
  let at = 0;
  for (;;) {
    const e = lineEnd(text, at);
    if (e >= text.length || !/^[ \t]*$/.test(text.slice(at, e))) break;
    at = e + lineBreakLength(text, e);
  }
  const fenceEnd = lineEnd(text, at);
  if (at === 0 || fenceEnd >= text.length || !FENCE_LINE.test(text.slice(at, fenceEnd))) return undefined;
  const contentStart = fenceEnd + lineBreakLength(text, fenceEnd);
  if (!startsWithKey(text, contentStart)) return undefined;
  for (let i = contentStart; i < text.length; ) {
    const e = lineEnd(text, i);
    if (CLOSING_LINE.test(text.slice(i, e))) {
      return {
        fence: at,
        contentStart,
        contentEnd: i,
        end: e,
        problem: {
          message: {
            en: 'The head of the document (the lines between `---` at the top) must start on the first line of the file: remove the blank lines above this `---`.',
            nb: 'Dokumenthodet (linjene mellom `---` øverst) må begynne på første linje i filen: fjern de tomme linjene over denne `---`.',
            nn: 'Dokumenthovudet (linjene mellom `---` øvst) må byrje på første linja i fila: fjern dei tomme linjene over denne `---`.',
          },
          span: { start: at, end: at + 3 },
          fix: { messageId: 'removeBlankLines', span: { start: 0, end: at }, newText: '', preferred: true },
        },
      };
    }
    i = e + lineBreakLength(text, e);
    if (i === e) break;
  }
  return undefined;
}

/**
 * Front matter opened on the first line and never closed: it is taken to end
 * before the first blank line or heading, where the body of a document starts.
 */
function unclosedFrontMatter(text: string): MisplacedFrontMatter {
  const fenceEnd = lineEnd(text, 0);
  const contentStart = fenceEnd + lineBreakLength(text, fenceEnd);
  let end = contentStart;
  // Without a `key:` line under it, the `---` is all there is (a rule, maybe), and the rest is the body.
  for (let i = startsWithKey(text, contentStart) ? contentStart : text.length; i < text.length; ) {
    const e = lineEnd(text, i);
    const line = text.slice(i, e);
    if (/^[ \t]*$/.test(line) || /^#{1,6}(?:[ \t]|$)/.test(line)) break;
    end = e;
    i = e + lineBreakLength(text, e);
    if (i === e) break;
  }
  const problem: ParseProblem = {
    message: {
      en: 'The head of the document (the lines between `---` at the top) starts here but is not closed: add a line with `---` after the last key.',
      nb: 'Dokumenthodet (linjene mellom `---` øverst) starter her, men er ikke avsluttet: legg til en linje med `---` etter siste nøkkel.',
      nn: 'Dokumenthovudet (linjene mellom `---` øvst) startar her, men er ikkje avslutta: legg til ei linje med `---` etter siste nøkkel.',
    },
    span: { start: 0, end: 3 },
  };
  if (end > contentStart) problem.fix = { messageId: 'closeFrontMatter', span: { start: end, end }, newText: `${text.slice(fenceEnd, contentStart)}---` };
  return { fence: 0, contentStart, contentEnd: end, end: Math.max(end, fenceEnd), problem };
}

/** Whether the line at `at` starts with `key:` (a YAML key in front matter, not prose). */
function startsWithKey(text: string, at: number): boolean {
  return /^[\p{L}_][^:\r\n]{0,40}:(?:[ \t]|$)/u.test(text.slice(at, lineEnd(text, at)));
}

/** `text` with everything before `end` but its line breaks replaced by spaces: the same offsets, and no blocks there. */
function blankOut(text: string, end: number): string {
  return text.slice(0, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
}

/**
 * `Key: value` items with a known key in a list that is not the goal's
 * property list: a numbered list, or a list after the property list (a
 * different bullet starts a new list in Markdown). Their values would be
 * silently read as description, so each is reported, with a fix that
 * changes the bullet where that joins the item to a property list.
 */
function strayProperties(text: string, list: Block & { type: 'list' }, propertyList: (Block & { type: 'list' }) | undefined): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const expected = propertyList ? markerOf(text, propertyList.items[0]!) : '-';
  for (const item of list.items) {
    const para = item.paragraph;
    if (!para) continue;
    const from = para.start + taskBoxLength(text, para.start);
    const kv = splitKeyValue(text.slice(from, para.end));
    if (!kv || !lookupKey(kv.key)) continue;
    const marker = markerOf(text, item);
    const markerSpan = { start: item.start, end: item.start + marker.length };
    const span = { start: from + kv.keyStart, end: from + kv.keyEnd };
    const data = { key: kv.key, marker, expected, canonical: lookupKey(kv.key)!.def.canonical };
    // The numbered list, or the list right after the property list: a new bullet makes it (part of) a property list.
    if (list.ordered || propertyList) problems.push({ kind: 'unknown-property', span, messageId: list.ordered ? 'orderedList' : 'newBullet', data, suggestion: expected, fixSpan: markerSpan });
    else problems.push({ kind: 'unknown-property', span, messageId: 'laterList', data });
  }
  return problems;
}

/**
 * The targets of the document's links within itself: `innledning` for
 * `[Innledning](#innledning)`, `](<#innledning>)`, `](#innledning "tittel")`.
 * Read once per document, when an anchored heading needs it.
 */
function linkTargets(text: string): Set<string> {
  const targets = new Set<string>();
  for (let at = text.indexOf('](', 0); at >= 0; at = text.indexOf('](', at + 2)) {
    let k = at + 2;
    if (text[k] === '<') k++;
    if (text[k] !== '#') continue;
    let end = ++k;
    while (end < text.length && end - k < 200 && !' \t\r\n)>"\''.includes(text[end]!)) end++;
    if (end > k) targets.add(text.slice(k, end));
  }
  return targets;
}

/** True when a heading of `depth` stands inside a goal: a goal heading of a higher level is open above it. */
function insideGoal(stack: readonly { depth: number; goal?: Goal }[], depth: number): boolean {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.depth < depth && stack[k]!.goal) return true;
  return false;
}

/**
 * Whether a list with a `Key: value` item of a known key follows block `i`
 * before the next heading (looking a few blocks ahead): the heading has properties.
 */
function propertyListBelow(text: string, blocks: readonly Block[], i: number): boolean {
  for (let j = i + 1; j < blocks.length && j <= i + 8; j++) {
    const b = blocks[j]!;
    if (b.type === 'heading') return false;
    if (b.type !== 'list') continue;
    for (const item of b.items) {
      const kv = item.paragraph && splitKeyValue(text.slice(item.paragraph.start, lineEnd(text, item.paragraph.start)));
      if (kv && lookupKey(kv.key)) return true;
    }
  }
  return false;
}

/** A heading's text without its `#`s (or a setext underline), for a message. */
function headingText(text: string, node: Block & { type: 'heading' }): string {
  const line = text.slice(node.start, lineEnd(text, node.start));
  return line.replace(/^\s*#*\s*/, '').replace(/\s#+\s*$/, '').trim();
}

/**
 * `Key: value` items with a known key in a list under a heading without an
 * ID inside a goal (`### Nøkkeltall`): properties are read only right under
 * the goal heading, so they would silently be lost (and the goal reported
 * as having no deadline). The fix moves a one-line item up to the end of
 * the goal's property list, or right under the goal heading.
 */
function subHeadingProperties(text: string, list: Block & { type: 'list' }, under: { goal: Goal; heading: string; marker: string }): ValueProblem[] {
  const problems: ValueProblem[] = [];
  const insert = under.goal.insertAt;
  const eol = text.includes('\r\n') ? '\r\n' : text.includes('\r') ? '\r' : '\n';
  for (const item of list.items) {
    const para = item.paragraph;
    if (!para) continue;
    const from = para.start + taskBoxLength(text, para.start);
    const kv = splitKeyValue(text.slice(from, para.end));
    const def = kv && lookupKey(kv.key);
    if (!kv || !def) continue;
    const problem: ValueProblem = {
      kind: 'unknown-property',
      span: { start: from + kv.keyStart, end: from + kv.keyEnd },
      messageId: 'underSubHeading',
      data: { key: kv.key, heading: under.heading, canonical: def.def.canonical },
    };
    const lineStart = lineStartOf(text, item.start);
    const end = lineEnd(text, item.start);
    if (end >= item.end && insert.offset <= lineStart) {
      const moved = `${insert.indent}${under.marker} ${text.slice(para.start, end).trimEnd()}`;
      problem.fix = {
        messageId: 'moveUnderGoal',
        data: { key: kv.key },
        span: { start: insert.offset, end: end + lineBreakLength(text, end) },
        newText: `${eol}${moved}${text.slice(insert.offset, lineStart)}`,
      };
    }
    problems.push(problem);
  }
  return problems;
}

/**
 * Rows of a Markdown table whose first cell is a known key (`| Frist | 2026 |`),
 * and cells that hold a whole property (`| Frist: 2026 | Støtter: DS19-M2 |`):
 * authors used to tables write properties that way, and they would silently
 * be description. Cells are found by splitting the line, not by a regex.
 */
function tableProperties(text: string, para: { start: number; end: number }): ValueProblem[] {
  const problems: ValueProblem[] = [];
  let at = para.start;
  while (at < para.end) {
    const end = Math.min(lineEnd(text, at), para.end);
    const line = text.slice(at, end);
    const bar = line.indexOf('|');
    if (bar >= 0 && line.slice(0, bar).trim() === '') {
      let cellStart = at + bar + 1;
      const cells = line.slice(bar + 1).split('|');
      cells.forEach((cell, c) => {
        const key = cellKey(cell, c === 0);
        if (key) {
          const start = cellStart + key.from;
          problems.push({ kind: 'unknown-property', span: { start, end: start + key.key.length }, messageId: 'tableRow', data: { key: key.key, canonical: lookupKey(key.key)!.def.canonical } });
        }
        cellStart += cell.length + 1;
      });
    }
    at = end + lineBreakLength(text, end);
    if (at === end) break;
  }
  return problems;
}

/**
 * The known key a table cell holds, and where it starts in the cell: the
 * whole cell in the first column (`| **Frist** |`, without its emphasis), or
 * the key before a colon in any column (`| Frist: 2026 |`).
 */
function cellKey(cell: string, first: boolean): { key: string; from: number } | undefined {
  let from = cell.length - cell.trimStart().length;
  const colon = cell.indexOf(':', from);
  let to = first && colon < 0 ? cell.trimEnd().length : colon;
  if (to < 0) return undefined;
  while (from < to && (cell[from] === '*' || cell[from] === '_')) from++;
  while (to > from && (cell[to - 1] === '*' || cell[to - 1] === '_' || cell[to - 1] === ' ')) to--;
  const key = cell.slice(from, to);
  return key && lookupKey(key) ? { key, from } : undefined;
}

/** The rule above or below the rows of a Pandoc simple table: groups of dashes, one per column (Markdown reads a rule). */
const PANDOC_TABLE_RULE = /^ {0,3}-+ +-[ -]*$/;

/** A border of a Pandoc multiline table: a line of dashes only. */
const PANDOC_TABLE_BORDER = /^ {0,3}-{3,}[ \t]*$/;

/**
 * True when the heading at `i` is the last row of a Pandoc multiline table
 * above its bottom border: a setext heading underlined by a border of dashes,
 * right after the table's rule (the table's only row) or after its other rows.
 */
function pandocLastRow(text: string, node: Block & { type: 'heading' }, blocks: readonly Block[], i: number, rowsAt: number): boolean {
  const first = lineEnd(text, node.start);
  if (first >= node.end) return false;
  const underline = text.slice(lineStartOf(text, node.end - 1), node.end);
  if (!PANDOC_TABLE_BORDER.test(underline)) return false;
  const before = blocks[i - 1];
  if (before?.type === 'paragraph' && rowsAt === i - 1) return true;
  return before?.type === 'other' && PANDOC_TABLE_RULE.test(text.slice(before.start, lineEnd(text, before.start))) && multilineTableRule(text, blocks, i - 1);
}

/**
 * True when the rule at `rule` is that of a Pandoc multiline table: the
 * header above it and the table's top border above that (a simple table has
 * no border, and ends at the first blank line).
 */
function multilineTableRule(text: string, blocks: readonly Block[], rule: number): boolean {
  const header = blocks[rule - 1];
  const border = blocks[rule - 2];
  return header?.type === 'paragraph' && border?.type === 'other' && PANDOC_TABLE_BORDER.test(text.slice(border.start, lineEnd(text, border.start)));
}

/**
 * Rows of a Pandoc simple table whose first column is a known key (`Frist      2026`
 * under a `----------  ------` rule, as Pandoc writes a Word table): Markdown reads
 * them as a paragraph, so they would silently be description.
 */
function simpleTableProperties(text: string, para: { start: number; end: number }): ValueProblem[] {
  const problems: ValueProblem[] = [];
  let at = lineStartOf(text, para.start);
  while (at < para.end) {
    const end = Math.min(lineEnd(text, at), para.end);
    const line = text.slice(at, end);
    const from = line.length - line.trimStart().length;
    const gap = line.indexOf('  ', from);
    const key = gap < 0 ? '' : line.slice(from, gap);
    const def = key && lookupKey(key);
    if (def && line.slice(gap).trim()) {
      problems.push({ kind: 'unknown-property', span: { start: at + from, end: at + from + key.length }, messageId: 'tableRow', data: { key, canonical: def.def.canonical } });
    }
    at = end + lineBreakLength(text, end);
    if (at === end) break;
  }
  return problems;
}

/**
 * A list marker Markdown does not read: a bullet character from a word
 * processor (•, ◦, ▪, –, —, …) followed by any space, or `-`, `*`, `+`
 * followed by a non-breaking space (Markdown needs an ordinary one).
 */
const PASTED_BULLET = /^(?:([•◦▪▫●○·‣⁃∙–—])[ \t\u00a0\u202f]+|([-*+])[\u00a0\u202f][ \t\u00a0\u202f]*)/u;

/** A paragraph's text without the lines at `offsets` (trimmed; '' when nothing is left). */
function withoutLinesAt(text: string, para: { start: number; end: number }, offsets: readonly number[]): string {
  const kept: string[] = [];
  let at = para.start;
  while (at < para.end) {
    const end = Math.min(lineEnd(text, at), para.end);
    if (!offsets.some((o) => o >= at && o <= end)) kept.push(text.slice(at, end));
    at = end + lineBreakLength(text, end);
    if (at === end) break;
  }
  return kept.join('\n').trim();
}

/**
 * Lines of a paragraph that start with a known key (`Frist: 2026` without a
 * bullet, as pasted from a word processor): they would silently be
 * description. The fix makes the line a list item; `closeGoal` drops it when
 * the goal already has a property list (the line belongs in that list).
 */
function paragraphProperties(text: string, para: { start: number; end: number }): ValueProblem[] {
  const problems: ValueProblem[] = [];
  /** The key lines as list items: where each line's text is, and what it becomes. */
  const items: { start: number; end: number; newText: string }[] = [];
  /** Whether a line that is not a key line follows the last key line. */
  let textAfter = false;
  let at = para.start;
  while (at < para.end) {
    const end = Math.min(lineEnd(text, at), para.end);
    let from = at;
    while (from < end && (text[from] === ' ' || text[from] === '\t')) from++;
    const line = text.slice(from, end).trimEnd();
    // `• Frist: 2026` or `– Frist: 2026` (a word processor's bullet), `-\u00a0Frist: 2026` (no space Markdown reads).
    const bullet = PASTED_BULLET.exec(line);
    const content = bullet ? line.slice(bullet[0].length) : line;
    const kv = content[0] === '|' ? undefined : splitKeyValue(content);
    if (kv && lookupKey(kv.key)) {
      const keyAt = from + (line.length - content.length);
      const marker = bullet ? (bullet[1] ?? bullet[2]) : undefined;
      problems.push({
        kind: 'unknown-property',
        span: { start: keyAt + kv.keyStart, end: keyAt + kv.keyEnd },
        messageId: marker === undefined ? 'paragraphLine' : bullet![2] ? 'paragraphMarkerSpace' : 'paragraphBullet',
        data: { key: kv.key, canonical: lookupKey(kv.key)!.def.canonical, ...(marker === undefined ? {} : { marker }) },
        suggestion: `- ${content}`,
        fixSpan: { start: from, end: from + line.length },
      });
      items.push({ start: from, end: from + line.length, newText: `- ${content}` });
      textAfter = false;
    } else if (items.length && line) textAfter = true;
    at = end + lineBreakLength(text, end);
    if (at === end) break;
  }
  // One line made a list item makes the lines below it in the paragraph part of that item (Markdown's lazy
  // continuation): `- Område: hr` over `• Frist: 2026` reads as the area «hr • Frist: 2026», and the other lines'
  // findings and fixes are gone. So each line's fix makes all the key lines items at once, and sets text below them
  // off with a blank line.
  if (items.length > 1 || textAfter) {
    const first = items[0]!;
    const last = items[items.length - 1]!;
    let newText = '';
    let from = first.start;
    for (const it of items) {
      newText += text.slice(from, it.start) + it.newText;
      from = it.end;
    }
    if (textAfter) newText += eolOf(text);
    const data: Record<string, string> = items.length > 1 ? { count: String(items.length) } : { suggestion: first.newText };
    const fix: ProblemFix = { messageId: items.length > 1 ? 'listLines' : 'replace', data, span: { start: first.start, end: last.end }, newText, preferred: true };
    for (const p of problems) {
      delete p.suggestion;
      delete p.fixSpan;
      p.fix = fix;
    }
  }
  return problems;
}

/** The line break a document uses (its first one; LF when it has none). */
function eolOf(text: string): string {
  const i = text.search(/\r\n|\r|\n/);
  return i < 0 ? '\n' : text[i] === '\r' && text[i + 1] === '\n' ? '\r\n' : text[i]!;
}

/**
 * `Key: value` lines with a known key indented under an item of a list
 * (a sub-list, or a paragraph of the item): Markdown makes them part of that
 * item, so they would silently be lost. The fix removes the indentation,
 * which makes the line an item of the list itself.
 */
function nestedProperties(text: string, list: Block & { type: 'list' }): ValueProblem[] {
  const problems: ValueProblem[] = [];
  for (const item of list.items) {
    const para = item.paragraph;
    const firstEnd = lineEnd(text, para ? para.end : item.start);
    let at = firstEnd + lineBreakLength(text, firstEnd);
    if (at >= item.end) continue; // the usual one-line item
    // The item's own indentation, bullet and spaces: what an item of this list starts with.
    const contentStart = para?.start ?? item.start + markerOf(text, item).length + 1;
    const prefix = text.slice(lineStartOf(text, item.start), contentStart);
    const parent = itemLabel(text, contentStart, firstEnd);
    let fenced = false;
    while (at < item.end) {
      const end = lineEnd(text, at);
      let from = at;
      while (from < end && (text[from] === ' ' || text[from] === '\t')) from++;
      const rest = text.slice(from, end);
      if (rest.startsWith('```') || rest.startsWith('~~~')) fenced = !fenced;
      else if (!fenced) {
        const marker = /^(?:[-*+]|\d{1,9}[.)])[ \t]+/.exec(rest)?.[0] ?? '';
        const c = from + marker.length;
        const kv = splitKeyValue(text.slice(c, end));
        if (kv && lookupKey(kv.key)) {
          problems.push({
            kind: 'unknown-property',
            span: { start: c + kv.keyStart, end: c + kv.keyEnd },
            messageId: 'nestedItem',
            data: { key: kv.key, parent, canonical: lookupKey(kv.key)!.def.canonical },
            fix: { messageId: 'unindent', span: { start: at, end: c }, newText: prefix, preferred: true },
          });
        }
      }
      at = end + lineBreakLength(text, end);
      if (at === end) break;
    }
  }
  return problems;
}

/** How a message names a list item: its key, or the start of its text. */
function itemLabel(text: string, start: number, end: number): string {
  const line = text.slice(start, end).trim();
  const kv = splitKeyValue(line);
  if (kv) return kv.key;
  return line.length > 40 ? `${line.slice(0, 40).trimEnd()}…` : line;
}

/**
 * An item that is not `Key: value` but starts with a known key and a value,
 * `Frist 2026` or `Frist - 2026`: the colon is missing. Reported with the line as meant.
 */
function missingColon(text: string, start: number, end: number): (ValueProblem & { separator: boolean }) | undefined {
  const line = text.slice(start, end).trimEnd();
  // The key may be one to three words (`Bidrar til`).
  let space = -1;
  for (let words = 0; words < 3; words++) {
    space = line.indexOf(' ', space + 1);
    if (space < 0) return undefined;
    const key = line.slice(0, space);
    const after = line.slice(space + 1).trim();
    // `Støtter - DS19-M2`, `Frist = 2026`: a dash or equals sign where the colon belongs.
    const separator = /^[-–—=]\s/.test(after);
    const value = separator ? after.slice(1).trim() : after;
    if (value && lookupKey(key)) {
      return {
        separator,
        kind: 'unknown-property',
        span: { start, end: start + key.length },
        messageId: 'missingColon',
        data: { key, written: line },
        suggestion: `${key}: ${value}`,
        fixSpan: { start, end: start + line.length },
      };
    }
  }
  return undefined;
}

/**
 * A known key wrapped over two lines of an item, `- Bidrar` newline `  til: storby#x`
 * (Pandoc and Word exports wrap long lines): the colon is on the second line,
 * and the two lines joined make a `Key: value` item. The fix joins them.
 */
function splitKey(text: string, start: number, end: number): ValueProblem | undefined {
  const firstEnd = lineEnd(text, start);
  if (firstEnd >= end) return undefined;
  const first = text.slice(start, firstEnd).trimEnd();
  if (!first || first.includes(':')) return undefined;
  let next = firstEnd + lineBreakLength(text, firstEnd);
  while (next < end && (text[next] === ' ' || text[next] === '\t')) next++;
  const joined = `${first} ${text.slice(next, Math.min(lineEnd(text, next), end)).trimEnd()}`;
  const kv = splitKeyValue(joined);
  const def = kv && lookupKey(kv.key);
  if (!kv || !def || kv.keyStart !== 0) return undefined;
  // Offsets in `joined` after the first line are one space short of the second line's.
  const at = (k: number) => (k <= first.length ? start + k : next + k - first.length - 1);
  return {
    kind: 'unknown-property',
    span: { start: at(kv.keyStart), end: at(kv.keyEnd) },
    messageId: 'splitKey',
    data: { key: kv.key, joined, canonical: def.def.canonical },
    fix: { messageId: 'joinLines', span: { start: start + first.length, end: next }, newText: ' ', preferred: true },
  };
}

/**
 * The length of a task list's checkbox, `[ ] ` or `[x] `, opening a list
 * item's text at `at` (0 when there is none): like the bullet, it is the
 * item's markup, and the item's text starts after it.
 */
function taskBoxLength(text: string, at: number): number {
  return /^\[[ xX]\][ \t]+/.exec(text.slice(at, at + 16))?.[0].length ?? 0;
}

/**
 * The `]` of a Pandoc span that holds all of `from`–`to` (`[Frist: 2026]{lang="nb-NO"}`,
 * `[` at `from`), or -1: the last `]` of the text, followed by attributes that end it.
 */
function spanWrapperClose(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  if (text[end - 1] !== '}') return -1;
  let close = end - 1;
  while (close > from && text[close] !== ']') close--;
  // A link or another span inside (`[a](b) …]`) makes the brackets ambiguous: left as written.
  if (close <= from || text.slice(from + 1, close).includes('[')) return -1;
  return spanAttributesEnd(text, close) === end ? close : -1;
}

/**
 * The length of the Word bookmarks at `at` (`[]{#_Hlk161234567 .anchor}`, as
 * Pandoc writes them, one or more; 0 when there is none): they show as
 * nothing, so the item's text starts after them.
 */
function bookmarksLength(text: string, at: number): number {
  let k = at;
  for (let m; text.startsWith('[]{#', k) && (m = /^\[\]\{#[^{}[\]\s]{1,100}(?:[ \t]+[.#][^{}[\]\s]{1,100}){0,5}\}/.exec(text.slice(k, k + 720))); ) k += m[0].length;
  return k - at;
}

/**
 * Lines with a known key inside a block quote under a goal (a callout,
 * `> [!note]`, or a quoted list, `> - Frist: 2026`): Markdown makes them part
 * of the quote, so they would silently be lost. The fix makes the line a list
 * item outside the quote; not preferred, as the author may mean the quote.
 */
function quoteProperties(text: string, quote: { start: number; end: number }): ValueProblem[] {
  return keyLines(text, quote.start, quote.end, 'blockQuote', (at, end) => {
    let from = at;
    while (from < end && (text[from] === ' ' || text[from] === '\t' || text[from] === '>')) from++;
    from += /^(?:[-*+]|\d{1,9}[.)])[ \t]+/.exec(text.slice(from, Math.min(end, from + 16)))?.[0].length ?? 0;
    from += taskBoxLength(text, from);
    return { from, fix: { messageId: 'unquote', span: { start: at, end: from }, newText: '- ' } };
  });
}

/**
 * Lines with a known key in indented code under a goal: a property list
 * indented with a tab or four spaces (as PDF and Word copies paste it), which
 * Markdown shows as code. Each is reported on its key, with a fix that removes
 * the indentation. A fenced block (```) is left alone: its author chose code.
 */
function indentedCodeProperties(text: string, code: { start: number; end: number }): ValueProblem[] {
  const first = lineStartOf(text, code.start);
  if (!/^(?: {4}| {0,3}\t)/.test(text.slice(first, first + 5))) return [];
  return keyLines(text, first, code.end, 'indentedCode', (at, end) => {
    let from = at;
    while (from < end && (text[from] === ' ' || text[from] === '\t')) from++;
    const fix = { messageId: 'unindent', span: { start: at, end: from }, newText: '' };
    from += /^[-*+][ \t]+/.exec(text.slice(from, Math.min(end, from + 16)))?.[0].length ?? 0;
    return { from, fix };
  });
}

/**
 * The lines from `start` to `end` that start with a known key once `read`
 * has skipped what stands before it (`from`), each reported as
 * `unknown-property` `messageId` on its key, with the fix `read` gives for the line.
 */
function keyLines(text: string, start: number, end: number, messageId: string, read: (at: number, end: number) => { from: number; fix: NonNullable<ValueProblem['fix']> }): ValueProblem[] {
  const problems: ValueProblem[] = [];
  let at = start;
  while (at < end) {
    const stop = Math.min(lineEnd(text, at), end);
    const { from, fix } = read(at, stop);
    const kv = splitKeyValue(text.slice(from, stop));
    const def = kv && lookupKey(kv.key);
    if (kv && def) {
      problems.push({ kind: 'unknown-property', span: { start: from + kv.keyStart, end: from + kv.keyEnd }, messageId, data: { key: kv.key, canonical: def.def.canonical }, fix });
    }
    at = stop + lineBreakLength(text, stop);
    if (at === stop) break;
  }
  return problems;
}

/** A list item's marker as written: `-`, `*`, `+`, `1.`, `2)`. */
function markerOf(text: string, item: { start: number }): string {
  return /^(?:[-*+]|\d{1,9}[.)])/.exec(text.slice(item.start, item.start + 10))?.[0] ?? '-';
}

function readGoalHeading(uri: string, text: string, node: Block & { type: 'heading' }, problems: ValueProblem[]): Goal | undefined {
  const start = node.start;
  // The ID ends the heading's first line (a setext heading's underline follows on the next line).
  const lineText = text.slice(start, lineEnd(text, start));
  const m = headingIdMatch(lineText);
  if (!m) {
    const line = trimEndInvisible(lineText);
    const miss = headingIdNearMiss(line);
    if (miss) {
      const span = { start: start + miss.at, end: start + miss.at + miss.written.length };
      const problem: ValueProblem = { kind: 'invalid-value', span, messageId: miss.messageId, data: { value: miss.written, suggestion: miss.suggestion } };
      if (miss.moved === undefined) problem.suggestion = miss.suggestion;
      else problem.fix = { messageId: 'moveId', data: { value: miss.written }, span: { start: span.start, end: start + line.length }, newText: miss.moved, preferred: true };
      problems.push(problem);
    } else {
      // `## Felles HR <a id="felles-hr"></a>`: an ID given as an HTML anchor.
      const anchor = anchorInHeading(line, start, node.depth);
      if (anchor) problems.push(anchor);
    }
    return undefined;
  }
  const idStart = start + m.index + 2;
  // An å written as a + combining ring (from a PDF or a Mac) is å, and a soft hyphen or zero-width space pasted
  // into it is nothing: the author sees `små-skule`, so that is the ID (finishDocument reports the hidden character).
  const id = withoutInvisible(m[1]!).normalize('NFC');
  // The title is the heading's content before `{#id}`: skip the `#`s and spaces.
  const contentStart = start + (/^\s*#*\s*/.exec(lineText)?.[0].length ?? 0);
  // Pandoc escapes a typed `{#id}` as `\{#id}`: the backslash is not part of the title.
  const rawTitle = text.slice(contentStart, start + m.index - (text[start + m.index - 1] === '\\' ? 1 : 0));
  const written = rawTitle.trim();
  const titleStart = contentStart + (rawTitle.length - rawTitle.trimStart().length);
  // Messages name the goal by its title as rendered: `*viktig*` → `viktig`, a tab or two spaces → one space.
  const rendered = renderInline(written);
  const title = rendered ? rendered.text.replace(/\s+/g, ' ').trim() : /\s\s|[\t\v\f]/.test(written) ? written.replace(/\s+/g, ' ') : written;
  return newGoal({
    uri,
    id,
    title,
    idSpan: { start: idStart, end: idStart + m[1]!.length },
    titleSpan: { start: titleStart, end: titleStart + written.length },
    headingSpan: { start, end: lineEnd(text, start) },
    level: node.depth,
    // A new property list goes below the heading: for a setext heading, below its underline (`---`), which it
    // would otherwise turn into a list item's setext underline or a thematic break.
    insertAt: { offset: lineEnd(text, Math.max(start, node.end)), indent: '', format: 'markdown' },
  });
}

/**
 * Reads a bullet list as a property list when at least one item is a `Key: value`
 * item with a known key (or `Key - value`); otherwise the list is prose and undefined is returned.
 * Items that miss the colon after a known key go to `problems`. A list `continued` after a
 * comment is the rest of the property list, with or without a known key.
 */
function readPropertyList(text: string, list: Block & { type: 'list' }, problems: ValueProblem[], continued = false): Property[] | undefined {
  const props: Property[] = [];
  let anyKnown = continued;
  for (const item of list.items) {
    const para = item.paragraph;
    const itemStart = item.start;
    const itemEnd = item.end;
    if (!para) {
      props.push(unknownItem(text, itemStart, itemStart, itemEnd));
      continue;
    }
    let pEnd = para.end;
    const boxEnd = para.start + taskBoxLength(text, para.start);
    let pStart = Math.min(boxEnd + bookmarksLength(text, boxEnd), pEnd);
    // `[Frist: 2026]{lang="nb-NO"}`: the whole item in a Pandoc span (Word text in another proofing
    // language than the document's) is the item's text.
    const wrapped = text[pStart] === '[' ? spanWrapperClose(text, pStart, pEnd) : -1;
    if (wrapped > 0) {
      pStart++;
      pEnd = wrapped;
    }
    // Properties are one line; continuation lines belong to the value.
    const raw = text.slice(pStart, pEnd);
    const kv = splitKeyValue(raw);
    if (!kv) {
      const split = splitKey(text, pStart, pEnd);
      if (split) {
        anyKnown = true;
        problems.push(split);
        continue;
      }
      const guess = missingColon(text, pStart, Math.min(lineEnd(text, pStart), pEnd));
      if (guess) {
        // `Frist - 2026` is a property written with the wrong separator; `Frist 2026` may be prose.
        if (guess.separator) anyKnown = true;
        const { separator: _, ...problem } = guess;
        problems.push(problem);
      } else props.push(unknownItem(text, pStart, itemStart, itemEnd));
      continue;
    }
    // `**Frist: 2026**`: the emphasis opened before the key closes at the end of the value, which ends before it
    // (a value added by a fix stays inside the bold).
    const valueEnd = kv.open && raw.trimEnd().endsWith(kv.open) ? raw.trimEnd().length - kv.open.length : raw.length;
    const p = makeProperty(
      kv.key,
      { start: pStart + kv.keyStart, end: pStart + kv.keyEnd },
      raw.slice(kv.valueStart, Math.max(kv.valueStart, valueEnd)),
      { start: pStart + kv.valueStart, end: pStart + Math.max(kv.valueStart, valueEnd) },
      { start: itemStart, end: itemEnd },
      true,
    );
    // A misspelt key still marks the list as properties, so the typo is reported rather than ignored.
    if (p.known || didYouMean(kv.key, allKeySpellings())) anyKnown = true;
    props.push(p);
    if (p.known && !p.value) {
      const struck = allStruck(text, pStart + kv.valueStart, pEnd, itemStart, itemEnd, p);
      if (struck) problems.push(struck);
      else {
        const below = valuesInSubList(text, pStart + kv.valueStart, itemEnd, p);
        if (below) problems.push(below);
      }
    }
  }
  return anyKnown ? props : undefined;
}

/** Kinds whose empty value the interpreter reports (`empty`): a struck-out value of these is an error. */
const EMPTY_IS_ERROR = new Set(['date', 'number', 'direction', 'priority', 'status']);

/**
 * A property whose whole value is struck through (`Frist: ~~2025~~`, a
 * deletion in Word's track changes): it has no value, though the author sees
 * text there. Reported on the struck text, with a fix that removes the line;
 * the interpreter's `empty` for it is dropped (`withoutEmptyStruck`).
 */
function allStruck(text: string, from: number, to: number, itemStart: number, itemEnd: number, p: Property): ValueProblem | undefined {
  const end = Math.min(lineEnd(text, from), to);
  const raw = text.slice(from, end);
  const written = raw.trim();
  if (!written.includes('~~')) return undefined;
  const start = from + (raw.length - raw.trimStart().length);
  const problem: ValueProblem = { kind: 'invalid-value', span: { start, end: start + written.length }, messageId: 'struckValue', data: { key: p.rawKey, value: written } };
  if (!EMPTY_IS_ERROR.has(keyDef(p.key)?.kind ?? '')) problem.severity = 'warning';
  const lineStart = lineStartOf(text, itemStart);
  if (lineEnd(text, itemStart) >= itemEnd && /^[ \t]*$/.test(text.slice(lineStart, itemStart))) {
    problem.fix = { messageId: 'removeLine', span: { start: lineStart, end: itemEnd + lineBreakLength(text, itemEnd) }, newText: '' };
  }
  return problem;
}

/** Keys whose values are text: points below such a key are joined with `; `, the values of other keys with `, `. */
const TEXT_KINDS = new Set(['text']);

/**
 * A property with nothing after its key and its values as a list below it,
 * as Word's bullet lists paste them (`- Støtter:` and then `  - DS19-M1`,
 * `  - DN30-M1`): a property is read from its own line, so the values are
 * not read. Reported on the key (as unknown-property, so that goal-unlinked
 * and goal-not-measurable point there), with a fix that writes the values on
 * the key's line. Only when every line below is a one-line point without a
 * key (keys there are reported by `nestedProperties`).
 */
function valuesInSubList(text: string, valueStart: number, itemEnd: number, p: Property): ValueProblem | undefined {
  const keyLineEnd = lineEnd(text, valueStart);
  if (text.slice(valueStart, keyLineEnd).trim() !== '') return undefined;
  const values: string[] = [];
  let last = keyLineEnd;
  for (let at = keyLineEnd + lineBreakLength(text, keyLineEnd); at < itemEnd; ) {
    const end = lineEnd(text, at);
    const line = text.slice(at, end);
    if (line.trim() !== '') {
      const point = /^[ \t]+(?:[-*+]|\d{1,9}[.)])[ \t]+(\S.*)$/.exec(line);
      if (!point || point[1]!.length > 300) return undefined;
      const kv = splitKeyValue(point[1]!);
      if (kv && lookupKey(kv.key)) return undefined;
      values.push(point[1]!.trim());
      last = end;
    }
    const next = end + lineBreakLength(text, end);
    if (next === at || next === end) break;
    at = next;
  }
  if (!values.length) return undefined;
  const joined = values.join(TEXT_KINDS.has(keyDef(p.key)?.kind ?? '') ? '; ' : ', ');
  return {
    kind: 'unknown-property',
    span: p.keySpan,
    messageId: 'valuesBelow',
    data: { key: p.rawKey, suggestion: `${p.rawKey}: ${joined}`, canonical: p.key },
    fix: { messageId: 'valuesOnLine', data: { key: p.rawKey }, span: { start: valueStart, end: last }, newText: ` ${joined}`, preferred: true },
  };
}

/** `problems` without the interpreter's `empty` for a value reported as all struck through (`struckValue`). */
function withoutEmptyStruck(problems: ValueProblem[]): ValueProblem[] {
  const struckEnds = new Set(problems.filter((p) => p.messageId === 'struckValue').map((p) => p.span.end));
  if (!struckEnds.size) return problems;
  return problems.filter((p) => !(p.messageId === 'empty' && p.span.start === p.span.end && struckEnds.has(p.span.end)));
}

function unknownItem(text: string, contentStart: number, itemStart: number, itemEnd: number): Property {
  const end = Math.min(lineEnd(text, contentStart), itemEnd);
  const raw = text.slice(contentStart, end);
  const span: Span = { start: contentStart, end: contentStart + raw.trimEnd().length };
  return newProperty({ key: '', rawKey: raw.trim(), known: false }, span, '', { start: span.end, end: span.end }, NONE, { start: itemStart, end: itemEnd });
}

function firstLineEnd(text: string, from: number): number {
  return lineEnd(text, from);
}

/** Offset of the end of the line containing `from` (before the line break). */
export function lineEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

function lineBreakLength(text: string, at: number): number {
  if (text[at] === '\r' && text[at + 1] === '\n') return 2;
  return text[at] === '\n' || text[at] === '\r' ? 1 : 0;
}

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}
