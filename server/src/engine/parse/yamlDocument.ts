/**
 * YAML strategy documents (format.md §2.2): the same model as Markdown.
 * `goals` is a sequence of mappings with `id`, `title`, optional
 * `description`, property keys in any language, and nested `goals`.
 */
import type { Goal, ProblemFix, Property, Span, StrategyDocument, ValueProblem } from '../types.js';
import { parseYamlTree, isNull, type YMap, type YNode, type YScalar } from './yamlTree.js';
import { readDocumentHead, lineSpanAt, reportDuplicateKeys } from './documentHead.js';
import { lookupDocumentKey, lookupGoalStructureKey, lookupKey } from '../model/vocabulary.js';
import { makeProperty, splitItems, withValue } from './properties.js';
import { newGoal, finishDocument, type GoalProblem } from './goalBuilder.js';
import { recoverYaml } from './yamlRecovery.js';
import { hasInvisible, visibleText, withoutInvisible } from '../text/normalize.js';

export function parseYamlDocument(uri: string, text: string): StrategyDocument {
  const doc: StrategyDocument = {
    uri,
    format: 'yaml',
    text,
    lang: 'nb',
    meta: [],
    headSpan: lineSpanAt(text, 0),
    goals: [],
    problems: [],
    valueProblems: [],
  };
  // A document broken for a moment (while typed) keeps what it says on its other lines.
  const yaml = recoverYaml(text, parseYamlTree(text));
  const root = readDocumentHead(doc, yaml, doc.headSpan, false);
  const goalsPair = root?.pairs.find((p) => lookupDocumentKey(p.key.value) === 'goals');
  // Goal references cut off by a YAML comment, with their goal.
  const commented: GoalProblem[] = [];
  if (goalsPair) readGoals(doc, goalsPair.value, 1, undefined, commented);
  // A goal property written twice is the goal's matter (invalid-value, or its values add up), not a YAML error.
  const propertyKeys = new Set(doc.goals.flatMap((g) => g.properties.filter((p) => p.known).map((p) => p.keySpan.start)));
  if (!yaml.error) reportDuplicateKeys(doc, yaml.duplicateKeys.filter((k) => !propertyKeys.has(k.span.start)));
  if (yaml.nextDocument) doc.problems.push({ message: NEXT_DOCUMENT, span: yaml.nextDocument });
  return finishDocument(doc, commented);
}

/**
 * True when a YAML text is a strategy document (has `owner` or `goals` at the top level), the keys in any
 * case and quoted or not, as keys are matched everywhere (format.md): `Eier:` and `Mål:` too.
 */
