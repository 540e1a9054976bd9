import { strict as assert } from 'node:assert';
import { parseMarkdown } from '../../server/src/engine/parse/markdown.js';
import { renderInline } from '../../server/src/engine/text/inline.js';
import type { Span, StrategyDocument } from '../../server/src/engine/types.js';
import { analyze, textAt, CONFIG } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

const at = (doc: StrategyDocument, span: Span) => doc.text.slice(span.start, span.end);
const md = (body: string, owner = 'storby') => `---\nowner: ${owner}\nperiod: 2024–2027\n---\n\n${body}`;

describe('inline Markdown in values and titles', () => {
  it('renders emphasis, code spans, links, escapes and comments, and keeps text that is not markup', () => {
    const r = (t: string) => renderInline(t)?.text ?? t;
    assert.equal(r('**2025-12-31**'), '2025-12-31');
    assert.equal(r('`DS19-I2`'), 'DS19-I2');
    assert.equal(r('*hr*'), 'hr');
    assert.equal(r('_alle_'), 'alle');
    assert.equal(r('__alle__'), 'alle');
    assert.equal(r('[Visma HRM](https://www.visma.no/hrm)'), 'Visma HRM');
    assert.equal(r('hr <!-- sjekk med HR -->'), 'hr ');
    assert.equal(r('a*b'), 'a*b');
    assert.equal(r('snake_case_name'), 'snake_case_name');
    assert.equal(r('a_b_c and x_y'), 'a_b_c and x_y');
    assert.equal(r('5 * 3 * 2'), '5 * 3 * 2');
    assert.equal(r('\\*not\\*'), '*not*');
    assert.equal(r('<Hvilket behov?>'), '<Hvilket behov?>');
    assert.equal(r('[ikke lenke]'), '[ikke lenke]');
    assert.equal(r('``a`b``'), 'a`b');
    assert.equal(renderInline('plain text'), undefined, 'no work for text without markup');
  });

  it('reads property values as rendered, with item spans on the source text', () => {
    const doc = parseMarkdown(
      'file:///ws/x.md',
      md('## A {#a}\n\n- Frist: **2025-12-31**\n- Støtter: `DS19-I2`, **DN30-M1**\n- Område: *hr*\n- Omfang: _alle_\n- Bidrar til: [ikt-fjord#b](ikt.md#b)\n- Innføre: [Visma HRM](https://www.visma.no/hrm)\n- Indikator: snake_case_name\n- Ansvarlig: hr <!-- sjekk -->\n'),
    );
    const g = doc.goals[0]!;
    const f = g.facts;
    assert.equal(f.deadline, '2025-12-31');
    assert.deepEqual(f.supports.map((s) => s.text), ['DS19-I2', 'DN30-M1']);
    assert.deepEqual(f.supports.map((s) => at(doc, s.span)), ['DS19-I2', 'DN30-M1'], 'the spans are the IDs inside the markup');
    assert.equal(f.area, 'hr');
    assert.deepEqual(f.contributes.map((c) => at(doc, c.span)), ['ikt-fjord#b']);
    assert.deepEqual([...f.adopt], ['Visma HRM']);
    const indicator = g.properties.find((p) => p.key === 'indicator')!;
    assert.equal(indicator.value, 'snake_case_name');
    const responsible = g.properties.find((p) => p.key === 'responsible')!;
    assert.equal(responsible.value, 'hr');
    assert.equal(at(doc, responsible.valueSpan), 'hr <!-- sjekk -->', 'the value span is the value as written');
    assert.deepEqual(doc.valueProblems, []);
  });

  it('reports no error for correctly formatted values, and points inside the markup at a wrong one', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'storby.md': md('## A {#a}\n\n- Frist: **2025-12-31**\n- Støtter: `DS19-I2`\n- Område: *hr*\n- Omfang: _alle_\n\n## B {#b}\n\n- Område: hr <!-- sjekk med HR -->\n- Frist: 2025-12-31\n- Støtter: DS19-I2, `DS19-I9x`\n'),
    };
    const ds = analyze(files).filter((d) => d.severity === 'error');
    assert.deepEqual(ds.map((d) => [d.rule, textAt(files, d)]), [['unknown-objective', 'DS19-I9x']]);
    const fixed = applyFix(files, ds[0]!);
    assert.match(fixed['storby.md']!, /Støtter: DS19-I2, `DS19-I9`/, 'the fix keeps the code span');
  });

  it('compares a system name written with emphasis or as a link with the plain name', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'ikt-fjord.md': md('## Felles lønn {#felles-lonn}\n\n- Område: hr\n- Innføre: Visma HRM\n- Omfang: alle\n- Frist: 2025-12-31\n- Støtter: DS19-M2\n- Behov: x\n', 'ikt-fjord'),
      'storby.md': md('## Beholde {#lonn}\n\n- Område: hr\n- Beholde: **Visma HRM**\n- Frist: 2025-12-31\n- Støtter: DS19-M2\n'),
      'midtby.md': md('## Beholde {#lonn}\n\n- Område: hr\n- Beholde: [Visma HRM](https://www.visma.no/hrm)\n- Frist: 2025-12-31\n- Støtter: DS19-M2\n', 'midtby'),
    };
    assert.deepEqual(analyze(files).filter((d) => d.rule === 'conflict-system-choice'), []);
  });

  it('names a goal by its rendered title, with the title span on the heading as written', () => {
    const text = md('## Emphasis *viktig* and `kode` and [lenke](http://x) {#emph}\n\n- Frist: 2025-12-31\n');
    const doc = parseMarkdown('file:///ws/x.md', text);
    const g = doc.goals[0]!;
    assert.equal(g.title, 'Emphasis viktig and kode and lenke');
    assert.equal(at(doc, g.titleSpan), 'Emphasis *viktig* and `kode` and [lenke](http://x)');
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': text };
    const unlinked = analyze(files).find((d) => d.rule === 'goal-unlinked')!;
    assert.match(unlinked.message, /«Emphasis viktig and kode and lenke»|"Emphasis viktig and kode and lenke"/);
  });

  it('names a goal with a tab or several spaces in its heading by its title with single spaces, as rendered', () => {
    const text = md('## Digital\tbyggesak  for alle {#byggesak}\n\n- Frist: 2025-12-31\n');
    const g = parseMarkdown('file:///ws/x.md', text).goals[0]!;
    assert.equal(g.title, 'Digital byggesak for alle');
    const unlinked = analyze({ 'samstemt.yaml': CONFIG, 'storby.md': text }).find((d) => d.rule === 'goal-unlinked')!;
    assert.match(unlinked.message, /«Digital byggesak for alle»/);
  });
});
