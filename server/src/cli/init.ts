/** `samstemt init`: scaffold a workspace with samstemt.yaml and one example strategy document. */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, single } from './args.js';
import { parseLang, writeOutput } from './check.js';
import type { Lang } from '../engine/types.js';
import { keyName } from '../engine/model/vocabulary.js';
import { configKeyName } from '../engine/model/config.js';
import { UsageError, type CliIo } from './io.js';

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
function configText(lang: Lang, w: Words): string {
  const k = (canonical: string) => configKeyName(canonical, lang);
  const fields = (pairs: [string, string][]) => `{ ${pairs.map(([key, v]) => `${k(key)}: ${v}`).join(', ')} }`;
  return `# ${w.notes.head}
${k('cooperation')}: ${w.cooperation}
${k('language')}: ${lang}  # nb | nn | en: ${w.notes.language}
${k('frameworks')}: [DS19, DN30]  # ${w.notes.frameworks}
${k('documents')}:
  - "${w.folder}/**/*.md"
  - "${w.folder}/**/*.yaml"
${k('members')}:
  ${w.member.id}: ${fields([['name', w.member.name], ['kind', 'kommune'], ['population', '12000']])}
  ${w.company.id}: ${fields([['name', w.company.name], ['kind', 'selskap']])}
${k('resources')}:
  ${w.resource.id}: ${fields([['owner', w.company.id], ['capacity', '6'], ['unit', w.resource.unit]])}
`;
}

/** The example goal supports a DS19 and a DN30 objective, so a fresh workspace checks without findings. */
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
  const lang = parseLang(single(args, 'lang')) ?? 'nb';
  if (args.positionals.length > 1) throw new UsageError('initOnePath', {}, lang);
  const words = WORDS[lang];
  const dir = path.resolve(io.cwd, args.positionals[0] ?? '.');
  // DIR, or a folder above it, that is a file: say so, in plain words.
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(d)) {
      if (!statSync(d).isDirectory()) throw new UsageError('initNotFolder', { path: path.relative(io.cwd, d) || d }, lang);
      break;
    }
    if (path.dirname(d) === d) break;
  }
  const config = path.join(dir, 'samstemt.yaml');
  const example = path.join(dir, words.folder, `${words.member.id}.strategy.md`);
  for (const f of [config, example]) if (existsSync(f)) throw new UsageError('initExists', { file: path.relative(io.cwd, f) || f }, lang);
  writeOutput(io.cwd, path.relative(io.cwd, config), configText(lang, words), lang);
  writeOutput(io.cwd, path.relative(io.cwd, example), exampleText(lang, words), lang);
  io.stdout(
    INIT_TEXT[lang]
      .replace('{config}', path.relative(io.cwd, config))
      .replace('{example}', path.relative(io.cwd, example))
      .replace('{dir}', shellWord(path.relative(io.cwd, dir) || '.')),
  );
  return 0;
}

/** A path as one word to copy into a shell: quoted when it has spaces or other special characters. */
function shellWord(p: string): string {
  return /^[\p{L}\p{N}_./+@:=-]+$/u.test(p) ? p : `'${p.replace(/'/g, "'\\''")}'`;
}

/** What `init` says when it has scaffolded, in the language it scaffolds in. */
const INIT_TEXT: Record<Lang, string> = {
  en: 'Created {config} and {example}.\nNext: edit the members, then run `samstemt check {dir}`.\n',
  nb: 'Laget {config} og {example}.\nNeste steg: rett opp medlemmene, og kjør så `samstemt check {dir}`.\n',
  nn: 'Laga {config} og {example}.\nNeste steg: rett opp medlemene, og køyr så `samstemt check {dir}`.\n',
};
