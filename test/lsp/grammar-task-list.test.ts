/**
 * The Markdown grammar highlights a key where Samstemt reads one: also in a
 * task list item (`- [ ] Frist: 2026`, as Obsidian, GitHub and Google Docs
 * write checklists) and with the colon inside the bold (`**Frist:** 2026`, as
 * Word and Pandoc write it); not in a numbered list, which Samstemt does not
 * read as properties. The patterns are Oniguruma's, tried as JavaScript ones.
 */
import { strict as assert } from 'node:assert';
import { grammarRules, scopes } from '../helpers/grammar.js';

const KEY = 'support.type.property-name.samstemt';
const COLON = 'punctuation.separator.key-value.samstemt';
const BOLD = 'punctuation.definition.bold.markdown';

describe('the Markdown grammar on task lists and bold keys', function () {
  const r = grammarRules;

  it('highlights the key of a task list item, checked or not', function () {
    for (const [line, key] of [
      ['- [ ] Frist: 2026', 'Frist'],
      ['- [x] Område: hr', 'Område'],
      ['* [X] Ansvarleg: IKT', 'Ansvarleg'],
      ['  - [ ]   Deadline: 2026', 'Deadline'],
    ] as const) {
      assert.equal(scopes(r['property-key']!, line)?.names[KEY], key, line);
    }
    assert.equal(scopes(r['supports-line']!, '- [x] Støtter: DS19-M2')?.names[KEY], 'Støtter');
    assert.equal(scopes(r['contributes-line']!, '- [ ] Bidreg til: #b')?.names[KEY], 'Bidreg til');
  });

  it('highlights a key whose colon stands inside the bold, and both bold markers', function () {
    const s = scopes(r['property-key']!, '- **Frist:** 2026')?.names;
    assert.equal(s?.[KEY], 'Frist');
    assert.equal(s?.[COLON], ':');
    assert.equal(s?.[BOLD], '****');
    assert.equal(scopes(r['supports-line']!, '- [ ] **Støttar:** DS19-M2')?.names[KEY], 'Støttar');
    assert.equal(scopes(r['property-key']!, '- **Frist**: 2026')?.names[BOLD], '****');
  });

  it('leaves numbered lists, a box without a space and prose alone', function () {
    for (const line of ['1. Frist: 2026', '- [ ]Frist: 2026', '- [-] Frist: 2026', 'Frist: 2026', '- Fristen: 2026']) {
      assert.equal(scopes(r['property-key']!, line), undefined, line);
    }
  });
});
