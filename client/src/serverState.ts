/**
 * Whether the language server is running, for the commands and the status bar:
 * a command that needs the server waits while it starts, and says so when it is
 * not running (it failed to start, or stopped), and offers a restart.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';

export const RESTART_COMMAND = 'samstemt.restartServer';

/**
 * The client when its server is running, after waiting for a start in progress (at start-up, or the
 * automatic restart after a crash: a command run then should not be told the server is not running);
 * otherwise undefined, after telling the user and offering a restart.
 */
export async function runningClient(getClient: () => LanguageClient | undefined): Promise<LanguageClient | undefined> {
  const client = getClient();
  if (client?.state === State.Starting) await client.start().catch(() => undefined); // the start in progress
  if (client?.isRunning()) return client;
  const restart = vscode.l10n.t('Restart Samstemt');
  void vscode.window
    .showWarningMessage(vscode.l10n.t('Samstemt is not running, so the strategies are not checked. Restart it, or see Output → Samstemt for why it stopped.'), restart)
    .then((picked) => picked === restart && vscode.commands.executeCommand(RESTART_COMMAND));
  return undefined;
}

/** The reason of a failed start, for a message. */
export function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
