/**
 * The report's two charts as inline SVG strings: the coverage heat map
 * (members × national objectives) and demand versus capacity per year for a
 * shared resource. No script, no external resource; every value is printed
 * as text, so the charts read without colour and on a black-and-white page.
 *
 * Palette: viridis steps (perceptually uniform, readable with the common
 * colour-vision deficiencies) for the heat map; Okabe–Ito blue and vermillion,
 * plus a hatch pattern for over-capacity bars, for the bar chart.
 */
import type { Lang } from '../engine/types.js';
import type { AlignmentReport, CapacityResource, ReportGoal, ReportMember } from './reportTypes.js';
import { clip, esc } from './escape.js';
import { formatNumber, type Labels } from './i18n.js';
import { formatAmount } from '../engine/text/units.js';

/** Fill and text colour for a cell with `n` goals (0 = none). Viridis, light to dark. */
export const HEAT_STEPS: readonly { fill: string; ink: string }[] = [
  { fill: '#f3f4f6', ink: '#9ca3af' },
  { fill: '#fde725', ink: '#1f2937' },
  { fill: '#90d743', ink: '#1f2937' },
  { fill: '#35b779', ink: '#0b2e1f' },
  { fill: '#21918c', ink: '#ffffff' },
  { fill: '#31688e', ink: '#ffffff' },
  { fill: '#443983', ink: '#ffffff' },
];

export function heatStep(n: number): { fill: string; ink: string } {
  return HEAT_STEPS[Math.min(Math.max(n, 0), HEAT_STEPS.length - 1)]!;
}

/** A short column label for a member: «Storby kommune» → «Storby», «North municipality» → «North», «Digi Fjord – regionalt …» → «Digi Fjord». */
export function memberShortName(m: ReportMember): string {
  const first = m.name.split(/\s[–—-]\s/)[0]!;
  // Trim first, then one whitespace character before the suffix: no regex over long runs of spaces.
  const short = first
    .trimEnd()
    .replace(/\s(kommune|fylkeskommune|AS|IKS|SA|municipality|county council|county|Ltd|Inc)$/i, '')
    .trimEnd();
  return clip(short || m.id, 14);
}

/** What a coverage cell prints: direct count, «+n» for inherited ones: «2», «2+1», «+1», «–». */
export function cellText(direct: number, inherited: number): string {
  if (!direct && !inherited) return '–';
  return `${direct || ''}${inherited ? `+${inherited}` : ''}`;
}

/**
 * Anchor of the coverage detail entry of a cell (`prefix`: the cooperation's, on a page with several).
 * Characters other than ASCII letters, digits and `-` become `_` and their code, so `bø` and `bå` stay apart.
 */
