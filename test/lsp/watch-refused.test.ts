/**
 * A client that announces dynamic registration of file watchers, then
 * refuses the registration (an LSP client whose watcher limit is reached, or
 * that watches nothing after all): the server checks the files on disk itself.
 */
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ResponseError } from 'vscode-languageserver-protocol/node';
import { LspClient, copySample, messageOf, read, removeDir, sampleFiles, uriOf } from './harness.js';

describe('language server: a client that refuses to register file watchers', function () {
  this.timeout(60000);
  let root: string;
  let client: LspClient | undefined;

  before(async function () {
    root = copySample();
    client = await LspClient.start(root);
    // Replaces the harness's handler before the server's registration request arrives (it is sent after `initialized`).
    client.conn.onRequest('client/registerCapability', () => new ResponseError(-32603, 'too many file watchers'));
    await Promise.all(sampleFiles(root).map((f) => client!.diagnosticsFor(uriOf(f))));
  });
  after(async function () {
    await client?.stop();
    removeDir(root);
  });

  it('still notices a file changed on disk', async function () {
    assert.deepEqual(client!.registrations, [], 'the client registered no watcher');
    const file = path.join(root, 'strategier/midtby.md');
    const text = read(file);
    assert.match(text, /- Frist: 2026-12-31/);
    const invalid = client!.nextDiagnostics(uriOf(file), (ds) => ds.some((d) => d.code === 'invalid-value' && messageOf(d).includes('2026-13-01')));
    writeFileSync(file, text.replace('- Frist: 2026-12-31', '- Frist: 2026-13-01'));
    await invalid;
  });
});
