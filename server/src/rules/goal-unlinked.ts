import { defineRule } from '../engine/rule.js';
import { isDropped, propertyOf } from '../engine/model/interpret.js';
import type { Goal, Span, StrategyDocument } from '../engine/types.js';
import { keyInDocument } from '../engine/model/vocabulary.js';
import type { WorkspaceModel } from '../engine/workspaceModel.js';
import { supportsEdit } from '../engine/edits.js';
import { perDocumentAndFrameworks, sameItems } from '../engine/memo.js';
import { goalSpan, MIN_SUGGESTION_SCORE, objectiveMessageTitle, writtenElsewhere } from '../engine/findings.js';
import { lineNumberIn } from '../engine/text/lines.js';
import { joinList, localized } from '../engine/conflicts/describe.js';

const messages = {
  unlinked: {
    en: 'The goal «{goal}» does not support any national objective, neither directly nor through the goals it contributes to. Closest national objective: {objective} «{objectiveTitle}» (matched: {matched}). Add `{supportsKey}: {objective}`, or link the goal with `{contributesKey}` to a goal that supports one.',
    nb: 'Målet «{goal}» støtter ikke noe nasjonalt mål, verken direkte eller gjennom målene det bidrar til. Nærmeste nasjonale mål: {objective} «{objectiveTitle}» (treff på: {matched}). Legg til `{supportsKey}: {objective}`, eller knytt målet med `{contributesKey}` til et mål som støtter et nasjonalt mål.',
    nn: 'Målet «{goal}» støttar ikkje noko nasjonalt mål, verken direkte eller gjennom måla det bidreg til. Nærmaste nasjonale mål: {objective} «{objectiveTitle}» (treff på: {matched}). Legg til `{supportsKey}: {objective}`, eller knyt målet med `{contributesKey}` til eit mål som støttar eit nasjonalt mål.',
  },
  unlinkedNoSuggestion: {
    en: 'The goal «{goal}» does not support any national objective, neither directly nor through the goals it contributes to, and its text matches none of the objectives of {frameworks_en} well enough to suggest one. Add `{supportsKey}: <objective ID>` ({listObjectives}), or link the goal with `{contributesKey}` to a goal that supports one.',
    nb: 'Målet «{goal}» støtter ikke noe nasjonalt mål, verken direkte eller gjennom målene det bidrar til, og teksten passer ikke godt nok med noen av målene i {frameworks_nb} til at Samstemt kan foreslå et. Legg til `{supportsKey}: <mål-ID>` ({listObjectives}), eller knytt målet med `{contributesKey}` til et mål som støtter et nasjonalt mål.',
    nn: 'Målet «{goal}» støttar ikkje noko nasjonalt mål, verken direkte eller gjennom måla det bidreg til, og teksten passar ikkje godt nok med nokon av måla i {frameworks_nn} til at Samstemt kan føreslå eitt. Legg til `{supportsKey}: <mål-ID>` ({listObjectives}), eller knyt målet med `{contributesKey}` til eit mål som støttar eit nasjonalt mål.',
  },
  unlinkedViaDropped: {
    en: 'The goal «{goal}» was linked to national objectives only through «{dropped}» (`{droppedKey}`), which has been dropped, so that link no longer counts. Closest national objective: {objective} «{objectiveTitle}» (matched: {matched}). Add `{supportsKey}: {objective}`, or link the goal with `{contributesKey}` to another goal that supports one.',
    nb: 'Målet «{goal}» var knyttet til nasjonale mål bare gjennom «{dropped}» (`{droppedKey}`), men det målet er avbrutt, så koblingen teller ikke lenger. Nærmeste nasjonale mål: {objective} «{objectiveTitle}» (treff på: {matched}). Legg til `{supportsKey}: {objective}`, eller knytt målet med `{contributesKey}` til et annet mål som støtter et nasjonalt mål.',
    nn: 'Målet «{goal}» var knytt til nasjonale mål berre gjennom «{dropped}» (`{droppedKey}`), men det målet er avbrote, så koplinga tel ikkje lenger. Nærmaste nasjonale mål: {objective} «{objectiveTitle}» (treff på: {matched}). Legg til `{supportsKey}: {objective}`, eller knyt målet med `{contributesKey}` til eit anna mål som støttar eit nasjonalt mål.',
  },
  unlinkedViaDroppedNoSuggestion: {
    en: 'The goal «{goal}» was linked to national objectives only through «{dropped}» (`{droppedKey}`), which has been dropped, so that link no longer counts. Add `{supportsKey}: <objective ID>` ({listObjectives}), or link the goal with `{contributesKey}` to another goal that supports one.',
    nb: 'Målet «{goal}» var knyttet til nasjonale mål bare gjennom «{dropped}» (`{droppedKey}`), men det målet er avbrutt, så koblingen teller ikke lenger. Legg til `{supportsKey}: <mål-ID>` ({listObjectives}), eller knytt målet med `{contributesKey}` til et annet mål som støtter et nasjonalt mål.',
    nn: 'Målet «{goal}» var knytt til nasjonale mål berre gjennom «{dropped}» (`{droppedKey}`), men det målet er avbrote, så koplinga tel ikkje lenger. Legg til `{supportsKey}: <mål-ID>` ({listObjectives}), eller knyt målet med `{contributesKey}` til eit anna mål som støttar eit nasjonalt mål.',
  },
  unlinkedNotRead: {
    en: 'The goal «{goal}» does not support any national objective: the `{key}` on line {line} is not read (see the finding on that line). Correct that line to link the goal.',
    nb: 'Målet «{goal}» støtter ikke noe nasjonalt mål: `{key}` på linje {line} blir ikke lest (se meldingen på den linjen). Rett den linjen for å knytte målet.',
    nn: 'Målet «{goal}» støttar ikkje noko nasjonalt mål: `{key}` på linje {line} blir ikkje lesen (sjå meldinga på den linja). Rett den linja for å knyte målet.',
  },
  unlinkedUnknownObjective: {
    en: 'The goal «{goal}» does not support any national objective: {ids_en} in `{key}` is not an objective of {frameworks_en} (see the finding there), so the link counts for nothing. Correct the ID to link the goal.',
    nb: 'Målet «{goal}» støtter ikke noe nasjonalt mål: {ids_nb} i `{key}` er ikke et mål i {frameworks_nb} (se meldingen der), så koblingen teller ikke. Rett ID-en for å knytte målet.',
    nn: 'Målet «{goal}» støttar ikkje noko nasjonalt mål: {ids_nn} i `{key}` er ikkje eit mål i {frameworks_nn} (sjå meldinga der), så koplinga tel ikkje. Rett ID-en for å knyte målet.',
  },
  unlinkedNotEnabled: {
    en: 'The goal «{goal}» does not support any national objective: {ids_en} in `{key}` belongs to a framework this cooperation does not use (see the finding there), so the link counts for nothing. Enable that framework, or link the goal to an objective of {frameworks_en}.',
    nb: 'Målet «{goal}» støtter ikke noe nasjonalt mål: {ids_nb} i `{key}` hører til et rammeverk som samarbeidet ikke bruker (se meldingen der), så koblingen teller ikke. Slå på det rammeverket, eller knytt målet til et mål i {frameworks_nb}.',
    nn: 'Målet «{goal}» støttar ikkje noko nasjonalt mål: {ids_nn} i `{key}` høyrer til eit rammeverk som samarbeidet ikkje brukar (sjå meldinga der), så koplinga tel ikkje. Slå på det rammeverket, eller knyt målet til eit mål i {frameworks_nn}.',
  },
  unlinkedNotEnabledMany: {
    en: 'The goal «{goal}» does not support any national objective: {ids_en} in `{key}` belong to frameworks this cooperation does not use (see the findings there), so the links count for nothing. Enable those frameworks, or link the goal to an objective of {frameworks_en}.',
    nb: 'Målet «{goal}» støtter ikke noe nasjonalt mål: {ids_nb} i `{key}` hører til rammeverk som samarbeidet ikke bruker (se meldingene der), så koblingene teller ikke. Slå på de rammeverkene, eller knytt målet til et mål i {frameworks_nb}.',
    nn: 'Målet «{goal}» støttar ikkje noko nasjonalt mål: {ids_nn} i `{key}` høyrer til rammeverk som samarbeidet ikkje brukar (sjå meldingane der), så koplingane tel ikkje. Slå på dei rammeverka, eller knyt målet til eit mål i {frameworks_nn}.',
  },
  unlinkedUnknownObjectives: {
    en: 'The goal «{goal}» does not support any national objective: {ids_en} in `{key}` are not objectives of {frameworks_en} (see the findings there), so the links count for nothing. Correct the IDs to link the goal.',
    nb: 'Målet «{goal}» støtter ikke noe nasjonalt mål: {ids_nb} i `{key}` er ikke mål i {frameworks_nb} (se meldingene der), så koblingene teller ikke. Rett ID-ene for å knytte målet.',
    nn: 'Målet «{goal}» støttar ikkje noko nasjonalt mål: {ids_nn} i `{key}` er ikkje mål i {frameworks_nn} (sjå meldingane der), så koplingane tel ikkje. Rett ID-ane for å knyte målet.',
  },
  unknownObjectiveHere: {
    en: '{id} is not an objective of {frameworks_en}',
    nb: '{id} er ikke et mål i {frameworks_nb}',
    nn: '{id} er ikkje eit mål i {frameworks_nn}',
  },
  notReadHere: {
    en: '`{key}` is not read here',
    nb: '`{key}` blir ikke lest her',
    nn: '`{key}` blir ikkje lesen her',
  },
  droppedHere: {
    en: '«{dropped}» has been dropped',
    nb: '«{dropped}» er avbrutt',
    nn: '«{dropped}» er avbrote',
  },
  fixLink: {
    en: 'Link to {objective} — matched: {matched}',
    nb: 'Knytt til {objective} — treff: {matched}',
    nn: 'Knyt til {objective} — treff: {matched}',
  },
  fixLinkNoMatch: { en: 'Link to {objective}', nb: 'Knytt til {objective}', nn: 'Knyt til {objective}' },
};

