/**
 * The language server on a copy of the IKT Havbrynet fixture
 * (test/fixtures/faults9, expectations in its EXPECTED.md) while the disk
 * and the editor misbehave: a file replaced by a folder while open, a
 * case-only rename, a document opened under a URI spelt the way VS Code
 * spells it, workspace folders inside each other, a samstemt.yaml saved as
 * Latin-1, a 1 MB line, 5 000 goals, and didChange ranges past the end.
 * After each the server still answers a hover, and its findings are those
 * of the text the editor shows. Mocha's timeout is the hang guard.
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DocumentSymbol, Hover, MarkupContent, Position } from 'vscode-languageserver-protocol/node';
import { LspClient, REPO, messageOf, positionOf, removeDir, textIn, uriOf } from './harness.js';

const FIXTURE = path.join(REPO, 'test/fixtures/faults9');
const DOCS = ['havbryn-ikt.md', 'brekkestad.md', 'skarvoy.md', 'ulvsund.yaml', 'lauvdal.md'];

/** A copy of the fixture in a folder whose name has a space, æøå and characters VS Code percent-encodes but Node does not. */
function copyFixture(name = 'IKT Havbrynet'): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'samstemt-faults9-')), name);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/** A file URI as VS Code writes it (vscode-uri): every character but [A-Za-z0-9-._~/] percent-encoded. */
function vscodeUri(p: string): string {
  const encode = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return 'file://' + p.split('/').map(encode).join('/');
}

const rules = (d: readonly Diagnostic[] | undefined) => (d ?? []).map((x) => String(x.code)).sort();
const has = (rule: string) => (d: Diagnostic[]) => d.some((x) => x.code === rule);

async function hoverText(client: LspClient, uri: string, position: Position): Promise<string> {
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
  return (h?.contents as MarkupContent | undefined)?.value ?? '';
}

/** Analyses now: the server publishes what changed before it answers a code action request. */
const settle = (client: LspClient, uri: string) => client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });

