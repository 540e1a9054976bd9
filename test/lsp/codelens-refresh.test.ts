/**
 * `workspace/codeLens/refresh`: a goal's lens counts the goals of other
 * documents that contribute to it and the findings on it, so an analysis
 * after an edit elsewhere can change it. A client that announces
 * `workspace.codeLens.refreshSupport` is asked to refresh its lenses then,
 * and only then: not after an edit that leaves every lens as it was.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CodeLens } from 'vscode-languageserver-protocol/node';
import { LspClient, removeDir, uriOf } from './harness.js';

const CONFIG = 'cooperation: Test\nlanguage: en\nframeworks: [DS19]\ndocuments: ["strategier/*.md"]\nmembers:\n  a: { name: A, kind: kommune, population: 100 }\n  b: { name: B, kind: kommune, population: 100 }\n';
const A = ['---', 'owner: a', '---', '', '## Felles arkiv {#arkiv}', '', '- Støtter: DS19-M1', '- Indikator: andel', '- Målverdi: 80 %', '- Frist: 2026', ''].join('\n');
const B = ['---', 'owner: b', '---', '', '## Arkiv i B {#arkiv-b}', '', 'Kort om målet.', '', '- Bidrar til: a#arkiv', '- Indikator: andel', '- Målverdi: 80 %', '- Frist: 2026', ''].join('\n');

describe('language server: code lenses refreshed when other documents change them', function () {
  this.timeout(60000);
  let root: string;
  let client: LspClient;
  let refreshes = 0;
  let onRefresh: (() => void) | undefined;
  let a: string;
  let b: string;

  before(async function () {
    root = mkdtempSync(path.join(os.tmpdir(), 'samstemt-lensrefresh-'));
    writeFileSync(path.join(root, 'samstemt.yaml'), CONFIG);
    mkdirSync(path.join(root, 'strategier'));
    a = uriOf(path.join(root, 'strategier/a.md'));
    b = uriOf(path.join(root, 'strategier/b.md'));
    writeFileSync(path.join(root, 'strategier/a.md'), A);
    writeFileSync(path.join(root, 'strategier/b.md'), B);
    client = await LspClient.start(root, {
      capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, codeLens: { refreshSupport: true } },
        textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } },
      },
    });
    client.conn.onRequest('workspace/codeLens/refresh', () => {
      refreshes++;
      onRefresh?.();
      return null;
    });
    await client.diagnosticsFor(a);
  });

  after(async function () {
    await client?.stop();
    removeDir(root);
  });

  /**
   * Code actions analyse whatever changed and publish it before they answer:
   * once answered, anything the server sent after that analysis has arrived.
   */
  const settled = () => client.request('textDocument/codeAction', { textDocument: { uri: a }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
  const lensTitles = async (uri: string) => (await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } })).map((l) => l.command?.title ?? '');

  it('asks for a refresh when an edit in another document changes a lens, and not when no lens changes', async function () {
    client.open(a, A);
    client.open(b, B);
    await settled();
    assert.match((await lensTitles(a))[0]!, /1 contributing goal\b/);
    // An edit of B's description: no lens changes.
    const count = refreshes;
    client.change(b, B.replace('Kort om målet.', 'Kort om målet, med mer tekst.'));
    await settled();
    assert.equal(refreshes, count, 'no refresh when no lens changed');
    // B no longer contributes to A's goal: A's lens changes, though A was not edited.
    const refreshed = new Promise<void>((resolve) => (onRefresh = resolve));
    client.change(b, B.replace('- Bidrar til: a#arkiv\n', ''));
    await refreshed;
    assert.equal(refreshes, count + 1);
    assert.match((await lensTitles(a))[0]!, /0 contributing goals\b/);
  });
});
