/**
 * The goal-property vocabulary of format.md §3: every key has an English
 * canonical name and bokmål/nynorsk aliases; enum values likewise. Matching is
 * case-insensitive and ignores a trailing colon (see `keyOf`).
 */
import type { Lang, StrategyDocument } from '../types.js';
import { keyOf } from '../text/normalize.js';

export type PropertyKind =
  | 'objectives' // list of objective IDs
  | 'goal-refs' // list of goal references
  | 'members' // list of member ids (or all)
  | 'systems' // list of system names
  | 'area'
  | 'indicator'
  | 'direction'
  | 'number'
  | 'date'
  | 'text'
  | 'requires'
  | 'priority'
  | 'status'
  | 'accepts';

export interface KeyDef {
  canonical: string;
  names: Record<Lang, string>;
  kind: PropertyKind;
  /**
   * English spellings authors write by analogy with the Norwegian ones
   * (`Contributes to:` beside `Bidrar til:`): read as the key, not offered
   * in completion or did-you-mean.
   */
  english?: readonly string[];
}

export const GOAL_KEYS: readonly KeyDef[] = [
  { canonical: 'supports', names: { en: 'supports', nb: 'støtter', nn: 'støttar' }, kind: 'objectives' },
  { canonical: 'contributes', names: { en: 'contributes', nb: 'bidrar til', nn: 'bidreg til' }, kind: 'goal-refs', english: ['contributes to'] },
  { canonical: 'area', names: { en: 'area', nb: 'område', nn: 'område' }, kind: 'area' },
  { canonical: 'scope', names: { en: 'scope', nb: 'omfang', nn: 'omfang' }, kind: 'members' },
  { canonical: 'exempt', names: { en: 'exempt', nb: 'unntak', nn: 'unntak' }, kind: 'members' },
  { canonical: 'adopt', names: { en: 'adopt', nb: 'innføre', nn: 'innføre' }, kind: 'systems' },
  { canonical: 'retain', names: { en: 'retain', nb: 'beholde', nn: 'behalde' }, kind: 'systems' },
  { canonical: 'phase-out', names: { en: 'phase-out', nb: 'avvikle', nn: 'avvikle' }, kind: 'systems', english: ['phase out'] },
  { canonical: 'indicator', names: { en: 'indicator', nb: 'indikator', nn: 'indikator' }, kind: 'indicator' },
  { canonical: 'direction', names: { en: 'direction', nb: 'retning', nn: 'retning' }, kind: 'direction' },
  { canonical: 'baseline', names: { en: 'baseline', nb: 'utgangspunkt', nn: 'utgangspunkt' }, kind: 'number' },
  { canonical: 'target', names: { en: 'target', nb: 'målverdi', nn: 'målverdi' }, kind: 'number' },
  { canonical: 'start', names: { en: 'start', nb: 'fra', nn: 'frå' }, kind: 'date' },
  { canonical: 'deadline', names: { en: 'deadline', nb: 'frist', nn: 'frist' }, kind: 'date' },
  { canonical: 'need', names: { en: 'need', nb: 'behov', nn: 'behov' }, kind: 'text' },
  { canonical: 'benefit', names: { en: 'benefit', nb: 'gevinst', nn: 'gevinst' }, kind: 'text' },
  { canonical: 'requires', names: { en: 'requires', nb: 'krever', nn: 'krev' }, kind: 'requires' },
  { canonical: 'priority', names: { en: 'priority', nb: 'prioritet', nn: 'prioritet' }, kind: 'priority' },
  { canonical: 'status', names: { en: 'status', nb: 'status', nn: 'status' }, kind: 'status' },
  { canonical: 'accepts', names: { en: 'accepts', nb: 'aksepterer', nn: 'aksepterer' }, kind: 'accepts' },
  { canonical: 'responsible', names: { en: 'responsible', nb: 'ansvarlig', nn: 'ansvarleg' }, kind: 'text' },
];

/** Keys of a YAML goal entry that are structure, not properties. */
export const YAML_GOAL_STRUCTURE_KEYS: Record<string, readonly string[]> = {
  id: ['id'],
  title: ['title', 'tittel'],
  description: ['description', 'beskrivelse', 'skildring'],
  goals: ['goals', 'mål', 'delmål'],
};

/** A language written in `language:` (document head or samstemt.yaml), by code or by name: `nn`, `nynorsk` … */
export function languageOf(written: string): Lang | undefined {
  const l = keyOf(written);
  return l === 'nn' || l === 'nynorsk' ? 'nn' : l === 'nb' || l === 'bokmål' ? 'nb' : l === 'en' || l === 'english' ? 'en' : undefined;
}

