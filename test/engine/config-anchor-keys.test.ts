/**
 * A top-level key of samstemt.yaml that only holds settings shared through a
 * YAML anchor (`felles: &kommune` … `<<: *kommune` under each member) is not
 * a setting Samstemt ignores: its values are read where the anchor is used.
 * It is not reported; a key whose value nothing refers to still is.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../helpers/workspace.js';

const config = (extra: string) => `cooperation: Test
language: en
frameworks: [DS19]
documents: ["**/*.md"]
${extra}members:
  storby:
    <<: *kommune
    name: Storby kommune
    population: 50000
  fjellbygd:
    <<: *kommune
    name: Fjellbygd kommune
    population: 900
`;
const DOC = '---\nowner: storby\n---\n\n## Felles arkiv {#arkiv}\n\n- Støtter: DS19-M1\n- Frist: 2026\n';

const unknownKeys = (cfg: string) =>
  analyze({ 'samstemt.yaml': cfg, 'storby.md': DOC })
    .filter((d) => d.file === 'samstemt.yaml' && d.rule === 'unknown-property')
    .map((d) => d.message);

describe('samstemt.yaml: keys that hold an anchor', () => {
  it('a top-level key whose anchor the members use is not reported as ignored', () => {
    assert.deepEqual(unknownKeys(config('felles: &kommune\n  kind: kommune\n')), []);
    // The shared settings are read where they are merged: nothing else about the file is wrong either.
    const ds = analyze({ 'samstemt.yaml': config('felles: &kommune\n  kind: kommune\n'), 'storby.md': DOC });
    assert.deepEqual(ds.filter((d) => d.file === 'samstemt.yaml' && d.rule !== 'objective-uncovered').map((d) => d.message), []);
  });

  it('a top-level key nothing refers to is still reported, anchored or not', () => {
    const cfg = config('felles: &kommune\n  kind: kommune\nfellez: &ubrukt\n  kind: kommune\nkommentar: ja\n');
    const keys = unknownKeys(cfg);
    assert.equal(keys.length, 2, keys.join('\n'));
    assert.ok(keys.some((m) => m.includes('"fellez"')) && keys.some((m) => m.includes('"kommentar"')), keys.join('\n'));
  });
});
