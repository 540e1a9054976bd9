/**
 * Conflicts across members in a cooperation written for this audit
 * (test/fixtures/conflicts-audit6, «Kystnett IKT»): an ICT company and five
 * members from 62 000 down to 780 inhabitants, in bokmål, nynorsk (Norddal),
 * YAML (Brattli) and English (Sjøvik). What a careful reviewer of the six
 * strategies expects is written down first, finding by finding (rule, both
 * goals, severity, the text each finding points at), together with the pairs
 * that must not be reported; the engine's findings are then compared with it.
 */
import { strict as assert } from 'node:assert';
import path from 'node:path';
import { analyze, readTree, textAt, REPO, type TestDiagnostic } from '../helpers/workspace.js';

const FILES = readTree(path.join(REPO, 'test/fixtures/conflicts-audit6'));
const CONFLICT_RULES = ['conflict-system-choice', 'conflict-direction', 'conflict-deadline', 'conflict-capacity', 'possible-conflict', 'uniform-mandate', 'solution-first'];

/** A conflict between two goals: [rule, goal a, text on a, goal b, text on b, severity]. */
type Pair = readonly [rule: string, a: string, textA: string, b: string, textB: string, severity: string];

const PAIRS: readonly Pair[] = [
  // Lauvøy (780) keeps its own payroll system while the company mandates Visma HRM for all.
  ['conflict-system-choice', 'kystnett#felles-hr', 'Visma HRM', 'lauvoy#behold-lonn', 'Huldt & Lillevik Lønn', 'error'],
  // Sjøvik (English document) keeps Public 360 until mid-2026; the shared archive starts 2025-06-01.
  ['conflict-system-choice', 'kystnett#felles-sak-arkiv', 'Elements', 'sjovik#keep-360', 'Public 360', 'error'],
  // Norddal keeps Public 360 too, but accepted it with a reason (nynorsk).
  ['conflict-system-choice', 'kystnett#felles-sak-arkiv', 'Elements', 'norddal#behalde-360', 'Public 360', 'info'],
  // The shared membership fee: up for the company, down for Havstad (its `Retning:` says so; the baseline → target agrees).
  ['conflict-direction', 'kystnett#hoyere-medlemsavgift', 'øke', 'havstad#lavere-medlemsavgift', 'redusere', 'error'],
  // A non-shared indicator, but Brattli is in the company's scope (YAML, direction implied by 40 % → 30 %).
  ['conflict-direction', 'kystnett#mer-sky', 'øke', 'brattli#lokale-servere', '30 %', 'error'],
  // Contribution chain: Havstad's part ends after the shared goal.
  ['conflict-deadline', 'kystnett#felles-byggesak', '2025-12-31', 'havstad#digital-byggesak', '2026-06-30', 'warning'],
  // Norddal's part ends later too, accepted (reason in parentheses).
  ['conflict-deadline', 'kystnett#felles-byggesak', '2025-12-31', 'norddal#byggjesak', '2026-12-31', 'info'],
  // A sub-goal due after its parent (same owner: the contribution itself ties them).
  ['conflict-deadline', 'kystnett#felles-byggesak', '2025-12-31', 'kystnett#byggesak-opplaering', '2026-03-31', 'warning'],
  // Prose that pulls one topic opposite ways (bokmål against nynorsk).
  ['possible-conflict', 'kystnett#sentralisere-brukerstotte', 'Sentralisere brukerstøtten i Kystnett', 'norddal#desentralisere-brukarstotte', 'Desentralisere brukarstøtta til kvar kommune', 'hint'],
  ['possible-conflict', 'kystnett#felles-velferd', 'Felles plattform for velferdsteknologi', 'norddal#eiga-velferd', 'Eiga plattform for velferdsteknologi', 'hint'],
  ['possible-conflict', 'kystnett#lavere-ikt-kostnader', 'Redusere IKT-kostnadene per innbygger', 'norddal#beredskap', 'Sikker drift ved straumbrot', 'hint'],
];

