/**
 * «Nordhei IKT» (test/fixtures/nordhei): a company and six members from
 * 50 200 down to 900 inhabitants, written the way their authors would, with a
 * conflict of every kind rules.md lists and, beside each, look-alikes that are
 * not conflicts: goals that share words, goals linked by `contributes` or as
 * sub-goals, accepted conflicts, exemptions, other areas, periods that do not
 * overlap, an indicator that is not shared. Checked through the CLI: each
 * conflict on both goals, at the text it is about, with the other goal as a
 * related location and a way out in the message; nothing for the look-alikes.
 */
import { strict as assert } from 'node:assert';
import { checkedFixture, itReportsOnBothGoals } from '../helpers/fixture.js';

const DIR = 'test/fixtures/nordhei';
const CONFLICTS = ['conflict-system-choice', 'conflict-direction', 'conflict-deadline', 'conflict-capacity', 'possible-conflict'];

describe('the conflicts of a cooperation of very different members (test/fixtures/nordhei)', () => {
  const fx = checkedFixture(DIR);
  const { textAt } = fx;

  // The open conflicts a reader of the seven documents sees, as [rule, goal, goal].
  const seen: [string, string, string][] = [
    // The company mandates one HR system; the smallest member keeps its own.
    ['conflict-system-choice', 'øyvær#behalde-lonn', 'nordhei-ikt#felles-hr'],
    // The largest member adopts its own case system in the area of the shared one.
    ['conflict-system-choice', 'brekkeby#elements', 'nordhei-ikt#felles-arkiv'],
    // The fee goes up to pay for onboarding, and down in the largest member's plan.
    ['conflict-direction', 'brekkeby#lavere-avgift', 'nordhei-ikt#medlemsavgift'],
    // Onboarding Kvitberg and Brekkeby's development in the same year.
    ['conflict-capacity', 'brekkeby#ki-byggesak', 'nordhei-ikt#innlemme-kvitberg'],
    ['conflict-capacity', 'brekkeby#chatbot', 'nordhei-ikt#innlemme-kvitberg'],
    ['conflict-capacity', 'brekkeby#digitale-skjema', 'nordhei-ikt#innlemme-kvitberg'],
    // Contributions and a sub-goal due after the goal they serve.
    ['conflict-deadline', 'brekkeby#digitale-skjema', 'nordhei-ikt#innbyggerportal'],
    ['conflict-deadline', 'kvitberg#felles-plattform', 'nordhei-ikt#innlemme-kvitberg'],
    ['conflict-deadline', 'nordhei-ikt#felles-hr-opplaering', 'nordhei-ikt#felles-hr'],
    // Prose only: one shared service desk against a member's own support.
    ['possible-conflict', 'solvang#egen-brukerstotte', 'nordhei-ikt#felles-brukerstotte'],
  ];
  itReportsOnBothGoals(fx, seen);

  /** Every conflict finding, as «rule goal → other goal» (both directions of a pair). */
  const pairs = () => fx.diagnostics.filter((d) => CONFLICTS.includes(d.rule)).flatMap((d) => (d.related ?? []).filter((r) => r.goal).map((r) => `${d.rule} ${d.goal} → ${r.goal}`));

  it('reports nothing else as an open conflict', () => {
    const open = new Set(fx.diagnostics.filter((d) => CONFLICTS.includes(d.rule) && d.severity !== 'info').flatMap((d) => (d.related ?? []).filter((r) => r.goal).map((r) => `${d.rule} ${[d.goal, r.goal].sort().join(' ~ ')}`)));
    const expected = new Set(seen.map(([rule, a, b]) => `${rule} ${[a, b].sort().join(' ~ ')}`));
    // The capacity findings also relate Brekkeby's three goals to each other.
    const brekkeby = ['brekkeby#chatbot', 'brekkeby#digitale-skjema', 'brekkeby#ki-byggesak'];
    for (const a of brekkeby) for (const b of brekkeby) if (a < b) expected.add(`conflict-capacity ${a} ~ ${b}`);
    assert.deepEqual([...open].sort(), [...expected].sort());
  });

  it('gives no hint between a goal and the goal it contributes to, directly or through a sub-goal', () => {
    const linked = ['heiås#lokal-brukarstotte', 'lindvik#superbrukere-kveld'];
    assert.deepEqual(
      pairs().filter((p) => linked.some((g) => p.includes(g))),
      [],
    );
  });

  it('finds no conflict for the look-alikes', () => {
    const quiet = [
      'solvang#visma-hrm', // adopts the same HR system
      'lindvik#behold-hr', // keeps the system the company adopts
      'heiås#arkiv-heias', // phases out what the shared archive retires
      'lindvik#arkiv-lindvik',
      'øyvær#behalde-arkiv', // exempted from the shared archive
      'solvang#arkiv-2027', // starts when the shared archive's goal has ended
      'solvang#faerre-systemer', // «avvikler egne systemer»: away from its own, towards the shared archive's «felles system»
      'heiås#flyt-skule', // another area
      'øyvær#fagsystem-heimeteneste',
      'lindvik#lavere-avgift-2028', // after the company's raise
      'øyvær#medlemsavgift-oyvaer', // holds the fee: no direction
      'øyvær#ikt-arsverk', // an indicator each member measures for itself
      'brekkeby#egen-ikt-avdeling',
      'solvang#sfo', // due on the portal's deadline
      'heiås#digitale-tenester',
      'nordhei-ikt#servicedesk-kveld', // due before its parent
      'nordhei-ikt#ett-datasenter', // dropped
      'lindvik#velferdsteknologi', // project management within capacity
    ];
    assert.deepEqual(
      pairs().filter((p) => quiet.some((g) => p.includes(g))),
      [],
    );
  });

  it('turns the accepted conflicts into info that quotes the decision', () => {
    const accepted = fx.diagnostics.filter((d) => CONFLICTS.includes(d.rule) && d.severity === 'info');
    assert.deepEqual(accepted.map((d) => `${d.rule} ${d.goal}`).sort(), [
      'conflict-deadline kvitberg#byggesoknad',
      'conflict-deadline nordhei-ikt#innbyggerportal',
      'conflict-system-choice kvitberg#behold-okonomi',
      'conflict-system-choice nordhei-ikt#felles-okonomi',
      'possible-conflict nordhei-ikt#felles-brukerstotte',
      'possible-conflict øyvær#lokal-brukarstotte',
    ]);
    for (const d of accepted) assert.match(d.message, /^Akseptert konflikt: .*Begrunnelse \(i «[^»]+»\): «.{20,}»$/, d.message);
  });

  it('points each conflict at the value or title it is about', () => {
    const at = (rule: string, goal: string) => fx.on(rule, goal).map((d) => textAt(d));
    assert.deepEqual(at('conflict-system-choice', 'øyvær#behalde-lonn'), ['Huldt & Lillevik Lønn']);
    assert.deepEqual(at('conflict-system-choice', 'nordhei-ikt#felles-hr'), ['Visma HRM']);
    assert.deepEqual(at('conflict-system-choice', 'brekkeby#elements'), ['Elements']);
    assert.deepEqual(at('conflict-direction', 'brekkeby#lavere-avgift'), ['redusere']);
    assert.deepEqual(at('conflict-direction', 'nordhei-ikt#medlemsavgift'), ['øke']);
    assert.deepEqual(at('conflict-capacity', 'nordhei-ikt#innlemme-kvitberg'), ['utviklingskapasitet 5']);
    assert.deepEqual(at('conflict-deadline', 'kvitberg#felles-plattform'), ['2026-03-31']);
    assert.deepEqual(at('conflict-deadline', 'nordhei-ikt#felles-hr-opplaering'), ['2026-12-31']);
    assert.deepEqual(at('possible-conflict', 'solvang#egen-brukerstotte'), ['Egen brukerstøtte på rådhuset']);
  });

  it('says in each open conflict why the goals collide and how to get out of it', () => {
    const msg = (rule: string, goal: string) => fx.on(rule, goal).find((d) => d.severity !== 'info')!.message;
    const hr = msg('conflict-system-choice', 'øyvær#behalde-lonn');
    assert.match(hr, /beholder Huldt & Lillevik Lønn, mens «Felles lønns- og personalsystem» \(Nordhei IKT AS\) innfører Visma HRM/);
    assert.match(hr, /Begge målene gjelder Øyvær kommune og er aktive mellom 2024-09-01 og 2026-06-30/);
    assert.match(hr, /differensier med `Unntak: øyvær` i «Felles lønns- og personalsystem»/);
    // Øyvær's YAML document writes its keys in lower case: the key to copy is written so.
    assert.match(hr, /`aksepterer: nordhei-ikt#felles-hr — <begrunnelse>`/);
    // The shared archive already exempts Øyvær: add Brekkeby to that list.
    assert.match(msg('conflict-system-choice', 'brekkeby#elements'), /legg brekkeby til i `Unntak` i «Felles sak- og arkivsystem»/);
    assert.match(msg('conflict-direction', 'brekkeby#lavere-avgift'), /Begge målene styrer den felles indikatoren «Medlemsavgift til Nordhei IKT» og er aktive i 2025–2026/);
    assert.match(msg('conflict-direction', 'brekkeby#lavere-avgift'), /Mulige løsninger: bli enige om én retning og endre «Lavere medlemsavgift til Nordhei IKT» eller «Medlemsavgift som finansierer innlemming av nye medlemmer»/);
    assert.match(msg('conflict-capacity', 'brekkeby#chatbot'), /overbooket i 2025: .* trenger 12 årsverk i året, men kapasiteten er 10 årsverk/);
    assert.match(msg('conflict-deadline', 'brekkeby#digitale-skjema'), /bidraget pågår fortsatt mellom 2026-01-01 og 2026-06-30/);
    assert.match(msg('possible-conflict', 'solvang#egen-brukerstotte'), /sier «Egen brukerstøtte», mens «Felles brukerstøtte for alle medlemmene» \(Nordhei IKT AS\) sier «Felles brukerstøtte»/);
  });

  it('asks the company to consider differentiating the mandates that exempt nobody, and flags the purchase without a need', () => {
    assert.deepEqual(fx.diagnostics.filter((d) => d.rule === 'uniform-mandate').map((d) => d.goal).sort(), ['nordhei-ikt#felles-hr', 'nordhei-ikt#innbyggerportal']);
    assert.deepEqual(fx.diagnostics.filter((d) => d.rule === 'solution-first').map((d) => d.goal), ['brekkeby#ki-assistent']);
  });
});
