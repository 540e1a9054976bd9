/**
 * `samstemt.yaml`: one workspace (cooperation). Loading never fails: a bad
 * value is recorded as a problem on the config file and a default is used.
 */
import type { Lang, ParseProblem, SeverityLevel, Span, ValueProblem } from '../types.js';
import { parseYamlTree, isNull, type YMap, type YNode, type YScalar } from '../parse/yamlTree.js';
import { recoverYaml } from '../parse/yamlRecovery.js';
import { splitItems } from '../parse/properties.js';
import { yamlProblem, yamlQuoted } from '../parse/documentHead.js';
import { guess, guessFields, keyOf, type Guess } from '../text/normalize.js';
import { languageOf } from './vocabulary.js';
import { membersListFix } from './membersList.js';
import { listLines } from './listLines.js';

export interface MemberDef {
  id: string;
  name?: string;
  kind?: string;
  population?: number;
  span: Span;
}
export interface IndicatorDef {
  id: string;
  name?: string;
  shared: boolean;
  span: Span;
}
export interface ResourceDef {
  id: string;
  owner?: string;
  ownerSpan?: Span;
  capacity?: number;
  unit?: string;
  span: Span;
}
/** A framework named in `frameworks:` — a built-in ID or a workspace-relative path. */
export interface FrameworkRef {
  text: string;
  span: Span;
}

export interface WorkspaceConfig {
  /** Uri of `samstemt.yaml`, or undefined for an implicit workspace (no config). */
  uri?: string;
  text: string;
  /**
   * samstemt.yaml is there but could not be read (permission denied, a link
   * to nothing or out of the workspace): the defaults stand in for settings
   * that are unknown, so nothing is said about them.
   */
  unread?: true;
  cooperation?: string;
  language: Lang;
  /** `language:` is written in samstemt.yaml (else `language` is the default, and an editor may use its own). */
  languageSet?: true;
  frameworks: FrameworkRef[];
  /** `frameworks` as samstemt.yaml writes it (`rammeverk`), for advice to add to it; undefined when not written. */
  frameworksKey?: string;
  documents: string[];
  /** The `documents` globs as written, where they are written; undefined when `documents` is not given (the defaults apply). */
  documentGlobs?: FrameworkRef[];
  /** The first setting of the file: where a problem with the file as a whole is shown. */
  firstKey?: Span;
  /** Members declared in the config; empty when `members` is absent (then owners count as members). */
  members: Map<string, MemberDef>;
  membersDeclared: boolean;
  areas: string[];
  indicators: Map<string, IndicatorDef>;
  resources: Map<string, ResourceDef>;
  rules: Map<string, { level: SeverityLevel; span: Span }>;
  problems: ParseProblem[];
  /** With a parse problem: the settings were read all the same, with the broken line mended or left out. */
  recovered?: boolean;
  valueProblems: ValueProblem[];
}

export const DEFAULT_DOCUMENTS = ['**/*.strategy.md', '**/*.strategy.yaml', '**/*.strategy.yml'];
export const DEFAULT_AREAS = ['hr', 'okonomi', 'sak-arkiv', 'helse', 'oppvekst', 'innbyggertjenester', 'infrastruktur', 'sikkerhet'];
export const DEFAULT_FRAMEWORKS = ['DS19', 'DN30'];
export const MEMBER_KINDS = ['kommune', 'fylkeskommune', 'selskap', 'nettverk', 'stat'];
const SEVERITIES: SeverityLevel[] = ['error', 'warning', 'info', 'hint', 'off'];
/** Severities by their bokmål and nynorsk names (and ESLint's `warn`), offered as the fix (rule settings are written in English). */
const SEVERITY_NAMES: Record<string, SeverityLevel> = {
  feil: 'error', advarsel: 'warning', åtvaring: 'warning', varsel: 'warning', informasjon: 'info', hint: 'hint', tips: 'hint', av: 'off', 'slått av': 'off',
  warn: 'warning',
};

