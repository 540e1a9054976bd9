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
  /** The whole goal: heading (or YAML entry) and properties, containing its sub-goals. */
  span: Span;
  /** The goal ID. */
  selection: Span;
  children: GoalSymbol[];
  /** The document owner, for workspace symbols. */
  container?: string;
}

function ownSpan(g: Goal): Span {
  let start = Math.min(g.headingSpan.start, g.idSpan.start, g.titleSpan.start);
  let end = Math.max(g.headingSpan.end, g.idSpan.end, g.titleSpan.end);
  for (const p of g.properties) {
    start = Math.min(start, p.span.start);
    end = Math.max(end, p.span.end);
  }
  return { start, end };
}

export function documentSymbols(doc: StrategyDocument): GoalSymbol[] {
  const byId = new Map<string, GoalSymbol>();
  const roots: GoalSymbol[] = [];
  const all: { goal: Goal; sym: GoalSymbol }[] = [];
  for (const g of doc.goals) {
    const sym: GoalSymbol = { name: g.title || g.id, detail: `#${g.id}`, uri: doc.uri, span: ownSpan(g), selection: g.idSpan, children: [] };
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
  const q = query.toLowerCase().replace(/\s+/g, '');
  const matches = (s: string) => {
    let i = 0;
    for (const c of s.toLowerCase()) if (c === q[i]) i++;
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
