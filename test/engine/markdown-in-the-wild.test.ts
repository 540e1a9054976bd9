/**
 * Strategy Markdown as it arrives from the tools municipal staff use: Obsidian
 * and GitHub task lists and callouts, GFM footnotes, Google Docs' escaped
 * underscores, Pandoc's escaped braces, invisible characters pasted from Word.
 * Every goal and property the author meant is read, or reported at its place
 * with why and what to do.
 */
import { strict as assert } from 'node:assert';
import { parseMarkdown, parseMarkdownWith } from '../../server/src/engine/parse/markdown.js';
import { scanBlocks } from '../../server/src/engine/parse/blockScan.js';
import { analyze, textAt, CONFIG } from '../helpers/workspace.js';
import { longWord } from '../robustness/hostile-inputs.js';

const URI = 'file:///ws/storby.md';
const HEAD = `---\nowner: storby\n---\n\n## Digital byggesak {#digital-byggesak}\n\n`;

function props(text: string): Record<string, string> {
  const doc = parseMarkdown(URI, text);
  assert.deepEqual(doc, parseMarkdownWith(URI, text, { fast: false }));
  return Object.fromEntries(doc.goals[0]!.properties.map((p) => [p.rawKey, p.value]));
}

describe('Markdown in the wild', () => {
  describe('task lists (Obsidian, GitHub, Notion)', () => {
    it('reads `- [ ] Frist: 2026` as the property Frist, the checkbox being the item\'s markup', () => {
      const text = `${HEAD}- [ ] Område: innbyggertjenester\n- [x] Frist: 2026-12-31\n* [X] Støtter: DS19-M2\n`;
      const doc = parseMarkdown(URI, text);
      const [area, deadline] = doc.goals[0]!.properties;
      assert.deepEqual(props(text), { Område: 'innbyggertjenester', Frist: '2026-12-31' });
      assert.equal(text.slice(area!.keySpan.start, area!.keySpan.end), 'Område');
      assert.equal(text.slice(deadline!.valueSpan.start, deadline!.valueSpan.end), '2026-12-31');
    });

    it('reads a task list whose every item is a property (no longer silent prose)', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}* [ ] Frist: 2026\n* [x] Status: fullført\n* [ ] Støtter: DS19-M2\n` };
      const found = analyze(files).filter((d) => d.rule === 'goal-not-measurable' || d.rule === 'goal-unlinked' || d.rule === 'unknown-property');
      assert.deepEqual(found, []);
    });
  });

  describe('block quotes and callouts (Obsidian `> [!note]`)', () => {
    it('reports `Key:` lines inside a block quote under a goal, at the key, instead of losing them silently', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}> [!info] Egenskaper\n> - Område: hr\n>   - Frist: 2026\n> Støtter: DS19-M2\n` };
      const found = analyze(files).filter((d) => d.rule === 'unknown-property');
      assert.deepEqual(found.map((d) => textAt(files, d)), ['Område', 'Frist', 'Støtter']);
      assert.deepEqual(found[0]!.range, { start: { line: 7, character: 4 }, end: { line: 7, character: 10 } });
      assert.equal(found[0]!.goal, 'storby#digital-byggesak');
      assert.match(found[0]!.message, /^"Område" is in a block quote \(lines starting with ">", such as a callout\)/);
      assert.match(found[0]!.message, /Move it out of the block quote/);
      // The unread deadline is pointed at, not reported as missing.
      const measurable = analyze(files).find((d) => d.rule === 'goal-not-measurable');
      assert.match(measurable?.message ?? '', /deadline on line 9 is not read/);
    });

    it('leaves a quote without known keys alone', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}- Frist: 2026\n- Støtter: DS19-M2\n\n> Merk: vedtatt av kommunestyret.\n` };
      assert.deepEqual(analyze(files).filter((d) => d.rule === 'unknown-property'), []);
    });
  });

  describe('footnotes (GitHub, Pandoc)', () => {
    it('reads `Støtter: DS19-M2[^1]` as DS19-M2: the footnote reference is markup', () => {
      const text = `${HEAD}- Støtter: DS19-M2[^1], DS19-I4 [^kilde]\n- Frist: 2026[^2]\n\n[^1]: Se vedtak.\n`;
      const doc = parseMarkdown(URI, text);
      const supports = doc.goals[0]!.properties[0]!;
      assert.deepEqual(supports.items.map((i) => i.text), ['DS19-M2', 'DS19-I4']);
      for (const i of supports.items) assert.ok(text.startsWith(i.text, i.span.start));
      assert.equal(doc.goals[0]!.properties[1]!.value, '2026');
    });
  });

  describe('goal IDs as converters write them', () => {
    it('offers `{#felles-lonn}` for Google Docs\' escaped `{#felles\\_lonn}`', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\n---\n\n## Felles lønn {#felles\\_lonn}  \n\n- Frist: 2026\n` };
      const d = analyze(files).find((x) => x.rule === 'invalid-value');
      assert.ok(d);
      assert.equal(textAt(files, d), 'felles\\_lonn');
      assert.equal(d.fixes[0]?.edits[0]?.newText, 'felles-lonn');
    });

    it('offers the ID without a zero-width space pasted from a word processor', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\n---\n\n## Felles lønn {#felles\u200b-lonn}\n\n- Frist: 2026\n` };
      const d = analyze(files).find((x) => x.rule === 'invalid-value');
      assert.equal(d?.fixes[0]?.edits[0]?.newText, 'felles-lonn');
    });

    it('reads Pandoc\'s `Felles HR \\{#felles-hr}` with the title «Felles HR»', () => {
      const text = `---\nowner: storby\n---\n\nFelles HR \\{#felles-hr}\n=======================\n\n-   Frist: 2026\n`;
      const [goal] = parseMarkdown(URI, text).goals;
      assert.equal(goal?.id, 'felles-hr');
      assert.equal(goal?.title, 'Felles HR');
      assert.equal(text.slice(goal!.titleSpan.start, goal!.titleSpan.end), 'Felles HR');
    });
  });

  it('reads `\\{#felles-hr\\}`, both braces escaped as converters write them, as the goal `felles-hr`, which references and rename find', () => {
    const text = `---\nowner: storby\n---\n\n## Felles HR \\{#felles-hr\\}\n\n- Frist: 2026\n\n## Opplæring {#opplaering}\n\n- Bidrar til: #felles-hr\n`;
    const [goal] = parseMarkdown(URI, text).goals;
    assert.equal(goal?.id, 'felles-hr');
    assert.equal(goal?.title, 'Felles HR');
    assert.equal(text.slice(goal!.idSpan.start, goal!.idSpan.end), 'felles-hr');
    const found = analyze({ 'samstemt.yaml': CONFIG, 'storby.md': text });
    assert.deepEqual(found.filter((d) => d.rule === 'unknown-goal-ref' || d.rule === 'invalid-value'), []);
  });

  it('the line scanner gives way to remark for task lists and callouts', () => {
    assert.equal(scanBlocks(`${HEAD}- [ ] Frist: 2026\n`), undefined);
    assert.equal(scanBlocks(`${HEAD}> [!note]\n> - Frist: 2026\n`), undefined);
  });
});

