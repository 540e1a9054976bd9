import { strict as assert } from 'node:assert';
import { textAt, CONFIG } from '../helpers/workspace.js';
import { analyzeConflictRule as analyzeRule, conflictMd as md } from '../helpers/rules.js';
import { applyFix } from '../helpers/fixes.js';

const RULE = 'conflict-direction';

const HEVE = md('ikt-fjord', '## Høyere medlemsavgift {#heve}\n\n- Område: okonomi\n- Indikator: medlemsavgift\n- Retning: øke\n- Fra: 2025-01-01\n- Frist: 2026-12-31\n');
const SENKE = (extra = '') => md('storby', `## Lavere medlemsavgift {#senke}\n\n- Område: okonomi\n- Indikator: Medlemsavgift\n- Retning: redusere\n- Fra: 2025-01-01\n- Frist: 2027-12-31\n${extra}`);

describe(RULE, function () {
  this.timeout(10000);

  describe('conflicts', () => {
    it('reports opposite directions on a shared indicator on both goals, at the direction values', () => {
      const files = { 'samstemt.yaml': CONFIG, 'ikt-fjord.md': HEVE, 'storby.md': SENKE() };
      const ds = analyzeRule(RULE, files);
      assert.equal(ds.length, 2);
      const [ikt, storby] = ds;
      assert.equal(ikt!.file, 'ikt-fjord.md');
      assert.equal(ikt!.severity, 'error');
      assert.equal(textAt(files, ikt!), 'øke');
      assert.equal(textAt(files, storby!), 'redusere');
      assert.equal(ikt!.related[0]!.goal, 'storby#senke');
      assert.equal(storby!.related[0]!.goal, 'ikt-fjord#heve');
      assert.match(ikt!.message, /Opposite directions on «Medlemsavgift»: «Høyere medlemsavgift» \(IKT Fjord AS\) wants to increase it, while «Lavere medlemsavgift» \(Storby kommune\) wants to reduce it/);
      assert.match(ikt!.message, /steer the shared indicator «Medlemsavgift» and are active in 2025–2026/);
      assert.match(ikt!.message, /`Aksepterer: storby#senke — <reason>`/);
      assert.match(storby!.message, /wants to reduce it, while «Høyere medlemsavgift» \(IKT Fjord AS\) wants to increase it/);
    });

    it('reads the directions authors write as nouns and comparatives (økning, reduksjon, lavere, auking, reduction)', () => {
      for (const [up, down] of [['økning', 'reduksjon'], ['høyere', 'lavere'], ['auking', 'nedgang'], ['increasing', 'reduction']]) {
        const heve = HEVE.replace('Retning: øke', `Retning: ${up}`);
        const senke = SENKE().replace('Retning: redusere', `Retning: ${down}`);
        const files = { 'samstemt.yaml': CONFIG, 'ikt-fjord.md': heve, 'storby.md': senke };
        const ds = analyzeRule(RULE, files);
        assert.deepEqual(ds.map((d) => textAt(files, d)), [up, down], `${up} / ${down}`);
      }
      // Read, so not reported as invalid either.
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': SENKE().replace('Retning: redusere', 'Retning: reduksjon') };
      assert.deepEqual(analyzeRule('invalid-value', files), []);
    });

    it('reports a non-shared indicator when the scopes share a member', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': md('ikt-fjord', '## Flere skytjenester {#sky}\n\n- Indikator: andel fagsystemer i skyen\n- Retning: øke\n- Omfang: alle\n'),
        'midtby.md': md('midtby', '## Lokal drift {#lokal}\n\n- Indikator: Andel fagsystemer i  skyen\n- Retning: redusere\n'),
      };
      const ds = analyzeRule(RULE, files);
      assert.equal(ds.length, 2);
      assert.match(ds[0]!.message, /apply to Midtby kommune/);
      assert.match(ds[0]!.message, /`Unntak: midtby` in «Flere skytjenester»/);
    });

    it('reads the direction from baseline → target when no direction is stated', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': HEVE,
        'storby.md': md('storby', '## Lavere avgift {#lavere}\n\n- Indikator: medlemsavgift\n- Utgangspunkt: 420 kr\n- Målverdi: 380 kr\n'),
      };
      const ds = analyzeRule(RULE, files);
      assert.equal(ds.length, 2);
      assert.equal(textAt(files, ds.find((d) => d.file === 'storby.md')!), '380 kr');
    });

    it('reports in nynorsk documents', () => {
      const files = {
        'samstemt.yaml': CONFIG.replace('language: en', 'language: nn'),
        'ikt-fjord.md': HEVE,
        'fjellbygd.md': md('fjellbygd', '## Lågare medlemsavgift {#lagare}\n\n- Indikator: medlemsavgift\n- Retning: redusere\n- Frå: 2026-01-01\n\nVi vil betale mindre for tenestene.\n'),
      };
      const ds = analyzeRule(RULE, files);
      assert.equal(ds.length, 2);
      const fjell = ds.find((d) => d.file === 'fjellbygd.md')!;
      assert.match(fjell.message, /^Motsette retningar for «Medlemsavgift»: «Lågare medlemsavgift» \(Fjellbygd kommune\) vil redusere han, medan «Høyere medlemsavgift» \(IKT Fjord AS\) vil auke han/);
      assert.match(fjell.message, /er aktive i 2026/);
    });

    it('reports between YAML documents (nynorsk keys and values)', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.yaml': 'owner: ikt-fjord\nperiod: 2024–2027\ngoals:\n  - id: heve\n    title: Høgare avgift\n    indikator: medlemsavgift\n    retning: auke\n',
        'storby.yaml': 'owner: storby\nperiod: 2024–2027\ngoals:\n  - id: senke\n    title: Lavere avgift\n    indicator: medlemsavgift\n    direction: decrease\n',
      };
      const ds = analyzeRule(RULE, files);
      assert.deepEqual(ds.map((d) => [d.file, textAt(files, d)]), [
        ['ikt-fjord.yaml', 'auke'],
        ['storby.yaml', 'decrease'],
      ]);
    });
  });

  describe('no conflict', () => {
    it('ignores opposite directions on an indicator that is neither shared nor in overlapping scopes', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'storby.md': md('storby', '## Flere digitale søknader {#s}\n\n- Indikator: andel digitale søknader\n- Retning: øke\n'),
        'midtby.md': md('midtby', '## Færre digitale søknader {#s}\n\n- Indikator: andel digitale søknader\n- Retning: redusere\n'),
      };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });

    it('ignores windows that touch but do not overlap', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': HEVE,
        'storby.md': SENKE().replace('- Fra: 2025-01-01', '- Fra: 2027-01-01'),
      };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });

    it('ignores the same direction, maintain, other indicators and goals of one owner', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': HEVE + '\n## Mindre avgift {#mindre}\n\n- Indikator: medlemsavgift\n- Retning: redusere\n',
        'storby.md': md('storby', '## A {#a}\n\n- Indikator: medlemsavgift\n- Retning: øke\n\n## B {#b}\n\n- Indikator: medlemsavgift\n- Retning: opprettholde\n\n## C {#c}\n\n- Indikator: nedetid\n- Retning: redusere\n- Omfang: alle\n'),
      };
      // ikt-fjord#mindre (decrease) meets storby#a (increase): that one is a conflict; nothing else is.
      const ds = analyzeRule(RULE, files);
      assert.deepEqual(ds.map((d) => d.goal).sort(), ['ikt-fjord#mindre', 'storby#a']);
    });

    it('ignores a member exempted from the scope', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': md('ikt-fjord', '## Sky {#sky}\n\n- Indikator: skyandel\n- Retning: øke\n- Omfang: alle\n- Unntak: midtby\n'),
        'midtby.md': md('midtby', '## Lokalt {#lokalt}\n\n- Indikator: skyandel\n- Retning: redusere\n'),
      };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });
  });

  describe('done goals', () => {
    it('still reports a done goal (its outcome stands), without the advice to move the dates', () => {
      const files = { 'samstemt.yaml': CONFIG, 'ikt-fjord.md': HEVE.replace('- Frist: 2026-12-31\n', '- Frist: 2026-12-31\n- Status: fullført\n'), 'storby.md': SENKE() };
      const ds = analyzeRule(RULE, files);
      assert.deepEqual(ds.map((d) => d.severity), ['error', 'error']);
      assert.match(ds[0]!.message, /«Høyere medlemsavgift» is done, so its outcome stands\. Ways out: change «Lavere medlemsavgift»/);
    });
  });

  describe('accepted conflicts', () => {
    it('turns the finding into info when either goal accepts it', () => {
      for (const [ikt, storby] of [
        [HEVE.replace('- Frist: 2026-12-31\n', '- Frist: 2026-12-31\n- Aksepterer: storby#senke — vedtatt i representantskapet\n'), SENKE()],
        [HEVE, SENKE('- Aksepterer: ikt-fjord#heve — vedtatt i representantskapet\n')],
      ] as const) {
        const ds = analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'ikt-fjord.md': ikt, 'storby.md': storby });
        assert.equal(ds.length, 2);
        for (const d of ds) {
          assert.equal(d.severity, 'info');
          assert.match(d.message, /^Accepted conflict: .*Reason \(in «.+»\): «vedtatt i representantskapet»$/);
        }
      }
    });

    it('keeps the conflict an error while the reason the quick fix wrote is a placeholder', () => {
      const files = { 'samstemt.yaml': CONFIG, 'ikt-fjord.md': HEVE, 'storby.md': SENKE() };
      const storby = analyzeRule(RULE, files).find((d) => d.file === 'storby.md')!;
      const fixed = applyFix(files, storby);
      assert.match(fixed['storby.md']!, /- Aksepterer: ikt-fjord#heve — <Hvorfor aksepteres konflikten, og hvem har vedtatt det\?>\n/);
      for (const variant of [fixed]) {
        const ds = analyzeRule(RULE, variant);
        assert.deepEqual(ds.map((d) => d.severity), ['error', 'error']);
        for (const d of ds) assert.match(d.message, /«Lavere medlemsavgift» names this conflict in `Aksepterer`, but the reason is still the placeholder/);
      }
      const written = { ...fixed, 'storby.md': fixed['storby.md']!.replace('<Hvorfor aksepteres konflikten, og hvem har vedtatt det?>', 'vedtatt i representantskapet') };
      assert.deepEqual(analyzeRule(RULE, written).map((d) => d.severity), ['info', 'info']);
    });
  });
});
