/**
 * Audit 8 of the file format and the structure and good-goal rules: a
 * cooperation written the way strategy authors write it (Word and Google Docs
 * exports, nynorsk and English keys, YAML with keys in two languages), in
 * test/fixtures/format-audit8. The expectations are written from that fixture
 * and from format.md and rules.md: file, line, the text the finding points at,
 * the severity, and what its fix writes.
 */
import { strict as assert } from 'node:assert';
import { analyze, analyzeRule, textAt, CONFIG, CONFIG_NB, type TestDiagnostic } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

describe('format-audit8: goal IDs that differ only in case', () => {
  // `{#Innbyggerdialog}` is not a valid ID (IDs are lowercase); the fix lowercases it, and then the owner
  // has two goals `innbyggerdialog`. The two are one ID as meant, so they are reported as duplicates now.
  const md = `---
owner: storby
---

## Digital innbyggerdialog {#innbyggerdialog}

- Område: innbyggertjenester
- Frist: 2026

## Innbyggerdialog i helse {#Innbyggerdialog}

- Område: helse
- Frist: 2027
`;

  it('reports both goals as duplicates, on the ID as written, each pointing at the other', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': md };
    const list = analyzeRule('duplicate-goal-id', files);
    assert.deepEqual(list.map((d) => [d.range.start.line, textAt(files, d), d.severity]), [
      [4, 'innbyggerdialog', 'error'],
      [9, 'Innbyggerdialog', 'error'],
    ]);
    assert.deepEqual(list[0]!.related.map((r) => r.range.start.line), [9]);
    assert.deepEqual(list[1]!.related.map((r) => r.range.start.line), [4]);
    assert.equal(
      list[1]!.message,
      'The goal ID "Innbyggerdialog", written as goal IDs are written ("innbyggerdialog"), is used 2 times by storby, so references to storby#innbyggerdialog are ambiguous. Give this goal a unique ID.',
    );
  });

  it('offers the goal with the invalid spelling a free, valid ID, and the fixed document is clean', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': md };
    const dup = analyzeRule('duplicate-goal-id', files);
    assert.deepEqual(dup[0]!.fixes, [], 'the goal whose ID is valid keeps it');
    assert.deepEqual(dup[1]!.fixes.map((f) => f.edits.map((e) => e.newText)), [['innbyggerdialog-2']]);
    // invalid-value's fix for the same spelling writes the same free ID, not the one the other goal has.
    const [bad] = analyzeRule('invalid-value', files);
    assert.ok(bad);
    assert.equal(textAt(files, bad), 'Innbyggerdialog');
    assert.deepEqual(bad.fixes.map((f) => f.edits.map((e) => e.newText)), [['innbyggerdialog-2']]);
    assert.match(bad.message, /Write innbyggerdialog-2\.$/);
    for (const fixed of [applyFix(files, dup[1]!), applyFix(files, bad)]) {
      assert.match(fixed['storby.md']!, /## Innbyggerdialog i helse \{#innbyggerdialog-2\}/);
      const left = analyze(fixed).filter((d) => d.rule === 'duplicate-goal-id' || d.rule === 'invalid-value');
      assert.deepEqual(left, []);
    }
  });

  it('keeps the valid ID when the invalid spelling comes first, and in YAML', () => {
    const yaml = `owner: fjellbygd
goals:
  - id: Behold-Lonn
    title: Duplikat
    deadline: 2027
  - id: behold-lonn
    title: Behold dagens lønnssystem
    deadline: 2027
`;
    const files = { 'samstemt.yaml': CONFIG_NB, 'fjellbygd.yaml': yaml };
    const dup = analyzeRule('duplicate-goal-id', files);
    assert.deepEqual(dup.map((d) => [d.range.start.line, textAt(files, d), d.fixes.map((f) => f.edits[0]!.newText)]), [
      [2, 'Behold-Lonn', ['behold-lonn-2']],
      [5, 'behold-lonn', []],
    ]);
    assert.equal(
      dup[0]!.message,
      'Mål-ID-en «Behold-Lonn», skrevet slik mål-ID-er skrives («behold-lonn»), er brukt 2 ganger av fjellbygd, så henvisninger til fjellbygd#behold-lonn blir tvetydige. Gi dette målet en unik ID.',
    );
    const fixed = applyFix(files, dup[0]!);
    assert.match(fixed['fjellbygd.yaml']!, /- id: behold-lonn-2\n {4}title: Duplikat/);
    assert.deepEqual(analyze(fixed).filter((d) => d.rule === 'duplicate-goal-id' || d.rule === 'invalid-value'), []);
  });

  it('still allows two owners one ID in two spellings, and one owner two different IDs', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'a.md': `---\nowner: storby\n---\n## A {#felles-hr}\n- Frist: 2026\n`,
      'b.md': `---\nowner: midtby\n---\n## B {#Felles-HR}\n- Frist: 2026\n## C {#felles-hr-2}\n- Frist: 2026\n`,
    };
    assert.deepEqual(analyzeRule('duplicate-goal-id', files), []);
    const [bad] = analyzeRule('invalid-value', files) as TestDiagnostic[];
    assert.deepEqual(bad!.fixes.map((f) => f.edits[0]!.newText), ['felles-hr'], 'felles-hr is free for midtby');
  });
});

