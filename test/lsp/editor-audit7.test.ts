/**
 * The editor's features on a cooperation written for this audit
 * (test/fixtures/editor-audit7, Havbru IKT: a company and four members, in
 * bokmål, nynorsk with tabs, CRLF and NFD å, YAML and English, with 👩‍💻 before
 * IDs), over JSON-RPC, as an author expects them at given places: hover,
 * completion and its replace ranges, definition and references across Markdown
 * and YAML, rename, every quick fix applied and checked again, the outline,
 * and the moments of editing (a new document not on disk, YAML broken and
 * mended, a goal ID renamed by typing, closing unsaved changes).
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, Location, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { LspClient, REPO, applyEdits, editsByUri, hoverAt, messageOf, read, removeDir, textIn, uriOf, fixtureDocs, placesOf } from './harness.js';

const DOCS = ['havbru-ikt.md', 'sjovik.md', 'fjordheim.md', 'holmoy.yaml', 'nordvik.md'];

describe('language server: the editor on Havbru IKT (test/fixtures/editor-audit7)', function () {
  this.timeout(120000);
  let root: string;
  let client: LspClient;
  const { file, uri, at } = fixtureDocs(() => root);
  const completion = async (name: string, needle: string, occurrence = 0) => {
    const c = await client.request<CompletionList | CompletionItem[]>('textDocument/completion', at(name, needle, needle.length, occurrence));
    return Array.isArray(c) ? c : c.items;
  };

  before(async function () {
    root = mkdtempSync(path.join(os.tmpdir(), 'samstemt-audit7-'));
    cpSync(path.join(REPO, 'test/fixtures/editor-audit7'), root, { recursive: true });
    client = await LspClient.start(root);
    for (const name of DOCS) await client.diagnosticsFor(uri(name), (d) => name !== 'nordvik.md' || d.length > 0);
  });
  after(async function () {
    await client?.stop();
    if (root) removeDir(root);
  });

  it('hovers a reference with the goal it names, also from YAML and from the CRLF document', async () => {
    assert.match(await hoverAt(client, file('sjovik.md'), 'havbru-ikt#felles-arkiv'), /^\*\*Felles sak- og arkivsystem\*\* \(`havbru-ikt#felles-arkiv`\)/);
    assert.match(await hoverAt(client, file('holmoy.yaml'), 'fjordheim#trygg-heime'), /^\*\*Trygg heime med sensorar\*\*[^]*Bidrar til: `havbru-ikt#sikker-drift`/);
    assert.match(await hoverAt(client, file('fjordheim.md'), 'sjøvik#arkiv-sjovik'), /^\*\*Arkiv i felles løsning\*\*/);
    assert.match(await hoverAt(client, file('fjordheim.md'), 'DN30-T1'), /^\*\*DN30-T1\*\* — /);
    assert.match(await hoverAt(client, file('havbru-ikt.md'), 'holmøy'), /^\*\*Holmøy kommune\*\* \(`holmøy`\)/);
  });

  it('completes objectives after `Støttar:` and `supports:`, replacing the ID under the cursor', async () => {
    for (const [name, needle] of [['fjordheim.md', 'Støttar: '], ['holmoy.yaml', 'supports: '], ['nordvik.md', 'Supports: ']] as const) {
      const items = await completion(name, needle);
      assert.ok(items.some((i) => i.label === 'DS19-M2') && items.some((i) => i.label === 'DN30-F1'), `${name}: ${items.map((i) => i.label).join(', ')}`);
      const edit = items[0]!.textEdit as TextEdit;
      assert.match(textIn(read(file(name)), edit.range), /^DS19-M[12]$/, name);
    }
  });

  it('completes goals of the other members after `Bidreg til:`, without those already named, and quotes `#id` in YAML', async () => {
    const labels = (await completion('fjordheim.md', 'Bidreg til: ', 1)).map((i) => i.label);
    assert.ok(labels.includes('sjøvik#digital-byggesak') && labels.includes('#trygg-heime') && labels.includes('nordvik#staff-login'), labels.join(', '));
    assert.ok(!labels.includes('#arkiv-fjordheim') && !labels.includes('sjøvik#arkiv-sjovik'), labels.join(', '));
    const own = (await completion('holmoy.yaml', 'contributes: ', 1)).find((i) => i.label === '#behold-arkiv');
    assert.equal((own?.textEdit as TextEdit).newText, '"#behold-arkiv"');
  });

  it('goes to the goal a reference names, across Markdown and YAML', async () => {
    const def = async (name: string, needle: string, delta: number) => placesOf(await client.request<Location[]>('textDocument/definition', at(name, needle, delta)));
    assert.deepEqual(await def('holmoy.yaml', 'havbru-ikt#felles-arkiv', 14), ['havbru-ikt.md:12 ### Felles sak- og arkivsystem {#felles-arkiv}']);
    assert.deepEqual(await def('nordvik.md', 'sjøvik#digital-byggesak', 10), ['sjovik.md:13 ### 👩‍💻 Digital byggesøknad {#digital-byggesak}']);
    assert.deepEqual(await def('fjordheim.md', 'sjøvik#arkiv-sjovik', 10), ['sjovik.md:22 ### Arkiv i felles løsning {#arkiv-sjovik}']);
  });

  it('finds every use of a goal, in each member’s document', async () => {
    const refs = await client.request<Location[]>('textDocument/references', { ...at('havbru-ikt.md', '{#felles-arkiv}', 3), context: { includeDeclaration: true } });
    assert.deepEqual(placesOf(refs), [
      'fjordheim.md:27 havbru-ikt#felles-arkiv',
      'havbru-ikt.md:12 felles-arkiv',
      'havbru-ikt.md:26 #felles-arkiv',
      'holmoy.yaml:11 havbru-ikt#felles-arkiv',
      'holmoy.yaml:16 havbru-ikt#felles-arkiv',
      'nordvik.md:23 havbru-ikt#felles-arkiv',
      'sjovik.md:18 havbru-ikt#felles-arkiv',
      'sjovik.md:27 havbru-ikt#felles-arkiv',
    ]);
  });

  it('renames a goal ID in its heading and every reference, and nothing else', async () => {
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...at('sjovik.md', '{#digital-byggesak}', 5), newName: 'digital-byggesoknad' });
    const changed = [...editsByUri(edit)].map(([u, edits]) => {
      const before = read(fileURLToPath(u));
      return [path.basename(u), edits.map((e) => textIn(before, e.range)), applyEdits(before, edits)] as const;
    });
    assert.deepEqual(changed.map(([n, covered]) => [n, covered]).sort(), [['nordvik.md', ['digital-byggesak']], ['sjovik.md', ['digital-byggesak', 'digital-byggesak']]]);
    const sjovik = changed.find(([n]) => n === 'sjovik.md')![2];
    assert.ok(sjovik.includes('### 👩‍💻 Digital byggesøknad {#digital-byggesoknad}') && sjovik.includes('#felles-arkiv, #digital-byggesoknad'));
  });

  it('offers quick fixes for the findings that apply cleanly: each finding is gone afterwards, in the CRLF document too', async () => {
    let count = 0;
    for (const name of ['fjordheim.md', 'nordvik.md']) {
      const original = read(file(name));
      client.open(uri(name), original);
      for (const d of client.diagnostics.get(uri(name))!) {
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri(name) }, range: d.range, context: { diagnostics: [d] } });
        for (const a of actions) {
          const fixed = applyEdits(original, editsByUri(a.edit!).get(uri(name)) ?? []);
          if (name === 'fjordheim.md') assert.doesNotMatch(fixed, /[^\r]\n/, `${a.title} keeps CRLF`);
          const published = client.nextDiagnostics(uri(name));
          client.change(uri(name), fixed);
          const after = await published;
          assert.ok(!after.some((x: Diagnostic) => x.code === d.code && x.message === d.message), `${name} ${String(d.code)}: ${a.title}`);
          count++;
          const back = client.nextDiagnostics(uri(name));
          client.change(uri(name), original);
          await back;
        }
      }
      client.close(uri(name));
    }
    assert.ok(count >= 10, `${count} quick fixes`);
  });

  it('outlines sub-goals under their goal, in Markdown and YAML', async () => {
    const tree = async (name: string) => {
      const walk = (s: DocumentSymbol[]): unknown[] => s.map((x) => (x.children?.length ? [x.detail, walk(x.children)] : x.detail));
      return walk(await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uri(name) } }));
    };
    assert.deepEqual(await tree('havbru-ikt.md'), [['#felles-arkiv', ['#arkiv-opplaering']], '#sikker-drift']);
    assert.deepEqual(await tree('holmoy.yaml'), [['#behold-arkiv', ['#skanning']], '#velferd-holmoy']);
  });

  describe('while editing', function () {
    const codes = (list: Diagnostic[] | undefined) => (list ?? []).map((d) => String(d.code)).sort();

    it('checks a new document that is not on disk yet against the others, and forgets it when closed', async () => {
      const draft = uriOf(path.join(root, 'strategier', 'ny.md'));
      const text = '---\nowner: nordvik\ntitle: Ny\n---\n\n### 👩‍💻 Nytt mål {#nytt}\n\n- Frist: 2025\n- Supports: DS19-M2\n- Contributes: havbru-ikt#felles-arkiv, #ukjent\n';
      const published = client.nextDiagnostics(draft);
      client.open(draft, text);
      const found = await published;
      assert.deepEqual(found.map((d) => `${String(d.code)} ${textIn(text, d.range)}`), ['unknown-goal-ref #ukjent']);
      const refs = await client.request<Location[]>('textDocument/references', { ...at('havbru-ikt.md', '{#felles-arkiv}', 3), context: { includeDeclaration: false } });
      assert.ok(refs.some((r) => r.uri === draft));
      const cleared = client.nextDiagnostics(draft, (d) => d.length === 0);
      client.close(draft);
      await cleared;
    });

    it('reports YAML broken half-way where it breaks, and the findings of before once it is mended', async () => {
      const before = codes(client.diagnostics.get(uri('holmoy.yaml')));
      const text = read(file('holmoy.yaml'));
      client.open(uri('holmoy.yaml'), text);
      const broken = client.nextDiagnostics(uri('holmoy.yaml'), (d) => d.some((x) => x.code === 'parse-error'));
      client.change(uri('holmoy.yaml'), text.replace('    contributes: fjordheim#trygg-heime', '   contributes: "fjordheim#trygg-'));
      const parse = (await broken).find((d) => d.code === 'parse-error')!;
      assert.equal(parse.range.start.line, 20);
      const mended = client.nextDiagnostics(uri('holmoy.yaml'), (d) => !d.some((x) => x.code === 'parse-error'));
      client.change(uri('holmoy.yaml'), text);
      assert.deepEqual(codes(await mended), before);
      client.close(uri('holmoy.yaml'));
    });

    it('turns the references into unknown-goal-ref while a goal ID is typed, and back', async () => {
      const text = read(file('sjovik.md'));
      client.open(uri('sjovik.md'), text);
      const dangling = client.nextDiagnostics(uri('nordvik.md'), (d) => d.some((x) => x.code === 'unknown-goal-ref' && x.range.start.line === 15));
      client.change(uri('sjovik.md'), text.replace('{#digital-byggesak}', '{#digital-byggesa}'));
      const found = (await dangling).find((x) => x.code === 'unknown-goal-ref' && x.range.start.line === 15)!;
      assert.match(messageOf(found), /sjøvik#digital-byggesak.*sjøvik#digital-byggesa\?/);
      const back = client.nextDiagnostics(uri('nordvik.md'), (d) => !d.some((x) => x.code === 'unknown-goal-ref' && x.range.start.line === 15));
      client.change(uri('sjovik.md'), text);
      await back;
      client.close(uri('sjovik.md'));
    });

    it('counts the file on disk again when a document is closed with changes not saved', async () => {
      const text = read(file('sjovik.md'));
      client.open(uri('sjovik.md'), text);
      const edited = client.nextDiagnostics(uri('sjovik.md'), (d) => d.some((x) => x.code === 'invalid-value'));
      client.change(uri('sjovik.md'), text.replace('- Frist: 2026-12-31', '- Frist: 31.12.2026'));
      await edited;
      const closed = client.nextDiagnostics(uri('sjovik.md'), (d) => !d.some((x) => x.code === 'invalid-value'));
      client.close(uri('sjovik.md'));
      assert.deepEqual(codes(await closed), ['beyond-framework-period']);
    });
  });
});
