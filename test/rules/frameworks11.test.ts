/**
 * Custom framework files (format.md §4, docs/catalogs.md «Adding a custom
 * framework»), as a county writes one by hand: «INNL-DIGI», the regional
 * agenda of the Innlandsnett IKT fixture (test/fixtures/frameworks11). What
 * the file gets wrong is reported in it, at the place, and the rest of the
 * cooperation keeps working.
 */
import { strict as assert } from 'node:assert';
import { analyze, analyzeRule, textAt } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

const CONFIG = `cooperation: Innlandsnett IKT
language: en
frameworks: [DN30, rammer/innlandet-digital.yaml]
documents: ["strategier/*.md"]
members:
  elvdal: { name: Elvdal kommune, kind: kommune, population: 27000 }
  kvitberg: { name: Kvitberg kommune, kind: kommune, population: 710 }
`;

/** The framework file with `period:` written as `period` and two objectives. */
function framework(period: string): string {
  return `framework: INNL-DIGI
title: Digital agenda for Innlandet
period: ${period}
objectives:
  - id: INNL-DIGI-1
    title: Sammenhengende digitale tjenester for innbyggerne
    parent: null
  - id: INNL-DIGI-2
    title: Informasjonssikkerhet og beredskap
    keywords: [informasjonssikkerhet, beredskap, ROS-analyse]
    parent: null
`;
}

/** Elvdal's security goal, linked only to the regional framework, due in `deadline`. */
function elvdal(deadline: string): string {
  return `---
owner: elvdal
---
## Informasjonssikkerhet og beredskap {#sikkerhet}

- Område: sikkerhet
- Frist: ${deadline}
- Støtter: INNL-DIGI-2
`;
}

function files(period: string, deadline = '2029'): Record<string, string> {
  return { 'samstemt.yaml': CONFIG, 'rammer/innlandet-digital.yaml': framework(period), 'strategier/elvdal.md': elvdal(deadline) };
}

