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
 * Example: `ikt-fjord#felles-hr` (hr, scope all) is filed under `hr` with
 * `m:storby`, `m:fjellbygd`, …; `fjellbygd#behold-lonn` (hr) under `hr` with
 * `m:fjellbygd`; they meet in that one bucket.
 *
 * The index outlives one analysis (it is carried over with the goals' conflict
 * facts, see context.ts): `sync` takes out the goals of documents that left
 * the workspace (an edited document's old parse) and files those of new
 * documents, so an edit touches only the goals of the edited document.
 *
 * Memory: a goal is in many buckets (one per member and topic for a goal of
 * all members; the national benchmark's 16 000 goals fill some 45 000 in the
 * indexes of three rules), so a bucket costs little: buckets are found by link
 * key, then topic, without concatenated key strings (link keys are shared
 * strings, see context.ts); a bucket of one goal holds it bare; and the index
 * keeps no record of where it filed a goal, it asks the rule again to take it
 * out (`filingsOf` depends on the goal alone).
 */
import type { Goal, StrategyDocument } from '../types.js';
import type { ConflictContext, GoalInfo } from './context.js';
import { sameItems } from '../memo.js';

/** Where a rule files a goal: a topic, and for a sided topic the goal's side. */
export interface Filing {
  topic: string;
  side?: 0 | 1;
}

/**
 * The goals filed in one bucket, in the order they were filed. Most buckets
 * hold one goal (a goal is filed once per member in its scope): such a goal
 * is held bare, and an array is made only for the second.
 */
type Bucket = Goal | Goal[];
/** Buckets by link key, then topic. */
type Shelf = Map<string, Map<string, Bucket>>;

export class PairIndex {
  readonly #plain: Shelf = new Map();
  /** The two sides of the sided buckets: a sided bucket is one link key and topic on both shelves. */
  readonly #sides: [Shelf, Shelf] = [new Map(), new Map()];
  /**
   * The parsed documents whose active goals are filed, with those goals and
   * the number of buckets they went into (to check that taking them out again
   * found every one).
   */
  readonly #documents = new Map<StrategyDocument, { goals: readonly Goal[]; placed: number }>();
  /**
   * Buckets that can hold a pair, as topics by link key: plain ones with two
   * goals or more, sided ones with a goal on each side. `pairs` visits only
   * these.
   */
  readonly #crowded = { plain: new Map<string, Set<string>>(), sided: new Map<string, Set<string>>() };

  /**
   * Makes the index hold exactly the active goals of the analysis, filing new
   * goals where `filingsOf` says (which must depend on the goal alone). Parsed
   * documents are compared by identity: an unchanged document keeps its goals
   * filed without looking at them. Returns how many goals it filed.
   *
   * A document re-parsed after an edit comes back as new goal objects, most of
   * them filed exactly as before: a goal with the same ID, filings and link
   * keys as one of the old parse takes its place in its buckets (a goal of all
   * members is in a bucket per member), the others are filed and taken out.
   */
  sync(cc: ConflictContext, filingsOf: (goal: Goal) => readonly Filing[]): number {
    let filed = 0;
    const current = new Set(cc.ws.documents);
    const leaving = new Map<string, { goals: readonly Goal[]; placed: number }>();
    for (const [doc, entry] of this.#documents) {
      if (current.has(doc)) continue;
      this.#documents.delete(doc);
      if (leaving.has(doc.uri)) this.#takeOutAll(cc, filingsOf, entry);
      else leaving.set(doc.uri, entry);
    }
    for (const doc of current) {
      if (this.#documents.has(doc)) continue;
      const goals = cc.activeGoalsOf(doc);
      const before = leaving.get(doc.uri);
      leaving.delete(doc.uri);
      this.#documents.set(doc, { goals, placed: before ? this.#replace(cc, filingsOf, before, goals) : this.#fileAll(cc, filingsOf, goals) });
      filed += goals.length;
    }
    for (const entry of leaving.values()) this.#takeOutAll(cc, filingsOf, entry);
    return filed;
  }

  #fileAll(cc: ConflictContext, filingsOf: (goal: Goal) => readonly Filing[], goals: readonly Goal[]): number {
    let placed = 0;
    for (const goal of goals) placed += this.#file(cc.info(goal), filingsOf(goal));
    return placed;
  }

  #takeOutAll(cc: ConflictContext, filingsOf: (goal: Goal) => readonly Filing[], { goals, placed }: { goals: readonly Goal[]; placed: number }): void {
    let removed = 0;
    for (const goal of goals) removed += this.#unfile(cc.info(goal), filingsOf(goal));
    // A `filingsOf` that answers differently now would leave goals behind: sweep them out.
    if (removed !== placed) this.#sweep(new Set(goals));
  }

  /** Files `goals` in place of the goals of an earlier parse of their document; returns how many buckets they went into. */
  #replace(cc: ConflictContext, filingsOf: (goal: Goal) => readonly Filing[], before: { goals: readonly Goal[]; placed: number }, goals: readonly Goal[]): number {
    const byKey = new Map<string, Goal | null>();
    for (const g of before.goals) byKey.set(g.key, byKey.has(g.key) ? null : g);
    const swapped = new Set<Goal>();
    let moved = 0;
    let placed = 0;
    for (const goal of goals) {
      const info = cc.info(goal);
      const filings = filingsOf(goal);
      const old = byKey.get(goal.key);
      if (old && !swapped.has(old) && sameFilings(filings, filingsOf(old)) && sameItems(info.links, cc.info(old).links)) {
        const n = this.#each(info, filings, (shelf, link, topic) => swap(shelf, link, topic, old, goal), false);
        swapped.add(old);
        moved += n;
        placed += n;
      } else {
        placed += this.#file(info, filings);
      }
    }
    const rest = before.goals.filter((g) => !swapped.has(g));
    let removed = 0;
    for (const goal of rest) removed += this.#unfile(cc.info(goal), filingsOf(goal));
    if (moved + removed !== before.placed) this.#sweep(new Set(before.goals));
    return placed;
  }

  /** Files a goal in its buckets; returns how many buckets it went into. */
  #file(info: GoalInfo, filings: readonly Filing[]): number {
    return this.#each(info, filings, put);
  }

  /** Takes a goal out of the buckets `filings` name; returns how many it was in. */
  #unfile(info: GoalInfo, filings: readonly Filing[]): number {
    return this.#each(info, filings, takeOut);
  }

  /** Puts the goal into, or takes it out of, each bucket of its filings; counts the buckets that changed. */
  #each(info: GoalInfo, filings: readonly Filing[], change: typeof put, recount = true): number {
    let n = 0;
    for (const { topic, side } of filings) {
      const shelf = side === undefined ? this.#plain : this.#sides[side];
      for (const link of info.links) {
        if (!change(shelf, link, topic, info.goal)) continue;
        n++;
        if (recount) this.#recount(side === undefined, link, topic);
      }
    }
    return n;
  }

  /** Takes `goals` out of every bucket (the slow way, see `sync`). */
  #sweep(goals: ReadonlySet<Goal>): void {
    for (const shelf of [this.#plain, ...this.#sides]) {
      for (const [link, byTopic] of shelf) {
        for (const [topic, bucket] of byTopic) {
          for (const goal of [...listOf(bucket)]) if (goals.has(goal)) takeOut(shelf, link, topic, goal);
          this.#recount(shelf === this.#plain, link, topic);
        }
      }
    }
  }

  /** Keeps `#crowded` up to date after a goal went into or out of a bucket. */
  #recount(plain: boolean, link: string, topic: string): void {
    if (plain) mark(this.#crowded.plain, link, topic, Array.isArray(this.#plain.get(link)?.get(topic)));
    else mark(this.#crowded.sided, link, topic, !!this.#sides[0].get(link)?.has(topic) && !!this.#sides[1].get(link)?.has(topic));
  }

  /**
   * Distinct pairs of goals with different owners that share a bucket, in
   * document order; each counts as one comparison of `rule`. A pair from a
   * plain bucket comes in document order, one from a sided bucket side 0
   * first (plain buckets first; among sided buckets that disagree, the one
   * with the smallest key `<topic>|<link>`), so the result does not depend on
   * the order in which goals were filed.
   */
  pairs(cc: ConflictContext, rule: string): [Goal, Goal][] {
    const n = cc.ws.goals.length + 1;
    const found = new Map<number, { a: Goal; b: Goal; lo: number; hi: number; key?: string }>();
    let visits = 0;
    // Each goal's place, looked up once per call: a goal of all members is in a bucket per member.
    const places = new Map<Goal, number>();
    const placesOf = (bucket: readonly Goal[]) =>
      bucket.map((g) => {
        let i = places.get(g);
        if (i === undefined) places.set(g, (i = cc.indexOf(g)));
        return i;
      });
    const take = (a: Goal, b: Goal, ia: number, ib: number, key?: string) => {
      visits++;
      if (a.owner === b.owner) return;
      const lo = Math.min(ia, ib);
      const hi = Math.max(ia, ib);
      const id = lo * n + hi;
      const seen = found.get(id);
      if (!seen) found.set(id, { a, b, lo, hi, ...(key !== undefined ? { key } : {}) });
      else if (key !== undefined && seen.key !== undefined && key < seen.key) Object.assign(seen, { a, b, key });
    };
    for (const [link, topics] of this.#crowded.plain) {
      for (const topic of topics) {
        const bucket = listOf(this.#plain.get(link)!.get(topic)!);
        const at = placesOf(bucket);
        for (let i = 0; i < bucket.length; i++) {
          for (let j = i + 1; j < bucket.length; j++) {
            if (at[i]! < at[j]!) take(bucket[i]!, bucket[j]!, at[i]!, at[j]!);
            else take(bucket[j]!, bucket[i]!, at[j]!, at[i]!);
          }
        }
      }
    }
    for (const [link, topics] of this.#crowded.sided) {
      for (const topic of topics) {
        const left = listOf(this.#sides[0].get(link)!.get(topic)!);
        const right = listOf(this.#sides[1].get(link)!.get(topic)!);
        const atLeft = placesOf(left);
        const atRight = placesOf(right);
        const key = `${topic}|${link}`;
        for (let i = 0; i < left.length; i++) for (let j = 0; j < right.length; j++) if (left[i] !== right[j]) take(left[i]!, right[j]!, atLeft[i]!, atRight[j]!, key);
      }
    }
    cc.visit(rule, visits);
    cc.count(rule, found.size);
    return [...found.values()].sort((x, y) => x.lo - y.lo || x.hi - y.hi).map((p) => [p.a, p.b]);
  }
}

function listOf(bucket: Bucket): readonly Goal[] {
  return Array.isArray(bucket) ? bucket : [bucket];
}

/**
 * Files a goal last in a bucket. False when it is the last one in already:
 * it went in for an earlier, equal filing of the same goal.
 */
function put(shelf: Shelf, link: string, topic: string, goal: Goal): boolean {
  let byTopic = shelf.get(link);
  if (!byTopic) shelf.set(link, (byTopic = new Map()));
  const bucket = byTopic.get(topic);
  if (bucket === undefined) byTopic.set(topic, goal);
  else if (!Array.isArray(bucket)) {
    if (bucket === goal) return false;
    byTopic.set(topic, [bucket, goal]);
  } else {
    if (bucket[bucket.length - 1] === goal) return false;
    bucket.push(goal);
  }
  return true;
}

/** Takes a goal out of a bucket, keeping the others' order; false when it was not in. Drops an empty bucket. */
function takeOut(shelf: Shelf, link: string, topic: string, goal: Goal): boolean {
  const byTopic = shelf.get(link);
  const bucket = byTopic?.get(topic);
  if (bucket === undefined || !byTopic) return false;
  if (!Array.isArray(bucket)) {
    if (bucket !== goal) return false;
    byTopic.delete(topic);
    if (!byTopic.size) shelf.delete(link);
    return true;
  }
  const at = bucket.indexOf(goal);
  if (at < 0) return false;
  bucket.splice(at, 1);
  if (bucket.length === 1) byTopic.set(topic, bucket[0]!);
  return true;
}

/** Puts `goal` where `old` is in a bucket; false when `old` is not in it. The bucket's size, and so its crowding, stays. */
function swap(shelf: Shelf, link: string, topic: string, old: Goal, goal: Goal): boolean {
  const byTopic = shelf.get(link);
  const bucket = byTopic?.get(topic);
  if (bucket === undefined || !byTopic) return false;
  if (!Array.isArray(bucket)) {
    if (bucket !== old) return false;
    byTopic.set(topic, goal);
    return true;
  }
  const at = bucket.indexOf(old);
  if (at < 0) return false;
  bucket[at] = goal;
  return true;
}

function sameFilings(a: readonly Filing[], b: readonly Filing[]): boolean {
  return a.length === b.length && a.every((f, i) => f.topic === b[i]!.topic && f.side === b[i]!.side);
}

/** Adds or removes (link, topic) in a set of crowded buckets. */
function mark(crowded: Map<string, Set<string>>, link: string, topic: string, on: boolean): void {
  let topics = crowded.get(link);
  if (on) {
    if (!topics) crowded.set(link, (topics = new Set()));
    topics.add(topic);
  } else if (topics?.delete(topic) && !topics.size) {
    crowded.delete(link);
  }
}
