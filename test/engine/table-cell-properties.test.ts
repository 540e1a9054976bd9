/**
 * A property written whole in a table cell (`| Frist: 2026 | Støtter: DS19-M2 |`,
 * an action plan kept as a table) is not read as a property, like a key in a
 * table's first column (`| Frist | 2026 |`): each such cell is reported on its
 * key, and goal-not-measurable points to the deadline written there instead
 * of saying the goal has none.
 */
import { strict as assert } from 'node:assert';
import { analyze, analyzeRule, textAt, CONFIG } from '../helpers/workspace.js';

const HEAD = `---
owner: storby
---

## Digital byggesak {#digital-byggesak}

- Indikator: andel søknader levert digitalt
- Målverdi: 90 %

`;

describe('properties written whole in table cells', () => {
  it('reports each cell that holds a known key and its value, on the key', () => {
    const table = '| Frist: 2026 | Støtter: DS19-M2 | Kommentar: se vedlegg |\n|---|---|---|\n| **Status:** pågår | 2026: 40 % | tid: 3 mnd |\n';
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}${table}` };
    const list = analyzeRule('unknown-property', files);
    assert.deepEqual(
      list.map((d) => [textAt(files, d), d.range.start.line, d.range.start.character]),
      [
        ['Frist', 9, 2],
        ['Støtter', 9, 16],
        ['Status', 11, 4],
      ],
    );
    assert.equal(list[1]!.message, '"Støtter" is in a table, so Samstemt does not read it as a property of the goal: properties are read from a bullet list under the heading, such as "- Støtter: …".');
    assert.ok(list.every((d) => d.goal === 'storby#digital-byggesak'));
  });

  it('makes goal-not-measurable point to the deadline in the table', () => {
    // No indicator and target: the deadline is what would make the goal measurable (rules.md).
    const head = HEAD.replace('- Indikator: andel søknader levert digitalt\n- Målverdi: 90 %\n\n', '');
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${head}| Frist: 2026 | Ansvarlig: IKT-leder |\n|---|---|\n` };
    const [d, ...rest] = analyze(files).filter((x) => x.rule === 'goal-not-measurable');
    assert.equal(rest.length, 0);
    assert.match(d!.message, /its deadline on line 7 is not read/);
  });

  it('leaves tables of other things alone: times, ratios and words with a colon that are no keys', () => {
    const table = '| Tid | Merknad |\n|---|---|\n| 08:30 | Oppstart: alle etater |\n| 2025 | Mål: 1:2 |\n';
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}- Frist: 2026\n\n${table}` };
    assert.deepEqual(analyzeRule('unknown-property', files), []);
  });
});
