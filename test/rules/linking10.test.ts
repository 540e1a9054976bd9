/**
 * Link suggestions and their explanations in nynorsk and English, on a
 * cooperation written for the tenth audit (test/fixtures/linking10, «Fjellkyst
 * IKT»): an ICT company (English document), Storvik 38 000 (bokmål), Brekke
 * 7 600 and Lidvoll 1 900 (nynorsk), Kvernes 720 (scopes only); `language: nn`.
 * What an adviser would link and which findings the contract calls for were
 * written down before the tool was run (the fixture's EXPECTED.md).
 */
import { strict as assert } from 'node:assert';
import path from 'node:path';
import { analyze, readTree, textAt, REPO, CONFIG_NB, type TestDiagnostic } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

const DIR = 'test/fixtures/linking10';
const FILES = readTree(path.join(REPO, DIR));
const DOC = {
  storvik: 'strategiar/storvik.strategy.md',
  brekke: 'strategiar/brekke.strategy.md',
  lidvoll: 'strategiar/lidvoll.strategy.md',
  ikt: 'strategiar/fjellkyst-ikt.strategy.md',
};

/** goal → the objectives an adviser accepts as the best suggestion (EXPECTED.md). */
const BEST: Record<string, readonly string[]> = {
  'storvik#datadeling': ['DS19-M4', 'DS19-I3', 'DN30-I1'],
  'storvik#ki-saksbehandling': ['DN30-I2'],
  'brekke#samanhengande-tenester': ['DS19-M2'],
  'brekke#datadeling': ['DS19-M4', 'DS19-I3', 'DN30-I1'],
  'brekke#fellesloysingar': ['DS19-M5', 'DS19-I5'],
  'brekke#opne-data': ['DS19-M4', 'DS19-I3', 'DN30-I1'],
  'lidvoll#heimeoppfolging': ['DN30-M3'],
  'lidvoll#digihjelp': ['DS19-M1', 'DN30-M1'],
  'lidvoll#flyktningar': ['DS19-I2-L4'],
  'fjellkyst-ikt#data-sharing': ['DS19-M4', 'DS19-I3', 'DN30-I1'],
  'fjellkyst-ikt#information-security': ['DS19-I9', 'DN30-F3'],
  'fjellkyst-ikt#shared-solutions': ['DS19-M5', 'DS19-I5'],
  'fjellkyst-ikt#digital-services': ['DS19-M2'],
};
const NOTHING_FITS = ['storvik#kantine', 'lidvoll#brannstasjon', 'fjellkyst-ikt#office-furniture'];

