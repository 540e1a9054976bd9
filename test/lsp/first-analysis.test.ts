/**
 * The first analysis of a folder with several cooperations, over JSON-RPC from
 * the built server: the cooperation of an open document is analysed and
 * published first, and every file still gets its diagnostics.
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LspClient, read, removeDir, SAMPLE, sampleFiles, uriOf } from './harness.js';

const COOPERATIONS = ['midt', 'nord', 'sor'];

describe('first analysis of several cooperations (language server)', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-coops-'));
    for (const c of COOPERATIONS) cpSync(SAMPLE, path.join(dir, c), { recursive: true });
  });
  after(() => removeDir(dir));

  it('publishes the cooperation of an open document first, then the others', async function () {
    const client = await LspClient.start(dir);
    try {
      // Opened as the editor restores it; `sor` sorts last, so without the open document it would come last.
      const open = path.join(dir, 'sor', 'strategier', 'fjellbygd.md');
      client.open(uriOf(open), read(open));
      const files = COOPERATIONS.flatMap((c) => sampleFiles(path.join(dir, c)));
      await Promise.all(files.map((f) => client.diagnosticsFor(uriOf(f))));
      const sor = uriOf(path.join(dir, 'sor')) + '/';
      const own = sampleFiles(path.join(dir, 'sor')).length;
      const first = client.published.slice(0, own).map((p) => p.uri);
      assert.ok(
        first.every((u) => u.startsWith(sor)),
        `the first ${own} publications should all be of sor/:\n${first.join('\n')}`,
      );
      assert.ok(client.diagnostics.get(uriOf(open))!.length > 0);
      assert.equal(new Set(client.published.map((p) => p.uri)).size, files.length);
    } finally {
      await client.stop();
    }
  });
});
