import { strict as assert } from 'node:assert';
import { analyzeRule, textAt, CONFIG, CONFIG_NB as NB, CONFIG_NN as NN } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

const RULE = 'uniform-mandate';

const md = (props: string) => `---
owner: ikt-fjord
---

## Felles personalsystem for alle medlemmer {#felles-hr}

- Område: hr
- Innføre: Visma HRM
- Omfang: alle
${props}- Frist: 2025-12-31
`;

/** Members within a factor of 10 of each other. */
const EVEN = CONFIG.replace('population: 940', 'population: 9400');

describe('uniform-mandate', function () {
  this.timeout(30_000);

  describe('valid', () => {
    it('leaves a dropped or done goal alone (no mandate left to differentiate), but not an active one', () => {
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'a.md': md('- Status: avbrutt\n') }), []);
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'a.md': md('- Status: done\n') }), []);
      assert.equal(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'a.md': md('- Status: pågår\n') }).length, 1);
    });
    it('accepts a mandate for all when members are of similar size', () => {
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': EVEN, 'a.md': md('') }), []);
    });
    it('accepts a mandate that exempts members', () => {
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'a.md': md('- Unntak: fjellbygd\n') }), []);
    });
    it('accepts a goal for all that adopts no system', () => {
      const text = md('').replace('- Innføre: Visma HRM\n', '');
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'a.md': text }), []);
    });
    it('accepts a goal scoped to named members', () => {
      const text = md('').replace('Omfang: alle', 'Omfang: storby, midtby');
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'a.md': text }), []);
    });
    it('accepts any mandate when fewer than two members have a population', () => {
      const cfg = CONFIG.replace(', population: 50000', '').replace(', population: 15000', '');
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': cfg, 'a.md': md('') }), []);
    });
    it('is silent when turned off', () => {
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG + 'rules:\n  uniform-mandate: off\n', 'a.md': md('') }), []);
    });
  });

  describe('invalid', () => {
    it('reports on `alle`, naming the largest and smallest member (English)', () => {
      const files = { 'samstemt.yaml': CONFIG, 'a.md': md('') };
      const list = analyzeRule(RULE, files);
      assert.equal(list.length, 1);
      const d = list[0]!;
      assert.equal(d.rule, RULE);
      assert.equal(d.severity, 'info');
      assert.equal(d.goal, 'ikt-fjord#felles-hr');
      assert.deepEqual(d.range, { start: { line: 8, character: 10 }, end: { line: 8, character: 14 } });
      assert.equal(textAt(files, d), 'alle');
      assert.equal(
        d.message,
        'The goal «Felles personalsystem for alle medlemmer» introduces Visma HRM for all members, but the members differ a lot in size: Storby kommune has 50,000 inhabitants, Fjellbygd kommune has 940 (53 times fewer). One solution may not fit them all. Consider differentiating: name members that keep another solution with `Unntak: …`. If one solution for everyone is a deliberate choice, this is information only: write the reason in the goal, and leave it.',
      );
    });

    it('writes in bokmål and nynorsk', () => {
      const files = { 'samstemt.yaml': NB, 'a.md': md('') };
      assert.match(analyzeRule(RULE, files)[0]!.message, /Storby kommune har 50 000 innbyggere, Fjellbygd kommune har 940 \(53 ganger færre\)/);
      assert.match(analyzeRule(RULE, { ...files, 'samstemt.yaml': NN })[0]!.message, /Storby kommune har 50 000 innbyggjarar, Fjellbygd kommune har 940 \(53 gonger færre\)/);
    });

    it('offers to exempt the much smaller members; the result is clean', () => {
      const files = { 'samstemt.yaml': CONFIG, 'a.md': md('') };
      const [d] = analyzeRule(RULE, files);
      assert.equal(d!.fixes[0]!.title.en, 'Exempt fjellbygd (fewer than a tenth of the inhabitants of Storby kommune)');
      const fixed = applyFix(files, d!);
      assert.equal(fixed['a.md'], md('').replace('- Omfang: alle\n', '- Omfang: alle\n- Unntak: fjellbygd\n'));
      assert.deepEqual(analyzeRule(RULE, fixed), []);
      assert.deepEqual(analyzeRule('unknown-member', fixed), []);
    });

    it('fills an empty `Unntak:`', () => {
      const files = { 'samstemt.yaml': CONFIG, 'a.md': md('- Unntak:\n') };
      const [d] = analyzeRule(RULE, files);
      const fixed = applyFix(files, d!);
      assert.equal(fixed['a.md'], md('- Unntak: fjellbygd\n'));
      assert.deepEqual(analyzeRule(RULE, fixed), []);
    });

    it('reports YAML goals (scope `all` in a list) and inserts `exempt`', () => {
      const text = `owner: storby
goals:
  - id: sak
    title: Common case system
    scope: [storby, all]
    adopt: Elements
    deadline: 2026
`;
      const files = { 'samstemt.yaml': NB, 'storby.yaml': text };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.equal(textAt(files, d!), 'all');
      assert.deepEqual(d!.range, { start: { line: 4, character: 20 }, end: { line: 4, character: 23 } });
      assert.match(d!.message, /^Målet «Common case system» innfører Elements for alle medlemmene/);
      assert.ok(d!.message.includes('`exempt: …`'), d!.message);
      const fixed = applyFix(files, d!);
      assert.equal(fixed['storby.yaml'], text.replace('    scope: [storby, all]\n', '    scope: [storby, all]\n    exempt: fjellbygd\n'));
      assert.deepEqual(analyzeRule(RULE, fixed), []);
    });

    it('uses nynorsk keys in a nynorsk document', () => {
      const text = `---\nowner: ikt-fjord\n---\n\n## Felles arkiv {#arkiv}\n\n- Omfang: alle\n- Innføre: Nytt arkiv\n- Behalde: Gamalt arkiv\n`;
      const files = { 'samstemt.yaml': NN, 'a.md': text };
      const [d] = analyzeRule(RULE, files);
      assert.ok(d!.message.includes('`Unntak: …`'));
      const fixed = applyFix(files, d!);
      assert.equal(fixed['a.md'], text.replace('- Omfang: alle\n', '- Omfang: alle\n- Unntak: fjellbygd\n'));
    });

    it('counts a scope that lists every municipal member (all but the company) as all members', () => {
      // Finding 7 (r7): the company's goal for storby, midtby and fjellbygd is a mandate for all of them.
      const text = md('').replace('Omfang: alle', 'Omfang: storby, midtby, fjellbygd');
      const files = { 'samstemt.yaml': NB, 'a.md': text };
      const list = analyzeRule(RULE, files);
      assert.equal(list.length, 1);
      assert.equal(textAt(files, list[0]!), 'storby, midtby, fjellbygd');
      assert.match(list[0]!.message, /Storby kommune har 50 000 innbyggere, Fjellbygd kommune har 940/);
      const fixed = applyFix(files, list[0]!);
      assert.equal(fixed['a.md'], text.replace('- Omfang: storby, midtby, fjellbygd\n', '- Omfang: storby, midtby, fjellbygd\n- Unntak: fjellbygd\n'));
      assert.deepEqual(analyzeRule(RULE, fixed), []);
      // Naming the company too is all members as well; leaving out a municipality is not.
      assert.equal(analyzeRule(RULE, { 'samstemt.yaml': NB, 'a.md': md('').replace('Omfang: alle', 'Omfang: storby, midtby, fjellbygd, ikt-fjord') }).length, 1);
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': NB, 'a.md': md('').replace('Omfang: alle', 'Omfang: storby, fjellbygd') }), []);
    });

    it('counts members without `members:` in the config as having no population', () => {
      const files = { 'a.strategy.md': md('') };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });
  });
});
