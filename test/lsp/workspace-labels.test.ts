/**
 * How the editor names a cooperation whose samstemt.yaml has no
 * `cooperation:` name (or a folder of `*.strategy.md` files without
 * samstemt.yaml): the explorer tree's workspace node and the report panel's
 * list of workspaces show the folder's name, as the report page itself does,
 * not the folder's file:// URI.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LspClient, removeDir, uriOf } from './harness.js';
import type { ReportResult, TreeWorkspace } from '../../server/src/report/protocol.js';

const strategy = '---\nowner: storby\n---\n\n## Felles personalsystem {#felles-hr}\n\n- Støtter: DS19-M2\n- Frist: 2026\n';

describe('the editor\'s name for a cooperation without a name', function () {
  let dir: string;
  let client: LspClient;

  before(async function () {
    dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-labels-'));
    mkdirSync(path.join(dir, 'IKT Vest', 'strategier'), { recursive: true });
    writeFileSync(path.join(dir, 'IKT Vest', 'samstemt.yaml'), 'cooperation: IKT Vest\nlanguage: nb\ndocuments: ["strategier/*.md"]\nmembers:\n  storby: { name: Storby kommune, kind: kommune, population: 5000 }\n');
    writeFileSync(path.join(dir, 'IKT Vest', 'strategier', 'storby.md'), strategy);
    mkdirSync(path.join(dir, 'Nettverk Sør', 'strategier'), { recursive: true });
    writeFileSync(path.join(dir, 'Nettverk Sør', 'samstemt.yaml'), 'language: nb\ndocuments: ["strategier/*.md"]\nmembers:\n  storby: { name: Storby kommune, kind: kommune, population: 5000 }\n');
    writeFileSync(path.join(dir, 'Nettverk Sør', 'strategier', 'storby.md'), strategy);
    client = await LspClient.start(dir);
  });

  after(async function () {
    await client?.stop();
    removeDir(dir);
  });

  it('names the tree\'s workspace node after the folder', async function () {
    const tree = await client.request<TreeWorkspace[]>('samstemt/tree', {});
    assert.deepEqual(tree.map((w) => w.label).sort(), ['IKT Vest', 'Nettverk Sør']);
  });

  it('names the report\'s workspaces after the folder', async function () {
    const r = await client.request<ReportResult>('samstemt/report', { uri: uriOf(path.join(dir, 'Nettverk Sør', 'strategier', 'storby.md')) });
    assert.equal(r.root, uriOf(path.join(dir, 'Nettverk Sør')) + '/');
    assert.deepEqual(r.workspaces.map((w) => w.label).sort(), ['IKT Vest', 'Nettverk Sør']);
  });
});
