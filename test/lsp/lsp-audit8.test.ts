/**
 * The server as a minimal, generic LSP client sees it (Neovim, Helix, eglot,
 * Sublime), on a cooperation written for this audit (test/fixtures/lsp-audit8:
 * a company document in bokmål with CRLF, a nynorsk member with emoji and
 * combining characters in titles before diagnosed values, a YAML member).
 * Expectations come from LSP 3.17 and the fixture: incremental and full sync,
 * positions in the negotiated encoding, flat symbols and Command-only code
 * actions for clients without the literal capabilities, odd requests, and the
 * shutdown/exit order.
 */
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageWriter,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Position,
  type Range,
} from 'vscode-languageserver-protocol/node';
import { REPO, SERVER, messageReader, positionOf, read, removeDir, textIn, uriOf } from './harness.js';

interface Session {
  proc: ChildProcess;
  conn: ProtocolConnection;
  result: InitializeResult;
  published: PublishDiagnosticsParams[];
  next: (uri: string, predicate?: (d: Diagnostic[]) => boolean) => Promise<Diagnostic[]>;
  latest: (uri: string, predicate?: (d: Diagnostic[]) => boolean) => Promise<Diagnostic[]>;
  exited: Promise<number | null>;
}

/** Starts the server and initializes it with exactly `params` (nothing added but processId). */
async function startWith(params: Record<string, unknown>): Promise<Session> {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  const conn = createProtocolConnection(messageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: { uri: string; predicate: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (const w of waiters.filter((x) => x.uri === p.uri && x.predicate(p.diagnostics))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(p.diagnostics);
    }
  });
  // A minimal client answers what it must and nothing more.
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.listen();
  const result = (await conn.sendRequest('initialize', { processId: process.pid, ...params })) as InitializeResult;
  await conn.sendNotification('initialized', {});
  const next = (uri: string, predicate: (d: Diagnostic[]) => boolean = () => true) => new Promise<Diagnostic[]>((resolve) => waiters.push({ uri, predicate, resolve }));
  const latest = (uri: string, predicate: (d: Diagnostic[]) => boolean = () => true) => {
    const have = published.filter((p) => p.uri === uri).at(-1);
    return have && predicate(have.diagnostics) ? Promise.resolve(have.diagnostics) : next(uri, predicate);
  };
  return { proc, conn, result, published, next, latest, exited };
}

async function stop(s: Session): Promise<void> {
  try {
    await s.conn.sendRequest('shutdown');
    await s.conn.sendNotification('exit');
  } catch {
    // already gone
  }
  await Promise.race([s.exited, new Promise((r) => setTimeout(r, 3000))]);
  s.conn.dispose();
  if (s.proc.exitCode === null) s.proc.kill();
}

/** Byte (UTF-8) column of a UTF-16 position on its line. */
function utf8Column(text: string, p: Position): number {
  const line = text.split(/\r?\n/)[p.line]!;
  return Buffer.byteLength(line.slice(0, p.character), 'utf8');
}

const MINIMAL = { textDocument: {}, workspace: {}, window: {} };
const FIXTURE = path.join(REPO, 'test/fixtures/lsp-audit8');

