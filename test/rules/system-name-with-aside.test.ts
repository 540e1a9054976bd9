/**
 * A system name with an aside in parentheses, as advisers annotate it
 * (`Innføre: Visma HRM (lønn og personal)`), is the same system as
 * `Visma HRM`: no conflict-system-choice between a member that adopts it and
 * the company's goal that adopts Visma HRM for all. A name that is only
 * parentheses, or whose parentheses are inside the name, is left as written.
 */
import { strict as assert } from 'node:assert';
import { CONFIG_NB, textAt } from '../helpers/workspace.js';
import { analyzeConflictRule, conflictMd as md } from '../helpers/rules.js';

const COMPANY = md('ikt-fjord', '## Felles personalsystem {#felles-hr}\n\n- Område: hr\n- Innføre: Visma HRM\n- Omfang: alle\n- Frist: 2026-12-31\n');
const member = (system: string, key = 'Innføre') => md('storby', `## Nytt lønnssystem {#lonn}\n\n- Område: hr\n- ${key}: ${system}\n- Frist: 2026-12-31\n`);

function conflicts(system: string, key?: string) {
  const files = { 'samstemt.yaml': CONFIG_NB, 'ikt-fjord.md': COMPANY, 'storby.md': member(system, key) };
  return { files, ds: analyzeConflictRule('conflict-system-choice', files) };
}

describe('system names with an aside in parentheses', function () {
  this.timeout(10000);

  it('reads «Visma HRM (lønn og personal)» as Visma HRM: no conflict with the company adopting Visma HRM', () => {
    for (const system of ['Visma HRM (lønn og personal)', 'Visma HRM (skyversjon)', '«Visma HRM» (fra Kystnett)']) {
      assert.deepEqual(conflicts(system).ds.map((d) => d.message), [], system);
    }
  });

  it('still reports another system with an aside, showing it as written', () => {
    const { files, ds } = conflicts('Huldt & Lillevik Lønn (sky)', 'Beholde');
    assert.equal(ds.length, 2);
    assert.deepEqual(ds.map((d) => textAt(files, d)).sort(), ['Huldt & Lillevik Lønn (sky)', 'Visma HRM']);
    assert.match(ds[0]!.message, /beholder Huldt & Lillevik Lønn \(sky\)/);
  });

  it('keeps parentheses that are the name or inside it', () => {
    assert.equal(conflicts('(Visma HRM)').ds.length, 2);
    assert.equal(conflicts('Visma (HRM) Lønn').ds.length, 2);
  });
});
