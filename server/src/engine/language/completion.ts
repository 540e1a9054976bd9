/**
 * Completion for strategy documents (Markdown and YAML) and `samstemt.yaml`:
 * property keys in the document's language, objective IDs ranked for the goal
 * being edited, goal references, member ids, areas, indicators, resources and
 * enum values. Works on the text around the cursor (a line being typed is
 * often not a property yet), and on the analysed workspace for the values.
 *
 * Example: `- Støtter: DS19-|` in a goal about digital building permits →
 * `DS19-M2` first (the ranker's best match), then the other objectives.
 */
import type { Goal, Lang, Span, StrategyDocument } from '../types.js';
import type { WorkspaceModel } from '../workspaceModel.js';
import { DOCUMENT_KEYS, ENUMS, GOAL_KEYS, YAML_GOAL_STRUCTURE_KEYS, lookupDocumentKey, lookupGoalStructureKey, lookupKey, type KeyDef } from '../model/vocabulary.js';
import { CONFIG_KEYS, DEFAULT_AREAS, MEMBER_KINDS, configKey, type ConfigKey } from '../model/config.js';
import { keyOf } from '../text/normalize.js';
import { lineStartAt } from '../text/lines.js';
import { findFile, tr, type LanguageContext } from './context.js';
import { goalAt } from './locate.js';
import { objectiveTitle } from './hover.js';
import { objectiveMessageTitle } from '../findings.js';
import { L } from './strings.js';
import { formatAmount } from '../text/units.js';

export type CompletionKind = 'property' | 'objective' | 'goal' | 'member' | 'enum' | 'area' | 'indicator' | 'resource' | 'rule' | 'framework' | 'value';

export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  insertText?: string;
  sortText?: string;
  filterText?: string;
  /** The text the item replaces (the word being typed). */
  replace: Span;
  /** Lines after the first are indented as written here: the editor must not indent them again. */
  asIs?: boolean;
}

interface Line {
  start: number;
  /** Text of the line up to the cursor. */
  before: string;
}

/**
 * Completion reads the current line with anchored patterns whose worst case is
 * quadratic in the line's length; no property line is this long, so longer
 * lines get no completion and the patterns stay bounded.
 */
export const MAX_COMPLETION_LINE = 1000;

function lineAt(text: string, offset: number): Line {
  const start = lineStartAt(text, offset);
  return { start, before: text.slice(start, offset) };
}

