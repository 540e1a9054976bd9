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
import { appendFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InMemoryHost, analyze, createTestEngine, textAt, type TestDiagnostic } from '../helpers/workspace.js';
import { complete } from '../../server/src/engine/language/completion.js';
import { hover } from '../../server/src/engine/language/hover.js';
import { allRules } from '../../server/src/rules/index.js';
import { REPO } from '../helpers/paths.js';
import { applyFix } from '../helpers/fixes.js';
import { runCliGuarded, tempFolders } from '../helpers/cli.js';
import { LspClient, uriOf } from '../lsp/harness.js';

const FIXTURE = path.join(REPO, 'test/fixtures/hostile11');

/** The fixture's files, with paths relative to its root. */
function fixtureFiles(): Record<string, string> {
  const files: Record<string, string> = { 'samstemt.yaml': readFileSync(path.join(FIXTURE, 'samstemt.yaml'), 'utf8') };
  for (const name of ['bratthamar.md', 'kvitstein-ikt.md', 'ramnoy.md', 'solvik.yaml']) files[`strategiar/${name}`] = readFileSync(path.join(FIXTURE, 'strategiar', name), 'utf8');
  return files;
}

/** A temporary copy of the fixture, for hostile files that are not committed. */
const tempFolder = tempFolders();
const copyFixture = () => tempFolder('samstemt-hostile11-', FIXTURE);

/** The CLI as a process: never hangs the suite, never prints a stack trace or an internal error. */
const cli = (args: string[], cwd: string) => runCliGuarded(args, cwd, /\n\s+at .+:\d+:\d+\)?|intern feil|internal error/);

/** A strategy of `constructor` written with every hostile name in every place a name goes (Markdown). */
const HOSTILE_MD = `---
owner: constructor
title: __proto__
period: {constructor: 2025, to: 2028}
__proto__: x
---

## Mål {#constructor}

- Område: toString
- Omfang: hasOwnProperty, prototype, \`__proto__\`
- Unntak: valueOf
- Krever: constructor 2
- Indikator: constructor
- Retning: constructor
- Status: constructor ferdig
- Frist: constructor 2026
- Støtter: DS19-M2, constructor, toString
- Bidrar til: kvitstein-ikt#constructor, toString#x, __proto__#constructor
- Aksepterer: constructor#prototype — fordi
- Constructor: x

### Del {#__proto__}

- Frist: 2026
`;

/** The same in YAML, owned by `__proto__`. */
const HOSTILE_YAML = `owner: __proto__
goals:
  - id: __proto__
    title: constructor
    area: constructor
    direction: __proto__
    status: constructor
    supports: [toString, constructor]
    contributes: [constructor#__proto__, "#constructor"]
    requires: {constructor: 2, __proto__: 1}
    accepts: toString#valueOf — x
    __proto__: {polluted: yes}
    goals:
      - id: constructor
        title: x
`;

const only = (diags: TestDiagnostic[], file: string, rule?: string) => diags.filter((d) => d.file === file && (!rule || d.rule === rule));

/** Text of JavaScript's own objects, which only a lookup that reached Object.prototype can produce. */
const LEAKED = /function Object|native code|\[object Object\]|undefined|null/;

