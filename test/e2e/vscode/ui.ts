/**
 * E2E: the packaged extension (.vsix) in the VS Code workbench, as a user sees it.
 * scripts/e2e.sh installs the .vsix into code-server, serves a copy of the sample
 * cooperation and runs this driver against it with Debian's Chromium (playwright-core):
 *
 *   CS_URL=http://127.0.0.1:PORT WS=/tmp/…/ikt-fjord SHOTS=docs/images node out/test/e2e/vscode/ui.js
 *
 * It opens a member's strategy document from the Explorer and checks the Problems
 * panel (a cross-member conflict with its related location), a hover on an
 * objective ID, completion after the supports key and the Samstemt status bar
 * item. Prints one "ok - …" / "not ok - …" line per check, saves screenshots
 * (vscode-*.png), and exits 1 when any check failed.
 */
import { chromium, type Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const BASE = required('CS_URL');
const WS = required('WS');
const SHOTS = process.env['SHOTS'] ?? 'test-results/e2e';
const WAIT = Number(process.env['SAMSTEMT_E2E_WAIT_MS'] ?? 30000);
const DOC = 'strategier/fjellbygd.md';
const LINES = readFileSync(path.join(WS, DOC), 'utf8').split(/\r?\n/);

function required(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
}

/** 1-based line and column of the first occurrence of `needle` in the document. */
function find(needle: string): { line: number; column: number } {
  const i = LINES.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`not in ${DOC}: ${needle}`);
  return { line: i + 1, column: LINES[i]!.indexOf(needle) + 1 };
}

