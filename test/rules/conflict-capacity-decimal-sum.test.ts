/**
 * Amounts with decimals add up as decimals: 0,1 + 0,2 + 0,4 årsverk is 0,7,
 * exactly a capacity of 0,7, not more. Summed as binary floating point the
 * total was 0.7000000000000001, and conflict-capacity reported «trenger 0,7
 * årsverk …, men kapasiteten er 0,7 årsverk» on all three goals, while the
 * report's capacity chart (which rounds) said the year was not over.
 */
import { strict as assert } from 'node:assert';
import { CONFIG } from '../helpers/workspace.js';
import { analyzeConflictRule as analyzeRule, conflictMd as md } from '../helpers/rules.js';
import { InMemoryHost, createTestEngine } from '../helpers/workspace.js';
import { buildAlignmentReport } from '../../server/src/report/reportModel.js';

const RULE = 'conflict-capacity';

const goal = (id: string, amount: string) => `## Mål ${id} {#${id}}\n\n- Fra: 2026-01-01\n- Frist: 2026-12-31\n- Krever: utviklingskapasitet ${amount}\n\n`;

const files = (capacity: string, amounts: string[]) => ({
  'samstemt.yaml': CONFIG.replace('language: en', 'language: nb').replace('capacity: 12,', `capacity: ${capacity},`),
  'ikt-fjord.md': md('ikt-fjord', amounts.map((a, i) => goal(`m${i}`, a)).join('')),
});

describe(`${RULE}: decimal amounts that add up to exactly the capacity`, function () {
  this.timeout(10000);

  it('0,1 + 0,2 + 0,4 against 0,7 is no overbooking; 1,1 + 2,2 against 3,3 neither', () => {
    assert.deepEqual(analyzeRule(RULE, files('0.7', ['0,1', '0,2', '0,4'])).map((d) => d.message), []);
    assert.deepEqual(analyzeRule(RULE, files('3.3', ['1,1', '2,2'])).map((d) => d.message), []);
  });

  it('a hundredth over is still over, on every goal', () => {
    const ds = analyzeRule(RULE, files('0.7', ['0,1', '0,2', '0,41']));
    assert.equal(ds.length, 3);
    for (const d of ds) assert.match(d.message, /trenger 0,71 årsverk i året, men kapasiteten er 0,7 årsverk/);
  });

  it('the report\'s capacity chart agrees with the rule', () => {
    for (const [amounts, over] of [[['0,1', '0,2', '0,4'], false], [['0,1', '0,2', '0,41'], true]] as const) {
      const result = createTestEngine(new InMemoryHost(files('0.7', [...amounts]))).analyze();
      const report = buildAlignmentReport(result.workspaces[0]!, [...result.diagnostics.values()].flat());
      const year = report.capacity.find((r) => r.id === 'utviklingskapasitet')!.years.find((y) => y.year === 2026)!;
      assert.equal(year.over, over, amounts.join(' + '));
      assert.equal(report.conflicts.some((c) => c.rule === 'conflict-capacity'), over, amounts.join(' + '));
    }
  });
});
