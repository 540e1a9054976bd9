/**
 * «Sørkyst Digital» (test/fixtures/churn10) while the workspace changes on
 * disk: a `git checkout` of ten files, a member's document renamed into
 * another folder, a member removed, the cooperation split in two and joined
 * again, samstemt.yaml deleted and restored, a framework file added, a file
 * replaced by a folder of the same name, and open buffers with unsaved edits
 * whose files go. Each change is announced as VS Code does. The oracle
 * (test/fixtures/churn10/EXPECTED.md): what the editor shows afterwards (the
 * last publish per file) is what a freshly started server shows on the final
 * disk state, and what `samstemt check --format json` reports there; a file
 * that is gone was cleared, and nothing is published for it after that.
 */
import { strict as assert } from 'node:assert';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { ClientCapabilities, CodeLens, Diagnostic, Location, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { LspClient, completionLabelsAt, editsByUri, hoverAt, messageOf, positionOf, read, removeDir, uriOf, REPO } from './harness.js';
import { within } from '../helpers/time.js';
import { runCli, type JsonDiagnostic } from '../helpers/cli.js';
import { surfaceData } from '../../server/src/engine/surface.js';

const FIXTURE = path.join(REPO, 'test/fixtures/churn10');
type Event = { uri: string; type: 1 | 2 | 3 };

/** Every file under `dir`, relative, with `/`. */
function tree(dir: string, under = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(path.join(dir, under), { withFileTypes: true })) {
    const rel = under ? `${under}/${e.name}` : e.name;
    if (e.isDirectory()) for (const [k, v] of tree(dir, rel)) out.set(k, v);
    else out.set(rel, readFileSync(path.join(dir, rel), 'utf8'));
  }
  return out;
}

/**
 * Makes `root` hold what `target` holds, as `git checkout` does (files
 * written, created and deleted, emptied folders removed), and returns the
 * events VS Code sends for it: one per file, and one per folder created or
 * removed.
 */
