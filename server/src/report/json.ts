/**
 * `samstemt report --format json`: the shape of cli.md — `version`, `members`,
 * `objectives`, `coverage` {member: {objective: [goal keys]}}, `conflicts`
 * [{rule, goals, accepted}], `unlinked` [goal keys] — plus fields that tools
 * may use: `cooperation`, `inherited` coverage, the conflicts' severity,
 * overlap and reason, suggestions for unlinked goals, capacity per year, the
 * contribution tree and per-member summaries.
 *
 * `coverage` lists, per member and objective, the goals that serve the
 * objective directly or through another goal (direct first);
 * `coverageInherited` says which of them are inherited, and via which goal.
 */
import type { AlignmentReport } from './reportTypes.js';

export interface ReportJson {
  version: 1;
  /** The workspace folder, as the caller names it (the CLI: relative to the current folder, like `check`'s `root`). */
  root?: string;
  cooperation?: string;
  lang: string;
  members: string[];
  objectives: string[];
  coverage: Record<string, Record<string, string[]>>;
  coverageInherited: Record<string, Record<string, { goal: string; via: string }[]>>;
  conflicts: {
    rule: string;
    goals: string[];
    accepted: boolean;
    partlyAccepted?: boolean;
    severity: string;
    reason?: string;
    acceptedBy?: string;
    overlap: AlignmentReport['conflicts'][number]['overlap'];
    sides: AlignmentReport['conflicts'][number]['sides'];
  }[];
  unlinked: string[];
  suggestions: Record<string, AlignmentReport['unlinked'][number]['suggestions']>;
  capacity: AlignmentReport['capacity'];
  contributions: AlignmentReport['contributions'];
  summary: {
    members: Record<string, { name: string; population?: number; documents: number; goals: number; dropped: number; linked: number; share: number; objectives: number; findings: Record<string, number> }>;
    totals: AlignmentReport['totals'];
  };
}

export function toReportJson(r: AlignmentReport, root?: string): ReportJson {
  // Member ids come from users: objects without a prototype keep `__proto__` or `constructor` as ordinary keys.
  const dict = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;
  const coverage: ReportJson['coverage'] = dict();
  const inherited: ReportJson['coverageInherited'] = dict();
  for (const m of r.members) {
    coverage[m.id] = dict();
    inherited[m.id] = dict();
  }
  for (const c of r.coverage) {
    coverage[c.member]![c.objective] = [...c.direct, ...c.inherited.map((i) => i.goal)];
    if (c.inherited.length) inherited[c.member]![c.objective] = c.inherited.map((i) => ({ ...i }));
  }
  const out: ReportJson = {
    version: 1,
    ...(root !== undefined ? { root } : {}),
    ...(r.cooperation ? { cooperation: r.cooperation } : {}),
    lang: r.lang,
    members: r.members.map((m) => m.id),
    objectives: r.objectives.map((o) => o.id),
    coverage,
    coverageInherited: inherited,
    conflicts: r.conflicts.map((c) => ({
      rule: c.rule,
      goals: [...c.goals],
      accepted: c.accepted,
      ...(c.partlyAccepted ? { partlyAccepted: true } : {}),
      severity: c.severity,
      ...(c.reason !== undefined ? { reason: c.reason } : {}),
      ...(c.acceptedBy ? { acceptedBy: c.acceptedBy } : {}),
      overlap: c.overlap,
      sides: c.sides,
    })),
    unlinked: r.unlinked.map((u) => u.goal),
    suggestions: Object.fromEntries(r.unlinked.map((u) => [u.goal, u.suggestions])),
    capacity: r.capacity,
    contributions: r.contributions,
    summary: {
      members: Object.fromEntries(
        r.members.map((m) => [
          m.id,
          { name: m.name, ...(m.population !== undefined ? { population: m.population } : {}), documents: m.documents, goals: m.goals.length, dropped: m.dropped, linked: m.linked, share: Math.round(m.share * 1000) / 1000, objectives: m.objectivesCovered, findings: { ...m.findings } },
        ]),
      ),
      totals: r.totals,
    },
  };
  return out;
}

/** The JSON text (two-space indentation, trailing newline). */
export function renderJson(r: AlignmentReport, root?: string): string {
  return JSON.stringify(toReportJson(r, root), null, 2) + '\n';
}
