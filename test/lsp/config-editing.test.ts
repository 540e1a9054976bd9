/**
 * An adviser maintaining samstemt.yaml and a custom framework file in the
 * editor: the strategy documents follow every edit of either, live.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LspClient, removeDir, uriOf, positionOf, messageOf } from './harness.js';
import { IKT_VEST_CONFIG } from '../helpers/iktVest.js';

const FRAMEWORK = `framework: VEST
title: Digital strategi for Vestlandet
period: 2020–2025
objectives:
  - id: VEST-1
    title: Felles digitale innbyggjartenester
    description: Innbyggjarane møter éin digital kommune.
    keywords: [sjølvbetjening]
  - id: VEST-2
    title: Sikker drift
    parent: VEST-1
`;
const STORBY = `---
owner: storby
title: Strategi for Storby
period: 2024–2029
---

# Strategi

## Sjølvbetjening for innbyggjarar {#sjolvbetjening}

- Område: innbyggertjenester
- Støttar: VEST-2
- Frist: 2028
`;

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-config-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), text);
  }
  return dir;
}

describe('language server: editing samstemt.yaml and a custom framework', function () {
  this.timeout(60000);
  let dir: string;
  let client: LspClient;
  const uri = (p: string) => uriOf(path.join(dir, p));
  const rules = (ds: { code?: string | number }[] | undefined) => (ds ?? []).map((d) => String(d.code));

  beforeEach(async function () {
    dir = workspace({ 'samstemt.yaml': IKT_VEST_CONFIG, 'rammeverk/vest.yaml': FRAMEWORK, 'strategier/storby.md': STORBY });
    client = await LspClient.start(dir, { locale: 'en' });
  });
  afterEach(async function () {
    await client.stop();
    removeDir(dir);
  });

  it('follows live edits of the framework file: a deleted objective makes the link unknown, restoring it recovers, a new one is completed', async function () {
    const doc = uri('strategier/storby.md');
    const fw = uri('rammeverk/vest.yaml');
    assert.deepEqual(rules(await client.diagnosticsFor(doc)).filter((r) => r === 'unknown-objective'), []);
    client.open(fw, FRAMEWORK);
    client.change(fw, FRAMEWORK.replace('  - id: VEST-2\n    title: Sikker drift\n    parent: VEST-1\n', ''));
    const unknown = (await client.nextDiagnostics(doc, (ds) => rules(ds).includes('unknown-objective'))).find((d) => d.code === 'unknown-objective')!;
    assert.equal(unknown.range.start.line, 11);
    assert.match(messageOf(unknown), /"VEST-2" is not an objective of the enabled frameworks \(DN30, VEST\)/);
    const added = FRAMEWORK + '  - id: VEST-3\n    title: Deling av data\n';
    client.change(fw, added);
    await client.nextDiagnostics(doc, (ds) => !rules(ds).includes('unknown-objective'));
    client.open(doc, STORBY);
    const list = (await client.request('textDocument/completion', { textDocument: { uri: doc }, position: positionOf(STORBY, 'VEST-2', 5) })) as { items: { label: string }[] };
    assert.deepEqual(list.items.map((i) => i.label).filter((l) => l.startsWith('VEST')), ['VEST-1', 'VEST-2', 'VEST-3']);
    const hover = (await client.request('textDocument/hover', { textDocument: { uri: doc }, position: positionOf(STORBY, 'VEST-2', 2) })) as { contents: { value: string } };
    assert.match(hover.contents.value, /\*\*VEST-2\*\* — Sikker drift/);
  });

  it('reports parents typed into a circle in the framework file, and keeps answering (it used to hang)', async function () {
    const doc = uri('strategier/storby.md');
    const fw = uri('rammeverk/vest.yaml');
    await client.diagnosticsFor(doc);
    client.open(fw, FRAMEWORK);
    const circle = FRAMEWORK.replace('    keywords: [sjølvbetjening]\n', '    keywords: [sjølvbetjening]\n    parent: VEST-2\n');
    client.change(fw, circle);
    const found = await client.nextDiagnostics(fw, (ds) => ds.length > 0);
    assert.deepEqual(found.map((d) => [d.code, d.range.start.line]), [['invalid-value', 8], ['invalid-value', 11]]);
    assert.match(messageOf(found[0]!), /The parents of VEST-1 go round in a circle \(VEST-1 → VEST-2 → VEST-1\)/);
    client.change(fw, FRAMEWORK);
    assert.deepEqual(await client.nextDiagnostics(fw), []);
  });
});
