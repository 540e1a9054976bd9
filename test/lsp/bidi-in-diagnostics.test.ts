/**
 * A goal title with a character that changes the reading direction (U+202E),
 * quoted raw in a diagnostic, would turn the rest of the message around in
 * the Problems panel and in the hover over the squiggle. The language server
 * shows each such character as <U+202E>, as the command line does.
 */
import { strict as assert } from 'node:assert';
import path from 'node:path';
import { tempWorkspace } from '../helpers/cli.js';
import { CONFIG } from '../helpers/workspace.js';
import { LspClient, messageOf, removeDir, uriOf } from './harness.js';

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const DOC = `---
owner: storby
---

## Bedre \u202Eella rof\u202C tjenester {#bedre}

- Støtter: DS19-M2
`;

describe('language server: characters that change the reading direction, in diagnostics', function () {
  this.timeout(60000);
  let root: string | undefined;
  let client: LspClient | undefined;
  afterEach(async function () {
    await client?.stop();
    if (root) removeDir(root);
  });

  it('shows them as <U+…> in the messages, never raw', async function () {
    root = tempWorkspace({ 'samstemt.yaml': CONFIG, 'storby.md': DOC });
    client = await LspClient.start(root);
    const list = await client.diagnosticsFor(uriOf(path.join(root, 'storby.md')), (ds) => ds.some((d) => d.code === 'goal-not-measurable'));
    const d = list.find((x) => x.code === 'goal-not-measurable')!;
    assert.match(messageOf(d), /Bedre <U\+202E>ella rof<U\+202C> tjenester/, messageOf(d));
    for (const x of list) {
      assert.doesNotMatch(messageOf(x), BIDI, messageOf(x));
      for (const r of x.relatedInformation ?? []) assert.doesNotMatch(r.message, BIDI, r.message);
    }
  });
});
