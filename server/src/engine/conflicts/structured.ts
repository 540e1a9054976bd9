/**
 * The structured conflict tests, shared by their rules and by
 * `possible-conflict` (which stays silent where these decide).
 *
 * System names compare case- and whitespace-insensitively (`systemKey`):
 * «Visma HRM» = «visma  hrm» = «VismaHRM».
 */
import type { Goal, Span } from '../types.js';
import { systemKey } from '../text/normalize.js';
import type { ConflictContext } from './context.js';

export type SystemRole = 'adopt' | 'retain' | 'phase-out';

export interface SystemItem {
  role: SystemRole;
  /** The system as written. */
  name: string;
  /** The item in the property value. */
  span: Span;
}

export interface SystemConflict {
  /**
   * `retired`: one adopts/retains a system the other phases out;
   * `different`: both adopt, different systems, in the same area;
   * `adoptVsRetain`: one adopts X, the other keeps Y ≠ X, in the same area.
   */
  kind: 'retired' | 'different' | 'adoptVsRetain';
  /** The item of the first goal the conflict is about. */
  a: SystemItem;
  /** The item of the second goal. */
  b: SystemItem;
}

function items(goal: Goal, role: SystemRole): SystemItem[] {
  const out: SystemItem[] = [];
  for (const p of goal.properties) {
    if (!p.known || p.key !== role) continue;
    for (const it of p.items) if (it.text.trim()) out.push({ role, name: it.text.trim(), span: it.span });
  }
  return out;
}

interface Systems {
  adopt: SystemItem[];
  retain: SystemItem[];
  phaseOut: SystemItem[];
  /** systemKey → roles */
  keys: Map<string, Set<SystemRole>>;
}

/** Most goals name no system (four in five of a national workspace): they share this one, which nobody changes. */
const NO_SYSTEMS: Systems = { adopt: [], retain: [], phaseOut: [], keys: new Map() };

const cache = new WeakMap<Goal, Systems>();
function systemsOf(goal: Goal): Systems {
  let s = cache.get(goal);
  if (!s) {
    const adopt = items(goal, 'adopt');
    const retain = items(goal, 'retain');
    const phaseOut = items(goal, 'phase-out');
    s = adopt.length || retain.length || phaseOut.length ? systems(adopt, retain, phaseOut) : NO_SYSTEMS;
    cache.set(goal, s);
  }
  return s;
}

function systems(adopt: SystemItem[], retain: SystemItem[], phaseOut: SystemItem[]): Systems {
  const s: Systems = { adopt, retain, phaseOut, keys: new Map() };
  for (const it of [...adopt, ...retain, ...phaseOut]) {
    const k = systemKey(it.name);
    const roles = s.keys.get(k) ?? new Set<SystemRole>();
    roles.add(it.role);
    s.keys.set(k, roles);
  }
  return s;
}

/** System keys a goal adopts or retains, and those it phases out (for indexing). */
export function systemKeys(goal: Goal): { keep: string[]; retire: string[] } {
  const s = systemsOf(goal);
  return { keep: [...s.adopt, ...s.retain].map((i) => systemKey(i.name)), retire: s.phaseOut.map((i) => systemKey(i.name)) };
}

function has(s: Systems, name: string, ...roles: SystemRole[]): boolean {
  const r = s.keys.get(systemKey(name));
  return !!r && roles.some((x) => r.has(x));
}

