/**
 * Audit 8 of the file format and the structure and good-goal rules: a
 * cooperation written the way strategy authors write it (Word and Google Docs
 * exports, nynorsk and English keys, YAML with keys in two languages), in
 * test/fixtures/format-audit8. The expectations are written from that fixture
 * and from format.md and rules.md: file, line, the text the finding points at,
 * the severity, and what its fix writes.
 */
import { strict as assert } from 'node:assert';
import path from 'node:path';
import { analyze, analyzeRule, readTree, textAt, CONFIG, CONFIG_NB, REPO, type TestDiagnostic } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';
import { checkedFixture } from '../helpers/fixture.js';
import { runCli } from '../helpers/cli.js';

const DIR = 'test/fixtures/format-audit8';

/**
 * Every finding of the structure and good-goal rules (and the accepted
 * conflict) in the fixture, as [file, line (1-based), rule, severity, the text
 * it points at, goal]. Written from the fixture: each deliberate problem, and
 * nothing on the valid but unusual writing around it (bold keys, `*`/`+`
 * bullets, setext and closed ATX headings, a table, HTML comments, `OMRÅDE :`,
 * tabs and non-breaking spaces, `1 000`, emphasis in values, nynorsk and
 * English keys, keys in two languages in one YAML file).
 */
const EXPECTED: readonly (readonly [string, number, string, string, string, string?])[] = [
  // YAML that cannot be read: where and why. The goal above the bad line is still read, and has no deadline.
  ['brudd.strategy.yaml', 4, 'goal-not-measurable', 'warning', 'Brudd', 'storvik#brudd'],
  ['brudd.strategy.yaml', 5, 'parse-error', 'error', '   area: hr'],
  // A misspelt owner: did you mean midtvik.
  ['feil-eier.strategy.md', 2, 'unknown-member', 'error', 'midvik'],
  // `Innføre: *Visma HRM*` for all (62 000 vs 1 150 inhabitants), no Behov/Gevinst, no Unntak; Litlevik keeps its
  // own system and accepts the conflict.
  ['ikt-vik.strategy.md', 27, 'solution-first', 'warning', '*Visma HRM*', 'ikt-vik#felles-lonn'],
  ['ikt-vik.strategy.md', 27, 'conflict-system-choice', 'info', 'Visma HRM', 'ikt-vik#felles-lonn'],
  ['ikt-vik.strategy.md', 28, 'uniform-mandate', 'warning', 'alle', 'ikt-vik#felles-lonn'],
  // `1. mars 2027`: a date, but not as the contract writes one; the fix writes 2027-03-01.
  ['ikt-vik.strategy.md', 41, 'invalid-value', 'error', '1. mars 2027', 'ikt-vik#felles-arkiv'],
  // A numbered list is not a property list (format.md: "the first bullet list"): each item says so, and the
  // deadline in it is not read.
  ['ikt-vik.strategy.md', 44, 'goal-not-measurable', 'warning', 'Opplæring i arkiv', 'ikt-vik#arkiv-opplaering'],
  ['ikt-vik.strategy.md', 46, 'unknown-property', 'warning', 'Område', 'ikt-vik#arkiv-opplaering'],
  ['ikt-vik.strategy.md', 47, 'unknown-property', 'warning', 'Frist', 'ikt-vik#arkiv-opplaering'],
  ['ikt-vik.strategy.md', 48, 'unknown-property', 'warning', 'Bidrar til', 'ikt-vik#arkiv-opplaering'],
  // `{#Innbyggerdialog}` beside `{#innbyggerdialog}`: one ID as meant, and not a valid ID as written.
  ['ikt-vik.strategy.md', 50, 'duplicate-goal-id', 'error', 'innbyggerdialog', 'ikt-vik#innbyggerdialog'],
  ['ikt-vik.strategy.md', 58, 'unknown-property', 'warning', 'Måltall', 'ikt-vik#innbyggerdialog'],
  ['ikt-vik.strategy.md', 61, 'duplicate-goal-id', 'error', 'Innbyggerdialog', 'ikt-vik#Innbyggerdialog'],
  ['ikt-vik.strategy.md', 61, 'invalid-value', 'error', 'Innbyggerdialog', 'ikt-vik#Innbyggerdialog'],
  // `Fritst`: did you mean Frist; until then an indicator without target or deadline.
  ['ikt-vik.strategy.md', 67, 'goal-not-measurable', 'warning', 'Sikker drift', 'ikt-vik#sikker-drift'],
  ['ikt-vik.strategy.md', 70, 'unknown-property', 'warning', 'Fritst', 'ikt-vik#sikker-drift'],
  ['ikt-vik.strategy.md', 78, 'invalid-value', 'error', 'Q3 2026', 'ikt-vik#nettverk'],
  ['ikt-vik.strategy.md', 79, 'invalid-value', 'error', 'høyest', 'ikt-vik#nettverk'],
  ['ikt-vik.strategy.md', 80, 'invalid-value', 'error', 'utviklingskapsitet', 'ikt-vik#nettverk'],
  ['ikt-vik.strategy.md', 81, 'unknown-member', 'error', 'midvik', 'ikt-vik#nettverk'],
  ['ikt-vik.strategy.md', 82, 'unknown-member', 'error', 'litelvik', 'ikt-vik#nettverk'],
  ['ikt-vik.strategy.md', 83, 'unknown-goal-ref', 'error', 'storvik#digital-byggsak', 'ikt-vik#nettverk'],
  ['ikt-vik.strategy.md', 83, 'unknown-goal-ref', 'error', '#felles-lon', 'ikt-vik#nettverk'],
  ['ikt-vik.strategy.md', 88, 'invalid-value', 'error', 'økonomi', 'ikt-vik#skylagring'],
  ['ikt-vik.strategy.md', 89, 'invalid-value', 'error', '2026-02-30', 'ikt-vik#skylagring'],
  // Cycles of length 1, 2 and 3 (the last across three owners), on every goal in them.
  ['ikt-vik.strategy.md', 96, 'contribution-cycle', 'error', '#selv', 'ikt-vik#selv'],
  ['ikt-vik.strategy.md', 103, 'contribution-cycle', 'error', '#ring-b', 'ikt-vik#ring-a'],
  ['ikt-vik.strategy.md', 110, 'contribution-cycle', 'error', '#ring-a', 'ikt-vik#ring-b'],
  ['ikt-vik.strategy.md', 117, 'contribution-cycle', 'error', 'storvik#tre-ring-storvik', 'ikt-vik#tre-ring'],
  ['ikt-vik.strategy.md', 124, 'goal-not-measurable', 'warning', 'Bedre møter', 'ikt-vik#bedre-moter'],
  // `Mål: 5 000` is not a key (the target is `Målverdi`): the goal has an indicator but no target.
  ['ikt-vik.strategy.md', 130, 'goal-not-measurable', 'warning', 'Flere brukere av Min side', 'ikt-vik#min-side'],
  ['ikt-vik.strategy.md', 136, 'unknown-property', 'warning', 'Mål', 'ikt-vik#min-side'],
  ['litlevik.strategy.yaml', 9, 'contribution-cycle', 'error', 'ikt-vik#tre-ring', 'litlevik#tre-ring-litlevik'],
  ['litlevik.strategy.yaml', 14, 'conflict-system-choice', 'info', 'Excel-lønn', 'litlevik#behold-lonn'],
  ['litlevik.strategy.yaml', 19, 'goal-not-measurable', 'warning', 'Mål med feilskrevet nøkkel', 'litlevik#yaml-feil'],
  ['litlevik.strategy.yaml', 21, 'unknown-property', 'warning', 'deadlne', 'litlevik#yaml-feil'],
  ['litlevik.strategy.yaml', 11, 'duplicate-goal-id', 'error', 'behold-lonn', 'litlevik#behold-lonn'],
  ['litlevik.strategy.yaml', 23, 'duplicate-goal-id', 'error', 'Behold-Lonn', 'litlevik#Behold-Lonn'],
  ['litlevik.strategy.yaml', 23, 'invalid-value', 'error', 'Behold-Lonn', 'litlevik#Behold-Lonn'],
  ['litlevik.strategy.yaml', 32, 'unknown-goal-ref', 'error', 'ikt-vik#felles-arkiv-x', 'litlevik#ref-feil'],
  ['litlevik.strategy.yaml', 33, 'unknown-goal-ref', 'error', 'ikt-vik#felles-lønn', 'litlevik#ref-feil'],
  // English keys: Shared payroll is differentiated (Exempt) and states its need; Cloud storage is neither.
  ['midtvik.strategy.md', 25, 'solution-first', 'warning', 'OneDrive', 'midtvik#cloud-storage'],
  ['midtvik.strategy.md', 26, 'uniform-mandate', 'warning', 'all', 'midtvik#cloud-storage'],
  // Nynorsk keys (Eigar, Støttar, Bidreg til, Ansvarleg).
  ['storvik.strategy.md', 24, 'contribution-cycle', 'error', 'litlevik#tre-ring-litlevik', 'storvik#tre-ring-storvik'],
  ['storvik.strategy.md', 26, 'goal-not-measurable', 'warning', 'Betre helseteneste', 'storvik#utan-frist'],
  ['storvik.strategy.md', 29, 'unknown-property', 'warning', 'Støtar', 'storvik#utan-frist'],
  ['storvik.strategy.md', 42, 'solution-first', 'warning', 'Modulus Barn', 'storvik#nytt-fagsystem'],
  ['uten-eier.strategy.md', 1, 'missing-owner', 'error', '---'],
];

