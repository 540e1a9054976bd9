// Renders the sample cooperation's HTML alignment report in headless Chromium
// and saves a full-page PNG (docs/images/report.png, 1280 px wide), the picture
// the README shows.
//
// Usage: node scripts/screenshot-report.mjs [--out FILE] [--html FILE] [--width N] [--sample DIR]
//
// It builds the CLI bundle when it is missing, writes the report with
// `samstemt report --format html`, installs Debian's chromium when
// /usr/bin/chromium is absent (apt-get, as root only) and drives it with
// playwright-core. The page itself loads nothing from the network (its CSP
// forbids it); Chromium is started with its background networking off.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const out = path.resolve(repo, arg('out', 'docs/images/report.png'));
const htmlFile = path.resolve(repo, arg('html', 'test-results/report/ikt-fjord.html'));
const sample = path.resolve(repo, arg('sample', 'samples/ikt-fjord'));
const width = Number(arg('width', '1280'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: repo, ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with exit code ${r.status}`);
}

// 1. The report, through the CLI as a user would run it.
const cli = path.join(repo, 'dist/samstemt.js');
if (!existsSync(cli)) {
  run(process.execPath, [path.join(repo, 'node_modules/esbuild/bin/esbuild'), 'server/src/cli/main.ts', '--bundle', '--platform=node', '--format=cjs', '--target=node20', `--outfile=${cli}`, '--log-level=warning']);
}
mkdirSync(path.dirname(htmlFile), { recursive: true });
run(process.execPath, [cli, 'report', sample, '--format', 'html', '--output', htmlFile], { env: { ...process.env, SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH ?? '1767225600' } });

// 2. Chromium from Debian, only when it is not there yet.
if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() !== 0) throw new Error(`${CHROMIUM} is missing; install it with: sudo apt-get install -y chromium`);
  console.log('Installing Debian chromium …');
  run('apt-get', ['update'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

// 3. Render and save.
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  const blocked = [];
  // Anything but the file itself would be a self-containment bug: record and refuse it.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
  mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: true });
  // The coverage heat map alone, for the README.
  const overview = out.replace(/\.png$/, '-coverage.png');
  const box = await page.locator('#coverage').boundingBox();
  if (box) await page.screenshot({ path: overview, fullPage: true, clip: { x: 0, y: box.y - 16, width, height: Math.min(box.height + 32, 1800) } });
  if (blocked.length) throw new Error(`the report tried to load: ${blocked.join(', ')}`);
  console.log(`Saved ${path.relative(repo, out)} (${Math.round(statSync(out).size / 1024)} KiB) from ${path.relative(repo, htmlFile)}`);
} finally {
  await browser.close();
}
