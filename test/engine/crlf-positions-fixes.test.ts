/**
 * Documents with Windows line endings (CRLF), or with CRLF and LF mixed in
 * one file (a document edited on Windows and elsewhere), or even lone CRs: every diagnostic
 * stands on the same line and UTF-16 column as in the LF document, and every
 * quick fix does what it does there, writing CRLF where the document does.
 */
import { strict as assert } from 'node:assert';
import { analyze, CONFIG, type TestDiagnostic } from '../helpers/workspace.js';
import { applyFix, loneBreaks } from '../helpers/fixes.js';

/** A document with a problem of nearly every kind a quick fix is offered for. */
const DOC = [
  '---',
  'owner: storby',
  'title: Strategi for Storby – «digital først» 😀',
  '---',
  '',
  '## Felles HR 😀 for alle {#felles-hr}',
  '',
  'Vi trenger ett personalsystem.',
  'Frist: 2026',
  '',
  '## Digital byggesak {#digital-byggesak}',
  '',
  '- Fristt: 31.12.2026',
  '- Innføre: ~~Public 360~~',
  '- Bidrar',
  '  til: storby#felles-hrr',
  '- Status: Ferdig!',
  '  - Prioritet: høy',
  '<!-- TODO: sjekk med økonomi -->',
  '- Område: hr',
  '',
  '* Støtter: DS19-M2',
  '',
  '### Nøkkeltall',
  '',
  '- Målverdi: 80 %',
  '',
  '## Felles arkiv <a id="felles-arkiv"></a>',
  '',
  '- Frist: 2027',
  '- Frist: 2028',
  '',
  '> - Behov: bedre arkiv',
  '',
  '**Sikkerhet {#sikkerhet}**',
  '',
  '## Felles lønn {#felles-lonn}\\',
  '',
  '- Omfang: alle',
  '- Innføre: Visma',
  '',
];

const LF = DOC.join('\n');
const CRLF = DOC.join('\r\n');
/** Every other line break CRLF: as a file edited on Windows and elsewhere. */
const MIXED = DOC.map((line, i) => (i === 0 ? '' : i % 2 ? '\r\n' : '\n') + line).join('');

const where = (d: TestDiagnostic) => `${d.rule} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`;
const mine = (files: Record<string, string>) => analyze(files).filter((d) => d.file === 'storby.md');
const files = (text: string) => ({ 'samstemt.yaml': CONFIG, 'storby.md': text });
const toLf = (text: string) => text.replace(/\r\n/g, '\n');

describe('CRLF and mixed line endings: positions and quick fixes', () => {
  const lf = mine(files(LF));

  it('has a fix for many kinds of problem (the document covers them)', () => {
    assert.ok(lf.filter((d) => d.fixes.length).length >= 12, lf.map(where).join('\n'));
  });

  // A lone CR ends a line too (old Mac programs; LSP and Markdown count it).
  for (const [name, text] of [['CRLF', CRLF], ['mixed CRLF and LF', MIXED], ['CR', DOC.join('\r')]] as const) {
    it(`reports every diagnostic of a ${name} document on the same line and UTF-16 column as in the LF document`, () => {
      assert.deepEqual(mine(files(text)).map(where), lf.map(where));
    });
  }

  it('applies every quick fix of a CRLF document as in the LF document, keeping CRLF', () => {
    const crlf = mine(files(CRLF));
    let checked = 0;
    for (let k = 0; k < crlf.length; k++) {
      const d = crlf[k]!;
      for (let f = 0; f < d.fixes.length; f++) {
        const fixed = applyFix(files(CRLF), d, f)['storby.md']!;
        const title = `${where(d)} — fix ${f}`;
        assert.deepEqual(loneBreaks(fixed), [], title);
        assert.equal(toLf(fixed), applyFix(files(LF), lf[k]!, f)['storby.md'], title);
        // The problem is gone: nothing of its rule with its message stays at its place.
        const after = mine(files(fixed));
        if (d.fixes[f]!.preferred) assert.ok(!after.some((x) => where(x) === where(d)), `still there after ${title}`);
        checked++;
      }
    }
    assert.ok(checked >= 12, `${checked} fixes checked`);
  });

  it('applies every quick fix of a mixed document as in the LF document, adding no lone CR', () => {
    const mixed = mine(files(MIXED));
    for (let k = 0; k < mixed.length; k++) {
      const d = mixed[k]!;
      for (let f = 0; f < d.fixes.length; f++) {
        const fixed = applyFix(files(MIXED), d, f)['storby.md']!;
        assert.ok(!/\r(?!\n)/.test(fixed), `${where(d)} — fix ${f}`);
        assert.equal(toLf(fixed), applyFix(files(LF), lf[k]!, f)['storby.md'], `${where(d)} — fix ${f}`);
      }
    }
  });
});
