import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMarkdown } from '../../server/src/engine/parse/markdown.js';
import { parseYamlDocument } from '../../server/src/engine/parse/yamlDocument.js';
import { allKeySpellings, GOAL_KEYS } from '../../server/src/engine/model/vocabulary.js';
import { analyzeRule, CONFIG } from '../helpers/workspace.js';
import { analyzeConflictRule, conflictMd } from '../helpers/rules.js';
import { REPO } from '../helpers/paths.js';

/**
 * English authors write `Contributes to:` and `Phase out:` by analogy with
 * «Bidrar til:» and plain English: read as the keys of format.md.
 */
describe('English spellings of contributes and phase-out', () => {
  const english = (lines: string) =>
    parseMarkdown('file:///ws/x.md', `---\nowner: storby\nlanguage: en\n---\n\n# Strategy\n\n## Shared archive {#archive}\n\n${lines}\n\nOne archive for the municipality.\n\n## Common HR {#hr}\n\n- Deadline: 2026\n`);

  it('reads «Contributes to:» as contributes and «Phase out:» as phase-out', () => {
    const doc = english('- Contributes to: #hr\n- Phase out: Old Archive\n- Deadline: 2026');
    const g = doc.goals[0]!;
    assert.deepEqual(g.properties.map((p) => [p.key, p.known]), [['contributes', true], ['phase-out', true], ['deadline', true]]);
    assert.deepEqual(g.facts.contributes.map((r) => r.id), ['hr']);
    assert.deepEqual(g.facts.phaseOut, ['Old Archive']);
  });

  it('gives no unknown-property for them', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': conflictMd('storby', '## Shared archive {#archive}\n\n- Contributes to: #hr\n- Phase out: Old Archive\n\n## Common HR {#hr}\n\n- Deadline: 2026\n') };
    assert.deepEqual(analyzeRule('unknown-property', files), []);
    // Without the English spelling: still reported.
    const typo = { ...files, 'storby.md': files['storby.md'].replace('Phase out', 'Phase away') };
    assert.equal(analyzeRule('unknown-property', typo).length, 1);
  });

  it('reads them in a YAML strategy as well', () => {
    const doc = parseYamlDocument('file:///ws/x.yaml', 'owner: storby\nlanguage: en\ngoals:\n  - id: archive\n    title: Shared archive\n    phase out: Old Archive\n    contributes to: "#hr"\n  - id: hr\n    title: Common HR\n');
    assert.deepEqual(doc.goals[0]!.facts.phaseOut, ['Old Archive']);
    assert.deepEqual(doc.goals[0]!.facts.contributes.map((r) => r.id), ['hr']);
  });

  it('compares a goal that phases out a system with one that adopts it', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'ikt-fjord.md': conflictMd('ikt-fjord', '## One archive {#arkiv}\n\n- Area: sak-arkiv\n- Scope: all\n- Adopt: Elements\n'),
      'storby.md': conflictMd('storby', '## Leave Elements {#leave}\n\n- Area: sak-arkiv\n- Phase out: Elements\n'),
    };
    assert.deepEqual(analyzeConflictRule('conflict-system-choice', files).map((d) => d.file).sort(), ['ikt-fjord.md', 'storby.md']);
  });

  it('offers only the spellings of format.md in did-you-mean', () => {
    assert.ok(!allKeySpellings().includes('contributes to'));
    assert.ok(!allKeySpellings().includes('phase out'));
    assert.ok(allKeySpellings().includes('phase-out'));
  });

  it('highlights the English spellings like the others', () => {
    const grammar = readFileSync(path.join(REPO, 'syntaxes/strategy-markdown.injection.tmLanguage.json'), 'utf8');
    for (const k of GOAL_KEYS) for (const s of k.english ?? []) assert.ok(grammar.includes(s.replace(/ /g, '\\\\s+')), s);
  });
});
