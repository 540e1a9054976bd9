/**
 * A folder replaced on disk by another of the same name (moved away and
 * another moved in: a sync client, a restore from a backup, a drag in the
 * file manager). The editor reports one event for each folder, none for the
 * files inside (microsoft/vscode#109754), so the server must not keep the
 * text it had read from the old folder's files.
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LspClient, copySample, messageOf, read, removeDir, sampleFiles, uriOf } from './harness.js';

describe('language server: a folder replaced by another of the same name', function () {
  this.timeout(60000);
  let root: string;
  let elsewhere: string;
  let client: LspClient;
  const p = (rel: string) => path.join(root, rel);
  const DRAFTS = 'strategier/utkast';
  const DRAFT = 'strategier/utkast/felles-ki-strategi.md';

  beforeEach(async function () {
    root = copySample();
    elsewhere = mkdtempSync(path.join(os.tmpdir(), 'samstemt-elsewhere-'));
    client = await LspClient.start(root);
    await Promise.all(sampleFiles(root).map((f) => client.diagnosticsFor(uriOf(f))));
  });
  afterEach(async function () {
    await client?.stop();
    removeDir(root);
    removeDir(elsewhere);
  });

  /** Analyses now: the server publishes what changed before it answers a code action request. */
  const settle = () => client.request('textDocument/codeAction', { textDocument: { uri: uriOf(p('samstemt.yaml')) }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });

  /** A copy of the drafts folder whose document has an owner that is no member (`unknown-member`). */
  function otherDrafts(): string {
    const other = path.join(elsewhere, 'utkast');
    cpSync(p(DRAFTS), other, { recursive: true });
    const file = path.join(other, path.basename(DRAFT));
    const text = read(file);
    assert.match(text, /^status: utkast$/m);
    writeFileSync(file, text.replace(/^status: utkast$/m, 'owner: ukjent-eier'));
    return other;
  }

  const unknownOwner = () => (client.diagnostics.get(uriOf(p(DRAFT))) ?? []).filter((d) => d.code === 'unknown-member' && messageOf(d).includes('ukjent-eier'));

  it('reads the new folder’s files when it is moved in after the old one was moved away', async function () {
    assert.deepEqual(unknownOwner(), [], 'the sample’s draft has no owner');
    const other = otherDrafts();
    renameSync(p(DRAFTS), path.join(elsewhere, 'old'));
    client.watched([{ uri: uriOf(p(DRAFTS)), type: 3 }]);
    await settle();
    assert.deepEqual(client.diagnostics.get(uriOf(p(DRAFT))), [], 'the draft is gone with its folder');
    renameSync(other, p(DRAFTS));
    client.watched([{ uri: uriOf(p(DRAFTS)), type: 1 }]);
    await settle();
    assert.equal(unknownOwner().length, 1, 'the draft of the new folder is read, not the one of the old folder');
  });

  it('reads the new folder’s files when both moves come in one notification', async function () {
    const other = otherDrafts();
    renameSync(p(DRAFTS), path.join(elsewhere, 'old'));
    renameSync(other, p(DRAFTS));
    client.watched([
      { uri: uriOf(p(DRAFTS)), type: 3 },
      { uri: uriOf(p(DRAFTS)), type: 1 },
    ]);
    await settle();
    assert.equal(unknownOwner().length, 1, 'the draft of the new folder is read');
  });
});
