/**
 * Untitled buffers (untitled.ts) as a file gets them: their findings follow a
 * change of the message language setting (`samstemt.language`), and their
 * findings' quick fixes are offered as code actions.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspClient, applyEdits, editsByUri, messageOf, removeDir, uriOf } from './harness.js';

const CONFIG = 'cooperation: Test\nframeworks: [DS19]\ndocuments: ["strategier/*.md"]\nmembers:\n  a: { name: A, kind: kommune, population: 100 }\n';
const DOC = ['---', 'owner: a', '---', '', '## Felles arkiv {#arkiv}', '', '- Støtter: DS19-M1', '- Indikator: andel', '- Målverdi: 80 %', '- Frist: 2026', ''].join('\n');
/** A goal pasted into a new buffer, with a misspelt key (unknown-property, which proposes the right one). */
const PASTED = ['## Felles HR {#hr}', '', '- Støter: DS19-M1', '- Indikator: andel', '- Målverdi: 80 %', '- Frist: 2026', ''].join('\n');

function workspace(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'samstemt-untitled4-'));
  writeFileSync(path.join(root, 'samstemt.yaml'), CONFIG);
  mkdirSync(path.join(root, 'strategier'));
  writeFileSync(path.join(root, 'strategier/a.md'), DOC);
  return root;
}

const unknownProperty = (list: Diagnostic[]) => list.find((d) => d.code === 'unknown-property');

describe('language server: untitled buffers follow settings and offer quick fixes', function () {
  this.timeout(60000);
  let root: string;
  let client: LspClient;
  let language = 'nb';

  before(async function () {
    root = workspace();
    client = await LspClient.start(root, {
      locale: 'nb',
      capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, configuration: true },
        textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } },
      },
      configuration: () => ({ language }),
    });
    await client.diagnosticsFor(uriOf(path.join(root, 'strategier/a.md')));
  });

  after(async function () {
    await client?.stop();
    removeDir(root);
  });

  it('checks an untitled buffer again in the new language when samstemt.language changes', async function () {
    const uri = 'untitled:Untitled-1';
    const first = client.nextDiagnostics(uri, (d) => unknownProperty(d) !== undefined);
    void client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: PASTED } });
    const nb = messageOf(unknownProperty(await first)!);
    language = 'en';
    const english = client.nextDiagnostics(uri, (d) => unknownProperty(d) !== undefined && messageOf(unknownProperty(d)!) !== nb);
    // VS Code's client sends null settings and the server asks for them (workspace/configuration).
    void client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const en = messageOf(unknownProperty(await english)!);
    assert.notEqual(en, nb);
    assert.match(en, /\bStøtter\b/, `proposes the right key: ${en}`);
    assert.match(en, /misspelling|not a goal property/, `English, not bokmål: ${en}`);
    client.close(uri);
    language = 'nb';
    void client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });

  it('offers the quick fixes of an untitled buffer\'s findings, editing that buffer', async function () {
    const uri = 'untitled:Untitled-2';
    const published = client.nextDiagnostics(uri, (d) => unknownProperty(d) !== undefined);
    void client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: PASTED } });
    const finding = unknownProperty(await published)!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: finding.range, context: { diagnostics: [finding] } });
    assert.ok(actions.length > 0, 'a quick fix for the misspelt key');
    const edits = editsByUri(actions[0]!.edit!);
    assert.deepEqual([...edits.keys()], [uri], 'the fix edits the buffer itself, nothing else');
    assert.equal(applyEdits(PASTED, edits.get(uri)!), PASTED.replace('Støter:', 'Støtter:'));
    client.close(uri);
  });
});
