/**
 * Several cooperations and loose files in the editor (test/fixtures/loose12,
 * EXPECTED.md): «Dalbygd IKT» with a cooperation nested two levels below it
 * (in English), the health network «Helsenettverk Indre» beside it with the
 * same municipalities as members, and strategy files with no samstemt.yaml
 * anywhere above them, read with the defaults (docs/format.md §1,
 * docs/editors.md).
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Diagnostic, Location, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { LspClient, editsByUri, hoverAt, messageOf, positionOf, read, removeDir, uriOf, REPO } from './harness.js';

const FIXTURE = path.join(REPO, 'test/fixtures/loose12');
const has = (rule: string) => (ds: Diagnostic[]) => ds.some((d) => d.code === rule);

describe('language server: several cooperations and loose files (loose12)', function () {
  this.timeout(60000);
  let dir: string;
  let client: LspClient | undefined;
  const p = (rel: string) => path.join(dir, rel);

  beforeEach(function () {
    dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-loose12-'));
    cpSync(FIXTURE, dir, { recursive: true });
  });
  afterEach(async function () {
    await client?.stop();
    client = undefined;
    removeDir(dir);
  });

  it('keeps references and conflicts inside each cooperation when the parent folder is opened', async function () {
    const c = (client = await LspClient.start(dir));
    const ikt = await c.diagnosticsFor(uriOf(p('dalbygd-ikt/strategier/dalbygd-ikt.md')), has('unknown-goal-ref'));
    // kvitnes#lokal-helsedrift exists, but in the health network: not a goal of Dalbygd IKT.
    assert.deepEqual(ikt.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]), [['unknown-goal-ref', 28, 14, 38]]);
    for (const f of [p('helsenettverk-indre/strategier/helsenettverk-indre.md'), p('helsenettverk-indre/strategier/kvitnes.md')]) {
      const ds = await c.diagnosticsFor(uriOf(f));
      // Gerica Sky (Dalbygd IKT) against DIPS Front and «avvikle Gerica Sky» (the network), sentralisere/desentralisere: other cooperations.
      assert.deepEqual(ds.filter((d) => d.severity! <= 2 || /conflict/.test(String(d.code))), [], path.relative(dir, f));
    }
    // Renaming the network's kvitnes#lokal-helsedrift leaves Dalbygd IKT's dangling reference of the same spelling alone.
    const kvitnes = p('helsenettverk-indre/strategier/kvitnes.md');
    const renamed = await c.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: uriOf(kvitnes) }, position: positionOf(read(kvitnes), 'lokal-helsedrift', 2), newName: 'lokal-drift' });
    assert.deepEqual([...editsByUri(renamed).keys()], [uriOf(kvitnes)]);
    // `alle` in the network means the network's four members, in the network's nynorsk.
    const network = p('helsenettverk-indre/strategier/helsenettverk-indre.md');
    const all = await c.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: uriOf(network) }, position: positionOf(read(network), 'Omfang: alle', 9) });
    assert.match(all.contents.value, /^\*\*Alle dei 4 medlemene i samarbeidet\*\*/);
    assert.match(all.contents.value, /`bjorkdal`/);
    const oppvekst = await c.diagnosticsFor(uriOf(p('dalbygd-ikt/strategier/oppvekst/haugdal-oppvekst.strategy.md')), has('unknown-member'));
    assert.match(messageOf(oppvekst.find((d) => d.code === 'unknown-member')!), /not a member of this cooperation but of "Dalbygd IKT" \(\.\.\/\.\.\/samstemt\.yaml\)/);
  });

  it('reads a loose file opened without any folder together with the strategies beside it, as samstemt check does', async function () {
    const c = (client = await LspClient.start(dir, { folders: null }));
    const fjordheim = p('lause/fjordheim.strategy.md');
    c.open(uriOf(fjordheim), read(fjordheim));
    // Members are the owners of the documents in the folder (sjovik.strategy.yaml beside it): no unknown-member,
    // and the conflict with Sjøvik's ePhorte is found, with Sjøvik's goal as related location.
    const ds = await c.diagnosticsFor(uriOf(fjordheim), has('solution-first'));
    assert.deepEqual(ds.filter((d) => d.code === 'unknown-member').map(messageOf), []);
    const conflict = ds.find((d) => d.code === 'conflict-system-choice')!;
    assert.deepEqual(conflict.relatedInformation?.map((r) => r.location.uri), [uriOf(p('lause/sjovik.strategy.yaml'))]);
    await c.diagnosticsFor(uriOf(p('lause/sjovik.strategy.yaml')), has('conflict-system-choice'));
    // Said once, in the editor's language (bokmål here).
    await c.shownMessage((m) => /lause har ingen samstemt\.yaml/.test(m));
    c.close(uriOf(fjordheim));
    await c.nextDiagnostics(uriOf(p('lause/sjovik.strategy.yaml')), (d) => d.length === 0);
    assert.equal(c.shown.filter((m) => m.includes('samstemt.yaml')).length, 1);
  });

  it('writes hovers, lenses and quick fixes in the language of the document’s own cooperation, as its findings are', async function () {
    // Dalbygd IKT writes bokmål; the cooperation nested two levels below it writes English (`language: en`).
    const c = (client = await LspClient.start(p('dalbygd-ikt'), { capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } }, textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } } } }));
    const school = p('dalbygd-ikt/strategier/oppvekst/haugdal-oppvekst.strategy.md');
    const ds = await c.diagnosticsFor(uriOf(school), has('unknown-member'));
    assert.match(messageOf(ds[0]!), /is not a member of this cooperation/);
    assert.match(await hoverAt(c, school, 'DN30-M1'), /Make everyday life easier and safer/);
    assert.match(await hoverAt(c, p('dalbygd-ikt/strategier/elvebyen.md'), 'DN30-M1'), /enklere og tryggere hverdag/);
    const lenses = await c.request<{ command?: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri: uriOf(school) } });
    assert.ok(lenses.length > 0);
    for (const l of lenses) assert.match(l.command!.title, /objective/, l.command!.title);
    // A date written the Norwegian way in the English cooperation: its quick fix is titled in English.
    c.open(uriOf(school), read(school).replace('- Frist: 2026-08-15', '- Frist: 15.08.2026'));
    const date = (await c.nextDiagnostics(uriOf(school), has('invalid-value'))).find((d) => d.code === 'invalid-value')!;
    const actions = await c.request<{ title: string }[]>('textDocument/codeAction', { textDocument: { uri: uriOf(school) }, range: date.range, context: { diagnostics: [date] } });
    assert.match(messageOf(date), /has the day first/);
    assert.deepEqual(actions.map((a) => a.title), ['Change to "2026-08-15"']);
  });

  it('says that the defaults apply to a folder without samstemt.yaml in the language of that folder’s findings', async function () {
    // Two folders: Dalbygd IKT (`language: nb`) and the loose files, which follow the editor's English.
    const c = (client = await LspClient.start(p('dalbygd-ikt'), { folders: [p('dalbygd-ikt'), p('lause')], locale: 'en' }));
    const ds = await c.diagnosticsFor(uriOf(p('lause/plan/kystnett.strategy.md')), has('unknown-member'));
    assert.match(messageOf(ds.find((d) => d.code === 'unknown-member')!), /is not a member/);
    assert.match(await c.shownMessage((m) => m.includes('samstemt.yaml')), /^Samstemt: lause has no samstemt\.yaml, so the defaults apply/);
    // Not repeated on an edit.
    const fjordheim = uriOf(p('lause/fjordheim.strategy.md'));
    c.open(fjordheim, read(p('lause/fjordheim.strategy.md')).replace('Frist: 2026-12-31', 'Frist: 2026-11-30'));
    await c.nextDiagnostics(fjordheim);
    assert.equal(c.shown.filter((m) => m.includes('samstemt.yaml')).length, 1);
  });

  it('offers the owners beside a loose file as members, and goes to their goals', async function () {
    const c = (client = await LspClient.start(p('lause')));
    const fjordheim = p('lause/fjordheim.strategy.md');
    await c.diagnosticsFor(uriOf(fjordheim), has('conflict-system-choice'));
    // Members are the documents' owners, here and in plan/ (kystnett); `nordvik` owns no document.
    const scope = read(fjordheim).replace('- Omfang: fjordheim, sjovik', '- Omfang: fjordheim, ');
    c.open(uriOf(fjordheim), scope);
    const list = await c.request<{ items: { label: string }[] }>('textDocument/completion', { textDocument: { uri: uriOf(fjordheim) }, position: positionOf(scope, '- Omfang: fjordheim, ', '- Omfang: fjordheim, '.length) });
    const labels = list.items.map((i) => i.label);
    for (const m of ['sjovik', 'kystnett']) assert.ok(labels.includes(m), `${m} in ${labels.join(', ')}`);
    assert.ok(!labels.includes('nordvik'));
    assert.match(await hoverAt(c, fjordheim, 'DN30-M3'), /DN30-M3/);
    const text = read(fjordheim).replace('- Støtter: DN30-M3', '- Støtter: DN30-M3\n- Bidrar til: sjovik#behalde-ephorte');
    c.change(uriOf(fjordheim), text);
    const defs = await c.request<Location[]>('textDocument/definition', { textDocument: { uri: uriOf(fjordheim) }, position: positionOf(text, 'behalde-ephorte', 2) });
    assert.deepEqual(defs.map((l) => [l.uri, l.range.start.line]), [[uriOf(p('lause/sjovik.strategy.yaml')), 4]]);
  });

  for (const mode of ['folder', 'single file'] as const) {
    it(`takes a samstemt.yaml created beside loose files as their cooperation, without telling the defaults again (${mode})`, async function () {
      const c = (client = await LspClient.start(p('lause'), mode === 'folder' ? {} : { folders: null }));
      const kystnett = uriOf(p('lause/plan/kystnett.strategy.md'));
      if (mode === 'single file') c.open(uriOf(p('lause/fjordheim.strategy.md')), read(p('lause/fjordheim.strategy.md')));
      const before = await c.diagnosticsFor(kystnett, has('unknown-member'));
      assert.match(messageOf(before.find((d) => d.code === 'unknown-member')!), /nordvik/);
      await c.shownMessage((m) => /lause har ingen samstemt\.yaml/.test(m));
      writeFileSync(
        p('lause/samstemt.yaml'),
        'cooperation: Kystnett\nlanguage: en\nmembers:\n  fjordheim: { name: Fjordheim kommune, kind: kommune, population: 8200 }\n  sjovik: { name: Sjøvik kommune, kind: kommune, population: 1900 }\n  kystnett: { name: Kystnett IKS, kind: selskap }\n  nordvik: { name: Nordvik kommune, kind: kommune, population: 800 }\n',
      );
      // The editor reports the new file in its folder; without a folder the server finds it on disk.
      if (mode === 'folder') c.watched([{ uri: uriOf(p('lause/samstemt.yaml')), type: 1 }]);
      await c.diagnosticsFor(kystnett, (ds) => !ds.some((d) => d.code === 'unknown-member'));
      await c.diagnosticsFor(uriOf(p('lause/sjovik.strategy.yaml')), (ds) => ds.some((d) => d.code === 'conflict-system-choice' && /Different systems/.test(messageOf(d))));
      assert.equal(c.shown.filter((m) => m.includes('samstemt.yaml')).length, 1, c.shown.join('\n'));
    });
  }
});
