/**
 * From an analysed workspace and its diagnostics to the alignment report as
 * plain data (reportTypes.ts). Pure: no Node, no LSP; the CLI, the language
 * server and the tests call it alike.
 *
 * - Coverage: `ws.supported(goal)` for every goal with an owner; a goal that
 *   names an objective is *direct*, one that serves it only through a goal it
 *   contributes to (or sits under) is *inherited*. A dropped goal
 *   (`Status: avbrutt`) credits no coverage, and passes none on
 *   (`ws.supported` does not inherit through it). The figures of objectives
 *   covered (per member, per objective, in total) also count an objective
 *   whose sub-objective is served, as objective-uncovered does.
 * - Conflicts: the diagnostics of `conflict-*` and `possible-conflict` rules,
 *   which report on every goal involved, merged into one entry per rule and
 *   set of goals. The entry is accepted, with the reason, when every finding
 *   it groups is (an `accepts` names the conflict of that goal with another
 *   goal of the entry); when only some are, it is *partly accepted* and
 *   counts as open, like the findings `check` still reports.
 * - Linked goals: goals that serve an objective and are not dropped; a
 *   member's share is of its goals not dropped, so that linked + unlinked +
 *   dropped = goals, for each member and in total.
 * - Unlinked goals: goals that serve no objective and are not dropped (what
 *   `goal-unlinked` reports), with the suggestions of that diagnostic (or of the ranker when
 *   the rule is off).
 * - Capacity: capacity.ts. Contribution tree: goals others contribute to.
 *
 * Goals without an owner (a draft nobody owns yet) stay out of the report;
 * their `missing-owner` finding says why. Of two goals with the same key, the
 * first counts (the second is a `duplicate-goal-id` finding).
 */
import type { Diagnostic, Goal, Lang, Severity } from '../engine/types.js';
import type { WorkspaceModel } from '../engine/workspaceModel.js';
import { analysedConflictContext, normalizeLabel, type Accepted } from '../engine/conflicts/context.js';
import { LineIndex } from '../engine/text/lineIndex.js';
import { objectiveMessageTitle } from '../engine/findings.js';
import { isDropped } from '../engine/model/interpret.js';
import { capacityByResource } from './capacity.js';
import { labels } from './i18n.js';
import { directionOf } from '../engine/conflicts/structured.js';
import { amountIn, formatAmount } from '../engine/text/units.js';
import type {
  AlignmentReport,
  CapacityResource,
  ConflictEntry,
  ContributionNode,
  CoverageCell,
  ReportGoal,
  ReportMember,
  ReportObjective,
  SeverityCounts,
  UnlinkedGoal,
} from './reportTypes.js';
import { compareText } from '../engine/text/order.js';

export type * from './reportTypes.js';

