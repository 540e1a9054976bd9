/**
 * possible-conflict and goals that move *away* from own solutions: «Færre
 * eigne system», «Avvikle eige arkivsystem», «Fase ut dei lokale serverane»
 * say the same as the company's «felles» goal, not the opposite. A
 * `felles`/`egen`/`lokal` word after a word that reduces or retires what
 * follows pulls the other way (and «avvikle den felles brukerstøtten» against
 * «felles brukerstøtte» is a hint); and on the other axes
 * «egne systemer» and «felles systemer» are different things, so «redusere
 * egne systemer» does not pull against «øke bruken av felles systemer».
 */
import { strict as assert } from 'node:assert';
import { CONFIG } from '../helpers/workspace.js';
import { analyzeConflictRule as analyzeRule, conflictMd as md } from '../helpers/rules.js';

const RULE = 'possible-conflict';

/** The hints between a company goal and a Fjellbygd goal (scope: all members, so they overlap). */
function hints(company: string, member: string): string[] {
  const files = {
    'samstemt.yaml': CONFIG,
    'ikt-fjord.md': md('ikt-fjord', `## ${company} {#selskap}\n\n- Omfang: alle\n- Frist: 2026-12-31\n`),
    'fjellbygd.md': md('fjellbygd', `## ${member} {#medlem}\n\n- Frist: 2026-12-31\n`),
  };
  return analyzeRule(RULE, files).map((d) => d.goal!);
}

describe(`${RULE}: goals that move away from own solutions`, function () {
  this.timeout(10000);

  const agree: [string, string][] = [
    ['Flere brukere av de felles systemene', 'Færre eigne system'],
    ['Innføre felles arkivsystem', 'Avvikle eige arkivsystem og gå over til det felles'],
    ['Øke bruken av felles systemer', 'Redusere antall egne systemer'],
    ['Felles løsninger for alle', 'Fase ut dei eigne løysingane'],
    ['Felles servere i IKT Fjord', 'Legge ned de lokale serverne'],
    // Both move away from the shared support.
    ['Lokal brukerstøtte i hver kommune', 'Avvikle den felles brukerstøtten'],
  ];
  for (const [company, member] of agree) {
    it(`gives no hint between «${company}» and «${member}»`, () => {
      assert.deepEqual(hints(company, member), []);
    });
  }

  it('reads English goals the same way', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'ikt-fjord.md': md('ikt-fjord', '## Shared servers for all members {#servers}\n\n- Scope: all\n'),
      'fjellbygd.md': md('fjellbygd', '## Fewer local servers {#fewer}\n\nWe will phase out our own servers.\n'),
    };
    assert.deepEqual(analyzeRule(RULE, files), []);
  });

  const pullApart: [string, string][] = [
    // The same kind of solution, opposite ways.
    ['Øke antall egne systemer i hver kommune', 'Redusere antall egne systemer'],
    ['Felles brukerstøtte for alle medlemmene', 'Egen brukerstøtte på rådhuset'],
    // Retiring the shared support is a pull towards an own one.
    ['Felles brukerstøtte for alle medlemmene', 'Avvikle den felles brukerstøtten'],
    // «ikke redusere» is no reduction: the own archive stays.
    ['Felles arkivsystem', 'Ikke redusere, men beholde eget arkivsystem'],
  ];
  for (const [company, member] of pullApart) {
    it(`still hints at «${company}» against «${member}»`, () => {
      assert.deepEqual(hints(company, member).sort(), ['fjellbygd#medlem', 'ikt-fjord#selskap']);
    });
  }
});
