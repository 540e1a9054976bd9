import { defineRule } from '../engine/rule.js';
import type { Framework, Goal, Objective } from '../engine/types.js';
import type { WorkspaceModel } from '../engine/workspaceModel.js';
import { propertyOf, isDropped } from '../engine/model/interpret.js';
import { keyInDocument } from '../engine/model/vocabulary.js';
import { supportsEdit } from '../engine/edits.js';
import { isDigitalWord, MIN_SUGGESTION_SCORE, objectiveMessageTitle } from '../engine/findings.js';
import { goalText } from '../engine/workspaceModel.js';

const messages = {
  beyondWithObjective: {
    en: 'The deadline {deadline} is later than the end of every national strategy this goal supports ({frameworks}), so for its last part the goal has no national anchor. {candidate} runs to {candidateEnd}: consider linking the goal to it too, for example `{supportsKey}: {objective}` «{objectiveTitle}».',
    nb: 'Fristen {deadline} er senere enn slutten på alle de nasjonale strategiene målet støtter ({frameworks}), så den siste delen av målet mangler nasjonal forankring. {candidate} gjelder til {candidateEnd}: vurder å knytte målet til den også, for eksempel `{supportsKey}: {objective}` «{objectiveTitle}».',
    nn: 'Fristen {deadline} er seinare enn slutten på alle dei nasjonale strategiane målet støttar ({frameworks}), så den siste delen av målet manglar nasjonal forankring. {candidate} gjeld til {candidateEnd}: vurder å knyte målet til den òg, til dømes `{supportsKey}: {objective}` «{objectiveTitle}».',
  },
  beyondWithFramework: {
    en: 'The deadline {deadline} is later than the end of every national strategy this goal supports ({frameworks}), so for its last part the goal has no national anchor. {candidate} runs to {candidateEnd}: consider linking the goal to one of its objectives too (`{supportsKey}: …`).',
    nb: 'Fristen {deadline} er senere enn slutten på alle de nasjonale strategiene målet støtter ({frameworks}), så den siste delen av målet mangler nasjonal forankring. {candidate} gjelder til {candidateEnd}: vurder å knytte målet til et av målene der også (`{supportsKey}: …`).',
    nn: 'Fristen {deadline} er seinare enn slutten på alle dei nasjonale strategiane målet støttar ({frameworks}), så den siste delen av målet manglar nasjonal forankring. {candidate} gjeld til {candidateEnd}: vurder å knyte målet til eitt av måla der òg (`{supportsKey}: …`).',
  },
  beyond: {
    en: 'The deadline {deadline} is later than the end of every national strategy this goal supports ({frameworks}), so for its last part the goal has no national anchor. Check the deadline, or link the goal to a national strategy that lasts longer.',
    nb: 'Fristen {deadline} er senere enn slutten på alle de nasjonale strategiene målet støtter ({frameworks}), så den siste delen av målet mangler nasjonal forankring. Sjekk fristen, eller knytt målet til en nasjonal strategi som varer lenger.',
    nn: 'Fristen {deadline} er seinare enn slutten på alle dei nasjonale strategiane målet støttar ({frameworks}), så den siste delen av målet manglar nasjonal forankring. Sjekk fristen, eller knyt målet til ein nasjonal strategi som varer lenger.',
  },
  fixLink: { en: 'Also link to {objective} ({candidate})', nb: 'Knytt også til {objective} ({candidate})', nn: 'Knyt òg til {objective} ({candidate})' },
};

/**
 * A goal whose deadline lies after the end of every framework it links to
 * directly (its `supports`). Frameworks without an end year never end; a goal
 * without a deadline or without direct links is left alone (`goal-unlinked`
 * covers the latter). Suggests an enabled framework that lasts to the
 * deadline's year, with an objective in it when one fits (see `successor`).
 */
export default defineRule({
  meta: {
    id: 'beyond-framework-period',
    defaultSeverity: 'info',
    category: 'alignment',
    description: {
      en: "A goal's deadline lies after the end of every national strategy it links to.",
      nb: 'Fristen for et mål ligger etter slutten på alle de nasjonale strategiene målet er knyttet til.',
      nn: 'Fristen for eit mål ligg etter slutten på alle dei nasjonale strategiane målet er knytt til.',
    },
    messages,
  },
  checkDocument(doc, ctx) {
    const { ws, lang } = ctx;
    for (const goal of doc.goals) {
      // A dropped goal no longer counts towards the national strategy; a done one still does.
      if (isDropped(goal)) continue;
      const deadline = goal.facts.deadline;
      const prop = propertyOf(goal, 'deadline');
      if (!deadline || !prop) continue;
      const linked: Framework[] = [];
      // The goal's own links (not `ws.supported`, which also walks `contributes` chains).
      const direct = goal.facts.supports.flatMap((r) => ws.objective(r.text) ?? []);
      for (const o of direct) {
        const f = ws.frameworks.find((x) => x.id === o.framework);
        if (f && !linked.includes(f)) linked.push(f);
      }
      if (linked.length === 0) continue;
      if (!linked.every((f) => f.period?.to !== undefined && deadline > `${f.period.to}-12-31`)) continue;
      const year = Number(deadline.slice(0, 4));
      const base = {
        deadline: prop.value,
        frameworks: linked.map((f) => `${f.id} ${f.period!.from ?? ''}–${f.period!.to}`).join(', '),
        supportsKey: keyInDocument('supports', doc),
      };
      const candidate = ws.frameworks.find((f) => !linked.includes(f) && f.period?.to !== undefined && f.period.to >= year);
      const report = { uri: goal.uri, span: prop.valueSpan, goal: goal.key };
      if (!candidate) {
        ctx.report({ ...report, messageId: 'beyond', data: base });
        continue;
      }
      const objective = successor(ws, goal, direct, candidate);
      const withCandidate = { ...base, candidate: candidate.id, candidateEnd: String(candidate.period!.to) };
      if (!objective) {
        ctx.report({ ...report, messageId: 'beyondWithFramework', data: withCandidate });
        continue;
      }
      const edit = supportsEdit(doc, goal, objective.id);
      ctx.report({
        ...report,
        messageId: 'beyondWithObjective',
        data: { ...withCandidate, objective: objective.id, objectiveTitle: objectiveMessageTitle(objective, lang) },
        ...(edit ? { fixes: [{ messageId: 'fixLink', data: { objective: objective.id, candidate: candidate.id }, edits: [edit] }] } : {}),
      });
    }
  },
});

