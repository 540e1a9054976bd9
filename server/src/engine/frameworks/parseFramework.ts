/**
 * Framework files (format.md §4): the built-in catalogs ship in this format,
 * and a workspace may add its own. Objective IDs are matched case-insensitively.
 * A custom file is written by hand, so what would be dropped or misread is
 * reported in the file, the way samstemt.yaml problems are: a missing
 * required key is a parse error, a wrong value an invalid value, an unknown
 * key an unknown property.
 */
import type { Framework, Localized, Objective, ParseProblem, Span, ValueProblem } from '../types.js';
import { parseYamlTree, isNull, type YMap, type YNode, type YScalar } from '../parse/yamlTree.js';
import { yamlProblem, lineSpanAt, readPeriod } from '../parse/documentHead.js';
import { guess, guessFields, keyOf } from '../text/normalize.js';
import { LineIndex } from '../text/lineIndex.js';

export interface FrameworkParseResult {
  framework?: Framework;
  problems: ParseProblem[];
  /** Wrong values and unknown keys (rules invalid-value and unknown-property). */
  valueProblems: ValueProblem[];
  /** Where the framework ID is written (the value of `framework:`). */
  idSpan?: Span;
}

/** The keys of a framework file and of an objective (the built-in catalogs use them all). */
const FILE_KEYS = ['framework', 'title', 'title_en', 'period', 'publisher', 'source', 'description', 'objectives'];
const OBJECTIVE_KEYS = ['id', 'kind', 'title', 'title_en', 'short', 'description', 'description_en', 'keywords', 'parent', 'related', 'source', 'status'];

function str(n: YNode | undefined): string | undefined {
  return n && n.kind === 'scalar' && !isNull(n) ? n.value.trim() : undefined;
}
function strList(n: YNode | undefined): string[] {
  if (!n || isNull(n)) return [];
  if (n.kind === 'scalar') return n.value.split(',').map((s) => s.trim()).filter(Boolean);
  if (n.kind === 'seq') return n.items.flatMap((i) => (str(i) ? [str(i)!] : []));
  return [];
}
/**
 * The bokmål and nynorsk names of the keys (format.md: every key has nb and nn
 * aliases), read as the English ones the built-in catalogs use.
 */
const ALIASES: Readonly<Record<string, string>> = {
  rammeverk: 'framework', tittel: 'title', periode: 'period', utgiver: 'publisher', utgjevar: 'publisher',
  kilde: 'source', kjelde: 'source', beskrivelse: 'description', skildring: 'description', mål: 'objectives',
  type: 'kind', kortnavn: 'short', kortnamn: 'short', nøkkelord: 'keywords', stikkord: 'keywords',
  overordnet: 'parent', overordna: 'parent', relatert: 'related', relaterte: 'related',
};
/** A key as its English name: in any case, with or without a trailing colon, or in Norwegian. */
function canonical(key: string): string {
  const k = keyOf(key);
  return ALIASES[k] ?? k;
}
/** A key's pair, however the key is written. */
function pair(m: YMap, key: string): YMap['pairs'][number] | undefined {
  return m.pairs.find((p) => canonical(p.key.value) === key);
}
function get(m: YMap, key: string): YNode | undefined {
  return pair(m, key)?.value;
}

const NEEDS: Localized = {
  en: 'A framework file needs `framework: ID`, a `title` and a list of `objectives`.',
  nb: 'En rammeverksfil trenger `framework: ID`, en `title` og en liste med `objectives`.',
  nn: 'Ei rammeverksfil treng `framework: ID`, ein `title` og ei liste med `objectives`.',
};