/**
 * Which goals of a document are linked, by their place in the document: those
 * for which `ws.supported(goal)` is not empty, because they support an
 * enabled objective themselves or reach such a goal through `contributes` and
 * parent goals. Kept per document while the goal graph is the same, so an
 * edit looks again only at the edited document.
 */
function linkedIn(ws: WorkspaceModel, doc: StrategyDocument): LinkedFlags {
  const graph = graphFacts(ws);
  const hit = linkedFlags.get(doc);
  if (hit && hit.graph === graph) return hit;
  const linked = graph.linked.get(documentIndex(ws, doc));
  const flags = doc.goals.map((_, i) => linked?.has(i) ?? false);
  const entry = { graph, flags, key: flags.map((f) => (f ? '1' : '0')).join('') };
  linkedFlags.set(doc, entry);
  return entry;
}
interface LinkedFlags {
  graph: GraphFacts;
  /** Per goal of the document: linked or not. */
  flags: readonly boolean[];
  /** The flags as a string of 0 and 1 (the rule's `documentKey`). */
  key: string;
}
const linkedFlags = new WeakMap<StrategyDocument, LinkedFlags>();

/** The index of a document in `ws.documents` (-1 when not in it). */
function documentIndex(ws: WorkspaceModel, doc: StrategyDocument): number {
  let index = documentIndexes.get(ws);
  if (!index) documentIndexes.set(ws, (index = new Map(ws.documents.map((x, i) => [x, i]))));
  return index.get(doc) ?? -1;
}
const documentIndexes = new WeakMap<WorkspaceModel, Map<StrategyDocument, number>>();

