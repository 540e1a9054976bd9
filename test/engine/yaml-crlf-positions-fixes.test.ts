/**
 * YAML strategy documents and `samstemt.yaml` with Windows line endings
 * (CRLF), with CRLF and LF mixed, or with lone CRs: every diagnostic stands on
 * the same line and UTF-16 column as in the LF file, and every quick fix does
 * what it does there, writing CRLF where the file does. (The Markdown twin of
 * this test is crlf-positions-fixes.)
 */
import { strict as assert } from 'node:assert';
import { analyze, type TestDiagnostic } from '../helpers/workspace.js';
import { applyFix, loneBreaks } from '../helpers/fixes.js';

/** A YAML strategy document with a problem of nearly every kind a quick fix is offered for. */
const DOC = [
  '# Digitaliseringsstrategi for Storby – «digital først» 😀',
  'owner: storby',
  'title: Strategi for Storby 😀',
  'period: 2024–2027',
  'status: Vedtatt!',
  'goals:',
  '  - id: felles-hr',
  '    title: Felles HR 😀 for alle',
  '    area: hr',
  '    deadlne: 2026',
  '    supports: DS19-M22',
  '    need: >-',
  '      Medlemmene bruker fire ulike',
  '      personalsystemer.',
  '  - id: digital-byggesak',
  '    title: "Digital byggesak"',
  '    area: plan',
  '    deadline: 31.12.2026',
  '    adopt: ~~Public 360~~',
  '    contributes: storby#felles-hrr',
  '    scope: [storby, midtbyy]',
  '    status: Ferdig',
  '    priority: hoy',
  '    supports: [DS19-M2, ds19-i4]',
  '  - id: felles-hr',
  '    title: Felles arkiv',
  '    deadline: 2027',
  '    direction: opp',
  '    requires: utviklingskapasitet tre',
  '',
];

/** A document the YAML reader cannot read as it is: indented with a non-breaking space, as pasted from a web page. */
const PASTED = [
  'owner: midtby',
  'goals:',
  '  - id: arkiv',
  '\u00a0   title: Felles arkiv',
  '    deadline: 2026',
  '',
];

/** A document with no owner, and a tab and a half-typed key while the author writes. */
const UNFINISHED = [
  'title: Strategi for Fjellbygd',
  'goals:',
  '  - id: lonn',
  '    title: "Felles lønn',
  '\tdeadline: 2026',
  '    sup',
  '',
];

/** `samstemt.yaml` with problems of its own. */
const CONFIG_LINES = [
  '# Samstemt – IKT Fjord 😀',
  'cooperation: Test',
  'language: en',
  'frameworks: [DS19, DN30, DS91]',
  'documents: ["**/*.md", "**/*.yaml"]',
  'members:',
  '  storby: { name: Storby kommune, kind: kommune, population: 50000 }',
  '  midtby: { name: Midtby kommune, kind: kommunne, population: 15 000 }',
  '  ikt-fjord: { name: IKT Fjord AS, kind: selskap }',
  'areas: [hr, okonomi, sak-arkiv]',
  'resources:',
  '  utviklingskapasitet: { owner: ikt-fjordd, capacity: 12, unit: årsverk }',
  'rules:',
  '  goal-unlinkd: warning',
  '  solution-first: advarsel',
  'membrs: {}',
  '',
];

type Eol = (lines: string[]) => string;
const EOLS: [string, Eol][] = [
  ['CRLF', (l) => l.join('\r\n')],
  // Every other line break CRLF: as a file edited on Windows and elsewhere.
  ['mixed CRLF and LF', (l) => l.map((line, i) => (i === 0 ? '' : i % 2 ? '\r\n' : '\n') + line).join('')],
  // A lone CR ends a line too (old Mac programs; YAML, LSP and Markdown count it).
  ['CR', (l) => l.join('\r')],
];
const LF: Eol = (l) => l.join('\n');

const where = (d: TestDiagnostic) => `${d.file} ${d.rule} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`;
const files = (doc: Eol, config: Eol) => ({ 'samstemt.yaml': config(CONFIG_LINES), 'storby.yaml': doc(DOC), 'midtby.yaml': doc(PASTED), 'fjellbygd.yaml': doc(UNFINISHED) });
const toLf = (text: string) => text.replace(/\r\n?/g, '\n');

describe('YAML documents and samstemt.yaml with CRLF, mixed or CR line endings: positions and quick fixes', () => {
  const lf = analyze(files(LF, LF));

  it('has findings and fixes in both files (the files cover them)', () => {
    for (const file of ['storby.yaml', 'samstemt.yaml']) {
      assert.ok(lf.filter((d) => d.file === file && d.fixes.length).length >= 5, lf.map(where).join('\n'));
    }
  });

  for (const [name, eol] of EOLS) {
    it(`reports every diagnostic of ${name} files on the same line and UTF-16 column as in the LF files`, () => {
      assert.deepEqual(analyze(files(eol, eol)).map(where), lf.map(where));
    });
  }

  for (const [name, eol] of EOLS) {
    it(`applies every quick fix of ${name} files as in the LF files, keeping their line endings`, () => {
      const written = files(eol, eol);
      const found = analyze(written);
      let checked = 0;
      for (let k = 0; k < found.length; k++) {
        const d = found[k]!;
        for (let f = 0; f < d.fixes.length; f++) {
          const fixed = applyFix(written, d, f);
          const plain = applyFix(files(LF, LF), lf[k]!, f);
          for (const file of Object.keys(written)) {
            const title = `${where(d)} — fix ${f}, ${file}`;
            if (name === 'CRLF') assert.deepEqual(loneBreaks(fixed[file]!), [], title);
            else if (name === 'CR') assert.ok(!fixed[file]!.includes('\n'), title);
            else assert.ok(!/\r(?!\n)/.test(fixed[file]!), title);
            assert.equal(toLf(fixed[file]!), plain[file], title);
          }
          checked++;
        }
      }
      assert.ok(checked >= 10, `${checked} fixes checked`);
    });
  }
});