export function parseFramework(uri: string, text: string, builtIn: boolean): FrameworkParseResult {
  const problems: ParseProblem[] = [];
  const valueProblems: ValueProblem[] = [];
  const yaml = parseYamlTree(text);
  if (yaml.error) {
    problems.push(yamlProblem(text, yaml.error));
    return { problems, valueProblems };
  }
  const root = yaml.root;
  const idPair = root?.kind === 'map' ? pair(root, 'framework') : undefined;
  const id = str(idPair?.value);
  if (!root || root.kind !== 'map' || !id) {
    // `framwork:`, `frameworks:` or `id:` where `framework:` belongs: both findings at that key, the fix on it.
    const meant = root?.kind === 'map' && !idPair ? root.pairs.find((p) => str(p.value) && (keyOf(p.key.value) === 'id' || guess(keyOf(p.key.value), FILE_KEYS)?.text === 'framework')) : undefined;
    if (meant) valueProblems.push({ kind: 'unknown-property', span: meant.key.span, messageId: 'unknownFrameworkKey', data: { key: meant.key.value, suggestion: 'framework', allowed: FILE_KEYS.join(', ') }, suggestion: 'framework' });
    // Else at the first key (line 1 may be a comment), or where the text starts.
    const first = root?.kind === 'map' ? root.pairs[0]?.key.span : undefined;
    problems.push({ message: NEEDS, span: idPair?.key.span ?? meant?.key.span ?? first ?? lineSpanAt(text, root?.span.start ?? 0) });
    return { problems, valueProblems };
  }
  const fw: Framework = { id: id.toUpperCase(), title: str(get(root, 'title')) ?? id, builtIn, uri, objectives: [] };
  // Missing because misspelt (`titel:`, `objektiver:`): said at that key, where the unknown-property gives the fix.
  const misspeltKey = (key: string) => root.pairs.find((p) => !FILE_KEYS.includes(canonical(p.key.value)) && guess(keyOf(p.key.value), FILE_KEYS)?.text === key)?.key.span;
  if (!str(get(root, 'title'))) problems.push({ message: noTitle(fw.id), span: misspeltKey('title') ?? idPair!.key.span });
  unknownKeys(root, FILE_KEYS, valueProblems);
  const titleEn = str(get(root, 'title_en'));
  if (titleEn) fw.titleEn = titleEn;
  const source = str(get(root, 'source'));
  if (source) fw.source = source;
  // Read as a document's period is (`2024–2028`, `2024–28`, `{from: 2024, to: 2028}`): one that is lost would make the framework never end.
  const periodPair = pair(root, 'period');
  const period = periodPair && readPeriod(text, periodPair.key, periodPair.value, valueProblems);
  if (period) fw.period = { ...(period.from !== undefined ? { from: period.from } : {}), ...(period.to !== undefined ? { to: period.to } : {}) };
  const objectives = pair(root, 'objectives');
  // `objectives:` or `objectives: []`: a framework without objectives, told at that key.
  if (!objectives || isNull(objectives.value) || (objectives.value.kind === 'seq' && !objectives.value.items.length)) {
    problems.push({ message: NEEDS, span: objectives?.key.span ?? misspeltKey('objectives') ?? idPair!.key.span });
  }
  else if (objectives.value.kind !== 'seq') valueProblems.push({ kind: 'invalid-value', span: objectives.value.span, messageId: 'expectedList', data: { key: objectives.key.value } });
  // `framework: Digital agenda for Innlandet`, a name: no objective ID that starts with it can be written in
  // `supports`. Told once here, with the prefix the objective IDs share (else the name with hyphens) as the ID.
  const joinedFw = fw.id.replace(/[\s,-]+/g, '-').replace(/^-|-$/g, '');
  const prefix = joinedFw === fw.id ? fw.id : (sharedPrefix(objectives?.value.kind === 'seq' ? objectives.value.items : []) ?? joinedFw);
  if (prefix !== fw.id) valueProblems.push({ kind: 'invalid-value', span: idPair!.value.span, messageId: 'frameworkIdName', data: { value: id, example: prefix }, suggestion: prefix });
  const parents: { value: YScalar; objective: Objective }[] = [];
  const firstSeen = new Map<string, Span>();
  for (const item of objectives?.value.kind === 'seq' ? objectives.value.items : []) {
    if (item.kind !== 'map') {
      valueProblems.push({ kind: 'invalid-value', span: item.span, messageId: 'frameworkObjectiveShape', data: { framework: fw.id } });
      continue;
    }
    unknownKeys(item, OBJECTIVE_KEYS, valueProblems);
    const idNode = get(item, 'id');
    const oid = str(idNode);
    if (!oid || !idNode) {
      problems.push({ message: noId(fw.id), span: item.pairs[0]?.key.span ?? item.span });
      continue;
    }
    const o = objective(item, oid, fw.id, uri, idNode.span, valueProblems);
    // A misspelt `titel` is already reported as such.
    const misspelt = item.pairs.some((p) => !OBJECTIVE_KEYS.includes(canonical(p.key.value)) && guess(keyOf(p.key.value), OBJECTIVE_KEYS)?.text === 'title');
    if (!str(get(item, 'title')) && !misspelt) problems.push({ message: noObjectiveTitle(o.id), span: idNode.span });
    const before = firstSeen.get(o.id);
    if (before) {
      valueProblems.push({ kind: 'invalid-value', span: idNode.span, messageId: 'frameworkDuplicateId', data: { value: oid, line: String(new LineIndex(text).rangeOf(before).start.line + 1) } });
    } else firstSeen.set(o.id, idNode.span);
    // `vest 2`: an ID with a space or comma cannot be written in `supports`; the fix joins its parts with hyphens.
    const joined = o.id.replace(/[\s,-]+/g, '-').replace(/^-|-$/g, '');
    // The code after the framework ID when it is there with another separator or none (`INNL-DIGI3`, `INNL-DIGI_4`), else after the last hyphen.
    const code = joined.startsWith(prefix) ? joined.slice(prefix.length).replace(/^[^\p{L}\p{N}]+/u, '') : joined.slice(joined.lastIndexOf('-') + 1);
    const prefixed = joined.startsWith(prefix + '-') ? joined : `${prefix}-${code || '1'}`;
    if (joined !== o.id) {
      const p: ValueProblem = { kind: 'invalid-value', span: idNode.span, messageId: 'frameworkIdMalformed', data: { value: oid, example: prefixed } };
      if (!oid.includes(',')) p.suggestion = prefixed;
      valueProblems.push(p);
    } else if (prefix === fw.id && !o.id.startsWith(fw.id + '-')) {
      valueProblems.push({ kind: 'invalid-value', span: idNode.span, messageId: 'frameworkIdPrefix', data: { value: oid, framework: fw.id, example: prefixed }, suggestion: prefixed });
    }
    const parentNode = get(item, 'parent');
    if (parentNode?.kind === 'scalar' && o.parent) parents.push({ value: parentNode, objective: o });
    fw.objectives.push(o);
  }
  const ids = fw.objectives.map((o) => o.id);
  // A parent that is reported is not read: rules walk up the parents, and one outside this file may lead back into it.
  const unread = new Set<Objective>();
  for (const { value, objective: o } of parents) {
    if (ids.includes(o.parent!) && o.parent !== o.id) continue;
    unread.add(o);
    if (o.parent === o.id) {
      valueProblems.push({ kind: 'invalid-value', span: value.span, messageId: 'frameworkParentSelf', data: { value: o.id } });
      continue;
    }
    const g = guess(o.parent!, ids.filter((x) => x !== o.id));
    valueProblems.push({ kind: 'invalid-value', span: value.span, messageId: 'frameworkParent', data: { value: value.value.trim() }, ...guessFields(g) });
  }
  for (const o of unread) delete o.parent;
  // Parents in a circle have no top: reported on each parent in it, and none of them read.
  const byId = new Map(fw.objectives.map((o) => [o.id, o]));
  const inCycle = new Set<Objective>();
  for (const { objective: o } of parents) {
    if (!o.parent || inCycle.has(o)) continue;
    const path = [o];
    for (let p = byId.get(o.parent); p && !path.includes(p) && !inCycle.has(p); p = p.parent ? byId.get(p.parent) : undefined) path.push(p);
    const last = path[path.length - 1]!;
    if (!last.parent || byId.get(last.parent) !== o) continue;
    const ring = path.map((c) => c.id);
    path.forEach((c, i) => {
      inCycle.add(c);
      const span = parents.find((x) => x.objective === c)!.value.span;
      const cycle = [...ring.slice(i), ...ring.slice(0, i), c.id].join(' → ');
      valueProblems.push({ kind: 'invalid-value', span, messageId: 'frameworkParentCycle', data: { value: c.id, cycle } });
    });
  }
  for (const o of inCycle) delete o.parent;
  return { framework: fw, problems, valueProblems, idSpan: idPair!.value.span };
}

