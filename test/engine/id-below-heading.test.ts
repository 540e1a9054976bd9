/**
 * A goal ID on the line below its heading (`### Felles logginnsamling` and
 * then `{#felles-logg}` on a line of its own), as a line break in a Word
 * heading or a hurried edit leaves it. The author meant the heading above as
 * the goal: the finding says the ID must end the heading's own line, and the
 * fix moves it up there, instead of proposing a new heading with no title.
 */
import { strict as assert } from 'node:assert';
import { analyze, textAt, CONFIG, CONFIG_NB, CONFIG_NN } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

const FM = `---\nowner: storby\n---\n\n`;
const LIST = `\n- Frist: 2026\n- Støtter: DS19-M2, DN30-M1\n`;

function found(text: string, config = CONFIG) {
  const files = { 'samstemt.yaml': config, 'storby.md': text };
  return { files, diagnostics: analyze(files).filter((d) => d.file === 'storby.md' && d.rule === 'invalid-value') };
}

describe('A goal ID on the line below its heading', () => {
  for (const [name, between] of [['right below', '\n'], ['after a blank line', '\n\n']] as const) {
    it(`moves «{#felles-logg}» ${name} the heading up to the end of it`, () => {
      const text = `${FM}## Sikkerhet\n\n### Felles logginnsamling${between}{#felles-logg}\n${LIST}`;
      const { files, diagnostics } = found(text);
      assert.equal(diagnostics.length, 1);
      const d = diagnostics[0]!;
      assert.equal(textAt(files, d), '{#felles-logg}');
      assert.match(d.message, /^"\{#felles-logg\}" stands on a line of its own below the heading "Felles logginnsamling"/);
      assert.match(d.message, /### Felles logginnsamling \{#felles-logg\}/);
      assert.doesNotMatch(d.message, /bold/);
      assert.equal(d.fixes.length, 1);
      assert.ok(d.fixes[0]!.preferred);
      const fixed = applyFix(files, d);
      assert.equal(fixed['storby.md'], `${FM}## Sikkerhet\n\n### Felles logginnsamling {#felles-logg}\n${LIST}`);
      const after = analyze(fixed).filter((x) => x.file === 'storby.md');
      assert.deepEqual(after.filter((x) => ['invalid-value', 'goal-not-measurable', 'goal-unlinked'].includes(x.rule)), []);
    });
  }

  it('keeps the prose that follows the ID in the same paragraph, and CRLF', () => {
    const text = `${FM}### Felles logginnsamling \\\r\n{#felles-logg}\r\nAlle logger samles hos Kystnett.\r\n${LIST.replace(/\n/g, '\r\n')}`;
    const { files, diagnostics } = found(text);
    const d = diagnostics[0]!;
    assert.equal(applyFix(files, d)['storby.md'], `${FM}### Felles logginnsamling {#felles-logg}\r\nAlle logger samles hos Kystnett.\r\n${LIST.replace(/\n/g, '\r\n')}`);
  });

  it('puts the ID before closing #s, and tells a setext heading what to write', () => {
    const closed = `${FM}## Felles logginnsamling ##\n{#felles-logg}\n${LIST}`;
    const a = found(closed);
    assert.equal(applyFix(a.files, a.diagnostics[0]!)['storby.md'], `${FM}## Felles logginnsamling {#felles-logg}\n${LIST}`);
    const setext = found(`${FM}Felles logginnsamling\n---------------------\n{#felles-logg}\n${LIST}`).diagnostics[0]!;
    assert.match(setext.message, /below the heading "Felles logginnsamling".*Write Felles logginnsamling \{#felles-logg\}\.$/);
  });

  it('says it in nb and nn', () => {
    const text = `${FM}### Felles logginnsamling\n{#felles-logg}\n${LIST}`;
    assert.match(found(text, CONFIG_NB).diagnostics[0]!.message, /^«\{#felles-logg\}» står på en egen linje under overskriften «Felles logginnsamling»/);
    assert.match(found(text, CONFIG_NN).diagnostics[0]!.message, /^«\{#felles-logg\}» står på ei eiga linje under overskrifta «Felles logginnsamling»/);
  });

  it('still reports a bold line ending in an ID as a heading written in bold', () => {
    const text = `${FM}### Sikkerhet\n\n**Felles logginnsamling {#felles-logg}**\n${LIST}`;
    const { files, diagnostics } = found(text);
    assert.match(diagnostics[0]!.message, /bold/);
    assert.equal(applyFix(files, diagnostics[0]!)['storby.md'], `${FM}### Sikkerhet\n\n#### Felles logginnsamling {#felles-logg}\n${LIST}`);
  });
});
