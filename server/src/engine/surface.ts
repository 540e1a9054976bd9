/**
 * Where a finding is read: in the terminal or CI (`cli`), or in an editor
 * through the language server (`editor`). Advice that depends on it — how to
 * list the national objectives — is a phrase a message names like data
 * (`{listObjectives}`); the runner fills it in for the run's surface, so the
 * CLI keeps its command and the editor says what to do in the editor.
 */
import type { Lang, Localized } from './types.js';

export type Surface = 'cli' | 'editor';

/** The phrases by name, per surface. Lower-case clauses that fit in parentheses; `…Sentence`: a sentence of its own. */
const PHRASES: Record<string, Record<Surface, Localized>> = {
  // Where a reader of the alignment report finds the errors it names (the editor's report view shows the same page).
  seeErrors: {
    cli: { en: 'see samstemt check', nb: 'se samstemt check', nn: 'sjå samstemt check' },
    editor: { en: 'see the Problems panel', nb: 'se panelet Problemer', nn: 'sjå panelet Problem' },
  },
  listObjectives: {
    cli: { en: 'run `samstemt objectives` to list them', nb: 'kjør `samstemt objectives` for å se dem', nn: 'køyr `samstemt objectives` for å sjå dei' },
    editor: {
      // A clause inside the message's parentheses: no parentheses of its own.
      en: 'press Ctrl+Space after the colon to see them, or run the command «Samstemt: List national objectives»',
      nb: 'trykk Ctrl+mellomrom etter kolonet for å se dem, eller bruk kommandoen «Samstemt: Vis nasjonale mål»',
      nn: 'trykk Ctrl+mellomrom etter kolonet for å sjå dei, eller bruk kommandoen «Samstemt: Vis nasjonale mål»',
    },
  },
  listObjectivesSentence: {
    cli: { en: 'Run `samstemt objectives` to list them.', nb: 'Kjør `samstemt objectives` for å se dem.', nn: 'Køyr `samstemt objectives` for å sjå dei.' },
    editor: {
      en: 'The suggestions after the colon list them (Ctrl+Space), and so does the command «Samstemt: List national objectives».',
      nb: 'Forslagene etter kolonet viser dem (Ctrl+mellomrom), og det gjør også kommandoen «Samstemt: Vis nasjonale mål».',
      nn: 'Framlegga etter kolonet viser dei (Ctrl+mellomrom), og det gjer også kommandoen «Samstemt: Vis nasjonale mål».',
    },
  },
};

const cache = new Map<string, Readonly<Record<string, string>>>();

/** The phrases for `surface` in `lang`, as data for `render` (the same object per surface and language). */
export function surfaceData(surface: Surface, lang: Lang): Readonly<Record<string, string>> {
  const key = `${surface}:${lang}`;
  let data = cache.get(key);
  if (!data) {
    data = Object.fromEntries(Object.entries(PHRASES).map(([name, p]) => [name, p[surface][lang] ?? p[surface].en]));
    cache.set(key, data);
  }
  return data;
}
