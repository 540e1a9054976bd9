import { strict as assert } from 'node:assert';
import { InMemoryHost, createTestEngine } from '../helpers/workspace.js';
import { CONFLICT_RULES } from '../helpers/rules.js';
import { analysedConflictContext, conflictStats } from '../../server/src/engine/conflicts/context.js';
import { directionConflict, systemConflict } from '../../server/src/engine/conflicts/structured.js';
import { runRules } from '../../server/src/engine/runner.js';
import type { Diagnostic } from '../../server/src/engine/types.js';
import type { WorkspaceModel } from '../../server/src/engine/workspaceModel.js';

const AREAS = ['hr', 'okonomi', 'sak-arkiv', 'helse', 'oppvekst', 'innbyggertjenester', 'infrastruktur', 'sikkerhet'];
const SYSTEMS = ['Visma HRM', 'Visma Økonomi', 'Elements', 'Gerica', 'Visma Flyt Skole', 'Kommune-Kari', 'Azure', 'Sentinel'];
/** Topics of the members' own texts (the company writes about brukerstøtten, innkjøpet and arkivet). */
const TOPICS = ['opplæringen', 'driften', 'nettsidene', 'skjemaene', 'kartene'];

/**
 * A cooperation of `members` members with `perMember` goals each. The company
 * (`m0`) has one goal per area for all members, a shared-indicator goal and
 * three text goals; every member has its own goals of every kind: systems,
 * indicators with directions, texts with direction words, resources and
 * contributions. Planted conflicts: every 10th member keeps its own HR system,
 * every 20th drives the shared indicator down, every 15th wants to
 * decentralise user support, every 12th contributes too late.
 */
function cooperation(members: number, perMember: number): Record<string, string> {
  const ids = Array.from({ length: members }, (_, i) => `m${i}`);
  const files: Record<string, string> = {
    'samstemt.yaml':
      'cooperation: Skala\nlanguage: en\ndocuments: ["**/*.md"]\nmembers:\n' +
      ids.map((id, i) => `  ${id}: { name: Medlem ${i}, kind: ${i === 0 ? 'selskap' : 'kommune'} }\n`).join('') +
      'indicators:\n  medlemsavgift: { name: Medlemsavgift, shared: true }\nresources:\n  utviklingskapasitet: { owner: m0, capacity: 1000, unit: årsverk }\n',
  };
  for (const [i, id] of ids.entries()) {
    const goals: string[] = [];
    if (i === 0) {
      AREAS.forEach((area, k) => goals.push(`## Felles ${area} {#felles-${area}}\n\n- Område: ${area}\n- Innføre: ${SYSTEMS[k]}\n- Omfang: alle\n- Frist: 2026-12-31\n`));
      goals.push('## Høyere medlemsavgift {#avgift}\n\n- Indikator: medlemsavgift\n- Retning: øke\n');
      goals.push('## Sentralisere brukerstøtten {#brukerstotte}\n\n- Omfang: alle\n\nÉn felles brukerstøtte.\n');
      goals.push('## Standardisere innkjøpet {#innkjop}\n\n- Omfang: alle\n');
      goals.push('## Øke bruken av arkivet {#arkiv}\n\n- Omfang: alle\n');
    }
    for (let k = 0; goals.length < perMember; k++) {
      const area = AREAS[k % AREAS.length]!;
      const year = 2024 + (k % 4);
      switch (k % 6) {
        case 0: {
          // Same system as the company (agreement), except the planted HR conflicts.
          const own = k === 0 && i % 10 === 0 && i > 0;
          goals.push(`## System ${k} {#sys-${k}}\n\n- Område: ${area}\n- ${own ? 'Beholde: Eget lønnssystem' : `Innføre: ${SYSTEMS[k % AREAS.length]!.toUpperCase()}`}\n- Frist: ${year}-12-31\n`);
          break;
        }
        case 1:
          goals.push(`## Indikator ${k} {#ind-${k}}\n\n- Område: ${area}\n- Indikator: ${k < 6 && i % 20 === 0 && i > 0 ? 'medlemsavgift' : `eget tall ${k}`}\n- Retning: ${k % 4 === 1 ? 'redusere' : 'øke'}\n`);
          break;
        case 2: {
          const topic = k < 6 && i % 15 === 0 && i > 0 ? 'brukerstøtten' : TOPICS[(i + k) % TOPICS.length];
          goals.push(`## Desentralisere ${topic} {#tekst-${k}}\n\n- Område: ${area}\n\nVi vil redusere ventetida i ${TOPICS[(i + k + 1) % TOPICS.length]} lokalt.\n`);
          break;
        }
        case 3:
          goals.push(`## Ressurs ${k} {#res-${k}}\n\n- Fra: ${year}-01-01\n- Frist: ${year}-12-31\n- Krever: utviklingskapasitet 1\n`);
          break;
        case 4:
          goals.push(`## Bidrag ${k} {#bidrag-${k}}\n\n- Frist: ${k < 6 && i % 12 === 0 && i > 0 ? '2027-06-30' : '2026-06-30'}\n- Bidrar til: m0#felles-${area}\n`);
          break;
        default:
          goals.push(`## Mål ${k} {#mal-${k}}\n\n- Område: ${area}\n- Frist: ${year}-12-31\n\nEt mål uten konflikter.\n`);
      }
    }
    files[`${id}.md`] = `---\nowner: ${id}\nperiod: 2024–2027\n---\n\n# Strategi for ${id}\n\n${goals.slice(0, perMember).join('\n')}`;
  }
  return files;
}

