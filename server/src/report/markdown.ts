/**
 * The alignment report as GitHub-flavoured Markdown, compact enough for a
 * pull-request comment: a summary line, the members, a coverage table with
 * symbols (● direct, ○ inherited only, – none; a number after the symbol
 * when more than one goal serves the objective), the conflicts, the unlinked
 * goals with their best suggestions, and overbooked resources. No HTML
 * except `<details>` around the long coverage table; every text escaped.
 */
import { folderName } from '../engine/workspace/uri.js';
import type { AlignmentReport, ConflictEntry, ReportGoal } from './reportTypes.js';
import { clip, mdCode, mdText } from './escape.js';
import { droppedNote, formatNumber, formatPercent, formatScore, labels, missingNotes, omittedNote, type Labels } from './i18n.js';
import { goalIndex } from './reportModel.js';
import { memberShortName } from './svg.js';
import { formatAmount } from '../engine/text/units.js';

export const SYMBOL = { direct: '●', inherited: '○', none: '–' } as const;

/** The symbol of a coverage cell: `●`, `●2`, `○`, `○3`, `–`. */
export function mdCell(direct: number, inherited: number): string {
  const n = direct + inherited;
  if (!n) return SYMBOL.none;
  return `${direct ? SYMBOL.direct : SYMBOL.inherited}${n > 1 ? n : ''}`;
}

export function renderMarkdown(reports: AlignmentReport | readonly AlignmentReport[]): string {
  const list = Array.isArray(reports) ? (reports as readonly AlignmentReport[]) : [reports as AlignmentReport];
  return list.map(renderOne).join('\n---\n\n');
}

function renderOne(r: AlignmentReport): string {
  const L = labels(r.lang);
  const goals = goalIndex(r);
  const t = r.totals;
  const out: string[] = [];
  // Without a `cooperation` name, the folder says which cooperation this is (as the HTML page's heading).
  out.push(`## ${mdText(L.title)} – ${mdText(r.cooperation ?? folderName(r.root))}`, '');
  out.push(
    // The share is of the goals not dropped, as each member's.
    `**${t.goals}** ${mdText((t.goals === 1 ? L.goalsOne : L.goals).toLowerCase())}${mdText(droppedNote(t.dropped, r.lang))} · **${t.goals > t.dropped ? formatPercent(t.linked / (t.goals - t.dropped), r.lang) : '–'}** ${mdText(L.linked.toLowerCase())} · ` +
      `**${t.objectivesCovered}/${t.objectives}** ${mdText(L.objectivesCovered.toLowerCase())} · ` +
      // «konflikter mellom mål: 1 åpen / 1»: the label before the figures, so it never needs a singular.
      `${mdText(L.conflicts.toLowerCase())}: **${t.openConflicts}** ${mdText(t.openConflicts === 1 ? L.open : L.openPlural)} / ${t.conflicts} · **${r.unlinked.length}** ${mdText((r.unlinked.length === 1 ? L.unlinkedOne : L.unlinked).toLowerCase())}`,
    '',
  );
  const omitted = omittedNote(t.omitted, r.lang);
  if (omitted) out.push(`> ${mdText(omitted)}`, '');
  for (const note of missingNotes(r, r.lang)) out.push(`> ${mdText(note)}`, '');

  // Members
  out.push(`### ${mdText(L.members)}`, '');
  out.push(`| ${mdText(L.member)} | ${mdText(L.population)} | ${mdText(L.goals)} | ${mdText(L.linkedShort)} | ${mdText(cap(L.severitiesPlural.error))} | ${mdText(cap(L.severitiesPlural.warning))} |`);
  out.push('|---|--:|--:|--:|--:|--:|');
  for (const m of r.members) {
    out.push(`| ${mdText(m.name)} | ${m.population !== undefined ? formatNumber(m.population, r.lang) : '–'} | ${m.goals.length}${mdText(droppedNote(m.dropped, r.lang))} | ${m.goals.length > m.dropped ? formatPercent(m.share, r.lang) : '–'} | ${m.findings.error} | ${m.findings.warning} |`);
  }
  out.push('');

  // Coverage
  out.push(`### ${mdText(L.coverage)}`, '');
  if (!r.frameworks.length) out.push(mdText(L.noFrameworks), '');
  else {
    out.push(`${L.mdLegend}`, '');
    out.push('<details open>', `<summary>${mdText(L.objectives)}: ${t.objectivesCovered}/${t.objectives}</summary>`, '');
    out.push(`| ${mdText(L.objective)} | ${r.members.map((m) => mdText(memberShortName(m))).join(' | ')} |`);
    out.push(`|---|${r.members.map(() => ':-:').join('|')}|`);
    const cells = new Map(r.coverage.map((c) => [`${c.member}\u0000${c.objective}`, c]));
    for (const o of r.objectives) {
      const row = r.members.map((m) => {
        const c = cells.get(`${m.id}\u0000${o.id}`);
        return mdCell(c?.direct.length ?? 0, c?.inherited.length ?? 0);
      });
      out.push(`| ${mdCode(o.id)} ${mdText(clip(o.title, 48))} | ${row.join(' | ')} |`);
    }
    out.push('', '</details>', '');
  }

  // Conflicts
  out.push(`### ${mdText(L.conflicts)}`, '');
  if (!r.conflicts.length) out.push(mdText(L.noConflicts), '');
  else {
    out.push(`| ${mdText(L.severity)} | ${mdText(L.rule)} | ${mdText(L.goals)} | ${mdText(L.overlap)} | ${mdText(L.status)} |`);
    out.push('|---|---|---|---|---|');
    for (const c of r.conflicts) out.push(conflictRow(r, c, L, goals));
    out.push('');
  }

  // Unlinked goals
  out.push(`### ${mdText(L.unlinked)}`, '');
  if (!r.unlinked.length) out.push(mdText(L.noUnlinked), '');
  else {
    for (const u of r.unlinked) {
      const g = goals.get(u.goal);
      const sugg = u.suggestions.length
        ? u.suggestions.map((s) => `${mdCode(s.objective)} ${mdText(s.title)} (${formatScore(s.score, r.lang)}${s.matched.length ? `: ${mdText(s.matched.slice(0, 4).join(', '))}` : ''})`).join('; ')
        : mdText(L.noSuggestion);
      out.push(`- ${mdCode(u.goal)} ${mdText(g?.title ?? '')} — ${mdText(L.suggestions.toLowerCase())}: ${sugg}`);
    }
    out.push('');
  }

  // Capacity: only what is over; the rest in one line per resource.
  if (r.capacity.length) {
    out.push(`### ${mdText(L.capacity)}`, '');
    for (const res of r.capacity) {
      const years = res.years.map((y) => (y.over ? `**${y.year}: ${formatNumber(y.demand, r.lang)} ⚠**` : `${y.year}: ${formatNumber(y.demand, r.lang)}`)).join(' · ');
      out.push(`- ${mdCode(res.id)} (${mdText(L.capacityLine)} ${res.capacity !== undefined ? mdText(formatAmount(res.capacity, res.unit, r.lang, '\u00a0')) : '–'}): ${years}`);
      for (const y of res.years.filter((x) => x.over)) {
        out.push(`  - ${y.year}: ${y.demands.map((d) => `${mdCode(d.goal)} ${formatNumber(d.amount, r.lang)}`).join(' + ')} = ${formatNumber(y.demand, r.lang)} > ${formatNumber(res.capacity ?? 0, r.lang)}`);
      }
    }
    out.push('');
  }
  out.push(`<sub>${mdText(L.generatedBy)}</sub>`, '');
  return out.join('\n');
}

