/**
 * Candidate pairs from indexes, not from all pairs of goals.
 *
 * A rule files each goal under the *topic keys* it can conflict on (an area, a
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
 *
 * The index outlives one analysis (it is carried over with the goals' conflict
 * facts, see context.ts): `sync` takes out the goals of documents that left
 * the workspace (an edited document's old parse) and files those of new
 * documents, so an edit touches only the goals of the edited document.
 */
import type { Goal, StrategyDocument } from '../types.js';
import type { ConflictContext, GoalInfo } from './context.js';

/** Where a rule files a goal: a topic, and for a sided topic the goal's side. */
export interface Filing {
  topic: string;
  side?: 0 | 1;
}

/** A bucket a goal is in: plain (side -1) or one side of a sided bucket. */
interface Entry {
  key: string;
  side: -1 | 0 | 1;
}

export class PairIndex {
  readonly #plain = new Map<string, Goal[]>();
  readonly #sided = new Map<string, [Goal[], Goal[]]>();
  /** The buckets each filed goal is in, to take it out again. */
  readonly #filed = new Map<Goal, Entry[]>();
  /** The parsed documents whose active goals are filed, with those goals. */
  readonly #documents = new Map<StrategyDocument, readonly Goal[]>();
  /**
   * Buckets that can hold a pair: plain ones with two goals or more, sided ones
   * with a goal on each side. Most buckets hold one goal (a goal is filed once
   * per member in its scope): `pairs` visits only these.
   */
  readonly #crowded = { plain: new Set<string>(), sided: new Set<string>() };

  /**
   * Makes the index hold exactly the active goals of the analysis, filing new
   * goals where `filingsOf` says (which must depend on the goal alone). Parsed
   * documents are compared by identity: an unchanged document keeps its goals
   * filed without looking at them. Returns how many goals it filed.
   */
  sync(cc: ConflictContext, filingsOf: (goal: Goal) => readonly Filing[]): number {
    let filed = 0;
    const current = new Set(cc.ws.documents);
    for (const [doc, goals] of this.#documents) {
      if (current.has(doc)) continue;
      for (const goal of goals) this.#unfile(goal);
      this.#documents.delete(doc);
    }
    for (const doc of current) {
      if (this.#documents.has(doc)) continue;
      const goals = cc.activeGoalsOf(doc);
      for (const goal of goals) this.#file(cc.info(goal), filingsOf(goal));
      this.#documents.set(doc, goals);
      filed += goals.length;
    }
    return filed;
  }

  #unfile(goal: Goal): void {
    for (const e of this.#filed.get(goal) ?? []) {
      const list = e.side === -1 ? this.#plain.get(e.key) : this.#sided.get(e.key)?.[e.side];
      const at = list ? list.indexOf(goal) : -1;
      if (at >= 0) list!.splice(at, 1);
      this.#recount(e);
    }
    this.#filed.delete(goal);
  }

  #file(info: GoalInfo, filings: readonly Filing[]): void {
    const entries: Entry[] = [];
    const seen = new Set<string>();
    for (const { topic, side } of filings) {
      for (const key of bucketKeys(info, topic)) {
        const s = side ?? -1;
        if (seen.has(`${s}${key}`)) continue;
        seen.add(`${s}${key}`);
        entries.push({ key, side: s });
        if (s === -1) {
          const bucket = this.#plain.get(key);
          if (bucket) bucket.push(info.goal);
          else this.#plain.set(key, [info.goal]);
        } else {
          let bucket = this.#sided.get(key);
          if (!bucket) this.#sided.set(key, (bucket = [[], []]));
          bucket[s].push(info.goal);
        }
        this.#recount({ key, side: s });
      }
    }
    this.#filed.set(info.goal, entries);
  }

  /** Keeps `#crowded` up to date after a goal went into or out of a bucket. */
  #recount({ key, side }: Entry): void {
    if (side === -1) {
      if ((this.#plain.get(key)?.length ?? 0) >= 2) this.#crowded.plain.add(key);
      else this.#crowded.plain.delete(key);
    } else {
      const bucket = this.#sided.get(key);
      if (bucket && bucket[0].length && bucket[1].length) this.#crowded.sided.add(key);
      else this.#crowded.sided.delete(key);
    }
  }

  /**
   * Distinct pairs of goals with different owners that share a bucket, in
   * document order; each counts as one comparison of `rule`. A pair from a
   * plain bucket comes in document order, one from a sided bucket side 0
   * first (plain buckets first; among sided buckets that disagree, the one
   * with the smallest key), so the result does not depend on the order in
   * which goals were filed.
   */
  pairs(cc: ConflictContext, rule: string): [Goal, Goal][] {
    const n = cc.ws.goals.length + 1;
    const found = new Map<number, { a: Goal; b: Goal; lo: number; hi: number; key?: string }>();
    let visits = 0;
    const take = (a: Goal, b: Goal, key?: string) => {
      visits++;
      if (a.owner === b.owner) return;
      const ia = cc.indexOf(a);
      const ib = cc.indexOf(b);
      const lo = Math.min(ia, ib);
      const hi = Math.max(ia, ib);
      const id = lo * n + hi;
      const seen = found.get(id);
      if (!seen) found.set(id, { a, b, lo, hi, ...(key !== undefined ? { key } : {}) });
      else if (key !== undefined && seen.key !== undefined && key < seen.key) Object.assign(seen, { a, b, key });
    };
    for (const key of this.#crowded.plain) {
      const bucket = this.#plain.get(key)!;
      for (let i = 0; i < bucket.length; i++) {
        for (let j = i + 1; j < bucket.length; j++) {
          const [x, y] = cc.indexOf(bucket[i]!) < cc.indexOf(bucket[j]!) ? [bucket[i]!, bucket[j]!] : [bucket[j]!, bucket[i]!];
          take(x, y);
        }
      }
    }
    for (const key of this.#crowded.sided) {
      const [left, right] = this.#sided.get(key)!;
      for (const a of left) for (const b of right) if (a !== b) take(a, b, key);
    }
    cc.visit(rule, visits);
    cc.count(rule, found.size);
    return [...found.values()].sort((x, y) => x.lo - y.lo || x.hi - y.hi).map((p) => [p.a, p.b]);
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
