/**
 * `samstemt-language-server`'s arguments as editor configurations write them:
 * `--socket 5007` as well as `--socket=5007` (vscode-languageserver takes
 * both), `--pipe NAME`, `--clientProcessId N`; and two transports at once is
 * a usage error that names them, not a silent exit.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseLaunchArgs } from '../../server/src/lsp/launchArgs.js';
import { CLI } from '../helpers/cli.js';

const SERVER = path.join(path.dirname(CLI), 'samstemt-language-server.js');

function frame(message: object): string {
  const json = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`;
}

const SESSION = [
  { jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } },
  { jsonrpc: '2.0', method: 'initialized', params: {} },
  { jsonrpc: '2.0', id: 2, method: 'shutdown' },
];

/**
 * Listens on `where` (a port, or a pipe path), starts the server with
 * `args(address)`, writes a whole session and closes the connection; resolves
 * with what the server answered, its exit code and its stderr.
 */
function session(where: number | string, args: (address: string) => string[]): Promise<{ out: string; code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    let out = '';
    const server = net.createServer((socket) => {
      socket.on('data', (d: Buffer) => (out += d.toString()));
      socket.end(SESSION.map(frame).join(''));
    });
    server.listen(where, () => {
      const address = server.address();
      const proc = spawn(process.execPath, [SERVER, ...args(typeof address === 'string' ? address : String(address!.port))], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      proc.on('close', (code) => {
        server.close();
        resolve({ out, code, stderr });
      });
    });
  });
}

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [SERVER, ...args], { encoding: 'utf8', input: '', timeout: 20_000 });
}

describe('samstemt-language-server: transport arguments', function () {
  this.timeout(60_000);

  it('takes the port of --socket as the next argument, as --socket=PORT', async () => {
    const { out, code, stderr } = await session(0, (port) => ['--socket', port]);
    assert.match(out, /"id":1,"result":\{"capabilities"/, stderr);
    assert.equal(code, 0, stderr);
  });

  it('connects to a named pipe with --pipe NAME and --pipe=NAME', async function () {
    if (process.platform === 'win32') this.skip();
    for (const form of [(p: string) => ['--pipe', p], (p: string) => [`--pipe=${p}`]]) {
      const pipe = path.join(mkdtempSync(path.join(tmpdir(), 'samstemt-pipe-')), 'lsp.sock');
      const { out, code, stderr } = await session(pipe, form);
      assert.match(out, /"id":1,"result":\{"capabilities"/, stderr);
      assert.equal(code, 0, stderr);
    }
  });

  it('takes --clientProcessId N before the transport, and refuses a process id that is no number', async () => {
    const { code, stderr } = await session(0, (port) => ['--clientProcessId', String(process.pid), '--socket', port]);
    assert.equal(code, 0, stderr);
    const bad = run(['--clientProcessId', 'abc', '--stdio']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^samstemt-language-server: --clientProcessId takes the editor's process id, a whole number \(got "abc"\)\./);
  });

  it('refuses two transports with a message naming both (exit 2), instead of exiting 1 silently', () => {
    const r = run(['--stdio', '--node-ipc']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^samstemt-language-server: choose one transport, not --stdio and --node-ipc together\.\n\nUsage:/);
    const three = run(['--socket', '5007', '--stdio', '--pipe=x']);
    assert.equal(three.status, 2);
    assert.match(three.stderr, /not --socket=5007, --stdio and --pipe=x together/);
    // vscode-languageserver's watch of --clientProcessId must not keep a refused server running.
    const watched = run([`--clientProcessId=${process.pid}`, '--stdio', '--node-ipc']);
    assert.equal(watched.status, 2, watched.stderr);
  });

  it('says what is wrong with --socket without a port, and with --node-ipc without a Node client', () => {
    for (const args of [['--socket'], ['--socket', '--stdio'], ['--socket', '-1']]) {
      const r = run(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /--socket takes a port number from 1 to 65535/);
    }
    const ipc = run(['--node-ipc']);
    assert.equal(ipc.status, 2);
    assert.match(ipc.stderr, /--node-ipc needs a Node client/);
    assert.doesNotMatch(ipc.stderr, /\n\s+at /);
  });
});

describe('parseLaunchArgs', () => {
  it('reads both forms of each value option, and the same transport twice as one', () => {
    assert.deepEqual(parseLaunchArgs(['--socket', '5007']), { action: 'serve', transport: { kind: 'socket', port: 5007 } });
    assert.deepEqual(parseLaunchArgs(['--socket=5007', '--socket', '5007']), { action: 'serve', transport: { kind: 'socket', port: 5007 } });
    assert.deepEqual(parseLaunchArgs(['--pipe', '/tmp/x']), { action: 'serve', transport: { kind: 'pipe', name: '/tmp/x' } });
    // As the VS Code client starts the server.
    assert.deepEqual(parseLaunchArgs(['--node-ipc', '--clientProcessId=42']), { action: 'serve', transport: { kind: 'node-ipc' } });
    assert.deepEqual(parseLaunchArgs(['--clientProcessId', '42', '--stdio']), { action: 'serve', transport: { kind: 'stdio' } });
    assert.deepEqual(parseLaunchArgs([]), { action: 'error', message: 'choose a transport.' });
    assert.equal(parseLaunchArgs(['--stdio', '--version']).action, 'version');
  });
});
