/**
 * Bad and hostile input on the Kvitstein IKT fixture (test/fixtures/hostile11,
 * expectations in its EXPECTED.md): names that Object.prototype also has
 * (`constructor`, `__proto__`, `toString`, …) in every place a name from a
 * file is looked up, settings of the wrong YAML shape, and hostile files
 * generated in a temporary copy for the CLI and the language server. Each
 * gives a clear diagnostic at the place it is about, and nothing of
 * JavaScript's own objects (`function Object() { [native code] }`,
 * `[object Object]`) ever reaches a message or a quick fix.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, textAt, type TestDiagnostic } from '../helpers/workspace.js';
import { REPO } from '../helpers/paths.js';

const FIXTURE = path.join(REPO, 'test/fixtures/hostile11');

/** The fixture's files, with paths relative to its root. */
function fixtureFiles(): Record<string, string> {
  const files: Record<string, string> = { 'samstemt.yaml': readFileSync(path.join(FIXTURE, 'samstemt.yaml'), 'utf8') };
  for (const name of ['bratthamar.md', 'kvitstein-ikt.md', 'ramnoy.md', 'solvik.yaml']) files[`strategiar/${name}`] = readFileSync(path.join(FIXTURE, 'strategiar', name), 'utf8');
  return files;
}

const only = (diags: TestDiagnostic[], file: string, rule?: string) => diags.filter((d) => d.file === file && (!rule || d.rule === rule));

/** Text of JavaScript's own objects, which only a lookup that reached Object.prototype can produce. */
const LEAKED = /function Object|native code|\[object Object\]|undefined|null/;

/** Asserts that no message and no quick fix of `diags` carries what LEAKED matches, and that every fix writes text. */
function assertNothingLeaked(diags: TestDiagnostic[]): void {
  for (const d of diags) {
    assert.doesNotMatch(d.message, LEAKED, `${d.rule} message: ${d.message}`);
    for (const f of d.fixes ?? []) {
      for (const e of f.edits) {
        assert.equal(typeof e.newText, 'string', `${d.rule} fix writes ${JSON.stringify(e.newText)}`);
        assert.doesNotMatch(e.newText, LEAKED, `${d.rule} fix writes ${e.newText}`);
      }
    }
  }
}

describe('robustness hostile11: hostile names and shapes on the Kvitstein IKT fixture', function () {
  this.timeout(60000);

  it('the fixture as checked in: one uniform-mandate on «alle», no error or warning', function () {
    const files = fixtureFiles();
    const diags = analyze(files);
    assert.deepEqual(diags.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => `${d.file} ${d.rule}: ${d.message}`), []);
    const mandate = diags.filter((d) => d.rule === 'uniform-mandate');
    assert.equal(mandate.length, 1);
    assert.equal(mandate[0]!.file, 'strategiar/kvitstein-ikt.md');
    assert.deepEqual(mandate[0]!.range, { start: { line: 13, character: 10 }, end: { line: 13, character: 14 } });
    assert.equal(textAt(files, mandate[0]!), 'alle');
    assert.match(mandate[0]!.message, /Bratthamar kommune.*31 000.*Ramnøy kommune.*640/);
  });

  it('a month named `constructor` or `__proto__` in a date is no month: a plain invalid-value, no fix made of JavaScript', function () {
    const files = fixtureFiles();
    files['strategiar/ramnoy.md'] += '\n## Sikker pålogging {#sikker-palogging}\n\n- Område: sikkerhet\n- Fra: 1. constructor 2025\n- Frist: constructor 2026\n- Støtter: DS19-I9\n';
    files['strategiar/solvik.yaml'] += '  - id: single-sign-on\n    title: Single sign-on\n    area: sikkerhet\n    start: constructor 2025\n    deadline: __proto__ 2026\n    supports: DS19-I9\n';
    const diags = analyze(files);
    const md = only(diags, 'strategiar/ramnoy.md', 'invalid-value');
    assert.deepEqual(md.map((d) => textAt(files, d)), ['1. constructor 2025', 'constructor 2026']);
    const yaml = only(diags, 'strategiar/solvik.yaml', 'invalid-value');
    assert.deepEqual(yaml.map((d) => textAt(files, d)), ['constructor 2025', '__proto__ 2026']);
    assertNothingLeaked([...md, ...yaml]);
  });

  it('`Retning`, `Prioritet`, `Status` written as `constructor` or `__proto__`: invalid-value with the allowed values, no did-you-mean made of JavaScript', function () {
    const files = fixtureFiles();
    files['strategiar/bratthamar.md'] += '\n## Betre nettsider {#betre-nettsider}\n\n- Område: innbyggertjenester\n- Retning: constructor\n- Prioritet: constructor\n- Status: constructor ferdig\n- Frist: 2026\n- Støttar: DS19-M2\n';
    files['strategiar/solvik.yaml'] += '  - id: open-data\n    title: Open data\n    area: innbyggertjenester\n    direction: __proto__\n    priority: __proto__\n    status: __proto__\n    deadline: 2026\n    supports: DS19-M4\n';
    const diags = analyze(files);
    const md = only(diags, 'strategiar/bratthamar.md', 'invalid-value');
    assert.deepEqual(md.map((d) => textAt(files, d)), ['constructor', 'constructor', 'constructor ferdig']);
    const yaml = only(diags, 'strategiar/solvik.yaml', 'invalid-value');
    assert.deepEqual(yaml.map((d) => textAt(files, d)), ['__proto__', '__proto__', '__proto__']);
    for (const d of [...md, ...yaml]) assert.match(d.message, /Tillatte verdier: \S+, \S+/, d.message);
    assertNothingLeaked([...md, ...yaml]);
    // `ferdig` still reads as the status it is a near miss for.
    assert.match(md[2]!.message, /fullført/);
  });

  it('a period key `constructor`, `__proto__` or `toString` is an unknown period key, as any other word', function () {
    for (const key of ['constructor', '__proto__', 'toString']) {
      const files = fixtureFiles();
      files['strategiar/ramnoy.md'] = files['strategiar/ramnoy.md'].replace('period: 2025–2028', `period: {${key}: 2025, til: 2028}`);
      files['strategiar/solvik.yaml'] = files['strategiar/solvik.yaml'].replace('period: 2025–2028', `period: {${key}: 2025, to: 2028}`);
      const diags = analyze(files);
      for (const file of ['strategiar/ramnoy.md', 'strategiar/solvik.yaml']) {
        const unknown = only(diags, file, 'unknown-property');
        assert.deepEqual(unknown.map((d) => textAt(files, d)), [key], `${key} in ${file}: ${JSON.stringify(only(diags, file).map((d) => d.message))}`);
        assert.ok(unknown[0]!.message.includes(key), unknown[0]!.message);
        // With only its end read, the period has no start: said so once, on the period.
        assert.deepEqual(only(diags, file, 'invalid-value').map((d) => d.message.match(/ingen start/)?.[0]), ['ingen start']);
        assertNothingLeaked(only(diags, file));
      }
    }
  });
});
