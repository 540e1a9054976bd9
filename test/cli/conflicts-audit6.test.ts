/**
 * The cooperation of test/fixtures/conflicts-audit6 («Kystnett IKT», checked
 * finding by finding through the engine in test/rules/conflicts-audit6.test.ts)
 * as its authors run it: `samstemt check --format json`. Every conflict
 * between two goals is reported on both, each with a related location on the
 * other goal that says what that goal does.
 */
import { strict as assert } from 'node:assert';
import { runCli } from '../helpers/cli.js';
import { checkedFixture, itReportsOnBothGoals } from '../helpers/fixture.js';

const DIR = 'test/fixtures/conflicts-audit6';

describe('conflicts across members through the CLI (test/fixtures/conflicts-audit6)', () => {
  const fx = checkedFixture(DIR);
  const { on, textAt } = fx;

  itReportsOnBothGoals(fx, [
    ['conflict-system-choice', 'kystnett#felles-hr', 'lauvoy#behold-lonn'],
    ['conflict-system-choice', 'kystnett#felles-sak-arkiv', 'sjovik#keep-360'],
    ['conflict-system-choice', 'kystnett#felles-sak-arkiv', 'norddal#behalde-360'],
    ['conflict-direction', 'kystnett#hoyere-medlemsavgift', 'havstad#lavere-medlemsavgift'],
    ['conflict-direction', 'kystnett#mer-sky', 'brattli#lokale-servere'],
    ['conflict-deadline', 'kystnett#felles-byggesak', 'havstad#digital-byggesak'],
    ['conflict-deadline', 'kystnett#felles-byggesak', 'norddal#byggjesak'],
    ['conflict-capacity', 'kystnett#innlemme-tindvik', 'havstad#ki-saksbehandling'],
    ['conflict-capacity', 'kystnett#ki-assistent', 'havstad#digital-byggesak'],
    ['possible-conflict', 'kystnett#sentralisere-brukerstotte', 'norddal#desentralisere-brukarstotte'],
    ['possible-conflict', 'kystnett#felles-velferd', 'norddal#eiga-velferd'],
    ['possible-conflict', 'kystnett#lavere-ikt-kostnader', 'norddal#beredskap'],
  ]);

  it('points the related location of each side at the other goal’s file, with what that goal does', () => {
    const [lauvoy] = on('conflict-system-choice', 'lauvoy#behold-lonn');
    const toCompany = lauvoy!.related!.find((r) => r.goal === 'kystnett#felles-hr')!;
    assert.equal(toCompany.file, 'strategier/kystnett.md');
    assert.equal(toCompany.message, 'Det andre målet: «Felles lønns- og personalsystem» (Kystnett IKT AS), Visma HRM');
    const [company] = on('conflict-system-choice', 'kystnett#felles-hr');
    const toLauvoy = company!.related!.find((r) => r.goal === 'lauvoy#behold-lonn')!;
    assert.equal(toLauvoy.file, 'strategier/lauvoy.md');
    assert.equal(toLauvoy.message, 'Det andre målet: «Beholde dagens lønnssystem» (Lauvøy kommune), Huldt & Lillevik Lønn');
  });

  it('keeps the severities of the contract: errors, warnings, accepted conflicts as info, prose as hints', () => {
    const sev = (rule: string, goal: string, other: string) => on(rule, goal).find((d) => d.related?.some((r) => r.goal === other))?.severity;
    assert.equal(sev('conflict-system-choice', 'sjovik#keep-360', 'kystnett#felles-sak-arkiv'), 'error');
    assert.equal(sev('conflict-system-choice', 'norddal#behalde-360', 'kystnett#felles-sak-arkiv'), 'info');
    assert.equal(sev('conflict-deadline', 'havstad#digital-byggesak', 'kystnett#felles-byggesak'), 'warning');
    assert.equal(sev('conflict-deadline', 'norddal#byggjesak', 'kystnett#felles-byggesak'), 'info');
    assert.equal(sev('possible-conflict', 'norddal#beredskap', 'kystnett#lavere-ikt-kostnader'), 'hint');
  });

  it('counts «1 500 000 kr» as 1,5 mill. kr in the overbooking of the project money', () => {
    const [d] = on('conflict-capacity', 'havstad#digital-byggesak').filter((x) => textAt(x)?.startsWith('prosjektmidler'));
    assert.equal(textAt(d!), 'prosjektmidler 1 500 000 kr');
    assert.match(d!.message, /trenger 10,5 mill\. kr i året, men kapasiteten er 8 mill\. kr/);
  });

  it('counts the same in the report: the capacity chart and the reasons of the accepted conflicts', () => {
    const r = runCli(['report', DIR, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    const money = report.capacity.find((c: { id: string }) => c.id === 'prosjektmidler');
    const y2026 = money.years.find((y: { year: number }) => y.year === 2026);
    assert.deepEqual([y2026.demand, y2026.over, y2026.demands.find((d: { goal: string }) => d.goal === 'havstad#digital-byggesak').amount], [10.5, true, 1.5]);
    const reasons = report.conflicts.filter((c: { reason?: string }) => c.reason).map((c: { rule: string; reason: string }) => `${c.rule}: ${c.reason}`).sort();
    assert.ok(reasons.includes('conflict-deadline: Norddal byrjar etter dei andre fordi saksbehandlaren er i permisjon'), reasons.join('\n'));
  });

  it('reports nothing between goals a reviewer sees no conflict in', () => {
    for (const [a, b] of [['kystnett#felles-sak-arkiv', 'havstad#behold-360'], ['kystnett#felles-sak-arkiv', 'lauvoy#avvikle-elements'], ['kystnett#felles-hr', 'brattli#lonn-etter-2027'], ['kystnett#felles-hr', 'kystnett#hr-pilot'], ['kystnett#mer-sky', 'norddal#lokal-drift'], ['kystnett#sentralisere-brukerstotte', 'lauvoy#lokal-brukerstotte']]) {
      assert.deepEqual(fx.diagnostics.filter((d) => (d.goal === a && d.related?.some((r) => r.goal === b)) || (d.goal === b && d.related?.some((r) => r.goal === a))).map((d) => d.rule), [], `${a} ↔ ${b}`);
    }
  });
});
