/**
 * Rename (F2) where there is no goal ID to rename: on a national objective, a
 * member, a reference to a goal that does not exist or plain text. An editor
 * that does not ask `prepareRename` first (Neovim, Helix, Emacs) used to get
 * an empty answer and showed nothing, or «No result»; now the author is told
 * why, in the message language, as an error the editor shows (RequestFailed),
 * and nothing is changed. A goal ID still renames (test/fixtures/editor-audit7).
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { LspClient, REPO, editsByUri, positionOf, removeDir, uriOf } from './harness.js';

const REQUEST_FAILED = -32803;

describe('language server: rename refused where there is no goal ID (test/fixtures/editor-audit7)', function () {
  this.timeout(60000);
  let root: string;
  const file = (name: string) => path.join(root, 'strategier', name);

  before(function () {
    root = mkdtempSync(path.join(os.tmpdir(), 'samstemt-rename-'));
    cpSync(path.join(REPO, 'test/fixtures/editor-audit7'), root, { recursive: true });
  });
  after(function () {
    if (root) removeDir(root);
  });

  /** The error a rename at `needle` (one character in) in `name` is refused with. */
  const refusal = async (client: LspClient, name: string, needle: string, delta = 1) => {
    const params = { textDocument: { uri: uriOf(file(name)) }, position: positionOf(readFileSync(file(name), 'utf8'), needle, delta), newName: 'nytt-mal' };
    const answer = await client.request<WorkspaceEdit | null>('textDocument/rename', params).then(
      (edit) => ({ edit }),
      (e: { code: number; message: string }) => ({ code: e.code, message: e.message }),
    );
    assert.ok('code' in answer, `${name} ${needle}: refused, not ${JSON.stringify(answer)}`);
    assert.equal(answer.code, REQUEST_FAILED);
    return answer.message;
  };

  it('says why, in bokmål, and still renames a goal ID', async () => {
    const client = await LspClient.start(root);
    try {
      await client.diagnosticsFor(uriOf(file('nordvik.md')));
      assert.match(await refusal(client, 'sjovik.md', 'DS19-M1'), /^«DS19-M1» er et mål i en nasjonal strategi.*Bare målene i samarbeidet kan få ny ID/);
      assert.match(await refusal(client, 'nordvik.md', 'havbru-ikt#sikker-drif', 12), /^Det finnes ikke noe mål havbru-ikt#sikker-drif, så det er ingenting å gi ny ID/);
      assert.match(await refusal(client, 'nordvik.md', 'fjordhiem', 2), /^Her står ingen mål-ID/);
      assert.match(await refusal(client, 'sjovik.md', 'samarbeide tett'), /^Her står ingen mål-ID/);
      assert.match(await refusal(client, 'holmoy.yaml', 'Public 360'), /^Her står ingen mål-ID/);
      const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: uriOf(file('nordvik.md')) }, position: positionOf(readFileSync(file('nordvik.md'), 'utf8'), 'sjøvik#digital-byggesak', 10), newName: 'byggesak' });
      assert.deepEqual([...editsByUri(edit).keys()].map((u) => path.basename(u)).sort(), ['nordvik.md', 'sjovik.md']);
    } finally {
      await client.stop();
    }
  });

  it('says why in English and nynorsk when those are the message language', async () => {
    for (const [language, objective, elsewhere] of [
      ['en', /^"DS19-M1" is an objective of a national strategy.*Only the goals of the cooperation can get a new ID/, /^There is no goal ID here/],
      ['nn', /^«DS19-M1» er eit mål i ein nasjonal strategi.*Berre måla i samarbeidet kan få ny ID/, /^Her står ingen mål-ID/],
    ] as const) {
      const client = await LspClient.start(root, { initializationOptions: { language } });
      try {
        assert.match(await refusal(client, 'sjovik.md', 'DS19-M1'), objective);
        assert.match(await refusal(client, 'sjovik.md', 'samarbeide tett'), elsewhere);
      } finally {
        await client.stop();
      }
    }
  });
});
