/**
 * Audit of solution-first against rules.md: «a goal adopts a system but
 * states no `need` and no `benefit`». A need written as a dash, a question
 * mark or «TBD» states nothing: authors write them for «fill in later».
 */
import { strict as assert } from 'node:assert';
import { analyzeRule, textAt, CONFIG, CONFIG_NB } from '../helpers/workspace.js';
import { adoptingGoalMd } from '../helpers/rules.js';

const RULE = 'solution-first';

const md = adoptingGoalMd;

describe('solution-first (audit)', function () {
  this.timeout(30_000);

  it('reads a need or benefit that is only a dash, a question mark or «TBD» as not stated, and points at it', () => {
    for (const [props, key, value] of [
      ['- Behov: -\n', 'Behov', '-'],
      ['- Behov: –\n', 'Behov', '–'],
      ['- Gevinst: ?\n', 'Gevinst', '?'],
      ['- Behov: TBD\n', 'Behov', 'TBD'],
      ['- Behov: todo\n- Gevinst: N/A\n', 'Behov', 'todo'],
      ['- Gevinst: uavklart\n', 'Gevinst', 'uavklart'],
      ['- Behov: ikke avklart\n', 'Behov', 'ikke avklart'],
    ] as const) {
      const files = { 'samstemt.yaml': CONFIG, 'a.md': md(props) };
      const ds = analyzeRule(RULE, files);
      assert.equal(ds.length, 1, props);
      assert.equal(textAt(files, ds[0]!), 'Visma HRM', props);
      assert.match(ds[0]!.message, new RegExp(`\`${key}:\` still holds the placeholder «${value.replace('?', '\\?')}»`), props);
      assert.equal(textAt(files, { ...ds[0]!, range: ds[0]!.related[0]!.range }), value, props);
      const nb = analyzeRule(RULE, { ...files, 'samstemt.yaml': CONFIG_NB })[0]!;
      assert.match(nb.message, /har fortsatt plassholderen/, props);
    }
  });

  it('still accepts a need or benefit with words in it, also short ones', () => {
    for (const props of ['- Behov: Fire lønnssystemer\n', '- Gevinst: 3 årsverk\n', '- Behov: - fire systemer\n', '- Gevinst: TBD i styret, men sparer 3 årsverk\n']) {
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'a.md': md(props) }), [], props);
    }
  });

  it('one stated answer is enough: a dash in the need with a real benefit is fine', () => {
    assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'a.md': md('- Behov: -\n- Gevinst: Én lisens\n') }), []);
  });
});
