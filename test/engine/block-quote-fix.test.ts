import { strict as assert } from 'node:assert';
import { analyze, textAt, CONFIG } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

/** Properties written inside a block quote or callout: each finding offers to move its line out of the quote. */
describe('properties in a block quote: the quick fix', function () {
  this.timeout(20000);
  const HEAD = `---\nowner: storby\n---\n\n## Digital byggesak {#digital-byggesak}\n\n`;

  it('makes each quoted line a list item that is read, one finding at a time', () => {
    let files: Record<string, string> = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}> [!info] Egenskaper\n> - Område: hr\n>   - Frist: 2026\n> Støtter: DS19-M2\n` };
    const quoted = () => analyze(files).filter((d) => d.rule === 'unknown-property');
    assert.deepEqual(quoted().map((d) => textAt(files, d)), ['Område', 'Frist', 'Støtter']);
    assert.match(JSON.stringify(quoted()[0]!.fixes?.[0]?.title), /Move the line out of the block quote/);
    for (let i = 0; i < 3; i++) files = applyFix(files, quoted()[0]!);
    assert.equal(files['storby.md'], `${HEAD}> [!info] Egenskaper\n- Område: hr\n- Frist: 2026\n- Støtter: DS19-M2\n`);
    assert.deepEqual(quoted(), []);
    // Read now: the goal has its deadline and its link.
    assert.deepEqual(analyze(files).filter((d) => d.rule === 'goal-not-measurable' || d.rule === 'goal-unlinked'), []);
  });

  it('is not applied by «fix all» (the author may have meant the quote)', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}> - Frist: 2026\n` };
    const [d] = analyze(files).filter((x) => x.rule === 'unknown-property');
    assert.ok(d && d.fixes?.length === 1 && !d.fixes[0]!.preferred);
  });
});
