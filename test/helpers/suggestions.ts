/**
 * Link suggestions for goals written inline, as `samstemt suggest` ranks them:
 * shared by the tests of the ranker's word lists (test/engine/link-suggestions-*).
 */
import { createTestEngine, InMemoryHost } from './workspace.js';
import { MIN_SUGGESTION_SCORE } from '../../server/src/engine/findings.js';

export type Ranked = { objective: string; score: number; matched: string[] }[];

/** The five best suggestions for each goal of one member's document (`goals`: its Markdown after the front matter), by goal id. */
export function suggestions(config: string, goals: string): Map<string, Ranked> {
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

/** The objectives of a ranking, best first. */
export const objectives = (list: Ranked | undefined): string[] => (list ?? []).map((s) => s.objective);

/** The objectives goal-unlinked would offer: those that match well enough to be suggested. */
export const offered = (list: Ranked | undefined): string[] => objectives((list ?? []).filter((s) => s.score >= MIN_SUGGESTION_SCORE));

/** Every matched word of a ranking. */
export const matchedWords = (list: Ranked | undefined): string[] => (list ?? []).flatMap((s) => s.matched);
