/**
 * `samstemt init`: scaffold a workspace with samstemt.yaml and one example
 * strategy document. Creates whichever of the two is missing and leaves an
 * existing one untouched (saying so), as a second run must not fail or
 * overwrite an adviser's edits.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, single } from './args.js';
import { parseLang, writeOutput } from './check.js';
import type { Lang } from '../engine/types.js';
import { keyName } from '../engine/model/vocabulary.js';
import { configKeyName, DEFAULT_DOCUMENTS } from '../engine/model/config.js';
import { parseMarkdown } from '../engine/parse/markdown.js';
import { parseYamlDocument } from '../engine/parse/yamlDocument.js';
import { UsageError, type CliIo } from './io.js';
import { guessLang } from './messages.js';
import { cooperationAt } from './workspaceSetup.js';

/** The words of the scaffold in one language; the keys come from the vocabulary. */
interface Words {
  cooperation: string;
  /** Folder of the strategy documents. */
  folder: string;
  member: { id: string; name: string };
  company: { id: string; name: string };
  resource: { id: string; unit: string };
  status: string;
  strategy: string;
  goal: { id: string; title: string; text: string; indicator: string; need: string; benefit: string };
  /** The comments of samstemt.yaml. */
  notes: { head: string; language: string; frameworks: string };
}

const NB: Words = {
  cooperation: 'Mitt samarbeid',
  folder: 'strategier',
  member: { id: 'kommune-a', name: 'Kommune A' },
  company: { id: 'selskapet', name: 'IKT-selskapet AS' },
  resource: { id: 'utviklingskapasitet', unit: 'årsverk' },
  status: 'utkast',
  strategy: 'Digitaliseringsstrategi for Kommune A',
  goal: {
    id: 'digital-byggesak',
    title: 'Digital byggesak',
    text: 'Innbyggere og næringsliv skal kunne søke, følge og få svar i byggesaker digitalt.',
    indicator: 'andel digitale byggesøknader',
    need: 'Byggesaker kommer i dag på papir og e-post og tar lang tid å behandle.',
    benefit: 'Kortere saksbehandlingstid og færre henvendelser.',
  },
  notes: { head: 'Samstemt: strategiene i ett samarbeid, sjekket sammen.', language: 'språk for meldinger', frameworks: 'nasjonale strategier å støtte' },
};

const WORDS: Record<Lang, Words> = {
  nb: NB,
  nn: {
    ...NB,
    cooperation: 'Samarbeidet vårt',
    folder: 'strategiar',
    goal: {
      id: 'digital-byggjesak',
      title: 'Digital byggjesak',
      text: 'Innbyggjarar og næringsliv skal kunne søkje, følgje og få svar i byggjesaker digitalt.',
      indicator: 'del digitale byggjesøknader',
      need: 'Byggjesakene kjem i dag på papir og e-post og tek lang tid å handsame.',
      benefit: 'Kortare sakshandsamingstid og færre førespurnader.',
    },
    notes: { head: 'Samstemt: strategiane i eitt samarbeid, sjekka saman.', language: 'språk for meldingar', frameworks: 'nasjonale strategiar å støtte' },
  },
  en: {
    cooperation: 'Our cooperation',
    folder: 'strategies',
    member: { id: 'municipality-a', name: 'Municipality A' },
    company: { id: 'ict-company', name: 'The ICT company' },
    resource: { id: 'development-capacity', unit: 'FTE' },
    status: 'draft',
    strategy: 'Digital strategy for Municipality A',
    goal: {
      id: 'digital-building-permits',
      title: 'Digital building permits',
      text: 'Residents and businesses can apply for, follow and get answers on building permits online.',
      indicator: 'share of building permit applications made online',
      need: 'Applications arrive on paper and by e-mail and take long to process.',
      benefit: 'Shorter processing times and fewer enquiries.',
    },
    notes: { head: "Samstemt: one cooperation's strategies, linted together.", language: 'language of messages', frameworks: 'national strategies to align with' },
  },
};

/** samstemt.yaml with its keys in the language of the scaffold (every setting has nb and nn names). */
function configText(lang: Lang, w: Words, found: Existing): string {
  const k = (canonical: string) => configKeyName(canonical, lang);
  const fields = (pairs: [string, string][]) => `{ ${pairs.map(([key, v]) => `${k(key)}: ${v}`).join(', ')} }`;
  // Strategy documents already in the folder (named as a folder without samstemt.yaml is read) stay
  // in the check, and their owners become members, rather than drop out silently.
  const globs = found.files.length > 0 ? DEFAULT_DOCUMENTS.map((g) => `  - "${g}"\n`).join('') : '';
  const owners = found.owners.filter((o) => o !== w.member.id && o !== w.company.id).map((o) => `  ${o}: ${fields([['name', o]])}\n`).join('');
  return `# ${w.notes.head}
${k('cooperation')}: ${w.cooperation}
${k('language')}: ${lang}  # nb | nn | en: ${w.notes.language}
${k('frameworks')}: [DS19, DN30]  # ${w.notes.frameworks}
${k('documents')}:
  - "${w.folder}/**/*.md"
  - "${w.folder}/**/*.yaml"
${globs}${k('members')}:
${owners}  ${w.member.id}: ${fields([['name', w.member.name], ['kind', 'kommune'], ['population', '12000']])}
  ${w.company.id}: ${fields([['name', w.company.name], ['kind', 'selskap']])}
${k('resources')}:
  ${w.resource.id}: ${fields([['owner', w.company.id], ['capacity', '6'], ['unit', w.resource.unit]])}
`;
}

