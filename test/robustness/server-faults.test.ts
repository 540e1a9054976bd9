/**
 * The language server under faults, driven as a real process over JSON-RPC
 * (the built dist/samstemt-language-server.js, --stdio):
 *
 * - malformed JSON-RPC (invalid JSON, a wrong Content-Length, headers without
 *   one, messages that are not requests) — the server keeps serving;
 * - requests with invalid positions or for unknown documents — an answer
 *   (null, an empty list or an error, as LSP allows), never a crash;
 * - `$/cancelRequest` — a cancelled request is still answered;
 * - a flood of changes — a hover answers, and the diagnostics settle to the
 *   final text's;
 * - a document deleted or renamed while open.
 *
 * Malformed traffic goes through `RawServer`, which writes bytes to the
 * server's stdin and reads framed messages from its stdout; the rest uses the
 * LSP test harness (test/lsp/harness.ts).
 */
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CancellationTokenSource, type Hover, type CompletionList } from 'vscode-languageserver-protocol/node';
import { within } from '../helpers/time.js';
import { LspClient, SERVER, copySample, messageOf, positionOf, read, removeDir, uriOf } from '../lsp/harness.js';

// ---------------------------------------------------------------------------
// A raw JSON-RPC peer
// ---------------------------------------------------------------------------

interface Message {
  jsonrpc?: string;
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

class RawServer {
  readonly proc: ChildProcess;
  readonly received: Message[] = [];
  readonly stderr: string[] = [];
  #buf = Buffer.alloc(0);
  #nextId = 1000;
  #waiters: { test: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  exited: number | null | undefined;

