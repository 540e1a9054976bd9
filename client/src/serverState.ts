/**
 * Whether the language server is running, for the commands and the status bar:
 * a command that needs the server says so when it is not running (it failed to
 * start, or is still starting), and offers a restart.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export const RESTART_COMMAND = 'samstemt.restartServer';

/** The client when its server is running; otherwise undefined, after telling the user and offering a restart. */
export function runningClient(getClient: () => LanguageClient | undefined): LanguageClient | undefined {
  const client = getClient();
  if (client?.isRunning()) return client;
  const restart = vscode.l10n.t('Restart language server');
  void vscode.window
    .showWarningMessage(vscode.l10n.t('The Samstemt language server is not running. Restart it, or see Output → Samstemt for why it stopped.'), restart)
    .then((picked) => picked === restart && vscode.commands.executeCommand(RESTART_COMMAND));
  return undefined;
}

/** The reason of a failed start, for a message. */
export function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