function run(files: Record<string, string>): { ws: WorkspaceModel; diagnostics: Diagnostic[] } {
  const result = createTestEngine(new InMemoryHost(files), { rules: CONFLICT_RULES }).analyze();
  assert.deepEqual(result.errors, []);
  return { ws: result.workspaces[0]!, diagnostics: [...result.diagnostics.values()].flat() };
}

describe('conflict indexes at scale', function () {
  this.timeout(60000);

  it('compares far fewer pairs than all pairs of 60 members × 30 goals, and finds the planted conflicts', () => {
    const { ws, diagnostics } = run(cooperation(60, 30));
    const n = ws.goals.length;
    assert.equal(n, 1800);
    const stats = conflictStats(ws);
    const allPairs = (n * (n - 1)) / 2;
    // 60 × 30: 1 619 100 pairs of goals; the rules compare about 600 (see the report in the docs).
    assert.ok(stats.comparisons <= n, `comparisons ${stats.comparisons} should stay within the goal count ${n}`);
    assert.ok(stats.comparisons < allPairs / 1000, 'comparisons should be a vanishing part of all pairs');
    assert.ok(stats.bucketPairs <= 2 * n, `bucket visits ${stats.bucketPairs} should stay within twice the goal count`);

    const by = (rule: string) => diagnostics.filter((d) => d.rule === rule);
    // m10..m50: own HR system against the company's Visma HRM, on both goals.
    assert.equal(by('conflict-system-choice').length, 2 * 5);
    // m20, m40: the shared indicator down against the company's goal up.
    assert.equal(by('conflict-direction').length, 2 * 2);
    // m15, m30, m45: decentralise user support against the company's centralisation.
    assert.equal(by('possible-conflict').length, 2 * 3);
    // m12, m24, m36, m48: a contribution due after the company's deadline.
    assert.equal(by('conflict-deadline').length, 2 * 4);
  });

  it('grows with the goals, not with their square', () => {
    const small = conflictStats(run(cooperation(30, 30)).ws);
    const large = conflictStats(run(cooperation(60, 30)).ws);
    const ratio = large.comparisons / small.comparisons;
    assert.ok(ratio < 2.5, `twice the goals should cost about twice the comparisons, not four times (ratio ${ratio.toFixed(2)})`);
  });

  it('counts one analysis, even when the rules run again on the same model', () => {
    const { ws } = run(cooperation(12, 12));
    const before = structuredClone(conflictStats(ws));
    assert.ok(before.comparisons > 0);
    runRules(ws, CONFLICT_RULES, { lang: 'en', overrides: {} });
    const { evaluated, replayed, filed, ...again } = conflictStats(ws);
    const { evaluated: evaluatedBefore, replayed: replayedBefore, filed: filedBefore, ...counts } = before;
    assert.deepEqual(again, counts);
    // The second run compares the same pairs, replaying what the first evaluated.
    assert.ok(evaluatedBefore > 0);
    assert.equal(replayedBefore, 0);
    assert.deepEqual([evaluated, replayed], [0, evaluatedBefore]);
    // … and finds every goal filed in the candidate indexes already.
    assert.ok(filedBefore > 0);
    assert.equal(filed, 0);
  });

  it('finds the same structured conflicts as comparing every pair', () => {
    const { ws, diagnostics } = run(cooperation(24, 18));
    const cc = analysedConflictContext(ws);
    const expected = { 'conflict-system-choice': new Set<string>(), 'conflict-direction': new Set<string>() };
    const goals = cc.goals();
    for (let i = 0; i < goals.length; i++) {
      for (let j = i + 1; j < goals.length; j++) {
        const [a, b] = [goals[i]!, goals[j]!];
        if (!cc.overlap(a, b)) continue;
        if (systemConflict(cc, a, b)) expected['conflict-system-choice'].add(a.key).add(b.key);
        if (directionConflict(cc, a, b)) expected['conflict-direction'].add(a.key).add(b.key);
      }
    }
    for (const rule of ['conflict-system-choice', 'conflict-direction'] as const) {
      const found = new Set(diagnostics.filter((d) => d.rule === rule).map((d) => d.goal!));
      assert.deepEqual([...found].sort(), [...expected[rule]].sort(), rule);
      assert.ok(found.size > 0, `${rule}: the workspace should hold conflicts`);
    }
  });
});
