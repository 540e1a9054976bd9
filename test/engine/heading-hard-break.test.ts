/**
 * A backslash at the end of a goal heading, `## Felles HR {#felles-hr}\`:
 * Pandoc writes a hard line break that way (a Word heading ending in a manual
 * line break). Nothing follows it in the rendered heading, so the ID ends the
 * heading and the goal is read.
 */
import { strict as assert } from 'node:assert';
import { parseMarkdown, parseMarkdownWith } from '../../server/src/engine/parse/markdown.js';
import { analyze, CONFIG } from '../helpers/workspace.js';

const URI = 'file:///ws/storby.md';
const FM = `---\nowner: storby\n---\n\n`;
const LIST = `\n- Frist: 2026\n- Støtter: DS19-M2, DN30-M1\n`;

function parsed(text: string) {
  const doc = parseMarkdown(URI, text);
  assert.deepEqual(doc, parseMarkdownWith(URI, text, { fast: false }));
  return doc;
}

describe('A goal heading ending in a backslash (Pandoc hard break)', () => {
  for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n']] as const) {
    it(`reads \`## Felles HR {#felles-hr}\\\` as the goal felles-hr (${name})`, () => {
      const text = `${FM}## Felles HR {#felles-hr}\\\n${LIST}`.replace(/\n/g, eol);
      const doc = parsed(text);
      assert.deepEqual(doc.goals.map((g) => [g.id, g.title]), [['felles-hr', 'Felles HR']]);
      const g = doc.goals[0]!;
      assert.equal(text.slice(g.idSpan.start, g.idSpan.end), 'felles-hr');
      assert.deepEqual(analyze({ 'samstemt.yaml': CONFIG, 'storby.md': text }).filter((d) => d.file === 'storby.md' && ['invalid-value', 'goal-not-measurable', 'goal-unlinked'].includes(d.rule)), []);
    });
  }

  it('reads the backslash after a space, with spaces after it', () => {
    assert.deepEqual(parsed(`${FM}## Felles HR {#felles-hr} \\ \n${LIST}`).goals.map((g) => g.id), ['felles-hr']);
  });

  it('still reports an ID with words after it', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${FM}## Felles HR {#felles-hr} og lønn\n${LIST}` };
    assert.ok(analyze(files).some((d) => d.rule === 'invalid-value' && /middle of the heading/.test(d.message)));
  });
});
