/**
 * Amounts in `Krever:` written as budgets write them: thousands grouped with
 * spaces and a unit after the number (`prosjektmidler 1 500 000 kr`) against
 * a capacity counted in another unit (`unit: MNOK`). They count converted to
 * the resource's unit; a unit that does not convert (årsverk against MNOK) is
 * reported by invalid-value and not counted.
 */
import { strict as assert } from 'node:assert';
import { CONFIG_NB, textAt } from '../helpers/workspace.js';
import { analyzeConflictRule, conflictMd as md } from '../helpers/rules.js';
import { analyze } from '../helpers/workspace.js';

const CONFIG = CONFIG_NB.replace('resources:\n', 'resources:\n  prosjektmidler: { owner: ikt-fjord, capacity: 8, unit: MNOK }\n');

/** Two goals of 2026 that require `a` and `b` of the project money. */
function files(a: string, b: string): Record<string, string> {
  return {
    'samstemt.yaml': CONFIG,
    'ikt-fjord.md': md('ikt-fjord', `## KI-assistent {#ki}\n\n- Fra: 2026-01-01\n- Frist: 2026-12-31\n- Krever: prosjektmidler ${a}\n`),
    'storby.md': md('storby', `## Digital byggesak {#byggesak}\n\n- Fra: 2026-01-01\n- Frist: 2026-12-31\n- Krever: prosjektmidler ${b}\n`),
  };
}

describe('conflict-capacity: amounts written with thousands and a unit', function () {
  this.timeout(10000);

  it('reads «1 500 000 kr» against a capacity in MNOK as 1,5 mill. kr', () => {
    const fs = files('6 MNOK', '1 500 000 kr');
    assert.deepEqual(analyzeConflictRule('conflict-capacity', fs), []);
    const over = files('7 MNOK', '1 500 000 kr');
    const ds = analyzeConflictRule('conflict-capacity', over);
    assert.equal(ds.length, 2);
    assert.match(ds[0]!.message, /trenger 8,5 mill\. kr i året, men kapasiteten er 8 mill\. kr\. Behov: «KI-assistent» \(IKT Fjord AS\) 7 mill\. kr; «Digital byggesak» \(Storby kommune\) 1,5 mill\. kr\./);
    assert.equal(textAt(over, ds[1]!), 'prosjektmidler 1 500 000 kr');
    assert.deepEqual(analyze(over).filter((d) => d.rule === 'invalid-value'), []);
  });

  it('converts thousands, millions and kroner however they are written (TNOK, mill. kr, kroner, a no-break space)', () => {
    for (const b of ['1 500 TNOK', '1,5 mill. kr', '1500000 kroner', '1\u00a0500\u00a0000 kr', '1 500 000 kr i 2026']) {
      const ds = analyzeConflictRule('conflict-capacity', files('7 MNOK', b));
      assert.equal(ds.length, 2, b);
      assert.match(ds[0]!.message, /trenger 8,5 mill\. kr i året/, b);
    }
  });

  it('counts an amount without a unit, or with words that are no unit, in the resource’s unit as before', () => {
    for (const b of ['1,5', '1,5 (anslag)']) {
      const ds = analyzeConflictRule('conflict-capacity', files('7 MNOK', b));
      assert.match(ds[0]!.message, /trenger 8,5 mill\. kr i året/, b);
    }
  });

  it('reports an amount in a unit that does not convert, and leaves it out of the sum', () => {
    const fs = files('7 MNOK', '3 årsverk');
    assert.deepEqual(analyzeConflictRule('conflict-capacity', fs), []);
    const [d, ...rest] = analyze(fs).filter((x) => x.rule === 'invalid-value');
    assert.equal(rest.length, 0);
    assert.equal(textAt(fs, d!), 'prosjektmidler 3 årsverk');
    assert.equal(d!.message, '«prosjektmidler 3 årsverk» er oppgitt i årsverk, men «prosjektmidler» telles i MNOK, så denne mengden blir ikke regnet med når kapasiteten sjekkes. Skriv mengden i MNOK.');
  });

  it('counts units that do not convert exactly (stillinger, personer) as written, as before', () => {
    const fs = {
      'samstemt.yaml': CONFIG,
      'storby.md': md('storby', '## A {#a}\n\n- Fra: 2026-01-01\n- Frist: 2026-12-31\n- Krever: utviklingskapasitet 11\n\n## B {#b}\n\n- Fra: 2026-01-01\n- Frist: 2026-12-31\n- Krever: utviklingskapasitet 2 stillinger\n'),
    };
    assert.match(analyzeConflictRule('conflict-capacity', fs)[0]!.message, /trenger 13 årsverk i året/);
    assert.deepEqual(analyze(fs).filter((d) => d.rule === 'invalid-value'), []);
  });

  it('converts månedsverk to årsverk (twelve to the year)', () => {
    const fs = {
      'samstemt.yaml': CONFIG,
      'storby.md': md('storby', '## A {#a}\n\n- Frist: 2026-12-31\n- Fra: 2026-01-01\n- Krever: utviklingskapasitet 11\n\n## B {#b}\n\n- Fra: 2026-01-01\n- Frist: 2026-12-31\n- Krever: utviklingskapasitet 18 månedsverk\n'),
    };
    const ds = analyzeConflictRule('conflict-capacity', fs);
    assert.match(ds[0]!.message, /trenger 12,5 årsverk i året, men kapasiteten er 12 årsverk/);
  });
});
