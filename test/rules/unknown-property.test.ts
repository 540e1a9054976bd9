import { strict as assert } from 'node:assert';
import { analyze, analyzeRule, textAt, CONFIG, CONFIG_NN, BASE } from '../helpers/workspace.js';
import { applyFix, assertFixResolves } from '../helpers/fixes.js';
import { allRules } from '../../server/src/rules/index.js';

const RULE = 'unknown-property';

const NB_KEYS = 'støtter, bidrar til, område, omfang, unntak, innføre, beholde, avvikle, indikator, retning, utgangspunkt, målverdi, fra, frist, behov, gevinst, krever, prioritet, status, aksepterer, ansvarlig';
const HEAD = `---
owner: storby
---

## Digital byggesak {#digital-byggesak}

`;

describe('unknown-property', () => {
  describe('Markdown property lists', () => {
    it('reports a misspelt key on the key, with a did-you-mean fix that keeps the capital letter', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}- Område: sak-arkiv\n- Fristt: 2026-06-30\n` };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.ok(d);
      assert.equal(d.severity, 'warning');
      assert.deepEqual(d.range, { start: { line: 7, character: 2 }, end: { line: 7, character: 8 } });
      assert.equal(textAt(files, d), 'Fristt');
      assert.equal(d.goal, 'storby#digital-byggesak');
      assert.equal(d.message, `"Fristt" is not a goal property, so Samstemt ignores this line. Did you mean "Frist"? Known keys: ${NB_KEYS}.`);
      assert.equal(d.fixes.length, 1);
      assert.equal(d.fixes[0]!.title.en, 'Change to "Frist"');
      assert.equal(d.fixes[0]!.preferred, true);
      const fixed = assertFixResolves(files, d);
      assert.equal(fixed['storby.md'], `${HEAD}- Område: sak-arkiv\n- Frist: 2026-06-30\n`);
    });

    it('suggests the key in the language of a nynorsk document', () => {
      const text = `---\neigar: fjellbygd\n---\n## Mål {#m}\n- Støtte: DS19-M1\n- Behalde: Excel\n- Ansvarleg: rådmannen\n`;
      const files = { 'samstemt.yaml': CONFIG, 'fjellbygd.md': text };
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.equal(textAt(files, d), 'Støtte');
      assert.match(d.message, /Did you mean "Støttar"\? Known keys: støttar, bidreg til, område/);
      const fixed = assertFixResolves(files, d);
      assert.match(fixed['fjellbygd.md']!, /\n- Støttar: DS19-M1\n/);
    });

    it('reports an unknown key without a close match, without a fix', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}- Område: hr\n- Kommentar: se vedlegg\n` };
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.equal(textAt(files, d), 'Kommentar');
      assert.doesNotMatch(d.message, /Did you mean/);
      assert.deepEqual(d.fixes, []);
    });

    it('reports an item that is not a Key: value line in a property list', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}- Område: hr\n- dette er bare tekst\n` };
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.deepEqual(d.range, { start: { line: 7, character: 2 }, end: { line: 7, character: 21 } });
      assert.equal(textAt(files, d), 'dette er bare tekst');
      assert.match(d.message, /not a "Key: value" line/);
    });

    it('reads keys case-insensitively, with a trailing colon and with bold or italic markup', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'storby.md': `${HEAD}- **Frist:** 2025\n- **Område**: hr\n- _Behov_: raskere saksbehandling\n- STØTTER: DS19-M2\n- bidrar til: #digital-byggesak-2\n\n## To {#digital-byggesak-2}\n`,
      };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });

    it('treats a list without any Key: item as prose (the description)', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}Dette er bakgrunnen:\n\n- raskere saksbehandling\n- færre feil\n\nEgenskaper:\n\n- Frist: 2026\n` };
      assert.deepEqual(analyzeRule(RULE, files), []);
      assert.deepEqual(analyzeRule('invalid-value', files), []);
    });

    it('reports the misspelt keys of a property list in which every key is misspelt', () => {
      // Every item is a Key: item, so this is a property list (format.md §2.1), not prose.
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}- Fristt: 2025\n- Områd: hr\n` };
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => [textAt(files, d), d.fixes[0]?.edits[0]?.newText]), [
        ['Fristt', 'Frist'],
        ['Områd', 'Område'],
      ]);
    });
  });

  describe('keys in a list that is not the property list', () => {
    it('reports each known key of a numbered list, with a fix that makes the item a bullet', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}1. Område: hr\n2. Frist: 2026\n` };
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => textAt(files, d)), ['Område', 'Frist']);
      const [d] = list;
      assert.equal(d!.goal, 'storby#digital-byggesak');
      assert.equal(d!.message, '"Område" is in a numbered list, so Samstemt does not read it as a property of the goal: properties are read from a bullet list. Start the line with "-" instead of "1.".');
      assert.deepEqual(d!.fixes[0]!.edits.map((e) => e.newText), ['-']);
      // Fixing both items turns the list into the property list: the deadline now counts.
      assert.equal(analyzeRule('goal-not-measurable', files).length, 1);
      let fixed = applyFix(files, d!);
      fixed = applyFix(fixed, analyzeRule(RULE, fixed)[0]!);
      assert.equal(fixed['storby.md'], `${HEAD}- Område: hr\n- Frist: 2026\n`);
      assert.deepEqual(analyzeRule(RULE, fixed), []);
      assert.deepEqual(analyzeRule('goal-not-measurable', fixed), []);
    });

    it('reports a key after the property list written with another bullet, with a fix to the list\'s bullet', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}- Område: hr\n- Innføre: Visma\n- Behov: felles lønn\n* Gevinst: én lisens\n` };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.equal(textAt(files, d!), 'Gevinst');
      assert.match(d!.message, /^"Gevinst" is not read as a property: the bullet "\*" differs from the property list's "-"/);
      const fixed = assertFixResolves(files, d!);
      assert.equal(fixed['storby.md'], `${HEAD}- Område: hr\n- Innføre: Visma\n- Behov: felles lønn\n- Gevinst: én lisens\n`);
    });

    it('offers the property list\'s bullet for a numbered list right after it', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}* Område: hr\n\n1. Frist: 2026\n` };
      const [d] = analyzeRule(RULE, files);
      assert.match(d!.message, /Start the line with "\*" instead of "1\."\.$/);
      assert.deepEqual(d!.fixes[0]!.edits.map((e) => e.newText), ['*']);
    });

    it('reports a key in a later list after prose, without a fix', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}- Område: hr\n\nVi må også huske:\n\n- Frist: 2026\n` };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.equal(textAt(files, d!), 'Frist');
      assert.match(d!.message, /in a later list under the goal/);
      assert.deepEqual(d!.fixes, []);
    });

    it('explains keys in a list under a sub-heading without an ID, with a fix that moves each up under the goal', () => {
      const body = `---\nowner: storby\nperiod: 2024–2027\n---\n\n## Digital byggesak {#a}\n\nTekst.\n\n### Nøkkeltall\n\n- Frist: 2025-12-31\n- Støtter: DS19-I2\n- Noe annet\n`;
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': body };
      const ds = analyzeRule(RULE, files);
      assert.deepEqual(ds.map((d) => textAt(files, d)), ['Frist', 'Støtter']);
      assert.match(ds[0]!.message, /"Frist" stands under the sub-heading "Nøkkeltall"/);
      assert.match(ds[0]!.message, /right under the goal heading, before any sub-heading/);
      const fixed = applyFix(files, ds[0]!);
      assert.equal(fixed['storby.md'], body.replace('{#a}\n', '{#a}\n- Frist: 2025-12-31\n').replace('\n- Frist: 2025-12-31\n- Støtter', '\n- Støtter'));
      const after = analyze(fixed);
      assert.equal(after.filter((d) => d.rule === 'goal-not-measurable').length, 0, 'the moved deadline is read');
      assert.deepEqual(after.filter((d) => d.rule === RULE).map((d) => textAt(fixed, d)), ['Støtter']);
    });

    it('moves a key under a sub-heading to the end of the property list, with its bullet, in nb', () => {
      const body = `---\nowner: storby\n---\n\n## A {#a}\n\n* Område: hr\n\n### Fakta\n\n- Frist: 2026\n`;
      const files = { 'samstemt.yaml': CONFIG.replace('language: en', 'language: nb'), 'storby.md': body };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.match(d!.message, /«Frist» står under underoverskriften «Fakta»/);
      assert.equal(applyFix(files, d!)['storby.md'], `---\nowner: storby\n---\n\n## A {#a}\n\n* Område: hr\n* Frist: 2026\n\n### Fakta\n\n`);
    });

    it('no goal-not-measurable or goal-unlinked fix adds a second deadline or link when they stand under a sub-heading', () => {
      const body = `---\nowner: storby\nperiod: 2024–2027\n---\n\n## Digital byggesak {#a}\n\n### Nøkkeltall\n\n- Frist: 2025-12-31\n- Støtter: DS19-I2\n`;
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': body };
      const ds = analyze(files);
      const measurable = ds.find((d) => d.rule === 'goal-not-measurable')!;
      assert.match(measurable.message, /its deadline on line 10 is not read/);
      assert.deepEqual(measurable.fixes, []);
      const unlinked = ds.find((d) => d.rule === 'goal-unlinked')!;
      assert.deepEqual(unlinked.fixes, []);
      assert.match(unlinked.message, /^The goal «Digital byggesak» does not support any national objective: the `Støtter` on line 11 is not read \(see the finding on that line\)/);
      assert.equal(textAt(files, { ...unlinked, range: unlinked.related[0]!.range }), 'Støtter');
    });

    it('leaves a list under a sub-heading of a structure heading (not a goal) alone', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\n---\n\n# Innledning\n\n### Fakta\n\n- Frist: 2026\n` };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });

    it('suggests a YAML goal structure key (titel → tittel / title), with a fix, and lists the structure keys', () => {
      const nb = `owner: fjellbygd\nperiod: 2024–2027\ngoals:\n  - id: a\n    titel: Første mål\n    frist: 2025-12-31\n    støtter: DS19-I2\n`;
      const files = { 'samstemt.yaml': CONFIG, 'fjellbygd.yaml': nb };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.equal(textAt(files, d!), 'titel');
      assert.match(d!.message, /^"titel" is not a goal property, so Samstemt ignores this line\. Did you mean "tittel"\? Known keys: id, tittel, beskrivelse, /);
      const fixed = assertFixResolves(files, d!);
      assert.match(fixed['fjellbygd.yaml']!, /\n    tittel: Første mål\n/);
      const en = { 'samstemt.yaml': CONFIG, 'fjellbygd.yaml': `owner: fjellbygd\ngoals:\n  - id: a\n    titel: First goal\n    deadline: 2025-12-31\n    supports: DS19-I2\n` };
      assert.match(analyzeRule(RULE, en)[0]!.message, /Did you mean "title"\?/);
    });

    it('leaves numbered steps and later lists without a known key alone', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}- Område: hr\n\nSlik gjør vi det:\n\n1. Kartlegge behov\n2. Merk: høring i mars\n\n- ansatte\n- ledere\n` };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });

    it('reports a known key in the first cell of a table row, on the key', () => {
      const table = '| Egenskap | Verdi |\n|---|---|\n| Frist | 2026 |\n| **Støtter** | DS19-M2 |\n| Kommentar | se vedlegg |\n';
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}${table}` };
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => textAt(files, d)), ['Frist', 'Støtter']);
      assert.equal(list[0]!.message, '"Frist" is in a table, so Samstemt does not read it as a property of the goal: properties are read from a bullet list under the heading, such as "- Frist: …".');
      assert.equal(list[0]!.goal, 'storby#digital-byggesak');
      const plain = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}- Frist: 2026\n\n| År | Kostnad |\n|---|---|\n| 2025 | 100 |\n` };
      assert.deepEqual(analyzeRule(RULE, plain), [], 'a table of other things is description');
    });

    it('speaks nynorsk', () => {
      const files = { 'samstemt.yaml': CONFIG_NN, 'storby.md': `${HEAD}1. Frist: 2026\n` };
      assert.equal(analyzeRule(RULE, files)[0]!.message, '«Frist» står i ei nummerert liste, så Samstemt les det ikkje som ein eigenskap ved målet: eigenskapar blir lesne frå ei punktliste. Start linja med «-» i staden for «1.».');
    });
  });

  describe('keys the property list does not hold', () => {
    const NESTED = `${HEAD}- Område: helse\n- Innføre: Digitalt tilsyn\n  - Behov: Flere eldre, færre ansatte.\n  * Gevinst: Færre nattlige tilsynsbesøk.\n\t- Frist: 2026\n  - Modul: nattilsyn\n`;

    it('reports each known key indented under a property item, with a fix that removes the indentation', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': NESTED };
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => textAt(files, d)), ['Behov', 'Gevinst', 'Frist']);
      assert.deepEqual(list.map((d) => d.range.start.line), [8, 9, 10]);
      assert.equal(list[0]!.message, '"Behov" is indented under "Innføre", so Samstemt does not read it as a property of the goal: properties are the items of the list itself. Remove the indentation.');
      assert.equal(list[0]!.goal, 'storby#digital-byggesak');
      assert.equal(list[0]!.fixes[0]!.title.en, 'Remove the indentation');
      // All fixes at once (a tab-indented line and another bullet included): every key is read.
      let fixed: Record<string, string> = files;
      for (const d of [...list].reverse()) fixed = applyFix(fixed, d);
      assert.equal(fixed['storby.md'], `${HEAD}- Område: helse\n- Innføre: Digitalt tilsyn\n- Behov: Flere eldre, færre ansatte.\n- Gevinst: Færre nattlige tilsynsbesøk.\n- Frist: 2026\n  - Modul: nattilsyn\n`);
      assert.deepEqual(analyzeRule(RULE, fixed), []);
      assert.deepEqual(analyzeRule('goal-not-measurable', fixed), []);
      assert.ok(analyzeRule('goal-not-measurable', files).length > 0, 'the nested deadline was not read before');
    });

    it('names an item without a key by its text, and leaves sub-lists without known keys alone', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}- Område: hr\n- Tidsplan for innføringen\n  - Frist: 2026\n- Innføre: Visma\n  - modul for lønn\n  - Merk: gjelder alle\n` };
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => textAt(files, d)), ['Tidsplan for innføringen', 'Frist']);
      assert.match(list[1]!.message, /^"Frist" is indented under "Tidsplan for innføringen"/);
    });

    it('reports a key written as a line of text under a goal without a property list, with a fix that makes it an item', () => {
      const text = `---\nowner: storby\n---\n\n## Delmål {#delmal}\n\nFrist: 2026\n\nStøtter: DS19-M2\nOmfang: alle\n\nVi skal: gjøre det bra.\n`;
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': text };
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => textAt(files, d)), ['Frist', 'Støtter', 'Omfang']);
      assert.equal(list[0]!.message, '"Frist" is written as a line of text, not as a list item, so Samstemt does not read it as a property of the goal: properties are read from a bullet list under the heading. Start the line with "- ".');
      assert.equal(list[0]!.fixes[0]!.title.en, 'Change to "- Frist: 2026"');
      // Støtter and Omfang share a paragraph: the fix on either makes both items (one alone would take the other
      // line into its value). Both fixes of the first analysis, the lower one first.
      assert.equal(list[1]!.fixes[0]!.title.en, 'Make the 2 property lines list items ("- …")');
      assert.deepEqual(list[1]!.fixes, list[2]!.fixes);
      const fixed = applyFix(applyFix(files, list[2]!), list[0]!);
      assert.match(fixed['storby.md']!, /\n- Frist: 2026\n\n- Støtter: DS19-M2\n- Omfang: alle\n/);
      assert.deepEqual(analyzeRule(RULE, fixed), []);
      assert.deepEqual(analyzeRule('goal-not-measurable', fixed), []);
    });

    it('reports keys after a word processor\'s bullet (•, –) or a dash with a non-breaking space, with a fix that makes them items, and keeps them out of the goal\'s words', () => {
      const text = `---\nowner: storby\nperiod: 2025–2028\n---\n\n## Felles arkiv {#arkiv}\n\nVi samler arkivet.\n• Frist: 2026\n– Støtter: DN30-M3\n-\u00a0Område: hr\n`;
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': text };
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => textAt(files, d)), ['Frist', 'Støtter', 'Område']);
      assert.equal(list[0]!.message, '"Frist" starts with "•", which Markdown does not read as a list bullet (it is often pasted from a word processor), so Samstemt does not read it as a property of the goal. Start the line with "- " instead.');
      assert.match(list[2]!.message, /^"Område" is not read as a property of the goal: the "-" before it is followed by a non-breaking space/);
      assert.equal(list[1]!.fixes[0]!.title.en, 'Make the 3 property lines list items ("- …")');
      const unlinked = analyze(files).find((d) => d.rule === 'goal-unlinked')!;
      assert.ok(!(unlinked.suggestions ?? []).some((s) => s.matched.includes('støtter')), 'a key is not a word of the goal');
      // The fix on any of the three lines makes all three items.
      for (const d of list) {
        const fixed = applyFix(files, d);
        assert.match(fixed['storby.md']!, /\nVi samler arkivet\.\n- Frist: 2026\n- Støtter: DN30-M3\n- Område: hr\n$/);
      }
      const fixed = applyFix(files, list[0]!);
      assert.deepEqual(analyzeRule(RULE, fixed), []);
      assert.deepEqual(analyze(fixed).filter((d) => d.rule === 'goal-unlinked' || d.rule === 'goal-not-measurable'), []);
      const nb = { ...files, 'samstemt.yaml': CONFIG.replace('language: en', 'language: nb') };
      assert.match(analyzeRule(RULE, nb)[1]!.message, /^«Støtter» står etter «–», som Markdown ikke leser som et punkttegn/);
      // Beside a property list, the cause is still named (no fix: the line belongs in that list).
      const beside = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}-\u00a0Frist: 2026\n- Område: hr\n` };
      const [d, ...rest] = analyzeRule(RULE, beside);
      assert.equal(rest.length, 0);
      assert.match(d!.message, /followed by a non-breaking space/);
      assert.deepEqual(d!.fixes, []);
    });

    it('asks to move a key line into the property list, without a fix, when the goal has one', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}- Område: hr\n\nFrist: 2026\n` };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.equal(textAt(files, d!), 'Frist');
      assert.match(d!.message, /Move it into the goal's property list as "- Frist: …"\.$/);
      assert.deepEqual(d!.fixes, []);
    });

    it('suggests the colon for an item that starts with a known key and misses it', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}- Område: hr\n- Frist 2026\n- Bidrar til #annet\n\n## Annet {#annet}\n` };
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => textAt(files, d)), ['Frist', 'Bidrar til']);
      assert.equal(list[0]!.message, '"Frist 2026" is not a "Key: value" line, so Samstemt ignores it: the colon after "Frist" is missing. Did you mean "Frist: 2026"?');
      const fixed = assertFixResolves(files, list[0]!);
      assert.match(fixed['storby.md']!, /\n- Frist: 2026\n/);
      assert.match(applyFix(files, list[1]!)['storby.md']!, /\n- Bidrar til: #annet\n/);
    });

    it('replaces a dash or equals sign written where the colon belongs (Støtter - DS19-M2, Frist = 2026), also in a list of only such items', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}- Støtter - DS19-M2\n- Frist – 2026\n- Område = hr\n` };
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => textAt(files, d)), ['Støtter', 'Frist', 'Område']);
      assert.match(list[0]!.message, /Did you mean "Støtter: DS19-M2"\?$/);
      const fixed = applyFix(applyFix(applyFix(files, list[2]!), list[1]!), list[0]!);
      assert.match(fixed['storby.md']!, /\n- Støtter: DS19-M2\n- Frist: 2026\n- Område: hr\n$/);
      assert.deepEqual(analyzeRule(RULE, fixed), []);
    });

    it('speaks bokmål and nynorsk', () => {
      const text = `${HEAD}- Innføre: Visma\n  - Frist: 2026\n`;
      assert.equal(analyzeRule(RULE, { 'samstemt.yaml': CONFIG.replace('language: en', 'language: nb'), 'storby.md': text })[0]!.message, '«Frist» har innrykk under «Innføre», så Samstemt leser det ikke som en egenskap ved målet: egenskapene er punktene i selve listen. Fjern innrykket.');
      assert.equal(analyzeRule(RULE, { 'samstemt.yaml': CONFIG_NN, 'storby.md': `${HEAD}Frist: 2026\n` })[0]!.message, '«Frist» står som ei tekstlinje, ikkje som eit listepunkt, så Samstemt les det ikkje som ein eigenskap ved målet: eigenskapar blir lesne frå ei punktliste under overskrifta. Start linja med «- ».');
    });
  });

  describe('YAML documents', () => {
    it('reports an unknown goal key with a fix in the case the author used', () => {
      const text = `owner: midtby
