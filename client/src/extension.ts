/**
 * The Samstemt VS Code extension: starts the language server for strategy
 * workspaces (activation: a samstemt.yaml or *.strategy.md / *.strategy.yaml in
 * the workspace), registers the commands and the status bar item.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './languageClient.js';
import { registerCommands } from './commands.js';
import { createStatusBar } from './statusBar.js';
import { registerReportView } from './reportView.js';
import { registerTreeView } from './treeView.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createLanguageClient(context);
  const restart = async () => {
    if (client) await client.restart();
  };
  registerCommands(context, () => client, restart);
  createStatusBar(context);
  registerReportView(context, () => client);
  registerTreeView(context, () => client);
  // Settings changes reach the server through workspace/configuration: no restart needed.
  await client.start();
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
