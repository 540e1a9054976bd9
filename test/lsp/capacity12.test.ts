/**
 * Shared capacity, deadlines and contribution chains of «Breiskog IKT»
 * (test/fixtures/capacity12, see its EXPECTED.md) in the editor, over
 * JSON-RPC: every goal of an overbooking, a late contribution or a cycle has
 * its finding, as `samstemt check` gives them; an edit to one member's
 * `Krev:` updates the findings of the documents it was not made in, and they
 * are what a freshly started server finds in the edited workspace.
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { runCli, type JsonDiagnostic } from '../helpers/cli.js';
import { LspClient, REPO, messageOf, read, removeDir, uriOf } from './harness.js';

const FIXTURE = path.join(REPO, 'test/fixtures/capacity12');
const DOCS = ['breiskog-ikt.md', 'elvik.md', 'holmvatn.md', 'lyngset.yaml', 'fagerdal.md', 'kvernes.yaml'];
const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];
type Range = JsonDiagnostic['range'];
const at = (r: Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** A server on a copy of the fixture with `edits` (file → text) written to disk, every document open. */
async function serverOn(edits: Record<string, string> = {}, config?: string): Promise<{ root: string; client: LspClient; all: () => string[]; uri: (n: string) => string }> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'samstemt-capacity12-'));
  cpSync(FIXTURE, root, { recursive: true });
  for (const [n, t] of Object.entries(edits)) writeFileSync(path.join(root, 'strategier', n), t);
  if (config !== undefined) writeFileSync(path.join(root, 'samstemt.yaml'), config);
  const client = await LspClient.start(root);
  const uri = (n: string) => uriOf(path.join(root, 'strategier', n));
  for (const n of DOCS) client.open(uri(n), read(path.join(root, 'strategier', n)));
  for (const n of DOCS) await client.diagnosticsFor(uri(n), (d) => d.length > 0);
  const line = (n: string, d: Diagnostic) =>
    `${n} ${String(d.code)} ${SEVERITY[d.severity!]} ${at(d.range)} ${messageOf(d)} → ${(d.relatedInformation ?? []).map((r) => `${path.relative(root, fileURLToPath(r.location.uri)).split(path.sep).join('/')} ${at(r.location.range)} ${r.message}`).join(' | ')}`;
  const all = () => DOCS.flatMap((n) => (client.diagnostics.get(uri(n)) ?? []).map((d) => line(n, d))).sort();
  return { root, client, all, uri };
}

