/**
 * LSP 3.17: after a successful `shutdown` the server does no new work; only
 * `exit` counts. Notifications an editor still sends meanwhile (a document
 * opened or changed, a file changed on disk, settings changed, a folder
 * added) start no analysis, publish nothing and ask the client nothing;
 * `exit` then ends the server with code 0.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LspClient, removeDir, uriOf } from './harness.js';
import { within } from '../helpers/time.js';

const CONFIG = 'cooperation: Test\nlanguage: en\nframeworks: [DS19]\ndocuments: ["strategier/*.md"]\nmembers:\n  a: { name: A, kind: kommune, population: 100 }\n';
const DOC = ['---', 'owner: a', '---', '', '## Felles arkiv {#arkiv}', '', '- Støtter: DS19-M1', '- Indikator: andel', '- Målverdi: 80 %', '- Frist: 2026', ''].join('\n');
const BROKEN = DOC.replace('DS19-M1', 'DS19-M99');

/** Longer than any debounce and than an analysis of this small cooperation: what the server would do, it has done by then. */
const QUIET_MS = 1500;

describe('language server: nothing new after shutdown', function () {
  this.timeout(60000);
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'samstemt-aftershutdown-'));
    writeFileSync(path.join(root, 'samstemt.yaml'), CONFIG);
    mkdirSync(path.join(root, 'strategier'));
    writeFileSync(path.join(root, 'strategier/a.md'), DOC);
  });
  afterEach(() => removeDir(root));

  it('starts no analysis, publishes nothing and asks nothing for notifications after shutdown; exit then ends with code 0', async function () {
    const uri = uriOf(path.join(root, 'strategier/a.md'));
    let asked = 0;
    const client = await LspClient.start(root, {
      capabilities: { workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } } },
      configuration: () => {
        asked++;
        return {};
      },
    });
    const exited = new Promise<number | null>((resolve) => client.proc.once('exit', resolve));
    try {
      await client.diagnosticsFor(uri);
      assert.equal(await client.request('shutdown', null), null);
      const published = client.published.length;
      const analysed = () => client.logs.filter((l) => l.startsWith('analysed ')).length;
      const analyses = analysed();
      const askedBefore = asked;
      // Everything an editor may still send between shutdown and exit.
      const other = mkdtempSync(path.join(os.tmpdir(), 'samstemt-aftershutdown-other-'));
      try {
        writeFileSync(path.join(other, 'samstemt.yaml'), CONFIG);
        client.open(uri, BROKEN);
        client.change(uri, BROKEN.replace('Felles arkiv', 'Ulagret'));
        client.open('untitled:Untitled-1', BROKEN);
        writeFileSync(path.join(root, 'strategier/b.md'), BROKEN.replace('{#arkiv}', '{#b}'));
        client.watched([{ uri: uriOf(path.join(root, 'strategier/b.md')), type: 1 }]);
        void client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { samstemt: { language: 'nn' } } });
        void client.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: uriOf(other), name: 'other' }], removed: [] } });
        client.close(uri);
        // A request still gets its refusal, in order: everything above has been read.
        await assert.rejects(client.request('workspace/symbol', { query: '' }), (e) => (e as { code?: number }).code === -32600);
        await new Promise((r) => setTimeout(r, QUIET_MS));
        assert.deepEqual(client.published.slice(published), [], 'nothing published after shutdown');
        assert.equal(analysed(), analyses, `no analysis after shutdown:\n${client.logs.join('\n')}`);
        assert.equal(asked, askedBefore, 'no settings asked for after shutdown');
      } finally {
        removeDir(other);
      }
      await client.conn.sendNotification('exit');
      assert.equal(await within(exited, 10000, () => 'still running'), 0);
    } finally {
      client.conn.dispose();
      if (client.proc.exitCode === null) client.proc.kill();
    }
  });
});