goals:
  - id: felles-arkiv
    title: Felles arkiv
    område: sak-arkiv
    frsit: 2026
`;
      const files = { 'samstemt.yaml': CONFIG, 'midtby.yaml': text };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.ok(d);
      assert.deepEqual(d.range, { start: { line: 5, character: 4 }, end: { line: 5, character: 9 } });
      assert.equal(textAt(files, d), 'frsit');
      assert.equal(d.goal, 'midtby#felles-arkiv');
      const fixed = assertFixResolves(files, d);
      assert.match(fixed['midtby.yaml']!, /\n {4}frist: 2026\n/);
    });

    it('does not report the structure keys id, title, description and goals (in any language)', () => {
      const text = `eier: midtby
tittel: Strategi
periode: 2024–2027
mål:
  - id: a
    tittel: A
    beskrivelse: Noe
    delmål:
      - id: b
        title: B
        skildring: Noko
        goals: []
`;
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'm.yaml': text }), []);
    });
  });

  describe('document keys', () => {
    it('flags a near miss of a front-matter key and leaves other keys (author, tags) alone', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nower: storby\nauthor: Kari\ntags: [hr]\n---\n` };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.ok(d);
      assert.deepEqual(d.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } });
      assert.equal(d.message, '"ower" looks like a misspelling of "owner".');
      const fixed = applyFix(files, d);
      assert.equal(fixed['storby.md'], `---\nowner: storby\nauthor: Kari\ntags: [hr]\n---\n`);
      // The fix also gives the document its owner.
      const after = analyze(fixed);
      assert.deepEqual(after.filter((x) => x.rule === RULE || x.rule === 'missing-owner'), []);
    });
  });

  describe('samstemt.yaml', () => {
    it('reports an unknown setting with a fix', () => {
      const files = { 'samstemt.yaml': CONFIG + 'documentz: ["*.md"]\n', 'storby.md': `---\nowner: storby\n---\n` };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.ok(d);
      assert.equal(d.file, 'samstemt.yaml');
      assert.deepEqual(d.range, { start: { line: 13, character: 0 }, end: { line: 13, character: 9 } });
      assert.match(d.message, /^"documentz" is not a setting of samstemt.yaml and is ignored. Did you mean "documents"\?/);
      assert.equal(d.fixes[0]!.edits[0]!.newText, 'documents');
      assert.equal(d.fixes[0]!.edits[0]!.uri, BASE + 'samstemt.yaml');
    });

    it('reports an unknown rule id under rules:, with a fix', () => {
      const files = { 'samstemt.yaml': CONFIG + 'rules:\n  missing-ownr: warning\n', 'storby.md': `---\nowner: storby\n---\n` };
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.deepEqual(d.range, { start: { line: 14, character: 2 }, end: { line: 14, character: 14 } });
      assert.equal(d.message, 'There is no rule "missing-ownr"; this line has no effect. Did you mean "missing-owner"? Rules: ' + allRules.map((r) => r.meta.id).join(', ') + '.');
      assert.match(d.message, /Rules: .*\bconflict-capacity\b.*\./, 'the rules are named, not a folder of the Samstemt repository');
      const fixed = assertFixResolves(files, d);
      assert.match(fixed['samstemt.yaml']!, /\n {2}missing-owner: warning\n$/);
    });

    it('reports an unknown key inside a member, indicator or resource, which was silently ignored', () => {
      const cfg = `language: en\nmembers:\n  storby: { name: Storby, kind: kommune, populaton: 50000, innbyggr: 50000 }\nindicators:\n  avgift: { name: Avgift, delt: true }\nresources:\n  drift: { owner: storby, capacity: 3, enhett: årsverk }\n`;
      const files = { 'samstemt.yaml': cfg, 'storby.md': `---\nowner: storby\n---\n` };
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => textAt(files, d)), ['populaton', 'innbyggr', 'delt', 'enhett']);
      assert.equal(list[0]!.message, '"populaton" is not a setting of samstemt.yaml and is ignored. Did you mean "population"? Settings: name, kind, population.');
      // A misspelt Norwegian key gets the Norwegian key as the suggestion.
      assert.equal(list[1]!.message, '"innbyggr" is not a setting of samstemt.yaml and is ignored. Did you mean "innbyggere"? Settings: name, kind, population.');
      assert.equal(list[2]!.message, '"delt" is not a setting of samstemt.yaml and is ignored. Settings: name, shared.');
      assert.match(list[3]!.message, /Settings: owner, capacity, unit\.$/);
      assertFixResolves(files, list[0]!);
    });

    it('reads settings, rule ids and values in any case', () => {
      const cfg = `Language: NB\nFrameworks: [ds19]\nMembers:\n  storby: { Name: Storby, Kind: Kommune, Population: 50000 }\nRules:\n  Goal-Unlinked: Error\n`;
      const files = { 'samstemt.yaml': cfg, 'storby.strategy.md': `---\nowner: storby\n---\n## Mål {#m}\n- Frist: 2026\n` };
      const all = analyze(files);
      assert.deepEqual(all.filter((d) => d.rule === RULE || d.rule === 'invalid-value').map((d) => d.message), []);
      const [unlinked] = all.filter((d) => d.rule === 'goal-unlinked');
      assert.equal(unlinked!.severity, 'error', 'the rule setting counts');
      assert.match(unlinked!.message, /^Målet «Mål»/, 'language: NB counts');
    });
  });

  describe('language', () => {
    const files = (lang: string) => ({ 'samstemt.yaml': CONFIG.replace('language: en', `language: ${lang}`), 'storby.md': `${HEAD}- Område: hr\n- Fristt: 2026\n` });
    it('speaks bokmål', () => {
      const [d] = analyzeRule(RULE, files('nb'));
      assert.equal(d!.message, `«Fristt» er ikke en målegenskap, så Samstemt overser denne linjen. Mente du «Frist»? Kjente nøkler: ${NB_KEYS}.`);
      assert.equal(d!.fixes[0]!.title.nb, 'Endre til «Frist»');
    });
    it('speaks nynorsk', () => {
      const [d] = analyzeRule(RULE, files('nn'));
      assert.match(d!.message, /^«Fristt» er ikkje ein måleigenskap, så Samstemt overser denne linja\. Meinte du «Frist»\?/);
    });
    it('follows the engine option lang', () => {
      const [d] = analyzeRule(RULE, files('nb'), { lang: 'en' });
      assert.match(d!.message, /^"Fristt" is not a goal property/);
    });
  });

  describe('severity', () => {
    const files = (rules = '') => ({ 'samstemt.yaml': CONFIG + rules, 'storby.md': `${HEAD}- Område: hr\n- Fristt: 2026\n` });
    it('is a warning by default', () => assert.equal(analyzeRule(RULE, files())[0]!.severity, 'warning'));
    it('follows `rules:` in samstemt.yaml', () => assert.equal(analyzeRule(RULE, files('rules:\n  unknown-property: error\n'))[0]!.severity, 'error'));
    it('follows ruleOverrides', () => assert.equal(analyzeRule(RULE, files('rules:\n  unknown-property: error\n'), { ruleOverrides: { 'unknown-property': 'hint' } })[0]!.severity, 'hint'));
    it('is silent when off', () => {
      assert.deepEqual(analyzeRule(RULE, files('rules:\n  unknown-property: off\n')), []);
      assert.deepEqual(analyzeRule(RULE, files(), { ruleOverrides: { 'unknown-property': 'off' } }), []);
    });
  });
});
