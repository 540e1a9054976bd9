/**
 * The config9 cooperation (test/fixtures/config9, «Nordvik IKT») in the
 * language server: the same findings as `samstemt check --format json`, and
 * after an unsaved edit of samstemt.yaml (didChange) every document of the
 * cooperation is analysed again with the new settings.
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, removeDir, uriOf, messageOf, REPO } from './harness.js';
import { runCli, type JsonDiagnostic } from '../helpers/cli.js';

const FIXTURE = path.join(REPO, 'test/fixtures/config9');
const DOCS = ['strategier/nordvik-ikt.md', 'strategier/elvestad.md', 'strategier/åsvik.yaml', 'strategier/bjørkøy.md', 'strategier/sæterdal.md'];
const FILES = ['samstemt.yaml', ...DOCS];

const line = (d: { range: Diagnostic['range'] }, rule: string, severity: string, message: string) =>
  `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${severity} ${rule} ${message}`;
const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];
const lsp = (ds: Diagnostic[]) => ds.map((d) => line(d, String(d.code), SEVERITY[d.severity ?? 1]!, messageOf(d))).sort();

/** A server on a fresh copy of the fixture: each block has its own (the second edits samstemt.yaml and must not disturb the first). */
async function serverOnCopy(): Promise<{ dir: string; client: LspClient }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-config9-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return { dir, client: await LspClient.start(dir, { locale: 'en' }) };
}

describe('language server: config9 cooperation and its samstemt.yaml', function () {
  this.timeout(90000);
  let dir: string;
  let client: LspClient;
  const uri = (p: string) => uriOf(path.join(dir, p));
  const config = () => readFileSync(path.join(dir, 'samstemt.yaml'), 'utf8');

  before(async function () {
    ({ dir, client } = await serverOnCopy());
  });
  after(async function () {
    await client.stop();
    removeDir(dir);
  });

  it('shows in every file what `check --format json` finds, at the same ranges, with the same severities and messages', async function () {
    const r = runCli(['check', '--format', 'json'], dir);
    assert.equal(r.status, 1, r.stderr);
    const cli = JSON.parse(r.stdout).diagnostics as JsonDiagnostic[];
    for (const f of FILES) {
      const want = cli.filter((d) => d.file === f).map((d) => line(d, d.rule, d.severity, d.message)).sort();
      assert.ok(want.length > 0, f);
      const got = await client.diagnosticsFor(uri(f), (ds) => ds.length === want.length);
      assert.deepEqual(lsp(got), want, f);
    }
  });

  it('analyses the whole cooperation again when samstemt.yaml is edited, unsaved, and again when the edit is undone', async function () {
    const cfg = uri('samstemt.yaml');
    const original = config();
    const sæterdal = uri('strategier/sæterdal.md');
    const nordvik = uri('strategier/nordvik-ikt.md');
    const before = lsp(await client.diagnosticsFor(nordvik));
    client.open(cfg, original);
    // English messages, goal-unlinked off, and Åsvik's population misspelt: every document follows.
    const edited = original.replace('språk: nb', 'språk: en').replace('goal-unlinked: warning', 'goal-unlinked: off').replace('innbyggere: 700', 'innbyggere: 7,000');
    client.change(cfg, edited);
    await client.nextDiagnostics(sæterdal, (ds) => !ds.some((d) => d.code === 'goal-unlinked'));
    const conflict = await client.diagnosticsFor(nordvik, (ds) => ds.some((d) => d.code === 'conflict-system-choice' && /^Different systems/.test(messageOf(d))));
    // 7,000 is not read as 7 (nor is 700 kept): the members left differ by less than ×10 (48 500 / 12 500), so uniform-mandate goes.
    assert.deepEqual(conflict.filter((d) => d.code === 'uniform-mandate').map(messageOf), []);
    for (const f of DOCS) {
      const ds = await client.diagnosticsFor(uri(f), (list) => list.every((d) => !/^(Målet|Ulike|Fristen)/.test(messageOf(d))));
      assert.ok(ds.every((d) => !/ ikke | ikkje /.test(messageOf(d))), `${f}: ${ds.map(messageOf).join(' | ')}`);
    }
    const onConfig = await client.diagnosticsFor(cfg, (ds) => ds.some((d) => d.code === 'invalid-value'));
    assert.deepEqual(onConfig.filter((d) => d.code === 'invalid-value').map((d) => messageOf(d).slice(0, 40)), ['"7,000" looks like 7000 written with a c']);
    client.change(cfg, original);
    await client.nextDiagnostics(nordvik, (ds) => lsp(ds).join('\n') === before.join('\n'));
    await client.diagnosticsFor(sæterdal, (ds) => ds.some((d) => d.code === 'goal-unlinked' && /^Målet/.test(messageOf(d))));
  });
});

describe('language server: config9 with samstemt.yaml broken while it is typed', function () {
  this.timeout(90000);
  let dir: string;
  let client: LspClient;
  const uri = (p: string) => uriOf(path.join(dir, p));

  before(async function () {
    ({ dir, client } = await serverOnCopy());
  });
  after(async function () {
    await client.stop();
    removeDir(dir);
  });

  it('reports a member left open while it is typed on its own line, in the config\'s language', async function () {
    const cfg = uri('samstemt.yaml');
    const original = readFileSync(path.join(dir, 'samstemt.yaml'), 'utf8');
    const nordvik = uri('strategier/nordvik-ikt.md');
    const before = lsp(await client.diagnosticsFor(nordvik, (ds) => ds.length > 0));
    client.open(cfg, original);
    const typing = original.replace('innbyggere: 700 }', 'innbyggere: 700');
    client.change(cfg, typing);
    const onCfg = (await client.nextDiagnostics(cfg, (ds) => ds.some((d) => d.code === 'parse-error'))).filter((d) => d.code === 'parse-error');
    assert.equal(onCfg.length, 1);
    assert.equal(onCfg[0]!.range.start.line, 11);
    // The rest of the config is read while it is broken (the brace closed at the end of the line): its `språk: nb` speaks.
    assert.match(messageOf(onCfg[0]!), /^Krøllparentesen \(\{\) som åpner verdien på denne linjen, blir aldri lukket/);
    client.change(cfg, original);
    await client.diagnosticsFor(nordvik, (ds) => lsp(ds).join('\n') === before.join('\n'));
    await client.diagnosticsFor(cfg, (ds) => !ds.some((d) => d.code === 'parse-error'));
  });
});
