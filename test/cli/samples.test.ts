/**
 * The bundled sample cooperation, checked through the CLI as a user would:
 * every rule fires where the sample's README says, the accepted conflict is
 * `info` and quotes its reason, the exempted member has no conflict, and the
 * goals listed as clean have no findings.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, type JsonDiagnostic } from '../helpers/cli.js';
import { REPO } from '../helpers/workspace.js';

type Diag = JsonDiagnostic;

const SAMPLE = path.join(REPO, 'samples/ikt-fjord');
const readme = readFileSync(path.join(SAMPLE, 'README.md'), 'utf8');
const code = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/** Rows of the README's rule table: rule, severity, file, goal, the other goals. */
const ruleRows = readme
  .split('\n')
  .filter((l) => /^\| `[a-z-]+` \| (error|warning|info|hint) \|/.test(l))
  .map((l) => {
    const cells = l.split('|').slice(1, -1).map((c) => c.trim());
    return { rule: code(cells[0]!)[0]!, severity: cells[1]!, file: code(cells[2]!)[0]!, goal: code(cells[3]!)[0], others: code(cells[4]!) };
  });

let diagnostics: Diag[] = [];

describe('the sample cooperation (samples/ikt-fjord)', () => {
  before(() => {
    const r = runCli(['check', 'samples/ikt-fjord', '--format', 'json']);
    assert.equal(r.status, 1, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.root, 'samples/ikt-fjord');
    diagnostics = out.diagnostics;
  });

  it('documents every rule of the catalog in its README', () => {
    assert.equal(ruleRows.length, 20, 'every rule but parse-error has a row');
  });

  for (const row of ruleRows) {
    it(`shows ${row.rule} on ${row.goal ?? row.file}`, () => {
      const hits = diagnostics.filter((d) => d.rule === row.rule && d.file === row.file && (!row.goal || d.goal === row.goal));
      assert.ok(hits.length > 0, `no ${row.rule} on ${row.file} ${row.goal ?? ''}: ${JSON.stringify(diagnostics.filter((d) => d.rule === row.rule).map((d) => [d.file, d.goal]))}`);
      assert.ok(hits.some((d) => d.severity === row.severity), `${row.rule} severity ${hits.map((d) => d.severity)}`);
      for (const other of row.others) {
        // A two-goal finding is reported on both goals, each pointing at the other.
        assert.ok(hits.some((d) => d.related?.some((r) => r.goal === other)), `${row.rule} on ${row.goal} has no related location to ${other}`);
        assert.ok(diagnostics.some((d) => d.rule === row.rule && d.goal === other), `${row.rule} is not also reported on ${other}`);
      }
    });
  }

  it('reports the accepted conflict as info, quoting its reason', () => {
    const hits = diagnostics.filter((d) => d.goal === 'strandvik#beholde-websak' && d.rule.startsWith('conflict-'));
    assert.ok(hits.length > 0);
    for (const d of hits) {
      assert.equal(d.severity, 'info');
      assert.match(d.message, /differensiert løsning vedtatt i porteføljerådet 2024-03-12/);
    }
  });

  it('reports no conflict for the exempted member', () => {
    assert.deepEqual(diagnostics.filter((d) => d.goal === 'vassbygd#behold-public-360' && d.rule.startsWith('conflict')), []);
  });

  it('has no findings on the goals listed as clean', () => {
    const section = readme.slice(readme.indexOf('### Mål som skal være rene'), readme.indexOf('## English summary'));
    const clean = code(section).filter((c) => c.includes('#'));
    assert.ok(clean.length > 30);
    const dirty = diagnostics.filter((d) => d.goal && clean.includes(d.goal));
    assert.deepEqual(dirty.map((d) => `${d.goal} ${d.rule}: ${d.message}`), []);
  });
});
