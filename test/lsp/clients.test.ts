/**
 * Protocol tests of what clients other than VS Code send: malformed params,
 * custom requests outside the lifecycle, settings only in the initialization
 * options, no file watchers, a folder below samstemt.yaml or no folder at all.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createProtocolConnection, StreamMessageWriter, type CompletionList } from 'vscode-languageserver-protocol/node';
import { LspClient, SAMPLE, SERVER, copySample, messageOf, messageReader, read, removeDir, sampleFiles, uriOf } from './harness.js';

const codeOf = (e: unknown) => (e as { code?: number }).code;

/** A cooperation without `language:` and one strategy document with a goal that supports no objective. */
function plainCooperation(): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'samstemt-clients-'));
  writeFileSync(path.join(dir, 'samstemt.yaml'), 'cooperation: Test\nmembers:\n  storby: { name: Storby kommune }\n');
  const file = path.join(dir, 'plan.strategy.md');
  writeFileSync(file, '---\nowner: storby\n---\n\n## Digital byggesak {#byggesak}\n\n- Støtter: DS19-M9\n- Frist: 2026\n');
  return { dir, file };
}

describe('language server: malformed request params', function () {
  this.timeout(60_000);
  let client: LspClient;
  const doc = { uri: uriOf(path.join(SAMPLE, 'strategier', 'midtby.md')) };
  const position = { line: 4, character: 3 };

  before(async () => {
    client = await LspClient.start(SAMPLE);
  });
  after(async () => client?.stop());

  const cases: [string, unknown][] = [
    ['textDocument/hover', {}],
    ['textDocument/hover', { textDocument: doc }],
    ['textDocument/completion', { textDocument: doc, position: { line: '3', character: null } }],
    ['textDocument/definition', { position }],
    ['textDocument/references', { textDocument: doc, position }],
    ['textDocument/references', { textDocument: doc, position, context: null }],
    ['textDocument/prepareRename', {}],
    ['textDocument/rename', { textDocument: doc, position, newName: 5 }],
    ['textDocument/documentSymbol', {}],
    ['textDocument/codeLens', {}],
    ['textDocument/codeAction', { textDocument: doc }],
    ['workspace/symbol', {}],
    ['workspace/symbol', { query: 7 }],
    ['samstemt/report', { uri: 7 }],
  ];
  for (const [method, params] of cases) {
    it(`answers ${method} ${JSON.stringify(params)} with InvalidParams and a short message`, async function () {
      await assert.rejects(client.request(method, params), (e) => codeOf(e) === -32602 && /^\S+: .+/.test((e as Error).message));
    });
  }

  it('logs no internal error for them, and still answers well-formed requests', async function () {
    assert.deepEqual(await client.request('workspace/symbol', { query: 'finnes-ikke-noe-sted' }), []);
    assert.ok(Array.isArray(await client.request('textDocument/references', { textDocument: doc, position, context: { includeDeclaration: true } })));
    assert.deepEqual(
      client.logs.filter((l) => / failed: /.test(l)),
      [],
    );
  });
});

describe('language server: samstemt/report and samstemt/tree follow the lifecycle', function () {
  this.timeout(30_000);

  it('refuses them before initialize and after shutdown', async function () {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createProtocolConnection(messageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    conn.listen();
    try {
      for (const m of ['samstemt/report', 'samstemt/tree']) await assert.rejects(conn.sendRequest(m, {}), (e) => codeOf(e) === -32002, m);
      await conn.sendRequest('initialize', { processId: process.pid, rootUri: uriOf(SAMPLE), workspaceFolders: [{ uri: uriOf(SAMPLE), name: 'ikt-fjord' }], capabilities: {} });
      await conn.sendNotification('initialized', {});
      assert.ok(((await conn.sendRequest('samstemt/tree', {})) as unknown[]).length > 0);
      await conn.sendRequest('shutdown');
      for (const m of ['samstemt/report', 'samstemt/tree']) await assert.rejects(conn.sendRequest(m, {}), (e) => codeOf(e) === -32600, m);
      await conn.sendNotification('exit');
    } finally {
      conn.dispose();
      proc.kill();
    }
  });
});

describe('language server: settings from initializationOptions', function () {
  this.timeout(60_000);
  let dir: string;
  let file: string;
  beforeEach(() => ({ dir, file } = plainCooperation()));
  afterEach(() => removeDir(dir));

  it('stay in force when the client answers workspace/configuration with null', async function () {
    const client = await LspClient.start(dir, { locale: 'nb', initializationOptions: { language: 'en' }, capabilities: { workspace: { configuration: true } }, configuration: () => null });
    try {
      const list = await client.diagnosticsFor(uriOf(file), (ds) => ds.length > 0);
      assert.match(messageOf(list[0]!), /^The goal «Digital byggesak» does not support any national objective/);
    } finally {
      await client.stop();
    }
  });

  it('stay in force after a didChangeConfiguration without a samstemt section', async function () {
    const client = await LspClient.start(dir, { locale: 'nb', initializationOptions: { language: 'en' }, capabilities: {} });
    try {
      await client.diagnosticsFor(uriOf(file), (ds) => ds.length > 0);
      void client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { other: { x: 1 } } });
      // An edit after it: its diagnostics are computed with whatever settings are in force then.
      const text = read(file);
      client.open(uriOf(file), text);
      const renamed = client.nextDiagnostics(uriOf(file), (ds) => ds.some((d) => messageOf(d).includes('Digital byggesak 2')));
      client.change(uriOf(file), text.replace('## Digital byggesak', '## Digital byggesak 2'));
      const list = await renamed;
      assert.match(messageOf(list.find((d) => messageOf(d).includes('Digital byggesak 2'))!), /^The goal «Digital byggesak 2» does not support any national objective/);
    } finally {
      await client.stop();
    }
  });
});