describe('Markdown in the wild: long runs of letters', () => {
  it('checks a goal whose value is one 4 000-letter word (compound splitting used to take minutes: npm run bench times it)', () => {
    const found = analyze(longWord().files).filter((d) => d.rule === 'goal-unlinked');
    assert.equal(found.length, 1);
  });
});

describe('Markdown in the wild: Pandoc simple tables', () => {
  it('reports the rows of a Pandoc simple table (`Frist      2026` under a `-----  ----` rule) at the key, instead of losing them silently', () => {
    const table = `  ---------- ----------\n  Frist      2026\n  Område     hr\n  ---------- ----------\n`;
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}${table}` };
    const found = analyze(files).filter((d) => d.rule === 'unknown-property');
    assert.deepEqual(found.map((d) => textAt(files, d)), ['Frist', 'Område']);
    assert.deepEqual(found[0]!.range, { start: { line: 7, character: 2 }, end: { line: 7, character: 7 } });
    assert.match(found[0]!.message, /^"Frist" is in a table/);
  });

  it('leaves prose after a rule alone', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}- Frist: 2026\n- Støtter: DS19-M2\n\n---\n\nFrist  for innspill er mars.\n` };
    assert.deepEqual(analyze(files).filter((d) => d.rule === 'unknown-property'), []);
  });
});
