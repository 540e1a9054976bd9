/**
 * Wording of messages as users read them, in nb, nn and en: the variant that
 * fits the situation (one other goal or several), lists written as the
 * language writes them («A, B og C»), quick-fix titles that say what the fix
 * does, and nynorsk without bokmål forms in the places the word lists of
 * message-language.test.ts do not reach.
 */
import { strict as assert } from 'node:assert';
import { analyzeRule, textAt, CONFIG, InMemoryHost, createTestEngine } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';
import { analyze } from '../helpers/workspace.js';
import { hover } from '../../server/src/engine/language/hover.js';
import { quickFixes } from '../../server/src/engine/language/codeActions.js';
import type { LanguageContext } from '../../server/src/engine/language/context.js';
import { cliText } from '../../server/src/cli/messages.js';
import { allRules } from '../../server/src/rules/index.js';
import type { Lang } from '../../server/src/engine/types.js';

const withLang = (config: string, lang: Lang) => config.replace('language: en', `language: ${lang}`);

/** Members a tenth or less the size of the largest: storby 50 000; fjellbygd, li and nes under 5 000. */
const SMALL_MEMBERS = `${CONFIG}`.replace(
  '  ikt-fjord: { name: IKT Fjord AS, kind: selskap }',
  '  li: { name: Li kommune, kind: kommune, population: 1200 }\n  nes: { name: Nes kommune, kind: kommune, population: 2100 }\n  ikt-fjord: { name: IKT Fjord AS, kind: selskap }',
);