describe('language server: completion on an empty line of samstemt.yaml', function () {
  this.timeout(60_000);
  let dir: string;
  afterEach(() => removeDir(dir));

  async function labelsAt(text: string, line: number): Promise<string[]> {
    dir = mkdtempSync(path.join(tmpdir(), 'samstemt-cfgkeys-'));
    const config = path.join(dir, 'samstemt.yaml');
    writeFileSync(config, text);
    const client = await LspClient.start(dir);
    try {
      client.open(uriOf(config), text);
      const r = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: uriOf(config) }, position: { line, character: 0 } });
      return r.items.map((i) => i.label);
    } finally {
      await client.stop();
    }
  }

  it('offers the top-level settings after the last line', async function () {
    const labels = await labelsAt('cooperation: Test\n', 1);
    assert.ok(labels.includes('members') && labels.includes('language'), labels.join(', '));
    assert.ok(!labels.includes('cooperation'), 'a setting already written is not offered again');
  });

  it('offers them in the language of the keys on a blank line between settings', async function () {
    const labels = await labelsAt('samarbeid: Test\n\nspråk: nb\n', 1);
    assert.ok(labels.includes('medlemmer'), labels.join(', '));
    assert.ok(!labels.includes('språk') && !labels.includes('members'), labels.join(', '));
  });
});

describe('language server: messages when a samstemt.yaml goes away', function () {
  this.timeout(60_000);
  let dir: string;
  afterEach(() => removeDir(dir));

  it('says nothing when a workspace folder is removed (its samstemt.yaml is still there)', async function () {
    dir = mkdtempSync(path.join(tmpdir(), 'samstemt-folders-'));
    const [a, b] = ['a', 'b'].map((n) => path.join(dir, n));
    for (const f of [a!, b!]) {
      mkdirSync(f);
      writeFileSync(path.join(f, 'samstemt.yaml'), `cooperation: ${path.basename(f)}\nmembers:\n  storby: { name: Storby kommune }\n`);
      writeFileSync(path.join(f, 'plan.strategy.md'), '---\nowner: storby\n---\n\n## Digital byggesak {#byggesak}\n\n- Frist: 2026\n');
    }
    const client = await LspClient.start(a!, { folders: [a!, b!], capabilities: { workspace: { workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } } } });
    try {
      await client.diagnosticsFor(uriOf(path.join(a!, 'plan.strategy.md')), (ds) => ds.length > 0);
      await client.diagnosticsFor(uriOf(path.join(b!, 'plan.strategy.md')), (ds) => ds.length > 0);
      const cleared = client.nextDiagnostics(uriOf(path.join(a!, 'plan.strategy.md')), (ds) => ds.length === 0);
      void client.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: uriOf(a!), name: 'a' }] } });
      await cleared;
      // Then b's samstemt.yaml really is deleted: that message is the first and only one.
      rmSync(path.join(b!, 'samstemt.yaml'));
      client.watched([{ uri: uriOf(path.join(b!, 'samstemt.yaml')), type: 3 }]);
      await client.shownMessage();
      assert.equal(client.shown.length, 1, client.shown.join('\n'));
      assert.match(client.shown[0]!, /^Samstemt: samstemt\.yaml er borte fra b\. Nå gjelder standardinnstillingene/);
    } finally {
      await client.stop();
    }
  });

  it('says that the outer samstemt.yaml applies when a nested one is deleted and the outer cooperation takes its files', async function () {
    dir = mkdtempSync(path.join(tmpdir(), 'samstemt-nested-'));
    const outer = path.join(dir, 'a');
    const inner = path.join(outer, 'b');
    mkdirSync(inner, { recursive: true });
    writeFileSync(path.join(outer, 'samstemt.yaml'), "cooperation: A\ndocuments: ['**/*.md']\nmembers:\n  x: { name: X }\n");
    writeFileSync(path.join(inner, 'samstemt.yaml'), "cooperation: B\ndocuments: ['**/*.md']\nmembers:\n  y: { name: Y }\n");
    const doc = path.join(inner, 'm.md');
    writeFileSync(doc, '---\nowner: y\n---\n\n## Mål {#m}\n\n- Støtter: DS19-M2\n- Frist: 2026\n');
    const client = await LspClient.start(outer);
    try {
      await client.diagnosticsFor(uriOf(doc), (ds) => !ds.some((d) => d.code === 'unknown-member'));
      const takenOver = client.nextDiagnostics(uriOf(doc), (ds) => ds.some((d) => d.code === 'unknown-member'));
      rmSync(path.join(inner, 'samstemt.yaml'));
      client.watched([{ uri: uriOf(path.join(inner, 'samstemt.yaml')), type: 3 }]);
      await takenOver;
      const message = await client.shownMessage();
      assert.equal(message, 'Samstemt: samstemt.yaml er borte fra b. Dokumentene der hører nå til samarbeidet i a, og samstemt.yaml der gjelder.');
    } finally {
      await client.stop();
    }
  });
});

