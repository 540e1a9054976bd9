/**
 * Hover texts (Markdown): an objective (title, framework, description, source
 * link), a goal reference (the goal's title, owner, deadline and links), a goal
 * heading (the objectives it supports directly and through other goals, its
 * contributors and its open findings), a property key, a member id, an area,
 * a resource and an indicator.
 *
 * Example: hovering `DS19-M2` → `**DS19-M2** — Offentlig sektor …`.
 */
import type { Goal, Lang, Objective, Span } from '../types.js';
import type { WorkspaceModel } from '../workspaceModel.js';
import { findFile, tr, type LanguageContext } from './context.js';
import { locate } from './locate.js';
import { keyDef } from '../model/vocabulary.js';
import { L } from './strings.js';
import { normalizeLabel } from '../conflicts/context.js';
import { areaKey, isAll } from '../text/normalize.js';
import { memberOf } from '../model/memberNames.js';
import { directionOf } from '../conflicts/structured.js';
import { formatNumber } from '../text/numbers.js';
import type { IndicatorDef, MemberDef } from '../model/config.js';
import { formatAmount } from '../text/units.js';

export interface HoverResult {
  /** Markdown. */
  contents: string;
  span: Span;
}

export function hover(ctx: LanguageContext, uri: string, offset: number): HoverResult | undefined {
  const file = findFile(ctx, uri);
  if (!file || file.kind !== 'document') return undefined;
  const { ws, doc } = file;
  const hit = locate(ws, doc, offset);
  if (!hit) return undefined;
  const lang = ctx.lang;
  switch (hit.kind) {
    case 'objective':
      return { span: hit.span, contents: hit.objective ? objectiveMarkdown(ws, hit.objective, lang) : tr(lang, L.unknownObjective).replace('{id}', hit.item.text) };
    case 'goal-ref':
      return { span: hit.span, contents: hit.target ? goalSummary(ws, hit.target, lang) : tr(lang, L.unknownGoal).replace('{ref}', hit.ref.text) };
    case 'goal':
      return { span: hit.span, contents: goalDetails(ctx, ws, hit.goal) };
    case 'member': {
      // A member written by its name in a scope counts as that member (unknown-member asks for the ID).
      const id = hit.property ? memberOf(ws.members, hit.id) : hit.id;
      const m = ws.members.get(id);
      if (!m) return { span: hit.span, contents: tr(lang, L.unknownMember).replace('{id}', hit.id) };
      const byName = id !== hit.id ? `\n\n${tr(lang, L.memberByName).replace('{id}', id)}` : '';
      return { span: hit.span, contents: `**${m.name ?? m.id}** (\`${m.id}\`)${memberFacts(m, lang)}${byName}` };
    }
    case 'key': {
      const def = hit.property.known ? keyDef(hit.property.key) : undefined;
      if (!def) return undefined;
      const names = [...new Set([def.names.nb, def.names.nn, def.names.en])].map((n) => `\`${n}\``).join(' · ');
      return { span: hit.span, contents: `**${def.names[lang]}** — ${tr(lang, L.keyHelp[def.canonical] ?? { en: '' })}\n\n${names}` };
    }
    case 'value': {
      const kind = keyDef(hit.property.key)?.kind;
      if (kind === 'area') return { span: hit.span, contents: areaMarkdown(ws, hit.item.text, lang) };
      if (kind === 'requires') return { span: hit.span, contents: resourceMarkdown(ws, hit.item.text.split(/\s/)[0]!, lang) };
      if (kind === 'indicator') return { span: hit.span, contents: indicatorMarkdown(ws, hit.item.text, lang) };
      if (kind === 'members' && isAll(hit.item.text)) return { span: hit.span, contents: allMembersMarkdown(ws, hit.goal, lang) };
      return undefined;
    }
  }
}

/** A member's kind and population, after a blank line (nothing when neither is known). */
function memberFacts(m: MemberDef, lang: Lang): string {
  const facts = [m.kind, m.population !== undefined ? `${tr(lang, L.population)} ${formatNumber(m.population, lang, '\u00a0')}` : undefined].filter(Boolean);
  return facts.length ? `\n\n${facts.join(' · ')}` : '';
}

/** `Omfang: alle`: the members it stands for, and those the goal's `exempt` takes out. */
function allMembersMarkdown(ws: WorkspaceModel, goal: Goal, lang: Lang): string {
  const name = (id: string) => {
    const written = ws.members.get(id)?.name;
    return `\`${id}\`${written ? ` (${written})` : ''}`;
  };
  const all = [...ws.members.keys()];
  const exempt = goal.properties.find((p) => p.known && p.key === 'exempt');
  const out = new Set(exempt?.items.map((i) => memberOf(ws.members, i.text)).filter((id) => ws.members.has(id)) ?? []);
  const lines = [`**${tr(lang, L.scopeAll).replace('{count}', String(all.length))}**`, all.map(name).join(' · ')];
  if (out.size && exempt) lines.push(`${tr(lang, L.exceptMembers).replace('{key}', exempt.rawKey)}: ${[...out].map(name).join(' · ')}`);
  return lines.join('\n\n');
}

