/**
 * The editor's tree view as data: members → goals → the goal's objectives
 * (direct, or inherited via another goal) and its findings. Built from the
 * report model and the workspace's diagnostics; pure. Titles, names and
 * messages show a character that changes the reading direction as
 * `<U+202E>`, as diagnostics do.
 */
import type { Diagnostic } from '../engine/types.js';
import type { AlignmentReport } from './reportTypes.js';
import type { TreeFinding, TreeWorkspace } from './protocol.js';
import { folderName } from '../engine/workspace/uri.js';
import { showBidiControls } from '../engine/text/normalize.js';

const RANK = { error: 0, warning: 1, info: 2, hint: 3 } as const;

export function buildTree(report: AlignmentReport, diagnostics: readonly Diagnostic[]): TreeWorkspace {
  const titles = new Map(report.objectives.map((o) => [o.id, o.title]));
  const byGoal = new Map<string, TreeFinding[]>();
  for (const d of diagnostics) {
    if (!d.goal) continue;
    const list = byGoal.get(d.goal) ?? [];
    list.push({ severity: d.severity, rule: d.rule, message: showBidiControls(d.message), uri: d.uri, range: d.range });
    byGoal.set(d.goal, list);
  }
  const goals = new Map(report.goals.map((g) => [g.key, g]));
  return {
    root: report.root,
    label: showBidiControls(report.cooperation ?? folderName(report.root)),
    members: report.members.map((m) => ({
      id: m.id,
      name: showBidiControls(m.name),
      ...(m.kind ? { kind: m.kind } : {}),
      linked: m.linked,
      findings: m.findings,
      goals: m.goals.map((k) => {
        const g = goals.get(k)!;
        return {
          id: `${report.root} ${g.key}`,
          key: g.key,
          title: showBidiControls(g.title),
          uri: g.uri,
          range: g.range,
          objectives: [
            ...g.direct.map((id) => ({ id, title: titles.get(id) ?? id })),
            ...g.inherited.map((i) => ({ id: i.objective, title: titles.get(i.objective) ?? i.objective, via: i.via })),
          ],
          findings: (byGoal.get(k) ?? []).sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.range.start.line - b.range.start.line),
        };
      }),
    })),
  };
}
