/**
 * A reason for an accepted conflict written in parentheses after the
 * reference (`Aksepterer: ikt-fjord#felles-hr (vedtatt i styret 2025-02-01)`),
 * as advisers write an aside, is quoted as the reason itself: «vedtatt i
 * styret 2025-02-01», not «(vedtatt i styret 2025-02-01)».
 */
import { strict as assert } from 'node:assert';
import { CONFIG_NB } from '../helpers/workspace.js';
import { analyzeConflictRule, conflictMd as md } from '../helpers/rules.js';

const COMPANY = md('ikt-fjord', '## Felles personalsystem {#felles-hr}\n\n- Område: hr\n- Innføre: Visma HRM\n- Omfang: alle\n- Frist: 2026-12-31\n');
const keep = (accepts: string) => md('fjellbygd', `## Behold lønn {#behold-lonn}\n\n- Område: hr\n- Beholde: Huldt & Lillevik Lønn\n- Frist: 2026-12-31\n- Aksepterer: ${accepts}\n`);

function reasons(accepts: string): string[] {
  const ds = analyzeConflictRule('conflict-system-choice', { 'samstemt.yaml': CONFIG_NB, 'ikt-fjord.md': COMPANY, 'fjellbygd.md': keep(accepts) });
  assert.equal(ds.length, 2, accepts);
  return ds.map((d) => {
    assert.equal(d.severity, 'info', d.message);
    return /Begrunnelse \(i «Behold lønn»\): (.*)$/.exec(d.message)![1]!;
  });
}

describe('accepted conflicts: a reason in parentheses', () => {
  it('quotes the reason without the parentheses around it, on both goals', () => {
    assert.deepEqual(reasons('ikt-fjord#felles-hr (vedtatt i styret 2025-02-01)'), ['«vedtatt i styret 2025-02-01»', '«vedtatt i styret 2025-02-01»']);
    assert.deepEqual(reasons('ikt-fjord#felles-hr — (vedtatt i styret 2025-02-01)'), ['«vedtatt i styret 2025-02-01»', '«vedtatt i styret 2025-02-01»']);
  });

  it('keeps parentheses that do not wrap the whole reason', () => {
    assert.deepEqual(reasons('ikt-fjord#felles-hr — vedtatt i styret (sak 12/25)'), ['«vedtatt i styret (sak 12/25)»', '«vedtatt i styret (sak 12/25)»']);
    assert.deepEqual(reasons('ikt-fjord#felles-hr (sak 12/25) vedtatt i styret (mars)'), ['«(sak 12/25) vedtatt i styret (mars)»', '«(sak 12/25) vedtatt i styret (mars)»']);
  });

  it('reads empty parentheses as no reason', () => {
    const ds = analyzeConflictRule('conflict-system-choice', { 'samstemt.yaml': CONFIG_NB, 'ikt-fjord.md': COMPANY, 'fjellbygd.md': keep('ikt-fjord#felles-hr ()') });
    assert.ok(ds.every((d) => d.severity === 'info' && /ingen begrunnelse/.test(d.message)), ds.map((d) => d.message).join('\n'));
  });
});
