/**
 * possible-conflict on goals as cooperations write them, for audit 12
 * (test/fixtures/topics12, «Nordfjell IKT»): a company and four members of
 * 41 000, 8 200, 2 300 and 650 inhabitants, in bokmål, English and nynorsk.
 * The expectations are the fixture's EXPECTED.md, written from rules.md and
 * docs/rules/possible-conflict.md before the tool ran: true opposites in
 * several wordings give the hint on both goals with the words as written;
 * look-alikes (less paper / more digital, old system out / new system in,
 * own training on the shared platform, a negated direction) give none.
 */
import { strict as assert } from 'node:assert';
import { CONFIG_NB } from '../helpers/workspace.js';
import { analyzeConflictRule, conflictMd as md } from '../helpers/rules.js';

const RULE = 'possible-conflict';

describe(`${RULE}: look-alikes between two goals`, function () {
  this.timeout(10000);
  /** The goals with a hint between a company goal and a Fjellbygd goal (scope: all members, so they overlap). */
  const hints = (company: string, member: string) =>
    analyzeConflictRule(RULE, {
      'samstemt.yaml': CONFIG_NB,
      'ikt-fjord.md': md('ikt-fjord', `## ${company} {#selskap}\n\n- Omfang: alle\n- Frist: 2026-12-31\n`),
      'fjellbygd.md': md('fjellbygd', `## ${member} {#medlem}\n\n- Frist: 2026-12-31\n`),
    }).map((d) => d.goal!);

  const silent: [string, string, string][] = [
    // An old system retired, a new one introduced for the same need: «nytt» and «gamle» are different modifiers.
    ['Innføre nytt arkivsystem', 'Avvikle det gamle arkivsystemet', 'new vs old'],
    ['Innføre nye fagsystem', 'Fase ut gamle fagsystem', 'new vs old, plural'],
    ['Introduce a new payroll system', 'Retire the old payroll system', 'new vs old, English'],
  ];
  for (const [company, member, why] of silent) {
    it(`gives no hint between «${company}» and «${member}» (${why})`, () => {
      assert.deepEqual(hints(company, member), []);
    });
  }

  const meant: [string, string][] = [
    ['Innføre nytt arkivsystem', 'Avvikle det nye arkivsystemet'],
    ['Innføre nytt arkivsystem', 'Avvikle arkivsystemet'],
  ];
  for (const [company, member] of meant) {
    it(`still hints between «${company}» and «${member}»`, () => {
      assert.deepEqual(hints(company, member).sort(), ['fjellbygd#medlem', 'ikt-fjord#selskap']);
    });
  }
});
