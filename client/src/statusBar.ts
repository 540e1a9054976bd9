/** A status bar item with the workspace's Samstemt error and warning count; a click re-checks the workspace. */
import * as vscode from 'vscode';

export function createStatusBar(context: vscode.ExtensionContext): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('samstemt.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Samstemt';
  item.command = 'samstemt.checkWorkspace';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
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
    item.tooltip = vscode.l10n.t('Samstemt: {0} errors and {1} warnings in the workspace. Click to check again.', errors, warnings);
    item.show();
  };
  context.subscriptions.push(
    item,
    vscode.languages.onDidChangeDiagnostics(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(update, 200);
    }),
    { dispose: () => timer && clearTimeout(timer) },
  );
  update();
  return item;
}