/** The system-choice conflict between two goals (overlap not checked here), or undefined. */
export function systemConflict(ctx: ConflictContext, a: Goal, b: Goal): SystemConflict | undefined {
  const sa = systemsOf(a);
  const sb = systemsOf(b);
  // Keep vs retire the same system: no area needed, the system says it all.
  for (const [x, y, flip] of [[sa, sb, false], [sb, sa, true]] as const) {
    for (const keep of [...x.adopt, ...x.retain]) {
      const retire = y.phaseOut.find((i) => systemKey(i.name) === systemKey(keep.name));
      if (retire) return flip ? { kind: 'retired', a: retire, b: keep } : { kind: 'retired', a: keep, b: retire };
    }
  }
  const area = ctx.info(a).area;
  if (!area || area !== ctx.info(b).area) return undefined;
  // Each adopts a system the other neither adopts nor keeps.
  const newTo = (x: SystemItem[], other: Systems) => x.find((i) => !has(other, i.name, 'adopt', 'retain'));
  const da = newTo(sa.adopt, sb);
  const db = newTo(sb.adopt, sa);
  if (da && db) return { kind: 'different', a: da, b: db };
  // One adopts X, the other keeps Y and does not adopt X itself.
  for (const [x, y, flip] of [[sa, sb, false], [sb, sa, true]] as const) {
    const adopt = newTo(x.adopt, y);
    const keep = newTo(y.retain, x);
    if (adopt && keep) return flip ? { kind: 'adoptVsRetain', a: keep, b: adopt } : { kind: 'adoptVsRetain', a: adopt, b: keep };
  }
  return undefined;
}

export interface DirectionOf {
  direction: 'increase' | 'decrease';
  /** The `direction` value, or the `target` value when the direction is implied by baseline → target. */
  span: Span;
  implied: boolean;
}

/**
 * Which way a goal drives its indicator: its `direction`, or, without one,
 * the way from `baseline` to `target` (420 → 380 is a decrease). `maintain`
 * has no way.
 */
export function directionOf(goal: Goal): DirectionOf | undefined {
  const f = goal.facts;
  const prop = (key: string) => goal.properties.find((p) => p.known && p.key === key);
  if (f.direction === 'increase' || f.direction === 'decrease') {
    const p = prop('direction');
    return { direction: f.direction, span: p?.valueSpan ?? goal.titleSpan, implied: false };
  }
  if (f.direction === undefined && f.baseline !== undefined && f.target !== undefined && f.baseline !== f.target) {
    const p = prop('target');
    return { direction: f.target > f.baseline ? 'increase' : 'decrease', span: p?.valueSpan ?? goal.titleSpan, implied: true };
  }
  return undefined;
}

export interface DirectionConflict {
  indicator: string;
  label: string;
  a: DirectionOf;
  b: DirectionOf;
}

/** Opposite directions on the same indicator (overlap not checked here), or undefined. */
export function directionConflict(ctx: ConflictContext, a: Goal, b: Goal): DirectionConflict | undefined {
  const ia = ctx.info(a).indicator;
  const ib = ctx.info(b).indicator;
  if (!ia || !ib || ia.key !== ib.key) return undefined;
  const da = directionOf(a);
  const db = directionOf(b);
  if (!da || !db || da.direction === db.direction) return undefined;
  return { indicator: ia.key, label: ia.label, a: da, b: db };
}

/**
 * Whether structured properties decide the pair, conflict or not, so that
 * `possible-conflict` has nothing to add (rules.md: «no structured properties
 * decide it»):
 *   - both goals state system choices (adopt/retain/phase-out) in the same
 *     `area`, or name a system in common: conflict-system-choice decides;
 *   - both state a direction (`direction`, or one implied by baseline →
 *     target, `maintain` included) on the same indicator: conflict-direction
 *     decides;
 *   - both state an `area`, and the areas differ: the goals are about
 *     different things.
 */
export function structurallyDecided(ctx: ConflictContext, a: Goal, b: Goal): boolean {
  // Goals in different areas are about different things: a word they share («system») is chance.
  const areaA = ctx.info(a).area;
  const areaB = ctx.info(b).area;
  if (areaA && areaB && areaA !== areaB) return true;
  const sa = systemsOf(a);
  const sb = systemsOf(b);
  if (sa !== NO_SYSTEMS && sb !== NO_SYSTEMS) {
    if (areaA && areaA === areaB) return true;
    for (const k of sa.keys.keys()) if (sb.keys.has(k)) return true;
  }
  const ia = ctx.info(a).indicator;
  const ib = ctx.info(b).indicator;
  if (ia && ib && ia.key === ib.key) {
    const states = (g: Goal) => g.facts.direction !== undefined || directionOf(g) !== undefined;
    if (states(a) && states(b)) return true;
  }
  return false;
}
