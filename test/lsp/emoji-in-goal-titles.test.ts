/**
 * An emoji built of several (👩‍💻 = 👩 + zero-width joiner + 💻, 👩‍⚕️ with a
 * variation selector too) stays one emoji in a goal's title: in the hover of a
 * reference to the goal, in the outline and in the messages that name it, in
 * Markdown and YAML (test/fixtures/editor-audit7). Left out, the joiner split
 * it into two pictures («👩💻 Digital byggesøknad»). Zero-width spaces and
 * other invisible characters pasted with a title are still left out.
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { LspClient, REPO, hoverAt, messageOf, removeDir, uriOf } from './harness.js';

const TECHNOLOGIST = '👩\u200d💻';
const HEALTH_WORKER = '👩\u200d⚕\ufe0f';

describe('language server: emoji joined of several in goal titles (test/fixtures/editor-audit7)', function () {
  this.timeout(60000);
  let root: string;
  let client: LspClient;
  const file = (name: string) => path.join(root, 'strategier', name);
  const names = async (name: string) => {
    const walk = (s: DocumentSymbol[]): string[] => s.flatMap((x) => [x.name, ...walk(x.children ?? [])]);
    return walk(await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uriOf(file(name)) } }));
  };

  before(async function () {
    root = mkdtempSync(path.join(os.tmpdir(), 'samstemt-emoji-'));
    cpSync(path.join(REPO, 'test/fixtures/editor-audit7'), root, { recursive: true });
    client = await LspClient.start(root);
    await client.diagnosticsFor(uriOf(file('nordvik.md')));
  });
  after(async function () {
    await client?.stop();
    if (root) removeDir(root);
  });

  it('shows the goal a reference names with its emoji whole, in another member’s document', async () => {
    assert.match(await hoverAt(client, file('nordvik.md'), 'sjøvik#digital-byggesak'), new RegExp(`^\\*\\*${TECHNOLOGIST} Digital byggesøknad\\*\\*`, 'u'));
  });

  it('names goals in the outline with their emoji whole, in Markdown (also with tabs and CRLF) and YAML', async () => {
    assert.ok((await names('sjovik.md')).includes(`${TECHNOLOGIST} Digital byggesøknad`), String(await names('sjovik.md')));
    assert.ok((await names('fjordheim.md')).some((n) => n.normalize('NFC') === `Små ${TECHNOLOGIST} skular`), String(await names('fjordheim.md')));
    assert.ok((await names('holmoy.yaml')).includes(`${HEALTH_WORKER} Digitalt tilsyn i heimetenesta`), String(await names('holmoy.yaml')));
  });

  it('names the goal with its emoji whole in a finding', async () => {
    const d = (await client.diagnosticsFor(uriOf(file('nordvik.md')))).find((x) => x.code === 'goal-unlinked');
    assert.ok(d);
    assert.ok(messageOf(d).includes(`«${TECHNOLOGIST} Shared login for staff»`), messageOf(d));
  });

  it('still leaves out a zero-width space pasted into a title', async () => {
    const uri = uriOf(file('sjovik.md'));
    const text = readFileSync(file('sjovik.md'), 'utf8').replace('Arkiv i felles løsning', 'Arkiv i\u200b felles løsning');
    client.open(uri, text); // the outline is asked of the open text, after the editor sent it
    assert.ok((await names('sjovik.md')).includes('Arkiv i felles løsning'), String(await names('sjovik.md')));
  });
});
