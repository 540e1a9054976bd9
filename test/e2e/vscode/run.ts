/**
 * E2E: runs the extension's own mocha suites (test/e2e/vscode/suite) inside the
 * VS Code workbench, the way @vscode/test-electron would, through code-server's
 * `?payload=` dev mode (extensionDevelopmentPath + extensionTestsPath; needs
 * code-server started with --enable-smoke-test-driver). The workbench reports
 * the result of `run()` through window.codeAutomationExit(code).
 *
 *   CS_URL=http://127.0.0.1:PORT EXT=<unpacked extension> TESTS=<bundled suite dir> \
 *   WORKSPACES=<sample copy>:<plain folder> node out/test/e2e/vscode/run.js
 *
 * Echoes the suites' "ok - …" / "not ok - …" lines and exits 1 when any run failed.
 */
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

function required(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
}
const BASE = new URL(required('CS_URL'));
const EXT = required('EXT');
const TESTS = required('TESTS');
const WORKSPACES = required('WORKSPACES').split(':');
const TIMEOUT = Number(process.env['SAMSTEMT_E2E_RUN_TIMEOUT_MS'] ?? 180000);

const userData = mkdtempSync(path.join(tmpdir(), 'samstemt-chromium-'));
const context = await chromium.launchPersistentContext(userData, {
  executablePath: process.env['CHROMIUM'] ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** Opens one workspace with the test payload and resolves with the exit code of `run()`. */
async function runIn(ws: string): Promise<number> {
  const page = await context.newPage();
  const exited = new Promise<number>((resolve) => void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code)));
  page.on('console', (msg) => {
    // Extension-host console output arrives formatted ("%c INFO …"): keep the test lines.
    for (const line of msg.text().split('\n')) {
      const m = /((?:not )?ok - .*|SAMSTEMT-E2E .*)$/.exec(line);
      if (m && !/%c/.test(m[1]!)) console.log(m[1]);
    }
  });
  const auth = BASE.host;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', `vscode-remote://${auth}${EXT}`],
    ['extensionTestsPath', `vscode-remote://${auth}${TESTS}`],
  ]);
  const started = Date.now();
  await page.goto(`${BASE.origin}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(payload)}`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const code = await Promise.race([exited, new Promise<number>((r) => (timer = setTimeout(() => r(124), TIMEOUT)))]);
  clearTimeout(timer);
  console.log(`# ${path.basename(ws)}: codeAutomationExit(${code}) after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await page.close();
  return code;
}

let failed = 0;
try {
  for (const ws of WORKSPACES) if ((await runIn(ws)) !== 0) failed++;
} finally {
  await context.close();
  rmSync(userData, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
