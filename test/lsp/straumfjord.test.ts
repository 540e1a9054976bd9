/**
 * The nynorsk cooperation (test/fixtures/straumfjord) in the editor, over
 * JSON-RPC, as its authors read it: every quick fix is titled in nynorsk and
 * writes nynorsk keys and values into the nynorsk documents (bokmål into the
 * bokmål one), the fix for `Frå og med:` writes `Frå`, no fix is offered twice
 * in one place, and hover and completion speak the document's language.
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspClient, REPO, editsByUri, removeDir, textIn, uriOf, completionLabelsAt, hoverAt } from './harness.js';

/** Bokmål forms a nynorsk reader notices (outside «quoted» titles and `code`). */
const BOKMAL = /(?<!\p{L})(?:ikke|hva|hvis|bare|noen|være|egen|eget|uten|flere|fra|ble|blitt|støtter|bidrar|mulige?|medlemmer|begrunnelse|Hvorfor|hvem|vedtatt)(?!\p{L})/iu;
const ownWords = (m: string) => m.replace(/«[^«»]*»/g, '').replace(/`[^`]*`/g, '');
/** Bokmål spellings of keys and values that differ from nynorsk. */
const BOKMAL_KEYS = /^\s*-?\s*(?:Støtter|Bidrar til|Beholde|Fra|Krever|Ansvarlig)\s*:|^\s*(?:støtter|bidrar til|beholde|fra|krever|ansvarlig)\s*:|<Hva |<Hvorfor |begrunnelse/imu;

const NYNORSK_DOCS = ['straumfjord-ikt.md', 'soelvik.md', 'dalheim.md', 'nesoy.yaml'];

describe('language server: the nynorsk cooperation (test/fixtures/straumfjord)', function () {
  this.timeout(120000);
  let root: string;
  let client: LspClient;
  const file = (name: string) => path.join(root, 'strategiar', name);
  const offered = new Map<string, { d: Diagnostic; actions: CodeAction[] }[]>();

  before(async function () {
    root = mkdtempSync(path.join(os.tmpdir(), 'samstemt-straumfjord-'));
    cpSync(path.join(REPO, 'test/fixtures/straumfjord'), root, { recursive: true });
    client = await LspClient.start(root, { locale: 'nn' });
    for (const name of [...NYNORSK_DOCS, 'straumvik.md']) {
      const uri = uriOf(file(name));
      const list: { d: Diagnostic; actions: CodeAction[] }[] = [];
      for (const d of await client.diagnosticsFor(uri)) {
        list.push({ d, actions: await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } }) });
      }
      offered.set(name, list);
    }
  });
  after(async function () {
    await client?.stop();
    if (root) removeDir(root);
  });

  it('titles every quick fix in nynorsk, and writes nynorsk keys and placeholders into the nynorsk documents', () => {
    let count = 0;
    for (const name of NYNORSK_DOCS) {
      for (const { actions } of offered.get(name)!) {
        for (const a of actions) {
          count++;
          assert.doesNotMatch(ownWords(a.title), BOKMAL, `${name}: ${a.title}`);
          for (const e of editsByUri(a.edit!).get(uriOf(file(name))) ?? []) assert.doesNotMatch(e.newText, BOKMAL_KEYS, `${name}: ${a.title} writes ${JSON.stringify(e.newText)}`);
        }
      }
    }
    assert.ok(count >= 15, `${count} quick fixes`);
  });

  it('writes bokmål keys into the bokmål document', () => {
    const texts = offered.get('straumvik.md')!.flatMap(({ actions }) => actions.flatMap((a) => (editsByUri(a.edit!).get(uriOf(file('straumvik.md'))) ?? []).map((e) => e.newText)));
    assert.ok(texts.length > 0);
    for (const t of texts) assert.doesNotMatch(t, /Støttar|Bidreg|Krev:|Ansvarleg|<Kva |<Kvifor /, t);
  });

  it('offers `Frå` for `Frå og med` and `Ansvarleg` for `Ansvarleg eining`, replacing the key as written', () => {
    const text = readFileSync(file('straumfjord-ikt.md'), 'utf8');
    for (const [key, fixed] of [['Frå og med', 'Frå'], ['Ansvarleg eining', 'Ansvarleg']] as const) {
      const found = offered.get('straumfjord-ikt.md')!.find(({ d }) => d.code === 'unknown-property' && textIn(text, d.range) === key);
      assert.ok(found, key);
      const edits = found.actions.flatMap((a) => editsByUri(a.edit!).get(uriOf(file('straumfjord-ikt.md'))) ?? []);
      assert.deepEqual(edits.map((e) => [textIn(text, e.range), e.newText]), [[key, fixed]]);
      assert.equal(found.actions[0]!.title, `Endre til «${fixed}»`);
    }
  });

  it('offers no quick fix twice in one place', () => {
    for (const [name, list] of offered) {
      for (const { d, actions } of list) {
        const titles = actions.map((a) => `${a.title} ${JSON.stringify(a.edit)}`);
        assert.equal(new Set(titles).size, titles.length, `${name}:${d.range.start.line + 1} ${String(d.code)}: ${actions.map((a) => a.title).join(' | ')}`);
      }
    }
  });

  const hover = (name: string, needle: string) => hoverAt(client, file(name), needle);
  const completion = (name: string, needle: string) => completionLabelsAt(client, file(name), needle);

  it('explains keys in nynorsk on hover', async () => {
    assert.match(await hover('straumfjord-ikt.md', 'Retning:'), /^\*\*retning\*\* — auke, redusere eller halde oppe/);
    assert.match(await hover('nesoy.yaml', 'behalde:'), /^\*\*behalde\*\* — system som skal behaldast/);
    assert.match(await hover('soelvik.md', 'Bidreg til:'), /^\*\*bidreg til\*\* — mål dette målet bidreg til/);
  });

  it('completes values in the language of the document', async () => {
    assert.deepEqual(await completion('straumfjord-ikt.md', '- Status: '), ['planlagt', 'pågår', 'fullført', 'avbroten']);
    assert.deepEqual(await completion('soelvik.md', '- Prioritet: '), ['høg', 'middels', 'låg']);
    assert.deepEqual(await completion('dalheim.md', '- Retning: '), ['auke', 'redusere', 'halde oppe']);
    assert.deepEqual(await completion('soelvik.md', 'status: '), ['utkast', 'høyring', 'vedteke']);
    assert.deepEqual(await completion('straumvik.md', 'status: '), ['utkast', 'høring', 'vedtatt']);
  });
});
