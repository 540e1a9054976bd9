/**
 * «Samstemt: New strategy document» (also under File → New File…): an
 * untitled Markdown buffer with one goal to fill in. It activates the
 * extension in a window without a samstemt.yaml, where nothing else does,
 * and the server checks the buffer on its own (untitled buffers, see
 * docs/editors.md) as soon as it starts.
 */
import * as vscode from 'vscode';
import { strategyTemplate, templateLang } from '../../server/src/engine/language/template.js';
import { languageSetting } from './languageClient.js';

export const NEW_DOCUMENT_COMMAND = 'samstemt.newStrategyDocument';

export function registerNewDocument(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(NEW_DOCUMENT_COMMAND, async () => {
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown' });
      const editor = await vscode.window.showTextDocument(doc);
      await editor.insertSnippet(new vscode.SnippetString(strategyTemplate(templateLang(languageSetting(), vscode.env.language))));
    }),
  );
}