describe('message wording', function () {
  this.timeout(20000);

  describe('duplicate-goal-id', function () {
    const three = `---
owner: storby
---

## Første {#dobbel}

## Andre {#dobbel}

## Tredje {#dobbel}
`;
    it('points to «another goal» with the ID, not to «the other goal», when three goals share it', function () {
      const expected: Record<Lang, string> = { en: 'Another goal with ID "dobbel"', nb: 'Et annet mål med ID «dobbel»', nn: 'Eit anna mål med ID «dobbel»' };
      for (const lang of ['en', 'nb', 'nn'] as const) {
        const list = analyzeRule('duplicate-goal-id', { 'samstemt.yaml': withLang(CONFIG, lang), 'storby.md': three });
        assert.equal(list.length, 3);
        for (const d of list) {
          assert.equal(d.related.length, 2);
          assert.deepEqual(
            d.related.map((r) => r.message),
            [expected[lang], expected[lang]],
          );
        }
      }
    });
    it('still says «the other goal» when two goals share the ID', function () {
      const two = three.replace('\n## Tredje {#dobbel}\n', '');
      const list = analyzeRule('duplicate-goal-id', { 'samstemt.yaml': withLang(CONFIG, 'nn'), 'storby.md': two });
      assert.equal(list.length, 2);
      assert.deepEqual(
        list.map((d) => d.related.map((r) => r.message)),
        [['Det andre målet med ID «dobbel»'], ['Det andre målet med ID «dobbel»']],
      );
    });
  });

  describe('lists in the prose', function () {
    const ikt = `---
owner: ikt-fjord
---

## Felles plattform {#plattform}

- Innføre: Visma HRM, Public 360, Elements
- Omfang: alle
- Frist: 2026
- Støtter: DS19-M2
`;
    it('solution-first names several systems as «A, B and C» / «A, B og C»', function () {
      const expected: Record<Lang, RegExp> = {
        en: /^The goal «Felles plattform» introduces Visma HRM, Public 360 and Elements, but says neither/,
        nb: /^Målet «Felles plattform» innfører Visma HRM, Public 360 og Elements, men sier verken/,
        nn: /^Målet «Felles plattform» innfører Visma HRM, Public 360 og Elements, men seier verken/,
      };
      for (const lang of ['en', 'nb', 'nn'] as const) {
        const [d] = analyzeRule('solution-first', { 'samstemt.yaml': withLang(CONFIG, lang), 'ikt.md': ikt });
        assert.match(d!.message, expected[lang]);
      }
    });
    it('uniform-mandate names the systems and, in its quick fix, the members to exempt as a list of the language', function () {
      const expected: Record<Lang, [RegExp, string]> = {
        en: [/^The goal «Felles plattform» introduces Visma HRM, Public 360 and Elements for all members,/, 'Exempt fjellbygd, li and nes (fewer than a tenth of the inhabitants of Storby kommune)'],
        nb: [/^Målet «Felles plattform» innfører Visma HRM, Public 360 og Elements for alle medlemmene,/, 'Unnta fjellbygd, li og nes (færre enn en tidel av innbyggerne i Storby kommune)'],
        nn: [/^Målet «Felles plattform» innfører Visma HRM, Public 360 og Elements for alle medlemene,/, 'Unnta fjellbygd, li og nes (færre enn ein tidel av innbyggjarane i Storby kommune)'],
      };
      for (const lang of ['en', 'nb', 'nn'] as const) {
        const files = { 'samstemt.yaml': withLang(SMALL_MEMBERS, lang), 'ikt.md': ikt };
        const [d] = analyzeRule('uniform-mandate', files);
        assert.match(d!.message, expected[lang][0]);
        const fixes = quickFixes([d!], d!.span, lang);
        assert.deepEqual(
          fixes.map((f) => f.title),
          [expected[lang][1]],
        );
        // The edit still writes the ids as the list of `Unntak`.
        assert.match(applyFix(files, d!)['ikt.md']!, /\n- Unntak: fjellbygd, li, nes\n/);
      }
    });
  });

  describe('goal-unlinked', function () {
    it('names the frameworks it searched as «DS19 og DN30» when nothing fits', function () {
      const doc = '---\nowner: storby\n---\n\n## Qwxz {#qwxz}\n\n- Frist: 2026\n';
      const expected: Record<Lang, RegExp> = {
        en: /matches none of the objectives of DS19 and DN30 well enough/,
        nb: /noen av målene i DS19 og DN30 til at Samstemt/,
        nn: /nokon av måla i DS19 og DN30 til at Samstemt/,
      };
      for (const lang of ['en', 'nb', 'nn'] as const) {
        const [d] = analyzeRule('goal-unlinked', { 'samstemt.yaml': withLang(CONFIG, lang), 'storby.md': doc });
        assert.match(d!.message, expected[lang]);
      }
    });
  });

  describe('conflict-capacity', function () {
    const goals = (n: number) =>
      `---\nowner: ikt-fjord\n---\n\n` + Array.from({ length: n }, (_, i) => `## Prosjekt ${i + 1} {#p${i + 1}}\n\n- Krever: utviklingskapasitet 2\n- Frist: 2026\n- Støtter: DS19-M2\n`).join('\n');
    it('counts one goal left unnamed as «1 more goal», several as «N more goals»', function () {
      // Eight demands are named; the ninth (and tenth) are counted.
      const [one] = analyzeRule('conflict-capacity', { 'samstemt.yaml': CONFIG, 'ikt.md': goals(9) });
      assert.match(one!.message, /«Prosjekt \d» \(IKT Fjord AS\) 2 person-years; and 1 more goal\. Ways out:/);
      const [two] = analyzeRule('conflict-capacity', { 'samstemt.yaml': CONFIG, 'ikt.md': goals(10) });
      assert.match(two!.message, /«Prosjekt \d+» \(IKT Fjord AS\) 2 person-years; and 2 more goals\. Ways out:/);
      const [nn] = analyzeRule('conflict-capacity', { 'samstemt.yaml': withLang(CONFIG, 'nn'), 'ikt.md': goals(9) });
      assert.match(nn!.message, /2 årsverk; og 1 mål til\. Moglege løysingar:/);
    });
  });

  describe('possible-conflict', function () {
    it('proposes the structured properties with the keys of each goal\'s own document', function () {
      const files = {
        'samstemt.yaml': withLang(CONFIG, 'nn'),
        'ikt-fjord.md': '---\nowner: ikt-fjord\nperiod: 2024–2027\n---\n\n## Felles lønnssystem for alle medlemmene {#felles-lonn}\n\n- Omfang: alle\n',
        'fjellbygd.yaml': 'owner: fjellbygd\nperiod: 2024–2027\ngoals:\n  - id: eige-lonn\n    title: Eige lønssystem i Fjellbygd\n    description: Vi held fram med systemet vi kjenner.\n',
      };
      const list = analyzeRule('possible-conflict', files);
      const on = (file: string) => list.find((d) => d.file === file)!.message;
      assert.match(on('ikt-fjord.md'), /gjer det synleg med strukturerte eigenskapar \(`Innføre`\/`Avvikle`, `Indikator` \+ `Retning`\)\./);
      // A YAML document writes its keys in lower case, as `aksepterer:` in the same message.
      assert.match(on('fjellbygd.yaml'), /gjer det synleg med strukturerte eigenskapar \(`innføre`\/`avvikle`, `indikator` \+ `retning`\)\. .*`aksepterer: ikt-fjord#felles-lonn/);
    });
  });

  describe('invalid-value', function () {
    it('says of `Krever: utviklingskapasitet -2` that the amount is wrong, not that resource and amount are missing', function () {
      const doc = '---\nowner: storby\n---\n\n## Portal {#portal}\n\n- Krever: utviklingskapasitet -2\n- Frist: 2026\n- Støtter: DS19-M2\n';
      const expected: Record<Lang, string> = {
        en: "-2 is not an amount a plan can require: write a number from 0.01 to 1,000,000 in the resource's unit, e.g. 3 or 0.5.",
        nb: '-2 er ikke en mengde en plan kan kreve: skriv et tall fra 0,01 til 1 000 000 i ressursens enhet, f.eks. 3 eller 0,5.',
        nn: '-2 er ikkje ei mengd ein plan kan krevje: skriv eit tal frå 0,01 til 1 000 000 i eininga til ressursen, t.d. 3 eller 0,5.',
      };
      for (const lang of ['en', 'nb', 'nn'] as const) {
        const files = { 'samstemt.yaml': withLang(CONFIG, lang), 'storby.md': doc };
        const list = analyzeRule('invalid-value', files);
        assert.deepEqual(
          list.map((d) => d.message),
          [expected[lang]],
        );
        assert.equal(textAt(files, list[0]!), '-2');
      }
    });
  });

  describe('solution-first quick fix', function () {
    it('says that it fills in the empty need and benefit lines when both are there', function () {
      const doc = `---
owner: storby
---

## Ny portal {#portal}

- Innføre: MinSide
- Behov:
- Gevinst:
- Frist: 2026
- Støtter: DS19-M2
`;
      const expected: Record<Lang, string> = {
        en: 'Fill in the empty `Behov:` and `Gevinst:` lines',
        nb: 'Fyll ut de tomme linjene `Behov:` og `Gevinst:`',
        nn: 'Fyll ut dei tomme linjene `Behov:` og `Gevinst:`',
      };
      for (const lang of ['en', 'nb', 'nn'] as const) {
        const files = { 'samstemt.yaml': withLang(CONFIG, lang), 'storby.md': doc };
        const [d] = analyzeRule('solution-first', files);
        assert.deepEqual(
          quickFixes([d!], d!.span, lang).map((f) => f.title),
          [expected[lang]],
        );
        const fixed = applyFix(files, d!)['storby.md']!;
        assert.equal(fixed.match(/Behov:/g)?.length, 1, 'no second Behov line');
        assert.equal(fixed.match(/Gevinst:/g)?.length, 1, 'no second Gevinst line');
      }
    });
    it('still says that it adds the lines when there are none', function () {
      const doc = `---
owner: storby
---

## Ny portal {#portal}

- Innføre: MinSide
- Frist: 2026
- Støtter: DS19-M2
`;
      const [d] = analyzeRule('solution-first', { 'samstemt.yaml': withLang(CONFIG, 'nn'), 'storby.md': doc });
      assert.deepEqual(
        quickFixes([d!], d!.span, 'nn').map((f) => f.title),
        ['Legg til linjene `Behov:` og `Gevinst:` til utfylling'],
      );
    });
  });

  describe('parse-error on a value that starts with *', function () {
    const parseErrors = (files: Record<string, string>) => analyze(files).filter((d) => d.rule === 'parse-error');
    it('says in the language of the messages, without «alias» or «anchor», that YAML read the star as a reference, and offers quotes', function () {
      const doc = 'owner: storby\ngoals:\n  - id: a\n    title: *Viktig\n';
      const expected: Record<Lang, string> = {
        en: 'YAML reads the * at the start of the value of "title" as a reference to another value in the file, so the YAML here cannot be read. If the * belongs to the text (as in *emphasis*), put the value in quotes: title: "*Viktig"',
        nb: 'YAML leser * i starten av verdien til «title» som en henvisning til en annen verdi i filen, så YAML-en her kan ikke leses. Hvis * hører til teksten (som i *uthevet*), sett verdien i anførselstegn: title: "*Viktig"',
        nn: 'YAML les * i starten av verdien til «title» som ei tilvising til ein annan verdi i fila, så YAML-en her kan ikkje lesast. Om * høyrer til teksten (som i *utheva*), set verdien i hermeteikn: title: "*Viktig"',
      };
      for (const lang of ['en', 'nb', 'nn'] as const) {
        const files = { 'samstemt.yaml': withLang(CONFIG, lang), 'storby.yaml': doc };
        const [d, ...rest] = parseErrors(files);
        assert.equal(rest.length, 0);
        assert.equal(d!.message, expected[lang]);
        assert.equal(d!.range.start.line, 3);
        assert.equal(d!.range.start.character, 11, "the range is the value");
        assert.deepEqual(
          quickFixes([d!], d!.span, lang).map((f) => f.title),
          [{ en: 'Put the value in quotes', nb: 'Sett verdien i anførselstegn', nn: 'Set verdien i hermeteikn' }[lang]],
        );
        const fixed = applyFix(files, d!);
        assert.equal(fixed['storby.yaml'], doc.replace('*Viktig', '"*Viktig"'));
        assert.deepEqual(parseErrors(fixed), []);
      }
    });
    it('names the star, not the indentation, when emphasis starts a front matter value (`title: *Ny* strategi`)', function () {
      const doc = '---\nowner: storby\ntitle: *Ny* strategi\n---\n\n## Mål {#mal}\n';
      const files = { 'samstemt.yaml': withLang(CONFIG, 'nb'), 'storby.md': doc };
      const [d] = parseErrors(files);
      assert.equal(
        d!.message,
        'YAML leser * i starten av verdien til «title» som en henvisning til en annen verdi i filen, så YAML-en her kan ikke leses. Hvis * hører til teksten (som i *uthevet*), sett verdien i anførselstegn: title: "*Ny* strategi"',
      );
      assert.deepEqual(parseErrors(applyFix(files, d!)), []);
    });
    it('explains a reference inside the value it repeats in plain words, in nynorsk without English', function () {
      const doc = 'owner: storby\ngoals: &g\n  - id: a\n    goals: *g\n';
      const [d] = parseErrors({ 'samstemt.yaml': withLang(CONFIG, 'nn'), 'storby.yaml': doc });
      assert.equal(d!.message, '«*g» gjentek verdien merkt «&g», men står inne i den same verdien, så han ville vorte gjenteken utan ende, og YAML-en her kan ikkje lesast. Fjern «*g» her, eller skriv verdien ut.');
    });
    it('explains an & at the start of a value, and offers quotes', function () {
      const doc = 'owner: storby\ngoals:\n  - id: a\n    title: & Co\n';
      const files = { 'samstemt.yaml': withLang(CONFIG, 'nb'), 'storby.yaml': doc };
      const [d] = parseErrors(files);
      assert.equal(d!.message, 'YAML leser & i starten av verdien til «title» som en merkelapp på verdien, så YAML-en her kan ikke leses. Hvis & hører til teksten, sett verdien i anførselstegn: title: "& Co"');
      assert.deepEqual(parseErrors(applyFix(files, d!)), []);
    });
    it('explains a backslash inside double quotes (a Windows path) in the language of the messages', function () {
      const doc = 'owner: storby\ngoals:\n  - id: a\n    title: "Se K:\\strategi"\n';
      const expected: Record<Lang, string> = {
        en: 'The YAML here cannot be read: a backslash (\\) inside double quotes starts a special code; write it twice (\\\\), or put the value in single quotes (\') instead.',
        nb: 'YAML-en her kan ikke leses: en omvendt skråstrek (\\) inne i anførselstegn starter en spesialkode; skriv den dobbelt (\\\\), eller sett verdien i apostrofer (\') i stedet.',
        nn: 'YAML-en her kan ikkje lesast: ein omvend skråstrek (\\) inne i hermeteikn startar ein spesialkode; skriv han dobbelt (\\\\), eller set verdien i apostrofar (\') i staden.',
      };
      for (const lang of ['en', 'nb', 'nn'] as const) {
        const [d] = parseErrors({ 'samstemt.yaml': withLang(CONFIG, lang), 'storby.yaml': doc });
        assert.ok(d!.message.startsWith(expected[lang]), d!.message);
      }
    });
    it('explains a list item that starts with * without the words alias or anchor', function () {
      const doc = 'owner: storby\ngoals:\n  - id: a\n    adopt:\n      - *Ny\n';
      const [d] = parseErrors({ 'samstemt.yaml': withLang(CONFIG, 'nn'), 'storby.yaml': doc });
      assert.equal(
        d!.message,
        'YAML les «*Ny» i starten av verdien som ei tilvising til ein verdi merkt «&Ny» ein annan stad i fila, og det finst ingen, så YAML-en her kan ikkje lesast. Om * høyrer til teksten (som i *utheva*), set heile verdien i hermeteikn.',
      );
    });
  });

  describe('nynorsk', function () {
    it('the hover of an indicator that is not in samstemt.yaml says «medlemene», not bokmål «medlemmene»', function () {
      const doc = '---\nowner: storby\n---\n\n## Færre klager {#klager}\n\n- Indikator: Tal klager\n- Retning: redusere\n- Frist: 2026\n';
      const host = new InMemoryHost({ 'samstemt.yaml': withLang(CONFIG, 'nn'), 'storby.md': doc });
      const engine = createTestEngine(host);
      const result = engine.analyze();
      const ctx: LanguageContext = { workspaces: result.workspaces, diagnostics: result.diagnostics, lang: 'nn', knownFrameworks: engine.builtInFrameworks, ruleIds: allRules.map((r) => r.meta.id) };
      const h = hover(ctx, host.uri('storby.md'), doc.indexOf('Tal klager') + 2)!;
      assert.match(h.contents, /^«Tal klager» er ikkje ein indikator i samstemt\.yaml/);
      assert.match(h.contents, /om måla til alle medlemene styrer det same talet/);
      assert.doesNotMatch(h.contents, /medlemmene/);
    });
    it('the command line calls a file outside `documents` «ho» (ei fil), as it does an unreadable file', function () {
      const text = cliText('nn', 'outsideDocuments', { file: 'notat.md', config: 'samstemt.yaml' });
      assert.equal(text, 'samstemt: notat.md er ikkje blant strategidokumenta samstemt.yaml listar under documents, så ho blir ikkje sjekka\n');
      assert.match(cliText('nn', 'unreadableFile', { file: 'notat.md', reason: 'x' }), /så ho vart ikkje sjekka/);
    });
  });
});