/** A goal by its place: the index of its document in `ws.documents`, and its index in the document. */
type Position = readonly [doc: number, goal: number];

/**
 * What the goal graph decides about links, by the goals' places: which goals
 * are linked (document index → goal indexes), and for an unlinked goal whose
 * link ran through a dropped goal, where that goal is (document index → goal
 * index → its place). Places stand for the same goals while the goal graph
 * (keys in order, parents, links, dropped or not) and the enabled frameworks
 * are the same, so an edit that changes no key or link (most edits) finds
 * them without walking the graph again.
 */
interface GraphFacts {
  graph: string;
  frameworks: readonly object[];
  linked: ReadonlyMap<number, ReadonlySet<number>>;
  viaDropped: ReadonlyMap<number, ReadonlyMap<number, Position>>;
}

function graphFacts(ws: WorkspaceModel): GraphFacts {
  const graph = ws.fingerprint('goalGraph');
  const last = lastGraphFacts.get(ws.config);
  if (last && last.graph === graph && sameItems(last.frameworks, ws.frameworks)) return last;
  const linkedGoals = findLinkedGoals(ws);
  const anyDropped = ws.goals.some(isDropped);
  const places = new Map<Goal, Position>();
  if (anyDropped) ws.documents.forEach((doc, d) => doc.goals.forEach((g, i) => places.set(g, [d, i])));
  const linked = new Map<number, Set<number>>();
  const viaDropped = new Map<number, Map<number, Position>>();
  const add = <T>(map: Map<number, T>, d: number, make: () => T): T => {
    let v = map.get(d);
    if (v === undefined) map.set(d, (v = make()));
    return v;
  };
  ws.documents.forEach((doc, d) => {
    doc.goals.forEach((g, i) => {
      if (linkedGoals.has(g)) add(linked, d, () => new Set<number>()).add(i);
      else if (anyDropped && !isDropped(g)) {
        const dropped = droppedLink(ws, g);
        const place = dropped && places.get(dropped);
        if (place) add(viaDropped, d, () => new Map<number, Position>()).set(i, place);
      }
    });
  });
  const facts: GraphFacts = { graph, frameworks: ws.frameworks, linked, viaDropped };
  lastGraphFacts.set(ws.config, facts);
  return facts;
}
const lastGraphFacts = new WeakMap<object, GraphFacts>();

