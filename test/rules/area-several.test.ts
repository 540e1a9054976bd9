/**
 * A goal with two areas (`area: [hr, helse]` in YAML, `Område: hr, helse` in
 * Markdown): format.md gives a goal one area. Both areas are the
 * cooperation's own, yet the finding said «the area "hr, helse" is not one of
 * the cooperation's areas» and listed hr and helse as the areas to choose
 * from. It now says that a goal has one area and names the ones written,
 * with a fix for each (none preferred: only the author knows which it is).
 */
import { strict as assert } from 'node:assert';
import { analyze, textAt } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

const CONFIG = 'language: en\nmembers:\n  havby: { name: Havby kommune }\nareas: [hr, helse, sak-arkiv]\n';
const yaml = (area: string) => `owner: havby\ngoals:\n  - id: velferd\n    title: Felles velferdsteknologi\n    area: ${area}\n    deadline: 2025\n    supports: DS19-M2\n`;
const md = (area: string) => `---\nowner: havby\n---\n\n## Felles velferdsteknologi {#velferd}\n\n- Område: ${area}\n- Frist: 2025\n- Støtter: DS19-M2\n`;

function areaFinding(file: string, text: string) {
  const files = { 'samstemt.yaml': CONFIG, [file]: text };
  const found = analyze(files).filter((d) => d.file === file && d.rule === 'invalid-value');
  assert.equal(found.length, 1, found.map((d) => d.message).join('\n'));
  return { files, d: found[0]! };
}

describe('invalid-value: a goal given two areas', () => {
  it('YAML flow list: says a goal has one area, with a fix for each', () => {
    const { files, d } = areaFinding('havby.strategy.yaml', yaml('[hr, helse]'));
    assert.equal(textAt(files, d), '[hr, helse]');
    assert.match(d.message, /one area/);
    assert.doesNotMatch(d.message, /not one of the cooperation's areas/);
    assert.deepEqual(d.fixes.map((f) => f.edits[0]!.newText), ['hr', 'helse']);
    assert.ok(d.fixes.every((f) => !f.preferred));
    assert.equal(applyFix(files, d, 1)['havby.strategy.yaml'], yaml('helse'));
  });

  it('Markdown: the same finding on «hr, helse»', () => {
    const { files, d } = areaFinding('havby.strategy.md', md('hr, helse'));
    assert.equal(textAt(files, d), 'hr, helse');
    assert.match(d.message, /one area/);
    assert.equal(applyFix(files, d, 0)['havby.strategy.md'], md('hr'));
  });

  it('an unknown area among them is still reported as unknown', () => {
    const { d } = areaFinding('havby.strategy.yaml', yaml('[hr, velferd]'));
    assert.match(d.message, /not one of the cooperation's areas/);
  });
});
