import { defineRule, type RelatedReport, type RuleContext } from '../engine/rule.js';
import type { Goal, Span, StrategyDocument } from '../engine/types.js';
import type { WorkspaceModel } from '../engine/workspaceModel.js';
import type { ResourceDef } from '../engine/model/config.js';
import { conflictContext, isDone, type Accepted, type ConflictContext } from '../engine/conflicts/context.js';
import { acceptedData, pendingData, keysData, memberName, windowPhrase, type Data } from '../engine/conflicts/describe.js';
import { countedYears, countsIn, yearRange, type YearRange } from '../engine/conflicts/window.js';
import { acceptFixes, ACCEPT_FIX_MESSAGES } from '../engine/conflicts/report.js';
import { sameItems } from '../engine/memo.js';
import { formatNumber } from '../engine/text/numbers.js';
import { amountIn, exceedsCapacity, formatAmount } from '../engine/text/units.js';

const ID = 'conflict-capacity';

/** Consecutive years in which the same goals over-commit a resource. */
interface Run {
  /** The run's years; undefined when no goal of the resource has a known year (all are counted together). */
  from?: number;
  to?: number;
  list: Demand[];
}

interface Demand {
  goal: Goal;
  /** What the goal requires of the resource per active year (all its items for the resource together). */
  amount: number;
  /** The first `requires` item naming the resource. */
  span: Span;
}

/**
 * Goals active in the same year that together require more of a resource
 * than its `capacity` in samstemt.yaml. A `requires` amount counts in every
 * calendar year the goal's window touches, and an open window (no dates, or one
 * bound) in every year it may overlap; a done goal requires nothing. Demand is
 * added up per resource and year (a pass per year over the resource's
 * demands): no pairs are compared.
 */
