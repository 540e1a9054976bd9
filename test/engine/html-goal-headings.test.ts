/**
 * Goal headings written in HTML: `<h2 id="felles-hr">Felles HR</h2>` (pasted
 * from a web page or an HTML export), or `## Felles HR <a id="felles-hr"></a>`
 * (how some editors write an anchor). format.md reads a goal only from a
 * heading ending in `{#id}`; these are reported, with a fix that writes the
 * heading that way, instead of being silently no goal.
 */
import { strict as assert } from 'node:assert';
import { analyze, textAt, CONFIG, CONFIG_NB, CONFIG_NN } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

const FM = `---\nowner: storby\n---\n\n`;
const LIST = `\n- Frist: 2026\n- Støtter: DS19-M2, DN30-M1\n`;

function found(text: string, config = CONFIG) {
  const files = { 'samstemt.yaml': config, 'storby.md': text };
  return { files, diagnostics: analyze(files).filter((d) => d.file === 'storby.md') };
}

describe('Goal headings written in HTML', () => {
  it('reports `## Felles HR <a id="felles-hr"></a>` on the anchor, with a fix that makes it the goal `## Felles HR {#felles-hr}`', () => {
    const text = `${FM}## Felles HR <a id="felles-hr"></a>\n${LIST}`;
    const { files, diagnostics } = found(text);
    const d = diagnostics.find((x) => x.rule === 'invalid-value');
    assert.ok(d, 'the heading is reported');
    assert.equal(textAt(files, d), '<a id="felles-hr"></a>');
    assert.equal(d.severity, 'error', 'a property list under it: meant as a goal');
    assert.match(d.message, /felles-hr/);
    assert.match(d.message, /## Felles HR \{#felles-hr\}/);
    const fixed = applyFix(files, d);
    assert.equal(fixed['storby.md'], `${FM}## Felles HR {#felles-hr}\n${LIST}`);
    assert.deepEqual(analyze(fixed).filter((x) => x.file === 'storby.md' && ['invalid-value', 'goal-not-measurable', 'goal-unlinked'].includes(x.rule)), []);
  });

  it('reports an anchor before the title (`## <a name="felles-hr"></a>Felles HR`) the same way', () => {
    const text = `${FM}## <a name="felles-hr"></a>Felles HR\n${LIST}`;
    const { files, diagnostics } = found(text);
    const d = diagnostics.find((x) => x.rule === 'invalid-value')!;
    assert.equal(applyFix(files, d)['storby.md'], `${FM}## Felles HR {#felles-hr}\n${LIST}`);
  });

  it('reports `<h2 id="felles-hr">Felles HR</h2>`, with a fix to `## Felles HR {#felles-hr}`', () => {
    const text = `${FM}<h2 id="felles-hr">Felles HR</h2>\n${LIST}`;
    const { files, diagnostics } = found(text);
    const d = diagnostics.find((x) => x.rule === 'invalid-value');
    assert.ok(d, 'the heading is reported');
    assert.equal(textAt(files, d), '<h2 id="felles-hr">Felles HR</h2>');
    assert.equal(applyFix(files, d)['storby.md'], `${FM}## Felles HR {#felles-hr}\n${LIST}`);
  });

  it('does not give the list under an HTML heading to the goal above it', () => {
    const text = `${FM}## Arkiv {#arkiv}\n${LIST}\n<h2 id="felles-hr">Felles HR</h2>\n\n- Frist: 2027\n`;
    const { diagnostics } = found(text);
    assert.deepEqual(diagnostics.filter((x) => x.rule === 'unknown-property'), []);
  });

  it('says it in nb and nn', () => {
    const text = `${FM}## Felles HR <a id="felles-hr"></a>\n${LIST}`;
    assert.match(found(text, CONFIG_NB).diagnostics.find((x) => x.rule === 'invalid-value')!.message, /^Denne overskriften/);
    assert.match(found(text, CONFIG_NN).diagnostics.find((x) => x.rule === 'invalid-value')!.message, /^Denne overskrifta/);
  });

  it('only notes an anchor on a heading without properties (it may be a link target in a structure heading)', () => {
    const text = `${FM}# Innledning <a id="innledning"></a>\n\nTekst.\n\n## Felles HR {#felles-hr}\n${LIST}`;
    const d = found(text).diagnostics.find((x) => x.rule === 'invalid-value');
    assert.ok(d);
    assert.equal(d.severity, 'info');
  });

  it('leaves a goal heading that has both an anchor and `{#id}` alone', () => {
    const text = `${FM}## Felles HR <a id="hr"></a> {#felles-hr}\n${LIST}`;
    assert.deepEqual(found(text).diagnostics.filter((x) => x.rule === 'invalid-value'), []);
  });
});
