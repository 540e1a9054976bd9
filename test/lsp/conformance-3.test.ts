/**
 * LSP 3.17 conformance, third round: what a client other than VS Code runs
 * into. Messages before `initialize`; code lenses whose command the server
 * lists and handles (Neovim's `vim.lsp.codelens.run()` refuses any other);
 * incremental changes whose range falls inside a surrogate pair; untitled
 * buffers; document symbols for a client without hierarchical support.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createProtocolConnection, StreamMessageWriter, type CodeLens, type DocumentSymbol, type InitializeResult, type SymbolInformation } from 'vscode-languageserver-protocol/node';
import { LspClient, SERVER, messageReader, removeDir, uriOf } from './harness.js';

const CONFIG = 'cooperation: Test\nlanguage: en\nframeworks: [DS19]\ndocuments: ["strategier/*.md"]\nmembers:\n  a: { name: A, kind: kommune, population: 100 }\n';
const DOC = ['---', 'owner: a', '---', '', '## Mål 😀 for alle {#m1}', '', '- Støtter: DS19-M1', '- Indikator: andel', '- Målverdi: 80 %', '- Frist: 2026', '', '### Delmål {#m2}', '', '- Støtter: DS19-M1', ''].join('\n');

function workspace(): { root: string; file: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'samstemt-conformance3-'));
  writeFileSync(path.join(root, 'samstemt.yaml'), CONFIG);
  mkdirSync(path.join(root, 'strategier'));
  const file = path.join(root, 'strategier/a.md');
  writeFileSync(file, DOC);
  return { root, file };
}

/** All files below `dir`, relative: to see that nothing was written. */
function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

const names = (symbols: DocumentSymbol[]): string[] => symbols.flatMap((s) => [s.name, ...names(s.children ?? [])]);