export default defineRule({
  meta: {
    id: ID,
    defaultSeverity: 'warning',
    category: 'conflicts',
    description: {
      en: 'Goals active in the same year require more of a resource than its capacity.',
      nb: 'Mål som er aktive samme år, krever mer av en ressurs enn kapasiteten.',
      nn: 'Mål som er aktive same år, krev meir av ein ressurs enn kapasiteten.',
    },
    messages: {
      over: {
        en: '«{resource}» is overbooked {years}: the goals active then need {total} a year, but the capacity is {capacity}. Demands: {demands}. Ways out: spread the goals over different years (`{startKey}:`/`{deadlineKey}:`), reduce what they require, raise the capacity in samstemt.yaml, or, if the overbooking is decided, record an accepted conflict with `{acceptsKey}: {otherRef} — <reason>`.{pending}',
        nb: '«{resource}» er overbooket {years}: målene som er aktive da, trenger {total} i året, men kapasiteten er {capacity}. Behov: {demands}. Mulige løsninger: spre målene over ulike år (`{startKey}:`/`{deadlineKey}:`), reduser behovet, øk kapasiteten i samstemt.yaml, eller, hvis overbookingen er vedtatt, registrer en akseptert konflikt med `{acceptsKey}: {otherRef} — <begrunnelse>`.{pending}',
        nn: '«{resource}» er overbooka {years}: måla som er aktive då, treng {total} i året, men kapasiteten er {capacity}. Behov: {demands}. Moglege løysingar: sprei måla over ulike år (`{startKey}:`/`{deadlineKey}:`), reduser behovet, auk kapasiteten i samstemt.yaml, eller, om overbookinga er vedteken, registrer ein akseptert konflikt med `{acceptsKey}: {otherRef} — <grunngjeving>`.{pending}',
      },
      // An `accepts` already names the overbooking, its reason still to write ({pending}): recording it is no way out.
      overPending: {
        en: '«{resource}» is overbooked {years}: the goals active then need {total} a year, but the capacity is {capacity}. Demands: {demands}. Ways out: spread the goals over different years (`{startKey}:`/`{deadlineKey}:`), reduce what they require, or raise the capacity in samstemt.yaml.{pending}',
        nb: '«{resource}» er overbooket {years}: målene som er aktive da, trenger {total} i året, men kapasiteten er {capacity}. Behov: {demands}. Mulige løsninger: spre målene over ulike år (`{startKey}:`/`{deadlineKey}:`), reduser behovet, eller øk kapasiteten i samstemt.yaml.{pending}',
        nn: '«{resource}» er overbooka {years}: måla som er aktive då, treng {total} i året, men kapasiteten er {capacity}. Behov: {demands}. Moglege løysingar: sprei måla over ulike år (`{startKey}:`/`{deadlineKey}:`), reduser behovet, eller auk kapasiteten i samstemt.yaml.{pending}',
      },
      overSingle: {
        en: '«{self}» ({selfWho}) alone needs {total} of «{resource}» per year {years}, more than the capacity of {capacity}. Ways out: reduce what it requires, spread the work over more years (`{startKey}:`/`{deadlineKey}:`), or raise the capacity in samstemt.yaml.',
        nb: '«{self}» ({selfWho}) trenger alene {total} av «{resource}» per år {years}, mer enn kapasiteten på {capacity}. Mulige løsninger: reduser behovet, spre arbeidet over flere år (`{startKey}:`/`{deadlineKey}:`), eller øk kapasiteten i samstemt.yaml.',
        nn: '«{self}» ({selfWho}) treng åleine {total} av «{resource}» per år {years}, meir enn kapasiteten på {capacity}. Moglege løysingar: reduser behovet, sprei arbeidet over fleire år (`{startKey}:`/`{deadlineKey}:`), eller auk kapasiteten i samstemt.yaml.',
      },
      overAccepted: {
        en: 'Accepted conflict: «{resource}» is overbooked {years} ({total} needed, capacity {capacity}; demands: {demands}). Reason (in {acceptor}): {reason}',
        nb: 'Akseptert konflikt: «{resource}» er overbooket {years} ({total} trengs, kapasitet {capacity}; behov: {demands}). Begrunnelse (i {acceptor}): {reason}',
        nn: 'Akseptert konflikt: «{resource}» er overbooka {years} ({total} trengst, kapasitet {capacity}; behov: {demands}). Grunngjeving (i {acceptor}): {reason}',
      },
      demand: {
        en: '«{title}» ({who}) also needs {amount} a year',
        nb: '«{title}» ({who}) trenger også {amount} i året',
        nn: '«{title}» ({who}) treng òg {amount} i året',
      },
      ...ACCEPT_FIX_MESSAGES,
      capacity: {
        en: 'Capacity of «{resource}»: {capacity} a year',
        nb: 'Kapasiteten til «{resource}»: {capacity} i året',
        nn: 'Kapasiteten til «{resource}»: {capacity} i året',
      },
    },
  },
  checkWorkspace(ctx) {
    const { ws } = ctx;
    const cc = conflictContext(ws, ctx.lang);
    // resource → its demands in workspace order, from each document's demands (kept while the document is the same).
    const byResource = new Map<string, YearlyDemand[]>();
    for (const doc of ws.documents) {
      for (const d of cc.derivedOfDocument(ID, doc, () => demandsOf(ws, cc, doc))) {
        const list = byResource.get(d.resource);
        if (list) list.push(d);
        else byResource.set(d.resource, [d]);
      }
    }

    for (const [resource, demands] of byResource) {
      const def = ws.config.resources.get(resource)!;
      const capacity = def.capacity!;
      // Goals with an open window (no dates, or one bound) count in every year they may overlap.
      const years = countedYears(demands.map((d) => d.years));
      const over: [number | undefined, Demand[]][] = [];
      for (const y of years) {
        const list = demands.filter((d) => countsIn(d.years, y)).map((d) => d.demand);
        if (exceedsCapacity(sum(list), capacity)) over.push([y, list]);
      }
      // No goal with a known year: their windows are all open, so they all overlap.
      if (!years.length) {
        const list = demands.map((d) => d.demand);
        if (exceedsCapacity(sum(list), capacity)) over.push([undefined, list]);
      }
      // Consecutive years with the same goals make one finding: «2025–2026», not two.
      const runs: Run[] = [];
      for (const [year, list] of over) {
        const last = runs[runs.length - 1];
        if (year !== undefined && last?.to !== undefined && last.to === year - 1 && sameItems(last.list, list)) last.to = year;
        else runs.push(year === undefined ? { list } : { from: year, to: year, list });
      }
      for (const run of runs) {
        // The findings of a run depend only on the resource, the years and what they read of its demands.
        const key = `${ID}\0${resource}\0${run.from ?? 'open'}-${run.to ?? 'open'}\0${run.list.map((d) => demandSignature(ws, d)).join('\0')}`;
        cc.compareGroup(key, ctx, (ctx) => reportRun(ws, cc, ctx, resource, def, run));
      }
    }
  },
});

