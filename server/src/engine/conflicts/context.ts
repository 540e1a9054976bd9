/**
 * What the conflict rules share for one analysed workspace: each goal's scope
 * members, window, indicator and resources (computed once, and one object for
 * the goals that have them alike), the overlap test of rules.md "Conflicts
 * across members", acceptance, and the comparison counter.
 *
 * Two goals *overlap* when
 *   - they have different owners,
 *   - their scopes share a member (`Omfang: alle` = every member, default = the
 *     owner, minus `Unntak`), or both concern the same `shared: true`
 *     indicator, or both require the same resource,
 *   - and their active windows overlap (see window.ts).
 *
 * The context is created lazily per `WorkspaceModel`. The engine builds a new
 * model for every analysis, so the counter in `stats` describes exactly one
 * analysis; tests read it with `conflictStats(ws)`. What the contexts of
 * successive analyses of one workspace share (goal facts, candidate indexes,
 * the reports of pairs and capacity runs) is `CarriedOver`.
 */
import type { Goal, Lang, Span, StrategyDocument } from '../types.js';
import type { WorkspaceModel } from '../workspaceModel.js';
import type { WorkspaceConfig } from '../model/config.js';
import { isPlaceholder } from '../model/placeholder.js';
import { memberOf } from '../model/memberNames.js';
import { areaAsRead } from '../model/areas.js';
import type { Report, RuleContext } from '../rule.js';
import { PairIndex, type Filing } from './pairIndex.js';
import { goalWindow, intersect, windowsOverlap, type Window } from './window.js';
import { movedReports, originOf, type GoalOrigin, type TextChange } from '../model/goalOrigins.js';
import { plainName } from '../text/normalize.js';

/**
 * The conflict facts of one goal. A national workspace holds tens of
 * thousands, so what many goals have alike is one shared, read-only object
 * (see `Shared`): the window, the members and links of a scope, the empty
 * resource set.
 */
export interface GoalInfo {
  goal: Goal;
  window: Window;
  /** Members the goal applies to: scope (or the owner), minus `exempt`. */
  members: ReadonlySet<string>;
  /** The goal's indicator: a config id when it names one (by id or name), else its normalised text. */
  indicator?: Indicator;
  /** The goal's area as read: the configured area its value surely misspells (`økonomi` for `okonomi`), else as written. */
  area: string | undefined;
  /** Resources named in `requires`. */
  resources: ReadonlySet<string>;
  /** Keys that can make two goals overlap: `m:<member>`, `i:<shared indicator>`, `r:<resource>`. */
  links: readonly string[];
  /** False for goals that take part in no conflict: no owner, or `Status: avbrutt` (dropped). */
  active: boolean;
  /** What rules derived from the goal alone (`ConflictContext.derived`), by name; made on first use. */
  derived: Record<string, unknown> | undefined;
}

export interface Indicator {
  key: string;
  label: string;
  shared: boolean;
}

/** The members a scope stands for, and their link keys. */
interface Scope {
  members: ReadonlySet<string>;
  links: readonly string[];
}

/**
 * Facts many goals have alike, made once per carried-over state (so for one
 * config and list of members): scopes by their member list, link keys,
 * windows by their bounds, indicators by the text that names them. Goals
 * share these objects; nobody changes them.
 */
interface Shared {
  scopes: Map<string, Scope>;
  links: Map<string, string>;
  /** By start, then end (undefined = open). */
  windows: Map<Window['start'], Map<Window['end'], Window>>;
  indicators: Map<string, Indicator>;
}

const NO_RESOURCES: ReadonlySet<string> = new Set();

export type OverlapLink =
  | { kind: 'members'; members: string[] }
  | { kind: 'indicator'; indicator: string; label: string }
  | { kind: 'resource'; resource: string };

export interface Overlap {
  /** Why the goals meet, most telling first (shared members, then indicator, then resource). */
  links: OverlapLink[];
  /** The days both goals are active. */
  window: Window;
}

