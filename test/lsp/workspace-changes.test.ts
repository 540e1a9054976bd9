/**
 * The workspace changing under the editor at odd moments: samstemt.yaml
 * deleted while member documents are open, samstemt.yaml created in a folder
 * that had none, a document moved from one cooperation to a nested one and
 * back, and a workspace folder removed and added back. After each, every
 * file shows what the analysis of the new workspace says, and a file that
 * is no longer checked shows nothing: no findings are left from before.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspClient, messageOf, removeDir, uriOf } from './harness.js';
import { within } from '../helpers/time.js';

const doc = (owner: string, objective = 'DS19-M1') => ['---', `owner: ${owner}`, '---', '', '## Felles arkiv {#arkiv}', '', `- Støtter: ${objective}`, '- Indikator: andel', '- Målverdi: 80 %', '- Frist: 2026', ''].join('\n');
const codes = (ds: readonly Diagnostic[]) => ds.map((d) => String(d.code)).sort();
const has = (code: string) => (ds: Diagnostic[]) => ds.some((d) => d.code === code);
const hasNot = (code: string) => (ds: Diagnostic[]) => !ds.some((d) => d.code === code);

describe('language server: workspace changes at odd moments', function () {
  this.timeout(60000);
  let dir: string;
  let client: LspClient | undefined;

  /** Two workspace folders, each a cooperation (English, DS19 only) with one document that has a finding. */
  const twoFolders = (): [string, string] => {
    const folders = ['a', 'b'].map((n) => {
      const f = path.join(dir, n);
      mkdirSync(f);
      writeFileSync(path.join(f, 'samstemt.yaml'), `cooperation: ${n}\nlanguage: en\nframeworks: [DS19]\nmembers:\n  m: { name: M }\n`);
      writeFileSync(path.join(f, 'plan.strategy.md'), doc('m', 'DS19-M99'));
      return f;
    });
    return folders as [string, string];
  };

  /** Cooperation «Ytre» (member x) with «Indre» (member y) nested in `inner/`, and an empty `docs/` beside it; returns the two folders. */
  const nestedCooperations = (): { inner: string; docs: string } => {
    const inner = path.join(dir, 'inner');
    const docs = path.join(dir, 'docs');
    mkdirSync(docs);
    mkdirSync(inner);
    writeFileSync(path.join(dir, 'samstemt.yaml'), "cooperation: Ytre\nlanguage: en\ndocuments: ['**/*.md']\nmembers:\n  x: { name: X }\n");
    writeFileSync(path.join(inner, 'samstemt.yaml'), "cooperation: Indre\nlanguage: en\ndocuments: ['**/*.md']\nmembers:\n  y: { name: Y }\n");
    return { inner, docs };
  };

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-wschanges-'));
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    removeDir(dir);
  });

  /**
   * Code actions analyse whatever changed and publish it before they answer:
   * once answered, everything the server published for that change has arrived.
   */
  const settled = (uri: string) => client!.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });

  it('clears the findings of open member documents and of samstemt.yaml itself when samstemt.yaml is deleted', async function () {
    const config = path.join(dir, 'samstemt.yaml');
    // An unknown setting: samstemt.yaml has a finding of its own.
    writeFileSync(config, 'cooperation: Test\nlanguage: en\nframeworks: [DS19]\ndocuments: ["strategier/*.md"]\nfarge: blå\nmembers:\n  a: { name: A, kind: kommune, population: 100 }\n');
    mkdirSync(path.join(dir, 'strategier'));
    const a = path.join(dir, 'strategier/a.md');
    const b = path.join(dir, 'strategier/b.md');
    writeFileSync(a, doc('a', 'DS19-M99'));
    writeFileSync(b, doc('a', 'DS19-M99').replace('{#arkiv}', '{#b}'));
    client = await LspClient.start(dir);
    await client.diagnosticsFor(uriOf(config), has('unknown-property'));
    await client.diagnosticsFor(uriOf(b), has('unknown-objective'));
    client.open(uriOf(a), doc('a', 'DS19-M99'));
    await client.diagnosticsFor(uriOf(a), has('unknown-objective'));

    rmSync(config);
    client.watched([{ uri: uriOf(config), type: 3 }]);
    await settled(uriOf(a));
    // The defaults apply now: only *.strategy.md files are documents, so neither a.md (open) nor b.md is checked.
    assert.deepEqual(codes(client.diagnostics.get(uriOf(config))!), []);
    assert.deepEqual(codes(client.diagnostics.get(uriOf(a))!), []);
    assert.deepEqual(codes(client.diagnostics.get(uriOf(b))!), []);
    await client.shownMessage((m) => m.includes('samstemt.yaml er borte'));

    // And back: the cooperation's findings return, for the open document too.
    writeFileSync(config, 'cooperation: Test\nlanguage: en\nframeworks: [DS19]\ndocuments: ["strategier/*.md"]\nmembers:\n  a: { name: A, kind: kommune, population: 100 }\n');
    client.watched([{ uri: uriOf(config), type: 1 }]);
    await settled(uriOf(a));
    assert.ok(has('unknown-objective')(client.diagnostics.get(uriOf(a))!), JSON.stringify(client.diagnostics.get(uriOf(a))));
    assert.ok(has('unknown-objective')(client.diagnostics.get(uriOf(b))!));
    assert.ok(has('objective-uncovered')(client.diagnostics.get(uriOf(config))!), 'samstemt.yaml shows what the new one says');
  });

  it('checks the documents samstemt.yaml names, with its members, once it is created in a folder that had none', async function () {
    const plan = path.join(dir, 'plan.strategy.md');
    const other = path.join(dir, 'notater/b.md');
    mkdirSync(path.join(dir, 'notater'));
    // Owner b is no member of anything yet: the defaults take the documents' owners as members.
    writeFileSync(plan, doc('b'));
    writeFileSync(other, doc('b', 'DS19-M99').replace('{#arkiv}', '{#notat}'));
    client = await LspClient.start(dir);
    await client.diagnosticsFor(uriOf(plan));
    await settled(uriOf(plan));
    assert.ok(hasNot('unknown-member')(client.diagnostics.get(uriOf(plan))!));
    assert.equal(client.diagnostics.get(uriOf(other)), undefined, 'notater/b.md is no document under the defaults');
    client.open(uriOf(other), doc('b', 'DS19-M99').replace('{#arkiv}', '{#notat}'));
    await settled(uriOf(other));

    const config = path.join(dir, 'samstemt.yaml');
    writeFileSync(config, 'cooperation: Test\nlanguage: en\nframeworks: [DS19]\ndocuments: ["**/*.md"]\nmembers:\n  a: { name: A, kind: kommune, population: 100 }\n');
    client.watched([{ uri: uriOf(config), type: 1 }]);
    await settled(uriOf(other));
    // Now b is no member, and notater/b.md (open) is a document of the cooperation.
    assert.ok(has('unknown-member')(client.diagnostics.get(uriOf(plan))!), JSON.stringify(client.diagnostics.get(uriOf(plan))));
    assert.ok(has('unknown-objective')(client.diagnostics.get(uriOf(other)) ?? []), JSON.stringify(client.diagnostics.get(uriOf(other))));
    assert.ok(has('unknown-member')(client.diagnostics.get(uriOf(other)) ?? []));
  });

  it('checks an opened folder on its own once the samstemt.yaml above it is deleted, and nothing outside it', async function () {
    writeFileSync(path.join(dir, 'samstemt.yaml'), "cooperation: Test\nlanguage: en\nframeworks: [DS19]\ndocuments: ['**/*.md']\nmembers:\n  a: { name: A }\n");
    mkdirSync(path.join(dir, 'strategier'));
    mkdirSync(path.join(dir, 'annet'));
    const inside = uriOf(path.join(dir, 'strategier/a.strategy.md'));
    const outside = uriOf(path.join(dir, 'annet/o.strategy.md'));
    writeFileSync(path.join(dir, 'strategier/a.strategy.md'), doc('a', 'DS19-M99'));
    writeFileSync(path.join(dir, 'annet/o.strategy.md'), doc('a', 'DS19-M99').replace('{#arkiv}', '{#o}'));
    // The editor opened strategier/, which stands for the cooperation of the samstemt.yaml above it (as `samstemt check` finds it).
    client = await LspClient.start(path.join(dir, 'strategier'));
    await client.diagnosticsFor(outside, has('unknown-objective'));
    await client.diagnosticsFor(inside, has('unknown-objective'));

    // The editor does not watch above its folder: the server notices the deletion on disk by itself.
    const cleared = within(client.nextDiagnostics(outside, (ds) => ds.length === 0), 20000, () => assert.fail('annet/o.strategy.md, outside the opened folder, still shows findings'));
    rmSync(path.join(dir, 'samstemt.yaml'));
    await cleared;
    await settled(inside);
    assert.ok(has('unknown-objective')(client.diagnostics.get(inside)!), 'the opened folder is checked with the defaults');
    assert.match(await client.shownMessage((m) => m.includes('strategier')), /strategier har ingen samstemt\.yaml/);
  });

  it('follows a document moved from a cooperation into a nested one and back (delete and create)', async function () {
    const { inner, docs } = nestedCooperations();
    const outside = path.join(docs, 'd.md');
    const moved = path.join(inner, 'd.md');
    writeFileSync(outside, doc('y'));
    client = await LspClient.start(dir);
    // In the outer cooperation y is no member.
    await client.diagnosticsFor(uriOf(outside), has('unknown-member'));

    renameSync(outside, moved);
    client.watched([
      { uri: uriOf(outside), type: 3 },
      { uri: uriOf(moved), type: 1 },
    ]);
    await settled(uriOf(moved));
    assert.deepEqual(codes(client.diagnostics.get(uriOf(outside))!), [], 'nothing left at the old place');
    assert.ok(client.diagnostics.has(uriOf(moved)), 'checked at its new place');
    assert.ok(hasNot('unknown-member')(client.diagnostics.get(uriOf(moved))!), JSON.stringify(client.diagnostics.get(uriOf(moved))));

    // And back.
    renameSync(moved, outside);
    client.watched([
      { uri: uriOf(moved), type: 3 },
      { uri: uriOf(outside), type: 1 },
    ]);
    await settled(uriOf(outside));
    assert.deepEqual(codes(client.diagnostics.get(uriOf(moved))!), [], 'nothing left in the nested cooperation');
    assert.ok(has('unknown-member')(client.diagnostics.get(uriOf(outside))!));
  });

  it('follows an open document renamed in the editor into a nested cooperation, and a nested samstemt.yaml created and deleted above an open document', async function () {
    const { inner, docs } = nestedCooperations();
    const before = path.join(docs, 'd.md');
    const after = path.join(inner, 'd.md');
    writeFileSync(before, doc('y'));
    client = await LspClient.start(dir);
    await client.diagnosticsFor(uriOf(before), has('unknown-member'));
    client.open(uriOf(before), doc('y'));
    await settled(uriOf(before));

    // A rename in the editor: the file moves on disk, its editor is closed and opened under the new name, the watcher reports both.
    renameSync(before, after);
    client.close(uriOf(before));
    client.open(uriOf(after), doc('y'));
    client.watched([
      { uri: uriOf(before), type: 3 },
      { uri: uriOf(after), type: 1 },
    ]);
    await settled(uriOf(after));
    assert.deepEqual(client.diagnostics.get(uriOf(before)), [], 'nothing left under the old name');
    assert.ok(client.diagnostics.has(uriOf(after)) && hasNot('unknown-member')(client.diagnostics.get(uriOf(after))!), JSON.stringify(client.diagnostics.get(uriOf(after))));

    // A samstemt.yaml created in docs/ makes it a cooperation of its own, with the open document's owner as member; deleted, the outer one takes it back.
    const e = path.join(docs, 'e.md');
    writeFileSync(e, doc('z'));
    client.watched([{ uri: uriOf(e), type: 1 }]);
    client.open(uriOf(e), doc('z'));
    await client.diagnosticsFor(uriOf(e), has('unknown-member'));
    const nested = path.join(docs, 'samstemt.yaml');
    writeFileSync(nested, "cooperation: Sub\nlanguage: en\ndocuments: ['*.md']\nmembers:\n  z: { name: Z }\n");
    client.watched([{ uri: uriOf(nested), type: 1 }]);
    await settled(uriOf(e));
    assert.ok(hasNot('unknown-member')(client.diagnostics.get(uriOf(e))!), JSON.stringify(client.diagnostics.get(uriOf(e))));
    rmSync(nested);
    client.watched([{ uri: uriOf(nested), type: 3 }]);
    await settled(uriOf(e));
    assert.ok(has('unknown-member')(client.diagnostics.get(uriOf(e))!));
    assert.deepEqual(client.diagnostics.get(uriOf(nested)), [], 'nothing left on the deleted samstemt.yaml');
  });

  it('clears the findings of a workspace folder removed, and shows them again when it is added back', async function () {
    const [a, b] = twoFolders();
    const planA = uriOf(path.join(a, 'plan.strategy.md'));
    const planB = uriOf(path.join(b, 'plan.strategy.md'));
    client = await LspClient.start(a, { folders: [a, b], capabilities: FOLDER_CAPABILITIES });
    await client.diagnosticsFor(planA, has('unknown-objective'));
    await client.diagnosticsFor(planB, has('unknown-objective'));

    void client.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: uriOf(a), name: 'a' }] } });
    await settled(planB);
    assert.deepEqual(client.diagnostics.get(planA), []);
    assert.ok(has('objective-uncovered')(client.diagnostics.get(planB)!) || has('unknown-objective')(client.diagnostics.get(planB)!));

    void client.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: uriOf(a), name: 'a' }], removed: [] } });
    await settled(planB);
    assert.ok(has('unknown-objective')(client.diagnostics.get(planA)!), JSON.stringify(client.diagnostics.get(planA)));
    assert.ok(has('unknown-objective')(client.diagnostics.get(planB)!));
  });

  it('follows a workspace folder added right after initialized, while the server still sets itself up', async function () {
    const [a, b] = twoFolders();
    const planB = uriOf(path.join(b, 'plan.strategy.md'));
    // The server registers its file watchers and asks for settings after initialized; the folder comes before those answers.
    client = await LspClient.start(a, { folders: [a], capabilities: { workspace: { ...FOLDER_CAPABILITIES.workspace, configuration: true } } });
    void client.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: uriOf(b), name: 'b' }], removed: [] } });
    await client.diagnosticsFor(uriOf(path.join(a, 'plan.strategy.md')), has('unknown-objective'));
    await settled(planB);
    assert.ok(has('unknown-objective')(client.diagnostics.get(planB) ?? []), 'the added folder is checked');
  });

  it('checks an open document of a removed folder with its own cooperation’s settings while it is open, as one opened from outside the folders', async function () {
    const [a, b] = twoFolders();
    const planA = uriOf(path.join(a, 'plan.strategy.md'));
    const planB = uriOf(path.join(b, 'plan.strategy.md'));
    client = await LspClient.start(a, { folders: [a, b], capabilities: FOLDER_CAPABILITIES });
    await client.diagnosticsFor(planA, has('unknown-objective'));
    client.open(planA, doc('m', 'DS19-M99'));
    await settled(planA);
    const before = client.diagnostics.get(planA)!;

    void client.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: uriOf(a), name: 'a' }] } });
    await settled(planB);
    // a's samstemt.yaml still applies to it (language: en, framework DS19 alone), not the defaults (DS19 and DN30, the editor's language).
    assert.deepEqual(client.diagnostics.get(planA)!.map(messageOf), before.map(messageOf));
    assert.match(messageOf(client.diagnostics.get(planA)!.find((d) => d.code === 'unknown-objective')!), /not an objective of the enabled frameworks \(DS19\)/);

    // Closed: its cooperation goes with it, and so do the findings.
    client.close(planA);
    await settled(planB);
    assert.deepEqual(client.diagnostics.get(planA), []);
    assert.deepEqual(client.diagnostics.get(uriOf(path.join(a, 'samstemt.yaml'))) ?? [], []);

    // Added back: checked as before.
    void client.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: uriOf(a), name: 'a' }], removed: [] } });
    await settled(planB);
    assert.deepEqual(client.diagnostics.get(planA)!.map(messageOf), before.map(messageOf));
  });
});

const FOLDER_CAPABILITIES = { workspace: { workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } } };
