/**
 * `samstemt.yaml`: one workspace (cooperation). Loading never fails: a bad
 * value is recorded as a problem on the config file and a default is used.
 */
import type { Lang, ParseProblem, SeverityLevel, Span, ValueProblem } from '../types.js';
import { parseYamlTree, isNull, type YMap, type YNode } from '../parse/yamlTree.js';
import { yamlProblem } from '../parse/documentHead.js';
import { didYouMean, keyOf } from '../text/normalize.js';

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
  cooperation?: string;
  language: Lang;
  frameworks: FrameworkRef[];
  documents: string[];
  /** Members declared in the config; empty when `members` is absent (then owners count as members). */
  members: Map<string, MemberDef>;
  membersDeclared: boolean;
  areas: string[];
  indicators: Map<string, IndicatorDef>;
  resources: Map<string, ResourceDef>;
  rules: Map<string, { level: SeverityLevel; span: Span }>;
  problems: ParseProblem[];
  valueProblems: ValueProblem[];
}

export const DEFAULT_DOCUMENTS = ['**/*.strategy.md', '**/*.strategy.yaml', '**/*.strategy.yml'];
export const DEFAULT_AREAS = ['hr', 'okonomi', 'sak-arkiv', 'helse', 'oppvekst', 'innbyggertjenester', 'infrastruktur', 'sikkerhet'];
export const DEFAULT_FRAMEWORKS = ['DS19', 'DN30'];
export const MEMBER_KINDS = ['kommune', 'fylkeskommune', 'selskap', 'nettverk', 'stat'];
const SEVERITIES: SeverityLevel[] = ['error', 'warning', 'info', 'hint', 'off'];
const MEMBER_FIELDS = ['name', 'kind', 'population'];
const INDICATOR_FIELDS = ['name', 'shared'];
const RESOURCE_FIELDS = ['owner', 'capacity', 'unit'];
const TOP_KEYS = ['cooperation', 'language', 'frameworks', 'documents', 'members', 'areas', 'indicators', 'resources', 'rules'];

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
  const yaml = parseYamlTree(text);
  if (yaml.error) {
    cfg.problems.push(yamlProblem(text, yaml.error));
    return cfg;
  }
  for (const k of yaml.duplicateKeys) cfg.valueProblems.push({ kind: 'invalid-value', span: k.span, messageId: 'duplicateKey', data: { key: k.value } });
  const root = yaml.root;
  if (!root || isNull(root)) return cfg;
  if (root.kind !== 'map') {
    cfg.valueProblems.push({ kind: 'invalid-value', span: root.span, messageId: 'configShape', data: {} });
    return cfg;
  }
  const bad = (span: Span, messageId: string, data: Record<string, string>, suggestion?: string) => {
    const p: ValueProblem = { kind: 'invalid-value', span, messageId, data };
    if (suggestion) p.suggestion = suggestion;
    cfg.valueProblems.push(p);
  };
  const list = (n: YNode, key: string): { text: string; span: Span }[] => {
    if (isNull(n)) return [];
    if (n.kind === 'scalar') return [{ text: n.value, span: n.span }];
    if (n.kind === 'seq') return n.items.flatMap((i) => (i.kind === 'scalar' && !isNull(i) ? [{ text: i.value, span: i.span }] : []));
    bad(n.span, 'expectedList', { key });
    return [];
  };
  /** A key inside a member, indicator or resource that is none of `fields`: ignored, so reported (with a did-you-mean). */
  const unknownField = (key: { value: string; span: Span }, fields: readonly string[]) => {
    const s = didYouMean(keyOf(key.value), fields);
    cfg.valueProblems.push({ kind: 'unknown-property', span: key.span, messageId: 'unknownConfigKey', data: { key: key.value, suggestion: s ?? '', allowed: fields.join(', ') }, ...(s ? { suggestion: s } : {}) });
  };
  const map = (n: YNode, key: string): YMap | undefined => {
    if (n.kind === 'map') return n;
    if (!isNull(n)) bad(n.span, 'expectedMap', { key });
    return undefined;
  };
  for (const { key, value } of root.pairs) {
    const scalar = value.kind === 'scalar' && !isNull(value) ? value.value : undefined;
    // Keys and enum values in any case, with or without a trailing colon (format.md §1).
    switch (keyOf(key.value)) {
      case 'cooperation':
        if (scalar) cfg.cooperation = scalar;
        break;
      case 'language': {
        const lang = keyOf(scalar ?? '');
        if (lang === 'nb' || lang === 'nn' || lang === 'en') cfg.language = lang;
        else bad(value.span, 'enum', { key: key.value, value: scalar ?? '', allowed: 'nb, nn, en' });
        break;
      }
      case 'frameworks':
        cfg.frameworks = list(value, key.value);
        break;
      case 'documents': {
        const globs = list(value, key.value);
        if (globs.length) cfg.documents = globs.map((g) => g.text);
        break;
      }
      case 'areas': {
        const areas = list(value, key.value);
        if (areas.length) cfg.areas = areas.map((a) => a.text.toLowerCase());
        break;
      }
      case 'members': {
        const m = map(value, key.value);
        if (!m) break;
        cfg.membersDeclared = true;
        for (const p of m.pairs) {
          const def: MemberDef = { id: p.key.value, span: p.key.span };
          const props = p.value.kind === 'map' ? p.value : undefined;
          for (const q of props?.pairs ?? []) {
            const v = q.value.kind === 'scalar' && !isNull(q.value) ? q.value.value : undefined;
            const field = keyOf(q.key.value);
            if (field === 'name') {
              if (v) def.name = v;
            } else if (field === 'kind') {
              if (v && MEMBER_KINDS.includes(keyOf(v))) def.kind = keyOf(v);
              else if (v) bad(q.value.span, 'enum', { key: 'kind', value: v, allowed: MEMBER_KINDS.join(', ') }, didYouMean(v, MEMBER_KINDS));
            } else if (field === 'population') {
              if (v === undefined) continue;
              const n = Number(v.replace(/[\s_]/g, ''));
              if (Number.isFinite(n) && n >= 0) def.population = n;
              else bad(q.value.span, 'count', { key: 'population', value: v, example: '12000' });
            } else unknownField(q.key, MEMBER_FIELDS);
          }
          cfg.members.set(def.id, def);
        }
        break;
      }
      case 'indicators': {
        const m = map(value, key.value);
        for (const p of m?.pairs ?? []) {
          const def: IndicatorDef = { id: p.key.value, shared: false, span: p.key.span };
          if (p.value.kind === 'map') {
            for (const q of p.value.pairs) {
              const v = q.value.kind === 'scalar' ? q.value.value : '';
              const field = keyOf(q.key.value);
              if (field === 'name') def.name = v;
              else if (field === 'shared') def.shared = /^(true|yes|ja)$/i.test(v);
              else unknownField(q.key, INDICATOR_FIELDS);
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
          if (p.value.kind === 'map') {
            for (const q of p.value.pairs) {
              const v = q.value.kind === 'scalar' ? q.value.value : '';
              const field = keyOf(q.key.value);
              if (field === 'owner') def.owner = v;
              else if (field === 'unit') def.unit = v;
              else if (field === 'capacity') {
                const n = Number(v.replace(',', '.'));
                if (Number.isFinite(n)) def.capacity = n;
                else bad(q.value.span, 'count', { key: 'capacity', value: v, example: '6' });
              } else unknownField(q.key, RESOURCE_FIELDS);
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
          if (!knownRules.includes(rule)) {
            const s = didYouMean(p.key.value, knownRules);
            cfg.valueProblems.push({ kind: 'unknown-property', span: p.key.span, messageId: 'unknownRule', data: { key: p.key.value, suggestion: s ?? '' }, ...(s ? { suggestion: s } : {}) });
          } else if (!(SEVERITIES as string[]).includes(lvl)) {
            bad(p.value.span, 'enum', { key: p.key.value, value: lvl, allowed: SEVERITIES.join(', ') }, didYouMean(lvl, SEVERITIES));
          } else cfg.rules.set(rule, { level: lvl as SeverityLevel, span: p.value.span });
        }
        break;
      }
      default: {
        const s = didYouMean(key.value, TOP_KEYS);
        cfg.valueProblems.push({ kind: 'unknown-property', span: key.span, messageId: 'unknownConfigKey', data: { key: key.value, suggestion: s ?? '', allowed: TOP_KEYS.join(', ') }, ...(s ? { suggestion: s } : {}) });
      }
    }
  }
  return cfg;
}
