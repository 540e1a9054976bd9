/**
 * Audit 8 of the command line contract (cli.md), through the process surface
 * as a user runs it: `node bin/samstemt.js …`.
 *
 * The cooperation (test/fixtures/cli-audit8, written from format.md before
 * reading the implementation): «IKT Nordvik», an ICT company and four
 * municipalities of 38 000, 7 400, 2 600 and 900 inhabitants. Havby writes
 * bokmål with Windows line ends (CRLF), Elvdal nynorsk, Lundaker English,
 * Skarvøy a YAML strategy; the three small members sit in a sub-folder
 * (strategier/kommuner). `samstemt.yaml` turns `objective-uncovered` off.
 *
 * Expected findings, worked out by hand from rules.md (lines and characters
 * zero-based, characters in UTF-16 code units):
 *
 * | file (under strategier/)  | at            | severity | rule                     | why |
 * |---------------------------|---------------|----------|--------------------------|-----|
 * | havby.strategy.md         | 12:20–12:27   | error    | unknown-objective        | `DS19-M9` does not exist |
 * | havby.strategy.md         | 17:9–17:13    | info     | beyond-framework-period  | deadline 2027 > DS19's end 2025 |
 * | havby.strategy.md         | 22:11–22:23   | info     | conflict-system-choice   | retains Agresso Lønn vs felles-hr's Visma HRM, accepted |
 * | havby.strategy.md         | 27:3–27:34    | warning  | goal-not-measurable      | 🚲 heading: no deadline, nothing to measure (🚲 is 2 units) |
 * | havby.strategy.md         | 27:3–27:34    | warning  | goal-unlinked            | same heading, supports nothing |
 * | havby.strategy.md         | 31:3–31:33    | warning  | goal-unlinked            | «digital dialog … innbyggere … kommunisere digitalt»: suggests DS19-M3 |
 * | ikt-nordvik.strategy.md   | 12:11–12:20   | info     | conflict-system-choice   | the accepted side of Havby's conflict |
 * | ikt-nordvik.strategy.md   | 12:11–12:20   | error    | conflict-system-choice   | Visma HRM for all vs Skarvøy keeping Excel |
 * | ikt-nordvik.strategy.md   | 13:10–13:14   | info     | uniform-mandate          | `Omfang: alle`, 38 000 vs 900, no `Unntak` |
 * | ikt-nordvik.strategy.md   | 14:9–14:19    | info     | beyond-framework-period  | 2026-12-31 |
 * | kommuner/elvdal…md        | 15:2–15:7     | warning  | unknown-property         | `Frest` (did you mean Frist) |
 * | kommuner/elvdal…md        | 17:3–17:29    | warning  | goal-not-measurable      | no deadline, no indicator |
 * | kommuner/lundaker…md      | 12:27–12:34   | error    | unknown-member           | `vikhamn` in Scope |
 * | kommuner/lundaker…md      | 13:15–13:37   | error    | unknown-goal-ref         | `ikt-nordvik#felles-hrm` |
 * | kommuner/lundaker…md      | 15:12–15:22   | info     | beyond-framework-period  | 2026-06-30 |
 * | kommuner/lundaker…md      | 20:9–20:21    | warning  | solution-first           | adopts Kommune-Kari, no need or benefit |
 * | kommuner/skarvoy…yaml     | 7:12–7:31     | error    | conflict-system-choice   | the other side of the Excel conflict |
 * | kommuner/skarvoy…yaml     | 8:14–8:24     | info     | beyond-framework-period  | 2026-12-31 |
 * | kommuner/skarvoy…yaml     | 10:66–10:70   | error    | invalid-value            | area `hamn`, after «🚤⚓» in a flow mapping (66 units, 65 code points) |
 *
 * Deliberately *not* findings: the shared resource is used to exactly its
 * capacity (4 + 2 = 6 årsverk), the portal exempts the two members with their
 * own solutions, `eget-lonn` ends 2025-12-31 (not after DS19's end).
 * Totals: 6 files (5 strategies and samstemt.yaml), 12 goals, 6 errors,
 * 6 warnings, 7 infos, 0 hints: exit 1.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sarifValidator } from '../helpers/sarif.js';
import { REPO } from '../helpers/paths.js';
import { runBin, type CliRun } from '../helpers/cli.js';

const BIN = path.join(REPO, 'bin/samstemt.js');
const FIX = path.join(REPO, 'test/fixtures/cli-audit8');
const K = 'strategier/kommuner';

type Run = CliRun;

/** `node bin/samstemt.js ARGS` in `cwd` (the fixture by default), as CI runs it. */
const run = (args: string[], cwd = FIX, env: Record<string, string> = {}): Run => runBin(args, cwd, env);

