// The long run of the property-based robustness tests (test/robustness/property.test.ts):
// many more generated documents than `npm test` runs, a fresh seed each time unless one
// is given, and a count of the cases that passed.
//
//   npm run fuzz                                   2000 cases per property, random seed
//   SAMSTEMT_FUZZ_RUNS=10000 npm run fuzz          more cases
//   SAMSTEMT_FUZZ_SEED=1234 npm run fuzz           replay a run (the seed is printed)
//
// Expects the compiled tests in out/ (`npm run fuzz` compiles first).
import Mocha from 'mocha';
import path from 'node:path';
import { existsSync } from 'node:fs';

process.env.SAMSTEMT_FUZZ_RUNS ||= '2000';
process.env.SAMSTEMT_FUZZ_SEED ||= String(Math.floor(Math.random() * 2 ** 31));
const file = path.resolve('out/test/robustness/property.test.js');
if (!existsSync(file)) {
  console.error(`fuzz: ${file} is missing; compile first (npx tsc -p tsconfig.json)`);
  process.exit(2);
}

console.log(`fuzz: ${process.env.SAMSTEMT_FUZZ_RUNS} cases per property, seed ${process.env.SAMSTEMT_FUZZ_SEED}`);
const started = Date.now();
const mocha = new Mocha({ reporter: 'spec', timeout: 0 });
mocha.addFile(file);
await mocha.loadFilesAsync();
let failed = 0;
mocha.run(() => {
  const tally = globalThis.__samstemtFuzz;
  const cases = tally ? tally.properties.reduce((n, p) => n + p.cases, 0) : 0;
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  console.log(`\nfuzz: ${cases} cases passed, ${failed} propert${failed === 1 ? 'y' : 'ies'} failed (seed ${process.env.SAMSTEMT_FUZZ_SEED}, ${minutes} min)`);
  if (failed) console.log(`fuzz: replay with SAMSTEMT_FUZZ_SEED=${process.env.SAMSTEMT_FUZZ_SEED} SAMSTEMT_FUZZ_RUNS=${process.env.SAMSTEMT_FUZZ_RUNS} npm run fuzz`);
  process.exitCode = failed ? 1 : 0;
}).on('fail', () => failed++);
