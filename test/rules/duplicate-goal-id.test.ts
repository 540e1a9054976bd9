import { strict as assert } from 'node:assert';
import { analyzeRule, textAt, CONFIG, BASE } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

const RULE = 'duplicate-goal-id';

describe('duplicate-goal-id', () => {
  it('reports both goals when one document uses an ID twice, each pointing at the other', () => {
    const text = `---
owner: storby
---

## Felles HR {#felles-hr}

- Område: hr

## Felles lønn {#felles-hr}

- Område: hr
`;
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': text };
    const list = analyzeRule(RULE, files);
    assert.equal(list.length, 2);
    const [a, b] = list as [(typeof list)[0], (typeof list)[0]];
    assert.equal(a.severity, 'error');
    assert.deepEqual(a.range, { start: { line: 4, character: 15 }, end: { line: 4, character: 24 } });
    assert.deepEqual(b.range, { start: { line: 8, character: 17 }, end: { line: 8, character: 26 } });
    assert.equal(textAt(files, a), 'felles-hr');
    assert.equal(textAt(files, b), 'felles-hr');
    assert.equal(a.goal, 'storby#felles-hr');
    assert.equal(
      a.message,
      'The goal ID "felles-hr" is used 2 times by storby, so references to storby#felles-hr are ambiguous. Give this goal a unique ID.',
    );
    assert.equal(a.related.length, 1);
    assert.equal(a.related[0]!.uri, BASE + 'storby.md');
    assert.deepEqual(a.related[0]!.range, b.range);
    assert.equal(a.related[0]!.message, 'The other goal with ID "felles-hr"');
    assert.deepEqual(b.related[0]!.range, a.range);
  });

  it('reports duplicates across two documents of the same owner, with related locations in the other file', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'strategi/storby-digital.md': `---\nowner: storby\n---\n\n## Digital byggesak {#digital-byggesak}\n`,
      'strategi/storby-plan.yaml': `owner: storby\ngoals:\n  - id: digital-byggesak\n    title: Digital byggesak\n`,
    };
    const list = analyzeRule(RULE, files);
    assert.deepEqual(list.map((d) => [d.file, textAt(files, d)]), [
      ['strategi/storby-digital.md', 'digital-byggesak'],
      ['strategi/storby-plan.yaml', 'digital-byggesak'],
    ]);
    const [md, yaml] = list as [(typeof list)[0], (typeof list)[0]];
    assert.deepEqual(md.range, { start: { line: 4, character: 22 }, end: { line: 4, character: 38 } });
    assert.deepEqual(yaml.range, { start: { line: 2, character: 8 }, end: { line: 2, character: 24 } });
    assert.equal(md.related[0]!.uri, BASE + 'strategi/storby-plan.yaml');
    assert.deepEqual(md.related[0]!.range, yaml.range);
    assert.equal(md.related[0]!.goal, 'storby#digital-byggesak');
    assert.equal(yaml.related[0]!.uri, BASE + 'strategi/storby-digital.md');
    assert.deepEqual(yaml.related[0]!.range, md.range);
  });

  it('counts three uses and relates each to the two others', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'a.md': `---\nowner: midtby\n---\n## A {#x}\n## B {#x}\n`,
      'b.md': `---\nowner: midtby\n---\n## C {#x}\n`,
    };
    const list = analyzeRule(RULE, files);
    assert.equal(list.length, 3);
    for (const d of list) {
      assert.match(d.message, /is used 3 times by midtby/);
      assert.equal(d.related.length, 2);
    }
  });

  it('reports a sub-goal that repeats its parent ID (YAML)', () => {
    const text = `owner: fjellbygd
goals:
  - id: lonn
    title: Lønn
    goals:
      - id: lonn
        title: Lønn igjen
`;
    const files = { 'samstemt.yaml': CONFIG, 'f.yaml': text };
    const list = analyzeRule(RULE, files);
    assert.deepEqual(list.map((d) => [d.range.start.line, d.range.start.character, textAt(files, d)]), [
      [2, 8, 'lonn'],
      [5, 12, 'lonn'],
    ]);
  });

  it('allows the same ID for different owners', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'a.md': `---\nowner: storby\n---\n## A {#felles-hr}\n`,
      'b.md': `---\nowner: midtby\n---\n## B {#felles-hr}\n`,
      'c.yaml': `owner: fjellbygd\ngoals:\n  - id: felles-hr\n    title: C\n`,
    };
    assert.deepEqual(analyzeRule(RULE, files), []);
  });

  it('allows the same ID in two separate workspaces', () => {
    const files = {
      'a/samstemt.yaml': 'language: en\n',
      'a/s.strategy.md': `---\nowner: storby\n---\n## A {#felles-hr}\n`,
      'b/samstemt.yaml': 'language: en\n',
      'b/s.strategy.md': `---\nowner: storby\n---\n## A {#felles-hr}\n`,
    };
    assert.deepEqual(analyzeRule(RULE, files), []);
  });

  it('counts non-ASCII IDs in UTF-16 columns', () => {
    const files = { 'samstemt.yaml': CONFIG, 'a.md': `---\nowner: storby\n---\n## 🚀 Rask {#rask-ø}\n## Rask igjen {#rask-ø}\n` };
    const [a] = analyzeRule(RULE, files);
    assert.ok(a);
    // "## " (3) + "🚀" (2 code units) + " Rask " (6) + "{#" (2) = 13
    assert.deepEqual(a.range, { start: { line: 3, character: 13 }, end: { line: 3, character: 19 } });
    assert.equal(textAt(files, a), 'rask-ø');
  });

  describe('fix', () => {
    it('offers every goal but the first a free ID, and the fixed workspace has no duplicates left', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'a.md': `---\nowner: midtby\n---\n## A {#x}\n## B {#x}\n## C {#x-2}\n`,
        'b.yaml': `owner: midtby\ngoals:\n  - id: x\n    title: D\n`,
      };
      const list = analyzeRule(RULE, files).filter((d) => textAt(files, d) === 'x');
      assert.equal(list.length, 3);
      assert.deepEqual(list.map((d) => d.fixes.map((f) => f.edits[0]!.newText)), [[], ['x-3'], ['x-4']], 'x-2 is taken');
      assert.equal(list[1]!.fixes[0]!.title.en, 'Change the ID to "x-3"');
      assert.equal(list[2]!.fixes[0]!.edits[0]!.uri, BASE + 'b.yaml');
      const fixed = applyFix(applyFix(files, list[1]!), list[2]!);
      assert.equal(fixed['b.yaml'], `owner: midtby\ngoals:\n  - id: x-4\n    title: D\n`);
      assert.deepEqual(analyzeRule(RULE, fixed), []);
    });
  });

  describe('language', () => {
    const files = (lang: string) => ({ 'samstemt.yaml': CONFIG.replace('language: en', `language: ${lang}`), 'a.md': `---\nowner: storby\n---\n## A {#x}\n## B {#x}\n` });
    it('speaks bokmål', () => {
      const [d] = analyzeRule(RULE, files('nb'));
      assert.equal(d!.message, 'Mål-ID-en «x» er brukt 2 ganger av storby, så henvisninger til storby#x blir tvetydige. Gi dette målet en unik ID.');
      assert.equal(d!.related[0]!.message, 'Det andre målet med ID «x»');
      assert.equal(analyzeRule(RULE, files('nb'))[1]!.fixes[0]!.title.nb, 'Endre ID-en til «x-2»');
    });
    it('speaks nynorsk', () => {
      const [d] = analyzeRule(RULE, files('nn'));
      assert.equal(d!.message, 'Mål-ID-en «x» er brukt 2 gonger av storby, så tilvisingar til storby#x blir tvetydige. Gje dette målet ein unik ID.');
    });
    it('follows the engine option lang', () => {
      const [d] = analyzeRule(RULE, files('nn'), { lang: 'en' });
      assert.match(d!.message, /^The goal ID "x" is used 2 times/);
    });
  });

  describe('severity', () => {
    const files = (rules = '') => ({ 'samstemt.yaml': CONFIG + rules, 'a.md': `---\nowner: storby\n---\n## A {#x}\n## B {#x}\n` });
    it('is an error by default', () => assert.deepEqual(analyzeRule(RULE, files()).map((d) => d.severity), ['error', 'error']));
    it('follows `rules:` in samstemt.yaml', () => assert.deepEqual(analyzeRule(RULE, files('rules:\n  duplicate-goal-id: warning\n')).map((d) => d.severity), ['warning', 'warning']));
    it('follows ruleOverrides', () => assert.equal(analyzeRule(RULE, files('rules:\n  duplicate-goal-id: warning\n'), { ruleOverrides: { 'duplicate-goal-id': 'error' } })[0]!.severity, 'error'));
    it('is silent when off', () => {
      assert.deepEqual(analyzeRule(RULE, files('rules:\n  duplicate-goal-id: off\n')), []);
      assert.deepEqual(analyzeRule(RULE, files(), { ruleOverrides: { 'duplicate-goal-id': 'off' } }), []);
    });
  });
  it('does not pair goals of two documents without an owner: they belong to nobody, not to one owner', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      // No owner, and an owner that cannot be read (the front matter does not parse): missing-owner and parse-error say so.
      'a.md': `---\ntitle: Utkast\n---\n\n## Mål {#mal}\n`,
      'b.md': `---\nowner: storby\nperiod: [2024\n---\n\n## Mål {#mal}\n`,
    };
    assert.deepEqual(analyzeRule(RULE, files), []);
  });

  it('still reports an ID used twice in one document without an owner, without naming an owner', () => {
    const files = { 'samstemt.yaml': CONFIG, 'a.md': `---\ntitle: Utkast\n---\n\n## Mål {#mal}\n\n## Mål igjen {#mal}\n`, 'b.md': `---\ntitle: Utkast 2\n---\n\n## Mål {#mal}\n` };
    const list = analyzeRule(RULE, files);
    assert.deepEqual(list.map((d) => [d.file, d.range.start.line, textAt(files, d)]), [
      ['a.md', 4, 'mal'],
      ['a.md', 6, 'mal'],
    ]);
    assert.equal(list[0]!.message, 'The goal ID "mal" is used 2 times in this document, so references to #mal are ambiguous. Give this goal a unique ID.');
    assert.deepEqual(list[0]!.related.map((r) => r.range.start.line), [6]);
    const nb = analyzeRule(RULE, { ...files, 'samstemt.yaml': CONFIG.replace('language: en', 'language: nb') });
    assert.match(nb[1]!.message, /^Mål-ID-en «mal» er brukt 2 ganger i dette dokumentet/);
  });
});
