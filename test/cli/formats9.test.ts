/**
 * Audit 9 of `samstemt check`'s output formats and CI options (cli.md), run
 * as a process on a cooperation with awkward paths: test/fixtures/formats9
 * («IKT Vest-Ask»: a company and four municipalities of 31 200, 9 400, 2 700
 * and 880 inhabitants). A folder with a space, a file name with a comma and
 * an en dash, file names with «ø» and «æ» (NFC), a nested sub-folder with a
 * YAML strategy, a CRLF document, emoji before a diagnosed value, `%` and
 * `<`/`&`/`"` in goal titles. test/fixtures/formats9/EXPECTED.md has the
 * expectations written from the contract before the tool ran.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sarifValidator } from '../helpers/sarif.js';
import { REPO } from '../helpers/paths.js';
import { runBin, type CliRun } from '../helpers/cli.js';

const BIN = path.join(REPO, 'bin/samstemt.js');
const FIX = path.join(REPO, 'test/fixtures/formats9');

const IKT = 'strategier/felles dokumenter/IKT Vest-Ask, strategi 2025–2028.md';
const SOLVIK = 'strategier/Sølvik-strategi.md';
const UTVAER = 'strategier/kommuner/Utvær-strategi.md';
const BREKKE = 'strategier/kommuner/brekkestad.strategy.md';
const HAUGDAL = 'strategier/kommuner/indre/haugdal.strategy.yaml';

type Run = CliRun;

/** `node bin/samstemt.js ARGS` in `cwd` (the fixture by default), as CI runs it. */
const run = (args: string[], cwd = FIX, env: Record<string, string> = {}): Run => runBin(args, cwd, env);

interface Pos { line: number; character: number }
interface Range { start: Pos; end: Pos }
interface JsonDiag {
  file: string; range: Range; severity: string; rule: string; message: string; goal?: string;
  related?: { file: string; range: Range; message: string; goal?: string }[];
  suggestions?: { objective: string; score: number; matched: string[] }[];
}
interface JsonOut { version: number; root: string; summary: Record<string, number>; diagnostics: JsonDiag[] }

function checkJson(args: string[] = [], cwd = FIX): { r: Run; out: JsonOut } {
  const r = run(['check', ...args, '--format', 'json'], cwd);
  return { r, out: JSON.parse(r.stdout) as JsonOut };
}

/** The text of a zero-based, UTF-16 range of a one-line span in a fixture file. */
function textAt(file: string, range: Range): string {
  assert.equal(range.start.line, range.end.line);
  return readFileSync(path.join(FIX, file), 'utf8').split('\n')[range.start.line]!.slice(range.start.character, range.end.character);
}

/** The folder the github and sarif paths start at: the repository around the fixture (cli.md's CI use). */
function repoRoot(): string {
  for (let d = FIX; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return FIX;
  }
}
const PREFIX = path.relative(repoRoot(), FIX).split(path.sep).join('/');
const repoPath = (file: string) => (PREFIX ? `${PREFIX}/${file}` : file);

// Findings worked out from rules.md on the fixture: file, rule, severity, the text the range covers.
const FINDINGS: [string, string, string, number, string][] = [
  [SOLVIK, 'conflict-system-choice', 'error', 11, 'ePhorte'],
  [SOLVIK, 'beyond-framework-period', 'info', 12, '2027'],
  [SOLVIK, 'unknown-property', 'warning', 14, 'Ansvar'],
  [IKT, 'conflict-system-choice', 'error', 12, 'Elements'],
  [IKT, 'uniform-mandate', 'info', 13, 'alle'],
  [IKT, 'beyond-framework-period', 'info', 14, '2026-12-31'],
  [IKT, 'unknown-objective', 'error', 26, 'DS19-M55'],
  [UTVAER, 'goal-unlinked', 'warning', 8, '🚑 Velferdsteknologi 🏠 i heimen'],
  [UTVAER, 'unknown-objective', 'error', 12, '🌍 DS19-M2'],
  [UTVAER, 'unknown-objective', 'error', 12, 'DS19-M44'],
  [UTVAER, 'goal-not-measurable', 'warning', 14, 'Redusere sykefravær med 10 % innen 2026'],
  [BREKKE, 'beyond-framework-period', 'info', 12, '2026-12-31'],
  [HAUGDAL, 'invalid-value', 'error', 7, '2026-02-30'],
  [HAUGDAL, 'goal-unlinked', 'warning', 10, 'Drop-in-timar på nett for byggesøknader'],
];

