/**
 * The alignment report as one self-contained HTML page: inline CSS (with a
 * print layout), inline SVG charts, no script, no font, image or stylesheet
 * from anywhere; a Content-Security-Policy that forbids them. The CLI writes
 * it to a file; the editor shows the same page in a webview, adding one small
 * script under a nonce (`options.script`).
 *
 * Every text from a workspace is escaped (escape.ts). Links: `#goal-…` to a
 * goal in the goal list (with `data-goal="owner#id"` for the editor), `#cov-…`
 * to the goals behind a coverage cell, and plain hyperlinks to the national
 * strategies' sources.
 */
import { folderName } from '../engine/workspace/uri.js';
import type { Lang, Severity } from '../engine/types.js';
import type { AlignmentReport, ConflictEntry, ContributionNode, ReportGoal } from './reportTypes.js';
import { esc, safeHref } from './escape.js';
import { droppedNote, formatNumber, formatPercent, formatScore, labels, missingNotes, omittedNote, type Labels } from './i18n.js';
import { goalIndex } from './reportModel.js';
import { capacitySvg, cellAnchor, heatLegendSvg, heatMapSvg } from './svg.js';
import { REPORT_CSS } from './htmlStyle.js';
import { formatAmount } from '../engine/text/units.js';
import type { Surface } from '../engine/surface.js';

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:;";

