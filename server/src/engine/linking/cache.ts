/**
 * Memoises a ranker by goal text. Goals rarely change between two analyses
 * (an edit touches one goal), so re-analysis reuses the previous rankings
 * instead of scoring every goal against every objective again.
 *
 * The goal text (title, description, need, benefit, indicator: a few hundred
 * characters) keys one entry holding all its rankings and scores, so it is
 * stored once per goal rather than once per objective scored or per ranking
 * options used. (A goal text sliced from a document with one en dash is two
 * bytes a character; copying keys to one byte saved 2 MB at national scale
 * but cost the first analysis ≈ 0.2 s, so keys stay as joined.)
 */
import type { GoalText, Suggestion } from '../types.js';
import type { Ranker, RankOptions } from './ranker.js';

/** Cached results (rankings and scores) kept before the cache starts over. */
const MAX_ENTRIES = 100_000;

type Score = ReturnType<Ranker['score']>;

/**
 * Results by key, keys and values alternating: `[key, value, key, value, …]`.
 * A goal text has one to four results of a kind, and such a list takes about
 * a third of a `Map`'s room (1.3 MB less at national scale). Grown by copying
 * (`concat`), so it has no spare slots.
 */
type Results<V> = readonly (string | V)[];

function resultOf<V>(list: Results<V> | undefined, key: string): V | undefined {
  if (list) for (let i = 0; i < list.length; i += 2) if (list[i] === key) return list[i + 1] as V;
  return undefined;
}

function withResult<V>(list: Results<V> | undefined, key: string, value: V): Results<V> {
  return list ? list.concat([key, value]) : [key, value];
}

/** What is cached for one goal text. */
interface GoalEntry {
  /** By ranking options (`limit` and frameworks). */
  ranks?: Results<Suggestion[]>;
  /** By objective id. */
  scores?: Results<Score>;
}

function keyOf(goal: GoalText): string {
  return [goal.title, goal.description ?? '', goal.need ?? '', goal.benefit ?? '', goal.indicator ?? ''].join('\u0000');
}

function optionsKey(options: RankOptions | undefined): string {
  return `${options?.limit ?? ''}\u0001${(options?.frameworks ?? []).join(',')}`;
}

export function cachingRanker(inner: Ranker): Ranker {
  const goals = new Map<string, GoalEntry>();
  let entries = 0;
  const entryOf = (goal: GoalText): GoalEntry => {
    const key = keyOf(goal);
    let e = goals.get(key);
    if (e === undefined) goals.set(key, (e = {}));
    return e;
  };
  /** Counts one more cached result; bounded for a long-lived server: starts over when full. */
  const count = () => {
    if (entries >= MAX_ENTRIES) {
      goals.clear();
      entries = 0;
    }
    entries++;
  };
  /** The result for `key` in `list`, made when missing and the grown list handed to `keep`. */
  const cached = <V>(list: Results<V> | undefined, key: string, make: () => V, keep: (grown: Results<V>) => void): V => {
    let v = resultOf(list, key);
    if (v === undefined) {
      count();
      v = make();
      keep(withResult(list, key, v));
    }
    return v;
  };
  return {
    rank: (goal: GoalText, options?: RankOptions) => {
      const e = entryOf(goal);
      return cached(e.ranks, optionsKey(options), () => inner.rank(goal, options), (grown) => (e.ranks = grown));
    },
    score: (goal: GoalText, objectiveId: string) => {
      const e = entryOf(goal);
      return cached(e.scores, objectiveId, () => inner.score(goal, objectiveId), (grown) => (e.scores = grown));
    },
  };
}
