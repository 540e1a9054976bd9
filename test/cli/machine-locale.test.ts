/**
 * The output does not depend on the machine's locale (cli.md: «the output is
 * deterministic»). An author's laptop set to Norwegian sorts «Å» after «S»,
 * CI set to English or C sorts it beside «A»: findings that tie on file,
 * place and rule must still come out in the same order on both.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { CLI, tempWorkspace, type JsonDiagnostic } from '../helpers/cli.js';
import { CONFIG_NB } from '../helpers/workspace.js';

// Two sub-goals due after their parent: two `conflict-deadline` findings at the parent's deadline,
// whose messages differ first at «Å» / «S», and two conflicts in the report whose goal IDs do.
const STRATEGY = `---
owner: storby
---

# Digitaliseringsstrategi for Storby

### Digitale innbyggertjenester {#innbyggertjenester}

- Område: innbyggertjenester
- Støtter: DS19-M1
- Frist: 2024-12-31

#### Selvbetjent brukerstøtte {#selvbetjening}

- Frist: 2026-12-31

#### Åpne data fra kommunen {#åpne-data}

- Frist: 2027-12-31
`;

const LOCALES = ['C', 'en_US.UTF-8', 'nb_NO.UTF-8', 'da_DK.UTF-8'];

function run(args: string[], locale: string): string {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: locale, LC_ALL: locale, LC_COLLATE: locale },
  });
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status} under ${locale}: ${r.stderr}`);
  return r.stdout;
}

describe('the output under different machine locales', function () {
  this.timeout(60000);
  const dir = tempWorkspace({ 'samstemt.yaml': CONFIG_NB, 'strategier/storby.md': STRATEGY });

  it('the fixture has findings that tie on file, place and rule, differing at «Å» and «S»', function () {
    const found = (JSON.parse(run(['check', dir, '--format', 'json'], 'C')) as { diagnostics: JsonDiagnostic[] }).diagnostics.filter((d) => d.rule === 'conflict-deadline' && d.range.start.line === 10);
    assert.equal(found.length, 2, JSON.stringify(found, null, 1));
    assert.ok(found.some((d) => d.message.includes('«Åpne')) && found.some((d) => d.message.includes('«Selvbetjent')));
  });

  for (const format of ['json', 'sarif', 'github', 'stylish']) {
    it(`check --format ${format} prints the same under ${LOCALES.join(', ')}`, function () {
      const [first, ...rest] = LOCALES.map((l) => run(['check', dir, '--format', format], l));
      for (const [i, out] of rest.entries()) assert.equal(out, first, `${LOCALES[i + 1]} differs from ${LOCALES[0]}`);
    });
  }

  it('ties are in the order of the characters, «S» (U+0053) before «Å» (U+00C5), on every machine', function () {
    for (const locale of LOCALES) {
      const found = (JSON.parse(run(['check', dir, '--format', 'json'], locale)) as { diagnostics: JsonDiagnostic[] }).diagnostics.filter((d) => d.rule === 'conflict-deadline' && d.range.start.line === 10);
      assert.deepEqual(
        found.map((d) => (d.message.includes('«Selvbetjent') ? 'S' : 'Å')),
        ['S', 'Å'],
        locale,
      );
    }
  });

  it('report --format json prints the same under every locale', function () {
    const [first, ...rest] = LOCALES.map((l) => run(['report', dir, '--format', 'json'], l));
    for (const [i, out] of rest.entries()) assert.equal(out, first, `${LOCALES[i + 1]} differs from ${LOCALES[0]}`);
  });
});
