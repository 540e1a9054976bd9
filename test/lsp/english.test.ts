/**
 * The English cooperation (test/fixtures/fjordnett) in the language server, as
 * an English author meets it in the editor: `language: en` in samstemt.yaml
 * wins over an editor in bokmål, and each quick fix for the mistakes English
 * authors make is titled in English and leaves the line the contract reads.
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspClient, REPO, applyEdits, editsByUri, messageOf, read, removeDir, textIn, uriOf } from './harness.js';

describe('language server: a cooperation written in English', function () {
  this.timeout(60000);
  let root: string;
  let client: LspClient;

  before(async function () {
    root = mkdtempSync(path.join(os.tmpdir(), 'samstemt-english-'));
    cpSync(path.join(REPO, 'test/fixtures/fjordnett'), root, { recursive: true });
    client = await LspClient.start(root, { locale: 'nb' });
  });
  after(async function () {
    await client?.stop();
    if (root) removeDir(root);
  });

  /** The line a fix leaves, for the diagnostic on `text` in `file`, and the fix's title. */
  async function fixed(file: string, text: string): Promise<{ title: string; line: string; message: string }> {
    const f = path.join(root, 'strategies', file);
    const uri = uriOf(f);
    const source = read(f);
    const list = await client.diagnosticsFor(uri, (l) => l.length > 0);
    const d = list.find((x: Diagnostic) => textIn(source, x.range) === text);
    assert.ok(d, `no diagnostic on «${text}» in ${file}: ${list.map((x) => textIn(source, x.range)).join(', ')}`);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
    const a = actions.find((x) => x.edit);
    assert.ok(a, `no quick fix for «${text}»`);
    const after = applyEdits(source, editsByUri(a.edit!).get(uri)!);
    return { title: a.title, line: after.split('\n')[d.range.start.line]!, message: messageOf(d) };
  }

  const cases: [string, string, string, string][] = [
    ['havbyen.md', 'in progress', 'Change to "active"', '- Status: active'],
    ['havbyen.md', 'end of 2026', 'Change to "2026-12-31"', '- Deadline: 2026-12-31'],
    ['havbyen.md', 'DN30 objective 2', 'Change to DN30-M2 «Make businesses more competitive»', '- Supports: DN30-M2'],
    ['nordre.md', '12/31/2026', 'Change to "2026-12-31"', '- Deadline: 2026-12-31'],
    ['nordre.md', 'Critical', 'Change to "high"', '- Priority: high'],
    ['lia.yaml', 'In Progress', 'Change to "active"', '    Status: active'],
  ];
  for (const [file, text, title, line] of cases) {
    it(`fixes «${text}» in ${file} with «${title}», in English although the editor is in bokmål`, async () => {
      const r = await fixed(file, text);
      assert.equal(r.title, title);
      assert.equal(r.line, line);
      assert.doesNotMatch(r.message, /Tillatte verdier|Mente du|er ikke/, r.message);
    });
  }
});
