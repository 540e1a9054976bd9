/**
 * A heading with an HTML anchor that the document links to, as a table of
 * contents exported from Word has it (`1. [Innledning](#innledning)` and
 * `## Innledning <a id="innledning"></a>`): the anchor is a link target, not a
 * goal ID, so the heading gets no «goal heading written in HTML» note. An
 * anchor nothing links to keeps the note, and a heading with its own property
 * list keeps the finding.
 */
import { strict as assert } from 'node:assert';
import { analyze, CONFIG } from '../helpers/workspace.js';

const FM = `---\nowner: storby\n---\n\n`;
const GOAL = `## Felles HR {#felles-hr}\n\n- Frist: 2026\n- Støtter: DS19-M2, DN30-M1\n`;
const TOC = `## Innhold\n\n1. [Innledning](#innledning)\n2. [Bakgrunn](<#bakgrunn> "Til bakgrunnen")\n3. [Mål](#felles-hr)\n\n`;

const html = (text: string) =>
  analyze({ 'samstemt.yaml': CONFIG, 'storby.md': text }).filter((d) => d.file === 'storby.md' && d.rule === 'invalid-value' && /web-page code/.test(d.message));

describe('An HTML anchor the document links to', () => {
  it('is a link target: no note on `## Innledning <a id="innledning"></a>` when the contents link to it', () => {
    const text = `${FM}${TOC}## Innledning <a id="innledning"></a>\n\nTekst.\n\n<h2 id="bakgrunn">Bakgrunn</h2>\n\nMer tekst.\n\n${GOAL}`;
    assert.deepEqual(html(text).map((d) => d.message), []);
  });

  it('keeps the note when nothing links to the anchor', () => {
    const text = `${FM}## Innledning <a id="innledning"></a>\n\nSe [bakgrunnen](#bakgrunn).\n\n${GOAL}`;
    assert.equal(html(text).length, 1);
  });

  it('keeps the finding on a linked heading with its own property list: it looks like a goal', () => {
    const text = `${FM}Se [arkivmålet](#felles-arkiv).\n\n## Felles arkiv <a id="felles-arkiv"></a>\n\n- Frist: 2027\n- Støtter: DS19-M2\n`;
    const found = html(text);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'error');
  });
});
