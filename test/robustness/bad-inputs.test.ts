/**
 * A catalogue of bad inputs, one test each: what a strategy repository edited
 * by many hands, or a hostile one, may contain. Each is either flagged with a
 * clear diagnostic or has a documented behaviour (docs/security.md, "Bad
 * inputs"); none may crash the engine, hang it, lose text or let anything run.
 * Engine-level tests use the in-memory host; where the file system matters
 * (bytes on disk, symbolic links) the CLI runs as a process.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG, InMemoryHost, analyze, createTestEngine, textAt, type TestDiagnostic } from '../helpers/workspace.js';
import { CLI, tempWorkspace } from '../helpers/cli.js';
import { NodeHost } from '../../server/src/node/nodeHost.js';
import { MAX_DOCUMENT_SIZE, type IWorkspaceHost } from '../../server/src/engine/engine.js';
import { MARKDOWN_BOMBS, deepYaml, evilGlobs, goalAliases, laughs, oversized, withBomb } from './hostile-inputs.js';
import type { Range } from '../../server/src/engine/types.js';

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/** The LSP range of the `occurrence`-th `needle` in `text`, computed independently of the engine. */
function rangeOf(text: string, needle: string, occurrence = 0): Range {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" not in the text`);
  }
  const doc = TextDocument.create('file:///x', 'markdown', 1, text);
  return { start: doc.positionAt(at), end: doc.positionAt(at + needle.length) };
}

function only(diags: TestDiagnostic[], file: string, rule?: string): TestDiagnostic[] {
  return diags.filter((d) => d.file === file && (!rule || d.rule === rule));
}

function assertNoStackTrace(stderr: string): void {
  assert.doesNotMatch(stderr, /\n\s+at .+\(.*:\d+:\d+\)/, `stack trace on stderr:\n${stderr}`);
  assert.doesNotMatch(stderr, /internal error|intern feil/i, `internal error on stderr:\n${stderr}`);
}

/** Runs the CLI with a hard time limit: a hang fails the test instead of stalling the suite. */
function cli(args: string[], cwd: string, timeoutMs = 60000) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, NO_COLOR: '1' } });
  assert.notEqual(r.error && (r.error as NodeJS.ErrnoException).code, 'ETIMEDOUT', `samstemt ${args.join(' ')} did not finish within ${timeoutMs} ms`);
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

interface CheckJson {
  summary: { files: number; goals: number; errors: number };
  diagnostics: { file: string; rule: string; message: string; goal?: string; range: Range }[];
}
function checkJson(dir: string, extra: string[] = []): CheckJson & { status: number } {
  const r = cli(['check', '.', '--format', 'json', ...extra], dir);
  assertNoStackTrace(r.stderr);
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
  return { ...(JSON.parse(r.stdout) as CheckJson), status: r.status };
}

