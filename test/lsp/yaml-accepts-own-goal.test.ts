/**
 * Completion after `accepts:` in a YAML strategy, of a goal of the same
 * member: the completion writes the reference and ` — ` and leaves the cursor
 * there for the reason. It wrote `"#skanning — "` (quoted, as ` #` starts a
 * comment in YAML), so the reason the author typed next landed after the
 * closing quote and the file could no longer be read. It now writes
 * `holmøy#skanning — `, which needs no quotes (test/fixtures/editor-audit7).
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CompletionItem, CompletionList, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-protocol/node';
import { LspClient, REPO, applyEdits, messageOf, positionOf, removeDir, uriOf } from './harness.js';

describe('language server: completing an accepted conflict with a goal of the same member in YAML (test/fixtures/editor-audit7)', function () {
  this.timeout(60000);
  let root: string;
  let client: LspClient;

  before(async function () {
    root = mkdtempSync(path.join(os.tmpdir(), 'samstemt-accepts-'));
    cpSync(path.join(REPO, 'test/fixtures/editor-audit7'), root, { recursive: true });
    client = await LspClient.start(root);
  });
  after(async function () {
    await client?.stop();
    if (root) removeDir(root);
  });

  it('leaves the document readable when the author types the reason after the completed reference', async () => {
    const file = path.join(root, 'strategier/holmoy.yaml');
    const uri = uriOf(file);
    await client.diagnosticsFor(uri);
    const typed = readFileSync(file, 'utf8').replace(/ {4}accepts: havbru-ikt#felles-arkiv[^\n]*\n/, '    accepts: \n');
    client.open(uri, typed);
    const list = await client.request<CompletionList | CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: positionOf(typed, 'accepts: ', 9) });
    const items = Array.isArray(list) ? list : list.items;
    const own = items.find((i) => /#skanning$/.test(i.label));
    assert.ok(own, items.map((i) => i.label).join(', '));
    const edit = own.textEdit as TextEdit;
    assert.doesNotMatch(edit.newText, /^["']/, 'a reference the reason can follow');
    const withReason = applyEdits(typed, [{ range: edit.range, newText: `${edit.newText}skanninga må vere ferdig før arkivet blir flytta` }]);
    client.change(uri, withReason);
    assert.match(withReason, /accepts: holmøy#skanning — skanninga/);
    // The goals are read from the edited text (requests are answered after the edit), and the reference leads to the goal.
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(withReason, 'holmøy#skanning', 9) });
    assert.match((hover?.contents as MarkupContent | undefined)?.value ?? '', /^\*\*Skanne inn papirarkivet\*\* \(`holmøy#skanning`\)/);
    // A quick-fix request finishes the analysis of the edit and publishes it first.
    await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: edit.range.start, end: edit.range.start }, context: { diagnostics: [] } });
    const found = client.diagnostics.get(uri) ?? [];
    assert.deepEqual(found.filter((d) => ['parse-error', 'unknown-goal-ref', 'unknown-property'].includes(String(d.code))).map(messageOf), []);
  });
});
