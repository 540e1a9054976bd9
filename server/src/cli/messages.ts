/**
 * The command line's own messages (errors, usage errors, notices) in nb, nn
 * and en: one table per language. Option names and values (`--format`,
 * `json`, `nb`) stay literal in every language.
 *
 * The language of a run: `--lang`, else the `language` of the nearest
 * samstemt.yaml above the path given (or the current folder), else nb.
 */
import { readFileSync, statSync } from 'node:fs';
import { nearestConfigDir } from '../node/nodeHost.js';
import path from 'node:path';
import type { Lang } from '../engine/types.js';
import { parseConfig } from '../engine/model/config.js';

const EN = {
  needsValue: '--{name} needs a value',
  outputEmpty: '--output needs a file name, but its value is empty (- is standard output)',
  unknownOption: 'unknown option {option}; see samstemt --help',
  optionBeforeCommand: 'the command comes first, then its options: samstemt {command} {option} …; see samstemt --help',
  unknownOptionMeant: 'unknown option {option}; did you mean --{meant}?',
  onlyOnce: '--{name} may be given only once',
  unknownCommand: 'unknown command "{command}"; see samstemt --help',
  unknownCommandMeant: 'unknown command "{command}"; did you mean "{meant}"? see samstemt --help',
  internalError: 'internal error: {message}\nPlease report this with the file that caused it.',
  ruleFailed: 'internal error in rule {rule} (the other rules ran): {message}',
  langValue: '--lang must be nb, nn or en (got "{value}")',
  ruleSyntax: '--rule takes ID=SEVERITY, e.g. --rule goal-unlinked=off (got "{value}")',
  ruleUnknownMeant: '--rule: there is no rule "{id}"; did you mean "{meant}"?',
  ruleUnknown: '--rule: there is no rule "{id}"; the rules are {rules}',
  ruleSeverity: '--rule: severity must be one of {values} (got "{value}")',
  ruleSeverityMeant: '--rule: severity must be one of {values} (got "{value}"); did you mean "{meant}"?',
  formatValue: '--format must be one of {values} (got "{value}")',
  maxWarnings: '--max-warnings takes a whole number, such as 0 or 10, or -1 for no limit (got "{value}")',
  limitValue: '--limit takes a whole number greater than 0 (got "{value}")',
  cannotWrite: 'cannot write {file}: {reason}',
  writeFailed: 'could not write the output: {reason}',
  noSuchPath: 'no such file or folder: {path}',
  outsideDocuments: 'samstemt: {file} is not one of the strategy documents {config} names under documents, so it is not checked\n',
  nothingToCheck: 'nothing to check under {dir}: no samstemt.yaml and no strategy documents (the default names are *.strategy.md, *.strategy.yaml and *.strategy.yml)',
  tooManyWarnings: 'samstemt: {count} warnings, more than --max-warnings {max} allows; exit code 1.\n',
  tooManyWarnings1: 'samstemt: 1 warning, more than --max-warnings {max} allows; exit code 1.\n',
  reportOnePath: 'report takes one PATH (the folder with samstemt.yaml, or a file or folder inside it)',
  noWorkspace: 'found no strategies under {path} (a folder with samstemt.yaml, or strategy documents)',
  badEpoch: 'samstemt: SOURCE_DATE_EPOCH is not a whole number of seconds ("{value}"), so it is ignored and today\'s date is used\n',
  suggestUsage: 'usage: samstemt suggest FILE[#goal-id]',
  notAFile: '{file} is not a file',
  notStrategy: '{file} is not a strategy document',
  noGoal: 'no goal "{goal}" in {file}; goals: {goals}',
  noGoalId: 'no goal ID after # in {spec}: write {file}#ID (goals: {goals}), or {file} alone for all of them',
  noGoals: '{file} has no goals (headings with {#id}), so there is nothing to suggest',
  unknownFramework: 'unknown framework "{id}"; known frameworks: {ids}',
  initNotFolder: '{path} is a file, not a folder',
  objectivesOnePath: 'objectives takes one PATH (the folder with samstemt.yaml, or a file or folder inside it)',
  initOnePath: 'init takes one DIR (the folder to create samstemt.yaml in)',
  reasonENOENT: 'the folder does not exist',
  reasonEACCES: 'permission denied',
  brokenLinkPath: '{path} is a symbolic link to a file or folder that does not exist',
  reasonBrokenLink: 'it is a symbolic link to a file that does not exist',
  reasonEOUTSIDE: 'it is a symbolic link to a file outside the folders checked, which Samstemt does not read',
  unreadableFile: 'samstemt: cannot read {file} ({reason}), so it was not checked\n',
  unreadableFolder: 'samstemt: cannot read the folder {folder} ({reason}), so the strategies in it were not checked\n',
  reasonENOTDIR: 'part of the path is a file, not a folder',
  reasonEISDIR: 'it is a folder',
  reasonFolderPath: 'a file name is needed, not a folder (the path ends in a slash)',
  reasonIsInput: 'samstemt reads it as a strategy document or settings file (give --output another file name)',
  reasonENOSPC: 'the disk is full',
  reasonEROFS: 'the disk is read-only',
};

