/**
 * A sub-heading inside a goal with an HTML anchor, as some editors write a
 * link target (`### Nøkkeltall <a id="nokkeltall"></a>`): with no property
 * list of its own it is a section of the goal, not a goal written in HTML, so
 * it reads as the same sub-heading without the anchor. A heading that looks
 * like a goal (its own `Key: value` list) keeps the finding and its fix.
 */
import { strict as assert } from 'node:assert';
import { analyze, textAt, CONFIG, type TestDiagnostic } from '../helpers/workspace.js';
import { parseMarkdown } from '../../server/src/engine/parse/markdown.js';

const FM = `---\nowner: storby\n---\n\n`;
const GOAL = `## Felles HR {#felles-hr}\n\n- Frist: 2026\n- Støtter: DS19-M2, DN30-M1\n- Behov: Fire ulike lønnssystemer\n\n`;

const where = (d: TestDiagnostic) => `${d.rule} ${d.range.start.line}:${d.range.start.character} ${d.message}`;
const found = (text: string) => analyze({ 'samstemt.yaml': CONFIG, 'storby.md': text }).filter((d) => d.file === 'storby.md');

describe('An anchored sub-heading inside a goal', () => {
  for (const [name, anchored, plain] of [
    ['a Markdown sub-heading with a table', '### Nøkkeltall <a id="nokkeltall"></a>\n\n| År | Andel |\n|---|---|\n| 2025 | 40 % |\n', '### Nøkkeltall\n\n| År | Andel |\n|---|---|\n| 2025 | 40 % |\n'],
    ['an anchor before the title', '### <a name="bakgrunn"></a>Bakgrunn\n\nLønn kjøres i fire systemer.\n', '### Bakgrunn\n\nLønn kjøres i fire systemer.\n'],
    ['a sub-heading with a plain list', '### Risiko <span id="risiko"></span>\n\n- Leverandøren kan forsinke\n- For lite opplæring\n', '### Risiko\n\n- Leverandøren kan forsinke\n- For lite opplæring\n'],
    ['an HTML sub-heading', '<h3 id="nokkeltall">Nøkkeltall</h3>\n\nTall fra 2025.\n', '<h3 class="nokkeltall">Nøkkeltall</h3>\n\nTall fra 2025.\n'],
  ] as const) {
    it(`reads ${name} as the same sub-heading without the anchor`, () => {
      const text = `${FM}${GOAL}${anchored}`;
      assert.deepEqual(found(text).map(where), found(`${FM}${GOAL}${plain}`).map(where));
      assert.deepEqual(found(text).filter((d) => d.rule === 'invalid-value').map(where), []);
      const doc = parseMarkdown('file:///ws/storby.md', text);
      assert.deepEqual(doc.goals.map((g) => [g.id, g.properties.length]), [['felles-hr', 3]]);
    });
  }

  it('keeps the finding for an anchored sub-heading with its own property list: it looks like a goal', () => {
    const text = `${FM}${GOAL}### Opplæring <a id="opplaering"></a>\n\n- Frist: 2026\n- Støtter: DS19-I8\n`;
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': text };
    const d = found(text).find((x) => x.rule === 'invalid-value');
    assert.ok(d);
    assert.equal(textAt(files, d), '<a id="opplaering"></a>');
    assert.equal(d.severity, 'error');
  });

  it('keeps the note on an anchored heading outside any goal', () => {
    const text = `${FM}## Innledning <a id="innledning"></a>\n\nTekst.\n\n${GOAL}`;
    const d = found(text).find((x) => x.rule === 'invalid-value');
    assert.ok(d);
    assert.equal(d.severity, 'info');
  });
});