/** Pairs a reviewer must not see reported by any conflict rule, with why. */
const NOT_PAIRS: readonly [string, string, string][] = [
  ['kystnett#felles-sak-arkiv', 'havstad#behold-360', 'Havstad is exempted (`Unntak: havstad`)'],
  ['kystnett#felles-sak-arkiv', 'lauvoy#avvikle-elements', 'Lauvøy retired Elements in 2023; the shared archive starts 2025-06-01'],
  ['kystnett#felles-hr', 'brattli#lonn-etter-2027', 'Brattli’s new system starts 2027-01-01, the day after the shared one ends'],
  ['kystnett#felles-hr', 'brattli#ny-lonn', 'both adopt Visma HRM («visma  HRM»)'],
  ['kystnett#felles-hr', 'kystnett#hr-pilot', 'one owner decides between its own goals'],
  ['lauvoy#behold-lonn', 'kystnett#hr-pilot', 'the pilot is for the company alone'],
  ['kystnett#mer-sky', 'norddal#lokal-drift', 'Norddal is exempted from the company’s goal'],
  ['brattli#lokale-servere', 'norddal#lokal-drift', 'same direction'],
  ['brattli#lokale-servere', 'lauvoy#sky', 'a member’s own quantity: the indicator is not shared and the scopes meet nowhere'],
  ['norddal#lokal-drift', 'lauvoy#sky', 'a member’s own quantity: the indicator is not shared and the scopes meet nowhere'],
  ['kystnett#hoyere-medlemsavgift', 'sjovik#keep-fee', '«maintain» is no direction'],
  ['kystnett#sentralisere-brukerstotte', 'lauvoy#lokal-brukerstotte', 'Lauvøy’s local first line contributes to the shared service desk'],
  ['kystnett#sentralisere-brukerstotte', 'sjovik#service-desk', 'Sjøvik contributes to it'],
  ['kystnett#sentralisere-brukerstotte', 'havstad#brukerstotte', '«ikke desentralisere» is no opposite'],
  ['kystnett#lavere-ikt-kostnader', 'lauvoy#kostnader', '«ikke øke IKT-kostnadene» is no opposite'],
  ['kystnett#lavere-ikt-kostnader', 'brattli#selvbetjening', 'another topic (digital forms)'],
  ['kystnett#felles-velferd', 'lauvoy#velferd', '«Egen plattform … er ikke aktuelt» rejects an own platform'],
  ['kystnett#felles-sak-arkiv', 'sjovik#phase-out-ephorte', 'Sjøvik retires another system than the one adopted'],
];

/** The members' display names, to check that messages name both sides in plain words. */
const MEMBER = { kystnett: 'Kystnett IKT AS', havstad: 'Havstad kommune', brattli: 'Brattli kommune', sjovik: 'Sjøvik kommune', norddal: 'Norddal kommune', lauvoy: 'Lauvøy kommune' } as Record<string, string>;

/** The title of a goal, as its heading or YAML `title` writes it. */
function titleOf(goal: string): string {
  const [owner, id] = goal.split('#') as [string, string];
  for (const [file, text] of Object.entries(FILES)) {
    if (!new RegExp(`^(?:owner|eigar): ${owner}$`, 'm').test(text)) continue;
    const md = new RegExp(`^#+ (.*) \\{#${id}\\}$`, 'm').exec(text);
    if (md) return md[1]!;
    const yaml = new RegExp(`- id: ${id}\\n\\s+title: (.*)$`, 'm').exec(text);
    if (yaml) return yaml[1]!;
    assert.fail(`${goal} not found in ${file}`);
  }
  assert.fail(`no document of ${owner}`);
}

