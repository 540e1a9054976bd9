/**
 * The examples of the rule pages (docs/rules/<id>.md) are real: run as the
 * page shows them, they give the finding the page describes, with the message
 * it quotes, where it says; the quick fixes «How to fix» names do what it says.
 * How a snippet becomes a workspace is the convention in test/helpers/docPages.ts.
 */
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { analyze, textAt, type TestDiagnostic } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';
import { blocks, configWith, exampleOf, norm, quoteMatches, quotes, readPage, section } from '../helpers/docPages.js';
import { REPO } from '../helpers/paths.js';
import type { Lang, SeverityLevel } from '../../server/src/engine/types.js';

const DIR = path.join(REPO, 'docs/rules');
const LANGS: Lang[] = ['en', 'nb', 'nn'];

/**
 * What the pages say that this test does not check, and why. Everything else
 * of «Example» (code blocks, `>` quotes, «In bokmål: *…*», «reports on …»)
 * and the quick fixes and changes «How to fix» names is checked below.
 */
const NOT_CHECKED: Record<string, string> = {
  'conflict-system-choice': '«Many conflicts on one goal» (and the same section of the other conflict pages): needs over 50 members; covered by test/engine/scale-wide-cooperation.test.ts',
  'goal-unlinked': 'the dropped-goal quote of «What it checks» is about another cooperation (ikt-vest) that the page does not show',
  'unknown-objective': 'the text-fits-better case («The goal\'s text fits DN30-M1 … best») depends on the ranking; test/rules/unknown-objective.test.ts has it',
  'weak-link': 'why a link is weak (the scores) is the ranker\'s; only the example and its fix are checked',
  'objective-uncovered': 'the list of uncovered objectives depends on the catalog; the quoted one (DS19-I8) is checked',
  'possible-conflict': 'the word lists that make a topic pull two ways are the rule\'s; only the example and the variants the page names are checked',
};

/** A bokmål document of Storby (front matter with a period) with one goal, whose property lines are `body`. */
const storbyDoc = (body: string) => `---\nowner: storby\nperiod: 2024–2027\n---\n\n## Digital byggesak {#byggesak}\n\n${body}`;

/**
 * Quick fixes a page names for another way of writing the mistake than its
 * example, which the page describes in words: a document written that way,
 * on which the fix must be offered and resolve the finding. `preferred: false`
 * where the page says «fix all» does not apply it.
 */
const OTHER_CASES: Record<string, { files: Record<string, string>; preferred?: false }> = {
  'Remove the blank lines above the first `---`': { files: { 'strategi.md': `\n\n${storbyDoc('- Frist: 2026\n')}` } },
  'Add the closing `---` after the last key': { files: { 'strategi.md': '---\nowner: storby\ntitle: Strategi\n\n## Digital byggesak {#byggesak}\n' }, preferred: false },
  'Add `owner: storby`': { files: { 'storby.strategy.md': '## Digital byggesak {#byggesak}\n\n- Frist: 2026\n' } },
  'Add `owner: fjellbygd`': { files: { 'strategi.md': '---\ntitle: Strategi\n---\n', 'storby.md': storbyDoc(''), 'midtby.md': storbyDoc('').replace('storby', 'midtby'), 'ikt-fjord.md': storbyDoc('').replace('storby', 'ikt-fjord') }, preferred: false },
  'Fyll ut de tomme linjene `Behov:` og `Gevinst:`': { files: { 'strategi.md': storbyDoc('- Innføre: Visma HRM\n- Behov:\n- Gevinst:\n') } },
  'Separate with commas: DS19-M2, DN30-M3': { files: { 'strategi.md': storbyDoc('- Støtter: DS19-M2 og DN30-M3\n') } },
  'Change to "-"': { files: { 'strategi.md': storbyDoc('- Område: hr\n\n1. Frist: 2026\n') } },
  'Move "Frist" up under the goal heading': { files: { 'strategi.md': storbyDoc('- Område: hr\n\n### Nøkkeltall\n\n- Frist: 2026\n') }, preferred: false },
  'Remove the indentation': { files: { 'strategi.md': storbyDoc('- Område: hr\n  - Frist: 2026\n') } },
  'Write the values on the line of Støtter': { files: { 'strategi.md': storbyDoc('- Område: hr\n- Støtter:\n  - DS19-M1\n  - DN30-M1\n') } },
  'Move the line out of the block quote': { files: { 'strategi.md': storbyDoc('> - Frist: 2026\n') }, preferred: false },
};

