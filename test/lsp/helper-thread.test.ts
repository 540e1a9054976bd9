/**
 * The first analysis shared with a helper thread (server/src/lsp/helperThread.ts),
 * over JSON-RPC from the built server: a folder with three cooperations side
 * by side, analysed with the helper (`SAMSTEMT_HELPER_THREAD=always`) and
 * without it (`=off`), must end with the same diagnostics; a buffer changed
 * while the helper works must win over what the helper read. The pure parts
 * (how the work is split, when the helper's answer still holds) are tested
 * directly.
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspClient, read, removeDir, SAMPLE, sampleFiles, uriOf } from './harness.js';
import { shareStillValid, splitWorkspaces, type WorkspaceShare } from '../../server/src/lsp/helperThread.js';

const COOPERATIONS = ['nord', 'midt', 'sor'];

/** Three copies of the sample cooperation side by side. */
function threeCooperations(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-helper-'));
  for (const c of COOPERATIONS) cpSync(SAMPLE, path.join(dir, c), { recursive: true });
  return dir;
}

/** The files the server reports on in the three cooperations. */
const reported = (dir: string) => COOPERATIONS.flatMap((c) => sampleFiles(path.join(dir, c)));

const isComplete = (m: string) => /^analysed /.test(m) && !m.includes('helper thread');

/** Starts a server and waits for its complete analysis and the diagnostics of every file. */
async function analysed(dir: string, mode: 'always' | 'off', beforeAnalysis?: (c: LspClient) => void): Promise<LspClient> {
  // Without capabilities to register, the server starts analysing as it handles `initialized`:
  // what the client sends next arrives while the first analysis runs.
  const client = await LspClient.start(dir, { env: { SAMSTEMT_HELPER_THREAD: mode }, capabilities: {} });
  beforeAnalysis?.(client);
  await client.nextLog(isComplete);
  await Promise.all(reported(dir).map((f) => client.diagnosticsFor(uriOf(f))));
  return settled(client, dir);
}

/**
 * Code actions finish any pending analysis and publish it before they answer,
 * and the answer follows those notifications on the wire: after it, the
 * client has every diagnostic the server will publish for the current text.
 */
async function settled(client: LspClient, dir: string): Promise<LspClient> {
  const uri = uriOf(reported(dir)[0]!);
  const at = { line: 0, character: 0 };
  await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } });
  return client;
}

function sorted(map: ReadonlyMap<string, Diagnostic[]>): [string, Diagnostic[]][] {
  return [...map].sort(([a], [b]) => a.localeCompare(b));
}

describe('first analysis with a helper thread (language server)', function () {
  this.timeout(90000);
  let dir: string;
  before(() => {
    dir = threeCooperations();
  });
  after(() => removeDir(dir));

  it('publishes the same diagnostics as one thread does, each file once', async function () {
    const helped = await analysed(dir, 'always');
    const alone = await analysed(dir, 'off');
    try {
      assert.ok(helped.logs.some((m) => /^analysed .*helper thread/.test(m)), `the helper thread was not used:\n${helped.logs.join('\n')}`);
      assert.ok(!alone.logs.some((m) => m.includes('helper thread')));
      assert.equal(helped.diagnostics.size, reported(dir).length);
      assert.deepEqual(sorted(helped.diagnostics), sorted(alone.diagnostics));
      assert.ok([...helped.diagnostics.values()].some((d) => d.length > 0));
      // The complete analysis that follows re-publishes nothing that was already published.
      const perUri = new Map<string, number>();
      for (const p of helped.published) perUri.set(p.uri, (perUri.get(p.uri) ?? 0) + 1);
      assert.deepEqual([...perUri.values()].filter((n) => n !== 1), []);
    } finally {
      await helped.stop();
      await alone.stop();
    }
  });

  it('publishes what the helper read only where buffers opened meanwhile have the same text', async function () {
    // With three equal cooperations the helper gets `midt` and `sor` (the largest first, ties by root).
    const changed = path.join(dir, 'sor', 'strategier', 'fjellbygd.md');
    const same = path.join(dir, 'midt', 'strategier', 'fjellbygd.md');
    const text = `${read(changed)}\n### Ny felles plattform {#ny-plattform}\n\n- Bidreg til: ikt-fjord#finst-ikkje\n`;
    const open = (c: LspClient) => {
      c.open(uriOf(changed), text);
      c.open(uriOf(same), read(same));
    };
    const helped = await analysed(dir, 'always', open);
    const alone = await analysed(dir, 'off', open);
    try {
      const unknown = (d: Diagnostic[]) => d.some((x) => x.code === 'unknown-goal-ref' && JSON.stringify(x.message).includes('finst-ikkje'));
      await helped.diagnosticsFor(uriOf(changed), unknown);
      await alone.diagnosticsFor(uriOf(changed), unknown);
      await settled(helped, dir);
      await settled(alone, dir);
      // `sor` waited for the complete analysis; `midt` (same text) and `nord` (this thread) did not.
      assert.ok(helped.logs.some((m) => /^analysed \d+ files in 2 workspace\(s\) .*\(1 of them in a helper thread/.test(m)), helped.logs.join('\n'));
      assert.deepEqual(sorted(helped.diagnostics), sorted(alone.diagnostics));
    } finally {
      await helped.stop();
      await alone.stop();
    }
  });
});

describe('sharing the first analysis with a helper thread', function () {
  it('balances the workspaces by files, the largest first, and keeps workspaces without files', function () {
    const split = splitWorkspaces(
      [
        { root: 'file:///a/', files: 10 },
        { root: 'file:///b/', files: 6 },
        { root: 'file:///c/', files: 5 },
        { root: 'file:///d/', files: 0 },
      ],
      0,
    )!;
    assert.deepEqual([...split.theirs].sort(), ['file:///a/']);
    assert.deepEqual([...split.mine].sort(), ['file:///b/', 'file:///c/', 'file:///d/']);
  });

  it('shares nothing with one workspace or too few files', function () {
    assert.equal(splitWorkspaces([{ root: 'file:///a/', files: 500 }, { root: 'file:///b/', files: 0 }], 0), undefined);
    assert.equal(splitWorkspaces([{ root: 'file:///a/', files: 50 }, { root: 'file:///b/', files: 49 }], 100), undefined);
    assert.ok(splitWorkspaces([{ root: 'file:///a/', files: 50 }, { root: 'file:///b/', files: 50 }], 100));
  });

  it("keeps a workspace's share only while what it read and its folder are unchanged", function () {
    const share: WorkspaceShare<never> = { root: 'file:///b/', files: [{ uri: 'file:///b/x.md', text: 'old', diagnostics: [] }] };
    const valid = (changes: string[], texts: Record<string, string> = {}) => shareStillValid(share, new Set(changes), (uri) => texts[uri]);
    assert.equal(valid([]), true);
    assert.equal(valid(['file:///a/y.md']), true, 'a change in another workspace');
    assert.equal(valid(['file:///b/x.md'], { 'file:///b/x.md': 'old' }), true, 'opened with the text on disk');
    assert.equal(valid(['file:///b/x.md'], { 'file:///b/x.md': 'new' }), false, 'changed');
    assert.equal(valid(['file:///b/x.md'], {}), false, 'deleted');
    assert.equal(valid(['file:///b/new.md']), false, 'a file created in its folder');
    assert.equal(valid(['*']), false, 'folders or settings changed');
  });
});
