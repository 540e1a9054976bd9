/**
 * Front matter closed with `...`, YAML's end-of-document marker, as Pandoc
 * accepts and some templates write it: the head is read as if closed with `---`.
 */
import { strict as assert } from 'node:assert';
import { parseMarkdown, parseMarkdownWith } from '../../server/src/engine/parse/markdown.js';
import { analyze, CONFIG, InMemoryHost, createTestEngine } from '../helpers/workspace.js';
import type { LanguageContext } from '../../server/src/engine/language/context.js';
import { complete } from '../../server/src/engine/language/completion.js';
import { allRules } from '../../server/src/rules/index.js';

const URI = 'file:///ws/storby.md';
const BODY = `\n## Digital byggesak {#digital-byggesak}\n\n- Frist: 2026\n- Støtter: DS19-M2, DN30-M1\n`;

function parsed(text: string) {
  const doc = parseMarkdown(URI, text);
  assert.deepEqual(doc, parseMarkdownWith(URI, text, { fast: false }));
  return doc;
}

describe('Front matter closed with `...`', () => {
  it('reads the head and the goals, and reports nothing', () => {
    const text = `---\nowner: storby\ntitle: Strategi for Storby\nperiod: 2024–2027\n...\n${BODY}`;
    const doc = parsed(text);
    assert.equal(doc.owner?.value, 'storby');
    assert.deepEqual(doc.problems, []);
    assert.deepEqual(doc.goals.map((g) => g.id), ['digital-byggesak']);
    assert.deepEqual(analyze({ 'samstemt.yaml': CONFIG, 'storby.md': text }).filter((d) => d.file === 'storby.md' && d.rule !== 'beyond-framework-period'), []);
  });

  it('ends the head at `...` even when a `---` rule comes later in the document', () => {
    const text = `---\nowner: storby\n... \n${BODY}\n---\n\n## Felles arkiv {#felles-arkiv}\n\n- Frist: 2027\n`;
    const doc = parsed(text);
    assert.equal(doc.owner?.value, 'storby');
    assert.deepEqual(doc.goals.map((g) => g.id), ['digital-byggesak', 'felles-arkiv']);
    assert.deepEqual(doc.problems, []);
  });

  it('reads a CRLF document the same way, with the owner\'s position exact', () => {
    const text = `---\nowner: storby\n...\n${BODY}`.replace(/\n/g, '\r\n');
    const doc = parsed(text);
    assert.equal(doc.owner?.value, 'storby');
    assert.equal(text.slice(doc.owner!.span.start, doc.owner!.span.end), 'storby');
    assert.deepEqual(doc.problems, []);
  });

  it('still reports a head that is not closed at all', () => {
    const doc = parsed(`---\nowner: storby\n${BODY}`);
    assert.equal(doc.problems.length, 1);
  });

  it('completes keys of the head above the `...`', () => {
    const text = `---\nowner: storby\nti\n...\n${BODY}`;
    const host = new InMemoryHost({ 'samstemt.yaml': CONFIG, 'storby.md': text });
    const engine = createTestEngine(host);
    const result = engine.analyze();
    const ctx: LanguageContext = { workspaces: result.workspaces, diagnostics: result.diagnostics, lang: 'en', knownFrameworks: engine.builtInFrameworks, ruleIds: allRules.map((r) => r.meta.id) };
    const labels = complete(ctx, host.uri('storby.md'), text.indexOf('ti\n') + 2).map((i) => i.label);
    assert.ok(labels.includes('title'), labels.join(', '));
  });
});
