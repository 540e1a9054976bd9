/**
 * What the conflict rules share for one analysed workspace: each goal's scope
 * members, window, indicator and resources (computed once), the overlap test
 * of rules.md "Conflicts across members", acceptance, and the comparison
 * counter.
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
 * analysis; tests read it with `conflictStats(ws)`.
 */
import type { Goal, Span } from '../types.js';
import type { WorkspaceModel } from '../workspaceModel.js';
import { goalWindow, intersect, windowsOverlap, type Window } from './window.js';

export interface GoalInfo {
  goal: Goal;
  /** Position in `ws.goals`: a stable order for pairs and reports. */
  index: number;
  window: Window;
  /** Members the goal applies to: scope (or the owner), minus `exempt`. */
  members: ReadonlySet<string>;
  /** The goal's indicator: a config id when it names one (by id or name), else its normalised text. */
  indicator?: { key: string; label: string; shared: boolean };
  /** Resources named in `requires`. */
  resources: ReadonlySet<string>;
  /** Keys that can make two goals overlap: `m:<member>`, `i:<shared indicator>`, `r:<resource>`. */
  links: readonly string[];
  /** False for goals that take part in no conflict: no owner, or `Status: avbrutt` (dropped). */
  active: boolean;
}

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
}

const contexts = new WeakMap<WorkspaceModel, ConflictContext>();

/** The conflict context of an analysed workspace (created on first use). */
export function conflictContext(ws: WorkspaceModel): ConflictContext {
  let c = contexts.get(ws);
  if (!c) {
    c = new ConflictContext(ws);
    contexts.set(ws, c);
  }
  return c;
}

/**
 * How many candidate pairs the conflict rules compared while analysing `ws`.
 * Read it from `engine.analyze().workspaces[i]`.
 */
export function conflictStats(ws: WorkspaceModel): ConflictStats {
  return conflictContext(ws).stats;
}

export class ConflictContext {
  readonly ws: WorkspaceModel;
  readonly stats: ConflictStats;
  readonly #infos = new Map<Goal, GoalInfo>();
  readonly #indexOf = new Map<Goal, number>();
  readonly #visits = new Map<string, number>();

  constructor(ws: WorkspaceModel) {
    this.ws = ws;
    ws.goals.forEach((g, i) => this.#indexOf.set(g, i));
    this.stats = { goals: ws.goals.length, comparisons: 0, byRule: {}, bucketPairs: 0 };
  }

  info(goal: Goal): GoalInfo {
    let info = this.#infos.get(goal);
    if (!info) {
      info = this.#build(goal);
      this.#infos.set(goal, info);
    }
    return info;
  }

  /** Active goals of the workspace, in document order. */
  goals(): Goal[] {
    return this.ws.goals.filter((g) => this.info(g).active);
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
  }

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

  /** `accepts` on either goal that names the other one. */
  accepted(a: Goal, b: Goal): Accepted | undefined {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      for (const acc of x.facts.accepts) {
        if (this.ws.resolve(x, acc.ref) === y) return { by: x, reason: acc.reason, span: acc.ref.span };
      }
    }
    return undefined;
  }

  #build(goal: Goal): GoalInfo {
    const { ws } = this;
    const f = goal.facts;
    const exempt = new Set(f.exempt);
    const scope = f.scopeAll ? [...ws.members.keys()] : f.scope.length ? f.scope : goal.owner ? [goal.owner] : [];
    const members = new Set(scope.filter((m) => !exempt.has(m)));
    const resources = new Set(f.requires.map((r) => r.resource));
    const info: GoalInfo = {
      goal,
      index: this.#indexOf.get(goal) ?? -1,
      window: goalWindow(goal, ws.documentOf(goal)),
      members,
      resources,
      links: [],
      active: goal.owner !== '' && f.status !== 'dropped',
    };
    if (f.indicator) info.indicator = this.#indicator(f.indicator);
    const links = [...members].map((m) => `m:${m}`);
    if (info.indicator?.shared) links.push(`i:${info.indicator.key}`);
    for (const r of resources) links.push(`r:${r}`);
    info.links = links;
    return info;
  }

  #indicator(text: string): { key: string; label: string; shared: boolean } {
    const t = normalizeLabel(text);
    for (const def of this.ws.config.indicators.values()) {
      if (normalizeLabel(def.id) === t || (def.name !== undefined && normalizeLabel(def.name) === t)) {
        return { key: def.id, label: def.name ?? def.id, shared: def.shared };
      }
    }
    return { key: `text:${t}`, label: text, shared: false };
  }
}

/** Indicator texts compare case- and whitespace-insensitively. */
export function normalizeLabel(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}
