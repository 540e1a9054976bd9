/** The language server gives editor advice, not the CLI's (`samstemt objectives`). */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LspClient, messageOf, removeDir, uriOf } from './harness.js';
import { CONFIG } from '../helpers/workspace.js';

describe('language server: advice in the editor', function () {
  this.timeout(60000);
  let root: string;
  let client: LspClient;

  before(async function () {
    root = mkdtempSync(path.join(os.tmpdir(), 'samstemt-editor-advice-'));
    writeFileSync(path.join(root, 'samstemt.yaml'), CONFIG);
    writeFileSync(path.join(root, 'storby.md'), '---\nowner: storby\n---\n\n## Sammenhengende tjenester {#sammenhengende}\n\n- Område: innbyggertjenester\n- Støtter: DS19-M22\n');
    client = await LspClient.start(root);
  });
  after(async function () {
    await client?.stop();
    if (root) removeDir(root);
  });

  it('points to the suggestions and the command palette, not to the CLI', async () => {
    const list = await client.diagnosticsFor(uriOf(path.join(root, 'storby.md')), (l) => l.some((d) => d.code === 'unknown-objective'));
    const d = list.find((x) => x.code === 'unknown-objective')!;
    assert.match(messageOf(d), /The suggestions after the colon list them \(Ctrl\+Space\), and so does the command «Samstemt: List national objectives»\./);
    assert.doesNotMatch(messageOf(d), /samstemt objectives/);
  });
});