export interface Accepted {
  /** The goal whose `accepts` names the other. */
  by: Goal;
  reason: string;
  /** Span of the reference in the `accepts` item. */
  span: Span;
}

/** Counters of one analysis, for tests and diagnostics of the engine's cost. */
export interface ConflictStats {
  /** Goals in the workspace. */
  goals: number;
  /** Distinct candidate pairs the conflict rules compared, all rules together. */
  comparisons: number;
  /** The same, per rule id. */
  byRule: Record<string, number>;
  /** Pairs visited inside index buckets, repeats included (two goals may meet in several buckets). */
  bucketPairs: number;
  /**
   * Of the pairs compared, how many were evaluated in this analysis and how
   * many replayed the result of an earlier analysis (both goals unchanged).
   */
  evaluated: number;
  replayed: number;
  /**
   * Of the pairs compared, how many took the reports made for the goals they
   * were before an edit re-parsed their document, moved with the edit (the
   * goals read exactly as before; see goalOrigins.ts).
   */
  moved: number;
  /**
   * Goals filed into the rules' candidate indexes in this analysis, all rules
   * together: every active goal in a first analysis, after an edit only the
   * goals of the edited documents.
   */
  filed: number;
}

/**
 * What survives from one analysis of a workspace to the next: each goal's
 * conflict facts, each rule's candidate index, and the reports each rule made
 * for each pair of goals and each over-committed capacity run. Valid while
 * the config object, the members and the goal keys (which resolve `accepts`
 * and `contributes`) are the same; goals are the parsed objects, so an edited
 * document's goals are new and are compared afresh.
 */
interface CarriedOver {
  /** The members and goal-keys fingerprints it was made for (interned strings: compared by identity first). */
  members: string;
  goalKeys: string;
  /** The message language its reports' data is written in (see describe.ts). */
  lang: Lang;
  facts: WeakMap<Goal, GoalInfo>;
  pairs: WeakMap<Goal, WeakMap<Goal, Map<string, Report[]>>>;
  /**
   * Reports of aggregate findings (capacity per resource and years) by a key
   * naming what they read of their goals: those of the last analysis, and those this analysis
   * used (the rest is dropped when the next analysis starts).
   */
  groups: Map<string, Report[]>;
  previousGroups: Map<string, Report[]>;
  /** Each rule's candidate index, updated by the documents that changed. */
  indexes: Map<string, PairIndex>;
  /** The active goals of each parsed document, in document order. */
  active: WeakMap<StrategyDocument, readonly Goal[]>;
  /** What rules derived from a document's goals (`ConflictContext.derivedOfDocument`), by name. */
  documentDerived: WeakMap<StrategyDocument, Map<string, unknown>>;
  /** What goals' facts have alike (scopes, windows, indicators), shared by those goals. */
  shared: Shared;
}
const carriedOver = new WeakMap<WorkspaceConfig, CarriedOver>();

function carriedOverFor(ws: WorkspaceModel, lang: Lang): CarriedOver {
  const members = ws.fingerprint('members');
  const goalKeys = ws.fingerprint('goalKeys');
  let c = carriedOver.get(ws.config);
  if (!c || c.members !== members || c.goalKeys !== goalKeys || c.lang !== lang) {
    const shared: Shared = { scopes: new Map(), links: new Map(), windows: new Map(), indicators: new Map() };
    c = { members, goalKeys, lang, facts: new WeakMap(), pairs: new WeakMap(), groups: new Map(), previousGroups: new Map(), indexes: new Map(), active: new WeakMap(), documentDerived: new WeakMap(), shared };
    carriedOver.set(ws.config, c);
  }
  return c;
}

const contexts = new WeakMap<WorkspaceModel, ConflictContext>();

/**
 * The conflict context of an analysed workspace (created on first use), for
 * findings in `lang`, the run's message language (`RuleContext.lang`).
 */
export function conflictContext(ws: WorkspaceModel, lang: Lang): ConflictContext {
  let c = contexts.get(ws);
  if (!c || c.lang !== lang) {
    c = new ConflictContext(ws, lang);
    contexts.set(ws, c);
  }
  return c;
}