/** Keys of a document's front matter / YAML top level. */
export const DOCUMENT_KEYS: Record<string, readonly string[]> = {
  owner: ['owner', 'eier', 'eigar'],
  title: ['title', 'tittel'],
  period: ['period', 'periode'],
  status: ['status'],
  goals: ['goals', 'mål'],
  language: ['language', 'språk', 'mållform', 'målform'],
};

export interface EnumDef {
  canonical: string;
  names: Record<Lang, string>;
  /** Further accepted spellings. */
  more?: string[];
}

export const ENUMS: Record<'direction' | 'priority' | 'status' | 'documentStatus', readonly EnumDef[]> = {
  direction: [
    // Also the nouns and comparatives plans write (`Retning: økning`, `reduksjon`, `lavere`), and nynorsk «minke».
    { canonical: 'increase', names: { en: 'increase', nb: 'øke', nn: 'auke' }, more: ['økes', 'opp', 'økning', 'øking', 'auking', 'høyere', 'høgare', 'increasing', 'higher', 'up'] },
    { canonical: 'decrease', names: { en: 'decrease', nb: 'redusere', nn: 'redusere' }, more: ['reduce', 'minske', 'minke', 'minking', 'ned', 'reduksjon', 'nedgang', 'lavere', 'lågare', 'reduction', 'decreasing', 'lower', 'down'] },
    { canonical: 'maintain', names: { en: 'maintain', nb: 'opprettholde', nn: 'halde oppe' }, more: ['halde ved lag', 'beholde'] },
  ],
  priority: [
    { canonical: 'high', names: { en: 'high', nb: 'høy', nn: 'høg' } },
    { canonical: 'medium', names: { en: 'medium', nb: 'middels', nn: 'middels' } },
    { canonical: 'low', names: { en: 'low', nb: 'lav', nn: 'låg' } },
  ],
  status: [
    { canonical: 'planned', names: { en: 'planned', nb: 'planlagt', nn: 'planlagt' } },
    { canonical: 'active', names: { en: 'active', nb: 'pågår', nn: 'pågår' }, more: ['aktiv'] },
    { canonical: 'done', names: { en: 'done', nb: 'fullført', nn: 'fullført' }, more: ['ferdig'] },
    { canonical: 'dropped', names: { en: 'dropped', nb: 'avbrutt', nn: 'avbroten' }, more: ['avbrote'] }, // «målet er avbrote»: the neuter form
  ],
  documentStatus: [
    { canonical: 'draft', names: { en: 'draft', nb: 'utkast', nn: 'utkast' } },
    { canonical: 'consultation', names: { en: 'consultation', nb: 'høring', nn: 'høyring' } },
    { canonical: 'adopted', names: { en: 'adopted', nb: 'vedtatt', nn: 'vedteke' }, more: ['vedteken'] },
  ],
};

/** A word table as a Map: a word from a file (`constructor`) never finds a property of Object. */
const words = (table: Record<string, string>): ReadonlyMap<string, string> => new Map(Object.entries(table));

/**
 * Words authors write for an enum value that are not one of its spellings
 * (`Status: in progress`, `Priority: critical`): not read as the value, which
 * the contract fixes, but offered as a did-you-mean, since no spelling is near
 * them. Keys are as `keyOf` gives them; values are the spelling offered, in
 * the language of the word.
 */
