/**
 * Candidate pairs from indexes, not from all pairs of goals.
 *
 * A rule adds each goal under the *topic keys* it can conflict on (an area, a
 * system, an indicator, a topic word). The index files the goal once per
 * topic key and per *link key* of the goal (`m:<member>` for each member in its
 * scope, `i:<indicator>` for a shared indicator, `r:<resource>` for each
 * required resource). Two goals can only overlap when they share a link key,
 * and only conflict when they share a topic key, so the pairs inside buckets
 * are the only candidates: a goal of Storby about `hr` never meets a goal of
 * Midtby about `hr` unless a scope, shared indicator or resource joins them.
 *
 * Sided buckets hold two opposite groups (increase / decrease, adopt /
 * phase-out); only pairs across the sides are candidates.
 *
 * Example: `ikt-fjord#felles-hr` (hr, scope all) is filed under `hr|m:storby`,
 * `hr|m:fjellbygd`, …; `fjellbygd#behold-lonn` (hr) under `hr|m:fjellbygd`; they
 * meet in that one bucket.
 */
import type { Goal } from '../types.js';
import type { ConflictContext, GoalInfo } from './context.js';

export class PairIndex {
  readonly #ctx: ConflictContext;
  readonly #rule: string;
  readonly #plain = new Map<string, GoalInfo[]>();
  readonly #sided = new Map<string, [GoalInfo[], GoalInfo[]]>();

  constructor(ctx: ConflictContext, rule: string) {
    this.#ctx = ctx;
    this.#rule = rule;
    ctx.beginRule(rule);
  }

  /** Files `goal` under `topic`: it is a candidate against every goal filed under the same topic and link. */
  add(topic: string, goal: Goal): void {
    const info = this.#ctx.info(goal);
    if (!info.active) return;
    for (const key of bucketKeys(info, topic)) {
      const bucket = this.#plain.get(key);
      if (!bucket) this.#plain.set(key, [info]);
      else if (bucket[bucket.length - 1] !== info) bucket.push(info);
    }
  }

  /** Files `goal` on one side of `topic`: it is a candidate only against the other side. */
  addSided(topic: string, goal: Goal, side: 0 | 1): void {
    const info = this.#ctx.info(goal);
    if (!info.active) return;
    for (const key of bucketKeys(info, topic)) {
      let bucket = this.#sided.get(key);
      if (!bucket) this.#sided.set(key, (bucket = [[], []]));
      const list = bucket[side];
      if (list[list.length - 1] !== info) list.push(info);
    }
  }

  /**
   * Distinct pairs of goals with different owners that share a bucket, in a
   * stable order; each counts as one comparison of the rule. For sided
   * buckets the first goal of a pair comes from side 0.
   */
  pairs(): [Goal, Goal][] {
    const seen = new Set<number>();
    const n = this.#ctx.ws.goals.length + 1;
    const out: [number, number, Goal, Goal][] = [];
    let visits = 0;
    const take = (a: GoalInfo, b: GoalInfo) => {
      visits++;
      if (a.goal.owner === b.goal.owner) return;
      const ia = this.#ctx.indexOf(a.goal);
      const ib = this.#ctx.indexOf(b.goal);
      const lo = Math.min(ia, ib);
      const hi = Math.max(ia, ib);
      const id = lo * n + hi;
      if (seen.has(id)) return;
      seen.add(id);
      out.push([lo, hi, a.goal, b.goal]);
    };
    for (const bucket of this.#plain.values()) {
      for (let i = 0; i < bucket.length; i++) for (let j = i + 1; j < bucket.length; j++) take(bucket[i]!, bucket[j]!);
    }
    for (const [left, right] of this.#sided.values()) {
      for (const a of left) for (const b of right) if (a !== b) take(a, b);
    }
    this.#ctx.visit(this.#rule, visits);
    this.#ctx.count(this.#rule, out.length);
    out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    return out.map(([, , a, b]) => [a, b]);
  }
}

/** The buckets a goal is filed under for `topic`: one per link key (kept with the goal's facts). */
function bucketKeys(info: GoalInfo, topic: string): readonly string[] {
  let keys = info.bucketKeys.get(topic);
  if (!keys) {
    keys = info.links.map((link) => `${topic}|${link}`);
    info.bucketKeys.set(topic, keys);
  }
  return keys;
}
