/**
 * The findings for what Word and Pandoc leave in a document (an ID below its
 * heading, values in a list below their key, goals in table rows, a goal
 * heading in a quote or a list item, a multiline table, an anchored
 * sub-heading) stand on the same line and UTF-16 column with CRLF, mixed and
 * CR line endings as with LF, and their fixes keep the line endings.
 */
import { strict as assert } from 'node:assert';
import { analyze, CONFIG, type TestDiagnostic } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

const DOC = [
  '---',
  'owner: storby',
  '---',
  '',
  '# Plan 😀 for «Storby»',
  '',
  '| Mål | Frist |',
  '|---|---|',
  '| Felles 😀 HR {#felles-hr} | 2026 |',
  '',
  '## Logg 😀',
  '{#logg}',
  '',
  '## Arkiv 😀 {#arkiv}',
  '',
  '- Område: sikkerhet',
  '- Frist: 2026',
  '- Støtter:',
  '  - DS19-I9',
  '  - DN30-F3',
  '',
  '### Nøkkeltall <a id="nokkeltall"></a>',
  '',
  'Tall fra 2025.',
  '',
  '> ## Sitert 😀 mål {#sitert}',
  '>',
  '> - Frist: 2027',
  '',
  '1. ## Nummerert {#nummerert}',
  '',
  '   - Frist: 2027',
  '   - Støtter: DS19-M2, DN30-M1',
  '',
  '## Personvern {#personvern}',
  '',
  '  ---------------------------------------',
  '  Egenskap            Verdi',
  '  ------------------- -------------------',
  '  Område              sikkerhet',
  '',
  '  Frist               2026',
  '  ---------------------------------------',
  '',
];

const where = (d: TestDiagnostic) => `${d.rule} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`;
const mine = (text: string) => analyze({ 'samstemt.yaml': CONFIG, 'storby.md': text }).filter((d) => d.file === 'storby.md');
const files = (text: string) => ({ 'samstemt.yaml': CONFIG, 'storby.md': text });
const LF = DOC.join('\n');

describe('Word and Pandoc constructs with CRLF, mixed and CR line endings', () => {
  const lf = mine(LF);

  it('has the findings the document is made for', () => {
    const messages = lf.map(where).join('\n');
    for (const m of [/stands in a table/, /on a line of its own below the heading/, /stand in a list below its line/, /stands in a block quote/, /stands in a list item/, /its deadline on line \d+ is not read/]) assert.match(messages, m);
    assert.ok(!/nokkeltall/.test(messages), messages);
  });

  for (const [name, text] of [
    ['CRLF', DOC.join('\r\n')],
    ['mixed CRLF and LF', DOC.map((line, i) => (i === 0 ? '' : i % 2 ? '\r\n' : '\n') + line).join('')],
    ['CR', DOC.join('\r')],
  ] as const) {
    it(`reports every diagnostic of a ${name} document where the LF document has it, and fixes it alike`, () => {
      const found = mine(text);
      assert.deepEqual(found.map(where), lf.map(where));
      for (let k = 0; k < found.length; k++) {
        for (let f = 0; f < found[k]!.fixes.length; f++) {
          const fixed = applyFix(files(text), found[k]!, f)['storby.md']!;
          assert.equal(fixed.replace(/\r\n?/g, '\n'), applyFix(files(LF), lf[k]!, f)['storby.md'], `${where(found[k]!)} — fix ${f}`);
          if (name === 'CRLF') assert.ok(!/\r(?!\n)|(?<!\r)\n/.test(fixed), `${where(found[k]!)} — fix ${f} keeps CRLF`);
          if (name === 'CR') assert.ok(!fixed.includes('\n'), `${where(found[k]!)} — fix ${f} keeps CR`);
        }
      }
    });
  }
});
