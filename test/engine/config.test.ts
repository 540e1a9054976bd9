import { strict as assert } from 'node:assert';
import { analyzeRule, createTestEngine, InMemoryHost, textAt, BASE, CONFIG, fileOf as rel, shippedCatalogs, type TestDiagnostic } from '../helpers/workspace.js';
import { parseFramework } from '../../server/src/engine/frameworks/parseFramework.js';
import { analyzeStructure as analyze } from '../helpers/rules.js';
import type { WorkspaceModel } from '../../server/src/engine/workspaceModel.js';

function load(files: Record<string, string>): WorkspaceModel[] {
  return createTestEngine(new InMemoryHost(files)).loadWorkspaces();
}
function only(ws: WorkspaceModel[], root: string): WorkspaceModel {
  const w = ws.find((x) => x.root === BASE + root);
  assert.ok(w, `no workspace at ${root}; have ${ws.map((x) => rel(x.root)).join(', ')}`);
  return w;
}
const docsOf = (w: WorkspaceModel) => w.documents.map((d) => rel(d.uri)).sort();
const on = (list: TestDiagnostic[], file: string) => list.filter((d) => d.file === file);

describe('samstemt.yaml', () => {
  describe('loading', () => {
    const files = {
      'samstemt.yaml': CONFIG + 'areas:\n  - HR\n  - skole\nrules:\n  missing-owner: Warning\n  unknown-property: off\n',
    };
    const [ws] = load(files);

    it('reads cooperation, language, frameworks and documents', () => {
      assert.ok(ws);
      assert.equal(ws.config.uri, BASE + 'samstemt.yaml');
      assert.equal(ws.config.cooperation, 'Test');
      assert.equal(ws.config.language, 'en');
      assert.deepEqual(ws.config.frameworks.map((f) => f.text), ['DS19', 'DN30']);
      assert.deepEqual(ws.frameworks.map((f) => f.id), ['DS19', 'DN30']);
      assert.deepEqual(ws.config.documents, ['**/*.md', '**/*.yaml']);
    });

    it('reads members with name, kind and population, and the span of each id', () => {
      assert.ok(ws);
      assert.equal(ws.config.membersDeclared, true);
      assert.deepEqual([...ws.members.keys()], ['storby', 'midtby', 'fjellbygd', 'ikt-fjord']);
      const s = ws.members.get('storby')!;
      assert.deepEqual([s.name, s.kind, s.population], ['Storby kommune', 'kommune', 50000]);
      assert.equal(CONFIG.slice(s.span.start, s.span.end), 'storby');
      assert.equal(ws.members.get('ikt-fjord')!.kind, 'selskap');
      assert.equal(ws.members.get('ikt-fjord')!.population, undefined);
    });

    it('reads areas (lower-cased), indicators and resources', () => {
      assert.ok(ws);
      assert.deepEqual(ws.config.areas, ['hr', 'skole']);
      const ind = ws.config.indicators.get('medlemsavgift')!;
      assert.deepEqual([ind.name, ind.shared], ['Medlemsavgift', true]);
      const res = ws.config.resources.get('utviklingskapasitet')!;
      assert.deepEqual([res.owner, res.capacity, res.unit], ['ikt-fjord', 12, 'årsverk']);
    });

    it('reads rule levels case-insensitively', () => {
      assert.ok(ws);
      assert.deepEqual([...ws.config.rules.entries()].map(([k, v]) => [k, v.level]), [
        ['missing-owner', 'warning'],
        ['unknown-property', 'off'],
      ]);
    });

    it('uses the default areas when none are given', () => {
      const [w] = load({ 'samstemt.yaml': 'language: nn\n' });
      assert.deepEqual(w!.config.areas, ['hr', 'okonomi', 'sak-arkiv', 'helse', 'oppvekst', 'innbyggertjenester', 'infrastruktur', 'sikkerhet']);
      assert.equal(w!.config.language, 'nn');
      assert.equal(w!.config.membersDeclared, false);
    });

    it('accepts a single framework written as text, case-insensitively', () => {
      const [w] = load({ 'samstemt.yaml': 'frameworks: ds19\n' });
      assert.deepEqual(w!.frameworks.map((f) => f.id), ['DS19']);
    });

    it('reads numbers with spaces and underscores as population', () => {
      const [w] = load({ 'samstemt.yaml': 'members:\n  storby: { population: 50 000 }\n  midtby: { population: 15_000 }\n' });
      assert.equal(w!.members.get('storby')!.population, 50000);
      assert.equal(w!.members.get('midtby')!.population, 15000);
    });
  });

  describe('bad values are diagnostics on samstemt.yaml, at the value', () => {
    const CFG = `cooperation: Test
language: sv
frameworks: [DS19, DS20]
members:
  storby: { name: Storby, kind: bydel, population: mange }
resources:
  kapasitet: { owner: ikt-fjord, capacity: mye }
rules:
  missing-owner: kanskje
  missing-ownr: error
`;
    const files = { 'samstemt.yaml': CFG, 'storby.strategy.md': `---\nowner: storby\n---\n` };
    const list = on(analyze(files), 'samstemt.yaml');

    it('reports each bad value once, where it is written', () => {
      assert.deepEqual(list.map((d) => [d.rule, d.range.start.line, textAt(files, d)]), [
        ['invalid-value', 1, 'sv'],
        ['invalid-value', 2, 'DS20'],
        ['invalid-value', 4, 'bydel'],
        ['invalid-value', 4, 'mange'],
        ['unknown-member', 6, 'ikt-fjord'],
        ['invalid-value', 6, 'mye'],
        ['invalid-value', 8, 'kanskje'],
        ['unknown-property', 9, 'missing-ownr'],
      ]);
    });

    it('names the built-in frameworks for an unknown framework name', () => {
      const d = list.find((x) => textAt(files, x) === 'DS20')!;
      // `language: sv` is not valid, so the messages are in bokmål.
      assert.match(d.message, /^Det finnes ikke noe innebygd rammeverk «DS20»\. Bruk et av (DN30, DS19|DS19, DN30),/);
      assert.deepEqual(d.range, { start: { line: 2, character: 19 }, end: { line: 2, character: 23 } });
    });

    it('keeps going with defaults: the valid framework stays enabled, the language falls back to bokmål', () => {
      const [w] = load(files);
      assert.deepEqual(w!.frameworks.map((f) => f.id), ['DS19']);
      assert.equal(w!.config.language, 'nb');
      assert.equal(w!.members.get('storby')!.population, undefined);
    });

    it('reports settings that have the wrong shape', () => {
      const f = { 'samstemt.yaml': 'members: [storby, midtby]\nareas: { hr: true }\ndocuments: { a: b }\n' };
      const l = analyzeRule('invalid-value', f);
      assert.deepEqual(l.map((d) => [d.range.start.line, d.range.start.character, d.message.slice(0, 24)]), [
        [0, 9, 'members er skrevet som e'],
        [1, 7, 'areas må være en liste, '],
        [2, 11, 'documents må være en lis'],
      ]);
    });

    it('reports a setting given twice on the second one', () => {
      const f = { 'samstemt.yaml': 'language: en\nframeworks: [DS19]\nlanguage: nn\n' };
      const [d] = analyzeRule('invalid-value', f);
      assert.ok(d);
      assert.deepEqual(d.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 8 } });
      // The last one counts: the message is already in nynorsk.
      assert.match(d.message, /«language» står to gonger/);
    });

    it('reports a file that is not key: value lines', () => {
      const f = { 'samstemt.yaml': '- language\n- en\n' };
      const [d] = analyzeRule('invalid-value', f);
      assert.ok(d);
      assert.equal(d.range.start.line, 0);
      assert.match(d.message, /samstemt\.yaml må bestå av «innstilling: verdi»-linjer/);
    });

    it('accepts an empty samstemt.yaml (all defaults)', () => {
      const f = { 'samstemt.yaml': '', 'a.strategy.md': `---\nowner: storby\n---\n` };
      assert.deepEqual(analyze(f).filter((d) => d.file === 'samstemt.yaml'), []);
      const [w] = load(f);
      assert.deepEqual(w!.frameworks.map((x) => x.id), ['DS19', 'DN30']);
    });
  });

  describe('Norwegian keys (every setting has bokmål and nynorsk aliases)', () => {
    const NB = `samarbeid: Vestfjord IKT
språk: en
rammeverk: [DS19]
dokumenter:
  - "strategier/**/*.md"
medlemmer:
  havbyen:   { navn: Havbyen kommune, type: kommune, innbyggere: 32000 }
  vestfjord: { navn: Vestfjord IKT IKS, type: selskap }
områder: [hr, sak-arkiv, klima]
indikatorer:
  medlemsavgift: { navn: Medlemsavgift, felles: ja }
ressurser:
  utviklingskapasitet: { eier: vestfjord, kapasitet: 6, enhet: årsverk }
regler:
  goal-unlinked: off
`;
    const NN = `Samarbeid: Vestfjord IKT
språk: nn
rammeverk: DS19
dokument: ["strategiar/**/*.md"]
medlemer:
  havbyen:   { namn: Havbyen kommune, type: kommune, innbyggjarar: 32000 }
  vestfjord: { namn: Vestfjord IKT IKS, type: selskap }
område: [hr, klima]
indikatorar:
  medlemsavgift: { namn: Medlemsavgift, felles: true }
ressursar:
  utviklingskapasitet: { eigar: vestfjord, kapasitet: 6, eining: årsverk }
reglar:
  goal-unlinked: off
`;
    const doc = `---\nowner: vestfjord\n---\n\n## Felles arkiv {#arkiv}\n\n- Område: klima\n- Frist: 2026\n`;

    for (const [lang, cfg, folder] of [['nb', NB, 'strategier'], ['nn', NN, 'strategiar']] as const) {
      it(`reads a config written with ${lang} keys exactly as the English one`, () => {
        const files = { 'samstemt.yaml': cfg, [`${folder}/vestfjord.md`]: doc };
        const [w] = load(files);
        assert.ok(w);
        assert.equal(w.config.cooperation, 'Vestfjord IKT');
        assert.deepEqual(w.frameworks.map((f) => f.id), ['DS19']);
        assert.deepEqual(docsOf(w), [`${folder}/vestfjord.md`]);
        assert.deepEqual([...w.members.values()].map((m) => [m.id, m.name, m.kind, m.population]), [
          ['havbyen', 'Havbyen kommune', 'kommune', 32000],
          ['vestfjord', 'Vestfjord IKT IKS', 'selskap', undefined],
        ]);
        assert.ok(w.config.areas.includes('klima'));
        assert.equal(w.config.indicators.get('medlemsavgift')!.shared, true);
        const r = w.config.resources.get('utviklingskapasitet')!;
        assert.deepEqual([r.owner, r.capacity, r.unit], ['vestfjord', 6, 'årsverk']);
        assert.equal(w.config.rules.get('goal-unlinked')?.level, 'off');
        assert.deepEqual(analyze(files).map((d) => `${d.file} ${d.rule}: ${d.message}`), []);
      });
    }

    it('suggests the nearest key in the language it is written in, and lists the settings in the message language', () => {
      const files = { 'samstemt.yaml': 'språk: nb\ndokumnter: ["**/*.md"]\nmedlemmer:\n  storby: { navn: Storby, innbygere: 500 }\n' };
      const list = analyzeRule('unknown-property', files);
      assert.deepEqual(list.map((d) => [textAt(files, d), d.fixes?.[0]?.edits[0]?.newText]), [
        ['dokumnter', 'dokumenter'],
        ['innbygere', 'innbyggere'],
      ]);
      assert.equal(list[0]!.message, '«dokumnter» er ikke en innstilling i samstemt.yaml og blir oversett. Mente du «dokumenter»? Innstillinger: samarbeid, språk, rammeverk, dokumenter, medlemmer, områder, indikatorer, ressurser, regler.');
      const en = analyzeRule('unknown-property', files, { lang: 'en' });
      assert.match(en[1]!.message, /Settings: name, kind, population\.$/);
    });

    it('reports a setting given in two languages on the later one; the later one counts', () => {
      const files = { 'samstemt.yaml': 'members:\n  storby: {}\nmedlemmer:\n  midtby: { name: Midtby, navn: Midtby kommune }\n' };
      const list = analyzeRule('invalid-value', files);
      assert.deepEqual(list.map((d) => [textAt(files, d), d.message]), [
        ['medlemmer', '«medlemmer» er samme innstilling som «members» over; bare den siste gjelder. Fjern en av dem.'],
        ['navn', '«navn» er samme innstilling som «name» over; bare den siste gjelder. Fjern en av dem.'],
      ]);
      const [w] = load(files);
      assert.deepEqual([...w!.members.keys()], ['midtby']);
      assert.equal(w!.members.get('midtby')!.name, 'Midtby kommune');
    });
  });

  describe('values that must not be dropped silently', () => {
    const doc = (area: string) => `---\nowner: storby\n---\n\n## Mål {#m}\n\n- Område: ${area}\n- Frist: 2026\n`;

    it('reads areas written as comma-separated text as a list', () => {
      const files = { 'samstemt.yaml': 'language: en\nareas: hr, Helse ,  sak-arkiv\n', 'a.strategy.md': doc('helse') };
      const [w] = load(files);
      assert.deepEqual(w!.config.areas, ['hr', 'helse', 'sak-arkiv']);
      assert.deepEqual(analyzeRule('invalid-value', files), []);
      const bad = { ...files, 'a.strategy.md': doc('skole') };
      assert.match(analyzeRule('invalid-value', bad)[0]!.message, /Areas: hr, helse, sak-arkiv\./);
    });

    it('reads frameworks written as comma-separated text, and ignores a trailing colon on a framework id', () => {
      const files = { 'samstemt.yaml': 'language: en\nframeworks: [ds19, "DN30:"]\n' };
      assert.deepEqual(load(files)[0]!.frameworks.map((f) => f.id), ['DS19', 'DN30']);
      assert.deepEqual(load({ 'samstemt.yaml': 'frameworks: ds19, DN30:\n' })[0]!.frameworks.map((f) => f.id), ['DS19', 'DN30']);
      assert.deepEqual(analyzeRule('invalid-value', files), []);
    });

    it('keeps a glob with braces whole: its commas belong to the glob', () => {
      const [w] = load({ 'samstemt.yaml': 'documents: strategier/*.{md,yaml}, andre/*.md\n' });
      assert.deepEqual(w!.config.documents, ['strategier/*.{md,yaml}, andre/*.md']);
      const [v] = load({ 'samstemt.yaml': 'documents: strategier/*.md, andre/*.md\n' });
      assert.deepEqual(v!.config.documents, ['strategier/*.md', 'andre/*.md']);
    });

    it('reports shared: with a value that is neither yes nor no (it is not read as false)', () => {
      const files = { 'samstemt.yaml': 'language: en\nindicators:\n  a: { shared: kanskje }\n  b: { felles: Nei }\n  c: { shared: tru }\n' };
      const list = analyzeRule('invalid-value', files);
      assert.deepEqual(list.map((d) => [textAt(files, d), d.fixes?.[0]?.edits[0]?.newText]), [
        ['kanskje', undefined],
        ['tru', 'true'],
      ]);
      assert.equal(list[0]!.message, '"kanskje" is not a valid value for shared. Allowed: true, false (ja, nei).');
      assert.equal(load(files)[0]!.config.indicators.get('b')!.shared, false);
    });

    it("reports a resource owner that is not a member, with did-you-mean", () => {
      const files = { 'samstemt.yaml': CONFIG.replace('owner: ikt-fjord', 'owner: ikt-fjor') };
      const list = analyzeRule('unknown-member', files);
      assert.deepEqual(list.map((d) => [d.file, textAt(files, d), d.fixes?.[0]?.edits[0]?.newText]), [['samstemt.yaml', 'ikt-fjor', 'ikt-fjord']]);
      assert.equal(list[0]!.message, 'The owner "ikt-fjor" of the resource utviklingskapasitet is not a member of the cooperation, so nobody is named as providing this capacity. Did you mean "ikt-fjord"? Members: storby, midtby, fjellbygd, ikt-fjord.');
      assert.deepEqual(analyzeRule('unknown-member', { 'samstemt.yaml': CONFIG }), []);
      // Without `members`, any owner counts as a member.
      assert.deepEqual(analyzeRule('unknown-member', { 'samstemt.yaml': 'resources:\n  r: { owner: hvem-som-helst }\n' }), []);
    });

    it('reports a population that is not a whole number of inhabitants, and reads 1.200 as a thousands separator', () => {
      const files = { 'samstemt.yaml': 'language: en\nmembers:\n  a: { population: 1.200 }\n  b: { population: -5 }\n  c: { population: 12.5 }\n  d: { innbyggere: "45,000" }\n  e: { population: 1 000 }\n' };
      const list = analyzeRule('invalid-value', files);
      assert.deepEqual(list.map((d) => [textAt(files, d), d.fixes?.[0]?.edits[0]?.newText]), [
        ['1.200', '1200'],
        ['-5', undefined],
        ['12.5', undefined],
        ['"45,000"', '45000'],
      ]);
      assert.equal(list[0]!.message, '"1.200" looks like 1200 written with a thousands separator, which YAML reads as a decimal number; population is a whole number of inhabitants. Write 1200.');
      assert.equal(list[1]!.message, '"-5" is not a number of inhabitants. Write population as a whole number, e.g. 12000.');
      const [w] = load(files);
      assert.deepEqual([...w!.members.values()].map((m) => m.population), [undefined, undefined, undefined, undefined, 1000]);
    });
  });

  describe('documents', () => {
    it('uses the default globs **/*.strategy.md, .yaml and .yml when none are given', () => {
      const owner = (o: string) => `---\nowner: ${o}\n---\n`;
      const files = {
        'samstemt.yaml': 'language: en\n',
        'a.strategy.md': owner('storby'),
        'sub/dir/b.strategy.yaml': 'owner: midtby\ngoals: []\n',
        'c.strategy.yml': 'owner: fjellbygd\ngoals: []\n',
        'README.md': '# Om samarbeidet\n',
        'notater.md': owner('storby'),
        'd.yaml': 'owner: ikt-fjord\ngoals: []\n',
      };
      const [w] = load(files);
      assert.deepEqual(docsOf(w!), ['a.strategy.md', 'c.strategy.yml', 'sub/dir/b.strategy.yaml']);
      assert.deepEqual(analyze(files).filter((d) => d.file === 'README.md' || d.file === 'notater.md'), []);
    });

    it('uses the globs given, relative to samstemt.yaml', () => {
      const files = {
        'samarbeid/samstemt.yaml': 'documents: ["strategier/**/*.md", "strategier/*.yaml"]\n',
        'samarbeid/strategier/a.md': `---\nowner: storby\n---\n`,
        'samarbeid/strategier/eldre/b.md': `---\nowner: midtby\n---\n`,
        'samarbeid/strategier/c.yaml': 'owner: fjellbygd\ngoals: []\n',
        'samarbeid/strategier/eldre/d.yaml': 'owner: fjellbygd\ngoals: []\n',
        'samarbeid/README.md': '# Les meg\n',
      };
      assert.deepEqual(docsOf(only(load(files), 'samarbeid/')), ['samarbeid/strategier/a.md', 'samarbeid/strategier/c.yaml', 'samarbeid/strategier/eldre/b.md']);
    });

    it('warns on a documents glob whose folder does not exist, naming the glob, at the glob', () => {
      const files = {
        'samstemt.yaml': 'language: en\ndocuments: ["strategi/**/*.md", "strategier/**/*.yaml", "andre/*.md"]\n',
        'strategier/a.md': `---\nowner: storby\n---\n`,
        'andre/b.md': `---\nowner: midtby\n---\n`,
      };
      const list = analyzeRule('invalid-value', files);
      // The YAML glob in an existing folder of Markdown documents is kept for later: not a typo.
      assert.deepEqual(list.map((d) => [d.file, textAt(files, d), d.severity]), [['samstemt.yaml', '"strategi/**/*.md"', 'warning']]);
      assert.deepEqual(list[0]!.range, { start: { line: 1, character: 12 }, end: { line: 1, character: 30 } });
      assert.equal(list[0]!.message, 'No file matches "strategi/**/*.md", so no strategy document is read through it. Check the folder and file names in the pattern (relative to samstemt.yaml).');
    });

    it('warns on every glob when the globs find no file at all, at most at the configured severity', () => {
      const files = {
        'samstemt.yaml': 'språk: nn\ndokument: strategiar/*.md, strategiar/*.yaml\nreglar:\n  invalid-value: info\n',
        'strategier/a.md': `---\nowner: storby\n---\n`,
      };
      const list = analyzeRule('invalid-value', files);
      assert.deepEqual(list.map((d) => [textAt(files, d), d.severity]), [['strategiar/*.md', 'info'], ['strategiar/*.yaml', 'info']]);
      assert.match(list[0]!.message, /^Ingen filer passar til «strategiar\/\*\.md», så ingen strategidokument blir lesne/);
    });

    it('warns when no documents are given and the default globs select none of the Markdown files', () => {
      const files = { 'samstemt.yaml': '# IKT Fjord\ncooperation: IKT Fjord\nlanguage: en\n', 'strategier/storby.md': `---\nowner: storby\n---\n`, 'README.md': '# Les meg\n' };
      const list = analyzeRule('invalid-value', files);
      assert.deepEqual(list.map((d) => [d.file, textAt(files, d), d.severity]), [['samstemt.yaml', 'cooperation', 'warning']]);
      assert.equal(
        list[0]!.message,
        'No strategy document is checked: without `documents`, Samstemt reads only files matching **/*.strategy.md, **/*.strategy.yaml, **/*.strategy.yml, and none of the Markdown files here does (e.g. strategier/storby.md). Add `documents: ["strategier/**/*.md"]` to samstemt.yaml, or rename the files to end in .strategy.md.',
      );
      // Once a document is found, or with no Markdown file at all, there is nothing to say.
      assert.deepEqual(analyzeRule('invalid-value', { ...files, 'x.strategy.md': `---\nowner: storby\n---\n` }), []);
      assert.deepEqual(analyzeRule('invalid-value', { 'samstemt.yaml': 'language: en\n' }), []);
    });

    it('does not ask for `documents` when samstemt.yaml cannot be read: the file may well have them, and the parse error says what to fix', () => {
      // A typo below `documents` (an unclosed quote) makes the whole file unreadable; the defaults apply meanwhile.
      const files = {
        'samstemt.yaml': 'cooperation: IKT Fjord\nlanguage: en\ndocuments: ["strategier/**/*.md"]\nmembers:\n  storby: { name: "Storby kommune }\n',
        'strategier/storby.md': `---\nowner: storby\n---\n`,
      };
      const all = analyze(files);
      assert.deepEqual(
        all.filter((d) => d.file === 'samstemt.yaml').map((d) => d.rule),
        ['parse-error'],
      );
    });

    it('reads a YAML file inside documents only when it has owner or goals (framework files are not documents)', () => {
      const files = {
        'samstemt.yaml': CONFIG.replace('frameworks: [DS19, DN30]', 'frameworks: [DS19, fw.yaml]'),
        'fw.yaml': 'framework: EGEN\ntitle: Eget\nobjectives:\n  - id: EGEN-1\n    title: Eget mål\n',
        'data.yaml': 'navn: noe\n',
        'storby.yaml': 'owner: storby\ngoals: []\n',
      };
      assert.deepEqual(docsOf(load(files)[0]!), ['storby.yaml']);
    });
  });

  describe('nested workspaces', () => {
    const doc = (owner: string, id: string, props = '') => `---\nowner: ${owner}\n---\n\n## Mål {#${id}}\n\n${props}`;
    const files = {
      'samarbeid-a/samstemt.yaml': 'language: en\nmembers:\n  storby: {}\n  midtby: {}\n',
      'samarbeid-a/storby.strategy.md': doc('storby', 'felles', '- Bidrar til: midtby#b\n'),
      'samarbeid-b/samstemt.yaml': 'language: en\nmembers:\n  storby: {}\n  midtby: {}\n',
      'samarbeid-b/midtby.strategy.md': doc('midtby', 'b', '- Bidrar til: storby#felles\n'),
      'samarbeid-b/region/samstemt.yaml': 'language: en\nmembers:\n  fjellbygd: {}\n',
      'samarbeid-b/region/fjellbygd.strategy.md': doc('fjellbygd', 'c'),
      'samarbeid-b/region/dypt/nede/fjellbygd-2.strategy.md': doc('fjellbygd', 'd', '- Bidrar til: #c\n'),
    };

    it('gives each document to the nearest samstemt.yaml above it', () => {
      const ws = load(files);
      assert.deepEqual(ws.map((w) => rel(w.root)).sort(), ['samarbeid-a/', 'samarbeid-b/', 'samarbeid-b/region/']);
      assert.deepEqual(docsOf(only(ws, 'samarbeid-a/')), ['samarbeid-a/storby.strategy.md']);
      assert.deepEqual(docsOf(only(ws, 'samarbeid-b/')), ['samarbeid-b/midtby.strategy.md']);
      assert.deepEqual(docsOf(only(ws, 'samarbeid-b/region/')), ['samarbeid-b/region/dypt/nede/fjellbygd-2.strategy.md', 'samarbeid-b/region/fjellbygd.strategy.md']);
    });

    it('never resolves goal references across workspaces', () => {
      const all = analyze(files);
      // samarbeid-a: storby#felles → midtby#b exists only in samarbeid-b.
      const a = on(all, 'samarbeid-a/storby.strategy.md').filter((d) => d.rule === 'unknown-goal-ref');
      assert.equal(a.length, 1);
      assert.equal(textAt(files, a[0]!), 'midtby#b');
      // samarbeid-b: midtby#b → storby#felles exists only in samarbeid-a.
      const b = on(all, 'samarbeid-b/midtby.strategy.md').filter((d) => d.rule === 'unknown-goal-ref');
      assert.equal(b.length, 1);
      assert.equal(textAt(files, b[0]!), 'storby#felles');
      // Inside the nested workspace, references resolve.
      assert.deepEqual(on(all, 'samarbeid-b/region/dypt/nede/fjellbygd-2.strategy.md'), []);
      // No contribution cycle is made out of the two workspaces' links.
      assert.deepEqual(all.filter((d) => d.rule === 'contribution-cycle'), []);
    });

    it('checks owners against the members of the nearest workspace only', () => {
      const f = { ...files, 'samarbeid-b/region/midtby.strategy.md': doc('midtby', 'e') };
      const list = analyzeRule('unknown-member', f);
      assert.deepEqual(list.map((d) => [d.file, textAt(f, d)]), [['samarbeid-b/region/midtby.strategy.md', 'midtby']]);
      assert.match(list[0]!.message, /Members: fjellbygd\./);
    });

    it('uses each workspace’s own language and rule settings', () => {
      const f = {
        'a/samstemt.yaml': 'language: nn\n',
        'a/x.strategy.md': doc('storby', 'x', '- Frist: snart\n'),
        'b/samstemt.yaml': 'language: en\nrules:\n  invalid-value: warning\n',
        'b/x.strategy.md': doc('storby', 'x', '- Frist: snart\n'),
      };
      const list = analyzeRule('invalid-value', f);
      assert.deepEqual(list.map((d) => [d.file, d.severity, d.message.slice(0, 24)]), [
        ['a/x.strategy.md', 'error', '«snart» er ikkje ein gyl'],
        ['b/x.strategy.md', 'warning', '"snart" is not a valid d'],
      ]);
    });

    it('reports a duplicate ID only within one workspace', () => {
      const f = {
        'a/samstemt.yaml': '',
        'a/x.strategy.md': doc('storby', 'felles'),
        'a/sub/samstemt.yaml': '',
        'a/sub/y.strategy.md': doc('storby', 'felles'),
      };
      assert.deepEqual(analyzeRule('duplicate-goal-id', f), []);
    });
  });

  describe('without samstemt.yaml', () => {
    const files = {
      'storby.strategy.md': `---\nowner: storby\n---\n## A {#a}\n- Bidrar til: midtby#b, nabo#x\n- Omfang: midtby, nabo\n- Støtter: DS19-M1, DN30-M1\n`,
      'midtby.strategy.md': `---\nowner: midtby\n---\n## B {#b}\n`,
      'notater.md': `## N {#n}\n- Frist: snart\n`,
    };

    it('forms an implicit workspace with the default documents, both built-in frameworks and the owners as members', () => {
      const [w, ...rest] = load(files);
      assert.equal(rest.length, 0);
      assert.ok(w);
      assert.equal(w.config.uri, undefined);
      assert.deepEqual(docsOf(w), ['midtby.strategy.md', 'storby.strategy.md']);
      assert.deepEqual(w.frameworks.map((f) => f.id), ['DS19', 'DN30']);
      assert.deepEqual([...w.members.keys()].sort(), ['midtby', 'storby']);
    });

    it('reports members that are not owners, in bokmål, and nothing for the owners', () => {
      const list = analyzeRule('unknown-member', files);
      assert.deepEqual(list.map((d) => textAt(files, d)), ['nabo', 'nabo']);
      // Without samstemt.yaml there is no cooperation to be a member of: the message says whose documents make the members.
      assert.match(list[0]!.message, /^Henvisningen «nabo#x» viser til «nabo», som ikke er medlem: uten samstemt\.yaml er medlemmene eierne av strategidokumentene \((midtby, storby|storby, midtby)\)\. Legg til strategidokumentet til nabo \(`owner: nabo`\)/);
      assert.deepEqual(analyzeRule('unknown-goal-ref', files), []);
      assert.deepEqual(analyzeRule('unknown-objective', files), []);
    });

    it('keeps files outside any samstemt.yaml apart from a configured workspace next to them', () => {
      const f = {
        'samarbeid/samstemt.yaml': 'language: en\n',
        'samarbeid/storby.strategy.md': `---\nowner: storby\n---\n## A {#a}\n`,
        'løse/midtby.strategy.md': `---\nowner: midtby\n---\n## B {#b}\n- Bidrar til: storby#a\n`,
      };
      const ws = load(f);
      assert.equal(ws.length, 2);
      assert.deepEqual(docsOf(only(ws, 'samarbeid/')), ['samarbeid/storby.strategy.md']);
      const implicit = ws.find((w) => !w.config.uri)!;
      assert.deepEqual(docsOf(implicit), ['løse/midtby.strategy.md']);
      // storby is not an owner in the implicit workspace: the reference does not reach into samarbeid/.
      assert.equal(analyze(f).filter((d) => d.file === 'løse/midtby.strategy.md' && d.rule === 'unknown-member').length, 1);
    });
  });

  describe('frameworks', () => {
    const FW = `framework: AGDER-DIGI
title: Digital strategi for Agder 2023–2026
period: 2023–2026
objectives:
  - id: AGDER-DIGI-1
    title: Digitale innbyggertjenester
    description: Sammenhengende tjenester for innbyggerne i Agder.
    keywords: [innbyggertjenester, selvbetjening]
    parent: null
  - id: AGDER-DIGI-2
    title: Felles infrastruktur
`;

    it('loads a custom framework from a workspace-relative path; its objectives are usable in supports', () => {
      const files = {
        'samstemt.yaml': CONFIG.replace('frameworks: [DS19, DN30]', 'frameworks: [DS19, rammeverk/agder.yaml]'),
        'rammeverk/agder.yaml': FW,
        'storby.md': `---\nowner: storby\n---\n## A {#a}\n- Støtter: AGDER-DIGI-1, agder-digi-2, DS19-M1, AGDER-DIGI-3\n`,
      };
      const [w] = load(files);
      assert.deepEqual(w!.frameworks.map((f) => f.id), ['DS19', 'AGDER-DIGI']);
      assert.equal(w!.frameworks[1]!.builtIn, false);
      assert.deepEqual(w!.frameworks[1]!.period, { from: 2023, to: 2026 });
      assert.equal(w!.objective('agder-digi-1')?.title, 'Digitale innbyggertjenester');
      const list = analyzeRule('unknown-objective', files);
      assert.deepEqual(list.map((d) => textAt(files, d)), ['AGDER-DIGI-3']);
      assert.match(list[0]!.message, /enabled frameworks \(DS19, AGDER-DIGI\)/);
      assert.match(list[0]!.message, /Did you mean AGDER-DIGI-[12]/);
      // The framework file is not a strategy document and gets no diagnostics.
      assert.deepEqual(analyze(files).filter((d) => d.file === 'rammeverk/agder.yaml'), []);
    });

    it('reports what a custom framework file would lose, at the key or value, in the file', () => {
      const fw = `framework: AGDER-DIGI
title: Digital strategi for Agder
objectives:
  - id: AGDER-DIGI-1
    title: Felles digitale tjenester
  - id: agder-digi-1
    title: Duplikat
  - id: digi-2
    title: Uten prefiks
  - id: AGDER-DIGI-3
    titel: Skrivefeil i nøkkel
    parent: AGDER-DIGI-9
  - title: Uten id
  - AGDER-DIGI-5
  - id: AGDER-DIGI-4
    Title: Nøkler i alle store og små bokstaver
    parent: agder-digi-1
`;
      const files = {
        'samstemt.yaml': 'language: en\nframeworks: [rammeverk/agder.yaml]\n',
        'rammeverk/agder.yaml': fw,
        'a.strategy.md': `---\nowner: storby\n---\n## A {#a}\n- Støtter: AGDER-DIGI-1\n`,
      };
      const list = analyze(files).filter((d) => d.file === 'rammeverk/agder.yaml');
      assert.deepEqual(list.map((d) => [d.rule, d.range.start.line, textAt(files, d), d.fixes?.[0]?.edits[0]?.newText]), [
        ['invalid-value', 5, 'agder-digi-1', undefined],
        ['invalid-value', 7, 'digi-2', 'AGDER-DIGI-2'],
        ['unknown-property', 10, 'titel', 'title'],
        ['invalid-value', 11, 'AGDER-DIGI-9', 'AGDER-DIGI-1'],
        ['parse-error', 12, 'title', undefined],
        ['invalid-value', 13, 'AGDER-DIGI-5', undefined],
      ]);
      assert.deepEqual(list.map((d) => d.message), [
        'The objective ID "agder-digi-1" is used twice in this framework (first on line 4), so a goal that supports it cannot tell which is meant. Give each objective its own ID.',
        'The objective ID "digi-2" does not start with the framework ID AGDER-DIGI: objective IDs are written AGDER-DIGI-<code>, e.g. AGDER-DIGI-2.',
        '"titel" is not a key of a framework file and is ignored. Did you mean "title"? Keys: id, kind, title, title_en, short, description, description_en, keywords, parent, related, source, status.',
        'The parent "AGDER-DIGI-9" is not an objective of this framework. Did you mean "AGDER-DIGI-1"? Write the ID of another objective in this file, or `null` (no parent).',
        'This objective has no `id`, so it is not read and no goal can support it. Add `id: AGDER-DIGI-<code>`.',
        'This objective is not read: each objective is written as "- id: AGDER-DIGI-<code>" with "title: …" on the next line.',
      ]);
      assert.equal(load(files)[0]!.objective('AGDER-DIGI-4')?.title, 'Nøkler i alle store og små bokstaver');
    });

    it('reports a framework file without a title on its framework key; its objectives are still read', () => {
      const files = { 'samstemt.yaml': 'language: nn\nframeworks: [tom.yaml]\n', 'tom.yaml': '# Eige rammeverk\nframework: TOM\nobjectives:\n  - id: TOM-1\n    title: Eitt mål\n' };
      const list = analyze(files).filter((d) => d.file === 'tom.yaml');
      assert.deepEqual(list.map((d) => [d.rule, textAt(files, d)]), [['parse-error', 'framework']]);
      assert.equal(list[0]!.message, 'Denne rammeverksfila har ingen `title`: legg til `title:` med namnet på strategien. Inntil då blir måla viste under ID-en TOM.');
      assert.equal(load(files)[0]!.objective('TOM-1')?.title, 'Eitt mål');
    });

    it('finds nothing to report in the built-in catalogs', () => {
      for (const c of shippedCatalogs()) {
        const r = parseFramework(c.uri, c.text, true);
        assert.deepEqual([...r.problems, ...r.valueProblems], [], c.uri);
      }
    });

    it('resolves a framework path relative to its own (nested) workspace', () => {
      const files = {
        'samstemt.yaml': 'language: en\n',
        'region/samstemt.yaml': 'language: en\nframeworks: [./fw/agder.yaml]\n',
        'region/fw/agder.yaml': FW,
        'region/a.strategy.md': `---\nowner: storby\n---\n## A {#a}\n- Støtter: AGDER-DIGI-2\n`,
        'b.strategy.md': `---\nowner: storby\n---\n## B {#b}\n- Støtter: AGDER-DIGI-2\n`,
      };
      const list = analyzeRule('unknown-objective', files);
      assert.deepEqual(list.map((d) => d.file), ['b.strategy.md'], 'the outer workspace does not have the framework');
    });

    it('refuses a framework path that escapes the workspace, even when the file exists', () => {
      const files = {
        'felles/agder.yaml': FW,
        'samarbeid/samstemt.yaml': 'language: en\nframeworks: [DS19, ../felles/agder.yaml, /etc/agder.yaml, file:///ws/felles/agder.yaml]\n',
        'samarbeid/a.strategy.md': `---\nowner: storby\n---\n## A {#a}\n- Støtter: AGDER-DIGI-1\n`,
      };
      const all = analyze(files);
      const cfg = all.filter((d) => d.file === 'samarbeid/samstemt.yaml');
      assert.deepEqual(cfg.map((d) => [d.rule, textAt(files, d)]), [
        ['invalid-value', '../felles/agder.yaml'],
        ['invalid-value', '/etc/agder.yaml'],
        ['invalid-value', 'file:///ws/felles/agder.yaml'],
      ]);
      assert.deepEqual(cfg[0]!.range, { start: { line: 1, character: 19 }, end: { line: 1, character: 39 } });
      assert.equal(cfg[0]!.message, 'The framework file "../felles/agder.yaml" lies outside the cooperation\'s folder (the folder of samstemt.yaml) and is not read. Copy it into that folder and refer to it with a path relative to samstemt.yaml.');
      assert.deepEqual(only(load(files), 'samarbeid/').frameworks.map((f) => f.id), ['DS19']);
      assert.equal(all.filter((d) => d.rule === 'unknown-objective').length, 1);
    });

    it('reports a framework file that does not exist', () => {
      const files = { 'samstemt.yaml': 'language: en\nframeworks: [DS19, rammeverk/mangler.yaml]\n' };
      const [d] = analyzeRule('invalid-value', files);
      assert.ok(d);
      assert.equal(textAt(files, d), 'rammeverk/mangler.yaml');
      assert.equal(d.message, 'The framework file "rammeverk/mangler.yaml" does not exist. Check the path (relative to samstemt.yaml).');
    });

    it('reports an unknown built-in framework name and keeps the others', () => {
      const files = { 'samstemt.yaml': 'language: en\nframeworks: [DS19, DS25]\n', 'a.strategy.md': `---\nowner: storby\n---\n## A {#a}\n- Støtter: DS19-M1\n` };
      const list = analyzeRule('invalid-value', files);
      assert.deepEqual(list.map((d) => [d.file, textAt(files, d)]), [['samstemt.yaml', 'DS25']]);
      assert.match(list[0]!.message, /^There is no built-in framework "DS25"\. Use one of (DN30, DS19|DS19, DN30), or the path of a framework file \(\.yaml\) in the cooperation's folder \(where samstemt\.yaml is\)\.$/);
      assert.deepEqual(analyzeRule('unknown-objective', files), []);
    });
  });
});
