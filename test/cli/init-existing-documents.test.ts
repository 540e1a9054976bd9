import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempWorkspace } from '../helpers/cli.js';

// Without samstemt.yaml, `samstemt check` reads the folder's *.strategy.md files and says
// "`samstemt init` creates one". Following that advice must not drop those documents from the check.
const STORBY = `---
owner: storby
---

## Digitale skjema {#skjema}

- Område: innbyggertjenester
- Støtter: DS19-M3
- Frist: 2025
- Behov: Søknader kommer på papir.
`;

const FJELLBYGD = `owner: fjellbygd
goals:
  - id: breiband
    title: Breiband til alle
    deadline: 2025
    supports: DN30-T1
    priority: høgg
`;

describe('samstemt init in a folder that already holds strategy documents', function () {
  this.timeout(60_000);

  it('keeps them in the check and lists their owners as members', () => {
    const dir = tempWorkspace({ 'storby.strategy.md': STORBY, 'gamle/fjellbygd.strategy.yaml': FJELLBYGD });
    const before = JSON.parse(runCli(['check', dir, '--format', 'json']).stdout);
    assert.equal(before.summary.goals, 2);

    const init = runCli(['init', dir, '--lang', 'en']);
    assert.equal(init.status, 0, init.stderr);
    assert.match(init.stdout, /^Found 2 strategy documents that were already here \(.*fjellbygd\.strategy\.yaml, .*storby\.strategy\.md\): samstemt\.yaml includes them, and lists their owners as members\.\n/);
    const config = readFileSync(path.join(dir, 'samstemt.yaml'), 'utf8');
    assert.match(config, /^members:\n {2}fjellbygd: \{ name: fjellbygd \}\n {2}storby: \{ name: storby \}\n {2}municipality-a:/m);

    const after = JSON.parse(runCli(['check', dir, '--format', 'json']).stdout);
    // The two documents and the example: nothing fell out, and no owner is unknown.
    assert.equal(after.summary.goals, 3);
    assert.deepEqual(after.diagnostics.filter((d: { rule: string }) => d.rule === 'unknown-member'), []);
    // The findings in the old documents are still there.
    assert.equal(after.diagnostics.filter((d: { file: string; rule: string }) => d.file.endsWith('fjellbygd.strategy.yaml') && d.rule === 'invalid-value').length, 1);
  });

  it('says so in the scaffold language, for one document too', () => {
    const dir = tempWorkspace({ 'storby.strategy.md': STORBY });
    const init = runCli(['init', dir, '--lang', 'nn']);
    assert.equal(init.status, 0, init.stderr);
    assert.match(init.stdout, /^Fann eit strategidokument som låg her frå før \(.*storby\.strategy\.md\): samstemt\.yaml tek det med og fører opp eigaren som medlem\.\n/);
    assert.match(readFileSync(path.join(dir, 'samstemt.yaml'), 'utf8'), /^medlemer:\n {2}storby: \{ namn: storby \}\n/m);
  });

  it('an empty folder gets the plain scaffold, without the extra globs', () => {
    const dir = tempWorkspace({});
    const init = runCli(['init', dir]);
    assert.match(init.stdout, /^Laget /);
    assert.doesNotMatch(readFileSync(path.join(dir, 'samstemt.yaml'), 'utf8'), /\*\*\/\*\.strategy\.md/);
  });
});