let failures = 0;
async function check(name: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
    console.log(`ok - ${name}`);
  } catch (e) {
    failures++;
    console.log(`not ok - ${name}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `vscode-${name}.png`) });
}

/** Moves the cursor with "Go to Line/Column" (Ctrl+G). */
async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.locator('.editor-instance .monaco-editor textarea').first().focus();
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 5000 });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: 5000 });
}

const userData = mkdtempSync(path.join(tmpdir(), 'samstemt-chromium-'));
const context = await chromium.launchPersistentContext(userData, {
  executablePath: process.env['CHROMIUM'] ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1440, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = context.pages()[0] ?? (await context.newPage());
const started = Date.now();
const since = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

try {
  await check('the workbench loads the sample cooperation', async () => {
    await page.goto(`${BASE}/?folder=${encodeURIComponent(WS)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: WAIT });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: WAIT });
  });

  await check(`the Explorer opens ${DOC}`, async () => {
    const rows = page.locator('.explorer-folders-view .monaco-list-row');
    await rows.filter({ hasText: /^strategier$/ }).click();
    await rows.filter({ hasText: /^fjellbygd\.md$/ }).dblclick({ timeout: WAIT });
    await page.locator('.tab.active', { hasText: 'fjellbygd.md' }).waitFor({ timeout: WAIT });
    await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: WAIT });
  });

  await check('the status bar counts the errors (VS Code problems item)', async () => {
    const problems = page.locator('[id="status.problems"]');
    await problems.first().waitFor({ timeout: WAIT });
    const end = Date.now() + WAIT;
    let label = '';
    while (Date.now() < end) {
      label = (await problems.first().getAttribute('aria-label').catch(() => null)) ?? (await problems.first().innerText());
      if (/Errors?: [1-9]/.test(label)) return;
      await page.waitForTimeout(250);
    }
    throw new Error(`no errors in the status bar after ${WAIT} ms: "${label}"`);
  });

  await check('the Samstemt status bar item shows the error and warning counts', async () => {
    const item = page.locator('.statusbar-item[id$="samstemt.status"]');
    await item.waitFor({ timeout: WAIT });
    const end = Date.now() + WAIT;
    let text = '';
    while (Date.now() < end) {
      text = (await item.innerText()).replace(/\s+/g, ' ').trim();
      const [errors = 0, warnings = 0] = (text.match(/\d+/g) ?? []).map(Number);
      if (errors > 0 && warnings > 0) {
        const tooltip = (await item.locator('a').first().getAttribute('aria-label')) ?? '';
        console.log(`# Samstemt status bar item: "${text}" (${tooltip}) at ${since()}`);
        return;
      }
      await page.waitForTimeout(250);
    }
    throw new Error(`status bar item reads "${text}"`);
  });

  await check('the Problems panel lists the cross-member conflict with its related location', async () => {
    const at = find('Huldt & Lillevik');
    await goTo(page, at.line, at.column); // the squiggle in view for the screenshot
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    await panel.waitFor({ timeout: WAIT });
    // Narrow the workspace-wide list to the conflict: its message names Fjellbygd's system.
    const filter = page.locator('.viewpane-filter input, .markers-panel-action-filter input').first();
    await filter.fill('Huldt & Lillevik');
    const end = Date.now() + WAIT;
    let text = '';
    while (Date.now() < end) {
      text = await panel.innerText();
      if (/conflict-system-choice/.test(text) && !/contribution-cycle|unknown-objective/.test(text)) break;
      await page.waitForTimeout(250);
    }
    await page.waitForTimeout(300); // let the tree finish painting
    await shot(page, 'problems');
    if (!/conflict-system-choice/.test(text)) throw new Error(`no conflict-system-choice in the Problems panel: ${JSON.stringify(text.slice(0, 300))}`);
    if (!/Huldt & Lillevik Lønn/.test(text) || !/Visma HRM/.test(text)) throw new Error('the message does not name both systems');
    // The related location (the company's goal) is a row under Fjellbygd's finding: "ikt-fjord.md[Ln 27, Col 12]: …".
    const related = panel.locator('.monaco-list-row', { hasText: /ikt-fjord\.md\[Ln \d+, Col \d+\]/ });
    if ((await related.count()) === 0) throw new Error(`no related location in ikt-fjord.md: ${JSON.stringify(text.slice(0, 400))}`);
    console.log(`# Problems panel: ${JSON.stringify(text.replace(/\s+/g, ' ').slice(0, 240))}…`);
    await filter.fill('');
  });

  await check('a hover on an objective ID shows the national objective', async () => {
    const at = find('DS19-M6');
    await goTo(page, at.line, at.column + 2);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover:visible, .monaco-resizable-hover:visible').filter({ hasText: 'DS19-M6' }).first();
    await hover.waitFor({ timeout: WAIT });
    const text = await hover.innerText();
    await shot(page, 'hover');
    // The message language follows the sample's samstemt.yaml (`language: nb`), as in CI, unless samstemt.language says otherwise.
    if (!/Én digital offentlig sektor|One digital public sector/.test(text)) throw new Error(`hover without the framework: ${JSON.stringify(text.slice(0, 200))}`);
    await page.keyboard.press('Escape');
  });

  await check('completion after the supports key lists national objectives', async () => {
    const at = find('- Støttar: DS19-M6');
    await goTo(page, at.line, 1);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('- Støttar: ', { delay: 30 });
    await page.keyboard.press('Control+Space');
    const widget = page.locator('.suggest-widget.visible, .editor-widget.suggest-widget:visible').first();
    const end = Date.now() + WAIT;
    let labels: string[] = [];
    while (Date.now() < end) {
      labels = await widget.locator('.monaco-list-row .label-name').allInnerTexts().catch(() => []);
      if (labels.filter((l) => /^(DS19|DN30)-/.test(l)).length >= 5 && labels.some((l) => /^DS19-/.test(l))) break;
      await page.waitForTimeout(250);
    }
    await shot(page, 'completion');
    const objectives = labels.filter((l) => /^(DS19|DN30)-/.test(l));
    if (objectives.length < 5 || !objectives.some((l) => l.startsWith('DS19-'))) throw new Error(`completion list: ${JSON.stringify(labels.slice(0, 10))}`);
    console.log(`# completion: ${objectives.slice(0, 6).join(', ')}, …`);
    await page.keyboard.press('Escape');
  });
} finally {
  console.log(`# ui: ${since()}`);
  if (failures) await shot(page, 'failure').catch(() => undefined);
  await context.close();
  rmSync(userData, { recursive: true, force: true });
}
process.exitCode = failures ? 1 : 0;
