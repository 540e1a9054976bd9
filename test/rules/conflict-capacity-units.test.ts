import { strict as assert } from 'node:assert';
import { CONFIG } from '../helpers/workspace.js';
import { analyzeConflictRule as analyzeRule } from '../helpers/rules.js';
import { formatAmount } from '../../server/src/engine/text/units.js';

const RULE = 'conflict-capacity';

/** CONFIG with the shared capacity measured in `unit`, messages in `lang`, and capacity `capacity`. */
function config(unit: string, lang: 'nb' | 'nn' | 'en', capacity = 1): string {
  return CONFIG.replace('language: en', `language: ${lang}`).replace('capacity: 12, unit: årsverk', `capacity: ${capacity}, unit: ${unit}`);
}

function md(owner: string, body: string): string {
  return `---\nowner: ${owner}\n---\n\n# Strategi\n\n${body}`;
}

function goal(id: string, amount: string): string {
  return `## Mål ${id} {#${id}}\n\n- Fra: 2025-01-01\n- Frist: 2025-12-31\n- Krever: utviklingskapasitet ${amount}\n\n`;
}

/** Two goals of 1 each over a capacity of 1: every amount but the total is one. */
function analyze(unit: string, lang: 'nb' | 'nn' | 'en', capacity = 1) {
  return analyzeRule(RULE, { 'samstemt.yaml': config(unit, lang, capacity), 'storby.md': md('storby', goal('a', '1') + goal('b', '1')) });
}

describe(`${RULE}: units agree with their number`, function () {
  this.timeout(10000);

  it('writes «1 time» and «2 timer» in bokmål, whichever form samstemt.yaml uses', () => {
    for (const unit of ['timer', 'time', 'hours']) {
      const d = analyze(unit, 'nb')[0]!;
      assert.match(d.message, /trenger 2 timer i året, men kapasiteten er 1 time\. Behov: «Mål a» \(Storby kommune\) 1 time; «Mål b» \(Storby kommune\) 1 time\./, unit);
      assert.ok(d.related.some((r) => /Kapasiteten til «utviklingskapasitet»: 1 time i året/.test(r.message)), unit);
      assert.ok(d.related.some((r) => /trenger også 1 time i året/.test(r.message)), unit);
    }
  });

  it('writes nynorsk plurals («2 dagar», «2 timar»)', () => {
    assert.match(analyze('dager', 'nn')[0]!.message, /treng 2 dagar i året, men kapasiteten er 1 dag\./);
    assert.match(analyze('timer', 'nn')[0]!.message, /treng 2 timar i året, men kapasiteten er 1 time\./);
  });

  it('writes English units in English («1 hour», «2 person-years»)', () => {
    assert.match(analyze('timer', 'en')[0]!.message, /need 2 hours a year, but the capacity is 1 hour\./);
    assert.match(analyze('årsverk', 'en')[0]!.message, /need 2 person-years a year, but the capacity is 1 person-year\./);
    assert.match(analyze('dagar', 'en')[0]!.message, /need 2 days a year, but the capacity is 1 day\./);
  });

  it('keeps «årsverk» as it is in Norwegian, for one and for many', () => {
    assert.match(analyze('årsverk', 'nb')[0]!.message, /trenger 2 årsverk i året, men kapasiteten er 1 årsverk\./);
    assert.match(analyze('årsverk', 'nn')[0]!.message, /treng 2 årsverk i året, men kapasiteten er 1 årsverk\./);
  });

  it('shows a unit it does not know as the cooperation wrote it', () => {
    // («mill. kr» is a known unit now: test/engine/capacity-units.test.ts.)
    assert.match(analyze('lisenser', 'nb')[0]!.message, /trenger 2 lisenser i året, men kapasiteten er 1 lisenser\./);
    assert.match(analyze('story points', 'en')[0]!.message, /need 2 story points a year, but the capacity is 1 story points\./);
  });

  it('uses the plural for decimals and for zero', () => {
    assert.equal(formatAmount(1.5, 'timer', 'nb'), '1,5 timer');
    assert.equal(formatAmount(0, 'hours', 'en'), '0 hours');
    assert.equal(formatAmount(1, 'Timer', 'en'), '1 hour');
    assert.equal(formatAmount(1.001, 'timer', 'nb'), '1 time');
    assert.equal(formatAmount(12, undefined, 'nb'), '12');
  });
});