  constructor() {
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout!.on('data', (d: Buffer) => this.#onData(d));
    this.proc.stderr!.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.proc.on('exit', (code) => (this.exited = code));
    this.proc.stdin!.on('error', () => undefined); // writing to a server that died must not crash the test
  }

  #onData(d: Buffer): void {
    this.#buf = Buffer.concat([this.#buf, d]);
    for (;;) {
      const headerEnd = this.#buf.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const m = /Content-Length:\s*(\d+)/i.exec(this.#buf.subarray(0, headerEnd).toString('ascii'));
      assert.ok(m, `the server wrote a message without Content-Length: ${this.#buf.subarray(0, headerEnd).toString()}`);
      const length = Number(m[1]);
      if (this.#buf.length < headerEnd + 4 + length) return;
      const body = this.#buf.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.#buf = this.#buf.subarray(headerEnd + 4 + length);
      const msg = JSON.parse(body) as Message;
      this.received.push(msg);
      const ready = this.#waiters.filter((w) => w.test(msg));
      this.#waiters = this.#waiters.filter((w) => !ready.includes(w));
      for (const w of ready) w.resolve(msg);
    }
  }

  raw(bytes: string | Buffer): void {
    this.proc.stdin!.write(bytes);
  }

  frame(body: string | Buffer): void {
    const b = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
    this.raw(Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n\r\n`, 'ascii'), b]));
  }

  send(msg: Message): void {
    this.frame(JSON.stringify({ jsonrpc: '2.0', ...msg }));
  }

  /** The next message that satisfies `test` (already received ones count), or undefined after `ms`. */
  waitFor(test: (m: Message) => boolean, ms = 10000): Promise<Message | undefined> {
    const have = this.received.find(test);
    if (have) return Promise.resolve(have);
    let w: { test: (m: Message) => boolean; resolve: (m: Message) => void } | undefined;
    const arrived = new Promise<Message>((resolve) => this.#waiters.push((w = { test, resolve })));
    return within(arrived, ms, () => {
      this.#waiters = this.#waiters.filter((x) => x !== w);
      return undefined;
    });
  }

  async request(method: string, params: unknown, ms = 10000): Promise<Message> {
    const id = this.#nextId++;
    this.send({ id, method, params });
    const answer = await this.waitFor((m) => m.id === id && m.method === undefined, ms);
    assert.ok(answer, `no answer to ${method} (id ${id}) within ${ms} ms; server ${this.exited === undefined ? 'running' : `exited with ${this.exited}`}; stderr: ${this.stderr.join('').slice(-2000)}`);
    return answer;
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  async initialize(root: string): Promise<void> {
    const r = await this.request('initialize', { processId: process.pid, rootUri: uriOf(root), workspaceFolders: [{ uri: uriOf(root), name: 'ws' }], capabilities: {} }, 30000);
    assert.ok(r.result, `initialize failed: ${JSON.stringify(r.error)}`);
    this.notify('initialized', {});
  }

  /** Still serving: a hover on a real document is answered. */
  async assertServing(uri: string, what: string): Promise<void> {
    const r = await this.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }, 15000);
    assert.ok(!r.error || r.error.code !== undefined, what);
    assert.equal(this.exited, undefined, `${what}: the server exited`);
  }

  async stop(): Promise<void> {
    if (this.exited === undefined) {
      await this.request('shutdown', null, 5000).catch(() => undefined);
      this.notify('exit', null);
      await new Promise((r) => setTimeout(r, 200));
      if (this.exited === undefined) this.proc.kill();
    }
  }
}

function noCrash(stderr: string[]): void {
  const text = stderr.join('');
  assert.doesNotMatch(text, /Uncaught|UnhandledPromiseRejection|FATAL|RangeError|TypeError/, `the server wrote errors to stderr:\n${text.slice(-3000)}`);
}

// ---------------------------------------------------------------------------

before(function () {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`node scripts/build.mjs\` first`);
});

describe('robustness: the language server under faults', function () {
  this.timeout(120000);
  let root: string;
  let docPath: string;
  let docUri: string;

  before(function () {
    root = copySample();
    docPath = path.join(root, 'strategier/fjellbygd.md');
    docUri = uriOf(docPath);
  });
  after(() => removeDir(root));

  describe('malformed JSON-RPC', function () {
    let server: RawServer;
    before(async function () {
      server = new RawServer();
      await server.initialize(root);
    });
    after(async () => server?.stop());

    it('keeps serving after a body that is not JSON', async function () {
      server.frame('{"jsonrpc": "2.0", "id": 1, "method": ');
      server.frame('not json at all \u0000\uFFFF');
      server.frame(Buffer.from([0xff, 0xfe, 0xfd, 0x00, 0x80]));
      await server.assertServing(docUri, 'after invalid JSON');
    });

    it('keeps serving after JSON that is not a JSON-RPC message', async function () {
      for (const body of ['[]', '42', 'null', '"x"', '{}', '{"jsonrpc":"1.0"}', '{"jsonrpc":"2.0","id":{},"method":"textDocument/hover"}', '{"jsonrpc":"2.0","method":42}', '[{"jsonrpc":"2.0","id":7,"method":"textDocument/hover"}]']) server.frame(body);
      await server.assertServing(docUri, 'after non-messages');
    });

    it('answers requests with missing or mistyped params instead of crashing', async function () {
      const methods = ['textDocument/hover', 'textDocument/completion', 'textDocument/definition', 'textDocument/references', 'textDocument/prepareRename', 'textDocument/rename', 'textDocument/documentSymbol', 'textDocument/codeAction', 'textDocument/codeLens', 'workspace/symbol'];
      const bad = [undefined, null, {}, [], 'x', { textDocument: null, position: null }, { textDocument: { uri: 42 }, position: { line: 'a', character: {} } }, { textDocument: { uri: docUri }, position: { line: 0 } }];
      for (const method of methods) {
        for (const params of bad) {
          const r = await server.request(method, params);
          assert.ok('result' in r || r.error, `${method} ${JSON.stringify(params)}: neither result nor error`);
          if (r.error) assert.equal(typeof r.error.code, 'number');
        }
      }
      await server.assertServing(docUri, 'after bad params');
    });

    it('answers an unknown method with MethodNotFound and ignores unknown notifications', async function () {
      const r = await server.request('samstemt/noSuchMethod', {});
      assert.equal(r.error?.code, -32601);
      server.notify('samstemt/noSuchNotification', { x: 1 });
      server.notify('textDocument/didChange', { textDocument: { uri: 'file:///nowhere/x.md', version: 2 }, contentChanges: [{ text: 'x' }] });
      server.notify('textDocument/didOpen', { textDocument: { uri: docUri } });
      server.notify('textDocument/didClose', { textDocument: { uri: 'file:///nowhere/y.md' } });
      server.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: 'not a uri', type: 2 }, { uri: 'file:///nowhere/z.md', type: 3 }] });
      await server.assertServing(docUri, 'after odd notifications');
    });

    it('recovers from a wrong Content-Length and from headers without one', async function () {
      const body = JSON.stringify({ jsonrpc: '2.0', id: 5001, method: 'textDocument/hover', params: { textDocument: { uri: docUri }, position: { line: 0, character: 0 } } });
      server.raw(`Content-Length: 7\r\n\r\n${body}`); // too short: the rest is garbage before the next header
      server.raw('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n'); // no length at all
      server.raw('Content-Length: abc\r\n\r\n');
      server.raw('this is not a header\r\n\r\n');
      // The stream may need a message or two to find its feet: keep asking until one is answered.
      let answered = false;
      for (let i = 0; i < 8 && !answered; i++) {
        const id = 6000 + i;
        server.send({ id, method: 'textDocument/hover', params: { textDocument: { uri: docUri }, position: { line: 0, character: 0 } } });
        answered = (await server.waitFor((m) => m.id === id, 2000)) !== undefined;
      }
      assert.ok(answered, `the server stopped answering after framing errors; exited: ${server.exited}; stderr: ${server.stderr.join('').slice(-1500)}`);
      assert.equal(server.exited, undefined);
    });