export interface ReportOptions {
  /** Report language; default: the workspace's `language`. */
  lang?: Lang;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** True for the rules whose findings are conflicts between goals. */
export function isConflictRule(rule: string): boolean {
  return rule.startsWith('conflict-') || rule === 'possible-conflict';
}

/** The diagnostics of the files that belong to `ws` (config, documents, custom framework files). */
export function diagnosticsOf(ws: WorkspaceModel, all: ReadonlyMap<string, readonly Diagnostic[]>): Diagnostic[] {
  const uris = [...(ws.config.uri ? [ws.config.uri] : []), ...ws.documents.map((d) => d.uri), ...ws.frameworkFiles.map((f) => f.uri)];
  return uris.flatMap((u) => all.get(u) ?? []);
}

export function buildAlignmentReport(ws: WorkspaceModel, diagnostics: readonly Diagnostic[], options: ReportOptions = {}): AlignmentReport {
  const lang = options.lang ?? ws.config.language;
  const { goals, omitted } = uniqueGoals(ws);
  const goalKeys = new Set(goals.map((g) => g.key));

  // Members: declared ones in config order, then owners that are not declared (they have an unknown-member finding).
  const memberIds = [...ws.members.keys()];
  for (const g of goals) if (!memberIds.includes(g.owner)) memberIds.push(g.owner);

  const objectives = ws.frameworks.flatMap((f) => f.objectives);
  const coverage = new Map<string, CoverageCell>();
  const cellOf = (member: string, objective: string) => {
    const k = `${member}\u0000${objective}`;
    let c = coverage.get(k);
    if (!c) coverage.set(k, (c = { member, objective, direct: [], inherited: [] }));
    return c;
  };

  const byGoal = countBy(diagnostics, (d) => d.goal);
  const anchors = new Set<string>();
  const lineIndexes = new Map<string, LineIndex>();
  const reportGoals: ReportGoal[] = goals.map((g) => {
    const s = ws.supported(g);
    // A dropped goal no longer counts towards the national strategy.
    if (!isDropped(g)) {
      for (const o of s.direct) cellOf(g.owner, o.id).direct.push(g.key);
      for (const i of s.inherited) cellOf(g.owner, i.objective.id).inherited.push({ goal: g.key, via: i.via.key });
    }
    const doc = ws.documentOf(g);
    let li = lineIndexes.get(doc.uri);
    if (!li) lineIndexes.set(doc.uri, (li = new LineIndex(doc.text)));
    const rg: ReportGoal = {
      key: g.key,
      id: g.id,
      owner: g.owner,
      title: g.title || g.id,
      anchor: uniqueAnchor(`goal-${slug(g.owner)}--${slug(g.id)}`, anchors),
      uri: g.uri,
      range: li.rangeOf(g.headingSpan),
      file: relativeFile(ws.root, g.uri),
      direct: s.direct.map((o) => o.id),
      inherited: s.inherited.map((i) => ({ objective: i.objective.id, via: i.via.key })),
      contributesTo: ws.contributesTo(g).filter((t) => goalKeys.has(t.key)).map((t) => t.key),
      contributors: ws.contributors(g).filter((c) => goalKeys.has(c.key)).map((c) => c.key),
      findings: byGoal.get(g.key) ?? zero(),
    };
    if (g.facts.area) rg.area = g.facts.area;
    if (g.facts.deadline) rg.deadline = g.facts.deadline;
    if (g.facts.status) rg.status = g.facts.status;
    return rg;
  });

  const ownerOfUri = new Map(ws.documents.flatMap((d) => (d.owner ? [[d.uri, d.owner.value] as const] : [])));
  const documentsOf = new Map<string, number>();
  for (const owner of ownerOfUri.values()) documentsOf.set(owner, (documentsOf.get(owner) ?? 0) + 1);
  const byMember = countBy(diagnostics, (d) => ownerOfUri.get(d.uri));
  const cells = [...coverage.values()];
  // Objective → members covering it: through a cell of their own, or of an objective under it (a life event covers
  // its focus area, a target its prerequisite), as objective-uncovered reads it. A vision counts only where named.
  const coveringMembers = new Map<string, Set<string>>();
  for (const c of cells) {
    const seen = new Set<string>();
    for (let o = ws.objective(c.objective); o && !seen.has(o.id); o = o.parent ? ws.objective(o.parent) : undefined) {
      seen.add(o.id);
      if (o.id !== c.objective && o.kind === 'vision') break;
      let set = coveringMembers.get(o.id);
      if (!set) coveringMembers.set(o.id, (set = new Set()));
      set.add(c.member);
    }
  }
  const members: ReportMember[] = memberIds.map((id) => {
    const def = ws.members.get(id);
    const own = reportGoals.filter((g) => g.owner === id);
    // A dropped goal no longer counts towards the national strategy, linked or not.
    const active = own.filter((g) => g.status !== 'dropped');
    const linked = active.filter((g) => g.direct.length + g.inherited.length > 0).length;
    const m: ReportMember = {
      id,
      name: def?.name ?? id,
      goals: own.map((g) => g.key),
      linked,
      dropped: own.length - active.length,
      share: active.length ? linked / active.length : 0,
      findings: byMember.get(id) ?? zero(),
      objectivesCovered: [...coveringMembers.values()].filter((ms) => ms.has(id)).length,
      documents: documentsOf.get(id) ?? 0,
    };
    const other = m.documents === 0 ? ws.cooperationOf(id) : undefined;
    if (other) m.elsewhere = { ...(other.name ? { name: other.name } : {}), config: other.config };
    if (def?.kind) m.kind = def.kind;
    if (def?.population !== undefined) m.population = def.population;
    return m;
  });

  const reportObjectives: ReportObjective[] = objectives.map((o) => {
    const ro: ReportObjective = {
      id: o.id,
      framework: o.framework,
      kind: o.kind,
      title: objectiveMessageTitle(o, lang),
      fullTitle: lang === 'en' ? (o.titleEn ?? o.title) : o.title,
      members: coveringMembers.get(o.id)?.size ?? 0,
    };
    if (o.parent) ro.parent = o.parent;
    if (o.source) ro.source = o.source;
    return ro;
  });

  const capacity = capacityByResource(ws, goals);
  const conflicts = buildConflicts(ws, diagnostics, lang, goalKeys, capacity);
  const unlinked = buildUnlinked(ws, goals, diagnostics, lang);
  const memberOrder = new Map(memberIds.map((m, i) => [m, i]));
  const objectiveOrder = new Map(objectives.map((o, i) => [o.id, i]));
  cells.sort((a, b) => memberOrder.get(a.member)! - memberOrder.get(b.member)! || objectiveOrder.get(a.objective)! - objectiveOrder.get(b.objective)!);

  const report: AlignmentReport = {
    version: 1,
    lang,
    root: ws.root,
    frameworks: ws.frameworks.map((f) => {
      const period = f.period?.from !== undefined && f.period.to !== undefined ? `${f.period.from}–${f.period.to}` : undefined;
      return { id: f.id, title: lang === 'en' ? (f.titleEn ?? f.title) : f.title, ...(period ? { period } : {}) };
    }),
    members,
    objectives: reportObjectives,
    goals: reportGoals,
    coverage: cells,
    conflicts,
    unlinked,
    capacity,
    contributions: buildContributionTree(reportGoals),
    totals: {
      goals: reportGoals.length,
      linked: members.reduce((s, m) => s + m.linked, 0),
      dropped: members.reduce((s, m) => s + m.dropped, 0),
      // A framework's vision is its overall aim, not an objective to cover (as objective-uncovered reads it).
      objectives: reportObjectives.filter((o) => o.kind !== 'vision').length,
      objectivesCovered: reportObjectives.filter((o) => o.kind !== 'vision' && o.members > 0).length,
      conflicts: conflicts.length,
      openConflicts: conflicts.filter((c) => !c.accepted).length,
      findings: countBy(diagnostics, () => 'all').get('all') ?? zero(),
      omitted,
      unreadable: [...new Set(diagnostics.filter((d) => d.rule === 'parse-error').map((d) => d.uri))]
        .map((uri) => ({ file: relativeFile(ws.root, uri), ...(ownerOfUri.has(uri) ? { owner: ownerOfUri.get(uri)! } : {}) }))
        .sort((a, b) => compareText(a.file, b.file)),
    },
  };
  if (ws.config.cooperation) report.cooperation = ws.config.cooperation;
  return report;
}

/** The non-empty coverage cell of a member and an objective, or undefined. */
export function coverageCell(report: AlignmentReport, member: string, objective: string): CoverageCell | undefined {
  return report.coverage.find((c) => c.member === member && c.objective === objective);
}

/** Goal lookup by key. */
export function goalIndex(report: AlignmentReport): Map<string, ReportGoal> {
  return new Map(report.goals.map((g) => [g.key, g]));
}

/**
 * The goals the report can place: one per key (of two goals with the same
 * key, the first counts: the report links goals by key) and only goals with
 * an owner. The others are counted, so the report can say why its figures
 * differ from `check`'s.
 */
function uniqueGoals(ws: WorkspaceModel): { goals: Goal[]; omitted: { duplicateId: number; noOwner: number } } {
  const seen = new Set<string>();
  const omitted = { duplicateId: 0, noOwner: 0 };
  const goals = ws.goals.filter((g) => {
    if (g.owner === '') omitted.noOwner++;
    else if (seen.has(g.key)) omitted.duplicateId++;
    else {
      seen.add(g.key);
      return true;
    }
    return false;
  });
  return { goals, omitted };
}

function buildConflicts(ws: WorkspaceModel, diagnostics: readonly Diagnostic[], lang: Lang, goalKeys: ReadonlySet<string>, capacity: readonly CapacityResource[]): ConflictEntry[] {
  const cc = analysedConflictContext(ws);
  const entries = new Map<string, ConflictEntry>();
  for (const d of diagnostics) {
    if (!isConflictRule(d.rule) || !d.goal || !goalKeys.has(d.goal)) continue;
    // A finding that sums up a goal's many pair conflicts (conflicts/report.ts boundedPerGoal): each pair has its entry from the other goal's finding.
    if (d.rule !== 'conflict-capacity' && d.related.length > 1) continue;
    const keys = [...new Set([d.goal, ...d.related.flatMap((r) => (r.goal && goalKeys.has(r.goal) ? [r.goal] : []))])].sort();
    if (keys.length < 2) continue;
    const id = `${d.rule}|${keys.join('|')}`;
    let e = entries.get(id);
    if (!e) {
      e = { rule: d.rule, severity: d.severity, goals: keys, sides: keys.map((goal) => ({ goal })), overlap: { members: [] }, accepted: false };
      entries.set(id, e);
    }
    const side = e.sides.find((s) => s.goal === d.goal)!;
    if (!side.message) {
      side.message = d.message;
      side.severity = d.severity;
    }
    if (SEVERITY_RANK[d.severity] < SEVERITY_RANK[e.severity]) e.severity = d.severity;
  }

  const out = [...entries.values()];
  for (const e of out) {
    const gs = e.goals.map((k) => ws.goalsByKey.get(k)!);
    // Acceptance, per side as `check` reports it: a side is accepted when an `accepts` on it or on another
    // goal of the entry names the two (conflict-capacity accepts only the goals that name each other).
    // The entry is accepted when every side is; when only some are, it is partly accepted and still open.
    let accepted = 0;
    for (let i = 0; i < gs.length; i++) {
      if (gs.some((o, j) => j !== i && cc.accepted(gs[i]!, o))) {
        e.sides[i]!.accepted = true;
        accepted++;
      }
    }
    // The reason: the first pair (in goal order) whose conflict is accepted.
    let first: Accepted | undefined;
    for (let i = 0; i < gs.length && accepted && !first; i++) {
      for (let j = i + 1; j < gs.length && !first; j++) {
        const acc = (first = cc.accepted(gs[i]!, gs[j]!));
        if (acc) {
          e.reason = acc.reason;
          e.acceptedBy = acc.by.key;
        }
      }
    }
    if (accepted === gs.length) e.accepted = true;
    else if (accepted) e.partlyAccepted = true;
    const resource = e.rule === 'conflict-capacity' ? commonResource(gs) : undefined;
    for (const side of e.sides) {
      const stance = stanceOf(ws.goalsByKey.get(side.goal)!, e.rule, lang, resource, ws);
      if (stance) side.stance = stance;
    }
    if (gs.length === 2) {
      const ov = cc.overlap(gs[0]!, gs[1]!);
      for (const l of ov?.links ?? []) {
        if (l.kind === 'members') e.overlap.members = l.members;
        else if (l.kind === 'indicator') e.overlap.indicator = l.label;
        else if (l.kind === 'resource') e.overlap.resource ??= l.resource;
      }
      if (ov && (ov.window.start !== undefined || ov.window.end !== undefined)) e.overlap.window = { ...ov.window };
    }
    if (resource) {
      e.overlap.resource = resource;
      const res = capacity.find((r) => r.id === resource);
      e.overlap.years = (res?.years ?? []).filter((y) => y.over && e.goals.every((k) => y.demands.some((d) => d.goal === k))).map((y) => y.year);
    }
  }
  // Open before accepted, then by severity, then by rule and goals: deterministic.
  return out.sort(
    (a, b) =>
      Number(a.accepted) - Number(b.accepted) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      compareText(a.rule, b.rule) ||
      compareText(a.goals.join(), b.goals.join()),
  );
}

function commonResource(goals: readonly Goal[]): string | undefined {
  const [first, ...rest] = goals;
  return first?.facts.requires.map((r) => r.resource).find((r) => rest.every((g) => g.facts.requires.some((q) => q.resource === r)));
}

/** What a goal wants, as far as the conflict's rule is concerned. */
function stanceOf(g: Goal, rule: string, lang: Lang, resource: string | undefined, ws: WorkspaceModel): string | undefined {
  const L = labels(lang);
  const f = g.facts;
  switch (rule) {
    case 'conflict-system-choice': {
      const parts: string[] = [];
      if (f.adopt.length) parts.push(`${L.stance.adopt} ${f.adopt.join(', ')}`);
      if (f.retain.length) parts.push(`${L.stance.retain} ${f.retain.join(', ')}`);
      if (f.phaseOut.length) parts.push(`${L.stance.phaseOut} ${f.phaseOut.join(', ')}`);
      return parts.join('; ') || undefined;
    }
    case 'conflict-direction': {
      // The way conflict-direction reads it: `direction`, or the way from baseline to target (420 → 470 kr: increase).
      const direction = directionOf(g)?.direction ?? (f.direction === 'maintain' ? 'maintain' : undefined);
      if (!direction) return undefined;
      // Named as conflict-direction names it: by id or name, case, quotes and a unit in parentheses aside.
      const wanted = f.indicator ? normalizeLabel(f.indicator) : undefined;
      const def = wanted ? [...ws.config.indicators.values()].find((i) => normalizeLabel(i.id) === wanted || (i.name !== undefined && normalizeLabel(i.name) === wanted)) : undefined;
      return `${L.stance[direction]} ${def?.id ?? f.indicator ?? ''}`.trim();
    }
    case 'conflict-deadline':
      return f.deadline ? `${L.stance.deadline} ${f.deadline}` : undefined;
    case 'conflict-capacity': {
      if (!resource) return undefined;
      const unit = ws.config.resources.get(resource)?.unit;
      const amount = f.requires.filter((r) => r.resource === resource).reduce((s, r) => s + (amountIn(r.amount, r.unit, unit) ?? 0), 0);
      return `${L.stance.requires} ${formatAmount(amount, unit, lang, '\u00a0')} ${resource}`;
    }
    default:
      return undefined;
  }
}

function buildUnlinked(ws: WorkspaceModel, goals: readonly Goal[], diagnostics: readonly Diagnostic[], lang: Lang): UnlinkedGoal[] {
  // Without a framework there is nothing to link to (goal-unlinked is silent too); the coverage part says so.
  if (!ws.frameworks.length) return [];
  const fromRule = new Map(diagnostics.filter((d) => d.rule === 'goal-unlinked' && d.goal).map((d) => [d.goal!, d.suggestions ?? []]));
  return goals
    .filter((g) => {
      if (isDropped(g)) return false;
      const s = ws.supported(g);
      return s.direct.length + s.inherited.length === 0;
    })
    .map((g) => ({
      goal: g.key,
      suggestions: (fromRule.get(g.key) ?? ws.suggestions(g))
        .filter((s) => s.score > 0 && ws.objective(s.objective))
        .slice(0, 3)
        .map((s) => {
          const o = ws.objective(s.objective)!;
          return { objective: o.id, title: objectiveMessageTitle(o, lang), score: Math.round(s.score * 100) / 100, matched: [...s.matched] };
        }),
    }));
}

/** Roots are goals others contribute to that contribute to nothing themselves (or sit in a cycle). */
export function buildContributionTree(goals: readonly ReportGoal[]): ContributionNode[] {
  const byKey = new Map(goals.map((g) => [g.key, g]));
  const visited = new Set<string>();
  const node = (key: string, path: ReadonlySet<string>): ContributionNode => {
    visited.add(key);
    const g = byKey.get(key)!;
    const next = new Set(path).add(key);
    return { goal: key, objectives: g.direct, children: g.contributors.filter((c) => !next.has(c)).map((c) => node(c, next)) };
  };
  const roots: ContributionNode[] = [];
  for (const g of goals) if (g.contributors.length && !g.contributesTo.length) roots.push(node(g.key, new Set()));
  // Goals in a contribution cycle have no root above them: start from the first one not yet shown.
  for (const g of goals) if (g.contributors.length && !visited.has(g.key)) roots.push(node(g.key, new Set()));
  return roots;
}

function countBy(diagnostics: readonly Diagnostic[], key: (d: Diagnostic) => string | undefined): Map<string, SeverityCounts> {
  const out = new Map<string, SeverityCounts>();
  for (const d of diagnostics) {
    const k = key(d);
    if (k === undefined) continue;
    let c = out.get(k);
    if (!c) out.set(k, (c = zero()));
    c[d.severity]++;
  }
  return out;
}

function zero(): SeverityCounts {
  return Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as SeverityCounts;
}

/** ASCII id fragment: `behalde-lønssystem` → `behalde-lonssystem`. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/[åä]/g, 'a')
    .normalize('NFKD')
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'x';
}

function uniqueAnchor(base: string, taken: Set<string>): string {
  let a = base;
  for (let i = 2; taken.has(a); i++) a = `${base}-${i}`;
  taken.add(a);
  return a;
}

function relativeFile(root: string, uri: string): string {
  const rel = uri.startsWith(root) ? uri.slice(root.length) : uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(rel);
  } catch {
    return rel;
  }
}
