/**
 * The extension-tests entry point (the @vscode/test-electron contract: a CommonJS
 * module exporting `run()`), loaded by the workbench from the `extensionTestsPath`
 * of code-server's `?payload=` dev mode. scripts/e2e.sh bundles this folder with
 * esbuild to out/e2e/vscode/suite/ and opens it twice: on a copy of the sample
 * cooperation (sample.suite) and on a folder without strategies (plain.suite).
 * Mocha's result reaches the browser as the exit code of `run()`; every test's
 * line goes to the console, which the driver (run.ts) echoes.
 */
import * as vscode from 'vscode';
import Mocha from 'mocha';
import path from 'node:path';

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error('no workspace folder');
  let strategies = false;
  try {
    await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, 'samstemt.yaml'));
    strategies = true;
  } catch {
    // a folder without samstemt.yaml: only the activation test applies
  }
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false, reporter: 'spec' });
  mocha.addFile(path.join(__dirname, strategies ? 'sample.suite.js' : 'plain.suite.js'));
  let passed = 0;
  let failed = 0;
  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run(() => {
      console.log(`SAMSTEMT-E2E ${passed} passed, ${failed} failed`);
      if (failed > 0 || passed === 0) reject(new Error(`${failed} of ${passed + failed} extension tests failed`));
      else resolve();
    });
    runner.on('pass', (t) => {
      passed++;
      console.log(`ok - ${t.fullTitle()}`);
    });
    runner.on('fail', (t, err: Error) => {
      failed++;
      console.log(`not ok - ${t.fullTitle()}: ${String(err.message).split('\n')[0]}`);
    });
  });
}