/** The severity meant by a value that is not one (`advarsel`, `warn`, `eror`): samstemt.yaml's fix and `--rule`'s did-you-mean. */
export function meantSeverity(value: string): SeverityLevel | Guess | undefined {
  const lvl = keyOf(value);
  return (Object.hasOwn(SEVERITY_NAMES, lvl) ? SEVERITY_NAMES[lvl] : undefined) ?? guess(lvl, SEVERITIES);
}

/** A setting of samstemt.yaml: its English canonical name, its bokmål and nynorsk aliases, and further accepted spellings. */
export interface ConfigKey {
  canonical: string;
  names: Record<Lang, string>;
  more?: readonly string[];
}
const def = (canonical: string, nb: string, nn: string, more?: string[]): ConfigKey => ({ canonical, names: { en: canonical, nb, nn }, ...(more ? { more } : {}) });

/** The keys of samstemt.yaml in every language (format.md: every key has nb and nn aliases; docs/format.md §1 lists them). */
export const CONFIG_KEYS = {
  top: [
    def('cooperation', 'samarbeid', 'samarbeid'),
    def('language', 'språk', 'språk', ['målform', 'mållform']),
    def('frameworks', 'rammeverk', 'rammeverk'),
    def('documents', 'dokumenter', 'dokument'),
    def('members', 'medlemmer', 'medlemer'),
    def('areas', 'områder', 'område', ['områda']),
    def('indicators', 'indikatorer', 'indikatorar'),
    def('resources', 'ressurser', 'ressursar'),
    def('rules', 'regler', 'reglar'),
  ],
  member: [def('name', 'navn', 'namn'), def('kind', 'type', 'type'), def('population', 'innbyggere', 'innbyggjarar', ['innbyggertall', 'innbyggjartal'])],
  indicator: [def('name', 'navn', 'namn'), def('shared', 'felles', 'felles')],
  resource: [def('owner', 'eier', 'eigar'), def('capacity', 'kapasitet', 'kapasitet'), def('unit', 'enhet', 'eining')],
} as const satisfies Record<string, readonly ConfigKey[]>;
type KeyTable = readonly ConfigKey[];

const spellingsOf = (k: ConfigKey): string[] => [...new Set([...Object.values(k.names), ...(k.more ?? [])])];

/** The canonical name of a key written in any language, case and trailing colon ignored. */
export function configKey(raw: string, table: KeyTable): string | undefined {
  const k = keyOf(raw);
  return table.find((d) => spellingsOf(d).includes(k))?.canonical;
}

/** The spelling of a key as `samstemt init` writes it in a language. */
export function configKeyName(canonical: string, lang: Lang): string {
  const all: KeyTable = [...CONFIG_KEYS.top, ...CONFIG_KEYS.member, ...CONFIG_KEYS.indicator, ...CONFIG_KEYS.resource];
  return all.find((d) => d.canonical === canonical)?.names[lang] ?? canonical;
}

/** Truth values as authors write them; anything else is reported, not read as false. */
const TRUE_WORDS = ['true', 'yes', 'ja'];
const FALSE_WORDS = ['false', 'no', 'nei'];
/** YAML 1.1's other truth words: reported (format.md lists the ones read), with the fix meaning what they mean, not the nearest spelling (`on` is closest to `no`). */
const SWITCH_WORDS: Record<string, string> = { on: 'true', off: 'false' };

export function defaultConfig(): WorkspaceConfig {
  return {
    text: '',
    language: 'nb',
    frameworks: DEFAULT_FRAMEWORKS.map((text) => ({ text, span: { start: 0, end: 0 } })),
    documents: DEFAULT_DOCUMENTS,
    members: new Map(),
    membersDeclared: false,
    areas: DEFAULT_AREAS,
    indicators: new Map(),
    resources: new Map(),
    rules: new Map(),
    problems: [],
    valueProblems: [],
  };
}

