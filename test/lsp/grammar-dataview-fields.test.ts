/**
 * The Markdown grammar colours Obsidian's Dataview property form,
 * `- Frist:: 2026`, as it colours `- Frist: 2026`: Samstemt reads both the
 * same (the second colon is the key's trailing colon). The patterns are
 * Oniguruma's, tried as JavaScript ones.
 */
import { strict as assert } from 'node:assert';
import { grammarRules, scopes } from '../helpers/grammar.js';

const KEY = 'support.type.property-name.samstemt';
const COLON = 'punctuation.separator.key-value.samstemt';

describe('the Markdown grammar on Dataview fields (`Frist:: 2026`)', function () {
  const r = grammarRules;

  it('colours the key and both colons, as for `Frist: 2026`', function () {
    for (const [line, key] of [
      ['- Frist:: 2026', 'Frist'],
      ['- Område:: hr', 'Område'],
      ['- [ ] Ansvarleg:: IKT', 'Ansvarleg'],
      ['- **Frist**:: 2026', 'Frist'],
    ] as const) {
      const s = scopes(r['property-key']!, line);
      assert.equal(s?.names[KEY], key, line);
      assert.equal(s?.names[COLON], '::', line);
    }
    assert.equal(scopes(r['property-key']!, '- Frist: 2026')?.names[COLON], ':');
  });

  it('colours the objective and goal reference lines from after both colons', function () {
    const supports = scopes(r['supports-line']!, '- Støtter:: DS19-M2');
    assert.equal(supports?.names[KEY], 'Støtter');
    assert.equal(supports?.end, '- Støtter::'.length);
    const contributes = scopes(r['contributes-line']!, '- Bidrar til:: storby#b');
    assert.equal(contributes?.names[KEY], 'Bidrar til');
    assert.equal(contributes?.names[COLON], '::');
  });
});
