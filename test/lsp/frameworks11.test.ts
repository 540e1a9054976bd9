/**
 * Innlandsnett IKT (test/fixtures/frameworks11) in the editor, over JSON-RPC:
 * the county framework file's objectives are hovered, completed and followed
 * like the national ones, only in the cooperation that names the file, and an
 * unsaved edit of the framework file is what the documents are checked against.
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Location } from 'vscode-languageserver-protocol/node';
import { LspClient, REPO, messageOf, positionOf, removeDir, textIn, uriOf, completionLabelsAt, hoverAt } from './harness.js';

describe('language server: frameworks11, a county framework file beside DN30', function () {
  this.timeout(120000);
  let root: string;
  let client: LspClient;
  const file = (p: string) => path.join(root, p);

  before(async function () {
    root = mkdtempSync(path.join(os.tmpdir(), 'samstemt-frameworks11-'));
    cpSync(path.join(REPO, 'test/fixtures/frameworks11'), root, { recursive: true });
    client = await LspClient.start(root, { locale: 'nb' });
  });
  after(async function () {
    await client?.stop();
    if (root) removeDir(root);
  });

  it('hovers a county objective in a nynorsk document with its title, description and framework', async () => {
    const h = await hoverAt(client, file('innlandsnett/strategier/lisjoen.md'), 'INNL-DIGI-2-2');
    assert.match(h, /Informasjonssikkerhet og beredskap/);
    assert.match(h, /Digital agenda for Innlandet/);
  });

  it('completes the county objectives after «Støttar:», but not in the neighbour cooperation', async () => {
    const labels = await completionLabelsAt(client, file('innlandsnett/strategier/lisjoen.md'), '- Støttar: ');
    for (const id of ['INNL-DIGI-1', 'INNL-DIGI-1-2', 'INNL-DIGI-4', 'DN30-F3']) assert.ok(labels.includes(id), `${id} not in ${labels.join(' ')}`);
    assert.ok(!labels.some((l) => l.startsWith('DS19')), labels.join(' '));
    const other = await completionLabelsAt(client, file('sorvidda/strategier/vidda.md'), '- Støtter: ');
    assert.ok(other.includes('DS19-I8'));
    assert.ok(!other.some((l) => l.startsWith('INNL-DIGI')), other.join(' '));
  });

  it('goes from a county ID to its objective in the framework file', async () => {
    const doc = file('innlandsnett/strategier/lisjoen.md');
    const locations = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: uriOf(doc) }, position: positionOf(readFileSync(doc, 'utf8'), 'INNL-DIGI-2-2', 1) });
    const fw = file('innlandsnett/rammer/innlandet-digital.yaml');
    assert.equal(locations.length, 1, JSON.stringify(locations));
    assert.equal(locations[0]!.uri, uriOf(fw));
    assert.equal(textIn(readFileSync(fw, 'utf8'), locations[0]!.range), 'INNL-DIGI-2-2');
  });

  it('checks against the unsaved framework file: a longer period clears beyond-framework-period, a duplicate ID is shown in the file', async () => {
    const doc = uriOf(file('innlandsnett/strategier/innlandsnett.md'));
    const before = await client.diagnosticsFor(doc, (l) => l.some((d) => d.code === 'beyond-framework-period'));
    assert.ok(before.length);
    const fwPath = file('innlandsnett/rammer/innlandet-digital.yaml');
    const fw = uriOf(fwPath);
    const text = readFileSync(fwPath, 'utf8');
    client.open(fw, text);
    client.change(fw, text.replace('period: 2024–2028', 'period: 2024–2030').replace('  - id: INNL-DIGI-4', '  - id: INNL-DIGI-3'));
    const after = await client.diagnosticsFor(doc, (l) => !l.some((d) => d.code === 'beyond-framework-period'));
    assert.ok(!after.some((d) => d.code === 'beyond-framework-period'));
    const changed = text.replace('period: 2024–2028', 'period: 2024–2030').replace('  - id: INNL-DIGI-4', '  - id: INNL-DIGI-3');
    const inFile = await client.diagnosticsFor(fw, (l) => l.some((d) => d.code === 'invalid-value'));
    const dup = inFile.find((d) => d.code === 'invalid-value')!;
    assert.equal(textIn(changed, dup.range), 'INNL-DIGI-3');
    assert.match(messageOf(dup), /brukt to ganger/);
  });
});
