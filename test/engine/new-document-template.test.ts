/**
 * The template of «Samstemt: New strategy document», filled in as the editor
 * leaves it when the user tabs through: a whole strategy document — its head
 * (owner, period, status) in the language's own keys, a title and one goal —
 * that the parser reads as written and the rules find nothing structural to
 * say about once it is saved, in each language.
 */
import { strict as assert } from 'node:assert';
import { parseMarkdown } from '../../server/src/engine/parse/markdown.js';
import { strategyTemplate } from '../../server/src/engine/language/template.js';
import { analyze } from '../helpers/workspace.js';

/** Each placeholder's default; empty tab stops empty. */
const filledIn = (snippet: string) => snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');

describe('the template of a new strategy document', () => {
  for (const lang of ['nb', 'nn', 'en'] as const) {
    it(`${lang}: reads its head, title and goal as written`, () => {
      const text = filledIn(strategyTemplate(lang, 2026));
      const doc = parseMarkdown('file:///ws/ny.strategy.md', text);
      assert.equal(doc.owner?.value, lang === 'en' ? 'member-id' : 'medlem-id', text);
      assert.deepEqual([doc.period?.from, doc.period?.to], [2026, 2029], text);
      assert.match(text.split('\n').find((l) => l.startsWith('# ')) ?? '', /^# Digitali[sz][\w ]+ 2026–2029$/);
      assert.equal(doc.goals.length, 1);
      assert.equal(doc.goals[0]!.id, lang === 'en' ? 'goal-id' : 'mal-id');
    });

    it(`${lang}: saved as a strategy, it has an owner and nothing misread`, () => {
      const text = filledIn(strategyTemplate(lang, 2026));
      const lines = text.split('\n');
      const found = analyze({ 'ny.strategy.md': text });
      // The empty values are the user's to fill in: reported as empty, on their own lines, and nothing else.
      const toFill = (d: (typeof found)[number]) => d.rule === 'invalid-value' && /^- [^:]+: $/.test(lines[d.range.start.line] ?? '');
      const structural = found.filter((d) => ['parse-error', 'missing-owner', 'unknown-property', 'invalid-value', 'unknown-member'].includes(d.rule) && !toFill(d));
      assert.deepEqual(structural.map((d) => `${d.rule}: ${d.message}`), []);
    });
  }
});
