/**
 * The alignment report of «Vidvang Digital» (test/fixtures/report9): a
 * company and five municipalities from 45 120 down to 810 inhabitants,
 * strategies in bokmål, one in nynorsk and one in YAML, read as the portfolio
 * council reads it. What the report must say was written down from the
 * contract in test/fixtures/report9/EXPECTED.md before the tool was run;
 * the CLI runs as a process, as in CI.
 */
import { strict as assert } from 'node:assert';
import { cpSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { lint } from 'markdownlint/sync';
import { micromark } from 'micromark';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';
import { CLI, tempWorkspace, type JsonDiagnostic } from '../helpers/cli.js';
import { REPO } from '../helpers/workspace.js';
import { unescapeHtml } from './sample.js';

const DIR = 'test/fixtures/report9';
const EPOCH = '1767225600'; // 2026-01-01: the HTML page carries its date

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** `samstemt report` with a fixed date, from `cwd`. */
function run(args: string[], cwd = REPO, env: Record<string, string> = {}): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: EPOCH, ...env } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function report(format: string, dir = DIR, extra: string[] = []): string {
  const r = run(['report', dir, '--format', format, ...extra]);
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

/** A copy of the fixture to change, removed by `done()`. */
function copyOfFixture(): { dir: string; done: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-report9-'));
  cpSync(path.join(REPO, DIR), dir, { recursive: true });
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  assert.ok(text.includes(from), `${from} in ${file}`);
  writeFileSync(file, text.replace(from, to));
}

/** Parse errors of an HTML page (parse5 reports what browsers repair silently), and its elements. */
function parseHtml(html: string): { errors: string[]; elements: Element[] } {
  const errors: string[] = [];
  const doc = parse(html, { onParseError: (e) => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`) });
  const elements: Element[] = [];
  const walk = (n: Node) => {
    if ('tagName' in n) elements.push(n);
    for (const c of 'childNodes' in n ? n.childNodes : []) walk(c);
    if ('content' in n && n.content) walk(n.content as Node);
  };
  walk(doc);
  return { errors, elements };
}

/** The rows of the Markdown tables: cells split at unescaped pipes (GFM), header first. */
function mdTables(md: string): string[][][] {
  const tables: string[][][] = [];
  let current: string[][] | undefined;
  for (const line of md.split('\n')) {
    if (line.startsWith('|')) {
      const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
      if (!current) tables.push((current = []));
      current.push(cells);
    } else current = undefined;
  }
  return tables;
}

describe('report: «Vidvang Digital» for the portfolio council (test/fixtures/report9)', function () {
  this.timeout(120000);
  let jsonText: string;
  let json: any;
  let md: string;
  let html: string;

  before(() => {
    jsonText = report('json');
    json = JSON.parse(jsonText);
    md = report('md');
    html = report('html');
  });

  describe('what the report says', () => {
    it('lists the members in the order of samstemt.yaml, and every objective of DS19 then DN30', () => {
      assert.deepEqual(json.members, ['storvang', 'bekkely', 'haugnes', 'lyngmo', 'fjellstua', 'vidvang-digital']);
      // DS19: V, M1–M6, I2–I9, I2-L1–L7 (22); DN30: V, M1–M3, F1–F3, I1–I2, T1–T3 (12).
      const ds19 = ['DS19-V', ...[1, 2, 3, 4, 5, 6].map((n) => `DS19-M${n}`), ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `DS19-I${n}`), ...[1, 2, 3, 4, 5, 6, 7].map((n) => `DS19-I2-L${n}`)];
      const dn30 = ['DN30-V', 'DN30-M1', 'DN30-M2', 'DN30-M3', 'DN30-F1', 'DN30-F2', 'DN30-F3', 'DN30-I1', 'DN30-I2', 'DN30-T1', 'DN30-T2', 'DN30-T3'];
      assert.deepEqual(json.objectives, [...ds19, ...dn30]);
      // The visions are overall aims, not objectives to cover.
      assert.equal(json.summary.totals.objectives, 32);
    });

    it('fills the coverage matrix cell by cell: own goals of each member, direct first, then inherited through contributes and sub-goals; scope adds nothing', () => {
      const portal = 'vidvang-digital#innbyggerportal';
      assert.deepEqual(JSON.parse(JSON.stringify(json.coverage)), {
        storvang: { 'DS19-M2': ['storvang#digital-byggesak', 'storvang#innbyggerportal-storvang'], 'DS19-M6': ['storvang#medlemsavgift-opp'], 'DS19-I2': ['storvang#innbyggerportal-storvang'] },
        bekkely: { 'DS19-M2': ['bekkely#innbyggjarportal-bekkely'], 'DS19-M5': ['bekkely#sak-arkiv-bekkely'], 'DS19-I2': ['bekkely#innbyggjarportal-bekkely'], 'DS19-I8': ['bekkely#digital-kompetanse'] },
        haugnes: { 'DS19-M6': ['haugnes#medlemsavgift-haugnes'], 'DN30-M1': ['haugnes#velferdsteknologi', 'haugnes#digitalt-tilsyn'], 'DN30-T2': ['haugnes#fiber-til-alle'] },
        lyngmo: { 'DS19-M3': ['lyngmo#innbyggerdialog'], 'DS19-I9': ['lyngmo#sikker-drift'] },
        fjellstua: { 'DS19-M2': ['fjellstua#min-side-fjellstua', 'fjellstua#digihjelp'], 'DS19-M3': ['fjellstua#digital-post'], 'DS19-M5': ['fjellstua#beholde-websak-fjellstua'], 'DS19-I2': ['fjellstua#min-side-fjellstua', 'fjellstua#digihjelp'] },
        'vidvang-digital': { 'DS19-M2': [portal], 'DS19-M5': ['vidvang-digital#felles-sak-arkiv'], 'DS19-M6': ['vidvang-digital#medlemsavgift-ned'], 'DS19-I2': [portal], 'DN30-F1': ['vidvang-digital#felles-sak-arkiv'], 'DN30-I2': ['vidvang-digital#ki-pilot'] },
      });
      // `via` is the goal that names the objective, also two steps up (digihjelp → min-side-fjellstua → the portal).
      const inh = JSON.parse(JSON.stringify(json.coverageInherited));
      assert.deepEqual(inh.fjellstua['DS19-M2'], [{ goal: 'fjellstua#min-side-fjellstua', via: portal }, { goal: 'fjellstua#digihjelp', via: portal }]);
      assert.deepEqual(inh.haugnes['DN30-M1'], [{ goal: 'haugnes#digitalt-tilsyn', via: 'haugnes#velferdsteknologi' }]);
      assert.deepEqual(inh.storvang['DS19-I2'], [{ goal: 'storvang#innbyggerportal-storvang', via: portal }]);
      assert.deepEqual(inh.lyngmo, {});
      // DS19-M2, M3, M5, M6, I2, I8, I9; DN30-M1, F1, I2, T2 — and DN30-F2 through T2 (below).
      assert.equal(json.summary.totals.objectivesCovered, 12);
      // The Markdown table says the same with symbols: ● direct, ○ inherited only, a count above one.
      const table = mdTables(md).find((t) => t[0]![0] === 'Nasjonalt mål')!;
      assert.deepEqual(table[0], ['Nasjonalt mål', 'Storvang', 'Bekkely', 'Haugnes', 'Lyngmo', 'Fjellstua', 'Vidvang Digit…']);
      const row = (id: string) => table.find((r) => r[0]!.startsWith(`\`${id}\``))!.slice(1);
      assert.deepEqual(row('DS19-M2'), ['●2', '○', '–', '–', '○2', '●']);
      assert.deepEqual(row('DS19-I2'), ['○', '○', '–', '–', '○2', '●']);
      assert.deepEqual(row('DS19-M5'), ['–', '●', '–', '–', '●', '●'], 'felles-sak-arkiv (Omfang: alle) counts for its owner only');
      assert.deepEqual(row('DN30-M1'), ['–', '–', '●2', '–', '–', '–']);
      assert.equal(table.length, 2 + 34);
    });

    it('lists the conflicts of every rule, open before accepted, with the reason of the accepts; the exempt member has none', () => {
      const pick = (c: any) => [c.rule, c.goals.join(' '), c.accepted, c.severity];
      assert.deepEqual(json.conflicts.map(pick), [
        ['conflict-direction', 'storvang#medlemsavgift-opp vidvang-digital#medlemsavgift-ned', false, 'error'],
        ['conflict-system-choice', 'bekkely#sak-arkiv-bekkely vidvang-digital#felles-sak-arkiv', false, 'error'],
        ['conflict-capacity', 'storvang#digital-byggesak vidvang-digital#felles-sak-arkiv', false, 'warning'],
        ['conflict-deadline', 'bekkely#innbyggjarportal-bekkely vidvang-digital#innbyggerportal', false, 'warning'],
        ['conflict-direction', 'haugnes#medlemsavgift-haugnes vidvang-digital#medlemsavgift-ned', true, 'info'],
        ['conflict-system-choice', 'storvang#beholde-websak vidvang-digital#felles-sak-arkiv', true, 'info'],
      ]);
      assert.equal(json.conflicts[4].reason, 'Haugnes betaler meir for eiga brukarstøtte, avtalt i eigarmøtet 2025-03-04', 'the reason from a YAML accepts');
      assert.equal(json.conflicts[5].reason, 'ny WebSak-avtale til 2028, vedtatt i porteføljerådet 2025-02-10');
      assert.equal(json.conflicts[0].overlap.indicator, 'Medlemsavgift til Vidvang Digital i kroner per innbygger', 'the shared indicator');
      assert.deepEqual(json.conflicts[2].overlap.years, [2025, 2026]);
      assert.ok(!json.conflicts.some((c: any) => c.goals.includes('fjellstua#beholde-websak-fjellstua')), 'fjellstua is in Unntak');
      assert.equal(json.summary.totals.openConflicts, 4);
      // The same conflicts as `check`, each finding's goal and the goal it names.
      const check = JSON.parse(run(['check', DIR, '--format', 'json']).stdout) as { diagnostics: JsonDiagnostic[] };
      const pairs = new Set(check.diagnostics.filter((d) => /^conflict-|^possible-conflict$/.test(d.rule)).map((d) => `${d.rule} ${[d.goal, ...(d.related ?? []).flatMap((r) => (r.goal ? [r.goal] : []))].sort().join(' ')}`));
      assert.deepEqual([...pairs].sort(), json.conflicts.map((c: any) => `${c.rule} ${c.goals.join(' ')}`).sort());
    });

    it('lists the unlinked goals, and counts linked + unlinked = goals per member', () => {
      assert.deepEqual(json.unlinked, ['bekkely#meirope-bibliotek', 'haugnes#tryggleiksalarm', 'storvang#beholde-websak']);
      const m = json.summary.members;
      const pick = (id: string) => [m[id].documents, m[id].goals, m[id].linked, m[id].share, m[id].objectives];
      assert.deepEqual(
        json.members.map(pick),
        [
          [1, 4, 3, 0.75, 3],
          [1, 4, 3, 0.75, 4],
          [1, 5, 4, 0.8, 4],
          [1, 2, 2, 1, 2],
          [1, 4, 4, 1, 4],
          [1, 4, 4, 1, 6],
        ],
      );
      const t = json.summary.totals;
      assert.deepEqual([t.goals, t.linked, t.dropped, json.unlinked.length], [23, 20, 0, 3]);
    });
  });

  describe('how it renders', () => {
    it('Markdown: tables with as many cells in every row as in the header, and markdownlint finds nothing to say about them', () => {
      for (const table of mdTables(md)) for (const row of table) assert.equal(row.length, table[0]!.length, row.join(' | '));
      const result = lint({ strings: { report: md }, config: { default: false, MD055: true, MD056: true, MD058: true } });
      assert.deepEqual(result.report, []);
    });

    it('Markdown: a title with < & | * and backticks reads as written once rendered, the emoji whole', () => {
      const title = 'Tryggleiksalarm <24/7> & sensorar | *kvar natt* med `Vivago` 🏥';
      const line = md.split('\n').find((l) => l.startsWith('- `haugnes#tryggleiksalarm`'))!;
      const rendered = micromark(line, { extensions: [gfmTable()], htmlExtensions: [gfmTableHtml()] });
      assert.ok(!/<(em|strong|code)>[^<]*(kvar|Vivago)/.test(rendered), rendered);
      assert.ok(unescapeHtml(rendered.replace(/<[^>]+>/g, '')).includes(title), rendered);
    });

    it('HTML: parses without a single error, has no script and loads nothing', () => {
      const { errors, elements } = parseHtml(html);
      assert.deepEqual(errors, []);
      const names = new Set(elements.map((e) => e.tagName));
      for (const t of ['script', 'img', 'link', 'iframe', 'object', 'embed']) assert.ok(!names.has(t), t);
      assert.ok(!elements.some((e) => e.attrs.some((a) => /^on/i.test(a.name) || a.name === 'src')));
      assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/);
      assert.ok(!/@import|url\(\s*['"]?(https?:)?\/\//i.test(html), 'no stylesheet or font from elsewhere');
      // Links go to a place in the page or to the national strategies' sources, nothing else.
      for (const e of elements.filter((x) => x.tagName === 'a')) assert.match(e.attrs.find((a) => a.name === 'href')!.value, /^(#|https:\/\/)/);
    });

    it('HTML: workspace text escaped, emoji whole, files relative to the workspace with /', () => {
      assert.ok(html.includes('Svartid &lt; 2 dager &amp; «alt på ett sted» | Min side 🚀'));
      assert.ok(html.includes('Tryggleiksalarm &lt;24/7&gt; &amp; sensorar | *kvar natt* med `Vivago` 🏥'));
      assert.ok(!html.includes('<24/7>'));
      assert.ok(html.includes('tryggleiksalarm · strategier/haugnes.yaml:16'));
      assert.ok(html.includes('digihjelp · strategier/fjellstua.md:27'));
      assert.ok(!/\\|\.\.\/|test\/fixtures/.test(html.replace(/<style>[\s\S]*?<\/style>/, '')), 'no backslash, no ../, no path from the current folder');
    });

    it('is the same, byte for byte, on every run and from every path inside the workspace', () => {
      assert.equal(report('html'), html);
      assert.equal(report('md'), md);
      assert.equal(report('json'), jsonText);
      assert.equal(report('html', `${DIR}/strategier`), html, 'from strategier/');
      assert.equal(report('json', `${DIR}/strategier/haugnes.yaml`), jsonText, 'from a file');
      // JSON names the workspace relative to the folder the command runs in, with `/`.
      assert.equal(JSON.parse(run(['report', '--format', 'json'], path.join(REPO, DIR, 'strategier')).stdout).root, '..');
      assert.equal(JSON.parse(run(['report', '.', '--format', 'json'], path.join(REPO, DIR)).stdout).root, '.');
    });
  });

  describe('languages', () => {
    it('speaks nynorsk and English with --lang, in the page language and its labels', () => {
      const nn = report('html', DIR, ['--lang', 'nn']);
      const en = report('html', DIR, ['--lang', 'en']);
      assert.match(html, /^<!doctype html>\n<html lang="nb">/);
      assert.match(nn, /^<!doctype html>\n<html lang="nn">/);
      assert.match(en, /^<!doctype html>\n<html lang="en">/);
      assert.ok(html.includes('<h2>Konflikter mellom mål</h2>'));
      assert.ok(nn.includes('<h2>Konfliktar mellom mål</h2>'));
      assert.ok(en.includes('<h2>Conflicts between goals</h2>'));
      assert.match(report('md', DIR, ['--lang', 'en']), /\| error \| Opposite directions \| `storvang#medlemsavgift-opp` \(increase medlemsavgift\)/);
    });

    it('speaks the language of samstemt.yaml without --lang', () => {
      const copy = copyOfFixture();
      try {
        edit(path.join(copy.dir, 'samstemt.yaml'), 'language: nb', 'language: nn');
        const r = run(['report', copy.dir, '--format', 'md']);
        assert.equal(r.status, 0, r.stderr);
        assert.match(r.stdout, /^## Samstemtheitsrapport – Vidvang Digital/);
        assert.match(r.stdout, /### Mål utan kopling til nasjonale mål/);
      } finally {
        copy.done();
      }
    });
  });

  describe('hostile text from the workspace', () => {
    it('a goal title, member name, cooperation name, reason or framework that holds markup stays text in HTML and Markdown', () => {
      const dir = tempWorkspace({
        'samstemt.yaml':
          'cooperation: "IKT </title><script>alert(1)</script>"\nlanguage: nb\nframeworks: [DS19, egen.yaml]\ndocuments: ["*.md"]\nmembers:\n' +
          '  a: { name: "A <img src=x onerror=alert(1)> kommune", population: 45000 }\n  b: { name: "B \\"kommune\\" | *x*", population: 800 }\n' +
          'indicators:\n  avg: { name: "Avgift <b>x</b>", shared: true }\n',
        'egen.yaml': 'framework: EGEN\ntitle: "Egen <script>x</script>"\nobjectives:\n  - id: EGEN-1\n    title: "Mål <svg onload=alert(1)>"\n    source: "javascript:alert(1)"\n',
        'a.md': '---\nowner: a\n---\n## Innføre <script>alert(2)</script> {#x}\n\n- Område: hr\n- Innføre: Sys <b>A</b>\n- Omfang: alle\n- Støtter: EGEN-1\n- Frist: 2026\n- Indikator: avg\n- Retning: øke\n- Behov: b\n',
        'b.md': '---\nowner: b\n---\n## Beholde <style>body{display:none}</style> {#z}\n\n- Område: hr\n- Beholde: Sys <i>B</i>\n- Frist: 2026\n- Indikator: avg\n- Retning: redusere\n- Aksepterer: a#x — grunn </details><script>alert(3)</script>\n',
      });
      try {
        const h = run(['report', dir]);
        assert.equal(h.status, 0, h.stderr);
        const { errors, elements } = parseHtml(h.stdout);
        assert.deepEqual(errors, []);
        const count = (t: string) => elements.filter((e) => e.tagName === t).length;
        assert.deepEqual([count('script'), count('img'), count('style'), count('b'), count('i')], [0, 0, 1, 0, 0]);
        assert.ok(!elements.some((e) => e.attrs.some((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value))));
        assert.ok(h.stdout.includes('Innføre &lt;script&gt;alert(2)&lt;/script&gt;'));
        const m = run(['report', dir, '--format', 'md']);
        assert.equal(m.status, 0, m.stderr);
        const rendered = micromark(m.stdout, { allowDangerousHtml: true, extensions: [gfmTable()], htmlExtensions: [gfmTableHtml()] });
        const tags = new Set([...rendered.matchAll(/<([a-z0-9]+)/g)].map((x) => x[1]));
        for (const t of tags) assert.ok(['h2', 'h3', 'p', 'strong', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary', 'code', 'ul', 'li', 'sub', 'blockquote'].includes(t!), t);
        for (const table of mdTables(m.stdout)) for (const row of table) assert.equal(row.length, table[0]!.length, row.join(' | '));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('paths and exit codes (cli.md)', () => {
    it('reports a folder without samstemt.yaml with the defaults and says so; a folder with no strategy is exit 2', () => {
      const dir = tempWorkspace({ 'plan/lyngmo.strategy.md': '---\nowner: lyngmo\n---\n## Chatbot for innbyggerdialog {#chatbot}\n\n- Støtter: DS19-M3\n- Frist: 2026\n' });
      const empty = mkdtempSync(path.join(os.tmpdir(), 'samstemt-empty-'));
      try {
        const r = run(['report', dir, '--format', 'json']);
        assert.equal(r.status, 0, r.stderr);
        assert.match(r.stderr, /ingen samstemt\.yaml/);
        const j = JSON.parse(r.stdout);
        assert.deepEqual(j.members, ['lyngmo']);
        assert.ok(j.objectives.includes('DS19-M3') && j.objectives.includes('DN30-F1'), 'DS19 and DN30');
        assert.deepEqual(j.coverage.lyngmo, { 'DS19-M3': ['lyngmo#chatbot'] });
        const e = run(['report', empty, '--format', 'json']);
        assert.equal(e.status, 2);
        assert.equal(e.stdout, '');
        assert.match(e.stderr, /^samstemt: /);
      } finally {
        rmSync(dir, { recursive: true, force: true });
        rmSync(empty, { recursive: true, force: true });
      }
    });

    it('exits 2 on bad arguments and on an unreadable samstemt.yaml, with one line and no stack trace', () => {
      const broken = tempWorkspace({ 'samstemt.yaml': 'members: [\n', 'a.strategy.md': '---\nowner: a\n---\n## A {#a}\n' });
      // A samstemt.yaml that is a link to nothing cannot be read at all.
      const linked = tempWorkspace({ 'a.strategy.md': '---\nowner: a\n---\n## A {#a}\n' });
      symlinkSync(path.join(linked, 'finnes-ikke.yaml'), path.join(linked, 'samstemt.yaml'));
      try {
        for (const args of [
          ['report', DIR, '--format', 'pdf'],
          ['report', DIR, '--lang', 'de'],
          ['report', DIR, `${DIR}/strategier`],
          ['report', DIR, '--colour'],
          ['report', DIR, '--output'],
          ['report', `${DIR}/finnes-ikke`],
          ['report', broken],
          ['report', linked, '--format', 'md'],
        ]) {
          const r = run(args);
          assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
          assert.equal(r.stdout, '', args.join(' '));
          assert.match(r.stderr, /^samstemt: /, args.join(' '));
          assert.ok(!/\n\s+at /.test(r.stderr), `no stack trace: ${r.stderr}`);
        }
      } finally {
        rmSync(broken, { recursive: true, force: true });
        rmSync(linked, { recursive: true, force: true });
      }
    });

    it('exits 0 although check finds errors: the report is for reading, check is the gate', () => {
      assert.equal(run(['check', DIR, '--format', 'json']).status, 1);
      assert.ok(json.summary.totals.findings.error > 0);
      assert.equal(run(['report', DIR, '--format', 'md']).status, 0);
    });
  });

  describe('fixed in this audit', () => {
    it('shows the overbooked years of a resource when one goal that needs it started long before', () => {
      // `Fra: 2008` on a goal running to 2026: check reports 2025–2026 overbooked; the chart of the first 15 years
      // (2008–2022) showed no overbooking at all, and the conflict named no year.
      const copy = copyOfFixture();
      try {
        edit(path.join(copy.dir, 'strategier/storvang.md'), '- Krever: utviklingskapasitet 5', '- Krever: utviklingskapasitet 5\n- Fra: 2008');
        const check = JSON.parse(run(['check', copy.dir, '--format', 'json']).stdout) as { diagnostics: JsonDiagnostic[] };
        assert.ok(check.diagnostics.some((d) => d.rule === 'conflict-capacity' && /2025–2026/.test(d.message)));
        const j = JSON.parse(report('json', copy.dir));
        const res = j.capacity.find((c: any) => c.id === 'utviklingskapasitet');
        assert.deepEqual(res.years.filter((y: any) => y.over).map((y: any) => y.year), [2025, 2026]);
        assert.ok(res.years.length <= 15);
        assert.deepEqual(j.conflicts.find((c: any) => c.rule === 'conflict-capacity').overlap.years, [2025, 2026]);
        assert.match(report('md', copy.dir), /\*\*2025: 9 ⚠\*\* · \*\*2026: 9 ⚠\*\*/);
      } finally {
        copy.done();
      }
    });

    it('counts an objective as covered when a goal supports an objective under it, as objective-uncovered does', () => {
      // haugnes#fiber-til-alle supports the broadband target DN30-T2, which sits under DN30-F2: check reports
      // DN30-F2 as covered (docs/rules/objective-uncovered.md), and report.md promises the same count and marks.
      const check = JSON.parse(run(['check', DIR, '--format', 'json']).stdout) as { diagnostics: JsonDiagnostic[] };
      const uncovered = check.diagnostics.filter((d) => d.rule === 'objective-uncovered').map((d) => /\b(DS19|DN30)-[A-Z0-9-]+/.exec(d.message)![0]);
      assert.ok(!uncovered.includes('DN30-F2'));
      assert.equal(json.summary.totals.objectivesCovered, json.summary.totals.objectives - uncovered.length);
      const marked = [...html.matchAll(/<g class="hm-row hm-uncovered"><title>(\S+)/g)].map((m) => m[1]);
      assert.deepEqual(marked.sort(), uncovered.sort());
      // Haugnes works towards DN30-F2 through its target; its own cells stay as its goals name them.
      assert.equal(json.summary.members.haugnes.objectives, 4);
      assert.equal(json.coverage.haugnes['DN30-F2'], undefined);
      assert.match(md, /\*\*12\/32\*\* nasjonale mål dekket/);
      // The Σ column: members covering each objective; a vision shows – unless a goal names it (DN30-M1 is under DN30-V).
      const sigma = (id: string) => html.split('<g class="hm-row').find((row) => row.includes(`<title>${id} `))!.match(/class="hm-total[^"]*">([^<]*)</)![1];
      assert.deepEqual(['DN30-F2', 'DN30-T2', 'DN30-V', 'DS19-M2', 'DN30-F3'].map(sigma), ['1/6', '1/6', '–', '4/6', 'ikke dekket']);
      // «The goals behind each cell» lists the objectives that have goals behind a cell, each with them.
      const details = html.split('<div class="obj">').slice(1).map((d) => [/class="mono">([^<]+)/.exec(d)![1], (d.match(/<li /g) ?? []).length] as const);
      assert.ok(details.length > 0 && details.every(([, n]) => n > 0), JSON.stringify(details));
      assert.ok(!details.some(([id]) => id === 'DN30-F2'));
    });

    it('marks the language of each cooperation on a page of several in different languages', () => {
      const cfg = (name: string, lang: string) => `cooperation: ${name}\nlanguage: ${lang}\nframeworks: [DS19]\ndocuments: ["*.md"]\nmembers:\n  a: { name: A }\n`;
      const goal = '---\nowner: a\n---\n## Digital {#x}\n\n- Supports: DS19-M2\n- Deadline: 2026\n';
      const dir = tempWorkspace({ 'one/samstemt.yaml': cfg('One', 'nn'), 'one/a.md': goal, 'two/samstemt.yaml': cfg('Two', 'en'), 'two/a.md': goal });
      try {
        const r = run(['report', dir]);
        assert.equal(r.status, 0, r.stderr);
        const { elements } = parseHtml(r.stdout);
        const langOf = (e: Element | undefined) => e?.attrs.find((a) => a.name === 'lang')?.value;
        assert.equal(langOf(elements.find((e) => e.tagName === 'html')), 'nn');
        // Each cooperation's part says its language where it differs from the page's (WCAG 3.1.2), so that a screen
        // reader reads the English part in English.
        const mains = elements.filter((e) => e.tagName === 'main');
        const heads = elements.filter((e) => e.tagName === 'header');
        assert.deepEqual(mains.map((e) => langOf(e) ?? 'nn'), ['nn', 'en']);
        assert.deepEqual(heads.map((e) => langOf(e) ?? 'nn'), ['nn', 'en']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