/** For the unlinked goal at index `i` of `doc`: the dropped goal its link ran through (see `droppedLink`). */
function droppedLinkOf(ws: WorkspaceModel, doc: StrategyDocument, i: number): Goal | undefined {
  const place = graphFacts(ws).viaDropped.get(documentIndex(ws, doc))?.get(i);
  return place && ws.documents[place[0]]?.goals[place[1]];
}

/**
 * The linked goals of the workspace, found by walking the links backwards from
 * the supporting goals (linear in goals + links), instead of one search per
 * goal (quadratic on long contribution chains). A dropped goal passes no
 * support on (as in `ws.supported`): the walk neither starts nor continues
 * at one.
 */
function findLinkedGoals(ws: WorkspaceModel): Set<Goal> {
  const before = new Map<Goal, Goal[]>();
  const link = (g: Goal, next: Goal) => {
    const list = before.get(next);
    if (list) list.push(g);
    else before.set(next, [g]);
  };
  for (const g of ws.goals) {
    if (g.facts.contributes.length) for (const next of ws.contributesTo(g)) if (!isDropped(next)) link(g, next);
    const parent = parentOf(ws, g);
    if (parent && !isDropped(parent)) link(g, parent);
  }
  const linked = new Set<Goal>();
  const stack: Goal[] = [];
  for (const doc of ws.documents) for (const g of supportingGoals(ws, doc)) stack.push(g);
  while (stack.length) {
    const g = stack.pop()!;
    if (linked.has(g)) continue;
    linked.add(g);
    for (const p of before.get(g) ?? []) if (!linked.has(p)) stack.push(p);
  }
  return linked;
}

/** The goals of a document that support an enabled objective themselves (a dropped goal no longer does). */
const supportingGoals = perDocumentAndFrameworks((ws, doc): readonly Goal[] => doc.goals.filter((g) => !isDropped(g) && supportsDirectly(ws, g)));

function supportsDirectly(ws: WorkspaceModel, g: Goal): boolean {
  return g.facts.supports.some((r) => ws.objective(r.text));
}

function parentOf(ws: WorkspaceModel, g: Goal): Goal | undefined {
  return g.parentId ? ws.goalsByKey.get(`${g.owner}#${g.parentId}`) : undefined;
}

