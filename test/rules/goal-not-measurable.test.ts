import { strict as assert } from 'node:assert';
import { analyzeRule, textAt, CONFIG, CONFIG_NB as NB, CONFIG_NN as NN } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';
import { digitalFormsGoalMd } from '../helpers/rules.js';

const RULE = 'goal-not-measurable';

const md = digitalFormsGoalMd;

describe('goal-not-measurable', function () {
  this.timeout(30_000);

  describe('valid', () => {
    it('leaves a dropped goal alone, but still reports a done one (was it reached?)', () => {
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'storby.md': md('- Status: avbrutt\n') }), []);
      assert.equal(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'storby.md': md('- Status: fullført\n') }).length, 1);
    });
    for (const [name, props] of [
      ['a deadline', '- Frist: 2026-06-30\n'],
      ['a deadline given as a year', '- Frist: 2026\n'],
      ['an indicator with a target value', '- Indikator: andel digitale søknader\n- Målverdi: 80 %\n'],
    ] as const) {
      it(`accepts a goal with ${name}`, () => {
        assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'storby.md': md(props) }), []);
      });
    }

    it('accepts a malformed deadline (reported by invalid-value, not twice)', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': md('- Frist: 2026-13-01\n') };
      assert.deepEqual(analyzeRule(RULE, files), []);
      assert.equal(analyzeRule('invalid-value', files).length, 1);
    });

    it('accepts YAML goals with a deadline or indicator + target', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'fjellbygd.yaml': `owner: fjellbygd
goals:
  - id: a
    title: Alle skjema digitale
    deadline: 2026
  - id: b
    title: Flere digitale søknader
    indicator: andel digitale søknader
    target: 90 %
`,
      };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });

    it('is silent when turned off', () => {
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG + 'rules:\n  goal-not-measurable: off\n', 'storby.md': md('') }), []);
    });
  });

  describe('invalid', () => {
    it('reports a goal with neither deadline nor indicator on its title (English)', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': md('- Område: innbyggertjenester\n') };
      const list = analyzeRule(RULE, files);
      assert.equal(list.length, 1);
      const d = list[0]!;
      assert.equal(d.rule, RULE);
      assert.equal(d.severity, 'warning');
      assert.equal(d.goal, 'storby#skjema');
      assert.deepEqual(d.range, { start: { line: 5, character: 3 }, end: { line: 5, character: 24 } });
      assert.equal(textAt(files, d), 'Flere digitale skjema');
      assert.equal(
        d.message,
        'The goal «Flere digitale skjema» cannot be followed up: it has no deadline and nothing to measure, so no one can tell later whether it was reached. Add a deadline (`Frist: 2027-12-31`), or say what you will measure and the value you aim for (`Indikator: …` and `Målverdi: …`).',
      );
    });

    it('says what is missing when only the target is missing (bokmål)', () => {
      const files = { 'samstemt.yaml': NB, 'storby.md': md('- Indikator: andel digitale søknader\n') };
      const [d] = analyzeRule(RULE, files);
      assert.match(d!.message, /^Målet «Flere digitale skjema» sier hva som skal måles \(andel digitale søknader\), men ikke hvilken verdi/);
      assert.ok(d!.message.includes('`Målverdi: …`'));
    });

    it('says what is missing when only the indicator is missing (nynorsk)', () => {
      const files = { 'samstemt.yaml': NN, 'storby.md': md('- Målverdi: 80 %\n') };
      const [d] = analyzeRule(RULE, files);
      assert.match(d!.message, /^Målet «Flere digitale skjema» har ein målverdi, men seier ikkje kva som skal målast/);
    });

    it('adds the end of the strategy period as deadline; the result is clean', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': md('- Område: innbyggertjenester\n') };
      const [d] = analyzeRule(RULE, files);
      assert.equal(d!.fixes.length, 1);
      assert.equal(d!.fixes[0]!.title.en, 'Add the deadline 2027-12-31 (end of the strategy period)');
      const fixed = applyFix(files, d!);
      assert.equal(fixed['storby.md'], md('- Område: innbyggertjenester\n- Frist: 2027-12-31\n'));
      assert.deepEqual(analyzeRule(RULE, fixed), []);
    });

    it('creates a property list for a goal without one', () => {
      const text = `---\nowner: storby\nperiod: 2024-2026\n---\n\n## Bedre tjenester {#tjenester}\n\nTekst.\n`;
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': text };
      const [d] = analyzeRule(RULE, files);
      const fixed = applyFix(files, d!);
      assert.equal(fixed['storby.md'], text.replace('{#tjenester}\n', '{#tjenester}\n\n- Frist: 2026-12-31\n'));
      assert.deepEqual(analyzeRule(RULE, fixed), []);
    });

    it('fills an empty deadline instead of adding a second one', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': md('- Frist:\n') };
      const [d] = analyzeRule(RULE, files);
      const fixed = applyFix(files, d!);
      assert.equal(fixed['storby.md'], md('- Frist: 2027-12-31\n'));
      assert.deepEqual(analyzeRule(RULE, fixed), []);
    });

    it('offers no fix without a document period, and shows the date format instead', () => {
      const text = `---\nowner: storby\n---\n\n## Bedre tjenester {#tjenester}\n`;
      const [d] = analyzeRule(RULE, { 'samstemt.yaml': NB, 'storby.md': text });
      assert.deepEqual(d!.fixes, []);
      assert.ok(d!.message.includes('`Frist: ÅÅÅÅ-MM-DD`'), d!.message);
    });

    it('reports YAML goals, with English keys for an English document and a working fix', () => {
      const text = `owner: fjellbygd
period: 2023-2027
goals:
  - id: a
    title: Better services
    area: innbyggertjenester
    description: |
      The services will be better.
  - id: b
    title: Shared invoices
    deadline: 2025
`;
      const files = { 'samstemt.yaml': CONFIG, 'fjellbygd.yaml': text };
      const list = analyzeRule(RULE, files);
      assert.equal(list.length, 1);
      const d = list[0]!;
      assert.deepEqual(d.range, { start: { line: 4, character: 11 }, end: { line: 4, character: 26 } });
      assert.equal(textAt(files, d), 'Better services');
      assert.ok(d.message.includes('`deadline: 2027-12-31`'), d.message);
      const fixed = applyFix(files, d);
      assert.equal(fixed['fjellbygd.yaml'], text.replace('      The services will be better.\n', '      The services will be better.\n    deadline: 2027-12-31\n'));
      assert.deepEqual(analyzeRule(RULE, fixed), []);
    });

    it('reports a nynorsk Markdown document with nynorsk keys', () => {
      const text = `---\nowner: midtby\nperiod: 2024-2028\n---\n\n## Betre tenester {#tenester}\n\n- Behalde: Fagsystem\n- Indikator: nøgde brukarar\n`;
      const files = { 'samstemt.yaml': NN, 'midtby.md': text };
      const [d] = analyzeRule(RULE, files);
      assert.ok(d!.message.includes('`Målverdi: …`'));
      assert.equal(d!.fixes[0]!.title.nn, 'Legg til fristen 2028-12-31 (slutten av strategiperioden)');
      const fixed = applyFix(files, d!);
      assert.equal(fixed['midtby.md'], text + '- Frist: 2028-12-31\n');
      assert.deepEqual(analyzeRule(RULE, fixed), []);
    });
  });
  it('proposes a deadline after the goal\'s own start when it starts after the strategy period, not one before it', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': md('- Fra: 2026-06-01\n', '2024–2025') };
    const [d] = analyzeRule(RULE, files);
    assert.match(d!.message, /`Frist: 2026-12-31`/);
    assert.equal(d!.fixes[0]!.title.en, 'Add the deadline 2026-12-31 (end of the year the goal starts)');
    assert.equal(analyzeRule(RULE, { ...files, 'samstemt.yaml': NB })[0]!.fixes[0]!.title.nb, 'Legg til fristen 2026-12-31 (slutten av året målet starter)');
    assert.equal(analyzeRule(RULE, { ...files, 'samstemt.yaml': NN })[0]!.fixes[0]!.title.nn, 'Legg til fristen 2026-12-31 (slutten av året målet startar)');
    const fixed = applyFix(files, d!);
    assert.match(fixed['storby.md']!, /- Fra: 2026-06-01\n- Frist: 2026-12-31\n/);
    assert.deepEqual(analyzeRule('invalid-value', fixed), [], 'the fixed goal does not end before it starts');
    assert.deepEqual(analyzeRule(RULE, fixed), []);
  });
});
