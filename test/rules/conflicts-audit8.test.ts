/**
 * Conflicts across members in a cooperation written for audit 8
 * (test/fixtures/conflicts-audit8, «IKT Vestkyst»): an ICT company and five
 * members of 42 000, 9 000, 3 100, 1 400 and 700 inhabitants, in bokmål,
 * nynorsk and English, Markdown and YAML. The expectations are in the
 * fixture's EXPECTED.md, written from rules.md/format.md before the tool ran;
 * this test checks them through the engine, and checks that editing one
 * document through the incremental engine gives what a fresh analysis gives.
 */
import { strict as assert } from 'node:assert';
import path from 'node:path';
import { analyze, assertSameAsFresh, createTestEngine, InMemoryHost, readTree, textAt, REPO, type TestDiagnostic } from '../helpers/workspace.js';

const FILES = readTree(path.join(REPO, 'test/fixtures/conflicts-audit8'));
const RULES = ['conflict-system-choice', 'conflict-direction', 'conflict-deadline', 'conflict-capacity', 'possible-conflict'];

/** [rule, goal a, text on a, goal b, text on b, severity]. */
type Pair = readonly [rule: string, a: string, textA: string, b: string, textB: string, severity: string];

const PAIRS: readonly Pair[] = [
  // 1: the company mandates Elements for all; Øy (700) keeps Public 360.
  ['conflict-system-choice', 'ikt-vestkyst#felles-sak', 'Elements', 'oy#behald-sak', 'Public 360', 'error'],
  // 2: Li retires the very system the company adopts, accepted with a reason.
  ['conflict-system-choice', 'ikt-vestkyst#felles-sak', 'Elements', 'li#avvikle-elements', 'Elements', 'info'],
  // 3: two incident systems, accepted without a reason.
  ['conflict-system-choice', 'ikt-vestkyst#felles-avvik', 'Mitigate', 'elvdal#own-incidents', 'Compilo', 'info'],
  // 12: a done «retain» still stands against the mandate (docs/rules/conflict-system-choice.md).
  ['conflict-system-choice', 'ikt-vestkyst#felles-sak', 'Elements', 'havby#behold-ephorte', 'ePhorte', 'error'],
  // 4: the shared member fee, up for the company, down for Øy; the windows overlap in Q1 2025.
  ['conflict-direction', 'ikt-vestkyst#hoyere-avgift', 'øke', 'oy#lagare-avgift', 'redusere', 'error'],
  // 5: response time, not shared, but Havby is in the company's scope.
  ['conflict-direction', 'ikt-vestkyst#slankere-brukerstotte', 'øke', 'havby#raskere-brukerstotte', 'redusere', 'error'],
  // 7: Havby's contribution ends a year after the goal it serves.
  ['conflict-deadline', 'havby#havby-datadeling', '2029-12-31', 'ikt-vestkyst#integrasjonsplattform', '2028-12-31', 'warning'],
  // 8: a sub-goal due after its parent.
  ['conflict-deadline', 'ikt-vestkyst#felles-sak-opplaering', '2027-06-30', 'ikt-vestkyst#felles-sak', '2026-12-31', 'warning'],
  // 9–11: prose only.
  ['possible-conflict', 'ikt-vestkyst#sentral-drift', 'Sentral drift', 'elvdal#local-operations', 'Decentralised operations', 'hint'],
  ['possible-conflict', 'ikt-vestkyst#felles-innbyggerdialog', 'Felles innbyggerdialog', 'oy#eige-servicetorg', 'Eige servicetorg og eigen chatbot for innbyggjarane i Øy', 'hint'],
  ['possible-conflict', 'ikt-vestkyst#flere-konsulenter', 'Mer bruk av konsulenter', 'fjordnes#faerre-konsulentar', 'Avgrensa bruk av konsulentar', 'hint'],
];

