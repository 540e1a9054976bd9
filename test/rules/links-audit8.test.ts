/**
 * Linking goals to national objectives, on a cooperation written for the eighth
 * audit (test/fixtures/links-audit8, «Vesterdal IKT»): an ICT company and three
 * municipalities, 32 goals in bokmål, nynorsk (Bratteli), English (some of the
 * company's goals and one YAML goal) and YAML with Norwegian keys (Sjøholm).
 * The objectives an adviser would accept for each goal, and the findings the
 * rule contract (rules.md, docs/rules) calls for, were written down before the
 * tool was run on the fixture (see its README.md).
 */
import { strict as assert } from 'node:assert';
import path from 'node:path';
import { analyze, readTree, textAt, REPO, type TestDiagnostic } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';
import { runCli } from '../helpers/cli.js';

const DIR = 'test/fixtures/links-audit8';
const FILES = readTree(path.join(REPO, DIR));
const DOCS: Record<string, string> = {
  'vesterdal-ikt': 'strategier/vesterdal-ikt.md',
  elvhamn: 'strategier/elvhamn.md',
  bratteli: 'strategier/bratteli.md',
  sjoholm: 'strategier/sjoholm.yaml',
};

/** goal → the objectives an adviser accepts for it (from national-strategies.md), the best first. */
const EXPECTED: Record<string, readonly string[]> = {
  'vesterdal-ikt#felles-datadeling': ['DS19-M4', 'DS19-I3', 'DN30-I1'],
  'vesterdal-ikt#sikkerhetskultur': ['DS19-I9', 'DN30-F3', 'DS19-M1'],
  'vesterdal-ikt#ki-pilot': ['DN30-I2', 'DN30-T3', 'DS19-I4', 'DN30-M3'],
  'vesterdal-ikt#fiks-plattformen': ['DS19-M5', 'DS19-I5'],
  'vesterdal-ikt#kompetanseloft': ['DS19-I8'],
  'vesterdal-ikt#gevinstrealisering': ['DS19-M6'],
  'vesterdal-ikt#cloud-security': ['DS19-I9', 'DN30-F3'],
  'vesterdal-ikt#samarbeid-ks': ['DS19-I6', 'DN30-F1'],
  'vesterdal-ikt#arkivdepot': ['DS19-M5', 'DS19-I5', 'DS19-M1'],
  'elvhamn#digital-innbyggerdialog': ['DS19-M3', 'DS19-M2'],
  'elvhamn#velferdsteknologi': ['DN30-F1', 'DN30-M3', 'DS19-M6', 'DN30-M1'],
  'elvhamn#digital-skole': ['DN30-M1', 'DS19-M1'],
  'elvhamn#byggesak': ['DS19-M2', 'DS19-I2'],
  'elvhamn#etterlatte': ['DS19-I2-L5', 'DS19-I2', 'DS19-M2'],
  'elvhamn#apne-data': ['DS19-M4', 'DS19-I3', 'DN30-I1'],
  'elvhamn#personvern': ['DS19-M1', 'DS19-I9'],
  'elvhamn#ny-i-elvhamn': ['DS19-I2-L4', 'DS19-I2'],
  'elvhamn#ki-assistent': ['DN30-I2', 'DN30-T3'],
  'bratteli#datadeling': ['DS19-M4', 'DS19-I3', 'DN30-I1'],
  'bratteli#samanhengande-tenester': ['DS19-M2', 'DS19-I2'],
  'bratteli#breiband': ['DN30-F2', 'DN30-T2', 'DN30-T1'],
  'bratteli#tryggleik': ['DS19-I9', 'DN30-F3'],
  'bratteli#heimeoppfolging': ['DN30-F1', 'DN30-M3', 'DN30-M1'],
  'bratteli#kompetanse': ['DS19-I8'],
  'bratteli#digital-hjelp': ['DS19-M1', 'DN30-M1'],
  'sjoholm#digital-post': ['DS19-M3'],
  'sjoholm#kartdata': ['DS19-M4', 'DS19-I3', 'DS19-M5'],
  'sjoholm#ki-forvaltning': ['DN30-I2', 'DN30-T3', 'DS19-I4'],
  'sjoholm#gevinster': ['DS19-M6'],
  'sjoholm#beredskap': ['DN30-F3', 'DS19-I9'],
};

/** Goals that support no national objective, directly or through `contributes` (README: 18). */
const UNLINKED = [
  'vesterdal-ikt#felles-datadeling', 'vesterdal-ikt#sikkerhetskultur', 'vesterdal-ikt#ki-pilot', 'vesterdal-ikt#gevinstrealisering', 'vesterdal-ikt#arkivdepot',
  'elvhamn#digital-innbyggerdialog', 'elvhamn#velferdsteknologi', 'elvhamn#digital-skole', 'elvhamn#apne-data', 'elvhamn#ny-i-elvhamn', 'elvhamn#ki-assistent',
  'bratteli#datadeling', 'bratteli#samanhengande-tenester', 'bratteli#heimeoppfolging', 'bratteli#kompetanse', 'bratteli#digital-hjelp',
  'sjoholm#digital-post', 'sjoholm#ki-forvaltning',
];

