import { defineRule } from '../engine/rule.js';
import type { Goal, Lang, Objective, Property, Span, StrategyDocument, TextEdit } from '../engine/types.js';
import { keyName } from '../engine/model/vocabulary.js';
import type { WorkspaceModel } from '../engine/workspaceModel.js';

// ---------------------------------------------------------------------------
// Shared helpers for rules that add or extend goal properties. They live here
// (and are imported by beyond-framework-period, goal-not-measurable,
// solution-first and uniform-mandate) because a rule module is the unit a
// rule author owns; they would fit an engine `fixes` module just as well.
// ---------------------------------------------------------------------------

/** The document's line break (`\r\n` when the document uses it). */
export function eolOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
}

/** Offset of the end of the line holding `offset` (before the line break). */
export function lineEndAt(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** Offset of the start of the line holding `offset`. */
export function lineStartAt(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** Where goal-level findings point: the goal's title, or its heading line when it has no title. */
export function goalSpan(goal: Goal): Span {
  return goal.titleSpan.end > goal.titleSpan.start ? goal.titleSpan : goal.headingSpan;
}

/** A canonical key as the author would write it in this document: `Støtter` in Markdown, `støtter` in YAML. */
export function keyInDocument(canonical: string, doc: StrategyDocument): string {
  const k = keyName(canonical, doc.lang);
  return doc.format === 'yaml' ? k.toLowerCase() : k;
}

/** An objective's name for a message in `lang`, without a trailing full stop. */
export function objectiveTitle(o: Objective, lang: Lang): string {
  const t = lang === 'en' ? (o.titleEn ?? o.short ?? o.title) : (o.short ?? o.title);
  return t.replace(/\.\s*$/, '');
}

/** The end of the last line of a YAML goal's own entries (before its sub-goals), found by indentation. */
function yamlGoalEnd(doc: StrategyDocument, goal: Goal): number | undefined {
  const text = doc.text;
  const keyColumn = goal.insertAt.indent.length;
  const first = lineStartAt(text, goal.headingSpan.start);
  // A flow mapping (`- {id: a, title: …}`) has no line to add to.
  if (/^\s*-\s*\{/.test(text.slice(first, lineEndAt(text, first)))) return undefined;
  let end = lineEndAt(text, goal.headingSpan.start);
  let pos = end;
  while (pos < text.length) {
    // Step over one line break.
    pos += text[pos] === '\r' && text[pos + 1] === '\n' ? 2 : 1;
    const lineEnd = lineEndAt(text, pos);
    const line = text.slice(pos, lineEnd);
    const indent = /^ */.exec(line)![0].length;
    const content = line.slice(indent);
    if (content === '' || content.startsWith('#')) {
      pos = lineEnd;
      continue;
    }
    if (indent < keyColumn) break;
    if (indent === keyColumn && /^(goals|mål|delmål)\s*:/iu.test(content)) break;
    end = lineEnd;
    pos = lineEnd;
  }
  return end;
}

/**
 * An edit that adds property lines (`[canonical key, value]`) to a goal, in
 * the document's language and format: after `after` when given (same list
 * marker and indentation), else after the goal's last property, else as a new
 * property list under the heading.
 */
export function insertPropertiesEdit(doc: StrategyDocument, goal: Goal, entries: [string, string][], after?: Property): TextEdit | undefined {
  const text = doc.text;
  const eol = eolOf(text);
  if (doc.format === 'yaml') {
    let offset: number | undefined;
    let indent: string;
    if (after) {
      let e = Math.max(after.span.end, after.keySpan.end);
      // Block scalars end after their line break: step back onto their last line.
      while (e > after.keySpan.end && (text[e - 1] === '\n' || text[e - 1] === '\r')) e--;
      offset = lineEndAt(text, e);
      indent = ' '.repeat(after.keySpan.start - lineStartAt(text, after.keySpan.start));
    } else {
      offset = yamlGoalEnd(doc, goal);
      indent = goal.insertAt.indent;
    }
    if (offset === undefined) return undefined;
    const newText = entries.map(([k, v]) => `${eol}${indent}${keyInDocument(k, doc)}: ${v}`).join('');
    return { uri: doc.uri, span: { start: offset, end: offset }, newText };
  }
  const listed = goal.properties.filter((p) => p.span.end > p.span.start);
  const anchor = after ?? listed[listed.length - 1];
  if (anchor) {
    const marker = /[-*+]/.test(text[anchor.span.start] ?? '') ? text[anchor.span.start]! : '-';
    const indent = text.slice(lineStartAt(text, anchor.span.start), anchor.span.start).replace(/\S/g, ' ');
    const offset = after ? lineEndAt(text, after.span.end) : goal.insertAt.offset;
    const newText = entries.map(([k, v]) => `${eol}${indent}${marker} ${keyInDocument(k, doc)}: ${v}`).join('');
    return { uri: doc.uri, span: { start: offset, end: offset }, newText };
  }
  // No property list yet: a new list after the heading, set off by blank lines.
  const offset = goal.insertAt.offset;
  const rest = text.slice(offset);
  const next = /^(?:\r\n|\r|\n)([^\r\n]*)/.exec(rest);
  const nextContent = /^(?:(?:\r\n|\r|\n)[ \t]*)*(?:\r\n|\r|\n)([^\r\n]*)/.exec(rest)?.[1] ?? '';
  // A `-` list right below would merge with ours into one list: use another marker then.
  const marker = /^ {0,3}-\s/.test(nextContent) ? '*' : '-';
  const lines = entries.map(([k, v]) => `${marker} ${keyInDocument(k, doc)}: ${v}`).join(eol);
  const blankAfter = next && next[1]!.trim() !== '' ? eol : '';
  return { uri: doc.uri, span: { start: offset, end: offset }, newText: `${eol}${eol}${lines}${blankAfter}` };
}

/** An edit that appends list items to a property's value (`DS19-M2` → `DS19-M2, DN30-F1`). */
export function appendToPropertyEdit(doc: StrategyDocument, p: Property, value: string): TextEdit | undefined {
  const text = doc.text;
  const at = (offset: number, newText: string): TextEdit => ({ uri: doc.uri, span: { start: offset, end: offset }, newText });
  if (doc.format === 'markdown') {
    if (p.value === '') return at(p.valueSpan.start, /\s/.test(text[p.valueSpan.start - 1] ?? ' ') ? value : ` ${value}`);
    return at(p.valueSpan.end, `, ${value}`);
  }
  // YAML: look at how the value is written.
  const v = p.valueSpan.end > p.valueSpan.start ? text[p.valueSpan.start] : '';
  if (v === '-') {
    // Block sequence: one more `- item` line.
    const last = p.items[p.items.length - 1];
    const end = last ? last.span.end : p.valueSpan.end;
    const indent = text.slice(lineStartAt(text, p.valueSpan.start), p.valueSpan.start).replace(/\S/g, ' ');
    return at(lineEndAt(text, end), `${eolOf(text)}${indent}- ${value}`);
  }
  if (v === '[') {
    // Flow sequence: after the last item, or inside the empty brackets.
    const last = p.items[p.items.length - 1];
    return last ? at(last.span.end, `, ${value}`) : at(text[p.valueSpan.end - 1] === ']' ? p.valueSpan.end - 1 : p.valueSpan.end, value);
  }
  if (v === '"' || v === "'") return at(p.valueSpan.end - 1, p.items.length ? `, ${value}` : value);
  if (v === '|' || v === '>') return undefined;
  if (p.items.length) return at(p.valueSpan.end, `, ${value}`);
  // Empty value (`supports:`, `supports: ~`, `supports: ""`): write the value after the colon.
  const colon = text.indexOf(':', p.keySpan.end);
  if (colon < 0) return undefined;
  const empty = /^[ \t]*(~|null|""|'')?/i.exec(text.slice(colon + 1, lineEndAt(text, colon)))!;
  return { uri: doc.uri, span: { start: colon + 1, end: colon + 1 + empty[0].length }, newText: ` ${value}` };
}

/** An edit that links a goal to an objective: appends to its `supports`, or adds a `supports` line. */
export function supportsEdit(doc: StrategyDocument, goal: Goal, objectiveId: string): TextEdit | undefined {
  const existing = goal.properties.find((p) => p.known && p.key === 'supports');
  if (existing) return appendToPropertyEdit(doc, existing, objectiveId);
  return insertPropertiesEdit(doc, goal, [['supports', objectiveId]]);
}

// ---------------------------------------------------------------------------

const messages = {
  unlinked: {
    en: 'The goal «{goal}» does not support any national objective, neither directly nor through the goals it contributes to. Closest national objective: {objective} «{objectiveTitle}» (matched: {matched}). Add `{supportsKey}: {objective}`, or link the goal with `{contributesKey}` to a goal that supports one.',
    nb: 'Målet «{goal}» støtter ikke noe nasjonalt mål, verken direkte eller gjennom målene det bidrar til. Nærmeste nasjonale mål: {objective} «{objectiveTitle}» (treff på: {matched}). Legg til `{supportsKey}: {objective}`, eller knytt målet med `{contributesKey}` til et mål som støtter et nasjonalt mål.',
    nn: 'Målet «{goal}» støttar ikkje noko nasjonalt mål, verken direkte eller gjennom måla det bidreg til. Nærmaste nasjonale mål: {objective} «{objectiveTitle}» (treff på: {matched}). Legg til `{supportsKey}: {objective}`, eller knyt målet med `{contributesKey}` til eit mål som støttar eit nasjonalt mål.',
  },
  unlinkedNoSuggestion: {
    en: 'The goal «{goal}» does not support any national objective, neither directly nor through the goals it contributes to, and its text matches none of the objectives of {frameworks}. Add `{supportsKey}: <objective ID>` (run `samstemt objectives` to list them), or link the goal with `{contributesKey}` to a goal that supports one.',
    nb: 'Målet «{goal}» støtter ikke noe nasjonalt mål, verken direkte eller gjennom målene det bidrar til, og teksten passer ikke med noen av målene i {frameworks}. Legg til `{supportsKey}: <mål-ID>` (kjør `samstemt objectives` for å se dem), eller knytt målet med `{contributesKey}` til et mål som støtter et nasjonalt mål.',
    nn: 'Målet «{goal}» støttar ikkje noko nasjonalt mål, verken direkte eller gjennom måla det bidreg til, og teksten passar ikkje med nokon av måla i {frameworks}. Legg til `{supportsKey}: <mål-ID>` (køyr `samstemt objectives` for å sjå dei), eller knyt målet med `{contributesKey}` til eit mål som støttar eit nasjonalt mål.',
  },
  fixLink: {
    en: 'Link to {objective} — matched: {matched}',
    nb: 'Knytt til {objective} — treff: {matched}',
    nn: 'Knyt til {objective} — treff: {matched}',
  },
  fixLinkNoMatch: { en: 'Link to {objective}', nb: 'Knytt til {objective}', nn: 'Knyt til {objective}' },
};

/**
 * The goals for which `ws.supported(goal)` is not empty: those that support an
 * enabled objective themselves or reach such a goal through `contributes` and
 * parent goals. Computed once for the workspace by walking the links backwards
 * from the supporting goals (linear in goals + links), instead of one search
 * per goal (quadratic on long contribution chains).
 */
export function linkedGoals(ws: WorkspaceModel): Set<Goal> {
  const before = new Map<Goal, Goal[]>();
  for (const g of ws.goals) {
    const parent = g.parentId ? ws.goalsByKey.get(`${g.owner}#${g.parentId}`) : undefined;
    for (const next of [...ws.contributesTo(g), ...(parent ? [parent] : [])]) {
      const list = before.get(next);
      if (list) list.push(g);
      else before.set(next, [g]);
    }
  }
  const linked = new Set<Goal>();
  const stack = ws.goals.filter((g) => g.facts.supports.some((r) => ws.objective(r.text)));
  while (stack.length) {
    const g = stack.pop()!;
    if (linked.has(g)) continue;
    linked.add(g);
    for (const p of before.get(g) ?? []) if (!linked.has(p)) stack.push(p);
  }
  return linked;
}

/** How many suggestions become quick fixes. */
const FIXES = 3;

/** A goal that supports no national objective, directly or through the goals it contributes to. */
export default defineRule({
  meta: {
    id: 'goal-unlinked',
    defaultSeverity: 'warning',
    category: 'alignment',
    description: {
      en: 'A goal supports no national objective, directly or through the goals it contributes to.',
      nb: 'Et mål støtter ikke noe nasjonalt mål, verken direkte eller gjennom målene det bidrar til.',
      nn: 'Eit mål støttar ikkje noko nasjonalt mål, verken direkte eller gjennom måla det bidreg til.',
    },
    messages,
  },
  checkWorkspace(ctx) {
    const { ws, lang } = ctx;
    if (ws.frameworks.length === 0) return;
    const frameworks = ws.frameworks.map((f) => f.id).join(', ');
    const linked = linkedGoals(ws);
    for (const goal of ws.goals) {
      if (linked.has(goal)) continue;
      const doc = ws.documentOf(goal);
      const suggestions = ws.suggestions(goal).slice(0, 5);
      const usable = suggestions.filter((s) => ws.objective(s.objective) && s.score > 0);
      const best = usable[0];
      const keys = { supportsKey: keyInDocument('supports', doc), contributesKey: keyInDocument('contributes', doc) };
      const fixes = usable.slice(0, FIXES).flatMap((s) => {
        const id = ws.objective(s.objective)!.id;
        const edit = supportsEdit(doc, goal, id);
        if (!edit) return [];
        return [{ messageId: s.matched.length ? 'fixLink' : 'fixLinkNoMatch', data: { objective: id, matched: s.matched.join(', ') }, edits: [edit] }];
      });
      ctx.report({
        messageId: best ? 'unlinked' : 'unlinkedNoSuggestion',
        data: best
          ? {
              goal: goal.title || goal.id,
              objective: ws.objective(best.objective)!.id,
              objectiveTitle: objectiveTitle(ws.objective(best.objective)!, lang),
              matched: best.matched.join(', ') || '–',
              ...keys,
            }
          : { goal: goal.title || goal.id, frameworks, ...keys },
        uri: goal.uri,
        span: goalSpan(goal),
        goal: goal.key,
        suggestions,
        fixes,
      });
    }
  },
});
