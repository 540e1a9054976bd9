/**
 * Shared capacity as the advisers of «Breiskog IKT» (audit 12, see
 * test/fixtures/capacity12/EXPECTED.md) write what their goals require:
 * budgets with the currency before the amount, as Norwegian (`kr 500 000`)
 * and English (`NOK 1,500,000`, `NOK 1.5 million`) write money, and the
 * amount with its unit before the resource (`2 årsverk prosjektleiing`).
 */
import { strict as assert } from 'node:assert';
import { CONFIG_NB, textAt } from '../helpers/workspace.js';
import { analyzeConflictRule, conflictMd as md } from '../helpers/rules.js';
import { analyze, assertSameAsFresh, createTestEngine, InMemoryHost } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

const CONFIG = CONFIG_NB.replace('resources:\n', 'resources:\n  prosjektmidler: { owner: ikt-fjord, capacity: 8, unit: mill. kr }\n');

/** Two goals of 2026 that require `a` and `b` of the project money; `enB`: the second document is in English. */
function files(a: string, b: string, enB = false): Record<string, string> {
  const storby = md('storby', `## Digital byggesak {#byggesak}\n\n- Fra: 2026-01-01\n- Frist: 2026-12-31\n- Krever: prosjektmidler ${b}\n`);
  return {
    'samstemt.yaml': CONFIG,
    'ikt-fjord.md': md('ikt-fjord', `## KI-assistent {#ki}\n\n- Fra: 2026-01-01\n- Frist: 2026-12-31\n- Krever: prosjektmidler ${a}\n`),
    'storby.md': enB ? storby.replace('period:', 'language: en\nperiod:').replace('## Digital byggesak', '## Digital building permits').replace('- Fra:', '- Start:').replace('- Frist:', '- Deadline:').replace('- Krever:', '- Requires:') : storby,
  };
}

describe('conflict-capacity: the currency before the amount (capacity12)', function () {
  this.timeout(10000);

  it('reads «kr 1 500 000» in bokmål as 1 500 000 kr', () => {
    for (const b of ['kr 1 500 000', 'kr. 1 500 000', 'NOK 1 500 000']) {
      const fs = files('7', b);
      assert.deepEqual(analyze(fs).filter((d) => d.rule === 'invalid-value').map((d) => d.message), [], b);
      const ds = analyzeConflictRule('conflict-capacity', fs);
      assert.equal(ds.length, 2, b);
      assert.match(ds[0]!.message, /trenger 8,5 mill\. kr i året, men kapasiteten er 8 mill\. kr\. Behov: «KI-assistent» \(IKT Fjord AS\) 7 mill\. kr; «Digital byggesak» \(Storby kommune\) 1,5 mill\. kr\./, b);
      assert.equal(textAt(fs, ds[1]!), `prosjektmidler ${b}`);
    }
  });

  it('reads English money as English writes it, and as its own English messages write it («NOK 1.5 million»)', () => {
    for (const b of ['NOK 1,500,000', 'NOK 1.5 million', 'NOK 1,500 thousand']) {
      const fs = files('7', b, true);
      assert.deepEqual(analyze(fs).filter((d) => d.rule === 'invalid-value').map((d) => d.message), [], b);
      const ds = analyzeConflictRule('conflict-capacity', fs);
      assert.equal(ds.length, 2, b);
      assert.match(ds[0]!.message, /trenger 8,5 mill\. kr i året/, b);
    }
  });

  it('still counts within capacity what is within it, and reports a currency before a number that is not one', () => {
    assert.deepEqual(analyzeConflictRule('conflict-capacity', files('6', 'kr 2 000 000')), []);
    const fs = files('6', 'kr mange');
    const [d] = analyze(fs).filter((x) => x.rule === 'invalid-value');
    assert.equal(textAt(fs, d!), 'prosjektmidler kr mange');
  });
});