/** End of the word under the cursor, so that completing inside a word replaces all of it. */
function wordEnd(text: string, offset: number): number {
  const m = /^[\p{L}\p{N}_#-]*/u.exec(text.slice(offset, offset + 200));
  return offset + (m ? m[0].length : 0);
}

/**
 * The end of a key being completed: the word at the cursor, or, when the
 * line already has a key's colon after the cursor (the author retypes or
 * corrects an existing key, `- Fri|st: 2026`), through that key, its colon and
 * the blanks after it, so that the completed `Key: ` takes the old key's place
 * instead of leaving `- Key: : 2026`.
 */
function keyEnd(text: string, offset: number): number {
  const m = /^[\p{L}\p{M}\p{N}_ *'"-]{0,40}?:[ \t]*/u.exec(text.slice(offset, offset + 200));
  return m ? offset + m[0].length : wordEnd(text, offset);
}

export function complete(ctx: LanguageContext, uri: string, offset: number): CompletionItem[] {
  const file = findFile(ctx, uri);
  if (!file) return [];
  if (offset - lineStartAt(file.text, offset) > MAX_COMPLETION_LINE) return [];
  if (file.kind === 'config') return completeConfig(ctx, file.ws, file.text, offset);
  if (file.kind !== 'document') return [];
  return file.doc.format === 'markdown' ? completeMarkdown(ctx, file.ws, file.doc, offset) : completeYaml(ctx, file.ws, file.doc, offset);
}

// ---------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------

/**
 * The end of the head of the document (after its closing line and line break),
 * closed with `---` or with `...` (YAML's end of a document); undefined when it has none.
 */
function frontMatterEnd(text: string): number | undefined {
  if (!/^---[ \t]*(?:\r?\n)/.test(text)) return undefined;
  for (let at = text.indexOf('\n') + 1; at > 0 && at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl + 1;
    if (/^(?:---|\.\.\.)[ \t]*\r?$/.test(text.slice(at, nl < 0 ? text.length : nl))) return end;
    at = end;
  }
  return undefined;
}

function completeMarkdown(ctx: LanguageContext, ws: WorkspaceModel, doc: StrategyDocument, offset: number): CompletionItem[] {
  const text = doc.text;
  const line = lineAt(text, offset);
  const headEnd = frontMatterEnd(text);
  if (headEnd !== undefined && offset < headEnd && offset > 3) return completeHead(ctx, ws, doc, line, offset);
  const goal = goalAt(doc, offset);
  if (!goal) return [];
  // A structure heading between the goal and the cursor ends the goal's section.
  if (/(^|\n|\r)#{1,6}\s/.test(text.slice(goal.headingSpan.end, line.start))) return [];
  if (line.start <= goal.headingSpan.end) return [];
  let m = /^(\s*[-*+]\s+)([*_]{0,2})([^:]*)$/u.exec(line.before);
  if (m && m[3]!.split(/\s+/).length <= 3 && !inLaterList(text, goal, line.start)) {
    const start = line.start + m[1]!.length + m[2]!.length;
    return keyItems(presentKeys(goal), keyLanguage(doc), 'markdown', { start, end: keyEnd(text, offset) });
  }
  m = /^(\s*[-*+]\s+)([*_]{0,2})([^:\n]{1,40}?)([*_]{0,2}):([*_]{0,2})(.*)$/u.exec(line.before);
  if (m) {
    const hit = lookupKey(m[3]!);
    // In a comment (`<!-- sjekk med hr` not closed yet) there is nothing to complete: an item would replace the note.
    const closed = m[6]!.lastIndexOf('-->');
    if (!hit || m[6]!.lastIndexOf('<!--') > closed) return [];
    // The value is completed after a comment before it, which stays.
    const valueStart = line.start + line.before.length - m[6]!.length + (closed >= 0 ? closed + 3 : 0);
    return valueItems(ctx, ws, doc, goal, hit.def, text, valueStart, offset);
  }
  return [];
}

/**
 * Whether the list item at `lineStart` stands in a list after the goal's
 * property list: a paragraph (a blank line, then text at the margin that is
 * no list item or comment) lies between the last property and the line. Only
 * the first list gives properties (a key there is reported as not read).
 */
function inLaterList(text: string, goal: Goal, lineStart: number): boolean {
  const last = Math.max(-1, ...goal.properties.filter((p) => p.span.end <= lineStart).map((p) => p.span.end));
  if (last < 0) return false;
  return /\n[ \t]*\r?\n(?: ?(?![-*+][ \t]|\d+[.)][ \t]|<!--)[^\s])/.test(text.slice(last, lineStart));
}

/**
 * The language the document's goal keys are written in, so that a completed
 * key matches its neighbours: `area:`/`adopt:` → English even when the prose
 * (and so `doc.lang`) is Norwegian. Each key votes for every language that
 * spells it that way (`område` for nb and nn, `status` for all); a tie falls
 * back to the document's language. Front-matter and YAML top-level keys do not
 * vote: `owner`/`title` are written in English in Norwegian documents too.
 * YAML keys are read from the text: the line being typed (`    sup`) is not
 * YAML yet, so the document has no goals while the author types.
 */
export function keyLanguage(doc: StrategyDocument): Lang {
  const votes: Record<Lang, number> = { nb: 0, nn: 0, en: 0 };
  // YAML: every `key:` of a line, also inside `{ … }` (a goal written as a flow mapping), quoted or not.
  const written = doc.format === 'yaml' ? doc.text.split(/\r?\n|\r/).flatMap((line) => line.split(/[{,]/).map((part) => unquote(yamlKeyOfLine(part) ?? ''))) : doc.goals.flatMap((g) => g.properties.map((p) => p.rawKey));
  for (const raw of written) {
    const def = raw ? lookupKey(raw)?.def : undefined;
    if (!def) continue;
    for (const l of LANGS) if (def.names[l] === keyOf(raw)) votes[l]++;
  }
  const top = Math.max(...LANGS.map((l) => votes[l]));
  if (votes[doc.lang] === top) return doc.lang;
  return LANGS.find((l) => votes[l] === top)!;
}

/** The key of a YAML `key: value` or `- key: value` line, without reading the YAML. */
function yamlKeyOfLine(line: string): string | undefined {
  const colon = line.indexOf(':');
  if (colon < 0) return undefined;
  const key = line.slice(0, colon).trim().replace(/^-\s*/, '');
  return key && !key.startsWith('#') ? key : undefined;
}

const LANGS: readonly Lang[] = ['nb', 'nn', 'en'];

function presentKeys(goal: Goal | undefined): Set<string> {
  return new Set(goal?.properties.filter((p) => p.known).map((p) => p.key));
}

/** The goal keys not in `present` (canonical names), spelt in `lang` as `format` writes keys. */
function keyItems(present: Set<string>, lang: Lang, format: 'markdown' | 'yaml', replace: Span): CompletionItem[] {
  return GOAL_KEYS.filter((k) => !present.has(k.canonical)).map((k, i) => {
    const name = format === 'markdown' ? k.names[lang].charAt(0).toUpperCase() + k.names[lang].slice(1) : k.names[lang];
    return {
      label: name,
      kind: 'property' as const,
      detail: k.canonical,
      documentation: tr(lang, L.keyHelp[k.canonical] ?? { en: '' }),
      insertText: `${name}: `,
      sortText: String(i).padStart(2, '0'),
      // Typing the English or the other Norwegian spelling finds the key too.
      filterText: [...new Set([name, k.names.nb, k.names.nn, k.names.en])].join(' '),
      replace,
    };
  });
}

/** Completion of the value of a goal property, from the cursor back to the start of the item. */
function valueItems(ctx: LanguageContext, ws: WorkspaceModel, doc: StrategyDocument, goal: Goal | undefined, def: KeyDef, text: string, valueStart: number, offset: number): CompletionItem[] {
  let itemStart = valueStart;
  const segment = text.slice(valueStart, offset);
  // The reason of an accepted conflict is the author's own text: an item would replace the reference and the reason typed.
  if (def.kind === 'accepts' && inAcceptsReason(segment)) return [];
  const listy = ['objectives', 'goal-refs', 'members', 'systems', 'requires', 'accepts'].includes(def.kind);
  if (listy) {
    const cut = Math.max(segment.lastIndexOf(','), segment.lastIndexOf('['), segment.lastIndexOf(';'));
    if (cut >= 0) itemStart = valueStart + cut + 1;
  } else if (segment.startsWith('[')) itemStart++;
  while (itemStart < offset && /\s/.test(text[itemStart]!)) itemStart++;
  // YAML: inside quotes the value is completed inside them; outside, a `#id` must be quoted (` #` starts a comment).
  const quote = doc.format === 'yaml' ? openQuote(segment) : undefined;
  if (quote && text[itemStart] === quote) itemStart++;
  const replace = { start: itemStart, end: wordEnd(text, offset) };
  const current = goal?.properties.find((p) => p.known && p.key === def.canonical);
  const already = new Set((current?.items ?? []).filter((it) => it.span.end < itemStart || it.span.start > offset).map((it) => it.text.toLowerCase()));
  const lang = doc.lang;
  switch (def.kind) {
    case 'objectives':
      return objectiveItems(ctx, ws, goal, replace, already);
    case 'goal-refs':
    case 'accepts': {
      // YAML outside quotes: an accepted conflict with a goal of the same member is written `owner#id — `, as a
      // quoted `"#id — "` would end before the reason the author types next, which the file could not hold.
      const accepts = def.kind === 'accepts';
      const items = goalItems(ws, goal, replace, already, accepts, accepts && doc.format === 'yaml' && !quote);
      if (doc.format !== 'yaml' || quote) return items;
      return items.map((i) => (i.insertText?.startsWith('#') ? { ...i, insertText: JSON.stringify(i.insertText) } : i));
    }
    case 'members': {
      const items = memberItems(ws, replace, already);
      if (def.canonical === 'scope') {
        const all = lang === 'en' ? 'all' : 'alle';
        items.unshift({ label: all, kind: 'member', detail: tr(ctx.lang, L.allMembers), sortText: '0', replace });
      }
      return items;
    }
    case 'area':
      return ws.config.areas.map((a) => ({ label: a, kind: 'area' as const, replace }));
    case 'indicator':
      return [...ws.config.indicators.values()].map((i) => ({ label: i.id, kind: 'indicator' as const, ...(i.name ? { detail: i.name } : {}), replace }));
    case 'requires':
      return [...ws.config.resources.values()].map((r) => ({
        label: r.id,
        kind: 'resource' as const,
        detail: [r.owner, r.capacity !== undefined ? formatAmount(r.capacity, r.unit, ctx.lang) : undefined].filter(Boolean).join(' · '),
        insertText: `${r.id} `,
        replace,
      }));
    case 'direction':
    case 'priority':
    case 'status':
      return ENUMS[def.kind].map((e, i) => ({ label: e.names[lang], kind: 'enum' as const, detail: e.canonical, sortText: String(i), replace }));
    case 'date': {
      // A goal starts with the plan period at the earliest and is due by its end.
      const date = def.canonical === 'start' ? (doc.period?.from ? `${doc.period.from}-01-01` : undefined) : doc.period?.to ? `${doc.period.to}-12-31` : undefined;
      return date ? [{ label: date, kind: 'value' as const, replace }] : [];
    }
    default:
      return [];
  }
}

/**
 * Whether the cursor, at the end of the `accepts` value `segment`, is past the
 * goal reference of its item: in the reason, which follows the reference after
 * a dash, colon, comma, parenthesis or only a space, and may hold commas. As in
 * the reading of the value, an item starts only before another reference
 * (`… — vedtatt, lyngøy#|`) or after a flow list's `[`.
 */
function inAcceptsReason(segment: string): boolean {
  const item = segment.slice(segment.lastIndexOf('[') + 1).split(/[,;]\s*(?=[\p{L}\p{N}_-]*#)/u).pop()!;
  return /^\s*["']?[\p{L}\p{N}_-]*#[\p{L}\p{N}_-]+[^\p{L}\p{N}_-]/u.test(item);
}

/**
 * The quote (`"` or `'`) a YAML value written as `segment` leaves open, if
 * any: `"DS19-M2, ` leaves `"` open, `['#a', '` leaves `'` open. A quote
 * opens only where a value starts (`Storby's` is plain text).
 */
function openQuote(segment: string): string | undefined {
  let open: string | undefined;
  let before = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (!open) {
      if ((c === '"' || c === "'") && (before === '' || before === '[' || before === ',')) open = c;
      if (!/\s/.test(c)) before = c;
    } else if (open === '"' && c === '\\') i++;
    else if (c === open) {
      if (open === "'" && segment[i + 1] === "'") i++;
      else open = undefined;
    }
  }
  return open;
}

function objectiveItems(ctx: LanguageContext, ws: WorkspaceModel, goal: Goal | undefined, replace: Span, already: Set<string>): CompletionItem[] {
  let ranked: string[] = [];
  try {
    ranked = goal ? ws.suggestions(goal).map((s) => s.objective.toUpperCase()) : [];
  } catch {
    ranked = []; // ranking is a nicety: completion works without it
  }
  const lang = ctx.lang;
  return ws.frameworks
    .flatMap((f) => f.objectives)
    .filter((o) => !already.has(o.id.toLowerCase()))
    .map((o) => {
      const rank = ranked.indexOf(o.id);
      const title = objectiveTitle(o, lang);
      const name = objectiveMessageTitle(o, lang);
      return {
        label: o.id,
        kind: 'objective' as const,
        detail: rank >= 0 ? `★ ${name}` : name,
        documentation: `**${o.id}** — ${title}${rank >= 0 ? ` *(${tr(lang, L.suggested)})*` : ''}\n\n${lang === 'en' && o.descriptionEn ? o.descriptionEn : o.description}`,
        sortText: rank >= 0 ? `0${rank}` : `1${o.id}`,
        filterText: `${o.id} ${o.short ?? ''} ${title}`,
        insertText: o.id,
        replace,
      };
    });
}

/** `ownerAlways`: the goals of the same member as `owner#id` too, not `#id`. */
function goalItems(ws: WorkspaceModel, goal: Goal | undefined, replace: Span, already: Set<string>, accepts: boolean, ownerAlways = false): CompletionItem[] {
  return ws.goals
    .filter((g) => g !== goal && g.owner)
    .map((g) => {
      const ref = goal && g.owner === goal.owner && !ownerAlways ? `#${g.id}` : g.key;
      const sameArea = goal?.facts.area !== undefined && g.facts.area === goal.facts.area;
      return {
        label: ref,
        kind: 'goal' as const,
        detail: g.title,
        insertText: accepts ? `${ref} — ` : ref,
        sortText: `${sameArea ? 0 : 1}${g.owner === goal?.owner ? 1 : 0}${g.key}`,
        filterText: `${ref} ${g.title}`,
        replace,
      };
    })
    .filter((i) => !already.has(i.label.toLowerCase()));
}

function memberItems(ws: WorkspaceModel, replace: Span, already: Set<string>): CompletionItem[] {
  return [...ws.members.values()]
    .filter((m) => !already.has(m.id.toLowerCase()))
    .map((m) => ({ label: m.id, kind: 'member' as const, ...(m.name ? { detail: m.name } : {}), sortText: `1${m.id}`, replace }));
}

/** Front matter or the top level of a YAML document: owner, title, period, status, language. */
function completeHead(ctx: LanguageContext, ws: WorkspaceModel, doc: StrategyDocument, line: Line, offset: number): CompletionItem[] {
  const text = doc.text;
  let m = /^([\p{L}]*)$/u.exec(line.before);
  if (m) {
    const replace = { start: line.start, end: keyEnd(text, offset) };
    // In any spelling: `eier:` is the owner.
    const present = new Set(doc.meta.map((p) => lookupDocumentKey(p.rawKey) ?? keyOf(p.rawKey)));
    // `goals` is offered in YAML only while the document has none: a second `goals:` is a duplicate key.
    const names = Object.values(DOCUMENT_KEYS).map((n) => n[0]!).filter((k) => k !== 'goals' || (doc.format === 'yaml' && goalsLine(text) === undefined));
    return names.filter((n) => !present.has(n)).map((n) => ({ label: n, kind: 'property' as const, insertText: n === 'goals' ? 'goals:\n  - id: ' : `${n}: `, replace, ...(n === 'goals' ? { asIs: true } : {}) }));
  }
  m = /^([\p{L}]+)\s*:\s*(.*)$/u.exec(line.before);
  if (!m) return [];
  const valueStart = line.start + line.before.length - m[2]!.length;
  const replace = { start: valueStart, end: wordEnd(text, offset) };
  const key = Object.entries(DOCUMENT_KEYS).find(([, names]) => names.includes(keyOf(m![1]!)))?.[0];
  if (key === 'owner') return memberItems(ws, replace, new Set());
  if (key === 'status') return ENUMS.documentStatus.map((e) => ({ label: e.names[doc.lang], kind: 'enum' as const, detail: e.canonical, replace }));
  if (key === 'language') return ['nb', 'nn', 'en'].map((l) => ({ label: l, kind: 'enum' as const, replace }));
  void ctx;
  return [];
}

// ---------------------------------------------------------------------------
// YAML strategy documents
// ---------------------------------------------------------------------------

const YAML_KEY_TYPING = /^(\s*)(-\s+)?([\p{L}][\p{L}\p{N} _-]*)?$/u;
const YAML_KEY_VALUE = /^(\s*)(-\s+)?([^:#\s][^:#]*?)\s*:\s+?(.*)$/u;

function completeYaml(ctx: LanguageContext, ws: WorkspaceModel, doc: StrategyDocument, offset: number): CompletionItem[] {
  const text = doc.text;
  const line = lineAt(text, offset);
  if (inYamlComment(line.before)) return [];
  const goalsKey = goalsLine(text);
  if (goalsKey === undefined || line.start <= goalsKey) return completeHead(ctx, ws, doc, line, offset);
  // A top-level key; but `- ` at the margin is a goal of `goals:` written as PyYAML and Ansible write lists.
  if (/^\S/.test(line.before) && !/^-(?:\s|$)/.test(line.before)) return completeHead(ctx, ws, doc, line, offset);
  const goal = goalAt(doc, offset);
  const list = openListAbove(text, line);
  if (list) {
    const hit = lookupKey(list.key);
    return hit ? valueItems(ctx, ws, doc, goal, hit.def, text, list.valueStart, offset) : [];
  }
  const flow = flowMapEntry(line.before);
  if (flow) {
    const start = line.start + flow.start;
    if (flow.key === undefined) {
      const replace = { start, end: keyEnd(text, offset) };
      const present = new Set(flow.keys.flatMap((k) => lookupKey(k)?.def.canonical ?? lookupGoalStructureKey(k) ?? []));
      const structure = Object.keys(YAML_GOAL_STRUCTURE_KEYS).filter((s) => s !== 'goals' && !present.has(s));
      const names = structureNames(text, keyLanguage(doc));
      return [...structure.map((s, i) => ({ label: names[s]!, kind: 'property' as const, insertText: `${names[s]}: `, sortText: ` ${i}`, replace })), ...keyItems(present, keyLanguage(doc), 'yaml', replace)];
    }
    const hit = lookupKey(flow.key);
    return hit ? valueItems(ctx, ws, doc, goal, hit.def, text, line.start + flow.valueStart, offset) : [];
  }
  const parent = parentKey(text, line);
  const seqItem = /^(\s*)-\s+([^:]*)$/u.exec(line.before);
  if (seqItem && parent) {
    const hit = lookupKey(parent);
    if (hit) return valueItems(ctx, ws, doc, goal, hit.def, text, line.start + line.before.length - seqItem[2]!.length, offset);
  }
  const typing = YAML_KEY_TYPING.exec(line.before);
  // The lines of a text written over several lines (`need: >`, a long title) are prose: a key item would replace it.
  if (typing && !typing[2] && insideValue(text, line.start, typing[1]!.length)) return [];
  if (typing) {
    const start = line.start + typing[1]!.length + (typing[2]?.length ?? 0);
    const replace = { start, end: keyEnd(text, offset) };
    // A `- ` starts a new goal, which has no keys yet. `id:` or `title:` offered again would be a duplicate key, which YAML cannot read.
    const present = typing[2] ? new Set<string>() : yamlSiblingKeys(text, line.start, start - line.start, (k) => lookupKey(k)?.def.canonical ?? lookupGoalStructureKey(k));
    const items = keyItems(present, keyLanguage(doc), 'yaml', replace);
    const structure = Object.keys(YAML_GOAL_STRUCTURE_KEYS).filter((s) => !present.has(s));
    const names = structureNames(text, keyLanguage(doc));
    // Sub-goals start on the next line, indented below the key as the head's `goals:` starts the first goal.
    const subGoals = `${names.goals}:\n${' '.repeat(start - line.start + 2)}- id: `;
    items.unshift(...structure.map((s, i) => ({ label: names[s]!, kind: 'property' as const, insertText: s === 'goals' ? subGoals : `${names[s]}: `, sortText: ` ${i}`, replace, ...(s === 'goals' ? { asIs: true } : {}) })));
    return items;
  }
  const kv = YAML_KEY_VALUE.exec(line.before);
  if (kv) {
    const hit = lookupKey(unquote(kv[3]!));
    if (!hit) return [];
    return valueItems(ctx, ws, doc, goal, hit.def, text, line.start + line.before.length - kv[4]!.length, offset);
  }
  return [];
}

/**
 * How a goal's `id`, `title`, `description` and `goals` are offered: as the
 * document's goals spell them (`tittel:`); once they spell one in Norwegian,
 * the others in Norwegian too (`skildring` in nynorsk, `delmål` for
 * sub-goals); otherwise in English, as the contract's example writes them
 * also in Norwegian documents. Only goal lines count: the document's own
 * `mål:` names its goals, not a goal's sub-goals.
 */
function structureNames(text: string, lang: Lang): Record<string, string> {
  const written = new Map<string, string>();
  for (const line of text.split(/\r?\n|\r/)) {
    if (!/^(?:\s|-(?:\s|$))/.test(line)) continue;
    const key = unquote(yamlKeyOfLine(line) ?? '');
    const canonical = key ? lookupGoalStructureKey(key) : undefined;
    if (canonical && !written.has(canonical)) written.set(canonical, keyOf(key));
  }
  const norwegian = [...written].some(([canonical, k]) => k !== canonical);
  const otherwise: Record<string, string> = norwegian ? { id: 'id', title: 'tittel', description: lang === 'nn' ? 'skildring' : 'beskrivelse', goals: 'delmål' } : { id: 'id', title: 'title', description: 'description', goals: 'goals' };
  return Object.fromEntries(Object.keys(YAML_GOAL_STRUCTURE_KEYS).map((s) => [s, written.get(s) ?? otherwise[s] ?? s]));
}

/**
 * Whether the cursor, after `before` on its line, is in a comment: a ` #`
 * outside quotes with text and a space after it (`# vurder hr`). A `#id`
 * typed without its quotes (`bidrar til: #fel`) is a reference being
 * written, which completion quotes. Quotes open only where a value starts
 * (`Storby's` is text).
 */
function inYamlComment(before: string): boolean {
  let quote: string | undefined;
  let last = '';
  for (let i = 0; i < before.length; i++) {
    const c = before[i]!;
    if (quote) {
      if (quote === '"' && c === '\\') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if ((c === '"' || c === "'") && (last === '' || '-:[{,'.includes(last))) quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(before[i - 1]!))) return /\s/.test(before.slice(i + 1));
    if (!/\s/.test(c)) last = c;
  }
  return false;
}

/** The offset of the top-level `goals:` line (`Mål:`, `"goals":` …), if any. */
function goalsLine(text: string): number | undefined {
  for (const m of text.matchAll(/^[^\s#][^\r\n]*/gmu)) {
    const key = yamlKeyOfLine(m[0]);
    if (key && lookupDocumentKey(unquote(key)) === 'goals') return m.index;
  }
  return undefined;
}

/** Lines looked back over for the `[` of a list written over several lines. */
const LIST_LINES = 20;

/**
 * `key: [` on a line above that is not closed before the cursor: a list
 * written over several lines (`supports: [\n  DS19-M2,\n  |`). The key and
 * where its value starts.
 */
function openListAbove(text: string, line: Line): { key: string; valueStart: number } | undefined {
  let depth = 0;
  const count = (written: string): number | undefined => {
    for (let i = written.length - 1; i >= 0; i--) {
      if (written[i] === ']') depth++;
      else if (written[i] === '[' && depth-- === 0) return i;
    }
    return undefined;
  };
  if (count(line.before) !== undefined) return undefined;
  let start = line.start;
  for (let n = 0; n < LIST_LINES && start > 0; n++) {
    const end = start - (text[start - 1] === '\n' && text[start - 2] === '\r' ? 2 : 1);
    start = lineStartAt(text, end);
    const written = text.slice(start, end);
    if (written.length > MAX_COMPLETION_LINE) return undefined;
    const open = count(written);
    if (open === undefined) continue;
    const kv = YAML_KEY_VALUE.exec(written.slice(0, open + 1));
    return kv && kv[4] === '[' ? { key: unquote(kv[3]!), valueStart: start + open } : undefined;
  }
  return undefined;
}

/** A YAML key without the quotes around it: `"supports"` → `supports`. */
function unquote(key: string): string {
  const q = key[0];
  return (q === '"' || q === "'") && key.length >= 2 && key.endsWith(q) ? key.slice(1, -1) : key;
}

/**
 * The entry being typed in a flow mapping (`- {id: a, area: |`) that the line
 * opens and does not close: where it starts in the line, its key (none while
 * the key itself is typed) and where its value starts, and the keys of the
 * mapping's entries before it. Commas inside quotes or inner `[ ]` do not
 * separate entries.
 */
function flowMapEntry(before: string): { start: number; key?: string; valueStart: number; keys: string[] } | undefined {
  const open: { bracket: string; entries: number[] }[] = [];
  let quote: string | undefined;
  // The last character that is not a space: quotes and brackets open only where a value starts (`Storby's {x}` is text).
  let last = '';
  for (let i = 0; i < before.length; i++) {
    const c = before[i]!;
    const starts = last === '' || '-:[{,'.includes(last);
    if (!/\s/.test(c)) last = c;
    if (quote) {
      if (quote === '"' && c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if ((c === '"' || c === "'") && starts) quote = c;
    else if ((c === '{' || c === '[') && starts) open.push({ bracket: c, entries: [i + 1] });
    else if ((c === '}' || c === ']') && open.length) open.pop();
    else if (c === ',') open[open.length - 1]?.entries.push(i + 1);
  }
  let level = open.length - 1;
  while (level >= 0 && open[level]!.bracket !== '{') level--;
  if (level < 0) return undefined;
  const entries = open[level]!.entries;
  const keys = entries.slice(0, -1).flatMap((from, i) => flowKey(before.slice(from, entries[i + 1]! - 1))?.key ?? []);
  const from = entries[entries.length - 1]!;
  const entry = before.slice(from);
  const lead = entry.length - entry.trimStart().length;
  const kv = flowKey(entry);
  if (!kv) return /[:"'[{]/.test(entry) ? undefined : { start: from + lead, valueStart: from + lead, keys };
  return { start: from + lead, key: kv.key, valueStart: from + kv.length, keys };
}

/** The key of a flow mapping entry `key: value` (the key may be quoted), and the length up to its value. */
function flowKey(entry: string): { key: string; length: number } | undefined {
  const lead = entry.length - entry.trimStart().length;
  const rest = entry.slice(lead);
  const q = rest[0];
  let key: string;
  let i: number;
  if (q === '"' || q === "'") {
    i = rest.indexOf(q, 1) + 1;
    if (i === 0) return undefined;
    key = rest.slice(1, i - 1);
  } else {
    i = rest.indexOf(':');
    if (i <= 0) return undefined;
    key = rest.slice(0, i).trim();
  }
  while (rest[i] === ' ' || rest[i] === '\t') i++;
  if (rest[i] !== ':' || (i + 1 < rest.length && !/\s/.test(rest[i + 1]!))) return undefined;
  return { key, length: lead + i + 1 };
}

/**
 * The keys (canonical, goal keys by default) of the YAML mapping a line belongs to: the lines
 * above and below whose key starts in the same `column`, from the `- ` that
 * starts the mapping to the next item or a shallower line; deeper lines
 * (nested lists, folded text) are skipped. Read from the text, as in
 * `keyLanguage`: while a key is being typed the document is not valid YAML.
 */
function yamlSiblingKeys(text: string, lineStart: number, column: number, canonicalOf = (key: string) => lookupKey(key)?.def.canonical): Set<string> {
  const lines = text.split(/\r?\n|\r/);
  const current = text.slice(0, lineStart).split(/\r?\n|\r/).length - 1;
  const keys = new Set<string>();
  const scan = (from: number, step: 1 | -1) => {
    for (let i = from; i >= 0 && i < lines.length; i += step) {
      const l = lines[i]!;
      const lead = l.length - l.trimStart().length;
      const rest = l.slice(lead);
      if (!rest || rest.startsWith('#')) continue;
      const dash = /^-(?:\s+|$)/.exec(rest);
      const keyColumn = lead + (dash ? dash[0].length : 0);
      if (lead > column || (dash && lead === column)) continue; // deeper: a value's lines or a nested list
      if (keyColumn !== column || (dash && step === 1)) return; // a shallower line, or the next item
      const key = canonicalOf(yamlKeyOfLine(l) ?? '');
      if (key) keys.add(key);
      if (dash) return; // the `- ` that starts this mapping
    }
  };
  scan(current - 1, -1);
  scan(current + 1, 1);
  return keys;
}

/**
 * Whether a line indented by `indent` lies inside the value of a key above:
 * the nearest line above that is indented less holds a `key:` whose key
 * starts left of `indent` (`need: >` and the text below it, a plain text
 * continued on the next line), not the `- ` of the goal whose keys start at
 * `indent`. Blank lines and comments do not count.
 */
function insideValue(text: string, lineStart: number, indent: number): boolean {
  const above = text.slice(Math.max(0, lineStart - 20 * MAX_COMPLETION_LINE), lineStart).split(/\r?\n|\r/).reverse();
  for (const l of above) {
    const lead = l.length - l.trimStart().length;
    if (!l.trim() || l.trimStart().startsWith('#') || lead >= indent) continue;
    const dash = /^-(?:\s+|$)/.exec(l.slice(lead));
    const keyColumn = lead + (dash ? dash[0].length : 0);
    return keyColumn < indent && yamlKeyOfLine(l) !== undefined;
  }
  return false;
}

/** The key of the nearest less-indented `key:` line above, for `- item` lines of a block sequence. */
function parentKey(text: string, line: Line): string | undefined {
  const indent = /^\s*/.exec(line.before)![0].length;
  const above = text.slice(0, line.start).split(/\r?\n|\r/).reverse();
  for (const l of above) {
    if (!l.trim() || l.trim().startsWith('#') || l.length > MAX_COMPLETION_LINE) continue;
    const ind = /^\s*/.exec(l)![0].length;
    if (ind < indent || (ind === indent && !/^\s*-/.test(l))) {
      const m = /^\s*(?:-\s+)?([^:#]+):\s*$/.exec(l);
      return m ? m[1]!.trim() : undefined;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// samstemt.yaml
// ---------------------------------------------------------------------------

/** The key table of the entries under a top-level section (a Map: an unknown section may be called `constructor`). */
const SECTION_TABLES: ReadonlyMap<string, readonly ConfigKey[]> = new Map<string, readonly ConfigKey[]>([
  ['members', CONFIG_KEYS.member],
  ['indicators', CONFIG_KEYS.indicator],
  ['resources', CONFIG_KEYS.resource],
]);
const ALL_CONFIG_KEYS: readonly ConfigKey[] = [...CONFIG_KEYS.top, ...CONFIG_KEYS.member, ...CONFIG_KEYS.indicator, ...CONFIG_KEYS.resource];
const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];

/**
 * The language the keys of samstemt.yaml are written in (`samstemt init --lang
 * nn` writes nynorsk ones), read from the text as for YAML documents: each key,
 * also inside `{ … }`, votes for the languages that spell it so. A tie falls
 * back to the configured language; English, the canonical form, when no key
 * tells.
 */
function configKeyLanguage(text: string, configured: Lang): Lang {
  const votes: Record<Lang, number> = { nb: 0, nn: 0, en: 0 };
  for (const line of text.split(/\r?\n|\r/)) {
    for (const part of line.split(/[{,]/)) {
      const key = keyOf(yamlKeyOfLine(part) ?? '');
      const def = key ? ALL_CONFIG_KEYS.find((d) => Object.values(d.names).includes(key)) : undefined;
      if (def) for (const l of LANGS) if (def.names[l] === key) votes[l]++;
    }
  }
  const top = Math.max(...LANGS.map((l) => votes[l]));
  if (top === 0) return 'en';
  if (votes[configured] === top) return configured;
  return LANGS.find((l) => votes[l] === top)!;
}

function completeConfig(ctx: LanguageContext, ws: WorkspaceModel, text: string, offset: number): CompletionItem[] {
  const line = lineAt(text, offset);
  // An empty line (Ctrl+Space at column 0) is a place for a top-level setting, like a line whose text starts there.
  const section = line.before === '' || /^\S/.test(line.before) ? undefined : topSection(text, line.start);
  const end = wordEnd(text, offset);
  const simple = (labels: readonly string[], kind: CompletionKind, start: number): CompletionItem[] => labels.map((label) => ({ label, kind, replace: { start, end } }));
  const keys = (table: readonly ConfigKey[], present: Set<string>, start: number) => configKeyItems(table, configKeyLanguage(text, ws.config.language), present, { start, end: keyEnd(text, offset) });

  if (!section) {
    // `key: value` or `key: [a, b, c…`: the item being typed follows the last `,` or `[`.
    // Cut in code, not by a regex: a regex over the list items backtracks exponentially.
    const kv = /^([\p{L}]+)[ \t]*:(.*)$/u.exec(line.before);
    if (kv && !kv[2]!.includes(']')) {
      const rest = kv[2]!;
      const current = rest.slice(Math.max(rest.lastIndexOf(','), rest.lastIndexOf('[')) + 1).replace(/^\s+/, '');
      const start = offset - current.length;
      switch (configKey(kv[1]!, CONFIG_KEYS.top)) {
        case 'language':
          return simple(['nb', 'nn', 'en'], 'enum', start);
        case 'frameworks':
          return frameworkItems(ctx, ws, { start, end });
        case 'areas':
          return simple(DEFAULT_AREAS, 'area', start);
      }
      return [];
    }
    if (/^[\p{L}]*$/u.test(line.before)) {
      const present = new Set([...text.matchAll(/^([\p{L}]+)[ \t]*:/gmu)].flatMap((m) => configKey(m[1]!, CONFIG_KEYS.top) ?? []));
      return keys(CONFIG_KEYS.top, present, line.start);
    }
    return [];
  }
  const seq = /^\s*-\s+(\S*)$/.exec(line.before);
  if (seq) {
    const start = offset - seq[1]!.length;
    if (section === 'frameworks') return frameworkItems(ctx, ws, { start, end });
    if (section === 'areas') return simple(DEFAULT_AREAS, 'area', start);
    return [];
  }
  const table = SECTION_TABLES.get(section);
  const valueOf = flowEntry(line.before) ?? /^\s+([\p{L}\p{N}_-]+)\s*:\s*([^\s{]*)$/u.exec(line.before);
  if (valueOf) {
    const start = offset - valueOf[2]!.trimStart().length;
    if (section === 'rules') return simple(SEVERITIES, 'enum', start);
    switch (table && configKey(valueOf[1]!, table)) {
      case 'kind':
        return section === 'members' ? simple(MEMBER_KINDS, 'enum', start) : [];
      case 'owner':
        return memberItems(ws, { start, end }, new Set());
      case 'shared':
        return simple(configKeyLanguage(text, ws.config.language) === 'en' ? ['true', 'false'] : ['ja', 'nei'], 'enum', start);
    }
    return [];
  }
  const inline = /[{,]\s*([\p{L}]*)$/u.exec(line.before);
  if (inline && table && line.before.lastIndexOf('{') > line.before.lastIndexOf('}')) {
    // The keys already in this `{ … }`, before and after the cursor.
    const after = text.slice(offset, Math.min(text.length, offset + MAX_COMPLETION_LINE));
    const written = `${line.before.slice(line.before.lastIndexOf('{') + 1)},${after.split(/[}\r\n]/)[0]}`.split(',');
    const present = new Set(written.map((w) => configKey(yamlKeyOfLine(w) ?? '', table)).filter((k): k is string => k !== undefined));
    return keys(table, present, offset - inline[1]!.length);
  }
  const nested = /^(\s+)([\p{L}\p{N}_-]*)$/u.exec(line.before);
  if (nested) {
    const start = offset - nested[2]!.length;
    if (section === 'rules') return ctx.ruleIds.map((id) => ({ label: id, kind: 'rule' as const, insertText: `${id}: `, replace: { start, end } }));
    if (table && nested[1]!.length > 2) return keys(table, yamlSiblingKeys(text, line.start, nested[1]!.length, (k) => configKey(k, table)), start);
  }
  return [];
}

/**
 * The `key: value` being typed inside `{ … }`: the text after the last `{` or
 * `,`, cut in code (a regex searching for the `,` backtracks).
 */
function flowEntry(before: string): RegExpExecArray | null {
  const cut = Math.max(before.lastIndexOf('{'), before.lastIndexOf(','));
  if (cut < 0 || before.includes('}', cut)) return null;
  return /^\s*([\p{L}\p{N}_-]+)\s*:(.*)$/u.exec(before.slice(cut + 1));
}

/** Settings of samstemt.yaml not in `present` (canonical names), spelt in `lang`; any spelling finds them. */
function configKeyItems(table: readonly ConfigKey[], lang: Lang, present: Set<string>, replace: Span): CompletionItem[] {
  return table
    .filter((d) => !present.has(d.canonical))
    .map((d) => ({
      label: d.names[lang],
      kind: 'property' as const,
      ...(lang === 'en' ? {} : { detail: d.canonical }),
      insertText: `${d.names[lang]}: `,
      filterText: [...new Set([d.names[lang], ...Object.values(d.names), ...(d.more ?? [])])].join(' '),
      replace,
    }));
}

/** The built-in catalogs, then the custom framework files in the workspace's folder (by path, with their ID and title). */
function frameworkItems(ctx: LanguageContext, ws: WorkspaceModel, replace: Span): CompletionItem[] {
  const builtIn = ctx.knownFrameworks.map((f) => ({ label: f.id, kind: 'framework' as const, detail: ctx.lang === 'en' && f.titleEn ? f.titleEn : f.title, replace }));
  const files = (ctx.frameworkFilesIn?.(ws) ?? []).map((f) => ({
    label: f.path,
    kind: 'framework' as const,
    detail: f.title ? `${f.id} — ${f.title}` : f.id,
    // Quoted when plain YAML would not read the path as one string (spaces, `#`, `:`, brackets).
    ...(/^[\p{L}\p{N}_./-]+$/u.test(f.path) ? {} : { insertText: JSON.stringify(f.path) }),
    replace,
  }));
  return [...builtIn, ...files];
}

/** The top-level setting (canonical name) whose block contains the line starting at `lineStart`. */
function topSection(text: string, lineStart: number): string | undefined {
  const above = text.slice(0, lineStart).split(/\r?\n|\r/).reverse();
  for (const l of above) {
    const m = /^([\p{L}]+)[ \t]*:/u.exec(l);
    if (m) return configKey(m[1]!, CONFIG_KEYS.top) ?? m[1];
  }
  return undefined;
}