/** Parses `samstemt.yaml`. `knownRules` lets unknown rule ids be flagged with did-you-mean. */
export function parseConfig(uri: string, text: string, knownRules: readonly string[]): WorkspaceConfig {
  const cfg = defaultConfig();
  cfg.uri = uri;
  cfg.text = text;
  // Broken on one line (a `{` not closed yet while the author types): the error is reported, and the settings
  // are read from the text with that line mended or left out, as in YAML strategy documents, so the
  // cooperation's members and documents do not drop out of the editor with every keystroke.
  const parsed = parseYamlTree(text);
  const yaml = recoverYaml(text, parsed);
  if (yaml.error) {
    cfg.problems.push(yamlProblem(text, yaml.error));
    if (yaml === parsed) return cfg;
    cfg.recovered = true;
  }
  for (const k of yaml.duplicateKeys) cfg.valueProblems.push({ kind: 'invalid-value', span: k.span, messageId: 'duplicateKey', data: { key: k.value } });
  // `- !**/utkast/**` or `cooperation: !Viktig IKT`, unquoted: YAML takes the leading word for a tag (or an anchor) and leaves it out.
  for (const m of yaml.swallowed) {
    const written = text.slice(m.span.start, m.span.end).replace(/\s+/g, ' ').trim();
    const rest = written.slice(m.mark.length).trim();
    const quoted = yamlQuoted(written);
    cfg.valueProblems.push({ kind: 'invalid-value', span: m.span, messageId: rest ? 'yamlMark' : 'yamlMarkEmpty', data: { mark: m.mark, sign: m.mark[0]!, rest, quoted }, fix: { messageId: 'quoteValue', span: m.span, newText: quoted, preferred: true } });
  }
  const root = yaml.root;
  if (!root || isNull(root)) return cfg;
  if (root.kind !== 'map') {
    cfg.valueProblems.push({ kind: 'invalid-value', span: root.span, messageId: 'configShape', data: {} });
    return cfg;
  }
  // A suggestion worked out from the value is a string; a did-you-mean is a `Guess`.
  const bad = (span: Span, messageId: string, data: Record<string, string>, suggestion?: string | Guess) => {
    const p: ValueProblem = { kind: 'invalid-value', span, messageId, data };
    if (typeof suggestion === 'string') p.suggestion = suggestion;
    else Object.assign(p, guessFields(suggestion));
    cfg.valueProblems.push(p);
  };
  /** A list setting: a YAML list, or text with comma-separated items (as list-valued properties are read everywhere). */
  const list = (n: YNode, key: string, split = (_: string) => true): { text: string; span: Span }[] => {
    if (isNull(n)) return [];
    // One item per line without «- »: read as the author meant, and reported with the fix that writes the dashes.
    const lines = n.kind === 'scalar' ? listLines(text, n) : undefined;
    if (lines) {
      cfg.valueProblems.push({ kind: 'invalid-value', span: lines.fix.span, messageId: 'listWithoutDashes', data: { key, value: lines.joined }, fix: lines.fix, severity: 'warning' });
      return lines.items;
    }
    if (n.kind === 'scalar') return n.style !== 'quoted' && split(n.value) ? splitItems(text.slice(n.span.start, n.span.end), n.span.start) : [{ text: n.value.trim(), span: n.span }];
    if (n.kind === 'seq') return n.items.flatMap((i) => (i.kind === 'scalar' && !isNull(i) ? [{ text: i.value.trim(), span: i.span }] : []));
    bad(n.span, 'expectedList', { key });
    return [];
  };
  /** Keys not in `table` are ignored, so reported with a did-you-mean and the settings in each language (`allowed.nb` …). */
  const canonicalOf = (k: YScalar, table: KeyTable): string | undefined => {
    const c = configKey(k.value, table);
    if (c) return c;
    const g = guess(keyOf(k.value), table.flatMap(spellingsOf));
    const data: Record<string, string> = { key: k.value, suggestion: g?.text ?? '', allowed: table.map((d) => d.canonical).join(', ') };
    for (const l of ['nb', 'nn'] as const) data[`allowed.${l}`] = table.map((d) => d.names[l]).join(', ');
    cfg.valueProblems.push({ kind: 'unknown-property', span: k.span, messageId: 'unknownConfigKey', data, ...guessFields(g) });
    return undefined;
  };
  const map = (n: YNode, key: string): YMap | undefined => {
    if (n.kind === 'map') return n;
    if (!isNull(n)) bad(n.span, 'expectedMap', { key });
    return undefined;
  };
  const scalarOf = (n: YNode): YScalar | undefined => (n.kind === 'scalar' && !isNull(n) ? n : undefined);
  /**
   * A setting that takes one value, written as a list or a mapping (`language: [nn]`, ESLint's
   * `rule: { severity: error }`): reported, not read as absent or as «». With one plain value in
   * brackets or braces, the fix writes it in their place.
   */
  const notOneValue = (n: YNode, key: string): boolean => {
    if (n.kind === 'scalar') return false;
    const items = n.kind === 'seq' ? n.items : n.pairs.map((p) => p.value);
    const one = items.length === 1 ? scalarOf(items[0]!)?.value.trim() : undefined;
    const flow = text[n.span.start] === '[' || text[n.span.start] === '{';
    bad(n.span, 'expectedValue', { key }, one && flow && !n.aliased && /^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u.test(one) ? one : undefined);
    return true;
  };
  for (const { key, value } of lastOfEach(root, CONFIG_KEYS.top, cfg.valueProblems)) {
    cfg.firstKey ??= key.span;
    // `felles: &kommune` that members merge (`<<: *kommune`): a place for shared settings, not an ignored one.
    if (value.aliased && !configKey(key.value, CONFIG_KEYS.top)) continue;
    const scalar = scalarOf(value)?.value;
    // Keys and enum values in any language and case, with or without a trailing colon (format.md).
    switch (canonicalOf(key, CONFIG_KEYS.top)) {
      case 'cooperation':
        if (scalar) cfg.cooperation = scalar;
        else notOneValue(value, key.value);
        break;
      case 'language': {
        // An empty `language:` is not written (an empty value is absent everywhere): the default applies, not an error about «».
        if (notOneValue(value, key.value) || scalar === undefined || !scalar.trim()) break;
        // By code or by name, as a document's `language:` is read.
        const lang = languageOf(scalar);
        if (lang) {
          cfg.language = lang;
          cfg.languageSet = true;
        }
        else {
          // `nynorks`: the code of the language name it is closest to.
          const g = guess(keyOf(scalar ?? ''), ['nb', 'nn', 'en', 'bokmål', 'nynorsk', 'english']);
          bad(value.span, 'enum', { key: key.value, value: scalar ?? '', allowed: 'nb, nn, en' }, g && languageOf(g.text));
        }
        break;
      }
      case 'frameworks':
        // `DN30:` is DN30, as enum values are read everywhere.
        cfg.frameworks = list(value, key.value).map((f) => ({ text: f.text.replace(/:$/, '').trimEnd(), span: f.span }));
        cfg.frameworksKey = key.value.replace(/:$/, '').trim();
        // `frameworks: []` enables none: every `supports` link is then unknown, and no goal is unlinked.
        if (!cfg.frameworks.length && value.kind !== 'map') cfg.valueProblems.push({ kind: 'invalid-value', span: key.span, messageId: 'frameworksEmpty', data: { key: key.value }, severity: 'warning' });
        break;
      case 'documents': {
        // A comma inside braces belongs to the glob (`*.{md,yaml}`): such text is one glob.
        const globs = list(value, key.value, (v) => !v.includes('{'));
        cfg.documentGlobs = globs;
        if (globs.length) cfg.documents = globs.map((g) => g.text);
        else if (value.kind !== 'map') cfg.valueProblems.push({ kind: 'invalid-value', span: key.span, messageId: 'documentsEmpty', data: { key: key.value, defaults: DEFAULT_DOCUMENTS.join(', ') }, severity: 'warning' });
        break;
      }
      case 'areas': {
        const areas = list(value, key.value);
        if (areas.length) cfg.areas = areas.map((a) => a.text.toLowerCase());
        break;
      }
      case 'members': {
        if (value.kind === 'seq') {
          // `- storby: {…}` as lists are written elsewhere: said in plain words, with a fix when each item is clearly one member.
          const fix = membersListFix(text, key, value);
          cfg.valueProblems.push({ kind: 'invalid-value', span: value.span, messageId: 'membersList', data: { key: key.value }, ...(fix ? { fix } : {}) });
          break;
        }
        const m = map(value, key.value);
        if (!m) break;
        cfg.membersDeclared = true;
        for (const p of m.pairs) {
          // `åsvik` with a combining ring is the member `åsvik` that documents name (format.md: text that looks the same reads the same).
          const def: MemberDef = { id: p.key.value.normalize('NFC'), span: p.key.span };
          const named = scalarOf(p.value);
          if (named?.value.trim()) {
            // `åsvik: Åsvik kommune`: plainly the member's name. Read so, and told how to write it as a setting.
            def.name = named.value.trim();
            const written = text.slice(named.span.start, named.span.end);
            // `navn` under `medlemmer`, `namn` under `medlemer`: the language the file is written in.
            const members = CONFIG_KEYS.top.find((d) => d.canonical === 'members')!;
            const nameKey = configKeyName('name', (['nb', 'nn'] as const).find((l) => members.names[l] === keyOf(key.value)) ?? 'en');
            const newText = `{ ${nameKey}: ${named.style === 'plain' && /[,{}[\]]/.test(written) ? JSON.stringify(named.value.trim()) : written} }`;
            cfg.valueProblems.push({ kind: 'invalid-value', span: named.span, messageId: 'memberAsText', data: { id: def.id, value: named.value.trim(), name: nameKey }, fix: { messageId: 'nameAsSetting', span: named.span, newText, preferred: true }, severity: 'warning' });
          }
          const split = p.value.kind === 'map' ? commaThousands(text, p.value) : undefined;
          for (const q of p.value.kind === 'map' ? lastOfEach(p.value, CONFIG_KEYS.member, cfg.valueProblems) : []) {
            if (split?.groups.has(q)) continue;
            const v = scalarOf(q.value)?.value;
            const field = canonicalOf(q.key, CONFIG_KEYS.member);
            if (field && notOneValue(q.value, q.key.value)) continue;
            if (split?.at === q) {
              // Not read as the 48 YAML sees: a wrong population would misjudge `uniform-mandate`.
              bad(split.span, 'populationComma', { key: q.key.value, value: split.written, first: v ?? '', suggestion: split.written.replace(/,/g, '') }, split.written.replace(/,/g, ''));
              continue;
            }
            if (field === 'name') {
              if (v) def.name = v;
            } else if (field === 'kind') {
              if (v && MEMBER_KINDS.includes(keyOf(v))) def.kind = keyOf(v);
              else if (v) bad(q.value.span, 'enum', { key: q.key.value, value: v, allowed: MEMBER_KINDS.join(', ') }, guess(v, MEMBER_KINDS));
            } else if (field === 'population' && v !== undefined) {
              const n = population(v);
              if (typeof n === 'number') def.population = n;
              else bad(q.value.span, n.suggestion ? 'populationSeparator' : 'population', { key: q.key.value, value: v, suggestion: n.suggestion ?? '' }, n.suggestion);
            }
          }
          cfg.members.set(def.id, def);
        }
        break;
      }
      case 'indicators': {
        const m = map(value, key.value);
        for (const p of m?.pairs ?? []) {
          const def: IndicatorDef = { id: p.key.value, shared: false, span: p.key.span };
          for (const q of p.value.kind === 'map' ? lastOfEach(p.value, CONFIG_KEYS.indicator, cfg.valueProblems) : []) {
            const v = q.value.kind === 'scalar' ? q.value.value : '';
            const field = canonicalOf(q.key, CONFIG_KEYS.indicator);
            if (field && notOneValue(q.value, q.key.value)) continue;
            if (field === 'name') def.name = v;
            else if (field === 'shared') {
              const b = keyOf(v);
              if (TRUE_WORDS.includes(b)) def.shared = true;
              // `kanskje` is not false: a shared indicator that silently stops being shared hides conflicts.
              else if (!FALSE_WORDS.includes(b)) bad(q.value.span, 'enum', { key: q.key.value, value: v, allowed: 'true, false (ja, nei)' }, (Object.hasOwn(SWITCH_WORDS, b) ? SWITCH_WORDS[b] : undefined) ?? guess(b, [...TRUE_WORDS, ...FALSE_WORDS]));
            }
          }
          cfg.indicators.set(def.id, def);
        }
        break;
      }
      case 'resources': {
        const m = map(value, key.value);
        for (const p of m?.pairs ?? []) {
          const def: ResourceDef = { id: p.key.value, span: p.key.span };
          for (const q of p.value.kind === 'map' ? lastOfEach(p.value, CONFIG_KEYS.resource, cfg.valueProblems) : []) {
            const v = q.value.kind === 'scalar' ? q.value.value : '';
            const field = canonicalOf(q.key, CONFIG_KEYS.resource);
            if (field && notOneValue(q.value, q.key.value)) continue;
            if (field === 'owner') {
              def.owner = v.trim().normalize('NFC');
              def.ownerSpan = q.value.span;
            } else if (field === 'unit') def.unit = v;
            else if (field === 'capacity') {
              // An empty `capacity:` is no capacity (as an empty value is absent everywhere), not 0, which
              // would overbook every demand; a capacity below 0 is a slip, not a limit.
              const t = v.trim();
              // Thousands grouped by spaces (`1 500`), as a population or a demand (`1 500 000 kr`) may be written.
              const grouped = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$/.test(t) ? t.replace(/[ \u00a0\u202f]/g, '') : t;
              // Decimal only: JavaScript's Number would read `0x1F` as 31 and `1e2` as 100 without a word.
              const n = /^-?\d+(?:[.,]\d+)?$/.test(grouped) ? Number(grouped.replace(',', '.')) : NaN;
              if (t !== '' && Number.isFinite(n) && n >= 0) def.capacity = n;
              else if (t !== '' && Number.isFinite(n)) bad(q.value.span, 'capacityNegative', { key: q.key.value, value: t });
              else if (t !== '') {
                // `8 årsverk`: the number, with the unit left to `unit`.
                const withUnit = /^(\d+(?:[.,]\d+)?)\s*\p{L}[\p{L}.\s]*$/u.exec(t);
                bad(q.value.span, 'count', { key: q.key.value, value: v, example: withUnit ? withUnit[1]! : '6' }, withUnit?.[1]);
              }
            }
          }
          cfg.resources.set(def.id, def);
        }
        break;
      }
      case 'rules': {
        const m = map(value, key.value);
        for (const p of m?.pairs ?? []) {
          const lvl = p.value.kind === 'scalar' ? keyOf(p.value.value) : '';
          const rule = keyOf(p.key.value);
          // `goal-unlinked:` with nothing after it sets nothing (an empty value is absent everywhere): the default severity applies.
          const empty = isNull(p.value);
          if (!knownRules.includes(rule)) {
            const g = guess(p.key.value, knownRules);
            cfg.valueProblems.push({ kind: 'unknown-property', span: p.key.span, messageId: 'unknownRule', data: { key: p.key.value, suggestion: g?.text ?? '', rules: knownRules.join(', ') }, ...guessFields(g) });
          } else if (empty || notOneValue(p.value, p.key.value)) {
            continue;
          } else if (!(SEVERITIES as string[]).includes(lvl)) {
            // Quoted as written (`Feil`), matched as the key it reads as (`feil`).
            const written = p.value.kind === 'scalar' ? p.value.value.trim() : '';
            bad(p.value.span, 'enum', { key: p.key.value, value: written, allowed: SEVERITIES.join(', ') }, meantSeverity(lvl));
          } else cfg.rules.set(rule, { level: lvl as SeverityLevel, span: p.value.span });
        }
        break;
      }
    }
  }
  return cfg;
}

