/**
 * The language of what users read: every message of every rule, the strings of
 * the language features (hover, completion, code lens) and the command line's
 * own messages, in nynorsk without bokmål forms and in bokmål without nynorsk
 * forms. The word lists hold only forms that are wrong in the other written
 * standard (not words both accept, like «også» or «begynne»).
 */
import { strict as assert } from 'node:assert';
import { allRules } from '../../server/src/rules/index.js';
import { localized, type Texts } from '../helpers/rules.js';
import { L } from '../../server/src/engine/language/strings.js';
import { cliText } from '../../server/src/cli/messages.js';
import type { Lang } from '../../server/src/engine/types.js';

/** Bokmål forms that nynorsk does not have (nynorsk: ikkje, kva, korleis, berre, nokon, vere, …). */
const BOKMAL_ONLY = [
  'ikke', 'hva', 'hvordan', 'hvis', 'bare', 'noen', 'noe', 'hvilke', 'hvilken', 'hvilket', 'være', 'disse', 'deres',
  'egen', 'eget', 'egne', 'uten', 'samme', 'mer', 'flere', 'hver', 'hvert', 'gjøre', 'gjør', 'fra', 'hvem', 'fant',
  'finner', 'finnes', 'ukjent', 'kjent', 'mulig', 'mulige', 'tjeneste', 'tjenester', 'ble', 'blitt', 'sier', 'allerede',
  'derfor', 'fortsatt', 'medlemmer', 'eier', 'eieren', 'innbyggere', 'virksomhet', 'virksomheter',
  'hvor', 'hvorfor', 'trenger', 'løsning', 'løsninger', 'begrunnelse', 'mye', 'ennå', 'annen', 'dere', 'vedtatt',
  'støtter', 'mangler', 'skrevet', 'spre', 'sjekket', 'enhet', 'ansvarlig',
];
/** Nynorsk forms that bokmål does not have. */
const NYNORSK_ONLY = [
  'ikkje', 'kva', 'korleis', 'berre', 'nokon', 'noko', 'vere', 'frå', 'kven', 'ukjend', 'kjend', 'medlemer', 'òg', 'eit',
  'ein', 'sjå', 'fekk', 'heiter', 'eigar', 'innbyggjarar', 'verksemd', 'teneste', 'tenester', 'mogleg', 'framleis',
];

const wordsOf = (list: readonly string[]) => new RegExp(`(?<![\\p{L}\\p{N}_-])(${list.join('|')})(?![\\p{L}\\p{N}_-])`, 'giu');
const NOT_NN = wordsOf(BOKMAL_ONLY);
const NOT_NB = wordsOf(NYNORSK_ONLY);

/** The prose of a message: code spans, placeholders and quoted examples («…») are not prose. */
const prose = (s: string) => s.replace(/`[^`]*`/g, ' ').replace(/\{[^}]*\}/g, ' ').replace(/«[^»]*»/g, ' ');


const CLI_KEYS = ['unknownOption', 'unknownCommand', 'unknownOptionMeant', 'unknownFramework', 'langValue', 'noSuchPath', 'cannotWrite'] as const;

function allTexts(): { where: string; texts: Texts }[] {
  const out: { where: string; texts: Texts }[] = [];
  for (const rule of allRules) {
    localized(rule.meta.description, `${rule.meta.id}.description`, out);
    localized(rule.meta.messages, `${rule.meta.id}.messages`, out);
  }
  localized(L, 'language strings', out);
  for (const key of CLI_KEYS) out.push({ where: `cli.${key}`, texts: { en: cliText('en', key), nb: cliText('nb', key), nn: cliText('nn', key) } });
  return out;
}

function offenders(lang: Lang, re: RegExp): string[] {
  const found: string[] = [];
  for (const { where, texts } of allTexts()) {
    const words = [...prose(texts[lang] ?? '').matchAll(re)].map((m) => m[1]!);
    if (words.length) found.push(`${where}: ${[...new Set(words)].join(', ')} in «${texts[lang]}»`);
  }
  return found;
}

/**
 * Programmers' words, in prose (a literal the user types, like `null`, stands in a code span): strategy
 * advisers read these messages.
 */
const JARGON = /(?<![\p{L}\p{N}_-])(enums?|parse|parsed|parsing|strings?|boolean|null|regex|scalar|array)(?![\p{L}\p{N}_])/giu; // «enum-verdi» too

describe('message language', () => {
  it('finds the messages it checks (rules, language features, command line)', () => {
    const all = allTexts();
    assert.ok(all.length > 200, `only ${all.length} messages`);
    assert.ok(all.some((m) => m.where.startsWith('language strings.')));
    assert.ok(all.some((m) => m.where.startsWith('cli.')));
  });

  it('writes nynorsk messages without bokmål forms', () => {
    assert.deepEqual(offenders('nn', NOT_NN), []);
  });

  it('writes bokmål messages without nynorsk forms', () => {
    assert.deepEqual(offenders('nb', NOT_NB), []);
  });

  it("uses no programmers' words in the prose of any language", () => {
    assert.deepEqual([...offenders('en', JARGON), ...offenders('nb', JARGON), ...offenders('nn', JARGON)], []);
  });
});
