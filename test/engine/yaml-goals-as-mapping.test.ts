/**
 * A YAML strategy whose `goals:` holds one goal written without «- » (a
 * mapping where a list belongs) is reported as before, and now with a quick
 * fix that makes it a list of that one goal: «- » before its first key and its
 * other lines indented to match, as YAML needs. After the fix the goal is read.
 */
import { strict as assert } from 'node:assert';
import { analyze, analyzeRule, CONFIG } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

const doc = (nl: string) =>
  ['owner: storby', 'title: Strategi for Storby', 'goals:', '  id: digital-post', '  title: Digital post til alle innbyggere', '  supports: DS19-M2', '  # frist avtalt i styret', '  deadline: 2026', ''].join(nl);

describe('YAML: goals written as a mapping', () => {
  for (const [name, nl] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ] as const) {
    it(`is reported with a fix that makes it a list of one goal (${name})`, () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.yaml': doc(nl) };
      const [d, ...rest] = analyzeRule('parse-error', files);
      assert.equal(rest.length, 0);
      assert.equal(d!.message, '`goals` must be a list: start each goal with "- id: …".');
      assert.equal(d!.fixes.length, 1);
      assert.equal(d!.fixes[0]!.title.en, 'Start the goal with «- »');
      const fixed = applyFix(files, d!);
      assert.equal(
        fixed['storby.yaml'],
        ['owner: storby', 'title: Strategi for Storby', 'goals:', '  - id: digital-post', '    title: Digital post til alle innbyggere', '    supports: DS19-M2', '    # frist avtalt i styret', '    deadline: 2026', ''].join(nl),
      );
      const after = analyze(fixed);
      assert.deepEqual(after.filter((x) => x.rule === 'parse-error'), []);
      assert.ok(!after.some((x) => x.rule === 'goal-not-measurable' || x.rule === 'goal-unlinked'), 'the goal is read with its link and deadline');
    });
  }

  it('offers no fix for a flow mapping or for goals that are a text', () => {
    for (const goals of ['goals: {id: a, title: A}\n', 'goals: digital post\n']) {
      const [d] = analyzeRule('parse-error', { 'samstemt.yaml': CONFIG, 'storby.yaml': `owner: storby\n${goals}` });
      assert.ok(d);
      assert.equal(d.fixes.length, 0, goals);
    }
  });
});
