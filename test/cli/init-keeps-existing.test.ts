/**
 * `samstemt init` where some of the scaffold is there already (a second run,
 * or an example kept from an earlier one): it creates what is missing, leaves
 * what exists untouched, and says which files it kept.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempWorkspace } from '../helpers/cli.js';

const EDITED_EXAMPLE = `---
owner: kommune-a
---
## Min egen tekst {#eget-mal}

- Støtter: DS19-M2
- Frist: 2027-12-31
`;

describe('samstemt init keeps what exists and creates the rest', function () {
  this.timeout(60_000);

  it('creates samstemt.yaml next to an example document that is already there, and leaves the example as it was', () => {
    const dir = tempWorkspace({ 'strategier/kommune-a.strategy.md': EDITED_EXAMPLE });
    const r = runCli(['init', dir]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(readFileSync(path.join(dir, 'strategier/kommune-a.strategy.md'), 'utf8'), EDITED_EXAMPLE);
    assert.ok(existsSync(path.join(dir, 'samstemt.yaml')));
    assert.match(r.stdout, /^Laget \S*samstemt\.yaml\.\nLot \S*kommune-a\.strategy\.md stå urørt, siden den fantes fra før \(init overskriver aldri filer\)\.\nNeste steg: /);
    // The kept example is one of the scaffold's two files, not «a document that was already here».
    assert.doesNotMatch(r.stdout, /Fant /);
    const check = JSON.parse(runCli(['check', dir, '--format', 'json']).stdout);
    assert.equal(check.summary.goals, 1);
    assert.equal(check.summary.errors, 0, JSON.stringify(check.diagnostics));
  });

  it('creates the example next to a samstemt.yaml that is already there, in each language', () => {
    for (const [lang, example, said] of [
      ['en', 'strategies/municipality-a.strategy.md', /^Created \S*municipality-a\.strategy\.md\.\nLeft \S*samstemt\.yaml as it was: it was already there \(init never overwrites files\)\.\nNext: /],
      ['nn', 'strategiar/kommune-a.strategy.md', /^Laga \S*kommune-a\.strategy\.md\.\nLét \S*samstemt\.yaml stå urørt, sidan ho fanst frå før \(init skriv aldri over filer\)\.\nNeste steg: /],
    ] as const) {
      const dir = tempWorkspace({ 'samstemt.yaml': 'cooperation: Eigen\n' });
      const r = runCli(['init', dir, '--lang', lang]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, said);
      assert.equal(readFileSync(path.join(dir, 'samstemt.yaml'), 'utf8'), 'cooperation: Eigen\n');
      assert.ok(existsSync(path.join(dir, example)), example);
    }
  });

  it('run twice, creates nothing and changes nothing, and says both were kept (exit 0)', () => {
    const dir = tempWorkspace({});
    assert.equal(runCli(['init', dir, '--lang', 'en']).status, 0);
    const config = path.join(dir, 'samstemt.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('Our cooperation', 'Fjordsamarbeidet'));
    const before = readFileSync(config, 'utf8');
    const again = runCli(['init', dir, '--lang', 'en']);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /^Left \S*samstemt\.yaml and \S*municipality-a\.strategy\.md as they were: they were already there \(init never overwrites files\)\.\nNext: /);
    assert.doesNotMatch(again.stdout, /Created/);
    assert.equal(readFileSync(config, 'utf8'), before);
  });
});