/** An area: what it covers (for the default areas), how many goals are in it, and the cooperation's areas. */
function areaMarkdown(ws: WorkspaceModel, value: string, lang: Lang): string {
  const area = areaKey(value);
  const list = `${tr(lang, L.areas)}: ${ws.config.areas.map((a) => (a === area ? `**\`${a}\`**` : `\`${a}\``)).join(' · ')}`;
  if (!ws.config.areas.includes(area)) return [tr(lang, L.areaUnknown).replace('{value}', value), list].join('\n\n');
  // Help only for the default areas: a cooperation's own area may be called `constructor`.
  const help = Object.hasOwn(L.areaHelp, area) ? L.areaHelp[area] : undefined;
  const n = ws.goals.filter((g) => g.facts.area === area).length;
  const count = n === 1 ? tr(lang, L.areaGoal) : tr(lang, L.areaGoals).replace('{n}', String(n));
  return [`**${area}**${help ? ` — ${tr(lang, help)}` : ''}`, `${tr(lang, L.areaKnown)} ${count}`, list].join('\n\n');
}

/** A resource of samstemt.yaml: capacity, unit and owner, and how many goals require it. */
function resourceMarkdown(ws: WorkspaceModel, id: string, lang: Lang): string {
  const r = ws.config.resources.get(id);
  if (!r) {
    const known = [...ws.config.resources.keys()];
    const parts = [tr(lang, L.resourceUnknown).replace('{value}', id)];
    if (known.length) parts.push(`${tr(lang, L.resources)}: ${known.map((k) => `\`${k}\``).join(' · ')}`);
    return parts.join('\n\n');
  }
  const capacity = r.capacity !== undefined ? tr(lang, L.capacity).replace('{capacity}', formatAmount(r.capacity, r.unit, lang)) : tr(lang, L.noCapacity);
  const facts = [capacity.charAt(0).toUpperCase() + capacity.slice(1)];
  if (r.owner) facts.push(`${tr(lang, L.owner)}: ${memberName(ws, r.owner)}${ws.members.get(r.owner)?.name ? ` (\`${r.owner}\`)` : ''}`);
  const n = ws.goals.filter((g) => g.facts.requires.some((q) => q.resource === r.id)).length;
  return [`**${r.id}**`, facts.join(' · '), n === 1 ? tr(lang, L.resourceUse) : tr(lang, L.resourceUses).replace('{n}', String(n))].join('\n\n');
}

/**
 * An indicator: its definition in samstemt.yaml (name, shared or not) and how
 * many goals drive it which way, read as the conflict rules read it (the id
 * or the name, case and spacing aside); else that it is only compared with
 * goals that write it alike.
 */
function indicatorMarkdown(ws: WorkspaceModel, value: string, lang: Lang): string {
  const wanted = normalizeLabel(value);
  const same = (t: string, def: IndicatorDef | undefined) => (def ? t === normalizeLabel(def.id) || (def.name !== undefined && t === normalizeLabel(def.name)) : t === wanted);
  const def = [...ws.config.indicators.values()].find((d) => same(wanted, d));
  // Goals write a few dozen indicator texts: each is compared once (a national workspace has 16 000 goals).
  const verdicts = new Map<string, boolean>();
  const goals = ws.goals.filter((g) => {
    const text = g.facts.indicator;
    if (text === undefined) return false;
    let v = verdicts.get(text);
    if (v === undefined) verdicts.set(text, (v = same(normalizeLabel(text), def)));
    return v;
  });
  // Stated or implied by baseline → target, as conflict-direction reads it.
  const count = (direction: string) => goals.filter((g) => (direction === 'maintain' ? g.facts.direction === 'maintain' : directionOf(g)?.direction === direction)).length;
  const uses = (goals.length === 1 ? tr(lang, L.indicatorUse) : tr(lang, L.indicatorUses).replace('{n}', String(goals.length)))
    .replace('{up}', String(count('increase')))
    .replace('{down}', String(count('decrease')))
    .replace('{same}', String(count('maintain')));
  if (!def) {
    const known = [...ws.config.indicators.values()];
    const parts = [tr(lang, L.indicatorUnknown).replace('{value}', value), uses];
    if (known.length) parts.push(`${tr(lang, L.indicators)}: ${known.map((k) => `\`${k.id}\`${k.name ? ` (${k.name})` : ''}`).join(' · ')}`);
    return parts.join('\n\n');
  }
  const title = def.name ? `**${def.name}** (\`${def.id}\`)` : `**${def.id}**`;
  return [title, tr(lang, def.shared ? L.indicatorShared : L.indicatorOwn), uses].join('\n\n');
}

