/**
 * What is at an offset of a strategy document: a goal heading (or YAML `id`),
 * a property key, an objective ID, a goal reference, a member id or another
 * property value. Spans are inclusive at both ends, so a cursor right after a
 * word still finds it.
 *
 * Example: in `- Støtter: DS19-M2` with the cursor on `M2`,
 * `locate(ws, doc, offset)` → `{ kind: 'objective', id: 'DS19-M2', objective, … }`.
 */
import type { Goal, GoalRef, Objective, Property, Span, StrategyDocument, ValueItem } from '../types.js';
import type { WorkspaceModel } from '../workspaceModel.js';
import { keyDef } from '../model/vocabulary.js';
import { parseGoalRef, writtenRef } from '../model/interpret.js';
import { isAll, isNone } from '../text/normalize.js';

export type Located =
  | { kind: 'goal'; goal: Goal; span: Span }
  | { kind: 'key'; goal?: Goal; property: Property; span: Span }
  | { kind: 'objective'; goal: Goal; property: Property; item: ValueItem; id: string; objective?: Objective; span: Span }
  | { kind: 'goal-ref'; goal: Goal; property: Property; ref: GoalRef; target?: Goal; span: Span }
  | { kind: 'member'; goal?: Goal; property?: Property; id: string; span: Span }
  | { kind: 'value'; goal: Goal; property: Property; item: ValueItem; span: Span };

export function within(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/**
 * Goal references of a property, with their exact spans in `source`, the
 * document's text (for `accepts`, only the `owner#id` part: measured on the
 * source, where an «å» read composed may be written decomposed).
 */
export function refsOf(property: Property, source: string): GoalRef[] {
  if (!property.known) return [];
  const kind = keyDef(property.key)?.kind;
  if (kind === 'goal-refs') return property.items.flatMap((it) => parseGoalRef(it) ?? []);
  if (kind === 'accepts') {
    return property.items.flatMap((it) => {
      const m = /^[\p{L}\p{N}_-]*#[\p{L}\p{N}_-]+/u.exec(it.text);
      if (!m) return [];
      const written = writtenRef(source.slice(it.span.start, it.span.end), m[0]);
      const span = written ? { start: it.span.start + written.start, end: it.span.start + written.end } : { start: it.span.start, end: it.span.start + m[0].length };
      return parseGoalRef({ text: m[0], span }) ?? [];
    });
  }
  return [];
}

/**
 * The span of the id part of a goal reference (`felles-hr` in `ikt-fjord#felles-hr`)
 * in `source`, the text of its document: after the `#`, as written (an id read as
 * composed «å» may be written decomposed, one character longer).
 */
export function refIdSpan(ref: GoalRef, source: string): Span {
  const hash = source.lastIndexOf('#', ref.span.end - 1);
  return { start: hash >= ref.span.start ? hash + 1 : ref.span.end - ref.id.length, end: ref.span.end };
}

export function locate(ws: WorkspaceModel, doc: StrategyDocument, offset: number): Located | undefined {
  if (doc.owner && within(doc.owner.span, offset)) return { kind: 'member', id: doc.owner.value, span: doc.owner.span };
  for (const goal of doc.goals) {
    for (const property of goal.properties) {
      if (!within(property.span, offset)) continue;
      if (within(property.keySpan, offset) && property.keySpan.end > property.keySpan.start) return { kind: 'key', goal, property, span: property.keySpan };
      const hit = locateValue(ws, goal, property, offset);
      if (hit) return hit;
    }
    if (within(goal.idSpan, offset)) return { kind: 'goal', goal, span: goal.idSpan };
    if (within(goal.headingSpan, offset)) return { kind: 'goal', goal, span: goal.headingSpan };
  }
  return undefined;
}

function locateValue(ws: WorkspaceModel, goal: Goal, property: Property, offset: number): Located | undefined {
  if (!property.known) return undefined;
  const kind = keyDef(property.key)?.kind;
  for (const ref of refsOf(property, ws.documentOf(goal).text)) {
    if (within(ref.span, offset)) {
      const target = ws.resolve(goal, ref);
      return { kind: 'goal-ref', goal, property, ref, span: ref.span, ...(target ? { target } : {}) };
    }
  }
  for (const item of property.items) {
    if (!within(item.span, offset)) continue;
    if (kind === 'objectives') {
      const objective = ws.objective(item.text) ?? ws.anyObjective(item.text);
      return { kind: 'objective', goal, property, item, id: item.text.toUpperCase(), span: item.span, ...(objective ? { objective } : {}) };
    }
    if (kind === 'members' && !isAll(item.text) && !isNone(item.text)) return { kind: 'member', goal, property, id: item.text, span: item.span };
    return { kind: 'value', goal, property, item, span: item.span };
  }
  return undefined;
}

/** The goal whose section contains `offset` (the last goal that starts before it). */
export function goalAt(doc: StrategyDocument, offset: number): Goal | undefined {
  let best: Goal | undefined;
  for (const g of doc.goals) if (g.headingSpan.start <= offset && (!best || g.headingSpan.start >= best.headingSpan.start)) best = g;
  return best;
}

/** Every goal reference in a workspace that resolves to `target`, with the goal that makes it. */
export function referencesTo(ws: WorkspaceModel, target: Goal): { from: Goal; ref: GoalRef }[] {
  const out: { from: Goal; ref: GoalRef }[] = [];
  for (const from of ws.goals) {
    for (const p of from.properties) {
      for (const ref of refsOf(p, ws.documentOf(from).text)) if (ws.resolve(from, ref) === target) out.push({ from, ref });
    }
  }
  return out;
}

/** Every `supports` item in a workspace naming objective `id` (case-insensitive). */
export function objectiveUses(ws: WorkspaceModel, id: string): { from: Goal; item: ValueItem }[] {
  const key = id.toUpperCase();
  const out: { from: Goal; item: ValueItem }[] = [];
  for (const from of ws.goals) {
    for (const p of from.properties) {
      if (!p.known || keyDef(p.key)?.kind !== 'objectives') continue;
      for (const item of p.items) if (item.text.toUpperCase() === key) out.push({ from, item });
    }
  }
  return out;
}