/**
 * The pairs of a mapping with one pair per setting: when a setting is given
 * twice (`members` and `medlemmer`, or the same key twice), the last one
 * counts and the earlier are reported. Exact repeats are already reported by
 * the YAML reader.
 */
function lastOfEach(m: YMap, table: KeyTable, problems: ValueProblem[]): YMap['pairs'] {
  const last = new Map<string, YMap['pairs'][number]>();
  // A merged setting (`<<: *kommune`) that the mapping writes itself, in any spelling, is not there: the written one wins.
  const written = new Set(m.pairs.flatMap((p) => (p.merged ? [] : [configKey(p.key.value, table) ?? p.key.value])));
  const pairs = m.pairs.filter((p) => !p.merged || !written.has(configKey(p.key.value, table) ?? p.key.value));
  for (const p of pairs) {
    const c = configKey(p.key.value, table);
    const before = c ? last.get(c) : undefined;
    if (before && before.key.value !== p.key.value) {
      problems.push({ kind: 'invalid-value', span: p.key.span, messageId: 'duplicateAlias', data: { key: p.key.value, first: before.key.value } });
    }
    if (c) last.set(c, p);
  }
  return pairs.filter((p) => {
    const c = configKey(p.key.value, table);
    return !c || last.get(c) === p;
  });
}

