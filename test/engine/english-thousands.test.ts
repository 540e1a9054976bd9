import { strict as assert } from 'node:assert';
import { parseMarkdown } from '../../server/src/engine/parse/markdown.js';
import { parseYamlDocument } from '../../server/src/engine/parse/yamlDocument.js';
import { CONFIG, textAt } from '../helpers/workspace.js';
import { analyzeConflictRule, conflictMd } from '../helpers/rules.js';

/** English authors group thousands with a comma; Norwegian authors write a decimal comma. */
describe('numbers with commas: English thousands, Norwegian decimals', () => {
  const english = (lines: string) =>
    parseMarkdown('file:///ws/x.md', `---\nowner: storby\nlanguage: en\n---\n\n# Strategy\n\n## Cheaper licences {#licences}\n\n${lines}\n\nWe want to spend less on licences.\n`);

  it('reads 4,200 and 1,250,000 NOK as thousands in an English document', () => {
    const g = english('- Baseline: 1,250,000 NOK\n- Target: 4,200 NOK').goals[0]!;
    assert.equal(g.facts.baseline, 1250000);
    assert.equal(g.facts.target, 4200);
  });

  it('reads a target in another unit of money than the baseline in the baseline\'s unit once, also in an English document', () => {
    const spaced = english('- Baseline: 1.2 million NOK\n- Target: 950 000 NOK').goals[0]!;
    assert.deepEqual([spaced.facts.baseline, spaced.facts.target], [1.2, 0.95]);
    const commas = english('- Baseline: 1.2 million NOK\n- Target: 950,000 NOK').goals[0]!;
    assert.deepEqual([commas.facts.baseline, commas.facts.target], [1.2, 0.95]);
  });

  it('reads thousands after «about» or ~ as well', () => {
    const g = english('- Baseline: about 4,200 NOK\n- Target: ~3,500').goals[0]!;
    assert.deepEqual([g.facts.baseline, g.facts.target], [4200, 3500]);
  });

  it('keeps a decimal written with a point, and commas that are no thousands groups, in English', () => {
    const g = english('- Baseline: 1,200.5\n- Target: 2,5').goals[0]!;
    assert.equal(g.facts.baseline, 1200.5);
    assert.equal(g.facts.target, 2.5);
  });

  it('reads English keys in a document whose language is guessed from its keys and prose', () => {
    const doc = parseMarkdown('file:///ws/x.md', '---\nowner: storby\n---\n\n# Strategy\n\n## Fewer paper letters {#letters}\n\n- Baseline: 12,000\n- Target: 3,000\n- Deadline: 2026\n\nThe municipality sends its letters digitally to residents.\n');
    assert.equal(doc.lang, 'en');
    assert.deepEqual([doc.goals[0]!.facts.baseline, doc.goals[0]!.facts.target], [12000, 3000]);
  });

  it('reads the same numbers in an English YAML strategy', () => {
    const doc = parseYamlDocument('file:///ws/x.yaml', 'owner: storby\nlanguage: en\ngoals:\n  - id: letters\n    title: Fewer paper letters\n    baseline: "12,000"\n    target: "3,000"\n');
    assert.deepEqual([doc.goals[0]!.facts.baseline, doc.goals[0]!.facts.target], [12000, 3000]);
  });

  it('keeps the decimal comma in a Norwegian document (4,200 is 4.2)', () => {
    const doc = parseMarkdown('file:///ws/x.md', '---\nowner: storby\n---\n\n# Strategi\n\n## Lavere kostnad {#kost}\n\n- Utgangspunkt: 4,200\n- Målverdi: 3,5\n\nKommunen vil bruke mindre på lisensene.\n');
    assert.equal(doc.lang, 'nb');
    assert.deepEqual([doc.goals[0]!.facts.baseline, doc.goals[0]!.facts.target], [4.2, 3.5]);
  });

  it('compares the direction the numbers give: 950 → 1,200 rises, and collides with a goal to reduce', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'ikt-fjord.md': conflictMd('ikt-fjord', '## More digital letters {#more}\n\n- Scope: all\n- Indicator: digital letters\n- Baseline: 950\n- Target: 1,200\n\nWe want residents to get their letters digitally.\n'),
      'storby.md': conflictMd('storby', '## Færre digitale brev {#faerre}\n\n- Indikator: digital letters\n- Retning: redusere\n'),
    };
    const ds = analyzeConflictRule('conflict-direction', files);
    assert.deepEqual(ds.map((d) => [d.file, textAt(files, d)]), [
      ['ikt-fjord.md', '1,200'],
      ['storby.md', 'redusere'],
    ]);
  });
});
