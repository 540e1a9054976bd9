import { strict as assert } from 'node:assert';
import { evaluate, loadItems, loadObjectives, repoRoot, type EvalItem } from '../../scripts/eval-links.js';
import { createRanker } from '../../server/src/engine/linking/ranker.js';
import { MIN_SUGGESTION_SCORE } from '../../server/src/engine/findings.js';

/**
 * The held-out set test/link-eval/advisers.yaml: 55 goals written the way municipal
 * and ICT-company strategies phrase them, labelled (with the objectives that would be
 * clearly wrong) before the ranker saw them.
 */
describe('linking: the advisers’ held-out set (test/link-eval/advisers.yaml)', function () {
  this.timeout(60_000);
  const root = repoRoot();
  const { objectives, missing } = loadObjectives(root);
  const items: EvalItem[] = loadItems(root, 'advisers');

  // Measured: DS19 0.71/0.84 and DN30 0.69/0.85 when the set was added; 0.73/0.92 and
  // 0.73/0.93 after the fixes for words every goal uses («felles», «én», «IKT», «drive»,
  // «flytte», «finne», «ansvarlig», «trenger», «i stedet for»). The floors are a little under.
  const FLOORS: Record<string, { recall1: number; recall3: number }> = {
    DS19: { recall1: 0.72, recall3: 0.88 },
    DN30: { recall1: 0.7, recall3: 0.89 },
  };

  it('keeps recall@1 and recall@3 at or above the floors, in DS19 and DN30', () => {
    assert.deepEqual(missing, []);
    assert.ok(items.length >= 40, `${items.length} items`);
    const result = evaluate(objectives, items);
    const report: string[] = [];
    for (const [fw, floor] of Object.entries(FLOORS)) {
      const m = result.metrics[fw]?.all;
      assert.ok(m, `no metrics for ${fw}`);
      report.push(`${fw} top-1 ${m.recall1.toFixed(2)}, top-3 ${m.recall3.toFixed(2)} (n ${m.n})`);
      assert.ok(m.recall1 >= floor.recall1, `${fw} recall@1 ${m.recall1.toFixed(3)} < ${floor.recall1}`);
      assert.ok(m.recall3 >= floor.recall3, `${fw} recall@3 ${m.recall3.toFixed(3)} < ${floor.recall3}`);
    }
    console.log(`      advisers.yaml: ${report.join('; ')}`);
  });

  /**
   * Clearly wrong objectives the ranker still offers, each for a reason no word list
   * can settle; listed so that a new one fails the test, and a fixed one must be removed:
   * - a-nb-031: «i samarbeid med frivillige» (digital help given with volunteers) matches the
   *   life event «Starte og drive en frivillig organisasjon» on its own keyword «frivillige».
   * - a-nb-032: universal design fits DS19-M1, and the catalog's crosswalk DS19-M1 → DN30-F3
   *   (meant for trust and privacy) carries it to security.
   * - a-en-002: «access to e-learning» meets «access control» of DS19-I9.
   * - a-en-005: open data fits DS19-M1 (openness) too, and the same crosswalk DS19-M1 →
   *   DN30-F3 carries it to security, third after DN30-I1 and DN30-M2.
   */
  const KNOWN: string[] = ['a-nb-031 DS19-I2-L7', 'a-nb-032 DN30-F3', 'a-en-002 DS19-I9', 'a-en-005 DN30-F3'];

  it('offers no objective marked clearly wrong among the first three suggestions of a framework (besides the known ones)', () => {
    const ranker = createRanker(objectives);
    const offered: string[] = [];
    let marked = 0;
    for (const it of items) {
      for (const [fw, wrong] of Object.entries(it.wrong ?? {})) {
        marked += wrong.length;
        // What goal-unlinked offers as a fix: the first three, when they match well enough to be suggested.
        const top = ranker.rank(it, { frameworks: [fw], limit: 3 }).filter((s) => s.score >= MIN_SUGGESTION_SCORE);
        for (const s of top) if (wrong.includes(s.objective)) offered.push(`${it.id} ${s.objective}`);
      }
    }
    assert.ok(marked >= 100, `${marked} objectives marked wrong`);
    assert.deepEqual(offered, KNOWN);
  });
});