describe('language server: shared capacity in «Breiskog IKT» (test/fixtures/capacity12)', function () {
  this.timeout(120000);
  let s: Awaited<ReturnType<typeof serverOn>>;
  const fresh: Awaited<ReturnType<typeof serverOn>>[] = [];
  before(async () => {
    s = await serverOn();
  });
  after(async () => {
    for (const x of [s, ...fresh]) {
      await x?.client.stop();
      if (x) removeDir(x.root);
    }
  });
  const capacityGoals = (n: string, resource: string) =>
    (s.client.diagnostics.get(s.uri(n)) ?? []).filter((d) => d.code === 'conflict-capacity' && messageOf(d).includes(`«${resource}»`));

  it('publishes what `samstemt check` finds, on every goal involved', () => {
    const run = runCli(['check', FIXTURE, '--format', 'json']);
    const cli = (JSON.parse(run.stdout) as { diagnostics: (Omit<JsonDiagnostic, 'related'> & { related?: { file: string; range: Range; message: string }[] })[] }).diagnostics
      .filter((d) => d.file.startsWith('strategier/'))
      .map((d) => `${d.file.slice('strategier/'.length)} ${d.rule} ${d.severity} ${at(d.range)} ${d.message} → ${(d.related ?? []).map((r) => `${r.file} ${at(r.range)} ${r.message}`).join(' | ')}`)
      .sort();
    const count = (rule: string) => cli.filter((l) => l.split(' ')[1] === rule).length;
    // EXPECTED.md: two overbookings of four goals each, four late contributions on both goals, cycles of 2 and 3.
    assert.deepEqual([count('conflict-capacity'), count('conflict-deadline'), count('contribution-cycle')], [8, 8, 5]);
    assert.deepEqual(s.all(), cli);
  });

  it('an edit to Holmvatn\'s `Krev:` clears the overbooking in the other documents, as a fresh server finds', async () => {
    assert.equal(capacityGoals('breiskog-ikt.md', 'utvikling').length, 2);
    assert.equal(capacityGoals('elvik.md', 'utvikling').length, 1);
    const text = read(path.join(s.root, 'strategier/holmvatn.md')).replace('- Krev: utvikling 1,', '- Krev: utvikling 0,5,');
    // 2026: 4 + 3 + 2,5 + 0,5 = 10, exactly the capacity.
    const waits = ['breiskog-ikt.md', 'elvik.md', 'holmvatn.md'].map((n) => s.client.nextDiagnostics(s.uri(n)));
    s.client.change(s.uri('holmvatn.md'), text);
    await Promise.all(waits);
    for (const n of DOCS) assert.deepEqual(capacityGoals(n, 'utvikling'), [], n);
    // The other overbooking (prosjektleiing) stays, on all four goals.
    assert.equal(DOCS.flatMap((n) => capacityGoals(n, 'prosjektleiing')).length, 4);
    const f = await serverOn({ 'holmvatn.md': text });
    fresh.push(f);
    assert.deepEqual(s.all(), f.all());
  });

  it('an edit to Elvik\'s `Krever:` overbooks 2027 in documents nobody touched, as a fresh server finds', async () => {
    const text = read(path.join(s.root, 'strategier/elvik.md')).replace('- Krever: utvikling 2,5,', '- Krever: utvikling 3,');
    // With Holmvatn at 0,5: 2026 = 10,5 again (four goals); 2027 = 3 + 3 + 2 + 2,5 = 10,5 (Kvernes, KI, Selvbetjening, Lyngset).
    const changed = ['breiskog-ikt.md', 'elvik.md', 'holmvatn.md'].map((n) => s.client.nextDiagnostics(s.uri(n)));
    const lyngset = s.client.nextDiagnostics(s.uri('lyngset.yaml'), (d) => d.some((x) => x.code === 'conflict-capacity'));
    s.client.change(s.uri('elvik.md'), text);
    await Promise.all(changed);
    const [onLyngset] = (await lyngset).filter((d) => d.code === 'conflict-capacity');
    assert.match(messageOf(onLyngset!), /overbooket i 2027: målene som er aktive da, trenger 10,5 årsverk i året, men kapasiteten er 10 årsverk/);
    const f = await serverOn({ 'holmvatn.md': read(path.join(s.root, 'strategier/holmvatn.md')).replace('- Krev: utvikling 1,', '- Krev: utvikling 0,5,'), 'elvik.md': text });
    fresh.push(f);
    assert.deepEqual(s.all(), f.all());
  });

  it('raising the capacity in an open, unsaved samstemt.yaml to exactly the demand clears both years everywhere, as a fresh server finds', async () => {
    const configUri = uriOf(path.join(s.root, 'samstemt.yaml'));
    const config = read(path.join(s.root, 'samstemt.yaml'));
    s.client.open(configUri, config);
    const changed = ['breiskog-ikt.md', 'elvik.md', 'holmvatn.md', 'lyngset.yaml'].map((n) => s.client.nextDiagnostics(s.uri(n), (d) => !d.some((x) => x.code === 'conflict-capacity' && messageOf(x).includes('«utvikling»'))));
    const raised = config.replace('capacity: 10, unit: årsverk', 'capacity: "10,5", unit: årsverk');
    assert.notEqual(raised, config);
    s.client.change(configUri, raised);
    await Promise.all(changed);
    for (const n of DOCS) assert.deepEqual(capacityGoals(n, 'utvikling'), [], n);
    const edited = (n: string, from: string, to: string) => read(path.join(s.root, 'strategier', n)).replace(from, to);
    const g = await serverOn({ 'holmvatn.md': edited('holmvatn.md', '- Krev: utvikling 1,', '- Krev: utvikling 0,5,'), 'elvik.md': edited('elvik.md', '- Krever: utvikling 2,5,', '- Krever: utvikling 3,') }, raised);
    fresh.push(g);
    assert.deepEqual(s.all(), g.all());
  });

  it('an `Aksepterer:` added in Holmvatn turns the overbooking into an accepted conflict in the company\'s document too, as a fresh server finds', async () => {
    const holmvatn = read(path.join(s.root, 'strategier/holmvatn.md')).replace('- Krev: utvikling 1,', '- Krev: utvikling 0,5,');
    const accepted = holmvatn.replace('- Krev: utvikling 0,5, prosjektleiing 6 månadsverk\n', '- Krev: utvikling 0,5, prosjektleiing 6 månadsverk\n- Aksepterer: breiskog-ikt#innlemming-fagerdal — innleigd prosjektleiar, vedteke i eigarrådet\n');
    assert.notEqual(accepted, holmvatn);
    const onFagerdal = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'conflict-capacity' && d.range.start.line === 20).map((d) => d.severity);
    const company = s.client.nextDiagnostics(s.uri('breiskog-ikt.md'), (d) => onFagerdal(d).includes(3));
    s.client.change(s.uri('holmvatn.md'), accepted);
    assert.deepEqual(onFagerdal(await company), [3]);
    await s.client.diagnosticsFor(s.uri('holmvatn.md'), (d) => d.some((x) => x.code === 'conflict-capacity' && x.severity === 3));
    const [own] = capacityGoals('holmvatn.md', 'prosjektleiing');
    assert.match(messageOf(own!), /^Akseptert konflikt: .*«innleigd prosjektleiar, vedteke i eigarrådet»$/);
    const edited = (n: string, from: string, to: string) => read(path.join(s.root, 'strategier', n)).replace(from, to);
    const config = read(path.join(s.root, 'samstemt.yaml')).replace('capacity: 10, unit: årsverk', 'capacity: "10,5", unit: årsverk');
    const g = await serverOn({ 'holmvatn.md': accepted, 'elvik.md': edited('elvik.md', '- Krever: utvikling 2,5,', '- Krever: utvikling 3,') }, config);
    fresh.push(g);
    assert.deepEqual(s.all(), g.all());
  });
});
