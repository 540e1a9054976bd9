import { strict as assert } from 'node:assert';
import { evaluate, loadItems, loadObjectives, repoRoot } from '../../scripts/eval-links.js';

describe('linking: regression on the authors’ set (test/link-eval/authors.yaml)', function () {
  this.timeout(60_000);
  // Floors a little under what the ranker reached when the set was added (DS19 0.88/0.98, DN30 0.67/0.84):
  // goals written the way strategy authors write, labelled before the ranker saw them.
  const FLOORS: Record<string, { recall1: number; recall3: number }> = {
    DS19: { recall1: 0.85, recall3: 0.95 },
    DN30: { recall1: 0.64, recall3: 0.8 },
  };

  it('keeps recall@1 and recall@3 at or above the floors, in DS19 and DN30', () => {
    const root = repoRoot();
    const { objectives, missing } = loadObjectives(root);
    assert.deepEqual(missing, []);
    const items = loadItems(root, 'authors');
    assert.ok(items.length >= 40, `${items.length} items`);
    const result = evaluate(objectives, items);
    for (const [fw, floor] of Object.entries(FLOORS)) {
      const m = result.metrics[fw]?.all;
      assert.ok(m, `no metrics for ${fw}`);
      assert.ok(m.recall1 >= floor.recall1, `${fw} recall@1 ${m.recall1.toFixed(3)} < ${floor.recall1}`);
      assert.ok(m.recall3 >= floor.recall3, `${fw} recall@3 ${m.recall3.toFixed(3)} < ${floor.recall3}`);
    }
  });
});