interface Pos { line: number; character: number }
interface JsonDiag {
  file: string; range: { start: Pos; end: Pos }; severity: string; rule: string; message: string; goal?: string;
  related?: { file: string; range: { start: Pos; end: Pos }; message: string; goal?: string }[];
  suggestions?: { objective: string; score: number; matched: string[] }[];
}
interface JsonOut { version: number; root: string; summary: Record<string, number>; diagnostics: JsonDiag[] }

function json(args: string[], cwd = FIX): { run: Run; out: JsonOut } {
  const r = run(['check', ...args, '--format', 'json'], cwd);
  return { run: r, out: JSON.parse(r.stdout) as JsonOut };
}

/** [file, startLine, startChar, endLine, endChar, severity, rule, goal] of the table above. */
type Row = [string, number, number, number, number, string, string, string];
const H = 'strategier/havby.strategy.md';
const I = 'strategier/ikt-nordvik.strategy.md';
const E = `${K}/elvdal.strategy.md`;
const L = `${K}/lundaker.strategy.md`;
const S = `${K}/skarvoy.strategy.yaml`;
const EXPECTED: Row[] = [
  [H, 12, 20, 12, 27, 'error', 'unknown-objective', 'havby#digital-byggesak'],
  [H, 17, 9, 17, 13, 'info', 'beyond-framework-period', 'havby#digital-byggesak'],
  [H, 22, 11, 22, 23, 'info', 'conflict-system-choice', 'havby#eget-lonn'],
  [H, 27, 3, 27, 34, 'warning', 'goal-not-measurable', 'havby#bysykkel'],
  [H, 27, 3, 27, 34, 'warning', 'goal-unlinked', 'havby#bysykkel'],
  [H, 31, 3, 31, 33, 'warning', 'goal-unlinked', 'havby#digital-dialog'],
  [I, 12, 11, 12, 20, 'info', 'conflict-system-choice', 'ikt-nordvik#felles-hr'],
  [I, 12, 11, 12, 20, 'error', 'conflict-system-choice', 'ikt-nordvik#felles-hr'],
  [I, 13, 10, 13, 14, 'info', 'uniform-mandate', 'ikt-nordvik#felles-hr'],
  [I, 14, 9, 14, 19, 'info', 'beyond-framework-period', 'ikt-nordvik#felles-hr'],
  [E, 15, 2, 15, 7, 'warning', 'unknown-property', 'elvdal#trygg-skule'],
  [E, 17, 3, 17, 29, 'warning', 'goal-not-measurable', 'elvdal#eige-journal'],
  [L, 12, 27, 12, 34, 'error', 'unknown-member', 'lundaker#shared-case'],
  [L, 13, 15, 13, 37, 'error', 'unknown-goal-ref', 'lundaker#shared-case'],
  [L, 15, 12, 15, 22, 'info', 'beyond-framework-period', 'lundaker#shared-case'],
  [L, 20, 9, 20, 21, 'warning', 'solution-first', 'lundaker#chatbot'],
  [S, 7, 12, 7, 31, 'error', 'conflict-system-choice', 'skarvoy#excel-personal'],
  [S, 8, 14, 8, 24, 'info', 'beyond-framework-period', 'skarvoy#excel-personal'],
  [S, 10, 66, 10, 70, 'error', 'invalid-value', 'skarvoy#båtplass'],
];
const rowOf = (d: JsonDiag): Row => [d.file, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.severity, d.rule, d.goal ?? ''];

/** The text a range covers in a fixture file (lines split on \r?\n, UTF-16 indices as JavaScript strings have them). */
function textAt(file: string, line: number, start: number, end: number): string {
  return readFileSync(path.join(FIX, file), 'utf8').split(/\r?\n/)[line]!.slice(start, end);
}

/** A small strict well-formedness check: balanced tags, quoted attributes without `<`, only the five entities or numeric references. */
function assertWellFormedXml(xml: string): void {
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>'), 'XML declaration');
  const body = xml.replace(/^<\?xml[^?]*\?>/, '');
  for (const amp of body.matchAll(/&[^;\s]*;?/g)) assert.match(amp[0], /^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);$/, `bad reference ${amp[0]}`);
  const stack: string[] = [];
  for (const tag of body.matchAll(/<([^>]*)>/g)) {
    const inner = tag[1]!;
    if (inner.startsWith('/')) { assert.equal(stack.pop(), inner.slice(1).trim(), `unbalanced </${inner}>`); continue; }
    const m = /^([A-Za-z_][\w.-]*)((?:\s+[\w.-]+="[^"<]*")*)\s*(\/?)$/.exec(inner);
    assert.ok(m, `malformed tag <${inner.slice(0, 80)}>`);
    if (!m[3]) stack.push(m[1]!);
  }
  assert.deepEqual(stack, [], 'every element closed');
  assert.ok(!/<[^>]*$/.test(body.replace(/<([^>]*)>/g, '')), 'no stray <');
}