/** The languages of a keywords map, also named in words (as `language:` in samstemt.yaml may be). */
const KEYWORD_LANGS: Readonly<Record<string, 'nb' | 'nn' | 'en'>> = { nb: 'nb', nn: 'nn', en: 'en', bokmål: 'nb', bokmal: 'nb', nynorsk: 'nn', english: 'en', engelsk: 'en' };

function objective(item: YMap, oid: string, framework: string, uri: string, span: Span, out: ValueProblem[]): Objective {
  const kw = get(item, 'keywords');
  const keywords = { nb: [] as string[], nn: [] as string[], en: [] as string[] };
  if (kw?.kind === 'map') {
    for (const { key, value } of kw.pairs) {
      const lang = KEYWORD_LANGS[keyOf(key.value)];
      if (lang) keywords[lang].push(...strList(value));
      // `nob:`, `no:`: its keywords would be dropped without a word.
      else unknownKeys({ ...kw, pairs: [{ key, value }] }, ['nb', 'nn', 'en'], out);
    }
  } else keywords.nb = strList(kw);
  const o: Objective = {
    id: oid.toUpperCase(),
    framework,
    kind: str(get(item, 'kind')) ?? 'objective',
    title: str(get(item, 'title')) ?? oid,
    description: str(get(item, 'description')) ?? '',
    keywords,
    related: strList(get(item, 'related')).map((r) => r.toUpperCase()),
    uri,
    span,
  };
  const opt = { titleEn: 'title_en', short: 'short', descriptionEn: 'description_en', source: 'source' } as const;
  for (const [field, key] of Object.entries(opt) as [keyof typeof opt, string][]) {
    const v = str(get(item, key));
    if (v) o[field] = v;
  }
  const parent = str(get(item, 'parent'));
  if (parent) o.parent = parent.toUpperCase();
  return o;
}

