/**
 * Editor settings. Only editor concerns live here; rules and severities are
 * configured in `samstemt.yaml`, shared with the CLI.
 *
 * `samstemt.language`: `auto` (follow the editor's display language) | nb | nn | en.
 */
import type { Lang } from '../engine/types.js';

export type LanguageSetting = 'auto' | Lang;

export interface Settings {
  language: LanguageSetting;
}

export const DEFAULT_SETTINGS: Settings = { language: 'auto' };

/**
 * The settings a client sent (`samstemt` section), over `base`: a value the
 * client does not provide (a null section, a missing key) keeps the base's
 * (the initialization options, then the defaults).
 */
export function readSettings(raw: unknown, base: Settings = DEFAULT_SETTINGS): Settings {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  if (typeof o.language !== 'string') return { ...base };
  const l = o.language.toLowerCase();
  return { language: l === 'nb' || l === 'nn' || l === 'en' ? l : 'auto' };
}

/**
 * The message language for a setting and the client's locale (`initializeParams.locale`):
 * `nb`, `no`, `nb-NO` → nb; `nn` → nn; `en…` → en; anything else follows the workspace.
 */
/**
 * The editor's language choice: an explicit setting applies to every
 * workspace; with `auto`, the display language only fills in for workspaces
 * whose samstemt.yaml sets no `language:` (so the editor and CI agree).
 */
export function resolveLanguage(setting: LanguageSetting, locale: string | undefined): { lang?: Lang; defaultLang?: Lang } {
  if (setting !== 'auto') return { lang: setting };
  const fromLocale = localeLang(locale);
  return fromLocale ? { defaultLang: fromLocale } : {};
}

function localeLang(locale: string | undefined): Lang | undefined {
  const l = (locale ?? '').toLowerCase();
  if (l.startsWith('nn')) return 'nn';
  if (l.startsWith('nb') || l === 'no' || l.startsWith('no-')) return 'nb';
  if (l.startsWith('en')) return 'en';
  return undefined;
}
