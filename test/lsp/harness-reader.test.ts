/**
 * The test clients' reader (harness.ts `messageReader`) must not keep a
 * process alive after the server it read from died in the middle of a
 * message: vscode-jsonrpc's own reader re-arms a timer for ever then, and the
 * whole suite printed its summary and never exited.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const HARNESS = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), 'harness.js')).href;

/** A program that reads half a message from a process that then exits, disposes the reader and waits for nothing. */
function program(makeReader: string): string {
  return `
    import { spawn } from 'node:child_process';
    import { StreamMessageReader } from 'vscode-languageserver-protocol/node';
    import { messageReader } from ${JSON.stringify(HARNESS)};
    void StreamMessageReader; void messageReader;
    const server = spawn(process.execPath, ['-e', "process.stdout.write('Content-Length: 100\\\\r\\\\n\\\\r\\\\n{')"]);
    const reader = ${makeReader};
    reader.listen(() => undefined);
    server.on('close', () => { reader.dispose(); console.log('closed'); });
  `;
}

function run(makeReader: string, timeout: number): { status: number | null; stdout: string; signal: NodeJS.Signals | null } {
  return spawnSync(process.execPath, ['--input-type=module', '-e', program(makeReader)], { encoding: 'utf8', timeout, cwd: process.cwd() });
}

describe('test harness: the reader of a server that died mid-message', function () {
  this.timeout(40_000);

  it('lets the process exit (vscode-jsonrpc’s reader alone keeps it alive)', function () {
    const ours = run('messageReader(server.stdout)', 20_000);
    assert.equal(ours.stdout.trim(), 'closed');
    assert.equal(ours.status, 0, `exited by itself (signal ${ours.signal})`);
    // The same program with the library's default reader is still running when its 5 s are up.
    const plain = run('new StreamMessageReader(server.stdout)', 5_000);
    assert.equal(plain.stdout.trim(), 'closed');
    assert.equal(plain.signal, 'SIGTERM', 'killed at the timeout: the default reader keeps the process alive');
  });
});
