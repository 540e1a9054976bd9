/**
 * `samstemt-language-server`: the Samstemt language server for any LSP editor.
 *
 *   samstemt-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME
 *   samstemt-language-server --version | --help
 *
 * The arguments are read in launchArgs.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createConnection, createServerPipeTransport, createServerSocketTransport, IPCMessageReader, IPCMessageWriter, ProposedFeatures, type MessageWriter, ReadableStreamMessageReader, StreamMessageWriter, type Connection, type ConnectionOptions } from 'vscode-languageserver/node';
import { loadBuiltInCatalogs } from '../node/catalogs.js';
import { heapForStartup, settleHeap } from '../node/heap.js';
import { allRules } from '../rules/index.js';
import { startServer } from './server.js';
import { chain, dropNotificationsAfterShutdown, dropNotificationsBeforeInitialize } from './lifecycle.js';
import { parseLaunchArgs, type Transport } from './launchArgs.js';
import type { CatalogSource } from '../engine/engine.js';

// Before any large allocation: the first analysis builds the whole model at once (node/heap.ts).
heapForStartup();

const USAGE = `Usage: samstemt-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME

The Samstemt language server (Language Server Protocol): diagnostics, hover,
completion, navigation and quick fixes for strategy documents.

Options (one transport; --socket PORT works as --socket=PORT, and so on):
  --stdio                talk LSP over stdin/stdout
  --node-ipc             talk LSP over Node IPC (when started by a Node client)
  --socket=PORT          connect to PORT on localhost and talk LSP over it
  --pipe=NAME            connect to the named pipe (or Unix socket) NAME
  --clientProcessId=PID  end the server when the editor's process PID ends
  --version              print the version
  --help                 print this help
`;

function version(): string {
  // The bundle is CommonJS; compiled-only sources fall back to the working directory.
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  for (const p of [path.join(here, '../package.json'), path.join(here, '../../../../package.json')]) {
    try {
      return (JSON.parse(readFileSync(p, 'utf8')) as { version?: string }).version ?? '0.0.0';
    } catch {
      // try the next candidate
    }
  }
  return '0.0.0';
}

/**
 * A digest of the server's code: the bundle this runs from. Compiled-only
 * sources have no single file to stand for them, so they keep no restart
 * cache.
 */
function build(): string | undefined {
  if (typeof __filename !== 'string') return undefined;
  try {
    return createHash('sha256').update(readFileSync(__filename)).digest('hex');
  } catch {
    return undefined;
  }
}

/**
 * The client's byte stream (stdin, or the socket of --socket), followed by an
 * `exit` notification when it ends. vscode-languageserver's own --stdio exits
 * the moment stdin ends, before it has handled the messages already read (it
 * decodes them asynchronously and handles one per turn of the event loop): a
 * client that wrote `shutdown` and `exit` and closed stdin at once got no
 * answers and exit code 1; and with --socket it did not exit at all when the
 * client closed the connection. Appended to the bytes read, the `exit` is
 * handled after every message before it: code 0 after `shutdown`, 1 without,
 * as LSP prescribes; a client that goes away without either still ends the
 * server. Should the stream end inside a message, so that the `exit` is read
 * as part of it, the reader reports the unfinished message and the server
 * exits then (code 1).
 */
function exitAtEnd(stream: NodeJS.ReadableStream): ReadableStreamMessageReader {
  const listeners = new Set<(data: Uint8Array) => void>();
  const none = { dispose: () => undefined };
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    const exit = JSON.stringify({ jsonrpc: '2.0', method: 'exit' });
    const bytes = Buffer.from(`Content-Length: ${Buffer.byteLength(exit)}\r\n\r\n${exit}`, 'utf8');
    for (const l of listeners) l(bytes);
  };
  stream.on('data', (chunk: Buffer) => {
    for (const l of listeners) l(chunk);
  });
  stream.once('end', end);
  stream.once('close', end);
  const reader = new ReadableStreamMessageReader({
    onData: (listener) => {
      listeners.add(listener);
      return { dispose: () => void listeners.delete(listener) };
    },
    // The stream's end reaches the connection as the `exit` above, never as a close.
    onClose: () => none,
    onEnd: () => none,
    onError: (listener) => {
      stream.on('error', listener);
      return { dispose: () => void stream.off('error', listener) };
    },
  });
  reader.onPartialMessage(() => ended && process.exit(1));
  return reader;
}

