/**
 * Several cooperations and loose files in the editor (test/fixtures/loose12,
 * EXPECTED.md): «Dalbygd IKT» with a cooperation nested two levels below it
 * (in English), the health network «Helsenettverk Indre» beside it with the
 * same municipalities as members, and strategy files with no samstemt.yaml
 * anywhere above them, read with the defaults (docs/format.md §1,
 * docs/editors.md).
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspClient, messageOf, read, removeDir, uriOf, REPO } from './harness.js';

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
    const network = [p('helsenettverk-indre/strategier/helsenettverk-indre.md'), p('helsenettverk-indre/strategier/kvitnes.md')];
    for (const f of network) {
      const ds = await c.diagnosticsFor(uriOf(f));
      // Gerica Sky (Dalbygd IKT) against DIPS Front and «avvikle Gerica Sky» (the network), sentralisere/desentralisere: other cooperations.
      assert.deepEqual(ds.filter((d) => d.severity! <= 2 || /conflict/.test(String(d.code))), [], path.relative(dir, f));
    }
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
});
