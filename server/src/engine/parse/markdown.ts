/**
 * Markdown strategy documents: YAML front matter for the document's metadata,
 * goals as headings ending in `{#id}`, properties as the first `Key: value`
 * bullet list under the goal heading, prose as the description.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root, RootContent } from 'mdast';
import type { Goal, Property, Span, StrategyDocument, ValueProblem } from '../types.js';
import { parseYamlTree } from './yamlTree.js';
import { makeProperty, newProperty, splitKeyValue } from './properties.js';
import { NONE } from './compact.js';
import { readDocumentHead } from './documentHead.js';
import { newGoal, finishDocument, goalIdFrom, type GoalProblem } from './goalBuilder.js';
import { allKeySpellings, lookupKey } from '../model/vocabulary.js';
import { didYouMean } from '../text/normalize.js';
import { fromMdast, scanBlocks, type Block } from './blockScan.js';

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
 * many spaces would backtrack quadratically.
 */
const HEADING_ID = /\{#([^{}\s]*)\}(?:\s*#+)?$/u;

/**
 * An ID with spaces at the end of a heading, `{# felles-hr }` or `{#felles hr}`:
 * meant as a goal, but not one, so the author is told. Found from the last `{`
 * with a regex anchored there, so a long line cannot make it backtrack.
 */
function spacedHeadingId(line: string): { at: number; written: string; suggestion: string } | undefined {
  const at = line.lastIndexOf('{');
  if (at < 0) return undefined;
  const m = /^\{\s*#([^{}]*)\}(?:\s*#+)?$/u.exec(line.slice(at));
  const inner = m?.[1]!.trim();
  if (!m || !inner) return undefined;
  return { at, written: m[0].slice(0, m[0].indexOf('}') + 1), suggestion: `{#${goalIdFrom(inner)}}` };
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
  const children = markdownBlocks(text, options);

  let startIndex = 0;
  const first = children[0];
  if (first && first.type === 'yaml') {
    startIndex = 1;
    const s = first.start;
    const end = first.end;
    const contentStart = firstLineEnd(text, s) + lineBreakLength(text, firstLineEnd(text, s));
    doc.headSpan = { start: s, end: firstLineEnd(text, s) };
    const contentEnd = text.lastIndexOf('---', end) > contentStart ? text.lastIndexOf('---', end) : end;
    const yaml = parseYamlTree(text.slice(contentStart, contentEnd), contentStart);
    readDocumentHead(doc, yaml, { start: s, end });
  } else if (/^---\s*(\r?\n|\r)/.test(text)) {
    // An opening fence without a closing one: remark does not see front matter at all.
    doc.problems.push({
      message: {
        en: 'The front matter starting here is not closed: add a line with `---` after the last key.',
        nb: 'Front matter som starter her, er ikke avsluttet: legg til en linje med `---` etter siste nøkkel.',
        nn: 'Front matter som startar her, er ikkje avslutta: legg til ei linje med `---` etter siste nøkkel.',
      },
      span: { start: 0, end: 3 },
    });
  }

  // Stack of open headings (goal or structure) for the sub-goal relation.
  const stack: { depth: number; goal?: Goal }[] = [];
  let current: Goal | undefined;
  let propertiesDone = false;
  /** The goal's property list, while it is the block just read (a list right after it with another bullet is a new list). */
  let previousPropertyList: (Block & { type: 'list' }) | undefined;
  const description: string[] = [];
  const stray: GoalProblem[] = [];

  const closeGoal = () => {
    if (current) current.description = description.join('\n\n').trim();
    description.length = 0;
  };

  for (let i = startIndex; i < children.length; i++) {
    const node = children[i]!;
    const afterPropertyList = previousPropertyList;
    previousPropertyList = undefined;
    if (node.type === 'heading') {
      closeGoal();
      while (stack.length && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
      const goal = readGoalHeading(uri, text, node, doc.valueProblems);
      if (goal) {
        const parent = [...stack].reverse().find((e) => e.goal)?.goal;
        if (parent) {
          goal.parentId = parent.id;
          parent.childIds.push(goal.id);
        }
        doc.goals.push(goal);
      }
      stack.push(goal ? { depth: node.depth, goal } : { depth: node.depth });
      current = goal;
      propertiesDone = false;
      continue;
    }
    if (!current) continue;
    if (node.type === 'list' && !propertiesDone && !node.ordered) {
      const props = readPropertyList(text, node);
      if (props) {
        current.properties.push(...props);
        const lastItem = node.items[node.items.length - 1]!;
        current.insertAt = {
          offset: lineEnd(text, node.end),
          indent: text.slice(lineStartOf(text, lastItem.start), lastItem.start),
          format: 'markdown',
        };
        propertiesDone = true;
        previousPropertyList = node;
        continue;
      }
    }
    if (node.type === 'list') for (const problem of strayProperties(text, node, afterPropertyList)) stray.push({ goal: current, problem });
    if (node.type === 'paragraph') for (const problem of tableProperties(text, node)) stray.push({ goal: current, problem });
    description.push(text.slice(node.start, node.end).trim());
  }
  closeGoal();
  return finishDocument(doc, stray);
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
    const kv = splitKeyValue(text.slice(para.start, para.end));
    if (!kv || !lookupKey(kv.key)) continue;
    const marker = markerOf(text, item);
    const markerSpan = { start: item.start, end: item.start + marker.length };
    const span = { start: para.start + kv.keyStart, end: para.start + kv.keyEnd };
    const data = { key: kv.key, marker, expected };
    // The numbered list, or the list right after the property list: a new bullet makes it (part of) a property list.
    if (list.ordered || propertyList) problems.push({ kind: 'unknown-property', span, messageId: list.ordered ? 'orderedList' : 'newBullet', data, suggestion: expected, fixSpan: markerSpan });
    else problems.push({ kind: 'unknown-property', span, messageId: 'laterList', data });
  }
  return problems;
}

/**
 * Rows of a Markdown table whose first cell is a known key (`| Frist | 2026 |`):
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
      const cell = line.slice(bar + 1).split('|')[0]!;
      // `| **Frist** |`: the key without its emphasis.
      let from = cell.length - cell.trimStart().length;
      let to = cell.trimEnd().length;
      while (from < to && (cell[from] === '*' || cell[from] === '_')) from++;
      while (to > from && (cell[to - 1] === '*' || cell[to - 1] === '_')) to--;
      const key = cell.slice(from, to).trim();
      if (key && lookupKey(key)) {
        const start = at + bar + 1 + from;
        problems.push({ kind: 'unknown-property', span: { start, end: start + key.length }, messageId: 'tableRow', data: { key } });
      }
    }
    at = end + lineBreakLength(text, end);
    if (at === end) break;
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
  const m = HEADING_ID.exec(lineText.trimEnd());
  if (!m) {
    const spaced = spacedHeadingId(lineText.trimEnd());
    if (spaced) problems.push({ kind: 'invalid-value', span: { start: start + spaced.at, end: start + spaced.at + spaced.written.length }, messageId: 'goalIdSpaces', data: { value: spaced.written, suggestion: spaced.suggestion }, suggestion: spaced.suggestion });
    return undefined;
  }
  const idStart = start + m.index + 2;
  const id = m[1]!;
  // The title is the heading's content before `{#id}`: skip the `#`s and spaces.
  const contentStart = start + (/^\s*#*\s*/.exec(lineText)?.[0].length ?? 0);
  const rawTitle = text.slice(contentStart, start + m.index);
  const title = rawTitle.trim();
  const titleStart = contentStart + (rawTitle.length - rawTitle.trimStart().length);
  return newGoal({
    uri,
    id,
    title,
    idSpan: { start: idStart, end: idStart + id.length },
    titleSpan: { start: titleStart, end: titleStart + title.length },
    headingSpan: { start, end: lineEnd(text, start) },
    level: node.depth,
    insertAt: { offset: lineEnd(text, start), indent: '', format: 'markdown' },
  });
}