/** What one goal requires of one resource with a capacity, and the years it counts in. */
interface YearlyDemand {
  resource: string;
  demand: Demand;
  years: YearRange;
}

/**
 * The demands of a document's active goals on resources with a capacity, in
 * goal order and, per goal, in the order the resources are first named.
 */
function demandsOf(ws: WorkspaceModel, cc: ConflictContext, doc: StrategyDocument): YearlyDemand[] {
  const out: YearlyDemand[] = [];
  for (const goal of cc.activeGoalsOf(doc)) {
    // A done goal needs nothing any more: it makes no demand (its outcome still counts in the other conflict rules).
    if (!goal.facts.requires.length || isDone(goal)) continue;
    const amounts = new Map<string, Demand>();
    for (const r of goal.facts.requires) {
      const def = ws.config.resources.get(r.resource);
      if (def?.capacity === undefined) continue;
      // In the resource's unit; an amount in a unit that does not convert is left out (invalid-value says so).
      const amount = amountIn(r.amount, r.unit, def.unit);
      if (amount === undefined) continue;
      const d = amounts.get(r.resource);
      if (d) d.amount += amount;
      else amounts.set(r.resource, { goal, amount, span: r.span });
    }
    if (!amounts.size) continue;
    // Open bounds stay open: a goal with no known dates overlaps every year (format.md §3).
    const years = yearRange(cc.info(goal).window);
    for (const [resource, demand] of amounts) out.push({ resource, demand, years });
  }
  return out;
}

/**
 * Everything `reportRun` reads of a demand and its goal, as a string: a run
 * whose demands read the same is reported the same, so an edit elsewhere in a
 * goal's document (which parses the goal anew) does not report the run again.
 * Spans and the insert position are included: an edit before the goal moves
 * them. Whether the goal is the one its key resolves to decides whether an
 * `accepts` elsewhere names it.
 */
function demandSignature(ws: WorkspaceModel, d: Demand): string {
  let s = signatures.get(d);
  if (s === undefined) {
    const g = d.goal;
    const accepts = g.facts.accepts.map((a) => [a.ref.owner ?? null, a.ref.id, a.reason]);
    s = JSON.stringify([g.uri, g.key, g.title, g.owner, g.insertAt, g.properties.length, ws.documentOf(g).lang, ws.documentOf(g).proseLang ?? null, accepts, d.amount, d.span.start, d.span.end]);
    signatures.set(d, s);
  }
  return ws.goalsByKey.get(d.goal.key) === d.goal ? s : `${s}\u0001`;
}
const signatures = new WeakMap<Demand, string>();

