/**
 * The Samstemt VS Code extension: starts the language server for strategy
 * workspaces (activation: a samstemt.yaml or *.strategy.md / *.strategy.yaml in
 * the workspace, or one of its commands, such as «New strategy document» in a
 * window without either), registers the commands and the status bar item.
 * Not on every Markdown file: plain Markdown users get no server.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './languageClient.js';
import { registerCommands } from './commands.js';
import { registerNewDocument } from './newDocument.js';
import { createStatusBar } from './statusBar.js';
import { registerReportView } from './reportView.js';
import { registerTreeView } from './treeView.js';
import { reason } from './serverState.js';
import { ANALYSIS_CHANGED_NOTIFICATION } from '../../server/src/report/protocol.js';

let client: LanguageClient | undefined;

/** Starts the server; a failure is shown (with where to read why), not thrown. True when it runs. */
async function startServer(c: LanguageClient): Promise<boolean> {
  try {
    await c.start();
    return true;
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Samstemt could not start: {0}. See Output → Samstemt.', reason(e)));
    return false;
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const c = createLanguageClient(context);
  client = c;
  let restarting: Promise<boolean> | undefined;
  // Restart from any state: a start in progress ends first (a starting client cannot be stopped),
  // a running server is stopped, a server that failed to start or stopped is started again.
  const restart = () =>
    (restarting ??= (async () => {
      try {
        if (c.needsStop() && !c.isRunning()) await c.start().catch(() => undefined);
        if (c.needsStop()) await c.stop().catch(() => undefined);
        return await startServer(c);
      } finally {
        restarting = undefined;
      }
    })());
  // The language client keeps one handler per notification method (a second onNotification replaces
  // the first): the tree view, the report and the status bar listen to this one event instead.
  const analysisChanged = new vscode.EventEmitter<void>();
  context.subscriptions.push(analysisChanged, c.onNotification(ANALYSIS_CHANGED_NOTIFICATION, () => analysisChanged.fire()));
  registerCommands(context, () => client, restart);
  registerNewDocument(context);
  createStatusBar(context, c, analysisChanged.event);
  registerReportView(context, () => client, analysisChanged.event);
  registerTreeView(context, () => client, analysisChanged.event);
  // Settings changes reach the server through workspace/configuration: no restart needed.
  await startServer(c);
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c?.needsStop()) await c.stop().catch(() => undefined);
}