describe('language server: a generic minimal client on Kystnett IKT (test/fixtures/lsp-audit8)', function () {
  this.timeout(60000);
  let root: string;
  const file = (name: string) => path.join(root, 'strategier', name);
  const uri = (name: string) => uriOf(file(name));

  before(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'samstemt-audit8-'));
    cpSync(FIXTURE, root, { recursive: true });
  });
  after(() => root && removeDir(root));

  describe('rootUri only, minimal capabilities, UTF-8 preferred', () => {
    let s: Session;
    let ornes: string;
    let kyst: string;
    let versions: Map<string, number>;
    const open = (name: string, text: string) => {
      versions.set(uri(name), 1);
      void s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(name), languageId: name.endsWith('.md') ? 'markdown' : 'yaml', version: 1, text } });
    };
    const change = (name: string, contentChanges: unknown[]) => {
      const v = versions.get(uri(name))! + 1;
      versions.set(uri(name), v);
      void s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: uri(name), version: v }, contentChanges });
    };
    const req = <R>(method: string, name: string, position: Position, extra: object = {}) =>
      s.conn.sendRequest(method, { textDocument: { uri: uri(name) }, position, ...extra }) as Promise<R>;
    const range = (text: string, needle: string, occurrence = 0): Range => ({ start: positionOf(text, needle, 0, occurrence), end: positionOf(text, needle, needle.length, occurrence) });

    before(async () => {
      versions = new Map();
      s = await startWith({ rootUri: uriOf(root), capabilities: { ...MINIMAL, general: { positionEncodings: ['utf-8'] } } });
      ornes = read(file('ornes.md'));
      kyst = read(file('kystnett.md'));
    });
    after(async () => s && (await stop(s)));

    it('answers initialize in an encoding it then keeps to, and says how it syncs', () => {
      const enc = s.result.capabilities.positionEncoding;
      // utf-16 is the mandatory default: a server may pick it even when the client listed only utf-8.
      assert.ok(enc === undefined || enc === 'utf-16' || enc === 'utf-8', String(enc));
      const sync = s.result.capabilities.textDocumentSync;
      const kind = typeof sync === 'number' ? sync : sync?.change;
      assert.ok(kind === 1 || kind === 2, JSON.stringify(sync));
    });

    it('publishes diagnostics for documents on disk, at the columns of the diagnosed values after emoji and combining characters', async () => {
      const d = await s.latest(uri('ornes.md'), (x) => x.length >= 2);
      const covered = d.map((x) => textIn(ornes, x.range));
      assert.ok(covered.some((t) => t.includes('31.12.2027')), covered.join(' | '));
      assert.ok(covered.some((t) => t.includes('trygg-drit')), covered.join(' | '));
    });

    it('hovers, goes to the definition of and finds references to an ID after emoji in a heading', async () => {
      const at = positionOf(ornes, '{#arkiv-ornes}', 4);
      const hover = await req<{ contents: { value: string } | string } | null>('textDocument/hover', 'ornes.md', at);
      assert.ok(hover, 'hover on the heading ID');
      const def = await req<{ uri: string; range: Range }[] | { uri: string; range: Range }>('textDocument/definition', 'lyngvaer.yaml', positionOf(read(file('lyngvaer.yaml')), 'ørnes#tryggleik', 8));
      const loc = Array.isArray(def) ? def[0]! : def;
      assert.equal(loc.uri, uri('ornes.md'));
      assert.match(textIn(ornes, loc.range), /tryggleik/);
      const refs = await req<{ uri: string; range: Range }[]>('textDocument/references', 'kystnett.md', positionOf(kyst, '{#felles-arkiv}', 3), { context: { includeDeclaration: false } });
      const where = refs.map((r) => `${path.basename(r.uri)} ${textIn(read(file(path.basename(r.uri))), r.range)}`).sort();
      assert.deepEqual(where, ['lyngvaer.yaml kystnett#felles-arkiv', 'ornes.md kystnett#felles-arkiv']);
    });

    it('gives flat SymbolInformation to a client without hierarchicalDocumentSymbolSupport', async () => {
      const symbols = await s.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uri('ornes.md') } }) as { name: string; location?: { uri: string; range: Range }; children?: unknown }[];
      assert.ok(symbols.length > 0);
      for (const sym of symbols) assert.ok(sym.location && sym.location.uri === uri('ornes.md'), JSON.stringify(sym));
    });

    it('gives only Command code actions to a client without codeActionLiteralSupport', async () => {
      const d = await s.latest(uri('ornes.md'), (x) => x.length >= 2);
      for (const diag of d) {
        const actions = await s.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: uri('ornes.md') }, range: diag.range, context: { diagnostics: [diag] } }) as { command: unknown; title: string }[] | null;
        for (const a of actions ?? []) assert.equal(typeof a.command, 'string', JSON.stringify(a));
      }
    });

    it('applies incremental changes: a range spanning CRLF, several changes in order, deleting across lines', async () => {
      // Opening a document as it is on disk need not publish anything new.
      open('kystnett.md', kyst);
      // 1. Replace the date of felles-arkiv by a Norwegian-style date (diagnosed), then, in the same
      //    notification, delete the `Behov` line with its CRLF: positions of the second change are in the
      //    document after the first.
      let text = kyst;
      const first = range(text, '2026-12-31');
      text = text.slice(0, text.indexOf('2026-12-31')) + '31.12.2026' + text.slice(text.indexOf('2026-12-31') + 10);
      const behovStart = text.indexOf('- Behov');
      const behovEnd = text.indexOf('\r\n', behovStart) + 2;
      const second = { start: positionOf(text, '- Behov', 0), end: { line: positionOf(text, '- Behov', 0).line + 1, character: 0 } };
      text = text.slice(0, behovStart) + text.slice(behovEnd);
      // 2. Delete from the end of `- Frist: 2027-06-30` across the CRLF into the next line's start, joining lines.
      const fristEnd = positionOf(text, '2027-06-30', 10);
      const third = { start: fristEnd, end: { line: fristEnd.line + 1, character: 0 } };
      const at3 = text.indexOf('2027-06-30') + 10;
      text = text.slice(0, at3) + text.slice(at3 + 2);
      const published = s.next(uri('kystnett.md'));
      change('kystnett.md', [
        { range: first, text: '31.12.2026' },
        { range: second, text: '' },
        { range: third, text: '' },
      ]);
      const d = await published;
      const covered = d.map((x) => textIn(text, x.range));
      assert.ok(covered.some((t) => t.includes('31.12.2026')), covered.join(' | '));
      // The server's text is the client's: the joined line is no field any more, DS19-M2 still is.
      assert.equal(await req('textDocument/hover', 'kystnett.md', positionOf(text, 'DS19-I4', 2)), null);
      const hover = await req<{ contents: { value: string } } | null>('textDocument/hover', 'kystnett.md', positionOf(text, 'DS19-M2', 2));
      assert.match(JSON.stringify(hover), /DS19-M2/);
      kyst = text;
    });

    it('applies an insertion before an emoji and keeps columns in UTF-16 code units', async () => {
      open('ornes.md', ornes);
      // Two insertions before emoji (in the heading, and before the diagnosed title with combining
      // characters) and a changed date, in one notification.
      const at = positionOf(ornes, '🧑‍🌾');
      let text = ornes.replace('🧑‍🌾', '🐟 🧑‍🌾');
      const at2 = positionOf(text, 'Ska\u0301lte');
      text = text.replace('Ska\u0301lte', '🐟 Ska\u0301lte');
      const date = range(text, '31.12.2027');
      text = text.replace('31.12.2027', '31.12.2028');
      const published = s.next(uri('ornes.md'));
      change('ornes.md', [
        { range: { start: at, end: at }, text: '🐟 ' },
        { range: { start: at2, end: at2 }, text: '🐟 ' },
        { range: date, text: '31.12.2028' },
      ]);
      const d = await published;
      const covered = d.map((x) => textIn(text, x.range));
      assert.ok(covered.includes('31.12.2028'), covered.join(' | '));
      assert.ok(covered.some((t) => t.includes('trygg-drit')), covered.join(' | '));
      assert.ok(covered.some((t) => t.startsWith('🐟 Ska\u0301lte')), covered.join(' | '));
      const rename = await req<{ range: Range } | Range | null>('textDocument/prepareRename', 'ornes.md', positionOf(text, '{#tryggleik}', 4));
      assert.ok(rename);
      assert.equal(textIn(text, 'range' in rename ? rename.range : rename), 'tryggleik');
      const hover = await req<{ contents: { value: string } } | null>('textDocument/hover', 'ornes.md', positionOf(text, '{#arkiv-ornes}', 4));
      assert.ok(hover, 'hover on the moved ID');
      const prepare = await req<Range | { range: Range; placeholder: string } | null>('textDocument/prepareRename', 'ornes.md', positionOf(text, '{#arkiv-ornes}', 4));
      assert.ok(prepare, 'prepareRename on the ID');
      const r = 'range' in prepare ? prepare.range : prepare;
      assert.equal(textIn(text, r), 'arkiv-ornes');
      void utf8Column;
      ornes = text;
    });

    it('takes a full-text change too', async () => {
      const text = ornes.replace('kystnett#trygg-drit', 'kystnett#trygg-drift');
      const published = s.next(uri('ornes.md'));
      change('ornes.md', [{ text }]);
      const d = await published;
      assert.ok(!d.some((x) => textIn(text, x.range).includes('trygg-drift')), JSON.stringify(d));
      ornes = text;
    });

    it('completes a key retyped on a line that has a value: the key replaces the old key and its colon, in Markdown, CRLF and YAML', async () => {
      // LSP: the edit's range must be on one line and contain the position; what it covers is
      // replaced. `- Fri|st: 2026-12-31` completed to `Støttar` must not become `- Støttar: : 2026-12-31`.
      const lyngvaer = read(file('lyngvaer.yaml'));
      const cases = [
        ['lyngvaer.yaml', lyngvaer, '    deadline: 2027-12-31', 8, 'supports'],
        ['kystnett.md', kyst, '- Frist: 31.12', 5, 'Bidrar til'],
        // front matter and a YAML document's top level
        ['ornes.md', ornes, 'period: 2025', 3, 'status'],
        ['lyngvaer.yaml', lyngvaer, 'period: 2025', 3, 'status'],
      ] as const;
      for (const [name, text, needle, delta, label] of cases) {
        const position = positionOf(text, needle, delta);
        const c = await req<{ items: { label: string; textEdit?: { range: Range; newText: string } }[] } | { label: string; textEdit?: { range: Range; newText: string } }[]>('textDocument/completion', name, position);
        const items = Array.isArray(c) ? c : c.items;
        const item = items.find((i) => i.label === label);
        assert.ok(item?.textEdit, `${name}: ${items.map((i) => i.label).join(', ')}`);
        const { range: r, newText } = item.textEdit;
        assert.equal(r.start.line, position.line);
        assert.equal(r.end.line, position.line);
        const line = text.split('\n')[position.line]!.replace(/\r$/, '');
        const after = line.slice(0, r.start.character) + newText + line.slice(r.end.character);
        assert.doesNotMatch(after, /: *:/, `${name}: ${after}`);
        assert.match(after, new RegExp(`${label}: \\S`), `${name}: ${after}`);
      }
      // Inside a two-word key of the nynorsk document, after the emoji heading.
      const pos = positionOf(ornes, '- Bidreg til: kystnett#felles', 4);
      const c = await req<{ items: { label: string; textEdit: { range: Range; newText: string } }[] }>('textDocument/completion', 'ornes.md', pos);
      const item = c.items.find((i) => i.label === 'Støttar')!;
      const line = ornes.split('\n')[pos.line]!;
      assert.equal(line.slice(0, item.textEdit.range.start.character) + item.textEdit.newText + line.slice(item.textEdit.range.end.character), '- Støttar: kystnett#felles-arkiv');
      // and in samstemt.yaml: `sp|råk: nb` completed to another top-level setting
      const config = read(path.join(root, 'samstemt.yaml'));
      const at = positionOf(config, 'språk: nb', 2);
      const cc = await s.conn.sendRequest('textDocument/completion', { textDocument: { uri: uriOf(path.join(root, 'samstemt.yaml')) }, position: at }) as { items: { label: string; textEdit: { range: Range; newText: string } }[] } | { label: string; textEdit: { range: Range; newText: string } }[];
      const configItems = Array.isArray(cc) ? cc : cc.items;
      assert.ok(configItems.length > 0);
      const cline = config.split('\n')[at.line]!;
      for (const i of configItems) {
        const after = cline.slice(0, i.textEdit.range.start.character) + i.textEdit.newText + cline.slice(i.textEdit.range.end.character);
        assert.doesNotMatch(after, /: *:/, after);
      }
    });

    it('answers requests past the end of a line or the document without an error', async () => {
      const lines = ornes.split('\n');
      for (const position of [{ line: 0, character: 500 }, { line: lines.length + 10, character: 0 }]) {
        for (const method of ['textDocument/hover', 'textDocument/definition', 'textDocument/completion', 'textDocument/references']) {
          await s.conn.sendRequest(method, { textDocument: { uri: uri('ornes.md') }, position, context: { includeDeclaration: true } });
        }
        // No goal ID there: prepareRename is refused with the reason (RequestFailed), not an internal error.
        await s.conn.sendRequest('textDocument/prepareRename', { textDocument: { uri: uri('ornes.md') }, position }).catch((e: { code: number }) => assert.equal(e.code, -32803));
      }
    });

    it('answers requests for a document that is not open, and after didClose, from the disk', async () => {
      const yaml = read(file('lyngvaer.yaml'));
      const hover = await req<unknown>('textDocument/hover', 'lyngvaer.yaml', positionOf(yaml, 'kystnett#felles-arkiv', 10));
      assert.match(JSON.stringify(hover), /Felles arkiv for kysten/);
      void s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: uri('ornes.md') } });
      const disk = read(file('ornes.md'));
      const h = await req<unknown>('textDocument/hover', 'ornes.md', positionOf(disk, 'kystnett#felles-arkiv', 10));
      assert.match(JSON.stringify(h), /Felles arkiv for kysten/);
    });

    it('answers MethodNotFound to an unknown request and ignores unknown notifications', async () => {
      void s.conn.sendNotification('$/unknownThing', {});
      void s.conn.sendNotification('custom/somethingElse', { a: 1 });
      await assert.rejects(s.conn.sendRequest('custom/unknown', {}), (e: { code: number }) => e.code === -32601);
      // and still answers
      assert.ok(await req('textDocument/hover', 'lyngvaer.yaml', positionOf(read(file('lyngvaer.yaml')), 'kystnett#felles-arkiv', 10)));
    });

    it('survives didChangeConfiguration with null settings and workspace folder changes', async () => {
      void s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      void s.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [] } });
      // A folder added by the client is analysed; removed, its diagnostics are cleared.
      const other = mkdtempSync(path.join(os.tmpdir(), 'samstemt-audit8-other-'));
      try {
        cpSync(path.join(REPO, 'test/fixtures/editor-audit7'), other, { recursive: true });
        const nordvik = uriOf(path.join(other, 'strategier/nordvik.md'));
        const analysed = s.next(nordvik, (d) => d.length > 0);
        void s.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: uriOf(other), name: 'other' }], removed: [] } });
        await analysed;
        const cleared = s.next(nordvik, (d) => d.length === 0);
        void s.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: uriOf(other), name: 'other' }] } });
        await cleared;
      } finally {
        removeDir(other);
      }
      assert.ok(await req('textDocument/hover', 'lyngvaer.yaml', positionOf(read(file('lyngvaer.yaml')), 'kystnett#felles-arkiv', 10)));
    });

    it('treats a cancelled request as answered (result or RequestCancelled)', async () => {
      const p = s.conn.sendRequest('textDocument/references', { textDocument: { uri: uri('kystnett.md') }, position: positionOf(kyst, '{#felles-arkiv}', 3), context: { includeDeclaration: true } });
      // vscode-jsonrpc sends $/cancelRequest for a token; send one by hand for the next id too.
      void s.conn.sendNotification('$/cancelRequest', { id: 999999 });
      try {
        await p;
      } catch (e) {
        assert.equal((e as { code: number }).code, -32800);
      }
    });

    it('errors InvalidRequest to requests after shutdown, and exits 0 on exit', async () => {
      await s.conn.sendRequest('shutdown');
      await assert.rejects(s.conn.sendRequest('textDocument/hover', { textDocument: { uri: uri('ornes.md') }, position: { line: 0, character: 0 } }), (e: { code: number }) => e.code === -32600);
      await s.conn.sendNotification('exit');
      assert.equal(await s.exited, 0);
    });
  });

  describe('UTF-16 preferred, workspaceFolders', () => {
    it('publishes UTF-16 columns after emoji', async () => {
      const s = await startWith({ rootUri: uriOf(root), workspaceFolders: [{ uri: uriOf(root), name: 'k' }], capabilities: { ...MINIMAL, general: { positionEncodings: ['utf-16'] } } });
      try {
        const ornes = read(file('ornes.md'));
        const d = await s.latest(uri('ornes.md'), (x) => x.length >= 2);
        assert.ok(d.some((x) => textIn(ornes, x.range).includes('trygg-drit')));
        assert.ok(s.result.capabilities.positionEncoding === undefined || s.result.capabilities.positionEncoding === 'utf-16');
      } finally {
        await stop(s);
      }
    });
  });

  describe('rootPath only (no rootUri, no workspaceFolders)', () => {
    it('finds the cooperation at rootPath', async () => {
      const s = await startWith({ rootPath: root, capabilities: MINIMAL });
      try {
        const ornes = read(file('ornes.md'));
        const d = await s.latest(uri('ornes.md'), (x) => x.length >= 2);
        assert.ok(d.some((x) => textIn(ornes, x.range).includes('trygg-drit')));
      } finally {
        await stop(s);
      }
    });
  });

  describe('null root: single-file mode', () => {
    it('analyses an opened document of the cooperation and exits 1 on exit without shutdown', async () => {
      const s = await startWith({ rootUri: null, capabilities: MINIMAL });
      const ornes = read(file('ornes.md'));
      const published = s.next(uri('ornes.md'));
      void s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('ornes.md'), languageId: 'markdown', version: 1, text: ornes } });
      const d = await published;
      assert.ok(d.some((x) => textIn(ornes, x.range) === '31.12.2027'), JSON.stringify(d));
      // A version going backwards is the client's bug; the server keeps answering.
      void s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: uri('ornes.md'), version: 0 }, contentChanges: [{ text: ornes }] });
      await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: uri('ornes.md') }, position: positionOf(ornes, 'kystnett#felles-arkiv', 10) });
      await s.conn.sendNotification('exit');
      assert.equal(await s.exited, 1);
      s.conn.dispose();
    });
  });
});