describe('linking goals to national objectives: links-audit8 (Vesterdal IKT)', function () {
  this.timeout(60_000);
  let all: TestDiagnostic[] = [];
  before(() => {
    all = analyze(FILES);
  });
  const on = (rule: string, goal?: string) => all.filter((d) => d.rule === rule && (goal === undefined || d.goal === goal));

  describe('suggestions, through `samstemt suggest FILE --format json` (each member’s document: nb, nn, en, YAML)', () => {
    const ranked = new Map<string, string[]>();
    before(() => {
      for (const file of Object.values(DOCS)) {
        const r = runCli(['suggest', path.join(DIR, file), '--format', 'json']);
        assert.equal(r.status, 0, r.stderr);
        for (const g of JSON.parse(r.stdout).goals as { goal: string; suggestions: { objective: string }[] }[]) ranked.set(g.goal, g.suggestions.map((s) => s.objective));
      }
    });

    it('ranks an objective the adviser accepts among the first three for every goal', () => {
      const misses = Object.entries(EXPECTED).filter(([goal, e]) => !(ranked.get(goal) ?? []).slice(0, 3).some((o) => e.includes(o)));
      assert.deepEqual(misses.map(([g]) => `${g}: ${(ranked.get(g) ?? []).slice(0, 3).join(', ')}`), []);
    });

    it('ranks an accepted objective first for at least 28 of the 30 goals', () => {
      const misses = Object.entries(EXPECTED).filter(([goal, e]) => !e.includes(ranked.get(goal)?.[0] ?? ''));
      assert.ok(misses.length <= 2, misses.map(([g]) => `${g}: ${ranked.get(g)?.[0]}`).join('\n'));
    });

    it('suggests the remote-monitoring goal «Digital heimeoppfølging» a welfare-technology objective, not «Alvorlig sykt barn»', () => {
      assert.equal(ranked.get('bratteli#heimeoppfolging')?.[0], 'DN30-M3');
      assert.ok(!ranked.get('bratteli#heimeoppfolging')!.includes('DS19-I2-L2'));
    });
  });

  describe('goal-unlinked', () => {
    it('reports exactly the goals without a route to a national objective', () => {
      assert.deepEqual(on('goal-unlinked').map((d) => d.goal).sort(), [...UNLINKED].sort());
    });

    it('leaves alone a goal linked only through `Bidrar til`, dropped goals, and lower-case IDs', () => {
      for (const g of ['vesterdal-ikt#samarbeid-ks', 'vesterdal-ikt#innbygger-app', 'sjoholm#ny-nettside', 'vesterdal-ikt#cloud-security', 'elvhamn#personvern']) {
        assert.deepEqual(all.filter((d) => d.goal === g && d.rule !== 'goal-not-measurable'), [], g);
      }
    });

    it('reports a goal whose only route is a goal that is itself unlinked', () => {
      assert.equal(on('goal-unlinked', 'bratteli#heimeoppfolging').length, 1);
    });

    it('names the matched words in the goal’s own words (nynorsk inflections, «delingen av data»)', () => {
      const nn = on('goal-unlinked', 'bratteli#datadeling')[0]!;
      assert.ok(nn.suggestions!.slice(0, 3).some((s) => ['DS19-M4', 'DS19-I3', 'DN30-I1'].includes(s.objective)));
      for (const w of ['deling', 'data', 'opne']) assert.ok(nn.suggestions![0]!.matched.includes(w), `${w} in ${nn.suggestions![0]!.matched.join(', ')}`);
      const nb = on('goal-unlinked', 'vesterdal-ikt#felles-datadeling')[0]!;
      assert.ok(['DS19-M4', 'DS19-I3', 'DN30-I1'].includes(nb.suggestions![0]!.objective));
      assert.ok(nb.suggestions![0]!.matched.includes('deling'));
    });

    it('writes the `Støttar:` line of a nynorsk Markdown goal', () => {
      const d = on('goal-unlinked', 'bratteli#kompetanse')[0]!;
      assert.match(d.message, /Legg til `Støttar: DS19-I8`/);
      const fixed = applyFix(FILES, d);
      assert.equal(fixed[DOCS.bratteli!], FILES[DOCS.bratteli!]!.replace('## Digital kompetanse for tilsette og leiarar {#kompetanse}\n', '## Digital kompetanse for tilsette og leiarar {#kompetanse}\n\n- Støttar: DS19-I8\n'));
    });

    it('writes `Støtter:` for an English goal in a bokmål document', () => {
      const d = on('goal-unlinked', 'vesterdal-ikt#gevinstrealisering')[0]!;
      assert.equal(d.suggestions![0]!.objective, 'DS19-M6');
      const fixed = applyFix(FILES, d);
      assert.equal(fixed[DOCS['vesterdal-ikt']!], FILES[DOCS['vesterdal-ikt']!]!.replace('## Systematic benefits realisation {#gevinstrealisering}\n\n- Frist: 2026\n', '## Systematic benefits realisation {#gevinstrealisering}\n\n- Frist: 2026\n- Støtter: DS19-M6\n'));
    });

    it('adds a `støtter:` key in the YAML document’s own (Norwegian) key style', () => {
      const d = on('goal-unlinked', 'sjoholm#digital-post')[0]!;
      assert.equal(d.suggestions![0]!.objective, 'DS19-M3');
      const fixed = applyFix(FILES, d);
      assert.equal(fixed[DOCS.sjoholm!], FILES[DOCS.sjoholm!]!.replace('den digitale postkassen.\n', 'den digitale postkassen.\n    støtter: DS19-M3\n'));
      assert.ok(!analyze(fixed).some((x) => x.goal === 'sjoholm#digital-post' && ['goal-unlinked', 'parse-error', 'unknown-property'].includes(x.rule)));
    });
  });

  describe('unknown-objective', () => {
    it('reports only DS19-M9 (lower-case IDs are valid) and names the objective the text fits', () => {
      const list = on('unknown-objective');
      assert.deepEqual(list.map((d) => [d.goal, textAt(FILES, d)]), [['elvhamn#apne-data', 'DS19-M9']]);
      assert.match(list[0]!.message, /«DS19-M9» er ikke et mål .* passer best med (DS19-M4|DS19-I3|DN30-I1) /);
    });
  });

  describe('weak-link', () => {
    it('questions the death-and-inheritance goal linked to DS19-I9, which shares only «digitalt» with it', () => {
      const list = on('weak-link');
      assert.deepEqual(list.map((d) => [d.goal, textAt(FILES, d)]), [['elvhamn#etterlatte', 'DS19-I9']]);
      assert.match(list[0]!.message, /DS19-I2-L5 «Dødsfall og arv» passer mye bedre/);
      const fixed = applyFix(FILES, list[0]!);
      assert.match(fixed[DOCS.elvhamn!]!, /- Støtter: DS19-I2-L5\n/);
    });
  });

  describe('beyond-framework-period', () => {
    it('reports the goals whose deadline outlives every framework they link to, on the deadline', () => {
      const got = on('beyond-framework-period').map((d) => [d.goal, textAt(FILES, d)]).sort();
      assert.deepEqual(got, [
        ['bratteli#breiband', '2030'],
        ['bratteli#tryggleik', '2028'],
        ['elvhamn#etterlatte', '2026'],
        ['sjoholm#beredskap', '2031'],
        ['sjoholm#gevinster', '2029'],
        ['vesterdal-ikt#kompetanseloft', '2027'],
      ]);
    });

    it('proposes the DN30 counterpart and extends the list in the document’s style', () => {
      const tryggleik = on('beyond-framework-period', 'bratteli#tryggleik')[0]!;
      assert.equal(applyFix(FILES, tryggleik)[DOCS.bratteli!], FILES[DOCS.bratteli!]!.replace('- Støttar: DS19-I9\n', '- Støttar: DS19-I9, DN30-F3\n'));
      const gevinster = on('beyond-framework-period', 'sjoholm#gevinster')[0]!;
      assert.match(gevinster.message, /`støtter: (DN30-F1|DN30-M3)`/);
      assert.match(applyFix(FILES, gevinster)[DOCS.sjoholm!]!, /støtter: \[DS19-M6, DN30-(F1|M3)\]\n/);
      const breiband = on('beyond-framework-period', 'bratteli#breiband')[0]!;
      assert.match(breiband.message, /`Støttar: DN30-(F2|T1|T2)`/);
    });

    it('proposes no security objective for a digital-competence goal (DS19-I8 has no DN30 counterpart)', () => {
      const d = on('beyond-framework-period', 'vesterdal-ikt#kompetanseloft')[0]!;
      assert.doesNotMatch(d.message, /DN30-F3/);
      assert.deepEqual(d.fixes, []);
    });

    it('names no successor beyond DN30', () => {
      assert.match(on('beyond-framework-period', 'sjoholm#beredskap')[0]!.message, /Sjekk fristen/);
    });
  });

  describe('objective-uncovered', () => {
    it('lists every objective no pursued goal names, on the config file', () => {
      const got = on('objective-uncovered').map((d) => /støtter (\S+) «/.exec(d.message)?.[1]).sort();
      // Covered: DS19-M1, -M2, -M4, -M5, -M6, -I4, -I8, -I9 and DN30-F3; the visions are never reported.
      const expected = [
        'DS19-M3', 'DS19-I2', 'DS19-I3', 'DS19-I5', 'DS19-I6', 'DS19-I7',
        'DS19-I2-L1', 'DS19-I2-L2', 'DS19-I2-L3', 'DS19-I2-L4', 'DS19-I2-L5', 'DS19-I2-L6', 'DS19-I2-L7',
        'DN30-M1', 'DN30-M2', 'DN30-M3', 'DN30-F1', 'DN30-F2', 'DN30-I1', 'DN30-I2', 'DN30-T1', 'DN30-T2', 'DN30-T3',
      ].sort();
      assert.deepEqual(got, expected);
      assert.ok(on('objective-uncovered').every((d) => d.file === 'samstemt.yaml'));
    });
  });
});