/** How much better the text must fit another objective than the crosswalk's counterpart to be proposed instead. */
const CROSSWALK_MARGIN = 0.2;

/**
 * The objective of `candidate` to propose for a goal linked to `direct`, or
 * undefined when none fits well (the message then names only the framework).
 * A framework's vision is too broad to propose.
 *
 * 1. The catalogs' crosswalk: objectives of `candidate` that a linked
 *    objective names as `related` (or that name it), looked up from the
 *    linked objective and, when it has none, from its parents. One of them
 *    that the goal's text matches well (`MIN_SUGGESTION_SCORE`) comes first,
 *    unless the text fits another objective of `candidate` better by more than
 *    `CROSSWALK_MARGIN` (and not by chance): then that one.
 * 2. Else the goal's best match in `candidate`, when it scores at least
 *    `MIN_SUGGESTION_SCORE` and not by chance (`byMoreThanChance`): the text
 *    points elsewhere than the crosswalk.
 * 3. Else the crosswalk objective closest to the linked objective itself
 *    (its title and description as a text), the first one on a tie: the
 *    catalog's own successor of what the goal already links to.
 */
function successor(ws: WorkspaceModel, goal: Goal, direct: readonly Objective[], candidate: Framework): Objective | undefined {
  const eligible = (o: Objective | undefined): o is Objective => o !== undefined && o.framework === candidate.id && o.kind !== 'vision';
  const text = goalText(goal);
  const cross: { objective: Objective; from: Objective }[] = [];
  for (const linked of direct) {
    for (let o: Objective | undefined = linked; o; o = o.parent ? ws.objective(o.parent) : undefined) {
      const before = cross.length;
      for (const r of o.related) {
        const x = ws.objective(r);
        if (eligible(x) && !cross.some((c) => c.objective === x)) cross.push({ objective: x, from: linked });
      }
      for (const x of candidate.objectives) {
        if (eligible(x) && x.related.includes(o.id) && !cross.some((c) => c.objective === x)) cross.push({ objective: x, from: linked });
      }
      if (cross.length > before) break;
    }
  }
  let best: { objective: Objective; score: number } | undefined;
  for (const c of cross) {
    const s = ws.ranker().score(text, c.objective.id);
    if (s.score >= MIN_SUGGESTION_SCORE && s.matched.length > 0 && (!best || s.score > best.score)) best = { objective: c.objective, score: s.score };
  }
  if (best) {
    // A counterpart may serve one side of the linked objective only (DS19-M1 → DN30-F3: trust and
    // security); a goal about another side (digital help for the elderly, 0.36 for DN30-F3 through
    // the crosswalk alone) gets the objective its text fits much better (DN30-M1, 0.60).
    const crosswalk = best;
    const clearlyBetter = (s: { objective: string; score: number; matched: string[] }) =>
      eligible(ws.objective(s.objective)) && s.score > crosswalk.score + CROSSWALK_MARGIN && byMoreThanChance(s, 0);
    const better = ws.ranker().rank(text, { limit: 3, frameworks: [candidate.id] }).find(clearlyBetter);
    return better ? ws.objective(better.objective) : best.objective;
  }
  // How well the text fits what the goal already links to: a goal clearly about that (a DS19-I8
  // training goal) shares words with the newer framework by chance when it has no counterpart there.
  const linkedFit = Math.max(0, ...direct.map((o) => ws.ranker().score(text, o.id).score));
  const fits = (s: { objective: string; score: number; matched: string[] }) =>
    eligible(ws.objective(s.objective)) && s.score >= MIN_SUGGESTION_SCORE && byMoreThanChance(s, linkedFit);
  const ranked = ws.suggestions(goal).find(fits) ?? ws.ranker().rank(text, { limit: 5, frameworks: [candidate.id] }).find(fits);
  if (ranked) return ws.objective(ranked.objective);
  let closest: { objective: Objective; score: number } | undefined;
  for (const c of cross) {
    const from = { title: c.from.title, ...(c.from.description ? { description: c.from.description } : {}) };
    const score = ws.ranker().score(from, c.objective.id).score;
    if (!closest || score > closest.score) closest = { objective: c.objective, score };
  }
  return closest?.objective;
}

/**
 * Whether a text match in the newer framework, found without the crosswalk, is more than a
 * word the goal shares with the objective by chance: it is strong (0.6, weak-link's «matches
 * strongly»), or, while the goal's text does not fit what it already links to strongly
 * (`linkedFit` below 0.6), it rests on two words besides «digital». «Digital kompetanse for
 * ledere og ansatte» shares «ledere» and «digital» with DN30-F3 (0.32, «kriseledelse»); with a
 * description, also «verktøyene» and «bruker» (0.44), while it fits its DS19-I8 at 0.94: a
 * security objective for a competence goal would mislead, and the message names only the framework.
 */
function byMoreThanChance(s: { score: number; matched: readonly string[] }, linkedFit: number): boolean {
  return s.score >= 0.6 || (linkedFit < 0.6 && s.matched.filter((w) => !isDigitalWord(w)).length >= 2);
}
