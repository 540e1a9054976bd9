/**
 * The CLI on a copy of the IKT Havbrynet fixture (test/fixtures/faults9,
 * expectations in its EXPECTED.md) damaged the way disks and old programs
 * damage files: a samstemt.yaml or framework file saved as Latin-1, strategy
 * files that hold NUL bytes (zero-filled, binary, UTF-16 without a byte
 * order mark), a folder with a strategy file's name. Each gives a clear
 * diagnostic where the damage is, the other documents keep their findings,
 * and the exit code is cli.md's, without a stack trace.
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCliGuarded, tempFolders } from '../helpers/cli.js';
import { REPO } from '../helpers/paths.js';

const FIXTURE = path.join(REPO, 'test/fixtures/faults9');

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface Json {
  summary: { files: number; goals: number; errors: number };
  diagnostics: { file: string; rule: string; message: string; range: Range }[];
}

const tempFolder = tempFolders();
const copyFixture = () => tempFolder('samstemt-faults9-', FIXTURE);
const cli = (args: string[], cwd: string) => runCliGuarded(args, cwd);

function check(dir: string): Json & { status: number } {
  const r = cli(['check', '.', '--format', 'json'], dir);
  return { ...(JSON.parse(r.stdout) as Json), status: r.status };
}

const of = (out: Json, file: string, rule?: string) => out.diagnostics.filter((d) => d.file === file && (!rule || d.rule === rule));
const NOT_UTF8 = /ikke lagret som UTF-8/;
const HAS_NUL = /NUL/;

describe('robustness faults9: damaged bytes on disk (CLI)', function () {
  this.timeout(120000);

  it('the fixture as checked in: exit 0, one uniform-mandate info', function () {
    const out = check(copyFixture());
    assert.equal(out.status, 0);
    assert.deepEqual(out.diagnostics.map((d) => `${d.file} ${d.rule} ${d.range.start.line}:${d.range.start.character}`), ['strategier/havbryn-ikt.md uniform-mandate 13:10']);
  });

  it('samstemt.yaml saved as Latin-1: a parse-error on the config at the first unreadable character, exit 1', function () {
    const dir = copyFixture();
    const config = readFileSync(path.join(dir, 'samstemt.yaml'), 'utf8').replace('skarvoy:    {', 'skarvøy:    {');
    writeFileSync(path.join(dir, 'samstemt.yaml'), Buffer.from(config, 'latin1'));
    const doc = path.join(dir, 'strategier/skarvoy.md');
    writeFileSync(doc, readFileSync(doc, 'utf8').replace('owner: skarvoy', 'owner: skarvøy'));
    const out = check(dir);
    assert.equal(out.status, 1, 'an error finding, and the settings were used: not exit 2');
    const parse = of(out, 'samstemt.yaml', 'parse-error');
    assert.equal(parse.length, 1, JSON.stringify(out.diagnostics.filter((d) => d.file === 'samstemt.yaml')));
    assert.match(parse[0]!.message, NOT_UTF8);
    const line = config.split('\n').findIndex((l) => l.startsWith('  skarvøy:'));
    assert.deepEqual(parse[0]!.range, { start: { line, character: 7 }, end: { line, character: 8 } }, 'on the ø of skarvøy');
    // The rest of the config is still used: the other members' documents are fine.
    assert.deepEqual(of(out, 'strategier/lauvdal.md'), []);
  });

  it('a custom framework file saved as Latin-1: a parse-error on it at the first unreadable character', function () {
    const dir = copyFixture();
    const config = path.join(dir, 'samstemt.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('frameworks: [DS19, DN30]', 'frameworks: [DS19, DN30, rammeverk/havbrynet.yaml]'));
    mkdirSync(path.join(dir, 'rammeverk'));
    const fw = 'framework: HAV\ntitle: Digital strategi for Havbrynet\nobjectives:\n  - id: HAV-1\n    title: Felles løsninger for alle\n';
    writeFileSync(path.join(dir, 'rammeverk/havbrynet.yaml'), Buffer.from(fw, 'latin1'));
    const doc = path.join(dir, 'strategier/brekkestad.md');
    writeFileSync(doc, readFileSync(doc, 'utf8').replace('- Støtter: DS19-M1, DN30-M1', '- Støtter: DS19-M1, DN30-M1, HAV-1'));
    const out = check(dir);
    const parse = of(out, 'rammeverk/havbrynet.yaml', 'parse-error');
    assert.equal(parse.length, 1, JSON.stringify(out.diagnostics));
    assert.match(parse[0]!.message, NOT_UTF8);
    assert.deepEqual(parse[0]!.range.start, { line: 4, character: fw.split('\n')[4]!.indexOf('ø') }, 'on the ø of «løsninger»');
    assert.deepEqual(of(out, 'strategier/brekkestad.md', 'unknown-objective'), [], 'its objectives are still read');
    assert.equal(out.status, 1);
  });

  it('strategy files with NUL bytes (zero-filled, a PNG, UTF-16 without BOM): a parse-error at the first NUL saying so, the others unaffected', function () {
    const dir = copyFixture();
    const s = (f: string) => path.join(dir, 'strategier', f);
    writeFileSync(s('nuller.md'), Buffer.alloc(4096));
    writeFileSync(s('bilde.md'), Buffer.concat([Buffer.from([0x89]), Buffer.from('PNG\r\n\x1a\n'), Buffer.alloc(4), Buffer.from('IHDR')]));
    // An ASCII-only strategy in UTF-16LE without a byte order mark: every other byte is NUL, and nothing is invalid UTF-8.
    writeFileSync(s('utf16.md'), Buffer.from('---\nowner: ulvsund\n---\n\n## Shared archive {#shared-archive}\n\n- Area: sak-arkiv\n- Deadline: 2026\n', 'utf16le'));
    // One NUL pasted into a good document: its goals still count.
    const brekkestad = readFileSync(s('brekkestad.md'), 'utf8');
    writeFileSync(s('brekkestad.md'), brekkestad.replace('# Digitaliseringsstrategi for Brekkestad kommune', '# Digitaliseringsstrategi for Brekkestad\0kommune'));
    const out = check(dir);
    assert.equal(out.status, 1);
    const expectations: [string, { line: number; character: number }][] = [
      ['strategier/nuller.md', { line: 0, character: 0 }],
      ['strategier/bilde.md', { line: 2, character: 0 }],
      ['strategier/utf16.md', { line: 0, character: 1 }],
      ['strategier/brekkestad.md', { line: 7, character: 40 }],
    ];
    for (const [file, start] of expectations) {
      const parse = of(out, file, 'parse-error');
      assert.equal(parse.length, 1, `${file}: ${JSON.stringify(of(out, file))}`);
      assert.match(parse[0]!.message, HAS_NUL, file);
      assert.deepEqual(parse[0]!.range.start, start, file);
      assert.deepEqual(of(out, file, 'missing-owner'), [], `${file}: not a document without owner, a file that is not text`);
    }
    // In a YAML document too: one finding that says what the NUL is, not also the YAML reader's «null byte is not allowed».
    const ulvsund = readFileSync(s('ulvsund.yaml'), 'utf8');
    writeFileSync(s('ulvsund.yaml'), ulvsund.replace('title: Digital mail', 'title: Digital\0 mail'));
    const yaml = check(dir);
    const y = of(yaml, 'strategier/ulvsund.yaml');
    assert.deepEqual(y.map((d) => d.rule), ['parse-error'], JSON.stringify(y));
    assert.match(y[0]!.message, HAS_NUL);
    assert.deepEqual(y[0]!.range.start, { line: 5, character: ulvsund.split('\n')[5]!.indexOf(' mail') });
    assert.equal(yaml.summary.goals, out.summary.goals, 'the YAML goal still counts');
    // Brekkestad's goal is still read: its contribution to havbryn-ikt#felles-arkiv resolves.
    assert.deepEqual(of(out, 'strategier/brekkestad.md').map((d) => d.rule), ['parse-error']);
    assert.deepEqual(of(out, 'strategier/havbryn-ikt.md').map((d) => d.rule), ['uniform-mandate']);
  });

  it('a NUL in samstemt.yaml: one finding at the NUL, the settings still used (exit 1, not 2)', function () {
    const dir = copyFixture();
    const config = readFileSync(path.join(dir, 'samstemt.yaml'), 'utf8');
    writeFileSync(path.join(dir, 'samstemt.yaml'), config.replace('cooperation: IKT Havbrynet', 'cooperation: IKT\0Havbrynet'));
    const r = cli(['check', '.', '--format', 'json'], dir);
    assert.equal(r.status, 1, r.stderr);
    const out = JSON.parse(r.stdout) as Json;
    const c = of(out, 'samstemt.yaml');
    assert.deepEqual(c.map((d) => d.rule), ['parse-error'], JSON.stringify(c));
    assert.match(c[0]!.message, HAS_NUL);
    assert.deepEqual(of(out, 'strategier/lauvdal.md'), [], 'the members and globs of samstemt.yaml apply');
  });

  it('samstemt.yaml as a symbolic link to a file outside the checked folder: said so, exit 2, not «no samstemt.yaml»', function () {
    const dir = copyFixture();
    const shared = tempFolder('samstemt-faults9-felles-');
    cpSync(path.join(dir, 'samstemt.yaml'), path.join(shared, 'samstemt.yaml'));
    rmSync(path.join(dir, 'samstemt.yaml'));
    symlinkSync(path.join(shared, 'samstemt.yaml'), path.join(dir, 'samstemt.yaml'));
    for (const name of ['brekkestad', 'lauvdal']) cpSync(path.join(dir, `strategier/${name}.md`), path.join(dir, `strategier/${name}.strategy.md`));
    const r = cli(['check', '.'], dir);
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /samstemt\.yaml.*utenfor/, r.stderr);
    assert.doesNotMatch(r.stderr, /ingen samstemt\.yaml/, 'there is one: it is not read');
    assert.doesNotMatch(r.stdout + r.stderr, /Skarvøy kommune|Havbryn IKT AS/, 'nothing from the file outside is read');
    // Its settings are unknown: no findings about them (objectives not covered, `documents` missing) on the file.
    for (const target of [path.join(shared, 'samstemt.yaml'), 'finst-ikkje.yaml']) {
      rmSync(path.join(dir, 'samstemt.yaml'));
      symlinkSync(target, path.join(dir, 'samstemt.yaml'));
      const json = cli(['check', '.', '--format', 'json'], dir);
      assert.equal(json.status, 2, target);
      assert.deepEqual((JSON.parse(json.stdout) as Json).diagnostics.filter((d) => d.file === 'samstemt.yaml').map((d) => `${d.rule}: ${d.message}`), [], target);
    }
  });

  it('a folder named like a strategy file is walked, not read; a link loop and a link out are skipped', function () {
    const dir = copyFixture();
    mkdirSync(path.join(dir, 'strategier/x.strategy.md'));
    const lauvdal = readFileSync(path.join(dir, 'strategier/lauvdal.md'), 'utf8');
    writeFileSync(path.join(dir, 'strategier/x.strategy.md/inni.md'), lauvdal.replace('{#skulenett}', '{#skulenett-inni}').replace('- Frist: 2026-08-15', '- Frist: 2026-13-15'));
    const outside = tempFolder('samstemt-faults9-out-');
    writeFileSync(path.join(outside, 'hemmeleg.md'), '---\nowner: lauvdal\n---\n## HEMMELEG {#hemmeleg}\n');
    symlinkSync(path.join(outside, 'hemmeleg.md'), path.join(dir, 'strategier/ute.md'));
    symlinkSync('sloyfe.md', path.join(dir, 'strategier/sloyfe.md'));
    const out = check(dir);
    assert.equal(out.status, 1);
    assert.deepEqual(of(out, 'strategier/x.strategy.md/inni.md').map((d) => d.rule), ['invalid-value'], 'the document in the folder is checked');
    assert.ok(!out.diagnostics.some((d) => d.file === 'strategier/ute.md' || /HEMMELEG/.test(d.message)));
    // The folder named explicitly: its documents; a link to itself named explicitly: exit 2, one line.
    const folder = cli(['check', 'strategier/x.strategy.md', '--format', 'json'], dir);
    assert.equal(folder.status, 1);
    assert.deepEqual((JSON.parse(folder.stdout) as Json).diagnostics.map((d) => d.file), ['strategier/x.strategy.md/inni.md']);
    const loop = cli(['check', 'strategier/sloyfe.md'], dir);
    assert.equal(loop.status, 2);
    assert.equal(loop.stderr.trim().split('\n').length, 1, loop.stderr);
  });
});