export const ENUM_NEAR_MISSES: Record<'direction' | 'priority' | 'status', ReadonlyMap<string, string>> = {
  direction: words({
    grow: 'increase', more: 'increase', raise: 'increase', rise: 'increase', increased: 'increase', growth: 'increase',
    less: 'decrease', fewer: 'decrease', cut: 'decrease', decreased: 'decrease', reduced: 'decrease',
    stable: 'maintain', keep: 'maintain', unchanged: 'maintain', same: 'maintain', hold: 'maintain', steady: 'maintain', stabil: 'opprettholde', uendret: 'opprettholde', uendra: 'halde oppe',
    // Goals that say how much (`halvere`, `doble`): the direction they imply.
    halvere: 'redusere', halvera: 'redusere', halvering: 'redusere', senke: 'redusere', kutte: 'redusere', halve: 'decrease', halving: 'decrease',
    doble: 'øke', dobling: 'øke', dobla: 'auke', heve: 'øke', double: 'increase', doubling: 'increase',
  }),
  priority: words({
    critical: 'high', urgent: 'high', top: 'high', 'very high': 'high', kritisk: 'høy',
    normal: 'medium', moderate: 'medium', average: 'medium', mid: 'medium', med: 'medium',
    minor: 'low', 'very low': 'low',
  }),
  status: words({
    'in progress': 'active', ongoing: 'active', started: 'active', underway: 'active', 'in process': 'active', 'under way': 'active', 'i gang': 'pågår', startet: 'pågår',
    pågående: 'pågår', pågåande: 'pågår', 'i arbeid': 'pågår', påbegynt: 'pågår', påbyrja: 'pågår',
    completed: 'done', complete: 'done', finished: 'done', closed: 'done', achieved: 'done', delivered: 'done', avsluttet: 'fullført', avslutta: 'fullført',
    ferdig: 'fullført', ferdigstilt: 'fullført', levert: 'fullført', gjennomført: 'fullført', 'under arbeid': 'pågår', igangsatt: 'pågår', aktiv: 'pågår', avlyst: 'avbrutt', skrinlagt: 'avbrutt', 'ikke påbegynt': 'planlagt', 'ikkje påbyrja': 'planlagt',
    cancelled: 'dropped', canceled: 'dropped', abandoned: 'dropped', stopped: 'dropped', withdrawn: 'dropped', kansellert: 'avbrutt', stoppet: 'avbrutt',
    'not started': 'planned', proposed: 'planned', upcoming: 'planned', 'ikke startet': 'planlagt', 'ikkje starta': 'planlagt',
  }),
};

interface KeyHit {
  def: KeyDef;
  /** Set when the spelling belongs to one language only. */
  lang?: Lang;
}

const keyTable = new Map<string, KeyHit>();
for (const def of GOAL_KEYS) {
  const langsBySpelling = new Map<string, Lang[]>();
  for (const l of ['en', 'nb', 'nn'] as Lang[]) {
    const s = def.names[l];
    langsBySpelling.set(s, [...(langsBySpelling.get(s) ?? []), l]);
  }
  for (const [spelling, langs] of langsBySpelling) {
    keyTable.set(spelling, langs.length === 1 ? { def, lang: langs[0]! } : { def });
  }
}
/** The spellings offered to authors (did-you-mean): the names of format.md. */
const offeredSpellings = [...keyTable.keys()];
for (const def of GOAL_KEYS) for (const spelling of def.english ?? []) keyTable.set(spelling, { def, lang: 'en' });

/** Looks up a goal property key in any language. */
export function lookupKey(raw: string): KeyHit | undefined {
  return keyTable.get(keyOf(raw));
}

/** All spellings of all goal keys (for did-you-mean). */
export function allKeySpellings(): string[] {
  return [...offeredSpellings];
}

export function keyDef(canonical: string): KeyDef | undefined {
  return GOAL_KEYS.find((k) => k.canonical === canonical);
}

/** The spelling of a canonical key in a language, e.g. `deadline` in nn → `Frist`. */
export function keyName(canonical: string, lang: Lang): string {
  const n = keyDef(canonical)?.names[lang] ?? canonical;
  return n.charAt(0).toUpperCase() + n.slice(1);
}

/** A canonical key as the author would write it in this document: `Støtter` in Markdown, `støtter` in YAML. */
export function keyInDocument(canonical: string, doc: StrategyDocument): string {
  const k = keyName(canonical, doc.lang);
  return doc.format === 'yaml' ? k.toLowerCase() : k;
}

/** Resolves an enum value in any language to its canonical name. */
export function lookupEnum(kind: keyof typeof ENUMS, raw: string): string | undefined {
  const k = keyOf(raw);
  for (const e of ENUMS[kind]) {
    if (Object.values(e.names).includes(k) || e.canonical === k || e.more?.includes(k)) return e.canonical;
  }
  return undefined;
}

/** The name of a canonical enum value in a language, e.g. direction `decrease` in nb → `redusere`. */
export function enumName(kind: keyof typeof ENUMS, canonical: string, lang: Lang): string {
  return ENUMS[kind].find((e) => e.canonical === canonical)?.names[lang] ?? canonical;
}

export function enumSpellings(kind: keyof typeof ENUMS, lang?: Lang): string[] {
  return ENUMS[kind].flatMap((e) => (lang ? [e.names[lang]] : [...new Set(Object.values(e.names))]));
}

/** Finds which canonical document key a raw front-matter key is. */
export function lookupDocumentKey(raw: string): string | undefined {
  const k = keyOf(raw);
  return Object.entries(DOCUMENT_KEYS).find(([, names]) => names.includes(k))?.[0];
}

export function lookupGoalStructureKey(raw: string): string | undefined {
  const k = keyOf(raw);
  return Object.entries(YAML_GOAL_STRUCTURE_KEYS).find(([, names]) => names.includes(k))?.[0];
}
