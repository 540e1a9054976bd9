/**
 * The language server as LSP 3.17 defines it, for editors other than VS Code
 * (Neovim, Helix, Emacs eglot and lsp-mode, Sublime LSP, Zed): what their
 * initialize params say they take, and how they end a session.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ClientCapabilities, CodeAction, CompletionList, Diagnostic, Hover, InitializeResult, MarkupContent } from 'vscode-languageserver-protocol/node';
import { LspClient, SAMPLE, SERVER, messageOf, positionOf, read, removeDir, uriOf } from './harness.js';

const codeOf = (e: unknown) => (e as { code?: number }).code;

/** One framed JSON-RPC message, as a client writes it to the server's stdin. */
function frame(message: object): string {
  const json = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`;
}

/** The JSON-RPC messages in what the server wrote to stdout. */
function unframe(out: string): { id?: number; method?: string; result?: unknown; error?: { code: number } }[] {
  return out
    .split(/Content-Length: [0-9]+\r\n\r\n/)
    .filter((s) => s.length > 0)
    .map((s) => JSON.parse(s) as { id?: number });
}

/** Writes `messages` to a fresh server at once and closes its stdin; resolves with what it answered and its exit code. */
function writeAndClose(messages: object[]): Promise<{ out: ReturnType<typeof unframe>; code: number | null }> {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
  proc.stdin.end(messages.map(frame).join(''));
  return new Promise((resolve) => proc.on('close', (code) => resolve({ out: unframe(out), code })));
}

const INITIALIZE = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } };
const INITIALIZED = { jsonrpc: '2.0', method: 'initialized', params: {} };
const SHUTDOWN = { jsonrpc: '2.0', id: 2, method: 'shutdown' };
const EXIT = { jsonrpc: '2.0', method: 'exit' };

describe('language server: a client that writes everything and closes stdin at once', function () {
  this.timeout(30_000);

  it('answers initialize and shutdown, then exits with code 0 on exit', async function () {
    const { out, code } = await writeAndClose([INITIALIZE, INITIALIZED, SHUTDOWN, EXIT]);
    assert.ok(out.some((m) => m.id === 1 && m.result !== undefined), 'initialize answered');
    assert.ok(out.some((m) => m.id === 2 && 'result' in m && m.result === null), 'shutdown answered');
    assert.equal(code, 0);
  });

  it('exits with code 0 after shutdown when stdin closes without exit', async function () {
    const { out, code } = await writeAndClose([INITIALIZE, INITIALIZED, SHUTDOWN]);
    assert.ok(out.some((m) => m.id === 2 && 'result' in m), 'shutdown answered');
    assert.equal(code, 0);
  });

  it('exits with code 1 on exit without shutdown', async function () {
    const { out, code } = await writeAndClose([INITIALIZE, INITIALIZED, { jsonrpc: '2.0', id: 3, method: 'workspace/symbol', params: { query: '' } }, EXIT]);
    assert.ok(out.some((m) => m.id === 3 && Array.isArray(m.result)), 'the request before exit answered');
    assert.equal(code, 1);
  });
});

describe('language server: a client whose process the server cannot see (the server in a container)', function () {
  this.timeout(30_000);

  it('does not watch that process (vscode-languageserver would end the server 3 s after start), and says so in the log', async function () {
    // The pid of a process that has exited: as invisible as the editor's pid is from inside a container.
    const gone = spawn(process.execPath, ['-e', '']);
    const pid = gone.pid!;
    await new Promise((resolve) => gone.on('close', resolve));
    const init = { ...INITIALIZE, params: { ...INITIALIZE.params, processId: pid } };
    const { out, code } = await writeAndClose([init, INITIALIZED, SHUTDOWN, EXIT]);
    const logs = out.filter((m) => m.method === 'window/logMessage').map((m) => (m as { params: { message: string } }).params.message);
    assert.ok(
      logs.some((l) => l.includes(`process ${pid} is not visible`)),
      logs.join('\n'),
    );
    assert.equal(code, 0);
  });
});

describe('language server: --socket, when the client closes the connection', function () {
  this.timeout(30_000);

  /** Starts the server with --socket=PORT on a port this test listens on, writes `messages` and closes the connection. */
  function overSocket(messages: object[]): Promise<{ out: ReturnType<typeof unframe>; code: number | null }> {
    return new Promise((resolve) => {
      let out = '';
      const server = net.createServer((socket) => {
        socket.on('data', (d: Buffer) => (out += d.toString()));
        socket.end(messages.map(frame).join(''));
      });
      server.listen(0, '127.0.0.1', () => {
        const proc = spawn(process.execPath, [SERVER, `--socket=${(server.address() as net.AddressInfo).port}`], { stdio: ['ignore', 'ignore', 'pipe'] });
        proc.on('close', (code) => {
          server.close();
          resolve({ out: unframe(out), code });
        });
      });
    });
  }

  it('answers what came before, and exits with code 0 after shutdown', async function () {
    const { out, code } = await overSocket([INITIALIZE, INITIALIZED, SHUTDOWN]);
    assert.ok(out.some((m) => m.id === 1 && m.result !== undefined), 'initialize answered');
    assert.equal(code, 0);
  });

  it('exits with code 1 without shutdown (it no longer stays behind, serving no one)', async function () {
    const { code } = await overSocket([INITIALIZE, INITIALIZED]);
    assert.equal(code, 1);
  });
});

describe('language server: a second initialize', function () {
  this.timeout(60_000);

  it('is refused with InvalidRequest, and the first session goes on', async function () {
    const client = await LspClient.start(SAMPLE);
    try {
      const file = path.join(SAMPLE, 'strategier', 'midtby.md');
      await client.diagnosticsFor(uriOf(file));
      await assert.rejects(client.request('initialize', { processId: null, rootUri: null, workspaceFolders: null, capabilities: {} }), (e) => codeOf(e) === -32600);
      const symbols = await client.request<unknown[]>('workspace/symbol', { query: '' });
      assert.ok(symbols.length > 0, 'the goals of the first folder are still there');
    } finally {
      await client.stop();
    }
  });
});

/** A cooperation with one goal whose deadline has a quick fix (`31.12.2026` → `2026-12-31`). */
function cooperation(): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'samstemt-other-clients-'));
  writeFileSync(path.join(dir, 'samstemt.yaml'), 'cooperation: Test\nmembers:\n  storby: { name: Storby kommune }\n');
  const file = path.join(dir, 'plan.strategy.md');
  writeFileSync(file, '---\nowner: storby\n---\n\n## Digital byggesak {#byggesak}\n\n- Støtter: DS19-M2\n- Frist: 31.12.2026\n');
  return { dir, file };
}

async function withClient(capabilities: ClientCapabilities, run: (client: LspClient, file: string, result: InitializeResult) => Promise<void>, initializationOptions?: unknown): Promise<void> {
  const { dir, file } = cooperation();
  const client = await LspClient.start(dir, { capabilities, initializationOptions });
  try {
    await run(client, file, client.initializeResult!);
  } finally {
    await client.stop();
    removeDir(dir);
  }
}

const WATCH: ClientCapabilities['workspace'] = { didChangeWatchedFiles: { dynamicRegistration: true } };

describe('language server: what the client says it takes', function () {
  this.timeout(60_000);

  it('registers for didChangeConfiguration only with a client that registers it dynamically', async function () {
    await withClient({ workspace: { ...WATCH, configuration: true } }, async (client, file) => {
      await client.diagnosticsFor(uriOf(file));
      await client.request('workspace/symbol', { query: '' });
      assert.deepEqual(
        client.registrations.map((r) => r.method),
        ['workspace/didChangeWatchedFiles'],
      );
    });
    await withClient({ workspace: { ...WATCH, configuration: true, didChangeConfiguration: { dynamicRegistration: true } } }, async (client, file) => {
      await client.diagnosticsFor(uriOf(file));
      await client.request('workspace/symbol', { query: '' });
      assert.ok(client.registrations.some((r) => r.method === 'workspace/didChangeConfiguration'));
    });
  });

  it('offers prepareRename only to a client with prepareSupport', async function () {
    await withClient({ workspace: WATCH }, async (_client, _file, result) => {
      assert.equal(result.capabilities.renameProvider, true);
    });
    await withClient({ workspace: WATCH, textDocument: { rename: { prepareSupport: true } } }, async (_client, _file, result) => {
      assert.deepEqual(result.capabilities.renameProvider, { prepareProvider: true });
    });
  });

  it('writes hovers and completion documentation as plain text for a client that takes only plaintext (eglot without markdown-mode)', async function () {
    const caps: ClientCapabilities = { workspace: WATCH, textDocument: { hover: { contentFormat: ['plaintext'] }, completion: { completionItem: { documentationFormat: ['plaintext'] } } } };
    await withClient(caps, async (client, file) => {
      const text = read(file);
      await client.diagnosticsFor(uriOf(file));
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uriOf(file) }, position: positionOf(text, 'DS19-M2', 1) });
      const contents = hover.contents as MarkupContent;
      assert.equal(contents.kind, 'plaintext');
      assert.match(contents.value, /^DS19-M2 — /);
      assert.doesNotMatch(contents.value, /\*|`|\]\(/);
      const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: uriOf(file) }, position: positionOf(text, 'DS19-M2', 'DS19-M'.length) });
      const docs = list.items.flatMap((i) => (i.documentation ? [i.documentation as MarkupContent] : []));
      assert.ok(docs.length > 0);
      for (const d of docs) {
        assert.equal(d.kind, 'plaintext');
        assert.doesNotMatch(d.value, /\*\*|`/);
      }
    });
  });

  it('keeps Markdown for a client that lists it', async function () {
    const caps: ClientCapabilities = { workspace: WATCH, textDocument: { hover: { contentFormat: ['plaintext', 'markdown'] } } };
    await withClient(caps, async (client, file) => {
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uriOf(file) }, position: positionOf(read(file), 'DS19-M2', 1) });
      assert.equal((hover.contents as MarkupContent).kind, 'markdown');
      assert.match((hover.contents as MarkupContent).value, /^\*\*DS19-M2\*\* — /);
    });
  });

  const fixesFor = async (client: LspClient, file: string): Promise<{ diagnostic: Diagnostic; actions: CodeAction[] }> => {
    const list = await client.diagnosticsFor(uriOf(file), (ds) => ds.some((d) => d.range.start.line === 7));
    const diagnostic = list.find((d) => d.range.start.line === 7)!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uriOf(file) }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    return { diagnostic, actions };
  };

  it('offers quick fixes as CodeAction literals to a client that takes them', async function () {
    await withClient({ workspace: WATCH, textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } } }, async (client, file, result) => {
      assert.deepEqual(result.capabilities.codeActionProvider, { codeActionKinds: ['quickfix'] });
      const { actions } = await fixesFor(client, file);
      assert.ok(actions.some((a) => a.kind === 'quickfix' && JSON.stringify(a.edit).includes('2026-12-31')));
    });
  });

  it('offers no code actions to a client without codeActionLiteralSupport (it takes only commands, and the server has none)', async function () {
    await withClient({ workspace: WATCH }, async (client, file, result) => {
      assert.equal(result.capabilities.codeActionProvider, undefined);
      const { actions } = await fixesFor(client, file);
      assert.deepEqual(actions, []);
    });
  });
});

describe('language server: samstemt/analysisChanged', function () {
  this.timeout(60_000);

  /** The analysisChanged notifications a client got by the time the diagnostics of an edit are in and a request has come back. */
  async function notified(initializationOptions: unknown): Promise<number> {
    let count = 0;
    await withClient(
      { workspace: WATCH },
      async (client, file) => {
        client.conn.onNotification('samstemt/analysisChanged', () => void count++);
        const text = read(file);
        await client.diagnosticsFor(uriOf(file));
        client.open(uriOf(file), text);
        const edited = client.nextDiagnostics(uriOf(file), (ds) => ds.some((d) => messageOf(d).includes('31.12.2027')));
        client.change(uriOf(file), text.replace('31.12.2026', '31.12.2027'));
        await edited;
        // Messages arrive in the order the server sent them: a notification sent with the diagnostics is in before this answer.
        await client.request('workspace/symbol', { query: '' });
      },
      initializationOptions,
    );
    return count;
  }

  it('is not sent to a client that did not ask for it (Emacs lsp-mode warns about every unknown notification)', async function () {
    assert.equal(await notified(undefined), 0);
  });

  it('is sent to a client that asks for it (initialization option analysisChanged, as the VS Code extension does)', async function () {
    assert.ok((await notified({ analysisChanged: true })) > 0);
  });
});
