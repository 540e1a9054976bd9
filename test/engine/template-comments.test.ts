/**
 * HTML comments in strategy documents, as templates and reviewers leave them
 * (`<!-- TODO: sjekk med økonomi -->`): the rendered document does not show
 * them, so they neither split a goal's property list nor count as its text.
 */
import { strict as assert } from 'node:assert';
import { STORBY_HEAD as HEAD, goalOf, props } from '../helpers/oneGoal.js';
import { analyze, CONFIG } from '../helpers/workspace.js';

/** The findings that say a property was not read or is missing. */
function unread(text: string) {
  return analyze({ 'samstemt.yaml': CONFIG, 'storby.md': text }).filter((d) => ['unknown-property', 'goal-not-measurable', 'goal-unlinked', 'invalid-value'].includes(d.rule));
}

describe('HTML comments between the properties of a goal', () => {
  it('reads the items after a comment line as properties of the same list', () => {
    const text = `${HEAD}- Område: hr\n<!-- TODO: sjekk med økonomi -->\n- Frist: 2026\n- Støtter: DS19-M2\n`;
    assert.deepEqual(props(text), { Område: 'hr', Frist: '2026', Støtter: 'DS19-M2' });
    assert.deepEqual(unread(text), []);
  });

  it('reads on past a comment over several lines, with blank lines around it, and past two comments', () => {
    const text = `${HEAD}- Område: hr\n\n<!--\n  Mal: fyll inn frist\n  og kobling\n-->\n\n- Frist: 2026\n<!-- a --> <!-- b -->\n- Støtter: DS19-M2\n`;
    assert.deepEqual(props(text), { Område: 'hr', Frist: '2026', Støtter: 'DS19-M2' });
    assert.deepEqual(unread(text), []);
  });

  it('reads CRLF documents the same way', () => {
    const text = `${HEAD}- Område: hr\n<!-- TODO -->\n- Frist: 2026\n- Støtter: DS19-M2\n`.replace(/\n/g, '\r\n');
    assert.deepEqual(props(text), { Område: 'hr', Frist: '2026', Støtter: 'DS19-M2' });
    assert.deepEqual(unread(text), []);
  });

  it('adds a quick fix for a later property at the end of the joined list, not before the comment', () => {
    const text = `${HEAD}- Område: hr\n<!-- TODO -->\n- Frist: 2026\n`;
    const goal = goalOf(text);
    assert.equal(goal.insertAt.offset, text.indexOf('2026') + 4);
  });

  it('does not count a comment as the goal\'s description', () => {
    const text = `${HEAD}<!-- Skriv behovet her -->\n\nVi trenger felles saksbehandling.\n\n- Frist: 2026\n<!-- TODO: sjekk med økonomi -->\n- Støtter: DS19-M2\n\n<!-- slutt -->\n`;
    assert.equal(goalOf(text).description, 'Vi trenger felles saksbehandling.');
  });

  it('still reports a property in a list with another bullet after the comment (Markdown makes that a new list)', () => {
    const text = `${HEAD}- Område: hr\n<!-- TODO -->\n* Frist: 2026\n`;
    const found = unread(text).filter((d) => d.rule === 'unknown-property');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /new list|bullet/i);
  });

  it('still ends the property list at HTML that shows (a <div>)', () => {
    const text = `${HEAD}- Område: hr\n<div>Vedlegg</div>\n\n- Frist: 2026\n`;
    assert.deepEqual(props(text), { Område: 'hr' });
  });
});
