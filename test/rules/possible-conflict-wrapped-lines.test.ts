/**
 * possible-conflict reads a Markdown paragraph that the author wrapped over
 * several lines (an editor's hard wrap, or a repository's 80 columns) as one
 * text: a direction word at the end of a line still reaches its topic on the
 * next («… én felles⏎brukerstøtte …»), and a sentence about today that goes
 * on over a line break is still about today («I dag har hver kommune sitt⏎
 * eget arkivsystem»). List items and paragraphs stay apart.
 */
import { strict as assert } from 'node:assert';
import { CONFIG } from '../helpers/workspace.js';
import { analyzeConflictRule as analyzeRule, conflictMd as md } from '../helpers/rules.js';

const RULE = 'possible-conflict';

const EGEN = md('fjellbygd', '## Egen brukerstøtte på rådhuset {#egen}\n\n- Frist: 2026-12-31\n\nDe ansatte skal få hjelp ansikt til ansikt.\n');

describe(`${RULE}: paragraphs wrapped over several lines`, function () {
  this.timeout(10000);

  it('reaches the topic on the next line of the paragraph', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'ikt-fjord.md': md('ikt-fjord', '## Én servicedesk {#servicedesk}\n\n- Omfang: alle\n- Frist: 2026-12-31\n\nAlle henvendelser fra de ansatte i medlemskommunene går til én felles\nbrukerstøtte i IKT Fjord, med ett telefonnummer.\n'),
      'fjellbygd.md': EGEN,
    };
    const ds = analyzeRule(RULE, files);
    assert.deepEqual(ds.map((d) => d.goal), ['fjellbygd#egen', 'ikt-fjord#servicedesk']);
    assert.match(ds[0]!.message, /says «Egen brukerstøtte», while «Én servicedesk» \(IKT Fjord AS\) says «felles brukerstøtte»/);
  });

  it('reads a description of today that goes on over a line break as today, to its full stop', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'ikt-fjord.md': md('ikt-fjord', '## Ett arkiv for alle medlemmene {#arkiv}\n\n- Omfang: alle\n- Frist: 2026-12-31\n\nI dag har hver kommune sitt\neget arkivsystem, og saker kan ikke deles.\n'),
      'fjellbygd.md': md('fjellbygd', '## Over på det felles arkivsystemet {#over}\n\n- Frist: 2026-12-31\n'),
    };
    assert.deepEqual(analyzeRule(RULE, files), []);
  });

  it('keeps the items of a list in a description apart', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'ikt-fjord.md': md('ikt-fjord', '## Tiltak for brukerstøtten {#tiltak}\n\n- Omfang: alle\n- Frist: 2026-12-31\n\nTiltak:\n\n* Nytt telefonnummer for alle, felles\n* brukerstøtte beholder dagens åpningstid\n'),
      'fjellbygd.md': EGEN,
    };
    assert.deepEqual(analyzeRule(RULE, files), []);
  });
});
