/**
 * Cooperations the server analyses outside the folders the editor opened:
 * the cooperation of a document opened from elsewhere, and the cooperation
 * above an opened folder. Editors watch files only inside their workspace
 * folders (a watcher's glob is relative to them), so the server must notice
 * changes on disk there itself; and a cooperation that came with a document
 * goes with it.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LspClient, copySample, messageOf, read, removeDir, sampleFiles, uriOf } from './harness.js';

describe('language server: cooperations outside the opened folders', function () {
  this.timeout(60000);
  let coop: string;
  let folder: string;
  let client: LspClient | undefined;
  const p = (rel: string) => path.join(coop, rel);

  beforeEach(function () {
    coop = copySample();
    folder = mkdtempSync(path.join(os.tmpdir(), 'samstemt-folder-'));
    writeFileSync(path.join(folder, 'notater.md'), '# Notater\n');
  });
  afterEach(async function () {
    await client?.stop();
    client = undefined;
    removeDir(coop);
    removeDir(folder);
  });

  const settle = (c: LspClient) => c.request('textDocument/codeAction', { textDocument: { uri: uriOf(path.join(folder, 'notater.md')) }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });

  it('clears the findings of a document’s cooperation when its last open document is closed', async function () {
    const c = (client = await LspClient.start(folder));
    const midtby = uriOf(p('strategier/midtby.md'));
    const storby = uriOf(p('strategier/storby.md'));
    const others = sampleFiles(coop).map(uriOf).filter((u) => u !== midtby && u !== storby);
    c.open(midtby, read(p('strategier/midtby.md')));
    c.open(storby, read(p('strategier/storby.md')));
    await Promise.all(others.map((u) => c.diagnosticsFor(u)));
    assert.ok(others.some((u) => c.diagnostics.get(u)!.length > 0), 'the other documents of the cooperation have findings');

    c.close(midtby);
    await settle(c);
    assert.ok(others.some((u) => c.diagnostics.get(u)!.length > 0), 'one of its documents is still open: the cooperation stays');

    c.close(storby);
    await settle(c);
    for (const u of [midtby, storby, ...others]) assert.deepEqual(c.diagnostics.get(u), [], `${path.relative(coop, new URL(u).pathname)}: cleared`);
    assert.deepEqual(c.shown.filter((m) => m.includes('samstemt.yaml')), [], 'no message about samstemt.yaml: it is still there');
  });

  it('notices a samstemt.yaml changed on disk above the opened folder, which the editor does not watch', async function () {
    // The editor can watch files, but only inside strategier/, the folder it opened.
    const c = (client = await LspClient.start(p('strategier')));
    const digi = uriOf(p('strategier/digi-fjord.md'));
    const unknownMember = (lang: RegExp) => (ds: { code?: unknown; message: unknown }[]) => ds.some((d) => d.code === 'unknown-member' && lang.test(messageOf(d as never)));
    await c.diagnosticsFor(digi, unknownMember(/er ikke medlem/));
    const config = read(p('samstemt.yaml'));
    assert.match(config, /^language: nb$/m);
    const english = c.nextDiagnostics(digi, unknownMember(/is not a member/));
    writeFileSync(p('samstemt.yaml'), config.replace(/^language: nb$/m, 'language: en'));
    await english;
  });

  it('notices a change on disk in the cooperation of a document opened from elsewhere', async function () {
    const c = (client = await LspClient.start(folder));
    const midtby = uriOf(p('strategier/midtby.md'));
    const strandvik = p('strategier/strandvik.md');
    c.open(midtby, read(p('strategier/midtby.md')));
    await c.diagnosticsFor(uriOf(strandvik));
    const text = read(strandvik);
    assert.match(text, /- Frist: 2025-12-31/);
    const invalid = c.nextDiagnostics(uriOf(strandvik), (ds) => ds.some((d) => d.code === 'invalid-value' && messageOf(d).includes('2025-13-31')));
    writeFileSync(strandvik, text.replace('- Frist: 2025-12-31', '- Frist: 2025-13-31'));
    await invalid;
  });
});
