/**
 * A goal ID or a goal reference with a character that changes the reading
 * direction (U+202E and its kind) reads on screen as something else than it
 * is: `{#felles‮hr}` shows as `{#felles}rh`, and a reference to it never meets
 * the goal the reader sees. invalid-value says so in words, shows where the
 * character is (as <U+202E>, never raw: a raw one would turn the message
 * around too), and offers the ID without it.
 */
import { strict as assert } from 'node:assert';
import { analyzeRule, CONFIG, CONFIG_NB, CONFIG_NN } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

const MD = `---
owner: storby
---

## Felles HR {#felles\u202Ehr}

- Frist: 2026
- Støtter: DS19-M2

## Opplæring {#opplaering}

- Frist: 2026
- Støtter: DS19-M2
- Bidrar til: #felles\u2066hr\u2069
`;

const YAML = `owner: storby
goals:
  - id: "felles\u202Ehr"
    title: Felles HR
    deadline: 2026
    supports: DS19-M2
`;

describe('invalid-value: characters that change the reading direction in IDs and references', function () {
  this.timeout(20000);

  it('says in each language that the goal ID holds such a character, and shows where', function () {
    const said = { en: /changes the reading direction/, nb: /endrer leseretningen/, nn: /endrar leseretninga/ };
    for (const [lang, config] of [['en', CONFIG], ['nb', CONFIG_NB], ['nn', CONFIG_NN]] as const) {
      const d = analyzeRule('invalid-value', { 'samstemt.yaml': config, 'storby.md': MD }).find((x) => x.range.start.line === 4);
      assert.ok(d, lang);
      assert.match(d.message, said[lang], d.message);
      assert.match(d.message, /felles<U\+202E>hr/, d.message);
      assert.doesNotMatch(d.message, BIDI, d.message);
    }
  });

  it('offers the ID without the character, and then the heading is a valid goal', function () {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': MD };
    const d = analyzeRule('invalid-value', files).find((x) => x.range.start.line === 4)!;
    const fixed = applyFix(files, d);
    assert.match(fixed['storby.md']!, /\{#felleshr\}/);
    assert.deepEqual(analyzeRule('invalid-value', fixed).filter((x) => x.range.start.line === 4), []);
  });

  it('says the same of a reference, and offers it without the character', function () {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': MD.replace('{#felles\u202Ehr}', '{#felleshr}') };
    const list = analyzeRule('invalid-value', files);
    assert.equal(list.length, 1, JSON.stringify(list.map((x) => x.message)));
    const d = list[0]!;
    assert.match(d.message, /changes the reading direction/, d.message);
    assert.match(d.message, /#felles<U\+2066>hr<U\+2069>/, d.message);
    assert.doesNotMatch(d.message, BIDI);
    assert.match(applyFix(files, d)['storby.md']!, /- Bidrar til: #felleshr\n/);
  });

  it('reads a YAML goal ID the same way', function () {
    const files = { 'samstemt.yaml': CONFIG, 'storby.yaml': YAML };
    const list = analyzeRule('invalid-value', files);
    assert.equal(list.length, 1, JSON.stringify(list.map((x) => x.message)));
    assert.match(list[0]!.message, /changes the reading direction/, list[0]!.message);
    assert.match(applyFix(files, list[0]!)['storby.yaml']!, /id: "felleshr"/);
  });
});
