/**
 * The report model of the sample cooperation against the engine's own model:
 * coverage cells recomputed from `ws.supported(goal)`, conflicts paired from
 * the conflict diagnostics, unlinked goals, capacity per year (the sample
 * README: utviklingskapasitet 2025 = 6 + 3 + 4 = 13 > 12), the contribution tree.
 */
import { strict as assert } from 'node:assert';
import { analysedSample } from './sample.js';
import { buildContributionTree, coverageCell, isConflictRule, slug } from '../../server/src/report/reportModel.js';
import { buildAlignmentReport } from '../../server/src/report/reportModel.js';
import type { ReportGoal } from '../../server/src/report/reportTypes.js';
import { CONFIG, InMemoryHost, createTestEngine } from '../helpers/workspace.js';

describe('report model (sample cooperation)', function () {
  this.timeout(60000);
  it('lists the members in config order and the objectives of the enabled frameworks', () => {
    const { ws, report } = analysedSample();
    assert.deepEqual(report.members.map((m) => m.id), [...ws.members.keys()]);
    assert.deepEqual(report.objectives.map((o) => o.id), ws.frameworks.flatMap((f) => f.objectives.map((o) => o.id)));
    assert.equal(report.cooperation, 'IKT Fjord');
    assert.equal(report.lang, 'nb');
    const storby = report.members.find((m) => m.id === 'storby')!;
    assert.equal(storby.population, 50210);
    assert.equal(storby.name, 'Storby kommune');
  });

  it('has a coverage cell for exactly the member × objective pairs ws.supported() gives, direct and inherited apart', () => {
    const { ws, report } = analysedSample();
    const expected = new Map<string, { direct: Set<string>; inherited: Set<string> }>();
    const seen = new Set<string>();
    for (const g of ws.goals) {
      // A dropped goal credits no coverage.
      if (!g.owner || seen.has(g.key) || g.facts.status === 'dropped') continue;
      seen.add(g.key);
      const s = ws.supported(g);
      for (const o of s.direct) {
        const k = `${g.owner} ${o.id}`;
        if (!expected.has(k)) expected.set(k, { direct: new Set(), inherited: new Set() });
        expected.get(k)!.direct.add(g.key);
      }
      for (const i of s.inherited) {
        const k = `${g.owner} ${i.objective.id}`;
        if (!expected.has(k)) expected.set(k, { direct: new Set(), inherited: new Set() });
        expected.get(k)!.inherited.add(g.key);
      }
    }
    assert.equal(report.coverage.length, expected.size);
    for (const [k, e] of expected) {
      const [member, objective] = k.split(' ') as [string, string];
      const cell = coverageCell(report, member, objective);
      assert.ok(cell, `cell ${k}`);
      assert.deepEqual(new Set(cell.direct), e.direct, `direct ${k}`);
      assert.deepEqual(new Set(cell.inherited.map((i) => i.goal)), e.inherited, `inherited ${k}`);
    }
    // A known inherited link: Storby's safety culture serves DN30-F3 through the company's ISMS goal.
    const f3 = coverageCell(report, 'storby', 'DN30-F3')!;
    assert.deepEqual(f3.inherited, [{ goal: 'storby#sikkerhetskultur', via: 'ikt-fjord#felles-infosikkerhet' }]);
    assert.equal(report.objectives.find((o) => o.id === 'DS19-I2-L5')!.members, 0, 'Dødsfall og arv is covered by no member (objective-uncovered)');
  });

  it('summarises each member: goals, share linked, findings by severity', () => {
    const { ws, report, diagnostics } = analysedSample();
    for (const m of report.members) {
      const docs = ws.documents.filter((d) => d.owner?.value === m.id).map((d) => d.uri);
      const own = diagnostics.filter((d) => docs.includes(d.uri));
      for (const s of ['error', 'warning', 'info', 'hint'] as const) assert.equal(m.findings[s], own.filter((d) => d.severity === s).length, `${m.id} ${s}`);
      assert.equal(m.share, m.goals.length ? m.linked / m.goals.length : 0);
    }
    const strandvik = report.members.find((m) => m.id === 'strandvik')!;
    assert.equal(strandvik.linked, strandvik.goals.length - 1, 'one Strandvik goal is unlinked');
  });

  it('pairs the conflict diagnostics into one entry per rule and set of goals, with both sides', () => {
    const { report, diagnostics } = analysedSample();
    const fromDiagnostics = new Set(
      diagnostics.filter((d) => isConflictRule(d.rule) && d.goal).map((d) => `${d.rule}|${[...new Set([d.goal!, ...d.related.flatMap((r) => r.goal ?? [])])].sort().join('|')}`),
    );
    assert.deepEqual(new Set(report.conflicts.map((c) => `${c.rule}|${c.goals.join('|')}`)), fromDiagnostics);
    for (const c of report.conflicts) {
      assert.ok(c.goals.length >= 2);
      assert.deepEqual(c.sides.map((s) => s.goal), c.goals);
      for (const s of c.sides) assert.ok(s.message, `${c.rule} ${s.goal} has its message`);
    }
    const hr = report.conflicts.find((c) => c.rule === 'conflict-system-choice' && c.goals.includes('fjellbygd#behalde-lønssystem'))!;
    assert.deepEqual(hr.goals, ['fjellbygd#behalde-lønssystem', 'ikt-fjord#felles-lonn-hr']);
    assert.equal(hr.accepted, false);
    assert.equal(hr.severity, 'error');
    assert.deepEqual(hr.overlap.members, ['fjellbygd']);
    assert.match(hr.sides.find((s) => s.goal === 'ikt-fjord#felles-lonn-hr')!.stance!, /innfører Visma HRM/);
    assert.match(hr.sides.find((s) => s.goal === 'fjellbygd#behalde-lønssystem')!.stance!, /beholder /);
  });

  it('marks strandvik#beholde-websak as an accepted conflict with its reason', () => {
    const { report } = analysedSample();
    const c = report.conflicts.find((x) => x.goals.includes('strandvik#beholde-websak'))!;
    assert.ok(c, 'the accepted conflict is in the report');
    assert.equal(c.rule, 'conflict-system-choice');
    assert.deepEqual(c.goals, ['ikt-fjord#felles-sak-arkiv', 'strandvik#beholde-websak']);
    assert.equal(c.accepted, true);
    assert.equal(c.severity, 'info');
    assert.equal(c.reason, 'differensiert løsning vedtatt i porteføljerådet 2024-03-12');
    assert.equal(c.acceptedBy, 'strandvik#beholde-websak');
    assert.ok(report.conflicts.filter((x) => x.accepted).every((x) => x.severity === 'info'));
    assert.ok(!report.conflicts.some((x) => x.goals.includes('vassbygd#behold-public-360')), 'the exempted member has no conflict');
    assert.equal(report.conflicts.at(-1), c, 'accepted conflicts come last');
  });

  it('lists the goals that serve no objective, with the suggestions of goal-unlinked', () => {
    const { report, diagnostics } = analysedSample();
    const rule = diagnostics.filter((d) => d.rule === 'goal-unlinked');
    assert.deepEqual(report.unlinked.map((u) => u.goal), rule.map((d) => d.goal));
    assert.deepEqual(report.unlinked.map((u) => u.goal), ['strandvik#informasjonssikkerhet']);
    const u = report.unlinked[0]!;
    assert.deepEqual(u.suggestions.map((s) => s.objective), rule[0]!.suggestions!.slice(0, 3).map((s) => s.objective));
    assert.equal(u.suggestions[0]!.objective, 'DS19-I9');
    assert.ok(u.suggestions[0]!.matched.includes('informasjonssikkerhet'));
    assert.equal(u.suggestions[0]!.title, 'Digital sikkerhet');
  });

  it('counts demand per resource and year against capacity (utviklingskapasitet 2025: 13 > 12)', () => {
    const { report } = analysedSample();
    const dev = report.capacity.find((r) => r.id === 'utviklingskapasitet')!;
    assert.equal(dev.capacity, 12);
    assert.equal(dev.unit, 'årsverk');
    const y2025 = dev.years.find((y) => y.year === 2025)!;
    assert.equal(y2025.demand, 13);
    assert.equal(y2025.over, true);
    assert.deepEqual(
      y2025.demands.map((d) => [d.goal, d.amount]).sort(),
      [['ikt-fjord#onboarding-vassbygd', 6], ['storby#chatbot-innbyggerdialog', 3], ['storby#ki-byggesak', 4]].sort(),
    );
    const y2026 = dev.years.find((y) => y.year === 2026)!;
    assert.equal(y2026.demand, 6, 'README: 6 årsverk in 2026');
    assert.equal(y2026.over, false);
    const pm = report.capacity.find((r) => r.id === 'prosjektledelse')!;
    assert.equal(Math.max(...pm.years.map((y) => y.demand)), 4, 'README: prosjektledelse at most 4 of 5');
    assert.ok(pm.years.every((y) => !y.over));
    const cap = report.conflicts.find((c) => c.rule === 'conflict-capacity')!;
    assert.deepEqual(cap.goals, ['ikt-fjord#onboarding-vassbygd', 'storby#chatbot-innbyggerdialog', 'storby#ki-byggesak']);
    assert.equal(cap.overlap.resource, 'utviklingskapasitet');
    assert.deepEqual(cap.overlap.years, [2025]);
  });

  it('builds the contribution tree: member goal → company goal, roots contribute to nothing', () => {
    const { report, ws } = analysedSample();
    const isms = report.contributions.find((n) => n.goal === 'ikt-fjord#felles-infosikkerhet')!;
    assert.ok(isms);
    assert.deepEqual(new Set(isms.children.map((c) => c.goal)), new Set(ws.contributors(ws.goalsByKey.get('ikt-fjord#felles-infosikkerhet')!).map((g) => g.key)));
    assert.deepEqual(isms.objectives, ws.goalsByKey.get('ikt-fjord#felles-infosikkerhet')!.facts.supports.map((s) => s.text.toUpperCase()));
    // Every contributes edge between reported goals appears in the tree.
    const edges = new Set<string>();
    const walk = (n: (typeof report.contributions)[number]) => n.children.forEach((c) => (edges.add(`${c.goal}>${n.goal}`), walk(c)));
    report.contributions.forEach(walk);
    const byKey = new Map(report.goals.map((g) => [g.key, g]));
    for (const g of report.goals) {
      for (const t of g.contributesTo) {
        // The edge closing a contribution cycle (digi-fjord's two goals) is left out.
        if (byKey.get(t)!.contributesTo.includes(g.key)) continue;
        assert.ok(edges.has(`${g.key}>${t}`), `${g.key} → ${t}`);
      }
    }
    const cycle = report.contributions.find((n) => n.goal.startsWith('digi-fjord#') && n.children.some((c) => c.goal.startsWith('digi-fjord#')));
    assert.ok(cycle, 'the cycle is shown once');
  });

  it('keeps a contribution cycle finite', () => {
    const g = (key: string, to: string[], from: string[]): ReportGoal => ({
      key, id: key, owner: 'a', title: key, anchor: key, uri: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, file: '',
      direct: [], inherited: [], contributesTo: to, contributors: from, findings: { error: 0, warning: 0, info: 0, hint: 0 },
    });
    const tree = buildContributionTree([g('a#x', ['a#y'], ['a#y']), g('a#y', ['a#x'], ['a#x'])]);
    assert.equal(tree.length, 1);
    assert.equal(tree[0]!.children[0]!.children.length, 0);
  });

  it('gives every goal a unique ASCII anchor and its heading position', () => {
    const { report } = analysedSample();
    const anchors = report.goals.map((g) => g.anchor);
    assert.equal(new Set(anchors).size, anchors.length);
    for (const a of anchors) assert.match(a, /^goal-[a-z0-9-]+$/);
    assert.equal(slug('behalde-lønssystem'), 'behalde-lonssystem');
    const g = report.goals.find((x) => x.key === 'ikt-fjord#felles-lonn-hr')!;
    assert.equal(g.file, 'strategier/ikt-fjord.md');
    assert.equal(g.range.start.line, 23, 'the heading «### Felles lønns- og personalsystem …» is line 24');
  });

  it('agrees with check: counts the objectives objective-uncovered counts, and says which goals it leaves out', () => {
    const { ws, diagnostics, report } = analysedSample();
    const uncovered = diagnostics.filter((d) => d.rule === 'objective-uncovered').length;
    assert.equal(report.totals.objectives - report.totals.objectivesCovered, uncovered, 'a vision is no objective to cover');
    assert.ok(report.objectives.some((o) => o.kind === 'vision'), 'visions still have their row');
    const keys = new Set<string>();
    let duplicateId = 0;
    for (const g of ws.goals) if (g.owner) keys.size === keys.add(g.key).size && duplicateId++;
    const noOwner = ws.goals.filter((g) => !g.owner).length;
    assert.ok(duplicateId > 0 && noOwner > 0, 'the sample shows both');
    assert.deepEqual(report.totals.omitted, { duplicateId, noOwner });
    assert.equal(report.totals.goals + duplicateId + noOwner, ws.goals.length, 'with the omitted ones, the goals check counts');
  });

  it('speaks English on request', () => {
    const { report } = analysedSample('en');
    assert.equal(report.lang, 'en');
    const c = report.conflicts.find((x) => x.goals.includes('ikt-fjord#felles-lonn-hr'))!;
    assert.match(c.sides.find((s) => s.goal === 'ikt-fjord#felles-lonn-hr')!.stance!, /^adopts Visma HRM/);
    assert.equal(report.objectives.find((o) => o.id === 'DS19-I9')!.title, 'Cyber security');
  });

  it('credits no coverage through a dropped goal, nor to it, and lists the goal linked only through it as unlinked', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'ikt-fjord.md': '---\nowner: ikt-fjord\n---\n\n## Felles digital byggesak {#felles-byggesak}\n\n- Frist: 2025\n- Status: avbrutt\n- Støtter: DS19-M2\n',
      'midtby.md': '---\nowner: midtby\n---\n\n## Digital byggesak i Midtby {#digital-byggesak}\n\n- Frist: 2025\n- Bidrar til: ikt-fjord#felles-byggesak\n',
    };
    const result = createTestEngine(new InMemoryHost(files)).analyze();
    const report = buildAlignmentReport(result.workspaces[0]!, [...result.diagnostics.values()].flat());
    assert.equal(coverageCell(report, 'midtby', 'DS19-M2'), undefined, 'no inherited coverage through the dropped goal');
    assert.equal(coverageCell(report, 'ikt-fjord', 'DS19-M2'), undefined, 'the dropped goal itself covers nothing');
    assert.equal(report.objectives.find((o) => o.id === 'DS19-M2')!.members, 0);
    assert.deepEqual(report.unlinked.map((u) => u.goal), ['midtby#digital-byggesak'], 'the dropped goal is not listed, as goal-unlinked does not report it');
    assert.deepEqual(report.goals.find((g) => g.key === 'midtby#digital-byggesak')!.inherited, []);
  });
  it('counts a demand without dates in every year of the capacity chart, as conflict-capacity does', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'ikt-fjord.md': '---\nowner: ikt-fjord\n---\n\n## Plattform {#plattform}\n\n- Fra: 2025-01-01\n- Frist: 2026-12-31\n- Krever: utviklingskapasitet 8\n',
      'midtby.md': '---\nowner: midtby\n---\n\n## Udatert {#udatert}\n\n- Krever: utviklingskapasitet 5\n',
    };
    const result = createTestEngine(new InMemoryHost(files)).analyze();
    const report = buildAlignmentReport(result.workspaces[0]!, [...result.diagnostics.values()].flat());
    const dev = report.capacity.find((r) => r.id === 'utviklingskapasitet')!;
    assert.deepEqual(dev.years.map((y) => [y.year, y.demand, y.over]), [[2025, 13, true], [2026, 13, true]]);
    const cap = report.conflicts.find((c) => c.rule === 'conflict-capacity')!;
    assert.deepEqual(cap.overlap.years, [2025, 2026]);
    assert.equal([...result.diagnostics.values()].flat().filter((d) => d.rule === 'conflict-capacity').length, 2);
  });

  it('counts a goal once in a coverage cell when its supports names an objective twice (DS19-I8, ds19-i8)', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'midtby.md': '---\nowner: midtby\n---\n\n## Digital kompetanse {#kompetanse}\n\n- Frist: 2025\n- Støtter: DS19-I8, ds19-i8\n- Støtter: DS19-I8\n',
    };
    const result = createTestEngine(new InMemoryHost(files)).analyze();
    const ws = result.workspaces[0]!;
    assert.deepEqual(ws.supported(ws.goals[0]!).direct.map((o) => o.id), ['DS19-I8']);
    const report = buildAlignmentReport(ws, [...result.diagnostics.values()].flat());
    assert.deepEqual(coverageCell(report, 'midtby', 'DS19-I8')!.direct, ['midtby#kompetanse']);
  });
});
