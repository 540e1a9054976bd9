/**
 * Deep structures: a chain of goals contributing to goals 2 000 levels deep,
 * and sub-goals nested in YAML far deeper than any strategy needs. Nothing
 * may overflow the stack or crash a rule, and what cannot be read is said in
 * plain words.
 */
import { strict as assert } from 'node:assert';
import { analyze, CONFIG, CONFIG_NB, CONFIG_NN, InMemoryHost, createTestEngine } from '../helpers/workspace.js';

/** A YAML strategy whose goals are each the only sub-goal of the one before, `depth` levels deep. */
function nestedGoals(depth: number): string {
  let y = 'owner: storby\ntitle: Strategi\nperiod: 2024–2027\ngoals:\n';
  for (let d = 0; d < depth; d++) {
    const pad = '    '.repeat(d);
    y += `${pad}  - id: nivaa-${d}\n${pad}    title: Delmål på nivå ${d}\n${pad}    area: hr\n${pad}    deadline: ${2030 - (d % 5)}-12-31\n${d + 1 < depth ? `${pad}    goals:\n` : ''}`;
  }
  return y;
}

/** A Markdown strategy of `n` goals, each contributing to the next. */
function contributionChain(n: number): string {
  let t = '---\nowner: storby\ntitle: Kjede\nperiod: 2024–2027\n---\n\n# Kjede\n\n## Mål\n\n';
  for (let i = 0; i < n; i++) t += `### Mål nummer ${i} {#m${i}}\n\n- Område: hr\n- Frist: ${2025 + (i % 3)}-12-31\n${i + 1 < n ? `- Bidrar til: #m${i + 1}\n` : '- Støtter: DS19-M3\n'}\n`;
  return t;
}

describe('deep structures', function () {
  this.timeout(60_000);

  it('reads sub-goals 30 levels deep, each with its parent', () => {
    const host = new InMemoryHost({ 'samstemt.yaml': CONFIG, 'storby.yaml': nestedGoals(30) });
    const result = createTestEngine(host).analyze();
    assert.deepEqual(result.errors, []);
    const goals = result.workspaces[0]!.goals;
    assert.equal(goals.length, 30);
    for (let d = 1; d < 30; d++) assert.equal(goals.find((g) => g.id === `nivaa-${d}`)?.parentId, `nivaa-${d - 1}`);
    assert.ok([...result.diagnostics.values()].flat().every((d) => d.rule !== 'parse-error'));
  });

  it('says in plain words when sub-goals are nested deeper than it reads, in nb, nn and en', () => {
    for (const [config, words] of [
      [CONFIG_NB, /delmål/],
      [CONFIG_NN, /delmål/],
      [CONFIG, /sub-goals/],
    ] as const) {
      const errors = analyze({ 'samstemt.yaml': config, 'storby.yaml': nestedGoals(50) }).filter((d) => d.rule === 'parse-error');
      assert.equal(errors.length, 1);
      assert.doesNotMatch(errors[0]!.message, /maxDepth|nesting|exceeded/, 'no parser words');
      assert.match(errors[0]!.message, words);
    }
  });

  it('follows a contribution chain 2 000 goals long without overflowing', () => {
    const host = new InMemoryHost({ 'samstemt.yaml': CONFIG, 'storby.md': contributionChain(2000) });
    const result = createTestEngine(host).analyze();
    assert.deepEqual(result.errors, []);
    const diagnostics = [...result.diagnostics.values()].flat();
    // Every goal of the chain reaches DS19-M3 through it: none is unlinked.
    assert.equal(diagnostics.filter((d) => d.rule === 'goal-unlinked').length, 0);
    assert.equal(diagnostics.filter((d) => d.rule === 'contribution-cycle').length, 0);
  });
});