export type MessageKey = keyof typeof EN;

const NB: Record<MessageKey, string> = {
  needsValue: '--{name} trenger en verdi',
  outputEmpty: '--output trenger et filnavn, men verdien er tom (- er standard utdata)',
  unknownOption: 'ukjent valg {option}; se samstemt --help',
  optionBeforeCommand: 'kommandoen står først, så valgene: samstemt {command} {option} …; se samstemt --help',
  unknownOptionMeant: 'ukjent valg {option}; mente du --{meant}?',
  onlyOnce: '--{name} kan bare gis én gang',
  unknownCommand: 'ukjent kommando «{command}»; se samstemt --help',
  unknownCommandMeant: 'ukjent kommando «{command}»; mente du «{meant}»? Se samstemt --help',
  internalError: 'intern feil: {message}\nMeld gjerne fra om dette, sammen med filen som utløste det.',
  ruleFailed: 'intern feil i regelen {rule} (de andre reglene ble kjørt): {message}',
  langValue: '--lang må være nb, nn eller en (fikk «{value}»)',
  ruleSyntax: '--rule tar ID=ALVORLIGHETSGRAD, for eksempel --rule goal-unlinked=off (fikk «{value}»)',
  ruleUnknownMeant: '--rule: det finnes ingen regel «{id}»; mente du «{meant}»?',
  ruleUnknown: '--rule: det finnes ingen regel «{id}»; reglene er {rules}',
  ruleSeverity: '--rule: alvorlighetsgraden må være en av {values} (fikk «{value}»)',
  ruleSeverityMeant: '--rule: alvorlighetsgraden må være en av {values} (fikk «{value}»); mente du «{meant}»?',
  formatValue: '--format må være en av {values} (fikk «{value}»)',
  maxWarnings: '--max-warnings tar et helt tall, for eksempel 0 eller 10, eller -1 for ingen grense (fikk «{value}»)',
  limitValue: '--limit tar et helt tall større enn 0 (fikk «{value}»)',
  cannotWrite: 'kan ikke skrive {file}: {reason}',
  writeFailed: 'kunne ikke skrive resultatet: {reason}',
  noSuchPath: 'finner ingen fil eller mappe som heter {path}',
  outsideDocuments: 'samstemt: {file} er ikke blant strategidokumentene {config} lister under documents, så den blir ikke sjekket\n',
  nothingToCheck: 'ingenting å sjekke under {dir}: ingen samstemt.yaml og ingen strategidokumenter (standardnavnene er *.strategy.md, *.strategy.yaml og *.strategy.yml)',
  tooManyWarnings: 'samstemt: {count} advarsler, flere enn --max-warnings {max} tillater; avslutningskode 1.\n',
  tooManyWarnings1: 'samstemt: 1 advarsel, mer enn --max-warnings {max} tillater; avslutningskode 1.\n',
  reportOnePath: 'report tar bare én sti (mappen med samstemt.yaml, eller en fil eller mappe inni den)',
  noWorkspace: 'fant ingen strategier under {path} (en mappe med samstemt.yaml, eller strategidokumenter)',
  badEpoch: 'samstemt: SOURCE_DATE_EPOCH er ikke et helt antall sekunder («{value}»), så den blir ikke brukt, og dagens dato gjelder\n',
  suggestUsage: 'bruk: samstemt suggest FIL[#mål-id]',
  notAFile: '{file} er ikke en fil',
  notStrategy: '{file} er ikke et strategidokument',
  noGoal: 'finner ikke målet «{goal}» i {file}; målene er: {goals}',
  noGoalId: 'ingen mål-ID etter # i {spec}: skriv {file}#ID (målene er: {goals}), eller bare {file} for alle',
  noGoals: '{file} har ingen mål (overskrifter med {#id}), så det er ingenting å foreslå',
  unknownFramework: 'ukjent rammeverk «{id}»; kjente rammeverk: {ids}',
  initNotFolder: '{path} er en fil, ikke en mappe',
  objectivesOnePath: 'objectives tar bare én sti (mappen med samstemt.yaml, eller en fil eller mappe inni den)',
  initOnePath: 'init tar bare én mappe (der samstemt.yaml skal lages)',
  reasonENOENT: 'mappen finnes ikke',
  reasonEACCES: 'mangler tillatelse',
  brokenLinkPath: '{path} er en symbolsk lenke til en fil eller mappe som ikke finnes',
  reasonBrokenLink: 'det er en symbolsk lenke til en fil som ikke finnes',
  reasonEOUTSIDE: 'det er en symbolsk lenke til en fil utenfor mappene som sjekkes, og slike leser ikke Samstemt',
  unreadableFile: 'samstemt: kan ikke lese {file} ({reason}), så den ble ikke sjekket\n',
  unreadableFolder: 'samstemt: kan ikke lese mappen {folder} ({reason}), så strategiene i den ble ikke sjekket\n',
  reasonENOTDIR: 'en del av stien er en fil, ikke en mappe',
  reasonEISDIR: 'det er en mappe',
  reasonFolderPath: 'trenger et filnavn, ikke en mappe (stien slutter med skråstrek)',
  reasonIsInput: 'samstemt leser den som strategidokument eller innstillingsfil (gi --output et annet filnavn)',
  reasonENOSPC: 'disken er full',
  reasonEROFS: 'disken er skrivebeskyttet',
};

