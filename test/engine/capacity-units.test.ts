/**
 * The units authors give a shared capacity (samstemt.yaml `unit:`) as
 * messages and the report write them: money as English writes it («NOK
 * 12,000», «NOK 2 million», not «12 NOK»), the units cooperations actually
 * use for capacity (årsverk, FTE, dagsverk, stillinger, prosent, mill. kr,
 * MNOK …) in nb, nn and en, agreeing with the number.
 */
import { strict as assert } from 'node:assert';
import { formatAmount } from '../../server/src/engine/text/units.js';
import { CONFIG } from '../helpers/workspace.js';
import { analyzeConflictRule } from '../helpers/rules.js';

describe('capacity units in nb, nn and en', function () {
  it('writes kroner as English writes money: the currency before the number', () => {
    assert.equal(formatAmount(12, 'kroner', 'en'), 'NOK 12');
    assert.equal(formatAmount(12000, 'kr', 'en'), 'NOK 12,000');
    assert.equal(formatAmount(1, 'NOK', 'en'), 'NOK 1');
    assert.equal(formatAmount(1, 'kroner', 'nb'), '1 krone');
    assert.equal(formatAmount(2, 'kr', 'nn'), '2 kr');
  });

  it('knows millions and thousands of kroner («mill. kr», «MNOK», «millioner kroner», «tusen kroner»)', () => {
    assert.equal(formatAmount(2, 'mill. kr', 'en'), 'NOK 2 million');
    assert.equal(formatAmount(2.5, 'MNOK', 'en'), 'NOK 2.5 million');
    assert.equal(formatAmount(2, 'mill. kr', 'nb'), '2 mill. kr');
    assert.equal(formatAmount(1, 'millioner kroner', 'nb'), '1 million kroner');
    assert.equal(formatAmount(2, 'millioner kroner', 'nn'), '2 millionar kroner');
    assert.equal(formatAmount(3, 'million kroner', 'en'), 'NOK 3 million');
    assert.equal(formatAmount(500, 'tusen kroner', 'en'), 'NOK 500 thousand');
    assert.equal(formatAmount(500, 'TNOK', 'nb'), '500 tusen kroner');
  });

  it('writes percent as each language does', () => {
    assert.equal(formatAmount(80, '%', 'en'), '80%');
    assert.equal(formatAmount(80, '%', 'nb'), '80 %');
    assert.equal(formatAmount(80, 'prosent', 'en'), '80 percent');
    assert.equal(formatAmount(80, 'percent', 'nn'), '80 prosent');
  });

  it('knows the units of work (FTE, stillingar, dagsverk, månedsverk), with number agreement', () => {
    assert.equal(formatAmount(3, 'FTE', 'nb'), '3 årsverk');
    assert.equal(formatAmount(1, 'årsverk', 'en'), '1 person-year');
    assert.equal(formatAmount(1, 'stillingar', 'nb'), '1 stilling');
    assert.equal(formatAmount(2, 'stillinger', 'nn'), '2 stillingar');
    assert.equal(formatAmount(2, 'dagsverk', 'en'), '2 person-days');
    assert.equal(formatAmount(1, 'månedsverk', 'nn'), '1 månadsverk');
    assert.equal(formatAmount(2, 'FTEs', 'en'), '2 person-years');
  });

  it('reads naturally in an English conflict-capacity message', () => {
    const config = CONFIG.replace('capacity: 12, unit: årsverk', 'capacity: 1, unit: mill. kr');
    const goal = (id: string) => `## Mål ${id} {#${id}}\n\n- Fra: 2025-01-01\n- Frist: 2025-12-31\n- Krever: utviklingskapasitet 1\n\n`;
    const d = analyzeConflictRule('conflict-capacity', { 'samstemt.yaml': config, 'storby.md': `---\nowner: storby\n---\n\n# Strategi\n\n${goal('a')}${goal('b')}` })[0]!;
    assert.match(d.message, /need NOK 2 million a year, but the capacity is NOK 1 million\./, d.message);
  });
});