/**
 * The conflict context the analysis of `ws` used, for questions that do not
 * depend on the language (facts, overlap, acceptance): the report's, tests'.
 * One is made when no conflict rule ran.
 */
export function analysedConflictContext(ws: WorkspaceModel): ConflictContext {
  return contexts.get(ws) ?? conflictContext(ws, ws.config.language);
}

/**
 * How many candidate pairs the conflict rules compared while analysing `ws`.
 * Read it from `engine.analyze().workspaces[i]`.
 */
export function conflictStats(ws: WorkspaceModel): ConflictStats {
  return contexts.get(ws)?.stats ?? noComparisons(ws);
}

function noComparisons(ws: WorkspaceModel): ConflictStats {
  return { goals: ws.goals.length, comparisons: 0, byRule: {}, bucketPairs: 0, evaluated: 0, replayed: 0, moved: 0, filed: 0 };
}

export class ConflictContext {
  readonly ws: WorkspaceModel;
  /**
   * The language findings are rendered in. Their data is written in it alone:
   * where every pair of goals in an area conflicts, the findings grow with the
   * square of the goals, and each carries its sentences until the next edit.
   */
  readonly lang: Lang;
  readonly stats: ConflictStats;
  /** Each document of the workspace by URI, with the position of its first goal in `ws.goals`. */
  readonly #documentAt = new Map<string, { doc: StrategyDocument; start: number }>();
  readonly #visits = new Map<string, number>();
  readonly #carried: CarriedOver;

  constructor(ws: WorkspaceModel, lang: Lang) {
    this.ws = ws;
    this.lang = lang;
    let start = 0;
    for (const doc of ws.documents) {
      this.#documentAt.set(doc.uri, { doc, start });
      start += doc.goals.length;
    }
    this.stats = noComparisons(ws);
    this.#carried = carriedOverFor(ws, lang);
    // A new analysis: keep the groups of the last one only.
    this.#carried.previousGroups = this.#carried.groups;
    this.#carried.groups = new Map();
  }

  info(goal: Goal): GoalInfo {
    let info = this.#carried.facts.get(goal);
    if (!info) {
      info = this.#build(goal);
      this.#carried.facts.set(goal, info);
    }
    return info;
  }

  /**
   * Something a rule derives from a goal alone (its topic signals, its
   * systems), computed once per parsed goal and kept with its facts.
   */
  derived<T>(name: string, goal: Goal, compute: () => T): T {
    const info = this.info(goal);
    // A plain object: most goals hold one derived value, and a Map costs several times more.
    const memo = (info.derived ??= {});
    if (Object.hasOwn(memo, name)) return memo[name] as T;
    const value = compute();
    memo[name] = value;
    return value;
  }

  /**
   * Something a rule derives from a document's goals alone (with the config
   * and members, which the carried-over state is kept for), computed once per
   * parsed document: a rule that aggregates over all goals then visits only
   * the goals of an edited document again.
   */
  derivedOfDocument<T>(name: string, doc: StrategyDocument, compute: () => T): T {
    let memo = this.#carried.documentDerived.get(doc);
    if (!memo) this.#carried.documentDerived.set(doc, (memo = new Map()));
    if (memo.has(name)) return memo.get(name) as T;
    const value = compute();
    memo.set(name, value);
    return value;
  }

  /**
   * Runs a rule's check of a group of goals (`key` names everything the check
   * reads of them), or replays the reports it made for the
   * same key in an earlier analysis.
   */
  compareGroup(key: string, ctx: RuleContext, compare: (ctx: RuleContext) => void): void {
    let reports = this.#carried.groups.get(key) ?? this.#carried.previousGroups.get(key);
    if (!reports) {
      const made: Report[] = [];
      compare({ ws: ctx.ws, lang: ctx.lang, report: (r) => made.push(r) });
      reports = made;
    }
    this.#carried.groups.set(key, reports);
    for (const r of reports) ctx.report(r);
  }