/** The part before the last hyphen that every objective ID shares (`INNL` of INNL-1, INNL-2), if it is one. */
function sharedPrefix(items: readonly YNode[]): string | undefined {
  const heads = new Set<string>();
  for (const item of items) {
    const oid = item.kind === 'map' ? str(get(item, 'id')) : undefined;
    if (!oid) continue;
    const joined = oid.toUpperCase().replace(/[\s,-]+/g, '-').replace(/^-|-$/g, '');
    heads.add(joined.includes('-') ? joined.slice(0, joined.lastIndexOf('-')) : '');
  }
  const [head] = heads;
  return heads.size === 1 && head ? head : undefined;
}

/** Keys outside `known` are ignored, so reported with a did-you-mean (`titel` → `title`). */
function unknownKeys(m: YMap, known: readonly string[], out: ValueProblem[]): void {
  for (const { key } of m.pairs) {
    if (known.includes(canonical(key.value))) continue;
    const g = guess(keyOf(key.value), known);
    out.push({ kind: 'unknown-property', span: key.span, messageId: 'unknownFrameworkKey', data: { key: key.value, suggestion: g?.text ?? '', allowed: known.join(', ') }, ...guessFields(g) });
  }
}

function noTitle(id: string): Localized {
  return {
    en: `This framework file has no \`title\`: add \`title:\` with the name of the strategy. Until then its objectives are shown under the ID ${id}.`,
    nb: `Denne rammeverksfilen har ingen \`title\`: legg til \`title:\` med navnet på strategien. Inntil da vises målene under ID-en ${id}.`,
    nn: `Denne rammeverksfila har ingen \`title\`: legg til \`title:\` med namnet på strategien. Inntil då blir måla viste under ID-en ${id}.`,
  };
}

function noObjectiveTitle(id: string): Localized {
  return {
    en: `This objective has no \`title\`, so it is shown as ${id} in messages, and goals are matched to it by its description and keywords alone. Add \`title:\` with the name of the objective.`,
    nb: `Dette målet har ingen \`title\`, så det vises som ${id} i meldinger, og mål kobles til det bare gjennom beskrivelsen og nøkkelordene. Legg til \`title:\` med navnet på målet.`,
    nn: `Dette målet har ingen \`title\`, så det blir vist som ${id} i meldingar, og mål blir kopla til det berre gjennom skildringa og nøkkelorda. Legg til \`title:\` med namnet på målet.`,
  };
}

function noId(framework: string): Localized {
  return {
    en: `This objective has no \`id\`, so it is not read and no goal can support it. Add \`id: ${framework}-<code>\`.`,
    nb: `Dette målet har ingen \`id\`, så det blir ikke lest, og ingen mål kan støtte det. Legg til \`id: ${framework}-<kode>\`.`,
    nn: `Dette målet har ingen \`id\`, så det blir ikkje lese, og ingen mål kan støtte det. Legg til \`id: ${framework}-<kode>\`.`,
  };
}
