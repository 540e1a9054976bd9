/** The engine re-parses only changed documents and re-runs only workspaces whose inputs changed. */
import { strict as assert } from 'node:assert';
import { InMemoryHost, createTestEngine, CONFIG } from '../helpers/workspace.js';
import { allRules } from '../../server/src/rules/index.js';
import { RuleCache, runRules } from '../../server/src/engine/runner.js';

const doc = (owner: string, id: string, extra = '') => `---
owner: ${owner}
---
## Mål ${id} {#${id}}

- Støtter: DS19-M2
- Frist: 2026-12-31
${extra}`;

describe('incremental analysis', () => {
  it('re-parses only the edited document', () => {
    const host = new InMemoryHost({ 'samstemt.yaml': CONFIG, 'a.md': doc('storby', 'a'), 'b.md': doc('midtby', 'b'), 'c.md': doc('fjellbygd', 'c') });
    const engine = createTestEngine(host);
    engine.analyze();
    assert.equal(engine.stats.parses, 3);
    host.set('b.md', doc('midtby', 'b', '- Behov: raskere saksbehandling\n'));
    engine.analyze();
    assert.equal(engine.stats.parses, 4);
  });

  it('re-runs the rules only for the workspace that changed, with the same result as a fresh engine', () => {
    const files = {
      'a/samstemt.yaml': CONFIG,
      'a/s.md': doc('storby', 's'),
      'b/samstemt.yaml': CONFIG,
      'b/m.md': doc('midtby', 'm', '- Bidrar til: storby#s\n'),
    };
    const host = new InMemoryHost(files);
    const engine = createTestEngine(host);
    engine.analyze();
    assert.equal(engine.stats.workspaceRuns, 2);
    engine.analyze();
    assert.equal(engine.stats.workspaceRuns, 2, 'nothing changed: nothing re-runs');
    host.set('b/m.md', doc('midtby', 'm', '- Bidrar til: storby#x\n'));
    const incremental = engine.analyze();
    assert.equal(engine.stats.workspaceRuns, 3);
    const fresh = createTestEngine(new InMemoryHost(Object.fromEntries([...Object.entries(files), ['b/m.md', doc('midtby', 'm', '- Bidrar til: storby#x\n')]]))).analyze();
    const flat = (r: typeof fresh) => [...r.diagnostics].map(([u, l]) => [u, l.map((d) => `${d.rule}@${d.range.start.line}:${d.range.start.character}`)]).sort();
    assert.deepEqual(flat(incremental), flat(fresh));
  });

  it('analyses workspace by workspace; a dropped run is resumed by the next without redoing finished workspaces', () => {
    const files = {
      'a/samstemt.yaml': CONFIG,
      'a/s.md': doc('storby', 's', '- Fristt: 2026\n'),
      'b/samstemt.yaml': CONFIG,
      'b/m.md': doc('midtby', 'm', '- Bidrar til: storby#x\n'),
      'c/samstemt.yaml': CONFIG,
      'c/f.md': doc('fjellbygd', 'f'),
    };
    const whole = createTestEngine(new InMemoryHost(files)).analyze();
    const engine = createTestEngine(new InMemoryHost(files));
    const steps = engine.analyzeInSteps();
    // Step until the first workspace is analysed, then drop the run (as when a change arrives).
    while (engine.stats.workspaceRuns === 0) assert.equal(steps.next().done, false);
    assert.equal(engine.stats.workspaceRuns, 1);
    const resumed = engine.analyzeInSteps();
    let next = resumed.next();
    const analysed: string[] = [];
    for (; !next.done; next = resumed.next()) if (next.value) analysed.push(next.value.workspace.root);
    assert.deepEqual(analysed, ['file:///ws/b/', 'file:///ws/c/'], 'nothing to parse any more: only the two workspaces not finished yet run');
    assert.equal(engine.stats.workspaceRuns, 3);
    const flat = (r: typeof whole) => JSON.stringify([...r.diagnostics].sort(([x], [y]) => x.localeCompare(y)));
    assert.equal(flat(next.value), flat(whole));
    assert.ok([...whole.diagnostics.values()].some((l) => l.length > 0));
  });

  it('takes a step per document parsed and per rule run; a run dropped between two rules is finished by the next, which reuses the rules already run', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'a.md': doc('storby', 'a', '- Fristt: 2026\n'),
      'b.md': doc('midtby', 'b'),
      'c.md': doc('fjellbygd', 'c', '- Bidrar til: storby#x\n'),
    };
    const whole = createTestEngine(new InMemoryHost(files)).analyze();
    const stepsOf = (steps: ReturnType<ReturnType<typeof createTestEngine>['analyzeInSteps']>) => {
      let n = 0;
      for (let s = steps.next(); !s.done; s = steps.next()) n++;
      return n;
    };
    const rules = allRules.length;
    // 3 documents, a step before the rules, one for the ranker, one per rule, one handing out the workspace.
    assert.equal(stepsOf(createTestEngine(new InMemoryHost(files)).analyzeInSteps()), 3 + 1 + 1 + rules + 1);
    const engine = createTestEngine(new InMemoryHost(files));
    const dropped = engine.analyzeInSteps();
    for (let i = 0; i < 3 + 1 + 1 + Math.floor(rules / 2); i++) assert.equal(dropped.next().done, false);
    assert.equal(engine.stats.workspaceRuns, 0, 'dropped before the workspace was finished');
    const result = engine.analyze();
    assert.equal(engine.stats.parses, 3, 'nothing parsed twice');
    assert.equal(engine.stats.documentReuses, 3 * countDocumentRules(Math.floor(rules / 2)), 'the rules run before the drop are not run again');
    const flat = (r: typeof whole) => JSON.stringify([...r.diagnostics].sort(([x], [y]) => x.localeCompare(y)));
    assert.equal(flat(result), flat(whole));
    assert.ok([...whole.diagnostics.values()].some((l) => l.length > 0));
  });

  /** How many of the first `n` rules check documents one by one (their findings are kept per document). */
  function countDocumentRules(n: number): number {
    return allRules.slice(0, n).filter((r) => r.checkDocument).length;
  }

  /** Three cooperations side by side, two with a finding. */
  const threeCooperations = () => ({
    'a/samstemt.yaml': CONFIG,
    'a/s.md': doc('storby', 's', '- Fristt: 2026\n'),
    'b/samstemt.yaml': CONFIG,
    'b/m.md': doc('midtby', 'm'),
    'c/samstemt.yaml': CONFIG,
    'c/f.md': doc('fjellbygd', 'f', '- Fristt: 2026\n'),
  });

  it('runs the workspaces of the given documents first and hands out each one analysed, with its diagnostics', () => {
    const files = threeCooperations();
    const host = new InMemoryHost(files);
    const whole = createTestEngine(new InMemoryHost(files)).analyze();
    const engine = createTestEngine(host);
    const steps = engine.analyzeInSteps(new Set([host.uri('c/f.md')]));
    const handed: { root: string; uris: string[]; parses: number }[] = [];
    let next = steps.next();
    for (; !next.done; next = steps.next()) {
      if (!next.value) continue;
      handed.push({ root: next.value.workspace.root, uris: [...next.value.diagnostics.keys()].sort(), parses: engine.stats.parses });
      for (const [uri, list] of next.value.diagnostics) assert.deepEqual(list, whole.diagnostics.get(uri), uri);
    }
    assert.deepEqual(
      handed.map((h) => h.root),
      ['file:///ws/c/', 'file:///ws/a/', 'file:///ws/b/'],
    );
    assert.deepEqual(handed[0]!.uris, [host.uri('c/f.md'), host.uri('c/samstemt.yaml')]);
    // Each workspace is handed out before the next one's documents are parsed, and nothing is parsed twice.
    assert.deepEqual(handed.map((h) => h.parses), [1, 2, 3]);
    assert.ok(whole.diagnostics.get(host.uri('c/f.md'))!.length > 0);
    // The result is the same as analysing without an order, workspaces sorted by root.
    assert.deepEqual(next.value.workspaces.map((w) => w.root), whole.workspaces.map((w) => w.root));
    const flat = (r: typeof whole) => JSON.stringify([...r.diagnostics].sort(([x], [y]) => x.localeCompare(y)));
    assert.equal(flat(next.value), flat(whole));
  });

  it('without open documents, hands out each workspace before parsing the next', () => {
    const files = threeCooperations();
    const engine = createTestEngine(new InMemoryHost(files));
    const steps = engine.analyzeInSteps();
    const handed: [string, number][] = [];
    let next = steps.next();
    for (; !next.done; next = steps.next()) if (next.value) handed.push([next.value.workspace.root, engine.stats.parses]);
    assert.deepEqual(handed, [['file:///ws/a/', 1], ['file:///ws/b/', 2], ['file:///ws/c/', 3]]);
    const flat = (r: typeof next.value) => JSON.stringify([...r.diagnostics].sort(([x], [y]) => x.localeCompare(y)));
    assert.equal(flat(next.value), flat(createTestEngine(new InMemoryHost(files)).analyze()));
  });

  it('analyses a folder without samstemt.yaml incrementally too', () => {
    const host = new InMemoryHost({ 'a.strategy.md': doc('storby', 'a'), 'b.strategy.md': doc('midtby', 'b', '- Fristt: 2026\n') });
    const engine = createTestEngine(host);
    engine.analyze();
    engine.analyze();
    assert.equal(engine.stats.workspaceRuns, 1, 'nothing changed: nothing re-runs');
    const before = { ...engine.stats };
    host.set('b.strategy.md', doc('midtby', 'b', '- Frist: 2026\n'));
    const incremental = engine.analyze();
    assert.ok(engine.stats.documentReuses > before.documentReuses, 'the unchanged document keeps its findings');
    const fresh = createTestEngine(new InMemoryHost({ 'a.strategy.md': doc('storby', 'a'), 'b.strategy.md': doc('midtby', 'b', '- Frist: 2026\n') })).analyze();
    const flat = (r: typeof fresh) => JSON.stringify([...r.diagnostics].sort(([x], [y]) => x.localeCompare(y)));
    assert.equal(flat(incremental), flat(fresh));
  });

  it('forgets a deleted document and its diagnostics', () => {
    const host = new InMemoryHost({ 'samstemt.yaml': CONFIG, 'a.md': doc('storby', 'a', '- Fristt: 2026\n') });
    const engine = createTestEngine(host);
    assert.ok(engine.analyze().diagnostics.get(host.uri('a.md'))!.length > 0);
    host.delete('a.md');
    assert.equal(engine.analyze().diagnostics.get(host.uri('a.md')), undefined);
  });

  it('reports an over-committed capacity run again only when what its findings read of a goal changed', () => {
    const config = CONFIG.replace('capacity: 12', 'capacity: 5');
    const demand = (owner: string, id: string, amount: number, extra = '') => doc(owner, id, `- Fra: 2026-01-01\n- Krever: utviklingskapasitet ${amount}\n${extra}`);
    const files: Record<string, string> = { 'samstemt.yaml': config, 'a.md': demand('storby', 'a', 3), 'b.md': demand('midtby', 'b', 4) };
    const host = new InMemoryHost(files);
    const engine = createTestEngine(host);
    engine.analyze();
    const capacityRule = allRules.filter((r) => r.meta.id === 'conflict-capacity');
    const cache = new RuleCache();
    // The capacity findings on b, from the models the engine loads (the runner replays reports as the same findings).
    const capacityOnB = () => runRules(engine.loadWorkspaces()[0]!, capacityRule, { lang: 'en', overrides: {} }, cache).findings.filter((f) => f.uri === host.uri('b.md'));
    const first = capacityOnB();
    assert.equal(first.length, 1, 'the two goals overbook the resource in 2026');
    const fresh = () => createTestEngine(new InMemoryHost(Object.fromEntries([...host.files].map(([u, t]) => [decodeURIComponent(u.slice(host.base.length)), t])))).analyze();
    const flat = (r: ReturnType<typeof engine.analyze>) => JSON.stringify([...r.diagnostics].sort(([x], [y]) => x.localeCompare(y)));

    // Prose after the goal: `a` is parsed anew, but nothing the run's findings read of it changed.
    host.set('a.md', files['a.md'] + '\nMer tekst om målet.\n');
    const after = capacityOnB();
    assert.equal(after[0], first[0], 'the finding on b is the one of the last analysis');
    assert.equal(flat(engine.analyze()), flat(fresh()));

    // A line before the goal moves its spans: the run is reported again, pointing at the new place.
    host.set('a.md', files['a.md'].replace('---\n## ', '---\nInnledning.\n\n## '));
    const moved = capacityOnB();
    assert.notEqual(moved[0], after[0]);
    assert.notDeepEqual(moved[0]!.related, after[0]!.related);
    assert.equal(flat(engine.analyze()), flat(fresh()));

    // An accepted overbooking, and the accepted goal's key taken by an earlier duplicate: no longer accepted.
    host.set('b.md', demand('midtby', 'b', 4, '- Aksepterer: storby#a — vedtatt\n'));
    assert.equal(flat(engine.analyze()), flat(fresh()));
    host.set('0.md', demand('storby', 'a', 1));
    assert.equal(flat(engine.analyze()), flat(fresh()));
  });
  it('updates the fix of a goal reference written without # when the goal it means appears in another document', () => {
    const files = { 'samstemt.yaml': CONFIG, 'm.md': doc('midtby', 'm', '- Bidrar til: felles-hr\n'), 'i.md': doc('ikt-fjord', 'annet') };
    const host = new InMemoryHost(files);
    const engine = createTestEngine(host);
    const fixOf = (e: ReturnType<typeof createTestEngine>) =>
      [...e.analyze().diagnostics.values()].flat().filter((d) => d.rule === 'invalid-value').map((d) => d.message);
    const before = fixOf(engine);
    assert.equal(before.length, 1);
    assert.doesNotMatch(before[0]!, /Did you mean/);
    host.set('i.md', doc('ikt-fjord', 'felles-hr'));
    const after = fixOf(engine);
    assert.deepEqual(after, fixOf(createTestEngine(new InMemoryHost({ ...files, 'i.md': doc('ikt-fjord', 'felles-hr') }))), 'as a fresh engine');
    assert.match(after[0]!, /Did you mean "ikt-fjord#felles-hr"\?/);
  });
});
