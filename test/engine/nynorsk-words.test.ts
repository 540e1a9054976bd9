/**
 * What a nynorsk author writes that the contract does not spell, read through
 * the engine: «Retning: minke», «Status: avbrote» (the neuter form: «målet er
 * avbrote»), a key with more words after it (`Frå og med:`, `Ansvarleg
 * eining:`), and «i dag» after the verb, as Norwegian word order puts it
 * («Kvar kommune arkiverer i dag i sitt eige system»).
 */
import { strict as assert } from 'node:assert';
import { analyze, analyzeRule, textAt, CONFIG_NN } from '../helpers/workspace.js';
import { analyzeConflictRule, conflictMd } from '../helpers/rules.js';
import { signalsOf } from '../../server/src/engine/conflicts/topics.js';

const doc = (props: string) => `---\neigar: storby\nperiode: 2024–2027\nspråk: nn\n---\n\n# Strategi\n\n## Lågare kostnader {#lagare}\n\n${props}\n`;

describe('nynorsk words the contract does not spell', () => {
  it('reads «Retning: minke» as decrease and «Status: avbrote» as dropped', () => {
    const files = { 'samstemt.yaml': CONFIG_NN, 'storby.md': doc('- Indikator: medlemsavgift\n- Retning: minke\n- Frist: 2026\n- Status: avbrote') };
    assert.deepEqual(analyzeRule('invalid-value', files).map((d) => textAt(files, d)), []);
  });

  it('offers the key a longer key starts with: `Frå og med` → `Frå`, `Ansvarleg eining` → `Ansvarleg`, in the language of the document', () => {
    const files = { 'samstemt.yaml': CONFIG_NN, 'storby.md': doc('- Frå og med: 2025-01-01\n- Frist: 2026\n- Ansvarleg eining: IKT-avdelinga\n- Fra og med: 2025') };
    const ds = analyzeRule('unknown-property', files);
    assert.deepEqual(ds.map((d) => [textAt(files, d), /Meinte du «([^»]+)»\?/.exec(d.message)?.[1]]), [
      ['Frå og med', 'Frå'],
      ['Ansvarleg eining', 'Ansvarleg'],
      ['Fra og med', 'Frå'],
    ]);
    assert.deepEqual(ds.map((d) => d.fixes?.[0]?.edits[0]?.newText), ['Frå', 'Ansvarleg', 'Frå']);
  });

  it('offers no key when the words only start like one (`Fristen`)', () => {
    const files = { 'samstemt.yaml': CONFIG_NN, 'storby.md': doc('- Frist: 2026\n- Fristane våre: 2025') };
    assert.doesNotMatch(analyze(files).find((d) => d.rule === 'unknown-property')!.message, /Meinte du/);
  });

  it('reads «i dag» after the verb as the situation today, in nynorsk and bokmål, but not after the direction word', () => {
    assert.deepEqual(signalsOf('Kvar kommune arkiverer i dag i sitt eige system.', false), []);
    assert.deepEqual(signalsOf('Hver kommune har i dag sitt eget arkivsystem.', false), []);
    assert.equal(signalsOf('Kvar kommune har i dag eige system. No vil vi ha eige system for arkiv.', false).map((s) => s.word).includes('system'), true);
    assert.equal(signalsOf('Vi vil ha eige system, slik vi har i dag.', false).map((s) => s.word).includes('system'), true);
    const files = {
      'samstemt.yaml': CONFIG_NN,
      'ikt-fjord.md': conflictMd('ikt-fjord', '## Felles arkiv {#felles-arkiv}\n\n- Omfang: alle\n- Frist: 2026\n\nKvar kommune arkiverer i dag i sitt eige system.\n'),
      'fjellbygd.md': conflictMd('fjellbygd', '## Arkivet over i det felles systemet {#arkiv}\n\n- Frist: 2026\n'),
    };
    assert.deepEqual(analyzeConflictRule('possible-conflict', files).map((d) => d.message), []);
  });
});
