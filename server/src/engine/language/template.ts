/**
 * What a new strategy document starts with (the VS Code command «New
 * strategy document»): the document head with its owner, period and status
 * (a document without an owner is an error once it is saved in a
 * cooperation), a title, and one goal — a heading with an ID, a line for what
 * the goal is about, and the property keys of a measurable goal linked to a
 * national objective — all in the message language. In snippet syntax
 * (`${1:…}` tab stops, as LSP and VS Code snippets write them), so the
 * editor steps through what is to be filled in. The goal keys come from the
 * vocabulary, so the template and the parser agree.
 */
import type { Lang, Localized } from '../types.js';
import { GOAL_KEYS, enumName } from '../model/vocabulary.js';

// Not the language service's tr (context.ts): the VS Code client bundles this module, and context.ts brings the whole model.
const tr = (lang: Lang, s: Localized): string => s[lang] ?? s.en;

/** The head's keys as authors of each language write them (format.md §2.1; `DOCUMENT_KEYS` reads them all). */
const HEAD_KEYS: Record<Lang, { owner: string; period: string; status: string }> = {
  en: { owner: 'owner', period: 'period', status: 'status' },
  nb: { owner: 'eier', period: 'periode', status: 'status' },
  nn: { owner: 'eigar', period: 'periode', status: 'status' },
};
const OWNER: Localized = { en: 'member-id', nb: 'medlem-id', nn: 'medlem-id' };
const DOCUMENT_TITLE: Localized = { en: 'Digitalisation strategy', nb: 'Digitaliseringsstrategi', nn: 'Digitaliseringsstrategi' };
const TITLE: Localized = { en: 'Title of the goal', nb: 'Tittel på målet', nn: 'Tittel på målet' };
const ID: Localized = { en: 'goal-id', nb: 'mal-id', nn: 'mal-id' };
const ABOUT: Localized = { en: 'What the goal achieves, and for whom.', nb: 'Hva målet skal oppnå, og for hvem.', nn: 'Kva målet skal oppnå, og for kven.' };

/** The properties the template lists: the link to a national objective, and what makes a goal measurable. */
const KEYS = ['supports', 'indicator', 'target', 'deadline'] as const;

function keyName(canonical: string, lang: Lang): string {
  const name = GOAL_KEYS.find((k) => k.canonical === canonical)!.names[lang];
  return name[0]!.toUpperCase() + name.slice(1);
}

/** The template in snippet syntax; the period starts in `year` (this year by default). */
export function strategyTemplate(lang: Lang, year = new Date().getFullYear()): string {
  const head = HEAD_KEYS[lang];
  const period = `${year}–${year + 3}`;
  const lines = [
    '---',
    `${head.owner}: \${1:${tr(lang, OWNER)}}`,
    `${head.period}: \${2:${period}}`,
    `${head.status}: ${enumName('documentStatus', 'draft', lang)}`,
    '---',
    '',
    `# \${3:${tr(lang, DOCUMENT_TITLE)} ${period}}`,
    '',
    `## \${4:${tr(lang, TITLE)}} {#\${5:${tr(lang, ID)}}}`,
    '',
    `\${6:${tr(lang, ABOUT)}}`,
    '',
  ];
  KEYS.forEach((k, i) => lines.push(`- ${keyName(k, lang)}: $${i + 7}`));
  return [...lines, '$0'].join('\n');
}

/**
 * The language of a new document's keys and words: the `samstemt.language`
 * setting when it names one; with `auto`, the editor's display language
 * when it is Norwegian. Otherwise bokmål: VS Code has no Norwegian display
 * language of its own, so most advisers run it in English and still write
 * their strategies in Norwegian.
 */
export function templateLang(setting: string, displayLanguage: string): Lang {
  if (setting === 'nb' || setting === 'nn' || setting === 'en') return setting;
  const l = displayLanguage.toLowerCase();
  return l.startsWith('nn') ? 'nn' : 'nb';
}