  /**
   * Position of a goal in `ws.goals` (-1 for a goal not in it): a stable order
   * for pairs and reports. From the goal's document and its place there, so
   * that a new analysis does not index every goal again.
   */
  indexOf(goal: Goal): number {
    const at = this.#documentAt.get(goal.uri);
    if (!at) return -1;
    const i = positionInDocument(at.doc, goal);
    return i < 0 ? -1 : at.start + i;
  }

  /**
   * The candidate pairs of a rule (see pairIndex.ts): `filingsOf` says where
   * the rule files a goal, and must depend on the goal alone (the index asks
   * again to take a goal out). The rule's index is kept between analyses and
   * re-files only goals that changed.
   */
  candidatePairs(rule: string, filingsOf: (goal: Goal) => readonly Filing[]): [Goal, Goal][] {
    this.beginRule(rule);
    let index = this.#carried.indexes.get(rule);
    if (!index) this.#carried.indexes.set(rule, (index = new PairIndex()));
    const filed = index.sync(this, filingsOf);
    this.stats.filed += filed;
    this.#filedBy.set(rule, filed);
    return index.pairs(this, rule);
  }

  /**
   * Runs a rule's comparison of two goals, or replays the reports it made for
   * the same two goal objects in an earlier analysis: after an edit only the
   * pairs with a goal of the edited document are evaluated again.
   */
  comparePair(rule: string, a: Goal, b: Goal, ctx: RuleContext, compare: (ctx: RuleContext) => void): void {
    let byB = this.#carried.pairs.get(a);
    if (!byB) this.#carried.pairs.set(a, (byB = new WeakMap()));
    let byRule = byB.get(b);
    if (!byRule) byB.set(b, (byRule = new Map()));
    let reports = byRule.get(rule);
    const counts = this.#pairsOf.get(rule) ?? { evaluated: 0, replayed: 0, moved: 0 };
    this.#pairsOf.set(rule, counts);
    if (reports) {
      this.stats.replayed++;
      counts.replayed++;
    } else if ((reports = this.#movedPair(rule, a, b))) {
      byRule.set(rule, reports);
      this.stats.moved++;
      counts.moved++;
    } else {
      const made: Report[] = [];
      compare({ ws: ctx.ws, lang: ctx.lang, report: (r) => made.push(r) });
      byRule.set(rule, (reports = made));
      this.stats.evaluated++;
      counts.evaluated++;
    }
    for (const r of reports) ctx.report(r);
  }

  /**
   * The reports made for the goals `a` and `b` were before an edit re-parsed
   * their documents, at their new places: undefined when neither was only
   * moved (see goalOrigins.ts), or nothing was made for them.
   */
  #movedPair(rule: string, a: Goal, b: Goal): Report[] | undefined {
    const oa = originOf(a);
    const ob = originOf(b);
    if (!oa && !ob) return undefined;
    // A goal's origin stays after it was analysed as it is: its own reports are then the ones to move.
    const tries: [GoalOrigin | undefined, GoalOrigin | undefined][] = [];
    if (oa) tries.push([oa, undefined]);
    if (ob) tries.push([undefined, ob]);
    if (oa && ob) tries.push([oa, ob]);
    for (const [x, y] of tries) {
      const before = this.#carried.pairs.get(x?.goal ?? a)?.get(y?.goal ?? b)?.get(rule);
      if (!before) continue;
      const changes = new Map<string, TextChange>();
      if (x) changes.set(a.uri, x.change);
      if (y) changes.set(b.uri, y.change);
      return movedReports(before, changes);
    }
    return undefined;
  }

  /** Active goals of the workspace, in document order. */
  goals(): Goal[] {
    if (!this.#active) {
      const all: Goal[] = [];
      for (const doc of this.ws.documents) for (const g of this.activeGoalsOf(doc)) all.push(g);
      this.#active = all;
    }
    return this.#active;
  }
  #active: Goal[] | undefined;

  /** Active goals of one document, in document order (kept while the parsed document is the same). */
  activeGoalsOf(doc: StrategyDocument): readonly Goal[] {
    let list = this.#carried.active.get(doc);
    if (!list) {
      list = doc.goals.filter((g) => this.info(g).active);
      this.#carried.active.set(doc, list);
    }
    return list;
  }