describe('invalid-value: a requirement written amount first, with its unit (capacity12)', function () {
  this.timeout(10000);
  /** files() with Storby's requirement written as `item`. */
  const withItem = (item: string) => {
    const fs = files('7', 'x');
    return { ...fs, 'storby.md': fs['storby.md']!.replace('- Krever: prosjektmidler x', `- Krever: ${item}`) };
  };

  it('offers the requirement turned round, unit and all, and the fixed amount counts', () => {
    for (const [b, fixed] of [['1,5 mill. kr prosjektmidler', 'prosjektmidler 1,5 mill. kr'], ['1,5 MNOK prosjektmidler', 'prosjektmidler 1,5 MNOK'], ['1,5 prosjektmidler', 'prosjektmidler 1,5']] as const) {
      const fs = withItem(b);
      const [d, ...rest] = analyze(fs).filter((x) => x.rule === 'invalid-value');
      assert.equal(rest.length, 0, b);
      assert.equal(textAt(fs, d!), b);
      assert.ok(d!.message.endsWith(`f.eks. ${fixed}.`), d!.message);
      const after = applyFix(fs, d!);
      assert.ok(after['storby.md']!.includes(`- Krever: ${fixed}\n`), after['storby.md']);
      assert.deepEqual(analyze(after).filter((x) => x.rule === 'invalid-value'), [], b);
      assert.match(analyzeConflictRule('conflict-capacity', after)[0]!.message, /trenger 8,5 mill\. kr i året/, b);
    }
  });

  it('offers no turned requirement when the words between are no unit', () => {
    const fs = withItem('2 store prosjektmidler');
    const [d] = analyze(fs).filter((x) => x.rule === 'invalid-value');
    assert.deepEqual(d!.fixes, []);
  });
});

describe('conflict-capacity: a decimal comma in a goal written on one line in YAML (capacity12)', function () {
  this.timeout(10000);
  const yamlFiles = (goal: string) => ({
    'samstemt.yaml': CONFIG_NB.replace('resources:\n', 'resources:\n  utvikling: { owner: ikt-fjord, capacity: 4, unit: årsverk }\n'),
    'ikt-fjord.md': md('ikt-fjord', '## Innlemming av Fagerdal {#innlemming}\n\n- Fra: 2026-01-01\n- Frist: 2026-12-31\n- Krever: utvikling 2\n'),
    'storby.yaml': `owner: storby\nperiod: 2026–2027\ngoals:\n  ${goal}\n`,
  });

  it('reads `{…, requires: utvikling 2,5}` as 2,5, as it reads `requires: {utvikling: 2,5}`, not as 2 and a property «5»', () => {
    for (const goal of ['- {id: ki, title: KI-assistent, requires: utvikling 2,5}', '- {id: ki, title: KI-assistent, requires: {utvikling: 2,5}}', '- {id: ki, title: KI-assistent, krever: utvikling 2,5 årsverk, frist: 2026}']) {
      const fs = yamlFiles(goal);
      assert.deepEqual(analyze(fs).filter((d) => d.rule === 'unknown-property' || d.rule === 'invalid-value').map((d) => d.message), [], goal);
      const ds = analyzeConflictRule('conflict-capacity', fs);
      assert.equal(ds.length, 2, goal);
      assert.match(ds[0]!.message, /trenger 4,5 årsverk i året, men kapasiteten er 4 årsverk/, goal);
      assert.equal(textAt(fs, ds[1]!).replace(/ årsverk$/, '').replace(':', ''), 'utvikling 2,5', goal);
    }
  });

  it('reads two requirements split by YAML at their comma, and leaves a key after the comma a key', () => {
    const fs = yamlFiles('- {id: ki, title: KI-assistent, requires: utvikling 1, prosjektleiing 1, deadline: 2026}');
    const ds = analyze(fs);
    // prosjektleiing is no resource of the cooperation: reported as such, not as an unknown property.
    assert.deepEqual(ds.filter((d) => d.rule === 'unknown-property').map((d) => d.message), []);
    assert.equal(ds.filter((d) => d.rule === 'invalid-value' && textAt(fs, d) === 'prosjektleiing').length, 1);
    assert.equal(analyzeConflictRule('conflict-capacity', fs).length, 0, '2 + 1 within 4');
  });
});

