/**
 * `samstemt check --format json` and `samstemt suggest` on the linking10
 * cooperation (Fjellkyst IKT, `language: nn`): the two rank alike, and both
 * quote the author's words as written, in nynorsk and English goals.
 */
import { strict as assert } from 'node:assert';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';

const DIR = 'test/fixtures/linking10';
interface Suggestion {
  objective: string;
  score: number;
  matched: string[];
}

describe('cli: link suggestions on linking10 (Fjellkyst IKT)', function () {
  this.timeout(60_000);
  let check: { diagnostics: { rule: string; goal?: string; suggestions?: Suggestion[] }[] };
  before(() => {
    const r = runCli(['check', DIR, '--format', 'json']);
    assert.equal(r.status, 1, r.stderr); // DS19-M44 is an error
    check = JSON.parse(r.stdout);
  });

  for (const [file, goal] of [
    ['brekke.strategy.md', 'fellesloysingar'],
    ['fjellkyst-ikt.strategy.md', 'shared-solutions'],
    ['storvik.strategy.md', 'ki-saksbehandling'],
  ] as const) {
    it(`suggest ${file}#${goal} starts with check's suggestions, names as written`, () => {
      const r = runCli(['suggest', path.join(DIR, 'strategiar', `${file}#${goal}`), '--format', 'json']);
      assert.equal(r.status, 0, r.stderr);
      const ranked = (JSON.parse(r.stdout) as { goals: { suggestions: Suggestion[] }[] }).goals[0]!.suggestions;
      const owner = file.replace('.strategy.md', '');
      const inCheck = check.diagnostics.find((d) => d.rule === 'goal-unlinked' && d.goal === `${owner}#${goal}`)!.suggestions!;
      assert.ok(inCheck.length >= 3);
      assert.deepEqual(ranked.slice(0, inCheck.length), inCheck);
      const words = inCheck.flatMap((s) => s.matched);
      assert.ok(words.includes(goal === 'ki-saksbehandling' ? 'KI-verktøy' : 'ID-porten'), words.join(', '));
      assert.ok(!words.some((w) => ['id-porten', 'ks', 'ki-verktøy'].includes(w)), words.join(', '));
    });
  }

  it('suggest prints the words as written, in nynorsk', () => {
    const r = runCli(['suggest', path.join(DIR, 'strategiar', 'brekke.strategy.md#fellesloysingar')]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /treff på: [^\n]*ID-porten[^\n]*KS/);
  });
});
