import { strict as assert } from 'node:assert';
import { analyze as analyzeAll, analyzeRule, createTestEngine, InMemoryHost, textAt, CONFIG, CONFIG_NB, range, type TestDiagnostic } from '../helpers/workspace.js';
import { analyzeStructure as analyze } from '../helpers/rules.js';
import { applyFix, assertFixResolves } from '../helpers/fixes.js';

const RULE = 'parse-error';

const only = (list: TestDiagnostic[], file: string) => list.filter((d) => d.file === file);

/** A healthy document with one invalid date, to prove the rest of the workspace is still analysed. */
const OTHER = `---
owner: midtby
---

## Annet mål {#annet}

- Frist: 2025-13
`;

describe('parse-error', () => {
  describe('Markdown front matter', () => {
    // A key indented under a scalar: js-yaml stops on line 2.
    const BAD_INDENT = `---
owner: storby
  bad: indent
period: 2024
---

## Felles HR {#felles-hr}

- Frist: 2025-02-30
`;

    it('reports broken front matter on the line where the YAML breaks', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': BAD_INDENT, 'midtby.md': OTHER };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.ok(d);
      assert.equal(d.file, 'storby.md');
      assert.equal(d.severity, 'error');
      assert.deepEqual(d.range, range(2, 0, 2, 13));
      assert.equal(textAt(files, d), '  bad: indent');
      assert.match(d.message, /cannot be read: bad indentation/);
    });

    it('still analyses the body of the broken document and the other documents', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': BAD_INDENT, 'midtby.md': OTHER };
      const all = analyze(files);
      // The goal under the broken front matter is still read ...
      const own = only(all, 'storby.md').filter((d) => d.rule === 'invalid-value');
      assert.equal(own.length, 1);
      assert.equal(textAt(files, own[0]!), '2025-02-30');
      // ... and so is the other document.
      const other = only(all, 'midtby.md');
      assert.deepEqual(other.map((d) => d.rule), ['invalid-value']);
      assert.equal(textAt(files, other[0]!), '2025-13');
    });

    it('does not also report missing-owner when the front matter cannot be read', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': BAD_INDENT };
      assert.deepEqual(analyzeRule('missing-owner', files), []);
    });

    it('keeps the owner, period and language of front matter that cannot be read, so its goals still meet the others', () => {
      // The usual slip: an unquoted colon in the title. The lines that are valid on their own still count.
      const ikt = `---\nowner: ikt-fjord\ntitle: Strategi: 2024–2027\nperiod: 2024–2027\nlanguage: en\n---\n\n## Felles HR {#felles-hr}\n\n- Område: hr\n- Omfang: alle\n- Innføre: Visma HRM\n`;
      const storby = `---\nowner: storby\n---\n\n## Beholde lønn {#lonn}\n\n- Område: hr\n- Beholde: Huldt & Lillevik\n- Frist: 2025\n`;
      const all = analyzeAll({ 'samstemt.yaml': CONFIG, 'ikt.md': ikt, 'storby.md': storby });
      const rules = only(all, 'ikt.md').map((d) => d.rule);
      assert.ok(rules.includes('parse-error') && rules.includes('conflict-system-choice'), rules.join(', '));
      const conflict = all.find((d) => d.rule === 'conflict-system-choice' && d.file === 'storby.md')!;
      // The period 2024–2027 of the broken head bounds the company's goal: both are active in 2024–2025.
      assert.match(conflict.message, /are active in 2024–2025\./);
      assert.deepEqual(analyzeRule('missing-owner', { 'samstemt.yaml': CONFIG, 'ikt.md': ikt }), []);
    });

    it('reports `key: a: b` (a colon inside a plain value) on its own line', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\ntitle: Strategi: IKT\n---\n` };
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.deepEqual(d.range, range(2, 0, 2, 20));
      assert.equal(textAt(files, d), 'title: Strategi: IKT');
    });

    it('reports an unclosed quote on the line where the quote opens, not on the closing fence', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'storby.md': `---\nowner: storby\ntitle: "Strategi for IKT\n---\n\n## A {#a}\n`,
        'midtby.md': OTHER,
      };
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.equal(d.file, 'storby.md');
      // The YAML parser only notices at the end of the front matter; the useful place is line 2.
      assert.equal(d.range.start.line, 2, `got ${JSON.stringify(d.range)} covering ${JSON.stringify(textAt(files, d))}`);
      assert.ok(textAt(files, d).includes('"Strategi'));
      assert.equal(analyzeRule('invalid-value', files).length, 1, 'the other document is still analysed');
    });

    it('reports front matter without a closing fence on the opening `---`', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\n\n## A {#a}\n\n- Frist: 2025\n`, 'midtby.md': OTHER };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.ok(d);
      assert.deepEqual(d.range, range(0, 0, 0, 3));
      assert.match(d.message, /not closed/);
      assert.ok(analyze(files).some((x) => x.file === 'midtby.md' && x.rule === 'invalid-value'));
    });

    it('reads the goals under unclosed front matter as usual, and its keys up to the first blank line', () => {
      const text = `---\nowner: storby\nperiod: 2024–2027\n\n## Digital byggesak {#bygg}\n\n- Frist: 2025\n- Støtter: DS19-M2\n`;
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': text };
      const all = analyze(files);
      assert.deepEqual(all.map((d) => d.rule), [RULE], all.map((d) => d.message).join('\n'));
      // No advice that contradicts the text: the deadline and the link are read.
      assert.deepEqual(analyzeRule('goal-not-measurable', files), []);
      assert.deepEqual(analyzeRule('goal-unlinked', files), []);
      const [d] = all;
      assert.equal(d!.fixes[0]!.title.en, 'Add the closing `---` after the last key');
      assert.equal(applyFix(files, d!)['storby.md'], text.replace('2024–2027\n', '2024–2027\n---\n'));
      assert.deepEqual(analyze(applyFix(files, d!)), []);
    });

    it('reads a body whose first line is a lone `---` (no front matter) as usual', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\n\n## A {#a}\n\n- Frist: 2025-13\n` };
      const all = analyze(files);
      assert.deepEqual(all.map((d) => d.rule).sort(), ['invalid-value', RULE]);
      assert.deepEqual(all.find((d) => d.rule === RULE)!.fixes, []);
    });

    it('reports front matter below a blank first line on its `---`, reads it, and removes the blank lines as a fix', () => {
      const text = `\n \n---\nowner: storby\n---\n\n## Mål {#blank-first}\n\n- Frist: 2025\n`;
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': text };
      const all = analyze(files);
      assert.deepEqual(all.map((d) => d.rule), [RULE], 'no missing-owner: the owner is read');
      const [d] = all;
      assert.deepEqual(d!.range, range(2, 0, 2, 3));
      assert.equal(d!.message, 'The head of the document (the lines between `---` at the top) must start on the first line of the file: remove the blank lines above this `---`.');
      const fixed = assertFixResolves(files, d!);
      assert.equal(fixed['storby.md'], text.slice(3));
      assert.deepEqual(analyze(fixed), []);
    });

    it('leaves a rule below a blank first line alone', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\n---\n\n---\n\nTekst.\n\n---\n` };
      assert.deepEqual(analyzeRule(RULE, files), []);
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'storby.md': `\n---\nTekst.\n\n---\n` }), []);
    });

    it('names an unquoted colon in a value as the cause, with a fix that quotes the value', () => {
      const text = `---\nowner: storby\ntitle: Digitaliseringsstrategi: Storvik "2024–2027"\nperiod: 2024–2027\n---\n\n## A {#a}\n\n- Frist: 2025\n`;
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': text };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.deepEqual(d!.range, range(2, 0, 2, 51));
      assert.equal(d!.message, 'YAML reads the colon in the value of "title" as the start of another key, so the YAML here cannot be read. Put the value in quotes: title: "Digitaliseringsstrategi: Storvik \\"2024–2027\\""');
      assert.equal(d!.fixes[0]!.title.en, 'Put the value in quotes');
      const fixed = assertFixResolves(files, d!);
      assert.match(fixed['storby.md']!, /\ntitle: "Digitaliseringsstrategi: Storvik \\"2024–2027\\""\n/);
      assert.deepEqual(analyzeRule(RULE, fixed), []);
    });

    it('names an unclosed quote as the cause, on the line that opens it, with a fix that closes it', () => {
      const text = `---\nowner: storby\ntitle: "Strategi for IKT\nperiod: 2024–2027\n---\n`;
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': text };
      const [d] = analyzeRule(RULE, files);
      assert.equal(textAt(files, d!), '"Strategi for IKT');
      assert.equal(d!.message, 'The quote (") that opens the value on this line is never closed, so the YAML here cannot be read. Add " at the end of the value.');
      const fixed = assertFixResolves(files, d!);
      assert.deepEqual(analyzeRule(RULE, fixed), []);
    });

    it('reports a key given twice on the second occurrence', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\ntitle: A\nowner: midtby\n---\n` };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.ok(d);
      assert.deepEqual(d.range, range(3, 0, 3, 5));
      assert.equal(textAt(files, d), 'owner');
      assert.match(d.message, /"owner" appears twice/);
    });

    it('reports front matter that is a list instead of key: value lines', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\n- owner\n- storby\n---\n` };
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.equal(d.range.start.line, 1);
      assert.match(d.message, /Expected "key: value" lines/);
    });

    it('keeps line numbers right in CRLF documents', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': BAD_INDENT.replace(/\n/g, '\r\n') };
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.deepEqual(d.range, range(2, 0, 2, 13));
    });
  });

  describe('YAML strategy documents', () => {
    it('reports a mis-indented goal property on its line', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'storby.yaml': `owner: storby\ngoals:\n  - id: a\n    title: A\n   frist: 2025\n`,
        'midtby.md': OTHER,
      };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.ok(d);
      assert.equal(d.file, 'storby.yaml');
      assert.equal(d.severity, 'error');
      assert.deepEqual(d.range, range(4, 0, 4, 14));
      assert.equal(textAt(files, d), '   frist: 2025');
      assert.match(d.message, /bad indentation of a sequence entry/);
      // The other document of the workspace is still analysed.
      assert.deepEqual(only(analyze(files), 'midtby.md').map((x) => x.rule), ['invalid-value']);
    });

    it('names an unquoted colon in a goal title and an unclosed quote as the causes', () => {
      const colon = { 'samstemt.yaml': CONFIG, 'storby.yaml': `owner: storby\ngoals:\n  - id: a\n    title: Mål: Digital byggesak\n    frist: 2025\n` };
      const [c] = analyzeRule(RULE, colon);
      assert.match(c!.message, /Put the value in quotes: title: "Mål: Digital byggesak"$/);
      assert.deepEqual(analyzeRule(RULE, applyFix(colon, c!)), []);
      const quote = { 'samstemt.yaml': CONFIG, 'storby.yaml': `owner: storby\ngoals:\n  - id: a\n    title: 'Mål X\n    frist: 2026\n  - id: b\n    title: B\n` };
      const [q] = analyzeRule(RULE, quote);
      assert.equal(textAt(quote, q!), "'Mål X");
      assert.match(q!.message, /^The apostrophe \(\'\) that opens the value on this line is never closed/);
      assert.deepEqual(analyzeRule(RULE, applyFix(quote, q!)), []);
    });

    it('keeps the parser\'s reason when a quote that runs over lines was closed', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.yaml': `owner: storby\ngoals:\n  - id: a\n    title: "Mål\n      X"\n    scope: [storby,\n  midtby]\n` };
      const [d] = analyzeRule(RULE, files);
      assert.match(d!.message, /cannot be read: deficient indentation/);
      assert.deepEqual(d!.fixes, []);
    });

    it('reports a tab used for indentation', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.yaml': `owner: storby\ngoals:\n\t- id: a\n` };
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      // On the tab itself, in plain words, with a fix that indents with spaces (test/engine/yaml-tab-indent).
      assert.deepEqual(d.range, range(2, 0, 2, 1));
      assert.match(d.message, /indented with a tab/);
      assert.equal(d.fixes.length, 1);
    });

    it('reports an unclosed bracket at the end of the file on the line that opens it (not an empty range past the end)', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.yaml': `owner: storby\ngoals:\n  - id: a\n    title: [A\n` };
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.equal(d.range.start.line, 3, `got ${JSON.stringify(d.range)}`);
      assert.ok(textAt(files, d).includes('[A'), `covers ${JSON.stringify(textAt(files, d))}`);
    });

    it('reports `goals` that is not a list', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.yaml': `owner: storby\ngoals: {a: b}\n` };
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.equal(d.range.start.line, 1);
      assert.equal(d.range.start.character, 7);
      assert.match(d.message, /`goals` must be a list/);
    });

    it('reports a goal without an id and a goal that is not a mapping, and keeps the valid goals', () => {
      const text = `owner: storby
goals:
  - title: Uten id
    frist: 2025
  - bare en tekst
  - id: ok
    title: OK
    frist: 2025-13
`;
      const files = { 'samstemt.yaml': CONFIG, 'storby.yaml': text };
      const list = analyzeRule(RULE, files);
      assert.equal(list.length, 2);
      assert.equal(textAt(files, list[0]!), 'title');
      assert.match(list[0]!.message, /has no `id`/);
      assert.equal(textAt(files, list[1]!), 'bare en tekst');
      assert.match(list[1]!.message, /Each goal is a group of `key: value` lines that starts with `- id: …`/);
      const iv = analyzeRule('invalid-value', files);
      assert.equal(iv.length, 1);
      assert.equal(textAt(files, iv[0]!), '2025-13');
    });

    it('reports a second YAML document on its `---`: only the first is read', () => {
      const text = `owner: storby\nperiod: 2024–2027\ngoals:\n  - id: a\n    title: Digital post\n    supports: DS19-I2\n    deadline: 2025-12-31\n---\nowner: fjellbygd\ngoals:\n  - id: b\n    title: Digital byggesak\n    deadline: 2025-31-12\n`;
      const files = { 'samstemt.yaml': CONFIG, 'felles.yaml': text };
      const list = analyzeRule(RULE, files);
      assert.equal(list.length, 1);
      assert.deepEqual(list[0]!.range, range(7, 0, 7, 3));
      assert.match(list[0]!.message, /^A second YAML document starts at this `---`\. Samstemt reads only the first document of a file/);
      assert.match(analyzeRule(RULE, { ...files, 'samstemt.yaml': CONFIG.replace('language: en', 'language: nb') })[0]!.message, /^Et nytt YAML-dokument starter ved denne `---`/);
      // Also when the second document starts with a comment or `--- ` and a value on the same line.
      assert.deepEqual(analyzeRule(RULE, { ...files, 'felles.yaml': text.replace('---\n', '--- # neste\n# kommentar\n') })[0]!.range, range(7, 0, 7, 3));
      assert.deepEqual(analyzeRule(RULE, { ...files, 'felles.yaml': `${text.slice(0, text.indexOf('---'))}--- {owner: fjellbygd}\n` })[0]!.range, range(7, 0, 7, 3));
    });

    it('leaves a file alone that starts with `---` or ends with an empty document', () => {
      const text = `owner: storby\ngoals:\n  - id: a\n    title: A\n    deadline: 2025\n`;
      for (const t of [`---\n${text}`, `${text}---\n`, `${text}...\n`, `---\n${text}---\n# bare en kommentar\n`]) {
        assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'a.yaml': t }), [], t);
      }
    });

    it('reports an alias to an anchor that does not exist', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'storby.yaml': `owner: storby\ngoals:\n  - id: a\n    title: A\n    område: *finnes-ikke\n`,
      };
      const [d] = analyzeRule(RULE, files);
      assert.ok(d, 'an undefined alias is a YAML error and must not be read silently as an empty value');
      assert.equal(d.range.start.line, 4);
      assert.equal(textAt(files, d), '*finnes-ikke');
    });
  });

  describe('samstemt.yaml', () => {
    const BROKEN = `language: en
frameworks: [DS19]
cooperation: IKT: Fjord
members:
  storby: {}
`;

    it('reports a broken samstemt.yaml on the broken line and still analyses the documents', () => {
      const files = { 'samstemt.yaml': BROKEN, 'storby.strategy.md': `---\nowner: storby\n---\n## A {#a}\n- Frist: 2025-13\n` };
      const all = analyze(files);
      const pe = all.filter((d) => d.rule === RULE);
      assert.equal(pe.length, 1);
      assert.equal(pe[0]!.file, 'samstemt.yaml');
      assert.deepEqual(pe[0]!.range, range(2, 0, 2, 23));
      assert.equal(textAt(files, pe[0]!), 'cooperation: IKT: Fjord');
      // The other lines are read all the same (the broken one left out): `language: en` speaks.
      assert.match(pe[0]!.message, /Put the value in quotes: cooperation: "IKT: Fjord"$/);
      // The document is analysed with the settings that could be read.
      const iv = all.filter((d) => d.file === 'storby.strategy.md' && d.rule === 'invalid-value');
      assert.equal(iv.length, 1);
      assert.equal(textAt(files, iv[0]!), '2025-13');
    });

    it('reads the rest of a samstemt.yaml whose member is left open while it is typed: the documents keep their findings', () => {
      const docs = {
        'storby.md': `---\nowner: storby\n---\n## A {#a}\n- Omfang: alle\n- Frist: 2025-13\n`,
        'fjellbygd.md': `---\nowner: fjellbygd\n---\n## B {#b}\n- Frist: 2026\n`,
      };
      const closed = analyzeAll({ 'samstemt.yaml': CONFIG, ...docs });
      for (const [open, pointsAt] of [
        ['  fjellbygd: { name: Fjellbygd kommune, kind: kommune, population: 940', '{ name: Fjellbygd'],
        ['  fjellbygd: { name: Fjellbygd kommune, kind: kommune, population: 940 # ny', '{ name: Fjellbygd'],
        ['  fjellbygd: { name: "Fjellbygd kommune, kind: kommune, population: 940 }', '"Fjellbygd kommune'],
      ] as const) {
        const files = { 'samstemt.yaml': CONFIG.replace('  fjellbygd: { name: Fjellbygd kommune, kind: kommune, population: 940 }', open), ...docs };
        const all = analyzeAll(files);
        const pe = all.filter((d) => d.rule === RULE);
        assert.equal(pe.length, 1, `${open}: ${all.map((d) => `${d.rule} ${d.message}`).join(' | ')}`);
        // On the bracket, or on the quote left open inside the braces (which the YAML reader finds only on a later line).
        assert.ok(textAt(files, pe[0]!).startsWith(pointsAt), `${open}: ${textAt(files, pe[0]!)}`);
        assert.match(pe[0]!.message, /^The /, `${open}: in the config's language (en)`);
        const rest = (list: typeof all) => list.filter((d) => d.rule !== RULE && d.file !== 'samstemt.yaml').map((d) => `${d.file} ${d.rule} ${d.message}`);
        assert.deepEqual(rest(all), rest(closed), open);
      }
    });

    it('reports a broken custom framework file on that file', () => {
      const files = {
        'samstemt.yaml': CONFIG.replace('frameworks: [DS19, DN30]', 'frameworks: [DS19, rammeverk/agder.yaml]'),
        'rammeverk/agder.yaml': `framework: AGDER\nobjectives:\n  - id: AGDER-1\n   title: Digital Agder\n`,
        'storby.md': `---\nowner: storby\n---\n## A {#a}\n- Frist: 2025-13\n`,
      };
      const all = analyze(files);
      const pe = all.filter((d) => d.rule === RULE);
      assert.equal(pe.length, 1);
      assert.equal(pe[0]!.file, 'rammeverk/agder.yaml');
      assert.deepEqual(pe[0]!.range, range(3, 0, 3, 23));
      assert.equal(textAt(files, pe[0]!), '   title: Digital Agder');
      assert.ok(all.some((d) => d.file === 'storby.md' && d.rule === 'invalid-value'));
    });
  });

  describe('too large files', () => {
    it('reports a document over the size limit instead of analysing it', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\n---\n## A {#a}\n- Frist: x\n${'tekst '.repeat(50)}`, 'midtby.md': OTHER };
      const all = analyze(files, { maxDocumentSize: 200 });
      const storby = only(all, 'storby.md');
      assert.deepEqual(storby.map((d) => d.rule), [RULE]);
      assert.deepEqual(storby[0]!.range, range(0, 0, 0, 1));
      assert.match(storby[0]!.message, /too large/);
      assert.deepEqual(only(all, 'midtby.md').map((d) => d.rule), ['invalid-value']);
    });
  });

  describe('language', () => {
    const files = (lang: string) => ({ 'samstemt.yaml': CONFIG.replace('language: en', `language: ${lang}`), 'storby.md': `---\nowner: storby\n  bad: indent\n---\n` });

    it('speaks bokmål', () => {
      const [d] = analyzeRule(RULE, files('nb'));
      assert.equal(d!.message, 'YAML-en her kan ikke leses: feil innrykk foran en nøkkel. Sjekk innrykk, kolon og anførselstegn på denne linjen og linjen over.');
    });
    it('speaks nynorsk', () => {
      const [d] = analyzeRule(RULE, files('nn'));
      assert.equal(d!.message, 'YAML-en her kan ikkje lesast: feil innrykk framfor ein nøkkel. Sjekk innrykk, kolon og hermeteikn på denne linja og linja over.');
    });
    it('speaks English', () => {
      const [d] = analyzeRule(RULE, files('en'));
      assert.equal(d!.message, 'The YAML here cannot be read: bad indentation of a mapping entry. Check indentation, colons and quotes on this line and the line above.');
    });
    it('says in Norwegian what the YAML parser found, for the mistakes authors make', () => {
      const reasons = {
        'owner: storby\nscope: [a,\nb]\n': 'for lite innrykk, eller en liste eller et anførselstegn som ikke er lukket',
        'owner: storby\nscope: {a: 1 b: 2}\n': 'det mangler komma mellom elementene i [ ] eller { }',
      };
      for (const [head, reason] of Object.entries(reasons)) {
        const [d] = analyzeRule(RULE, { 'samstemt.yaml': CONFIG.replace('language: en', 'language: nb'), 'storby.md': `---\n${head}---\n` });
        assert.match(d!.message, new RegExp(`^YAML-en her kan ikke leses: ${reason.replace(/[[\]{}()]/g, '\\$&')}\\. `), head);
      }
      // A list left open on its line is said in words of its own.
      const [open] = analyzeRule(RULE, { 'samstemt.yaml': CONFIG.replace('language: en', 'language: nb'), 'storby.md': '---\nowner: storby\nscope: [a, b\n---\n' });
      assert.match(open!.message, /^Hakeparentesen \(\[\) som åpner verdien på denne linjen, blir aldri lukket/);
      // A tab in the indentation is said in words of its own.
      const [tab] = analyzeRule(RULE, { 'samstemt.yaml': CONFIG.replace('language: en', 'language: nb'), 'storby.md': '---\nowner: storby\n\tbad: tab\n---\n' });
      assert.match(tab!.message, /^Denne linjen har innrykk med tabulatortegn\. YAML leser bare mellomrom som innrykk/);
    });
    it('follows the engine option `lang` over samstemt.yaml', () => {
      const [d] = analyzeRule(RULE, files('en'), { lang: 'nn' });
      assert.match(d!.message, /kan ikkje lesast/);
    });
  });

  describe('severity', () => {
    const files = (rules = '') => ({ 'samstemt.yaml': CONFIG + rules, 'storby.md': `---\nowner: storby\n  bad: indent\n---\n` });

    it('is an error by default', () => {
      assert.equal(analyzeRule(RULE, files())[0]!.severity, 'error');
    });
    it('follows `rules:` in samstemt.yaml', () => {
      assert.equal(analyzeRule(RULE, files('rules:\n  parse-error: warning\n'))[0]!.severity, 'warning');
    });
    it('follows the engine option ruleOverrides over samstemt.yaml', () => {
      assert.equal(analyzeRule(RULE, files('rules:\n  parse-error: warning\n'), { ruleOverrides: { 'parse-error': 'hint' } })[0]!.severity, 'hint');
    });
    it('is silent when turned off', () => {
      assert.deepEqual(analyzeRule(RULE, files('rules:\n  parse-error: off\n')), []);
      assert.deepEqual(analyzeRule(RULE, files(), { ruleOverrides: { 'parse-error': 'off' } }), []);
    });
  });

  describe('a value that starts with ! or & (read by YAML as a tag or an anchor)', () => {
    const YAML_DOC = `owner: storby
goals:
  - id: portal
    title: !Viktig Felles innbyggerportal
    frist: 2027-12-31
  - id: arkiv
    title: &Haster Nytt sak- og arkivsystem
    frist: 2026
`;

    it('names the word YAML leaves out, with a fix that quotes the value and keeps the word', () => {
      const files = { 'samstemt.yaml': CONFIG_NB, 'storby.yaml': YAML_DOC };
      const found = analyzeRule(RULE, files);
      assert.deepEqual(found.map((d) => textAt(files, d)), ['!Viktig Felles innbyggerportal', '&Haster Nytt sak- og arkivsystem']);
      assert.deepEqual(found[0]!.range, range(3, 11, 3, 41));
      assert.equal(found[0]!.message, 'YAML leser ! i starten av en verdi som en instruksjon til leseren, ikke som tekst: «!Viktig» blir utelatt og verdien blir «Felles innbyggerportal». Hvis «!Viktig» hører til teksten, sett verdien i anførselstegn: "!Viktig Felles innbyggerportal"');
      const fixed = assertFixResolves(files, found[0]!);
      assert.match(fixed['storby.yaml']!, /title: "!Viktig Felles innbyggerportal"\n/);
      // The fixed document reads the whole title.
      const titles = createTestEngine(new InMemoryHost(fixed)).analyze().workspaces[0]!.goals.map((g) => g.title);
      assert.deepEqual(titles, ['!Viktig Felles innbyggerportal', 'Nytt sak- og arkivsystem']);
    });

    it('in front matter too, in the cooperation\'s language', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\ntitle: !Utkast Digitaliseringsstrategi\n---\n\n## A {#a}\n\n- Frist: 2027\n` };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.equal(textAt(files, d!), '!Utkast Digitaliseringsstrategi');
      assert.equal(d!.message, 'YAML reads ! at the start of a value as an instruction to the reader, not as text: "!Utkast" is left out and the value reads "Digitaliseringsstrategi". If "!Utkast" belongs to the text, put the value in quotes: "!Utkast Digitaliseringsstrategi"');
    });

    it('leaves YAML\'s own tags and anchors that an alias uses alone', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'storby.yaml': `owner: storby\ngoals:\n  - id: a\n    title: !!str 2027\n    område: &omr hr\n  - id: b\n    title: B\n    område: *omr\n`,
      };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });
  });

  it('reports nothing for well-formed documents', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'storby.md': `---\nowner: storby\ntitle: "Strategi: IKT"\nperiod: {from: 2024, to: 2027}\n---\n## A {#a}\n- Frist: 2025\n`,
      'midtby.yaml': `owner: midtby\ngoals:\n  - id: b\n    title: B\n    goals:\n      - id: c\n        title: C\n`,
    };
    assert.deepEqual(analyzeRule(RULE, files), []);
  });

  describe('a file not saved as UTF-8', () => {
    // «Område» and «Støtter» saved as Windows-1252 and read as UTF-8: each æ/ø/å became U+FFFD.
    const ANSI = `---
owner: storby
---

## Felles l\uFFFDnn {#felles-lonn}

- Omr\uFFFDde: hr
- St\uFFFDtter: DS19-M1
`;

    it('says so first, at the first character it could not read', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': ANSI };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.deepEqual(d?.range, range(4, 11, 4, 12));
      assert.match(d!.message, /probably not saved as UTF-8 .*Save the file as UTF-8\./);
    });

    it('stays silent for a file that is UTF-8', () => {
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'storby.md': ANSI.replaceAll('\uFFFD', 'ø') }), []);
    });
  });
});