/** The example goal supports a DS19 and a DN30 objective, so a fresh workspace checks without errors or warnings (only objective-uncovered infos). */
function exampleText(lang: Lang, w: Words): string {
  const item = (key: string, value: string) => `- ${keyName(key, lang)}: ${value}\n`;
  return `---
owner: ${w.member.id}
title: ${w.strategy}
period: 2025–2028
status: ${w.status}
---

# ${w.strategy}

## ${w.goal.title} {#${w.goal.id}}

${w.goal.text}

${item('area', 'innbyggertjenester')}${item('supports', 'DS19-M2, DN30-M3')}${item('indicator', w.goal.indicator)}${item('target', '90 %')}${item('deadline', '2027-12-31')}${item('need', w.goal.need)}${item('benefit', w.goal.benefit)}`;
}

export function runInit(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, ['lang'], []);
  const chosen = parseLang(single(args, 'lang'));
  // The scaffold is in bokmål unless --lang says otherwise; what goes wrong is said as in every
  // command: in the language --lang chooses, else the cooperation's (init may run inside one), else nb.
  const lang = chosen ?? 'nb';
  const messageLang = chosen ?? guessLang(argv, io.cwd);
  if (args.positionals.length > 1) throw new UsageError('initOnePath', {}, messageLang);
  const words = WORDS[lang];
  const dir = path.resolve(io.cwd, args.positionals[0] ?? '.');
  // DIR, or a folder above it, that is a file: say so, in plain words.
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(d)) {
      if (!statSync(d).isDirectory()) throw new UsageError('initNotFolder', { path: path.relative(io.cwd, d) || d }, messageLang);
      break;
    }
    if (path.dirname(d) === d) break;
  }
  const config = path.join(dir, 'samstemt.yaml');
  const example = path.join(dir, words.folder, `${words.member.id}.strategy.md`);
  // What is there already stays as it is; the rest is created (a second run, or an example kept from an earlier one).
  const kept = [config, example].filter((f) => existsSync(f));
  const created: string[] = [];
  const shown = (f: string) => path.relative(io.cwd, f) || f;
  if (!kept.includes(config)) {
    // A kept example is not listed as found (it is one of the two files above); its owner still becomes a member if it was changed.
    const found = existingDocuments(dir, example);
    writeOutput(io.cwd, shown(config), configText(lang, words, found), messageLang);
    created.push(config);
    if (found.files.length > 0) {
      const files = found.files.slice(0, 3).map(shown).join(', ') + (found.files.length > 3 ? ', …' : '');
      io.stdout(FOUND_TEXT[lang][found.files.length === 1 ? 'one' : 'many'].replace('{count}', String(found.files.length)).replace('{files}', files));
    }
  }
  // A cooperation that is already set up gets no example: its owner is no member, and the check would fail on it.
  const documents = kept.includes(config) && !kept.includes(example) ? cooperationDocuments(dir) : 0;
  if (!kept.includes(example) && documents === 0) {
    writeOutput(io.cwd, shown(example), exampleText(lang, words), messageLang);
    created.push(example);
  }
  const list = (files: string[]) => files.map(shown).join(` ${AND[lang]} `);
  if (created.length) io.stdout(INIT_TEXT[lang].replace('{files}', () => list(created)));
  if (kept.length) io.stdout(KEPT_TEXT[lang][kept.length === 1 ? 'one' : 'many'].replace('{files}', () => list(kept)));
  if (documents > 0) io.stdout(NO_EXAMPLE_TEXT[lang][documents === 1 ? 'one' : 'many'].replace('{count}', String(documents)));
  io.stdout(NEXT_TEXT[lang].replace('{dir}', shellWord(path.relative(io.cwd, dir) || '.')));
  return 0;
}

/** How many strategy documents the cooperation whose samstemt.yaml is in `dir` has, by its own `documents` globs. */
function cooperationDocuments(dir: string): number {
  return cooperationAt(dir).ws?.documents.length ?? 0;
}

/** A path as one word to copy into a shell: quoted when it has spaces or other special characters. */
function shellWord(p: string): string {
  return /^[\p{L}\p{N}_./+@:=-]+$/u.test(p) ? p : `'${p.replace(/'/g, "'\\''")}'`;
}

