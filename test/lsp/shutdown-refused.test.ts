/**
 * LSP 3.17: `exit` ends the server with code 0 only after a successful
 * `shutdown`. A `shutdown` sent before `initialize` is refused
 * (ServerNotInitialized), so it is no shutdown: a later `exit` must end the
 * server with code 1, as an `exit` without any `shutdown` does.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { createProtocolConnection, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { SERVER, messageReader } from './harness.js';

function start() {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', resolve));
  const conn = createProtocolConnection(messageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();
  return { proc, exited, conn };
}

describe('language server: a refused shutdown is no shutdown', function () {
  this.timeout(60000);

  it('exit after a shutdown refused before initialize ends with code 1', async function () {
    const { proc, exited, conn } = start();
    try {
      const refused = await conn.sendRequest('shutdown').then(() => 'answered', (e: { code?: number }) => e.code);
      assert.equal(refused, -32002);
      await conn.sendNotification('exit');
      assert.equal(await exited, 1);
    } finally {
      conn.dispose();
      if (proc.exitCode === null) proc.kill();
    }
  });

  it('exit after a refused shutdown, initialize and no shutdown of its own still ends with code 1', async function () {
    const { proc, exited, conn } = start();
    try {
      await conn.sendRequest('shutdown').catch(() => undefined);
      await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
      await conn.sendNotification('initialized', {});
      await conn.sendNotification('exit');
      assert.equal(await exited, 1);
    } finally {
      conn.dispose();
      if (proc.exitCode === null) proc.kill();
    }
  });

  it('exit after a successful shutdown still ends with code 0', async function () {
    const { proc, exited, conn } = start();
    try {
      await conn.sendRequest('shutdown').catch(() => undefined);
      await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
      await conn.sendNotification('initialized', {});
      assert.equal(await conn.sendRequest('shutdown'), null);
      await conn.sendNotification('exit');
      assert.equal(await exited, 0);
    } finally {
      conn.dispose();
      if (proc.exitCode === null) proc.kill();
    }
  });
});