  /**
   * Starts a rule's count afresh: a rule run twice on one model (an editor
   * re-running diagnostics) replaces its count instead of doubling it.
   */
  beginRule(rule: string): void {
    this.stats.comparisons -= this.stats.byRule[rule] ?? 0;
    this.stats.byRule[rule] = 0;
    this.stats.bucketPairs -= this.#visits.get(rule) ?? 0;
    this.#visits.set(rule, 0);
    const pairs = this.#pairsOf.get(rule);
    if (pairs) {
      this.stats.evaluated -= pairs.evaluated;
      this.stats.replayed -= pairs.replayed;
      this.stats.moved -= pairs.moved;
    }
    this.#pairsOf.set(rule, { evaluated: 0, replayed: 0, moved: 0 });
    this.stats.filed -= this.#filedBy.get(rule) ?? 0;
    this.#filedBy.set(rule, 0);
  }
  readonly #filedBy = new Map<string, number>();
  readonly #pairsOf = new Map<string, { evaluated: number; replayed: number; moved: number }>();

  /** Counts pairs visited inside index buckets (repeats included). */
  visit(rule: string, n = 1): void {
    this.stats.bucketPairs += n;
    this.#visits.set(rule, (this.#visits.get(rule) ?? 0) + n);
  }

  count(rule: string, n = 1): void {
    this.stats.comparisons += n;
    this.stats.byRule[rule] = (this.stats.byRule[rule] ?? 0) + n;
  }

  /** The overlap of two goals, or undefined when they do not overlap. */
  overlap(a: Goal, b: Goal): Overlap | undefined {
    const ia = this.info(a);
    const ib = this.info(b);
    if (!ia.active || !ib.active || a.owner === b.owner) return undefined;
    if (!windowsOverlap(ia.window, ib.window)) return undefined;
    const links: OverlapLink[] = [];
    const shared = [...ia.members].filter((m) => ib.members.has(m));
    if (shared.length) links.push({ kind: 'members', members: shared });
    if (ia.indicator?.shared && ib.indicator?.shared && ia.indicator.key === ib.indicator.key) {
      links.push({ kind: 'indicator', indicator: ia.indicator.key, label: ia.indicator.label });
    }
    for (const r of ia.resources) if (ib.resources.has(r)) links.push({ kind: 'resource', resource: r });
    if (!links.length) return undefined;
    return { links, window: intersect(ia.window, ib.window) };
  }

  /**
   * `accepts` on either goal that names the other one: the conflict is
   * accepted (rules.md), also without a reason, which the message then asks
   * for. With the placeholder the quick fix writes it is not: nobody has
   * decided yet (see `unfinishedAcceptance`).
   */
  accepted(a: Goal, b: Goal): Accepted | undefined {
    return this.#acceptance(a, b, true);
  }

  /** `accepts` on either goal that names the other one but whose reason is still a placeholder. */
  unfinishedAcceptance(a: Goal, b: Goal): Accepted | undefined {
    return this.#acceptance(a, b, false);
  }

