import { strict as assert } from 'node:assert';
import { analyzeRule, CONFIG, textAt } from '../helpers/workspace.js';
import { parseMarkdown } from '../../server/src/engine/parse/markdown.js';

/**
 * Values as word-processor exports and note apps write them: a `<br>` line
 * break after a value (tables and HTML exports), and `==highlight==`
 * (Obsidian, Typora). Read as rendered, like emphasis.
 */
describe('property values with <br> and ==highlight==', () => {
  const doc = (lines: string) => `---\nowner: storby\nperiod: 2024–2027\n---\n\n# Strategi\n\n## Felles arkiv {#arkiv}\n\n${lines}\n\nKommunen vil ha ett arkiv.\n`;
  const goal = (lines: string) => parseMarkdown('file:///ws/storby.md', doc(lines)).goals[0]!;

  it('reads a deadline followed by <br>, <br/> or <BR />', () => {
    for (const br of ['<br>', '<br/>', '<BR />']) assert.equal(goal(`- Frist: 2026${br}`).facts.deadline, '2026-12-31', br);
  });

  it('reads a highlighted deadline and objective', () => {
    const g = goal('- Frist: ==2026-06-30==\n- Støtter: ==DS19-M2==, DS19-M4');
    assert.equal(g.facts.deadline, '2026-06-30');
    assert.deepEqual(g.facts.supports.map((s) => s.text), ['DS19-M2', 'DS19-M4']);
  });

  it('reports two objectives on either side of a <br> as one item and proposes the comma between them', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': doc('- Støtter: DS19-M2<br>DS19-M4') };
    const ds = analyzeRule('unknown-objective', files);
    assert.equal(ds.length, 1);
    assert.match(ds[0]!.message, /DS19-M2, DS19-M4/);
    assert.equal(textAt(files, ds[0]!), 'DS19-M2<br>DS19-M4');
  });

  it('reports no invalid value for these deadlines', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': doc('- Frist: 2026<br>') };
    assert.deepEqual(analyzeRule('invalid-value', files), []);
  });

  it('leaves `==` that is no highlight as written', () => {
    assert.equal(goal('- Indikator: a == b').facts.indicator, 'a == b');
    assert.equal(goal('- Indikator: ==open').facts.indicator, '==open');
  });
});
