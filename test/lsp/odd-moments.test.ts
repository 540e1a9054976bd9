/**
 * Requests and notifications at the odd moments real editors produce them:
 * a request for a document just closed, a change whose version is older than
 * the one the server has, a second didOpen for an open document, a file
 * changed or deleted on disk while its buffer has unsaved changes, a
 * cancellation of a request already answered, and positions past the end of
 * the document. None may crash the server, leave stale findings or answer
 * about text the editor no longer has.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CodeAction, Diagnostic, DocumentSymbol, Hover } from 'vscode-languageserver-protocol/node';
import { LspClient, removeDir, uriOf } from './harness.js';

const CONFIG = 'cooperation: Test\nlanguage: en\nframeworks: [DS19]\ndocuments: ["strategier/*.md"]\nmembers:\n  a: { name: A, kind: kommune, population: 100 }\n';
const DOC = ['---', 'owner: a', '---', '', '## Felles arkiv {#arkiv}', '', '- Støtter: DS19-M1', '- Indikator: andel', '- Målverdi: 80 %', '- Frist: 2026', ''].join('\n');
const BROKEN = DOC.replace('DS19-M1', 'DS19-M99');

const has = (rule: string) => (d: Diagnostic[]) => d.some((x) => x.code === rule);
const hasNot = (rule: string) => (d: Diagnostic[]) => !d.some((x) => x.code === rule);

describe('language server: odd moments', function () {
  this.timeout(60000);
  let root: string;
  let file: string;
  let uri: string;
  let client: LspClient;

  beforeEach(async function () {
    root = mkdtempSync(path.join(os.tmpdir(), 'samstemt-odd-'));
    writeFileSync(path.join(root, 'samstemt.yaml'), CONFIG);
    mkdirSync(path.join(root, 'strategier'));
    file = path.join(root, 'strategier/a.md');
    uri = uriOf(file);
    writeFileSync(file, DOC);
    client = await LspClient.start(root);
    await client.diagnosticsFor(uri);
  });

  afterEach(async function () {
    await client?.stop();
    removeDir(root);
  });

  const symbols = async () => (await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } })).map((s) => s.name);
  const alive = async () => assert.ok(Array.isArray(await client.request('workspace/symbol', { query: '' })), 'the server still answers');

  it('answers about the text on disk right after didClose of an edited buffer, and publishes its findings again', async function () {
    client.open(uri, DOC);
    client.change(uri, BROKEN.replace('Felles arkiv', 'Ulagret tittel'));
    await client.diagnosticsFor(uri, has('unknown-objective'));
    const back = client.nextDiagnostics(uri, hasNot('unknown-objective'));
    client.close(uri);
    assert.deepEqual(await symbols(), ['Felles arkiv']);
    await back;
    await alive();
  });

  it('follows a change with an older version, and publishes its findings for that version', async function () {
    // LSP versions only increase; a client that sends an older one says that is the text it has now.
    // Ignoring it would leave the server on a text the client no longer shows, for good.
    client.open(uri, DOC);
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ text: BROKEN }] });
    await client.diagnosticsFor(uri, has('unknown-objective'));
    const fixed = client.nextDiagnostics(uri, hasNot('unknown-objective'));
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: DOC.replace('Felles arkiv', 'Eldre versjon') }] });
    await fixed;
    assert.deepEqual(await symbols(), ['Eldre versjon']);
    await alive();
  });

  it('takes the second text when a document is opened twice', async function () {
    client.open(uri, DOC);
    const broken = client.nextDiagnostics(uri, has('unknown-objective'));
    client.open(uri, BROKEN);
    await broken;
    assert.deepEqual(await symbols(), ['Felles arkiv']);
    await alive();
  });

  it('keeps an open buffer\'s unsaved text when its file changes or is deleted on disk', async function () {
    client.open(uri, DOC);
    client.change(uri, BROKEN);
    await client.diagnosticsFor(uri, has('unknown-objective'));
    writeFileSync(file, DOC.replace('Felles arkiv', 'Fra disken'));
    client.watched([{ uri, type: 2 }]);
    await alive();
    assert.deepEqual(await symbols(), ['Felles arkiv']);
    assert.ok(has('unknown-objective')(client.diagnostics.get(uri)!), 'the buffer\'s finding stays');
    rmSync(file);
    client.watched([{ uri, type: 3 }]);
    await alive();
    assert.deepEqual(await symbols(), ['Felles arkiv']);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 6, character: 0 }, end: { line: 6, character: 20 } }, context: { diagnostics: client.diagnostics.get(uri)! } });
    assert.ok(Array.isArray(actions));
    assert.ok(has('unknown-objective')(client.diagnostics.get(uri)!), 'the deleted file\'s open buffer keeps its finding');
    // Closed without saving: the file is gone, and so are its findings.
    const gone = client.nextDiagnostics(uri, (d) => d.length === 0);
    client.close(uri);
    await gone;
    assert.deepEqual(await symbols(), []);
  });

  it('ignores a cancellation of a request already answered', async function () {
    const answered = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 12 } });
    assert.ok(answered);
    await client.conn.sendNotification('$/cancelRequest', { id: 1 });
    await client.conn.sendNotification('$/cancelRequest', { id: 99999 });
    await alive();
  });

  it('answers positions past the end of a line or of the document', async function () {
    client.open(uri, DOC);
    const far = { line: 9999, character: 9999 };
    const endOfLine = { line: 4, character: 999 };
    for (const position of [far, endOfLine]) {
      await client.request('textDocument/hover', { textDocument: { uri }, position });
      await client.request('textDocument/completion', { textDocument: { uri }, position });
      await client.request('textDocument/definition', { textDocument: { uri }, position });
      await client.request('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } });
    }
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: far }, context: { diagnostics: [] } });
    assert.ok(Array.isArray(actions));
    // A change whose range runs past the end appends at the end, as vscode-languageserver-textdocument clamps it.
    const appended = client.nextDiagnostics(uri, has('unknown-objective'));
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: far, end: far }, text: '\n## Nytt mål {#nytt}\n\n- Støtter: DS19-M99\n' }] });
    await appended;
    assert.deepEqual(await symbols(), ['Felles arkiv', 'Nytt mål']);
    await alive();
  });

  it('answers every request on an untitled buffer, open or closed, without findings from elsewhere', async function () {
    const draft = 'untitled:Untitled-1';
    const published = client.nextDiagnostics(draft, has('unknown-objective'));
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: draft, languageId: 'markdown', version: 1, text: BROKEN } });
    await published;
    for (const open of [true, false]) {
      const at = { textDocument: { uri: draft }, position: { line: 6, character: 12 } };
      await client.request('textDocument/hover', at);
      await client.request('textDocument/completion', at);
      await client.request('textDocument/definition', at);
      await client.request('textDocument/references', { ...at, context: { includeDeclaration: true } });
      await client.request('textDocument/documentSymbol', { textDocument: { uri: draft } });
      await client.request('textDocument/codeLens', { textDocument: { uri: draft } });
      const edit = await client.request<{ changes?: Record<string, unknown> } | null>('textDocument/rename', { textDocument: { uri: draft }, position: { line: 4, character: 20 }, newName: 'nytt' }).catch((e: { code?: number }) => e.code);
      assert.ok(edit === null || typeof edit === 'number', `no edit of files for an untitled buffer: ${JSON.stringify(edit)}`);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: draft }, range: { start: { line: 6, character: 0 }, end: { line: 6, character: 20 } }, context: { diagnostics: [] } });
      if (!open) assert.deepEqual(actions, [], 'no fixes for a closed buffer');
      if (open) {
        const cleared = client.nextDiagnostics(draft, (d) => d.length === 0);
        client.close(draft);
        await cleared;
      }
    }
    // Notifications for documents never opened, or without a version: ignored, and the server goes on.
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: 'untitled:Untitled-9', version: 2 }, contentChanges: [{ text: BROKEN }] });
    await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: 'untitled:Untitled-9' } });
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: null }, contentChanges: [{ text: BROKEN }] });
    await alive();
    assert.ok(!client.diagnostics.has('untitled:Untitled-9'));
  });

  it('answers requests on a document of another scheme (a git or remote view of a file), and publishes nothing for it', async function () {
    const other = uri.replace(/^file:/, 'git:');
    client.open(other, BROKEN);
    const at = { textDocument: { uri: other }, position: { line: 6, character: 12 } };
    await client.request('textDocument/hover', at);
    await client.request('textDocument/completion', at);
    await client.request('textDocument/definition', at);
    await client.request('textDocument/documentSymbol', { textDocument: { uri: other } });
    await client.request('textDocument/codeLens', { textDocument: { uri: other } });
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: other }, range: { start: { line: 6, character: 0 }, end: { line: 6, character: 20 } }, context: { diagnostics: [] } });
    assert.deepEqual(actions, []);
    client.close(other);
    await alive();
    assert.ok(!client.diagnostics.has(other), 'the view is not checked as a document of the cooperation');
    assert.ok(hasNot('unknown-objective')(client.diagnostics.get(uri)!), 'nor does it replace the file on disk');
  });
});
