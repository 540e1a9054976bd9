/**
 * `samstemt-language-server`: the Samstemt language server for any LSP editor.
 *
 *   samstemt-language-server --stdio | --node-ipc | --socket=PORT
 *   samstemt-language-server --version | --help
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { loadBuiltInCatalogs } from '../node/catalogs.js';
import { heapForStartup, settleHeap } from '../node/heap.js';
import { allRules } from '../rules/index.js';
import { startServer } from './server.js';
import type { CatalogSource } from '../engine/engine.js';

// Before any large allocation: the first analysis builds the whole model at once (node/heap.ts).
heapForStartup();

const USAGE = `Usage: samstemt-language-server --stdio | --node-ipc | --socket=PORT

The Samstemt language server (Language Server Protocol): diagnostics, hover,
completion, navigation and quick fixes for strategy documents.

Options:
  --stdio          talk LSP over stdin/stdout
  --node-ipc       talk LSP over Node IPC (when started by a Node client)
  --socket=PORT    connect to PORT on localhost and talk LSP over it
  --version        print the version
  --help           print this help
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

function main(argv: string[]): void {
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(`${version()}\n`);
    return;
  }
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  if (!argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe='))) {
    process.stderr.write(`samstemt-language-server: choose a transport.\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  // vscode-languageserver throws with a stack trace on a port that is no number or out of range.
  const socket = argv.find((a) => a.startsWith('--socket='))?.slice('--socket='.length);
  if (socket !== undefined && !(/^[0-9]+$/.test(socket) && Number(socket) >= 1 && Number(socket) <= 65535)) {
    process.stderr.write(`samstemt-language-server: --socket takes a port number from 1 to 65535, e.g. --socket=5007 (got "${socket}").\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const connection = createConnection(ProposedFeatures.all);
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
  startServer(connection, { catalogs, rules: allRules, version: version(), build: build(), afterFirstAnalysis: settleHeap });
}

main(process.argv.slice(2));
