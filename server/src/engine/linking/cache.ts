/**
 * Memoises a ranker by goal text. Goals rarely change between two analyses
 * (an edit touches one goal), so re-analysis reuses the previous rankings
 * instead of scoring every goal against every objective again.
 */
import type { GoalText, Suggestion } from '../types.js';
import type { Ranker, RankOptions } from './ranker.js';

const MAX_ENTRIES = 50_000;

function keyOf(goal: GoalText): string {
  return [goal.title, goal.description ?? '', goal.need ?? '', goal.benefit ?? '', goal.indicator ?? ''].join('\u0000');
}

export function cachingRanker(inner: Ranker): Ranker {
  const ranks = new Map<string, Suggestion[]>();
  const scores = new Map<string, { score: number; matched: string[] }>();
  const bounded = <V>(map: Map<string, V>, key: string, make: () => V): V => {
    let v = map.get(key);
    if (v === undefined) {
      if (map.size >= MAX_ENTRIES) map.clear();
      v = make();
      map.set(key, v);
    }
    return v;
  };
  return {
    rank: (goal: GoalText, options?: RankOptions) =>
      bounded(ranks, `${options?.limit ?? ''}\u0001${(options?.frameworks ?? []).join(',')}\u0001${keyOf(goal)}`, () => inner.rank(goal, options)),
    score: (goal: GoalText, objectiveId: string) => bounded(scores, `${objectiveId}\u0001${keyOf(goal)}`, () => inner.score(goal, objectiveId)),
  };
}