const temps: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'samstemt-bad-'));
  temps.push(d);
  return d;
}
after(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

/** A document with three findings at known places (date, objective, goal reference). */
const DOC_LINES = [
  '---',
  'owner: storby',
  'period: 2024–2027',
  '---',
  '',
  '## Mål en {#m}',
  '',
  '- Område: hr',
  '- Frist: 2025-13-01',
  '- Støtter: DS19-M9',
  '',
  '## Mål to {#n}',
  '',
  '- Område: hr',
  '- Frist: 2026',
  '- Støtter: DS19-M2',
  '- Bidrar til: #mm',
];
const EXPECTED = [
  { rule: 'invalid-value', text: '2025-13-01' },
  { rule: 'unknown-objective', text: 'DS19-M9' },
  { rule: 'unknown-goal-ref', text: '#mm' },
];

/** Asserts the three known findings of DOC_LINES, with ranges computed from `text` independently. */
function assertKnownFindings(text: string, diags: TestDiagnostic[], file = 'a.md'): void {
  for (const e of EXPECTED) {
    const d = only(diags, file, e.rule);
    assert.equal(d.length, 1, `${e.rule}: ${JSON.stringify(d.map((x) => x.message))}`);
    assert.deepEqual(d[0]!.range, rangeOf(text, e.text), `${e.rule} range`);
  }
}

// ---------------------------------------------------------------------------
// The catalogue
// ---------------------------------------------------------------------------

describe('robustness: a catalogue of bad inputs', function () {
  this.timeout(120000);

  it('empty file: an empty or blank Markdown file is a document without owner; an empty YAML file or config is nothing', function () {
    for (const text of ['', '\n\n   \n', '\r\n']) {
      const diags = analyze({ 'samstemt.yaml': CONFIG, 'a.md': text });
      assert.deepEqual(only(diags, 'a.md').map((d) => d.rule), ['missing-owner'], JSON.stringify(text));
      assert.deepEqual(only(diags, 'a.md')[0]!.range.start, { line: 0, character: 0 });
    }
    // An empty .yaml is not a strategy document (it has no `owner`/`goals`): it is not analysed at all.
    const host = new InMemoryHost({ 'samstemt.yaml': CONFIG, 'a.yaml': '' });
    const result = createTestEngine(host).analyze();
    assert.equal(result.errors.length, 0);
    assert.ok(!result.diagnostics.has(host.uri('a.yaml')));
    // An empty samstemt.yaml means the defaults.
    const empty = analyze({ 'samstemt.yaml': '', 'a.strategy.md': '---\nowner: storby\n---\n' });
    assert.deepEqual(only(empty, 'samstemt.yaml').filter((d) => d.rule !== 'objective-uncovered'), []);
    assert.deepEqual(only(empty, 'a.strategy.md').map((d) => d.rule), []);
    // The CLI on a workspace with an empty file: a lint error, not a crash.
    const dir = tempWorkspace({ 'samstemt.yaml': CONFIG, 'tom.md': '', 'tom.yaml': '' });
    temps.push(dir);
    const out = checkJson(dir);
    assert.equal(out.status, 1);
    assert.deepEqual(out.diagnostics.filter((d) => d.file === 'tom.md').map((d) => d.rule), ['missing-owner']);
  });

  it('BOM: Markdown, YAML documents and samstemt.yaml starting with a byte order mark are read as without it', function () {
    const doc = DOC_LINES.join('\n');
    const yaml = 'owner: midtby\ngoals:\n  - id: y\n    title: Y\n    area: hrr\n    deadline: 2026\n';
    const diags = analyze({ 'samstemt.yaml': '\uFEFF' + CONFIG, 'a.md': '\uFEFF' + doc, 'b.yaml': '\uFEFF' + yaml });
    assert.deepEqual(only(diags, 'samstemt.yaml', 'parse-error'), []);
    assert.deepEqual(only(diags, 'a.md', 'missing-owner'), [], 'the front matter after the BOM is read');
    assert.deepEqual(only(diags, 'a.md', 'parse-error'), []);
    const plain = analyze({ 'samstemt.yaml': CONFIG, 'a.md': doc, 'b.yaml': yaml });
    const rules = (ds: TestDiagnostic[], f: string) => only(ds, f).map((d) => `${d.rule}: ${d.message}`).sort();
    assert.deepEqual(rules(diags, 'a.md'), rules(plain, 'a.md'));
    assert.deepEqual(rules(diags, 'b.yaml'), rules(plain, 'b.yaml'));
  });

  it('BOM: diagnostics point at the same characters as in the file without the BOM (as editors show it)', function () {
    // Editors hide the BOM and LSP positions do not count it; the CLI's columns should not either.
    const doc = DOC_LINES.join('\n');
    const withBom = analyze({ 'samstemt.yaml': CONFIG, 'a.md': '\uFEFF' + doc });
    assertKnownFindings(doc, withBom);
  });

  it('CRLF, lone CR and mixed line endings: ranges are those an LSP client computes', function () {
    const variants: Record<string, string> = {
      crlf: DOC_LINES.join('\r\n'),
      cr: DOC_LINES.join('\r'),
      // Cycling \r\n, \n, \r never puts a lone \r right before a \n, so every break stays one break.
      mixed: DOC_LINES.map((l, i) => l + ['\r\n', '\n', '\r'][i % 3]).join(''),
    };
    for (const [name, text] of Object.entries(variants)) {
      const diags = analyze({ 'samstemt.yaml': CONFIG.replace(/\n/g, '\r\n'), 'a.md': text });
      assert.deepEqual(only(diags, 'samstemt.yaml', 'parse-error'), [], `${name}: config with CRLF`);
      assertKnownFindings(text, diags);
      for (const d of only(diags, 'a.md')) assert.doesNotMatch(textAt({ 'a.md': text }, d), /[\r\n]$/, `${name}: ${d.rule} range ends on a line break`);
    }
    const yaml = 'owner: midtby\r\ngoals:\r\n  - id: y\r\n    title: Y\r\n    area: hrr\r\n    deadline: 2026\r\n';
    const y = analyze({ 'samstemt.yaml': CONFIG, 'b.yaml': yaml });
    assert.deepEqual(only(y, 'b.yaml', 'invalid-value').map((d) => d.range), [rangeOf(yaml, 'hrr')]);
  });

  it('tabs: tabs after list markers and colons are whitespace; tab-indented YAML is a clear parse error', function () {
    const text = '---\nowner:\tstorby\n---\n##\tMål {#m}\n-\tOmråde:\thrr\n-\tFrist:\t2026\n-\tStøtter:\tDS19-M2\n';
    const diags = analyze({ 'samstemt.yaml': CONFIG, 'a.md': text });
    assert.deepEqual(only(diags, 'a.md', 'invalid-value').map((d) => d.range), [rangeOf(text, 'hrr')], 'a tab counts as one character');
    assert.deepEqual(only(diags, 'a.md', 'missing-owner'), []);
    const yaml = 'owner: storby\ngoals:\n\t- id: x\n\t  title: X\n';
    const y = only(analyze({ 'samstemt.yaml': CONFIG, 'b.yaml': yaml }), 'b.yaml', 'parse-error');
    assert.equal(y.length, 1);
    assert.match(y[0]!.message, /tab/i);
    assert.equal(y[0]!.range.start.line, 2);
  });

  it('invalid UTF-8 on disk: bad byte sequences are read as U+FFFD and the rest of the file is analysed (CLI)', function () {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'samstemt.yaml'), CONFIG);
    const bytes = Buffer.concat([
      Buffer.from('---\nowner: storby\n---\n## M'),
      Buffer.from([0xe5]), // Latin-1 «å»
      Buffer.from('l {#m'),
      Buffer.from([0xe5]),
      Buffer.from('l}\n- Omr'),
      Buffer.from([0xe5]),
      Buffer.from('de: hr\n- Frist: 2026\n- Støtter: DS19-M2\n\nTekst '),
      Buffer.from([0xff, 0xfe, 0xc3, 0xed, 0xa0, 0x80, 0x80]), // stray, truncated, an encoded surrogate
      Buffer.from('\n\n## To {#to}\n- Område: hrr\n- Frist: 2026\n'),
    ]);
    writeFileSync(path.join(dir, 'a.md'), bytes);
    writeFileSync(path.join(dir, 'b.yaml'), Buffer.concat([Buffer.from('owner: midtby\ngoals:\n  - id: y'), Buffer.from([0xc3, 0x28]), Buffer.from('\n    title: Y\n    area: hrr\n')]));
    const out = checkJson(dir);
    assert.equal(out.summary.goals, 3, 'every goal is still found');
    const a = out.diagnostics.filter((d) => d.file === 'a.md');
    assert.ok(a.some((d) => d.goal === 'storby#m\uFFFDl'), `the goal ID carries U+FFFD: ${JSON.stringify(a.map((d) => d.goal))}`);
    assert.ok(a.some((d) => d.rule === 'unknown-property' && d.message.includes('Omr\uFFFDde')), 'the damaged key is flagged as unknown');
    // Line 11 is `- Område: hrr`, after the line with the stray bytes: positions there are unaffected.
    assert.ok(a.some((d) => d.rule === 'invalid-value' && d.range.start.line === 11 && d.range.start.character === 10), `findings after the bad bytes keep their places: ${JSON.stringify(a.map((d) => [d.rule, d.range.start]))}`);
    assert.ok(out.diagnostics.some((d) => d.file === 'b.yaml' && d.rule === 'invalid-value'), 'the YAML document is analysed too');
  });

  it('huge file: a document over the size limit gets one parse-error saying so; the CLI reads no more than it needs', function () {
    const [overSmallLimit, overDefault] = oversized();
    const diags = analyze(overSmallLimit!.files, { maxDocumentSize: overSmallLimit!.maxDocumentSize });
    const a = only(diags, 'a.md');
    assert.deepEqual(a.map((d) => d.rule), ['parse-error']);
    assert.match(a[0]!.message, /too large/);
    assert.match(a[0]!.message, /10000/);
    // The default limit.
    assert.ok(overDefault!.files['a.md']!.length > MAX_DOCUMENT_SIZE);
    const d2 = analyze(overDefault!.files);
    assert.deepEqual(only(d2, 'a.md').map((d) => d.rule), ['parse-error']);
    assert.deepEqual(only(d2, 'b.yaml').map((d) => d.rule), ['parse-error']);
    // On disk: a 20 MB file is read only up to the host's cap, and reported as too large.
    const dir = tempDir();
    writeFileSync(path.join(dir, 'samstemt.yaml'), CONFIG);
    writeFileSync(path.join(dir, 'stor.md'), Buffer.alloc(20 * 1024 * 1024, 'a'));
    const out = checkJson(dir);
    assert.deepEqual(out.diagnostics.filter((d) => d.file === 'stor.md').map((d) => d.rule), ['parse-error']);
    assert.match(out.diagnostics.find((d) => d.file === 'stor.md')!.message, /too large|for stor/i);
  });

  it('very deep YAML nesting: front matter, YAML documents and samstemt.yaml stop at 64 levels with a parse error', function () {
    const diags = analyze(deepYaml().files);
    for (const f of ['a.md', 'b.yaml', 'c.yaml']) {
      const p = only(diags, f, 'parse-error');
      assert.equal(p.length, 1, f);
      // Said in plain words, in the document's language: how many levels, not the parser's «maxDepth».
      assert.match(p[0]!.message, /more than 64 levels|mer enn 64 nivåer|meir enn 64 nivå/, f);
      assert.doesNotMatch(p[0]!.message, /maxDepth/, f);
    }
    // In samstemt.yaml: a parse error on the config, whose defaults then apply.
    const flow = '['.repeat(10000) + ']'.repeat(10000);
    const cfg = only(analyze({ 'samstemt.yaml': CONFIG.replace('cooperation: Test', `cooperation: Test\nx: ${flow}`), 'a.strategy.md': '---\nowner: storby\n---\n' }), 'samstemt.yaml', 'parse-error');
    assert.equal(cfg.length, 1);
    assert.match(cfg[0]!.message, /more than 64 levels|mer enn 64 nivåer|meir enn 64 nivå/);
  });

  it('very deep Markdown nesting and adversarial inline markup: goals after it still found', function () {
    for (const [name, bomb] of Object.entries(MARKDOWN_BOMBS)) {
      const text = withBomb(bomb);
      const diags = analyze({ 'samstemt.yaml': CONFIG, 'a.md': text });
      assert.deepEqual(only(diags, 'a.md', 'invalid-value').map((d) => d.range), [rangeOf(text, 'hrr')], `${name}: the goal after the bomb is read`);
    }
  });

  it('YAML alias bombs: aliases are not expanded, repeated goal lists are read once, self-reference is an error', function () {
    const diags = analyze(laughs().files);
    const size = diags.reduce((n, d) => n + d.message.length, 0);
    assert.ok(size < 200_000, `diagnostics are ${size} characters long`);
    // Goal lists by alias: 2^20 goals if expanded, a chain of 20 000 aliases, a list inside its own anchor.
    const host = new InMemoryHost(goalAliases().files);
    const result = createTestEngine(host).analyze();
    assert.deepEqual(result.errors, []);
    const docs = result.workspaces[0]!.documents;
    const doc1 = docs.find((d) => d.uri.endsWith('g.yaml'))!;
    assert.ok(doc1.goals.length <= 41, `${doc1.goals.length} goals read from the goals bomb`);
    assert.ok(doc1.problems.some((p) => /already listed/.test(p.message.en)));
    assert.ok(docs.find((d) => d.uri.endsWith('h.yaml'))!.problems.some((p) => /nested more than/.test(p.message.en)));
    const selfErr = (result.diagnostics.get(host.uri('s.yaml')) ?? []).filter((d) => d.rule === 'parse-error');
    assert.equal(selfErr.length, 1);
    assert.match(selfErr[0]!.message, /\*g/);
  });

  it('duplicate keys: flagged in front matter, YAML documents and samstemt.yaml; list-valued Markdown properties add up', function () {
    const cfg = CONFIG + 'language: nb\nmembers:\n  storby: { name: A }\n  storby: { name: B }\n';
    const md = '---\nowner: storby\nowner: midtby\n---\n## X {#x}\n- Område: hr\n- Frist: 2026\n- Støtter: DS19-M2\n- Støtter: DS19-M99\n';
    const yaml = 'owner: fjellbygd\ngoals:\n  - id: y\n    title: Y\n    area: hr\n    area: okonomi\n    deadline: 2026\n';
    const diags = analyze({ 'samstemt.yaml': cfg, 'a.md': md, 'b.yaml': yaml });
    const fmDup = only(diags, 'a.md', 'parse-error');
    assert.equal(fmDup.length, 1);
    assert.match(fmDup[0]!.message, /owner/);
    assert.deepEqual(fmDup[0]!.range, rangeOf(md, 'owner', 1), 'on the second key');
    // A goal property given twice is the goal's invalid-value (the first counts), not a YAML error.
    assert.deepEqual(only(diags, 'b.yaml', 'parse-error'), []);
    const yDup = only(diags, 'b.yaml', 'invalid-value');
    assert.equal(yDup.length, 1);
    assert.deepEqual(yDup[0]!.range, rangeOf(yaml, 'area', 1));
    const cDup = only(diags, 'samstemt.yaml', 'invalid-value').filter((d) => /twice|to ganger/.test(d.message));
    assert.deepEqual(
      cDup.map((d) => d.range.start.line).sort((a, b) => a - b),
      [rangeOf(cfg, 'language', 1).start.line, rangeOf(cfg, 'members', 1).start.line, rangeOf(cfg, 'storby:', 2).start.line],
      'the second language, the second members and the second storby',
    );
    // Documented: a list-valued Markdown property repeated in one list adds up.
    assert.deepEqual(only(diags, 'a.md', 'unknown-objective').map((d) => d.range), [rangeOf(md, 'DS19-M99')]);
  });

  it('__proto__, constructor and prototype as keys and IDs are ordinary names and pollute nothing', function () {
    const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    const toString = Object.prototype.toString;
    const cfg = `language: en
documents: ["**/*.md", "**/*.yaml"]
members:
  __proto__: { name: Proto kommune, kind: kommune, polluted: yes }
  constructor: { name: Constructor kommune, kind: kommune, population: 10 }
  prototype: { name: Prototype kommune, kind: kommune }
  storby: { name: Storby, kind: kommune }
indicators:
  __proto__: { name: P, shared: true, polluted: yes }
resources:
  constructor: { owner: storby, capacity: 5 }
  __proto__: { owner: storby, capacity: 1 }
rules:
  __proto__: off
  constructor: error
`;
    // Property values are read as rendered Markdown, where a bare __proto__ is bold «proto»: written as code.
    const md = `---
owner: __proto__
__proto__: { polluted: yes }
constructor: x
---
## Mål {#constructor}
- Område: hr
- Frist: 2026
- Omfang: constructor, prototype, \`__proto__\`
- Krever: constructor 2
- Støtter: DS19-M2
- Bidrar til: \`#__proto__\`, prototype#toString

## Proto {#__proto__}
- Frist: 2026
- Støtter: DS19-M2
- Prototype: yes
`;
    const yaml = `owner: prototype
__proto__: { polluted: yes }
goals:
  - id: __proto__
    title: P
    __proto__: { polluted: yes }
    constructor: x
    deadline: 2026
    supports: DS19-M2
    contributes: __proto__#constructor
`;
    const diags = analyze({ 'samstemt.yaml': cfg, 'a.md': md, 'b.yaml': yaml });
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), protoBefore);
    assert.equal(Object.prototype.toString, toString);
    assert.deepEqual(only(diags, 'a.md', 'unknown-member'), [], 'owner __proto__ and scope constructor/prototype are declared members');
    assert.deepEqual(only(diags, 'b.yaml', 'unknown-member'), []);
    const refs = only(diags, 'a.md', 'unknown-goal-ref');
    assert.deepEqual(refs.map((d) => textAt({ 'a.md': md }, d)), ['prototype#toString'], '#__proto__ resolves to the goal of that name; toString is no goal');
    assert.deepEqual(only(diags, 'b.yaml', 'unknown-goal-ref'), [], '__proto__#constructor resolves');
    // `{#__proto__}` may be flagged as an invalid goal ID (underscores); the resource `constructor` is declared.
    assert.deepEqual(only(diags, 'a.md', 'invalid-value').filter((d) => !/goal ID/.test(d.message)), [], 'resource constructor is declared');
    assert.ok(only(diags, 'samstemt.yaml', 'unknown-property').some((d) => d.message.includes('__proto__')), 'rules: __proto__ is an unknown rule');
    assert.ok(only(diags, 'a.md', 'unknown-property').some((d) => /Prototype/.test(d.message)), 'a property called Prototype is an unknown key');
  });

  it('__proto__ as a member id survives `report --format json`', function () {
    const dir = tempWorkspace({
      'samstemt.yaml': 'documents: ["**/*.md"]\nmembers:\n  __proto__: { name: P, kind: kommune }\n  storby: { name: S, kind: kommune }\n',
      'a.md': '---\nowner: __proto__\n---\n## Mål {#m}\n- Område: hr\n- Frist: 2026\n- Støtter: DS19-M2\n',
    });
    temps.push(dir);
    const r = cli(['report', '.', '--format', 'json'], dir);
    assertNoStackTrace(r.stderr);
    const json = JSON.parse(r.stdout) as { members: string[]; coverage: Record<string, Record<string, string[]>> };
    assert.ok(json.members.includes('__proto__'));
    assert.ok(Object.keys(json.coverage).includes('__proto__'), `coverage lost the member: ${JSON.stringify(Object.keys(json.coverage))}`);
    assert.deepEqual(json.coverage['__proto__']!['DS19-M2'], ['__proto__#m']);
  });

  it('unusual Unicode in IDs and titles: exact UTF-16 ranges, and look-alike IDs are flagged rather than confused', function () {
    const md = [
      '---',
      'owner: storby',
      'title: "Strategi \u202Eevil\u202C 🚀"',
      '---',
      '## 🚀 Mål med 👩‍👩‍👧, æøå og e\u0301 {#mål-æøå}',
      '- Område: hr',
      '- Frist: 2026',
      '- Støtter: 🚀, DS19-M9',
      '',
      '## Null bredde {#a\u200Bb}',
      '- Frist: 2026',
      '- Støtter: DS19-M2',
      '- Bidrar til: #mål-æøå, #ab',
      '',
      '## Dekomponert {#ma\u030Al}',
      '- Frist: 2026',
      '- Støtter: DS19-M2',
      '- Bidrar til: #mål',
      '',
      '## עברית {#🚀}',
      '- Frist: 2026',
      '- Støtter: DS19-M2',
      '- Bidrar til: #🚀',
    ].join('\n');
    const cfg = CONFIG.replace('midtby:', 'mid\u200Btby:');
    const diags = analyze({ 'samstemt.yaml': cfg, 'a.md': md, 'b.md': '---\nowner: midtby\n---\n' });
    const objectives = only(diags, 'a.md', 'unknown-objective');
    assert.deepEqual(objectives.map((d) => d.range), [rangeOf(md, '🚀', 2), rangeOf(md, 'DS19-M9')], 'emoji count two UTF-16 units');
    const refs = only(diags, 'a.md', 'unknown-goal-ref').map((d) => textAt({ 'a.md': md }, d));
    // A decomposed å (a + combining ring) is canonically the same text as å: read as å in IDs, as in keys and reference values.
    // A zero-width space is left out of the ID as of values (format.md), so `#ab` is the goal it looks like; the ID is flagged.
    assert.deepEqual(refs, [], 'a zero-width space is left out of the ID; a decomposed å is å');
    assert.ok(only(diags, 'a.md', 'invalid-value').some((d) => textAt({ 'a.md': md }, d) === 'a\u200Bb'), 'the ID with a zero-width space is flagged');
    assert.ok(!only(diags, 'a.md', 'invalid-value').some((d) => textAt({ 'a.md': md }, d) === 'ma\u030Al'), 'the heading ID with a decomposed å is valid');
    assert.ok(!(refs as string[]).includes('#mål-æøå'), 'æøå IDs resolve');
    assert.deepEqual(only(diags, 'b.md', 'unknown-member').map((d) => d.rule), ['unknown-member'], 'a member ID with a zero-width space is another member');
    // Documented: `#🚀` is not a goal reference (IDs are letters, digits and -), and says so.
    assert.ok(only(diags, 'a.md', 'invalid-value').some((d) => textAt({ 'a.md': md }, d) === '#🚀'));
    for (const d of diags) assert.ok(d.message.length > 0);
  });

  it('Windows paths: backslashes in globs and framework paths are separators; drive letters and UNC paths are refused', function () {
    const fw = 'framework: AG\ntitle: Agder\nobjectives:\n  - id: AG-1\n    title: Digital Agder\n';
    const doc = '---\nowner: storby\n---\n## X {#x}\n- Frist: 2026\n- Støtter: AG-1\n';
    const cfg = (frameworks: string) => CONFIG.replace('frameworks: [DS19, DN30]', `frameworks: [DS19, ${frameworks}]`).replace('documents: ["**/*.md", "**/*.yaml"]', 'documents: [strategier\\**\\*.md]');
    const okHost = new InMemoryHost({ 'samstemt.yaml': cfg('fw\\ag.yaml'), 'strategier/sub/a.md': doc, 'fw/ag.yaml': fw });
    assert.ok(createTestEngine(okHost).analyze().diagnostics.has(okHost.uri('strategier/sub/a.md')), 'the backslash glob finds the document');
    const ok = analyze({ 'samstemt.yaml': cfg('fw\\ag.yaml'), 'strategier/sub/a.md': doc, 'fw/ag.yaml': fw });
    assert.deepEqual(only(ok, 'strategier/sub/a.md', 'unknown-objective'), [], 'fw\\ag.yaml is read');
    assert.deepEqual(only(ok, 'samstemt.yaml', 'invalid-value'), []);
    for (const p of ['C:\\fw\\ag.yaml', 'C:/fw/ag.yaml', 'c:fw\\ag.yaml', '\\\\server\\share\\ag.yaml', '\\fw\\ag.yaml']) {
      const diags = analyze({ 'samstemt.yaml': cfg(`'${p}'`), 'strategier/a.md': doc, 'fw/ag.yaml': fw });
      const bad = only(diags, 'samstemt.yaml', 'invalid-value');
      assert.equal(bad.length, 1, p);
      assert.match(bad[0]!.message, /outside/, p);
    }
    // A workspace under a Windows file URI (as VS Code sends them: drive letter, encoded colon, spaces).
    const host = new InMemoryHost({ 'samstemt.yaml': cfg('fw\\ag.yaml'), 'strategier/Kari Nordmann/a.md': doc, 'fw/ag.yaml': fw }, 'file:///c%3A/Users/Kari/Strategi%20IKT/');
    const result = createTestEngine(host, { roots: [host.base] }).analyze();
    assert.deepEqual(result.errors, []);
    const a = result.diagnostics.get(host.uri('strategier/Kari Nordmann/a.md'));
    assert.ok(a, 'the document is found');
    assert.deepEqual(a.filter((d) => d.rule === 'unknown-objective'), []);
  });

  it('a symlink loop, links out of the workspace, a FIFO: the CLI terminates and reads only regular files inside the workspace', function () {
    if (process.platform === 'win32') this.skip();
    const outside = tempDir();
    writeFileSync(path.join(outside, 'hemmelig.md'), '---\nowner: storby\n---\n## HEMMELIG-1234 {#hemmelig}\n- Frist: 2026\n');
    writeFileSync(path.join(outside, 'rammeverk.yaml'), 'framework: UTE\ntitle: Ute\nobjectives:\n  - id: UTE-1\n    title: HEMMELIG-5678\n');
    const dir = tempDir();
    mkdirSync(path.join(dir, 'strategier/under'), { recursive: true });
    writeFileSync(path.join(dir, 'samstemt.yaml'), CONFIG.replace('frameworks: [DS19, DN30]', 'frameworks: [DS19, strategier/rammeverk.yaml]'));
    writeFileSync(path.join(dir, 'strategier/a.md'), '---\nowner: storby\n---\n## A {#a}\n- Frist: 2026\n- Støtter: DS19-M2\n');
    symlinkSync('..', path.join(dir, 'strategier/under/loop')); // a loop back up
    symlinkSync('self', path.join(dir, 'strategier/self')); // a link to itself
    symlinkSync('y', path.join(dir, 'strategier/x'));
    symlinkSync('x', path.join(dir, 'strategier/y')); // two links to each other
    symlinkSync('/', path.join(dir, 'strategier/rot')); // the whole file system
    symlinkSync(outside, path.join(dir, 'strategier/ute')); // a folder outside
    symlinkSync(path.join(outside, 'hemmelig.md'), path.join(dir, 'strategier/lenke.md')); // a file outside
    symlinkSync(path.join(outside, 'rammeverk.yaml'), path.join(dir, 'strategier/rammeverk.yaml')); // a framework outside
    symlinkSync(path.join(dir, 'strategier/a.md'), path.join(dir, 'strategier/intern.md')); // a link inside: fine
    const fifo = spawnSync('mkfifo', [path.join(dir, 'strategier/fifo.md')]);
    const r = cli(['check', '.', '--format', 'json'], dir, 60000);
    assertNoStackTrace(r.stderr);
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
    assert.doesNotMatch(r.stdout, /HEMMELIG/, 'nothing from outside the workspace is read');
    const out = JSON.parse(r.stdout) as CheckJson;
    const files = [...new Set(out.diagnostics.map((d) => d.file))];
    assert.ok(!files.some((f) => f.includes('ute/') || f.includes('rot/') || f === 'strategier/lenke.md'), JSON.stringify(files));
    assert.ok(!files.some((f) => f.includes('loop/')), `the loop is not followed: ${JSON.stringify(files)}`);
    const fwProblem = out.diagnostics.find((d) => d.file === 'samstemt.yaml' && d.rule === 'invalid-value');
    assert.ok(fwProblem, 'the framework linked from outside is not read');
    if (fifo.status === 0) assert.ok(!files.includes('strategier/fifo.md'), 'a FIFO is not read');
    // The host itself: listing and reading stay inside the roots.
    const host = new NodeHost([dir]);
    const listed = host.listFiles().map((u) => decodeURIComponent(u));
    assert.ok(listed.some((u) => u.endsWith('/strategier/a.md')));
    assert.ok(listed.some((u) => u.endsWith('/strategier/intern.md')), 'a link inside the workspace is followed');
    assert.ok(!listed.some((u) => u.includes('/ute/') || u.includes('/rot/') || u.endsWith('lenke.md') || u.includes('/loop/')), JSON.stringify(listed));
    assert.equal(host.readFile(pathToFileURL(path.join(dir, 'strategier/lenke.md')).href), undefined);
    assert.equal(host.readFile(pathToFileURL(path.join(outside, 'hemmelig.md')).href), undefined, 'no file outside the roots is read');
    if (fifo.status === 0) assert.equal(host.readFile(pathToFileURL(path.join(dir, 'strategier/fifo.md')).href), undefined);
  });

  it('unknown framework and bad globs: an unknown name is flagged; malformed and adversarial globs neither crash nor hang', function () {
    const doc = '---\nowner: storby\n---\n## X {#x}\n- Frist: 2026\n- Støtter: DS19-M2\n';
    const unknown = analyze({ 'samstemt.yaml': CONFIG.replace('frameworks: [DS19, DN30]', 'frameworks: [ds19, DS20, nonsense, DN30.yml]'), 'a.md': doc });
    const fw = only(unknown, 'samstemt.yaml', 'invalid-value');
    assert.deepEqual(fw.map((d) => textAt({ 'samstemt.yaml': CONFIG.replace('frameworks: [DS19, DN30]', 'frameworks: [ds19, DS20, nonsense, DN30.yml]') }, d)), ['DS20', 'nonsense', 'DN30.yml']);
    assert.match(fw[0]!.message, /DS19/, 'the message lists the frameworks there are');
    assert.deepEqual(only(unknown, 'a.md', 'unknown-objective'), [], 'ds19 is DS19');
    // Malformed globs: an unclosed [ is a literal, an unclosed { closes at the end, an invalid class matches nothing.
    const globs = (list: string) => CONFIG.replace('documents: ["**/*.md", "**/*.yaml"]', `documents: ${list}`);
    const bad = analyze({ 'samstemt.yaml': globs('["[", "{a,", "}", "[z-a]", "a/[!", "**/*.md"]'), 'a.md': doc, '[.md': doc.replace('storby', 'midtby') });
    assert.ok(bad.some((d) => d.file === 'a.md'));
    const none = analyze({ 'samstemt.yaml': globs('["[", "{a,", "[z-a]"]'), 'a.md': doc });
    assert.ok(!none.some((d) => d.file === 'a.md'), 'no document matched');
    // Adversarial globs against a path 60 folders deep: an answer for each, and the right one.
    const evil = analyze(evilGlobs().files);
    assert.ok(evil.some((d) => d.file === 'a.md'), '`{*,*}{*,*}…` matches a.md, which is read');
    assert.ok(!evil.some((d) => d.file.startsWith('a/')), 'no glob matches the document 60 folders down');
  });

  it('a framework path that escapes the workspace is refused, and the file is never read', function () {
    const fw = 'framework: AG\ntitle: Agder\nobjectives:\n  - id: AG-1\n    title: Digital Agder\n';
    const reads: string[] = [];
    class SpyHost extends InMemoryHost {
      override readFile(uri: string): string | undefined {
        reads.push(uri);
        return super.readFile(uri);
      }
    }
    const escapes = ['../x.yaml', '../../etc/x.yaml', '/etc/x.yaml', 'file:///ws/fw/ag.yaml', 'file:///etc/x.yaml', '%2e%2e/x.yaml', '%2E%2E%2Fx.yaml', 'fw/../../x.yaml', 'fw/..%2f..%2fx.yaml', 'fw/%2e%2e/%2e%2e/x.yaml', 'https://example.org/x.yaml', '~/x.yaml/../../../x.yaml'];
    for (const p of escapes) {
      reads.length = 0;
      const cfg = CONFIG.replace('frameworks: [DS19, DN30]', `frameworks: [DS19, '${p}']`);
      const host = new SpyHost({ 'samstemt.yaml': cfg, 'a.md': '---\nowner: storby\n---\n', 'fw/ag.yaml': fw }, 'file:///ws/sub/');
      const result = createTestEngine(host, { roots: ['file:///ws/sub/'] }).analyze();
      assert.deepEqual(result.errors, []);
      const problems = (result.diagnostics.get(host.uri('samstemt.yaml')) ?? []).filter((d) => d.rule === 'invalid-value');
      assert.equal(problems.length, 1, `${p}: ${JSON.stringify(problems.map((d) => d.message))}`);
      assert.match(problems[0]!.message, /outside|does not exist/, p);
      assert.ok(reads.every((u) => u.startsWith('file:///ws/sub/')), `${p}: read ${reads.filter((u) => !u.startsWith('file:///ws/sub/')).join(', ')}`);
    }
    // Control: a framework file inside the workspace is read.
    const good = analyze({ 'samstemt.yaml': CONFIG.replace('frameworks: [DS19, DN30]', 'frameworks: [DS19, ./fw/../fw/ag.yaml]'), 'a.md': '---\nowner: storby\n---\n## X {#x}\n- Frist: 2026\n- Støtter: AG-1\n', 'fw/ag.yaml': fw });
    assert.deepEqual(only(good, 'samstemt.yaml', 'invalid-value'), []);
    assert.deepEqual(only(good, 'a.md', 'unknown-objective'), []);
  });

  it('a list of 150 000 items, a 200 KB title quoted by every finding, a web of goals that all contribute to each other: analysed, messages bounded', function () {
    this.timeout(120000);
    const many = Array.from({ length: 150_000 }, () => 'a').join(',');
    const title = 'Lang tittel '.repeat(20_000);
    const web = Array.from({ length: 120 }, (_, i) => `## Mål ${i} {#g${i}}\n- Bidrar til: ${Array.from({ length: 120 }, (_, j) => `#g${j}`).filter((_, j) => j !== i).join(', ')}\n`).join('\n');
    const diags = analyze({
      'samstemt.yaml': CONFIG,
      'a.md': `---\nowner: storby\n---\n## Mange {#mange}\n- Støtter: ${many}\n- Frist: 2026\n`,
      'b.md': `---\nowner: midtby\n---\n## ${title} {#lang}\n- Frist: 2026\n\n## Avbrutt {#avbrutt}\n- Status: avbrutt\n- Støtter: DS19-M2\n\n${web}`,
    });
    assert.ok(diags.filter((d) => d.file === 'a.md' && d.rule === 'unknown-objective').length > 0);
    assert.ok(diags.some((d) => d.file === 'b.md' && d.rule === 'goal-unlinked'));
    assert.ok(diags.some((d) => d.rule === 'contribution-cycle'));
    for (const d of diags) assert.ok(d.message.length < 5000, `${d.rule}: ${d.message.length} characters`);
  });

  it('a strategy saved as UTF-16 (little or big endian, with its byte order mark) is read like UTF-8', function () {
    const text = '---\nowner: storby\n---\n## Lønn {#lonn}\n- Frist: 2026-13-01\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-utf16-'));
    temps.push(dir);
    writeFileSync(path.join(dir, 'samstemt.yaml'), CONFIG);
    writeFileSync(path.join(dir, 'le.md'), le);
    writeFileSync(path.join(dir, 'be.md'), be);
    const host = new NodeHost([dir], []);
    for (const name of ['le.md', 'be.md']) assert.equal(host.readFile(pathToFileURL(path.join(dir, name)).href), '\ufeff' + text, name);
    const r = cli(['check', dir, '--format', 'json', '--rule', 'objective-uncovered=off'], dir);
    const json = JSON.parse(r.stdout) as { diagnostics: { file: string; rule: string }[] };
    for (const name of ['le.md', 'be.md']) assert.ok(json.diagnostics.some((d) => d.file === name && d.rule === 'invalid-value'), `${name}: the bad date is found`);
  });

  it('a document deleted or renamed between analyses: its diagnostics go, references follow the new file, nothing throws', function () {
    const a = '---\nowner: storby\n---\n## A {#a}\n- Frist: 2026\n- Støtter: DS19-M2\n- Område: hrr\n';
    const b = '---\nowner: midtby\n---\n## B {#b}\n- Frist: 2026\n- Støtter: DS19-M2\n- Bidrar til: storby#a\n';
    /** A host whose listing can lag behind the disk, as a file watcher does. */
    class RacyHost extends InMemoryHost {
      gone = new Set<string>();
      override readFile(uri: string): string | undefined {
        return this.gone.has(uri) ? undefined : super.readFile(uri);
      }
    }
    const host = new RacyHost({ 'samstemt.yaml': CONFIG, 'a.md': a, 'b.md': b });
    const engine = createTestEngine(host);
    const first = engine.analyze();
    assert.ok((first.diagnostics.get(host.uri('a.md')) ?? []).some((d) => d.rule === 'invalid-value'));
    // Listed but unreadable (deleted after the listing): skipped, and b's reference to it now dangles.
    host.gone.add(host.uri('a.md'));
    const second = engine.analyze();
    assert.deepEqual(second.errors, []);
    assert.ok(!second.diagnostics.has(host.uri('a.md')), 'the deleted file has no diagnostics');
    assert.ok((second.diagnostics.get(host.uri('b.md')) ?? []).some((d) => d.rule === 'unknown-goal-ref'));
    // Renamed: same text under a new name; the reference resolves again, the diagnostics move.
    host.gone.clear();
    host.delete('a.md');
    host.set('omdøpt/a.md', a);
    const third = engine.analyze();
    assert.deepEqual(third.errors, []);
    assert.ok(!third.diagnostics.has(host.uri('a.md')));
    assert.ok((third.diagnostics.get(host.uri('omdøpt/a.md')) ?? []).some((d) => d.rule === 'invalid-value'));
    assert.ok(!(third.diagnostics.get(host.uri('b.md')) ?? []).some((d) => d.rule === 'unknown-goal-ref'));
    // The config and a framework file deleted: defaults apply, the missing framework is reported.
    host.set('samstemt.yaml', CONFIG.replace('frameworks: [DS19, DN30]', 'frameworks: [DS19, fw.yaml]'));
    host.set('fw.yaml', 'framework: AG\ntitle: A\nobjectives:\n  - id: AG-1\n    title: A\n');
    engine.analyze();
    host.delete('fw.yaml');
    const fourth = engine.analyze();
    assert.ok((fourth.diagnostics.get(host.uri('samstemt.yaml')) ?? []).some((d) => d.rule === 'invalid-value' && /does not exist/.test(d.message)));
    host.delete('samstemt.yaml');
    const fifth = engine.analyze();
    assert.deepEqual(fifth.errors, []);
    // On disk: a file deleted after the host listed it.
    const dir = tempDir();
    writeFileSync(path.join(dir, 'samstemt.yaml'), CONFIG);
    writeFileSync(path.join(dir, 'a.md'), a);
    const disk = new NodeHost([dir]);
    const uri = pathToFileURL(path.join(dir, 'a.md')).href;
    assert.ok(disk.listFiles().includes(uri));
    unlinkSync(path.join(dir, 'a.md'));
    const e2 = createTestEngine(disk as IWorkspaceHost, { roots: [pathToFileURL(dir).href + '/'] });
    const r = e2.analyze();
    assert.deepEqual(r.errors, []);
    assert.ok(!r.diagnostics.has(uri));
  });
});
