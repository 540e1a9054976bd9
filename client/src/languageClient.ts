/**
 * Server and client options: the bundled server (dist/samstemt-language-server.js)
 * over Node IPC, strategy documents (Markdown and YAML files on disk, and
 * untitled buffers in those languages), file events for every file the
 * engine may read, and restart on crash.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import * as os from 'node:os';
import { serverNodeOptions } from '../../server/src/node/launch.js';
import { LanguageClient, TransportKind, RevealOutputChannelOn, type LanguageClientOptions, type Middleware, type ServerOptions } from 'vscode-languageclient/node';
import { GOAL_LENS_COMMAND } from '../../server/src/lsp/protocol.js';

export const CLIENT_ID = 'samstemt';

/** The message language setting: `nb`, `nn`, `en`, or `auto` (samstemt.yaml's `language:`, else VS Code's display language). */
export function languageSetting(): string {
  return vscode.workspace.getConfiguration('samstemt').get<string>('language', 'auto');
}

/**
 * The server's goal lenses carry a command that does nothing, for clients
 * that run any lens they show (protocol.ts). VS Code shows a lens with a
 * command as a link: an empty command id keeps it plain text, as it was.
 */
const titleOnlyGoalLenses: Middleware = {
  provideCodeLenses: async (document, token, next) => {
    const lenses = await next(document, token);
    for (const lens of lenses ?? []) if (lens.command?.command === GOAL_LENS_COMMAND) lens.command = { title: lens.command.title, command: '' };
    return lenses;
  },
};

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'samstemt-language-server.js'));
  const execArgv = serverNodeOptions(os.availableParallelism?.() ?? os.cpus().length);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...execArgv, '--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'yaml' },
      { scheme: 'file', pattern: '**/*.strategy.{md,yaml,yml}' },
      // A new file set to Markdown or YAML, to try a goal in: the server checks it on its own (per-document rules).
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'yaml' },
    ],
    middleware: titleOnlyGoalLenses,
    synchronize: {
      // samstemt.yaml, custom framework files and documents nobody opened change on disk too.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{md,markdown,yaml,yml}'),
    },
    // analysisChanged: the server tells when the tree and the report should refresh (samstemt/analysisChanged);
    // cacheDir: the workspace's storage folder keeps the last session's diagnostics, shown at once on the next start.
    initializationOptions: () => ({ settings: { language: languageSetting() }, analysisChanged: true, ...(context.storageUri ? { cacheDir: context.storageUri.fsPath } : {}) }),
    outputChannelName: 'Samstemt',
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // The default error handler restarts a crashed server (up to this many times in three minutes).
    connectionOptions: { maxRestartCount: 5 },
  };
  return new LanguageClient(CLIENT_ID, 'Samstemt', serverOptions, clientOptions);
}