describe('conflict-capacity: money against work in any unit of work (capacity12)', function () {
  this.timeout(10000);

  it('reports hours, days and positions against a resource of money, as it reports årsverk, and leaves them out of the sum', () => {
    for (const b of ['100 timer', '20 dagsverk', '2 stillinger', '300 timeverk']) {
      const fs = files('7', b);
      assert.deepEqual(analyzeConflictRule('conflict-capacity', fs), [], `${b} is not ${b.split(' ')[0]} mill. kr`);
      const [d, ...rest] = analyze(fs).filter((x) => x.rule === 'invalid-value');
      assert.equal(rest.length, 0, b);
      assert.equal(textAt(fs, d!), `prosjektmidler ${b}`);
      assert.match(d!.message, /men «prosjektmidler» telles i mill\. kr, så denne mengden blir ikke regnet med/);
    }
  });

  it('still counts units of work that do not convert as written against a resource of work', () => {
    const fs = {
      'samstemt.yaml': CONFIG_NB.replace('resources:\n', 'resources:\n  utvikling: { owner: ikt-fjord, capacity: 4, unit: årsverk }\n'),
      'ikt-fjord.md': md('ikt-fjord', '## KI-assistent {#ki}\n\n- Fra: 2026-01-01\n- Frist: 2026-12-31\n- Krever: utvikling 3 stillinger\n'),
      'storby.md': md('storby', '## Digital byggesak {#byggesak}\n\n- Fra: 2026-01-01\n- Frist: 2026-12-31\n- Krever: utvikling 2\n'),
    };
    assert.match(analyzeConflictRule('conflict-capacity', fs)[0]!.message, /trenger 5 årsverk i året/);
    assert.deepEqual(analyze(fs).filter((x) => x.rule === 'invalid-value'), []);
  });
});

describe('invalid-value: a requirement written as a range (capacity12)', function () {
  this.timeout(10000);
  const fsWith = (item: string) => ({
    'samstemt.yaml': CONFIG_NB.replace('resources:\n', 'resources:\n  utvikling: { owner: ikt-fjord, capacity: 4, unit: årsverk }\n'),
    'ikt-fjord.md': md('ikt-fjord', '## KI-assistent {#ki}\n\n- Fra: 2026-01-01\n- Frist: 2026-12-31\n- Krever: utvikling 2\n'),
    'storby.md': md('storby', `## Digital byggesak {#byggesak}\n\n- Fra: 2026-01-01\n- Frist: 2026-12-31\n- Krever: ${item}\n`),
  });

  it('reports `2 – 3 årsverk`, `2-3` and `2 til 3` as a range, not as 2, with the upper end as a fix that is not applied by «fix all»', () => {
    for (const [item, fixed] of [['utvikling 2 – 3 årsverk', 'utvikling 3 årsverk'], ['utvikling 2-3', 'utvikling 3'], ['utvikling 1,5–2,5', 'utvikling 2,5'], ['utvikling 2 til 3 årsverk', 'utvikling 3 årsverk']] as const) {
      const fs = fsWith(item);
      const [d, ...rest] = analyze(fs).filter((x) => x.rule === 'invalid-value');
      assert.equal(rest.length, 0, item);
      assert.equal(textAt(fs, d!), item);
      assert.equal(d!.severity, 'error');
      assert.match(d!.message, /er et intervall/, item);
      assert.ok(d!.message.includes(fixed), d!.message);
      const after = applyFix(fs, d!);
      assert.ok(after['storby.md']!.includes(`- Krever: ${fixed}\n`), after['storby.md']);
      // Not counted as its lower end meanwhile: 2 + 2 would be within 4, 2 + 3 is not.
      assert.equal(analyzeConflictRule('conflict-capacity', fs).length, 0, item);
      assert.equal(analyzeConflictRule('conflict-capacity', after).length, 2, item);
    }
  });

  it('reads `utvikling 2 til 2027` (an amount until a year) as before, not as a range', () => {
    const fs = fsWith('utvikling 2 til 2027');
    assert.deepEqual(analyze(fs).filter((x) => x.rule === 'invalid-value').map((d) => d.message), []);
  });
});

describe('conflict-capacity: an estimate (`ca. 2`) counts as its amount (capacity12)', function () {
  this.timeout(10000);

  it('reads `ca.`, `cirka`, `omtrent` and `~` before the amount as a target reads them', () => {
    for (const b of ['ca. 1,5', 'cirka 1,5 mill. kr', '~1 500 000 kr', 'omtrent 1,5', 'ca 1,5']) {
      const fs = files('7', b);
      assert.deepEqual(analyze(fs).filter((d) => d.rule === 'invalid-value').map((d) => d.message), [], b);
      const ds = analyzeConflictRule('conflict-capacity', fs);
      assert.match(ds[0]?.message ?? '', /trenger 8,5 mill\. kr i året/, b);
      assert.equal(textAt(fs, ds[1]!), `prosjektmidler ${b}`);
    }
  });
});

