/**
 * A list of references written as a sentence ends in a full stop
 * (`Bidrar til: ikt-fjord#felles-hr.`, `Aksepterer: ikt-fjord#felles-hr.`).
 * A goal ID holds no full stop, so the stop belongs to the sentence: the
 * contribution counts, and an acceptance whose «reason» is only the stop
 * reads as one without a reason, not as the reason «.».
 */
import { strict as assert } from 'node:assert';
import { CONFIG_NB, analyze, textAt } from '../helpers/workspace.js';
import { analyzeConflictRule, conflictMd as md } from '../helpers/rules.js';

const COMPANY = md('ikt-fjord', '## Felles personalsystem {#felles-hr}\n\n- Område: hr\n- Innføre: Visma HRM\n- Omfang: alle\n- Frist: 2026-12-31\n- Støtter: DN30-F1\n');

describe('references at the end of a sentence', () => {
  it('reads `Bidrar til: ikt-fjord#felles-hr.` as the reference, without a finding, and the goal as linked through it', () => {
    const files = { 'samstemt.yaml': CONFIG_NB, 'ikt-fjord.md': COMPANY, 'storby.md': md('storby', '## Opplæring i nytt personalsystem {#hr-opplaering}\n\n- Frist: 2026-06-30\n- Bidrar til: ikt-fjord#felles-hr.\n') };
    const ds = analyze(files).filter((d) => d.file === 'storby.md');
    assert.deepEqual(ds.map((d) => `${d.rule}: ${d.message}`), []);
  });

  it('points a reference to no goal at the reference, not at the full stop after it', () => {
    const files = { 'samstemt.yaml': CONFIG_NB, 'ikt-fjord.md': COMPANY, 'storby.md': md('storby', '## Opplæring {#hr-opplaering}\n\n- Frist: 2026-06-30\n- Bidrar til: ikt-fjord#felles-lonn.\n') };
    const ds = analyze(files).filter((d) => d.file === 'storby.md' && (d.rule === 'unknown-goal-ref' || d.rule === 'invalid-value'));
    assert.deepEqual(ds.map((d) => [d.rule, textAt(files, d)]), [['unknown-goal-ref', 'ikt-fjord#felles-lonn']]);
  });

  it('reads `Aksepterer: ikt-fjord#felles-hr.` as an acceptance without a reason, not with the reason «.»', () => {
    const keep = md('fjellbygd', '## Behold lønn {#behold-lonn}\n\n- Område: hr\n- Beholde: Huldt & Lillevik Lønn\n- Frist: 2026-12-31\n- Aksepterer: ikt-fjord#felles-hr.\n');
    const ds = analyzeConflictRule('conflict-system-choice', { 'samstemt.yaml': CONFIG_NB, 'ikt-fjord.md': COMPANY, 'fjellbygd.md': keep });
    assert.equal(ds.length, 2);
    for (const d of ds) assert.match(d.message, /Begrunnelse \(i «Behold lønn»\): \(ingen begrunnelse: skriv den etter tankestreken\)$/);
  });
});