/**
 * Reads a bullet list as a property list when at least one item is a `Key: value`
 * item with a known key; otherwise the list is prose and undefined is returned.
 */
function readPropertyList(text: string, list: Block & { type: 'list' }): Property[] | undefined {
  const props: Property[] = [];
  let anyKnown = false;
  for (const item of list.items) {
    const para = item.paragraph;
    const itemStart = item.start;
    const itemEnd = item.end;
    if (!para) {
      props.push(unknownItem(text, itemStart, itemStart, itemEnd));
      continue;
    }
    const pStart = para.start;
    const pEnd = para.end;
    // Properties are one line; continuation lines belong to the value.
    const raw = text.slice(pStart, pEnd);
    const kv = splitKeyValue(raw);
    if (!kv) {
      props.push(unknownItem(text, pStart, itemStart, itemEnd));
      continue;
    }
    const p = makeProperty(
      kv.key,
      { start: pStart + kv.keyStart, end: pStart + kv.keyEnd },
      raw.slice(kv.valueStart),
      { start: pStart + kv.valueStart, end: pEnd },
      { start: itemStart, end: itemEnd },
    );
    // A misspelt key still marks the list as properties, so the typo is reported rather than ignored.
    if (p.known || didYouMean(kv.key, allKeySpellings())) anyKnown = true;
    props.push(p);
  }
  return anyKnown ? props : undefined;
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