describe('invalid-value: a requirement in an English document is quoted as written (capacity12)', function () {
  this.timeout(10000);

  it('quotes `1,500,000 NOK prosjektmidler` with its commas, not as the number was read', () => {
    const fs = files('7', 'x', true);
    fs['storby.md'] = fs['storby.md']!.replace('- Requires: prosjektmidler x', '- Requires: 1,500,000 NOK prosjektmidler');
    const [d] = analyze(fs, { lang: 'en' }).filter((x) => x.rule === 'invalid-value');
    assert.equal(textAt(fs, d!), '1,500,000 NOK prosjektmidler');
    assert.match(d!.message, /^"1,500,000 NOK prosjektmidler" does not say/);
  });
});

describe('invalid-value: a contribution written as the title of the goal it contributes to (capacity12)', function () {
  this.timeout(10000);
  const withRef = (ref: string, own = '') => ({
    'samstemt.yaml': CONFIG_NB,
    'ikt-fjord.md': md('ikt-fjord', '## Felles plattform for innbyggerdialog {#felles-innbyggerdialog}\n\n- Frist: 2027-12-31\n'),
    'storby.md': md('storby', `## Innbyggerdialog i Storby {#innbyggerdialog}\n\n- Frist: 2028-06-30\n- Bidrar til: ${ref}\n${own}`),
  });

  it('offers the reference of the one goal with that title, and the fixed link is compared as any contribution', () => {
    const fs = withRef('Felles plattform for innbyggerdialog');
    const [d, ...rest] = analyze(fs).filter((x) => x.rule === 'invalid-value');
    assert.equal(rest.length, 0);
    assert.equal(textAt(fs, d!), 'Felles plattform for innbyggerdialog');
    const after = applyFix(fs, d!);
    assert.ok(after['storby.md']!.includes('- Bidrar til: ikt-fjord#felles-innbyggerdialog\n'), after['storby.md']);
    assert.equal(analyzeConflictRule('conflict-deadline', after).length, 2);
  });

  it('offers `#id` for a goal of the same owner, and nothing when two goals have the title', () => {
    const own = '\n## Felles veiledning {#veiledning}\n\n- Frist: 2028\n';
    const fs = withRef('felles  veiledning', own);
    const [d] = analyze(fs).filter((x) => x.rule === 'invalid-value');
    assert.ok(applyFix(fs, d!)['storby.md']!.includes('- Bidrar til: #veiledning\n'));
    const twice = withRef('Felles plattform for innbyggerdialog', '\n## Felles plattform for innbyggerdialog {#plattform}\n');
    const [t] = analyze(twice).filter((x) => x.rule === 'invalid-value');
    assert.deepEqual(t!.fixes, []);
  });

  it('follows a retitled goal in another document, as a fresh analysis does (also for a wiki link to its heading)', () => {
    for (const ref of ['Felles plattform for innbyggerdialog', '[[ikt-fjord#Felles plattform for innbyggerdialog]]']) {
    const fs = withRef(ref);
    const host = new InMemoryHost(fs);
    const engine = createTestEngine(host);
    const fixes = () => [...engine.analyze().diagnostics.values()].flat().filter((d) => d.rule === 'invalid-value').map((d) => d.fixes.length);
    assert.deepEqual(fixes(), [1]);
    host.set('ikt-fjord.md', fs['ikt-fjord.md']!.replace('## Felles plattform for innbyggerdialog', '## Felles plattform for dialog'));
    assert.deepEqual(fixes(), [0]);
    assertSameAsFresh(engine, host, 'retitling the goal');
    host.set('ikt-fjord.md', fs['ikt-fjord.md']!);
    assert.deepEqual(fixes(), [1]);
    assertSameAsFresh(engine, host, 'the title back');
    }
  });
});

