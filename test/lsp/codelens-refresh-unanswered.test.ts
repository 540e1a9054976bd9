/**
 * `workspace/codeLens/refresh` to a client that never answers one of them
 * (a busy or buggy client): the server sends one request at a time, but does
 * not wait for an answer for ever. After a while it takes the request as
 * answered, sends the one a later change needs, and later changes are asked
 * for as before.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LspClient, removeDir, uriOf } from './harness.js';
import { within } from '../helpers/time.js';

const CONFIG = 'cooperation: Test\nlanguage: en\nframeworks: [DS19]\ndocuments: ["strategier/*.md"]\nmembers:\n  a: { name: A, kind: kommune, population: 100 }\n  b: { name: B, kind: kommune, population: 100 }\n';
const A = ['---', 'owner: a', '---', '', '## Felles arkiv {#arkiv}', '', '- Støtter: DS19-M1', '- Indikator: andel', '- Målverdi: 80 %', '- Frist: 2026', ''].join('\n');
const B = ['---', 'owner: b', '---', '', '## Arkiv i B {#arkiv-b}', '', 'Kort om målet.', '', '- Bidrar til: a#arkiv', '- Indikator: andel', '- Målverdi: 80 %', '- Frist: 2026', ''].join('\n');
const B_ALONE = B.replace('- Bidrar til: a#arkiv\n', '');

describe('language server: code lens refresh when the client leaves a request unanswered', function () {
  this.timeout(60000);
  let root: string;
  let client: LspClient;

  before(async function () {
    root = mkdtempSync(path.join(os.tmpdir(), 'samstemt-lensunanswered-'));
    writeFileSync(path.join(root, 'samstemt.yaml'), CONFIG);
    mkdirSync(path.join(root, 'strategier'));
    writeFileSync(path.join(root, 'strategier/a.md'), A);
    writeFileSync(path.join(root, 'strategier/b.md'), B);
    client = await LspClient.start(root, {
      capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, codeLens: { refreshSupport: true } },
        textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } },
      },
    });
  });

  after(async function () {
    await client?.stop();
    removeDir(root);
  });

  it('sends the next refresh after the first one went unanswered, and keeps asking on later changes', async function () {
    const a = uriOf(path.join(root, 'strategier/a.md'));
    const b = uriOf(path.join(root, 'strategier/b.md'));
    let refreshes = 0;
    let onRefresh: (() => void) | undefined;
    client.conn.onRequest('workspace/codeLens/refresh', () => {
      refreshes++;
      onRefresh?.();
      // The first request is never answered.
      return refreshes === 1 ? new Promise(() => undefined) : null;
    });
    const nextRefresh = (what: string) => within(new Promise<void>((resolve) => (onRefresh = resolve)), 30000, () => assert.fail(`no refresh request ${what}`));
    const settled = () => client.request('textDocument/codeAction', { textDocument: { uri: a }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
    await client.diagnosticsFor(a);
    client.open(a, A);
    client.open(b, B);
    await settled();
    // B stops contributing to A's goal: A's lens changes; the client does not answer this refresh.
    let refreshed = nextRefresh('for the first change');
    client.change(b, B_ALONE);
    await refreshed;
    assert.equal(refreshes, 1);
    // B contributes again while the first request is unanswered: asked for once the wait for the first is over.
    refreshed = nextRefresh('after the unanswered one');
    client.change(b, B);
    await settled();
    await refreshed;
    assert.equal(refreshes, 2);
    // Answered: the next change is asked for as before.
    refreshed = nextRefresh('after an answered one');
    client.change(b, B_ALONE);
    await refreshed;
    assert.equal(refreshes, 3);
  });
});