describe('frameworks11: a custom framework file (INNL-DIGI)', () => {
  describe('its period', () => {
    // A document's period may be written `{from: 2024, to: 2027}` or `2021–24` (format.md §2.1);
    // a framework file's the same way, or its end year is lost and beyond-framework-period falls silent.
    for (const period of ['2024–2028', '2024-2028', '{from: 2024, to: 2028}', '{fra: 2024, til: 2028}', '2024–28']) {
      it(`reads «period: ${period}»: a 2029 deadline linked only to it is beyond the framework`, () => {
        const f = files(period);
        const found = analyzeRule('beyond-framework-period', f);
        assert.equal(found.length, 1, JSON.stringify(analyze(f).map((d) => [d.rule, d.message])));
        assert.equal(textAt(f, found[0]!), '2029');
        assert.match(found[0]!.message, /\(INNL-DIGI 2024–2028\)/);
        assert.deepEqual(analyzeRule('beyond-framework-period', files(period, '2028')), []);
      });
    }

    for (const [period, written] of [['2024 til 2028 og videre', '2024 til 2028 og videre'], ['[2024, 2028]', '[2024, 2028]'], ['{from: 2024, to: 2O28}', '2O28']] as const) {
      it(`reports «period: ${period}» where it is written, instead of reading a framework that never ends`, () => {
        const f = files(period);
        const found = analyze(f).filter((d) => d.file === 'rammer/innlandet-digital.yaml' && d.rule === 'invalid-value');
        assert.deepEqual(found.map((d) => textAt(f, d)), [written]);
      });
    }
  });
  describe('its ID', () => {
    const fw = (id: string, ...objectives: string[]) =>
      `framework: ${id}\ntitle: Digital agenda for Innlandet 2024–2028\nperiod: 2024–2028\nobjectives:\n${objectives.map((o) => `  - id: ${o}\n    title: Mål ${o}\n`).join('')}`;
    const withFw = (text: string) => ({ ...files('2024–2028', '2027'), 'rammer/innlandet-digital.yaml': text });
    const inFile = (f: Record<string, string>) => analyze(f).filter((d) => d.file === 'rammer/innlandet-digital.yaml');

    it('reports a framework ID written as a name once, at `framework:`, with the prefix its objective IDs share as the fix', () => {
      const f = withFw(fw('Digital agenda for Innlandet', 'INNL-1', 'INNL-2'));
      const found = inFile(f);
      assert.deepEqual(found.map((d) => [d.rule, textAt(f, d)]), [['invalid-value', 'Digital agenda for Innlandet']], found.map((d) => d.message).join('\n'));
      assert.match(found[0]!.message, /\bINNL\b/);
      assert.deepEqual(inFile(applyFix(f, found[0]!)), []);
    });

    it('never proposes an objective ID with a space in it', () => {
      const f = withFw(fw('Innlandet digital', 'Innlandet digital-1', 'Innlandet digital-2'));
      const found = inFile(f);
      assert.equal(textAt(f, found[0]!), 'Innlandet digital');
      assert.ok(found.length >= 1);
      for (const d of found) assert.doesNotMatch(d.message, /e\.g\. INNLANDET DIGITAL/i, d.message);
      assert.match(found[0]!.message, /INNLANDET-DIGITAL/);
    });
  });
  describe('named in `frameworks:` by its ID instead of its path', () => {
    // docs/catalogs.md: «That value is the framework ID you use in `frameworks:` and in IDs».
    const byId = (entry: string) => ({ ...files('2024–2028'), 'samstemt.yaml': CONFIG.replace('rammer/innlandet-digital.yaml', entry) });

    it('is read from the file that has that ID, with a warning whose fix writes the path', () => {
      for (const entry of ['INNL-DIGI', 'innl-digi']) {
        const f = byId(entry);
        const all = analyze(f);
        const [d, ...more] = all.filter((x) => x.file === 'samstemt.yaml' && x.rule === 'invalid-value');
        assert.equal(more.length, 0);
        assert.equal(textAt(f, d!), entry);
        assert.equal(d!.severity, 'warning');
        assert.match(d!.message, /rammer\/innlandet-digital\.yaml/);
        // The rest works as with the path: the link resolves and the period counts.
        assert.deepEqual(all.filter((x) => x.rule === 'unknown-objective'), []);
        assert.equal(all.filter((x) => x.rule === 'beyond-framework-period').length, 1);
        assert.equal(applyFix(f, d!)['samstemt.yaml'], CONFIG);
      }
    });

    it('is still an unknown framework when no file of the cooperation has that ID', () => {
      const f = { ...byId('VIKEN-DIGI') };
      const [d] = analyze(f).filter((x) => x.file === 'samstemt.yaml' && x.rule === 'invalid-value');
      assert.equal(d!.severity, 'error');
      assert.match(d!.message, /no built-in framework "VIKEN-DIGI"/);
    });
  });
  describe('a `frameworks:` path that names no file', () => {
    for (const entry of ['Rammer/Innlandet-Digital.yaml', 'rammer/innlandet-digitel.yaml', 'rammer/innlandet_digital.yml']) {
      it(`proposes the framework file meant for «${entry}»`, () => {
        const f = { ...files('2024–2028'), 'samstemt.yaml': CONFIG.replace('rammer/innlandet-digital.yaml', entry) };
        const [d, ...more] = analyze(f).filter((x) => x.file === 'samstemt.yaml' && x.rule === 'invalid-value');
        assert.equal(more.length, 0);
        assert.equal(textAt(f, d!), entry);
        assert.match(d!.message, /does not exist.*rammer\/innlandet-digital\.yaml/);
        assert.equal(applyFix(f, d!)['samstemt.yaml'], CONFIG);
      });
    }

    it('proposes nothing when no framework file is near', () => {
      const f = { ...files('2024–2028'), 'samstemt.yaml': CONFIG.replace('rammer/innlandet-digital.yaml', 'regional/viken.yaml') };
      const [d] = analyze(f).filter((x) => x.file === 'samstemt.yaml' && x.rule === 'invalid-value');
      assert.equal(d!.message, 'The framework file "regional/viken.yaml" does not exist. Check the path (relative to samstemt.yaml).');
    });
  });
  describe('written with Norwegian keys', () => {
    // format.md: every key has an English canonical name and bokmål and nynorsk aliases.
    const norwegian = (framework: string, title: string, objectives: string, o: Record<string, string>) => `${framework}: INNL-DIGI
${title}: Digital agenda for Innlandet 2024–2028
periode: 2024–2028
${objectives}:
  - id: INNL-DIGI-1
    ${o.title}: Sammenhengende digitale tjenester
    ${o.parent}: null
  - id: INNL-DIGI-2
    ${o.title}: Informasjonssikkerhet og beredskap
    ${o.description}: Kommunene styrer informasjonssikkerheten systematisk.
    ${o.keywords}: [informasjonssikkerhet, beredskap, ROS-analyse]
    ${o.parent}: INNL-DIGI-1
`;
    const nb = norwegian('rammeverk', 'tittel', 'mål', { title: 'tittel', description: 'beskrivelse', keywords: 'nøkkelord', parent: 'overordnet' });
    const nn = norwegian('Rammeverk', 'tittel', 'Mål', { title: 'tittel', description: 'skildring', keywords: 'nøkkelord', parent: 'overordna' });

    for (const [lang, text] of [['bokmål', nb], ['nynorsk', nn]] as const) {
      it(`reads a framework file in ${lang} like one in English`, () => {
        const f = { ...files('2024–2028'), 'rammer/innlandet-digital.yaml': text };
        const all = analyze(f);
        assert.deepEqual(all.filter((d) => d.file === 'rammer/innlandet-digital.yaml').map((d) => d.message), []);
        assert.deepEqual(all.filter((d) => d.rule === 'unknown-objective'), []);
        const [beyond] = all.filter((d) => d.rule === 'beyond-framework-period');
        assert.match(beyond!.message, /\(INNL-DIGI 2024–2028\)/);
        // The parent is read: INNL-DIGI-1 is covered through INNL-DIGI-2, so only the DN30 objectives are uncovered.
        assert.ok(!all.some((d) => d.rule === 'objective-uncovered' && /INNL-DIGI/.test(d.message)));
      });
    }

    it('is a framework file, not a strategy document, also when `documents` selects it', () => {
      const f = { ...files('2024–2028'), 'samstemt.yaml': CONFIG.replace('["strategier/*.md"]', '["strategier/*.md", "rammer/*.yaml"]'), 'rammer/innlandet-digital.yaml': nb };
      assert.deepEqual(analyze(f).filter((d) => d.file === 'rammer/innlandet-digital.yaml').map((d) => d.rule), []);
    });
  });
  describe('keywords by language', () => {
    const withKeywords = (keywords: string) =>
      framework('2024–2028').replace('    keywords: [informasjonssikkerhet, beredskap, ROS-analyse]\n', `    keywords:\n${keywords}`);
    // An unlinked goal whose words only the keywords hold: the keywords are read when INNL-DIGI-2 is suggested on them.
    const goal = `---\nowner: elvdal\n---\n## Årlig ROS-analyse av fagsystemene {#ros}\n\n- Område: sikkerhet\n- Frist: 2026\n`;
    const suggested = (f: Record<string, string>) => {
      const [d] = analyzeRule('goal-unlinked', { ...f, 'strategier/elvdal.md': goal }) as (ReturnType<typeof analyze>[number] & { suggestions?: { objective: string; matched: string[] }[] })[];
      return d?.suggestions?.find((x) => x.objective === 'INNL-DIGI-2')?.matched ?? [];
    };

    it('reads the languages named in words (bokmål, nynorsk, english) as nb, nn and en', () => {
      const f = { ...files('2024–2028'), 'rammer/innlandet-digital.yaml': withKeywords('      bokmål: [ROS-analyse]\n      nynorsk: [ROS-analyse]\n') };
      assert.deepEqual(analyze(f).filter((d) => d.file === 'rammer/innlandet-digital.yaml'), []);
      assert.ok(suggested(f).includes('ROS-analyse'), JSON.stringify(suggested(f)));
    });

    it('reports a language key it cannot read, instead of dropping its keywords without a word', () => {
      const f = { ...files('2024–2028'), 'rammer/innlandet-digital.yaml': withKeywords('      nob: [ROS-analyse]\n      nn: [ROS-analyse]\n') };
      const found = analyze(f).filter((d) => d.file === 'rammer/innlandet-digital.yaml');
      assert.deepEqual(found.map((d) => [d.rule, textAt(f, d)]), [['unknown-property', 'nob']]);
      assert.match(found[0]!.message, /Did you mean "nb"\?/);
    });
  });
  describe('ranked for a goal written in English', () => {
    // A county framework written in English, or in Norwegian only: docs/catalogs.md says a plain keywords list is used for every language.
    const county = `framework: INNL-DIGI
title: Digital agenda for Innlandet
period: 2024–2028
objectives:
  - id: INNL-DIGI-1
    title: Broadband and mobile coverage in every village
    description: Every household and business has access to fast broadband.
    keywords: [broadband, fibre, mobile coverage]
  - id: INNL-DIGI-2
    title: Welfare technology in home care
    keywords: [welfare technology, safety alarm, remote care]
`;
    const english = `---\nowner: elvdal\nlanguage: en\n---\n## Fibre broadband for all households in the valley {#fibre}\n\nThe outer villages get fibre broadband and better mobile coverage.\n\n- Area: infrastruktur\n- Deadline: 2027\n`;

    it('suggests the county objective whose English title and plain keywords the goal shares', () => {
      const f = { 'samstemt.yaml': CONFIG.replace('[DN30, ', '['), 'rammer/innlandet-digital.yaml': county, 'strategier/elvdal.md': english };
      const [d] = analyzeRule('goal-unlinked', f) as (ReturnType<typeof analyze>[number] & { suggestions?: { objective: string; matched: string[] }[] })[];
      assert.equal(d?.suggestions?.[0]?.objective, 'INNL-DIGI-1', d?.message);
      assert.ok(d!.suggestions![0]!.matched.includes('broadband'), JSON.stringify(d!.suggestions));
    });
  });
  describe('without a `framework:` key', () => {
    for (const key of ['framwork', 'Frameworks', 'id']) {
      it(`points at «${key}:» where \`framework:\` belongs, with the fix, not at the comment on line 1`, () => {
        const text = framework('2024–2028').replace('framework: INNL-DIGI\n', `# Innlandet fylkeskommune, vedtatt 2024\n${key}: INNL-DIGI\n`);
        const f = { ...files('2024–2028'), 'rammer/innlandet-digital.yaml': text };
        const found = analyze(f).filter((d) => d.file === 'rammer/innlandet-digital.yaml');
        assert.ok(found.length > 0);
        for (const d of found) assert.equal(textAt(f, d), key, `${d.rule}: ${d.message}`);
        const withFix = found.find((d) => d.rule === 'unknown-property')!;
        assert.match(withFix.message, /Did you mean "framework"\?/);
        const fixed = applyFix(f, withFix);
        assert.deepEqual(analyze(fixed).filter((d) => d.file === 'rammer/innlandet-digital.yaml'), []);
        assert.equal(analyzeRule('beyond-framework-period', fixed).length, 1);
      });
    }
  });
  it('says a misspelt `titel:` or `objektiver:` is why the title or the objectives are missing, at that key', () => {
    const text = framework('2024–2028').replace('title: Digital agenda', 'titel: Digital agenda').replace('objectives:', 'objektiver:');
    const f = { ...files('2024–2028'), 'rammer/innlandet-digital.yaml': text };
    const found = analyze(f).filter((d) => d.file === 'rammer/innlandet-digital.yaml');
    assert.deepEqual(found.map((d) => [d.rule, textAt(f, d)]).sort(), [['parse-error', 'objektiver'], ['parse-error', 'titel'], ['unknown-property', 'objektiver'], ['unknown-property', 'titel']]);
  });
  it('says so when `objectives: []` lists none, as when `objectives:` is empty', () => {
    for (const empty of ['objectives: []', 'objectives:']) {
      const text = framework('2024–2028').replace(/objectives:[\s\S]*$/, `${empty}\n`);
      const f = { ...files('2024–2028'), 'rammer/innlandet-digital.yaml': text };
      const found = analyze(f).filter((d) => d.file === 'rammer/innlandet-digital.yaml');
      assert.deepEqual(found.map((d) => [d.rule, textAt(f, d)]), [['parse-error', 'objectives']], empty);
    }
  });
  describe('an objective ID without the framework prefix', () => {
    for (const [id, fixed] of [['INNL-DIGI3', 'INNL-DIGI-3'], ['DIGI-5', 'INNL-DIGI-5'], ['5', 'INNL-DIGI-5'], ['innl-digi_4', 'INNL-DIGI-4']] as const) {
      it(`proposes ${fixed} for «${id}»`, () => {
        const text = framework('2024–2028').replace('  - id: INNL-DIGI-2\n', `  - id: ${id}\n`);
        const f = { ...files('2024–2028'), 'rammer/innlandet-digital.yaml': text };
        const [d, ...more] = analyze(f).filter((x) => x.file === 'rammer/innlandet-digital.yaml');
        assert.equal(more.length, 0, JSON.stringify(more.map((x) => x.message)));
        assert.equal(textAt(f, d!), id);
        assert.match(d!.message, new RegExp(`e\\.g\\. ${fixed}\\.`));
        assert.equal(applyFix(f, d!)['rammer/innlandet-digital.yaml'], text.replace(`id: ${id}\n`, `id: ${fixed}\n`));
      });
    }
  });
});
