/**
 * Demand versus capacity of the shared resources of `samstemt.yaml`, per
 * calendar year, the way `conflict-capacity` counts it: a goal's `requires`
 * amount for a resource counts in every year its active window touches
 * (conflicts/window.ts: `start` or the period's start to `deadline` or the
 * period's end). An open bound overlaps every year: a goal with no known dates
 * counts in every year shown, one with only a deadline in every year up to it
 * (`countedYears`). Goals without an owner, dropped and done goals count in
 * no year; a resource whose goals have no known year at all gets no chart.
 * At most MAX_YEARS years are shown, from the first, or ending with the last
 * when the first overbooked year would otherwise fall outside.
 *
 * Example (the sample cooperation): `utviklingskapasitet` (capacity 12) in
 * 2025 = onboarding-vassbygd 6 + chatbot 3 + ki-byggesak 4 = 13, over.
 */
import type { Goal } from '../engine/types.js';
import type { WorkspaceModel } from '../engine/workspaceModel.js';
import { countedYears, countsIn, goalWindow, yearRange, type YearRange } from '../engine/conflicts/window.js';
import { isDone } from '../engine/conflicts/context.js';
import { amountIn, exceedsCapacity } from '../engine/text/units.js';
import type { CapacityResource, CapacityYear } from './reportTypes.js';

/** At most this many years per resource are shown (a typo like `Frist: 2205` must not draw 180 bars). */
export const MAX_YEARS = 15;

/** Whether a goal takes part in conflicts and capacity (same test as the conflict rules). */
export function isActiveGoal(goal: Goal): boolean {
  return goal.owner !== '' && goal.facts.status !== 'dropped';
}

export function capacityByResource(ws: WorkspaceModel, goals: readonly Goal[] = ws.goals): CapacityResource[] {
  // resource → its demands, each with the years it counts in
  const perResource = new Map<string, { goal: string; amount: number; years: YearRange }[]>();
  for (const goal of goals) {
    if (!isActiveGoal(goal) || isDone(goal)) continue;
    const amounts = new Map<string, number>();
    for (const r of goal.facts.requires) {
      const def = ws.config.resources.get(r.resource);
      const amount = def && amountIn(r.amount, r.unit, def.unit);
      if (amount === undefined) continue;
      amounts.set(r.resource, (amounts.get(r.resource) ?? 0) + amount);
    }
    if (!amounts.size) continue;
    const years = yearRange(goalWindow(goal, ws.documentOf(goal)));
    for (const [resource, amount] of amounts) {
      const list = perResource.get(resource);
      if (list) list.push({ goal: goal.key, amount, years });
      else perResource.set(resource, [{ goal: goal.key, amount, years }]);
    }
  }

  const out: CapacityResource[] = [];
  for (const def of ws.config.resources.values()) {
    const all = perResource.get(def.id) ?? [];
    const known = countedYears(all.map((d) => d.years));
    if (!known.length) continue;
    const demandsIn = (y: number) => all.filter((d) => countsIn(d.years, y)).map(({ goal, amount }) => ({ goal, amount }));
    const isOver = (total: number) => def.capacity !== undefined && exceedsCapacity(total, def.capacity);
    const last = known[known.length - 1]!;
    let from = known[0]!;
    // More years than shown (a goal `Fra: 2008`): start later rather than hide the first overbooked year that
    // conflict-capacity reports, keeping the chart's last years.
    if (last - from + 1 > MAX_YEARS) {
      const firstOver = known.find((y) => isOver(demandsIn(y).reduce((s, d) => s + d.amount, 0)));
      if (firstOver !== undefined && firstOver > from + MAX_YEARS - 1) from = Math.min(firstOver, last - MAX_YEARS + 1);
    }
    const to = Math.min(last, from + MAX_YEARS - 1);
    const years: CapacityYear[] = [];
    for (let y = from; y <= to; y++) {
      const demands = demandsIn(y);
      const total = demands.reduce((s, d) => s + d.amount, 0);
      years.push({ year: y, demand: round(total), over: isOver(total), demands });
    }
    const r: CapacityResource = { id: def.id, years };
    if (def.owner) r.owner = def.owner;
    if (def.unit) r.unit = def.unit;
    if (def.capacity !== undefined) r.capacity = def.capacity;
    out.push(r);
  }
  return out;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
