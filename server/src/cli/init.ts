/** `samstemt init`: scaffold a workspace with samstemt.yaml and one example strategy document. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, single } from './args.js';
import { parseLang } from './check.js';
import type { Lang } from '../engine/types.js';
import { UsageError, type CliIo } from './io.js';

/** What `init` writes, in the language the cooperation writes its strategies in. */
interface Scaffold {
  /** Folder of the strategy documents. */
  folder: string;
  config: string;
  /** File name and text of the example strategy document. */
  example: [string, string];
}

const config = (lang: Lang, cooperation: string, folder: string, members: string, resources: string) => `# Samstemt: one cooperation's strategies, linted together.
cooperation: ${cooperation}
language: ${lang}                 # nb | nn | en
frameworks: [DS19, DN30]     # national strategies to align with
documents:
  - "${folder}/**/*.md"
  - "${folder}/**/*.yaml"
members:
${members}resources:
${resources}`;

const SCAFFOLDS: Record<Lang, Scaffold> = {
  nb: {
    folder: 'strategier',
    config: config(
      'nb',
      'Mitt samarbeid',
      'strategier',
      '  kommune-a: { name: Kommune A, kind: kommune, population: 12000 }\n  selskapet: { name: IKT-selskapet AS, kind: selskap }\n',
      '  utviklingskapasitet: { owner: selskapet, capacity: 6, unit: årsverk }\n',
    ),
    example: [
      'kommune-a.strategy.md',
      `---
owner: kommune-a
title: Digitaliseringsstrategi for Kommune A
period: 2025–2028
status: utkast
---

# Digitaliseringsstrategi for Kommune A

## Digital byggesak {#digital-byggesak}

Innbyggere og næringsliv skal kunne søke, følge og få svar i byggesaker digitalt.

- Område: innbyggertjenester
- Støtter: DS19-M2, DN30-M3
- Indikator: andel digitale byggesøknader
- Målverdi: 90 %
- Frist: 2027-12-31
- Behov: Byggesaker kommer i dag på papir og e-post og tar lang tid å behandle.
- Gevinst: Kortere saksbehandlingstid og færre henvendelser.
`,
    ],
  },
  nn: {
    folder: 'strategiar',
    config: config(
      'nn',
      'Samarbeidet vårt',
      'strategiar',
      '  kommune-a: { name: Kommune A, kind: kommune, population: 12000 }\n  selskapet: { name: IKT-selskapet AS, kind: selskap }\n',
      '  utviklingskapasitet: { owner: selskapet, capacity: 6, unit: årsverk }\n',
    ),
    example: [
      'kommune-a.strategy.md',
      `---
owner: kommune-a
title: Digitaliseringsstrategi for Kommune A
period: 2025–2028
status: utkast
---

# Digitaliseringsstrategi for Kommune A

## Digital byggjesak {#digital-byggjesak}

Innbyggjarar og næringsliv skal kunne søkje, følgje og få svar i byggjesaker digitalt.

- Område: innbyggertjenester
- Støttar: DS19-M2, DN30-M3
- Indikator: del digitale byggjesøknader
- Målverdi: 90 %
- Frist: 2027-12-31
- Behov: Byggjesakene kjem i dag på papir og e-post og tek lang tid å handsame.
- Gevinst: Kortare sakshandsamingstid og færre førespurnader.
`,
    ],
  },
  en: {
    folder: 'strategies',
    config: config(
      'en',
      'Our cooperation',
      'strategies',
      '  municipality-a: { name: Municipality A, kind: kommune, population: 12000 }\n  ict-company: { name: The ICT company, kind: selskap }\n',
      '  development-capacity: { owner: ict-company, capacity: 6, unit: FTE }\n',
    ),
    example: [
      'municipality-a.strategy.md',
      `---
owner: municipality-a
title: Digital strategy for Municipality A
period: 2025–2028
status: draft
---

# Digital strategy for Municipality A

## Digital building permits {#digital-building-permits}

Residents and businesses can apply for, follow and get answers on building permits online.

- Area: innbyggertjenester
- Supports: DS19-M2, DN30-M3
- Indicator: share of building permit applications made online
- Target: 90 %
- Deadline: 2027-12-31
- Need: Applications arrive on paper and by e-mail and take long to process.
- Benefit: Shorter processing times and fewer enquiries.
`,
    ],
  },
};

export function runInit(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, ['lang'], []);
  const scaffold = SCAFFOLDS[parseLang(single(args, 'lang')) ?? 'nb'];
  const dir = path.resolve(io.cwd, args.positionals[0] ?? '.');
  const config = path.join(dir, 'samstemt.yaml');
  const example = path.join(dir, scaffold.folder, scaffold.example[0]);
  for (const f of [config, example]) if (existsSync(f)) throw new UsageError(`${path.relative(io.cwd, f) || f} already exists; init never overwrites files`);
  mkdirSync(path.dirname(example), { recursive: true });
  writeFileSync(config, scaffold.config);
  writeFileSync(example, scaffold.example[1]);
  io.stdout(`Created ${path.relative(io.cwd, config)} and ${path.relative(io.cwd, example)}.\nNext: edit the members, then run \`samstemt check ${path.relative(io.cwd, dir) || '.'}\`.\n`);
  return 0;
}