const NOT_PAIRS: readonly [string, string, string][] = [
  ['ikt-vestkyst#felles-sak', 'fjordnes#eige-sakssystem', 'Fjordnes is exempt (`Unntak: fjordnes`)'],
  ['ikt-vestkyst#felles-sak', 'elvdal#keep-elements', 'same system («elements»)'],
  ['ikt-vestkyst#felles-sak', 'havby#avvikle-ephorte-avbrutt', 'a dropped goal takes part in no conflict'],
  ['ikt-vestkyst#m365-alle', 'havby#microsoft-365', 'same system in the same area'],
  ['ikt-vestkyst#m365-alle', 'oy#behald-google', 'another area'],
  ['ikt-vestkyst#hoyere-avgift', 'elvdal#lower-fee-before', 'the windows only touch (2024-12-31 / 2025-01-01)'],
];

const MEMBER: Record<string, string> = { 'ikt-vestkyst': 'IKT Vestkyst IKS', havby: 'Havby kommune', elvdal: 'Elvdal kommune', fjordnes: 'Fjordnes kommune', li: 'Li kommune', oy: 'Øy kommune' };

function titleOf(goal: string): string {
  const [owner, id] = goal.split('#') as [string, string];
  for (const text of Object.values(FILES)) {
    if (!new RegExp(`^owner: ${owner}$`, 'm').test(text)) continue;
    const md = new RegExp(`^#+ (.*) \\{#${id}\\}$`, 'm').exec(text);
    if (md) return md[1]!;
    const yaml = new RegExp(`- id: ${id}\\n\\s+title: (.*)$`, 'm').exec(text);
    if (yaml) return yaml[1]!;
  }
  assert.fail(`no goal ${goal}`);
}

const withLang = (lang: string) => ({ ...FILES, 'samstemt.yaml': FILES['samstemt.yaml']!.replace('language: nb', `language: ${lang}`) });