/** Fixes that by design leave the finding in place (they write a placeholder to replace), with the page's words for it. */
const FIX_KEEPS_FINDING: Record<string, string> = {
  'solution-first': 'Until one of them is replaced, the finding stays',
  'conflict-system-choice': 'stays open until you replace the placeholder',
  'conflict-direction': 'stays open until you replace the placeholder',
  'conflict-deadline': 'stays open until you replace the placeholder',
  'possible-conflict': 'stays open until you replace the placeholder',
  'conflict-capacity': 'stay warnings until you replace the placeholder',
};

/** One text change in a file of the example. */
type Edit = [file: string, from: string, to: string];

/**
 * The variants a page describes in words («No conflict when …», «How to fix»):
 * the page's own sentence (checked to be on the page, so the two cannot drift
 * apart silently), the change it describes, and what the page says then
 * happens to the rule's findings: none at all; none whose message matches a
 * pattern; accepted (info) on the two goals; a quoted message; or a message
 * that says the page's words (`{ says }`, «…» standing for what it leaves out).
 */
interface Variant {
  says: string;
  edits: Edit[];
  then: 'none' | 'accepted' | 'quoted' | RegExp | { says: string };
  /** For `accepted`: the two goals that name each other (by `Aksepterer:` on one): their findings are info. */
  pair?: [string, string];
}

const ADD_AFTER = (file: string, line: string, added: string): Edit => [file, `${line}\n`, `${line}\n${added}\n`];

