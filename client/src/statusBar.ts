/**
 * A status bar item with the workspace's Samstemt error and warning count; a click re-checks the workspace.
 * While the server is starting or has not finished its first analysis (at start-up and after a restart,
 * when the old findings are gone), or when it is not running, the item says so (a click then restarts it)
 * instead of showing a clean count.
 */
import * as vscode from 'vscode';
import { errorsText, warningsText } from './counts.js';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { RESTART_COMMAND } from './serverState.js';

export function createStatusBar(context: vscode.ExtensionContext, client: LanguageClient, onAnalysisChanged: vscode.Event<void>): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('samstemt.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Samstemt';
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the running server has published an analysis since it (re)started. */
  let analysed = false;
  const update = () => {
    if (client.state === State.Starting || (client.isRunning() && !analysed)) {
      item.text = '$(sync~spin) Samstemt';
      item.tooltip = client.state === State.Starting ? vscode.l10n.t('Samstemt is starting…') : vscode.l10n.t('Samstemt is checking the strategies…');
      item.command = undefined;
      item.backgroundColor = undefined;
      item.show();
      return;
    }
    if (!client.isRunning()) {
      item.text = '$(error) Samstemt';
      item.tooltip = vscode.l10n.t('Samstemt is not running, so the strategies are not checked. Click to restart it; Output → Samstemt says why it stopped.');
      item.command = RESTART_COMMAND;
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      item.show();
      return;
    }
    let errors = 0;
    let warnings = 0;
    for (const [, list] of vscode.languages.getDiagnostics()) {
      for (const d of list) {
        if (d.source !== 'samstemt') continue;
        if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
        else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
      }
    }
    item.text = `$(checklist) ${errors} $(error) ${warnings} $(warning)`;
    item.tooltip = vscode.l10n.t('Samstemt found {0} and {1}. Click to check again.', errorsText(errors), warningsText(warnings));
    item.command = 'samstemt.checkWorkspace';
    item.backgroundColor = undefined;
    item.show();
  };
  const updateSoon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(update, 200);
  };
  context.subscriptions.push(
    item,
    vscode.languages.onDidChangeDiagnostics(updateSoon),
    onAnalysisChanged(() => {
      analysed = true;
      updateSoon();
    }),
    client.onDidChangeState((e) => {
      if (e.newState !== State.Running) analysed = false;
      update();
    }),
    { dispose: () => timer && clearTimeout(timer) },
  );
  update();
  return item;
}