/**
 * vscode-languageserver ends the server when the client's process (initialize's
 * `processId`) is gone, checked every 3 s with `process.kill(pid, 0)`, and
 * takes any failure for gone. A server in a container (`docker run -i`, as
 * Neovim, Helix or Zed setups may start it) cannot see the editor's process,
 * and was ended 3 s after it started. A `processId` this process cannot see is
 * not watched, as though the client had sent null: the end of stdin or of the
 * socket still ends the server.
 */
function invisibleParentUnwatched(log: (message: string) => void): NonNullable<ConnectionOptions['messageStrategy']> {
  return {
    handleMessage(message, next) {
      const m = message as { method?: unknown; params?: { processId?: unknown } | null };
      if (m.method === 'initialize' && typeof m.params?.processId === 'number') {
        try {
          process.kill(m.params.processId, 0);
        } catch (e) {
          log(`the client's process ${m.params.processId} is not visible from the server (${(e as { code?: string }).code ?? String(e)}): the server ends when its input ends, not with that process`);
          m.params.processId = null;
        }
      }
      return next(message);
    },
  };
}

/** The connection for the transport; with --stdio nothing but the protocol may reach stdout. `shutDown`: whether the server accepted a shutdown. */
function connect(transport: Transport, shutDown: () => boolean): Connection {
  let connection: Connection | undefined;
  const options: ConnectionOptions = {
    messageStrategy: chain(invisibleParentUnwatched((m) => connection?.console.log(m)), dropNotificationsBeforeInitialize(), dropNotificationsAfterShutdown(shutDown)),
  };
  connection = open(transport, options);
  return connection;
}

function open(transport: Transport, options: ConnectionOptions): Connection {
  switch (transport.kind) {
    case 'socket':
      return overSocket(createServerSocketTransport(transport.port)[1], options);
    case 'pipe':
      return overSocket(createServerPipeTransport(transport.name)[1], options);
    case 'node-ipc':
      return createConnection(ProposedFeatures.all, new IPCMessageReader(process), new IPCMessageWriter(process), options);
    case 'stdio':
      break;
  }
  const connection = createConnection(ProposedFeatures.all, exitAtEnd(process.stdin), new StreamMessageWriter(process.stdout), options);
  // As vscode-languageserver does for its own --stdio: every console method that would write to stdout goes to the client's log.
  const toLog = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  for (const key of ['log', 'info', 'debug', 'dir', 'dirxml', 'table', 'count', 'timeLog', 'timeEnd', 'group', 'groupCollapsed'] as const) console[key] = toLog;
  return connection;
}

/**
 * vscode-languageserver's connection for --socket and --pipe (a socket too),
 * with the end of the connection handled as for stdin; half open, so that the
 * answers to what the client wrote before it ended its side still reach it.
 */
function overSocket(writer: MessageWriter, options: ConnectionOptions): Connection {
  // The writer's socket (a private field of vscode-jsonrpc's SocketMessageWriter): the server's own code opens no connections.
  const socket = (writer as unknown as { socket: NodeJS.ReadableStream & { allowHalfOpen: boolean } }).socket;
  socket.allowHalfOpen = true;
  return createConnection(ProposedFeatures.all, exitAtEnd(socket), writer, options);
}

function main(argv: string[]): void {
  const launch = parseLaunchArgs(argv);
  if (launch.action === 'version') {
    process.stdout.write(`${version()}\n`);
    return;
  }
  if (launch.action === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  if (launch.action === 'error') usageError(launch.message);
  // A Node IPC channel exists only when a Node client forked this process; without one the server would end at once, silently.
  if (launch.transport.kind === 'node-ipc' && typeof process.send !== 'function') {
    usageError('--node-ipc needs a Node client that starts the server with an IPC channel (child_process.fork); other editors use --stdio.');
  }
  let server: ReturnType<typeof startServer> | undefined;
  const connection = connect(launch.transport, () => server?.shutDown === true);
  // With --stdio, stdout is the protocol channel: route stray console output to the client log.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  let catalogs: CatalogSource[];
  try {
    catalogs = loadBuiltInCatalogs();
  } catch (e) {
    connection.console.error(`could not read the national catalogs: ${String(e)}`);
    catalogs = [];
  }
  server = startServer(connection, { catalogs, rules: allRules, version: version(), build: build(), afterFirstAnalysis: settleHeap });
}

/**
 * A usage error on stderr, with the usage, and exit code 2 (never a stack
 * trace). Exits at once: with --clientProcessId, vscode-languageserver has
 * already started a timer watching that process, which would keep this one
 * running. (Writes to stderr are synchronous for files, pipes and terminals.)
 */
function usageError(message: string): never {
  process.stderr.write(`samstemt-language-server: ${message}\n\n${USAGE}`);
  process.exit(2);
}

main(process.argv.slice(2));
