/**
 * Document symbols (the goal tree of one document) and workspace symbols
 * (the goals of every member).
 *
 * Example: `documentSymbols(doc)` → `[{ name: 'Felles lønns- og personalsystem …',
 * detail: 'ikt-fjord#felles-lonn-hr', children: [{ name: 'Opplæring …' }] }]`.
 */
import type { Goal, Span, StrategyDocument } from '../types.js';
import type { LanguageContext } from './context.js';

export interface GoalSymbol {
  name: string;
  detail: string;
  uri: string;
  /** The whole goal: heading (or YAML entry), properties and, in Markdown, its description, containing its sub-goals. */
  span: Span;
  /** The goal ID. */
  selection: Span;
  children: GoalSymbol[];
  /** The document owner, for workspace symbols. */
  container?: string;
}

function ownSpan(g: Goal, doc?: StrategyDocument): Span {
  let start = Math.min(g.headingSpan.start, g.idSpan.start, g.titleSpan.start);
  let end = Math.max(g.headingSpan.end, g.idSpan.end, g.titleSpan.end);
  for (const p of g.properties) {
    start = Math.min(start, p.span.start);
    end = Math.max(end, p.span.end);
  }
  // A Markdown goal's description (prose before or after its list) runs to the next heading.
  if (doc?.format === 'markdown') end = Math.max(end, sectionEnd(doc.text, end));
  return { start, end };
}

/**
 * Where the Markdown section that `from` is in ends: before the next ATX
 * heading outside a code fence, without the blank lines in front of it.
 */
function sectionEnd(text: string, from: number): number {
  let lineStart = text.indexOf('\n', from) + 1;
  let lastText = from;
  let fence: string | undefined;
  while (lineStart > 0 && lineStart < text.length) {
    const next = text.indexOf('\n', lineStart);
    const lineEnd = next < 0 ? text.length : next;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const trimmed = line.trimStart();
    const indent = line.length - trimmed.length;
    const marker = indent <= 3 && (trimmed.startsWith('```') || trimmed.startsWith('~~~')) ? trimmed.slice(0, 3) : undefined;
    if (fence) {
      if (marker === fence) fence = undefined;
    } else if (marker) {
      fence = marker;
    } else if (indent <= 3 && isAtxHeading(trimmed)) {
      return lastText;
    }
    if (trimmed !== '') lastText = lineStart + line.length;
    lineStart = next < 0 ? -1 : next + 1;
  }
  return lastText;
}

/** `#`…`######` followed by a space, a tab or the end of the line. */
function isAtxHeading(line: string): boolean {
  let n = 0;
  while (n < line.length && line[n] === '#') n++;
  return n >= 1 && n <= 6 && (n === line.length || line[n] === ' ' || line[n] === '\t');
}

/**
 * A goal's name in the outline: its title, else its ID, else its first line
 * as written (`- id: ""` while the ID is typed between quotes the editor
 * closed). Never empty: an editor refuses a whole outline with a nameless symbol.
 */
function symbolName(g: Goal, doc: StrategyDocument): string {
  return g.title.trim() || g.id.trim() || doc.text.slice(g.headingSpan.start, g.headingSpan.end).trim() || '#';
}

export function documentSymbols(doc: StrategyDocument): GoalSymbol[] {
  const byId = new Map<string, GoalSymbol>();
  const roots: GoalSymbol[] = [];
  const all: { goal: Goal; sym: GoalSymbol }[] = [];
  for (const g of doc.goals) {
    const sym: GoalSymbol = { name: symbolName(g, doc), detail: `#${g.id}`, uri: doc.uri, span: ownSpan(g, doc), selection: g.idSpan, children: [] };
    all.push({ goal: g, sym });
    const parent = g.parentId ? byId.get(g.parentId) : undefined;
    (parent ? parent.children : roots).push(sym);
    if (!byId.has(g.id)) byId.set(g.id, sym);
  }
  // A parent's range must contain its children's ranges.
  const widen = (s: GoalSymbol): Span => {
    for (const c of s.children) {
      const cs = widen(c);
      s.span = { start: Math.min(s.span.start, cs.start), end: Math.max(s.span.end, cs.end) };
    }
    return s.span;
  };
  roots.forEach(widen);
  return roots;
}

/** Goals of all workspaces whose key or title contains every character of `query`, in order. */
export function workspaceSymbols(ctx: LanguageContext, query: string): GoalSymbol[] {
  // Characters, not UTF-16 units (an emoji is one), composed: a title from a PDF may write «å» as a and a ring.
  const q = [...query.normalize('NFC').toLowerCase().replace(/\s+/g, '')];
  const matches = (s: string) => {
    let i = 0;
    for (const c of s.normalize('NFC').toLowerCase()) if (c === q[i]) i++;
    return i >= q.length;
  };
  const out: GoalSymbol[] = [];
  for (const ws of ctx.workspaces) {
    for (const g of ws.goals) {
      if (q && !matches(g.key) && !matches(g.title)) continue;
      out.push({ name: g.title || g.id, detail: g.key, uri: g.uri, span: ownSpan(g), selection: g.idSpan, children: [], container: ws.members.get(g.owner)?.name ?? g.owner });
      if (out.length >= 500) return out;
    }
  }
  return out;
}