const VARIANTS: Record<string, Variant[]> = {
  'beyond-framework-period': [{ says: '`Støtter: DS19-I9, DN30-F3`', edits: [['strategi.md', '- Støtter: DS19-I9', '- Støtter: DS19-I9, DN30-F3']], then: 'none' }],
  'conflict-capacity': [
    { says: 'Moving the chatbot to 2026 (`Fra: 2026-01-01`, `Frist: 2026-12-31`) removes the\nfinding', edits: [['storby.md', '- Fra: 2025-01-01\n- Frist: 2025-12-31\n- Krever: utviklingskapasitet 3', '- Fra: 2026-01-01\n- Frist: 2026-12-31\n- Krever: utviklingskapasitet 3']], then: 'none' },
    { says: 'add `- Aksepterer: ikt-fjord#onboarding-vassbygd —\n  innleid hjelp i 2025` to one of the goals', edits: [ADD_AFTER('storby.md', '- Krever: utviklingskapasitet 3', '- Aksepterer: ikt-fjord#onboarding-vassbygd — innleid hjelp i 2025')], then: 'accepted', pair: ['storby#chatbot', 'ikt-fjord#onboarding-vassbygd'] },
  ],
  'conflict-deadline': [
    { says: 'With `Frist: 2025-12-31` (or `Frist: 2025`) in Midtby\'s goal there is no finding', edits: [['midtby.md', '- Frist: 2026-06-30', '- Frist: 2025-12-31']], then: 'none' },
    { says: '(or `Frist: 2025`) in Midtby\'s goal there is no finding', edits: [['midtby.md', '- Frist: 2026-06-30', '- Frist: 2025']], then: 'none' },
    { says: '`- Aksepterer: ikt-fjord#felles-byggesak — Midtby innfører etter de andre`', edits: [ADD_AFTER('midtby.md', '- Bidrar til: ikt-fjord#felles-byggesak', '- Aksepterer: ikt-fjord#felles-byggesak — Midtby innfører etter de andre')], then: 'accepted', pair: ['midtby#digital-byggesak', 'ikt-fjord#felles-byggesak'] },
  ],
  'conflict-direction': [{ says: 'If Storby\'s goal started `Fra: 2027-01-01`, the windows would only touch and\nthere would be no finding', edits: [['storby.md', '- Fra: 2025-01-01', '- Fra: 2027-01-01']], then: 'none' }],
  'conflict-system-choice': [
    { says: '`Unntak: fjellbygd` in the company\'s goal', edits: [ADD_AFTER('ikt-fjord.md', '- Omfang: alle', '- Unntak: fjellbygd')], then: 'none' },
    { says: 'Fjellbygd\'s goal starts `Fra: 2026-01-01` (the windows only touch)', edits: [ADD_AFTER('fjellbygd.md', '- Behalde: Huldt & Lillevik Lønn', '- Fra: 2026-01-01')], then: 'none' },
    {
      says: 'with `Status: fullført` in the company\'s goal of the example below',
      edits: [ADD_AFTER('ikt-fjord.md', '- Frist: 2025-12-31', '- Status: fullført')],
      then: { says: '«Felles personalsystem for alle medlemmer» er fullført, så resultatet står fast. Mulige løsninger: endre «Behalde noverande lønssystem» så det passer med det resultatet, eller, hvis begge målene skal stå, registrer en akseptert konflikt med …' },
    },
    { says: 'Fjellbygd\'s goal is about `okonomi`', edits: [['fjellbygd.md', '- Område: hr', '- Område: okonomi']], then: 'none' },
    { says: 'add `- Aksepterer: ikt-fjord#felles-hr — vedtatt i porteføljerådet\n  2024-03-12` to either goal', edits: [ADD_AFTER('fjellbygd.md', '- Frist: 2027-12-31', '- Aksepterer: ikt-fjord#felles-hr — vedtatt i porteføljerådet 2024-03-12')], then: 'accepted', pair: ['fjellbygd#behalde-lonn', 'ikt-fjord#felles-hr'] },
  ],
  'contribution-cycle': [{ says: 'remove `Bidrar til: storby#lonn` from IKT Fjord\'s', edits: [['ikt-fjord.md', '- Bidrar til: storby#lonn\n', '']], then: 'none' }],
  'duplicate-goal-id': [{ says: '`{#byggesak-mobil}`', edits: [['storby.md', 'mobil {#byggesak}', 'mobil {#byggesak-mobil}']], then: 'none' }],
  'goal-not-measurable': [
    { says: 'Add a deadline: `- Frist: 2026-12-31`', edits: [ADD_AFTER('strategi.md', '- Område: innbyggertjenester', '- Frist: 2026-12-31')], then: 'none' },
    { says: '(a year alone, `Frist: 2026`, means\n  31 December)', edits: [ADD_AFTER('strategi.md', '- Område: innbyggertjenester', '- Frist: 2026')], then: 'none' },
    { says: '- Indikator: andel byggesøknader levert digitalt\n  - Utgangspunkt: 40 %\n  - Målverdi: 90 %', edits: [ADD_AFTER('strategi.md', '- Område: innbyggertjenester', '- Indikator: andel byggesøknader levert digitalt\n- Utgangspunkt: 40 %\n- Målverdi: 90 %')], then: 'none' },
  ],
  'goal-unlinked': [
    {
      says: 'A link to an objective that does not exist (a typo such as `DS19-M9`) does not count',
      edits: [ADD_AFTER('strategi.md', '- Frist: 2027', '- Støtter: DS19-M9')],
      then: { says: 'DS19-M9 in `Støtter` is not an objective of DS19 and DN30 (see the finding there), so the link counts for nothing. Correct the ID to link the goal.' },
    },
    { says: '`- Støtter: DS19-M2` in Markdown', edits: [ADD_AFTER('strategi.md', '- Område: innbyggertjenester', '- Støtter: DS19-M2')], then: 'none' },
  ],
  'missing-owner': [{ says: '---\nowner: storby\ntitle: Digitaliseringsstrategi for Storby kommune', edits: [['strategi.md', '---\ntitle:', '---\nowner: storby\ntitle:']], then: 'none' }],
  'objective-uncovered': [{ says: 'add it to the `supports` of those\n  goals: `Støtter: DS19-I8`', edits: [['strategi.md', '- Støtter: DS19-M2', '- Støtter: DS19-M2, DS19-I8']], then: /DS19-I8/ }],
  'parse-error': [
    { says: 'title: "Digitaliseringsstrategi: Storby"', edits: [['storby.md', 'title: Digitaliseringsstrategi: Storby', 'title: "Digitaliseringsstrategi: Storby"']], then: 'none' },
    { says: '(`title: *Ny* strategi`, meant as emphasis)', edits: [['storby.md', 'title: Digitaliseringsstrategi: Storby', 'title: *Ny* strategi']], then: 'quoted' },
    { says: '(`title: !Viktig Felles\ninnbyggerportal`)', edits: [['storby.md', 'title: Digitaliseringsstrategi: Storby', 'title: !Viktig Felles innbyggerportal']], then: 'quoted' },
  ],
  'possible-conflict': [
    { says: 'No hint when the company\'s goal has `Omfang: storby, midtby`', edits: [['ikt-fjord.md', '- Omfang: alle', '- Omfang: storby, midtby']], then: 'none' },
    { says: 'or `Unntak: fjellbygd`', edits: [ADD_AFTER('ikt-fjord.md', '- Omfang: alle', '- Unntak: fjellbygd')], then: 'none' },
    { says: '(`Frå: 2026-07-01` with `Frist: 2027-06-30`', edits: [['fjellbygd.md', '- Frist: 2026-06-30', '- Frå: 2026-07-01\n- Frist: 2027-06-30']], then: 'none' },
  ],
  'solution-first': [{ says: '- Innføre: Visma HRM\n- Behov: Medlemmene bruker fire ulike lønns- og personalsystemer\n- Gevinst: Én lisens og én driftsavtale; sparer 3 årsverk i drift', edits: [ADD_AFTER('strategi.md', '- Innføre: Visma HRM', '- Behov: Medlemmene bruker fire ulike lønns- og personalsystemer\n- Gevinst: Én lisens og én driftsavtale; sparer 3 årsverk i drift')], then: 'none' }],
  'uniform-mandate': [{ says: '(`- Unntak: fjellbygd`)', edits: [ADD_AFTER('strategi.md', '- Omfang: alle', '- Unntak: fjellbygd')], then: 'none' }],
};