describe('formats9: check output formats and CI options on awkward paths', function () {
  this.timeout(60000);

  describe('--format json', () => {
    it('exactly the findings of the table, sorted by file, position, rule; nothing on stderr; exit 1', () => {
      const { r, out } = checkJson();
      assert.equal(r.status, 1);
      assert.equal(r.stderr, '');
      assert.equal(out.version, 1);
      assert.equal(out.root, '.');
      assert.deepEqual(
        out.diagnostics.map((d) => [d.file, d.rule, d.severity, d.range.start.line, textAt(d.file, d.range)]),
        FINDINGS,
      );
      assert.deepEqual(out.summary, { files: 6, goals: 8, errors: 6, warnings: 4, infos: 4, hints: 0 });
    });

    it('file names as on disk (NFC, space, comma), with /; characters in UTF-16 units after an emoji', () => {
      const { out } = checkJson();
      for (const d of out.diagnostics) {
        assert.ok(!d.file.includes('\\') && !d.file.includes('%'), d.file);
        assert.equal(d.file, d.file.normalize('NFC'));
        assert.ok(existsSync(path.join(FIX, d.file)), d.file);
      }
      const m44 = out.diagnostics.find((d) => d.message.includes('DS19-M44') && d.rule === 'unknown-objective')!;
      // `- Støtter: 🌍 DS19-M2, DS19-M44`: 🌍 is one code point and two UTF-16 units.
      assert.deepEqual(m44.range, { start: { line: 12, character: 23 }, end: { line: 12, character: 31 } });
    });

    it('on the CRLF file no range reaches the carriage return', () => {
      const { out } = checkJson();
      const lines = readFileSync(path.join(FIX, SOLVIK), 'utf8').split('\n');
      assert.ok(lines[0]!.endsWith('\r'));
      for (const d of out.diagnostics.filter((x) => x.file === SOLVIK)) {
        assert.ok(d.range.end.character <= lines[d.range.end.line]!.length - 1, JSON.stringify(d.range));
      }
    });

    it('the conflict sides point at each other, with the goal; root relative to the folder run in; same bytes twice', () => {
      const { out } = checkJson();
      const sides = out.diagnostics.filter((d) => d.rule === 'conflict-system-choice');
      assert.deepEqual(sides.map((d) => [d.goal, d.related?.map((x) => [x.file, x.goal])]), [
        ['solvik#behalde-arkiv', [[IKT, 'ikt-vestask#felles-arkiv']]],
        ['ikt-vestask#felles-arkiv', [[SOLVIK, 'solvik#behalde-arkiv']]],
      ]);
      const from = checkJson(['test/fixtures/formats9'], REPO);
      assert.equal(from.out.root, 'test/fixtures/formats9');
      assert.deepEqual(from.out.diagnostics, out.diagnostics);
      assert.equal(run(['check', '--format', 'json']).stdout, run(['check', '--format', 'json']).stdout);
    });
  });

  describe('--format sarif', () => {
    const r = () => run(['check', '--format', 'sarif']);

    it('is valid SARIF 2.1.0 (ajv against the schema in test/fixtures), exit 1', () => {
      const res = r();
      assert.equal(res.status, 1);
      const validate = sarifValidator();
      assert.ok(validate(JSON.parse(res.stdout)), JSON.stringify(validate.errors?.slice(0, 3)));
    });

    it('relative, percent-encoded uris under %SRCROOT% that decode to the files; 1-based UTF-16 regions; levels', () => {
      const log = JSON.parse(r().stdout);
      const runObj = log.runs[0];
      const { out } = checkJson();
      assert.equal(runObj.columnKind, 'utf16CodeUnits');
      assert.match(runObj.originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/\/.*\/$/);
      assert.equal(runObj.results.length, out.diagnostics.length);
      runObj.results.forEach((res: any, i: number) => {
        const d = out.diagnostics[i]!;
        const loc = res.locations[0].physicalLocation;
        assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
        assert.ok(!/[ æøå–]/.test(loc.artifactLocation.uri), loc.artifactLocation.uri);
        assert.equal(decodeURIComponent(loc.artifactLocation.uri), repoPath(d.file));
        assert.deepEqual(loc.region, {
          startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1,
          endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1,
        });
        assert.equal(res.level, { error: 'error', warning: 'warning', info: 'note', hint: 'note' }[d.severity]);
        assert.equal(res.message.text, d.message);
        const rule = runObj.tool.driver.rules[res.ruleIndex];
        assert.equal(rule.id, res.ruleId);
        assert.ok(rule.help.text.length > 0 && rule.shortDescription.text.length > 0);
        assert.match(rule.helpUri, new RegExp(`/docs/rules/${res.ruleId}\\.md$`));
      });
      const ikt = runObj.results.find((x: any) => x.ruleId === 'unknown-objective' && x.message.text.includes('M55'));
      assert.equal(ikt.locations[0].physicalLocation.artifactLocation.uri,
        repoPath('strategier/felles%20dokumenter/IKT%20Vest-Ask%2C%20strategi%202025%E2%80%932028.md'));
      const m44 = runObj.results.find((x: any) => x.message.text.includes('«DS19-M44»'));
      assert.equal(m44.locations[0].physicalLocation.region.startColumn, 24);
    });

    it('relatedLocations on both conflict sides; the title with < & " in the message unchanged', () => {
      const results = JSON.parse(r().stdout).runs[0].results;
      const sides = results.filter((x: any) => x.ruleId === 'conflict-system-choice');
      assert.equal(sides.length, 2);
      for (const s of sides) {
        assert.equal(s.relatedLocations.length, 1);
        assert.ok(s.relatedLocations[0].message.text.length > 0);
        assert.ok(s.message.text.includes('«Felles sak/arkiv <Elements> & «eByggesak» "beta"»'));
      }
      assert.equal(decodeURIComponent(sides[0].relatedLocations[0].physicalLocation.artifactLocation.uri), repoPath(IKT));
    });
  });

  describe('--format github', () => {
    /** Undoes the runner's escaping of a property value / the message. */
    const unprop = (s: string) => s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
    const undata = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');

    function parse(line: string) {
      const m = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
      assert.ok(m, line);
      const props = Object.fromEntries(m[2]!.split(',').map((p) => {
        const eq = p.indexOf('=');
        return [p.slice(0, eq), unprop(p.slice(eq + 1))];
      }));
      return { command: m[1]!, props, message: undata(m[3]!) };
    }

    it('one command per finding; notice for info; 1-based UTF-16 positions; the repository path; messages that decode to json', () => {
      const res = run(['check', '--format', 'github']);
      assert.equal(res.status, 1);
      const lines = res.stdout.split('\n');
      assert.equal(lines.pop(), '');
      const { out } = checkJson();
      assert.equal(lines.length, out.diagnostics.length);
      lines.forEach((line, i) => {
        const d = out.diagnostics[i]!;
        const { command, props, message } = parse(line);
        assert.equal(command, { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' }[d.severity]);
        assert.deepEqual(props, {
          file: repoPath(d.file), line: String(d.range.start.line + 1), col: String(d.range.start.character + 1),
          endLine: String(d.range.end.line + 1), endColumn: String(d.range.end.character + 1), title: d.rule,
        });
        assert.ok(message.startsWith(d.message), message);
      });
      assert.ok(res.stdout.includes('IKT Vest-Ask%2C strategi 2025–2028.md,line=27,col=21,'), 'comma in the file property escaped');
      assert.ok(res.stdout.includes('«Redusere sykefravær med 10 %25 innen 2026»'), '% in the message escaped');
      assert.ok(!res.stdout.includes('\r'));
    });

    it('a file name with : and % is escaped in the property; the related location on a further line of the message', () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-f9-'));
      try {
        cpSync(FIX, dir, { recursive: true });
        renameSync(path.join(dir, UTVAER), path.join(dir, 'strategier/kommuner/Utvær: plan 100%.md'));
        const res = run(['check', '--format', 'github'], dir);
        const line = res.stdout.split('\n').find((l) => l.includes('title=goal-unlinked') && l.includes('Utv'))!;
        assert.ok(line.startsWith('::warning file=strategier/kommuner/Utvær%3A plan 100%25.md,line=9,col=4,'), line);
        const { props, message } = parse(line);
        assert.equal(props.file, 'strategier/kommuner/Utvær: plan 100%.md');
        assert.match(message, /\n↳ strategier\/kommuner\/Utvær: plan 100%\.md:13:24 DS19-M44/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('--format junit', () => {
    /** Well-formed for this subset of XML: tags nest, attribute values and text hold only legal characters and entity references. */
    function cases(xml: string): { name: string; failures: { type: string; message: string }[] }[] {
      assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n'));
      assert.ok(!/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml));
      const ENT = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);)/;
      const stack: string[] = [];
      const out: { name: string; failures: { type: string; message: string }[] }[] = [];
      const un = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
      const body = xml.slice(xml.indexOf('\n') + 1);
      const tokens = body.split(/(<[^>]*>)/);
      for (const t of tokens) {
        if (!t.startsWith('<')) {
          assert.ok(!ENT.test(t) && !t.includes('>'), `text: ${t.slice(0, 80)}`);
          continue;
        }
        const m = /^<(\/?)([a-z-]+)((?: [a-z]+="[^"<]*")*)(\/?)>$/.exec(t);
        assert.ok(m, `tag: ${t.slice(0, 80)}`);
        const attrs = Object.fromEntries([...m[3]!.matchAll(/ ([a-z]+)="([^"]*)"/g)].map((a) => {
          assert.ok(!ENT.test(a[2]!), a[2]);
          return [a[1]!, un(a[2]!)];
        }));
        if (m[1]) assert.equal(stack.pop(), m[2]);
        else {
          if (m[2] === 'testcase') out.push({ name: attrs['name']!, failures: [] });
          if (m[2] === 'failure') out[out.length - 1]!.failures.push({ type: attrs['type']!, message: attrs['message']! });
          if (!m[4]) stack.push(m[2]!);
        }
      }
      assert.deepEqual(stack, []);
      return out;
    }

    it('well-formed; one test case per checked file; a failure per error or warning, with type and «rule: message»', () => {
      const res = run(['check', '--format', 'junit']);
      assert.equal(res.status, 1);
      const got = cases(res.stdout);
      const { out } = checkJson();
      assert.deepEqual(got.map((c) => c.name), ['samstemt.yaml', SOLVIK, IKT, UTVAER, BREKKE, HAUGDAL]);
      for (const c of got) {
        const failing = out.diagnostics.filter((d) => d.file === c.name && (d.severity === 'error' || d.severity === 'warning'));
        assert.deepEqual(c.failures, failing.map((d) => ({ type: d.severity, message: `${d.rule}: ${d.message}` })));
      }
      assert.match(res.stdout, /<testsuites name="samstemt" tests="6" failures="4" errors="0"/);
      assert.ok(res.stdout.includes('«Felles sak/arkiv &lt;Elements&gt; &amp; «eByggesak» &quot;beta&quot;»'));
    });
  });

  describe('--format stylish', () => {
    it('no colour off a terminal or with NO_COLOR; FORCE_COLOR=1 colours a pipe, FORCE_COLOR=0 does not', () => {
      const plain = run(['check']);
      assert.equal(plain.status, 1);
      assert.ok(!plain.stdout.includes('\u001b'));
      assert.ok(!run(['check'], FIX, { NO_COLOR: '1', FORCE_COLOR: '1' }).stdout.includes('\u001b'));
      assert.ok(!run(['check'], FIX, { FORCE_COLOR: '0' }).stdout.includes('\u001b'));
      assert.match(run(['check'], FIX, { FORCE_COLOR: '1' }).stdout, /\u001b\[31m/);
    });

    it('1-based line:col in UTF-16 units, paths from the folder run in, the nb summary', () => {
      const out = run(['check']).stdout;
      assert.match(out, /^strategier\/kommuner\/Utvær-strategi\.md$/m);
      assert.match(out, /^ {2}13:24 {2}feil {6}«DS19-M44»/m);
      assert.match(out, /^strategier\/felles dokumenter\/IKT Vest-Ask, strategi 2025–2028\.md$/m);
      assert.ok(out.endsWith('✖ 14 problemer (6 feil, 4 advarsler, 4 merknader)\n'));
      const en = run(['check', '--lang', 'en']).stdout;
      assert.match(en, /^ {2}13:24 {2}error {4}"?«?DS19-M44/m);
      assert.ok(en.endsWith('✖ 14 problems (6 errors, 4 warnings, 4 infos)\n'));
    });
  });

  describe('--output', () => {
    it('creates missing folders (with spaces); nothing on stdout; the same exit code; no colour', () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-f9-'));
      try {
        const file = path.join(dir, 'ny mappe', 'år 2025', 'resultat.sarif');
        const res = run(['check', '--format', 'sarif', '--output', file]);
        assert.deepEqual([res.status, res.stdout, res.stderr], [1, '', '']);
        assert.equal(JSON.parse(readFileSync(file, 'utf8')).version, '2.1.0');
        const txt = path.join(dir, 'b', 'ut.txt');
        assert.equal(run(['check', '--output', txt], FIX, { FORCE_COLOR: '1' }).stdout, '');
        assert.ok(!readFileSync(txt, 'utf8').includes('\u001b'));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('into a read-only folder: exit 2, «permission denied», no stack trace (as an unprivileged user)', function () {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-f9-'));
      try {
        const ro = path.join(dir, 'skrivebeskyttet');
        mkdirSync(ro);
        chmodSync(ro, 0o555);
        chmodSync(dir, 0o755);
        // Root writes through the mode bits: drop to «nobody» where the machine can, else skip.
        const asRoot = process.getuid?.() === 0;
        if (asRoot && spawnSync('setpriv', ['--version']).status !== 0) this.skip();
        // «nobody» must reach the program and the cooperation: a copy of both in the open folder, for the
        // checkout may be private (a clone in a folder made by mktemp is readable by its owner only).
        const bin = asRoot ? path.join(dir, 'dist', 'samstemt.js') : BIN;
        const fix = asRoot ? path.join(dir, 'samarbeid') : FIX;
        if (asRoot) {
          cpSync(path.join(REPO, 'dist', 'samstemt.js'), bin);
          cpSync(path.join(REPO, 'dist', 'package.json'), path.join(dir, 'dist', 'package.json'));
          cpSync(path.join(REPO, 'server', 'catalogs'), path.join(dir, 'server', 'catalogs'), { recursive: true });
          cpSync(FIX, fix, { recursive: true });
        }
        const args = [bin, 'check', fix, '--format', 'sarif', '--output', path.join(ro, 'ny', 'x.sarif'), '--lang', 'en'];
        const r = asRoot
          ? spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...args], { encoding: 'utf8' })
          : spawnSync(process.execPath, args, { encoding: 'utf8' });
        assert.equal(r.status, 2, r.stderr);
        assert.equal(r.stdout, '');
        assert.equal(r.stderr, `samstemt: cannot write ${path.join(ro, 'ny', 'x.sarif')}: permission denied\n`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('onto a folder or below a file: exit 2, one plain line naming the file', () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-f9-'));
      try {
        writeFileSync(path.join(dir, 'fil'), 'x');
        mkdirSync(path.join(dir, 'mappe'));
        const targets = [path.join(dir, 'mappe'), path.join(dir, 'fil', 'ut.json')];
        for (const t of targets) {
          const res = run(['check', '--format', 'json', '--output', t, '--lang', 'en']);
          assert.equal(res.status, 2, t);
          assert.equal(res.stdout, '');
          assert.match(res.stderr, /^samstemt: cannot write .+: .+\n$/);
          assert.ok(res.stderr.includes(t) && !/\n\s+at /.test(res.stderr), res.stderr);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('--output ending in a slash', () => {
    it('`--output reports/` names a folder: exit 2 and a plain line, instead of a file called «reports» that the next CI step cannot read as a folder', () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-f9-'));
      try {
        for (const given of ['reports/', 'ny mappe/sarif/']) {
          const inDir = spawnSync(process.execPath, [BIN, 'check', FIX, '--format', 'sarif', '--output', given, '--lang', 'en'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
          assert.equal(inDir.status, 2, given);
          assert.equal(inDir.stdout, '');
          assert.equal(inDir.stderr, `samstemt: cannot write ${given}: a file name is needed, not a folder (the path ends in a slash)\n`);
          assert.ok(!existsSync(path.join(dir, given.slice(0, -1))), `nothing written at ${given}`);
        }
        const nb = spawnSync(process.execPath, [BIN, 'check', FIX, '--output', 'ut/'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
        assert.equal(nb.stderr, 'samstemt: kan ikke skrive ut/: trenger et filnavn, ikke en mappe (stien slutter med skråstrek)\n');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('--output onto a file the check reads', () => {
    it('a strategy document or samstemt.yaml is not overwritten by the result: exit 2, the file unchanged', () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-f9-'));
      try {
        cpSync(FIX, dir, { recursive: true });
        // `--output` takes the next word: the path meant to be checked becomes the output file.
        const utvaer = readFileSync(path.join(dir, UTVAER), 'utf8');
        for (const target of [UTVAER, 'samstemt.yaml', './strategier/kommuner/../Sølvik-strategi.md']) {
          const before = readFileSync(path.join(dir, target), 'utf8');
          const res = run(['check', '--output', target, '--lang', 'en'], dir);
          assert.equal(res.status, 2, target);
          assert.equal(res.stdout, '');
          assert.equal(res.stderr, `samstemt: cannot write ${target}: samstemt reads it as a strategy document or settings file (give --output another file name)\n`);
          assert.equal(readFileSync(path.join(dir, target), 'utf8'), before, target);
        }
        const report = run(['report', '--output', SOLVIK, '--lang', 'en'], dir);
        assert.deepEqual([report.status, report.stdout], [2, '']);
        assert.equal(report.stderr, `samstemt: cannot write ${SOLVIK}: samstemt reads it as a strategy document or settings file (give --output another file name)\n`);
        assert.ok(readFileSync(path.join(dir, SOLVIK), 'utf8').startsWith('---\r\nowner: solvik'));
        // Nor under another name: a link to the document (or, on macOS and Windows, its name in other case).
        symlinkSync(path.join(dir, UTVAER), path.join(dir, 'siste.txt'));
        const linked = run(['check', '--output', 'siste.txt', '--lang', 'en'], dir);
        assert.deepEqual([linked.status, linked.stdout], [2, '']);
        assert.equal(linked.stderr, 'samstemt: cannot write siste.txt: samstemt reads it as a strategy document or settings file (give --output another file name)\n');
        assert.equal(readFileSync(path.join(dir, UTVAER), 'utf8'), utvaer);
        // Only the files of the cooperation are protected: a new file beside them is written.
        const res = run(['check', '--output', 'strategier/resultat.txt'], dir);
        assert.equal(res.status, 1);
        assert.ok(readFileSync(path.join(dir, 'strategier/resultat.txt'), 'utf8').includes('unknown-objective'));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('--max-warnings', () => {
    const off = ['conflict-system-choice', 'unknown-objective', 'invalid-value'].flatMap((id) => ['--rule', `${id}=off`]);

    it('0 with errors: exit 1; the 4 warnings alone: 4 exit 0, 3 exit 1 with one line, -1 no limit', () => {
      assert.equal(run(['check', '--max-warnings', '0']).status, 1);
      assert.equal(run(['check', ...off, '--max-warnings', '4']).status, 0);
      assert.equal(run(['check', ...off, '--max-warnings', '-1']).status, 0);
      const over = run(['check', ...off, '--max-warnings', '3', '--format', 'json']);
      assert.equal(over.status, 1);
      assert.equal(over.stderr, 'samstemt: 4 advarsler, flere enn --max-warnings 3 tillater; avslutningskode 1.\n');
    });

    it('a whole number too large for exact arithmetic is still a limit, not «not a whole number»', () => {
      const off = ['conflict-system-choice', 'unknown-objective', 'invalid-value'].flatMap((id) => ['--rule', `${id}=off`]);
      const res = run(['check', ...off, '--max-warnings', '99999999999999999999']);
      assert.deepEqual([res.status, res.stderr], [0, '']);
    });

    it('negative other than -1, not a number, a fraction, empty: exit 2 with one line, nothing on stdout', () => {
      for (const v of ['-2', 'abc', '1.5', '', '+3']) {
        const res = run(['check', '--max-warnings', v]);
        assert.equal(res.status, 2, v);
        assert.equal(res.stdout, '', v);
        assert.equal(res.stderr.split('\n').length, 2, v);
        assert.match(res.stderr, /^samstemt: --max-warnings/, v);
      }
    });
  });

  describe('--rule', () => {
    it('x=off removes the findings; repeated --rule all apply, the last for one rule wins', () => {
      const { out } = checkJson(['--rule', 'goal-unlinked=off', '--rule', 'Beyond-Framework-Period=OFF']);
      assert.ok(!out.diagnostics.some((d) => d.rule === 'goal-unlinked' || d.rule === 'beyond-framework-period'));
      assert.deepEqual(out.summary, { files: 6, goals: 8, errors: 6, warnings: 2, infos: 1, hints: 0 });
      const last = checkJson(['--rule', 'goal-unlinked=off', '--rule', 'goal-unlinked=error']).out;
      assert.deepEqual(last.diagnostics.filter((d) => d.rule === 'goal-unlinked').map((d) => d.severity), ['error', 'error']);
    });

    it('an unknown rule: exit 2 with did-you-mean, or the rules listed', () => {
      const typo = run(['check', '--rule', 'unknown-objectiv=off', '--lang', 'en']);
      assert.deepEqual([typo.status, typo.stdout], [2, '']);
      assert.equal(typo.stderr, 'samstemt: --rule: there is no rule "unknown-objectiv"; did you mean "unknown-objective"?\n');
      const x = run(['check', '--rule', 'x=off', '--lang', 'en']);
      assert.equal(x.status, 2);
      assert.match(x.stderr, /^samstemt: --rule: there is no rule "x"; the rules are .*goal-unlinked.*\n$/);
    });

    it('an unknown severity: exit 2, the allowed ones named, and the one meant for a typo or a Norwegian name', () => {
      const cases: [string, string][] = [['warn', 'warning'], ['eror', 'error'], ['advarsel', 'warning'], ['av', 'off']];
      for (const [given, meant] of cases) {
        const res = run(['check', '--rule', `goal-unlinked=${given}`, '--lang', 'en']);
        assert.deepEqual([res.status, res.stdout], [2, ''], given);
        assert.equal(res.stderr, `samstemt: --rule: severity must be one of error, warning, info, hint, off (got "${given}"); did you mean "${meant}"?\n`);
      }
      const nb = run(['check', '--rule', 'goal-unlinked=advarsel']);
      assert.equal(nb.stderr, 'samstemt: --rule: alvorlighetsgraden må være en av error, warning, info, hint, off (fikk «advarsel»); mente du «warning»?\n');
      const none = run(['check', '--rule', 'goal-unlinked=zzzzzz', '--lang', 'en']);
      assert.equal(none.stderr, 'samstemt: --rule: severity must be one of error, warning, info, hint, off (got "zzzzzz")\n');
    });

    it('`warn` in samstemt.yaml `rules:` is offered «warning» as the fix, as on the command line', () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-f9-'));
      try {
        cpSync(FIX, dir, { recursive: true });
        const config = path.join(dir, 'samstemt.yaml');
        writeFileSync(config, readFileSync(config, 'utf8').replace('objective-uncovered: off', 'objective-uncovered: off\n  goal-unlinked: warn'));
        const { out } = checkJson(['--lang', 'en'], dir);
        const d = out.diagnostics.find((x) => x.file === 'samstemt.yaml' && x.rule === 'invalid-value')!;
        assert.match(d.message, /"warn".*Did you mean "warning"\?/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('--rule without = or without a severity: exit 2 with the syntax', () => {
      for (const v of ['goal-unlinked', 'goal-unlinked=', '=off', 'goal-unlinked:off']) {
        const res = run(['check', '--rule', v, '--lang', 'en']);
        assert.equal(res.status, 2, v);
        assert.match(res.stderr, /^samstemt: --rule takes ID=SEVERITY/, v);
      }
    });
  });
});