/**
 * For an unlinked goal: the first dropped goal on its links (`contributes` and
 * parents, followed through goals that are not dropped) that would link it if
 * it were not dropped, because it supports an enabled objective itself or
 * through its own links. Undefined when no dropped goal stands in the way.
 */
function droppedLink(ws: WorkspaceModel, goal: Goal): Goal | undefined {
  const upstream = (g: Goal) => {
    const p = parentOf(ws, g);
    return p ? [...ws.contributesTo(g), p] : ws.contributesTo(g);
  };
  // Breadth first, each goal queued once (a web of goals that all contribute to each other stays linear).
  const seen = new Set<Goal>([goal]);
  const queue: Goal[] = [];
  const enqueue = (list: readonly Goal[]) => {
    for (const x of list) if (!seen.has(x)) seen.add(x), queue.push(x);
  };
  enqueue(upstream(goal));
  for (let head = 0; head < queue.length; head++) {
    const g = queue[head]!;
    if (isDropped(g)) {
      if (reachesObjective(ws, g, upstream)) return g;
      continue;
    }
    enqueue(upstream(g));
  }
  return undefined;
}

/** True when the goal, or a goal it reaches through its links (dropped or not), supports an enabled objective. */
function reachesObjective(ws: WorkspaceModel, from: Goal, upstream: (g: Goal) => Goal[]): boolean {
  const seen = new Set<Goal>([from]);
  const stack = [from];
  while (stack.length) {
    const g = stack.pop()!;
    if (supportsDirectly(ws, g)) return true;
    for (const x of upstream(g)) if (!seen.has(x)) seen.add(x), stack.push(x);
  }
  return false;
}

/** Where a dropped goal says so: its `Status` value, else its title. */
function droppedSpan(g: Goal): Span {
  return propertyOf(g, 'status')?.valueSpan ?? goalSpan(g);
}

/** How many suggestions become quick fixes. */
const FIXES = 3;

/** The score an objective needs to be named in the message and offered as a fix (see `MIN_SUGGESTION_SCORE`). */
const MIN_SCORE = MIN_SUGGESTION_SCORE;