describe('language server faults9: IKT Havbrynet on a misbehaving disk', function () {
  this.timeout(90000);
  let root: string;
  let client: LspClient | undefined;
  const s = (f: string) => path.join(root, 'strategier', f);

  beforeEach(function () {
    root = copyFixture();
  });
  afterEach(async function () {
    await client?.stop();
    client = undefined;
    removeDir(path.dirname(root));
  });

  async function start(folders?: string[], docs = DOCS): Promise<LspClient> {
    const c = (client = await LspClient.start(root, folders ? { folders } : {}));
    await Promise.all(docs.map((f) => c.diagnosticsFor(uriOf(s(f)))));
    return c;
  }

  it('publishes the fixture’s one finding, and answers a hover on a goal reference', async function () {
    const c = await start();
    assert.deepEqual(rules(c.diagnostics.get(uriOf(s('havbryn-ikt.md')))), ['uniform-mandate']);
    for (const f of DOCS.filter((f) => f !== 'havbryn-ikt.md')) assert.deepEqual(c.diagnostics.get(uriOf(s(f))), [], f);
    const text = readFileSync(s('brekkestad.md'), 'utf8');
    assert.match(await hoverText(c, uriOf(s('brekkestad.md')), positionOf(text, 'havbryn-ikt#felles-arkiv', 14)), /Felles sak- og arkivløsning/);
  });

  it('a file replaced by a folder of the same name while it is open: its findings go on didClose, the documents in the folder are read', async function () {
    const c = await start();
    const file = s('lauvdal.md');
    const uri = uriOf(file);
    const text = readFileSync(file, 'utf8');
    c.open(uri, text.replace('- Frist: 2026-08-15', '- Frist: 2026-13-15'));
    await c.diagnosticsFor(uri, has('invalid-value'));
    unlinkSync(file);
    mkdirSync(file);
    const inside = path.join(file, 'skule.md');
    writeFileSync(inside, text.replace('{#skulenett}', '{#skulenett-2}').replace('- Område: oppvekst', '- Område: oppvekstt'));
    c.watched([{ uri, type: 3 }, { uri, type: 1 }]);
    await c.diagnosticsFor(uriOf(inside), has('invalid-value'));
    // Still open: the buffer counts.
    assert.ok(has('invalid-value')(c.diagnostics.get(uri)!));
    const cleared = c.nextDiagnostics(uri, (d) => d.length === 0);
    c.close(uri);
    await cleared;
    assert.match(await hoverText(c, uriOf(s('brekkestad.md')), positionOf(readFileSync(s('brekkestad.md'), 'utf8'), 'havbryn-ikt#felles-arkiv', 14)), /Felles sak- og arkivløsning/);
    await settle(c, uriOf(inside));
    assert.deepEqual(c.diagnostics.get(uri), [], 'nothing comes back for the path that is now a folder');
  });

  it('a folder named like a strategy file, replaced by another folder of that name: the new folder’s documents are read afresh', async function () {
    const folder = s('x.strategy.md');
    mkdirSync(folder);
    const lauvdal = readFileSync(s('lauvdal.md'), 'utf8');
    writeFileSync(path.join(folder, 'inni.md'), lauvdal.replace('{#skulenett}', '{#skulenett-inni}').replace('- Område: oppvekst', '- Område: oppvekstt'));
    const c = await start();
    const inside = uriOf(path.join(folder, 'inni.md'));
    await c.diagnosticsFor(inside, has('invalid-value'));
    // Moved away, and another folder of the same name moved in: VS Code reports each once, for the folder.
    const away = path.join(path.dirname(root), 'borte');
    renameSync(folder, away);
    c.watched([{ uri: uriOf(folder), type: 3 }]);
    await c.diagnosticsFor(inside, (d) => d.length === 0);
    const other = path.join(path.dirname(root), 'ny');
    mkdirSync(other);
    writeFileSync(path.join(other, 'inni.md'), lauvdal.replace('{#skulenett}', '{#skulenett-inni}').replace('- Frist: 2026-08-15', '- Frist: 2026-13-15'));
    renameSync(other, folder);
    c.watched([{ uri: uriOf(folder), type: 1 }]);
    const d = await c.diagnosticsFor(inside, (ds) => ds.length > 0);
    await settle(c, inside);
    assert.deepEqual(c.diagnostics.get(inside)!.map((x) => textIn(readFileSync(path.join(folder, 'inni.md'), 'utf8'), x.range)), ['2026-13-15'], `the new folder's text, not the old one's: ${JSON.stringify(d.map(messageOf))}`);
  });

  it('an open document deleted on disk, closed before the watcher reports the deletion: its findings go at once, and stay gone', async function () {
    const c = await start();
    const file = s('skarvoy.md');
    const uri = uriOf(file);
    c.open(uri, readFileSync(file, 'utf8').replace('- Område: helse', '- Område: helsa'));
    await c.diagnosticsFor(uri, has('invalid-value'));
    unlinkSync(file);
    const cleared = c.nextDiagnostics(uri, (d) => d.length === 0);
    c.close(uri);
    await cleared;
    c.watched([{ uri, type: 3 }]);
    await settle(c, uriOf(s('lauvdal.md')));
    assert.deepEqual(c.diagnostics.get(uri), []);
    assert.match(await hoverText(c, uriOf(s('brekkestad.md')), positionOf(readFileSync(s('brekkestad.md'), 'utf8'), 'havbryn-ikt#felles-arkiv', 14)), /Felles sak- og arkivløsning/);
  });

  it('a case-only rename (Lauvdal.md → lauvdal.md), open and on disk: one document, findings under the new name only', async function () {
    renameSync(s('lauvdal.md'), s('Lauvdal.md'));
    const c = await start(undefined, DOCS.map((f) => f.replace('lauvdal', 'Lauvdal')));
    const upper = uriOf(s('Lauvdal.md'));
    const lower = uriOf(s('lauvdal.md'));
    const text = readFileSync(s('Lauvdal.md'), 'utf8').replace('- Område: oppvekst', '- Område: oppvekstt');
    c.open(upper, text);
    await c.diagnosticsFor(upper, has('invalid-value'));
    // The editor renames the open file: the disk first, then didClose of the old name and didOpen of the new.
    renameSync(s('Lauvdal.md'), s('lauvdal.md'));
    c.watched([{ uri: upper, type: 3 }, { uri: lower, type: 1 }]);
    c.close(upper);
    c.open(lower, text);
    await c.diagnosticsFor(lower, has('invalid-value'));
    await c.diagnosticsFor(upper, (d) => d.length === 0);
    await settle(c, lower);
    assert.ok(!has('duplicate-goal-id')(c.diagnostics.get(lower)!), 'not two documents');
    assert.deepEqual(c.diagnostics.get(upper), []);
    assert.deepEqual(rules(c.diagnostics.get(lower)), ['invalid-value']);
  });

  it('a document opened under the URI VS Code writes for a folder with a space, æøå, parentheses and &: analysed once, the buffer’s text', async function () {
    removeDir(path.dirname(root));
    root = copyFixture('Strategiar (utkast) & notat – Skarvøy');
    const c = await start();
    const file = s('skarvoy.md');
    const vs = vscodeUri(file);
    assert.notEqual(vs, uriOf(file), 'the test spells the URI differently from Node');
    const text = readFileSync(file, 'utf8').replace('- Støttar: DS19-M1, DN30-M1', '- Støttar: DS19-M1, DN30-M1, DS19-M99');
    c.open(vs, text);
    const published = await c.diagnosticsFor(uriOf(file), has('unknown-objective'));
    assert.equal(textIn(text, published.find((d) => d.code === 'unknown-objective')!.range), 'DS19-M99');
    await settle(c, vs);
    assert.ok(!has('duplicate-goal-id')(c.diagnostics.get(uriOf(file))!), 'the buffer and the file on disk are one document');
    assert.ok(!c.diagnostics.has(vs) || c.diagnostics.get(vs)!.length === 0 || vs === uriOf(file), 'findings are not published twice');
    assert.match(await hoverText(c, vs, positionOf(text, 'DS19-M99', 2)), /DS19-M99/);
    const symbols = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: vs } });
    assert.ok(JSON.stringify(symbols).includes('Velferdsteknologi'), 'the outline of the buffer');
    const cleared = c.nextDiagnostics(uriOf(file), (d) => !has('unknown-objective')(d));
    c.close(vs);
    await cleared;
  });

  it('two workspace folders, one inside the other: each document analysed once', async function () {
    const c = await start([root, path.join(root, 'strategier')]);
    await settle(c, uriOf(s('lauvdal.md')));
    for (const f of DOCS) assert.ok(!has('duplicate-goal-id')(c.diagnostics.get(uriOf(s(f)))!), f);
    assert.deepEqual(rules(c.diagnostics.get(uriOf(s('havbryn-ikt.md')))), ['uniform-mandate']);
    // A change in the inner folder is seen once.
    const file = s('ulvsund.yaml');
    const text = readFileSync(file, 'utf8').replace('area: innbyggertjenester', 'area: innbyggertenester');
    c.open(uriOf(file), text);
    const d = await c.diagnosticsFor(uriOf(file), has('invalid-value'));
    assert.equal(d.filter((x) => x.code === 'invalid-value').length, 1);
    assert.ok(c.published.every((p) => !p.uri.includes('//strategier') && p.uri.startsWith(uriOf(root))), 'no URI spelt twice');
  });

  it('workspace folders that are not folders on disk (gone, a file, a virtual one) next to the real one: the real one is analysed', async function () {
    const gone = path.join(path.dirname(root), 'slettet');
    const file = s('lauvdal.md');
    const c = (client = await LspClient.start(root, { folders: [gone, file, root] }));
    await Promise.all(DOCS.map((f) => c.diagnosticsFor(uriOf(s(f)))));
    assert.deepEqual(rules(c.diagnostics.get(uriOf(s('havbryn-ikt.md')))), ['uniform-mandate']);
    await c.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: 'vscode-vfs://github/havbrynet/strategi', name: 'virtuell' }, { uri: uriOf(path.join(gone, 'enno-meir')), name: 'borte' }], removed: [] } });
    await settle(c, uriOf(s('lauvdal.md')));
    assert.match(await hoverText(c, uriOf(s('brekkestad.md')), positionOf(readFileSync(s('brekkestad.md'), 'utf8'), 'havbryn-ikt#felles-arkiv', 14)), /Felles sak- og arkivløsning/);
    assert.ok(!has('duplicate-goal-id')(c.diagnostics.get(uriOf(file))!), 'the folder that is a file does not make lauvdal.md a second document');
    assert.equal(c.proc.exitCode, null);
  });

  it('samstemt.yaml as a link to a file outside the folder: the editor is told why the settings do not apply, nothing of it is read', async function () {
    const shared = mkdtempSync(path.join(os.tmpdir(), 'samstemt-faults9-felles-'));
    try {
      renameSync(path.join(root, 'samstemt.yaml'), path.join(shared, 'samstemt.yaml'));
      symlinkSync(path.join(shared, 'samstemt.yaml'), path.join(root, 'samstemt.yaml'));
      const c = (client = await LspClient.start(root));
      const told = await c.shownMessage((m) => m.includes('samstemt.yaml'));
      assert.match(told, /utenfor/, told);
      assert.doesNotMatch(told, /ingen samstemt\.yaml|finnes ikke/i, told);
      assert.ok(c.published.every((p) => !JSON.stringify(p.diagnostics).includes('Havbryn IKT AS')), 'nothing from the linked file is read');
    } finally {
      removeDir(shared);
    }
  });

  it('samstemt.yaml replaced by a folder of that name while documents are open: the findings go, the editor is told, a hover answers', async function () {
    const c = await start();
    const doc = s('lauvdal.md');
    const text = readFileSync(doc, 'utf8').replace('- Område: oppvekst', '- Område: oppvekstt');
    c.open(uriOf(doc), text);
    await c.diagnosticsFor(uriOf(doc), has('invalid-value'));
    const config = path.join(root, 'samstemt.yaml');
    unlinkSync(config);
    mkdirSync(config);
    c.watched([{ uri: uriOf(config), type: 3 }, { uri: uriOf(config), type: 1 }]);
    await c.shownMessage((m) => m.includes('samstemt.yaml er borte'));
    // Without samstemt.yaml only *.strategy.md files are documents: nothing is checked, so nothing stays.
    await c.diagnosticsFor(uriOf(doc), (d) => d.length === 0);
    await settle(c, uriOf(doc));
    for (const f of DOCS) assert.deepEqual(c.diagnostics.get(uriOf(s(f))), [], f);
    assert.equal(await c.request('textDocument/hover', { textDocument: { uri: uriOf(doc) }, position: positionOf(text, 'oppvekstt', 2) }), null);
    assert.equal(c.proc.exitCode, null);
  });

  it('samstemt.yaml rewritten as Latin-1 while the server runs: a parse-error on it at the first unreadable character', async function () {
    const c = await start();
    const config = path.join(root, 'samstemt.yaml');
    const text = readFileSync(config, 'utf8').replace('name: Skarvøy kommune', 'name: Skarvøy kommune ');
    writeFileSync(config, Buffer.from(text, 'latin1'));
    c.watched([{ uri: uriOf(config), type: 2 }]);
    const d = await c.diagnosticsFor(uriOf(config), has('parse-error'));
    const parse = d.find((x) => x.code === 'parse-error')!;
    assert.match(messageOf(parse), /UTF-8/);
    assert.deepEqual(parse.range.start, positionOf(text, 'øy kommune'));
    assert.deepEqual(c.diagnostics.get(uriOf(s('lauvdal.md'))), [], 'the settings still apply');
  });

  it('a document with a 1 MB line, and one with 5 000 goals opened and edited: findings at the right places, hovers answered', async function () {
    const c = await start();
    const file = s('lauvdal.md');
    const uri = uriOf(file);
    const base = readFileSync(file, 'utf8');
    const long = base.replace('# Digitaliseringsstrategi for Lauvdal kommune', `# Digitaliseringsstrategi for Lauvdal kommune\n\n${'Lang tekst utan linjeskift. '.repeat(40_000)}`).replace('- Område: oppvekst', '- Område: oppvekstt');
    assert.ok(long.length > 1_000_000);
    c.open(uri, long);
    const d = await c.diagnosticsFor(uri, has('invalid-value'));
    assert.equal(textIn(long, d.find((x) => x.code === 'invalid-value')!.range), 'oppvekstt');
    assert.match(await hoverText(c, uri, positionOf(long, 'DN30-T2', 2)), /DN30-T2/);

    const many = s('brekkestad.md');
    const manyUri = uriOf(many);
    const head = readFileSync(many, 'utf8');
    const goals = Array.from({ length: 5000 }, (_, i) => `## Delmål ${i} {#delmal-${i}}\n\n- Område: innbyggertjenester\n- Frist: 2026-06-30\n- Støtter: DS19-M1, DN30-M1\n- Bidrar til: #digital-byggesak\n`).join('\n');
    const big = `${head}\n${goals}`;
    c.open(manyUri, big);
    await c.diagnosticsFor(manyUri);
    const edited = big.replace('## Delmål 4999 {#delmal-4999}\n\n- Område: innbyggertjenester', '## Delmål 4999 {#delmal-4999}\n\n- Område: innbyggertjenestr');
    c.change(manyUri, edited);
    const after = await c.diagnosticsFor(manyUri, has('invalid-value'));
    const bad = after.filter((x) => x.code === 'invalid-value');
    assert.equal(bad.length, 1);
    assert.equal(textIn(edited, bad[0]!.range), 'innbyggertjenestr');
    assert.match(await hoverText(c, manyUri, positionOf(edited, '#digital-byggesak', 3, 4999)), /Digital byggesak/);
  });

  it('didChange with ranges past the end and several changes to the same text in one notification: the text the editor computes', async function () {
    const c = await start();
    const file = s('skarvoy.md');
    const uri = uriOf(file);
    const text = readFileSync(file, 'utf8');
    c.open(uri, text);
    const lines = text.split('\n');
    const areaLine = lines.findIndex((l) => l.startsWith('- Område:'));
    const changes = [
      // Past the end of the document: appended.
      { range: { start: { line: 9999, character: 0 }, end: { line: 9999, character: 5 } }, text: '\n## Ny {#ny}\n\n- Område: helse\n- Frist: 2026-13-01\n' },
      // Past the end of a line: to its end.
      { range: { start: { line: areaLine, character: 10 }, end: { line: areaLine, character: 500 } }, text: 'helsee' },
      // Touches the text the change before wrote.
      { range: { start: { line: areaLine, character: 15 }, end: { line: areaLine, character: 16 } }, text: 'x' },
      // A range whose end is before its start.
      { range: { start: { line: 2, character: 8 }, end: { line: 2, character: 0 } }, text: '' },
    ];
    const expected = TextDocument.create(uri, 'markdown', 1, text);
    TextDocument.update(expected, changes, 2);
    const want = expected.getText();
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: changes });
    const d = await c.diagnosticsFor(uri, (ds) => ds.filter((x) => x.code === 'invalid-value').length === 2);
    assert.deepEqual(d.filter((x) => x.code === 'invalid-value').map((x) => textIn(want, x.range)).sort(), ['2026-13-01', 'helsex'].sort());
    const symbols = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(JSON.stringify(symbols).includes('"Ny"'), 'the appended goal is in the outline');
  });
});