/**
 * `innbyggere: 48,500` inside `{ }`: YAML ends the value at the comma and
 * reads `500` as a setting of its own (with no value). The population pair,
 * the pairs its thousands were split into, and the number as written.
 */
function commaThousands(text: string, m: YMap): { at: YMap['pairs'][number]; groups: Set<YMap['pairs'][number]>; span: Span; written: string } | undefined {
  const pairs = m.pairs;
  for (let i = 0; i < pairs.length; i++) {
    const at = pairs[i]!;
    if (at.merged || configKey(at.key.value, CONFIG_KEYS.member) !== 'population' || at.value.kind !== 'scalar' || at.value.style !== 'plain' || !/^\d{1,3}$/.test(at.value.value)) continue;
    const groups = new Set<YMap['pairs'][number]>();
    let end = at.value.span.end;
    for (let j = i + 1; j < pairs.length; j++) {
      const g = pairs[j]!;
      if (g.merged || g.key.style !== 'plain' || !/^\d{3}$/.test(g.key.value) || !isNull(g.value) || !endsAt(text, g.key.span.end) || text.slice(end, g.key.span.start) !== ',') break;
      groups.add(g);
      end = g.key.span.end;
    }
    if (groups.size) return { at, groups, span: { start: at.value.span.start, end }, written: text.slice(at.value.span.start, end) };
  }
  return undefined;
}

/** Only a `,` or the closing `}` follows the key: `500` in `48,500`, not a setting `500: …`. */
function endsAt(text: string, at: number): boolean {
  const after = /[ \t]*[,}]/y;
  after.lastIndex = at;
  return after.test(text);
}

/**
 * A population as written: a whole number of inhabitants, with spaces or `_`
 * between thousands. `1.200` (a thousands separator, read by YAML as 1.2) and
 * `-5` are not populations.
 */
function population(v: string): number | { suggestion?: string } {
  const t = v.trim().replace(/[\s_]/g, '');
  if (/^\d+$/.test(t)) return Number(t);
  for (const sep of ['.', ',']) {
    const groups = t.split(sep);
    const thousands = groups.length > 1 && /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
    if (thousands) return { suggestion: groups.join('') };
  }
  return {};
}
