/**
 * docs/format.md's examples are real. Its three examples of correct files
 * (samstemt.yaml, a Markdown and a YAML strategy) together give exactly the
 * findings the page lists; the mistakes it describes in words give the
 * finding (and the fix) it names. Each case quotes the page's sentence, so a
 * change of the page that is not carried over here fails.
 */
import { strict as assert } from 'node:assert';
import path from 'node:path';
import { analyze, CONFIG_NB, type TestDiagnostic } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';
import { blocks, norm, readPage } from '../helpers/docPages.js';
import { REPO } from '../helpers/paths.js';

const page = readPage(path.join(REPO, 'docs/format.md'));
const says = (text: string) => assert.ok(norm(page).includes(norm(text)), `docs/format.md no longer says «${norm(text)}»`);

describe('docs/format.md: its examples', function () {
  this.timeout(60_000);

  it('the examples of §1 and §2 together give exactly the findings the page lists', () => {
    const [config, markdown, yaml] = blocks(page);
    assert.ok(config && markdown && yaml);
    assert.match(config.text, /^cooperation:/);
    assert.equal(markdown.lang, 'markdown');
    assert.match(yaml.text, /^owner: fjellbygd/);
    says('the Markdown example above as `strategier/ikt-fjord.md` and this one as `strategier/fjellbygd.yaml`');
    const ds = analyze({ 'samstemt.yaml': config.text, 'strategier/ikt-fjord.md': markdown.text, 'strategier/fjellbygd.yaml': yaml.text });
    const seen = [...new Set(ds.map((d) => `${d.rule} ${d.severity} ${d.goal ?? d.file}`))].sort();
    assert.deepEqual(seen, [
      'conflict-system-choice info fjellbygd#behold-lonn',
      'conflict-system-choice info ikt-fjord#felles-hr',
      'goal-unlinked warning fjellbygd#behold-lonn',
      'objective-uncovered info samstemt.yaml',
      'uniform-mandate info ikt-fjord#felles-hr',
    ]);
    says('an **accepted conflict** (`conflict-system-choice`, info) on both HR goals');
    says('`uniform-mandate` (info) on `felles-hr`');
    says('`goal-unlinked` (warning) on `behold-lonn`');
    says('`objective-uncovered` (info) on `DS19` in `samstemt.yaml`, once for every DS19 objective that no goal supports');
    // Every objective-uncovered is on `DS19`, and none is about the objective the example supports.
    const uncovered = ds.filter((d) => d.rule === 'objective-uncovered');
    const lines = config.text.split('\n');
    for (const d of uncovered) assert.equal(lines[d.range.start.line]!.slice(d.range.start.character, d.range.end.character), 'DS19');
    assert.ok(!uncovered.some((d) => /DS19-M2\b/.test(d.message)));
  });
});

/** A bokmål Markdown strategy of Storby with one goal whose heading and properties are `body`. */
const md = (body: string, head = '---\nowner: storby\nperiod: 2024–2027\n---\n\n') => ({ 'samstemt.yaml': CONFIG_NB, 'storby.md': `${head}${body}` });

interface Mistake {
  says: string;
  files: Record<string, string>;
  /** The finding the page names: rule, and optionally its severity. */
  rule: string;
  severity?: string;
  /** When the page names a fix: a text the fixed file then contains (the file of the finding). */
  fixed?: string;
}

const GOAL = '## Felles HR {#felles-hr}\n\n- Område: hr\n- Støtter: DS19-M2\n';

