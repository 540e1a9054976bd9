/**
 * possible-conflict and `contributes`: a goal that says it contributes to
 * another goal (`Bidrar til:` / `Bidreg til:`), directly or through the
 * goals above that goal (a sub-goal's parent, what that goal contributes
 * to), declares that it serves it. The contribution is a structured
 * property that decides the pair: the texts («lokal brukarstøtte» under
 * «felles brukerstøtte») describe how the member takes part, not a pull the
 * other way. Goals that only share a target are still compared.
 */
import { strict as assert } from 'node:assert';
import { CONFIG, InMemoryHost, createTestEngine, textAt } from '../helpers/workspace.js';
import { analyzeConflictRule as analyzeRule, conflictMd as md, CONFLICT_RULES } from '../helpers/rules.js';

const RULE = 'possible-conflict';

const FELLES = (extra = '') =>
  md(
    'ikt-fjord',
    `## Felles brukerstøtte for alle medlemmene {#felles-brukerstotte}\n\n- Omfang: alle\n- Frist: 2026-12-31\n\nÉn servicedesk med ett telefonnummer for alle ansatte.\n${extra}`,
  );
const LOKAL = (contributes: string) =>
  md(
    'fjellbygd',
    `## Lokal brukarstøtte som første linje inn mot servicedesken {#lokal-brukarstotte}\n\n- Frist: 2026-06-30\n${contributes}\nEin IKT-koordinator på rådhuset tek dei enklaste sakene.\n`,
  );

describe(`${RULE}: goals linked by contributes`, function () {
  this.timeout(10000);

  it('still hints at the two goals when the member goal names no contribution (the texts do pull apart)', () => {
    const files = { 'samstemt.yaml': CONFIG, 'ikt-fjord.md': FELLES(), 'fjellbygd.md': LOKAL('') };
    assert.deepEqual(
      analyzeRule(RULE, files).map((d) => [d.goal, textAt(files, d)]),
      [
        ['fjellbygd#lokal-brukarstotte', 'Lokal brukarstøtte som første linje inn mot servicedesken'],
        ['ikt-fjord#felles-brukerstotte', 'Felles brukerstøtte for alle medlemmene'],
      ],
    );
  });

  it('gives no hint between a goal and the goal it contributes to', () => {
    const files = { 'samstemt.yaml': CONFIG, 'ikt-fjord.md': FELLES(), 'fjellbygd.md': LOKAL('- Bidreg til: ikt-fjord#felles-brukerstotte\n') };
    assert.deepEqual(analyzeRule(RULE, files), []);
  });

  it('gives no hint when the shared goal contributes to the member goal (the other way round)', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'ikt-fjord.md': FELLES().replace('- Omfang: alle\n', '- Omfang: alle\n- Bidrar til: fjellbygd#lokal-brukarstotte\n'),
      'fjellbygd.md': LOKAL(''),
    };
    assert.deepEqual(analyzeRule(RULE, files), []);
  });

  it('gives no hint between a goal and the parent of the sub-goal it contributes to, nor what that parent contributes to', () => {
    const sub = '\n### Servicedesk med kveldsopent {#kveldsopent}\n\n- Frist: 2026-06-30\n\nServicedesken er open til klokka 21.\n';
    const files = {
      'samstemt.yaml': CONFIG,
      'ikt-fjord.md': FELLES(sub),
      'fjellbygd.md': LOKAL('- Bidreg til: ikt-fjord#kveldsopent\n'),
    };
    assert.deepEqual(analyzeRule(RULE, files), []);
    // One step further up: the member's goal contributes to a Storby goal that contributes to the shared one.
    const chain = {
      'samstemt.yaml': CONFIG,
      'ikt-fjord.md': FELLES(),
      'storby.md': md('storby', '## Opplæring av superbrukarar {#superbrukarar}\n\n- Omfang: storby, fjellbygd\n- Bidrar til: ikt-fjord#felles-brukerstotte\n- Frist: 2026-06-30\n'),
      'fjellbygd.md': LOKAL('- Bidreg til: storby#superbrukarar\n'),
    };
    assert.deepEqual(analyzeRule(RULE, chain), []);
  });

  it('still compares two goals that contribute to the same goal', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'ikt-fjord.md': md('ikt-fjord', '## Bedre brukerstøtte {#brukerstotte}\n\n- Omfang: alle\n- Frist: 2026-12-31\n'),
      'storby.md': md('storby', '## Felles brukerstøtte med Fjellbygd {#felles}\n\n- Omfang: storby, fjellbygd\n- Bidrar til: ikt-fjord#brukerstotte\n- Frist: 2026-06-30\n'),
      'fjellbygd.md': LOKAL('- Bidreg til: ikt-fjord#brukerstotte\n'),
    };
    assert.deepEqual(
      analyzeRule(RULE, files).map((d) => [d.goal, d.related[0]?.goal]),
      [
        ['fjellbygd#lokal-brukarstotte', 'storby#felles'],
        ['storby#felles', 'fjellbygd#lokal-brukarstotte'],
      ],
    );
  });

  it('follows an edit of the contribution in another document (the editor re-analyses incrementally)', () => {
    // fjellbygd → storby#mellom → ikt-fjord: taking out the middle link in storby.md brings the hint back, and putting it back removes it.
    const storby = (link: string) => md('storby', `## Opplæring av superbrukarar {#mellom}\n\n- Omfang: storby\n${link}- Frist: 2026-06-30\n`);
    const host = new InMemoryHost({
      'samstemt.yaml': CONFIG,
      'ikt-fjord.md': FELLES(),
      'storby.md': storby('- Bidrar til: ikt-fjord#felles-brukerstotte\n'),
      'fjellbygd.md': LOKAL('- Bidreg til: storby#mellom\n'),
    });
    const engine = createTestEngine(host, { rules: CONFLICT_RULES });
    const hints = () => [...engine.analyze().diagnostics.values()].flat().filter((d) => d.rule === RULE).map((d) => d.goal).sort();
    assert.deepEqual(hints(), []);
    host.set('storby.md', storby(''));
    assert.deepEqual(hints(), ['fjellbygd#lokal-brukarstotte', 'ikt-fjord#felles-brukerstotte']);
    host.set('storby.md', storby('- Bidrar til: ikt-fjord#felles-brukerstotte\n'));
    assert.deepEqual(hints(), []);
  });
});
