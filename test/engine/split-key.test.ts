/**
 * A key wrapped over two lines, as Pandoc (`--columns`) or Word's export
 * wraps long lines: `- Bidrar` newline `  til: storby#felles-hr`. Reported as
 * a split key, with a fix that joins the lines.
 */
import { strict as assert } from 'node:assert';
import { analyze, textAt, CONFIG, CONFIG_NB, CONFIG_NN } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

const FM = `---\nowner: storby\n---\n\n## Felles HR {#felles-hr}\n\n- Frist: 2026\n- Støtter: DS19-M2, DN30-M1\n\n## Digital byggesak {#digital-byggesak}\n\n`;

function findings(body: string, config = CONFIG) {
  const files = { 'samstemt.yaml': config, 'storby.md': `${FM}${body}` };
  return { files, found: analyze(files).filter((d) => d.file === 'storby.md' && d.rule === 'unknown-property') };
}

describe('A key wrapped over two lines', () => {
  for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n']] as const) {
    it(`says the key is split and joins the lines (${name})`, () => {
      const body = `- Frist: 2026\n- Bidrar\n  til: storby#felles-hr\n`;
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${FM}${body}`.replace(/\n/g, eol) };
      const found = analyze(files).filter((d) => d.file === 'storby.md' && d.rule === 'unknown-property');
      assert.equal(found.length, 1);
      const d = found[0]!;
      assert.match(d.message, /"Bidrar til" is split over two lines/);
      assert.equal(textAt(files, d), 'Bidrar\n  til');
      const fixed = applyFix(files, d);
      assert.equal(fixed['storby.md'], `${FM}- Frist: 2026\n- Bidrar til: storby#felles-hr\n`.replace(/\n/g, eol));
      assert.deepEqual(analyze(fixed).filter((x) => x.file === 'storby.md' && ['unknown-property', 'invalid-value', 'goal-unlinked'].includes(x.rule)), []);
    });
  }

  it('finds it when it is the only item of the list, and when the colon is on the next line', () => {
    assert.equal(findings(`- Bidrar\n  til: storby#felles-hr\n`).found.length, 1);
    const { files, found } = findings(`- Frist\n  : 2026\n`);
    assert.equal(found.length, 1);
    assert.equal(applyFix(files, found[0]!)['storby.md'], `${FM}- Frist : 2026\n`);
  });

  it('says it in nb and nn', () => {
    assert.match(findings(`- Bidrar\n  til: storby#felles-hr\n`, CONFIG_NB).found[0]!.message, /^«Bidrar til» er delt over to linjer/);
    assert.match(findings(`- Bidrar\n  til: storby#felles-hr\n`, CONFIG_NN).found[0]!.message, /^«Bidrar til» er delt over to linjer/);
  });

  it('leaves prose that wraps alone', () => {
    assert.deepEqual(findings(`- Frist: 2026\n- Vi skal samarbeide\n  om dette: alle er enige\n`).found.map((d) => d.message.slice(0, 30)), ['This item in the property list']);
  });
});
