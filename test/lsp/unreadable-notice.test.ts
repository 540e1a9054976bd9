/**
 * A member's strategy the editor cannot read (a symbolic link to nothing,
 * permission denied) was left out of the analysis without a word: the
 * conflicts with it and its goals were simply missing. The language server
 * says so once, as `samstemt check` does, in the language of the cooperation.
 */
import { strict as assert } from 'node:assert';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { CLEAN_GOAL, tempWorkspace } from '../helpers/cli.js';
import { CONFIG } from '../helpers/workspace.js';
import { LspClient, removeDir, uriOf } from './harness.js';

describe('language server: a strategy it cannot read', function () {
  this.timeout(60000);
  let root: string | undefined;
  let client: LspClient | undefined;
  afterEach(async function () {
    await client?.stop();
    if (root) removeDir(root);
  });

  const expected = {
    en: /Samstemt cannot read midtby\.md \(it is a link to a file that does not exist\), so it is not checked/,
    nb: /Samstemt kan ikke lese midtby\.md \(det er en lenke til en fil som ikke finnes\), så den blir ikke sjekket/,
    nn: /Samstemt kan ikkje lese midtby\.md \(det er ei lenkje til ei fil som ikkje finst\), så ho blir ikkje sjekka/,
  };

  for (const lang of ['en', 'nb', 'nn'] as const) {
    it(`says so once, in the cooperation's language (${lang})`, async function () {
      root = tempWorkspace({ 'samstemt.yaml': CONFIG.replace('language: en', `language: ${lang}`), 'storby.md': CLEAN_GOAL });
      symlinkSync(path.join(root, 'finnes-ikke.md'), path.join(root, 'midtby.md'));
      client = await LspClient.start(root);
      await client.diagnosticsFor(uriOf(path.join(root, 'storby.md')));
      const told = await client.shownMessage((m) => m.includes('midtby.md'));
      assert.match(told, expected[lang]);
      // Another analysis (an edit elsewhere) does not say it again.
      client.open(uriOf(path.join(root, 'storby.md')), CLEAN_GOAL + '\n');
      await client.request('textDocument/codeAction', { textDocument: { uri: uriOf(path.join(root, 'storby.md')) }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
      assert.equal(client.shown.filter((m) => m.includes('midtby.md')).length, 1, client.shown.join('\n'));
    });
  }
});
