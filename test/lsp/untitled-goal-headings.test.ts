/**
 * An untitled buffer is checked when it looks like a strategy document
 * (untitled.ts): a goal heading counts as one exactly when the reader reads it
 * as a goal, also as Pandoc and Word leave it (`## Felles HR {#felles-hr}\`, a
 * hard line break at the end; an invisible character pasted after the ID).
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { looksLikeStrategy } from '../../server/src/lsp/untitled.js';
import { parseMarkdown } from '../../server/src/engine/parse/markdown.js';
import { LspClient, removeDir } from './harness.js';

const LIST = '\n\n- Støter: DS19-M1\n- Frist: 2026\n';

const HEADINGS = [
  '## Felles HR {#felles-hr}',
  '## Felles HR {#felles-hr}\\',
  '## Felles HR {#felles-hr} \\ ',
  '## Felles HR {#felles-hr}\\\\',
  '## Felles HR {#felles-hr}\u200b',
  '## Felles HR {#felles-hr}\u00a0',
  '## Felles HR {#felles-hr}\u200b\\',
  '## Felles HR {#felles-hr} ##',
  '## Felles HR {#felles-hr} og lønn',
  '## Felles HR',
  '### Opplæring {#opplaering}\t',
];

describe('untitled buffers: a goal heading is one when the reader reads a goal', function () {
  for (const heading of HEADINGS) {
    for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n']] as const) {
      it(`agrees with the reader on ${JSON.stringify(heading)} (${name})`, () => {
        const text = `${heading}${LIST}`.replace(/\n/g, eol);
        const read = parseMarkdown('file:///ws/utkast.md', text).goals.length > 0;
        assert.equal(looksLikeStrategy(text, false), read);
      });
    }
  }

  describe('in the editor', function () {
    this.timeout(60000);
    let root: string;
    let client: LspClient;

    before(async function () {
      root = mkdtempSync(path.join(os.tmpdir(), 'samstemt-untitled-heading-'));
      writeFileSync(path.join(root, 'samstemt.yaml'), 'cooperation: Test\nframeworks: [DS19]\n');
      client = await LspClient.start(root, { locale: 'nb' });
    });

    after(async function () {
      await client?.stop();
      removeDir(root);
    });

    it('checks a pasted goal whose heading ends in a hard line break (`{#felles-hr}\\`)', async function () {
      const uri = 'untitled:Untitled-1';
      const published = client.nextDiagnostics(uri, (d: Diagnostic[]) => d.some((x) => x.code === 'unknown-property'));
      void client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: `## Felles HR {#felles-hr}\\${LIST}` } });
      const found = await published;
      assert.deepEqual(found.find((x) => x.code === 'unknown-property')!.range.start, { line: 2, character: 2 });
      client.close(uri);
    });
  });
});
