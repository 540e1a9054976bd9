/**
 * A document's own `language:` (format.md: nb, nn, en, bokmål, nynorsk or
 * english) written with a value Samstemt does not know — a typo
 * (`nynorks`), or `no`, the code for Norwegian — was silently passed over:
 * the document's messages and fixes then followed a guess, and nothing said
 * why. It is now reported on the value as samstemt.yaml's `language:` is,
 * with the allowed values and a did-you-mean, in YAML and in front matter.
 */
import { strict as assert } from 'node:assert';
import { analyze, textAt } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

const CONFIG = 'language: en\nmembers:\n  havby: { name: Havby kommune }\n';
const yaml = (lang: string) => `språk: ${lang}\nowner: havby\ngoals:\n  - id: arkiv\n    title: Felles arkiv\n    area: sak-arkiv\n    deadline: 2025\n    supports: DS19-M2\n`;
const md = (lang: string) => `---\nlanguage: ${lang}\nowner: havby\n---\n\n## Felles arkiv {#arkiv}\n\n- Område: sak-arkiv\n- Frist: 2025\n- Støtter: DS19-M2\n`;

function findings(file: string, text: string) {
  const files = { 'samstemt.yaml': CONFIG, [file]: text };
  return { files, found: analyze(files).filter((d) => d.file === file && d.rule === 'invalid-value') };
}

describe('a document\'s language written with an unknown value', () => {
  it('YAML «språk: nynorks»: reported on the value, with the fix nn', () => {
    const { files, found } = findings('havby.strategy.yaml', yaml('nynorks'));
    assert.equal(found.length, 1, found.map((d) => d.message).join('\n'));
    const d = found[0]!;
    assert.equal(textAt(files, d), 'nynorks');
    assert.deepEqual(d.range.start, { line: 0, character: 7 });
    assert.match(d.message, /nb, nn, en/);
    assert.equal(applyFix(files, d)['havby.strategy.yaml'], yaml('nn'));
  });

  it('front matter «language: no»: reported on the value', () => {
    const { files, found } = findings('havby.strategy.md', md('no'));
    assert.equal(found.length, 1, found.map((d) => d.message).join('\n'));
    assert.equal(textAt(files, found[0]!), 'no');
    assert.deepEqual(found[0]!.range.start, { line: 1, character: 10 });
  });

  it('nothing for the values format.md lists', () => {
    for (const lang of ['nb', 'NN', 'en', 'bokmål', 'Nynorsk', 'english']) {
      assert.deepEqual(findings('havby.strategy.yaml', yaml(lang)).found.map((d) => d.message), [], lang);
      assert.deepEqual(findings('havby.strategy.md', md(lang)).found.map((d) => d.message), [], lang);
    }
  });
});