describe('invalid-value: an accepted conflict that names the other goal by its title (capacity12)', function () {
  this.timeout(10000);
  const CAP = CONFIG_NB.replace('resources:\n', 'resources:\n  utvikling: { owner: ikt-fjord, capacity: 4, unit: årsverk }\n');
  const withAccepts = (accepts: string) => ({
    'samstemt.yaml': CAP,
    'ikt-fjord.md': md('ikt-fjord', '## Innlemming av Fagerdal kommune {#innlemming}\n\n- Fra: 2026-01-01\n- Frist: 2026-12-31\n- Krever: utvikling 3\n'),
    'storby.md': md('storby', `## Digital byggesak {#byggesak}\n\n- Fra: 2026-01-01\n- Frist: 2026-12-31\n- Krever: utvikling 2\n- Aksepterer: ${accepts}\n`),
  });

  it('offers the reference of the goal with that title, keeping the reason, and the fixed line accepts the conflict', () => {
    for (const [accepts, fixed] of [
      ['Innlemming av Fagerdal kommune — innleid hjelp i 2026', 'ikt-fjord#innlemming — innleid hjelp i 2026'],
      ['innlemming av fagerdal kommune (vedtatt i styret)', 'ikt-fjord#innlemming (vedtatt i styret)'],
    ] as const) {
      const fs = withAccepts(accepts);
      const [d, ...rest] = analyze(fs).filter((x) => x.rule === 'invalid-value');
      assert.equal(rest.length, 0, accepts);
      assert.equal(textAt(fs, d!), accepts);
      assert.deepEqual(analyzeConflictRule('conflict-capacity', fs).map((x) => x.severity), ['warning', 'warning']);
      const after = applyFix(fs, d!);
      assert.ok(after['storby.md']!.includes(`- Aksepterer: ${fixed}\n`), after['storby.md']);
      assert.deepEqual(analyzeConflictRule('conflict-capacity', after).map((x) => x.severity), ['info', 'info']);
    }
  });

  it('follows a retitled goal in another document, as a fresh analysis does', () => {
    const fs = withAccepts('Innlemming av Fagerdal kommune — innleid hjelp i 2026');
    const host = new InMemoryHost(fs);
    const engine = createTestEngine(host);
    const fixes = () => [...engine.analyze().diagnostics.values()].flat().filter((d) => d.rule === 'invalid-value').map((d) => d.fixes.length);
    assert.deepEqual(fixes(), [1]);
    host.set('ikt-fjord.md', fs['ikt-fjord.md']!.replace('## Innlemming av Fagerdal kommune', '## Fagerdal inn i samarbeidet'));
    assert.deepEqual(fixes(), [0]);
    assertSameAsFresh(engine, host, 'retitling the goal');
  });

  it('offers nothing for a title that is only the start of a longer text', () => {
    const fs = withAccepts('Innlemming av Fagerdal kommunes nye systemer');
    const [d] = analyze(fs).filter((x) => x.rule === 'invalid-value');
    assert.deepEqual(d!.fixes, []);
  });
});

describe('conflict-capacity: hours and days of work against a resource counted in årsverk', function () {
  this.timeout(10000);
  const fsWith = (unit: string, item: string) => ({
    'samstemt.yaml': CONFIG_NB.replace('resources:\n', `resources:\n  utvikling: { owner: ikt-fjord, capacity: 4, unit: ${unit} }\n`),
    'ikt-fjord.md': md('ikt-fjord', '## KI-assistent {#ki}\n\n- Fra: 2026-01-01\n- Frist: 2026-12-31\n- Krever: utvikling 2\n'),
    'storby.md': md('storby', `## Digital byggesak {#byggesak}\n\n- Fra: 2026-01-01\n- Frist: 2026-12-31\n- Krever: ${item}\n`),
  });

  it('does not count 800 timer or 20 dagsverk as that many årsverk, and says the amount is in another unit', () => {
    for (const item of ['utvikling 800 timer', 'utvikling 20 dagsverk', 'utvikling 6 ukeverk', 'utvikling 300 timeverk']) {
      const fs = fsWith('årsverk', item);
      assert.deepEqual(analyzeConflictRule('conflict-capacity', fs), [], `${item} is no overbooking of 4 årsverk`);
      const [d, ...rest] = analyze(fs).filter((x) => x.rule === 'invalid-value');
      assert.equal(rest.length, 0, item);
      assert.equal(textAt(fs, d!), item);
      assert.match(d!.message, /men «utvikling» telles i årsverk, så denne mengden blir ikke regnet med når kapasiteten sjekkes\. Skriv mengden i årsverk\./, item);
    }
  });

  it('does not count årsverk against a resource counted in hours, and counts hours against hours', () => {
    assert.deepEqual(analyzeConflictRule('conflict-capacity', fsWith('timer', 'utvikling 3 årsverk')), []);
    assert.match(analyzeConflictRule('conflict-capacity', fsWith('timer', 'utvikling 3 timeverk'))[0]!.message, /trenger 5 timer i året/);
  });
});