function checkout(root: string, target: string): Event[] {
  const before = tree(root);
  const after = tree(target);
  const events: Event[] = [];
  const folders = (files: Iterable<string>) => new Set([...files].flatMap((f) => f.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
  const foldersBefore = folders(before.keys());
  const foldersAfter = folders(after.keys());
  for (const [rel, text] of after) {
    if (before.get(rel) === text) continue;
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
    events.push({ uri: uriOf(path.join(root, rel)), type: before.has(rel) ? 2 : 1 });
  }
  for (const rel of before.keys()) {
    if (after.has(rel)) continue;
    rmSync(path.join(root, rel));
    events.push({ uri: uriOf(path.join(root, rel)), type: 3 });
  }
  for (const f of [...foldersBefore].filter((f) => !foldersAfter.has(f)).sort().reverse()) {
    rmSync(path.join(root, f), { recursive: true, force: true });
    events.push({ uri: uriOf(path.join(root, f)), type: 3 });
  }
  for (const f of [...foldersAfter].filter((f) => !foldersBefore.has(f))) events.push({ uri: uriOf(path.join(root, f)), type: 1 });
  return events;
}

/** A diagnostic as compared between servers: everything the editor shows. */
const shownKey = (d: Diagnostic) => JSON.stringify([d.range, d.severity, d.code, messageOf(d), (d.relatedInformation ?? []).map((r) => [r.location.uri, r.location.range, r.message])]);

/** The editor's message as the command line words it (cli.md: the same diagnostic; only the surface phrases differ). */
function asCli(message: string): string {
  const editor = surfaceData('editor', 'nb');
  const cli = surfaceData('cli', 'nb');
  for (const k of Object.keys(editor)) message = message.split(editor[k]!).join(cli[k]!);
  return message;
}
const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];
const cliKeyOfLsp = (root: string) => (uri: string, d: Diagnostic) =>
  JSON.stringify([path.relative(root, fileURLToPath(uri)).split(path.sep).join('/'), d.range, SEVERITY[d.severity!], d.code, asCli(messageOf(d)), (d.relatedInformation ?? []).map((r) => path.relative(root, fileURLToPath(r.location.uri)).split(path.sep).join('/'))]);
const cliKey = (d: JsonDiagnostic) => JSON.stringify([d.file, d.range, d.severity, d.rule, d.message, (d.related ?? []).map((r) => r.file)]);

describe('language server: Sørkyst Digital while the workspace changes on disk (churn10)', function () {
  this.timeout(120000);
  let root: string;
  let client: LspClient;
  const extra: LspClient[] = [];
  const p = (rel: string) => path.join(root, rel);
  const u = (rel: string) => uriOf(p(rel));

  beforeEach(async function () {
    root = mkdtempSync(path.join(os.tmpdir(), 'samstemt-churn10-'));
    cpSync(path.join(FIXTURE, 'sorkyst'), root, { recursive: true });
    client = await LspClient.start(root);
    await client.diagnosticsFor(u('strategier/straumsund.md'), (ds) => ds.some((d) => d.code === 'conflict-system-choice'));
    await settled(client);
  });
  afterEach(async function () {
    await client?.stop();
    for (const c of extra.splice(0)) await c.stop();
    removeDir(root);
    opened = { folder: '' };
  });

  /** Code actions analyse what changed and publish it before they answer. */
  const settled = (c: LspClient, uri = u('samstemt.yaml')) => c.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });

  /** What an editor shows: the last publish per file, files without findings left out. */
  const shown = (c: LspClient) => new Map([...c.diagnostics].filter(([, ds]) => ds.length > 0).map(([uri, ds]) => [uri, ds.map(shownKey).sort()]));

  /** What the client was started with: the folder the editor opened and its capabilities (the fresh server gets the same). */
  let opened: { folder: string; capabilities?: ClientCapabilities; folders?: string[] } = { folder: '' };
  async function restart(folder: string, capabilities?: ClientCapabilities): Promise<void> {
    await client.stop();
    opened = { folder, ...(capabilities ? { capabilities } : {}) };
    client = await LspClient.start(folder, capabilities ? { capabilities } : {});
    await settled(client);
  }

  /** What a server started now on the disk as it is shows, with `open` buffers open. */
  async function fresh(open: ReadonlyMap<string, string> = new Map()): Promise<Map<string, string[]>> {
    const c = await LspClient.start(opened.folder || root, { ...(opened.capabilities ? { capabilities: opened.capabilities } : {}), ...(opened.folders ? { folders: opened.folders } : {}) });
    extra.push(c);
    for (const [uri, text] of open) c.open(uri, text);
    await settled(c);
    const out = shown(c);
    await c.stop();
    extra.splice(extra.indexOf(c), 1);
    return out;
  }

  /**
   * The oracle: after settling, the last publish per file equals a fresh
   * server's and `samstemt check --format json` run in the opened folder
   * (when no buffer differs from disk); files that no longer exist were
   * cleared, and nothing was published for them after that (since publish
   * number `since`).
   */
  async function assertLikeFreshStart(since: number, open: ReadonlyMap<string, string> = new Map()): Promise<void> {
    await settled(client);
    const now = shown(client);
    assert.deepEqual(now, await fresh(open), 'the editor shows what a fresh start shows');
    for (const uri of new Set(client.published.slice(since).map((x) => x.uri))) {
      const file = fileURLToPath(uri);
      if (existsSync(file) && statSync(file).isFile()) continue;
      if (open.has(uri)) continue;
      const mine = client.published.slice(since).filter((x) => x.uri === uri);
      const cleared = mine.findIndex((x) => x.diagnostics.length === 0);
      assert.ok(cleared >= 0, `${uri} is gone and was cleared`);
      assert.deepEqual(mine.slice(cleared + 1).map((x) => x.diagnostics.length), [], `nothing published for ${uri} after it was cleared`);
    }
    if (open.size > 0) return;
    // The editor opened below samstemt.yaml analyses that whole cooperation (docs/editors.md); `samstemt check` on a
    // sub-folder reports only the files under it (README), so the command runs where the cooperation is.
    let cwd = opened.folder || root;
    while (cwd !== root && !existsSync(path.join(cwd, 'samstemt.yaml'))) cwd = path.dirname(cwd);
    const run = runCli(['check', '.', '--format', 'json'], cwd);
    // Exit code 2 with nothing to check (no samstemt.yaml and no *.strategy.* file): no findings.
    const nothing = run.status === 2 && /ingen samstemt\.yaml og ingen strategidokumenter/.test(run.stderr);
    assert.ok(run.status === 0 || run.status === 1 || nothing, run.stderr);
    const report = nothing ? undefined : (JSON.parse(run.stdout) as { root: string; diagnostics: JsonDiagnostic[] });
    const cli = (report?.diagnostics ?? []).map(cliKey).sort();
    const key = cliKeyOfLsp(path.resolve(cwd, report?.root ?? '.'));
    const lsp = [...client.diagnostics].flatMap(([uri, ds]) => ds.map((d) => key(uri, d))).sort();
    assert.deepEqual(lsp, cli, 'the editor shows what samstemt check reports');
  }

  it('starts like a fresh server and like samstemt check (the fixture’s baseline)', async function () {
    await assertLikeFreshStart(0);
  });

  it('follows a git checkout that changes ten files at once', async function () {
    const since = client.published.length;
    const events = checkout(root, path.join(FIXTURE, 'revisjon'));
    assert.equal(events.filter((e) => !e.uri.endsWith('/strategier/lyngvik') && !e.uri.endsWith('/strategier/utkast')).length, 10);
    client.watched(events);
    await assertLikeFreshStart(since);
    // And back to the first branch.
    const back = client.published.length;
    client.watched(checkout(root, path.join(FIXTURE, 'sorkyst')));
    await assertLikeFreshStart(back);
  });

  it('follows a member’s document renamed into another folder while it is open: references and rename reach the new place', async function () {
    const before = 'strategier/lyngvik.md';
    const after = 'strategier/medlemmer/lyngvik-kommune.md';
    const text = read(p(before));
    client.open(u(before), text);
    await settled(client, u(before));
    const since = client.published.length;
    // Renamed in the Explorer: moved on disk, the editor closed and opened under the new name, the watcher reports both.
    mkdirSync(p('strategier/medlemmer'));
    renameSync(p(before), p(after));
    client.close(u(before));
    client.open(u(after), text);
    client.watched([
      { uri: u(before), type: 3 },
      { uri: u('strategier/medlemmer'), type: 1 },
      { uri: u(after), type: 1 },
    ]);
    await assertLikeFreshStart(since, new Map([[u(after), text]]));
    assert.deepEqual(client.diagnostics.get(u(before)), [], 'nothing left under the old name');
    const hr = client.diagnostics.get(u('strategier/sorkyst-digital.md'))!.find((d) => d.code === 'conflict-system-choice' && messageOf(d).includes('SAP'));
    assert.deepEqual(hr?.relatedInformation?.map((r) => r.location.uri), [u(after)], 'the conflict points into the new file');

    // References to havby#digital-byggesak: from the renamed file, not the old one.
    const havby = read(p('strategier/havby.md'));
    const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri: u('strategier/havby.md') }, position: positionOf(havby, '{#digital-byggesak}', 3), context: { includeDeclaration: false } });
    assert.deepEqual([...new Set(refs.map((r) => r.uri))], [u(after)]);
    // Rename of hr-system from the company's document: edits the new file.
    const company = read(p('strategier/sorkyst-digital.md'));
    void company;
    const edit = await client.request<WorkspaceEdit | null>('textDocument/rename', { textDocument: { uri: u(after) }, position: positionOf(text, '{#hr-system}', 3), newName: 'eget-hr-system' });
    assert.deepEqual([...editsByUri(edit!).keys()], [u(after)]);
    assert.match(await hoverAt(client, p('strategier/havby.md'), 'sorkyst-digital#felles-arkiv'), /Felles sak- og arkivsystem/);

    // Closed: the file on disk, under its new name.
    const closing = client.published.length;
    client.close(u(after));
    await assertLikeFreshStart(closing);
  });

  it('follows a member removed from samstemt.yaml (edited and saved in the editor) and its document deleted', async function () {
    const config = read(p('samstemt.yaml'));
    client.open(u('samstemt.yaml'), config);
    const edited = config.replace(/^  kvalholm: .*\n/m, '');
    assert.notEqual(edited, config);
    client.change(u('samstemt.yaml'), edited);
    await settled(client);
    const since = client.published.length;
    writeFileSync(p('samstemt.yaml'), edited);
    client.watched([{ uri: u('samstemt.yaml'), type: 2 }]);
    rmSync(p('strategier/kvalholm.yaml'));
    client.watched([{ uri: u('strategier/kvalholm.yaml'), type: 3 }]);
    await assertLikeFreshStart(since, new Map([[u('samstemt.yaml'), edited]]));
    assert.deepEqual(client.diagnostics.get(u('strategier/kvalholm.yaml')), []);
    const straumsund = client.diagnostics.get(u('strategier/straumsund.md'))!;
    assert.ok(straumsund.some((d) => d.code === 'unknown-member' && messageOf(d).includes('kvalholm')), JSON.stringify(straumsund.map((d) => d.code)));
    assert.doesNotMatch(await hoverAt(client, p('strategier/straumsund.md'), 'kvalholm#trygg-heime'), /Kvalholm kommune|Trygg heime/);
    const closing = client.published.length;
    client.close(u('samstemt.yaml'));
    await assertLikeFreshStart(closing);
  });

  it('follows the cooperation split in two by a samstemt.yaml in a sub-folder, and joined again', async function () {
    const vest = 'strategier/vest';
    const since = client.published.length;
    mkdirSync(p(vest));
    writeFileSync(p(`${vest}/samstemt.yaml`), 'cooperation: Vest-samarbeidet\nlanguage: nn\nframeworks: [DS19, DN30]\ndocuments: ["*.md", "*.yaml"]\nmembers:\n  straumsund: { name: Straumsund kommune, kind: kommune, population: 2400 }\n  kvalholm:   { name: Kvalholm kommune, kind: kommune, population: 950 }\n');
    renameSync(p('strategier/straumsund.md'), p(`${vest}/straumsund.md`));
    renameSync(p('strategier/kvalholm.yaml'), p(`${vest}/kvalholm.yaml`));
    client.watched([
      { uri: u(vest), type: 1 },
      { uri: u(`${vest}/samstemt.yaml`), type: 1 },
      { uri: u('strategier/straumsund.md'), type: 3 },
      { uri: u(`${vest}/straumsund.md`), type: 1 },
      { uri: u('strategier/kvalholm.yaml'), type: 3 },
      { uri: u(`${vest}/kvalholm.yaml`), type: 1 },
    ]);
    await assertLikeFreshStart(since);
    // Goal references never cross cooperations: havby#velferd's reference into the other half finds no goal, and says where straumsund went.
    assert.ok(client.diagnostics.get(u('strategier/havby.md'))!.some((d) => d.code === 'unknown-goal-ref' && messageOf(d).includes('Vest-samarbeidet')));
    assert.doesNotMatch(await hoverAt(client, p('strategier/havby.md'), 'straumsund#velferdsteknologi'), /Velferdsteknologi i heimetenesta/);
    // References and rename stay in the half the goal belongs to.
    const moved = read(p(`${vest}/straumsund.md`));
    const at = { textDocument: { uri: u(`${vest}/straumsund.md`) }, position: positionOf(moved, '{#velferdsteknologi}', 3) };
    const refs = await client.request<Location[]>('textDocument/references', { ...at, context: { includeDeclaration: true } });
    assert.deepEqual([...new Set(refs.map((r) => r.uri))], [u(`${vest}/straumsund.md`)]);
    const edit = await client.request<WorkspaceEdit | null>('textDocument/rename', { ...at, newName: 'velferd-heime' });
    assert.deepEqual([...editsByUri(edit!).keys()], [u(`${vest}/straumsund.md`)]);
    // Inside vest, kvalholm#trygg-heime still leads to kvalholm's goal.
    const defs = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: u(`${vest}/straumsund.md`) }, position: positionOf(moved, 'kvalholm#trygg-heime', 12) });
    assert.deepEqual(defs.map((d) => d.uri), [u(`${vest}/kvalholm.yaml`)], 'inside vest the reference resolves');

    // Joined again: the files move back and the folder goes (VS Code reports the folder once).
    const back = client.published.length;
    renameSync(p(`${vest}/straumsund.md`), p('strategier/straumsund.md'));
    renameSync(p(`${vest}/kvalholm.yaml`), p('strategier/kvalholm.yaml'));
    rmSync(p(vest), { recursive: true });
    client.watched([
      { uri: u('strategier/straumsund.md'), type: 1 },
      { uri: u('strategier/kvalholm.yaml'), type: 1 },
      { uri: u(vest), type: 3 },
    ]);
    await assertLikeFreshStart(back);
    assert.deepEqual(client.diagnostics.get(u(`${vest}/samstemt.yaml`)) ?? [], []);
  });

  it('follows samstemt.yaml deleted and restored', async function () {
    const config = read(p('samstemt.yaml'));
    const since = client.published.length;
    rmSync(p('samstemt.yaml'));
    client.watched([{ uri: u('samstemt.yaml'), type: 3 }]);
    await assertLikeFreshStart(since);
    assert.deepEqual(shown(client), new Map(), 'under the defaults no file in strategier/ is a document');
    await client.shownMessage((m) => m.includes('samstemt.yaml er borte'));
    const back = client.published.length;
    writeFileSync(p('samstemt.yaml'), config);
    client.watched([{ uri: u('samstemt.yaml'), type: 1 }]);
    await assertLikeFreshStart(back);
    assert.ok(client.diagnostics.get(u('strategier/straumsund.md'))!.some((d) => d.code === 'conflict-system-choice'));
  });

  it('follows a framework file added after samstemt.yaml names it, changed, and its folder deleted', async function () {
    const since = client.published.length;
    writeFileSync(p('samstemt.yaml'), read(p('samstemt.yaml')).replace('frameworks: [DS19, DN30]', 'frameworks: [DS19, DN30, rammeverk/sorkyst.yaml]'));
    writeFileSync(p('strategier/havby.md'), read(p('strategier/havby.md')).replace('- Frist: 2026-12-31\n', '- Frist: 2026-12-31\n- Støtter: SORKYST-1\n'));
    client.watched([
      { uri: u('samstemt.yaml'), type: 2 },
      { uri: u('strategier/havby.md'), type: 2 },
    ]);
    await assertLikeFreshStart(since);
    assert.ok(client.diagnostics.get(u('samstemt.yaml'))!.some((d) => d.code === 'invalid-value' && messageOf(d).includes('rammeverk/sorkyst.yaml')));
    assert.ok(client.diagnostics.get(u('strategier/havby.md'))!.some((d) => d.code === 'unknown-objective'));

    const added = client.published.length;
    mkdirSync(p('rammeverk'));
    const framework = 'framework: SORKYST\ntitle: Regional digitaliseringsplan for Sørkysten 2024–2028\nperiod: 2024–2028\nobjectives:\n  - id: SORKYST-1\n    title: Trygge og digitale helsetenester heime\n    description: Velferdsteknologi og digitalt tilsyn i heimetenestene.\n    keywords: [velferdsteknologi, tilsyn]\n';
    writeFileSync(p('rammeverk/sorkyst.yaml'), framework);
    client.watched([
      { uri: u('rammeverk'), type: 1 },
      { uri: u('rammeverk/sorkyst.yaml'), type: 1 },
    ]);
    await assertLikeFreshStart(added);
    assert.ok(!client.diagnostics.get(u('strategier/havby.md'))!.some((d) => d.code === 'unknown-objective'));

    const changed = client.published.length;
    writeFileSync(p('rammeverk/sorkyst.yaml'), framework.replace('SORKYST-1', 'SORKYST-2'));
    client.watched([{ uri: u('rammeverk/sorkyst.yaml'), type: 2 }]);
    await assertLikeFreshStart(changed);
    assert.ok(client.diagnostics.get(u('strategier/havby.md'))!.some((d) => d.code === 'unknown-objective'));

    const gone = client.published.length;
    rmSync(p('rammeverk'), { recursive: true });
    client.watched([{ uri: u('rammeverk'), type: 3 }]);
    await assertLikeFreshStart(gone);
  });

  for (const perFile of [false, true]) {
    it(`follows a document replaced by a folder of the same name (${perFile ? 'an event per file' : 'one event for the folder'})`, async function () {
      const since = client.published.length;
      const lyngvik = read(p('strategier/lyngvik.md'));
      rmSync(p('strategier/lyngvik.md'));
      mkdirSync(p('strategier/lyngvik.md'));
      writeFileSync(p('strategier/lyngvik.md/personal.md'), lyngvik.replace(/\n## Felles saksbehandling[\s\S]*/, '\n'));
      writeFileSync(p('strategier/lyngvik.md/kompetanse.md'), lyngvik.replace(/\n## Eget personalsystem[\s\S]*?(?=\n## Digital kompetanse)/, '').replace('{#kompetanse}', '{#kompetanse-2}'));
      client.watched([
        { uri: u('strategier/lyngvik.md'), type: 3 },
        { uri: u('strategier/lyngvik.md'), type: 1 },
        ...(perFile ? ([{ uri: u('strategier/lyngvik.md/personal.md'), type: 1 }, { uri: u('strategier/lyngvik.md/kompetanse.md'), type: 1 }] as const) : []),
      ]);
      await assertLikeFreshStart(since);
      assert.deepEqual(client.diagnostics.get(u('strategier/lyngvik.md')), []);
      assert.ok(client.diagnostics.get(u('strategier/lyngvik.md/personal.md'))!.some((d) => d.code === 'conflict-system-choice'));
    });
  }

  it('keeps an open buffer with unsaved edits while its file is deleted, and clears it when closed', async function () {
    const file = 'strategier/straumsund.md';
    const edited = read(p(file)).replace('- Behalde: ePhorte', '- Behalde: ePhorte\n- Aksepterer: sorkyst-digital#felles-arkiv — vi skiftar når avtalen går ut i 2027');
    client.open(u(file), read(p(file)));
    client.change(u(file), edited);
    await settled(client, u(file));
    const since = client.published.length;
    rmSync(p(file));
    client.watched([{ uri: u(file), type: 3 }]);
    await assertLikeFreshStart(since, new Map([[u(file), edited]]));
    assert.ok(client.diagnostics.get(u(file))!.some((d) => d.code === 'conflict-system-choice' && d.severity === 3), 'the buffer’s accepted conflict');
    const closing = client.published.length;
    client.close(u(file));
    await assertLikeFreshStart(closing);
    assert.deepEqual(client.diagnostics.get(u(file)), []);
  });

  it('keeps an open buffer with unsaved edits while its file is replaced on disk, and shows the new file when closed', async function () {
    const file = 'strategier/havby.md';
    const original = read(p(file));
    const edited = original.replace('- Frist: 2027-06-30', '- Frist: 2026-12-31');
    client.open(u(file), original);
    client.change(u(file), edited);
    await settled(client, u(file));
    const since = client.published.length;
    // A colleague's version arrives (git pull): the buffer is not saved, so the editor keeps it.
    writeFileSync(p(file), original.replace('- Krever: radgiving 2', '- Krever: radgiving 1'));
    client.watched([{ uri: u(file), type: 2 }]);
    await assertLikeFreshStart(since, new Map([[u(file), edited]]));
    const closing = client.published.length;
    client.close(u(file));
    await assertLikeFreshStart(closing);
    assert.ok(!client.diagnostics.get(u(file))!.some((d) => d.code === 'conflict-capacity'), 'the file on disk needs 1 + 3 årsverk');
  });

  it('keeps an open buffer with unsaved edits while its file is replaced by a folder of the same name', async function () {
    const file = 'strategier/lyngvik.md';
    const original = read(p(file));
    const edited = original.replace('- Innføre: SAP SuccessFactors', '- Innføre: Visma HRM');
    client.open(u(file), original);
    client.change(u(file), edited);
    await settled(client, u(file));
    const since = client.published.length;
    rmSync(p(file));
    mkdirSync(p(file));
    writeFileSync(p(`${file}/personal.md`), original.replace(/\{#/g, '{#ny-'));
    client.watched([
      { uri: u(file), type: 3 },
      { uri: u(file), type: 1 },
    ]);
    await assertLikeFreshStart(since, new Map([[u(file), edited]]));
    const closing = client.published.length;
    client.close(u(file));
    await assertLikeFreshStart(closing);
    assert.deepEqual(client.diagnostics.get(u(file)), []);
  });

  /** Resolves once the diagnostics of `uri` satisfy `predicate`; fails after 20 s (the server polls every 2 s). */
  const until = (uri: string, predicate: (ds: Diagnostic[]) => boolean, what: string) => within(client.diagnosticsFor(uri, predicate), 20000, () => assert.fail(`${what}: ${JSON.stringify(client.diagnostics.get(uri)?.map((d) => d.code))}`));

  it('follows the split when the editor opened strategier/ below samstemt.yaml: a samstemt.yaml created in the opened folder, and deleted', async function () {
    await restart(p('strategier'));
    await assertLikeFreshStart(0);
    assert.ok((client.diagnostics.get(u('samstemt.yaml')) ?? []).length > 0, 'the cooperation above the opened folder is analysed');
    const since = client.published.length;
    writeFileSync(p('strategier/samstemt.yaml'), read(p('samstemt.yaml')).replace('cooperation: Sørkyst Digital', 'cooperation: Sørkyst Digital (utkast)').replace(/documents:\n(  - .*\n)+/, 'documents: ["**/*.md", "**/*.yaml"]\n'));
    client.watched([{ uri: u('strategier/samstemt.yaml'), type: 1 }]);
    await assertLikeFreshStart(since);
    assert.deepEqual(client.diagnostics.get(u('samstemt.yaml')), [], 'the samstemt.yaml above no longer applies');
    const back = client.published.length;
    rmSync(p('strategier/samstemt.yaml'));
    client.watched([{ uri: u('strategier/samstemt.yaml'), type: 3 }]);
    await assertLikeFreshStart(back);
    assert.ok((client.diagnostics.get(u('samstemt.yaml')) ?? []).length > 0);
  });

  it('notices samstemt.yaml above the opened folder deleted and restored, which the editor does not watch', async function () {
    await restart(p('strategier'));
    const config = read(p('samstemt.yaml'));
    const since = client.published.length;
    rmSync(p('samstemt.yaml'));
    await until(u('strategier/havby.md'), (ds) => ds.length === 0, 'havby.md is no document under the defaults');
    await assertLikeFreshStart(since);
    // Restored (a git checkout, an undo in the file manager): the cooperation above applies again, as on a fresh start.
    const back = client.published.length;
    writeFileSync(p('samstemt.yaml'), config);
    await until(u('samstemt.yaml'), (ds) => ds.some((d) => d.code === 'objective-uncovered'), 'the restored samstemt.yaml above the opened folder applies again');
    await assertLikeFreshStart(back);
    assert.ok(client.diagnostics.get(u('strategier/straumsund.md'))!.some((d) => d.code === 'conflict-system-choice'));
  });

  const NO_WATCHERS: ClientCapabilities = { textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } } };

  it('follows a git checkout of ten files, and back, in an editor that cannot watch files (the server polls)', async function () {
    await restart(root, NO_WATCHERS);
    const since = client.published.length;
    checkout(root, path.join(FIXTURE, 'revisjon'));
    await until(u('strategier/straumsund.md'), (ds) => ds.length === 0, 'straumsund.md is gone');
    await until(u('strategier/utkast/felles-ki.md'), (ds) => ds.some((d) => d.code === 'duplicate-goal-id'), 'the new draft is checked');
    await assertLikeFreshStart(since);
    const back = client.published.length;
    checkout(root, path.join(FIXTURE, 'sorkyst'));
    await until(u('strategier/utkast/felles-ki.md'), (ds) => ds.length === 0, 'the draft is gone');
    await until(u('strategier/straumsund.md'), (ds) => ds.length > 0, 'straumsund.md is back');
    await assertLikeFreshStart(back);
  });

  it('follows a document replaced by a folder of the same name, and the split in two, in an editor that cannot watch files', async function () {
    await restart(root, NO_WATCHERS);
    const since = client.published.length;
    const lyngvik = read(p('strategier/lyngvik.md'));
    rmSync(p('strategier/lyngvik.md'));
    mkdirSync(p('strategier/lyngvik.md'));
    writeFileSync(p('strategier/lyngvik.md/personal.md'), lyngvik);
    await until(u('strategier/lyngvik.md/personal.md'), (ds) => ds.length > 0, 'the folder’s document is checked');
    await assertLikeFreshStart(since);
    const split = client.published.length;
    mkdirSync(p('strategier/vest'));
    writeFileSync(p('strategier/vest/samstemt.yaml'), 'cooperation: Vest\nlanguage: nb\ndocuments: ["*.md"]\nmembers:\n  straumsund: { name: Straumsund kommune, kind: kommune, population: 2400 }\n');
    renameSync(p('strategier/straumsund.md'), p('strategier/vest/straumsund.md'));
    await until(u('strategier/vest/samstemt.yaml'), (ds) => ds.length > 0, 'the nested cooperation is checked');
    await assertLikeFreshStart(split);
  });

  /**
   * Random sequences of what advisers do to the files (a fixed seed: the same
   * sequence on every run), each announced as VS Code announces it, with the
   * oracle after every step.
   */
  for (const seed of (process.env['CHURN10_SEEDS'] ?? '7').split(',').map(Number)) {
    it(`follows a random sequence of changes on disk (seed ${seed})`, async function () {
      let state = seed;
      const rnd = (n: number) => {
        state = (state * 1103515245 + 12345) % 2147483648;
        return Math.floor(state / 65536) % n;
      };
      const pick = <T>(xs: readonly T[]): T => xs[rnd(xs.length)]!;
      const docs = () => [...tree(root).keys()].filter((f) => f.startsWith('strategier/') && /\.(md|ya?ml)$/.test(f) && !f.endsWith('samstemt.yaml'));
      const log: string[] = [];
      /** Open buffers (relative path → text), moved with their files as VS Code moves the editors of a renamed file or folder. */
      const open = new Map<string, string>();
      const moveOpen = (from: string, to: string) => {
        for (const [f, text] of [...open]) {
          const dest = f === from ? to : f.startsWith(from + '/') ? to + f.slice(from.length) : undefined;
          if (dest === undefined) continue;
          client.close(u(f));
          open.delete(f);
          client.open(u(dest), text);
          open.set(dest, text);
        }
      };
      const steps: (() => Event[])[] = [
        // An edit on disk (a pull): a deadline moved.
        () => {
          const f = pick(docs());
          const text = read(p(f));
          const next = text.replace(/(\d{4})(-\d\d-\d\d)?/, (_, y: string, rest = '') => `${Number(y) + pick([-1, 1, 2])}${rest}`);
          writeFileSync(p(f), next);
          log.push(`edit ${f}`);
          return [{ uri: u(f), type: 2 }];
        },
        // Renamed into another folder.
        () => {
          const f = pick(docs());
          const folder = pick(['strategier', 'strategier/medlemmer', 'strategier/Sørkyst arkiv', 'strategier/vest']);
          const to = `${folder}/${pick(['ny-', 'x-', ''])}${path.basename(f)}`;
          if (to === f || existsSync(p(to))) return [];
          const made = !existsSync(p(folder));
          mkdirSync(p(folder), { recursive: true });
          renameSync(p(f), p(to));
          moveOpen(f, to);
          log.push(`move ${f} -> ${to}`);
          return [{ uri: u(f), type: 3 }, ...(made ? [{ uri: u(folder), type: 1 as const }] : []), { uri: u(to), type: 1 }];
        },
        // A nested samstemt.yaml created or deleted.
        () => {
          const folder = pick(['strategier/vest', 'strategier/medlemmer', 'strategier']);
          const cfg = `${folder}/samstemt.yaml`;
          if (existsSync(p(cfg))) {
            rmSync(p(cfg));
            log.push(`rm ${cfg}`);
            return [{ uri: u(cfg), type: 3 }];
          }
          const made = !existsSync(p(folder));
          mkdirSync(p(folder), { recursive: true });
          writeFileSync(p(cfg), 'cooperation: Delsamarbeid\nlanguage: nn\ndocuments: ["**/*.md", "**/*.yaml"]\nmembers:\n  straumsund: { name: Straumsund kommune, kind: kommune, population: 2400 }\n  kvalholm: { name: Kvalholm kommune, kind: kommune, population: 950 }\n');
          log.push(`create ${cfg}`);
          return [...(made ? [{ uri: u(folder), type: 1 as const }] : []), { uri: u(cfg), type: 1 }];
        },
        // A folder renamed (VS Code reports the two folders only).
        () => {
          const folders = [...new Set(docs().map((f) => path.dirname(f)))].filter((d) => d !== 'strategier' && d !== '.');
          if (folders.length === 0) return [];
          const from = pick(folders);
          const to = `strategier/${pick(['arkiv', 'gammelt', 'kommuner'])}`;
          if (existsSync(p(to)) || to.startsWith(from + '/') || to === from) return [];
          renameSync(p(from), p(to));
          moveOpen(from, to);
          log.push(`mv folder ${from} -> ${to}`);
          return [{ uri: u(from), type: 3 }, { uri: u(to), type: 1 }];
        },
        // A member removed from, or put back into, samstemt.yaml.
        () => {
          const text = read(p('samstemt.yaml'));
          const next = text.includes('  kvalholm:') ? text.replace(/^  kvalholm: .*\n/m, '') : text.replace('members:\n', 'members:\n  kvalholm:        { name: Kvalholm kommune,    kind: kommune, population: 950 }\n');
          writeFileSync(p('samstemt.yaml'), next);
          log.push('toggle kvalholm in samstemt.yaml');
          return [{ uri: u('samstemt.yaml'), type: 2 }];
        },
        // The documents globs narrowed to Markdown directly in strategier/, or widened back; the language switched.
        () => {
          const text = read(p('samstemt.yaml'));
          const narrow = text.includes('  - "strategier/**/*.yaml"\n');
          let next = narrow ? text.replace('  - "strategier/**/*.md"\n  - "strategier/**/*.yaml"\n', '  - "strategier/*.md"\n') : text.replace('  - "strategier/*.md"\n', '  - "strategier/**/*.md"\n  - "strategier/**/*.yaml"\n');
          next = rnd(2) === 0 ? next : next.includes('language: nb') ? next.replace('language: nb', 'language: nn') : next.replace('language: nn', 'language: nb');
          writeFileSync(p('samstemt.yaml'), next);
          log.push(`documents ${narrow ? 'narrowed' : 'widened'}, ${/language: (\w+)/.exec(next)![1]}`);
          return [{ uri: u('samstemt.yaml'), type: 2 }];
        },
        // samstemt.yaml replaced by a folder of that name, or back.
        () => {
          const config = read(path.join(FIXTURE, 'sorkyst/samstemt.yaml'));
          if (statSync(p('samstemt.yaml')).isDirectory()) {
            rmSync(p('samstemt.yaml'), { recursive: true });
            writeFileSync(p('samstemt.yaml'), config);
            log.push('samstemt.yaml a file again');
            return [{ uri: u('samstemt.yaml'), type: 3 }, { uri: u('samstemt.yaml'), type: 1 }];
          }
          rmSync(p('samstemt.yaml'));
          mkdirSync(p('samstemt.yaml'));
          writeFileSync(p('samstemt.yaml/gammel.md'), '# Gammel konfigurasjon\n');
          log.push('samstemt.yaml replaced by a folder');
          return [{ uri: u('samstemt.yaml'), type: 3 }, { uri: u('samstemt.yaml'), type: 1 }];
        },
        // A document opened and given an unsaved edit (a goal's system changed), or closed.
        () => {
          if (open.size > 0 && rnd(2) === 0) {
            const f = pick([...open.keys()]);
            client.close(u(f));
            open.delete(f);
            log.push(`close ${f}`);
            return [];
          }
          const f = pick(docs());
          const text = read(p(f)).replace(/(Innføre|Behalde|Beholde|behalde): .*/, '$1: Public 360').replace(/Frist: 20\d\d/, 'Frist: 2029');
          if (open.has(f)) client.change(u(f), text);
          else client.open(u(f), read(p(f)));
          client.change(u(f), text);
          open.set(f, text);
          log.push(`edit buffer ${f}`);
          return [];
        },
        // A document deleted, or restored from the fixture.
        () => {
          const originals = [...tree(path.join(FIXTURE, 'sorkyst')).keys()].filter((f) => f.startsWith('strategier/'));
          const missing = originals.filter((f) => !existsSync(p(f)));
          if (missing.length > 0 && rnd(2) === 0) {
            const f = pick(missing);
            if (existsSync(p(path.dirname(f))) && !statSync(p(path.dirname(f))).isDirectory()) return [];
            writeFileSync(p(f), readFileSync(path.join(FIXTURE, 'sorkyst', f), 'utf8'));
            log.push(`restore ${f}`);
            return [{ uri: u(f), type: 1 }];
          }
          const f = pick(docs());
          rmSync(p(f));
          log.push(`rm ${f}`);
          return [{ uri: u(f), type: 3 }];
        },
      ];
      for (let i = 0; i < 14; i++) {
        const since = client.published.length;
        const step = pick(steps);
        const configIsFolder = statSync(p('samstemt.yaml')).isDirectory();
        if (configIsFolder && (step === steps[4] || step === steps[5])) continue;
        const events = step();
        if (events.length > 0) client.watched(events);
        try {
          await assertLikeFreshStart(since, new Map([...open].map(([f, text]) => [u(f), text])));
        } catch (e) {
          throw new Error(`seed ${seed}, after: ${log.join('; ')}\n${(e as Error).message.slice(0, 3000)}`);
        }
      }
      if (process.env['CHURN10_LOG']) console.log(log.join('\n'));
    });
  }

  it('says nothing about the defaults when a whole cooperation’s folder is deleted (a checkout of a branch without it)', async function () {
    // Two cooperations side by side in the opened folder: Sørkyst Digital, and a network beside it.
    const nett = 'kystnett';
    mkdirSync(p(nett));
    writeFileSync(p(`${nett}/samstemt.yaml`), 'cooperation: Kystnettverket\nlanguage: nb\ndocuments: ["*.md"]\nmembers:\n  havby: { name: Havby kommune, kind: kommune, population: 52000 }\n');
    writeFileSync(p(`${nett}/havby.md`), '---\nowner: havby\n---\n\n## Felles nettverk for kystkommunene {#kystnett}\n\n- Område: infrastruktur\n- Frist: 2026-12-31\n- Støtter: DN30-F2\n');
    const sorkyst = path.join(root, 'sorkyst');
    mkdirSync(sorkyst);
    for (const f of ['samstemt.yaml', 'strategier']) renameSync(p(f), path.join(sorkyst, f));
    await restart(root);
    await client.diagnosticsFor(u(`${nett}/samstemt.yaml`), (ds) => ds.length > 0);
    const since = client.published.length;
    rmSync(p(nett), { recursive: true });
    client.watched([{ uri: u(nett), type: 3 }]);
    await assertLikeFreshStart(since);
    assert.deepEqual(client.shown.filter((m) => m.includes('samstemt.yaml er borte')), [], 'the folder is gone, not its samstemt.yaml alone: no defaults apply to it');
    // Its samstemt.yaml alone deleted: the message, as docs/editors.md says.
    rmSync(path.join(sorkyst, 'samstemt.yaml'));
    client.watched([{ uri: uriOf(path.join(sorkyst, 'samstemt.yaml')), type: 3 }]);
    await settled(client);
    assert.match(await client.shownMessage((m) => m.includes('samstemt.yaml er borte')), /samstemt\.yaml er borte fra sorkyst/);
  });

  it('asks the editor to refresh the lenses of an open document when a checkout changes what they count', async function () {
    await client.stop();
    client = await LspClient.start(root, {
      capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, codeLens: { refreshSupport: true } },
        textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } },
      },
    });
    let refreshes = 0;
    client.conn.onRequest('workspace/codeLens/refresh', () => {
      refreshes++;
      return null;
    });
    const company = u('strategier/sorkyst-digital.md');
    client.open(company, read(p('strategier/sorkyst-digital.md')));
    await settled(client, company);
    const titles = async () => (await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: company } })).map((l) => l.command?.title ?? '');
    const before = await titles();
    const seen = refreshes;
    // havby.md, whose goals contribute to the company's, goes with the checkout.
    rmSync(p('strategier/havby.md'));
    client.watched([{ uri: u('strategier/havby.md'), type: 3 }]);
    await settled(client, company);
    await client.request('textDocument/hover', { textDocument: { uri: company }, position: { line: 0, character: 0 } });
    const after = await titles();
    assert.notDeepEqual(after, before, 'the lenses count one contributing goal less');
    assert.ok(refreshes > seen, 'the editor was asked to refresh them');
  });

  it('offers a framework file in samstemt.yaml once it is created on disk, and no longer once its folder is deleted', async function () {
    const frameworks = async () => (await completionLabelsAt(client, p('samstemt.yaml'), 'frameworks: [DS19, ')).filter((l) => l.includes('/'));
    assert.deepEqual(await frameworks(), []);
    mkdirSync(p('rammeverk'));
    writeFileSync(p('rammeverk/sorkyst.yaml'), 'framework: SORKYST\ntitle: Regional digitaliseringsplan for Sørkysten 2024–2028\nobjectives:\n  - id: SORKYST-1\n    title: Trygge og digitale helsetenester heime\n');
    client.watched([
      { uri: u('rammeverk'), type: 1 },
      { uri: u('rammeverk/sorkyst.yaml'), type: 1 },
    ]);
    assert.deepEqual(await frameworks(), ['rammeverk/sorkyst.yaml']);
    rmSync(p('rammeverk'), { recursive: true });
    client.watched([{ uri: u('rammeverk'), type: 3 }]);
    assert.deepEqual(await frameworks(), []);
  });

  it('follows a framework file kept in a hidden folder when the folder is deleted (VS Code reports the folder only)', async function () {
    mkdirSync(p('.samstemt'));
    writeFileSync(p('.samstemt/sorkyst.yaml'), 'framework: SORKYST\ntitle: Regional digitaliseringsplan for Sørkysten 2024–2028\nperiod: 2024–2028\nobjectives:\n  - id: SORKYST-1\n    title: Trygge og digitale helsetenester heime\n');
    writeFileSync(p('samstemt.yaml'), read(p('samstemt.yaml')).replace('frameworks: [DS19, DN30]', 'frameworks: [DS19, DN30, .samstemt/sorkyst.yaml]'));
    client.watched([
      { uri: u('.samstemt'), type: 1 },
      { uri: u('.samstemt/sorkyst.yaml'), type: 1 },
      { uri: u('samstemt.yaml'), type: 2 },
    ]);
    await assertLikeFreshStart(client.published.length);
    const since = client.published.length;
    rmSync(p('.samstemt'), { recursive: true });
    client.watched([{ uri: u('.samstemt'), type: 3 }]);
    await assertLikeFreshStart(since);
    assert.ok(client.diagnostics.get(u('samstemt.yaml'))!.some((d) => d.code === 'invalid-value' && messageOf(d).includes('.samstemt/sorkyst.yaml')));
  });

  it('follows a member’s document moved from one workspace folder to another (two cooperations opened side by side)', async function () {
    // The split as two folders of a multi-root workspace: sorkyst/ and vest/.
    const sorkyst = path.join(root, 'sorkyst');
    const vest = path.join(root, 'vest');
    mkdirSync(sorkyst);
    for (const f of ['samstemt.yaml', 'strategier']) renameSync(p(f), path.join(sorkyst, f));
    mkdirSync(vest);
    writeFileSync(path.join(vest, 'samstemt.yaml'), 'cooperation: Vest-samarbeidet\nlanguage: nb\ndocuments: ["*.md", "*.yaml"]\nmembers:\n  straumsund: { name: Straumsund kommune, kind: kommune, population: 2400 }\n  kvalholm: { name: Kvalholm kommune, kind: kommune, population: 950 }\n');
    renameSync(path.join(sorkyst, 'strategier/kvalholm.yaml'), path.join(vest, 'kvalholm.yaml'));
    await client.stop();
    const capabilities: ClientCapabilities = { workspace: { workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } }, textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } } };
    opened = { folder: sorkyst, capabilities, folders: [sorkyst, vest] };
    client = await LspClient.start(sorkyst, { capabilities, folders: [sorkyst, vest] });
    await settled(client);
    const moveFrom = path.join(sorkyst, 'strategier/straumsund.md');
    const moveTo = path.join(vest, 'straumsund.md');
    const since = client.published.length;
    renameSync(moveFrom, moveTo);
    client.watched([
      { uri: uriOf(moveFrom), type: 3 },
      { uri: uriOf(moveTo), type: 1 },
    ]);
    await settled(client);
    assert.deepEqual(shown(client), await fresh());
    assert.deepEqual(client.diagnostics.get(uriOf(moveFrom)), []);
    // In vest, straumsund's reference to kvalholm#trygg-heime resolves; in sorkyst, havby's to straumsund#velferdsteknologi no longer does.
    assert.ok(client.diagnostics.has(uriOf(moveTo)) && !client.diagnostics.get(uriOf(moveTo))!.some((d) => /unknown-(member|goal-ref)/.test(String(d.code))), JSON.stringify(client.diagnostics.get(uriOf(moveTo))?.map((d) => d.code)));
    assert.ok(client.diagnostics.get(uriOf(path.join(sorkyst, 'strategier/havby.md')))!.some((d) => d.code === 'unknown-goal-ref' && messageOf(d).includes('straumsund#velferdsteknologi')));
    const defs = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: uriOf(moveTo) }, position: positionOf(read(moveTo), 'kvalholm#trygg-heime', 12) });
    assert.deepEqual(defs.map((d) => d.uri), [uriOf(path.join(vest, 'kvalholm.yaml'))]);
    for (const x of client.published.slice(since)) if (x.uri === uriOf(moveFrom)) assert.deepEqual(x.diagnostics, [], 'nothing but the clearing at the old place');
  });
});
