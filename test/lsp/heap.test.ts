/**
 * The server's heap settings and launch options (server/src/node/heap.ts,
 * launch.ts): with the heap options the collection after the first analysis
 * really collects, the server settles once (seen in its log over JSON-RPC),
 * and the bin script passes the heap options.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HEAP_NODE_OPTIONS, STEADY_GARBAGE_MB, steadyGrowthPercent, type Settled } from '../../server/src/node/heap.js';
import { serverNodeOptions } from '../../server/src/node/launch.js';
import { copySample, LspClient, read, removeDir, REPO, uriOf } from './harness.js';

const HEAP_MODULE = pathToFileURL(path.join(REPO, 'out/server/src/node/heap.js')).href;

/** Runs settleHeap in a fresh Node with `options`, after dropping about 35 MB of garbage; returns what it printed. */
function settleInNode(options: readonly string[]): { settled: Settled | null; freedMb: number } {
  const script = `
    const { settleHeap } = await import(${JSON.stringify(HEAP_MODULE)});
    let garbage = Array.from({ length: 400 }, (_, i) => Array.from({ length: 10000 }, (_, j) => i + j + 0.5));
    const held = process.memoryUsage().heapUsed;
    if (garbage.length !== 400) throw new Error('not built');
    garbage = undefined;
    const settled = settleHeap();
    console.log(JSON.stringify({ settled: settled ?? null, freedMb: (held - process.memoryUsage().heapUsed) / 1048576 }));`;
  const r = spawnSync(process.execPath, [...options, '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as ReturnType<typeof settleInNode>;
}

describe('server heap settings', function () {
  this.timeout(60000);

  it('settleHeap collects at once under HEAP_NODE_OPTIONS, and does nothing without them', function () {
    const withOptions = settleInNode(HEAP_NODE_OPTIONS);
    assert.ok(withOptions.settled, 'settleHeap did not collect');
    assert.equal(typeof withOptions.settled.ms, 'number');
    // 4 million doubles ≈ 32 MB plus the arrays.
    assert.ok(withOptions.freedMb > 25, `freed only ${withOptions.freedMb.toFixed(1)} MB`);
    // What is left is a few MB of Node itself: a small heap gets the largest step.
    assert.ok(withOptions.settled.liveMb < 20, `live ${withOptions.settled.liveMb} MB`);
    assert.equal(withOptions.settled.growthPercent, 100);
    const without = settleInNode([]);
    assert.equal(without.settled, null);
  });

  it('sizes the growth step after the first analysis to about STEADY_GARBAGE_MB of garbage, between 15 and 100 %', function () {
    const mb = 1048576;
    assert.equal(steadyGrowthPercent(STEADY_GARBAGE_MB * mb), 100);
    assert.equal(steadyGrowthPercent(10 * mb), 100);
    assert.equal(steadyGrowthPercent(4 * STEADY_GARBAGE_MB * mb), 25);
    assert.equal(steadyGrowthPercent(2 * STEADY_GARBAGE_MB * mb), 50);
    // A heap of 200 MB live and more gets about the smallest step.
    assert.equal(steadyGrowthPercent(200 * mb), 16);
    assert.equal(steadyGrowthPercent(400 * mb), 15);
    assert.equal(steadyGrowthPercent(0), 100);
  });

  for (const [name, nodeOptions, logged] of [
    ['with HEAP_NODE_OPTIONS', HEAP_NODE_OPTIONS, 'MB live, growth step'],
    ['without them', [], 'heap left to V8'],
  ] as const) {
    it(`settles once, after the first analysis is published (${name})`, async function () {
      const dir = copySample();
      const client = await LspClient.start(dir, { nodeOptions });
      try {
        const file = path.join(dir, 'strategier', 'fjellbygd.md');
        const uri = uriOf(file);
        const text = read(file);
        await client.diagnosticsFor(uri);
        const settled = () => client.logs.filter((l) => l.startsWith('first analysis published')).length;
        for (let waited = 0; settled() === 0 && waited < 10_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
        assert.equal(settled(), 1, `nothing logged after the first analysis:\n${client.logs.join('\n')}`);
        assert.ok(client.logs.some((l) => l.startsWith('first analysis published') && l.includes(logged)), client.logs.join('\n'));
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
  }

  it('launchers add at most cores − 1 V8 helper threads (at least one, at most four) to the heap options', function () {
    assert.deepEqual(serverNodeOptions(2), [...HEAP_NODE_OPTIONS, '--v8-pool-size=1']);
    assert.deepEqual(serverNodeOptions(1), [...HEAP_NODE_OPTIONS, '--v8-pool-size=1']);
    assert.deepEqual(serverNodeOptions(4), [...HEAP_NODE_OPTIONS, '--v8-pool-size=3']);
    assert.deepEqual(serverNodeOptions(16), [...HEAP_NODE_OPTIONS, '--v8-pool-size=4']);
  });

  it('bin/samstemt-language-server.js starts Node with HEAP_NODE_OPTIONS', function () {
    const shebang = readFileSync(path.join(REPO, 'bin/samstemt-language-server.js'), 'utf8').split('\n')[0]!;
    assert.equal(shebang, `#!/usr/bin/env -S node ${HEAP_NODE_OPTIONS.join(' ')}`);
  });
});