function conflictRow(r: AlignmentReport, c: ConflictEntry, L: Labels, goals: ReadonlyMap<string, ReportGoal>): string {
  const sides = c.sides.map((s) => `${mdCode(s.goal)}${s.stance ? ` (${mdText(s.stance)})` : ''}`).join(' ⇄ ');
  const ov = c.overlap;
  const bits: string[] = [];
  if (ov.members.length) bits.push(mdText(ov.members.map((m) => r.members.find((x) => x.id === m)?.name ?? m).join(', ')));
  if (ov.indicator) bits.push(mdText(ov.indicator));
  if (ov.resource) bits.push(mdCode(ov.resource));
  if (ov.years?.length) bits.push(ov.years.join(', '));
  else if (ov.window) bits.push(`${ov.window.start ?? '…'} – ${ov.window.end ?? '…'}`);
  const why = `«${mdText(c.reason ?? '')}»${c.acceptedBy ? ` (${mdText(goals.get(c.acceptedBy)?.title ?? c.acceptedBy)})` : ''}`;
  const status = c.accepted
    ? `✓ ${mdText(L.accepted)}: ${why}`
    : c.partlyAccepted
      ? `**${mdText(L.partlyAccepted)}**: ${why}; ${mdText(L.openFor)} ${c.sides.filter((s) => !s.accepted).map((s) => mdCode(s.goal)).join(', ')}`
      : `**${mdText(L.open)}**`;
  return `| ${mdText(L.severities[c.severity])} | ${mdText(L.rules[c.rule] ?? c.rule)} | ${sides} | ${bits.join('; ') || '–'} | ${status} |`;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
