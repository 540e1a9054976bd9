/**
 * A did-you-mean for a value of a fixed list (priority, status, direction) is
 * written in the document's language form: the guess is made among the
 * spellings of all languages, but a bokmål author is not offered nynorsk.
 */
import { strict as assert } from 'node:assert';
import { analyzeRule, CONFIG } from '../helpers/workspace.js';
import { assertFixResolves } from '../helpers/fixes.js';

const RULE = 'invalid-value';

function doc(lang: string | undefined, props: string, status = ''): Record<string, string> {
  return { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\n${lang ? `language: ${lang}\n` : ''}${status}---\n\n## Mål {#maal}\n\n- Område: hr\n${props}` };
}

describe(`${RULE}: suggestions in the document's language form`, () => {
  it('offers bokmål «høy», not nynorsk «høg», for «høgg» in a bokmål document', () => {
    const files = doc('nb', '- Prioritet: høgg\n');
    const [d] = analyzeRule(RULE, files);
    assert.match(d!.message, /Did you mean "høy"\?/);
    assert.equal(d!.fixes[0]!.title.en, 'Change to "høy"');
    assert.match(assertFixResolves(files, d!)['storby.md']!, /- Prioritet: høy\n/);
  });

  it('offers nynorsk «høg» and «låg» in a nynorsk document', () => {
    assert.match(analyzeRule(RULE, doc('nn', '- Prioritet: høyy\n'))[0]!.message, /Did you mean "høg"\?/);
    assert.match(analyzeRule(RULE, doc('nn', '- Prioritet: lavv\n'))[0]!.message, /Did you mean "låg"\?/);
  });

  it('offers nynorsk «høyring» for a document status in a nynorsk document', () => {
    const [d] = analyzeRule(RULE, doc('nn', '- Prioritet: høg\n', 'status: høringg\n'));
    assert.match(d!.message, /Did you mean "høyring"\?/);
  });

  it('keeps the words of a near miss in the document\'s language («kritisk» → «høg» in nynorsk, «high» in English)', () => {
    assert.match(analyzeRule(RULE, doc('nn', '- Prioritet: kritisk\n'))[0]!.message, /Did you mean "høg"\?/);
    assert.match(analyzeRule(RULE, doc('en', '- Priority: kritisk\n'))[0]!.message, /Did you mean "high"\?/);
    assert.match(analyzeRule(RULE, doc('nb', '- Prioritet: kritisk\n'))[0]!.message, /Did you mean "høy"\?/);
  });
});
