import { strict as assert } from 'node:assert';
import { createTestEngine, InMemoryHost, CONFIG_NB, CONFIG_NN, CONFIG } from '../helpers/workspace.js';
import { MIN_SUGGESTION_SCORE } from '../../server/src/engine/findings.js';

/**
 * «Plan» is in every strategy (handlingsplan, plan for gjenoppretting, «ein plan for
 * gevinstar»): on its own it is no sign of the life event «Alvorlig sykt barn»,
 * whose keyword is «individuell plan». Beside a word of the topic it still counts.
 */
describe('link suggestions do not read «plan» alone as «individuell plan» (DS19-I2-L2)', function () {
  this.timeout(30_000);

  type Ranked = { objective: string; score: number; matched: string[] }[];
  /** The five best suggestions for each goal of one member's document, by goal id (what `samstemt suggest` prints). */
  function suggestions(config: string, goals: string): Map<string, Ranked> {
    const doc = `---\nowner: storby\nperiod: 2024–2027\n---\n\n${goals}`;
    const engine = createTestEngine(new InMemoryHost({ 'samstemt.yaml': config, 'storby.md': doc }));
    const out = new Map<string, Ranked>();
    for (const ws of engine.loadWorkspaces()) {
      for (const d of ws.documents) {
        for (const g of d.goals) out.set(g.id, ws.suggestions(g).slice(0, 5).map((s) => ({ objective: s.objective, score: s.score, matched: s.matched })));
      }
    }
    return out;
  }
  const objectives = (list: Ranked | undefined): string[] => (list ?? []).map((s) => s.objective);
  /** The objectives goal-unlinked would offer: those that match well enough to be suggested. */
  const offered = (list: Ranked | undefined): string[] => objectives((list ?? []).filter((s) => s.score >= MIN_SUGGESTION_SCORE));

  it('a plan for something else does not suggest «Alvorlig sykt barn», in bokmål, nynorsk and English', () => {
    for (const [config, text] of [
      [CONFIG_NB, '## Plan for gjenoppretting etter dataangrep {#a}\n'],
      [CONFIG_NB, '## Handlingsplan for digitalisering {#a}\n\nVi lager en plan med tiltak og ansvar for hvert år.\n'],
      [CONFIG_NN, '## Ein plan for kvart prosjekt {#a}\n\nKvart prosjekt skal ha ein plan og eit budsjett.\n'],
      [CONFIG, '## A plan for every project {#a}\n\nEach project has a plan and a budget.\n'],
    ] as const) {
      const s = suggestions(config, text);
      assert.ok(!offered(s.get('a')).includes('DS19-I2-L2'), `${text}: ${JSON.stringify(s.get('a'))}`);
    }
  });

  it('«individuell plan» for seriously ill children still suggests the life event', () => {
    const s = suggestions(CONFIG_NB, '## Individuell plan og koordinator for familier med alvorlig syke barn {#a}\n');
    assert.equal(objectives(s.get('a'))[0], 'DS19-I2-L2', JSON.stringify(s.get('a')));
  });
});