  #acceptance(a: Goal, b: Goal, reasoned: boolean): Accepted | undefined {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      for (const acc of x.facts.accepts) {
        if (!isPlaceholder(acc.reason) !== reasoned) continue;
        if (this.ws.resolve(x, acc.ref) === y) return { by: x, reason: acc.reason, span: acc.ref.span };
      }
    }
    return undefined;
  }

  #build(goal: Goal): GoalInfo {
    const { ws } = this;
    const f = goal.facts;
    // A member written by name where its ID belongs counts as that member (unknown-member asks for the ID).
    const exempt = new Set(f.exempt.map((m) => memberOf(ws.members, m)));
    const scope = f.scopeAll ? [...ws.members.keys()] : f.scope.length ? f.scope.map((m) => memberOf(ws.members, m)) : goal.owner ? [goal.owner] : [];
    const { members, links } = this.#scope(scope.filter((m) => !exempt.has(m)));
    const resources = f.requires.length ? new Set(f.requires.map((r) => r.resource)) : NO_RESOURCES;
    const indicator = f.indicator ? this.#indicator(f.indicator) : undefined;
    const info: GoalInfo = {
      goal,
      window: this.#window(goalWindow(goal, ws.documentOf(goal))),
      members,
      area: f.area === undefined ? undefined : areaAsRead(ws.config.areas, f.area),
      resources,
      links,
      active: goal.owner !== '' && f.status !== 'dropped',
      indicator,
      derived: undefined,
    };
    // Only a goal with a shared indicator or resources has links of its own.
    if (indicator?.shared || resources.size) {
      const own = [...links];
      if (indicator?.shared) own.push(this.#link(`i:${indicator.key}`));
      for (const r of resources) own.push(this.#link(`r:${r}`));
      info.links = own;
    }
    return info;
  }

  /** The shared scope of a list of members (in order: it is the order overlaps name them in). */
  #scope(members: string[]): Scope {
    const { scopes } = this.#carried.shared;
    const key = JSON.stringify(members);
    let scope = scopes.get(key);
    if (!scope) {
      const set = new Set(members);
      scope = { members: set, links: [...set].map((m) => this.#link(`m:${m}`)) };
      scopes.set(key, scope);
    }
    return scope;
  }

  /** One string per link key, however many goals and scopes have it. */
  #link(key: string): string {
    const { links } = this.#carried.shared;
    const known = links.get(key);
    if (known !== undefined) return known;
    links.set(key, key);
    return key;
  }

  /** One object per window: most goals of a document share its period and a few deadlines. */
  #window(w: Window): Window {
    const { windows } = this.#carried.shared;
    let byEnd = windows.get(w.start);
    if (!byEnd) windows.set(w.start, (byEnd = new Map()));
    const known = byEnd.get(w.end);
    if (known) return known;
    byEnd.set(w.end, w);
    return w;
  }

  /** The indicator a goal names, shared by the goals that write it alike (a national workspace has a few dozen texts). */
  #indicator(text: string): Indicator {
    const { indicators } = this.#carried.shared;
    let known = indicators.get(text);
    if (!known) indicators.set(text, (known = this.#resolveIndicator(text)));
    return known;
  }

  #resolveIndicator(text: string): Indicator {
    const t = normalizeLabel(text);
    for (const def of this.ws.config.indicators.values()) {
      if (normalizeLabel(def.id) === t || (def.name !== undefined && normalizeLabel(def.name) === t)) {
        return { key: def.id, label: def.name ?? def.id, shared: def.shared };
      }
    }
    return { key: `text:${t}`, label: text, shared: false };
  }
}

/** The place of each goal in its parsed document, filled once per document. */
const positions = new WeakMap<StrategyDocument, Map<Goal, number>>();
function positionInDocument(doc: StrategyDocument, goal: Goal): number {
  let map = positions.get(doc);
  if (!map) {
    map = new Map(doc.goals.map((g, i) => [g, i]));
    positions.set(doc, map);
  }
  return map.get(goal) ?? -1;
}

/**
 * A done goal (`Status: fullført`) needs nothing any more, so it takes no part
 * in the conflicts about what it needs (conflict-capacity: no demand;
 * conflict-deadline: it is not late, and nothing contributing to it is). Its
 * outcome stands, so it still takes part in the conflicts about what it
 * decided (conflict-system-choice, conflict-direction, possible-conflict): it
 * is `active`, unlike a dropped goal.
 */
export function isDone(goal: Goal): boolean {
  return goal.facts.status === 'done';
}

/**
 * Indicator texts compare case- and whitespace-insensitively, and, as system
 * names, without quotes around them or a unit in parentheses at the end:
 * `medlemsavgift (kr per innbyggar)` is the indicator `medlemsavgift`.
 */
export function normalizeLabel(text: string): string {
  return plainName(text.trim()).toLowerCase().replace(/\s+/g, ' ');
}