describe('CLI audit 8: the command line contract on IKT Nordvik (test/fixtures/cli-audit8)', function () {
  this.timeout(60000);

  describe('the fixture is what the table says', () => {
    it('Havby is CRLF, the others LF; the diagnosed spans are the texts the table names', () => {
      assert.ok(readFileSync(path.join(FIX, H), 'utf8').includes('\r\n'));
      assert.ok(!readFileSync(path.join(FIX, E), 'utf8').includes('\r'));
      assert.equal(textAt(H, 12, 20, 27), 'DS19-M9');
      assert.equal(textAt(H, 27, 3, 34), '🚲 Bysykkel-app for innbyggerne');
      assert.equal(textAt(E, 15, 2, 7), 'Frest');
      assert.equal(textAt(L, 12, 27, 34), 'vikhamn');
      assert.equal(textAt(L, 13, 15, 37), 'ikt-nordvik#felles-hrm');
      assert.equal(textAt(S, 10, 66, 70), 'hamn');
      assert.equal([...readFileSync(path.join(FIX, S), 'utf8').split('\n')[10]!.slice(0, 66)].length, 65, '🚤 is one code point, two UTF-16 units');
    });
  });

  describe('check --format json', () => {
    const { run: r, out } = json([]);

    it('exits 1 (errors), prints one JSON object on stdout and nothing on stderr', () => {
      assert.equal(r.status, 1);
      assert.equal(r.stderr, '');
      assert.deepEqual(Object.keys(out), ['version', 'root', 'summary', 'diagnostics']);
      assert.equal(out.version, 1);
      assert.equal(out.root, '.');
    });

    it('counts 6 files, 12 goals, 6 errors, 6 warnings, 7 infos, 0 hints', () => {
      assert.deepEqual(out.summary, { files: 6, goals: 12, errors: 6, warnings: 6, infos: 7, hints: 0 });
    });

    it('reports exactly the table, in its order (file, position, rule), with UTF-16 characters', () => {
      assert.deepEqual(out.diagnostics.map(rowOf), EXPECTED);
    });

    it('gives `related` only to the two-goal findings, pointing at the other goal', () => {
      const withRelated = out.diagnostics.filter((d) => d.related);
      assert.deepEqual(withRelated.map((d) => [d.goal, d.related!.map((x) => [x.file, x.range.start.line, x.range.start.character, x.goal])]), [
        ['havby#eget-lonn', [[I, 12, 11, 'ikt-nordvik#felles-hr']]],
        ['ikt-nordvik#felles-hr', [[H, 22, 11, 'havby#eget-lonn']]],
        ['ikt-nordvik#felles-hr', [[S, 7, 12, 'skarvoy#excel-personal']]],
        ['skarvoy#excel-personal', [[I, 12, 11, 'ikt-nordvik#felles-hr']]],
      ]);
      for (const d of withRelated) assert.ok(d.rule.startsWith('conflict-'));
    });

    it('gives `suggestions` only on goal-unlinked / weak-link, up to 5, best first, DS19-M3 first for «digital dialog»', () => {
      for (const d of out.diagnostics) if (d.suggestions) assert.ok(['goal-unlinked', 'weak-link'].includes(d.rule), d.rule);
      const dialog = out.diagnostics.find((d) => d.goal === 'havby#digital-dialog')!;
      assert.ok(dialog.suggestions && dialog.suggestions.length >= 1 && dialog.suggestions.length <= 5);
      assert.equal(dialog.suggestions[0]!.objective, 'DS19-M3');
      assert.ok(dialog.suggestions[0]!.matched.includes('kommunisere'));
      const scores = dialog.suggestions.map((s) => s.score);
      assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
    });

    it('states `root` relative to the folder it runs in, and files relative to root with /', () => {
      const { out: o } = json(['test/fixtures/cli-audit8'], REPO);
      assert.equal(o.root, 'test/fixtures/cli-audit8');
      assert.deepEqual(o.diagnostics.map(rowOf), EXPECTED);
    });
  });

  describe('check PATH', () => {
    it('a sub-folder: the whole workspace is analysed, only the files under it reported', () => {
      const { run: r, out } = json([K]);
      assert.equal(r.status, 1);
      assert.equal(out.root, '.');
      assert.deepEqual(out.summary, { files: 3, goals: 6, errors: 4, warnings: 3, infos: 2, hints: 0 });
      assert.deepEqual(out.diagnostics.map(rowOf), EXPECTED.filter((row) => row[0].startsWith(`${K}/`)));
      // The conflict with the company's goal is found although ikt-nordvik.strategy.md is outside the path.
      assert.equal(out.diagnostics.find((d) => d.rule === 'conflict-system-choice')!.related![0]!.file, I);
    });

    it('a single file, and two files (in any order, given twice)', () => {
      const one = json([E]);
      assert.equal(one.run.status, 0);
      assert.deepEqual(one.out.summary, { files: 1, goals: 2, errors: 0, warnings: 2, infos: 0, hints: 0 });
      const two = json([E, H, E]);
      assert.equal(two.run.status, 1);
      assert.deepEqual(two.out.summary, { files: 2, goals: 6, errors: 1, warnings: 5, infos: 2, hints: 0 });
      assert.deepEqual(two.out.diagnostics.map(rowOf), EXPECTED.filter((row) => row[0] === H || row[0] === E));
    });

    it('a path that does not exist: exit 2, one line on stderr naming it, nothing on stdout', () => {
      const r = run(['check', 'strategier/finnes-ikke.md', '--format', 'json']);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, 'samstemt: finner ingen fil eller mappe som heter strategier/finnes-ikke.md\n');
    });
  });

  describe('check --format stylish (default)', () => {
    it('1-based line:col, the nb summary line from samstemt.yaml `language: nb`, no colour off a terminal', () => {
      const r = run(['check']);
      assert.equal(r.status, 1);
      assert.ok(!r.stdout.includes('\u001b['), 'no escape codes through a pipe');
      assert.match(r.stdout, /^strategier\/kommuner\/skarvoy\.strategy\.yaml$/m);
      assert.match(r.stdout, /^ {2}11:67 +feil +Området «hamn».*invalid-value$/m);
      assert.match(r.stdout, /^ {2}13:21 +feil +«DS19-M9».*unknown-objective$/m);
      assert.match(r.stdout, /✖ 19 problemer \(6 feil, 6 advarsler, 7 merknader\)/);
    });

    it('--lang en and --lang nn change the words, not the figures', () => {
      const en = run(['check', E, '--lang', 'en']);
      assert.equal(en.status, 0);
      assert.match(en.stdout, /^ {2}16:3 +warning +"Frest" is not a goal property.*Did you mean "Frist"\?/m);
      assert.match(en.stdout, /2 problems \(0 errors, 2 warnings\)/);
      const nn = run(['check', E, '--lang', 'nn']);
      assert.match(nn.stdout, /^ {2}16:3 +åtvaring +«Frest» er ikkje ein måleigenskap/m);
      assert.match(nn.stdout, /2 problem \(0 feil, 2 åtvaringar\)/);
    });

    it('--lang outside nb|nn|en: exit 2 with one line', () => {
      const r = run(['check', '--lang', 'de']);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr.split('\n').length, 2);
      assert.match(r.stderr, /^samstemt: --lang .*«de»/);
    });

    it('colour: FORCE_COLOR=1 colours a pipe, NO_COLOR wins, --output files and json never coloured', () => {
      assert.match(run(['check', E], FIX, { FORCE_COLOR: '1' }).stdout, /\u001b\[33m/);
      assert.ok(!run(['check', E], FIX, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout.includes('\u001b'));
      assert.ok(!run(['check', E, '--format', 'json'], FIX, { FORCE_COLOR: '1' }).stdout.includes('\u001b'));
      const dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-a8-'));
      try {
        const r = run(['check', E, '--output', path.join(dir, 'ut.txt')], FIX, { FORCE_COLOR: '1' });
        assert.equal(r.stdout, '');
        const text = readFileSync(path.join(dir, 'ut.txt'), 'utf8');
        assert.ok(!text.includes('\u001b') && text.includes('unknown-property'));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('colour on a real terminal (through script(1), where it exists)', function () {
      if (spawnSync('script', ['--version']).status !== 0) this.skip();
      const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} check ${E}`;
      const base = { ...process.env };
      delete base.NO_COLOR;
      delete base.FORCE_COLOR;
      const tty = spawnSync('script', ['-qc', cmd, '/dev/null'], { cwd: FIX, encoding: 'utf8', env: base });
      assert.match(tty.stdout, /\u001b\[/);
      const off = spawnSync('script', ['-qc', cmd, '/dev/null'], { cwd: FIX, encoding: 'utf8', env: { ...base, NO_COLOR: '1' } });
      assert.ok(off.stdout.includes('unknown-property') && !off.stdout.includes('\u001b'));
    });
  });

  describe('check --max-warnings and --rule', () => {
    it('exactly N warnings with --max-warnings N exits 0; N-1 exits 1 and says so on stderr', () => {
      assert.equal(run(['check', E, '--max-warnings', '2']).status, 0);
      const over = run(['check', E, '--max-warnings', '1']);
      assert.equal(over.status, 1);
      assert.equal(over.stderr, 'samstemt: 2 advarsler, flere enn --max-warnings 1 tillater; avslutningskode 1.\n');
    });

    it('--max-warnings that is not a whole number: exit 2', () => {
      for (const v of ['abc', '2.5', '']) {
        const r = run(['check', E, '--max-warnings', v]);
        assert.equal(r.status, 2, v);
        assert.equal(r.stderr.split('\n').length, 2, v);
      }
    });

    it('--rule is repeatable; turning the error rules off leaves 8 warnings (6 + the 2 conflict sides), the accepted conflict stays info', () => {
      const rules = ['unknown-objective=off', 'unknown-member=off', 'unknown-goal-ref=off', 'invalid-value=off', 'conflict-system-choice=warning'].flatMap((x) => ['--rule', x]);
      const { run: r, out } = json(rules);
      assert.equal(r.status, 0);
      assert.deepEqual(out.summary, { files: 6, goals: 12, errors: 0, warnings: 8, infos: 7, hints: 0 });
      assert.deepEqual(out.diagnostics.filter((d) => d.rule === 'conflict-system-choice').map((d) => d.severity), ['info', 'info', 'warning', 'warning']);
      assert.equal(run(['check', ...rules, '--max-warnings', '8']).status, 0);
      assert.equal(run(['check', ...rules, '--max-warnings', '7']).status, 1);
    });

    it('--rule overrides samstemt.yaml: objective-uncovered=info reports the 16 DS19 objectives no goal supports, on samstemt.yaml', () => {
      const { out } = json(['--rule', 'objective-uncovered=info']);
      const unc = out.diagnostics.filter((d) => d.rule === 'objective-uncovered');
      // DS19 has M1–M6, I2–I9 and I2-L1–L7 (21, the vision not counted); covered: M1, M2, M3, M5, M6.
      assert.equal(unc.length, 16);
      assert.ok(unc.every((d) => d.file === 'samstemt.yaml' && d.severity === 'info'));
      assert.equal(out.summary.infos, 7 + 16);
    });

    it('an unknown rule, an unknown severity or a malformed --rule: exit 2, one line, no stack trace', () => {
      for (const v of ['goal-unlinkd=off', 'goal-unlinked=fatal', 'goal-unlinked', '=off']) {
        const r = run(['check', '--rule', v]);
        assert.equal(r.status, 2, v);
        assert.equal(r.stdout, '', v);
        assert.equal(r.stderr.split('\n').length, 2, `${v}: ${r.stderr}`);
        assert.ok(!/\n\s+at /.test(r.stderr), v);
      }
      assert.match(run(['check', '--rule', 'goal-unlinkd=off']).stderr, /«goal-unlinkd»/);
      assert.match(run(['check', '--rule', 'goal-unlinked=fatal']).stderr, /«fatal»/);
    });
  });

  describe('check --format sarif', () => {
    const r = run(['check', '--format', 'sarif']);
    const log = JSON.parse(r.stdout) as { version: string; runs: { tool: { driver: { rules: { id: string; help?: unknown }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[]; relatedLocations?: unknown[] }[] }[] };

    it('is valid SARIF 2.1.0 (the schema in test/fixtures), exit 1', () => {
      assert.equal(r.status, 1);
      const validate = sarifValidator();
      assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
      assert.equal(log.version, '2.1.0');
    });

    it('one result per finding, 1-based regions, paths from the repository root, help text for every rule, related locations on the conflicts', () => {
      const res = log.runs[0]!.results;
      assert.equal(res.length, EXPECTED.length);
      const hamn = res.find((x) => x.ruleId === 'invalid-value')!;
      assert.equal(hamn.level, 'error');
      assert.equal(hamn.locations[0]!.physicalLocation.artifactLocation.uri, `test/fixtures/cli-audit8/${S}`);
      assert.deepEqual(hamn.locations[0]!.physicalLocation.region, { startLine: 11, startColumn: 67, endLine: 11, endColumn: 71 });
      assert.deepEqual(res.map((x) => x.level).sort(), [...EXPECTED.map((row) => ({ error: 'error', warning: 'warning', info: 'note', hint: 'note' })[row[5]]!)].sort());
      assert.equal(res.filter((x) => x.relatedLocations?.length).length, 4);
      for (const rule of log.runs[0]!.tool.driver.rules) assert.ok(rule.help, rule.id);
    });
  });

  describe('check --format github', () => {
    it('one workflow command per finding, with 1-based positions and the repository path', () => {
      const r = run(['check', '--format', 'github']);
      assert.equal(r.status, 1);
      const lines = r.stdout.trimEnd().split('\n');
      assert.equal(lines.length, EXPECTED.length);
      assert.ok(lines.every((l) => /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::/.test(l)), lines.find((l) => !l.startsWith('::')));
      assert.ok(lines.includes(lines.find((l) => l.startsWith(`::error file=test/fixtures/cli-audit8/${S},line=11,col=67,endLine=11,endColumn=71,title=invalid-value::`))!));
      assert.ok(lines.some((l) => l.startsWith(`::warning file=test/fixtures/cli-audit8/${H},line=28,col=4,endLine=28,endColumn=35,title=goal-unlinked::`)));
    });

    it('escapes % \\r \\n in the message and also : and , in properties', () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-a8-'));
      try {
        writeFileSync(path.join(dir, 'samstemt.yaml'), 'members:\n  storby: { name: Storby, kind: kommune, population: 1000 }\nrules:\n  objective-uncovered: off\n  goal-unlinked: off\n');
        mkdirSync(path.join(dir, 'a, b:c'));
        writeFileSync(path.join(dir, 'a, b:c', 'x,y:z.strategy.md'), '---\r\nowner: storby\r\n---\r\n## 100 % & "mer" <digitalt> {#mer}\r\n\r\n- Område: hr\r\n');
        const r = run(['check', '--format', 'github'], dir);
        assert.equal(r.status, 0);
        const lines = r.stdout.trimEnd().split('\n');
        assert.equal(lines.length, 1, r.stdout);
        assert.ok(lines[0]!.startsWith('::warning file=a%2C b%3Ac/x%2Cy%3Az.strategy.md,line=4,col=4,'), lines[0]);
        assert.match(lines[0]!, /title=goal-not-measurable::.*«100 %25 & "mer" <digitalt>»/);
        assert.ok(!lines[0]!.includes('\r'));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('check --format junit', () => {
    it('well-formed XML, one test case per file checked, a failure per error or warning', () => {
      const r = run(['check', '--format', 'junit']);
      assert.equal(r.status, 1);
      assertWellFormedXml(r.stdout);
      const cases = [...r.stdout.matchAll(/<testcase name="([^"]*)"/g)].map((m) => m[1]);
      assert.deepEqual(cases, ['samstemt.yaml', H, I, E, L, S]);
      // 6 errors + 6 warnings; infos go to system-out.
      assert.equal([...r.stdout.matchAll(/<failure /g)].length, 12);
      assert.match(r.stdout, /<testsuites name="samstemt" tests="6" failures="5"/);
    });

    it('escapes < & " in attributes and text', () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-a8-'));
      try {
        writeFileSync(path.join(dir, 'samstemt.yaml'), 'members:\n  storby: { name: Storby, kind: kommune, population: 1000 }\nrules:\n  objective-uncovered: off\n  goal-unlinked: off\n');
        writeFileSync(path.join(dir, 'a&b "c" <d>.strategy.md'), '---\nowner: storby\n---\n## 100 % & "mer" <digitalt> {#mer}\n\n- Område: hr\n');
        const r = run(['check', '--format', 'junit'], dir);
        assertWellFormedXml(r.stdout);
        assert.ok(r.stdout.includes('<testcase name="a&amp;b &quot;c&quot; &lt;d&gt;.strategy.md"'), r.stdout);
        assert.ok(r.stdout.includes('«100 % &amp; &quot;mer&quot; &lt;digitalt&gt;»'));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('check --output', () => {
    it('writes the formatted result to FILE (creating its folder), nothing on stdout, same exit code', () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-a8-'));
      try {
        const file = path.join(dir, 'ny/mappe/resultat.json');
        const r = run(['check', '--format', 'json', '--output', file]);
        assert.equal(r.status, 1);
        assert.equal(r.stdout, '');
        assert.deepEqual((JSON.parse(readFileSync(file, 'utf8')) as JsonOut).diagnostics.map(rowOf), EXPECTED);
        const folder = run(['check', '--output', dir]);
        assert.equal(folder.status, 2);
        assert.equal(folder.stderr.split('\n').length, 2);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('report', () => {
    it('--format json: members in samstemt.yaml order, coverage, the two conflicts (one accepted), the unlinked goals', () => {
      const r = run(['report', '--format', 'json']);
      assert.equal(r.status, 0);
      const rep = JSON.parse(r.stdout) as { version: number; members: string[]; objectives: string[]; coverage: Record<string, Record<string, string[]>>; conflicts: { rule: string; goals: string[]; accepted: boolean }[]; unlinked: string[] };
      assert.equal(rep.version, 1);
      assert.deepEqual(rep.members, ['havby', 'elvdal', 'lundaker', 'skarvoy', 'ikt-nordvik']);
      assert.ok(rep.objectives.includes('DS19-M1') && !rep.objectives.some((o) => o.startsWith('DN30')));
      assert.deepEqual(rep.coverage.elvdal, { 'DS19-M1': ['elvdal#trygg-skule'], 'DS19-M5': ['elvdal#eige-journal'] });
      assert.deepEqual(rep.coverage['ikt-nordvik'], { 'DS19-M2': ['ikt-nordvik#felles-hr'], 'DS19-M3': ['ikt-nordvik#innbyggerportal'], 'DS19-M6': ['ikt-nordvik#felles-hr'] });
      assert.deepEqual(rep.conflicts.map((c) => [c.rule, [...c.goals].sort(), c.accepted]).sort(), [
        ['conflict-system-choice', ['havby#eget-lonn', 'ikt-nordvik#felles-hr'], true],
        ['conflict-system-choice', ['ikt-nordvik#felles-hr', 'skarvoy#excel-personal'], false],
      ]);
      assert.deepEqual([...rep.unlinked].sort(), ['havby#bysykkel', 'havby#digital-dialog']);
    });

    it('md and html with --output; an unknown format and a missing path exit 2', () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-a8-'));
      try {
        const md = run(['report', '--format', 'md', '--output', path.join(dir, 'r.md')]);
        assert.equal(md.status, 0);
        assert.equal(md.stdout, '');
        assert.match(readFileSync(path.join(dir, 'r.md'), 'utf8'), /^## Samstemthetsrapport – IKT Nordvik/m);
        const html = run(['report', '--output', path.join(dir, 'r.html')]);
        assert.equal(html.status, 0);
        assert.match(readFileSync(path.join(dir, 'r.html'), 'utf8'), /^<!doctype html>/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      assert.equal(run(['report', '--format', 'pdf']).status, 2);
      assert.equal(run(['report', 'finnes-ikke']).status, 2);
    });
  });

  describe('objectives', () => {
    it('lists the frameworks the cooperation enables (DS19 only here); --framework DN30 still names a built-in catalog', () => {
      const r = run(['objectives']);
      assert.equal(r.status, 0);
      assert.match(r.stdout, /^DS19 /m);
      assert.doesNotMatch(r.stdout, /^DN30 /m);
      assert.match(r.stdout, /^ {2}DS19-M3 +Alle som kan, kommuniserer digitalt$/m);
      assert.match(run(['objectives', '--framework', 'dn30']).stdout, /^DN30 /m);
    });

    it('an unknown framework: exit 2 and the known ones named', () => {
      const r = run(['objectives', '--framework', 'DS20']);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, 'samstemt: ukjent rammeverk «DS20»; kjente rammeverk: DS19, DN30\n');
    });
  });

  describe('suggest', () => {
    it('FILE#goal-id, with the words that matched; a goal ID with å', () => {
      const r = run(['suggest', `${H}#digital-dialog`]);
      assert.equal(r.status, 0);
      assert.match(r.stdout, /^havby#digital-dialog {2}Digital dialog med innbyggerne$/m);
      assert.match(r.stdout, /^ {2}DS19-M3 .*Alle som kan, kommuniserer digitalt\n +treff på: .*kommunisere/m);
      const j = run(['suggest', `${S}#båtplass`, '--format', 'json']);
      assert.equal(j.status, 0);
      assert.deepEqual((JSON.parse(j.stdout) as { goals: { goal: string; supports: string[] }[] }).goals.map((g) => [g.goal, g.supports]), [['skarvoy#båtplass', ['DS19-M2']]]);
    });

    it('FILE alone lists every goal of the file', () => {
      const r = run(['suggest', H]);
      assert.equal(r.status, 0);
      assert.deepEqual([...r.stdout.matchAll(/^(havby#[\w-]+) /gm)].map((m) => m[1]), ['havby#digital-byggesak', 'havby#eget-lonn', 'havby#bysykkel', 'havby#digital-dialog']);
    });

    it('an unknown goal ID: exit 2 with the IDs that exist', () => {
      const r = run(['suggest', `${H}#byggesak`]);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, 'samstemt: finner ikke målet «byggesak» i strategier/havby.strategy.md; målene er: digital-byggesak, eget-lonn, bysykkel, digital-dialog\n');
    });
  });

  describe('init', () => {
    it('scaffolds into a new folder, and never overwrites an existing samstemt.yaml in a non-empty folder', () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-a8-'));
      try {
        const fresh = run(['init', 'ny'], dir);
        assert.equal(fresh.status, 0);
        assert.ok(existsSync(path.join(dir, 'ny/samstemt.yaml')));
        assert.notEqual(run(['check', 'ny'], dir).status, 2);
        mkdirSync(path.join(dir, 'gammel'));
        writeFileSync(path.join(dir, 'gammel/samstemt.yaml'), 'cooperation: Vår egen\n');
        writeFileSync(path.join(dir, 'gammel/notat.md'), 'hei\n');
        const again = run(['init', 'gammel'], dir);
        assert.equal(again.status, 0);
        assert.equal(readFileSync(path.join(dir, 'gammel/samstemt.yaml'), 'utf8'), 'cooperation: Vår egen\n');
        assert.equal(readFileSync(path.join(dir, 'gammel/notat.md'), 'utf8'), 'hei\n');
        assert.match(again.stdout + again.stderr, /samstemt\.yaml/);
        writeFileSync(path.join(dir, 'fil'), 'x');
        assert.equal(run(['init', 'fil'], dir).status, 2);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('--version, --help, unknown command or option', () => {
    it('--version prints the package version; --help the usage with every command, both exit 0 on stdout', () => {
      const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
      const v = run(['--version']);
      assert.deepEqual([v.status, v.stdout, v.stderr], [0, `${pkg.version}\n`, '']);
      const h = run(['--help']);
      assert.equal(h.status, 0);
      for (const c of ['check', 'report', 'objectives', 'suggest', 'init']) assert.match(h.stdout, new RegExp(`samstemt ${c} `));
    });

    it('an unknown command, an unknown option after a command: exit 2, one line', () => {
      const c = run(['chek']);
      assert.equal(c.status, 2);
      assert.equal(c.stderr, 'samstemt: ukjent kommando «chek»; mente du «check»? Se samstemt --help\n');
      const o = run(['check', '--formt', 'json']);
      assert.equal(o.status, 2);
      assert.equal(o.stderr, 'samstemt: ukjent valg --formt; mente du --format?\n');
    });
  });
});

describe('CLI audit 8: bugs found', function () {
  this.timeout(60000);

  /** A cooperation whose samstemt.yaml cannot be parsed, with one strategy document. */
  function brokenConfig(): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-a8-'));
    writeFileSync(path.join(dir, 'samstemt.yaml'), 'frameworks: [EGEN-RAMME\nmembers:\n  storby: { name: Storby, kind: kommune }\n');
    writeFileSync(path.join(dir, 'storby.strategy.md'), '---\nowner: storby\n---\n## Digital byggesak {#digital-byggesak}\n\n- Frist: 2026\n');
    return dir;
  }

  it('objectives in a cooperation whose samstemt.yaml cannot be parsed: exit 2 and the reason, not the default catalogs as if they were its frameworks', () => {
    const dir = brokenConfig();
    try {
      const r = run(['objectives'], dir);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^samstemt: samstemt\.yaml:\d+:\d+: samstemt\.yaml har en feil, så innstillingene ble lest så langt det gikk: /);
      assert.match(run(['objectives', '--lang', 'en', '--format', 'json'], dir).stderr, /^samstemt: samstemt\.yaml:\d+:\d+: samstemt\.yaml has an error/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('suggest in a cooperation whose samstemt.yaml cannot be parsed: exit 2 and the reason, not suggestions from the defaults', () => {
    const dir = brokenConfig();
    try {
      const r = run(['suggest', 'storby.strategy.md'], dir);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^samstemt: samstemt\.yaml:\d+:\d+: samstemt\.yaml har en feil/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('CLI audit 8: an option before the command', function () {
  this.timeout(60000);

  it('says that the command comes first (in the language asked for), not «unknown command --format»', () => {
    const r = run(['--format', 'json', 'check']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'samstemt: kommandoen står først, så valgene: samstemt check --format …; se samstemt --help\n');
    assert.equal(run(['--lang', 'en', 'report']).stderr, 'samstemt: the command comes first, then its options: samstemt report --lang …; see samstemt --help\n');
    assert.equal(run(['--lang=nn', 'objectives']).stderr, 'samstemt: kommandoen står først, så vala: samstemt objectives --lang …; sjå samstemt --help\n');
  });

  it('an unknown option where the command should be is an unknown option', () => {
    const r = run(['--frob']);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'samstemt: ukjent valg --frob; se samstemt --help\n');
  });
});

describe('CLI audit 8: init in a cooperation that is already set up', function () {
  this.timeout(60000);

  it('adds no example document whose owner is no member: the check stays as it was (6 errors, 12 goals)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-a8-'));
    try {
      cpSync(FIX, dir, { recursive: true });
      const r = run(['init'], dir);
      assert.equal(r.status, 0);
      assert.ok(!existsSync(path.join(dir, 'strategier/kommune-a.strategy.md')), 'no example among the members\' strategies');
      assert.equal(r.stdout, 'Lot samstemt.yaml stå urørt, siden den fantes fra før (init overskriver aldri filer).\n'
        + 'Samarbeidet har allerede 5 strategidokumenter, så init la ikke til noe eksempel.\n'
        + 'Neste steg: rett opp medlemmene, og kjør så `samstemt check .`.\n');
      const after = json([], dir);
      assert.deepEqual(after.out.summary, { files: 6, goals: 12, errors: 6, warnings: 6, infos: 7, hints: 0 });
      assert.match(run(['init', '--lang', 'en'], dir).stdout, /^The cooperation already has 5 strategy documents, so init added no example\.$/m);
      assert.match(run(['init', '--lang', 'nn'], dir).stdout, /^Samarbeidet har alt 5 strategidokument, så init la ikkje til noko døme\.$/m);
      // One document: said in the singular.
      for (const f of [H, I, L, S]) rmSync(path.join(dir, f));
      assert.match(run(['init'], dir).stdout, /^Samarbeidet har allerede et strategidokument, så init la ikke til noe eksempel\.$/m);
      assert.ok(!existsSync(path.join(dir, 'strategier/kommune-a.strategy.md')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
