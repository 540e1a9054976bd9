/**
 * A period written as plans often title themselves, with the end year in two
 * digits: `periode: 2021–24` is 2021–2024. Read so, the goals of a plan that
 * ended in 2024 are no longer taken as active in every year (an unread period
 * leaves their windows open), so they do not conflict with goals of 2026.
 */
import { strict as assert } from 'node:assert';
import { CONFIG_NB } from '../helpers/workspace.js';
import { analyze } from '../helpers/workspace.js';

const COMPANY = '---\nowner: ikt-fjord\nperiod: 2026–2029\n---\n\n## Felles personalsystem {#felles-hr}\n\n- Område: hr\n- Innføre: Visma HRM\n- Omfang: alle\n- Behov: Fire ulike systemer\n- Frist: 2027-12-31\n';
const member = (period: string) => `---\nowner: fjellbygd\nperiode: ${period}\n---\n\n## Nytt lønnssystem {#lonn}\n\n- Område: hr\n- Innføre: Huldt & Lillevik Lønn\n- Behov: Gammelt system\n`;

function findings(period: string): string[] {
  return analyze({ 'samstemt.yaml': CONFIG_NB, 'ikt-fjord.md': COMPANY, 'fjellbygd.md': member(period) })
    .filter((d) => d.rule === 'conflict-system-choice' || (d.rule === 'invalid-value' && d.file === 'fjellbygd.md'))
    .map((d) => `${d.rule} ${d.file}`);
}

describe('a period with a two-digit end year', function () {
  this.timeout(10000);

  it('reads «2021–24» as 2021–2024: a plan that ended before the company’s goal starts does not conflict with it', () => {
    for (const period of ['2021–24', '2021-24', '2021 – 24']) assert.deepEqual(findings(period), [], period);
  });

  it('still finds the conflict when the short period reaches the company’s goal', () => {
    assert.deepEqual(findings('2025–28'), ['conflict-system-choice fjellbygd.md', 'conflict-system-choice ikt-fjord.md']);
  });

  it('reports an end that would come before the start as reversed, not as a later century', () => {
    const ds = analyze({ 'samstemt.yaml': CONFIG_NB, 'fjellbygd.md': member('2025–19') }).filter((d) => d.rule === 'invalid-value');
    assert.equal(ds.length, 1);
    assert.match(ds[0]!.message, /2019/);
  });
});
