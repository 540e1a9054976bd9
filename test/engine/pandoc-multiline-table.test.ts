/**
 * A Pandoc multiline table, as Pandoc writes a Word table with long cells:
 * a border of dashes, the header, a rule per column, and the rows separated
 * by blank lines. Markdown reads each row as a paragraph; a row whose first
 * column is a known key (`Frist      2026`) is reported as a key in a table,
 * every row and not only the first, so that goal-not-measurable points
 * to the deadline written there instead of saying there is none.
 */
import { strict as assert } from 'node:assert';
import { analyze, textAt, CONFIG } from '../helpers/workspace.js';
import { parseMarkdown, parseMarkdownWith } from '../../server/src/engine/parse/markdown.js';

const FM = `---\nowner: storby\n---\n\n`;
const TABLE = [
  '## Personvern i skolen {#personvern-skole}',
  '',
  '  -----------------------------------------------------------------------',
  '  Egenskap                            Verdi',
  '  ----------------------------------- -----------------------------------',
  '  Område                              sikkerhet',
  '',
  '  Frist                               2026',
  '',
  '  Merknad                             Gjelder alle skoler i kommunen,',
  '                                      også private.',
  '  -----------------------------------------------------------------------',
  '',
  'Alle skoler skal ha vurdert personvernet i de digitale verktøyene.',
  '',
  '  Støtter    DS19-I9',
  '',
].join('\n');

describe('Keys in the rows of a Pandoc multiline table', () => {
  it('reports every row whose first column is a key, and goal-not-measurable points to the deadline there', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${FM}${TABLE}` };
    const found = analyze(files).filter((d) => d.file === 'storby.md');
    const rows = found.filter((d) => d.rule === 'unknown-property');
    assert.deepEqual(rows.map((d) => textAt(files, d)), ['Område', 'Frist']);
    const measurable = found.find((d) => d.rule === 'goal-not-measurable')!;
    assert.match(measurable.message, /its deadline on line 12 is not read/);
    // The quick block reader and the full Markdown parser read the table alike.
    const uri = 'file:///ws/storby.md';
    assert.deepEqual(parseMarkdown(uri, files['storby.md']), parseMarkdownWith(uri, files['storby.md'], { fast: false }));
  });

  it('reads the last row, right above the bottom border, as a row and not as a heading: the text after the table stays the goal\'s', () => {
    const last = TABLE.replace('  Merknad                             Gjelder alle skoler i kommunen,\n                                      også private.\n', '').replace('  Frist                               2026\n\n', '  Frist                               2026\n');
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${FM}${last}` };
    const found = analyze(files).filter((d) => d.file === 'storby.md');
    assert.deepEqual(found.filter((d) => d.rule === 'unknown-property').map((d) => textAt(files, d)), ['Område', 'Frist']);
    const doc = parseMarkdown('file:///ws/storby.md', files['storby.md']);
    assert.match(doc.goals[0]!.description, /Alle skoler skal ha vurdert personvernet/);
    assert.match(parseMarkdown('file:///ws/storby.md', `${FM}${TABLE}`).goals[0]!.description, /Alle skoler skal ha vurdert personvernet/);
  });

  it('leaves the paragraphs after a simple table (no border above its header) as text', () => {
    const simple = ['## Personvern i skolen {#personvern-skole}', '', '  Egenskap   Verdi', '  ---------- ---------', '  Område     sikkerhet', '', '  Frist      er ikke satt ennå', '', '- Frist: 2026', ''].join('\n');
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${FM}${simple}` };
    assert.deepEqual(analyze(files).filter((d) => d.rule === 'unknown-property').map((d) => textAt(files, d)), ['Område']);
  });
});