/** What only JavaScript's own objects print (LSP answers legitimately hold `null`). */
const LEAKED_JS = /function Object|native code|\[object Object\]|"newText":null/;

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

  it('a file name or a goal title holding a line break and `::error …` starts no workflow command in a CI log (stylish, junit, github)', function () {
    // GitHub Actions reads every line of a job's output whose first non-blank characters are `::` as a command.
    const dir = copyFixture();
    const config = readFileSync(path.join(dir, 'samstemt.yaml'), 'utf8');
    writeFileSync(path.join(dir, 'samstemt.yaml'), config.replace('  - "strategiar/**/*.yaml"\n', '  - "strategiar/**/*.yaml"\n  - "*root.md"\n'));
    const doc = (id: string) => `---\nowner: ramnoy\n---\n## Mål {#${id}}\n\n- Frist: 2026\n- Støtter: DS19-X9\n`;
    writeFileSync(path.join(dir, 'strategiar', 'evil\n::error file=samstemt.yaml,line=1::from a file name\n.md'), doc('mal-1'));
    writeFileSync(path.join(dir, '::error file=samstemt.yaml,line=2::from a name at the root.md'), doc('mal-2'));
    appendFileSync(path.join(dir, 'strategiar', 'solvik.yaml'), '  - id: newline-title\n    title: "Title\\n::error file=samstemt.yaml,line=3::from a title\\r  ::warning::after a CR"\n    area: hr\n    deadline: 2026\n');
    const ours = /^::(error|warning|notice) file=[^,\n]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::/;
    for (const format of ['stylish', 'junit', 'github']) {
      const r = cli(['check', '.', '--format', format, '--lang', 'en'], dir);
      assert.equal(r.status, 1, r.stderr);
      const commands = r.stdout.split(/\r\n|\r|\n/).filter((l) => /^\s*::/.test(l) && !(format === 'github' && ours.test(l)));
      assert.deepEqual(commands, [], `${format}:\n${r.stdout}`);
      // The three documents are still reported, each once (their unknown objective).
      assert.equal(r.stdout.split('DS19-X9').length - 1 >= 3, true, `${format}: ${r.stdout}`);
    }
  });

  it('samstemt.yaml: a setting that takes one value, written as a list or a mapping, is reported where it stands, not ignored or quoted as «»', function () {
    const files = fixtureFiles();
    files['samstemt.yaml'] = files['samstemt.yaml']
      .replace('cooperation: Kvitstein IKT', 'cooperation: [Kvitstein IKT]')
      .replace('language: nb', 'language: [nn]')
      .replace('{ name: Kvitstein IKT AS,    kind: selskap }', '{ name: Kvitstein IKT AS, kind: [selskap] }')
      .replace('population: 3300', 'population: [3300]')
      .replace('capacity: 6, unit: årsverk', 'capacity: { value: 6 }, unit: årsverk')
      .replace('{ name: Del av søknader levert digitalt }', '{ name: Del av søknader levert digitalt, shared: [ja, nei] }')
      .replace('objective-uncovered: off', 'objective-uncovered: off\n  goal-unlinked: { severity: error }');
    const diags = only(analyze(files), 'samstemt.yaml', 'invalid-value');
    const at = diags.map((d) => textAt(files, d));
    assert.deepEqual(at, ['[Kvitstein IKT]', '[nn]', '[selskap]', '[3300]', '{ value: 6 }', '[ja, nei]', '{ severity: error }'], JSON.stringify(diags.map((d) => d.message)));
    for (const d of diags) {
      assert.doesNotMatch(d.message, /«»|""/, d.message);
      assert.match(d.message, /én verdi/, d.message);
    }
    // One value in the list or mapping: the fix writes it in place of the brackets.
    const fixed = (written: string) => diags.find((d) => textAt(files, d) === written)?.fixes?.[0]?.edits[0]?.newText;
    assert.equal(fixed('[nn]'), 'nn');
    assert.equal(fixed('[selskap]'), 'selskap');
    assert.equal(fixed('{ severity: error }'), 'error');
    assert.equal(fixed('[ja, nei]'), undefined, 'two values: no value to choose');
    assertNothingLeaked(diags);
  });

  it('dates in the years 0000–0999 (`Fra: 0000-01-01`) are named as written in a capacity finding, not as «0-01–3-1»', function () {
    const files = fixtureFiles();
    files['strategiar/ramnoy.md'] += '\n## Gammal plan {#gammal-plan}\n\n- Område: sikkerhet\n- Fra: 0000-01-01\n- Frist: 0003-12-31\n- Krever: driftskapasitet 7\n- Støtter: DS19-I9\n';
    const capacity = only(analyze(files), 'strategiar/ramnoy.md', 'conflict-capacity');
    assert.equal(capacity.length, 1, JSON.stringify(capacity.map((d) => d.message)));
    assert.equal(textAt(files, capacity[0]!), 'driftskapasitet 7');
    assert.match(capacity[0]!.message, /per år i 0000–0003,/, capacity[0]!.message);
  });

  it('documents: a glob starting with `!` leaves out the files it matches, as in .gitignore and markdownlint; one that leaves out nothing is reported', function () {
    const files = fixtureFiles();
    files['strategiar/utkast/ny-plan.md'] = '---\nowner: ramnoy\n---\n## Utkast {#utkast}\n\n- Frist: 2026-13-01\n';
    const globs = (extra: string) => files['samstemt.yaml']!.replace('  - "strategiar/**/*.yaml"\n', `  - "strategiar/**/*.yaml"\n${extra}`);
    // Without a `!` glob the draft is read (and its invalid date reported).
    assert.equal(only(analyze(files), 'strategiar/utkast/ny-plan.md', 'invalid-value').length, 1);
    const config = globs('  - "!**/utkast/**"\n  - "!strategiar/ramnoy.md"\n  - "!strategiar/arkiv/**"\n');
    const diags = analyze({ ...files, 'samstemt.yaml': config });
    assert.deepEqual(only(diags, 'strategiar/utkast/ny-plan.md'), [], 'the draft is left out');
    assert.deepEqual(only(diags, 'strategiar/ramnoy.md'), [], 'ramnoy.md is left out');
    assert.ok(only(diags, 'strategiar/kvitstein-ikt.md', 'uniform-mandate').length === 1, 'the other documents are read');
    const globFindings = only(diags, 'samstemt.yaml', 'invalid-value');
    assert.deepEqual(globFindings.map((d) => textAt({ 'samstemt.yaml': config }, d)), ['"!strategiar/arkiv/**"'], JSON.stringify(globFindings.map((d) => d.message)));
    assert.match(globFindings[0]!.message, /holder ingen dokumenter utenfor/);
  });

  it('a value that YAML reads as a tag only (`- !**/utkast/**` unquoted, `area: !hr`) is reported with a fix that quotes it, not read as empty', function () {
    const files = fixtureFiles();
    files['strategiar/utkast/ny-plan.md'] = '---\nowner: ramnoy\n---\n## Utkast {#utkast}\n\n- Frist: 2026-13-01\n';
    files['samstemt.yaml'] = files['samstemt.yaml']!.replace('  - "strategiar/**/*.yaml"\n', '  - "strategiar/**/*.yaml"\n  - !**/utkast/**\n');
    files['strategiar/solvik.yaml'] += '  - id: tagged\n    title: Tagged\n    area: !hr\n    deadline: 2026\n    supports: DS19-M2\n';
    const diags = analyze(files);
    const glob = only(diags, 'samstemt.yaml').filter((d) => d.severity === 'error' || d.severity === 'warning');
    assert.deepEqual(glob.map((d) => textAt(files, d)), ['!**/utkast/**'], JSON.stringify(glob.map((d) => d.message)));
    assert.match(glob[0]!.message, /!\*\*\/utkast\/\*\*/);
    const fixed = applyFix(files, glob[0]!);
    assert.match(fixed['samstemt.yaml']!, /  - "!\*\*\/utkast\/\*\*"\n/);
    const after = analyze(fixed);
    assert.deepEqual(only(after, 'strategiar/utkast/ny-plan.md'), [], 'quoted, the glob leaves the draft out');
    assert.deepEqual(only(after, 'samstemt.yaml').filter((d) => d.severity === 'error' || d.severity === 'warning'), []);
    const tagged = only(diags, 'strategiar/solvik.yaml').filter((d) => textAt(files, d) === '!hr');
    assert.equal(tagged.length, 1, JSON.stringify(only(diags, 'strategiar/solvik.yaml').map((d) => d.message)));
    assert.equal(applyFix(files, tagged[0]!)['strategiar/solvik.yaml']!.includes('area: "!hr"'), true);
  });

  it('documents: a glob that points outside the cooperation\'s folder (`../**/*.md`, `/etc/**`, `C:\\…`) is said to, not called a misspelt folder', function () {
    const files = fixtureFiles();
    files['samstemt.yaml'] = files['samstemt.yaml']!.replace('  - "strategiar/**/*.yaml"\n', '  - "strategiar/**/*.yaml"\n  - "../**/*.md"\n  - /etc/**\n  - "C:\\\\felles\\\\*.md"\n  - "strategiar/../../andre/*.md"\n');
    const globs = only(analyze(files), 'samstemt.yaml', 'invalid-value');
    assert.deepEqual(globs.map((d) => textAt(files, d)), ['"../**/*.md"', '/etc/**', '"C:\\\\felles\\\\*.md"', '"strategiar/../../andre/*.md"'], JSON.stringify(globs.map((d) => d.message)));
    for (const d of globs) {
      assert.equal(d.severity, 'warning');
      assert.match(d.message, /peker utenfor mappen til samarbeidet/, d.message);
    }
  });

  it('the CLI on the fixture with every hostile file beside it: each gets its finding, the rest keeps working, exit 1, nothing read from outside (check in five formats, report in three)', function () {
    const dir = copyFixture();
    const outsideDir = tempFolder('samstemt-hostile11-outside-');
    const SECRET = 'HEMMELEG-UTANFOR-7731';
    writeFileSync(path.join(outsideDir, 'hemmeleg.md'), `---\nowner: solvik\n---\n## ${SECRET} {#hemmeleg}\n- Frist: 2026\n`);
    const s = (name: string) => path.join(dir, 'strategiar', name);
    const laughs = 'lol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n' + Array.from({ length: 9 }, (_, k) => `lol${k + 1}: &a${k + 1} [${Array(9).fill(`*a${k}`).join(', ')}]\n`).join('');
    // samstemt.yaml: an alias bomb, merge keys, odd numbers, a kind list, an ESLint-style rule setting.
    const config = readFileSync(path.join(dir, 'samstemt.yaml'), 'utf8')
      .replace('members:\n', `${laughs}kommune: &kommune { kind: kommune }\nmembers:\n`)
      .replace('{ name: Solvik kommune,      kind: kommune, population: 3300 }', '{ <<: *kommune, name: Solvik kommune, population: 3300 }')
      .replace('resources:\n', 'resources:\n  uendeleg: { owner: kvitstein-ikt, capacity: 1e309 }\n  ikkjetal: { owner: kvitstein-ikt, capacity: .nan }\n')
      .replace('members:\n', 'members:\n  rar: { name: Rar kommune, kind: [kommune], population: .inf }\n')
      .replace('rules:\n', 'rules:\n  goal-unlinked: { severity: error }\n  toString: off\n');
    writeFileSync(path.join(dir, 'samstemt.yaml'), config);
    writeFileSync(s('stor.md'), '---\nowner: solvik\n---\n## Stor {#stor} ' + 'x'.repeat(5_000_000));
    writeFileSync(s('utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('---\nowner: solvik\n---\n## Felles innlogging {#utf16}\n\n- Frist: 2026-02-30\n- Støtter: DS19-M2\n', 'utf16le')]));
    writeFileSync(s('latin1.md'), Buffer.from('---\nowner: ramnoy\n---\n## M\xe5l {#latin}\n- Frist: 2026\n- St\xf8tter: DS19-M2\n', 'latin1'));
    writeFileSync(s('nul.md'), '---\nowner: ramnoy\n---\n## Nul {#nul}\0\0\n- Frist: 2026\n- Støtter: DS19-M2\n');
    writeFileSync(s('djup.yaml'), `owner: solvik\ngoals:\n  - id: djup\n    title: Djup\n    deadline: 2026\n    supports: ${'['.repeat(10000)}${']'.repeat(10000)}\n`);
    writeFileSync(s('bombe.yaml'), `owner: solvik\n${laughs}base: &mal { area: hr, supports: DS19-M2 }\ngoals:\n  - <<: *mal\n    id: flett\n    title: Flett\n    deadline: 9999-12-31\n    target: 1e309\n    indicator: x\n  - id: null-dag\n    title: Null dag\n    start: 0000-01-01\n    deadline: 2027-02-30\n    supports: *a9\n`);
    mkdirSync(s('mappe.md'));
    symlinkSync(path.join(outsideDir, 'hemmeleg.md'), s('lenkje.md'));
    symlinkSync(outsideDir, s('lenkje-mappe'));
    symlinkSync('..', s('sloyfe'));
    const before = cli(['check', '.', '--format', 'json'], dir);
    assert.equal(before.status, 1, before.stderr);
    const out = JSON.parse(before.stdout) as { summary: { files: number }; diagnostics: { file: string; rule: string; message: string; range: { start: { line: number; character: number } } }[] };
    const at = (file: string, rule: string) => out.diagnostics.filter((d) => d.file === `strategiar/${file}` && d.rule === rule);
    assert.equal(at('stor.md', 'parse-error').length, 1);
    assert.match(at('stor.md', 'parse-error')[0]!.message, /for stor|too large/);
    assert.deepEqual(out.diagnostics.filter((d) => d.file === 'strategiar/utf16.md').map((d) => d.rule), ['invalid-value'], 'UTF-16 with BOM is read: only the 30 February');
    assert.ok(at('latin1.md', 'parse-error').some((d) => /UTF-8/.test(d.message)));
    assert.ok(at('nul.md', 'parse-error').some((d) => /NUL/.test(d.message)));
    assert.ok(at('djup.yaml', 'parse-error').some((d) => /64/.test(d.message)));
    // The list reached through `*a9` (said where it is anchored), `target: 1e309`, `deadline: 2027-02-30`; the merged goal reads `area` and `supports`.
    assert.deepEqual(at('bombe.yaml', 'invalid-value').map((d) => d.range.start.line), [9, 17, 22], JSON.stringify(at('bombe.yaml', 'invalid-value')));
    assert.deepEqual(out.diagnostics.filter((d) => d.file === 'strategiar/bombe.yaml' && d.rule === 'goal-unlinked').map((d) => d.range.start.line), [20], 'only «Null dag» is unlinked');
    assert.ok(at('kvitstein-ikt.md', 'uniform-mandate').length === 1, 'the fixture still reads as before');
    assert.ok(!out.diagnostics.some((d) => d.file.includes('lenkje') || d.file.includes('sloyfe') || d.file.includes('mappe.md')), 'links out, the loop and the folder are not read');
    const configFindings = out.diagnostics.filter((d) => d.file === 'samstemt.yaml').map((d) => d.rule);
    assert.ok(configFindings.filter((r) => r === 'invalid-value').length >= 4, JSON.stringify(configFindings));
    assert.ok(configFindings.includes('unknown-property'), 'rules: toString is no rule');
    for (const format of ['stylish', 'json', 'sarif', 'github', 'junit']) {
      const r = cli(['check', '.', '--format', format], dir);
      assert.equal(r.status, 1, `${format}: ${r.stderr}`);
      assert.ok(!r.stdout.includes(SECRET) && !r.stderr.includes(SECRET), `${format} quotes a file outside the workspace`);
      assert.doesNotMatch(r.stdout, LEAKED_JS, format);
      if (format === 'json' || format === 'sarif') JSON.parse(r.stdout);
    }
    for (const format of ['html', 'md', 'json']) {
      const r = cli(['report', '.', '--format', format], dir);
      assert.ok(r.status === 0 || r.status === 1, `report ${format}: exit ${r.status} ${r.stderr}`);
      assert.ok(!r.stdout.includes(SECRET), `report ${format} quotes a file outside the workspace`);
      assert.doesNotMatch(r.stdout, /function Object|native code|\[object Object\]/, format);
      if (format === 'json') assert.ok((JSON.parse(r.stdout) as { members: string[] }).members.includes('solvik'));
    }
  });

  it('the CLI: a command named `constructor`, `__proto__`, `toString`, … is an unknown command (exit 2, one line), not an internal error or a stack trace', function () {
    const dir = copyFixture();
    for (const name of ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty']) {
      const r = cli([name], dir);
      assert.equal(r.status, 2, `${name}: ${r.stderr}`);
      assert.equal(r.stderr, `samstemt: ukjent kommando «${name}»; se samstemt --help\n`);
      assert.equal(r.stdout, '');
      // After an option, as `samstemt --format json frobnicate`: the option belongs after `check`.
      const late = cli(['--format', 'json', name], dir);
      assert.equal(late.status, 2, late.stderr);
      assert.match(late.stderr, /samstemt check --format/, late.stderr);
      // `help NAME` for what is no command: the general help, as for any unknown word.
      const help = cli(['help', name], dir);
      assert.equal(help.status, 0, help.stderr);
      assert.doesNotMatch(help.stdout, /native code|function /, help.stdout);
      assert.equal(help.stdout, cli(['help', 'frobnicate'], dir).stdout);
    }
  });

  it('completion in samstemt.yaml under a top-level key named `constructor` or `toString` offers nothing and does not throw; under `members` it still offers', function () {
    const files = fixtureFiles();
    for (const section of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'members']) {
      for (const tail of ['  x: { kind: ', '  x: { ', '  x:\n    ']) {
        const config = `${files['samstemt.yaml']}${section}:\n${tail}`;
        const host = new InMemoryHost({ ...files, 'samstemt.yaml': config });
        const engine = createTestEngine(host);
        const result = engine.analyze();
        const ctx = { workspaces: result.workspaces, diagnostics: result.diagnostics, lang: 'nb' as const, knownFrameworks: engine.builtInFrameworks, ruleIds: allRules.map((r) => r.meta.id) };
        const labels = complete(ctx, host.uri('samstemt.yaml'), config.length).map((c) => c.label);
        if (section === 'members') assert.ok(labels.length > 0, `${section} ${JSON.stringify(tail)}: nothing offered`);
        else assert.deepEqual(labels, [], `${section} ${JSON.stringify(tail)}`);
      }
    }
  });

  it('hover on an area the cooperation named `constructor` or `__proto__`: its goals and the areas, no «undefined» for the missing help text', function () {
    const files = fixtureFiles();
    files['samstemt.yaml'] = files['samstemt.yaml']!.replace('areas: [hr,', 'areas: [constructor, __proto__, hr,');
    files['strategiar/ramnoy.md'] = files['strategiar/ramnoy.md']!.replace('- Område: sikkerhet', '- Område: constructor');
    files['strategiar/solvik.yaml'] = files['strategiar/solvik.yaml']!.replace('area: hr', 'area: __proto__');
    const host = new InMemoryHost(files);
    const engine = createTestEngine(host);
    const result = engine.analyze();
    const ctx = { workspaces: result.workspaces, diagnostics: result.diagnostics, lang: 'nb' as const, knownFrameworks: engine.builtInFrameworks, ruleIds: allRules.map((r) => r.meta.id) };
    for (const [file, word] of [['strategiar/ramnoy.md', 'constructor'], ['strategiar/solvik.yaml', '__proto__']] as const) {
      const h = hover(ctx, host.uri(file), files[file]!.indexOf(word) + 2);
      assert.ok(h, `${file}: no hover`);
      assert.doesNotMatch(h.contents, /undefined|native code/, h.contents);
      assert.match(h.contents, new RegExp(`^\\*\\*${word}\\*\\*\\n\\n.*1 mål på dette området`, 's'), h.contents);
    }
  });

  it('the language server answers hover, completion, definition, symbols and code actions all over files full of hostile names, and keeps answering', async function () {
    this.timeout(300000);
    const dir = copyFixture();
    const config = readFileSync(path.join(dir, 'samstemt.yaml'), 'utf8').replace('members:\n', 'members:\n  __proto__: { name: Proto kommune, kind: kommune, population: 900 }\n  constructor: { name: Konstruktør kommune, kind: constructor }\n').replace('rules:\n', 'rules:\n  toString: error\n  goal-unlinked: constructor\n');
    writeFileSync(path.join(dir, 'samstemt.yaml'), config);
    writeFileSync(path.join(dir, 'strategiar', 'hostile.md'), HOSTILE_MD);
    writeFileSync(path.join(dir, 'strategiar', 'hostile.yaml'), HOSTILE_YAML);
    const client = await LspClient.start(dir);
    try {
      const failures: string[] = [];
      const ask = async (what: string, method: string, params: unknown) => {
        try {
          const r = await client.request<unknown>(method, params);
          if (LEAKED_JS.test(JSON.stringify(r) ?? '')) failures.push(`${what} ${method}: ${JSON.stringify(r).slice(0, 300)}`);
          return r;
        } catch (e) {
          failures.push(`${what} ${method}: ${String(e)}`);
          return undefined;
        }
      };
      for (const [file, text] of [['strategiar/hostile.md', HOSTILE_MD], ['strategiar/hostile.yaml', HOSTILE_YAML], ['samstemt.yaml', config]] as const) {
        const uri = uriOf(path.join(dir, file));
        const textDocument = { uri };
        client.open(uri, text);
        const diagnostics = await client.diagnosticsFor(uri);
        if (file !== 'samstemt.yaml') assert.ok(diagnostics.length > 0, `${file}: the hostile names are reported`);
        for (const d of diagnostics) if (LEAKED_JS.test(JSON.stringify(d))) failures.push(`${file} diagnostic: ${JSON.stringify(d.message)}`);
        const lines = text.split('\n');
        for (let line = 0; line < lines.length; line++) {
          for (let character = 0; character <= lines[line]!.length; character += 3) {
            const position = { line, character };
            for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/definition']) await ask(`${file} ${line}:${character}`, method, { textDocument, position });
          }
        }
        for (const method of ['textDocument/documentSymbol', 'textDocument/codeLens']) await ask(file, method, { textDocument });
        for (const d of diagnostics) await ask(`${file} ${JSON.stringify(d.range)}`, 'textDocument/codeAction', { textDocument, range: d.range, context: { diagnostics: [d] } });
      }
      await ask('workspace', 'workspace/symbol', { query: 'constructor' });
      assert.deepEqual(failures, []);
      assert.equal(client.proc.exitCode, null, 'the server is still running');
      const hover = await client.request<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri: uriOf(path.join(dir, 'strategiar/kvitstein-ikt.md')) }, position: { line: 15, character: 12 } });
      assert.ok(hover && JSON.stringify(hover.contents).includes('DS19-M2'), `a normal hover still works: ${JSON.stringify(hover)}`);
    } finally {
      await client.stop();
    }
  });
});