describe('language server: a client that cannot watch files', function () {
  this.timeout(60_000);
  let root: string;
  let client: LspClient;
  const p = (rel: string) => path.join(root, rel);

  beforeEach(async () => {
    root = copySample();
    // No workspace.didChangeWatchedFiles capability (Neovim on Linux).
    client = await LspClient.start(root, { capabilities: {} });
    await Promise.all(sampleFiles(root).map((f) => client.diagnosticsFor(uriOf(f))));
  });
  afterEach(async () => {
    await client?.stop();
    removeDir(root);
  });

  it('notices a file changed on disk, without any notification', async function () {
    const rel = 'strategier/midtby.md';
    const text = read(p(rel));
    const broken = text.replace('- Frist: 2026-12-31', '- Frist: 2026-13-01');
    assert.notEqual(broken, text);
    const invalid = client.nextDiagnostics(uriOf(p(rel)), (ds) => ds.some((d) => d.code === 'invalid-value' && messageOf(d).includes('2026-13-01')));
    writeFileSync(p(rel), broken);
    await invalid;
  });

  it('notices files created and deleted on disk, without any notification', async function () {
    const rel = 'strategier/ny.md';
    const created = client.nextDiagnostics(uriOf(p(rel)), (ds) => ds.some((d) => d.code === 'unknown-goal-ref'));
    writeFileSync(p(rel), '---\nowner: storby\n---\n\n## Nytt mål {#nytt-mål}\n\n- Bidrar til: ikt-fjord#finnes-ikke\n- Frist: 2026-12-31\n');
    await created;
    const cleared = client.nextDiagnostics(uriOf(p(rel)), (ds) => ds.length === 0);
    rmSync(p(rel));
    await cleared;
  });
});

describe('language server: the cooperation above the opened folder, or without a folder', function () {
  this.timeout(60_000);
  const FJELLBYGD = path.join(SAMPLE, 'strategier', 'fjellbygd.md');

  async function checkFjellbygd(client: LspClient): Promise<void> {
    const list = await client.diagnosticsFor(uriOf(FJELLBYGD), (ds) => ds.length > 0);
    assert.ok(list.every((d) => d.source === 'samstemt'));
    const text = read(FJELLBYGD);
    const at = text.indexOf('DS19-M');
    assert.ok(at > 0);
    const before = text.slice(0, at).split('\n');
    const hover = await client.request('textDocument/hover', { textDocument: { uri: uriOf(FJELLBYGD) }, position: { line: before.length - 1, character: before[before.length - 1]!.length + 2 } });
    assert.ok(hover, 'an objective ID gets a hover');
  }

  it('analyses the cooperation of the nearest samstemt.yaml when the folder is below it', async function () {
    const client = await LspClient.start(path.join(SAMPLE, 'strategier'));
    try {
      await checkFjellbygd(client);
    } finally {
      await client.stop();
    }
  });

  it('analyses the cooperation of an opened document when the client opened no folder', async function () {
    const client = await LspClient.start(SAMPLE, { folders: null });
    try {
      client.open(uriOf(FJELLBYGD), read(FJELLBYGD));
      await checkFjellbygd(client);
    } finally {
      await client.stop();
    }
  });
});