export function looksLikeStrategyYaml(text: string): boolean {
  return /^(["']?)(owner|eier|eigar|goals|mål)\1\s*:/imu.test(text);
}

/** Deeper `goals` nesting than this (reachable only through alias chains) is not read. */
const MAX_GOAL_DEPTH = 64;

/**
 * `seen` holds the goal lists and goals already read: a YAML alias (`goals: *a`)
 * that repeats one is reported instead of read again, so an alias bomb cannot
 * multiply goals and an alias chain cannot recurse without end.
 */
function readGoals(doc: StrategyDocument, node: YNode, level: number, parent: Goal | undefined, commented: GoalProblem[], seen: Set<YNode> = new Set()): void {
  if (isNull(node)) return;
  if (seen.has(node) || level > MAX_GOAL_DEPTH) {
    doc.problems.push({ message: level > MAX_GOAL_DEPTH ? GOALS_TOO_DEEP : GOALS_REPEATED, span: node.span });
    return;
  }
  seen.add(node);
  if (node.kind !== 'seq') {
    doc.problems.push({
      message: {
        en: '`goals` must be a list: start each goal with "- id: …".',
        nb: '`goals` må være en liste: start hvert mål med «- id: …».',
        nn: '`goals` må vere ei liste: start kvart mål med «- id: …».',
      },
      span: node.span,
      ...(node.kind === 'map' && !node.flow && node.span.start >= 0 ? { fix: oneGoalList(doc.text, node.span) } : {}),
    });
    return;
  }
  for (const item of node.items) {
    if (item.kind !== 'map') {
      doc.problems.push({
        message: {
          en: 'Each goal is a group of `key: value` lines that starts with `- id: …`, such as `- id: digital-post` with `title: Digital post` below it.',
          nb: 'Hvert mål er en gruppe `nøkkel: verdi`-linjer som begynner med `- id: …`, for eksempel `- id: digital-post` med `title: Digital post` under.',
          nn: 'Kvart mål er ei gruppe `nøkkel: verdi`-linjer som byrjar med `- id: …`, til dømes `- id: digital-post` med `title: Digital post` under.',
        },
        span: item.span,
      });
      continue;
    }
    if (seen.has(item)) {
      doc.problems.push({ message: GOALS_REPEATED, span: item.span });
      continue;
    }
    seen.add(item);
    readGoal(doc, item, level, parent, commented, seen);
  }
}

/**
 * The fix for one goal written as a mapping where the list of goals belongs
 * (`goals:` then `  id: …` lines): «- » before its first key, and its other
 * lines (comments too) indented by two more spaces, so that YAML reads the
 * same keys as the one item of a list.
 */
function oneGoalList(text: string, span: Span): ProblemFix {
  const written = text.slice(span.start, span.end);
  return { messageId: 'goalsAsList', span, newText: `- ${written.replace(/(\r\n|\r|\n)(?=[^\r\n])/g, '$1  ')}` };
}

/** A key as the goal means it, in any language and spelling: a property's canonical name, a structure key (`id`, `goals`), or as written. */
const meaningOf = (key: YScalar): string => lookupKey(key.value)?.def.canonical ?? lookupGoalStructureKey(key.value) ?? key.value;

function readGoal(doc: StrategyDocument, written: YMap, level: number, parent: Goal | undefined, commented: GoalProblem[], seen: Set<YNode>): void {
  // A merged key (`<<: *felles`) that the goal writes itself, in any spelling (`område:` over the anchor's `area:`), is not there: the goal's own wins (format.md).
  const own = new Set(written.pairs.flatMap((p) => (p.merged ? [] : [meaningOf(p.key)])));
  const map: YMap = { ...written, pairs: written.pairs.filter((p) => !p.merged || !own.has(meaningOf(p.key))) };
  const idPair = map.pairs.find((p) => lookupGoalStructureKey(p.key.value) === 'id');
  if (!idPair || idPair.value.kind !== 'scalar' || isNull(idPair.value)) {
    doc.problems.push({
      message: {
        en: 'This goal has no `id`: add "id: a-short-id" so others can refer to it.',
        nb: 'Dette målet mangler `id`: legg til «id: en-kort-id» så andre kan vise til det.',
        nn: 'Dette målet manglar `id`: legg til «id: ei-kort-id» så andre kan vise til det.',
      },
      span: map.pairs[0]?.key.span ?? map.span,
    });
    return;
  }
  const idNode = idPair.value;
  const titlePair = map.pairs.find((p) => lookupGoalStructureKey(p.key.value) === 'title');
  const titleNode = titlePair?.value.kind === 'scalar' ? titlePair.value : undefined;
  const lineStart = lineSpanAt(doc.text, map.span.start).start;
  const goal = newGoal({
    uri: doc.uri,
    id: withoutInvisible(idNode.value).trim().normalize('NFC'), // as in a Markdown heading: a decomposed å is å, a soft hyphen nothing
    title: titleNode?.value.trim() ?? '',
    // A quoted ID (`id: "felles-hr"`) is selected, renamed and reported inside its quotes.
    idSpan: idNode.style === 'quoted' ? quotedSpan(doc.text, idNode) : idNode.span,
    titleSpan: titleNode ? textSpan(doc.text, titleNode) : idNode.span,
    // The goal's first line, from its `- ` marker: where goal-level findings point.
    headingSpan: { start: Math.min(lineStart + Math.max(0, doc.text.slice(lineStart, map.span.start).search(/\S/)), map.span.start), end: lineSpanAt(doc.text, map.span.start).end },
    level,
    // After the goal's last written character: a block scalar's span ends after its line break.
    insertAt: {
      offset: lineSpanAt(doc.text, lastWritten(doc.text, map.span)).end,
      indent: ' '.repeat(map.span.start - lineStart),
      format: 'yaml',
      ...(map.flow && doc.text[map.span.end - 1] === '}' ? { flowEnd: map.span.end - 1 } : {}),
    },
  });
  if (parent) {
    goal.parentId = parent.id;
    parent.childIds.push(goal.id);
  }
  doc.goals.push(goal);
  const descPair = map.pairs.find((p) => lookupGoalStructureKey(p.key.value) === 'description');
  if (descPair?.value.kind === 'scalar') goal.description = descPair.value.value.trim();
  let subGoals: YNode | undefined;
  for (const { key, value } of map.flow ? requirementsJoined(doc.text, map) : map.pairs) {
    const structure = lookupGoalStructureKey(key.value);
    if (structure === 'goals') subGoals = value;
    if (structure && !lookupKey(key.value)) continue;
    const p = yamlProperty(doc.text, key, value, (problem) => commented.push({ goal, problem }));
    if (p) goal.properties.push(hasInvisible(p.value) ? visible(p) : p);
    const cut = refCutByComment(doc.text, key, value);
    if (cut) commented.push({ goal, problem: cut });
  }
  if (subGoals) readGoals(doc, subGoals, level + 1, goal, commented, seen);
}

/**
 * A goal on one line, `{id: ki, requires: utvikling 2,5}`: YAML ends the
 * `requires` value at the comma and reads `5` as a key of its own (so too
 * `prosjektleiing 1` after `utvikling 2, `). Such keys, with no value and no
 * property's name, are the rest of the `requires` value, which is read as
 * written, as `requires: {utvikling: 2,5}` is.
 */
function requirementsJoined(text: string, map: YMap): YMap['pairs'] {
  const out: YMap['pairs'] = [];
  for (const pair of map.pairs) {
    const last = out[out.length - 1];
    const v = last?.value;
    const rest = !pair.merged && pair.key.style === 'plain' && isNull(pair.value) && !lookupKey(pair.key.value) && !lookupGoalStructureKey(pair.key.value);
    if (rest && v?.kind === 'scalar' && v.style === 'plain' && !last!.merged && lookupKey(last!.key.value)?.def.canonical === 'requires' && /^,[ \t]*$/.test(text.slice(v.span.end, pair.key.span.start))) {
      const span = { start: v.span.start, end: pair.key.span.end };
      out[out.length - 1] = { ...last!, value: { ...v, value: text.slice(span.start, span.end), span } };
      continue;
    }
    out.push(pair);
  }
  return out;
}

/**
 * `p` as the reader sees it: a soft hyphen or zero-width space pasted into a
 * value (`area: hr\u200b`, `[DS19-M2\u200b]`) is nothing, as in a rendered
 * Markdown value. The spans stay on the source.
 */
function visible(p: Property): Property {
  return withValue(p, visibleText(p.value).trim(), p.valueSpan, p.items.map((i) => ({ ...i, text: visibleText(i.text).trim() })));
}

/**
 * `contributes: #felles-hr` or `contributes: a#x, #y`: in YAML ` #` starts a
 * comment, so the goal reference after it is silently not read. A comment
 * that starts with `#` and an ID character (a real comment has a space after
 * `#`) after a reference key is reported, with a fix that quotes the value.
 */
function refCutByComment(text: string, key: YScalar, value: YNode): ValueProblem | undefined {
  if (value.kind !== 'scalar' || value.style !== 'plain') return undefined;
  const canonical = lookupKey(key.value)?.def.canonical;
  if (canonical !== 'contributes' && canonical !== 'accepts') return undefined;
  const end = lineSpanAt(text, value.span.end).end;
  const m = /^[ \t]+(#[\p{L}\p{N}][^\r\n]*)$/u.exec(text.slice(value.span.end, end));
  if (!m) return undefined;
  const comment = m[1]!.trimEnd();
  const commentStart = value.span.end + m[0].indexOf('#');
  // An empty value's span sits at the colon: then only the comment is quoted.
  const start = isNull(value) ? commentStart : value.span.start;
  const written = text.slice(start, value.span.end).trim();
  const quoted = JSON.stringify(written ? `${written} ${comment}` : comment);
  return {
    kind: 'invalid-value',
    span: { start: commentStart, end: commentStart + comment.length },
    messageId: 'yamlComment',
    data: { comment, key: key.value, quoted },
    suggestion: quoted,
    fixSpan: { start, end: commentStart + comment.length },
  };
}

/**
 * A YAML pair as a property: scalars split on commas like Markdown, sequences
 * give one item each. `requires` may also be written as a mapping of
 * `resource: amount` (`requires: {kapasitet: 3}`). Any other mapping, or a
 * mapping or list as a list item, is reported (`report`), not read; a known key
 * whose whole value is such a mapping gives no property (undefined).
 */
function yamlProperty(text: string, key: YScalar, value: YNode, report: (p: ValueProblem) => void): Property | undefined {
  const span = { start: key.span.start, end: Math.max(key.span.end, value.span.end) };
  if (value.kind === 'seq') {
    const scalars: YScalar[] = [];
    const demands: { text: string; span: Span }[] = [];
    for (const item of value.items) {
      if (item.kind === 'scalar') {
        if (!isNull(item)) scalars.push(item);
        continue;
      }
      const hit = lookupKey(key.value);
      // `- kapasitet: 3` under `requires`: read as `kapasitet 3`.
      if (hit?.def.canonical === 'requires' && item.kind === 'map' && demandsOf(item, demands, report)) continue;
      if (hit) report(notSingle(key, item, true));
    }
    const p = makeProperty(key.value, key.span, scalars.map((s) => s.value).join(', '), value.span, span);
    const items = p.key !== 'accepts' ? scalars.flatMap((s) => itemsOf(text, s, true)) : scalars.map((s) => ({ text: s.value.trim(), span: s.style === 'quoted' ? quotedSpan(text, s) : s.span }));
    if (demands.length) return withValue(p, [...items, ...demands].map((d) => d.text).join(', '), value.span, [...items, ...demands].sort((a, b) => a.span.start - b.span.start));
    return withValue(p, p.value, value.span, items);
  }
  if (value.kind === 'map') {
    const hit = lookupKey(key.value);
    const p = makeProperty(key.value, key.span, '', value.span, span);
    if (!hit) return p;
    if (hit.def.canonical === 'requires') {
      const demands: { text: string; span: Span }[] = [];
      if (demandsOf(value, demands, report)) return withValue(p, demands.map((d) => d.text).join(', '), value.span, demands);
    }
    report(notSingle(key, value, false));
    return undefined;
  }
  // `~` or `null` written out: no value, but findings about it point at what is written.
  if (isNull(value)) return withValue(makeProperty(key.value, key.span, '', value.span, span), '', value.span, []);
  const p = makeProperty(key.value, key.span, value.style !== 'quoted' ? text.slice(value.span.start, value.span.end) : value.value, value.span, span);
  if (value.style === 'quoted') {
    // Without escapes, the source between the quotes says what the value says, but for line breaks
    // (folded to spaces, which items trim): its items are split there, with exact spans, over several lines too.
    const inner = text.slice(value.span.start + 1, value.span.end - 1);
    const q = text[value.span.start];
    if (!(q === '"' ? inner.includes('\\') : inner.includes("''"))) {
      const exact = makeProperty(key.value, key.span, inner, { start: value.span.start + 1, end: value.span.end - 1 }, span);
      return withValue(p, value.value.trim().replace(/\s+/g, ' '), value.span, exact.items);
    }
    // Escapes: offsets of the decoded text are approximate; keep items inside the scalar.
    const items = p.items.map((it) => ({ text: it.text, span: { start: Math.min(it.span.start + 1, value.span.end), end: Math.min(it.span.end + 1, value.span.end) } }));
    return withValue(p, value.value.trim().replace(/\s+/g, ' '), value.span, items);
  }
  return p;
}

/**
 * `resource: amount` pairs of a `requires` mapping, as the items `resource amount`
 * (spanning the pair); a pair whose value is not a scalar is reported. False
 * for an empty mapping.
 */
function demandsOf(map: YMap, into: { text: string; span: Span }[], report: (p: ValueProblem) => void): boolean {
  for (const { key, value } of map.pairs) {
    if (value.kind !== 'scalar') {
      report(notSingle(key, value, false));
      continue;
    }
    const amount = isNull(value) ? '' : value.value.trim();
    into.push({ text: amount ? `${key.value.trim()} ${amount}` : key.value.trim(), span: { start: key.span.start, end: Math.max(key.span.end, value.span.end) } });
  }
  return map.pairs.length > 0;
}

/** A mapping (or a list) where a single value or a list of single values is expected. */
function notSingle(key: YScalar, node: YNode, item: boolean): ValueProblem {
  const messageId = !item ? 'yamlMapping' : node.kind === 'map' ? 'yamlItemMapping' : 'yamlItemList';
  return { kind: 'invalid-value', span: node.span, messageId, data: { key: key.value.trim() } };
}

/** Where a scalar's text is: for a block scalar (`title: |`), its first line of text rather than the whole block. */
function textSpan(text: string, node: YScalar): { start: number; end: number } {
  if (node.style !== 'block') return node.span;
  let at = node.span.start;
  while (at < node.span.end) {
    let end = at;
    while (end < node.span.end && text[end] !== '\n' && text[end] !== '\r') end++;
    const written = text.slice(at, end);
    const t = written.trim();
    // Skip blank lines and the `|` / `>` header, should the span start there.
    if (t && !(at === node.span.start && (t[0] === '|' || t[0] === '>'))) {
      const start = at + written.length - written.trimStart().length;
      return { start, end: start + t.length };
    }
    at = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
  return node.span;
}

function lastWritten(text: string, span: { start: number; end: number }): number {
  let e = span.end;
  while (e > span.start && /\s/.test(text[e - 1]!)) e--;
  return Math.max(span.start, e - 1);
}

function itemsOf(text: string, s: YScalar, split: boolean) {
  if (!split || s.style === 'quoted') return [{ text: s.value.trim(), span: quotedSpan(text, s) }];
  return splitItems(text.slice(s.span.start, s.span.end), s.span.start);
}

/**
 * The span of what a quoted scalar says, inside its quotes, when the text
 * between them is the value as written (no escapes, one line): a rename or a
 * fix then edits the ID and keeps the quotes, which YAML needs around `#id`.
 * Otherwise the whole scalar.
 */
function quotedSpan(text: string, s: YScalar): Span {
  const { start, end } = s.span;
  const q = text.charCodeAt(start);
  if (end - start < 2 || (q !== 34 && q !== 39) || text.charCodeAt(end - 1) !== q) return s.span;
  const inner = text.slice(start + 1, end - 1);
  if (inner !== s.value) return s.span;
  // Trimmed like the item's text.
  const lead = inner.length - inner.trimStart().length;
  return { start: start + 1 + lead, end: start + 1 + lead + inner.trim().length };
}

const GOALS_REPEATED = {
  en: 'These goals are already listed elsewhere in the file (through a YAML alias `*…`); they are read only once. Write each goal out where it belongs.',
  nb: 'Disse målene står allerede et annet sted i filen (gjennom et YAML-alias `*…`) og leses bare én gang. Skriv hvert mål der det hører hjemme.',
  nn: 'Desse måla står alt ein annan stad i fila (gjennom eit YAML-alias `*…`) og blir berre lesne éin gong. Skriv kvart mål der det høyrer heime.',
};

const GOALS_TOO_DEEP = {
  en: `Sub-goals are nested more than ${MAX_GOAL_DEPTH} levels deep here (through YAML aliases); the deeper levels are not read.`,
  nb: `Delmålene er nøstet mer enn ${MAX_GOAL_DEPTH} nivåer dypt her (gjennom YAML-alias); de dypere nivåene leses ikke.`,
  nn: `Delmåla er nøsta meir enn ${MAX_GOAL_DEPTH} nivå djupt her (gjennom YAML-alias); dei djupare nivåa blir ikkje lesne.`,
};

const NEXT_DOCUMENT = {
  en: 'A second YAML document starts at this `---`. Samstemt reads only the first document of a file (one strategy document, one owner), so the goals below are not checked. Put the second document in a file of its own, or remove this line if everything belongs to the first document.',
  nb: 'Et nytt YAML-dokument starter ved denne `---`. Samstemt leser bare det første dokumentet i en fil (ett strategidokument, én eier), så målene nedenfor blir ikke kontrollert. Flytt det andre dokumentet til en egen fil, eller fjern denne linjen hvis alt hører til det første dokumentet.',
  nn: 'Eit nytt YAML-dokument startar ved denne `---`. Samstemt les berre det første dokumentet i ei fil (eitt strategidokument, éin eigar), så måla nedanfor blir ikkje kontrollerte. Flytt det andre dokumentet til ei eiga fil, eller fjern denne linja viss alt høyrer til det første dokumentet.',
};
