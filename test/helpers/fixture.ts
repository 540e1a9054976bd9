/**
 * A test cooperation under test/fixtures, checked through the CLI as its
 * author would run it: `samstemt check DIR --format json`, once for the tests
 * of the enclosing `describe`.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, type JsonDiagnostic } from './cli.js';
import { REPO } from './workspace.js';

export interface CheckedFixture {
  /** The findings of the check (filled before the first test). */
  diagnostics: JsonDiagnostic[];
  /** The findings of `rule` about `goal` (`owner#id`). */
  on(rule: string, goal: string): JsonDiagnostic[];
  /** The text a finding on one line points at, as written in the fixture; undefined for a finding over several lines. */
  textAt(d: Pick<JsonDiagnostic, 'file' | 'range'>): string | undefined;
}

/** Registers the check of `dir` (relative to the repository) as a `before` hook; the fixture's findings make it exit 1. */
export function checkedFixture(dir: string): CheckedFixture {
  const fx: CheckedFixture = {
    diagnostics: [],
    on: (rule, goal) => fx.diagnostics.filter((d) => d.rule === rule && d.goal === goal),
    textAt: (d) => {
      const lines = readFileSync(path.join(REPO, dir, d.file), 'utf8').split('\n');
      const { start, end } = d.range;
      return start.line === end.line ? lines[start.line]!.slice(start.character, end.character) : undefined;
    },
  };
  before(() => {
    const r = runCli(['check', dir, '--format', 'json']);
    assert.equal(r.status, 1, r.stderr);
    fx.diagnostics = JSON.parse(r.stdout).diagnostics;
  });
  return fx;
}

/** One test per conflict a reader of the documents sees, as [rule, goal, goal]: reported on both goals, each pointing at the other. */
export function itReportsOnBothGoals(fx: CheckedFixture, seen: readonly (readonly [string, string, string])[]): void {
  for (const [rule, a, b] of seen) {
    it(`reports ${rule} between ${a} and ${b}, on both goals`, () => {
      assert.ok(fx.on(rule, a).some((d) => d.related?.some((r) => r.goal === b)), `${rule} on ${a} → ${b}: ${JSON.stringify(fx.diagnostics.filter((d) => d.rule === rule).map((d) => d.goal))}`);
      assert.ok(fx.on(rule, b).some((d) => d.related?.some((r) => r.goal === a)), `${rule} on ${b} → ${a}`);
    });
  }
}
