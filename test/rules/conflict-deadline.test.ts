import { strict as assert } from 'node:assert';
import { textAt, CONFIG } from '../helpers/workspace.js';
import { analyzeConflictRule as analyzeRule, conflictMd as md } from '../helpers/rules.js';
import { applyFix } from '../helpers/fixes.js';

const RULE = 'conflict-deadline';

const FELLES = (extra = '') => md('ikt-fjord', `## Felles byggesak {#felles-byggesak}\n\n- Område: plan-bygg\n- Frist: 2025-12-31\n${extra}`);
const MIDTBY = (deadline = '2026-06-30', extra = '') => md('midtby', `## Digital byggesak i Midtby {#byggesak}\n\n- Område: plan-bygg\n- Frist: ${deadline}\n- Bidrar til: ikt-fjord#felles-byggesak\n${extra}`);

describe(RULE, function () {
  this.timeout(10000);

  describe('conflicts', () => {
    it('reports a contribution due after the goal it contributes to, on both deadlines', () => {
      const files = { 'samstemt.yaml': CONFIG, 'ikt-fjord.md': FELLES(), 'midtby.md': MIDTBY() };
      const ds = analyzeRule(RULE, files);
      assert.equal(ds.length, 2);
      const [ikt, mid] = ds;
      assert.equal(mid!.file, 'midtby.md');
      assert.equal(mid!.severity, 'warning');
      assert.equal(textAt(files, mid!), '2026-06-30');
      assert.equal(textAt(files, ikt!), '2025-12-31');
      assert.equal(mid!.related[0]!.goal, 'ikt-fjord#felles-byggesak');
      assert.equal(ikt!.related[0]!.goal, 'midtby#byggesak');
      assert.match(mid!.message, /«Digital byggesak i Midtby» \(Midtby kommune\) contributes to «Felles byggesak» \(IKT Fjord AS\), but its deadline 2026-06-30 is later than the deadline of «Felles byggesak», 2025-12-31/);
      assert.match(mid!.message, /between 2026-01-01 and 2026-06-30/);
      assert.match(mid!.message, /move the deadline of «Digital byggesak i Midtby» to 2025-12-31 or earlier/);
      assert.match(mid!.message, /`Aksepterer: ikt-fjord#felles-byggesak — <reason>`/);
      assert.match(ikt!.message, /«Digital byggesak i Midtby» \(Midtby kommune\) contributes to «Felles byggesak» \(IKT Fjord AS\) but has a later deadline, 2026-06-30/);
    });

    it('reads a year as 31 December and reports within one owner too', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'storby.md': md('storby', '## Hovedmål {#hoved}\n\n- Frist: 2025-06-30\n\n## Delmål {#del}\n\n- Frist: 2025\n- Bidrar til: #hoved\n'),
      };
      const ds = analyzeRule(RULE, files);
      assert.equal(ds.length, 2);
      assert.match(ds.find((d) => d.goal === 'storby#del')!.message, /between 2025-07-01 and 2025-12-31/);
    });

    it('reports in nynorsk, from YAML documents', () => {
      const files = {
        'samstemt.yaml': CONFIG.replace('language: en', 'language: nn'),
        'ikt-fjord.yaml': 'owner: ikt-fjord\ngoals:\n  - id: felles\n    title: Felles byggesak\n    frist: 2025-12-31\n',
        'fjellbygd.yaml': 'owner: fjellbygd\ngoals:\n  - id: byggesak\n    title: Digital byggesak i Fjellbygd\n    frist: 2026\n    bidreg til: ikt-fjord#felles\n',
      };
      const ds = analyzeRule(RULE, files);
      assert.deepEqual(ds.map((d) => [d.file, textAt(files, d)]), [
        ['fjellbygd.yaml', '2026'],
        ['ikt-fjord.yaml', '2025-12-31'],
      ]);
      assert.match(ds[0]!.message, /^«Digital byggesak i Fjellbygd» \(Fjellbygd kommune\) bidreg til «Felles byggesak» \(IKT Fjord AS\), men fristen 2026-12-31 er seinare/);
      assert.match(ds[0]!.message, /bidraget held fram i 2026/);
    });
  });

  describe('sub-goals', () => {
    // Finding 8 (r8): a sub-goal is a contribution to the goal it sits under (format.md §2.1).
    const NESTED = (sub = '2026-06-30', extra = '') =>
      md('ikt-fjord', `## Felles digital byggesak {#felles-byggesak}\n\n- Omfang: alle\n- Frist: 2025-12-31\n\n### Opplæring av saksbehandlere {#opplaering}\n\n- Frist: ${sub}\n${extra}`);

    it('reports a sub-goal due after its parent, on both deadlines, saying it is a sub-goal', () => {
      const files = { 'samstemt.yaml': CONFIG, 'ikt-fjord.md': NESTED() };
      const ds = analyzeRule(RULE, files);
      assert.equal(ds.length, 2);
      const sub = ds.find((d) => d.goal === 'ikt-fjord#opplaering')!;
      const parent = ds.find((d) => d.goal === 'ikt-fjord#felles-byggesak')!;
      assert.equal(sub.severity, 'warning');
      assert.equal(textAt(files, sub), '2026-06-30');
      assert.equal(textAt(files, parent), '2025-12-31');
      assert.equal(sub.related[0]!.goal, 'ikt-fjord#felles-byggesak');
      assert.match(sub.message, /^«Opplæring av saksbehandlere» is a sub-goal of «Felles digital byggesak», but its deadline 2026-06-30 is later than the deadline of «Felles digital byggesak», 2025-12-31: the sub-goal is still under way between 2026-01-01 and 2026-06-30/);
      assert.match(parent.message, /^The sub-goal «Opplæring av saksbehandlere» has a later deadline, 2026-06-30, than this goal \(2025-12-31\)/);
      const nb = analyzeRule(RULE, { ...files, 'samstemt.yaml': CONFIG.replace('language: en', 'language: nb') });
      assert.match(nb.find((d) => d.goal === 'ikt-fjord#opplaering')!.message, /^«Opplæring av saksbehandlere» er et delmål av «Felles digital byggesak», men fristen 2026-06-30 er senere/);
      const nn = analyzeRule(RULE, { ...files, 'samstemt.yaml': CONFIG.replace('language: en', 'language: nn') });
      assert.match(nn.find((d) => d.goal === 'ikt-fjord#opplaering')!.message, /^«Opplæring av saksbehandlere» er eit delmål av «Felles digital byggesak», men fristen 2026-06-30 er seinare/);
      assert.match(nn.find((d) => d.goal === 'ikt-fjord#felles-byggesak')!.message, /^Delmålet «Opplæring av saksbehandlere» har seinare frist/);
    });

    it('ignores a sub-goal due on time or without a deadline, and accepts it like a contribution', () => {
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'ikt-fjord.md': NESTED('2025-06-30') }), []);
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'ikt-fjord.md': NESTED('2025-06-30').replace('- Frist: 2025-06-30\n', '') }), []);
      const ds = analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'ikt-fjord.md': NESTED('2026-06-30', '- Aksepterer: #felles-byggesak — kursene går våren 2026\n') });
      assert.deepEqual(ds.map((d) => d.severity), ['info', 'info']);
      assert.match(ds.find((d) => d.goal === 'ikt-fjord#opplaering')!.message, /^Accepted conflict: «Opplæring av saksbehandlere» \(deadline 2026-06-30\) is a sub-goal of «Felles digital byggesak», whose deadline 2025-12-31 is earlier\. Reason .*«kursene går våren 2026»$/);
    });

    it('reports nested YAML goals, once when the sub-goal also names its parent in contributes', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.yaml': 'owner: ikt-fjord\ngoals:\n  - id: felles\n    title: Felles byggesak\n    deadline: 2025-12-31\n    goals:\n      - id: kurs\n        title: Kurs\n        deadline: 2026\n',
      };
      const ds = analyzeRule(RULE, files);
      assert.deepEqual(ds.map((d) => d.goal).sort(), ['ikt-fjord#felles', 'ikt-fjord#kurs']);
      const both = analyzeRule(RULE, { ...files, 'ikt-fjord.yaml': files['ikt-fjord.yaml'] + '        contributes: "#felles"\n' });
      assert.equal(both.length, 2);
      assert.match(both.find((d) => d.goal === 'ikt-fjord#kurs')!.message, /contributes to «Felles byggesak»/);
    });
  });

  describe('no conflict', () => {
    it('ignores a contribution due on or before the deadline of its target', () => {
      for (const deadline of ['2025-12-31', '2025-06-30', '2025']) {
        assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'ikt-fjord.md': FELLES(), 'midtby.md': MIDTBY(deadline) }), []);
      }
    });

    it('ignores goals without an explicit deadline, and goals that do not contribute', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': md('ikt-fjord', '## Felles byggesak {#felles-byggesak}\n\n- Område: plan-bygg\n'),
        'midtby.md': MIDTBY(),
        'storby.md': md('storby', '## Byggesak {#b}\n\n- Frist: 2030-12-31\n'),
      };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });
  });

  describe('done goals', () => {
    it('does not report a done contributor as late, nor a done goal as waiting for its contributors', () => {
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'ikt-fjord.md': FELLES(), 'midtby.md': MIDTBY('2026-06-30', '- Status: fullført\n') }), []);
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'ikt-fjord.md': FELLES('- Status: fullført\n'), 'midtby.md': MIDTBY() }), []);
      assert.equal(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'ikt-fjord.md': FELLES('- Status: pågår\n'), 'midtby.md': MIDTBY() }).length, 2);
    });
  });

  describe('accepted conflicts', () => {
    it('turns the finding into info when either goal accepts it', () => {
      for (const files of [
        { 'ikt-fjord.md': FELLES('- Aksepterer: midtby#byggesak — Midtby får et halvt år ekstra'), 'midtby.md': MIDTBY() },
        { 'ikt-fjord.md': FELLES(), 'midtby.md': MIDTBY('2026-06-30', '- Aksepterer: ikt-fjord#felles-byggesak — Midtby får et halvt år ekstra\n') },
      ]) {
        const ds = analyzeRule(RULE, { 'samstemt.yaml': CONFIG, ...files });
        assert.equal(ds.length, 2);
        for (const d of ds) {
          assert.equal(d.severity, 'info');
          assert.match(d.message, /^Accepted conflict: .*«Midtby får et halvt år ekstra»$/);
        }
      }
    });

    it('keeps the conflict a warning while the reason the quick fix wrote is a placeholder', () => {
      const files = { 'samstemt.yaml': CONFIG, 'ikt-fjord.md': FELLES(), 'midtby.md': MIDTBY() };
      const mid = analyzeRule(RULE, files).find((d) => d.file === 'midtby.md')!;
      const fixed = applyFix(files, mid);
      assert.match(fixed['midtby.md']!, /- Aksepterer: ikt-fjord#felles-byggesak — <Hvorfor aksepteres konflikten, og hvem har vedtatt det\?>\n/);
      for (const variant of [fixed]) {
        const ds = analyzeRule(RULE, variant);
        assert.deepEqual(ds.map((d) => d.severity), ['warning', 'warning']);
        for (const d of ds) {
          assert.match(d.message, /names this conflict in `Aksepterer`, but the reason is still the placeholder «<.+>»[^]*Until then it counts as open\.$/);
          assert.deepEqual(d.fixes, []);
        }
      }
      const written = { ...fixed, 'midtby.md': fixed['midtby.md']!.replace('<Hvorfor aksepteres konflikten, og hvem har vedtatt det?>', 'Midtby får et halvt år ekstra') };
      assert.deepEqual(analyzeRule(RULE, written).map((d) => d.severity), ['info', 'info']);
    });
  });
});
