/** The extension's commands: thin wrappers around requests to the server. */
import * as vscode from 'vscode';
import { errorsText, filesText, goalsText, infosText, warningsText } from './counts.js';
import type { LanguageClient } from 'vscode-languageclient/node';
import { OBJECTIVES_REQUEST, SUMMARY_REQUEST, type ObjectiveInfo, type SummaryResult } from '../../server/src/lsp/protocol.js';
import { RESTART_COMMAND, runningClient } from './serverState.js';

export function registerCommands(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined, restart: () => Promise<boolean>): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('samstemt.checkWorkspace', async () => {
      const client = await runningClient(getClient);
      if (!client) return;
      const s = await client.sendRequest<SummaryResult | null>(SUMMARY_REQUEST);
      if (!s) return;
      if (!s.workspaces.length) {
        // Nothing to check: say why, rather than «0 files, 0 errors», which reads as a clean bill of health.
        if (!vscode.workspace.workspaceFolders?.length) {
          const open = vscode.l10n.t('Open Folder…');
          const picked = await vscode.window.showWarningMessage(
            vscode.l10n.t('No folder is open, so Samstemt has nothing to check. Open the folder that holds your cooperation\'s samstemt.yaml.'),
            open,
          );
          if (picked === open) void vscode.commands.executeCommand('workbench.action.files.openFolder');
        } else {
          void vscode.window.showWarningMessage(
            vscode.l10n.t('Samstemt found nothing to check: the open folders have no samstemt.yaml and no *.strategy.md or *.strategy.yaml files. Open the folder that holds samstemt.yaml.'),
          );
        }
        return;
      }
      void vscode.commands.executeCommand('workbench.actions.view.problems');
      void vscode.window.showInformationMessage(
        vscode.l10n.t('Samstemt checked {0} with {1}: {2}, {3}, {4}.', filesText(s.files), goalsText(s.goals), errorsText(s.errors), warningsText(s.warnings), infosText(s.infos)),
      );
    }),
    vscode.commands.registerCommand(RESTART_COMMAND, async () => {
      // A failure to start is shown by restart() itself.
      if (await restart()) void vscode.window.showInformationMessage(vscode.l10n.t('Samstemt was restarted.'));
    }),
    vscode.commands.registerCommand('samstemt.listObjectives', async () => {
      const client = await runningClient(getClient);
      if (!client) return;
      const objectives = await client.sendRequest<ObjectiveInfo[]>(OBJECTIVES_REQUEST);
      const picked = await vscode.window.showQuickPick(
        objectives.map((o) => ({ label: o.id, description: o.title, detail: o.description, objective: o })),
        { placeHolder: vscode.l10n.t('National objectives — pick one to see its catalog entry'), matchOnDescription: true, matchOnDetail: true },
      );
      if (!picked) return;
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(picked.objective.uri));
      const pos = new vscode.Position(picked.objective.line, 0);
      await vscode.window.showTextDocument(doc, { selection: new vscode.Range(pos, pos), preview: true });
    }),
  );
}
