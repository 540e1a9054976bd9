import { strict as assert } from 'node:assert';
import { analyze, analyzeRule, textAt, CONFIG, CONFIG_NB, CONFIG_NN, type TestDiagnostic } from '../helpers/workspace.js';
import { applyFix, assertFixResolves } from '../helpers/fixes.js';

const RULE = 'invalid-value';

const HEAD = `---
owner: storby
---

## Digital byggesak {#digital-byggesak}

`;
/** Line of the first property under HEAD. */
const L = 6;
const md = (props: string) => ({ 'samstemt.yaml': CONFIG, 'storby.md': HEAD + props });

describe('invalid-value', () => {
  describe('target and baseline numbers', () => {
    it('accepts a sign and a trailing full stop: +5 %, -10 %, −10 %, 90%.', () => {
      for (const v of ['+5 %', '-10 %', '−10 %', '90%.', '90 %.', '1 500 000 kr']) {
        assert.deepEqual(analyzeRule(RULE, md(`- Indikator: andel\n- Målverdi: ${v}\n- Utgangspunkt: ${v}\n`)), [], v);
      }
    });

    it('reads a bound (minst 80 %, ≥ 90 %, at least 80 %, over 5) as its number, with a warning and a fix to the plain number', () => {
      for (const [v, n] of [['minst 80 %', '80 %'], ['≥ 90 %', '90 %'], ['at least 80 %', '80 %'], ['over 5', '5'], ['under 10 %.', '10 %'], ['maks 3 årsverk', '3 årsverk']]) {
        const files = md(`- Indikator: andel\n- Målverdi: ${v}\n- Frist: 2026\n`);
        const [d, ...rest] = analyzeRule(RULE, files);
        assert.equal(rest.length, 0, v);
        assert.equal(textAt(files, d!), v);
        assert.equal(d!.severity, 'warning');
        assert.match(d!.message, new RegExp(`^"${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" is a bound, not a number: Målverdi is the value you aim for`));
        assert.match(d!.message, /\(whether the value should rise or fall is said with Retning\)\.$/, 'the key as this document writes it');
        assert.equal(applyFix(files, d!)['storby.md'], HEAD + `- Indikator: andel\n- Målverdi: ${n}\n- Frist: 2026\n`);
      }
      // Read as the number: the goal is measurable without a deadline.
      const files = md('- Indikator: andel\n- Målverdi: minst 80 %\n');
      assert.deepEqual(analyzeRule('goal-not-measurable', files), []);
    });

    it('reports a range (50–60 %) with a message that asks for one number and a fix to its upper end', () => {
      const files = md('- Indikator: andel\n- Målverdi: 50–60 %\n');
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.equal(d!.severity, 'error');
      assert.match(d!.message, /^"50–60 %" is a range, but Målverdi takes one number/);
      assert.equal(applyFix(files, d!)['storby.md'], HEAD + '- Indikator: andel\n- Målverdi: 60 %\n');
      const nb = { 'samstemt.yaml': CONFIG.replace('language: en', 'language: nb'), 'storby.md': HEAD + '- Målverdi: 50 til 60\n' };
      assert.match(analyzeRule(RULE, nb)[0]!.message, /^«50 til 60» er et intervall, men Målverdi tar ett tall/);
    });
  });

  describe('direction', () => {
    it('offers the direction a goal that says how much implies (halvere, doble, halve), in the spelling of the document', () => {
      const cases: [string, string][] = [['halvere', 'redusere'], ['Halvering', 'redusere'], ['doble', 'øke'], ['halve', 'redusere'], ['double', 'øke']];
      for (const [value, meant] of cases) {
        const files = md(`- Retning: ${value}\n`);
        const [d, ...rest] = analyzeRule(RULE, files);
        assert.equal(rest.length, 0, value);
        assert.equal(textAt(files, d!), value);
        assert.match(d!.message, new RegExp(`Did you mean "${meant}"\\?`), value);
        assert.equal(applyFix(files, d!)['storby.md'], HEAD + `- Retning: ${meant}\n`, value);
      }
    });
  });

  describe('direction against the numbers', () => {
    it('warns on a direction that the baseline → target contradicts, with a fix to the direction the numbers give', () => {
      const files = md('- Indikator: ventetid\n- Retning: øke\n- Utgangspunkt: 80 dager\n- Målverdi: 60 dager\n');
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.equal(textAt(files, d!), 'øke');
      assert.equal(d!.severity, 'warning');
      assert.match(d!.message, /^Retning says "øke", but the target \(60 dager\) is lower than the baseline \(80 dager\)/);
      assert.equal(applyFix(files, d!)['storby.md'], HEAD + '- Indikator: ventetid\n- Retning: redusere\n- Utgangspunkt: 80 dager\n- Målverdi: 60 dager\n');
      const up = md('- Direction: decrease\n- Baseline: 40 %\n- Target: 75 %\n');
      const [u] = analyzeRule(RULE, up);
      assert.match(u!.message, /^Direction says "decrease", but the target \(75 %\) is higher than the baseline \(40 %\)/);
      const nn = { 'samstemt.yaml': CONFIG.replace('language: en', 'language: nn'), 'storby.md': HEAD + '- Retning: redusere\n- Utgangspunkt: 10\n- Målverdi: 12\n' };
      assert.match(analyzeRule(RULE, nn)[0]!.message, /^Retning seier «redusere», men målverdien \(12\) er høgare enn utgangspunktet \(10\)/);
    });

    it('is silent when the direction and the numbers agree, or only one of them is given', () => {
      for (const props of [
        '- Retning: øke\n- Utgangspunkt: 60\n- Målverdi: 80\n',
        '- Retning: redusere\n- Utgangspunkt: 80\n- Målverdi: 60\n',
        '- Retning: opprettholde\n- Utgangspunkt: 80\n- Målverdi: 80\n',
        '- Retning: øke\n- Målverdi: 60\n',
        '- Utgangspunkt: 80\n- Målverdi: 60\n',
        // A thousands separator may be meant (1 200 kr): the comparison would not be sure.
        '- Retning: øke\n- Utgangspunkt: 950 kr\n- Målverdi: 1,200 kr\n',
        '- Direction: increase\n- Baseline: 950\n- Target: 1.200\n',
      ]) assert.deepEqual(analyzeRule(RULE, md(props)), [], props);
    });
  });

  describe('dates', () => {
    it('reports an impossible day on the value', () => {
      const files = md('- Område: hr\n- Frist: 2025-02-30\n');
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.ok(d);
      assert.equal(d.severity, 'error');
      assert.deepEqual(d.range, { start: { line: L + 1, character: 9 }, end: { line: L + 1, character: 19 } });
      assert.equal(textAt(files, d), '2025-02-30');
      assert.equal(d.goal, 'storby#digital-byggesak');
      assert.equal(
        d.message,
        '"2025-02-30" is not a valid date for Frist. Write a date as YYYY-MM-DD (e.g. 2026-12-31) or a year (2026, meaning 31 December for a deadline).',
      );
      assert.deepEqual(d.fixes, []);
    });

    it('reports month 13, 29 February outside leap years, words and day-first dates', () => {
      const files = md('- Frist: 2025-13\n- Fra: 2023-02-29\n\n## B {#b}\n\n- Frist: snart\n\n## C {#c}\n\n- Frist: 31.12.2025\n');
      assert.deepEqual(analyzeRule(RULE, files).map((d) => textAt(files, d)), ['2025-13', '2023-02-29', 'snart', '31.12.2025']);
    });

    it('offers the date alone for a date with a word or a full stop around it', () => {
      const files = md('- Frist: 2026.\n- Fra: innen 2025-03\n\n## B {#b}\n\n- Frist: Q4 2026\n');
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => [textAt(files, d), d.fixes[0]?.edits[0]?.newText]), [
        ['2026.', '2026'],
        ['innen 2025-03', '2025-03'],
        ['Q4 2026', '2026-12-31'], // a period, not a date with a word around it: its own message (below)
      ]);
      assert.equal(list[0]!.message, '"2026." is not a valid date for Frist: write only the date, 2026.');
      assertFixResolves(files, list[1]!);
    });

    it('rewrites a day-first date as YYYY-MM-DD, in the message and as a fix', () => {
      const files = md('- Frist: 1.3.2026\n- Fra: 31/12/2025\n\n## B {#b}\n\n- Frist: 30.02.2026\n');
      const list = analyzeRule(RULE, files);
      assert.equal(list[0]!.message, '"1.3.2026" has the day first; Samstemt reads dates as YYYY-MM-DD. Write 2026-03-01.');
      assert.deepEqual(list.map((d) => d.fixes[0]?.edits[0]?.newText), ['2026-03-01', '2025-12-31', undefined]);
      assert.match(list[2]!.message, /is not a valid date/, 'no such day: the general advice');
      const fixed = assertFixResolves(files, list[0]!);
      assert.match(fixed['storby.md']!, /- Frist: 2026-03-01\n/);
    });

    it('rewrites an American month-first date (12/31/2026) as YYYY-MM-DD, saying the month comes first', () => {
      const head = `---\nowner: storby\n---\n\n## Digital services {#digital}\n\n- Area: hr\n`;
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${head}- Deadline: 12/31/2026\n- Start: 2/15/2025\n` };
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => d.message), [
        '"12/31/2026" has the month first; Samstemt reads dates as YYYY-MM-DD. Write 2026-12-31.',
        '"2/15/2025" has the month first; Samstemt reads dates as YYYY-MM-DD. Write 2025-02-15.',
      ]);
      assert.equal(list[0]!.fixes[0]!.preferred, true, 'only one reading: applied by "fix all"');
      assert.equal(assertFixResolves(files, list[0]!)['storby.md'], `${head}- Deadline: 2026-12-31\n- Start: 2/15/2025\n`);
      const nb = { 'samstemt.yaml': CONFIG_NB, 'storby.md': HEAD + '- Frist: 12/31/2026\n' };
      assert.equal(analyzeRule(RULE, nb)[0]!.message, '«12/31/2026» har måneden først; Samstemt leser datoer som ÅÅÅÅ-MM-DD. Skriv 2026-12-31.');
    });

    it('names both readings of a slash date in an English document (06/07/2026), and offers the day-first one only as a guess', () => {
      const head = `---\nowner: storby\n---\n\n## Digital services {#digital}\n\n- Area: hr\n`;
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${head}- Deadline: 06/07/2026\n` };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.equal(d!.message, '"06/07/2026" can be read day first, 2026-07-06, or month first, 2026-06-07; Samstemt reads dates as YYYY-MM-DD. Write the one you mean.');
      assert.equal(d!.fixes[0]!.edits[0]!.newText, '2026-07-06');
      assert.equal(d!.fixes[0]!.preferred, undefined);
      // In a Norwegian document the day comes first, as Norwegians write it: one reading.
      const nb = md('- Frist: 06/07/2026\n');
      assert.equal(analyzeRule(RULE, nb)[0]!.message, '"06/07/2026" has the day first; Samstemt reads dates as YYYY-MM-DD. Write 2026-07-06.');
    });

    it('rewrites a date written in words (31 December 2026, December 31, 2026, 1st Jan 2025, 31. desember 2026) or with slashes (2026/12/31) as YYYY-MM-DD', () => {
      const cases: [string, string, string][] = [
        ['Deadline', '31 December 2026', '2026-12-31'],
        ['Deadline', 'December 31, 2026', '2026-12-31'],
        ['Deadline', 'Dec 31 2026', '2026-12-31'],
        ['Deadline', 'by 30 June 2026', '2026-06-30'],
        ['Start', '1st Jan 2025', '2025-01-01'],
        ['Start', 'the 1st of March 2025', '2025-03-01'],
        ['Frist', '31. desember 2026', '2026-12-31'],
        ['Deadline', '2026/12/31', '2026-12-31'],
        ['Deadline', '2026.12.31', '2026-12-31'],
      ];
      for (const [key, value, iso] of cases) {
        const files = md(`- ${key}: ${value}\n`);
        const [d, ...rest] = analyzeRule(RULE, files);
        assert.equal(rest.length, 0, value);
        assert.equal(d!.message, `"${value}" is ${iso} written another way; Samstemt reads dates only as YYYY-MM-DD. Write ${iso}.`, value);
        assert.equal(d!.fixes[0]!.preferred, true, value);
        assert.equal(assertFixResolves(files, d!)['storby.md'], HEAD + `- ${key}: ${iso}\n`, value);
      }
      // No such day: the general advice.
      assert.match(analyzeRule(RULE, md('- Deadline: 31 June 2026\n'))[0]!.message, /is not a valid date for Deadline/);
    });

    it('rewrites a period in words (Q3 2026, 3. kvartal, 1. halvår, juni 2026, utgangen av 2026) as its last day for a deadline, its first for a start', () => {
      const cases: [string, string, string][] = [
        ['Frist', 'Q3 2026', '2026-09-30'],
        ['Frist', '2026-Q4', '2026-12-31'],
        ['Frist', '3. kvartal 2026', '2026-09-30'],
        ['Frist', '1. halvår 2027', '2027-06-30'],
        ['Frist', 'juni 2026', '2026-06-30'],
        ['Frist', 'februar 2028', '2028-02-29'],
        ['Frist', 'innen utgangen av 2026.', '2026-12-31'],
        ['Frist', 'end of 2026', '2026-12-31'],
        ['Fra', 'Q3 2026', '2026-07-01'],
        ['Fra', 'august 2025', '2025-08-01'],
        // Seasons as half-years (summer its months), «some time in» a period, ordinals in words.
        ['Frist', 'høsten 2027', '2027-12-31'],
        ['Frist', 'våren 2027', '2027-06-30'],
        ['Frist', 'hausten 2026', '2026-12-31'],
        ['Frist', 'sommeren 2026', '2026-08-31'],
        ['Frist', 'i løpet av 2027', '2027-12-31'],
        ['Frist', 'i løpet av første halvår 2027', '2027-06-30'],
        ['Frist', 'andre halvår 2026', '2026-12-31'],
        ['Frist', 'fyrste kvartal 2027', '2027-03-31'],
        ['Frist', 'during 2027', '2027-12-31'],
        ['Fra', 'høsten 2025', '2025-07-01'],
        ['Fra', 'i løpet av 2025', '2025-01-01'],
      ];
      for (const [key, value, iso] of cases) {
        const files = md(`- ${key}: ${value}\n`);
        const [d, ...rest] = analyzeRule(RULE, files);
        assert.equal(rest.length, 0, value);
        assert.equal(textAt(files, d!), value, value);
        const which = key === 'Frist' ? 'last' : 'first';
        assert.equal(d!.message, `"${value}" is not a date Samstemt can read for ${key}: write it as YYYY-MM-DD, ${iso} (the ${which} day of the period it names).`);
        assert.equal(d!.fixes[0]!.edits[0]!.newText, iso, value);
        const fixed = assertFixResolves(files, d!);
        assert.equal(fixed['storby.md'], HEAD + `- ${key}: ${iso}\n`);
      }
      // «The end of» has no start, and winter spans two years: the general advice.
      const [start] = analyzeRule(RULE, md('- Fra: utgangen av 2026\n'));
      assert.match(start!.message, /is not a valid date/);
      assert.match(analyzeRule(RULE, md('- Frist: vinteren 2027\n'))[0]!.message, /is not a valid date/);
      const nb = analyzeRule(RULE, { 'samstemt.yaml': CONFIG.replace('language: en', 'language: nb'), 'storby.md': HEAD + '- Frist: Q3 2026\n' })[0]!;
      assert.equal(nb.message, '«Q3 2026» er ikke en dato Samstemt kan lese for Frist: skriv den som ÅÅÅÅ-MM-DD, 2026-09-30 (den siste dagen i perioden den nevner).');
      const nn = analyzeRule(RULE, { 'samstemt.yaml': CONFIG.replace('language: en', 'language: nn'), 'storby.md': HEAD + '- Frå: Q3 2026\n' })[0]!;
      assert.equal(nn.message, '«Q3 2026» er ikkje ein dato Samstemt kan lese for Frå: skriv han som ÅÅÅÅ-MM-DD, 2026-07-01 (den første dagen i perioden han nemner).');
    });

    it('rewrites a date with day and month swapped when the month cannot be a month', () => {
      const files = md('- Frist: 2025-31-12\n- Fra: 2025-13-1\n\n## B {#b}\n\n- Frist: 2025-31-02\n');
      const list = analyzeRule(RULE, files);
      assert.equal(list[0]!.message, '"2025-31-12" has the day before the month; Samstemt reads dates as YYYY-MM-DD. Write 2025-12-31.');
      assert.equal(textAt(files, list[0]!), '2025-31-12');
      assert.deepEqual(list.map((d) => d.fixes[0]?.edits[0]?.newText), ['2025-12-31', '2025-01-13', undefined]);
      assert.equal(list[0]!.fixes[0]!.preferred, true, 'the only reading: applied by "fix all"');
      assert.match(list[2]!.message, /is not a valid date/, 'no 2 February 31st: the general advice');
      const fixed = assertFixResolves(files, list[0]!);
      assert.match(fixed['storby.md']!, /- Frist: 2025-12-31\n/);
    });

    it('accepts a year, a month and a day, and 29 February in a leap year', () => {
      const files = md('- Fra: 2024\n- Frist: 2025-12\n\n## B {#b}\n\n- Frist: 2025-12-31\n- Fra: 2024-02-29\n');
      assert.deepEqual(analyzeRule(RULE, files), []);
    });

    it('reports dates in YAML documents and nynorsk keys', () => {
      const text = `owner: fjellbygd
goals:
  - id: a
    title: A
    frå: 2024-00
    frist: 2025-12-31
`;
      const files = { 'samstemt.yaml': CONFIG, 'f.yaml': text };
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.deepEqual(d.range, { start: { line: 4, character: 9 }, end: { line: 4, character: 16 } });
      assert.match(d.message, /^"2024-00" is not a valid date for frå\./);
      assert.match(d.message, /a year \(2026, meaning 1 January for a start\)\.$/, 'a year means 1 January for a start');
    });

    it('reports an empty value on its own line, not at the top of the file (Markdown and YAML)', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'storby.md': HEAD + '- Område: hr\n- Frist:\n',
        'f.yaml': `owner: fjellbygd\ngoals:\n  - id: a\n    title: A\n    frist:\n    område: hr\n`,
      };
      const list = analyzeRule(RULE, files);
      assert.equal(list.length, 2);
      const [y, m] = list as [TestDiagnostic, TestDiagnostic];
      assert.equal(m.file, 'storby.md');
      assert.equal(m.message, 'Frist has no value. Fill it in or remove the line.');
      assert.equal(m.range.start.line, L + 1);
      assert.ok(m.range.start.character >= 2 && m.range.end.character <= 8, JSON.stringify(m.range));
      assert.equal(y.file, 'f.yaml');
      assert.equal(y.message, 'frist has no value. Fill it in or remove the line.');
      assert.equal(y.range.start.line, 4, `the empty YAML value is reported at ${JSON.stringify(y.range)}`);
    });

    it('reports `~` written as a YAML value on the `~`', () => {
      const files = { 'samstemt.yaml': CONFIG, 'f.yaml': `owner: fjellbygd\ngoals:\n  - id: a\n    title: A\n    baseline: ~\n    frist: null\n` };
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => textAt(files, d)), ['~', 'null']);
    });
  });

  describe('values that are names of built-in properties', () => {
    it('offers no value it does not know for `constructor`, `toString` or `hasOwnProperty` written as a month or an enum value', () => {
      const files = md('- Frist: constructor 2026\n- Retning: constructor\n- Prioritet: toString\n- Status: hasOwnProperty\n- Fra: 1 valueOf 2025\n');
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => textAt(files, d)), ['constructor 2026', 'constructor', 'toString', 'hasOwnProperty', '1 valueOf 2025']);
      for (const d of list) {
        assert.doesNotMatch(d.message, /function|native code|undefined|NaN/, d.message);
        assert.deepEqual(d.fixes, [], `${textAt(files, d)}: nothing to offer`);
      }
      assert.match(list[0]!.message, /is not a valid date for Frist/);
      assert.match(list[1]!.message, /^"constructor" is not a valid value for Retning\. Allowed: øke, redusere, opprettholde\.$/);
    });
  });

  describe('a property given twice', () => {
    it('reports the later value of a single-valued key on its key, and keeps the first, with a fix that removes the line', () => {
      const files = md('- Område: hr\n- Frist: 2026\n- Frist: 2027-06-30\n- Område: helse\n');
      const [f, o, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.equal(textAt(files, f!), 'Frist');
      assert.equal(f!.range.start.line, L + 2);
      assert.equal(f!.goal, 'storby#digital-byggesak');
      assert.equal(f!.message, '"Frist" is given twice for this goal; only the first counts (Frist: 2026, line 8), so "2027-06-30" here is ignored. Remove one of the two lines.');
      assert.equal(textAt(files, o!), 'Område');
      assert.equal(f!.fixes[0]!.title.en, 'Remove this line');
      const fixed = applyFix(files, f!);
      assert.equal(fixed['storby.md'], HEAD + '- Område: hr\n- Frist: 2026\n- Område: helse\n');
      assert.deepEqual(analyzeRule(RULE, fixed).map((d) => textAt(fixed, d)), ['Område']);
    });

    it('reads the first value everywhere: the later one is not used by other checks either', () => {
      // A later deadline would be past the DS19 period; only the first counts.
      const files = md('- Støtter: DS19-M2\n- Frist: 2024\n- Frist: 2030\n');
      assert.deepEqual(analyzeRule('beyond-framework-period', files), []);
    });

    it('reports aliases and case variants of one YAML key, and an exact repeat, as the same mistake', () => {
      const text = `owner: fjellbygd\ngoals:\n  - id: a\n    title: A\n    frist: 2026\n    deadline: 2029\n    Deadline: 2030\n    deadline: 2031\n`;
      const files = { 'samstemt.yaml': CONFIG, 'f.yaml': text };
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => textAt(files, d)), ['deadline', 'Deadline', 'deadline']);
      assert.match(list[0]!.message, /^"deadline" is given twice for this goal; only the first counts \(frist: 2026, line 5\), so "2029" here is ignored/);
      assert.deepEqual(analyzeRule('parse-error', files), [], 'the exact repeat is not also a YAML error');
      const fixed = applyFix(files, list[0]!);
      assert.equal(fixed['f.yaml'], text.replace('    deadline: 2029\n', ''));
      assert.equal(analyzeRule(RULE, fixed).length, 2);
    });

    it('adds up the values of a list-valued key given twice', () => {
      const files = md('- Støtter: DS19-M2\n- Omfang: storby\n- Støtter: DS19-M1\n- Omfang: midtby\n');
      assert.deepEqual(analyzeRule(RULE, files), []);
      const yamlFiles = { 'samstemt.yaml': CONFIG, 'f.yaml': `owner: fjellbygd\ngoals:\n  - id: a\n    title: A\n    supports: DS19-M2\n    supports: DS19-M1\n` };
      assert.deepEqual(analyzeRule(RULE, yamlFiles), []);
      assert.deepEqual(analyzeRule('parse-error', yamlFiles), []);
    });

    it('offers no fix that would remove more than the property (a YAML flow mapping)', () => {
      const files = { 'samstemt.yaml': CONFIG, 'f.yaml': `owner: fjellbygd\ngoals:\n  - { id: a, title: A, frist: 2026, deadline: 2027 }\n` };
      const [d] = analyzeRule(RULE, files);
      assert.equal(textAt(files, d!), 'deadline');
      assert.deepEqual(d!.fixes, []);
    });

    it('speaks bokmål and nynorsk', () => {
      const text = HEAD + '- Frist: 2026\n- Frist: 2027\n';
      const nb = analyzeRule(RULE, { 'samstemt.yaml': CONFIG.replace('language: en', 'language: nb'), 'storby.md': text })[0]!;
      assert.equal(nb.message, '«Frist» står to ganger for dette målet; bare den første gjelder (Frist: 2026, linje 7), så «2027» her blir oversett. Fjern en av de to linjene.');
      const nn = analyzeRule(RULE, { 'samstemt.yaml': CONFIG.replace('language: en', 'language: nn'), 'storby.md': text })[0]!;
      assert.equal(nn.message, '«Frist» står to gonger for dette målet; berre den første gjeld (Frist: 2026, linje 7), så «2027» her blir oversett. Fjern ei av dei to linjene.');
    });
  });

  describe('YAML mappings where a value is expected', () => {
    const yaml = (props: string) => ({ 'samstemt.yaml': CONFIG, 'f.yaml': `owner: fjellbygd\ngoals:\n  - id: a\n    title: A\n${props}` });

    it('reports a mapping as a value on the whole mapping, saying a value is expected', () => {
      for (const [props, written, key] of [
        ['    deadline: {year: 2025}\n', '{year: 2025}', 'deadline'],
        ['    supports: {DS19-I2: ja}\n', '{DS19-I2: ja}', 'supports'],
        ['    need:\n      text: Fire systemer\n', 'text: Fire systemer', 'need'],
      ]) {
        const files = yaml(props!);
        const list = analyzeRule(RULE, files);
        assert.equal(list.length, 1, props);
        assert.equal(textAt(files, list[0]!), written);
        assert.equal(list[0]!.message, `${key} takes a value (or a list of values), not a group of \`name: value\` lines, so Samstemt does not read what is written here. Write the value itself after \`${key}:\`.`);
      }
      const nb = analyzeRule(RULE, { ...yaml('    frist: {år: 2025}\n'), 'samstemt.yaml': CONFIG.replace('language: en', 'language: nb') })[0]!;
      assert.match(nb.message, /^frist skal ha en verdi \(eller en liste med verdier\), ikke en gruppe `navn: verdi`-linjer/);
    });

    it('reports a mapping or a list as a list item, and reads the other items', () => {
      const files = yaml('    supports:\n      - DS19-I2\n      - {id: DS19-M2}\n      - [DS19-M1]\n');
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => textAt(files, d)), ['{id: DS19-M2}', '[DS19-M1]']);
      assert.match(list[0]!.message, /^Each item of supports is a single value, but this item is a `name: value` pair/);
      assert.match(list[1]!.message, /^Each item of supports is a single value, but this item is a list in the list/);
      assert.deepEqual(analyzeRule('goal-unlinked', files), []);
    });

    it('reads `requires` as a mapping of resource and amount, and reports an amount that is not a value', () => {
      assert.deepEqual(analyzeRule(RULE, yaml('    requires: {utviklingskapasitet: 3}\n')), []);
      const files = yaml('    requires: {utviklingskapasitet: [3]}\n');
      assert.deepEqual(analyzeRule(RULE, files).map((d) => textAt(files, d)), ['[3]']);
    });
  });

  describe('goal IDs', () => {
    it('offers the lowercase, hyphenated ID for an ID with capitals or underscores', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\n---\n\n## Felles HR {#Felles_HR}\n\n- Frist: 2026\n` };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.equal(textAt(files, d!), 'Felles_HR');
      assert.equal(d!.message, '"Felles_HR" is not a valid goal ID: use lowercase letters (æøå allowed), digits and hyphens. Write felles-hr.');
      const fixed = applyFix(files, d!);
      assert.match(fixed['storby.md']!, /## Felles HR \{#felles-hr\}\n/);
      assert.deepEqual(analyzeRule(RULE, fixed), []);
    });

    it('names the goal it is about (`goal` in the JSON), as written, like the other findings on that goal', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\n---\n\n## Felles HR {#Felles_HR}\n\n- Frist: 2026\n`, 'f.yaml': 'owner: fjellbygd\ngoals:\n  - id: mål-😀\n    title: A\n    frist: 2026\n' };
      const ids = analyzeRule(RULE, files).map((d) => [d.file, d.goal]);
      assert.deepEqual(ids, [['f.yaml', 'fjellbygd#mål-😀'], ['storby.md', 'storby#Felles_HR']]);
      const others = analyze(files).filter((d) => d.rule !== RULE && d.file === 'storby.md' && d.goal);
      assert.ok(others.length > 0 && others.every((d) => d.goal === 'storby#Felles_HR'), 'the same key as the goal-unlinked finding on that goal');
    });

    it('keeps the general advice when lowercasing does not make a valid ID', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\n---\n\n## Felles HR {#-hr!}\n\n- Frist: 2026\n` };
      const [d] = analyzeRule(RULE, files);
      assert.match(d!.message, /is not a valid goal ID\. Use lowercase letters/);
      assert.deepEqual(d!.fixes, []);
    });

    it('writes the example ID as YAML in a YAML document', () => {
      const files = { 'samstemt.yaml': CONFIG, 'f.yaml': 'owner: fjellbygd\ngoals:\n  - id: mål-😀\n    title: A\n    frist: 2026\n' };
      const [d] = analyzeRule(RULE, files);
      assert.equal(textAt(files, d!), 'mål-😀');
      assert.equal(d!.message, '"mål-😀" is not a valid goal ID. Use lowercase letters (æøå allowed), digits and hyphens, e.g. id: felles-hr.');
    });

    it('reports an ID written with spaces, which makes the heading no goal, with a fix that makes it one', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\n---\n\n## Digital byggesak {# Digital byggesak }\n\n- Område: hr\n` };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.equal(textAt(files, d!), '{# Digital byggesak }');
      assert.equal(d!.message, '"{# Digital byggesak }" looks like a goal ID, but an ID is written without spaces, so this heading is not read as a goal. Write {#digital-byggesak}.');
      assert.deepEqual(analyzeRule('goal-not-measurable', files), [], 'no goal yet');
      const fixed = applyFix(files, d!);
      assert.match(fixed['storby.md']!, /## Digital byggesak \{#digital-byggesak\}\n/);
      assert.deepEqual(analyzeRule(RULE, fixed), []);
      assert.deepEqual(analyzeRule('goal-not-measurable', fixed).map((x) => x.goal), ['storby#digital-byggesak']);
    });

    it('reports Pandoc and kramdown attributes around an ID, with a fix that writes the ID alone', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\n---\n\n## Pandoc-stil {#pandoc .unnumbered}\n\n- Frist: 2026\n\n## Kramdown {: #kramdown}\n\n- Frist: 2026\n` };
      const [p, k, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.equal(textAt(files, p!), '{#pandoc .unnumbered}');
      assert.equal(p!.message, '"{#pandoc .unnumbered}" looks like a goal ID, but Samstemt reads only the ID alone, without attributes, so this heading is not read as a goal. Write {#pandoc}.');
      assert.equal(textAt(files, k!), '{: #kramdown}');
      assert.match(k!.message, /Write \{#kramdown\}\.$/);
      const fixed = applyFix(applyFix(files, k!), p!);
      assert.match(fixed['storby.md']!, /## Pandoc-stil \{#pandoc\}\n[^]*## Kramdown \{#kramdown\}\n/);
      assert.deepEqual(analyzeRule(RULE, fixed), []);
      assert.deepEqual(analyzeRule('goal-not-measurable', fixed).map((x) => x.goal), [], 'both are goals with a deadline now');
    });

    it('reports an ID in the middle of a heading, with a fix that moves it to the end', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\n---\n\n## ID midt i {#midt} overskriften\n\n- Område: hr\n` };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.equal(textAt(files, d!), '{#midt}');
      assert.match(d!.message, /stands in the middle of the heading, so the heading is not read as a goal/);
      assert.equal(d!.fixes[0]!.title.en, 'Move {#midt} to the end of the heading');
      const fixed = applyFix(files, d!);
      assert.match(fixed['storby.md']!, /\n## ID midt i overskriften \{#midt\}\n/);
      assert.deepEqual(analyzeRule(RULE, fixed), []);
      assert.deepEqual(analyzeRule('goal-not-measurable', fixed).map((x) => x.goal), ['storby#midt']);
    });

    it('reports an ID whose closing brace is missing (or is a parenthesis), with a fix that closes it', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\n---\n\n## Digital byggesak {#digital-byggesak\n\n- Frist: 2026\n\n## Felles arkiv {#arkiv)\n\n- Frist: 2026\n` };
      const [d, p, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.equal(textAt(files, d!), '{#digital-byggesak');
      assert.equal(d!.message, '"{#digital-byggesak" looks like a goal ID but has no closing }, so this heading is not read as a goal. Write {#digital-byggesak}.');
      assert.equal(textAt(files, p!), '{#arkiv)');
      const fixed = applyFix(applyFix(files, p!), d!);
      assert.match(fixed['storby.md']!, /## Digital byggesak \{#digital-byggesak\}\n[^]*## Felles arkiv \{#arkiv\}\n/);
      assert.deepEqual(analyzeRule(RULE, fixed), []);
      const nb = { ...files, 'samstemt.yaml': CONFIG.replace('language: en', 'language: nb') };
      assert.match(analyzeRule(RULE, nb)[0]!.message, /^«\{#digital-byggesak» ser ut som en mål-ID, men mangler \} til slutt/);
    });

    it('leaves headings that end in other braces alone', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\n---\n\n## Mengder {a, b}\n\n## Tomt {# }\n` };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });
  });

  describe('YAML comments', () => {
    const yaml = (contributes: string) => ({
      'samstemt.yaml': CONFIG,
      'storby.yaml': `owner: storby\ngoals:\n  - id: a\n    title: A\n    contributes: ${contributes}\n  - id: b\n    title: B # the second goal\n`,
    });

    it('reports a goal reference that YAML reads as a comment, with a fix that quotes the value', () => {
      for (const [value, fixed] of [
        ['#b', '"#b"'],
        ['storby#b, #c', '"storby#b, #c"'],
      ] as const) {
        const files = yaml(value);
        const [d, ...rest] = analyzeRule(RULE, files);
        assert.equal(rest.length, 0);
        assert.equal(textAt(files, d!), value.slice(value.lastIndexOf(' #') + 1));
        assert.equal(d!.goal, 'storby#a');
        assert.equal(d!.message, `In YAML, " #" starts a comment, so "${textAt(files, d!)}" is not read as part of contributes. Put the value in quotes: ${fixed}.`);
        const after = applyFix(files, d!);
        assert.match(after['storby.yaml']!, new RegExp(`\n    contributes: ${fixed}\n`));
        assert.deepEqual(analyzeRule(RULE, after).filter((x) => x.message.includes('comment')), []);
      }
    });

    it('leaves ordinary comments alone', () => {
      assert.deepEqual(analyzeRule(RULE, yaml('"#b" # agreed in 2024')), []);
      assert.deepEqual(analyzeRule(RULE, yaml('"#b"')), []);
    });
  });

  describe('numbers', () => {
    it('reports a target that is not a number', () => {
      const files = md('- Indikator: saksbehandlingstid\n- Målverdi: mye lavere\n- Utgangspunkt: 1 200\n');
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.ok(d);
      assert.equal(textAt(files, d), 'mye lavere');
      assert.equal(d.message, '"mye lavere" is not a number, so Målverdi cannot be measured. Write a number, optionally with a unit or %, e.g. 80 %.');
    });

    it('accepts numbers with spaces, decimal commas, units and %', () => {
      const files = md('- Utgangspunkt: 1 200\n- Målverdi: 80 %\n\n## B {#b}\n\n- Baseline: 3,5 årsverk\n- Target: ~12\n\n## C {#c}\n\n- Utgangspunkt: ca. 40 %\n- Målverdi: cirka 60%\n');
      assert.deepEqual(analyzeRule(RULE, files), []);
    });
  });

  describe('enumerations', () => {
    it('reports an unknown priority with a did-you-mean fix', () => {
      const files = md('- Område: hr\n- Prioritet: høgg\n');
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.equal(textAt(files, d), 'høgg');
      // Nynorsk «høg» is nearest, but the document is in bokmål: its spelling of the same value.
      assert.equal(d.message, '"høgg" is not a valid value for Prioritet. Did you mean "høy"? Allowed: høy, middels, lav.');
      assert.equal(d.fixes[0]!.title.en, 'Change to "høy"');
      // `høy` and `høg` are the same value: no ambiguity.
      assert.equal(d.fixes[0]!.preferred, true);
      const fixed = assertFixResolves(files, d);
      assert.equal(fixed['storby.md'], HEAD + '- Område: hr\n- Prioritet: høy\n');
    });

    it('offers the value an enum word starts with (`høyeste` → `høy`), as a guess', () => {
      const files = md('- Område: hr\n- Prioritet: høyeste\n\n## B {#b}\n\n- Prioritet: Lavest\n- Retning: haldes\n');
      const list = analyzeRule(RULE, files);
      assert.equal(list[0]!.message, '"høyeste" is not a valid value for Prioritet. Did you mean "høy"? Allowed: høy, middels, lav.');
      assert.deepEqual(list.map((d) => d.fixes[0]?.edits[0]?.newText), ['høy', 'lav', undefined]);
      assert.equal(list[0]!.fixes[0]!.preferred, undefined, 'a guess: offered, not applied by "fix all"');
      const fixed = assertFixResolves(files, list[0]!);
      assert.match(fixed['storby.md']!, /- Prioritet: høy\n/);
    });

    it('reports an unknown direction and status without a fix when nothing is close', () => {
      const files = md('- Retning: opp og ned\n- Status: kanskje\n');
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => textAt(files, d)), ['opp og ned', 'kanskje']);
      assert.match(list[0]!.message, /Allowed: øke, redusere, opprettholde\.$/, 'the values as a bokmål document writes them');
      assert.deepEqual(list[0]!.fixes, []);
    });

    it('lists the allowed values in the language the document is written in, not in all three', () => {
      const en = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\n---\n\n## Digital services {#digital}\n\n- Area: hr\n- Priority: Critical\n- Status: on hold\n- Direction: sideways\n` };
      assert.deepEqual(analyzeRule(RULE, en).map((d) => d.message.replace(/^.*Allowed: /, '')), ['high, medium, low.', 'planned, active, done, dropped.', 'increase, decrease, maintain.']);
      const nn = { 'samstemt.yaml': CONFIG_NN, 'storby.md': HEAD + '- Støttar: DS19-M2\n- Prioritet: kanskje\n' };
      assert.match(analyzeRule(RULE, nn)[0]!.message, /Tillatne verdiar: høg, middels, låg\.$/);
      const status = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\nstatus: final\n---\n\n# Digital strategy for the municipality\n` };
      assert.match(analyzeRule(RULE, status)[0]!.message, /Allowed: draft, consultation, adopted\.$/);
    });

    it('offers the value an English author means by a word of their own (in progress → active, completed → done, critical → high), as a guess', () => {
      const head = `---\nowner: storby\n---\n\n## Digital services {#digital}\n\n- Area: hr\n`;
      const cases: [string, string, string][] = [
        ['Status', 'in progress', 'active'], ['Status', 'Ongoing', 'active'], ['Status', 'completed', 'done'], ['Status', 'Cancelled', 'dropped'], ['Status', 'not started', 'planned'],
        ['Priority', 'Critical', 'high'], ['Priority', 'normal', 'medium'], ['Direction', 'stable', 'maintain'], ['Direction', 'grow', 'increase'],
      ];
      for (const [key, value, meant] of cases) {
        const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${head}- ${key}: ${value}\n` };
        const [d, ...rest] = analyzeRule(RULE, files);
        assert.equal(rest.length, 0, value);
        assert.match(d!.message, new RegExp(` Did you mean "${meant}"\\? Allowed: `), value);
        assert.equal(d!.fixes[0]!.preferred, undefined, `${value}: a guess, not applied by "fix all"`);
        assert.equal(assertFixResolves(files, d!)['storby.md'], `${head}- ${key}: ${meant}\n`);
      }
      // A value that means nothing in particular gets no guess.
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'storby.md': `${head}- Status: on hold\n` })[0]!.fixes, []);
    });

    it('accepts enum values in every language and case', () => {
      const files = md('- Retning: Auke\n- Prioritet: HØY\n- Status: pågår\n\n## B {#b}\n\n- Direction: decrease\n- Priority: låg\n- Status: done\n');
      assert.deepEqual(analyzeRule(RULE, files), []);
    });

    it('reports a document status that is not draft/consultation/adopted, with a fix', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\nstatus: vedtat\n---\n` };
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.deepEqual(d.range, { start: { line: 2, character: 8 }, end: { line: 2, character: 14 } });
      const fixed = assertFixResolves(files, d);
      assert.equal(fixed['storby.md'], `---\nowner: storby\nstatus: vedtatt\n---\n`);
    });
  });

  describe('references, requirements and acceptances', () => {
    it('reports a contributes item that is not a goal reference', () => {
      const files = md('- Bidrar til: felles-hr, #ok\n\n## OK {#ok}\n');
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.deepEqual(d.range, { start: { line: L, character: 14 }, end: { line: L, character: 23 } });
      assert.match(d.message, /^"felles-hr" is not a goal reference\. Write member#goal-id/);
    });

    it('offers the reference meant when the # is missing or spaced, or the member is named by its name (felles-hr, ikt-fjord # felles-hr, IKT Fjord AS#felles-hr)', () => {
      const ikt = '---\nowner: ikt-fjord\n---\n\n## Felles HR {#felles-hr}\n\n- Område: hr\n';
      const files = { ...md('- Bidrar til: felles-hr, ikt-fjord # felles-hr, IKT Fjord AS#felles-hr, ok, ukjent\n\n## OK {#ok}\n'), 'ikt.md': ikt };
      const ds = analyzeRule(RULE, files).filter((d) => d.file === 'storby.md');
      assert.deepEqual(ds.map((d) => [textAt(files, d), d.fixes[0]?.edits[0]?.newText]), [
        ['felles-hr', 'ikt-fjord#felles-hr'],
        ['ikt-fjord # felles-hr', 'ikt-fjord#felles-hr'],
        ['IKT Fjord AS#felles-hr', 'ikt-fjord#felles-hr'],
        ['ok', '#ok'],
        ['ukjent', undefined],
      ]);
      assert.match(ds[0]!.message, / Did you mean "ikt-fjord#felles-hr"\?$/);
      assertFixResolves(files, ds[1]!);
    });

    it('reports a requirement without an amount', () => {
      const files = md('- Krever: utviklingskapasitet\n');
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.equal(textAt(files, d), 'utviklingskapasitet');
      assert.match(d.message, /does not say which resource and how much/);
    });

    it('turns a requirement written amount first (3 utviklingskapasitet) round, and gives an example with the workspace\'s own resource', () => {
      const files = md('- Krever: 3 utviklingskapasitet\n');
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.equal(d.message, '"3 utviklingskapasitet" does not say which resource and how much. Write the resource id and an amount, e.g. utviklingskapasitet 3.');
      assert.equal(d.fixes[0]!.preferred, true);
      assert.equal(assertFixResolves(files, d)['storby.md'], HEAD + '- Krever: utviklingskapasitet 3\n');
      const config = CONFIG.replace('utviklingskapasitet: {', 'prosjektledere: {');
      const [other] = analyzeRule(RULE, { 'samstemt.yaml': config, 'storby.md': HEAD + '- Krever: mye\n' });
      assert.match(other!.message, /, e\.g\. prosjektledere 3\.$/);
    });

    it('reads a decimal comma in a requirement as part of the amount', () => {
      assert.deepEqual(analyzeRule(RULE, md('- Krever: utviklingskapasitet 2,8\n')), []);
      for (const amount of ['99999999999999999999999999', '0.00000000000000000000011', '1000001']) {
        const files = md(`- Krever: utviklingskapasitet ${amount}\n`);
        const [d, ...rest] = analyzeRule(RULE, files);
        assert.equal(rest.length, 0, amount);
        assert.equal(textAt(files, d!), amount, 'on the amount');
        assert.match(d!.message, /is not an amount a plan can require: write a number from 0\.01 to 1,000,000/);
      }
      assert.deepEqual(analyzeRule(RULE, md('- Krever: utviklingskapasitet 5, utviklingskapasitet 1,5 årsverk\n')), []);
      const files = md('- Krever: utviklingskapasitet 2,x\n');
      assert.deepEqual(analyzeRule(RULE, files).map((d) => textAt(files, d)), ['x'], 'a comma before a non-digit still separates items');
    });

    it('reports an unknown resource on the resource name, with a did-you-mean fix', () => {
      const files = md('- Krever: utviklingskapsitet 3 årsverk\n');
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.deepEqual(d.range, { start: { line: L, character: 10 }, end: { line: L, character: 28 } });
      assert.match(d.message, /^The resource "utviklingskapsitet" is not defined, so its capacity cannot be checked\. Did you mean "utviklingskapasitet"\? Resources: utviklingskapasitet\./);
      const fixed = assertFixResolves(files, d);
      assert.equal(fixed['storby.md'], HEAD + '- Krever: utviklingskapasitet 3 årsverk\n');
    });

    it('suggests the one resource whose ID begins the name written, or that the name begins (utvikling for utviklingskapasitet)', () => {
      for (const [written, meant] of [['utvikling', 'utviklingskapasitet'], ['Utviklingskapasiteten', 'utviklingskapasitet']] as const) {
        const files = md(`- Krever: ${written} 3 årsverk\n`);
        const [d, ...rest] = analyzeRule(RULE, files);
        assert.equal(rest.length, 0, written);
        assert.equal(textAt(files, d!), written);
        assert.match(d!.message, new RegExp(`Did you mean "${meant}"\\?`), written);
        assert.equal(d!.fixes[0]!.preferred, undefined, 'offered, not applied by fix all');
        assert.equal(assertFixResolves(files, d!)['storby.md'], HEAD + `- Krever: ${meant} 3 årsverk\n`);
      }
      // A word that merely shares a beginning with the resource is no guess.
      assert.doesNotMatch(analyzeRule(RULE, md('- Krever: utstyr 3\n'))[0]!.message, /Did you mean/);
    });

    it('reports an acceptance that names no goal', () => {
      const files = md('- Aksepterer: vi godtar dette\n');
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.equal(textAt(files, d), 'vi godtar dette');
      assert.match(d.message, /does not name the accepted goal/);
    });
  });

  describe('areas', () => {
    it('reports an area outside the workspace areas with a did-you-mean fix', () => {
      const files = md('- Område: sak-arkv\n');
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.deepEqual(d.range, { start: { line: L, character: 10 }, end: { line: L, character: 18 } });
      assert.equal(
        d.message,
        // One letter off, no other area near: surely sak-arkiv, and read as it meanwhile (test/rules/area-read-as-meant).
        'The area "sak-arkv" is not written as in samstemt.yaml. Until it is corrected, Samstemt reads it as "sak-arkiv" and compares this goal with the goals in that area. Write sak-arkiv, or add "sak-arkv" to `areas` in samstemt.yaml if it is a new area.',
      );
      const fixed = assertFixResolves(files, d);
      assert.equal(fixed['storby.md'], HEAD + '- Område: sak-arkiv\n');
    });

    it('uses the areas of samstemt.yaml, case-insensitively', () => {
      const cfg = CONFIG + 'areas: [HR, Skole]\n';
      const files = { 'samstemt.yaml': cfg, 'storby.md': HEAD + '- Område: skole\n\n## B {#b}\n\n- Område: helse\n' };
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => textAt(files, d)), ['helse']);
      assert.match(list[0]!.message, /Areas: hr, skole\./);
    });
  });

  describe('period', () => {
    it('reports a period that is not years', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\nperiod: neste år\n---\n` };
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.deepEqual(d.range, { start: { line: 2, character: 8 }, end: { line: 2, character: 16 } });
      assert.equal(d.message, '"neste år" is not a period. Write the years as 2024–2027, or {from: 2024, to: 2027}.');
    });

    it('accepts 2024–2027, 2024-2027, a single year and {from, to}', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'a.md': `---\nowner: storby\nperiod: 2024–2027\n---\n`,
        'b.md': `---\nowner: midtby\nperiode: 2024-2027\n---\n`,
        'c.md': `---\nowner: fjellbygd\nperiod: {from: 2024, to: 2027}\n---\n`,
        'd.yaml': `owner: ikt-fjord\nperiode: 2026\ngoals: []\n`,
      };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });

    const head = (period: string) => ({ 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\nperiod: ${period}\n---\n` });

    it('reports a year of {from, to} that is not a year, at the value, instead of shortening the period', () => {
      for (const [period, bad] of [
        ['{from: 2026, to: 2O27}', '2O27'],
        ['{from: 2024, to: 27}', '27'],
        ['{fra: tjuefjerde, til: 2027}', 'tjuefjerde'],
      ] as const) {
        const files = head(period);
        const list = analyzeRule(RULE, files);
        assert.deepEqual(list.map((d) => textAt(files, d)), [bad], period);
        assert.match(list[0]!.message, new RegExp(`^"${bad}" is not a year, so the period is read without it\\. Write the year with four digits, e\\.g\\. (to|fra): 20\\d\\d\\.$`));
      }
    });

    it('reports a period with only one end, on the whole period, in the words the author used', () => {
      const files = head('{fra: 2024}');
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.equal(textAt(files, d!), '{fra: 2024}');
      assert.equal(d!.message, 'The period has a start (`fra`) but no end. Add the key `til`, e.g. {fra: 2024, til: 2027}, or write the years as 2024–2027.');
      assert.match(analyzeRule(RULE, head('{to: 2027}'))[0]!.message, /^The period has an end \(`to`\) but no start\. Add the key `from`,/);
    });

    it('names the missing period key as a key in nb and nn, so «Legg til to» does not read as «add two»', () => {
      const nb = { ...head('{from: 2024}'), 'samstemt.yaml': CONFIG.replace('language: en', 'language: nb') };
      assert.match(analyzeRule(RULE, nb)[0]!.message, /^Perioden har en start \(`from`\), men ingen slutt\. Legg til nøkkelen `to`, f\.eks\. \{from: 2024, to: 2027\}/);
      const nn = { ...head('{fra: 2024}'), 'samstemt.yaml': CONFIG.replace('language: en', 'language: nn') };
      assert.match(analyzeRule(RULE, nn)[0]!.message, /^Perioden har ein start \(`fra`\), men ingen slutt\. Legg til nøkkelen `til`, t\.d\./);
    });

    it('suggests a period sub-key in the language of the other keys: until → to among English keys, til among Norwegian', () => {
      for (const [period, expected] of [['{from: 2024, until: 2027}', 'to'], ['{fra: 2024, until: 2027}', 'til'], ['{from: 2024, end: 2027}', 'to'], ['{fra: 2024, slutt: 2027}', 'til'], ['{start: 2024, to: 2027}', 'from']] as const) {
        const files = head(period);
        const [d] = analyzeRule('unknown-property', files);
        assert.match(d!.message, new RegExp(`Did you mean "${expected}"\\?`), period);
        const fixed = applyFix(files, d!);
        assert.deepEqual(analyzeRule(RULE, fixed), [], period);
      }
    });

    it('reports an end given twice (to and til) on the second key', () => {
      const files = head('{from: 2024, to: 2027, til: 2029}');
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => textAt(files, d)), ['til']);
      assert.equal(list[0]!.message, '"til" gives the same end of the period as "to"; only "to" counts. Remove one of them.');
    });

    it('reports an unknown sub-key of the period as unknown-property, with a did-you-mean', () => {
      const files = head('{from: 2024, to: 2027, tl: 2029}');
      assert.deepEqual(analyzeRule(RULE, files), []);
      const [d] = analyzeRule('unknown-property', files);
      assert.ok(d);
      assert.equal(textAt(files, d), 'tl');
      assert.match(d.message, /^"tl" is not part of a period, so Samstemt ignores it\. Did you mean "(to|til)"\?/);
    });

    it('reports a reversed period, with the years swapped as the fix', () => {
      const files = head('2027–2024');
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.equal(textAt(files, d!), '2027–2024');
      assert.equal(d!.message, 'The period ends (2024) before it starts (2027), so Samstemt cannot use it. Write the earlier year first: 2024–2027.');
      const fixed = assertFixResolves(files, d!);
      assert.match(fixed['storby.md']!, /period: 2024–2027\n/);
      const map = head('{from: 2027, to: 2024}');
      assert.deepEqual(analyzeRule(RULE, map).map((x) => textAt(map, x)), ['{from: 2027, to: 2024}']);
    });

    it('offers the years of a period written as two dates, as the fix', () => {
      for (const [period, years] of [
        ['2026-01-01–2029-12-31', '2026–2029'],
        ['2026-01-01 - 2029-12-31', '2026–2029'],
        ['2026-07-01-2029-06-30', '2026–2029'],
        ['01.01.2026–31.12.2029', '2026–2029'],
        ['1.8.2025-31.7.2028', '2025–2028'],
      ] as const) {
        const files = head(period);
        const [d, ...rest] = analyzeRule(RULE, files);
        assert.equal(rest.length, 0, period);
        assert.equal(textAt(files, d!), period);
        assert.equal(d!.message, `"${period}" is written with dates, but a period is whole years: write ${years}. A goal that starts or ends within a year gets its own dates (start, deadline).`);
        assert.equal(d!.fixes[0]!.preferred, true);
        assert.match(assertFixResolves(files, d!)['storby.md']!, new RegExp(`period: ${years}\n`));
      }
      // Dates in the wrong order are no period to offer.
      const [d] = analyzeRule(RULE, head('2029-12-31–2026-01-01'));
      assert.match(d!.message, /is not a period/);
      assert.deepEqual(d!.fixes, []);
    });

    it('offers the year of a date written as an end of {from, to}', () => {
      const files = head('{from: 2026-01-01, to: 2029}');
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.equal(textAt(files, d!), '2026-01-01');
      assert.equal(d!.message, '"2026-01-01" is not a year, so the period is read without it. Write the year with four digits, e.g. from: 2026.');
      assert.match(assertFixResolves(files, d!)['storby.md']!, /period: \{from: 2026, to: 2029\}\n/);
    });

    it('says a list is not a period and offers the years as one', () => {
      const files = head('[2024, 2027]');
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.equal(textAt(files, d), '[2024, 2027]');
      assert.equal(d.message, 'period is a list here, but a period is two years: write it as 2024–2027, or {from: 2024, to: 2027}. Did you mean "2024–2027"?');
      assert.match(assertFixResolves(files, d)['storby.md']!, /period: 2024–2027\n/);
    });

    it('reports the same in the head of a YAML document', () => {
      const files = { 'samstemt.yaml': CONFIG, 'd.yaml': 'owner: ikt-fjord\nperiode: {fra: 2026, til: 2O27}\ngoals: []\n' };
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => [d.range.start.line, textAt(files, d)]), [[1, '2O27']]);
    });
  });

  describe('start after deadline', () => {
    it('reports a start after the deadline on the start, in Markdown and YAML', () => {
      const files = md('- Frist: 2026\n- Fra: 2027-01-01\n');
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.equal(textAt(files, d!), '2027-01-01');
      assert.equal(d!.message, 'The goal starts (Fra 2027-01-01) after its deadline (Frist 2026), so it ends before it starts and Samstemt reads it without a start. Correct one of the dates.');
      const yaml = { 'samstemt.yaml': CONFIG, 'f.yaml': 'owner: fjellbygd\ngoals:\n  - id: a\n    title: A\n    start: 2027\n    deadline: 2025\n' };
      assert.deepEqual(analyzeRule(RULE, yaml).map((x) => textAt(yaml, x)), ['2027']);
    });

    it('accepts a start and a deadline in the same year', () => {
      assert.deepEqual(analyzeRule(RULE, md('- Fra: 2026\n- Frist: 2026\n')), []);
    });
  });

  describe('samstemt.yaml', () => {
    it('reports bad values in the config at the value', () => {
      const cfg = `language: se
frameworks: [DS19]
members:
  storby: { name: Storby, kind: komune, population: mange }
resources:
  kapasitet: { capacity: mye }
rules:
  missing-owner: warn
`;
      const files = { 'samstemt.yaml': cfg, 'storby.strategy.md': `---\nowner: storby\n---\n` };
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => [d.file, d.range.start.line, textAt(files, d)]), [
        ['samstemt.yaml', 0, 'se'],
        ['samstemt.yaml', 3, 'komune'],
        ['samstemt.yaml', 3, 'mange'],
        ['samstemt.yaml', 5, 'mye'],
        ['samstemt.yaml', 7, 'warn'],
      ]);
      assert.match(list[0]!.message, /Tillatte verdier: nb, nn, en\./, 'an unreadable language falls back to bokmål');
      assert.match(list[1]!.message, /Mente du «kommune»\?/);
      // A count, not a measurement: no «unit or %» advice.
      assert.equal(list[2]!.message, '«mange» er ikke et antall innbyggere. Skriv population som et helt tall, f.eks. 12000.');
      assert.equal(list[3]!.message, '«mye» er ikke et tall. Skriv capacity som et tall, f.eks. 6.');
      const fixed = assertFixResolves(files, list[1]!);
      assert.match(fixed['samstemt.yaml']!, /kind: kommune,/);
    });

    it('reads the language by name, as a document\'s language is read (nynorsk, Bokmål, english)', () => {
      for (const [name, nn] of [['nynorsk', true], ['Nynorsk', true], ['bokmål', false], ['english', false]] as const) {
        const files = { 'samstemt.yaml': CONFIG.replace('language: en', `språk: ${name}`), 'storby.md': HEAD + '- Frist: 2025-02-30\n' };
        const list = analyzeRule(RULE, files);
        assert.deepEqual(list.map((d) => d.file), ['storby.md'], name);
        if (nn) assert.match(list[0]!.message, /er ikkje ein gyldig dato/, name);
        if (name === 'english') assert.match(list[0]!.message, /is not a valid date/, name);
      }
    });

    it('offers the number of a capacity written with its unit (8 årsverk)', () => {
      const cfg = CONFIG.replace('capacity: 12, unit: årsverk', 'capacity: 8 årsverk, unit: årsverk');
      const files = { 'samstemt.yaml': cfg, 'storby.md': HEAD };
      const [d] = analyzeRule(RULE, files).filter((x) => x.file === 'samstemt.yaml');
      assert.ok(d);
      assert.equal(textAt(files, d), '8 årsverk');
      assert.equal(d.message, '"8 årsverk" is not a number. Write capacity as a number, e.g. 8.');
      assert.equal(d.fixes[0]!.preferred, true);
      assert.match(assertFixResolves(files, d)['samstemt.yaml']!, /capacity: 8, unit: årsverk/);
    });

    it('reads a capacity only as a decimal number, as a population is read (0x1F, 1e2 and 0b11 are not counts)', () => {
      for (const written of ['0x1F', '1e2', '0b11']) {
        const cfg = CONFIG.replace('capacity: 12, unit: årsverk', `capacity: ${written}, unit: årsverk`);
        const files = { 'samstemt.yaml': cfg, 'storby.md': HEAD };
        const list = analyzeRule(RULE, files).filter((x) => x.file === 'samstemt.yaml');
        assert.deepEqual(list.map((d) => textAt(files, d)), [written], written);
        assert.equal(list[0]!.message, `"${written}" is not a number. Write capacity as a number, e.g. 6.`);
      }
      const files = { 'samstemt.yaml': CONFIG.replace('capacity: 12, unit: årsverk', 'capacity: "1 500,5", unit: årsverk'), 'storby.md': HEAD };
      assert.deepEqual(analyzeRule(RULE, files).filter((x) => x.file === 'samstemt.yaml'), []);
    });

    it('offers the rule severity meant by its Norwegian name (advarsel, feil, åtvaring, av)', () => {
      const cfg = CONFIG + 'rules:\n  goal-unlinked: advarsel\n  solution-first: feil\n  weak-link: åtvaring\n  uniform-mandate: av\n';
      const files = { 'samstemt.yaml': cfg, 'storby.md': HEAD };
      const list = analyzeRule(RULE, files).filter((d) => d.file === 'samstemt.yaml');
      assert.deepEqual(list.map((d) => [textAt(files, d), d.fixes[0]?.edits[0]?.newText]), [
        ['advarsel', 'warning'],
        ['feil', 'error'],
        ['åtvaring', 'warning'],
        ['av', 'off'],
      ]);
    });

    it('reports a member or setting written twice on the second one, without calling a member a setting', () => {
      const cfg = `language: nb\nmembers:\n  storby: { name: Storby }\n  midtby: { name: Midtby }\n  storby: { name: Storby kommune }\nlanguage: nn\n`;
      const files = { 'samstemt.yaml': cfg, 'storby.strategy.md': `---\nowner: storby\n---\n` };
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => [d.range.start.line, textAt(files, d)]), [
        [4, 'storby'],
        [5, 'language'],
      ]);
      assert.equal(list[0]!.message, '«storby» står to gonger her; berre den siste gjeld. Fjern ein av dei, eller gi han eit anna namn.');
    });

    it('reports a capacity below 0 at the value, in each language, and reads an empty one as no capacity', () => {
      const cfg = (lang: string) => `language: ${lang}\nmembers:\n  storby: { name: Storby }\nresources:\n  utvikling: { owner: storby, capacity: -1 }\n  drift: { owner: storby, kapasitet: }\n`;
      const files = (lang: string) => ({ 'samstemt.yaml': cfg(lang), 'storby.strategy.md': `---\nowner: storby\n---\n` });
      const en = analyzeRule(RULE, files('en'));
      assert.deepEqual(en.map((d) => [d.file, d.range.start.line, textAt(files('en'), d)]), [['samstemt.yaml', 4, '-1']]);
      assert.equal(en[0]!.severity, 'error');
      assert.equal(en[0]!.message, '-1 is less than nothing: capacity says how much of the resource there is per year, from 0 up, e.g. 6. Without a capacity, leave the line out.');
      assert.match(analyzeRule(RULE, files('nb'))[0]!.message, /^-1 er mindre enn ingenting: capacity sier hvor mye det er av ressursen per år/);
      assert.match(analyzeRule(RULE, files('nn'))[0]!.message, /^-1 er mindre enn ingenting: capacity seier kor mykje det er av ressursen per år/);
    });
  });

  describe('language', () => {
    const files = (lang: string) => ({ 'samstemt.yaml': CONFIG.replace('language: en', `language: ${lang}`), 'storby.md': HEAD + '- Frist: 2025-02-30\n' });
    it('speaks bokmål', () => {
      const [d] = analyzeRule(RULE, files('nb'));
      assert.equal(d!.message, '«2025-02-30» er ikke en gyldig dato for Frist. Skriv datoen som ÅÅÅÅ-MM-DD (f.eks. 2026-12-31) eller et årstall (2026, som betyr 31. desember for en frist).');
    });
    it('speaks nynorsk', () => {
      const [d] = analyzeRule(RULE, files('nn'));
      assert.equal(d!.message, '«2025-02-30» er ikkje ein gyldig dato for Frist. Skriv datoen som ÅÅÅÅ-MM-DD (t.d. 2026-12-31) eller eit årstal (2026, som tyder 31. desember for ein frist).');
    });
    it('follows the engine option lang', () => {
      const [d] = analyzeRule(RULE, files('nn'), { lang: 'en' });
      assert.match(d!.message, /^"2025-02-30" is not a valid date/);
    });
  });

  describe('severity', () => {
    const files = (rules = '') => ({ 'samstemt.yaml': CONFIG + rules, 'storby.md': HEAD + '- Frist: 2025-02-30\n' });
    it('is an error by default', () => assert.equal(analyzeRule(RULE, files())[0]!.severity, 'error'));
    it('follows `rules:` in samstemt.yaml', () => assert.equal(analyzeRule(RULE, files('rules:\n  invalid-value: warning\n'))[0]!.severity, 'warning'));
    it('follows ruleOverrides', () => assert.equal(analyzeRule(RULE, files('rules:\n  invalid-value: warning\n'), { ruleOverrides: { 'invalid-value': 'info' } })[0]!.severity, 'info'));
    it('is silent when off', () => {
      assert.deepEqual(analyzeRule(RULE, files('rules:\n  invalid-value: off\n')), []);
      assert.deepEqual(analyzeRule(RULE, files(), { ruleOverrides: { 'invalid-value': 'off' } }), []);
    });
  });
});
