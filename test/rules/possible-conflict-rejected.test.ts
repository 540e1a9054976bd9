/**
 * possible-conflict and prose that rejects what it names: «Eigen servicedesk
 * er ikkje aktuelt» says the opposite of wanting an own service desk, as
 * «ikkje eigen servicedesk» would. A direction word before «er ikke / ikkje
 * aktuelt», «er uaktuelt», «er ikke ønskelig», «er ikkje eit alternativ»,
 * «is not an option» in the same clause gives no signal, as a direction word
 * right after a negation gives none.
 */
import { strict as assert } from 'node:assert';
import { CONFIG } from '../helpers/workspace.js';
import { analyzeConflictRule as analyzeRule, conflictMd as md } from '../helpers/rules.js';

const RULE = 'possible-conflict';

/** The goals with a hint between a company goal and a Fjellbygd goal (scope: all members, so they overlap). */
function hints(company: string, member: string, description = ''): string[] {
  const files = {
    'samstemt.yaml': CONFIG,
    'ikt-fjord.md': md('ikt-fjord', `## ${company} {#selskap}\n\n- Omfang: alle\n- Frist: 2026-12-31\n`),
    'fjellbygd.md': md('fjellbygd', `## ${member} {#medlem}\n\n- Frist: 2026-12-31\n\n${description}\n`),
  };
  return analyzeRule(RULE, files).map((d) => d.goal!);
}

describe(`${RULE}: prose that rejects what it names`, function () {
  this.timeout(10000);

  const rejected: [string, string, string?][] = [
    ['Felles servicedesk for alle', 'Eigen servicedesk er ikkje aktuelt', 'Vi går over til den felles servicedesken.'],
    ['Felles servicedesk for alle', 'Egen servicedesk er ikke aktuelt for Fjellbygd'],
    ['Felles drift for alle medlemmene', 'Lokal drift er uaktuelt'],
    ['Felles drift for alle medlemmene', 'Drifta i Fjellbygd', 'Eiga drift er ikkje lenger eit alternativ.'],
    ['Felles innkjøp av lisenser', 'Egne innkjøp av lisenser er ikke ønskelig'],
    ['Shared hosting for all members', 'Own hosting is not an option'],
  ];
  for (const [company, member, description] of rejected) {
    it(`gives no hint between «${company}» and «${member}${description ? ` ${description}` : ''}»`, () => {
      assert.deepEqual(hints(company, member, description), []);
    });
  }

  const meant: [string, string][] = [
    ['Felles servicedesk for alle', 'Eigen servicedesk i Fjellbygd'],
    ['Felles drift for alle medlemmene', 'Lokal drift er det beste for Fjellbygd'],
    ['Shared hosting for all members', 'Own hosting in Fjellbygd'],
    // «uten alternativ» is no rejection: there is no alternative to it.
    ['Felles drift for alle medlemmene', 'Lokal drift er uten alternativ i Fjellbygd'],
  ];
  for (const [company, member] of meant) {
    it(`still gives the hint between «${company}» and «${member}»`, () => {
      assert.deepEqual(hints(company, member).sort(), ['fjellbygd#medlem', 'ikt-fjord#selskap']);
    });
  }
});