describe('linking10: link suggestions and their explanations in nynorsk and English (Fjellkyst IKT)', function () {
  this.timeout(60_000);
  let all: TestDiagnostic[] = [];
  before(() => {
    all = analyze(FILES);
  });
  const on = (rule: string, goal?: string) => all.filter((d) => d.rule === rule && (goal === undefined || d.goal === goal));

  describe('goal-unlinked', () => {
    it('reports exactly the 16 goals without a route to a national objective', () => {
      assert.deepEqual(on('goal-unlinked').map((d) => d.goal).sort(), [...Object.keys(BEST), ...NOTHING_FITS].sort());
    });

    it('suggests first an objective the adviser accepts, in bokmål, nynorsk and English alike', () => {
      const misses = Object.entries(BEST).flatMap(([goal, ok]) => {
        const first = on('goal-unlinked', goal)[0]?.suggestions?.[0]?.objective;
        return first && ok.includes(first) ? [] : [`${goal}: ${first}`];
      });
      assert.deepEqual(misses, []);
    });

    it('ranks the same data-sharing goal alike whether written in bokmål, nynorsk or English', () => {
      const top3 = (goal: string) => new Set(on('goal-unlinked', goal)[0]!.suggestions!.slice(0, 3).map((s) => s.objective));
      for (const goal of ['storvik#datadeling', 'brekke#datadeling', 'fjellkyst-ikt#data-sharing']) assert.deepEqual(top3(goal), new Set(['DS19-M4', 'DS19-I3', 'DN30-I1']), goal);
      const nb = on('goal-unlinked', 'storvik#datadeling')[0]!.suggestions![0]!.score;
      const nn = on('goal-unlinked', 'brekke#datadeling')[0]!.suggestions![0]!.score;
      assert.ok(Math.abs(nb - nn) <= 0.05, `bokmål ${nb}, nynorsk ${nn}`);
    });

    // The matched words were shown in lower case: «id-porten», «ks», «svarut», «ki-verktøy»,
    // «altinn», where the author wrote «ID-porten», «KS Fiks», «SvarUt», «KI-verktøy», «Altinn».
    it('quotes names as the author wrote them, and a word that only starts a sentence in lower case', () => {
      const matched = (rule: string, goal: string) => on(rule, goal)[0]!.suggestions![0]!.matched;
      for (const goal of ['brekke#fellesloysingar', 'fjellkyst-ikt#shared-solutions']) {
        const m = matched('goal-unlinked', goal);
        for (const w of ['ID-porten', 'Altinn', 'KS', 'Fiks']) assert.ok(m.includes(w), `${goal}: ${w} in ${m.join(', ')}`);
      }
      assert.ok(matched('weak-link', 'brekke#digital-post').includes('SvarUt'));
      assert.ok(matched('goal-unlinked', 'storvik#ki-saksbehandling').includes('KI-verktøy'));
      // «Deling av data …», «Kommunen skal dele …»: capitals that only start the title or a sentence.
      const nb = matched('goal-unlinked', 'storvik#datadeling');
      assert.ok(nb.includes('deling') && !nb.includes('Deling'), nb.join(', '));
      assert.match(on('goal-unlinked', 'brekke#fellesloysingar')[0]!.message, /treff på: [^)]*ID-porten/);
    });

    it('keeps the capital of a name that starts the title («Altinn for skjema»)', () => {
      const files = { 'samstemt.yaml': CONFIG_NB, 'fjellbygd.md': `---\nowner: fjellbygd\n---\n\n## Altinn for alle skjema {#altinn}\n\n- Frist: 2026\n` };
      const d = analyze(files).find((x) => x.rule === 'goal-unlinked')!;
      const words = d.suggestions!.flatMap((s) => s.matched);
      assert.ok(words.includes('Altinn') && !words.includes('altinn'), words.join(', '));
    });

    // The nynorsk spelling «byggje-» (byggjesak, byggjesøknad, utbyggjing) was not folded to
    // bokmål «bygge-» inside compounds: «Byggjesøknad på nett» got DN30-F2 (infrastructure, on
    // «nett») first, «Digital byggjesak» DS19-M2 at 0.37 against 0.62 in bokmål.
    it('suggests the same objective, about as strongly, for a nynorsk «byggjesak» goal as for the bokmål one', () => {
      const doc = (owner: string, goals: string[]) => `---\nowner: ${owner}\n---\n\n${goals.map((g, i) => `## ${g} {#m${i}}\n\n- Frist: 2026\n`).join('\n')}`;
      const nb = ['Digital byggesak', 'Byggesøknad på nett', 'Utbygging av fiber i distriktet'];
      const nn = ['Digital byggjesak', 'Byggjesøknad på nett', 'Utbyggjing av fiber i distriktet'];
      const files = { 'samstemt.yaml': CONFIG_NB, 'storby.md': doc('storby', nb), 'fjellbygd.md': doc('fjellbygd', nn) };
      const list = analyze(files).filter((d) => d.rule === 'goal-unlinked');
      const best = (goal: string) => list.find((d) => d.goal === goal)!.suggestions![0]!;
      for (let i = 0; i < nb.length; i++) {
        const [a, b] = [best(`storby#m${i}`), best(`fjellbygd#m${i}`)];
        assert.equal(b.objective, a.objective, `${nn[i]}: ${b.objective} (bokmål: ${a.objective})`);
        assert.ok(Math.abs(a.score - b.score) <= 0.05, `${nn[i]}: ${b.score} (bokmål: ${a.score})`);
      }
    });

    // The nynorsk spelling «forvalting» (informasjonsforvalting, forvaltingsnivå) did not meet
    // the catalogs' «forvaltning»: «Betre informasjonsforvalting i kommunane» got no suggestion
    // (DN30-F3 first at 0.15 in `samstemt suggest`), the bokmål goal DS19-I3 at 0.32.
    it('suggests the same objective for a nynorsk «informasjonsforvalting» goal as for the bokmål one', () => {
      const doc = (owner: string, title: string) => `---\nowner: ${owner}\n---\n\n## ${title} {#info}\n\n- Frist: 2026\n`;
      const files = { 'samstemt.yaml': CONFIG_NB, 'storby.md': doc('storby', 'Bedre informasjonsforvaltning i kommunene'), 'fjellbygd.md': doc('fjellbygd', 'Betre informasjonsforvalting i kommunane') };
      const list = analyze(files).filter((d) => d.rule === 'goal-unlinked');
      const best = (goal: string) => list.find((d) => d.goal === goal)!.suggestions?.[0];
      const [a, b] = [best('storby#info'), best('fjellbygd#info')];
      assert.equal(a?.objective, 'DS19-I3');
      assert.equal(b?.objective, a.objective, JSON.stringify(b));
      assert.ok(Math.abs(a.score - b.score) <= 0.05, `${b.score} (bokmål: ${a.score})`);
    });

    it('says in nynorsk that nothing fits, with no suggestions, for goals outside digitalisation', () => {
      for (const goal of NOTHING_FITS) {
        const d = on('goal-unlinked', goal)[0]!;
        assert.match(d.message, /passar ikkje godt nok med nokon av måla i DS19 og DN30/, goal);
        assert.ok(!d.suggestions?.length, goal);
        assert.deepEqual(d.fixes, [], goal);
      }
    });

    it('names and writes the key of each document’s language, and the link it writes is read back', () => {
      const cases: [string, string, string][] = [
        ['storvik#datadeling', DOC.storvik, 'Støtter'],
        ['brekke#fellesloysingar', DOC.brekke, 'Støttar'],
        ['fjellkyst-ikt#data-sharing', DOC.ikt, 'Supports'],
      ];
      for (const [goal, file, key] of cases) {
        const d = on('goal-unlinked', goal)[0]!;
        const best = d.suggestions![0]!.objective;
        assert.ok(d.message.includes(`Legg til \`${key}: ${best}\``), d.message);
        const fixed = applyFix(FILES, d);
        assert.ok(fixed[file]!.includes(`\n- ${key}: ${best}\n`), goal);
        const after = analyze(fixed).filter((x) => x.goal === goal && ['goal-unlinked', 'unknown-property', 'unknown-objective', 'parse-error'].includes(x.rule));
        assert.deepEqual(after.map((x) => x.rule), [], goal);
      }
    });

    it('says that the unknown ID counts for nothing, and points at it', () => {
      const d = on('goal-unlinked', 'brekke#opne-data')[0]!;
      assert.match(d.message, /DS19-M44 i `Støttar` er ikkje eit mål i DS19 og DN30/);
      assert.equal(d.related.length, 1);
    });
  });

  describe('weak-link', () => {
    it('questions only the two copy-paste links, and proposes the objective the text is about', () => {
      const list = on('weak-link');
      assert.deepEqual(
        list.map((d) => [d.goal, textAt(FILES, d), d.suggestions?.[0]?.objective]),
        [
          ['brekke#digital-post', 'DS19-I2-L1', 'DS19-M3'],
          ['fjellkyst-ikt#broadband', 'DS19-M3', 'DN30-T2'],
        ],
      );
    });

    it('the replacement it offers leaves a link that is read back and no longer questioned', () => {
      const d = on('weak-link', 'brekke#digital-post')[0]!;
      const fixed = applyFix(FILES, d);
      assert.ok(fixed[DOC.brekke]!.includes('- Støttar: DS19-M3\n'));
      assert.deepEqual(analyze(fixed).filter((x) => x.goal === 'brekke#digital-post' && ['weak-link', 'unknown-objective'].includes(x.rule)), []);
    });
  });

  describe('beyond-framework-period', () => {
    it('reports the goals whose deadline passes the end of DS19, on the deadline', () => {
      assert.deepEqual(
        on('beyond-framework-period').map((d) => [d.goal, textAt(FILES, d)]),
        [
          ['brekke#informasjonstryggleik', '2027'],
          ['brekke#digital-post', '2026'],
          ['fjellkyst-ikt#competence', '2027'],
          ['fjellkyst-ikt#broadband', '2028'],
          ['storvik#sammenhengende-tjenester', '2027'],
        ],
      );
    });

    it('proposes the crosswalk counterpart in the document’s own key (DS19-M2 → DN30-F1, DS19-I9 → DN30-F3)', () => {
      assert.match(on('beyond-framework-period', 'storvik#sammenhengende-tjenester')[0]!.message, /til dømes `Støtter: DN30-F1`/);
      assert.match(on('beyond-framework-period', 'brekke#informasjonstryggleik')[0]!.message, /til dømes `Støttar: DN30-F3`/);
      const fixed = applyFix(FILES, on('beyond-framework-period', 'brekke#informasjonstryggleik')[0]!);
      assert.ok(fixed[DOC.brekke]!.includes('- Støttar: DS19-I9, DN30-F3\n'));
    });
    // DS19-I8 (digital competence) has no DN30 counterpart in the catalogs. A realistic description
    // («digitale verktøy», «ledere») matched DN30-F3 «Styrke sikkerheten, beredskapen …» on its
    // description and «kriseledelse» (0.35–0.44), and the rule proposed the security prerequisite
    // for a training goal, in every language. The text is about what it links to (DS19-I8, 0.9).
    it('proposes no DN30 objective that matches a competence goal by chance, in English, bokmål and nynorsk', () => {
      const en = on('beyond-framework-period', 'fjellkyst-ikt#competence')[0]!;
      assert.match(en.message, /vurder å knyte målet til eitt av måla der òg \(`Supports: …`\)\.$/);
      assert.deepEqual(en.fixes, []);
      const goal = (title: string, key: string, text: string) => `## ${title} {#kompetanse}\n\n- Område: hr\n- ${key}: DS19-I8\n- Frist: 2027\n\n${text}\n`;
      const nb = goal('Digital kompetanse for ansatte og ledere', 'Støtter', 'Alle ansatte får opplæring i de digitale verktøyene de bruker, og ledere får kurs i digital ledelse.');
      const nn = goal('Digital kompetanse for tilsette og leiarar', 'Støttar', 'Alle tilsette får opplæring i dei digitale verktøya dei brukar, og leiarane får kurs i digital leiing.');
      for (const text of [nb, nn]) {
        const files = { 'samstemt.yaml': CONFIG_NB, 'a.md': `---\nowner: storby\n---\n\n${text}` };
        const [d, ...rest] = analyze(files).filter((x) => x.rule === 'beyond-framework-period');
        assert.equal(rest.length, 0);
        assert.match(d!.message, /DN30 gjelder til 2030: vurder å knytte målet til et av målene der også \(`Støtt(er|ar): …`\)\.$/, text);
        assert.deepEqual(d!.fixes, []);
      }
    });
  });

  // The catalogs' crosswalk gives DS19-M1 (open, inclusive, trustworthy) one DN30 counterpart,
  // DN30-F3 (security, preparedness, crime): a digital-inclusion goal linked to DS19-M1 was told
  // to link DN30-F3, which it matches only through that crosswalk (0.36), while its text fits
  // DN30-M1 «Enklere og tryggere hverdag» (digital help, seniors) at 0.60.
  describe('beyond-framework-period on a digital-inclusion goal linked to DS19-M1', () => {
    it('proposes DN30-M1, which the text fits much better than the crosswalk’s DN30-F3', () => {
      const text = `---\nowner: fjellbygd\n---\n\n## Digital hjelp til eldre innbyggjarar {#digihjelp}\n\n- Støttar: DS19-M1\n- Frist: 2027\n\nEldre og andre som ikkje er digitale, skal få rettleiing i digitale tenester\npå biblioteket, slik at ingen blir ståande utanfor.\n`;
      const files = { 'samstemt.yaml': CONFIG_NB, 'fjellbygd.md': text };
      const [d, ...rest] = analyze(files).filter((x) => x.rule === 'beyond-framework-period');
      assert.equal(rest.length, 0);
      assert.match(d!.message, /for eksempel `Støttar: DN30-M1` «Enklere og tryggere hverdag»\.$/);
      assert.ok(applyFix(files, d!)['fjellbygd.md']!.includes('- Støttar: DS19-M1, DN30-M1\n'));
    });
  });

  describe('unknown-objective and objective-uncovered', () => {
    it('reports only DS19-M44 and proposes DS19-M4', () => {
      const list = on('unknown-objective');
      assert.deepEqual(list.map((d) => [d.goal, textAt(FILES, d)]), [['brekke#opne-data', 'DS19-M44']]);
      assert.match(list[0]!.message, /Meinte du DS19-M4 «Deling og bruk av data»\?/);
    });

    // «DS19 hovedmål 3» got DS19-M3 proposed, but the nynorsk «DS19 hovudmål 3» nothing.
    it('reads a main goal written in words in nynorsk as in bokmål («DS19 hovudmål 3» → DS19-M3)', () => {
      const doc = (owner: string, key: string, written: string) =>
        `---\nowner: ${owner}\n---\n\n## Digital post {#post}\n\n- ${key}: ${written}\n- Frist: 2025\n\nBrev skal gå til digital postkasse.\n`;
      const files = { 'samstemt.yaml': CONFIG_NB, 'storby.md': doc('storby', 'Støtter', 'DS19 hovedmål 3'), 'fjellbygd.md': doc('fjellbygd', 'Støttar', 'DS19 hovudmål 3') };
      const found = analyze(files).filter((d) => d.rule === 'unknown-objective');
      assert.equal(found.length, 2);
      for (const d of found) {
        assert.equal(d.fixes.length, 1, d.message);
        const fixed = applyFix(files, d);
        assert.ok(fixed[d.file]!.includes(': DS19-M3\n'), fixed[d.file]);
      }
    });

    it('lists as uncovered every objective no goal names, visions aside', () => {
      const ids = on('objective-uncovered').map((d) => /(DS19|DN30)-[A-Z0-9-]+/.exec(d.message)![0]).sort();
      const ds19 = ['DS19-M4', 'DS19-M5', 'DS19-I3', 'DS19-I4', 'DS19-I5', 'DS19-I6', 'DS19-I7', 'DS19-I2-L2', 'DS19-I2-L3', 'DS19-I2-L4', 'DS19-I2-L5', 'DS19-I2-L6', 'DS19-I2-L7'];
      const dn30 = ['DN30-M1', 'DN30-M2', 'DN30-M3', 'DN30-F1', 'DN30-F2', 'DN30-I1', 'DN30-I2', 'DN30-T1', 'DN30-T2', 'DN30-T3'];
      assert.deepEqual(ids, [...ds19, ...dn30].sort());
    });
  });
});
