/**
 * The explorer tree's goal items carry an ID (VS Code keeps a goal expanded
 * across refreshes by it) that VS Code requires to be unique in the whole
 * tree: with two cooperations side by side in one folder whose members share
 * member and goal IDs (a municipality in a regional ICT company and in a
 * network), `storby#felles-hr` occurs twice, and VS Code refuses to draw the
 * tree («Element with id … is already registered»). The server gives every
 * goal of `samstemt/tree` an ID that is unique over all workspaces and the
 * same from one analysis to the next.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LspClient, removeDir } from './harness.js';
import type { TreeWorkspace } from '../../server/src/report/protocol.js';

const config = (name: string) => `cooperation: ${name}\nlanguage: nb\ndocuments: ["strategier/*.md"]\nmembers:\n  storby: { name: Storby kommune, kind: kommune, population: 5000 }\n`;
const strategy = '---\nowner: storby\n---\n\n## Felles personalsystem {#felles-hr}\n\n- Støtter: DS19-M2\n- Frist: 2026\n\n## Digital byggesak {#byggesak}\n\n- Frist: 2027\n';

describe('the explorer tree with two cooperations that share goal IDs', function () {
  let dir: string;
  let client: LspClient;

  before(async function () {
    dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-tree-ids-'));
    for (const name of ['region', 'nettverk']) {
      mkdirSync(path.join(dir, name, 'strategier'), { recursive: true });
      writeFileSync(path.join(dir, name, 'samstemt.yaml'), config(name));
      writeFileSync(path.join(dir, name, 'strategier', 'storby.md'), strategy);
    }
    client = await LspClient.start(dir);
  });

  after(async function () {
    await client?.stop();
    removeDir(dir);
  });

  it('gives every goal an ID of its own, the same in the next answer', async function () {
    const tree = await client.request<TreeWorkspace[]>('samstemt/tree', {});
    assert.equal(tree.length, 2);
    const goals = tree.flatMap((ws) => ws.members.flatMap((m) => m.goals));
    assert.deepEqual(goals.map((g) => g.key).sort(), ['storby#byggesak', 'storby#byggesak', 'storby#felles-hr', 'storby#felles-hr']);
    const ids = goals.map((g) => (g as { id?: unknown }).id);
    assert.ok(ids.every((id) => typeof id === 'string' && id.length > 0), `ids: ${JSON.stringify(ids)}`);
    assert.equal(new Set(ids).size, ids.length, `ids: ${JSON.stringify(ids)}`);
    const again = await client.request<TreeWorkspace[]>('samstemt/tree', {});
    assert.deepEqual(again.flatMap((ws) => ws.members.flatMap((m) => m.goals.map((g) => (g as { id?: unknown }).id))), ids);
  });
});