describe('conflicts across members in a new cooperation (test/fixtures/conflicts-audit6)', function () {
  this.timeout(60000);
  let ds: TestDiagnostic[] = [];
  before(() => {
    ds = analyze(FILES).filter((d) => CONFLICT_RULES.includes(d.rule));
  });
  const between = (rule: string, a: string, b: string) => ds.filter((d) => d.rule === rule && d.goal === a && d.related.some((r) => r.goal === b));

  for (const [rule, a, textA, b, textB, severity] of PAIRS) {
    it(`${rule}: ${a} ↔ ${b} (${severity}), on both goals at «${textA}» / «${textB}»`, () => {
      for (const [self, other, text] of [[a, b, textA], [b, a, textB]] as const) {
        const found = between(rule, self, other);
        assert.equal(found.length, 1, `${rule} on ${self} → ${other}: ${JSON.stringify(ds.filter((d) => d.goal === self).map((d) => [d.rule, d.related.map((r) => r.goal)]))}`);
        const d = found[0]!;
        assert.equal(d.severity, severity, `${self}: ${d.message}`);
        assert.equal(textAt(FILES, d), text, self);
        // Both goals and, across owners, both members by name.
        for (const g of [self, other]) assert.ok(d.message.includes(`«${titleOf(g)}»`), `${self} names «${titleOf(g)}»: ${d.message}`);
        const owners = new Set([self, other].map((g) => g.split('#')[0]!));
        if (owners.size === 2) for (const o of owners) assert.ok(d.message.includes(MEMBER[o]!), `${self} names ${MEMBER[o]}: ${d.message}`);
      }
    });
  }

  it('quotes the reason of an accepted conflict on both goals', () => {
    for (const [rule, a, b, reason] of [
      ['conflict-system-choice', 'kystnett#felles-sak-arkiv', 'norddal#behalde-360', '«kommunestyret vedtok 2025-03-12 å vente til avtalen går ut»'],
      ['conflict-deadline', 'kystnett#felles-byggesak', 'norddal#byggjesak', '«Norddal byrjar etter dei andre fordi saksbehandlaren er i permisjon»'],
    ] as const) {
      for (const [self, other] of [[a, b], [b, a]]) {
        const d = between(rule, self, other)[0]!;
        assert.ok(d.message.startsWith('Akseptert konflikt: '), d.message);
        assert.ok(d.message.endsWith(reason), `${self}: ${d.message}`);
      }
    }
  });

  it('adds up each resource per year: 2026 is overbooked on both, and the accepted pair is an info', () => {
    const capacity = (resource: string) =>
      ds.filter((d) => d.rule === 'conflict-capacity' && textAt(FILES, d).startsWith(resource)).map((d) => `${d.goal} ${d.severity} ${textAt(FILES, d)}`).sort();
    assert.deepEqual(capacity('utviklingskapasitet'), [
      'brattli#selvbetjening warning utviklingskapasitet: 1.5',
      'havstad#digital-byggesak warning utviklingskapasitet 4',
      // Havstad accepts the overbooking with the onboarding of Tindvik: those two are infos.
      'havstad#ki-saksbehandling info utviklingskapasitet 3',
      'kystnett#felles-hr warning utviklingskapasitet 3',
      'kystnett#felles-sak-arkiv warning utviklingskapasitet 2',
      'kystnett#innlemme-tindvik info utviklingskapasitet 5',
    ]);
    const dev = ds.find((d) => d.rule === 'conflict-capacity' && d.goal === 'kystnett#felles-hr')!;
    assert.match(dev.message, /^«utviklingskapasitet» er overbooket i 2026: målene som er aktive da, trenger 18,5 årsverk i året, men kapasiteten er 10 årsverk\./);
    // «1 500 000 kr» against a capacity in MNOK is 1,5 mill. kr: 1,5 + 3 + 6 = 10,5 > 8.
    assert.deepEqual(capacity('prosjektmidler'), [
      'havstad#digital-byggesak warning prosjektmidler 1 500 000 kr',
      'kystnett#innlemme-tindvik warning prosjektmidler 3 MNOK',
      'kystnett#ki-assistent warning prosjektmidler 6 MNOK',
    ]);
    const money = ds.find((d) => d.rule === 'conflict-capacity' && d.goal === 'kystnett#ki-assistent')!;
    assert.match(money.message, /^«prosjektmidler» er overbooket i 2026: målene som er aktive da, trenger 10,5 mill\. kr i året, men kapasiteten er 8 mill\. kr\. Behov: «Digital byggesak i Havstad» \(Havstad kommune\) 1,5 mill\. kr; /);
  });

  it('asks for the need of the purchase, and for differentiation of the mandates for all', () => {
    assert.deepEqual(ds.filter((d) => d.rule === 'solution-first').map((d) => `${d.goal} ${textAt(FILES, d)}`), ['kystnett#ki-assistent Microsoft 365 Copilot']);
    assert.deepEqual(ds.filter((d) => d.rule === 'uniform-mandate').map((d) => `${d.goal} ${textAt(FILES, d)}`).sort(), ['kystnett#felles-hr alle', 'kystnett#ki-assistent alle']);
  });

  it('reports no other conflict between two goals than those the reviewer expects', () => {
    const expected = new Set(PAIRS.flatMap(([rule, a, , b]) => [`${rule} ${a} ${b}`, `${rule} ${b} ${a}`]));
    const extra = ds
      .filter((d) => d.rule !== 'conflict-capacity' && d.rule !== 'uniform-mandate' && d.rule !== 'solution-first')
      .flatMap((d) => d.related.filter((r) => r.goal).map((r) => `${d.rule} ${d.goal} ${r.goal}`))
      .filter((k) => !expected.has(k));
    assert.deepEqual(extra, []);
  });

  for (const [a, b, why] of NOT_PAIRS) {
    it(`does not report ${a} ↔ ${b}: ${why}`, () => {
      const found = ds.filter((d) => (d.goal === a && d.related.some((r) => r.goal === b)) || (d.goal === b && d.related.some((r) => r.goal === a)));
      assert.deepEqual(found.map((d) => `${d.rule} ${d.goal}: ${d.message}`), []);
    });
  }

  it('names both goals and both members in nynorsk and English too', () => {
    for (const [lang, accepted] of [['nn', 'Akseptert konflikt: '], ['en', 'Accepted conflict: ']] as const) {
      const files = { ...FILES, 'samstemt.yaml': FILES['samstemt.yaml']!.replace('language: nb', `language: ${lang}`) };
      const all = analyze(files).filter((d) => CONFLICT_RULES.includes(d.rule));
      for (const [rule, a, , b, , severity] of PAIRS) {
        const d = all.find((x) => x.rule === rule && x.goal === a && x.related.some((r) => r.goal === b));
        assert.ok(d, `${lang}: ${rule} ${a} → ${b}`);
        for (const g of [a, b]) assert.ok(d.message.includes(`«${titleOf(g)}»`), `${lang}: ${d.message}`);
        if (a.split('#')[0] !== b.split('#')[0]) for (const g of [a, b]) assert.ok(d.message.includes(MEMBER[g.split('#')[0]!]!), `${lang}: ${d.message}`);
        assert.equal(d.message.startsWith(accepted), severity === 'info', `${lang}: ${d.message}`);
      }
    }
  });
});