const MISTAKES: Mistake[] = [
  { says: 'Written as a list (`- storby: { name: … }`, `- id: storby` with the settings below it, or `[storby, midtby]`), it is reported (`invalid-value`)', files: { 'samstemt.yaml': CONFIG_NB.replace(/members:\n(?: {2}.*\n)+/, 'members: [storby, midtby]\n') }, rule: 'invalid-value' },
  { says: '`1.200` is reported (YAML would read it as 1.2) with the fix `1200`', files: { 'samstemt.yaml': CONFIG_NB.replace('population: 940', 'population: 1.200') }, rule: 'invalid-value', fixed: 'population: 1200' },
  { says: 'A rule severity under `rules` written in Norwegian (`advarsel`, `feil`, `åtvaring`, `av`) is reported with the English value as its fix (`warning`, `error`, `off`)', files: { 'samstemt.yaml': `${CONFIG_NB}rules:\n  goal-unlinked: advarsel\n` }, rule: 'invalid-value', fixed: 'goal-unlinked: warning' },
  { says: 'a value that is all struck through is an `invalid-value` with a fix that removes the line', files: md(`${GOAL}- Frist: ~~2025~~\n`), rule: 'invalid-value' },
  { says: 'Any other key given twice — also as two spellings of one key, `frist:` and `deadline:` — counts once, with its first value; the later one is an `invalid-value` diagnostic', files: md(`${GOAL}- Frist: 2025\n- Frist: 2026\n`), rule: 'invalid-value' },
  { says: 'A key wrapped over two lines (`- Bidrar` / `  til: storby#x`, as Word and Pandoc wrap long lines) is an `unknown-property` with a fix that joins the lines', files: md(`${GOAL}- Frist: 2026\n- Bidrar\n  til: storby#x\n\n## X {#x}\n\n- Støtter: DS19-M2\n- Frist: 2026\n`), rule: 'unknown-property', fixed: '- Bidrar til: storby#x' },
  { says: 'it is an `invalid-value` with a fix that writes `## Felles HR {#felles-hr}`', files: md('<h2 id="felles-hr">Felles HR</h2>\n\n- Område: hr\n- Støtter: DS19-M2\n- Frist: 2026\n'), rule: 'invalid-value', fixed: '## Felles HR {#felles-hr}' },
  { says: 'bold text as Word documents use for headings (`**Felles HR {#felles-hr}**`), or `##Felles HR {#felles-hr}` without the space after the `#`s — is an `invalid-value`, with a fix that writes the heading (`## Felles HR {#felles-hr}`)', files: md('**Felles HR {#felles-hr}**\n\n- Område: hr\n- Støtter: DS19-M2\n- Frist: 2026\n'), rule: 'invalid-value', fixed: '## Felles HR {#felles-hr}' },
  { says: 'or `##Felles HR {#felles-hr}` without the space after the `#`s', files: md('##Felles HR {#felles-hr}\n\n- Område: hr\n- Støtter: DS19-M2\n- Frist: 2026\n'), rule: 'invalid-value', fixed: '## Felles HR {#felles-hr}' },
  { says: 'Front matter below blank lines, or never closed, is a `parse-error`', files: md(`${GOAL}- Frist: 2026\n`, '\n\n---\nowner: storby\n---\n\n'), rule: 'parse-error' },
  { says: 'Front matter below blank lines, or never closed, is a `parse-error`', files: md(`${GOAL}- Frist: 2026\n`, '---\nowner: storby\n\n'), rule: 'parse-error' },
  { says: 'a reference to a goal of the same owner is written in quotes, `contributes: "#felles-hr"` (Samstemt reports the unquoted form and offers to quote it)', files: { 'samstemt.yaml': CONFIG_NB, 'storby.yaml': 'owner: storby\ngoals:\n  - id: felles-hr\n    title: Felles HR\n    supports: DS19-M2\n    deadline: 2026\n  - id: opplaering\n    title: Opplæring\n    contributes: #felles-hr\n    deadline: 2026\n' }, rule: '*', fixed: 'contributes: "#felles-hr"' },
  { says: 'A YAML mapping as the value (`deadline: {year: 2025}`), or a mapping or list as a list item, is an `invalid-value` and is not read', files: { 'samstemt.yaml': CONFIG_NB, 'storby.yaml': 'owner: storby\ngoals:\n  - id: felles-hr\n    title: Felles HR\n    supports: DS19-M2\n    deadline: {year: 2025}\n' }, rule: 'invalid-value' },
  { says: 'A bound such as `minst 80 %` or `≥ 90 %` is not direction-neutral, so it is reported (a warning, with a fix to `80 %`)', files: md(`${GOAL}- Indikator: andel digitale søknader\n- Målverdi: minst 80 %\n- Frist: 2026\n`), rule: 'invalid-value', severity: 'warning', fixed: '- Målverdi: 80 %' },
  { says: 'a range such as `50–60 %` is an error with a fix to one number', files: md(`${GOAL}- Indikator: andel digitale søknader\n- Målverdi: 50–60 %\n- Frist: 2026\n`), rule: 'invalid-value', severity: 'error' },
  { says: 'A YAML file with several documents (separated by `---`) is read up to the second `---`, which is a `parse-error`', files: { 'samstemt.yaml': CONFIG_NB, 'storby.yaml': 'owner: storby\ngoals:\n  - id: a\n    title: A\n    supports: DS19-M2\n    deadline: 2026\n---\nowner: midtby\ngoals: []\n' }, rule: 'parse-error' },
  { says: 'a misspelt key (`titel`) is an `unknown-property`', files: { 'samstemt.yaml': CONFIG_NB.replace('frameworks: [DS19, DN30]', 'frameworks: [DS19, agder.yaml]'), 'agder.yaml': 'framework: AGDER\ntitel: Digital Agder\nobjectives:\n  - id: AGDER-1\n    title: Digitale tjenester\n' }, rule: 'unknown-property' },
  { says: 'a missing `framework`, `title`, `objectives`, objective `id` or objective `title` is a `parse-error`', files: { 'samstemt.yaml': CONFIG_NB.replace('frameworks: [DS19, DN30]', 'frameworks: [DS19, agder.yaml]'), 'agder.yaml': 'framework: AGDER\nobjectives:\n  - id: AGDER-1\n    title: Digitale tjenester\n' }, rule: 'parse-error' },
  { says: 'an ID that does not start with `<FRAMEWORK>-`', files: { 'samstemt.yaml': CONFIG_NB.replace('frameworks: [DS19, DN30]', 'frameworks: [DS19, agder.yaml]'), 'agder.yaml': 'framework: AGDER\ntitle: Digital Agder\nobjectives:\n  - id: DIGI-1\n    title: Digitale tjenester\n' }, rule: 'invalid-value' },
];

