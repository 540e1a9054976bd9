import { defineRule } from '../engine/rule.js';
import { isDropped } from '../engine/model/interpret.js';
import type { Goal, Objective, Suggestion } from '../engine/types.js';
import { goalText, type WorkspaceModel } from '../engine/workspaceModel.js';
import { isDigitalWord, objectiveMessageTitle } from '../engine/findings.js';

/**
 * Thresholds, on the ranker's 0..1 scale. Calibrated on test/link-eval
 * (116 labelled goals, DS19 + DN30, every non-vision objective tried as a
 * link): with these values the rule fired on 1 of 366 correct links and on
 * about a quarter of the wrong ones, and the objective it proposed instead was
 * a labelled one in about 90 % of those.
 */
export const THRESHOLDS = {
  /** The linked objective shares almost nothing with the goal: below this score. */
  weak: 0.05,
  /** Another objective of the same framework matches strongly: at least this score… */
  strong: 0.6,
  /** …or an objective of another enabled framework matches very strongly (a framework switch needs more evidence). */
  strongOtherFramework: 0.8,
  /** …on at least this many distinct words. */
  minMatched: 2,
};

const messages = {
  weak: {
    en: 'The goal «{goal}» is linked to {linked} «{linkedTitle}», but its text has almost nothing in common with that objective. {better} «{betterTitle}» matches much better (matched: {matched}). Check whether {better} was meant; if the link to {linked} is deliberate, you can leave it.',
    nb: 'Målet «{goal}» er knyttet til {linked} «{linkedTitle}», men teksten har nesten ingenting til felles med det nasjonale målet. {better} «{betterTitle}» passer mye bedre (treff på: {matched}). Sjekk om det var {better} som var ment; hvis koblingen til {linked} er bevisst, kan du la den stå.',
    nn: 'Målet «{goal}» er knytt til {linked} «{linkedTitle}», men teksten har nesten ingenting til felles med det nasjonale målet. {better} «{betterTitle}» passar mykje betre (treff på: {matched}). Sjekk om det var {better} som var meint; om koplinga til {linked} er medviten, kan du la ho stå.',
  },
  fixReplace: {
    en: 'Replace {linked} with {better} — matched: {matched}',
    nb: 'Bytt {linked} med {better} — treff: {matched}',
    nn: 'Byt {linked} med {better} — treff: {matched}',
  },
};

/** True when the goal's match with the linked objective rests only on «digital» words (see `isDigitalWord`). */
function onlyDigital(matched: readonly string[]): boolean {
  return matched.length > 0 && matched.every(isDigitalWord);
}

/** True when the catalog ties the two objectives together (parent/child or `related`). */
function tied(a: Objective, b: Objective): boolean {
  return a.parent === b.id || b.parent === a.id || a.related.some((r) => r.toUpperCase() === b.id) || b.related.some((r) => r.toUpperCase() === a.id);
}

/** The best objective of one framework for a goal: from the cached suggestions, else ranked within the framework. */
function bestIn(ws: WorkspaceModel, goal: Goal, framework: string): Suggestion | undefined {
  const cached = ws.suggestions(goal).find((s) => ws.objective(s.objective)?.framework === framework);
  return cached ?? ws.ranker().rank(goalText(goal), { limit: 1, frameworks: [framework] })[0];
}

/**
 * The objective that matches the goal strongly instead of `linked`: the best of
 * the same framework when it is strong, else the best of all enabled frameworks
 * when it is very strong. With `onlyDigitalShared` (the link shares only «digital»
 * with the goal): only the best of the same framework, and only when it is very strong.
 */
function betterThan(ws: WorkspaceModel, goal: Goal, linked: Objective, onlyDigitalShared = false): Suggestion | undefined {
  const strong = (s: Suggestion | undefined, min: number) => s !== undefined && s.objective.toUpperCase() !== linked.id && s.score >= min && s.matched.length >= THRESHOLDS.minMatched;
  const same = bestIn(ws, goal, linked.framework);
  if (onlyDigitalShared) return strong(same, THRESHOLDS.strongOtherFramework) ? same : undefined;
  if (strong(same, THRESHOLDS.strong)) return same;
  const overall = ws.suggestions(goal)[0];
  return strong(overall, THRESHOLDS.strongOtherFramework) ? overall : undefined;
}

/**
 * An explicit `supports` link that shares almost nothing with the goal while
 * another objective matches strongly — preferably one of the same framework;
 * one of another enabled framework must match very strongly. Favours
 * precision: links to a framework's vision, links the catalog ties to the
 * better objective (parent, child, `related`), and goals that already link
 * the better objective are left alone.
 */
export default defineRule({
  meta: {
    id: 'weak-link',
    defaultSeverity: 'hint',
    category: 'alignment',
    description: {
      en: 'A `supports` link shares almost nothing with the objective while another objective matches strongly.',
      nb: 'En `støtter`-kobling har nesten ingenting til felles med det nasjonale målet, mens et annet mål passer godt.',
      nn: 'Ei `støttar`-kopling har nesten ingenting til felles med det nasjonale målet, medan eit anna mål passar godt.',
    },
    messages,
  },
  checkDocument(doc, ctx) {
    const { ws, lang } = ctx;
    for (const goal of doc.goals) {
      // A dropped goal no longer counts towards the national strategy; a done one still does.
      if (isDropped(goal)) continue;
      if (goal.facts.supports.length === 0) continue;
      const linkedIds = new Set(goal.facts.supports.flatMap((r) => ws.objective(r.text)?.id ?? []));
      for (const item of goal.facts.supports) {
        const linked = ws.objective(item.text);
        if (!linked || linked.kind === 'vision') continue;
        const own = ws.ranker().score(goalText(goal), linked.id);
        // A link that shares only «digital» with the goal is weak too, but it shares a word, so it
        // is questioned only for an objective of its own framework that matches very strongly:
        // DN30 has no focus area for digital competence, so «Digital skills for all employees»
        // may fairly link DN30-M3, and neither DS19-I8 nor DN30-M1 («basic digital skills» of
        // the citizens) matching it better is reason enough to question that.
        if (own.score >= THRESHOLDS.weak && !onlyDigital(own.matched)) continue;
        const onlyDigitalShared = own.score >= THRESHOLDS.weak;
        const best = betterThan(ws, goal, linked, onlyDigitalShared);
        if (!best) continue;
        const better = ws.objective(best.objective);
        if (!better || better.id === linked.id || linkedIds.has(better.id) || tied(linked, better)) continue;
        // Sharing «digital» is a little evidence: a goal about a life event («Ny i Norge») may fairly
        // link the objective its focus area serves (DS19-M2, related to DS19-I2), so the catalog's
        // ties one level up count too.
        const parent = better.parent ? ws.objective(better.parent) : undefined;
        if (onlyDigitalShared && parent && tied(linked, parent)) continue;
        const matched = best.matched.join(', ');
        ctx.report({
          messageId: 'weak',
          data: {
            goal: goal.title || goal.id,
            linked: linked.id,
            linkedTitle: objectiveMessageTitle(linked, lang),
            better: better.id,
            betterTitle: objectiveMessageTitle(better, lang),
            matched,
          },
          uri: goal.uri,
          span: item.span,
          goal: goal.key,
          suggestions: ws.suggestions(goal).slice(0, 5),
          fixes: [{ messageId: 'fixReplace', data: { linked: item.text, better: better.id, matched }, edits: [{ uri: goal.uri, span: item.span, newText: better.id }] }],
        });
      }
    }
  },
});
