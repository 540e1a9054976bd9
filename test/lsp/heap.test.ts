/**
 * The server's heap settings (server/src/node/heap.ts): the full collection
 * after the first analysis really collects, the server runs it once (seen in
 * its log over JSON-RPC), and every launcher passes the same Node options.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { heapForStartup, SERVER_NODE_OPTIONS, settleHeap } from '../../server/src/node/heap.js';
import { copySample, LspClient, read, removeDir, REPO, uriOf } from './harness.js';

describe('server heap settings', function () {
  this.timeout(60000);

  it('settleHeap collects garbage at once', function () {
    let garbage: number[][] | undefined = Array.from({ length: 400 }, (_, i) => Array.from({ length: 10_000 }, (_, j) => i + j + 0.5));
    const held = process.memoryUsage().heapUsed;
    assert.equal(garbage.length, 400);
    garbage = undefined;
    try {
      const ms = settleHeap();
      assert.equal(typeof ms, 'number');
      const freed = held - process.memoryUsage().heapUsed;
      // 4 million doubles ≈ 32 MB plus the arrays.
      assert.ok(freed > 25 * 1024 * 1024, `freed only ${(freed / 1048576).toFixed(1)} MB`);
    } finally {
      heapForStartup(); // the test process keeps the default-like growth
    }
  });

  it('collects once, after the first analysis is published', async function () {
    const dir = copySample();
    const client = await LspClient.start(dir);
    try {
      const file = path.join(dir, 'strategier', 'fjellbygd.md');
      const uri = uriOf(file);
      const text = read(file);
      await client.diagnosticsFor(uri);
      const settled = () => client.logs.filter((l) => l.includes('heap collected')).length;
      for (let waited = 0; settled() === 0 && waited < 10_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
      assert.equal(settled(), 1, `no collection logged after the first analysis:\n${client.logs.join('\n')}`);
      client.open(uri, text);
      // An invalid deadline: a finding more, so the file is published again.
      client.change(uri, text.replace('Frist: 2026-12-31', 'Frist: snart'));
      await client.nextDiagnostics(uri, (ds) => ds.some((d) => d.code === 'invalid-value' && d.range.start.line === 68));
      await new Promise((r) => setTimeout(r, 200));
      assert.equal(settled(), 1, client.logs.join('\n'));
    } finally {
      await client.stop();
      removeDir(dir);
    }
  });

  it('bin/samstemt-language-server.js starts Node with SERVER_NODE_OPTIONS', function () {
    const shebang = readFileSync(path.join(REPO, 'bin/samstemt-language-server.js'), 'utf8').split('\n')[0]!;
    assert.equal(shebang, `#!/usr/bin/env -S node ${SERVER_NODE_OPTIONS.join(' ')}`);
  });
});