    it('wrote no crash to stderr', function () {
      noCrash(server.stderr);
    });
  });

  describe('requests with invalid positions or for unknown documents', function () {
    let client: LspClient;
    before(async function () {
      client = await LspClient.start(root);
      client.open(docUri, read(docPath));
      await client.diagnosticsFor(docUri);
    });
    after(async () => client?.stop());

    const positions = [
      { line: -1, character: 0 },
      { line: 0, character: -5 },
      { line: 1e9, character: 0 },
      { line: 0, character: 1e9 },
      { line: 2 ** 31, character: 2 ** 31 },
      { line: 3.5, character: 1.25 },
    ];
    const uris = () => [docUri, 'file:///does/not/exist.md', uriOf(path.join(root, 'strategier/ny-fil.md')), 'untitled:Untitled-1', 'https://example.org/x.md', 'not a uri', ''];

    it('hover, completion, definition, references, rename and friends answer without crashing', async function () {
      const results: string[] = [];
      for (const uri of uris()) {
        for (const position of positions) {
          const textDocument = { uri };
          const calls: [string, unknown][] = [
            ['textDocument/hover', { textDocument, position }],
            ['textDocument/completion', { textDocument, position }],
            ['textDocument/definition', { textDocument, position }],
            ['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
            ['textDocument/prepareRename', { textDocument, position }],
            ['textDocument/rename', { textDocument, position, newName: 'nytt-navn' }],
            ['textDocument/codeAction', { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } }],
          ];
          for (const [method, params] of calls) {
            try {
              await client.request(method, params);
              results.push('ok');
            } catch (e) {
              // An error response is allowed (LSP: InvalidParams, RequestFailed); a dead server is not.
              const code = (e as { code?: number }).code;
              assert.equal(typeof code, 'number', `${method} ${uri} ${JSON.stringify(position)}: ${String(e)}`);
              results.push(`error ${code}`);
            }
          }
        }
        for (const method of ['textDocument/documentSymbol', 'textDocument/codeLens']) await client.request(method, { textDocument: { uri } }).catch((e: { code?: number }) => assert.equal(typeof e.code, 'number'));
      }
      assert.ok(results.length > 0);
      assert.equal(client.proc.exitCode, null, 'the server is still running');
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: docUri }, position: positionOf(read(docPath), 'DN30-T2', 2) });
      assert.ok(hover, 'a normal hover still works');
    });

    it('positions past the end are clamped: an answer for the last line, not an exception', async function () {
      const list = await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri: docUri }, position: { line: 1e6, character: 1e6 } });
      assert.ok(list === null || Array.isArray(list) || Array.isArray((list as CompletionList).items));
      noCrash(client.logs);
    });
  });

  describe('cancellation', function () {
    let client: LspClient;
    before(async function () {
      client = await LspClient.start(root);
      client.open(docUri, read(docPath));
      await client.diagnosticsFor(docUri);
    });
    after(async () => client?.stop());

    it('a cancelled request is still answered (with its result or RequestCancelled), and the server goes on', async function () {
      const text = read(docPath);
      const position = positionOf(text, 'Støttar: ', 9);
      const outcomes: string[] = [];
      for (let i = 0; i < 20; i++) {
        const source = new CancellationTokenSource();
        const p = client.conn.sendRequest('textDocument/completion', { textDocument: { uri: docUri }, position }, source.token);
        if (i % 2 === 0) source.cancel();
        else setTimeout(() => source.cancel(), i);
        outcomes.push(
          await within(
            p.then(
              () => 'result',
              (e: { code?: number }) => `error ${e.code}`,
            ),
            10000,
            () => 'no answer',
          ),
        );
      }
      assert.ok(!outcomes.includes('no answer'), outcomes.join(', '));
      for (const o of outcomes) assert.ok(o === 'result' || o === 'error -32800', o);
      // Cancelling what does not exist is ignored.
      await client.conn.sendNotification('$/cancelRequest', { id: 999999 });
      await client.conn.sendNotification('$/cancelRequest', { id: null });
      await client.conn.sendNotification('$/cancelRequest', {});
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: docUri }, position: positionOf(text, 'DN30-T2', 2) });
      assert.ok(hover);
    });
  });

  describe('a flood of changes', function () {
    let client: LspClient;
    before(async function () {
      client = await LspClient.start(root);
    });
    after(async () => client?.stop());

    it('after hundreds of didChange notifications a hover answers and the diagnostics settle to the final text', async function () {
      const base = read(docPath);
      client.open(docUri, base);
      await client.diagnosticsFor(docUri);
      // Each version has another invalid deadline; only the last one may remain.
      const versionText = (i: number) => base.replace('- Frist: 2025-12-31', `- Frist: 2025-13-${String(i % 100).padStart(2, '0')}x${i}`);
      const N = 400;
      for (let i = 1; i <= N; i++) client.change(docUri, versionText(i));
      const finalValue = `x${N}`;
      const hover = await within(client.request<Hover | null>('textDocument/hover', { textDocument: { uri: docUri }, position: positionOf(base, 'DN30-T2', 2) }), 20000, () => 'timeout');
      assert.notEqual(hover, 'timeout', 'a hover right after the flood is answered');
      const settled = await within(client.diagnosticsFor(docUri, (d) => d.some((x) => x.code === 'invalid-value' && messageOf(x).includes(finalValue))), 30000, () => undefined);
      assert.ok(settled, 'the diagnostics of the final text are published');
      // Nothing stale comes after: wait past the debounce and look at the last publication.
      await new Promise((r) => setTimeout(r, 1000));
      const last = client.diagnostics.get(docUri)!;
      const invalid = last.filter((d) => d.code === 'invalid-value');
      assert.ok(invalid.some((d) => messageOf(d).includes(finalValue)), 'the last publication is for the final text');
      assert.ok(!invalid.some((d) => /x\d+/.test(messageOf(d)) && !messageOf(d).includes(finalValue)), `stale diagnostics: ${invalid.map(messageOf).join(' | ')}`);
      const publications = client.published.filter((p) => p.uri === docUri).length;
      assert.ok(publications < N, `${publications} publications for ${N} changes: changes are debounced`);
      noCrash(client.logs);
    });

    it('incremental edits typed one character at a time end in the same text as the server sees it', async function () {
      const text = read(docPath);
      client.change(docUri, text);
      let version = 10_000;
      const at = positionOf(text, '- Område: infrastruktur', '- Område: '.length);
      const typed = 'x'.repeat(150);
      for (let i = 0; i < typed.length; i++) {
        version++;
        void client.conn.sendNotification('textDocument/didChange', {
          textDocument: { uri: docUri, version },
          contentChanges: [{ range: { start: { line: at.line, character: at.character + i }, end: { line: at.line, character: at.character + i } }, text: 'x' }],
        });
      }
      const d = await within(client.diagnosticsFor(docUri, (ds) => ds.some((x) => x.code === 'invalid-value' && messageOf(x).includes(`x${typed}`.slice(1) + 'infrastruktur'))), 30000, () => undefined);
      assert.ok(d, 'the area typed into is flagged with the typed text');
    });
  });

  describe('a document deleted or renamed while open', function () {
    let client: LspClient;
    let dir: string;
    before(async function () {
      dir = copySample();
      client = await LspClient.start(dir);
    });
    after(async () => {
      await client?.stop();
      removeDir(dir);
    });

    it('keeps the open buffer, drops the file when it is closed, and follows a rename', async function () {
      const p = path.join(dir, 'strategier/strandvik.md');
      const uri = uriOf(p);
      const text = read(p);
      const broken = text.replace(/- Frist: \d{4}-\d{2}-\d{2}/, '- Frist: 2025-99-99');
      client.open(uri, broken);
      await client.diagnosticsFor(uri, (d) => d.some((x) => messageOf(x).includes('2025-99-99')));
      // Deleted on disk while open: the buffer still counts.
      unlinkSync(p);
      client.watched([{ uri, type: 3 }]);
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 3 } });
      void hover;
      // Closed: the file is gone, its diagnostics are cleared.
      client.close(uri);
      await within(client.nextDiagnostics(uri, (d) => d.length === 0), 20000, () => {
        throw new Error('diagnostics of the deleted file were not cleared');
      });
      // Renamed: written under a new name (as a rename does: delete + create).
      const q = path.join(dir, 'strategier/strandvik-ny.md');
      writeFileSync(q, broken);
      client.watched([{ uri: uriOf(q), type: 1 }]);
      const moved = await within(
        client.diagnosticsFor(uriOf(q), (d) => d.some((x) => messageOf(x).includes('2025-99-99'))), 20000, () => undefined);
      assert.ok(moved, 'the renamed file is analysed under its new name');
      // And renamed again on disk while open under the new name.
      client.open(uriOf(q), broken);
      const r = path.join(dir, 'strategier/strandvik-tredje.md');
      renameSync(q, r);
      client.watched([
        { uri: uriOf(q), type: 3 },
        { uri: uriOf(r), type: 1 },
      ]);
      const third = await within(client.diagnosticsFor(uriOf(r)), 20000, () => undefined);
      assert.ok(third, 'the file is analysed under its third name');
      assert.equal(client.proc.exitCode, null);
      noCrash(client.logs);
    });
  });
});
