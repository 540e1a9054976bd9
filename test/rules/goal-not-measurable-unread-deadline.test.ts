import { strict as assert } from 'node:assert';
import { analyzeRule, CONFIG, CONFIG_NB as NB, CONFIG_NN as NN } from '../helpers/workspace.js';
import { digitalFormsGoalMd } from '../helpers/rules.js';

// A deadline that is written but not read can be misplaced for several reasons: a numbered list, a
// second bullet character, a sub-heading. goal-not-measurable names the line and leaves the reason to
// unknown-property there; it must not tell the author to move a line that is already right under the
// heading.
const RULE = 'goal-not-measurable';

const md = digitalFormsGoalMd;

describe('goal-not-measurable: a deadline written where it is not read', function () {
  this.timeout(30_000);

  for (const [name, props] of [
    ['in a numbered list', '1. Område: innbyggertjenester\n2. Frist: 2026\n'],
    ['after another bullet character', '- Område: innbyggertjenester\n* Frist: 2026\n'],
  ] as const) {
    it(`${name}: points at the line to correct, without telling the author to move it`, () => {
      const files = (config: string) => ({ 'samstemt.yaml': config, 'storby.md': md(props) });
      const [en] = analyzeRule(RULE, files(CONFIG));
      assert.ok(en, 'a finding');
      assert.match(en.message, /its deadline on line 9 is not read \(see the finding on that line\)\. Correct that line/);
      assert.doesNotMatch(en.message, /Move it|right under the goal heading/);
      const [nb] = analyzeRule(RULE, files(NB));
      assert.match(nb!.message, /fristen på linje 9 blir ikke lest \(se meldingen på den linjen\)\. Rett den linjen/);
      assert.doesNotMatch(nb!.message, /Flytt|rett under måloverskriften/);
      const [nn] = analyzeRule(RULE, files(NN));
      assert.match(nn!.message, /fristen på linje 9 blir ikkje lesen \(sjå meldinga på den linja\)\. Rett den linja/);
      assert.doesNotMatch(nn!.message, /Flytt|rett under måloverskrifta/);
      // The line itself says what is wrong there.
      assert.equal(analyzeRule('unknown-property', files(CONFIG)).some((d) => d.range.start.line === 8), true);
    });
  }
});
