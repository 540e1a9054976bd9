/**
 * On a copy of the sample cooperation: activation, diagnostics, hover and
 * completion through the vscode API, the commands, the message-language
 * setting, and the server coming back after it is killed.
 */
import * as vscode from 'vscode';
import { strict as assert } from 'node:assert';
import { EXTENSION_ID, codeOf, serverPids, until, workspaceUri } from './helpers.js';

const FJELLBYGD = 'strategier/fjellbygd.md';

/** The conflict-system-choice finding on Fjellbygd's goal, once published. */
function conflict(): vscode.Diagnostic | undefined {
  return vscode.languages.getDiagnostics(workspaceUri(FJELLBYGD)).find((d) => codeOf(d) === 'conflict-system-choice');
}

describe('the Samstemt extension in a strategy workspace', function () {
  before(async function () {
    const doc = await vscode.workspace.openTextDocument(workspaceUri(FJELLBYGD));
    await vscode.window.showTextDocument(doc);
  });

  it('activates because the workspace has a samstemt.yaml', async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    await until('activation', () => (ext.isActive ? true : undefined));
    assert.equal(serverPids().length, 1, 'one language server');
  });

  it('publishes the cross-member conflict through vscode.languages.getDiagnostics', async function () {
    const d = await until('conflict-system-choice in fjellbygd.md', conflict);
    assert.equal(d.source, 'samstemt');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.match(d.message, /Huldt & Lillevik Lønn/);
    const related = d.relatedInformation ?? [];
    assert.ok(related.some((r) => r.location.uri.path.endsWith('/strategier/ikt-fjord.md')), 'related location in ikt-fjord.md');
    // Files nobody opened have findings too (they arrive one publishDiagnostics at a time).
    const withFindings = () => vscode.languages.getDiagnostics().filter(([, list]) => list.some((x) => x.source === 'samstemt')).length;
    await until('findings in at least five files', () => (withFindings() >= 5 ? true : undefined)).catch(() => assert.fail(`findings in ${withFindings()} files`));
  });

  it('answers hover and completion through the vscode API', async function () {
    const doc = await vscode.workspace.openTextDocument(workspaceUri(FJELLBYGD));
    const line = doc.getText().split('\n').findIndex((l) => l.includes('DS19-M6'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, doc.lineAt(line).text.indexOf('DS19-M6') + 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.match(text, /DS19-M6/);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, '- Støttar: '.length));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.filter((l) => l.startsWith('DS19-')).length >= 3, `completion: ${labels.slice(0, 8).join(', ')}`);
  });

  it('registers its commands, and "check workspace" and "list objectives" work', async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributed = (ext.packageJSON as { contributes: { commands: { command: string }[] } }).contributes.commands.map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const c of contributed) assert.ok(registered.has(c), `${c} is not registered`);
    assert.ok(contributed.length >= 4);
    await vscode.commands.executeCommand('samstemt.checkWorkspace');
    // "List objectives" shows a quick pick of the catalog; accepting an item opens its catalog entry.
    const picked = vscode.commands.executeCommand('samstemt.listObjectives');
    // The quick pick opens once the server has answered: accept it as soon as it is there (a fixed
    // wait was flaky on a slow workbench).
    const catalogEditor = () => (vscode.window.activeTextEditor?.document.uri.path.match(/catalogs\/[^/]+\.yaml$/) ? vscode.window.activeTextEditor : undefined);
    const editor = await until('the catalog entry', async () => {
      if (!catalogEditor()) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return catalogEditor();
    }, 15000);
    await picked;
    assert.match(editor.document.lineAt(editor.selection.active.line).text, /\S/);
  });

  it('honours the samstemt.language setting (message language)', async function () {
    // With `auto` (the default) the server follows the workbench's display language.
    const before = (await until('the conflict', conflict)).message;
    const config = vscode.workspace.getConfiguration('samstemt');
    try {
      await config.update('language', 'nn', vscode.ConfigurationTarget.Workspace);
      const nn = await until('a nynorsk message', () => {
        const d = conflict();
        return d && /^Ulike system på/.test(d.message) ? d : undefined;
      });
      assert.match(nn.message, /held på Huldt & Lillevik Lønn/);
      await config.update('language', 'en', vscode.ConfigurationTarget.Workspace);
      await until('an English message', () => {
        const d = conflict();
        return d && /^Different systems .* keeps Huldt & Lillevik Lønn/.test(d.message) ? d : undefined;
      });
    } finally {
      await config.update('language', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await until('the message in the default language again', () => (conflict()?.message === before ? true : undefined));
  });

  it('restarts the language server after it is killed', async function () {
    const [pid] = serverPids();
    assert.ok(pid, 'a running server');
    process.kill(pid, 'SIGKILL');
    const next = await until('a new server process', () => serverPids().find((p) => p !== pid));
    assert.notEqual(next, pid);
    // The new server works: it answers hover and publishes the findings again.
    const doc = await vscode.workspace.openTextDocument(workspaceUri(FJELLBYGD));
    const line = doc.getText().split('\n').findIndex((l) => l.includes('DS19-M6'));
    await until('hover from the new server', async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, doc.lineAt(line).text.indexOf('DS19-M6') + 2));
      return h.length ? h : undefined;
    });
    await until('diagnostics from the new server', conflict);
  });
});