/** A goal that supports no national objective, directly or through the goals it contributes to. */
export default defineRule({
  meta: {
    id: 'goal-unlinked',
    defaultSeverity: 'warning',
    category: 'alignment',
    description: {
      en: 'A goal supports no national objective, directly or through the goals it contributes to.',
      nb: 'Et mål støtter ikke noe nasjonalt mål, verken direkte eller gjennom målene det bidrar til.',
      nn: 'Eit mål støttar ikkje noko nasjonalt mål, verken direkte eller gjennom måla det bidreg til.',
    },
    messages,
  },
  // A goal's finding depends on other documents only through whether the goal is linked, and for
  // an unlinked goal on the dropped goal its link ran through (named in the message, pointed at).
  documentKey: (doc, ws) => {
    const { key, flags } = linkedIn(ws, doc);
    let via = '';
    doc.goals.forEach((g, i) => {
      if (flags[i] || isDropped(g)) return;
      const d = droppedLinkOf(ws, doc, i);
      if (d) via += `|${i}\u0000${d.key}\u0000${d.uri}\u0000${d.title}\u0000${droppedSpan(d).start}`;
    });
    return key + via;
  },
  checkDocument(doc, ctx) {
    const { ws, lang } = ctx;
    if (ws.frameworks.length === 0) return;
    // «DS19 and DN30» / «DS19 og DN30», as the language writes a list.
    const frameworks = localized({}, 'frameworks', (l) => joinList(ws.frameworks.map((f) => f.id), l, Infinity));
    const linked = linkedIn(ws, doc).flags;
    for (const [i, goal] of doc.goals.entries()) {
      // A dropped goal no longer counts towards the national strategy; a done one still does.
      if (linked[i] || isDropped(goal)) continue;
      // The finding carries what the message stands by: objectives below MIN_SCORE are not suggestions
      // («nothing fits well enough»); `samstemt suggest` still shows the whole ranking.
      const usable = ws.suggestions(goal).slice(0, 5).filter((s) => ws.objective(s.objective) && s.score >= MIN_SCORE);
      const best = usable[0];
      const keys = { supportsKey: keyInDocument('supports', doc), contributesKey: keyInDocument('contributes', doc) };
      // A `supports` (or `contributes`) line written where it is not read is explained by
      // unknown-property there; adding another one here would contradict it.
      const misplaced = writtenElsewhere(doc, goal, 'supports') || writtenElsewhere(doc, goal, 'contributes');
      const fixes = usable.slice(0, FIXES).flatMap((s) => {
        const id = ws.objective(s.objective)!.id;
        const edit = supportsEdit(doc, goal, id);
        if (!edit) return [];
        return [{ messageId: s.matched.length ? 'fixLink' : 'fixLinkNoMatch', data: { objective: id, matched: s.matched.join(', ') }, edits: [edit] }];
      });
      if (misplaced) {
        // The author did link the goal, on a line Samstemt does not read: point there instead of suggesting a second link.
        const data = { goal: goal.title || goal.id, key: misplaced.data.key ?? keys.supportsKey, line: String(lineNumberIn(doc, misplaced.span.start)) };
        ctx.report({
          messageId: 'unlinkedNotRead',
          data,
          uri: goal.uri,
          span: goalSpan(goal),
          goal: goal.key,
          related: [{ uri: doc.uri, span: misplaced.span, messageId: 'notReadHere', data }],
          suggestions: usable,
          fixes: [],
        });
        continue;
      }
      // The author did link the goal, to an objective ID that does not exist (unknown-objective says so there, with its
      // did-you-mean): the message points there instead of asking to add a link.
      const unknown = goal.facts.supports.filter((it) => it.text.trim() && !ws.objective(it.text));
      if (unknown.length && unknown.length === goal.facts.supports.filter((it) => it.text.trim()).length) {
        const key = propertyOf(goal, 'supports')?.rawKey ?? keys.supportsKey;
        const data = localized({ goal: goal.title || goal.id, key, ...frameworks }, 'ids', (l) => joinList(unknown.map((it) => it.text.trim()), l, Infinity));
        ctx.report({
          // IDs of a framework the cooperation does not enable are right as written: no «correct the ID».
          messageId: unknown.every((it) => ws.anyObjective(it.text)) ? (unknown.length === 1 ? 'unlinkedNotEnabled' : 'unlinkedNotEnabledMany') : unknown.length === 1 ? 'unlinkedUnknownObjective' : 'unlinkedUnknownObjectives',
          data,
          uri: goal.uri,
          span: goalSpan(goal),
          goal: goal.key,
          related: unknown.map((it) => ({ uri: doc.uri, span: it.span, messageId: 'unknownObjectiveHere', data: { id: it.text.trim(), ...frameworks } })),
          suggestions: usable,
          // Linking the objective the text matches best is still a way out (appended to the link as written).
          fixes,
        });
        continue;
      }
      // Linked once, through a goal that has since been dropped: say so, and point at it.
      const dropped = droppedLinkOf(ws, doc, i);
      const via: Record<string, string> = dropped ? { dropped: dropped.title || dropped.id, droppedKey: dropped.key } : {};
      ctx.report({
        messageId: dropped ? (best ? 'unlinkedViaDropped' : 'unlinkedViaDroppedNoSuggestion') : best ? 'unlinked' : 'unlinkedNoSuggestion',
        data: best
          ? {
              goal: goal.title || goal.id,
              objective: ws.objective(best.objective)!.id,
              objectiveTitle: objectiveMessageTitle(ws.objective(best.objective)!, lang),
              matched: best.matched.join(', ') || '–',
              ...keys,
              ...via,
            }
          : { goal: goal.title || goal.id, ...frameworks, ...keys, ...via },
        uri: goal.uri,
        span: goalSpan(goal),
        goal: goal.key,
        ...(dropped
          ? { related: [{ uri: dropped.uri, span: droppedSpan(dropped), messageId: 'droppedHere', data: { dropped: dropped.title || dropped.id }, goal: dropped.key }] }
          : {}),
        suggestions: usable,
        fixes,
      });
    }
  },
});
