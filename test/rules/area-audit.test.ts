/**
 * Audit of area values against format.md: enum-like values ignore case and a
 * trailing colon (§1), and the invalid-value message about an unknown area
 * says what Samstemt then does with the goal.
 */
import { strict as assert } from 'node:assert';
import { analyze, analyzeRule, textAt, CONFIG, CONFIG_NB, CONFIG_NN } from '../helpers/workspace.js';
import { conflictMd as md } from '../helpers/rules.js';

describe('area values (audit)', function () {
  this.timeout(10000);

  it('ignores a trailing colon in an area, as in other enum values: `Område: hr:` is hr, and meets the other hr goals', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'storby.md': md('storby', '## Nytt lønnssystem {#lonn}\n\n- Område: HR:\n- Innføre: Visma HRM\n- Frist: 2025\n'),
      'midtby.md': md('midtby', '## Felles lønn {#lonn}\n\n- Område: hr\n- Innføre: Tripletex\n- Omfang: storby, midtby\n- Frist: 2025\n'),
    };
    const ds = analyze(files);
    assert.deepEqual(ds.filter((d) => d.rule === 'invalid-value'), [], 'hr: is a known area');
    const conflicts = ds.filter((d) => d.rule === 'conflict-system-choice');
    assert.deepEqual(conflicts.map((d) => textAt(files, d)).sort(), ['Tripletex', 'Visma HRM']);
    assert.match(conflicts[0]!.message, /in the area «hr»/);
  });

  it('ignores a trailing colon after `alle`/`all` in a scope, as in other enum values', () => {
    for (const all of ['alle:', 'All:']) {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': md('ikt-fjord', `## Felles HR {#hr}\n\n- Område: hr\n- Innføre: Visma HRM\n- Omfang: ${all}\n- Behov: ett system\n- Frist: 2025\n`),
        'fjellbygd.md': md('fjellbygd', '## Behold lønn {#lonn}\n\n- Område: hr\n- Beholde: Huldt & Lillevik\n- Frist: 2025\n'),
      };
      const ds = analyze(files);
      assert.deepEqual(ds.filter((d) => d.rule === 'unknown-member'), [], all);
      assert.equal(ds.filter((d) => d.rule === 'conflict-system-choice').length, 2, `${all}: every member, Fjellbygd included`);
      const uniform = ds.filter((d) => d.rule === 'uniform-mandate');
      assert.equal(uniform.length, 1, all);
      assert.equal(textAt(files, uniform[0]!), all);
    }
  });

  it('says that a goal with an unknown area is compared with goals that name the same area, as it is', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'storby.md': md('storby', '## Nytt lønnssystem {#lonn}\n\n- Område: lønn\n- Innføre: Visma HRM\n- Frist: 2025\n'),
      'midtby.md': md('midtby', '## Felles lønn {#lonn}\n\n- Område: Lønn\n- Innføre: Tripletex\n- Omfang: storby, midtby\n- Frist: 2025\n'),
    };
    // Both write the same unknown area: their choices still collide, and the conflict is reported.
    assert.equal(analyzeRule('conflict-system-choice', files).length, 2);
    const onStorby = (ds: ReturnType<typeof analyzeRule>) => ds.find((x) => x.file === 'storby.md')!;
    const d = onStorby(analyzeRule('invalid-value', files));
    assert.doesNotMatch(d.message, /not compared with other goals in its area/);
    assert.match(d.message, /^The area "lønn" is not one of the cooperation's areas, so this goal is compared only with goals that name the same area, not with the goals in the cooperation's areas\. Areas: hr,/);
    const nb = onStorby(analyzeRule('invalid-value', { ...files, 'samstemt.yaml': CONFIG_NB }));
    assert.match(nb.message, /^Området «lønn» er ikke et av samarbeidets områder, så målet blir bare sammenlignet med mål som oppgir det samme området, ikke med målene på samarbeidets områder\./);
    const nn = onStorby(analyzeRule('invalid-value', { ...files, 'samstemt.yaml': CONFIG_NN }));
    assert.match(nn.message, /^Området «lønn» er ikkje eit av områda i samarbeidet, så målet blir berre samanlikna med mål som oppgir det same området, ikkje med måla på områda i samarbeidet\./);
  });

  it('still reports an area that is unknown apart from its colon', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': md('storby', '## Lønn {#lonn}\n\n- Område: lonn:\n- Frist: 2025\n') };
    const [d, ...rest] = analyzeRule('invalid-value', files);
    assert.equal(rest.length, 0);
    assert.equal(textAt(files, d!), 'lonn:');
  });
});
