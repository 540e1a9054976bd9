/**
 * The `samstemt` command line as a process: formats, exit codes, --rule,
 * --lang, paths, and the JSON shape of cli.md.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { CLI, runCli, tempWorkspace } from '../helpers/cli.js';
import { CONFIG, REPO } from '../helpers/workspace.js';

/** The bundled sample cooperation (it has errors: `check` exits 1). */
const REPO_SAMPLE = path.join(REPO, 'samples/ikt-fjord');

const CLEAN = `---
owner: storby
period: 2024–2027
---
# Strategi

## Digital byggesak {#digital-byggesak}

- Område: innbyggertjenester
- Støtter: DS19-M2
- Frist: 2026-12-31
`;

const BROKEN = `---
owner: midtby
period: [2024
---
# Strategi

## Mål {#maal}
- Støtter: DS19-M9
`;

const WITH_ERRORS = `---
owner: midtby
---
# Strategi

## Sak og arkiv {#sak-arkiv}

- Område: sak-arkiv
- Støtter: DS19-M9
- Bidrar til: storby#digital-bygesak
- Frist: 2026-12-31
`;

function workspace(extra: Record<string, string> = {}): string {
  return tempWorkspace({ 'samstemt.yaml': CONFIG, 'storby.md': CLEAN, 'midtby.md': WITH_ERRORS, ...extra });
}

