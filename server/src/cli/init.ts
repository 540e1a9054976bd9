/** `samstemt init`: scaffold a workspace with samstemt.yaml and one example strategy document. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from './args.js';
import { UsageError, type CliIo } from './io.js';

const CONFIG = `# Samstemt: one cooperation's strategies, linted together.
cooperation: Mitt samarbeid
language: nb                 # nb | nn | en
frameworks: [DS19, DN30]     # national strategies to align with
documents:
  - "strategier/**/*.md"
  - "strategier/**/*.yaml"
members:
  kommune-a: { name: Kommune A, kind: kommune, population: 12000 }
  selskapet: { name: IKT-selskapet AS, kind: selskap }
resources:
  utviklingskapasitet: { owner: selskapet, capacity: 6, unit: årsverk }
`;

const EXAMPLE = `---
owner: kommune-a
title: Digitaliseringsstrategi for Kommune A
period: 2025–2028
status: utkast
---

# Digitaliseringsstrategi for Kommune A

## Digital byggesak {#digital-byggesak}

Innbyggere og næringsliv skal kunne søke, følge og få svar i byggesaker digitalt.

- Område: innbyggertjenester
- Støtter: DS19-M2
- Indikator: andel digitale byggesøknader
- Målverdi: 90 %
- Frist: 2027-12-31
- Behov: Byggesaker kommer i dag på papir og e-post og tar lang tid å behandle.
- Gevinst: Kortere saksbehandlingstid og færre henvendelser.
`;

export function runInit(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, [], []);
  const dir = path.resolve(io.cwd, args.positionals[0] ?? '.');
  const config = path.join(dir, 'samstemt.yaml');
  const example = path.join(dir, 'strategier', 'kommune-a.strategy.md');
  for (const f of [config, example]) if (existsSync(f)) throw new UsageError(`${path.relative(io.cwd, f) || f} already exists; init never overwrites files`);
  mkdirSync(path.dirname(example), { recursive: true });
  writeFileSync(config, CONFIG);
  writeFileSync(example, EXAMPLE);
  io.stdout(`Created ${path.relative(io.cwd, config)} and ${path.relative(io.cwd, example)}.\nNext: edit the members, then run \`samstemt check ${path.relative(io.cwd, dir) || '.'}\`.\n`);
  return 0;
}