/** Reports an over-committed run of years on every goal that adds to it. */
function reportRun(ws: WorkspaceModel, cc: ConflictContext, ctx: RuleContext, resource: string, def: ResourceDef, run: Run): void {
  const capacity = def.capacity!;
  // Amounts with the unit agreeing with each number («1 time», «2 timer»), in the message language.
  const unit = def.unit;
  const lang = cc.lang;
  const total = sum(run.list);
  // Per run, not per finding (a run may hold hundreds of goals): the biggest demands by name, the rest counted.
  const named = largest(run.list, MAX_NAMED);
  const unnamed = run.list.length - named.length;
  // The biggest demands but one more: a finding's other demands are these without its own, or without the smallest of them.
  const nearTop = largest(run.list, MAX_NAMED + 1);
  const smallest = nearTop.find((o) => !named.includes(o));
  const withAccepts = run.list.filter((o) => o.goal.facts.accepts.length > 0);
  // What every finding of the run says alike, written once per run (a run may hold hundreds of goals).
  // Numbers are written as the language writes them (2,5 in Norwegian) with the unit agreeing with them.
  const demands = named.map((o) => `«${o.goal.title}» (${memberName(ws, o.goal.owner)}) ${formatAmount(o.amount, unit, lang)}`).join('; ');
  // Years as dates are written, four digits (`0000-01-01` is a date a document may hold), so that they read as years.
  const year = (y: number | undefined) => String(y).padStart(4, '0');
  const capacityText = formatAmount(capacity, unit, lang);
  const runData: Data = {
    total: formatAmount(total, unit, lang),
    capacity: capacityText,
    demands: demands + (unnamed === 1 ? ONE_MORE_GOAL[lang] : unnamed ? MORE_GOALS[lang].replace('{count}', formatNumber(unnamed, lang)) : ''),
    years: windowPhrase(run.from === undefined ? {} : { start: `${year(run.from)}-01-01`, end: `${year(run.to)}-12-31` }, lang),
  };
  // The related locations a finding may name: the biggest demands, and the capacity in samstemt.yaml.
  const demandAt = new Map(nearTop.map((o): [Demand, RelatedReport] => [o, { uri: o.goal.uri, span: o.span, messageId: 'demand', data: { title: o.goal.title, who: memberName(ws, o.goal.owner), amount: formatAmount(o.amount, unit, lang) }, goal: o.goal.key }]));
  const capacityAt: RelatedReport | undefined = ws.config.uri ? { uri: ws.config.uri, span: def.span, messageId: 'capacity', data: { resource, capacity: capacityText } } : undefined;
  for (const d of run.list) {
    const data: Data = { resource, self: d.goal.title, selfWho: memberName(ws, d.goal.owner), ...keysData(ws, d.goal), ...runData };
    const partners = d.goal.facts.accepts.length ? run.list : withAccepts;
    const acc = acceptance(cc.accepted.bind(cc), d, partners);
    const unfinished = acc ? undefined : acceptance(cc.unfinishedAcceptance.bind(cc), d, partners);
    if (acc) acceptedData(ws, data, acc, acc.other, lang);
    else pendingData(ws, data, unfinished, lang);
    // The biggest other demand is the one to name in `accepts`.
    const left = nearTop.includes(d) ? d : smallest;
    const others = nearTop.filter((o) => o !== d && o !== left);
    const biggest = others.reduce<Demand | undefined>((b, o) => (!b || o.amount > b.amount ? o : b), undefined);
    if (biggest) data.otherRef = biggest.goal.key;
    const related: RelatedReport[] = others.map((o) => demandAt.get(o)!);
    if (capacityAt) related.push(capacityAt);
    ctx.report({
      messageId: acc ? 'overAccepted' : biggest ? (unfinished ? 'overPending' : 'over') : 'overSingle',
      data,
      uri: d.goal.uri,
      span: d.span,
      goal: d.goal.key,
      related,
      // Accepted: info, or hint when the rule is configured as one (never louder than the open finding).
      ...(acc ? { atMost: 'info' as const } : biggest && !unfinished ? { fixes: acceptFixes(ws, d.goal, biggest.goal) } : {}),
    });
  }
}

/**
 * Demands named in a finding's message and related locations. Together with
 * the total and the count of the others this says what the author needs; every
 * demand of a run of n goals on each of its n findings would be n² locations.
 */
const MAX_NAMED = 8;

const MORE_GOALS = {
  en: '; and {count} more goals',
  nb: '; og {count} mål til',
  nn: '; og {count} mål til',
} as const;

/** One goal left unnamed: «and 1 more goal», not «goals». */
const ONE_MORE_GOAL = {
  en: '; and 1 more goal',
  nb: '; og 1 mål til',
  nn: '; og 1 mål til',
} as const;

/** The `n` biggest demands (the first of equal ones), in workspace order. */
function largest(list: readonly Demand[], n: number): Demand[] {
  if (list.length <= n) return [...list];
  const keep = new Set(list.map((d, i) => ({ d, i })).sort((a, b) => b.d.amount - a.d.amount || a.i - b.i).slice(0, n).map((x) => x.d));
  return list.filter((d) => keep.has(d));
}

function sum(list: readonly Demand[]): number {
  return list.reduce((s, d) => s + d.amount, 0);
}

/**
 * A finding on `d` is accepted (or its acceptance unfinished) when its goal and
 * another goal of the same overbooking name each other in `accepts`. `list`:
 * the goals that could, the whole run when `d`'s goal has `accepts`, else only
 * the goals that have `accepts` themselves.
 */
function acceptance(accepted: (a: Goal, b: Goal) => Accepted | undefined, d: Demand, list: readonly Demand[]): (Accepted & { other: Goal }) | undefined {
  for (const o of list) {
    if (o === d || o.goal === d.goal) continue;
    const acc = accepted(d.goal, o.goal);
    if (acc) return { ...acc, other: acc.by === d.goal ? o.goal : d.goal };
  }
  return undefined;
}