/** The `check --format json` shape of cli.md, checked field by field. */
function assertJsonShape(out: unknown): void {
  const o = out as Record<string, unknown>;
  assert.equal(o.version, 1);
  assert.equal(typeof o.root, 'string');
  const s = o.summary as Record<string, unknown>;
  for (const k of ['files', 'goals', 'errors', 'warnings', 'infos', 'hints']) assert.equal(typeof s[k], 'number', `summary.${k}`);
  assert.ok(Array.isArray(o.diagnostics));
  const isRange = (r: unknown) => {
    const x = r as { start: { line: number; character: number }; end: { line: number; character: number } };
    return [x.start.line, x.start.character, x.end.line, x.end.character].every((n) => Number.isInteger(n) && n >= 0);
  };
  for (const d of o.diagnostics as Record<string, unknown>[]) {
    assert.equal(typeof d.file, 'string');
    assert.ok(!(d.file as string).includes('\\'));
    assert.ok(isRange(d.range), 'range');
    assert.ok(['error', 'warning', 'info', 'hint'].includes(d.severity as string));
    assert.match(d.rule as string, /^[a-z]+(-[a-z]+)*$/);
    assert.equal(typeof d.message, 'string');
    if (d.goal !== undefined) assert.match(d.goal as string, /^[^#\s]*#\S+$/);
    for (const r of (d.related as Record<string, unknown>[] | undefined) ?? []) {
      assert.equal(typeof r.file, 'string');
      assert.ok(isRange(r.range));
      assert.equal(typeof r.message, 'string');
    }
    for (const sg of (d.suggestions as Record<string, unknown>[] | undefined) ?? []) {
      assert.match(sg.objective as string, /^[A-Z0-9]+-/);
      assert.equal(typeof sg.score, 'number');
      assert.ok(Array.isArray(sg.matched));
    }
  }
}

describe('samstemt CLI', () => {
  it('prints --version and --help and exits 0', () => {
    assert.match(runCli(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
    const help = runCli(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /samstemt check \[PATH\.\.\.\]/);
  });

  it('exits 0 on a clean workspace and 1 when there are errors', () => {
    const clean = tempWorkspace({ 'samstemt.yaml': CONFIG, 'storby.md': CLEAN });
    const ok = runCli(['check', clean, '--rule', 'objective-uncovered=off', '--rule', 'goal-not-measurable=off']);
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    const bad = runCli(['check', workspace()]);
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /unknown-objective/);
  });

  it('exits 2 with a message, not a stack trace, for bad arguments', () => {
    for (const args of [['check', '--format', 'xml'], ['check', '--rule', 'no-such-rule=off'], ['check', '--rule', 'goal-unlinked=loud'], ['check', '/no/such/path'], ['frobnicate'], ['check', '--lang', 'de'], ['check', '--max-warnings', 'many']]) {
      const r = runCli(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /^samstemt: /);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    }
  });

  it('writes JSON in the shape of cli.md, sorted and deterministic', () => {
    const dir = workspace();
    const a = runCli(['check', dir, '--format', 'json']);
    const b = runCli(['check', dir, '--format', 'json']);
    assert.equal(a.stdout, b.stdout);
    const out = JSON.parse(a.stdout);
    assertJsonShape(out);
    assert.equal(out.summary.files, 3); // two documents and samstemt.yaml
    assert.equal(out.summary.goals, 2);
    const unknown = out.diagnostics.find((d: { rule: string }) => d.rule === 'unknown-objective');
    assert.deepEqual(unknown.range, { start: { line: 8, character: 11 }, end: { line: 8, character: 18 } });
    assert.equal(unknown.file, 'midtby.md');
    assert.equal(unknown.goal, 'midtby#sak-arkiv');
    const keys = out.diagnostics.map((d: { file: string; range: { start: { line: number; character: number } }; rule: string }) => [d.file, d.range.start.line, d.range.start.character, d.rule]);
    const sorted = [...keys].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1] || x[2] - y[2] || (x[3] < y[3] ? -1 : x[3] > y[3] ? 1 : 0)));
    assert.deepEqual(keys, sorted);
    assert.equal(out.summary.errors, out.diagnostics.filter((d: { severity: string }) => d.severity === 'error').length);
  });

  it('reports a broken front matter as parse-error and still analyses the other documents', () => {
    const dir = workspace({ 'midtby.md': BROKEN, 'fjellbygd.md': WITH_ERRORS.replace('owner: midtby', 'owner: fjellbygd') });
    const out = JSON.parse(runCli(['check', dir, '--format', 'json']).stdout);
    const pe = out.diagnostics.filter((d: { rule: string }) => d.rule === 'parse-error');
    assert.equal(pe.length, 1);
    assert.equal(pe[0].file, 'midtby.md');
    assert.equal(pe[0].range.start.line >= 1 && pe[0].range.start.line <= 3, true);
    assert.ok(out.diagnostics.some((d: { rule: string; file: string }) => d.rule === 'unknown-objective' && d.file === 'fjellbygd.md'));
  });

  it('applies --rule overrides and --lang', () => {
    const dir = workspace();
    const off = JSON.parse(runCli(['check', dir, '--format', 'json', '--rule', 'unknown-objective=off']).stdout);
    assert.ok(!off.diagnostics.some((d: { rule: string }) => d.rule === 'unknown-objective'));
    const warn = JSON.parse(runCli(['check', dir, '--format', 'json', '--rule', 'unknown-objective=warning']).stdout);
    assert.equal(warn.diagnostics.find((d: { rule: string }) => d.rule === 'unknown-objective').severity, 'warning');
    const nb = JSON.parse(runCli(['check', dir, '--format', 'json', '--lang', 'nb']).stdout);
    const nn = JSON.parse(runCli(['check', dir, '--format', 'json', '--lang', 'nn']).stdout);
    const en = JSON.parse(runCli(['check', dir, '--format', 'json', '--lang', 'en']).stdout);
    const msg = (o: { diagnostics: { rule: string; message: string }[] }) => o.diagnostics.find((d) => d.rule === 'unknown-objective')!.message;
    assert.match(msg(nb), /er ikke et mål/);
    assert.match(msg(nn), /er ikkje eit mål/);
    assert.match(msg(en), /is not an objective/);
  });

  it('--max-warnings turns warnings into exit 1', () => {
    const dir = tempWorkspace({ 'samstemt.yaml': CONFIG, 'storby.md': CLEAN.replace('- Frist: 2026-12-31\n', '- Fristt: 2026-12-31\n') });
    const args = ['check', dir, '--rule', 'objective-uncovered=off', '--rule', 'goal-not-measurable=off'];
    assert.equal(runCli(args).status, 0);
    assert.equal(runCli([...args, '--max-warnings', '0']).status, 1);
  });

  it('checks a sub-folder or a single file within its workspace', () => {
    const dir = workspace({ 'sub/fjellbygd.md': WITH_ERRORS.replace('owner: midtby', 'owner: fjellbygd') });
    const sub = JSON.parse(runCli(['check', path.join(dir, 'sub'), '--format', 'json']).stdout);
    assert.deepEqual([...new Set(sub.diagnostics.map((d: { file: string }) => d.file))], ['sub/fjellbygd.md']);
    const single = JSON.parse(runCli(['check', path.join(dir, 'midtby.md'), '--format', 'json']).stdout);
    assert.deepEqual([...new Set(single.diagnostics.map((d: { file: string }) => d.file))], ['midtby.md']);
    // The reference to storby's goal resolves against the whole workspace: only the typo is reported.
    assert.ok(single.diagnostics.some((d: { rule: string }) => d.rule === 'unknown-goal-ref'));
  });

  it('skips a named file its cooperation\'s documents globs leave out, with a notice, as ESLint skips an ignored file', () => {
    const dir = workspace({ 'samstemt.yaml': CONFIG + 'documents: ["s*.md", "m*.md"]\n', 'README.md': '# Om strategiene\n', 'notes.txt': 'hei\n' });
    const r = runCli(['check', path.join(dir, 'README.md'), path.join(dir, 'notes.txt'), path.join(dir, 'midtby.md'), '--format', 'json', '--lang', 'en']);
    assert.equal(r.status, 1, r.stderr);
    assert.deepEqual([...new Set(JSON.parse(r.stdout).diagnostics.map((d: { file: string }) => d.file))], ['midtby.md'], 'README.md gets no missing-owner');
    assert.match(r.stderr, /README\.md is not one of the strategy documents \S*samstemt\.yaml names under documents, so it is not checked/);
    assert.match(r.stderr, /notes\.txt is not one of the strategy documents/);
    // Only skipped files: nothing wrong, exit 0 (a CI job linting the changed files of a commit).
    const only = runCli(['check', path.join(dir, 'README.md')]);
    assert.equal(only.status, 0, only.stderr);
    assert.match(only.stderr, /README\.md is not one of the strategy documents/);
  });

  it('prints sarif, github, junit and stylish', () => {
    const dir = workspace();
    const sarif = JSON.parse(runCli(['check', dir, '--format', 'sarif']).stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0].results.length > 0);
    assert.match(runCli(['check', dir, '--format', 'github']).stdout, /^::error file=.*midtby\.md,line=9,col=12/m);
    assert.match(runCli(['check', dir, '--format', 'junit']).stdout, /<testsuite[^>]*tests="3"/);
    const stylish = runCli(['check', dir]).stdout;
    assert.match(stylish, /midtby\.md/);
    assert.match(stylish, /9:12\s+error/);
  });

  it('writes --output to a file', () => {
    const dir = workspace();
    const r = runCli(['check', dir, '--format', 'json', '--output', path.join(dir, 'out.json')]);
    assert.equal(r.stdout, '');
    assertJsonShape(JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')));
  });

  it('lists both built-in frameworks with titles and source addresses', () => {
    const r = runCli(['objectives']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^DS19 {2}Én digital offentlig sektor/m);
    assert.match(r.stdout, /^DN30 {2}Fremtidens digitale Norge/m);
    assert.match(r.stdout, /https:\/\/www\.regjeringen\.no\//);
    assert.match(r.stdout, /DS19-M2/);
    const json = JSON.parse(runCli(['objectives', '--framework', 'dn30', '--format', 'json']).stdout);
    assert.deepEqual(json.map((f: { framework: string }) => f.framework), ['DN30']);
    assert.equal(runCli(['objectives', '--framework', 'XX99']).status, 2);
  });

  it('says on stderr when a folder has no samstemt.yaml and the defaults apply (check and report)', () => {
    const dir = tempWorkspace({ 'plan.strategy.md': '---\nowner: lillevik\n---\n\n## Mål {#m}\n\n- Støtter: DS19-M2\n- Frist: 2025\n' });
    const r = runCli(['check', '--format', 'json', '--lang', 'en'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).summary.goals, 1, 'stdout stays clean JSON');
    assert.equal(r.stderr, "samstemt: no samstemt.yaml in ., so the defaults apply: frameworks DS19 and DN30, and the documents' owners as members. `samstemt init` creates one.\n");
    assert.equal(runCli(['check', '--format', 'json'], workspace()).stderr, '', 'not when there is one');
    const report = runCli(['report', '--format', 'json', '--lang', 'nn'], dir);
    assert.equal(report.status, 0, report.stderr);
    assert.match(report.stderr, /^samstemt: ingen samstemt\.yaml i \., så standardinnstillingane gjeld/);
  });

  it('writes the report and exits 0 for a cooperation with errors, which check fails (README, exit codes)', () => {
    const dir = tempWorkspace({ 'samstemt.yaml': 'language: en\nmembers:\n  a: { name: A }\n', 'a.strategy.md': '---\nowner: a\n---\n\n## Mål {#m}\n\n- Støtter: DS19-X9\n- Frist: 2025\n' });
    const check = runCli(['check', '--format', 'json'], dir);
    assert.equal(check.status, 1, check.stderr);
    assert.ok(JSON.parse(check.stdout).summary.errors >= 1);
    const report = runCli(['report', '--format', 'json'], dir);
    assert.equal(report.status, 0, report.stderr);
    assert.ok(JSON.parse(report.stdout).version, 'the report is written');
  });

  it('lists the frameworks of the cooperation at PATH, its own framework file too, in its language', () => {
    const dir = tempWorkspace({
      'samstemt.yaml': 'language: en\nframeworks: [DS19, regional.yaml]\ndocuments: ["*.md"]\nmembers:\n  a: { name: A }\n',
      'regional.yaml': 'framework: AGDER\ntitle: Digital strategi for Agder\nobjectives:\n  - id: AGDER-1\n    title: Felles innbyggerportal\n',
      'sub/a.md': '---\nowner: a\n---\n',
    });
    try {
      const text = runCli(['objectives', path.join(dir, 'sub')]);
      assert.equal(text.status, 0, text.stderr);
      assert.match(text.stdout, /^AGDER\s+Digital strategi for Agder/m);
      assert.match(text.stdout, /AGDER-1\s+Felles innbyggerportal/);
      assert.match(text.stdout, /DS19-I9\s+Cyber security/, 'the workspace speaks English');
      assert.doesNotMatch(text.stdout, /DN30-/, 'DN30 is not enabled there');
      assert.deepEqual(JSON.parse(runCli(['objectives', dir, '--framework', 'agder', '--format', 'json']).stdout).map((f: { framework: string }) => f.framework), ['AGDER']);
      assert.equal(runCli(['objectives', dir, 'extra']).status, 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists the objectives with English titles with --lang en', () => {
    const r = runCli(['objectives', '--framework', 'DS19', '--lang', 'en']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^ {2}DS19-I9 +Cyber security$/m);
    const json = JSON.parse(runCli(['objectives', '--framework', 'DS19', '--format', 'json']).stdout);
    assert.equal(json[0].objectives.find((o: { id: string }) => o.id === 'DS19-I9').titleEn, 'Cyber security');
    assert.equal(runCli(['objectives', '--lang', 'de']).status, 2);
  });

  it('stops quietly when the reader closes the pipe early (`| head`)', async () => {
    for (const args of [['objectives'], ['suggest', path.join(REPO_SAMPLE, 'strategier/fjellbygd.md')], ['check', REPO_SAMPLE]]) {
      // Our end of stdout is closed before the CLI writes: its first write fails with EPIPE.
      const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      assert.equal(stderr, '', `${args[0]}: ${stderr}`);
      assert.equal(status, args[0] === 'check' ? 1 : 0, args[0]);
    }
  });

  it('init scaffolds a workspace that checks without errors, and never overwrites', () => {
    const dir = tempWorkspace({});
    const created = runCli(['init', dir]);
    assert.equal(created.status, 0);
    assert.match(created.stdout, /^Laget .*samstemt\.yaml og .*kommune-a\.strategy\.md\.\nNeste steg: rett opp medlemmene, og kjør så `samstemt check /);
    assert.ok(existsSync(path.join(dir, 'samstemt.yaml')));
    assert.match(readFileSync(path.join(dir, 'samstemt.yaml'), 'utf8'), /^samarbeid: Mitt samarbeid\nspråk: nb .*^medlemmer:\n  kommune-a: \{ navn: Kommune A, type: kommune, innbyggere: 12000 \}/ms, 'bokmål keys by default');
    const out = JSON.parse(runCli(['check', dir, '--format', 'json']).stdout);
    assert.equal(out.summary.errors, 0, JSON.stringify(out.diagnostics, null, 1));
    const again = runCli(['init', dir]);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /^Lot .*samstemt\.yaml og .*kommune-a\.strategy\.md stå urørt, siden de fantes fra før \(init overskriver aldri filer\)\./);
  });

  it('init names the next command so that it can be copied into a shell: a folder with spaces is quoted', () => {
    const dir = tempWorkspace({});
    const spaced = runCli(['init', "ny mappe/Ærø's kommune", '--lang', 'en'], dir);
    assert.equal(spaced.status, 0, spaced.stderr);
    assert.match(spaced.stdout, /\nNext: edit the members, then run `samstemt check 'ny mappe\/Ærø'\\''s kommune'`\.\n$/);
    const plain = runCli(['init', 'Ærø-kommune', '--lang', 'en'], dir);
    assert.match(plain.stdout, /run `samstemt check Ærø-kommune`\.\n$/);
  });

  it('init --lang nn|en scaffolds in that language, and the example checks clean', () => {
    for (const [lang, folder, key, summary, configKeys] of [
      ['nn', 'strategiar', '- Støttar:', /Ingen problem \(2 filer, 1 mål\)/, /^språk: nn .*^medlemer:\n  kommune-a: \{ namn: Kommune A, type: kommune, innbyggjarar: 12000 \}.*eigar: selskapet, kapasitet: 6, eining: årsverk/ms],
      ['en', 'strategies', '- Supports:', /No problems \(2 files, 1 goal\)/, /^language: en .*^members:\n  municipality-a: \{ name: Municipality A, kind: kommune, population: 12000 \}/ms],
    ] as const) {
      const dir = tempWorkspace({});
      assert.equal(runCli(['init', dir, '--lang', lang]).status, 0);
      assert.match(readFileSync(path.join(dir, 'samstemt.yaml'), 'utf8'), configKeys);
      const example = readFileSync(path.join(dir, folder, lang === 'en' ? 'municipality-a.strategy.md' : 'kommune-a.strategy.md'), 'utf8');
      assert.ok(example.includes(key), example);
      const run = runCli(['check', dir, '--rule', 'objective-uncovered=off']);
      assert.equal(run.status, 0, run.stdout);
      assert.match(run.stdout, summary);
    }
    const bad = runCli(['init', tempWorkspace({}), '--lang', 'de']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^samstemt: --lang må være nb, nn eller en \(fikk «de»\)$/m, 'bokmål without a language');
  });
});
