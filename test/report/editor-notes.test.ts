/** The report's notes on what it leaves out say where to find the errors: `samstemt check` on the command line, the Problems panel in the editor. */
import { strict as assert } from 'node:assert';
import { missingNotes, omittedNote } from '../../server/src/report/i18n.js';

const unreadable = { members: [{ id: 'storby', name: 'Storby kommune', documents: 1 }], totals: { unreadable: [{ file: 'storby.md', owner: 'storby' }] } };

describe('report notes: where to find the errors', () => {
  it('names samstemt check by default (the CLI)', () => {
    assert.equal(omittedNote({ duplicateId: 1, noOwner: 0 }, 'nb'), 'Ikke med i rapporten: 1 mål med en ID som et annet mål hos samme eier også bruker (duplicate-goal-id). Rett disse feilene (se samstemt check) for å få dem med.');
    assert.match(missingNotes(unreadable, 'en')[0]!, /storby\.md \(Storby kommune\)\. Fix the errors \(see samstemt check\)\.$/);
  });

  it('names the Problems panel in the editor, in all three languages', () => {
    assert.match(omittedNote({ duplicateId: 0, noOwner: 2 }, 'en', 'editor')!, /Fix those errors \(see the Problems panel\) to bring them in\.$/);
    assert.match(omittedNote({ duplicateId: 0, noOwner: 2 }, 'nb', 'editor')!, /Rett disse feilene \(se panelet Problemer\) for å få dem med\.$/);
    assert.match(missingNotes(unreadable, 'nn', 'editor')[0]!, /Rett feila \(sjå panelet Problem\)\.$/);
  });
});
