/**
 * A goal title with a character that changes the reading direction (U+202E)
 * reaches the editor in more places than diagnostics: the hover, the
 * outline, workspace symbols, code lenses, the completion of goal
 * references and the extension's tree view. Each shows such a character as <U+202E>, as diagnostics and
 * the command line do, so a title cannot read differently than it is written.
 */
import { strict as assert } from 'node:assert';
import path from 'node:path';
import { tempWorkspace } from '../helpers/cli.js';
import { CONFIG } from '../helpers/workspace.js';
import { LspClient, removeDir, uriOf } from './harness.js';

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const SHOWN = /Bedre <U\+202E>ella rof<U\+202C> tjenester/;
const STORBY = `---
owner: storby
---

## Bedre \u202Eella rof\u202C tjenester {#bedre}

- Støtter: DS19-M2
- Frist: 2026-12-31
`;
const MIDTBY = `---
owner: midtby
---

## Bidrag {#bidrag}

- Bidrar til: storby#bedre
- Frist: 2026-12-31
- Støtter: DS19-M2

## Annet {#annet}

- Frist: 2026-12-31
- Bidrar til: 
`;

describe('language server: characters that change the reading direction, in hovers, symbols, lenses, completion and the tree view', function () {
  this.timeout(60000);
  let root: string | undefined;
  let client: LspClient | undefined;
  afterEach(async function () {
    await client?.stop();
    if (root) removeDir(root);
  });

  it('shows them as <U+…>, never raw', async function () {
    root = tempWorkspace({ 'samstemt.yaml': CONFIG, 'storby.md': STORBY, 'midtby.md': MIDTBY });
    client = await LspClient.start(root);
    const storby = uriOf(path.join(root, 'storby.md'));
    const midtby = uriOf(path.join(root, 'midtby.md'));
    await client.diagnosticsFor(storby);
    client.open(storby, STORBY);
    client.open(midtby, MIDTBY);
    const texts: [string, string][] = [];
    const hover = (await client.conn.sendRequest('textDocument/hover', { textDocument: { uri: storby }, position: { line: 4, character: 5 } })) as { contents: { value: string } } | null;
    texts.push(['hover', hover?.contents.value ?? '']);
    const symbols = (await client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: storby } })) as { name: string }[];
    texts.push(['outline', symbols.map((s) => s.name).join('\n')]);
    const found = (await client.conn.sendRequest('workspace/symbol', { query: 'bedre' })) as { name: string }[];
    texts.push(['workspace symbols', found.map((s) => s.name).join('\n')]);
    const lenses = (await client.conn.sendRequest('textDocument/codeLens', { textDocument: { uri: storby } })) as { command?: { title: string } }[];
    const refLine = MIDTBY.split('\n').findIndex((l) => l === '- Bidrar til: ');
    const completion = (await client.conn.sendRequest('textDocument/completion', { textDocument: { uri: midtby }, position: { line: refLine, character: '- Bidrar til: '.length } })) as { items: { label: string; detail?: string }[] } | { label: string; detail?: string }[];
    const items = Array.isArray(completion) ? completion : completion.items;
    texts.push(['completion', items.map((i) => i.detail ?? '').join('\n')]);
    const tree = JSON.stringify(await client.conn.sendRequest('samstemt/tree', {}));
    texts.push(['tree view', tree]);
    for (const [where, text] of texts) {
      assert.doesNotMatch(text, BIDI, `${where}: ${JSON.stringify(text)}`);
      assert.match(text, SHOWN, `${where}: ${text}`);
    }
    for (const l of lenses) assert.doesNotMatch(l.command?.title ?? '', BIDI, l.command?.title);
  });
});