describe('format-audit8: fixes under a setext goal heading (Word and Google Docs write `---` under the title)', () => {
  const md = `---
owner: storby
period: 2025–2028
---

Felles skylagring {#skylagring}
-------------------------------

Alle ansatte skal lagre filer i skyen.

Digital postkasse {#postkasse}
==============================
`;

  it('writes a new property list below the underline, so the heading stays a goal heading', () => {
    const files = { 'samstemt.yaml': CONFIG_NB, 'storby.md': md };
    const list = analyzeRule('goal-not-measurable', files);
    assert.deepEqual(list.map((d) => [d.range.start.line, textAt(files, d)]), [
      [5, 'Felles skylagring'],
      [10, 'Digital postkasse'],
    ]);
    // One fix at a time, each from a fresh analysis (offsets of the other one move).
    let fixed: Record<string, string> = files;
    for (let i = 0; i < list.length; i++) fixed = applyFix(fixed, analyzeRule('goal-not-measurable', fixed)[0]!);
    assert.equal(
      fixed['storby.md'],
      `---
owner: storby
period: 2025–2028
---

Felles skylagring {#skylagring}
-------------------------------

- Frist: 2028-12-31

Alle ansatte skal lagre filer i skyen.

Digital postkasse {#postkasse}
==============================

- Frist: 2028-12-31
`,
    );
    const after = analyze(fixed).filter((d) => ['goal-not-measurable', 'invalid-value', 'unknown-property'].includes(d.rule));
    assert.deepEqual(after, []);
  });

  it('does so in a document with CRLF line endings, after a goal that has a list', () => {
    const crlf = `---\r\nowner: storby\r\nperiod: 2025–2028\r\n---\r\n\r\nFelles arkiv {#arkiv}\r\n---------------------\r\n\r\n- Innføre: Elements\r\n- Frist: 2026\r\n\r\nNytt fagsystem {#fag}\r\n---------------------\r\n`;
    const files = { 'samstemt.yaml': CONFIG_NB, 'storby.md': crlf };
    const gnm = analyzeRule('goal-not-measurable', files);
    assert.equal(gnm.length, 1);
    const fixed = applyFix(files, gnm[0]!);
    assert.deepEqual(analyzeRule('goal-not-measurable', fixed), []);
    assert.match(fixed['storby.md']!, /Nytt fagsystem \{#fag\}\r\n---------------------\r\n\r\n- Frist: 2028-12-31\r\n$/);
  });
});
