/**
 * A property whose values stand in a list below its key, as Word's bullet
 * lists paste them:
 *
 *     - Støtter:
 *       - DS19-M1
 *       - DN30-M1
 *
 * A property is read from its own line, so the values are not read. Before,
 * the goal was silently «not linked» and «stating no need»; now the key's line
 * says why, with a fix that writes the values on it, and the goal's findings
 * point there.
 */
import { strict as assert } from 'node:assert';
import { analyze, textAt, CONFIG, CONFIG_NB, CONFIG_NN } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

const HEAD = `---\nowner: storby\n---\n\n## Velferdsteknologi {#velferd}\n\n- Område: helse\n- Frist: 2026\n`;

function found(text: string, config = CONFIG) {
  const files = { 'samstemt.yaml': config, 'storby.md': text };
  return { files, diagnostics: analyze(files).filter((d) => d.file === 'storby.md') };
}

describe('Values in a list below their key', () => {
  it('reports «Støtter:» with its objectives below it, with a fix that writes them on its line', () => {
    const text = `${HEAD}- Støtter:\n  - DS19-M1\n  - DN30-M1\n- Gevinst: Færre innleggelser\n`;
    const { files, diagnostics } = found(text);
    const d = diagnostics.find((x) => x.rule === 'unknown-property')!;
    assert.ok(d, diagnostics.map((x) => x.message).join('\n'));
    assert.equal(textAt(files, d), 'Støtter');
    assert.match(d.message, /^The values of "Støtter" stand in a list below its line, so Samstemt does not read them/);
    assert.match(d.message, /"Støtter: DS19-M1, DN30-M1"/);
    const fixed = applyFix(files, d);
    assert.equal(fixed['storby.md'], `${HEAD}- Støtter: DS19-M1, DN30-M1\n- Gevinst: Færre innleggelser\n`);
    assert.deepEqual(analyze(fixed).filter((x) => x.file === 'storby.md' && ['unknown-property', 'goal-unlinked'].includes(x.rule)), []);
    // The goal is linked, on a line Samstemt does not read: goal-unlinked points there instead of suggesting a link.
    const unlinked = diagnostics.find((x) => x.rule === 'goal-unlinked')!;
    assert.match(unlinked.message, /`Støtter` on line 9 is not read/);
  });

  it('joins the points of a text value with semicolons, and says the need is written', () => {
    const text = `${HEAD}- Støtter: DS19-M1\n- Innføre: Digitalt tilsyn\n- **Behov**:\n  - Flere eldre bor hjemme lenger\n  * Mangel på sykepleiere\n`;
    const { files, diagnostics } = found(text);
    const d = diagnostics.find((x) => x.rule === 'unknown-property')!;
    assert.equal(textAt(files, d), 'Behov');
    // The need is written, where it is not read: solution-first does not ask for it (nor fill in a placeholder).
    assert.deepEqual(diagnostics.filter((x) => x.rule === 'solution-first'), []);
    assert.equal(applyFix(files, d)['storby.md'], `${HEAD}- Støtter: DS19-M1\n- Innføre: Digitalt tilsyn\n- **Behov**: Flere eldre bor hjemme lenger; Mangel på sykepleiere\n`);
  });

  it('keeps CRLF and reads numbered points too', () => {
    const text = `${HEAD}- Støtter:\n    1. DS19-M1\n    2. DN30-M1\n`.replace(/\n/g, '\r\n');
    const { files, diagnostics } = found(text);
    const d = diagnostics.find((x) => x.rule === 'unknown-property')!;
    assert.equal(applyFix(files, d)['storby.md'], `${HEAD}- Støtter: DS19-M1, DN30-M1\n`.replace(/\n/g, '\r\n'));
  });

  it('says it in nb and nn', () => {
    const text = `${HEAD}- Støtter:\n  - DS19-M1\n`;
    assert.match(found(text, CONFIG_NB).diagnostics.find((x) => x.rule === 'unknown-property')!.message, /^Verdiene for «Støtter» står i en liste under linjen, så Samstemt leser dem ikke/);
    assert.match(found(text, CONFIG_NN).diagnostics.find((x) => x.rule === 'unknown-property')!.message, /^Verdiane for «Støtter» står i ei liste under linja, så Samstemt les dei ikkje/);
  });

  it('leaves alone keys in the list below (reported as indented keys) and a value on the key\'s own line', () => {
    const keys = found(`${HEAD}- Støtter: DS19-M1\n- Behov:\n  - Gevinst: bedre tjenester\n`).diagnostics.filter((x) => x.rule === 'unknown-property');
    assert.deepEqual(keys.map((x) => x.message.slice(0, 10)), ['"Gevinst" ']);
    const own = found(`${HEAD}- Støtter: DS19-M1\n  - se også handlingsplanen\n`).diagnostics.filter((x) => x.rule === 'unknown-property');
    assert.deepEqual(own, []);
  });
});