const NN: Record<MessageKey, string> = {
  needsValue: '--{name} treng ein verdi',
  outputEmpty: '--output treng eit filnamn, men verdien er tom (- er standard utdata)',
  unknownOption: 'ukjend val {option}; sjå samstemt --help',
  optionBeforeCommand: 'kommandoen står først, så vala: samstemt {command} {option} …; sjå samstemt --help',
  unknownOptionMeant: 'ukjend val {option}; meinte du --{meant}?',
  onlyOnce: '--{name} kan berre givast éin gong',
  unknownCommand: 'ukjend kommando «{command}»; sjå samstemt --help',
  unknownCommandMeant: 'ukjend kommando «{command}»; meinte du «{meant}»? Sjå samstemt --help',
  internalError: 'intern feil: {message}\nMeld gjerne frå om dette, saman med fila som utløyste det.',
  ruleFailed: 'intern feil i regelen {rule} (dei andre reglane vart køyrde): {message}',
  langValue: '--lang må vere nb, nn eller en (fekk «{value}»)',
  ruleSyntax: '--rule tek ID=ALVORSGRAD, til dømes --rule goal-unlinked=off (fekk «{value}»)',
  ruleUnknownMeant: '--rule: det finst ingen regel «{id}»; meinte du «{meant}»?',
  ruleUnknown: '--rule: det finst ingen regel «{id}»; reglane er {rules}',
  ruleSeverity: '--rule: alvorsgraden må vere ein av {values} (fekk «{value}»)',
  ruleSeverityMeant: '--rule: alvorsgraden må vere ein av {values} (fekk «{value}»); meinte du «{meant}»?',
  formatValue: '--format må vere ein av {values} (fekk «{value}»)',
  maxWarnings: '--max-warnings tek eit heilt tal, til dømes 0 eller 10, eller -1 for inga grense (fekk «{value}»)',
  limitValue: '--limit tek eit heilt tal større enn 0 (fekk «{value}»)',
  cannotWrite: 'kan ikkje skrive {file}: {reason}',
  writeFailed: 'kunne ikkje skrive resultatet: {reason}',
  noSuchPath: 'finn inga fil eller mappe som heiter {path}',
  outsideDocuments: 'samstemt: {file} er ikkje blant strategidokumenta {config} listar under documents, så ho blir ikkje sjekka\n',
  nothingToCheck: 'ingenting å sjekke under {dir}: ingen samstemt.yaml og ingen strategidokument (standardnamna er *.strategy.md, *.strategy.yaml og *.strategy.yml)',
  tooManyWarnings: 'samstemt: {count} åtvaringar, fleire enn --max-warnings {max} tillèt; avslutningskode 1.\n',
  tooManyWarnings1: 'samstemt: 1 åtvaring, meir enn --max-warnings {max} tillèt; avslutningskode 1.\n',
  reportOnePath: 'report tek berre éin sti (mappa med samstemt.yaml, eller ei fil eller mappe inni ho)',
  noWorkspace: 'fann ingen strategiar under {path} (ei mappe med samstemt.yaml, eller strategidokument)',
  badEpoch: 'samstemt: SOURCE_DATE_EPOCH er ikkje eit heilt tal sekund («{value}»), så han blir ikkje brukt, og dagens dato gjeld\n',
  suggestUsage: 'bruk: samstemt suggest FIL[#mål-id]',
  notAFile: '{file} er ikkje ei fil',
  notStrategy: '{file} er ikkje eit strategidokument',
  noGoal: 'finn ikkje målet «{goal}» i {file}; måla er: {goals}',
  noGoalId: 'ingen mål-ID etter # i {spec}: skriv {file}#ID (måla er: {goals}), eller berre {file} for alle',
  noGoals: '{file} har ingen mål (overskrifter med {#id}), så det er ingenting å føreslå',
  unknownFramework: 'ukjend rammeverk «{id}»; kjende rammeverk: {ids}',
  initNotFolder: '{path} er ei fil, ikkje ei mappe',
  objectivesOnePath: 'objectives tek berre éin sti (mappa med samstemt.yaml, eller ei fil eller mappe inni ho)',
  initOnePath: 'init tek berre éi mappe (der samstemt.yaml skal lagast)',
  reasonENOENT: 'mappa finst ikkje',
  reasonEACCES: 'manglar løyve',
  brokenLinkPath: '{path} er ei symbolsk lenkje til ei fil eller mappe som ikkje finst',
  reasonBrokenLink: 'det er ei symbolsk lenkje til ei fil som ikkje finst',
  reasonEOUTSIDE: 'det er ei symbolsk lenkje til ei fil utanfor mappene som blir sjekka, og slike les ikkje Samstemt',
  unreadableFile: 'samstemt: kan ikkje lese {file} ({reason}), så ho vart ikkje sjekka\n',
  unreadableFolder: 'samstemt: kan ikkje lese mappa {folder} ({reason}), så strategiane i ho vart ikkje sjekka\n',
  reasonENOTDIR: 'ein del av stien er ei fil, ikkje ei mappe',
  reasonEISDIR: 'det er ei mappe',
  reasonFolderPath: 'treng eit filnamn, ikkje ei mappe (stigen sluttar med skråstrek)',
  reasonIsInput: 'samstemt les ho som strategidokument eller innstillingsfil (gi --output eit anna filnamn)',
  reasonENOSPC: 'disken er full',
  reasonEROFS: 'disken er skriveverna',
};

