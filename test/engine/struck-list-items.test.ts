/**
 * A struck-through item of a comma-separated list (Word's track changes:
 * `Støtter: DS19-M2, ~~DS19-M9~~`) is deleted together with its comma, so
 * the value reads as the remaining items («DS19-M2», not «DS19-M2,»), wherever
 * the struck item stands; the remaining items keep their places in the text.
 */
import { strict as assert } from 'node:assert';
import { STORBY_HEAD as HEAD, goalOf, props } from '../helpers/oneGoal.js';
import { analyze, textAt, CONFIG } from '../helpers/workspace.js';

/** Each item of the goal's first property: its text and the source it spans. */
function items(text: string): [string, string][] {
  const p = goalOf(text).properties[0]!;
  return p.items.map((i) => [i.text, text.slice(i.span.start, i.span.end)]);
}

describe('A struck-through list item goes with its comma', () => {
  for (const [written, value, kept] of [
    ['DS19-M2, ~~DS19-M9~~', 'DS19-M2', ['DS19-M2']],
    ['~~DS19-M9~~, DS19-M2', 'DS19-M2', ['DS19-M2']],
    ['DS19-M2, ~~DS19-M9~~, DS19-I4', 'DS19-M2, DS19-I4', ['DS19-M2', 'DS19-I4']],
    ['DS19-M2,~~DS19-M9~~,DS19-I4', 'DS19-M2,DS19-I4', ['DS19-M2', 'DS19-I4']],
    ['~~DS19-M9~~, ~~DS19-M1~~, DS19-M2 , DS19-I4', 'DS19-M2 , DS19-I4', ['DS19-M2', 'DS19-I4']],
  ] as const) {
    it(`reads «Støtter: ${written}» as «${value}»`, () => {
      const text = `${HEAD}- Støtter: ${written}\n- Frist: 2026\n`;
      assert.equal(props(text)['Støtter'], value);
      assert.deepEqual(items(text), kept.map((k) => [k, k]));
      assert.deepEqual(goalOf(text).facts.supports.map((s) => s.text), kept);
    });
  }

  it('keeps each remaining item at its place in the line', () => {
    const text = `${HEAD}- Innføre: Elements, ~~Public 360~~, Visma HRM\n- Frist: 2026\n`;
    const p = goalOf(text).properties[0]!;
    assert.equal(p.value, 'Elements, Visma HRM');
    assert.deepEqual(p.items.map((i) => i.span.start), [text.indexOf('Elements'), text.indexOf('Visma HRM')]);
  });

  it('says a list with every item struck through has no value, as for one struck item', () => {
    const text = `${HEAD}- Støtter: ~~DS19-M9~~, ~~DS19-M1~~\n- Frist: 2026\n`;
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': text };
    const found = analyze(files).filter((d) => d.rule === 'invalid-value');
    assert.deepEqual(found.map((d) => textAt(files, d)), ['~~DS19-M9~~, ~~DS19-M1~~']);
    assert.match(found[0]!.message, /^All of Støtter is struck through/);
  });

  it('leaves a comma that is not next to a struck item as written', () => {
    assert.equal(props(`${HEAD}- Støtter: DS19-M2, , DS19-I4\n- Frist: 2026\n`)['Støtter'], 'DS19-M2, , DS19-I4');
    const text = `${HEAD}- Behov: Felles ~~gammelt~~ arkiv, bedre søk\n- Frist: 2026\n`;
    assert.equal(props(text)['Behov'], 'Felles arkiv, bedre søk');
    const accepts = `${HEAD}- Aksepterer: midtby#arkiv — vedtatt i rådet, ~~se notat~~\n- Frist: 2026\n`;
    assert.equal(props(accepts)['Aksepterer'], 'midtby#arkiv — vedtatt i rådet');
  });
});
