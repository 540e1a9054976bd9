/**
 * Goals that have a conflict fact alike hold one shared object: a national
 * workspace has 16 000 goals, and a set of members or a list of link keys per
 * goal cost tens of megabytes (docs/performance.md, «Language server»).
 */
import { strict as assert } from 'node:assert';
import { InMemoryHost, createTestEngine } from '../helpers/workspace.js';
import { analysedConflictContext } from '../../server/src/engine/conflicts/context.js';
import type { Goal } from '../../server/src/engine/types.js';
import type { WorkspaceModel } from '../../server/src/engine/workspaceModel.js';

const CONFIG =
  'cooperation: Deling\ndocuments: ["*.md"]\nmembers:\n  selskap: { name: Selskapet, kind: selskap }\n  nord: { name: Nord }\n  sor: { name: Sør }\n' +
  'resources:\n  utviklingskapasitet: { owner: selskap, capacity: 10 }\n';

function analysed(files: Record<string, string>): WorkspaceModel {
  const result = createTestEngine(new InMemoryHost({ 'samstemt.yaml': CONFIG, ...files })).analyze();
  return result.workspaces[0]!;
}

function goal(ws: WorkspaceModel, key: string): Goal {
  const g = ws.goals.find((x) => x.key === key);
  assert.ok(g, `no goal ${key}`);
  return g;
}

describe('shared conflict facts', () => {
  const ws = analysed({
    'selskap.md': '---\nowner: selskap\n---\n# Selskapet\n\n## Felles lønn {#lonn}\n\n- Omfang: alle\n\n## Felles arkiv {#arkiv}\n\n- Omfang: alle\n- Krever: utviklingskapasitet 2\n',
    'nord.md': '---\nowner: nord\n---\n# Nord\n\n## Felles sak {#sak}\n\n- Omfang: alle\n\n## Eget mål {#eget}\n\n- Frist: 2026-12-31\n\n## Eget mål to {#eget-to}\n\n- Frist: 2026-12-31\n',
  });
  const cc = analysedConflictContext(ws);

  it('goals of the same scope share one member set and one list of link keys', () => {
    const a = cc.info(goal(ws, 'selskap#lonn'));
    const b = cc.info(goal(ws, 'nord#sak'));
    assert.deepEqual([...a.members].sort(), ['nord', 'selskap', 'sor']);
    assert.equal(a.members, b.members);
    assert.equal(a.links, b.links);
  });

  it('a goal of its own members only shares with goals of the same scope', () => {
    const own = cc.info(goal(ws, 'nord#eget'));
    assert.deepEqual([...own.members], ['nord']);
    assert.equal(own.members, cc.info(goal(ws, 'nord#eget-to')).members);
    assert.notEqual(own.members, cc.info(goal(ws, 'nord#sak')).members);
  });

  it('goals that require nothing share the empty resource set; one that requires has its own links', () => {
    const none = cc.info(goal(ws, 'selskap#lonn'));
    assert.equal(none.resources.size, 0);
    assert.equal(none.resources, cc.info(goal(ws, 'nord#eget')).resources);
    const requires = cc.info(goal(ws, 'selskap#arkiv'));
    assert.deepEqual([...requires.resources], ['utviklingskapasitet']);
    assert.ok(requires.links.includes('r:utviklingskapasitet'));
    // Its own list, so the scope's shared list stays as it was.
    assert.ok(!none.links.includes('r:utviklingskapasitet'));
  });

  it('goals with the same window share it', () => {
    assert.equal(cc.info(goal(ws, 'nord#eget')).window, cc.info(goal(ws, 'nord#eget-to')).window);
  });
});
