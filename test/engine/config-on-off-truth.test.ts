/**
 * `shared: on` / `shared: off` for an indicator in samstemt.yaml, as YAML 1.1
 * (and many configuration files authors copy from) writes true and false.
 * Samstemt reads true/false, ja/nei and yes/no; other words are reported
 * (format.md: not silently read as false). The did-you-mean used to be the
 * nearest word by spelling, which for «on» is «no»: the fix turned a shared
 * indicator into one that is not shared. The fix now keeps what the author
 * meant: «on» → true, «off» → false.
 */
import { strict as assert } from 'node:assert';
import { analyze, textAt } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

const config = (shared: string) =>
  `language: en\nmembers:\n  havby: { name: Havby kommune }\nindicators:\n  ventetid: { name: Ventetid, shared: ${shared} }\n`;

function finding(shared: string) {
  const files = { 'samstemt.yaml': config(shared) };
  const found = analyze(files).filter((d) => d.file === 'samstemt.yaml' && d.rule === 'invalid-value');
  return { files, found };
}

describe('samstemt.yaml: shared written as on/off', () => {
  for (const [written, meant] of [['on', 'true'], ['On', 'true'], ['off', 'false'], ['OFF', 'false']] as const) {
    it(`«shared: ${written}» is reported on the value, with the fix «${meant}»`, () => {
      const { files, found } = finding(written);
      assert.equal(found.length, 1, found.map((d) => d.message).join('\n'));
      const d = found[0]!;
      assert.equal(textAt(files, d), written);
      assert.deepEqual(d.range.start, { line: 4, character: 38 });
      assert.doesNotMatch(d.message, /Did you mean "(no|yes)"/);
      assert.equal(d.fixes.length, 1);
      assert.equal(applyFix(files, d)['samstemt.yaml'], config(meant));
    });
  }

  it('still suggests by spelling for a typo («ture» → true)', () => {
    const { files, found } = finding('ture');
    assert.equal(found.length, 1);
    assert.equal(applyFix(files, found[0]!)['samstemt.yaml'], config('true'));
  });
});
