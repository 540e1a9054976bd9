/**
 * Word's track changes, exported with Pandoc (or written by hand in GitLab
 * and GitHub) as strikethrough: `- Frist: ~~2025~~ 2026`. Struck-through
 * text is deleted text, so the value is read without it.
 */
import { strict as assert } from 'node:assert';
import { STORBY_HEAD as HEAD, goalOf, props } from '../helpers/oneGoal.js';
import { renderedText } from '../../server/src/engine/text/inline.js';
import { analyze, textAt, CONFIG, CONFIG_NB, CONFIG_NN } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

const structure = ['invalid-value', 'unknown-objective', 'unknown-member', 'unknown-property', 'goal-not-measurable', 'goal-unlinked'];

describe('Struck-through text (Word track changes) is deleted text', () => {
  it('reads `Frist: ~~2025~~ 2026` as 2026, and a struck system as not there', () => {
    const text = `${HEAD}- Frist: ~~2025~~ 2026\n- Innføre: ~~Public 360~~ Elements\n- Støtter: DS19-M2, ~~DS19-M9~~\n- Behov: Felles ~~gammelt~~ arkiv\n`;
    assert.deepEqual(props(text), { Frist: '2026', Innføre: 'Elements', Støtter: 'DS19-M2', Behov: 'Felles arkiv' });
    const goal = goalOf(text);
    assert.deepEqual(goal.facts.supports.map((s) => s.text), ['DS19-M2']);
    assert.deepEqual(goal.facts.adopt, ['Elements']);
    assert.equal(goal.facts.deadline, '2026-12-31');
    const adopt = goal.properties[1]!;
    assert.equal(text.slice(adopt.items[0]!.span.start, adopt.items[0]!.span.end), 'Elements');
    assert.deepEqual(analyze({ 'samstemt.yaml': CONFIG, 'storby.md': text }).filter((d) => structure.includes(d.rule)), []);
  });

  it('finds no system conflict with a system the other member has struck out', () => {
    const a = `---\nowner: storby\n---\n\n## Arkiv {#arkiv}\n\n- Område: sak-arkiv\n- Omfang: alle\n- Innføre: ~~Public 360~~ Elements\n- Frist: 2026\n`;
    const b = `---\nowner: midtby\n---\n\n## Arkiv {#arkiv}\n\n- Område: sak-arkiv\n- Omfang: alle\n- Innføre: Elements\n- Frist: 2026\n`;
    assert.deepEqual(analyze({ 'samstemt.yaml': CONFIG, 'storby.md': a, 'midtby.md': b }).filter((d) => d.rule === 'conflict-system-choice'), []);
  });

  it('renders `~~…~~` as nothing, but leaves a single tilde (Pandoc\'s subscript, «ca. ~30») and unclosed `~~` as written', () => {
    assert.equal(renderedText('~~2025~~ 2026'), ' 2026');
    assert.equal(renderedText('ca. ~30 %'), 'ca. ~30 %');
    assert.equal(renderedText('H~2~O'), 'H~2~O');
    assert.equal(renderedText('a ~~ b'), 'a ~~ b');
    assert.equal(renderedText('~~ 2025 ~~ 2026'), '~~ 2025 ~~ 2026');
  });

  it('reads a struck title word as deleted in the goal\'s title', () => {
    const text = `---\nowner: storby\n---\n\n## Digital ~~elektronisk~~ byggesak {#digital-byggesak}\n\n- Frist: 2026\n`;
    assert.equal(goalOf(text).title, 'Digital byggesak');
  });

  it('says so when everything after the key is struck through, once, on the struck text, in nb, nn and en', () => {
    const text = `${HEAD}- Frist: ~~2025~~\n- Støtter: DS19-M2\n- Innføre: ~~Public 360~~\n`;
    for (const [config, pattern] of [
      [CONFIG, /^All of Frist is struck through \("~~2025~~"\), which marks it as deleted, so Frist has no value/],
      [CONFIG_NB, /^Hele verdien for Frist er gjennomstreket \(«~~2025~~»\)/],
      [CONFIG_NN, /^Heile verdien for Frist er gjennomstreka \(«~~2025~~»\)/],
    ] as const) {
      const files = { 'samstemt.yaml': config, 'storby.md': text };
      const found = analyze(files).filter((d) => d.rule === 'invalid-value');
      assert.deepEqual(found.map((d) => textAt(files, d)), ['~~2025~~', '~~Public 360~~']);
      assert.match(found[0]!.message, pattern);
      assert.equal(found[1]!.severity, 'warning', 'a struck system is a choice the author may mean');
    }
  });

  it('offers to remove a line whose value is all struck through', () => {
    const text = `${HEAD}- Frist: 2026\n- Innføre: ~~Public 360~~\n- Støtter: DS19-M2\n`;
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': text };
    const d = analyze(files).find((x) => x.rule === 'invalid-value')!;
    assert.equal(applyFix(files, d)['storby.md'], `${HEAD}- Frist: 2026\n- Støtter: DS19-M2\n`);
  });
});
