import { strict as assert } from 'node:assert';
import { analyzeRule, CONFIG } from '../helpers/workspace.js';

/**
 * Many goals sharing one ID (a template copied fifty times without changing
 * the ID): every copy is reported, each pointing at a few of the others rather
 * than at all of them, which grew as the square of the copies.
 */
describe('duplicate-goal-id with many copies of one ID', function () {
  this.timeout(20000);
  const copies = 50;
  let text = '---\nowner: storby\n---\n\n# Strategi\n\n';
  for (let i = 0; i < copies; i++) text += `## Mål ${i + 1} {#felles}\n\n- Frist: 2026\n\n`;
  const ds = analyzeRule('duplicate-goal-id', { 'samstemt.yaml': CONFIG, 'storby.md': text });

  it('reports every copy, with the full count in the message', () => {
    assert.equal(ds.length, copies);
    for (const d of ds) assert.match(d.message, /used 50 times by storby/);
  });

  it('points each finding at up to 8 of the other copies, never at itself', () => {
    for (const d of ds) {
      assert.ok(d.related.length === 8, String(d.related.length));
      assert.ok(d.related.every((r) => r.range.start.line !== d.range.start.line));
    }
  });

  it('offers every copy but the first a different free ID', () => {
    const fixes = ds.flatMap((d) => d.fixes?.map((f) => f.edits[0]!.newText) ?? []);
    assert.equal(fixes.length, copies - 1);
    assert.equal(new Set(fixes).size, copies - 1);
    assert.deepEqual(fixes.slice(0, 3), ['felles-2', 'felles-3', 'felles-4']);
  });
});