export interface HtmlOptions {
  /** A date or time to print in the header (the CLI passes today's date). */
  generated?: string;
  /** One inline script, allowed by its nonce (the editor's webview). */
  script?: { nonce: string; code: string };
  /** Extra CSP source for the webview (its `cspSource`), added to style-src/img-src. */
  cspSource?: string;
  /** Where the page is read: the editor's report view names the Problems panel where the CLI names `samstemt check`. */
  surface?: Surface;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
const SEV_MARK: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ', hint: '•' };

/** The HTML page for one or more workspaces (one section each). */
export function renderHtml(reports: AlignmentReport | readonly AlignmentReport[], options: HtmlOptions = {}): string {
  const list = Array.isArray(reports) ? (reports as readonly AlignmentReport[]) : [reports as AlignmentReport];
  const lang: Lang = list[0]?.lang ?? 'en';
  const L = labels(lang);
  const title = list.length === 1 && list[0]!.cooperation ? `${L.title} – ${list[0]!.cooperation}` : L.title;
  const extra = options.cspSource ? ` ${options.cspSource}` : '';
  const csp = options.script
    ? `default-src 'none'; style-src 'unsafe-inline'${extra}; img-src data:${extra}; script-src 'nonce-${options.script.nonce}';`
    : extra
      ? `default-src 'none'; style-src 'unsafe-inline'${extra}; img-src data:${extra};`
      : REPORT_CSP;
  const body = list.map((r, i) => reportBody(r, options, list.length > 1 ? i : undefined, lang)).join('\n');
  return `<!doctype html>
<html lang="${htmlLang(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Samstemt">
<title>${esc(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${body}
${options.script ? `<script nonce="${esc(options.script.nonce)}">${options.script.code.replace(/<\/script/gi, '<\\/script')}</script>` : ''}
</body>
</html>
`;
}

function htmlLang(lang: Lang): string {
  return lang === 'en' ? 'en' : lang === 'nn' ? 'nn' : 'nb';
}

function reportBody(report: AlignmentReport, options: HtmlOptions, index: number | undefined, pageLang: Lang): string {
  const L = labels(report.lang);
  // A cooperation whose language is not the page's (several cooperations, each in its own `language`) says so,
  // for screen readers and hyphenation.
  const langAttr = report.lang === pageLang ? '' : ` lang="${htmlLang(report.lang)}"`;
  // On a page with several cooperations, each one's ids get its own prefix: two cooperations may
  // both have a member `storby` with a goal `tjenester`, and a link must stay in its cooperation.
  const p = index === undefined ? '' : `w${index}-`;
  const r = p ? { ...report, goals: report.goals.map((g) => ({ ...g, anchor: g.anchor.replace(/^goal-/, `goal-${p}`) })) } : report;
  const goals = goalIndex(r);
  const sections: [string, string, string][] = [
    [`${p}members`, L.members, membersSection(r, L)],
    [`${p}coverage`, L.coverage, coverageSection(r, L, goals, p)],
    [`${p}conflicts`, L.conflicts, conflictsSection(r, L, goals)],
    [`${p}unlinked`, L.unlinked, unlinkedSection(r, L, goals)],
    [`${p}capacity`, L.capacity, capacitySection(r, L, goals, p)],
    [`${p}contributions`, L.contributions, treeSection(r, L, goals)],
    [`${p}goals`, L.allGoals, goalsSection(r, L, goals)],
  ];
  const frameworks = r.frameworks.map((f) => `${esc(f.id)} ${esc(f.title)}`).join(' · ');
  const kpi = (value: string, label: string, alert = false) => `<div class="kpi${alert ? ' alert' : ''}"><div class="value">${value}</div><div class="label">${esc(label)}</div></div>`;
  const t = r.totals;
  return `<header class="masthead"${langAttr}><div class="inner">
<p class="eyebrow">${esc(L.title)}</p>
<h1>${esc(r.cooperation ?? folderName(r.root))}</h1>
<p class="subtitle">${esc(L.subtitle)}.</p>
<p class="meta">${esc(L.frameworks)}: ${frameworks || '–'}${options.generated ? ` · ${esc(options.generated)}` : ''}</p>
</div></header>
<main class="report"${langAttr} data-root="${esc(folderName(r.root))}">
<div class="kpis">
${kpi(String(t.goals), (t.goals === 1 ? L.goalsOne : L.goals) + droppedNote(t.dropped, r.lang))}
${kpi(t.goals > t.dropped ? formatPercent(t.linked / (t.goals - t.dropped), r.lang) : '–', L.linked)}
${kpi(`${t.objectivesCovered}<span style="font-size:15px;font-weight:500"> / ${t.objectives}</span>`, L.objectivesCovered)}
${kpi(`${t.openConflicts}<span style="font-size:15px;font-weight:500"> / ${t.conflicts}</span>`, `${L.conflicts} (${L.openPlural} / ${L.total})`, t.openConflicts > 0)}
${kpi(String(r.unlinked.length), r.unlinked.length === 1 ? L.unlinkedOne : L.unlinked, r.unlinked.length > 0)}
</div>
${omittedHtml(t.omitted, r.lang, options.surface)}${missingNotes(r, r.lang, options.surface).map((n) => `<p class="note missing">${esc(n)}</p>\n`).join('')}<nav class="toc">${sections.map(([id, label]) => `<a href="#${id}">${esc(label)}</a>`).join('')}</nav>
${sections.map(([id, label, html]) => `<section id="${id}">\n<h2>${esc(label)}</h2>\n${html}\n</section>`).join('\n')}
<footer>${esc(L.generatedBy)} · ${r.members.length} ${esc((r.members.length === 1 ? L.member : L.members).toLowerCase())} · ${t.goals} ${esc((t.goals === 1 ? L.goalsOne : L.goals).toLowerCase())}</footer>
</main>`;
}

function findingBadges(c: Record<Severity, number>, L: Labels): string {
  const badges = SEVERITIES.filter((s) => c[s]).map((s) => `<span class="sev sev-${s}" title="${esc(L.severitiesPlural[s])}">${SEV_MARK[s]} ${c[s]} ${esc(c[s] === 1 ? L.severities[s] : L.severitiesPlural[s])}</span>`);
  return badges.join('') || '<span class="empty">–</span>';
}

function goalLink(g: ReportGoal | undefined, key: string): string {
  if (!g) return `<code>${esc(key)}</code>`;
  return `<a href="#${esc(g.anchor)}" data-goal="${esc(g.key)}">${esc(g.title)}</a>`;
}

function memberName(r: AlignmentReport, id: string): string {
  return r.members.find((m) => m.id === id)?.name ?? id;
}

function membersSection(r: AlignmentReport, L: Labels): string {
  const rows = r.members.map((m) => {
    const kind = m.kind ? (L.kinds[m.kind] ?? m.kind) : '';
    // Without goals still pursued there is no share: «–», not «0 % (0/0)».
    const share = m.goals.length > m.dropped ? `<span class="share"><span class="bar"><span style="width:${Math.round(m.share * 100)}%"></span></span>${formatPercent(m.share, r.lang)}</span> <span class="empty" style="font-style:normal">(${m.linked}/${m.goals.length - m.dropped})</span>` : '–';
    return `<tr data-member="${esc(m.id)}"><td><strong>${esc(m.name)}</strong><br><span class="mono" style="color:var(--muted)">${esc(m.id)}</span></td><td>${esc(kind)}</td><td class="num">${m.population !== undefined ? formatNumber(m.population, r.lang) : '–'}</td><td class="num">${m.goals.length}${m.dropped ? `<br><span class="empty" style="font-style:normal">${esc(droppedNote(m.dropped, r.lang).trim())}</span>` : ''}</td><td>${share}</td><td class="num">${m.objectivesCovered}</td><td>${findingBadges(m.findings, L)}</td></tr>`;
  });
  return `<table class="members-table"><thead><tr><th>${esc(L.member)}</th><th>${esc(L.kind)}</th><th class="num">${esc(L.population)}</th><th class="num">${esc(L.goals)}</th><th>${esc(L.linked)}</th><th class="num">${esc(L.objectives)}</th><th>${esc(L.findings)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function coverageSection(r: AlignmentReport, L: Labels, goals: ReadonlyMap<string, ReportGoal>, prefix: string): string {
  if (!r.frameworks.length) return `<p class="empty">${esc(L.noFrameworks)}</p>`;
  // Objectives with goals behind a cell (one served only through an objective under it has none of its own).
  const withCells = new Set(r.coverage.map((c) => c.objective));
  const details = r.objectives
    .filter((o) => withCells.has(o.id))
    .map((o) => {
      const items = r.coverage
        .filter((c) => c.objective === o.id)
        .map((c) => {
          const direct = c.direct.map((k) => `● ${goalLink(goals.get(k), k)}`);
          const inh = c.inherited.map((x) => `○ ${goalLink(goals.get(x.goal), x.goal)} <span class="empty">(${esc(L.via)} ${goalLink(goals.get(x.via), x.via)})</span>`);
          return `<li id="${esc(cellAnchor(c.member, c.objective, prefix))}"><strong>${esc(memberName(r, c.member))}:</strong> ${[...direct, ...inh].join(', ')}</li>`;
        });
      const href = safeHref(o.source);
      const title = href ? `<a href="${href}" rel="noreferrer noopener" class="source">${esc(o.title)}</a>` : esc(o.title);
      return `<div class="obj"><strong><span class="mono">${esc(o.id)}</span> ${title}</strong><ul>${items.join('')}</ul></div>`;
    });
  return `<p class="intro">${esc(L.coverageIntro)}</p>
<div class="figure">${heatMapSvg(r, L, goals, prefix)}</div>
<div class="legend-row"><span>${esc(L.coverageLegend)}:</span>${heatLegendSvg(L)}</div>
<h3>${esc(L.coverageDetails)}</h3>
<div class="coverage-details">${details.join('')}</div>`;
}

function conflictsSection(r: AlignmentReport, L: Labels, goals: ReadonlyMap<string, ReportGoal>): string {
  if (!r.conflicts.length) return `<p class="empty">${esc(L.noConflicts)}</p>`;
  return `<p class="intro">${esc(L.conflictsIntro)}</p><div class="conflicts">${r.conflicts.map((c) => conflictCard(r, c, L, goals)).join('')}</div>`;
}

function conflictCard(r: AlignmentReport, c: ConflictEntry, L: Labels, goals: ReadonlyMap<string, ReportGoal>): string {
  const sides = c.sides.map((s) => {
    const g = goals.get(s.goal);
    return `<div class="side" data-goal="${esc(s.goal)}"><div class="who">${esc(memberName(r, g?.owner ?? ''))}</div>${goalLink(g, s.goal)}${s.stance ? `<div class="stance">${esc(s.stance)}</div>` : ''}</div>`;
  });
  const sidesHtml = sides.length === 2 ? `<div class="sides">${sides[0]}<div class="vs">⇄</div>${sides[1]}</div>` : `<div class="sides many">${sides.join('')}</div>`;
  const ov = c.overlap;
  const bits: string[] = [];
  if (ov.members.length) bits.push(`<span class="k">${esc(L.sharedMembers)}:</span> ${esc(ov.members.map((m) => memberName(r, m)).join(', '))}`);
  if (ov.indicator) bits.push(`<span class="k">${esc(L.sharedIndicator)}:</span> ${esc(ov.indicator)}`);
  if (ov.resource) bits.push(`<span class="k">${esc(L.sharedResource)}:</span> <code>${esc(ov.resource)}</code>`);
  if (ov.years?.length) bits.push(`<span class="k">${esc(L.overbookedIn)}:</span> ${esc(ov.years.join(', '))}`);
  else if (ov.window) bits.push(`<span class="k">${esc(L.activeBoth)}:</span> ${esc(ov.window.start ?? '…')} – ${esc(ov.window.end ?? '…')}`);
  const status = c.accepted
    ? `<span class="status accepted">✓ ${esc(L.accepted)}</span>`
    : c.partlyAccepted
      ? `<span class="status open partly">◐ ${esc(L.partlyAccepted)}</span>`
      : `<span class="status open">● ${esc(L.open)}</span>`;
  const openFor = c.partlyAccepted
    ? ` <span class="k">— ${esc(L.openFor)}</span> ${c.sides.filter((s) => !s.accepted).map((s) => goalLink(goals.get(s.goal), s.goal)).join(', ')}`
    : '';
  const reason = c.accepted || c.partlyAccepted
    ? `<div class="reason"><span class="k">${esc(L.reason)}:</span> «${esc(c.reason ?? '')}»${c.acceptedBy ? ` <span class="k">(${esc(L.acceptedBy)}</span> ${goalLink(goals.get(c.acceptedBy), c.acceptedBy)}<span class="k">)</span>` : ''}${openFor}</div>`
    : '';
  const msg = c.sides.find((s) => s.message)?.message;
  return `<article class="conflict sev-border-${c.severity}${c.accepted ? ' accepted' : ''}" data-rule="${esc(c.rule)}" data-goals="${esc(c.goals.join(' '))}" data-accepted="${c.accepted}"${c.partlyAccepted ? ' data-partly-accepted="true"' : ''}>
<div class="head"><span class="sev sev-${c.severity}">${SEV_MARK[c.severity]} ${esc(L.severities[c.severity])}</span><span class="rule">${esc(L.rules[c.rule] ?? c.rule)}</span><code>${esc(c.rule)}</code>${status}</div>
${sidesHtml}
${bits.length ? `<div class="overlap">${bits.join(' · ')}</div>` : ''}
${reason}
${msg ? `<details><summary>${esc(L.message)}</summary>${esc(msg)}</details>` : ''}
</article>`;
}

function unlinkedSection(r: AlignmentReport, L: Labels, goals: ReadonlyMap<string, ReportGoal>): string {
  if (!r.unlinked.length) return `<p class="empty">${esc(L.noUnlinked)}</p>`;
  const items = r.unlinked.map((u) => {
    const g = goals.get(u.goal);
    const sugg = u.suggestions.length
      ? `<ol>${u.suggestions.map((s) => `<li><span class="score">${formatScore(s.score, r.lang)}</span> <strong class="mono">${esc(s.objective)}</strong> ${esc(s.title)}${s.matched.length ? ` <span class="empty">— ${esc(L.matched)}: ${esc(s.matched.join(', '))}</span>` : ''}</li>`).join('')}</ol>`
      : `<p class="empty">${esc(L.noSuggestion)}</p>`;
    return `<div class="unlinked-goal" data-goal="${esc(u.goal)}"><div><span class="who" style="color:var(--muted)">${esc(memberName(r, g?.owner ?? ''))}</span> · ${goalLink(g, u.goal)} <code style="color:var(--muted)">${esc(u.goal)}</code></div><div style="margin-top:4px;font-size:12.5px;color:var(--muted)">${esc(L.suggestions)}:</div>${sugg}</div>`;
  });
  return `<p class="intro">${esc(L.unlinkedIntro)}</p><div class="unlinked">${items.join('')}</div>`;
}

function capacitySection(r: AlignmentReport, L: Labels, goals: ReadonlyMap<string, ReportGoal>, prefix: string): string {
  if (!r.capacity.length) return `<p class="empty">${esc(L.noCapacity)}</p>`;
  const blocks = r.capacity.map((res, i) => {
    const owner = res.owner ? ` · ${esc(memberName(r, res.owner))}` : '';
    const over = res.years.filter((y) => y.over);
    const overList = over.length
      ? `<ul class="over-list">${over.map((y) => `<li><strong>${y.year}: ${formatNumber(y.demand, r.lang)} &gt; ${esc(formatAmount(res.capacity ?? 0, res.unit, r.lang, '\u00a0'))}</strong> (${esc(L.overCapacity)}) — ${y.demands.map((d) => `${goalLink(goals.get(d.goal), d.goal)} ${formatNumber(d.amount, r.lang)}`).join(' + ')}</li>`).join('')}</ul>`
      : `<p class="sub">✓ ${esc(L.withinCapacity)}</p>`;
    return `<div class="capacity-block" data-resource="${esc(res.id)}"><h3><code>${esc(res.id)}</code></h3><p class="sub">${res.capacity !== undefined ? `${esc(L.capacityLine)} ${esc(formatAmount(res.capacity, res.unit, r.lang, '\u00a0'))} ${esc(L.perYear)}` : ''}${owner}</p><div class="figure">${capacitySvg(res, `${prefix}${i}`, L, goals, r.lang)}</div>${overList}</div>`;
  });
  return `<p class="intro">${esc(L.capacityIntro)}</p><div class="capacity-grid">${blocks.join('')}</div>`;
}

function treeSection(r: AlignmentReport, L: Labels, goals: ReadonlyMap<string, ReportGoal>): string {
  if (!r.contributions.length) return `<p class="empty">${esc(L.noContributions)}</p>`;
  const node = (n: ContributionNode, target: boolean) => {
    const g = goals.get(n.goal);
    return `<span class="node${target ? ' target' : ''}" data-goal="${esc(n.goal)}"><span class="who">${esc(memberName(r, g?.owner ?? ''))}</span>${goalLink(g, n.goal)}</span>`;
  };
  const list = (nodes: readonly ContributionNode[]): string => `<ul>${nodes.map((n) => `<li>${node(n, false)}${n.children.length ? list(n.children) : ''}</li>`).join('')}</ul>`;
  const objectivesOf = (n: ContributionNode) => {
    const g = goals.get(n.goal);
    const inh = (g?.inherited ?? []).map((i) => i.objective);
    const chips = [...n.objectives.map((o) => `<span class="chip" title="${esc(r.objectives.find((x) => x.id === o)?.title ?? '')}">● ${esc(o)}</span>`), ...inh.map((o) => `<span class="chip inh">○ ${esc(o)}</span>`)];
    return chips.length ? chips.join(' ') : `<span class="empty">–</span>`;
  };
  const flows = r.contributions.map(
    (n) => `<div class="flow" data-goal="${esc(n.goal)}"><div>${list(n.children)}</div><div class="arrow">→</div><div>${node(n, true)}</div><div class="arrow">→</div><div>${objectivesOf(n)}</div></div>`,
  );
  return `<p class="intro">${esc(L.contributionsIntro)}</p><div class="tree">${flows.join('')}</div>`;
}

function goalsSection(r: AlignmentReport, L: Labels, goals: ReadonlyMap<string, ReportGoal>): string {
  const groups = r.members
    .filter((m) => m.goals.length)
    .map((m) => {
      const items = m.goals.map((k) => {
        const g = goals.get(k)!;
        const chips = [...(g.status === 'dropped' ? [`<span class="chip status">${esc(L.statusDropped)}</span>`] : []), ...g.direct.map((o) => `<span class="chip">● ${esc(o)}</span>`), ...g.inherited.map((i) => `<span class="chip inh" title="${esc(L.via)} ${esc(goals.get(i.via)?.title ?? i.via)}">○ ${esc(i.objective)}</span>`)];
        const f = SEVERITIES.filter((s) => g.findings[s]).map((s) => `<span class="sev sev-${s}" title="${esc(L.severitiesPlural[s])}">${SEV_MARK[s]} ${g.findings[s]}</span>`);
        return `<li id="${esc(g.anchor)}" class="goal-row${g.status === 'dropped' ? ' dropped' : ''}" data-goal="${esc(g.key)}"><div class="line">${goalLink(g, g.key)}${f.length ? ` <span class="findings">${f.join('')}</span>` : ''}</div><div class="sub"><span class="mono">${esc(g.id)} · ${esc(g.file)}:${g.range.start.line + 1}</span> ${chips.join('') || `<span class="chip none">${esc(L.none)}</span>`}</div></li>`;
      });
      return `<div class="goal-group" data-member="${esc(m.id)}"><h3>${esc(m.name)} <span class="count">${m.goals.length}</span></h3><ul>${items.join('')}</ul></div>`;
    });
  return `<div class="goal-groups">${groups.join('')}</div>`;
}

/** A note on the goals the report leaves out (see `omittedNote`), or nothing. */
function omittedHtml(omitted: AlignmentReport['totals']['omitted'], lang: Lang, surface?: Surface): string {
  const note = omittedNote(omitted, lang, surface);
  return note ? `<p class="note omitted">${esc(note)}</p>\n` : '';
}
