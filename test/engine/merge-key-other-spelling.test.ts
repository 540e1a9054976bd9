/**
 * YAML merge keys (`<<: *felles`) where the goal or member writes one of the
 * merged keys itself in another language or spelling: `område:` in the goal
 * over `area:` in the anchor, `namn:` in a member over `name:` in the anchor.
 * format.md: «a key written in the goal itself wins». Before, the two
 * spellings were taken for a key given twice: in a goal the anchored line was
 * reported («given twice … ignored») with a fix that removed it for every
 * goal sharing it; in samstemt.yaml the merged value won, so Øyrane kommune was
 * read with Havby's name and population.
 */
import { strict as assert } from 'node:assert';
import { analyze, textAt } from '../helpers/workspace.js';

const CONFIG = `language: en
members:
  havby: &kommune { name: Havby kommune, kind: kommune, population: 42000 }
  oyrane:
    <<: *kommune
    namn: Øyrane kommune
    innbyggjarar: 1200
  fjordkyst: { name: Fjordkyst IKT, kind: selskap }
areas: [hr, helse, sak-arkiv]
`;

const STRATEGY = `eier: fjordkyst
standard: &felles
  area: hr
  deadline: 2026
  supports: DN30-M3
mål:
  - id: felles-arkiv
    <<: *felles
    tittel: Felles arkiv for alle
    område: sak-arkiv
    innføre: Elements
    omfang: alle
    behov: Tre ulike arkivsystem.
  - id: felles-helse
    <<: *felles
    tittel: Felles journal
    område: helsee
    frist: 2027
    støtter: DS19-M2
  - id: felles-lonn
    <<: *felles
    title: Felles lønn
`;

describe('a merged key overridden by the same key in another spelling', () => {
  const files = { 'samstemt.yaml': CONFIG, 'strategier/fjordkyst.strategy.yaml': STRATEGY };
  const found = analyze(files).filter((d) => d.rule !== 'objective-uncovered');

  it('samstemt.yaml: the member\'s own namn and innbyggjarar count, and nothing is reported', () => {
    assert.deepEqual(found.filter((d) => d.file === 'samstemt.yaml').map((d) => d.message), []);
    // Øyrane has 1 200 inhabitants, Havby 42 000: one system for both is worth a thought.
    const uniform = found.filter((d) => d.rule === 'uniform-mandate');
    assert.equal(uniform.length, 1, found.map((d) => `${d.rule}: ${d.message}`).join('\n'));
    assert.match(uniform[0]!.message, /Øyrane kommune/);
    assert.match(uniform[0]!.message, /1,200|1 200/);
  });

  it('a goal: its own område, frist and støtter count; the anchored lines are not reported', () => {
    const invalid = found.filter((d) => d.rule === 'invalid-value');
    // Only the goal's own misspelt area, on its own line.
    assert.deepEqual(invalid.map((d) => [textAt(files, d), d.range.start.line, d.range.start.character]), [['helsee', 16, 12]]);
    // felles-helse supports only DS19-M2 (its own støtter wins over the anchored DN30-M3), so its own 2027 lies beyond DS19.
    const beyond = found.filter((d) => d.rule === 'beyond-framework-period');
    assert.deepEqual(beyond.map((d) => [textAt(files, d), d.range.start.line]), [['2027', 17]]);
  });
});
