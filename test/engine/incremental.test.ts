/** The engine re-parses only changed documents and re-runs only workspaces whose inputs changed. */
import { strict as assert } from 'node:assert';
import { InMemoryHost, createTestEngine, CONFIG } from '../helpers/workspace.js';

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

  it('analyses in steps, one per workspace to run; a dropped run is resumed by the next without redoing finished workspaces', () => {
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
    let yields = 0;
    for (; !next.done; yields++) next = resumed.next();
    assert.equal(yields, 2, 'nothing to parse any more: only the two workspaces not finished yet are steps');
    assert.equal(engine.stats.workspaceRuns, 3);
    const flat = (r: typeof whole) => JSON.stringify([...r.diagnostics].sort(([x], [y]) => x.localeCompare(y)));
    assert.equal(flat(next.value), flat(whole));
    assert.ok([...whole.diagnostics.values()].some((l) => l.length > 0));
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
});
