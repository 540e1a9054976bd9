import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copySample, LspClient, removeDir, sampleFiles, uriOf } from './harness.js';

/**
 * The restart cache: a client that names a folder (`initializationOptions.cacheDir`,
 * as the VS Code extension does) gets the last session's diagnostics at once on
 * the next start, when no file changed; the analysis runs as before.
 */
describe('language server: diagnostics kept for the next start', function () {
  this.timeout(60_000);
  let dir: string;
  let cacheDir: string;
  const clients: LspClient[] = [];

  beforeEach(() => {
    dir = copySample();
    cacheDir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-cache-'));
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.stop();
    removeDir(dir);
    removeDir(cacheDir);
  });

  const start = async (options: { cacheDir?: string } = { cacheDir }) => {
    const c = await LspClient.start(dir, options.cacheDir ? { initializationOptions: { cacheDir: options.cacheDir } } : {});
    clients.push(c);
    return c;
  };
  /** Waits for a log line of the server (logs arrive in order with its other messages); never for ever. */
  const logged = async (c: LspClient, prefix: string): Promise<string> => {
    for (let waited = 0; waited < 45_000; waited += 20) {
      const line = c.logs.find((l) => l.startsWith(prefix));
      if (line !== undefined) return line;
      if (c.proc.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`the server did not log "${prefix}…":\n${c.logs.join('\n')}`);
  };
  /** What the server did with the cache at start: published from it, or analysed from scratch. */
  const cacheOutcome = async (c: LspClient): Promise<'published' | 'from scratch'> => {
    await logged(c, 'first analysis published');
    if (c.logs.some((l) => l.startsWith('published the diagnostics of'))) return 'published';
    assert.ok(c.logs.some((l) => l.startsWith('no diagnostics kept')), c.logs.join('\n'));
    return 'from scratch';
  };
  const stop = async (c: LspClient) => {
    await c.stop();
    clients.splice(clients.indexOf(c), 1);
  };
  const snapshot = (c: LspClient) => new Map([...c.diagnostics].map(([uri, ds]) => [uri, JSON.stringify(ds)]));

  it('publishes the last session’s diagnostics before the analysis, equal to what the analysis gives', async () => {
    const first = await start();
    assert.equal(await cacheOutcome(first), 'from scratch');
    await logged(first, 'kept the diagnostics of');
    const analysed = snapshot(first);
    assert.ok([...analysed.values()].some((d) => d !== '[]'), 'the sample has findings');
    await stop(first);

    const second = await start();
    const line = await Promise.race([logged(second, 'published the diagnostics of'), cacheOutcome(second).then((o) => (o === 'published' ? logged(second, 'published the diagnostics of') : assert.fail(`expected a start from the cache, got ${o}`)))]);
    // Everything the first session showed has arrived, and the analysis has not finished yet.
    assert.deepEqual(snapshot(second), analysed);
    assert.ok(!second.logs.slice(0, second.logs.indexOf(line)).some((l) => l.startsWith('analysed ')), second.logs.join('\n'));
    for (const p of sampleFiles(dir)) assert.ok(second.diagnostics.has(uriOf(p)), p);
    // The analysis still runs, and gives the same.
    await logged(second, 'analysed ');
    await logged(second, 'first analysis published');
    assert.deepEqual(snapshot(second), analysed);
  });

  it('analyses from scratch when a file changed between sessions', async () => {
    const first = await start();
    await logged(first, 'kept the diagnostics of');
    await stop(first);
    const doc = sampleFiles(dir).find((p) => p.endsWith('.md') && readFileSync(p, 'utf8').includes('{#'))!;
    writeFileSync(doc, readFileSync(doc, 'utf8').replace(/\{#([a-zæøå0-9-]+)\}/, '{#$1}\n\n- Frist: snart'));

    const second = await start();
    assert.equal(await cacheOutcome(second), 'from scratch');
    const ds = await second.diagnosticsFor(uriOf(doc), (d) => d.some((x) => x.code === 'invalid-value' && String(x.message).includes('snart')));
    assert.ok(ds.length > 0);
  });

  it('keeps the files on disk, not unsaved buffers: the next start still uses them', async () => {
    const first = await start();
    await logged(first, 'kept the diagnostics of');
    const doc = sampleFiles(dir).find((p) => p.endsWith('.md') && readFileSync(p, 'utf8').includes('{#'))!;
    const unsaved = readFileSync(doc, 'utf8').replace(/\{#([a-zæøå0-9-]+)\}/, '{#$1}\n\n- Frist: snart');
    first.open(uriOf(doc), unsaved);
    await first.diagnosticsFor(uriOf(doc), (d) => d.some((x) => String(x.message).includes('snart')));
    await stop(first); // shutdown with an unsaved buffer

    const second = await start();
    assert.equal(await cacheOutcome(second), 'published');
    assert.ok(!(second.diagnostics.get(uriOf(doc)) ?? []).some((x) => String(x.message).includes('snart')));
  });

  it('ignores a cache file that is not what it should be', async () => {
    const first = await start();
    await logged(first, 'kept the diagnostics of');
    await stop(first);
    const [file] = readdirSync(cacheDir);
    const kept = readFileSync(path.join(cacheDir, file!), 'utf8');
    // Right digest, wrong content: a diagnostic without a range.
    writeFileSync(path.join(cacheDir, file!), kept.replace(/"range":\{[^}]*\}[^}]*\}\}/, '"range":"here"'));

    const second = await start();
    assert.equal(await cacheOutcome(second), 'from scratch');
    assert.ok([...second.diagnostics.values()].some((d) => d.length > 0));
  });

  it('writes nothing when the client names no folder', async () => {
    const c = await start({});
    await logged(c, 'first analysis published');
    assert.ok(!c.logs.some((l) => /kept|last session/.test(l)), c.logs.join('\n'));
    assert.deepEqual(readdirSync(cacheDir), []);
  });
});
