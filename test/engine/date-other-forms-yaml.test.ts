/**
 * Deadlines as authors write them in YAML (and in Markdown lists): a date
 * without leading zeros (`2026-6-1`, which YAML itself does not read as a
 * date), a date with a time (`2026-12-31 12:00:00`, `2026-12-31T23:59:00Z`, as
 * YAML timestamps and spreadsheets export them), or without dashes
 * (`20261231`). Each is one day: reported on the value as «the date written
 * another way» with the fix YYYY-MM-DD, the same in both formats. A form
 * that is no real day (`2026-6-31`) gets no fix.
 */
import { strict as assert } from 'node:assert';
import { analyze, textAt } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

const CONFIG = 'language: en\nmembers:\n  havby: { name: Havby kommune }\n';
const yaml = (key: string, value: string) => `owner: havby\ngoals:\n  - id: arkiv\n    title: Felles arkiv\n    supports: DN30-M3\n    ${key}: ${value}\n`;
const md = (key: string, value: string) => `---\nowner: havby\n---\n\n## Felles arkiv {#arkiv}\n\n- Støtter: DN30-M3\n- ${key}: ${value}\n`;

function dateFinding(file: string, text: string) {
  const files = { 'samstemt.yaml': CONFIG, [file]: text };
  const found = analyze(files).filter((d) => d.file === file && d.rule === 'invalid-value');
  assert.equal(found.length, 1, found.map((d) => d.message).join('\n'));
  return { files, d: found[0]! };
}

describe('a date written another way in YAML and Markdown', () => {
  for (const [key, mdKey, written, iso] of [
    ['deadline', 'Frist', '2026-6-1', '2026-06-01'],
    ['deadline', 'Frist', '2026-12-31 12:00:00', '2026-12-31'],
    ['deadline', 'Frist', '2026-12-31T23:59:00Z', '2026-12-31'],
    ['deadline', 'Frist', '2026-12-31 12:00', '2026-12-31'],
    ['deadline', 'Frist', '20261231', '2026-12-31'],
    ['start', 'Fra', '2025-1-1', '2025-01-01'],
  ] as const) {
    it(`${key}: ${written} → ${iso}`, () => {
      const inYaml = dateFinding('havby.strategy.yaml', yaml(key, written));
      assert.equal(textAt(inYaml.files, inYaml.d), written);
      assert.deepEqual(inYaml.d.range.start, { line: 5, character: 6 + key.length });
      assert.match(inYaml.d.message, new RegExp(`${iso} written another way`));
      assert.equal(applyFix(inYaml.files, inYaml.d)['havby.strategy.yaml'], yaml(key, iso));
      const inMd = dateFinding('havby.strategy.md', md(mdKey, written));
      assert.equal(textAt(inMd.files, inMd.d), written);
      assert.equal(applyFix(inMd.files, inMd.d)['havby.strategy.md'], md(mdKey, iso));
    });
  }

  it('no fix for a form that is no real day', () => {
    for (const written of ['2026-6-31', '2026-12-31 25:00', '20261331']) {
      const { d } = dateFinding('havby.strategy.yaml', yaml('deadline', written));
      assert.equal(d.fixes.length, 0, written);
    }
  });
});