describe('conflicts across members in a new cooperation (test/fixtures/conflicts-audit8)', function () {
  this.timeout(60000);
  const byLang: Record<string, TestDiagnostic[]> = {};
  before(() => {
    for (const lang of ['nb', 'nn', 'en']) byLang[lang] = analyze(withLang(lang)).filter((d) => RULES.includes(d.rule));
  });
  const between = (ds: TestDiagnostic[], rule: string, a: string, b: string) => ds.filter((d) => d.rule === rule && d.goal === a && d.related.some((r) => r.goal === b));

  for (const [rule, a, textA, b, textB, severity] of PAIRS) {
    it(`${rule}: ${a} ↔ ${b} (${severity}) on both goals, in nb, nn and en`, () => {
      for (const lang of ['nb', 'nn', 'en']) {
        const ds = byLang[lang]!;
        for (const [self, other, text] of [[a, b, textA], [b, a, textB]] as const) {
          const found = between(ds, rule, self, other);
          assert.equal(found.length, 1, `${lang} ${rule} on ${self} → ${other}`);
          const d = found[0]!;
          assert.equal(d.severity, severity, `${lang} ${self}: ${d.message}`);
          assert.equal(textAt(FILES, d), text, `${lang} ${self}`);
          const rel = d.related.find((r) => r.goal === other)!;
          assert.match(rel.uri, new RegExp(`strategier/${other.split('#')[0]}\\.`), 'related location is in the other goal\'s document');
          for (const g of [self, other]) assert.ok(d.message.includes(`«${titleOf(g)}»`), `${lang} names «${titleOf(g)}»: ${d.message}`);
          if (self.split('#')[0] !== other.split('#')[0]) for (const g of [self, other]) assert.ok(d.message.includes(MEMBER[g.split('#')[0]!]!), `${lang}: ${d.message}`);
          const accepted = { nb: 'Akseptert konflikt: ', nn: 'Akseptert konflikt: ', en: 'Accepted conflict: ' }[lang]!;
          assert.equal(d.message.startsWith(accepted), severity === 'info', `${lang}: ${d.message}`);
        }
      }
    });
  }

  it('quotes the reason of the accepted conflict, and says when none is given', () => {
    const ds = byLang.nb!;
    for (const g of ['ikt-vestkyst#felles-sak', 'li#avvikle-elements']) {
      const d = ds.find((x) => x.goal === g && x.severity === 'info')!;
      assert.ok(d.message.endsWith('«vedtatt i styret i IKT Vestkyst 2025-02-10»'), d.message);
    }
    const none = ds.find((x) => x.goal === 'elvdal#own-incidents' && x.severity === 'info')!;
    assert.match(none.message, /ingen begrunnelse/);
  });

  it('overbooks the development capacity in 2026 only: 3 + 4 + 1 > 7; 2028 is exactly 7', () => {
    const ds = byLang.nb!.filter((d) => d.rule === 'conflict-capacity');
    assert.deepEqual(ds.map((d) => `${d.goal} ${d.severity} ${textAt(FILES, d)}`).sort(), [
      'ikt-vestkyst#drift-forbedring warning utviklingskapasitet 1',
      'ikt-vestkyst#ny-innbyggerportal warning utviklingskapasitet 4',
      'ikt-vestkyst#onboarding-oy warning utviklingskapasitet 3',
    ]);
    for (const d of ds) assert.match(d.message, /^«utviklingskapasitet» er overbooket i 2026: målene som er aktive da, trenger 8 årsverk i året, men kapasiteten er 7 årsverk\./);
  });

  it('does not overbook prosjektleiing in 2026: 1,1 + 0,1 + 0,2 is exactly its capacity of 1,4', () => {
    assert.deepEqual(byLang.nb!.filter((d) => d.rule === 'conflict-capacity' && /prosjektleiing/.test(d.message)).map((d) => d.message), []);
  });

  it('reports no other two-goal conflict than the expected ones', () => {
    const expected = new Set(PAIRS.flatMap(([rule, a, , b]) => [`${rule} ${a} ${b}`, `${rule} ${b} ${a}`]));
    const extra = byLang.nb!
      .filter((d) => d.rule !== 'conflict-capacity')
      .flatMap((d) => d.related.filter((r) => r.goal).map((r) => `${d.rule} ${d.goal} ${r.goal}`))
      .filter((k) => !expected.has(k));
    assert.deepEqual(extra, []);
  });

  for (const [a, b, why] of NOT_PAIRS) {
    it(`does not report ${a} ↔ ${b}: ${why}`, () => {
      const found = byLang.nb!.filter((d) => (d.goal === a && d.related.some((r) => r.goal === b)) || (d.goal === b && d.related.some((r) => r.goal === a)));
      assert.deepEqual(found.map((d) => `${d.rule} ${d.goal}`), []);
    });
  }

  it('gives the same diagnostics after incremental edits as a fresh analysis', () => {
    const host = new InMemoryHost(FILES);
    const engine = createTestEngine(host);
    engine.analyze();
    const ikt = 'strategier/ikt-vestkyst.md';
    const edits: [string, string, (t: string) => string][] = [
      ['exempting Øy too', ikt, (t) => t.replace('- Unntak: fjordnes', '- Unntak: fjordnes, oy')],
      ['Øy accepting the mandate', 'strategier/oy.yaml', (t) => t.replace('    frist: 2027-12-31\n', '    frist: 2027-12-31\n    aksepterer: ikt-vestkyst#felles-sak — avtalen går ut 2027\n')],
      ['dropping Li\'s goal', 'strategier/li.yaml', (t) => t.replace('    deadline: 2026-12-31\n', '    deadline: 2026-12-31\n    status: avbrutt\n')],
      ['moving the portal to 2027', ikt, (t) => t.replace('- Fra: 2026-06-01', '- Fra: 2027-01-01')],
      ['renaming the goal Havby contributes to', ikt, (t) => t.replace('{#integrasjonsplattform}', '{#integrasjon}')],
      ['renaming it back', ikt, (t) => t.replace('{#integrasjon}', '{#integrasjonsplattform}')],
    ];
    for (const [what, file, edit] of edits) {
      const before = host.files.get(host.uri(file))!;
      const after = edit(before);
      assert.notEqual(after, before, what);
      host.set(file, after);
      assertSameAsFresh(engine, host, what);
    }
    host.delete('strategier/oy.yaml');
    assertSameAsFresh(engine, host, 'deleting Øy\'s strategy');
    host.set('strategier/oy.yaml', FILES['strategier/oy.yaml']!);
    assertSameAsFresh(engine, host, 'restoring Øy\'s strategy');
  });
});
