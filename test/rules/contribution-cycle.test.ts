import { strict as assert } from 'node:assert';
import { analyzeRule, textAt, CONFIG, BASE, type TestDiagnostic } from '../helpers/workspace.js';
import { allRules } from '../../server/src/rules/index.js';

const RULE = 'contribution-cycle';
/** Every other rule off: the large inputs below test this rule only. */
const othersOff = Object.fromEntries(allRules.filter((r) => r.meta.id !== RULE).map((r) => [r.meta.id, 'off' as const]));

const doc = (owner: string, goals: [id: string, contributes?: string][]) =>
  `---\nowner: ${owner}\n---\n` + goals.map(([id, c]) => `\n## Mål ${id} {#${id}}\n${c ? `\n- Bidrar til: ${c}\n` : ''}`).join('');

/** The path of a cycle message, e.g. `a → b → a`, as a list of goal keys. */
function pathOf(d: TestDiagnostic): string[] {
  const m = /^Contribution cycle: (.+?)\. (?:A goal cannot|«)/.exec(d.message);
  assert.ok(m, d.message);
  return m[1]!.split(' → ');
}

describe('contribution-cycle', () => {
  it('reports a goal that contributes to itself (cycle of length 1)', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': doc('storby', [['a', '#a']]) };
    const [d, ...rest] = analyzeRule(RULE, files);
    assert.equal(rest.length, 0);
    assert.ok(d);
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.range, { start: { line: 6, character: 14 }, end: { line: 6, character: 16 } });
    assert.equal(textAt(files, d), '#a');
    assert.equal(d.goal, 'storby#a');
    assert.equal(
      d.message,
      'Contribution cycle: storby#a → storby#a. A goal cannot (indirectly) contribute to itself; remove the link that points back up the chain.',
    );
    assert.equal(d.related.length, 1);
    assert.equal(d.related[0]!.message, 'Next goal in the cycle: storby#a');
  });

  it('reports both links of a cycle of length 2 across owners, each related to the goal it points at', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'storby.md': doc('storby', [['a', 'midtby#b']]),
      'midtby.md': doc('midtby', [['b', 'storby#a']]),
    };
    const list = analyzeRule(RULE, files);
    assert.equal(list.length, 2);
    const fromA = list.find((d) => d.goal === 'storby#a')!;
    const fromB = list.find((d) => d.goal === 'midtby#b')!;
    assert.equal(fromA.file, 'storby.md');
    assert.equal(textAt(files, fromA), 'midtby#b');
    assert.equal(fromB.file, 'midtby.md');
    assert.equal(textAt(files, fromB), 'storby#a');
    // Related: the id of the goal the link points at, in the other file.
    assert.equal(fromA.related[0]!.uri, BASE + 'midtby.md');
    assert.deepEqual(fromA.related[0]!.range, { start: { line: 4, character: 11 }, end: { line: 4, character: 12 } });
    assert.equal(fromA.related[0]!.goal, 'midtby#b');
    assert.equal(fromB.related[0]!.uri, BASE + 'storby.md');
    for (const d of list) {
      const p = pathOf(d);
      assert.equal(p.length, 3);
      assert.equal(p[0], p[2]);
      assert.deepEqual([...new Set(p)].sort(), ['midtby#b', 'storby#a']);
    }
  });

  it('reports every link of a cycle of length 3', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'storby.md': doc('storby', [['a', '#b'], ['b', 'ikt-fjord#c']]),
      'ikt.yaml': `owner: ikt-fjord\ngoals:\n  - id: c\n    title: C\n    bidrar til: storby#a\n`,
    };
    const list = analyzeRule(RULE, files);
    assert.deepEqual(list.map((d) => [d.goal, textAt(files, d)]).sort(), [
      ['ikt-fjord#c', 'storby#a'],
      ['storby#a', '#b'],
      ['storby#b', 'ikt-fjord#c'],
    ]);
    const yaml = list.find((d) => d.file === 'ikt.yaml')!;
    assert.deepEqual(yaml.range, { start: { line: 4, character: 16 }, end: { line: 4, character: 24 } });
    for (const d of list) {
      const p = pathOf(d);
      assert.equal(p.length, 4);
      assert.equal(p[0], p[3]);
      assert.deepEqual([...new Set(p)].sort(), ['ikt-fjord#c', 'storby#a', 'storby#b']);
    }
  });

  it('does not report a chain, a diamond or sub-goals that contribute to their parent', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'storby.md': doc('storby', [['a', '#b'], ['b', '#c'], ['c'], ['d', '#b, #c']]),
      'midtby.md': `---\nowner: midtby\n---\n## Hoved {#hoved}\n### Del {#del}\n- Bidrar til: #hoved\n`,
    };
    assert.deepEqual(analyzeRule(RULE, files), []);
  });

  it('reports a goal that contributes to its own sub-goal: the sub-goal contributes to its parent (format.md), so the two form a cycle', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'storby.md': `---\nowner: storby\n---\n\n## Forelder {#forelder}\n\n- Bidrar til: #barn\n\n### Barn {#barn}\n\n- Frist: 2025\n`,
      'ikt.yaml': `owner: ikt-fjord\ngoals:\n  - id: hoved\n    title: Hoved\n    contributes: "#del"\n    goals:\n      - id: mellom\n        title: Mellom\n        goals:\n          - id: del\n            title: Del\n`,
    };
    const list = analyzeRule(RULE, files);
    assert.deepEqual(list.map((d) => [d.file, d.goal, textAt(files, d)]), [
      ['ikt.yaml', 'ikt-fjord#hoved', '#del'],
      ['ikt.yaml', 'ikt-fjord#mellom', 'mellom'],
      ['ikt.yaml', 'ikt-fjord#del', 'del'],
      ['storby.md', 'storby#forelder', '#barn'],
      ['storby.md', 'storby#barn', 'barn'],
    ]);
    const barn = list.find((d) => d.goal === 'storby#barn')!;
    assert.deepEqual([...new Set(pathOf(barn))].sort(), ['storby#barn', 'storby#forelder']);
    assert.match(barn.message, /«Barn» is a sub-goal of «Forelder», so it contributes to it, but «Forelder» \(indirectly\) contributes back to «Barn»\. Remove the `Bidrar til` link that points back down, or move «Barn» out from under «Forelder»\.$/);
    assert.equal(barn.related[0]!.goal, 'storby#forelder');
    assert.match(list.find((d) => d.goal === 'ikt-fjord#del')!.message, /Remove the `contributes` link/);
    const nb = analyzeRule(RULE, { ...files, 'samstemt.yaml': CONFIG.replace('language: en', 'language: nb') }).find((d) => d.goal === 'storby#barn')!;
    assert.match(nb.message, /«Barn» er et delmål av «Forelder» og bidrar dermed til det, men «Forelder» bidrar \(indirekte\) tilbake til «Barn»/);
    const nn = analyzeRule(RULE, { ...files, 'samstemt.yaml': CONFIG.replace('language: en', 'language: nn') }).find((d) => d.goal === 'storby#barn')!;
    assert.match(nn.message, /«Barn» er eit delmål av «Forelder» og bidreg dermed til det/);
  });

  it('reports only the links inside the cycle, not a tail leading into it', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': doc('storby', [['hale', '#a'], ['a', '#b'], ['b', '#a']]) };
    const list = analyzeRule(RULE, files);
    assert.deepEqual(list.map((d) => d.goal).sort(), ['storby#a', 'storby#b']);
  });

  it('reports two separate cycles separately', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': doc('storby', [['a', '#b'], ['b', '#a'], ['c', '#d'], ['d', '#c']]) };
    const list = analyzeRule(RULE, files);
    assert.equal(list.length, 4);
    const paths = new Set(list.map((d) => [...new Set(pathOf(d))].sort().join(',')));
    assert.deepEqual([...paths].sort(), ['storby#a,storby#b', 'storby#c,storby#d']);
  });

  it('ignores links that do not resolve', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': doc('storby', [['a', '#finnes-ikke']]) };
    assert.deepEqual(analyzeRule(RULE, files), []);
  });

  it('reports every link of a long cycle', function () {
    this.timeout(20000);
    const n = 300;
    const goals = Array.from({ length: n }, (_, i) => `  - id: g${i}\n    title: G${i}\n    contributes: "#g${(i + 1) % n}"\n`).join('');
    const files = { 'samstemt.yaml': CONFIG, 'storby.yaml': `owner: storby\ngoals:\n${goals}` };
    assert.equal(analyzeRule(RULE, files, { ruleOverrides: othersOff }).length, n);
  });

  it('follows a very long chain without overflowing the call stack', function () {
    this.timeout(30000);
    // 8000 goals deep, ending in a goal that contributes to itself: a recursive search would overflow.
    const n = 8000;
    const goals = Array.from({ length: n }, (_, i) => `  - id: g${i}\n    title: G${i}\n    contributes: "#g${Math.min(i + 1, n - 1)}"\n`).join('');
    const files = { 'samstemt.yaml': CONFIG, 'storby.yaml': `owner: storby\ngoals:\n${goals}` };
    const list = analyzeRule(RULE, files, { ruleOverrides: othersOff });
    assert.deepEqual(list.map((d) => d.goal), [`storby#g${n - 1}`]);
  });

  describe('language', () => {
    const files = (lang: string) => ({ 'samstemt.yaml': CONFIG.replace('language: en', `language: ${lang}`), 'storby.md': doc('storby', [['a', '#a']]) });
    it('speaks bokmål', () => {
      const [d] = analyzeRule(RULE, files('nb'));
      assert.equal(d!.message, 'Sirkel av bidrag: storby#a → storby#a. Et mål kan ikke (indirekte) bidra til seg selv; fjern koblingen som peker tilbake oppover i kjeden.');
      assert.equal(d!.related[0]!.message, 'Neste mål i sirkelen: storby#a');
    });
    it('speaks nynorsk', () => {
      const [d] = analyzeRule(RULE, files('nn'));
      assert.equal(d!.message, 'Sirkel av bidrag: storby#a → storby#a. Eit mål kan ikkje (indirekte) bidra til seg sjølv; fjern koplinga som peikar tilbake oppover i kjeda.');
    });
    it('follows the engine option lang', () => {
      const [d] = analyzeRule(RULE, files('nb'), { lang: 'en' });
      assert.match(d!.message, /^Contribution cycle:/);
    });
  });

  describe('severity', () => {
    const files = (rules = '') => ({ 'samstemt.yaml': CONFIG + rules, 'storby.md': doc('storby', [['a', '#a']]) });
    it('is an error by default', () => assert.equal(analyzeRule(RULE, files())[0]!.severity, 'error'));
    it('follows `rules:` in samstemt.yaml', () => assert.equal(analyzeRule(RULE, files('rules:\n  contribution-cycle: warning\n'))[0]!.severity, 'warning'));
    it('follows ruleOverrides', () => assert.equal(analyzeRule(RULE, files('rules:\n  contribution-cycle: warning\n'), { ruleOverrides: { 'contribution-cycle': 'error' } })[0]!.severity, 'error'));
    it('is silent when off', () => {
      assert.deepEqual(analyzeRule(RULE, files('rules:\n  contribution-cycle: off\n')), []);
      assert.deepEqual(analyzeRule(RULE, files(), { ruleOverrides: { 'contribution-cycle': 'off' } }), []);
    });
  });
});
