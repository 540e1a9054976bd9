/**
 * A goal heading inside a block quote (`> ## Felles HR {#felles-hr}`, a goal
 * quoted from an e-mail or kept in a callout) or a list item
 * (`1. ## Felles HR {#felles-hr}`, Word's numbered headings): Markdown makes it
 * part of the quote or the list, so it is no goal. Reported, with a fix that
 * removes what stands before the heading; the properties left in the quote
 * are then reported under the goal, with their own fix.
 */
import { strict as assert } from 'node:assert';
import { analyze, textAt, CONFIG, CONFIG_NB, CONFIG_NN } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';
import { parseMarkdown, parseMarkdownWith } from '../../server/src/engine/parse/markdown.js';

const FM = `---\nowner: storby\n---\n\n`;

function found(text: string, config = CONFIG) {
  const files = { 'samstemt.yaml': config, 'storby.md': text };
  const uri = 'file:///ws/storby.md';
  assert.deepEqual(parseMarkdown(uri, text), parseMarkdownWith(uri, text, { fast: false }));
  return { files, diagnostics: analyze(files).filter((d) => d.file === 'storby.md' && d.rule === 'invalid-value') };
}

describe('A goal heading inside a block quote or a list item', () => {
  it('reports `> ## Felles HR {#felles-hr}`, with a fix that takes it out of the quote', () => {
    const text = `${FM}> ## Felles HR {#felles-hr}\n>\n> - Frist: 2026\n> - Støtter: DS19-M2, DN30-M1\n`;
    const { files, diagnostics } = found(text);
    assert.equal(diagnostics.length, 1);
    const d = diagnostics[0]!;
    assert.equal(textAt(files, d), '## Felles HR {#felles-hr}');
    assert.match(d.message, /^"## Felles HR \{#felles-hr\}" stands in a block quote \(lines starting with ">"\), so Samstemt does not read it as a goal/);
    const fixed = applyFix(files, d);
    assert.equal(fixed['storby.md'], `${FM}## Felles HR {#felles-hr}\n>\n> - Frist: 2026\n> - Støtter: DS19-M2, DN30-M1\n`);
    // Now a goal; its properties, still in the quote, are reported there with their own fix.
    const after = analyze(fixed).filter((x) => x.file === 'storby.md' && x.rule === 'unknown-property');
    assert.equal(after.length, 2);
    assert.ok(after.every((x) => x.fixes.length === 1));
  });

  it('reports `1. ## Felles HR {#felles-hr}`, with a fix that makes it a heading and its list the property list', () => {
    const text = `${FM}1. ## Felles HR {#felles-hr}\n\n   - Frist: 2026\n   - Støtter: DS19-M2, DN30-M1\n`;
    const { files, diagnostics } = found(text);
    const d = diagnostics[0]!;
    assert.equal(textAt(files, d), '## Felles HR {#felles-hr}');
    assert.match(d.message, /stands in a list item/);
    const fixed = applyFix(files, d);
    assert.equal(fixed['storby.md'], `${FM}## Felles HR {#felles-hr}\n\n   - Frist: 2026\n   - Støtter: DS19-M2, DN30-M1\n`);
    assert.deepEqual(analyze(fixed).filter((x) => x.file === 'storby.md' && ['invalid-value', 'unknown-property', 'goal-not-measurable', 'goal-unlinked'].includes(x.rule)), []);
  });

  it('says it in nb and nn', () => {
    const text = `${FM}> ## Felles HR {#felles-hr}\n`;
    assert.match(found(text, CONFIG_NB).diagnostics[0]!.message, /^«## Felles HR \{#felles-hr\}» står i et sitat \(linjer som begynner med «>»\), så Samstemt leser den ikke som et mål/);
    assert.match(found(text, CONFIG_NN).diagnostics[0]!.message, /^«## Felles HR \{#felles-hr\}» står i eit sitat \(linjer som byrjar med «>»\), så Samstemt les han ikkje som eit mål/);
  });

  it('leaves a heading without an ID in a quote, and code, alone', () => {
    const text = `${FM}> ## Sitat fra rådmannen\n>\n> Vi skal bli best.\n\n\`\`\`\n> ## Eksempel {#eksempel}\n\`\`\`\n\n- ## Punkt uten ID\n`;
    assert.deepEqual(found(text).diagnostics, []);
  });
});
