import { strict as assert } from 'node:assert';
import { analyzeRule, textAt, CONFIG, CONFIG_NB as NB, CONFIG_NN as NN } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';
import { adoptingGoalMd, analyzeStructure } from '../helpers/rules.js';

const RULE = 'solution-first';

const md = adoptingGoalMd;

describe('solution-first', function () {
  this.timeout(30_000);

  describe('valid', () => {
    it('leaves a dropped or done goal alone (its solution is chosen), but not a planned one', () => {
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'a.md': md('- Status: avbrutt\n') }), []);
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'a.md': md('- Status: fullført\n') }), []);
      assert.equal(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'a.md': md('- Status: planlagt\n') }).length, 1);
    });
    it('accepts a goal that states the need', () => {
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'a.md': md('- Behov: Fire ulike lønnssystemer\n') }), []);
    });
    it('accepts a goal that states the benefit', () => {
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'a.md': md('- Gevinst: Sparer 3 årsverk\n') }), []);
    });
    it('accepts a goal that adopts nothing', () => {
      const text = `---\nowner: storby\n---\n\n## Behold lønn {#lonn}\n\n- Beholde: Excel\n- Frist: 2027\n`;
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'a.md': text }), []);
    });
    it('accepts a YAML goal with need and benefit', () => {
      const text = `owner: ikt-fjord\ngoals:\n  - id: hr\n    title: Felles HR\n    adopt: Visma HRM\n    need: Fire systemer\n    benefit: Én lisens\n`;
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'a.yaml': text }), []);
    });
    it('is silent when turned off', () => {
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG + 'rules:\n  solution-first: off\n', 'a.md': md('') }), []);
    });
  });

  describe('invalid', () => {
    it('reports on the adopted system, in English', () => {
      const files = { 'samstemt.yaml': CONFIG, 'a.md': md('') };
      const list = analyzeRule(RULE, files);
      assert.equal(list.length, 1);
      const d = list[0]!;
      assert.equal(d.rule, RULE);
      assert.equal(d.severity, 'warning');
      assert.equal(d.goal, 'ikt-fjord#felles-hr');
      assert.deepEqual(d.range, { start: { line: 7, character: 11 }, end: { line: 7, character: 20 } });
      assert.equal(textAt(files, d), 'Visma HRM');
      assert.equal(
        d.message,
        'The goal «Felles personalsystem» introduces Visma HRM, but says neither which need it answers nor what it is expected to bring. Start from the need: add `Behov: …` (which problem is solved, and for whom) and `Gevinst: …` (what the members gain), so the choice of solution can be judged against them.',
      );
    });

    it('writes in bokmål and in nynorsk', () => {
      const files = { 'samstemt.yaml': NB, 'a.md': md('') };
      assert.match(analyzeRule(RULE, files)[0]!.message, /^Målet «Felles personalsystem» innfører Visma HRM, men sier verken hvilket behov/);
      assert.match(analyzeRule(RULE, { ...files, 'samstemt.yaml': NN })[0]!.message, /^Målet «Felles personalsystem» innfører Visma HRM, men seier verken kva behov/);
    });

    it('inserts `Behov:` and `Gevinst:` placeholders right after `Innføre:`; the warning stays until they are filled in', () => {
      const files = { 'samstemt.yaml': CONFIG, 'a.md': md('') };
      const [d] = analyzeRule(RULE, files);
      assert.equal(d!.fixes[0]!.title.en, 'Add `Behov:` and `Gevinst:` lines to fill in');
      const fixed = applyFix(files, d!);
      assert.equal(fixed['a.md'], md('- Behov: <Hvilket behov dekker dette, og for hvem?>\n- Gevinst: <Hva vinner medlemmene på dette?>\n'));
      const [after, ...rest] = analyzeRule(RULE, fixed);
      assert.equal(rest.length, 0);
      assert.equal(after!.severity, 'warning');
      assert.deepEqual(after!.range, d!.range);
      assert.equal(
        after!.message,
        'The goal «Felles personalsystem» introduces Visma HRM, but its need and benefit are not filled in yet: `Behov:` still holds the placeholder «<Hvilket behov dekker dette, og for hvem?>». Replace it with your answer (which problem is solved and for whom, or what the members gain), so the choice of solution can be judged against it.',
      );
      assert.deepEqual(after!.fixes, [], 'no fix: only the author can write the need');
      assert.equal(textAt(fixed, { ...after!, range: after!.related[0]!.range }), '<Hvilket behov dekker dette, og for hvem?>');
      assert.equal(after!.related[0]!.message, 'The placeholder to replace');
      // Writing the need (and leaving the benefit's placeholder) settles it.
      const written = { ...fixed, 'a.md': fixed['a.md']!.replace('<Hvilket behov dekker dette, og for hvem?>', 'Fire ulike lønnssystemer') };
      assert.deepEqual(analyzeRule(RULE, written), []);
    });

    it('fills empty `Behov:` and adds the missing `Gevinst:`', () => {
      const files = { 'samstemt.yaml': CONFIG, 'a.md': md('- Behov:\n') };
      const [d] = analyzeRule(RULE, files);
      const fixed = applyFix(files, d!);
      assert.equal(fixed['a.md'], md('- Gevinst: <Hva vinner medlemmene på dette?>\n- Behov: <Hvilket behov dekker dette, og for hvem?>\n'));
      assert.match(analyzeRule(RULE, fixed)[0]!.message, /`Gevinst:` still holds the placeholder «<Hva vinner medlemmene på dette\?>»/);
    });

    it('treats any bracketed text, an ellipsis and the texts of earlier versions of the fix as placeholders, in every language', () => {
      for (const [value, shown] of [
        ['<skriv behovet her>', '<skriv behovet her>'],
        ['…', '…'],
        ['...', '...'],
        ['Hvilket behov dekker dette, og for hvem?', 'Hvilket behov dekker dette, og for hvem?'],
        ['kva vinn  medlemene på dette?', 'kva vinn medlemene på dette?'],
        ['What will the members gain?', 'What will the members gain?'],
      ]) {
        const list = analyzeRule(RULE, { 'samstemt.yaml': NB, 'a.md': md(`- Behov: ${value}\n`) });
        assert.equal(list.length, 1, value);
        assert.equal(
          list[0]!.message,
          `Målet «Felles personalsystem» innfører Visma HRM, men behov og gevinst er ikke fylt ut ennå: \`Behov:\` har fortsatt plassholderen «${shown}». Bytt den ut med svaret (hvilket problem som løses og for hvem, eller hva medlemmene vinner), så valget av løsning kan vurderes opp mot det.`,
        );
      }
      assert.match(analyzeRule(RULE, { 'samstemt.yaml': NN, 'a.md': md('- Gevinst: <Kva vinn medlemene på dette?>\n') })[0]!.message, /men behov og gevinst er ikkje fylte ut enno: `Gevinst:` har framleis plasshaldaren «<Kva vinn medlemene på dette\?>»\. Byt han ut/);
    });

    it('counts text around brackets, markup and a partly rewritten question as written', () => {
      for (const value of ['<b>Fire</b> ulike lønnssystemer', 'Fire systemer <se vedlegg>', 'Hvilket behov dekker dette? Fire systemer.']) {
        assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'a.md': md(`- Behov: ${value}\n`) }), [], value);
      }
    });

    it('uses nynorsk keys and placeholders in a nynorsk document', () => {
      const text = `---\nowner: midtby\n---\n\n## Felles fagsystem {#fag}\n\n* Innføre: Nytt fagsystem\n* Behalde: Gamalt arkiv\n`;
      const files = { 'samstemt.yaml': NN, 'b.md': text };
      const [d] = analyzeRule(RULE, files);
      assert.equal(textAt(files, d!), 'Nytt fagsystem');
      const fixed = applyFix(files, d!);
      assert.equal(fixed['b.md'], text.replace('* Innføre: Nytt fagsystem\n', '* Innføre: Nytt fagsystem\n* Behov: <Kva behov dekkjer dette, og for kven?>\n* Gevinst: <Kva vinn medlemene på dette?>\n'));
      assert.equal(analyzeRule(RULE, fixed)[0]?.message.includes('plasshaldaren «<Kva behov dekkjer dette, og for kven?>»'), true);
    });

    it('adds need and benefit inside the braces of a goal written as a flow mapping, and the file still reads', () => {
      const text = `owner: storby\nperiod: 2024–2027\ngoals:\n  - {id: arkiv, title: Felles arkiv, adopt: Elements, deadline: 2026, supports: DS19-M2}\n  - id: neste\n    title: Neste\n    deadline: 2026\n`;
      const files = { 'samstemt.yaml': CONFIG, 'a.yaml': text };
      const [d] = analyzeRule(RULE, files);
      const fixed = applyFix(files, d!);
      assert.equal(
        fixed['a.yaml'],
        text.replace('supports: DS19-M2}', 'supports: DS19-M2, need: "<Which need does this answer, and for whom?>", benefit: <What will the members gain?>}'),
      );
      assert.deepEqual(analyzeStructure(fixed).filter((x) => x.rule === 'parse-error'), []);
      // Both goals are still read, and the placeholders count as not written yet.
      const after = analyzeRule(RULE, fixed);
      assert.equal(after.length, 1);
      assert.match(after[0]!.message, /`need:` still holds the placeholder «<Which need does this answer, and for whom\?>»/);
      assert.deepEqual(analyzeRule('goal-not-measurable', fixed), analyzeRule('goal-not-measurable', files));
    });

    it('adds to a flow mapping over several lines, also after a trailing comma or a comment', () => {
      for (const goal of ['{id: a, title: A,\n     adopt: Elements,\n    }', '{id: a, title: A,\n     adopt: Elements # viktig\n    }', '{ id: a, title: A, adopt: Elements }']) {
        const text = `owner: storby\ngoals:\n  - ${goal}\n`;
        const files = { 'samstemt.yaml': CONFIG, 'a.yaml': text };
        const fixed = applyFix(files, analyzeRule(RULE, files)[0]!);
        assert.deepEqual(analyzeStructure(fixed).filter((x) => x.rule === 'parse-error'), [], fixed['a.yaml']);
        assert.match(analyzeRule(RULE, fixed)[0]!.message, /still holds the placeholder/, fixed['a.yaml']);
      }
    });

    it('writes the placeholders in the document’s prose or workspace language, the keys in the keys’ spelling', () => {
      // English keys, as in the format's own example, in a Norwegian workspace: Norwegian placeholders.
      const text = `owner: storby\nperiod: 2024–2027\ngoals:\n  - id: b\n    title: Styringssystem for informasjonssikkerhet\n    adopt: [Risiko Manager]\n    deadline: 2025-12-31\n    supports: DS19-I9\n`;
      const fixedIn = (config: string, t = text) => {
        const files = { 'samstemt.yaml': config, 'a.yaml': t };
        return applyFix(files, analyzeRule(RULE, files)[0]!)['a.yaml']!;
      };
      assert.match(fixedIn(NB), /\n {4}need: <Hvilket behov dekker dette, og for hvem\?>\n {4}benefit: <Hva vinner medlemmene på dette\?>\n/);
      assert.match(fixedIn(NN), /\n {4}need: <Kva behov dekkjer dette, og for kven\?>\n/);
      assert.match(fixedIn(CONFIG), /\n {4}need: <Which need does this answer, and for whom\?>\n/);
      // Norwegian prose wins over an English workspace; `language:` in the document wins over both.
      const prose = text.replace('    deadline:', '    description: Vi trenger et felles system, og det er ikke på plass i dag.\n    deadline:');
      assert.match(fixedIn(CONFIG, prose), /\n {4}need: <Hvilket behov dekker dette, og for hvem\?>\n/);
      assert.match(fixedIn(NB, `language: en\n${text}`), /\n {4}need: <Which need does this answer, and for whom\?>\n/);
    });

    it('reports YAML goals and inserts keys at the goal’s indentation', () => {
      const text = `owner: ikt-fjord
goals:
  - id: hr
    title: Shared HR system
    adopt:
      - Visma HRM
      - Visma Lønn
    deadline: 2025
`;
      const files = { 'samstemt.yaml': CONFIG, 'a.yaml': text };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.equal(d!.goal, 'ikt-fjord#hr');
      assert.equal(d!.range.start.line, 5);
      assert.equal(textAt(files, d!), '- Visma HRM\n      - Visma Lønn');
      assert.ok(d!.message.includes('introduces Visma HRM and Visma Lønn'));
      const fixed = applyFix(files, d!);
      assert.equal(
        fixed['a.yaml'],
        text.replace('      - Visma Lønn\n', '      - Visma Lønn\n    need: <Which need does this answer, and for whom?>\n    benefit: <What will the members gain?>\n'),
      );
      // The placeholders are read as YAML text (not as anything else), and still count as not written.
      const after = analyzeRule(RULE, fixed);
      assert.equal(after.length, 1);
      assert.match(after[0]!.message, /`need:` still holds the placeholder «<Which need does this answer, and for whom\?>»/);
      assert.deepEqual(analyzeRule(RULE, { ...fixed, 'a.yaml': fixed['a.yaml']!.replace('<What will the members gain?>', 'One licence') }), []);
    });
  });
});
