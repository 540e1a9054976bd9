/**
 * Which goal key an unknown key was meant to be (`Fristt`, `Tidsfrist`, `Frist
 * for innføring` → `deadline`): the did-you-mean of `unknown-property`, and
 * what the rules that would add a key ask, so that they leave such a line to
 * that finding instead of writing a second one.
 */
import { allKeySpellings, GOAL_KEYS, lookupKey, YAML_GOAL_STRUCTURE_KEYS } from './vocabulary.js';
import { guess, type Guess } from '../text/normalize.js';
import type { Goal, Lang, Property } from '../types.js';

/** A YAML goal structure key's name in `lang` (`title`, `tittel`). */
export function structureName(names: readonly string[], lang: Lang): string {
  return lang === 'en' ? names[0]! : lang === 'nb' ? (names[1] ?? names[0]!) : (names[2] ?? names[1] ?? names[0]!);
}

/** Every spelling of the YAML goal structure keys, and which key each is. */
const STRUCTURE_SPELLINGS = new Map(Object.entries(YAML_GOAL_STRUCTURE_KEYS).flatMap(([canonical, names]) => names.map((n) => [n, canonical] as const)));

/**
 * The closest key, written as the author writes keys: in the document's
 * language, capitalised like the typo. In a YAML goal the structure keys
 * (`tittel`/`title`, `id`, …) are candidates too.
 */
export function suggestKey(raw: string, lang: Lang, yaml = false, given: (canonical: string) => boolean = () => false): Guess | undefined {
  // Spellings of one key in three languages are one candidate.
  const candidates = yaml ? [...allKeySpellings(), ...STRUCTURE_SPELLINGS.keys()] : allKeySpellings();
  const g =
    guess(raw.toLowerCase(), candidates, (spelling) => lookupKey(spelling)?.def.canonical ?? `structure:${STRUCTURE_SPELLINGS.get(spelling)}`) ??
    keyWithWordsAfter(raw, candidates) ??
    otherWordFor(raw, given);
  if (!g) return undefined;
  const structure = lookupKey(g.text) ? undefined : STRUCTURE_SPELLINGS.get(g.text);
  // Offer the key in the document's language: `Fristt` → `Frist`, `Støtte` in nn → `Støttar`.
  const inLang = structure ? structureName(YAML_GOAL_STRUCTURE_KEYS[structure]!, lang) : GOAL_KEYS.find((k) => Object.values(k.names).includes(g.text))!.names[lang];
  return { text: /^\p{Lu}/u.test(raw) ? inLang.charAt(0).toUpperCase() + inLang.slice(1) : inLang, sure: g.sure };
}

/**
 * The goal key (canonical) an unknown key most likely stands for, as
 * `unknown-property` offers it (`Fristt`, `Tidsfrist`, `Frist for innføring` →
 * `deadline`).
 */
export function meantKey(raw: string, yaml: boolean): string | undefined {
  const g = suggestKey(raw, 'en', yaml);
  return g ? lookupKey(g.text)?.def.canonical : undefined;
}

/**
 * The first property of `goal` written under a misspelt key meant as one of
 * `keys` (`Fristt: 2027` for `deadline`), with a value that `filled` accepts.
 * A rule that would add such a key leaves the line to `unknown-property`'s
 * finding instead: a second line would contradict what the author wrote.
 */
export function misspeltProperty(goal: Goal, yaml: boolean, keys: readonly string[], filled: (value: string) => boolean = () => true): Property | undefined {
  return goal.properties.find((p) => !p.known && p.value !== '' && filled(p.value) && keys.includes(meantKey(p.rawKey, yaml) ?? ''));
}

/**
 * Words plans use for a key that are not misspellings of it (`Måltall: 80 %` is
 * the target, `Tidsfrist: 2026` the deadline): offered, not sure. `Mål` is not
 * among them: it as often introduces the goal's own text.
 */
const OTHER_WORDS: Readonly<Record<string, string>> = {
  måltall: 'target',
  måltal: 'target',
  målnivå: 'target',
  'target value': 'target',
  tidsfrist: 'deadline',
  sluttdato: 'deadline',
  'due date': 'deadline',
  nullpunkt: 'baseline',
  nullpunktsmåling: 'baseline',
  'dagens verdi': 'baseline',
  ansvar: 'responsible',
};

function otherWordFor(raw: string, given: (canonical: string) => boolean): Guess | undefined {
  const canonical = OTHER_WORDS[raw.toLowerCase().replace(/\s+/g, ' ').trim()];
  // Beside the key itself (`Målverdi: 80 %` and `Måltall: 85 %`) the line is something else, or a second value.
  const def = canonical && !given(canonical) && GOAL_KEYS.find((k) => k.canonical === canonical);
  return def ? { text: def.names.nb, sure: false } : undefined;
}

/**
 * A key with more words after it, as authors write it: `Frå og med`, `Ansvarleg
 * eining`, `Frist for innføring` → the longest key the words start with. Not
 * sure: the words after it may say something the key does not.
 */
function keyWithWordsAfter(raw: string, candidates: readonly string[]): Guess | undefined {
  const written = raw.toLowerCase().replace(/\s+/g, ' ');
  let best: string | undefined;
  for (const c of candidates) if (written.startsWith(`${c} `) && (!best || c.length > best.length)) best = c;
  return best === undefined ? undefined : { text: best, sure: false };
}
