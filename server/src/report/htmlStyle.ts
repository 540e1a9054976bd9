/**
 * The report's stylesheet, inlined into the HTML (the CSP allows inline styles
 * only). System fonts, no web fonts; a print layout for A4 portrait; colours
 * are never the only carrier of meaning (severity has a word and a shape).
 */
export const REPORT_CSS = `
:root {
  --ink: #1f2937; --muted: #5b6472; --line: #e5e7eb; --bg: #ffffff; --panel: #f8fafc;
  --accent: #1d4e89; --accent-soft: #e8f0fa;
  --error: #b42318; --warning: #9a5b00; --info: #1d4e89; --hint: #4b5563; --ok: #166534;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { background: var(--bg); }
body {
  margin: 0; color: var(--ink); background: var(--bg);
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
.report { max-width: 1180px; margin: 0 auto; padding: 0 32px 48px; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 0.92em; }
header.masthead { background: linear-gradient(100deg, #173f70, #1d4e89 60%, #25609f); color: #fff; padding: 30px 32px 26px; margin: 0 0 26px; }
header.masthead .inner { max-width: 1116px; margin: 0 auto; }
header.masthead .eyebrow { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; opacity: .8; margin: 0 0 4px; }
header.masthead h1 { margin: 0; font-size: 30px; line-height: 1.2; font-weight: 700; }
header.masthead .subtitle { margin: 6px 0 0; font-size: 15px; opacity: .92; max-width: 820px; }
header.masthead .meta { margin: 14px 0 0; font-size: 12.5px; opacity: .85; }
.kpis { display: grid; grid-template-columns: repeat(5, 1fr); gap: 14px; margin: 0 0 26px; }
.kpi { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; background: var(--panel); }
.omitted { margin: -12px 0 22px; padding: 8px 12px; border-left: 3px solid var(--line); color: var(--muted); }
.kpi .value { font-size: 26px; font-weight: 700; line-height: 1.15; }
.kpi .label { color: var(--muted); font-size: 12.5px; }
.kpi.alert .value { color: var(--error); }
.note { margin: -12px 0 16px; padding: 8px 12px; border-left: 3px solid var(--warning); background: var(--panel); }
nav.toc { display: flex; flex-wrap: wrap; gap: 4px 18px; border-bottom: 1px solid var(--line); margin: 0 0 8px; padding: 0 0 12px; font-size: 13px; }
nav.toc a { white-space: nowrap; }
section { margin: 30px 0 0; }
section > h2 { font-size: 20px; margin: 0 0 4px; padding-top: 6px; border-top: 3px solid var(--accent); display: inline-block; }
section > p.intro { color: var(--muted); margin: 6px 0 14px; max-width: 900px; }
h3 { font-size: 16px; margin: 20px 0 8px; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
th, td { text-align: left; padding: 7px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); font-weight: 600; background: var(--panel); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.members-table td:nth-child(5) { white-space: nowrap; }
.share { display: inline-flex; align-items: center; gap: 8px; }
.share .bar { width: 90px; height: 9px; background: #e5e7eb; border-radius: 5px; overflow: hidden; display: inline-block; }
.share .bar span { display: block; height: 100%; background: #21918c; }
.sev { display: inline-block; font-size: 11.5px; font-weight: 600; padding: 1px 7px; border-radius: 10px; border: 1px solid currentColor; white-space: nowrap; margin: 0 4px 2px 0; }
.sev-error { color: var(--error); } .sev-warning { color: var(--warning); } .sev-info { color: var(--info); } .sev-hint { color: var(--hint); }
.sev-zero { color: #9ca3af; border-color: #e5e7eb; font-weight: 400; }
.figure { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; padding: 14px 12px 8px; background: #fff; }
.figure svg { display: block; max-width: 100%; height: auto; }
.legend-row { display: flex; align-items: center; gap: 16px; flex-wrap: wrap; margin: 10px 0 0; color: var(--muted); font-size: 12.5px; }
svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif; }
.hm-col { font-size: 12.5px; font-weight: 700; fill: var(--ink); }
.hm-sub { font-size: 11px; fill: var(--muted); }
.hm-group-bg { fill: var(--accent-soft); }
.hm-group-text { font-size: 12.5px; font-weight: 700; fill: var(--accent); }
.hm-id { font-size: 12px; font-weight: 600; fill: var(--ink); font-family: ui-monospace, Menlo, Consolas, "DejaVu Sans Mono", monospace; }
.hm-title { font-size: 12.5px; fill: var(--ink); }
.hm-uncovered .hm-id, .hm-uncovered .hm-title { fill: #8b93a1; }
.hm-val { font-size: 12px; font-weight: 700; }
.hm-total { font-size: 12px; fill: var(--ink); font-variant-numeric: tabular-nums; }
.hm-total.hm-zero { fill: var(--error); font-style: italic; font-size: 11px; }
.hm-rule { stroke: #eef0f3; stroke-width: 1; }
.hm-legend-text { font-size: 12px; fill: var(--muted); }
a.hm-cell:hover rect, a.hm-cell:focus rect { stroke: #111827; stroke-width: 2; }
.coverage-details { columns: 2 420px; column-gap: 28px; font-size: 13px; margin-top: 16px; }
.coverage-details .obj { break-inside: avoid; margin: 0 0 10px; }
.coverage-details .obj > strong { display: block; }
.coverage-details ul { margin: 2px 0 0; padding-left: 16px; }
.coverage-details li:target, .goal-row:target { background: #fff7cc; }
.conflicts { display: grid; gap: 14px; }
.conflict { border: 1px solid var(--line); border-left: 5px solid var(--error); border-radius: 8px; padding: 12px 16px; break-inside: avoid; background: #fff; overflow-wrap: anywhere; }
.conflict.sev-border-warning { border-left-color: #d97706; } .conflict.sev-border-hint { border-left-color: #9ca3af; }
.conflict.accepted { border-left-color: var(--ok); background: #f6fbf7; }
.conflict .head { display: flex; align-items: baseline; gap: 10px; flex-wrap: wrap; margin-bottom: 8px; }
.conflict .head .rule { font-weight: 700; font-size: 15px; }
.conflict .head code { color: var(--muted); }
.status { margin-left: auto; font-size: 12px; font-weight: 700; padding: 2px 10px; border-radius: 12px; white-space: nowrap; }
.status.open { background: #fde8e8; color: var(--error); }
.status.accepted { background: #dcfce7; color: var(--ok); }
.sides { display: grid; grid-template-columns: 1fr auto 1fr; gap: 10px; align-items: stretch; }
.sides.many { grid-template-columns: repeat(3, 1fr); }
.side { background: var(--panel); border-radius: 6px; padding: 8px 12px; }
.side .who { color: var(--muted); font-size: 12px; }
.side .stance { font-weight: 600; margin-top: 2px; }
.vs { align-self: center; color: var(--muted); font-weight: 700; }
.conflict .overlap, .conflict .reason { font-size: 13px; margin-top: 8px; color: var(--ink); }
.conflict .overlap span.k, .conflict .reason span.k { color: var(--muted); }
.conflict details { margin-top: 6px; font-size: 12.5px; color: var(--muted); }
.unlinked { display: grid; gap: 10px; }
.unlinked-goal { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; break-inside: avoid; overflow-wrap: anywhere; }
.unlinked-goal ol { margin: 6px 0 0; padding-left: 20px; }
.score { display: inline-block; min-width: 38px; font-variant-numeric: tabular-nums; color: var(--muted); }
.chip { display: inline-block; font-size: 11.5px; padding: 1px 7px; margin: 1px 3px 1px 0; border-radius: 10px; border: 1px solid #c7d2e0; background: #f1f5fb; white-space: nowrap; }
.chip.inh { background: #fff; border-style: dashed; color: var(--muted); }
.capacity-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 18px; }
.capacity-block { margin: 0; min-width: 0; }
.capacity-block h3 { margin-bottom: 2px; }
.capacity-block .sub { color: var(--muted); font-size: 13px; margin: 0 0 8px; }
.cap-grid { stroke: #eef0f3; } .cap-axis { stroke: #9ca3af; }
.cap-tick { font-size: 11px; fill: var(--muted); } .cap-year { font-size: 12.5px; font-weight: 600; fill: var(--ink); }
.cap-seg { font-size: 11px; font-weight: 700; fill: #fff; }
.cap-value { font-size: 12px; font-weight: 700; fill: var(--ink); } .cap-value-over { fill: #a63d00; }
.cap-line-label { font-size: 12px; font-weight: 600; fill: #111827; }
.over-list { font-size: 13px; margin: 8px 0 0; padding-left: 18px; }
.tree { display: grid; gap: 12px; }
.flow { display: grid; grid-template-columns: minmax(0, 1fr) 28px minmax(0, 1fr) 28px minmax(0, .8fr); align-items: center; border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; break-inside: avoid; }
.flow .arrow { text-align: center; color: var(--muted); font-size: 18px; }
.flow ul { list-style: none; margin: 0; padding: 0; }
.flow ul ul { padding-left: 16px; border-left: 2px solid var(--line); margin: 2px 0 2px 6px; }
.flow li { margin: 3px 0; }
.node { display: inline-block; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 4px 8px; }
.node.target { background: var(--accent-soft); border-color: #bcd0ea; }
.node .who { display: block; color: var(--muted); font-size: 11.5px; }
.goal-groups { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(500px, 100%), 1fr)); gap: 14px 22px; }
.goal-group { border: 1px solid var(--line); border-radius: 8px; padding: 4px 14px 8px; break-inside: avoid; min-width: 0; overflow-wrap: anywhere; }
.goal-group h3 { margin: 8px 0 4px; font-size: 15px; }
.goal-group h3 .count { color: var(--muted); font-weight: 500; font-size: 12.5px; }
.goal-group ul { list-style: none; margin: 0; padding: 0; }
.goal-row { padding: 5px 0; border-top: 1px solid #f0f2f5; }
.goal-row .line { display: flex; justify-content: space-between; gap: 8px; align-items: baseline; }
.goal-row .findings { white-space: nowrap; }
.goal-row .findings .sev { margin: 0 0 0 3px; }
.goal-row .sub { font-size: 11.5px; color: var(--muted); margin-top: 1px; }
.goal-row .sub .mono { margin-right: 6px; }
.goal-row .chip { font-size: 10.5px; padding: 0 6px; }
.chip.none { border-color: var(--error); color: var(--error); background: #fff; }
/* A dropped goal counts for no objective: its status first, the objectives it named struck through. */
.chip.status { background: #fff; color: var(--muted); font-style: italic; }
.goal-row.dropped .chip:not(.status) { text-decoration: line-through; color: var(--muted); }
.empty { color: var(--muted); font-style: italic; }
footer { margin-top: 40px; padding-top: 12px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
@media (max-width: 900px) { .kpis { grid-template-columns: repeat(2, 1fr); } .sides { grid-template-columns: 1fr; } .vs { display: none; } .flow { grid-template-columns: 1fr; } .flow .arrow { transform: rotate(90deg); } }
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { font-size: 11.5px; }
  .report { max-width: none; padding: 0; }
  .capacity-grid { grid-template-columns: 1fr 1fr; }
  header.masthead { margin: 0 0 16px; padding: 16px 18px; border-radius: 6px; }
  nav.toc, .no-print { display: none; }
  a { color: inherit; }
  section { break-before: auto; }
  section > h2 { break-after: avoid; }
  .figure { border: none; padding: 0; overflow: visible; }
  .conflict, .unlinked-goal, .flow, .capacity-block, tr { break-inside: avoid; }
  .kpis { grid-template-columns: repeat(5, 1fr); }
  .conflict details { display: none; }
}
`;