const TEXTS: Record<Lang, Record<MessageKey, string>> = { en: EN, nb: NB, nn: NN };

/** A message with its `{name}` placeholders filled in (other braces, such as `{#id}`, are left alone). */
export function cliText(lang: Lang, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return TEXTS[lang][key].replace(/\{(\w[\w-]*)\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
}

/** Why a file operation failed, in plain words (no ENOENT), from a Node error. */
export function reasonOf(e: unknown, lang: Lang): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  // mkdir -p through a file says EEXIST: a part of the path is a file.
  const key = code === 'EPERM' ? 'reasonEACCES' : code === 'EEXIST' ? 'reasonENOTDIR' : `reason${code}`;
  if (key in EN) return cliText(lang, key as MessageKey);
  // An unusual error: Node's own words, without the code and the syscall.
  const message = e instanceof Error ? e.message : String(e);
  return message.replace(/^[A-Z][A-Z0-9_]+: /, '').replace(/, \w+ '.*'$/, '');
}

/** The `language` of the nearest samstemt.yaml at or above `start` (a file or folder), if one says so. */
export function configLanguage(start: string): Lang | undefined {
  let dir = start;
  try {
    if (statSync(start).isFile()) dir = path.dirname(start);
  } catch {
    dir = path.dirname(start);
  }
  const root = nearestConfigDir(dir);
  if (!root) return undefined;
  try {
    const cfg = parseConfig('file:///samstemt.yaml', readFileSync(path.join(root, 'samstemt.yaml'), 'utf8'), []);
    return cfg.languageSet ? cfg.language : undefined;
  } catch {
    return undefined;
  }
}

/** The options that take a value, in any command (so that their values are not taken for paths). */
const VALUED = new Set(['format', 'output', 'max-warnings', 'rule', 'lang', 'framework', 'limit']);

/**
 * The language of a run's messages before (or without) its analysis: a valid
 * `--lang`, else the configured language of the first path's workspace (or
 * the current folder's), else nb.
 */
export function guessLang(argv: readonly string[], cwd: string): Lang {
  let first: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      first ??= argv[i + 1];
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      first ??= a;
      continue;
    }
    const eq = a.indexOf('=');
    const name = (eq > 0 ? a.slice(0, eq) : a).replace(/^-+/, '');
    const value = eq > 0 ? a.slice(eq + 1) : VALUED.has(name) ? argv[++i] : undefined;
    const lang = name === 'lang' ? value?.trim().toLowerCase() : undefined;
    if (lang === 'nb' || lang === 'nn' || lang === 'en') return lang;
  }
  // `suggest FILE#goal`: the file.
  const start = first !== undefined ? path.resolve(cwd, first.replace(/#[^/\\]*$/, '')) : cwd;
  return configLanguage(start) ?? 'nb';
}
