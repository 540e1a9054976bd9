/**
 * Changes that arrive together (a paste, a multi-cursor edit, a replace-all
 * sends one notification per cursor or chunk) are analysed together: the
 * server waits a moment after each change, so a burst gives one analysis of
 * the last text, not one per notification, and the diagnostics shown are
 * those of the last text.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LspClient, removeDir, uriOf } from './harness.js';

const CONFIG = 'cooperation: Test\nlanguage: en\nframeworks: [DS19]\ndocuments: ["strategier/*.md"]\nmembers:\n  a: { name: A, kind: kommune, population: 100 }\n';
const DOC = ['---', 'owner: a', '---', '', '## Felles arkiv {#arkiv}', '', '- Støtter: DS19-M1', '- Indikator: andel', '- Målverdi: 80 %', '- Frist: 2026', ''].join('\n');
const BURST = 30;

describe('language server: a burst of changes', function () {
  this.timeout(60000);
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'samstemt-burst-'));
    writeFileSync(path.join(root, 'samstemt.yaml'), CONFIG);
    mkdirSync(path.join(root, 'strategier'));
    writeFileSync(path.join(root, 'strategier/a.md'), DOC);
  });
  afterEach(() => removeDir(root));

  it('is analysed once or twice, not once per change, and the diagnostics are those of the last text', async function () {
    const uri = uriOf(path.join(root, 'strategier/a.md'));
    const client = await LspClient.start(root);
    try {
      client.open(uri, DOC);
      const first = await client.diagnosticsFor(uri);
      assert.ok(!first.some((d) => d.code === 'unknown-objective'), JSON.stringify(first));
      const analysed = () => client.logs.filter((l) => l.startsWith('analysed ')).length;
      const before = analysed();
      // Written in one go: each an unknown objective, the last one DS19-M99 in the document's last state.
      for (let i = 1; i <= BURST; i++) client.change(uri, DOC.replace('DS19-M1', `DS19-M${70 + i - 1}`));
      const last = await client.diagnosticsFor(uri, (d) => d.some((x) => String(x.message).includes(`DS19-M${70 + BURST - 1}`)));
      assert.equal(last.filter((d) => d.code === 'unknown-objective').length, 1, JSON.stringify(last));
      // What a run still to come would publish, it has published by then.
      await client.request('workspace/symbol', { query: '' });
      await new Promise((r) => setTimeout(r, 500));
      const runs = analysed() - before;
      assert.ok(runs >= 1 && runs <= 2, `${runs} analyses for ${BURST} changes sent together:\n${client.logs.join('\n')}`);
      const shown = client.published.filter((p) => p.uri === uri).at(-1)!.diagnostics;
      assert.ok(shown.some((x) => String(x.message).includes(`DS19-M${70 + BURST - 1}`)), JSON.stringify(shown));
    } finally {
      await client.stop();
    }
  });
});