/** Mistakes the page says are read as meant: no finding of the named rules at all. */
const READ_AS_MEANT: { says: string; files: Record<string, string>; none: string[] }[] = [
  { says: 'struck-through text is deleted text (`Frist: ~~2025~~ 2026` is 2026', files: md(`${GOAL}- Frist: ~~2025~~ 2026\n`), none: ['invalid-value', 'goal-not-measurable', 'unknown-property'] },
  { says: 'Obsidian\'s Dataview fields (`Frist:: 2026`) are properties', files: md(`${GOAL}- Frist:: 2026\n`), none: ['invalid-value', 'goal-not-measurable', 'unknown-property'] },
  { says: '`supports: [DS19-M2, DN30-M3]` and `supports: DS19-M2, DN30-M3` are the same', files: { 'samstemt.yaml': CONFIG_NB, 'storby.yaml': 'owner: storby\ngoals:\n  - id: a\n    title: A\n    supports: DS19-M2, DN30-M3\n    deadline: 2026\n' }, none: ['invalid-value', 'unknown-objective', 'goal-unlinked'] },
  { says: '`requires: {utviklingskapasitet: 3}` (or the pairs indented below `requires:`, or as list items `- utviklingskapasitet: 3`) is the same as `requires: utviklingskapasitet 3`', files: { 'samstemt.yaml': CONFIG_NB, 'storby.yaml': 'owner: storby\ngoals:\n  - id: a\n    title: A\n    supports: DS19-M2\n    deadline: 2026\n    requires: {utviklingskapasitet: 3}\n' }, none: ['invalid-value', 'unknown-property'] },
  { says: 'Quotes around a date, number, ID, reference or a word from a fixed list are punctuation (`Frist: «2026»`, `Støtter: “DS19-M2”`)', files: md('## Felles HR {#felles-hr}\n\n- Område: hr\n- Støtter: “DS19-M2”\n- Frist: «2026»\n'), none: ['invalid-value', 'unknown-objective', 'goal-unlinked', 'goal-not-measurable'] },
];

const list = (ds: TestDiagnostic[]) => ds.map((d) => `${d.rule} (${d.severity}) ${d.file}:${d.range.start.line}: ${d.message}`).join('\n');

describe('docs/format.md: the mistakes it describes', function () {
  this.timeout(60_000);
  for (const m of MISTAKES) {
    it(`${m.rule === '*' ? 'reported' : m.rule}: ${norm(m.says).slice(0, 90)}`, () => {
      says(m.says);
      const ds = analyze(m.files);
      const hits = ds.filter((d) => (m.rule === '*' || d.rule === m.rule) && (!m.severity || d.severity === m.severity));
      assert.ok(hits.length > 0, `no ${m.rule}${m.severity ? ` (${m.severity})` : ''}; found:\n${list(ds)}`);
      if (m.fixed) {
        const fixable = hits.flatMap((d) => d.fixes.map((_, i) => ({ d, i })));
        const texts = fixable.map(({ d, i }) => applyFix(m.files, d, i)[d.file]!);
        assert.ok(texts.some((t) => t.includes(m.fixed!)), `no fix writes «${m.fixed}»; the fixes give:\n${texts.join('\n---\n')}`);
      }
    });
  }
  for (const r of READ_AS_MEANT) {
    it(`read as meant: ${norm(r.says).slice(0, 90)}`, () => {
      says(r.says);
      const ds = analyze(r.files).filter((d) => r.none.includes(d.rule));
      assert.equal(list(ds), '');
    });
  }
});
