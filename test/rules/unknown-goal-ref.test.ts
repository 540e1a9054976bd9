import { strict as assert } from 'node:assert';
import { analyzeRule, textAt, CONFIG } from '../helpers/workspace.js';
import { applyFix, assertFixResolves } from '../helpers/fixes.js';

const RULE = 'unknown-goal-ref';

const IKT = `---
owner: ikt-fjord
---

## Felles personalsystem {#felles-hr}

- Område: hr

## Opplæring {#felles-hr-opplaering}

- Område: hr
`;

const storby = (props: string) => `---\nowner: storby\n---\n\n## Lønn {#lonn}\n\n${props}`;
const L = 6;

describe('unknown-goal-ref', () => {
  it('reports a contributes reference to a goal of another owner that does not exist, with a fix', () => {
    const files = { 'samstemt.yaml': CONFIG, 'ikt.md': IKT, 'storby.md': storby('- Bidrar til: ikt-fjord#felles-hrr\n') };
    const [d, ...rest] = analyzeRule(RULE, files);
    assert.equal(rest.length, 0);
    assert.ok(d);
    assert.equal(d.file, 'storby.md');
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.range, { start: { line: L, character: 14 }, end: { line: L, character: 34 } });
    assert.equal(textAt(files, d), 'ikt-fjord#felles-hrr');
    assert.equal(d.goal, 'storby#lonn');
    assert.equal(
      d.message,
      "There is no goal ikt-fjord#felles-hrr (in Bidrar til), so this link leads nowhere. Did you mean ikt-fjord#felles-hr? Check the goal ID in ikt-fjord's strategy.",
    );
    assert.equal(d.fixes[0]!.title.en, 'Change to ikt-fjord#felles-hr');
    assert.equal(d.fixes[0]!.preferred, true, 'one edit away, and no other goal near');
    const fixed = assertFixResolves(files, d);
    assert.equal(fixed['storby.md'], storby('- Bidrar til: ikt-fjord#felles-hr\n'));
  });

  it('prefers a fix only when it is no guess', () => {
    const ikt = IKT + '\n## Felles lønn {#felles-lonn}\n\n## Felles arkiv {#felles-ark}\n\n## Felles arkiv 2 {#felles-arki}\n';
    const files = { 'samstemt.yaml': CONFIG, 'ikt.md': ikt, 'storby.md': storby('- Bidrar til: ikt-fjord#Felles-Lønn, ikt-fjord#felles-arkx\n') };
    const ds = analyzeRule(RULE, files);
    const fix = (value: string) => ds.find((d) => textAt(files, d) === value)!.fixes[0]!;
    // Case and æøå: the same ID.
    assert.equal(fix('ikt-fjord#Felles-Lønn').edits[0]!.newText, 'ikt-fjord#felles-lonn');
    assert.equal(fix('ikt-fjord#Felles-Lønn').preferred, true);
    // felles-ark and felles-arki are both one edit away: offered, not preferred.
    assert.equal(fix('ikt-fjord#felles-arkx').preferred, undefined);
  });

  it('reports a #id reference within the same owner and suggests #id', () => {
    const files = { 'samstemt.yaml': CONFIG, 'ikt.md': IKT + '\n## Tredje {#tredje}\n\n- Bidrar til: #felleshr\n' };
    const [d] = analyzeRule(RULE, files);
    assert.ok(d);
    assert.equal(textAt(files, d), '#felleshr');
    assert.match(d.message, /^There is no goal #felleshr \(in Bidrar til\), .* Did you mean #felles-hr\? Check the goal ID in ikt-fjord's strategy\.$/);
    const fixed = assertFixResolves(files, d);
    assert.match(fixed['ikt.md']!, /- Bidrar til: #felles-hr\n$/);
  });

  it('suggests owner#id when the ID is a goal of one other member (#felles-hr written in a member\'s strategy)', () => {
    // A member refers to the company's goal as if `#id` were global; the ID exists only at ikt-fjord.
    const files = { 'samstemt.yaml': CONFIG, 'ikt.md': IKT, 'storby.md': storby('- Bidrar til: #felles-hr\n') };
    const [d, ...rest] = analyzeRule(RULE, files);
    assert.equal(rest.length, 0);
    assert.ok(d);
    assert.equal(textAt(files, d), '#felles-hr');
    assert.match(d.message, / Did you mean ikt-fjord#felles-hr\? /);
    assert.equal(d.fixes[0]!.preferred, true, 'the exact ID at exactly one other member');
    const fixed = assertFixResolves(files, d);
    assert.equal(fixed['storby.md'], storby('- Bidrar til: ikt-fjord#felles-hr\n'));
  });

  it('suggests the member that has the ID when a reference names the wrong member', () => {
    const files = { 'samstemt.yaml': CONFIG, 'ikt.md': IKT, 'storby.md': storby('- Lønn\n'), 'midtby.md': '---\nowner: midtby\n---\n\n## M {#m}\n\n- Bidrar til: storby#felles-hr-opplaering\n' };
    const [d] = analyzeRule(RULE, files);
    assert.ok(d);
    assert.match(d.message, / Did you mean ikt-fjord#felles-hr-opplaering\? /);
  });

  it('offers no owner when the ID is a goal of several other members (which one is meant is the author\'s call)', () => {
    const midtby = '---\nowner: midtby\n---\n\n## Felles HR {#felles-hr}\n\n- Område: hr\n';
    const files = { 'samstemt.yaml': CONFIG, 'ikt.md': IKT, 'midtby.md': midtby, 'storby.md': storby('- Bidrar til: #felles-hr\n') };
    const [d] = analyzeRule(RULE, files);
    assert.ok(d);
    assert.doesNotMatch(d.message, /Did you mean/);
    assert.equal(d.fixes.length, 0);
  });

  it('reports an accepts reference on the reference only, not on the reason', () => {
    const files = { 'samstemt.yaml': CONFIG, 'ikt.md': IKT, 'storby.md': storby('- Aksepterer: ikt-fjord#felles-lonn — differensiert løsning, vedtatt 2024-03-12\n') };
    const [d] = analyzeRule(RULE, files);
    assert.ok(d);
    assert.deepEqual(d.range, { start: { line: L, character: 14 }, end: { line: L, character: 35 } });
    assert.equal(textAt(files, d), 'ikt-fjord#felles-lonn');
    assert.match(d.message, /\(in Aksepterer\)/);
  });

  it('resolves references to existing goals, sub-goals and goals in other documents of the owner', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'ikt.md': IKT,
      'ikt-2.yaml': `owner: ikt-fjord\ngoals:\n  - id: drift\n    title: Drift\n`,
      'storby.md': storby('- Bidrar til: ikt-fjord#felles-hr, ikt-fjord#felles-hr-opplaering, ikt-fjord#drift\n- Aksepterer: ikt-fjord#felles-hr — vedtatt\n'),
    };
    assert.deepEqual(analyzeRule(RULE, files), []);
  });

  it('leaves references to unknown owners to unknown-member', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': storby('- Bidrar til: nabokommune#felles-hr\n') };
    assert.deepEqual(analyzeRule(RULE, files), []);
    assert.equal(analyzeRule('unknown-member', files).length, 1);
  });

  it('reports references in YAML documents (list and text) with the nynorsk key', () => {
    const text = `owner: fjellbygd
goals:
  - id: a
    title: A
    bidreg til: [ikt-fjord#felles-hr, ikt-fjord#ingen]
  - id: b
    title: B
    aksepterer: storby#ingen — vi har valt anna
`;
    const files = { 'samstemt.yaml': CONFIG, 'ikt.md': IKT, 'storby.md': storby(''), 'f.yaml': text };
    const list = analyzeRule(RULE, files);
    assert.deepEqual(list.map((d) => [d.range.start.line, d.range.start.character, textAt(files, d)]), [
      [4, 38, 'ikt-fjord#ingen'],
      [7, 16, 'storby#ingen'],
    ]);
  });

  it('says when the member has no strategy with goals in the workspace', () => {
    const files = { 'samstemt.yaml': CONFIG, 'ikt.md': IKT, 'storby.md': storby('- Bidrar til: midtby#felles-hr\n') };
    const [d, ...rest] = analyzeRule(RULE, files);
    assert.equal(rest.length, 0);
    assert.equal(textAt(files, d!), 'midtby#felles-hr');
    assert.equal(
      d!.message,
      "There is no goal midtby#felles-hr (in Bidrar til), so this link leads nowhere: the cooperation has no strategy with goals for midtby. Add midtby's strategy document to the cooperation's folder (it needs `owner: midtby`), or check the member ID.",
    );
    const nn = analyzeRule(RULE, { ...files, 'samstemt.yaml': CONFIG.replace('language: en', 'language: nn') })[0]!;
    assert.match(nn.message, /^Det finst ikkje noko mål midtby#felles-hr \(i Bidrar til\), så koplinga fører ingen stad: samarbeidet har ingen strategi med mål for midtby\./);
  });

  it('names the key as written in a YAML document', () => {
    const files = { 'samstemt.yaml': CONFIG, 'ikt.md': IKT, 'f.yaml': 'owner: fjellbygd\ngoals:\n  - id: a\n    title: A\n    bidreg til: ikt-fjord#ingen\n' };
    assert.match(analyzeRule(RULE, files)[0]!.message, /^There is no goal ikt-fjord#ingen \(in bidreg til\),/);
  });

  it('counts UTF-16 units of non-ASCII ids (æøå)', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\n---\n## Første {#første}\n## Andre {#andre}\n- Bidrar til: #førstø\n` };
    const [d] = analyzeRule(RULE, files);
    assert.ok(d);
    assert.deepEqual(d.range, { start: { line: 5, character: 14 }, end: { line: 5, character: 21 } });
    assert.equal(d.fixes[0]!.edits[0]!.newText, '#første');
  });

  it('points inside the quotes of a quoted YAML list item, so the fix keeps the quotes YAML needs around #id', () => {
    for (const [written, fixed] of [
      ['contributes: ["#m11"]', 'contributes: ["#m1"]'],
      ["contributes: ['#m11']", "contributes: ['#m1']"],
      ['contributes: [x, "#m11"]', 'contributes: [x, "#m1"]'],
      ["contributes:\n      - '#m11'", "contributes:\n      - '#m1'"],
    ]) {
      const text = `owner: storby\ngoals:\n  - id: m1\n    title: M1\n  - id: m2\n    title: M2\n    ${written}\n`;
      const files = { 'samstemt.yaml': CONFIG, 'storby.yaml': text };
      const d = analyzeRule(RULE, files).find((x) => textAt(files, x) === '#m11');
      assert.ok(d, written);
      assert.equal(applyFix(files, d, 0)['storby.yaml'], text.replace(written, fixed));
    }
  });

  it('never suggests the goal that makes the reference: a goal cannot contribute to itself', () => {
    // `#zz` in a2 is two edits from `a2` itself and from `m1`: only m1 can be meant.
    for (const written of ['contributes: "#zz"', 'contributes: storby#zz']) {
      const text = `owner: storby\ngoals:\n  - id: m1\n    title: M1\n  - id: a2\n    title: A2\n    ${written}\n`;
      const files = { 'samstemt.yaml': CONFIG, 'storby.yaml': text };
      const [d] = analyzeRule(RULE, files);
      assert.ok(d, written);
      assert.deepEqual(d.fixes.map((f) => f.edits[0]!.newText.replace(/^storby/, '')), ['#m1'], written);
    }
    // A goal alone in its document: nothing to suggest.
    const alone = { 'samstemt.yaml': CONFIG, 'storby.yaml': 'owner: storby\ngoals:\n  - id: m2\n    title: M2\n    contributes: "#zz"\n' };
    assert.deepEqual(analyzeRule(RULE, alone).flatMap((d) => d.fixes.map((f) => f.title.en)), []);
  });

  describe('language', () => {
    const files = (lang: string) => ({ 'samstemt.yaml': CONFIG.replace('language: en', `language: ${lang}`), 'ikt.md': IKT, 'storby.md': storby('- Bidrar til: ikt-fjord#felles-hrr\n') });
    it('speaks bokmål', () => {
      const [d] = analyzeRule(RULE, files('nb'));
      assert.equal(d!.message, 'Det finnes ikke noe mål ikt-fjord#felles-hrr (i Bidrar til), så koblingen fører ingen steder. Mente du ikt-fjord#felles-hr? Sjekk mål-ID-en i strategien til ikt-fjord.');
      assert.equal(d!.fixes[0]!.title.nb, 'Endre til ikt-fjord#felles-hr');
    });
    it('speaks nynorsk', () => {
      const [d] = analyzeRule(RULE, files('nn'));
      assert.equal(d!.message, 'Det finst ikkje noko mål ikt-fjord#felles-hrr (i Bidrar til), så koplinga fører ingen stad. Meinte du ikt-fjord#felles-hr? Sjekk mål-ID-en i strategien til ikt-fjord.');
    });
    it('follows the engine option lang', () => {
      const [d] = analyzeRule(RULE, files('nn'), { lang: 'en' });
      assert.match(d!.message, /^There is no goal/);
    });
  });

  describe('severity', () => {
    const files = (rules = '') => ({ 'samstemt.yaml': CONFIG + rules, 'storby.md': storby('- Bidrar til: #ingen\n') });
    it('is an error by default', () => assert.equal(analyzeRule(RULE, files())[0]!.severity, 'error'));
    it('follows `rules:` in samstemt.yaml', () => assert.equal(analyzeRule(RULE, files('rules:\n  unknown-goal-ref: warning\n'))[0]!.severity, 'warning'));
    it('follows ruleOverrides', () => assert.equal(analyzeRule(RULE, files(), { ruleOverrides: { 'unknown-goal-ref': 'info' } })[0]!.severity, 'info'));
    it('is silent when off', () => {
      assert.deepEqual(analyzeRule(RULE, files('rules:\n  unknown-goal-ref: off\n')), []);
      assert.deepEqual(analyzeRule(RULE, files(), { ruleOverrides: { 'unknown-goal-ref': 'off' } }), []);
    });
  });
});
