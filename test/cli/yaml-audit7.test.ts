/**
 * Fjordkyst IKT (test/fixtures/yaml-audit7): YAML strategies and a
 * samstemt.yaml written as authors write them — anchors and merge keys in
 * goals and members (with keys in another language over the merged ones),
 * flow lists and mappings, block scalars, quoted keys, bokmål, nynorsk and
 * English keys in one file, comments everywhere, a BOM, a very long line —
 * beside files with the mistakes YAML invites: a key given twice, a goal
 * without `id`, a number where a year was meant, `on`/`no` as values, a date
 * with a time, a tab used for indentation, two YAML documents in one file,
 * an unclosed quote, an empty file.
 *
 * Every finding a reader expects is written down below, with the exact text
 * it points at, before the check was run; the engine and the CLI
 * (`samstemt check --format json`) must give exactly these, and a broken
 * file hides nothing of the others.
 */
import { strict as assert } from 'node:assert';
import path from 'node:path';
import { analyze, readTree, REPO } from '../helpers/workspace.js';
import { checkedFixture } from '../helpers/fixture.js';

const DIR = 'test/fixtures/yaml-audit7';

/** [file, line, character, rule, the text it points at]. objective-uncovered (on samstemt.yaml) is left out: it lists the catalogs. */
const EXPECTED: [string, number, number, string, string][] = [
  // The company's shared archive: Elements for all (scope merged from the anchor `&felles`), while Havby and Nesvik keep Public 360.
  ['strategier/fjordkyst.yaml', 9, 9, 'uniform-mandate', 'alle'],
  ['strategier/fjordkyst.yaml', 16, 11, 'conflict-system-choice', 'Elements'],
  ['strategier/fjordkyst.yaml', 16, 11, 'conflict-system-choice', 'Elements'],
  // BOM on the first line: positions below it as in any file.
  ['strategier/havby.yaml', 8, 12, 'conflict-system-choice', 'Public 360'],
  ['strategier/havby.yaml', 9, 14, 'beyond-framework-period', '2027'],
  // The second YAML document is not read (its misspelt area is not reported), and says so at its `---`.
  ['strategier/nesvik-to-dokument.yaml', 7, 14, 'beyond-framework-period', '2026'],
  ['strategier/nesvik-to-dokument.yaml', 9, 0, 'parse-error', '---'],
  // The same goal in Markdown: the same findings.
  ['strategier/nesvik.md', 9, 11, 'conflict-system-choice', 'Public 360'],
  ['strategier/nesvik.md', 10, 9, 'beyond-framework-period', '2027'],
  // An unclosed quote: reported where it opens; the other files are checked all the same.
  ['strategier/odelagt.yaml', 3, 11, 'parse-error', '"Uavslutta sitat'],
  // Nynorsk keys, first draft.
  ['strategier/oyrane.yml', 10, 11, 'beyond-framework-period', '2026-12-31'],
  ['strategier/oyrane.yml', 13, 4, 'invalid-value', 'frist'], // given twice: the first counts
  ['strategier/oyrane.yml', 14, 4, 'parse-error', 'tittel'], // a goal without `id`
  ['strategier/oyrane.yml', 22, 13, 'invalid-value', 'redusere'], // målverdi 2026 (a year?) above utgangspunkt 30
  ['strategier/oyrane.yml', 25, 11, 'invalid-value', '2026-12-31 12:00:00'], // with the fix 2026-12-31
  ['strategier/oyrane.yml', 30, 15, 'invalid-value', 'on'],
  ['strategier/oyrane.yml', 31, 12, 'invalid-value', 'no'],
  ['strategier/oyrane.yml', 32, 11, 'beyond-framework-period', '2026'],
  // A tab before `area:`: reported on that line; the line is still read, and so is the next goal.
  ['strategier/tabulator.yaml', 5, 0, 'parse-error', '\t'], // with the fix: four spaces, as the line above
  ['strategier/tabulator.yaml', 5, 7, 'invalid-value', 'sikkerhet'], // not one of the cooperation's areas
  ['strategier/tabulator.yaml', 6, 14, 'beyond-framework-period', '2026'],
  ['strategier/tabulator.yaml', 9, 11, 'goal-unlinked', 'Felles økonomisystem'],
  ['strategier/tabulator.yaml', 12, 14, 'unknown-objective', 'DS19-M99'],
];

const key = (e: [string, number, number, string, string]) => e.join(' | ');

describe('YAML as authors write it (test/fixtures/yaml-audit7)', function () {
  this.timeout(60000);
  const files = readTree(path.join(REPO, DIR));
  const textAt = (file: string, r: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
    const lines = files[file]!.split('\n');
    return r.start.line === r.end.line ? lines[r.start.line]!.slice(r.start.character, r.end.character) : '(several lines)';
  };

  it('the engine finds exactly what a reader expects, at the exact text', () => {
    const found = analyze(files).filter((d) => d.rule !== 'objective-uncovered');
    assert.deepEqual(found.map((d) => key([d.file, d.range.start.line, d.range.start.character, d.rule, textAt(d.file, d.range)])).sort(), EXPECTED.map(key).sort());
  });

  it('reads samstemt.yaml as meant: members merged from an anchor with their own nynorsk settings, no finding on it', () => {
    const found = analyze(files).filter((d) => d.file === 'samstemt.yaml' && d.rule !== 'objective-uncovered');
    assert.deepEqual(found.map((d) => d.message), []);
    const uniform = analyze(files).find((d) => d.rule === 'uniform-mandate')!;
    assert.match(uniform.message, /Øyrane kommune har 1 200/);
  });

  it('offers the fixes an author needs: the date without its time, the second frist removed', () => {
    const found = analyze(files);
    const date = found.find((d) => d.file === 'strategier/oyrane.yml' && d.range.start.line === 25)!;
    assert.deepEqual(date.fixes.map((f) => f.edits[0]!.newText), ['2026-12-31']);
    const twice = found.find((d) => d.file === 'strategier/oyrane.yml' && d.range.start.line === 13)!;
    assert.equal(twice.fixes.length, 1);
  });

  describe('through the CLI', () => {
    const fx = checkedFixture(DIR);
    it('samstemt check --format json gives the same findings at the same positions', () => {
      const found = fx.diagnostics.filter((d) => d.rule !== 'objective-uncovered');
      assert.deepEqual(found.map((d) => key([d.file, d.range.start.line, d.range.start.character, d.rule, textAt(d.file, d.range)])).sort(), EXPECTED.map(key).sort());
    });
  });
});
