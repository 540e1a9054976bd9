import { strict as assert } from 'node:assert';
import { analyze, analyzeRule, CONFIG, textAt } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

/**
 * Links written as wiki links, as authors who keep their strategy in a notes
 * app (Obsidian) write links between notes: `[[storby#chat]]`, `[[DS19-M2]]`.
 * Reported at the value, with the reference Samstemt reads as the fix.
 */
describe('wiki links in Støtter and Bidrar til', function () {
  this.timeout(20000);
  const doc = (arkiv: string, chat: string) =>
    `---\nowner: storby\nperiod: 2024–2027\n---\n\n# Strategi\n\n## Felles arkiv {#arkiv}\n\n- Støtter: DS19-M2\n${arkiv}\n\nKommunen vil ha ett arkiv.\n\n## Chat med innbyggerne {#chat}\n\n${chat}\n\nInnbyggerne skal nå kommunen i chat.\n`;

  it('proposes the goal reference inside [[…]] (also with a label after |)', () => {
    for (const written of ['[[storby#chat]]', '[[storby#chat|Chat med innbyggerne]]', '[[#chat]]']) {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': doc(`- Bidrar til: ${written}`, '- Støtter: DS19-M3') };
      const [d, ...rest] = analyzeRule('invalid-value', files);
      assert.equal(rest.length, 0, written);
      assert.equal(textAt(files, d!), written);
      const meant = written.replace(/^\[\[|\|.*$|\]\]$/g, '');
      assert.ok(d!.message.includes(`Did you mean "${meant}"?`), d!.message);
      const fixed = applyFix(files, d!);
      assert.ok(fixed['storby.md']!.includes(`- Bidrar til: ${meant}\n`), fixed['storby.md']);
      assert.deepEqual(analyze(fixed).filter((x) => x.rule === 'invalid-value' || x.rule === 'unknown-goal-ref'), [], written);
    }
  });

  it('proposes the objective ID inside [[…]] or brackets', () => {
    for (const written of ['[[DS19-M3]]', '[[DS19-M3|Alle kommuniserer digitalt]]', '[DS19-M3]', '(DS19-M3)']) {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': doc('', `- Støtter: ${written}`) };
      const [d, ...rest] = analyzeRule('unknown-objective', files);
      assert.equal(rest.length, 0, written);
      assert.equal(textAt(files, d!), written);
      assert.match(d!.message, /Write only the ID: DS19-M3/);
      const fixed = applyFix(files, d!);
      assert.ok(fixed['storby.md']!.includes('- Støtter: DS19-M3\n'), fixed['storby.md']);
      assert.deepEqual(analyzeRule('unknown-objective', fixed), []);
    }
  });
});
