/**
 * Markdown strategy documents: YAML front matter for the document's metadata,
 * goals as headings ending in `{#id}`, properties as the first `Key: value`
 * bullet list under the goal heading, prose as the description.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root, RootContent, Heading, List } from 'mdast';
import type { Goal, Property, Span, StrategyDocument } from '../types.js';
import { parseYamlTree } from './yamlTree.js';
import { makeProperty, splitKeyValue } from './properties.js';
import { readDocumentHead } from './documentHead.js';
import { newGoal, finishDocument } from './goalBuilder.js';
import { allKeySpellings } from '../model/vocabulary.js';
import { didYouMean } from '../text/normalize.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** `{#id}` at the end of a heading, optionally followed by closing #s. */
const HEADING_ID = /\{#([^{}\s]*)\}\s*#*\s*$/u;

export function parseMarkdown(uri: string, text: string): StrategyDocument {
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
  const tree = processor.parse(text) as Root;
  const children = tree.children;

  let startIndex = 0;
  const first = children[0];
  if (first && first.type === 'yaml') {
    startIndex = 1;
    const s = first.position!.start.offset!;
    const end = first.position!.end.offset!;
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
  const description: string[] = [];

  const closeGoal = () => {
    if (current) current.description = description.join('\n\n').trim();
    description.length = 0;
  };

  for (let i = startIndex; i < children.length; i++) {
    const node = children[i]!;
    if (node.type === 'heading') {
      closeGoal();
      while (stack.length && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
      const goal = readGoalHeading(uri, text, node);
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
        const last = node.position!.end.offset!;
        const lastItem = node.children[node.children.length - 1]!;
        current.insertAt = {
          offset: lineEnd(text, last),
          indent: text.slice(lineStartOf(text, lastItem.position!.start.offset!), lastItem.position!.start.offset!),
          format: 'markdown',
        };
        propertiesDone = true;
        continue;
      }
    }
    description.push(sourceOf(text, node).trim());
  }
  closeGoal();
  return finishDocument(doc);
}

function readGoalHeading(uri: string, text: string, node: Heading): Goal | undefined {
  const start = node.position!.start.offset!;
  // The ID ends the heading's first line (a setext heading's underline follows on the next line).
  const lineText = text.slice(start, lineEnd(text, start));
  const m = HEADING_ID.exec(lineText);
  if (!m) return undefined;
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
function readPropertyList(text: string, list: List): Property[] | undefined {
  const props: Property[] = [];
  let anyKnown = false;
  for (const item of list.children) {
    const para = item.children[0];
    const itemStart = item.position!.start.offset!;
    const itemEnd = item.position!.end.offset!;
    if (!para || para.type !== 'paragraph') {
      props.push(unknownItem(text, item.position!.start.offset!, itemStart, itemEnd));
      continue;
    }
    const pStart = para.position!.start.offset!;
    const pEnd = para.position!.end.offset!;
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
  return { key: '', rawKey: raw.trim(), known: false, keySpan: span, value: '', valueSpan: { start: span.end, end: span.end }, items: [], span: { start: itemStart, end: itemEnd } };
}

function sourceOf(text: string, node: RootContent): string {
  const p = node.position;
  return p ? text.slice(p.start.offset!, p.end.offset!) : '';
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
