/**
 * The way out of a conflict for a goal whose scope is a list of members:
 * take the shared members out of that list (`Omfang: storby, midtby,
 * fjellbygd` → without fjellbygd), rather than list them again under
 * `Unntak`. A goal for `alle` is still differentiated with `Unntak`.
 */
import { strict as assert } from 'node:assert';
import { CONFIG, CONFIG_NB, CONFIG_NN } from '../helpers/workspace.js';
import { analyzeConflictRule, conflictMd as md } from '../helpers/rules.js';

const company = (scope: string) => md('ikt-fjord', `## Felles arkiv {#arkiv}\n\n- Område: sak-arkiv\n- Innføre: Elements\n- Omfang: ${scope}\n- Frist: 2026-12-31\n`);
const FJELLBYGD = md('fjellbygd', '## Behalde arkivet {#arkiv}\n\n- Område: sak-arkiv\n- Behalde: Public 360\n- Frist: 2026-12-31\n');

function messages(config: string, scope: string): string[] {
  return analyzeConflictRule('conflict-system-choice', { 'samstemt.yaml': config, 'ikt-fjord.md': company(scope), 'fjellbygd.md': FJELLBYGD }).map((d) => d.message);
}

describe('conflict ways out: a goal scoped to a list of members', function () {
  this.timeout(10000);

  it('asks to take the member out of the list, in nb, nn and en, on both goals', () => {
    for (const [config, way] of [
      [CONFIG_NB, 'ta fjellbygd ut av `Omfang` i «Felles arkiv»'],
      [CONFIG_NN, 'ta fjellbygd ut av `Omfang` i «Felles arkiv»'],
      [CONFIG, 'take fjellbygd out of `Omfang` in «Felles arkiv»'],
    ] as const) {
      const ms = messages(config, 'storby, midtby, fjellbygd');
      assert.equal(ms.length, 2);
      for (const m of ms) {
        assert.ok(m.includes(way), m);
        assert.doesNotMatch(m, /`Unntak/);
      }
    }
  });

  it('still differentiates a goal for all members with `Unntak`', () => {
    for (const m of messages(CONFIG_NB, 'alle')) assert.ok(m.includes('differensier med `Unntak: fjellbygd` i «Felles arkiv»'), m);
  });
});
