/**
 * The goal a new strategy document starts with (the VS Code command «New
 * strategy document»): a goal heading with an ID, a line for what the goal
 * is about, and the property keys of a measurable goal linked to a national
 * objective, in the message language. In snippet syntax (`${1:…}` tab
 * stops, as LSP and VS Code snippets write them), so the editor steps
 * through what is to be filled in. The keys come from the vocabulary, so
 * the template and the parser agree.
 */
import type { Lang, Localized } from '../types.js';
import { GOAL_KEYS } from '../model/vocabulary.js';

// Not the language service's tr (context.ts): the VS Code client bundles this module, and context.ts brings the whole model.
const tr = (lang: Lang, s: Localized): string => s[lang] ?? s.en;

const TITLE: Localized = { en: 'Title of the goal', nb: 'Tittel på målet', nn: 'Tittel på målet' };
const ID: Localized = { en: 'goal-id', nb: 'mal-id', nn: 'mal-id' };
const ABOUT: Localized = { en: 'What the goal achieves, and for whom.', nb: 'Hva målet skal oppnå, og for hvem.', nn: 'Kva målet skal oppnå, og for kven.' };

/** The properties the template lists: the link to a national objective, and what makes a goal measurable. */
const KEYS = ['supports', 'indicator', 'target', 'deadline'] as const;

function keyName(canonical: string, lang: Lang): string {
  const name = GOAL_KEYS.find((k) => k.canonical === canonical)!.names[lang];
  return name[0]!.toUpperCase() + name.slice(1);
}

/** The template in snippet syntax. */
export function strategyTemplate(lang: Lang): string {
  const lines = [`## \${1:${tr(lang, TITLE)}} {#\${2:${tr(lang, ID)}}}`, '', `\${3:${tr(lang, ABOUT)}}`, ''];
  KEYS.forEach((k, i) => lines.push(`- ${keyName(k, lang)}: $${i + 4}`));
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