describe('format-audit8: the fixture through the CLI', () => {
  const fx = checkedFixture(DIR);
  const file = (d: { file: string }) => d.file.replace(/^strategier\//, '');

  it('reports exactly the findings the fixture was written to have, where they belong', () => {
    // beyond-framework-period is about DS19 ending in 2025, not about the format.
    const got = fx.diagnostics
      .filter((d) => d.rule !== 'beyond-framework-period')
      .map((d) => [file(d), d.range.start.line + 1, d.rule, d.severity, fx.textAt(d), ...(d.goal ? [d.goal] : [])].join(' | '));
    const want = EXPECTED.map((e) => e.join(' | '));
    assert.deepEqual([...got].sort(), [...want].sort());
  });

  it('gives did-you-mean suggestions for misspelt keys, members, areas, resources, enum values and goal references', () => {
    const msg = (f: string, line: number, rule: string) => fx.diagnostics.filter((d) => file(d) === f && d.range.start.line + 1 === line && d.rule === rule).map((d) => d.message);
    assert.match(msg('ikt-vik.strategy.md', 70, 'unknown-property')[0]!, /Mente du «Frist»\?/);
    assert.match(msg('storvik.strategy.md', 29, 'unknown-property')[0]!, /Mente du «Støttar»\?/, 'in the nynorsk key of a nynorsk document');
    assert.match(msg('litlevik.strategy.yaml', 21, 'unknown-property')[0]!, /Mente du «deadline»\?/);
    assert.match(msg('feil-eier.strategy.md', 2, 'unknown-member')[0]!, /Mente du «midtvik»\?/);
    assert.match(msg('ikt-vik.strategy.md', 81, 'unknown-member')[0]!, /Mente du «midtvik»\?/);
    assert.match(msg('ikt-vik.strategy.md', 82, 'unknown-member')[0]!, /Mente du «litlevik»\?/);
    assert.match(msg('ikt-vik.strategy.md', 79, 'invalid-value')[0]!, /Mente du «høy»\?/);
    assert.match(msg('ikt-vik.strategy.md', 80, 'invalid-value')[0]!, /Mente du «utviklingskapasitet»\?/);
    assert.match(msg('ikt-vik.strategy.md', 88, 'invalid-value')[0]!, /Skriv okonomi/);
    assert.deepEqual(
      msg('ikt-vik.strategy.md', 83, 'unknown-goal-ref').map((m) => /Mente du (\S+)\?/.exec(m)?.[1]),
      ['storvik#digital-byggesak', '#felles-lonn'],
    );
    assert.match(msg('litlevik.strategy.yaml', 32, 'unknown-goal-ref')[0]!, /Mente du ikt-vik#felles-arkiv\?/);
    assert.match(msg('litlevik.strategy.yaml', 33, 'unknown-goal-ref')[0]!, /Mente du ikt-vik#felles-lonn\?/);
  });

  it('names every goal of a cycle in the order the links go', () => {
    const cycle = (goal: string) => fx.on('contribution-cycle', goal).map((d) => /: (\S+(?: → \S+)+)\./.exec(d.message)?.[1]);
    assert.deepEqual(cycle('ikt-vik#selv'), ['ikt-vik#selv → ikt-vik#selv']);
    assert.deepEqual(cycle('ikt-vik#ring-b'), ['ikt-vik#ring-a → ikt-vik#ring-b → ikt-vik#ring-a']);
    const three = 'ikt-vik#tre-ring → storvik#tre-ring-storvik → litlevik#tre-ring-litlevik → ikt-vik#tre-ring';
    for (const g of ['ikt-vik#tre-ring', 'storvik#tre-ring-storvik', 'litlevik#tre-ring-litlevik']) assert.deepEqual(cycle(g), [three], g);
  });

  it('says the same in nynorsk and English', () => {
    for (const [lang, want] of [
      ['nn', /^«Fritst» er ikkje ein måleigenskap, så Samstemt overser denne linja\. Meinte du «Frist»\?/],
      ['en', /^"Fritst" is not a goal property, so Samstemt ignores this line\. Did you mean "Frist"\?/],
    ] as const) {
      const r = runCli(['check', DIR, '--format', 'json', '--lang', lang]);
      assert.equal(r.status, 1, r.stderr);
      const list = (JSON.parse(r.stdout).diagnostics as typeof fx.diagnostics).filter((d) => d.rule !== 'beyond-framework-period');
      assert.equal(list.length, EXPECTED.length, lang);
      const fritst = list.find((d) => d.rule === 'unknown-property' && d.range.start.line === 69)!;
      assert.match(fritst.message, want);
    }
  });
});

describe('format-audit8: every fix in the fixture leaves a document without new findings', () => {
  const files = readTree(path.join(REPO, DIR));
  const IGNORED = new Set(['beyond-framework-period']);
  const sig = (d: TestDiagnostic) => `${d.file}|${d.rule}|${d.goal ?? ''}|${d.severity}`;
  const before = analyze(files).filter((d) => !IGNORED.has(d.rule));
  const withFixes = before.filter((d) => d.fixes.length > 0);

  it('offers a fix for each finding an edit can resolve', () => {
    const fixed = withFixes.map((d) => `${d.file}:${d.range.start.line + 1} ${d.rule}`);
    for (const want of [
      'strategier/feil-eier.strategy.md:2 unknown-member',
      'strategier/ikt-vik.strategy.md:27 solution-first',
      'strategier/ikt-vik.strategy.md:28 uniform-mandate',
      'strategier/ikt-vik.strategy.md:41 invalid-value',
      'strategier/ikt-vik.strategy.md:47 unknown-property',
      'strategier/ikt-vik.strategy.md:61 duplicate-goal-id',
      'strategier/ikt-vik.strategy.md:61 invalid-value',
      'strategier/ikt-vik.strategy.md:70 unknown-property',
      'strategier/ikt-vik.strategy.md:78 invalid-value',
      'strategier/ikt-vik.strategy.md:79 invalid-value',
      'strategier/ikt-vik.strategy.md:80 invalid-value',
      'strategier/ikt-vik.strategy.md:81 unknown-member',
      'strategier/ikt-vik.strategy.md:82 unknown-member',
      'strategier/ikt-vik.strategy.md:83 unknown-goal-ref',
      'strategier/ikt-vik.strategy.md:88 invalid-value',
      'strategier/ikt-vik.strategy.md:124 goal-not-measurable',
      'strategier/litlevik.strategy.yaml:21 unknown-property',
      'strategier/litlevik.strategy.yaml:23 duplicate-goal-id',
      'strategier/litlevik.strategy.yaml:32 unknown-goal-ref',
      'strategier/litlevik.strategy.yaml:33 unknown-goal-ref',
      'strategier/midtvik.strategy.md:25 solution-first',
      'strategier/midtvik.strategy.md:26 uniform-mandate',
      'strategier/storvik.strategy.md:29 unknown-property',
      'strategier/storvik.strategy.md:42 solution-first',
    ]) assert.ok(fixed.includes(want), want);
  });

  it('writes what the findings propose', () => {
    const line = (d: TestDiagnostic) => {
      const out = applyFix(files, d);
      const a = files[d.file]!.split('\n');
      const b = out[d.file]!.split('\n');
      let i = 0;
      while (a[i] === b[i]) i++;
      // The line replaced, or the lines inserted.
      return b.slice(i, i + Math.max(1, b.length - a.length)).join('\n');
    };
    const at = (f: string, l: number, rule: string) => withFixes.filter((d) => d.file === `strategier/${f}` && d.range.start.line + 1 === l && d.rule === rule);
    assert.equal(line(at('ikt-vik.strategy.md', 41, 'invalid-value')[0]!), '+ Frist: 2027-03-01');
    assert.equal(line(at('ikt-vik.strategy.md', 78, 'invalid-value')[0]!), '- Frist: 2026-09-30');
    assert.equal(line(at('ikt-vik.strategy.md', 47, 'unknown-property')[0]!), '- Frist:\t2026-06-30');
    assert.equal(line(at('ikt-vik.strategy.md', 61, 'invalid-value')[0]!), '## Innbyggerdialog i helse {#innbyggerdialog-2}');
    assert.equal(line(at('litlevik.strategy.yaml', 23, 'duplicate-goal-id')[0]!), '  - id: behold-lonn-2');
    assert.equal(line(at('ikt-vik.strategy.md', 28, 'uniform-mandate')[0]!), '* **Unntak:** litlevik');
    assert.equal(line(at('midtvik.strategy.md', 26, 'uniform-mandate')[0]!), '- Exempt: litlevik');
    // Placeholders in the document's language: nynorsk for Storvik, English for Midtvik.
    assert.equal(line(at('storvik.strategy.md', 42, 'solution-first')[0]!), '- Behov: <Kva behov dekkjer dette, og for kven?>\n- Gevinst: <Kva vinn medlemene på dette?>');
    assert.match(line(at('midtvik.strategy.md', 25, 'solution-first')[0]!), /^- Need: <.+>\n- Benefit: <.+>$/);
  });

  it('adds no finding that was not there before (a placeholder still counts as not written)', () => {
    for (const d of withFixes) {
      d.fixes.forEach((_, k) => {
        const after = analyze(applyFix(files, d, k)).filter((x) => !IGNORED.has(x.rule));
        const left = new Map<string, number>();
        for (const x of before) left.set(sig(x), (left.get(sig(x)) ?? 0) + 1);
        const added = after.filter((x) => {
          const n = left.get(sig(x)) ?? 0;
          left.set(sig(x), n - 1);
          return n <= 0;
        });
        assert.deepEqual(added.map((x) => `${x.file}:${x.range.start.line + 1} ${x.rule}: ${x.message}`), [], `fix ${k} of ${d.file}:${d.range.start.line + 1} ${d.rule}`);
        assert.ok(
          !after.some((x) => x.rule === d.rule && x.file === d.file && x.message === d.message && x.range.start.line === d.range.start.line),
          `still reported after its fix: ${d.file}:${d.range.start.line + 1} ${d.rule}`,
        );
      });
    }
  });
});

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

describe('format-audit8: property lines pasted from a word processor, made list items', () => {
  // Each `Key: value` line of a paragraph is reported with a fix that makes it a list item. Made an item alone,
  // the first line takes the lines below it into its value (Markdown's lazy continuation), and their findings
  // and fixes disappear: the fix on any of the lines makes all of them items, and keeps text below apart.
  const doc = (lines: string, eol = '\n') =>
    `---\nowner: storby\nperiod: 2025–2028\n---\n\n## Felles HR {#felles-hr}\n\n${lines}\n`.replace(/\n/g, eol);

  for (const [what, lines, want] of [
    ['bullets pasted from Word (•)', '• Område: hr\n• Frist: 2026\n• Støtter: DS19-M1', '- Område: hr\n- Frist: 2026\n- Støtter: DS19-M1'],
    ['a dash and a non-breaking space', '-\u00a0Område: hr\n-\u00a0Frist: 2026\n-\u00a0Støtter: DS19-M1', '- Område: hr\n- Frist: 2026\n- Støtter: DS19-M1'],
    ['bold keys as lines of text with hard breaks', '**Område:** hr  \n**Frist:** 2026  \n**Støtter:** DS19-M1', '- **Område:** hr  \n- **Frist:** 2026  \n- **Støtter:** DS19-M1'],
  ] as const) {
    it(`${what}: the fix on any line makes every property line an item`, () => {
      for (const eol of ['\n', '\r\n']) {
        const files = { 'samstemt.yaml': CONFIG_NB, 'storby.md': doc(lines, eol) };
        const list = analyzeRule('unknown-property', files);
        assert.deepEqual(list.map((d) => textAt(files, d)), ['Område', 'Frist', 'Støtter']);
        for (const d of list) {
          assert.equal(d.fixes.length, 1);
          assert.equal(d.fixes[0]!.title.nb, 'Gjør de 3 egenskapslinjene til listepunkter («- …»)');
          const fixed = applyFix(files, d);
          assert.equal(fixed['storby.md'], doc(want, eol));
          assert.deepEqual(analyze(fixed).filter((x) => ['unknown-property', 'invalid-value', 'goal-not-measurable'].includes(x.rule)), []);
        }
      }
    });
  }

  it('sets a line of text below a property line off with a blank line, so it stays description', () => {
    const files = { 'samstemt.yaml': CONFIG_NB, 'storby.md': doc('Frist: 2026\nVi starter med lønn.') };
    const [d, ...more] = analyzeRule('unknown-property', files);
    assert.equal(more.length, 0);
    assert.equal(d!.fixes[0]!.title.nb, 'Endre til «- Frist: 2026»');
    const fixed = applyFix(files, d!);
    assert.equal(fixed['storby.md'], doc('- Frist: 2026\n\nVi starter med lønn.'));
    assert.deepEqual(analyze(fixed).filter((x) => ['unknown-property', 'invalid-value', 'goal-not-measurable'].includes(x.rule)), []);
  });

  it('keeps the one-line fix for a single property line at the end of its paragraph', () => {
    const files = { 'samstemt.yaml': CONFIG_NB, 'storby.md': doc('Vi starter med lønn.\nFrist: 2026') };
    const [d] = analyzeRule('unknown-property', files);
    assert.deepEqual(d!.fixes.map((f) => f.edits.map((e) => e.newText)), [['- Frist: 2026']]);
    assert.deepEqual(analyze(applyFix(files, d!)).filter((x) => ['unknown-property', 'invalid-value', 'goal-not-measurable'].includes(x.rule)), []);
  });
});

describe('format-audit8: lines a fix adds to a list with keys in bold', () => {
  // solution-first adds Behov and Gevinst right after the Innføre line, written as that line writes its key.
  for (const [written, added] of [
    ['**Innføre:** Visma HRM', '* **Behov:** <Hvilket behov dekker dette, og for hvem?>\n* **Gevinst:** <Hva vinner medlemmene på dette?>'],
    ['**Innføre**: Visma HRM', '* **Behov**: <Hvilket behov dekker dette, og for hvem?>\n* **Gevinst**: <Hva vinner medlemmene på dette?>'],
    ['Innføre: Visma HRM', '* Behov: <Hvilket behov dekker dette, og for hvem?>\n* Gevinst: <Hva vinner medlemmene på dette?>'],
  ] as const) {
    it(`after \`${written}\``, () => {
      const text = (extra: string) => `---\nowner: storby\n---\n\n## Felles lønn {#lonn}\n\n* **Område:** hr\n* ${written}\n${extra}* **Frist:** 2026\n`;
      const files = { 'samstemt.yaml': CONFIG_NB, 'storby.md': text('') };
      const [d] = analyzeRule('solution-first', files);
      const fixed = applyFix(files, d!);
      assert.equal(fixed['storby.md'], text(`${added}\n`));
      assert.deepEqual(analyze(fixed).filter((x) => ['unknown-property', 'invalid-value'].includes(x.rule)), []);
    });
  }

  it('adds a deadline after the last item, in bold when the key of that item is', () => {
    const text = (extra: string) => `---\nowner: storby\nperiod: 2025–2028\n---\n\n## Felles lønn {#lonn}\n\n-   **Område:** hr\n-   **Støtter:** DS19-M1\n${extra}`;
    const files = { 'samstemt.yaml': CONFIG_NB, 'storby.md': text('') };
    const [d] = analyzeRule('goal-not-measurable', files);
    assert.equal(applyFix(files, d!)['storby.md'], text('- **Frist:** 2028-12-31\n'));
  });
});

describe('format-audit8: other words plans use for a key', () => {
  const doc = (lines: string) => `---\nowner: storby\n---\n\n## Flere digitale søknader {#soknader}\n\n- Indikator: andel digitale søknader\n${lines}`;

  it('offers the key for Måltall, Tidsfrist and Nullpunkt (a guess: not preferred), and the fixed goal is measurable', () => {
    const files = { 'samstemt.yaml': CONFIG_NB, 'storby.md': doc('- Måltall: 80 %\n- Nullpunkt: 45 %\n- Tidsfrist: 2027\n') };
    const list = analyzeRule('unknown-property', files);
    assert.deepEqual(list.map((d) => [textAt(files, d), /Mente du «(.+?)»\?/.exec(d.message)?.[1], d.fixes.map((f) => [f.edits[0]!.newText, f.preferred ?? false])]), [
      ['Måltall', 'Målverdi', [['Målverdi', false]]],
      ['Nullpunkt', 'Utgangspunkt', [['Utgangspunkt', false]]],
      ['Tidsfrist', 'Frist', [['Frist', false]]],
    ]);
    let fixed: Record<string, string> = files;
    for (let left = analyzeRule('unknown-property', fixed); left.length; left = analyzeRule('unknown-property', fixed)) fixed = applyFix(fixed, left[0]!);
    assert.equal(fixed['storby.md'], doc('- Målverdi: 80 %\n- Utgangspunkt: 45 %\n- Frist: 2027\n'));
    assert.deepEqual(analyze(fixed).filter((d) => ['unknown-property', 'invalid-value', 'goal-not-measurable'].includes(d.rule)), []);
  });

  it('offers nothing beside the key itself, and nothing for Mål (it often introduces the goal’s text)', () => {
    const files = { 'samstemt.yaml': CONFIG_NB, 'storby.md': doc('- Målverdi: 80 %\n- Måltall: 85 %\n- Mål: 5 000\n- Frist: 2027\n') };
    const list = analyzeRule('unknown-property', files);
    assert.deepEqual(list.map((d) => [textAt(files, d), d.fixes.length, /Mente du/.test(d.message)]), [
      ['Måltall', 0, false],
      ['Mål', 0, false],
    ]);
  });
});
