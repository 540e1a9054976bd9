/** In a folder without strategies, the extension stays asleep. */
import * as vscode from 'vscode';
import { strict as assert } from 'node:assert';
import { EXTENSION_ID, serverPids, sleep, workspaceUri } from './helpers.js';

describe('a workspace without strategies', function () {
  it('does not activate the extension or start the server, even with a Markdown file open', async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    const doc = await vscode.workspace.openTextDocument(workspaceUri('notes.md'));
    await vscode.window.showTextDocument(doc);
    await sleep(3000); // activation would have happened by now (it takes well under a second)
    assert.equal(ext.isActive, false, 'the extension activated in a folder without samstemt.yaml');
    assert.deepEqual(serverPids(), [], 'a language server is running');
  });
});
