/**
 * A code lens on each goal: how many objectives it supports (directly and
 * through other goals), how many goals contribute to it and how many findings
 * are open on it.
 *
 * Example: `2 objectives · 3 contributing goals · 1 open finding`.
 */
import type { Span } from '../types.js';
import { findFile, tr, type LanguageContext } from './context.js';
import { L } from './strings.js';

export interface GoalLens {
  span: Span;
  goal: string;
  title: string;
  objectives: number;
  contributors: number;
  findings: number;
}

export function codeLenses(ctx: LanguageContext, uri: string): GoalLens[] {
  const file = findFile(ctx, uri);
  if (!file || file.kind !== 'document') return [];
  const { ws, doc } = file;
  const findings = new Map<string, number>();
  for (const d of ctx.diagnostics.get(uri) ?? []) if (d.goal) findings.set(d.goal, (findings.get(d.goal) ?? 0) + 1);
  const lang = ctx.lang;
  const count = (n: number, one: typeof L.lensObjective, many: typeof L.lensObjectives) => (n === 1 ? tr(lang, one) : tr(lang, many).replace('{n}', String(n)));
  return doc.goals.map((g) => {
    const { direct, inherited } = ws.supported(g);
    const objectives = direct.length + inherited.length;
    const contributors = ws.contributors(g).length;
    const open = findings.get(g.key) ?? 0;
    const title = [count(objectives, L.lensObjective, L.lensObjectives), count(contributors, L.lensContributor, L.lensContributors), count(open, L.lensFinding, L.lensFindings)].join(' · ');
    return { span: g.headingSpan, goal: g.key, title, objectives, contributors, findings: open };
  });
}
