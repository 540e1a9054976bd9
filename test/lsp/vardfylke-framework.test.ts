/**
 * The county cooperation (test/fixtures/vardfylke) in the editor, over
 * JSON-RPC: the objectives of its own regional framework file are hovered,
 * completed and offered as quick fixes like the national ones, and a
 * reference into the health network, a cooperation nested in the county's
 * folder, says the same in the editor as in CI.
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CodeAction } from 'vscode-languageserver-protocol/node';
import { LspClient, REPO, messageOf, removeDir, textIn, uriOf, completionLabelsAt, hoverAt } from './harness.js';

describe('language server: a county cooperation with its own framework (test/fixtures/vardfylke)', function () {
  this.timeout(120000);
  let root: string;
  let client: LspClient;
  const file = (name: string) => path.join(root, 'strategier', name);

  before(async function () {
    root = mkdtempSync(path.join(os.tmpdir(), 'samstemt-vardfylke-'));
    cpSync(path.join(REPO, 'test/fixtures/vardfylke'), root, { recursive: true });
    client = await LspClient.start(root, { locale: 'nb' });
  });
  after(async function () {
    await client?.stop();
    if (root) removeDir(root);
  });

  const hover = (name: string, needle: string) => hoverAt(client, file(name), needle);
  const completion = (name: string, needle: string) => completionLabelsAt(client, file(name), needle);

  it('hovers a regional objective with its title and framework, written in lower case too', async () => {
    assert.match(await hover('vardfylke.yaml', 'VARD-DIGI-2-1'), /Digital skyss og bestillingstransport/);
    const lower = await hover('vardfylke.yaml', 'vard-digi-2');
    assert.match(lower, /Felles digitale tjenester for innbyggerne i regionen/);
    assert.match(lower, /Regional plan for digital utvikling i Vardfylke/);
  });

  it('completes the regional objectives after `supports:`, next to the national ones (not those already in the list)', async () => {
    const labels = await completion('vardfylke.yaml', 'supports: [');
    assert.ok(!labels.includes('DN30-T1'), 'the other item of the list is not offered again');
    for (const id of ['VARD-DIGI-1', 'VARD-DIGI-2', 'VARD-DIGI-2-1', 'VARD-DIGI-3', 'VARD-DIGI-4', 'DS19-M2', 'DN30-T2']) assert.ok(labels.includes(id), `${id} not in ${labels.join(' ')}`);
  });

  it('offers the regional objective the text fits for an objective that does not exist', async () => {
    const uri = uriOf(file('vardfylke.yaml'));
    const text = readFileSync(file('vardfylke.yaml'), 'utf8');
    const list = await client.diagnosticsFor(uri, (l) => l.length > 0);
    const d = list.find((x) => textIn(text, x.range) === 'VARD-DIGI-5');
    assert.ok(d, list.map((x) => textIn(text, x.range)).join(', '));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
    assert.ok(actions.some((a) => /VARD-DIGI-4/.test(a.title)), actions.map((a) => a.title).join(' | '));
  });

  it('says in the editor, as in CI, that a reference into the nested network crosses into another cooperation', async () => {
    const uri = uriOf(file('havnes.md'));
    const text = readFileSync(file('havnes.md'), 'utf8');
    const list = await client.diagnosticsFor(uri, (l) => l.length > 0);
    const d = list.find((x) => textIn(text, x.range) === 'helsenettverket#felles-velferdsteknologi');
    assert.ok(d);
    assert.match(messageOf(d), /helsenettverket er medlem av «Helsenettverket i Vardfylke» \(strategier\/helsenettverket\/samstemt\.yaml\)\. Hver samstemt\.yaml er et eget samarbeid/);
    const nested = uriOf(file('helsenettverket/strategier/helsenettverket.yaml'));
    const inner = await client.diagnosticsFor(nested, (l) => l.length > 0);
    assert.ok(inner.some((x) => /men av «Digitale Vardfylke» \(\.\.\/\.\.\/samstemt\.yaml\)/.test(messageOf(x))), inner.map(messageOf).join('\n'));
  });

  it('follows an edit of the nested samstemt.yaml: without the network as its member, the reference is a missing strategy again', async () => {
    const config = file('helsenettverket/samstemt.yaml');
    const uri = uriOf(config);
    const text = readFileSync(config, 'utf8');
    client.open(uri, text);
    client.change(uri, text.replace(/^  helsenettverket: .*\n/m, ''));
    const havnes = uriOf(file('havnes.md'));
    const source = readFileSync(file('havnes.md'), 'utf8');
    const list = await client.diagnosticsFor(havnes, (l) => l.some((x) => textIn(source, x.range) === 'helsenettverket#felles-velferdsteknologi' && /Legg strategidokumentet/.test(messageOf(x))));
    assert.ok(list.length > 0);
  });
});