/** The example's files with `edits` applied; each edit must find its text. */
function edited(files: Record<string, string>, edits: Edit[]): Record<string, string> {
  const out = { ...files };
  for (const [file, from, to] of edits) {
    assert.ok(out[file]?.includes(from), `the example's ${file} has no «${from}» to change`);
    out[file] = out[file]!.replace(from, to);
  }
  return out;
}

function run(files: Record<string, string>, snippet: string | undefined, lang: Lang): TestDiagnostic[] {
  return analyze({ 'samstemt.yaml': configWith(snippet, lang), ...files });
}

/** The bokmål renderings a page gives in italics: «In bokmål: *…*». */
function bokmalQuotes(text: string): string[] {
  return [...text.matchAll(/In bokmål(?:, for example)?: \*([\s\S]+?)\*(?=[.\s]|$)/g)].map((m) => m[1]!);
}

/** The names of quick fixes a page gives: in bold, or in quotes shortly after «quick fix(es)». */
function namedFixes(text: string): string[] {
  const t = text.replace(/\s+/g, ' ');
  const bold = [...t.matchAll(/\*\*([^*]+?)\*\*/g)].map((m) => m[1]!).filter((s) => /^[A-Z][a-z]+ /.test(s) && !/^(Differentiate|Align|Accept|Spread|Reduce)/.test(s));
  const quoted = [...t.matchAll(/quick fix(?:es)? (?:[a-z ]+ )?\(?(?:«([^»]+)»|"([^"]+)")/g)].map((m) => (m[1] ?? m[2])!);
  return [...new Set([...bold, ...quoted])];
}

const describeMessage = (ds: TestDiagnostic[]) => ds.map((d) => `  [${d.file} ${d.range.start.line}:${d.range.start.character}] ${d.message}`).join('\n');

describe('the rule pages’ examples', function () {
  this.timeout(60_000);
  const pages = readdirSync(DIR).filter((f) => f.endsWith('.md')).sort();

  it('lists only existing pages as not fully checked', () => {
    assert.deepEqual(Object.keys(NOT_CHECKED).filter((id) => !pages.includes(`${id}.md`)), []);
  });

  for (const file of pages) {
    const rule = file.replace(/\.md$/, '');
    const page = readPage(path.join(DIR, file));
    const exampleText = section(page, 'Example');
    const fixText = section(page, 'How to fix');
    const example = exampleOf(exampleText);

    describe(rule, () => {
      const byLang = new Map<Lang, TestDiagnostic[]>();
      const findings = (lang: Lang) => {
        if (!byLang.has(lang)) byLang.set(lang, run(example.files, example.configSnippet, lang).filter((d) => d.rule === rule));
        return byLang.get(lang)!;
      };

      it('the example gives the finding', () => {
        assert.ok(Object.keys(example.files).length > 0 || example.configSnippet, 'the page shows no example to run');
        assert.ok(findings('en').length > 0, `${rule} does not fire on the page's example`);
      });

      const variants = VARIANTS[rule] ?? [];
      const quotedVariants = () => variants.filter((v) => v.then === 'quoted').flatMap((v) => LANGS.flatMap((l) => run(edited(example.files, v.edits), example.configSnippet, l).filter((d) => d.rule === rule)));

      it('every quoted message is the message the tool gives, in the language it is written in', () => {
        const all = [...LANGS.flatMap(findings), ...quotedVariants()];
        for (const q of quotes(exampleText)) {
          assert.ok(all.some((d) => quoteMatches(q, d.message)), `the page quotes:\n  ${norm(q)}\nthe tool says:\n${describeMessage(all)}`);
        }
        for (const q of bokmalQuotes(exampleText)) {
          assert.ok(findings('nb').some((d) => quoteMatches(q, d.message)), `the page's bokmål:\n  ${norm(q)}\nthe tool says:\n${describeMessage(findings('nb'))}`);
        }
      });

      it('it reports where the page says', () => {
        const prose = exampleText.replace(/^>.*$/gm, '');
        const ds = findings('en');
        for (const m of prose.matchAll(/(?:reports on|\(on) `([^`]+)`/g)) {
          const at = ds.map((d) => textAt({ 'samstemt.yaml': configWith(example.configSnippet, 'en'), ...example.files }, d));
          assert.ok(at.includes(m[1]!), `the page says the finding is on «${m[1]}»; the tool reports on: ${at.map((s) => `«${s}»`).join(', ')}`);
        }
        for (const m of prose.matchAll(/reports on line (\d+)/g)) {
          const lines = ds.map((d) => d.range.start.line + 1);
          assert.ok(lines.includes(Number(m[1])), `the page says line ${m[1]}; the tool reports on line ${lines.join(', ')}`);
        }
        if (/reports both/.test(prose)) assert.ok(ds.length >= 2, `the page says both are reported; the tool reports ${ds.length}`);
        // «On Fjellbygd's goal:» right before a quote: the quoted message is the one on that member's goal.
        for (const m of exampleText.matchAll(/On\s+(\w+)'s [^:\n]*:\n+((?:>.*\n?)+)/g)) {
          const q = m[2]!.split('\n').map((l) => l.replace(/^> ?/, '')).join(' ');
          const on = LANGS.flatMap(findings).filter((d) => quoteMatches(q, d.message)).map((d) => d.goal?.split('#')[0]);
          assert.ok(on.includes(m[1]!.toLowerCase()), `the page quotes the finding on ${m[1]}'s goal; the quoted message is on: ${on.join(', ') || 'no goal'}`);
        }
      });

      for (const v of variants.filter((x) => x.then !== 'quoted')) {
        it(`as the page says: ${norm(v.says).slice(0, 70)}`, () => {
          assert.ok(norm(page).includes(norm(v.says)), `the page no longer says «${norm(v.says)}»`);
          const after = run(edited(example.files, v.edits), example.configSnippet, 'en').filter((d) => d.rule === rule);
          if (typeof v.then === 'object' && 'says' in v.then) {
            const words = v.then.says;
            assert.ok(norm(page).includes(norm(words)), `the page no longer says «${norm(words)}»`);
            const all = LANGS.flatMap((l) => run(edited(example.files, v.edits), example.configSnippet, l).filter((d) => d.rule === rule));
            assert.ok(all.some((d) => quoteMatches(`…${words}…`, d.message)), `no message says «${norm(words)}»:\n${describeMessage(all)}`);
          } else if (v.then === 'none') assert.deepEqual(after.map((d) => d.message), []);
          else if (v.then === 'accepted') {
            const onPair = after.filter((d) => v.pair!.includes(d.goal ?? ''));
            assert.deepEqual([...new Set(onPair.map((d) => d.goal))].sort(), [...v.pair!].sort(), 'an accepted conflict is still shown on both goals');
            assert.deepEqual(onPair.filter((d) => d.severity !== 'info').map((d) => d.message), []);
          } else assert.deepEqual(after.filter((d) => (v.then as RegExp).test(d.message)).map((d) => d.message), []);
        });
      }

      it('the messages «How to fix» quotes are what the tool says after its quick fix', () => {
        const qs = quotes(fixText);
        if (!qs.length) return;
        const all = [...LANGS.flatMap(findings)];
        for (const lang of LANGS) {
          for (const d of findings(lang)) for (let i = 0; i < d.fixes.length; i++) all.push(...run(applyFix(example.files, d, i), example.configSnippet, lang).filter((x) => x.rule === rule));
        }
        for (const q of qs) assert.ok(all.some((d) => quoteMatches(q, d.message)), `the page quotes:\n  ${norm(q)}\nthe tool says:\n${describeMessage(all)}`);
      });

      it('every quick fix the example offers resolves the finding (or, where the page says so, leaves it until the placeholder is replaced)', () => {
        for (const d of findings('en')) {
          d.fixes.forEach((f, i) => {
            const after = run(applyFix(example.files, d, i), example.configSnippet, 'en').filter((x) => x.rule === rule && x.file === d.file && x.range.start.line === d.range.start.line);
            if (FIX_KEEPS_FINDING[rule]) {
              assert.ok(norm(page).includes(FIX_KEEPS_FINDING[rule]!), `the page no longer says «${FIX_KEEPS_FINDING[rule]}»`);
              assert.ok(after.length > 0, `«${f.title.en}»: the page says the finding stays`);
            } else assert.deepEqual(after.map((x) => x.message), [], `«${f.title.en}» leaves the finding`);
          });
        }
      });

      it('the quick fixes the page names are the ones its example offers', () => {
        const titles = LANGS.flatMap(findings).flatMap((d) => d.fixes.flatMap((f) => [f.title.en, f.title.nb, f.title.nn])).filter((t): t is string => t !== undefined);
        const named = namedFixes(`${exampleText}\n${fixText}`).filter((n) => !OTHER_CASES[n]);
        const missing = named.filter((n) => !titles.some((t) => quoteMatches(n, t)));
        assert.deepEqual(missing, [], `the example offers ${titles.map((t) => `«${t}»`).join(', ') || 'no quick fix'}`);
      });
      // The conflict pages: a reason that is still the quick fix's placeholder does not accept the conflict.
      const PLACEHOLDER_ENDING = 'nevner denne konflikten i `Aksepterer`, men begrunnelsen er fortsatt plassholderen «…»: bytt den ut med hvorfor konflikten aksepteres. Til da regnes den som åpen.';
      if (norm(page).includes(norm(PLACEHOLDER_ENDING))) {
        it('an `Aksepterer:` whose reason is still the placeholder leaves the conflict open, as the page says', () => {
          const [d] = findings('nb');
          const other = d!.related.find((r) => r.goal)!.goal!;
          const lines = example.files[d!.file]!.split('\n');
          lines.splice(d!.range.start.line + 1, 0, `- Aksepterer: ${other} — <Hvorfor aksepteres konflikten, og hvem har vedtatt det?>`);
          const after = run({ ...example.files, [d!.file]: lines.join('\n') }, example.configSnippet, 'nb').filter((x) => x.rule === rule && (x.goal === d!.goal || x.goal === other));
          assert.deepEqual([...new Set(after.map((x) => x.goal))].sort(), [d!.goal, other].sort());
          for (const x of after) {
            assert.equal(x.severity, d!.severity, 'the finding stays at its severity');
            assert.deepEqual(x.fixes.map((f) => f.title.en), [], 'the page says such a finding offers no quick fix');
            assert.ok(norm(page).includes('its ways out no longer include recording an accepted conflict'));
            assert.doesNotMatch(x.message, /registrer en akseptert konflikt/, 'the page says the ways out no longer include recording it');
            // «<the goal that accepts>» nevner denne konflikten …, at the end of the message.
            assert.ok(quoteMatches(`…» ${PLACEHOLDER_ENDING}`, x.message), x.message);
          }
        });
      }

      const configText = section(page, 'Configuration');
      it('«Configuration»: the `rules:` setting and the `--rule` option change the example\'s finding as shown', () => {
        const setting = blocks(configText).find((x) => x.lang === 'yaml' && /^rules:/m.test(x.text));
        const option = /samstemt check --rule ([a-z-]+)=([a-z]+)/.exec(configText);
        assert.ok(setting || option, 'the page shows no setting');
        const expect = (ds: TestDiagnostic[], severity: string, how: string) => {
          if (severity === 'off') assert.deepEqual(ds.map((d) => d.message), [], how);
          else {
            assert.ok(ds.length > 0, `${how}: the finding is gone`);
            assert.deepEqual([...new Set(ds.map((d) => d.severity))], [severity], how);
          }
        };
        if (setting) {
          const severity = new RegExp(`^\\s+${rule}:\\s*([a-z]+)`, 'm').exec(setting.text)?.[1];
          assert.ok(severity, `the setting names no severity for ${rule}`);
          expect(run(example.files, `${example.configSnippet ?? ''}\n${setting.text}`, 'en').filter((d) => d.rule === rule), severity, `rules: ${rule}: ${severity}`);
        }
        if (option) {
          assert.equal(option[1], rule);
          const ds = analyze({ 'samstemt.yaml': configWith(example.configSnippet, 'en'), ...example.files }, { ruleOverrides: { [rule]: option[2] as SeverityLevel } }).filter((d) => d.rule === rule);
          expect(ds, option[2]!, `--rule ${rule}=${option[2]}`);
        }
      });

      const others = namedFixes(`${exampleText}\n${fixText}`).filter((n) => OTHER_CASES[n]);
      for (const name of others) {
        it(`the quick fix «${name}» is offered where the page says, and resolves the finding`, () => {
          const { files, preferred } = OTHER_CASES[name]!;
          const ds = LANGS.flatMap((l) => run(files, undefined, l).filter((d) => d.rule === rule));
          const offered = ds.flatMap((d) => d.fixes.map((f, i) => ({ d, i, f }))).find(({ f }) => Object.values(f.title).some((t) => t && quoteMatches(name, t)));
          assert.ok(offered, `not offered; the findings:\n${describeMessage(ds)}\nwith the fixes ${ds.flatMap((d) => d.fixes.map((f) => `«${f.title.en}»`)).join(', ')}`);
          if (preferred === false) assert.ok(!offered.f.preferred, 'the page says «fix all» does not apply it');
          const after = run(applyFix(files, offered.d, offered.i), undefined, 'en').filter((x) => x.rule === rule && x.file === offered.d.file && x.range.start.line === offered.d.range.start.line);
          if (FIX_KEEPS_FINDING[rule]) assert.ok(after.length > 0, 'the page says the finding stays until the placeholder is replaced');
          else assert.deepEqual(after.map((x) => x.message), []);
        });
      }
    });
  }
});
