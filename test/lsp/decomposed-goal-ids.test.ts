/**
 * A goal ID with an å written as a + combining ring (NFD: text from a PDF or
 * a Mac), as `{#små-skule}` in a heading or `id: små-tenester` in YAML. The
 * author sees `små-skule`; Samstemt said «små-skule» is not a valid goal ID, and
 * a reference `fjordheim#små-skule` typed with the ordinary å had no goal
 * («Mente du fjordheim#små-skule?», the same text). The ID now reads as seen,
 * and a rename rewrites a reference written with the decomposed å whole
 * (test/fixtures/editor-audit7).
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { LspClient, REPO, applyEdits, editsByUri, messageOf, positionOf, removeDir, uriOf } from './harness.js';

const NFD_A = 'a\u030a';

describe('language server: goal IDs with a decomposed å (test/fixtures/editor-audit7)', function () {
  this.timeout(60000);
  let root: string;
  let client: LspClient;
  const file = (name: string) => path.join(root, 'strategier', name);
  const edit = (name: string, from: string, to: string) => {
    const text = readFileSync(file(name), 'utf8');
    assert.ok(text.includes(from), `${name}: ${from}`);
    writeFileSync(file(name), text.replace(from, to));
  };

  before(async function () {
    root = mkdtempSync(path.join(os.tmpdir(), 'samstemt-nfd-'));
    cpSync(path.join(REPO, 'test/fixtures/editor-audit7'), root, { recursive: true });
    edit('fjordheim.md', '{#skule}', `{#sm${NFD_A}-skule}`);
    edit('nordvik.md', '- Contributes: sjøvik#digital-byggesak', `- Contributes: sjøvik#digital-byggesak, fjordheim#sm${NFD_A}-skule`);
    edit('holmoy.yaml', '    contributes: fjordheim#trygg-heime', '    contributes: fjordheim#trygg-heime, fjordheim#små-skule, #små-tenester');
    edit('holmoy.yaml', '  - id: velferd-holmoy', `  - id: velferd-holmoy\n    title: x\n  - id: sm${NFD_A}-tenester\n    title: Små tenester\n    deadline: 2027\n    supports: DS19-M2\n  - id: y`);
    client = await LspClient.start(root);
  });
  after(async function () {
    await client?.stop();
    if (root) removeDir(root);
  });

  it('reads the ID as the author sees it, and references to it find it', async () => {
    for (const name of ['fjordheim.md', 'nordvik.md', 'holmoy.yaml']) {
      const found = await client.diagnosticsFor(uriOf(file(name)));
      const wrong = found.filter((d) => (d.code === 'invalid-value' && /mål-ID/.test(messageOf(d))) || (d.code === 'unknown-goal-ref' && /små/.test(messageOf(d))));
      assert.deepEqual(wrong.map(messageOf), [], name);
    }
  });

  it('renames the goal in its heading and in a reference written with the decomposed å, whole', async () => {
    const text = readFileSync(file('fjordheim.md'), 'utf8');
    const result = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: uriOf(file('fjordheim.md')) }, position: positionOf(text, `{#sm${NFD_A}-skule}`, 3), newName: 'skule-nytt' });
    const after = new Map([...editsByUri(result)].map(([u, edits]) => [path.basename(u), applyEdits(readFileSync(fileURLToPath(u), 'utf8'), edits)]));
    assert.deepEqual([...after.keys()].sort(), ['fjordheim.md', 'holmoy.yaml', 'nordvik.md']);
    assert.ok(after.get('fjordheim.md')!.includes('skular {#skule-nytt}\r\n'));
    assert.ok(after.get('nordvik.md')!.includes('- Contributes: sjøvik#digital-byggesak, fjordheim#skule-nytt\n'), after.get('nordvik.md'));
    assert.ok(after.get('holmoy.yaml')!.includes('contributes: fjordheim#trygg-heime, fjordheim#skule-nytt, #små-tenester\n'), after.get('holmoy.yaml'));
  });
});
