/**
 * An adviser adding a custom framework to samstemt.yaml: completion under
 * `frameworks:` offers the framework files of the cooperation's folder by
 * path, beside the built-in catalogs.
 */
import { strict as assert } from 'node:assert';
import path from 'node:path';
import { LspClient, removeDir, uriOf, positionOf } from './harness.js';
import { tempWorkspace } from '../helpers/cli.js';

const FRAMEWORK = (id: string, title: string) => `# Regional strategy\nframework: ${id}\ntitle: "${title}"\nperiod: 2023–2026\nobjectives:\n  - id: ${id}-1\n    title: Felles tenester\n`;
const CONFIG = `cooperation: IKT Agder
language: en
frameworks: [DS19, ]
documents: ["strategier/**/*.yaml"]
members:
  storby: { name: Storby kommune }
`;
// A strategy document in YAML, and other YAML that is no framework: neither is offered.
const STORBY = 'owner: storby\ngoals:\n  - id: a\n    title: Felles tenester\n';

interface Item { label: string; detail?: string; insertText?: string; textEdit?: { newText: string } }

describe('language server: completing custom framework files in samstemt.yaml', function () {
  this.timeout(60000);
  let dir: string;
  let client: LspClient;

  before(async function () {
    dir = tempWorkspace({
      'samstemt.yaml': CONFIG,
      'rammeverk/agder.yaml': FRAMEWORK('AGDER', 'Digital strategi for Agder 2023–2026'),
      'rammeverk/ks plan.yml': FRAMEWORK('KS', 'KS-plan'),
      'strategier/storby.yaml': STORBY,
      '.github/workflows/ci.yaml': 'name: CI\non: push\n',
    });
    client = await LspClient.start(dir, { locale: 'en' });
    await client.diagnosticsFor(uriOf(path.join(dir, 'strategier/storby.yaml')));
  });
  after(async function () {
    await client.stop();
    removeDir(dir);
  });

  it('offers the framework files by path, with their ID and title, after the built-in catalogs', async function () {
    const config = uriOf(path.join(dir, 'samstemt.yaml'));
    client.open(config, CONFIG);
    const r = (await client.request('textDocument/completion', { textDocument: { uri: config }, position: positionOf(CONFIG, 'DS19, ]', 6) })) as Item[] | { items: Item[] };
    const items = Array.isArray(r) ? r : r.items;
    assert.deepEqual(items.map((i) => i.label), ['DN30', 'DS19', 'rammeverk/agder.yaml', 'rammeverk/ks plan.yml']);
    const agder = items.find((i) => i.label === 'rammeverk/agder.yaml')!;
    assert.equal(agder.detail, 'AGDER — Digital strategi for Agder 2023–2026');
    // A path with a space is inserted quoted, so that YAML reads it as one item.
    const ks = items.find((i) => i.label === 'rammeverk/ks plan.yml')!;
    assert.equal(ks.textEdit?.newText ?? ks.insertText, '"rammeverk/ks plan.yml"');
  });
});