export function objectiveTitle(o: Objective, lang: Lang): string {
  return lang === 'en' && o.titleEn ? o.titleEn : o.title;
}

export function objectiveMarkdown(ws: WorkspaceModel, o: Objective, lang: Lang): string {
  const fw = ws.frameworks.find((f) => f.id === o.framework);
  const fwTitle = fw ? (lang === 'en' && fw.titleEn ? fw.titleEn : fw.title) : o.framework;
  const period = fw?.period?.from && !titleHasPeriod(fwTitle, fw.period.from, fw.period.to) ? ` (${fw.period.from}–${fw.period.to ?? ''})` : '';
  const description = lang === 'en' && o.descriptionEn ? o.descriptionEn : o.description;
  const parts = [`**${o.id}** — ${objectiveTitle(o, lang)}`, `*${fwTitle}${period}*`];
  if (!ws.objective(o.id)) parts.push(tr(lang, L.frameworkNotEnabled).replace('{framework}', o.framework));
  if (description) parts.push(description);
  if (o.source) parts.push(`[${tr(lang, L.source)}](${o.source})`);
  return parts.join('\n\n');
}

/** True when a framework's title already names its period (`… 2019–2025`), which then is not repeated. */
function titleHasPeriod(title: string, from: number | string, to: number | string | undefined): boolean {
  return title.includes(String(from)) && (to === undefined || title.includes(String(to)));
}

function memberName(ws: WorkspaceModel, id: string): string {
  return ws.members.get(id)?.name ?? id;
}

/** Title, owner, deadline and links of a goal: what a reader of a reference wants to know. */
export function goalSummary(ws: WorkspaceModel, g: Goal, lang: Lang): string {
  const lines = [`**${g.title || g.id}** (\`${g.key}\`)`];
  const facts = [`${tr(lang, L.owner)}: ${memberName(ws, g.owner)}`];
  if (g.facts.deadline) facts.push(`${tr(lang, L.deadline)}: ${g.facts.deadline}`);
  if (g.facts.area) facts.push(`${tr(lang, L.area)}: ${g.facts.area}`);
  lines.push(facts.join(' · '));
  const sup = g.facts.supports.map((s) => s.text.toUpperCase());
  if (sup.length) lines.push(`${tr(lang, L.supports)}: ${sup.join(', ')}`);
  const to = ws.contributesTo(g);
  if (to.length) lines.push(`${tr(lang, L.contributesTo)}: ${to.map((t) => `\`${t.key}\``).join(', ')}`);
  return lines.join('\n\n');
}

function goalDetails(ctx: LanguageContext, ws: WorkspaceModel, g: Goal): string {
  const lang = ctx.lang;
  const parts = [goalSummary(ws, g, lang)];
  const { direct, inherited } = ws.supported(g);
  const objectiveLine = (o: Objective) => `\`${o.id}\` ${objectiveTitle(o, lang)}`;
  if (direct.length) parts.push(`**${tr(lang, L.supportsDirectly)}**\n${direct.map((o) => `- ${objectiveLine(o)}`).join('\n')}`);
  if (inherited.length) {
    parts.push(`**${tr(lang, L.supportsThrough)}**\n${inherited.map((i) => `- ${objectiveLine(i.objective)} — ${tr(lang, L.via)} \`${i.via.key}\``).join('\n')}`);
  }
  if (!direct.length && !inherited.length) parts.push(`*${tr(lang, L.noObjectives)}*`);
  const contributors = ws.contributors(g);
  if (contributors.length) parts.push(`**${tr(lang, L.contributors)}**\n${contributors.map((c) => `- \`${c.key}\` ${c.title}`).join('\n')}`);
  const findings = findingsOf(ctx, g);
  if (findings.length) parts.push(`**${tr(lang, L.openFindings)}**\n${findings.map((d) => `- ${L.severity[d.severity] ? tr(lang, L.severity[d.severity]!) : d.severity} \`${d.rule}\`: ${d.message}`).join('\n')}`);
  return parts.join('\n\n');
}

/** The diagnostics about a goal in its own file (those of the other goal of a conflict are on that goal). */
export function findingsOf(ctx: LanguageContext, g: Goal): { rule: string; severity: string; message: string }[] {
  // Only the goal's file: scanning every file's list cost a goal hover 8 ms at national scale.
  return (ctx.diagnostics.get(g.uri) ?? []).filter((d) => d.goal === g.key);
}