/** Strategy documents with the default names under `dir`, and the owners they name (valid IDs only). */
interface Existing {
  files: string[];
  owners: string[];
}

/** At most this many folder entries are looked at: init stays quick in a folder such as a home directory. */
const MAX_ENTRIES = 20_000;

/** The documents under `dir` but `example` (a kept scaffold), and the owners of all of them. */
function existingDocuments(dir: string, example: string): Existing {
  const files: string[] = [];
  const owners = new Set<string>();
  const pending = [dir];
  let seen = 0;
  while (pending.length > 0 && seen < MAX_ENTRIES) {
    const folder = pending.pop()!;
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
    for (const e of entries) {
      if (++seen > MAX_ENTRIES) break;
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = path.join(folder, e.name);
      if (e.isDirectory()) pending.push(full);
      else if (e.isFile() && /\.strategy\.(?:md|ya?ml)$/i.test(e.name)) files.push(full);
    }
  }
  files.sort();
  for (const f of files) {
    try {
      if (statSync(f).size > 2_000_000) continue;
      const text = readFileSync(f, 'utf8');
      const doc = /\.md$/i.test(f) ? parseMarkdown(f, text) : parseYamlDocument(f, text);
      const owner = doc.owner?.value;
      if (owner && /^[a-zæøå0-9][a-zæøå0-9-]*$/.test(owner)) owners.add(owner);
    } catch {
      // An unreadable document is reported by check; init only scaffolds.
    }
  }
  return { files: files.filter((f) => f !== example), owners: [...owners] };
}

/** What `init` says when the folder already holds strategy documents: one, or {count} of them. */
const FOUND_TEXT: Record<Lang, { one: string; many: string }> = {
  en: {
    one: 'Found a strategy document that was already here ({files}): samstemt.yaml includes it, and lists its owner as a member.\n',
    many: 'Found {count} strategy documents that were already here ({files}): samstemt.yaml includes them, and lists their owners as members.\n',
  },
  nb: {
    one: 'Fant et strategidokument som lå her fra før ({files}): samstemt.yaml tar det med og fører opp eieren som medlem.\n',
    many: 'Fant {count} strategidokumenter som lå her fra før ({files}): samstemt.yaml tar dem med og fører opp eierne deres som medlemmer.\n',
  },
  nn: {
    one: 'Fann eit strategidokument som låg her frå før ({files}): samstemt.yaml tek det med og fører opp eigaren som medlem.\n',
    many: 'Fann {count} strategidokument som låg her frå før ({files}): samstemt.yaml tek dei med og fører opp eigarane deira som medlemer.\n',
  },
};

/** What `init` says when it has created files ({files}: one, or two joined with AND). */
const INIT_TEXT: Record<Lang, string> = {
  en: 'Created {files}.\n',
  nb: 'Laget {files}.\n',
  nn: 'Laga {files}.\n',
};

const AND: Record<Lang, string> = { en: 'and', nb: 'og', nn: 'og' };

/** What `init` says about the files that were there already and left as they were. */
const KEPT_TEXT: Record<Lang, { one: string; many: string }> = {
  en: {
    one: 'Left {files} as it was: it was already there (init never overwrites files).\n',
    many: 'Left {files} as they were: they were already there (init never overwrites files).\n',
  },
  nb: {
    one: 'Lot {files} stå urørt, siden den fantes fra før (init overskriver aldri filer).\n',
    many: 'Lot {files} stå urørt, siden de fantes fra før (init overskriver aldri filer).\n',
  },
  nn: {
    one: 'Lét {files} stå urørt, sidan ho fanst frå før (init skriv aldri over filer).\n',
    many: 'Lét {files} stå urørt, sidan dei fanst frå før (init skriv aldri over filer).\n',
  },
};

/** What `init` says when samstemt.yaml was there and the cooperation already has strategy documents. */
const NO_EXAMPLE_TEXT: Record<Lang, { one: string; many: string }> = {
  en: { one: 'The cooperation already has a strategy document, so init added no example.\n', many: 'The cooperation already has {count} strategy documents, so init added no example.\n' },
  nb: { one: 'Samarbeidet har allerede et strategidokument, så init la ikke til noe eksempel.\n', many: 'Samarbeidet har allerede {count} strategidokumenter, så init la ikke til noe eksempel.\n' },
  nn: { one: 'Samarbeidet har alt eit strategidokument, så init la ikkje til noko døme.\n', many: 'Samarbeidet har alt {count} strategidokument, så init la ikkje til noko døme.\n' },
};

/** The next step, in the language the scaffold is in. */
const NEXT_TEXT: Record<Lang, string> = {
  en: 'Next: edit the members, then run `samstemt check {dir}`.\n',
  nb: 'Neste steg: rett opp medlemmene, og kjør så `samstemt check {dir}`.\n',
  nn: 'Neste steg: rett opp medlemene, og køyr så `samstemt check {dir}`.\n',
};
