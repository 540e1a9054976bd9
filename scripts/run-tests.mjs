// Runs the compiled mocha suites (out/test/**/*.test.js) and ends with the plain
// "N passed, N failed" line that CI reads. Usage: node scripts/run-tests.mjs [filter...]
// (a test file runs when its path contains any of the filters; "test/rules" matches out/test/rules/…)
import Mocha from 'mocha';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const filters = process.argv.slice(2);
const root = 'out/test';
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.js') && (filters.length === 0 || filters.some((f) => p.includes(f)))) files.push(p);
  }
})(root);

const mocha = new Mocha({ reporter: 'spec', timeout: 20000, forbidOnly: Boolean(process.env.CI) });
for (const f of files) mocha.addFile(path.resolve(f));
await mocha.loadFilesAsync();
let passed = 0;
let failed = 0;
const runner = mocha.run(() => {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
});
runner.on('pass', () => passed++);
runner.on('fail', () => failed++);