export function cellAnchor(member: string, objective: string, prefix = ''): string {
  const part = (s: string) => s.replace(/[^a-zA-Z0-9-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`);
  return `cov-${prefix}${part(member)}-${part(objective)}`;
}

const LABEL_W = 440;
const CELL_W = 80;
const CELL_H = 24;
const GROUP_H = 30;
const HEAD_H = 56;
const TOTAL_W = 74;

export function heatMapSvg(r: AlignmentReport, L: Labels, goals: ReadonlyMap<string, ReportGoal>, prefix = ''): string {
  const members = r.members;
  const width = LABEL_W + members.length * CELL_W + 10 + TOTAL_W;
  const parts: string[] = [];
  let y = HEAD_H;
  const frameworks = r.frameworks;
  const cells = new Map(r.coverage.map((c) => [`${c.member}\u0000${c.objective}`, c]));
  const ids = new Set(r.objectives.map((o) => o.id));

  // Column headers: short name, then population or kind.
  members.forEach((m, i) => {
    const x = LABEL_W + i * CELL_W + CELL_W / 2;
    const sub = m.population !== undefined ? formatNumber(m.population, r.lang) : (m.kind ? (L.kinds[m.kind] ?? m.kind) : '');
    parts.push(`<g class="colhead"><title>${esc(m.name)}</title><text x="${x}" y="${HEAD_H - 24}" text-anchor="middle" class="hm-col">${esc(memberShortName(m))}</text><text x="${x}" y="${HEAD_H - 9}" text-anchor="middle" class="hm-sub">${esc(sub)}</text></g>`);
  });
  const totalX = LABEL_W + members.length * CELL_W + 10 + TOTAL_W / 2;
  parts.push(`<text x="${totalX}" y="${HEAD_H - 24}" text-anchor="middle" class="hm-col">Σ</text><text x="${totalX}" y="${HEAD_H - 9}" text-anchor="middle" class="hm-sub">${esc(L.membersCovering)}</text>`);

  for (const f of frameworks) {
    const objectives = r.objectives.filter((o) => o.framework === f.id);
    if (!objectives.length) continue;
    parts.push(`<g class="hm-group"><rect x="0" y="${y + 4}" width="${width}" height="${GROUP_H - 6}" rx="3" class="hm-group-bg"/><text x="8" y="${y + GROUP_H / 2 + 5}" class="hm-group-text">${esc(f.id)} · ${esc(clip(f.title, 110))}${f.period ? ` (${esc(f.period)})` : ''}</text></g>`);
    y += GROUP_H;
    for (const o of objectives) {
      const indent = o.parent && ids.has(o.parent) && r.objectives.find((p) => p.id === o.parent)?.parent && ids.has(r.objectives.find((p) => p.id === o.parent)!.parent!) ? 24 : o.parent && ids.has(o.parent) ? 12 : 0;
      // A framework's vision is its overall aim, not an objective to cover (as objective-uncovered and the figures read it).
      const vision = o.kind === 'vision';
      const uncovered = o.members === 0 && !vision;
      parts.push(
        `<g class="hm-row${uncovered ? ' hm-uncovered' : ''}"><title>${esc(o.id)} ${esc(o.fullTitle)}</title>` +
          `<text x="${8 + indent}" y="${y + CELL_H / 2 + 4}" class="hm-id">${esc(o.id)}</text>` +
          `<text x="${112}" y="${y + CELL_H / 2 + 4}" class="hm-title">${esc(clip(o.title, 44 - Math.round(indent / 7)))}</text></g>`,
      );
      members.forEach((m, i) => {
        const c = cells.get(`${m.id}\u0000${o.id}`);
        const d = c?.direct.length ?? 0;
        const inh = c?.inherited.length ?? 0;
        const step = heatStep(d + inh);
        const x = LABEL_W + i * CELL_W;
        const rect = `<rect x="${x + 2}" y="${y + 2}" width="${CELL_W - 4}" height="${CELL_H - 4}" rx="3" fill="${step.fill}"${d === 0 && inh > 0 ? ' class="hm-inh" stroke="#1f2937" stroke-dasharray="3 2"' : ''}/>`;
        const text = `<text x="${x + CELL_W / 2}" y="${y + CELL_H / 2 + 4}" text-anchor="middle" fill="${step.ink}" class="hm-val">${cellText(d, inh)}</text>`;
        if (!c) {
          parts.push(`<g class="hm-cell hm-empty" data-member="${esc(m.id)}" data-objective="${esc(o.id)}">${rect}${text}</g>`);
          return;
        }
        const keys = [...c.direct, ...c.inherited.map((x) => x.goal)];
        const href = keys.length === 1 ? `#${goals.get(keys[0]!)!.anchor}` : `#${cellAnchor(m.id, o.id, prefix)}`;
        const tip = [
          `${m.name} × ${o.id}`,
          ...c.direct.map((k) => `● ${goals.get(k)?.title ?? k}`),
          ...c.inherited.map((x) => `○ ${goals.get(x.goal)?.title ?? x.goal} (${L.via} ${goals.get(x.via)?.title ?? x.via})`),
        ].join('\n');
        parts.push(
          `<a href="${esc(href)}" class="hm-cell" data-member="${esc(m.id)}" data-objective="${esc(o.id)}" data-goals="${esc(keys.join(' '))}"` +
            `${keys.length === 1 ? ` data-goal="${esc(keys[0]!)}"` : ''}><title>${esc(tip)}</title>${rect}${text}</a>`,
        );
      });
      parts.push(`<text x="${totalX}" y="${y + CELL_H / 2 + 4}" text-anchor="middle" class="hm-total${uncovered ? ' hm-zero' : ''}">${uncovered ? esc(L.notCovered) : vision && o.members === 0 ? '–' : `${o.members}/${members.length}`}</text>`);
      parts.push(`<line x1="0" x2="${width}" y1="${y + CELL_H}" y2="${y + CELL_H}" class="hm-rule"/>`);
      y += CELL_H;
    }
  }
  const height = y + 6;
  return `<svg class="heatmap" role="img" aria-label="${esc(L.coverage)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

/** The heat map's legend: the palette steps with their counts. */
export function heatLegendSvg(L: Labels): string {
  const steps = HEAT_STEPS.map((s, i) => {
    const x = i * 46;
    const label = i === 0 ? '0' : i === HEAT_STEPS.length - 1 ? `${i}+` : String(i);
    return `<rect x="${x}" y="0" width="42" height="20" rx="3" fill="${s.fill}"/><text x="${x + 21}" y="14" text-anchor="middle" fill="${s.ink}" class="hm-val">${label}</text>`;
  }).join('');
  const x0 = HEAT_STEPS.length * 46 + 18;
  const inh = `<rect x="${x0}" y="0" width="42" height="20" rx="3" fill="${HEAT_STEPS[1]!.fill}" stroke="#1f2937" stroke-dasharray="3 2"/><text x="${x0 + 21}" y="14" text-anchor="middle" class="hm-val">+1</text><text x="${x0 + 50}" y="14" class="hm-legend-text">${esc(L.inherited)}</text>`;
  return `<svg class="legend" role="img" aria-label="${esc(L.coverageLegend)}" viewBox="0 0 ${x0 + 140} 22" width="${x0 + 140}" height="22" xmlns="http://www.w3.org/2000/svg">${steps}${inh}</svg>`;
}

const BAR = { ok: ['#0072b2', '#56b4e9'], over: ['#d55e00', '#e69f00'] } as const;

/** Demand per year (bars stacked by goal) against the capacity (dashed line) of one resource; `index` makes its pattern id unique in the page. */
export function capacitySvg(res: CapacityResource, index: number | string, L: Labels, goals: ReadonlyMap<string, ReportGoal>, lang: Lang): string {
  const left = 48;
  const top = 26;
  const plotH = 200;
  const slot = Math.max(64, Math.min(110, 720 / Math.max(res.years.length, 1)));
  const width = left + slot * res.years.length + 150;
  const maxDemand = Math.max(...res.years.map((y) => y.demand), res.capacity ?? 0, 1);
  const scaleMax = niceCeil(maxDemand * 1.1);
  const yOf = (v: number) => top + plotH - (v / scaleMax) * plotH;
  const hatch = `hatch-${index}`;
  const parts: string[] = [
    `<defs><pattern id="${hatch}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" stroke-width="2" stroke-opacity="0.55"/></pattern></defs>`,
  ];
  for (const t of ticks(scaleMax)) {
    parts.push(`<line x1="${left}" x2="${left + slot * res.years.length}" y1="${yOf(t)}" y2="${yOf(t)}" class="cap-grid"/><text x="${left - 6}" y="${yOf(t) + 4}" text-anchor="end" class="cap-tick">${formatNumber(t, lang)}</text>`);
  }
  res.years.forEach((y, i) => {
    const x = left + i * slot + slot * 0.18;
    const w = slot * 0.64;
    let acc = 0;
    const colours = y.over ? BAR.over : BAR.ok;
    const segs = y.demands.map((d, j) => {
      const y0 = yOf(acc + d.amount);
      const h = yOf(acc) - y0;
      acc += d.amount;
      const title = `${goals.get(d.goal)?.title ?? d.goal}: ${formatAmount(d.amount, res.unit, lang, '\u00a0')}`;
      const label = h >= 15 && w >= 30 ? `<text x="${x + w / 2}" y="${y0 + h / 2 + 4}" text-anchor="middle" class="cap-seg">${formatNumber(d.amount, lang)}</text>` : '';
      return `<g class="cap-seg-g" data-goal="${esc(d.goal)}"><title>${esc(title)}</title><rect x="${x}" y="${y0}" width="${w}" height="${Math.max(h, 0)}" fill="${colours[j % 2]}" stroke="#ffffff" stroke-width="1"/>${y.over ? `<rect x="${x}" y="${y0}" width="${w}" height="${Math.max(h, 0)}" fill="url(#${hatch})"/>` : ''}${label}</g>`;
    });
    const valueLabel = `${formatNumber(y.demand, lang)}${y.over && res.capacity !== undefined ? ` > ${formatNumber(res.capacity, lang)}` : ''}`;
    parts.push(
      `<g class="cap-bar${y.over ? ' cap-over' : ''}" data-year="${y.year}" data-demand="${y.demand}"><title>${y.year}: ${esc(formatAmount(y.demand, res.unit, lang, '\u00a0'))}${y.over ? ` — ${esc(L.overCapacity)}` : ''}</title>${segs.join('')}` +
        `<text x="${x + w / 2}" y="${yOf(y.demand) - 6}" text-anchor="middle" class="cap-value${y.over ? ' cap-value-over' : ''}">${y.over ? '▲ ' : ''}${esc(valueLabel)}</text>` +
        `<text x="${x + w / 2}" y="${top + plotH + 18}" text-anchor="middle" class="cap-year">${y.year}</text></g>`,
    );
  });
  parts.push(`<line x1="${left}" x2="${left + slot * res.years.length}" y1="${top + plotH}" y2="${top + plotH}" class="cap-axis"/>`);
  if (res.capacity !== undefined) {
    const cy = yOf(res.capacity);
    parts.push(
      `<g class="cap-line" data-capacity="${res.capacity}"><line x1="${left}" x2="${left + slot * res.years.length + 8}" y1="${cy}" y2="${cy}" stroke="#111827" stroke-width="2" stroke-dasharray="6 4"/>` +
        `<text x="${left + slot * res.years.length + 12}" y="${cy + 4}" class="cap-line-label">${esc(L.capacityLine)} ${esc(formatAmount(res.capacity, res.unit, lang, '\u00a0'))}</text></g>`,
    );
  }
  const height = top + plotH + 30;
  return `<svg class="capacity-chart" role="img" aria-label="${esc(`${L.demand}: ${res.id}`)}" data-resource="${esc(res.id)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

function niceCeil(v: number): number {
  const steps = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
  const mag = 10 ** Math.floor(Math.log10(v));
  for (const s of steps) if (s * mag >= v) return s * mag;
  return 10 * mag;
}

function ticks(max: number): number[] {
  const step = niceCeil(max / 5);
  const out: number[] = [];
  for (let t = 0; t <= max + 1e-9; t += step) out.push(Math.round(t * 100) / 100);
  return out;
}