describe('language server: LSP 3.17 conformance (3)', function () {
  this.timeout(60000);

  it('before initialize, answers every request with ServerNotInitialized and drops notifications but exit', async function () {
    const { root, file } = workspace();
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createProtocolConnection(messageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    conn.onRequest('client/registerCapability', () => null);
    conn.listen();
    try {
      const code = (method: string, params: unknown) => conn.sendRequest(method, params).then(() => 'answered', (e: { code?: number }) => e.code);
      assert.equal(await code('textDocument/hover', { textDocument: { uri: uriOf(file) }, position: { line: 4, character: 4 } }), -32002);
      assert.equal(await code('samstemt/no-such-method', {}), -32002, 'an unknown method, before initialize');
      assert.equal(await code('workspace/executeCommand', { command: 'samstemt.goalLens', arguments: [] }), -32002);
      assert.equal(await code('shutdown', undefined), -32002, 'shutdown too');
      // A buffer opened before initialize: dropped, so the server reads the file on disk.
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(file), languageId: 'markdown', version: 1, text: DOC.replace('Delmål', 'Fra før initialize') } });
      await conn.sendRequest('initialize', { processId: process.pid, rootUri: uriOf(root), workspaceFolders: [{ uri: uriOf(root), name: 'root' }], capabilities: {} });
      await conn.sendNotification('initialized', {});
      const symbols = await conn.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uriOf(file) } });
      assert.deepEqual(names(symbols), ['Mål 😀 for alle', 'Delmål']);
      assert.equal(await code('samstemt/no-such-method', {}), -32601, 'after initialize, an unknown method is MethodNotFound');
      await conn.sendRequest('shutdown');
      await conn.sendNotification('exit');
    } finally {
      conn.dispose();
      if (proc.exitCode === null) proc.kill();
      removeDir(root);
    }
  });

  it('exit before initialize still ends the server (code 1: no shutdown)', async function () {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => proc.once('exit', resolve));
    const conn = createProtocolConnection(messageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    conn.listen();
    await conn.sendNotification('exit');
    assert.equal(await exited, 1);
    conn.dispose();
  });

  describe('with a workspace', function () {
    let root: string;
    let file: string;
    let client: LspClient;

    before(async function () {
      ({ root, file } = workspace());
      client = await LspClient.start(root, {
        capabilities: {
          workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, executeCommand: {} },
          textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
        },
      });
      await client.diagnosticsFor(uriOf(file));
    });

    after(async function () {
      await client?.stop();
      removeDir(root);
    });

    it('gives each code lens a command it lists in executeCommandProvider, and executing it does nothing', async function () {
      const commands = (client.initializeResult as InitializeResult).capabilities.executeCommandProvider?.commands ?? [];
      const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: uriOf(file) } });
      assert.equal(lenses.length, 2);
      for (const lens of lenses) {
        assert.ok(lens.command, 'resolved: there is no codeLens/resolve');
        assert.match(lens.command.title, /objective/);
        assert.ok(commands.includes(lens.command.command), `${lens.command.command} is in ${JSON.stringify(commands)}`);
        // What Neovim sends for vim.lsp.codelens.run(): the lens's Command as ExecuteCommandParams.
        assert.equal(await client.request('workspace/executeCommand', lens.command), null);
      }
      const unknown = await client.request('workspace/executeCommand', { command: 'samstemt.noSuchCommand' }).then(
        () => undefined,
        (e: { code?: number }) => e.code,
      );
      assert.equal(unknown, -32602, 'a command the server does not list is refused (InvalidParams)');
    });

    it('clamps an incremental change whose range falls inside a surrogate pair to the pair start', async function () {
      const uri = uriOf(file);
      client.open(uri, DOC);
      const at = DOC.split('\n')[4]!.indexOf('😀'); // the high surrogate's column on line 4
      const send = (version: number, range: { start: number; end: number }, text: string) =>
        client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 4, character: range.start }, end: { line: 4, character: range.end } }, text }] });
      const heading = async () => (await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }))[0]!.name;
      // Inserted between the two halves: lands before the emoji, which stays whole.
      await send(2, { start: at + 1, end: at + 1 }, 'X');
      assert.equal(await heading(), 'Mål X😀 for alle');
      // A deletion that ends between the halves deletes up to the pair start: the emoji stays.
      await send(3, { start: at - 1, end: at + 2 }, '');
      assert.equal(await heading(), 'Mål😀 for alle');
      // One that starts between the halves starts at the pair: the emoji (now at `at - 1`) goes whole.
      await send(4, { start: at, end: at + 1 }, '');
      assert.equal(await heading(), 'Mål for alle');
      client.close(uri);
    });

    it('checks an untitled buffer with the per-document rules only, and clears it on close', async function () {
      const before = listing(root);
      const uri = 'untitled:Untitled-1';
      const pasted = ['## Innføre Visma HRM i alle kommunene {#hr}', '', '- Innføre: Visma HRM', '- Støtter: DS19-M99', '- Bidrar til: b#felles', ''].join('\n');
      const published = client.nextDiagnostics(uri);
      void client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: pasted } });
      const rules = new Set((await published).map((d) => d.code));
      assert.ok(rules.has('unknown-objective'), `per-document findings: ${[...rules].join(', ')}`);
      for (const crossDocument of ['unknown-goal-ref', 'unknown-member', 'goal-unlinked', 'objective-uncovered', 'missing-owner']) assert.ok(!rules.has(crossDocument), `no ${crossDocument}: ${[...rules].join(', ')}`);
      // Requests on it answer, and edits are checked again.
      assert.deepEqual(await client.request('textDocument/codeLens', { textDocument: { uri } }), []);
      const again = client.nextDiagnostics(uri, (d) => !d.some((x) => x.code === 'unknown-objective'));
      void client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: pasted.replace('DS19-M99', 'DS19-M1') }] });
      await again;
      const cleared = client.nextDiagnostics(uri, (d) => d.length === 0);
      void client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
      await cleared;
      // A scratch buffer that is no strategy document (no goal heading, no owner) gets nothing.
      const note = 'untitled:Untitled-2';
      const empty = client.nextDiagnostics(note);
      void client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: note, languageId: 'markdown', version: 1, text: '# Handleliste\n\n- melk\n' } });
      assert.deepEqual(await empty, []);
      assert.deepEqual(listing(root), before, 'nothing written to the workspace');
    });
  });

  it('answers documentSymbol with SymbolInformation for a client without hierarchical support', async function () {
    const { root, file } = workspace();
    const client = await LspClient.start(root, { capabilities: {} });
    try {
      const symbols = await client.request<SymbolInformation[]>('textDocument/documentSymbol', { textDocument: { uri: uriOf(file) } });
      assert.deepEqual(
        symbols.map((s) => [s.name, s.location.uri, s.containerName]),
        [
          ['Mål 😀 for alle', uriOf(file), undefined],
          ['Delmål', uriOf(file), 'Mål 😀 for alle'],
        ],
      );
    } finally {
      await client.stop();
      removeDir(root);
    }
  });
});
