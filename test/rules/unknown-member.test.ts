import { strict as assert } from 'node:assert';
import { analyze, analyzeRule, createTestEngine, InMemoryHost, textAt, CONFIG } from '../helpers/workspace.js';
import { applyFix, assertFixResolves } from '../helpers/fixes.js';

const RULE = 'unknown-member';
const MEMBERS = 'Members: storby, midtby, fjellbygd, ikt-fjord.';

const GOALS = `---
owner: ikt-fjord
---

## Felles HR {#felles-hr}

- Område: hr
`;

describe('unknown-member', () => {
  describe('owner', () => {
    it('reports an owner that is not a member, on the owner value, with a did-you-mean fix', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storbyy\ntitle: Strategi\n---\n\n## A {#a}\n` };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.ok(d);
      assert.equal(d.severity, 'error');
      assert.deepEqual(d.range, { start: { line: 1, character: 7 }, end: { line: 1, character: 14 } });
      assert.equal(textAt(files, d), 'storbyy');
      assert.equal(
        d.message,
        `"storbyy" is not a member of the cooperation, so this document's goals cannot be placed. Did you mean "storby"? ${MEMBERS} Add the member under \`members\` in samstemt.yaml if it is new.`,
      );
      assert.equal(d.fixes[0]!.title.en, 'Change to "storby"');
      assert.equal(d.fixes[0]!.preferred, true, 'one edit away, and no other member near');
      const fixed = assertFixResolves(files, d);
      assert.equal(fixed['storby.md'], `---\nowner: storby\ntitle: Strategi\n---\n\n## A {#a}\n`);
    });

    it('says that a display name is the name of a member, with a preferred fix to its ID (owner, scope, exempt)', () => {
      const text = `---\nowner: Storby kommune\nperiod: 2024–2027\n---\n\n## A {#a}\n\n- Støtter: DS19-I2\n- Frist: 2025-12-31\n- Omfang: alle\n- Unntak: fjellbygd KOMMUNE\n`;
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': text };
      const [owner, exempt, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.equal(textAt(files, owner!), 'Storby kommune');
      assert.equal(owner!.message, '"Storby kommune" is the name of the member storby; members are named by their ID here. Write storby.');
      assert.equal(owner!.fixes[0]!.preferred, true);
      assert.equal(applyFix(files, owner!)['storby.md'], text.replace('owner: Storby kommune', 'owner: storby'));
      assert.equal(textAt(files, exempt!), 'fjellbygd KOMMUNE');
      assert.equal(applyFix(files, exempt!)['storby.md'], text.replace('fjellbygd KOMMUNE', 'fjellbygd'));
      const nb = analyzeRule(RULE, { ...files, 'samstemt.yaml': CONFIG.replace('language: en', 'language: nb') })[0]!;
      assert.equal(nb.message, '«Storby kommune» er navnet på medlemmet storby; her skrives medlemmer med ID-en. Skriv storby.');
      const nn = analyzeRule(RULE, { ...files, 'samstemt.yaml': CONFIG.replace('language: en', 'language: nn') })[0]!;
      assert.match(nn.message, /^«Storby kommune» er namnet på medlemen storby;/);
    });

    it('says that `Storby` or `FJELLBYGD` is the member ID with capitals, with a preferred fix, and reads the scope so meanwhile', () => {
      const text = `---\nowner: storby\nperiod: 2024–2027\n---\n\n## Felles lønn {#a}\n\n- Støtter: DS19-I2\n- Frist: 2025-12-31\n- Område: hr\n- Innføre: Visma HRM\n- Behov: felles lønn\n- Omfang: Storby, FJELLBYGD\n- Bidrar til: Midtby#b\n`;
      const local = `---\nowner: fjellbygd\n---\n\n## Egen lønn {#egen}\n\n- Område: hr\n- Beholde: Agresso\n- Frist: 2025-12-31\n`;
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': text, 'fjellbygd.md': local, 'midtby.md': '---\nowner: midtby\n---\n\n## B {#b}\n' };
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => textAt(files, d)), ['Storby', 'FJELLBYGD', 'Midtby']);
      assert.equal(list[1]!.message, '"FJELLBYGD" is the member fjellbygd written with capitals; member IDs are written exactly as under `members` in samstemt.yaml. Write fjellbygd.');
      for (const d of list) assert.equal(d.fixes[0]!.preferred, true);
      assert.equal(applyFix(files, list[1]!)['storby.md'], text.replace('FJELLBYGD', 'fjellbygd'));
      assert.equal(applyFix(files, list[2]!)['storby.md'], text.replace('Midtby#b', 'midtby#b'));
      // Until fixed, the scope is read as the members meant: Fjellbygd's own system is a conflict.
      assert.ok(analyze(files).some((d) => d.rule === 'conflict-system-choice' && d.uri.endsWith('fjellbygd.md')));
      const nb = analyzeRule(RULE, { ...files, 'samstemt.yaml': CONFIG.replace('language: en', 'language: nb') })[0]!;
      assert.equal(nb.message, '«Storby» er medlemmet storby skrevet med store bokstaver; medlems-ID-er skrives nøyaktig som under `members` i samstemt.yaml. Skriv storby.');
      const nn = analyzeRule(RULE, { ...files, 'samstemt.yaml': CONFIG.replace('language: en', 'language: nn') })[0]!;
      assert.match(nn.message, /^«Storby» er medlemen storby skriven med store bokstavar;/);
    });

    it('reports an owner with no close member without a fix', () => {
      const files = { 'samstemt.yaml': CONFIG, 'x.md': `---\nowner: sørby kommune\n---\n` };
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.equal(textAt(files, d), 'sørby kommune');
      assert.doesNotMatch(d.message, /Did you mean/);
      assert.deepEqual(d.fixes, []);
    });

    it('reports the owner of a YAML document', () => {
      const files = { 'samstemt.yaml': CONFIG, 'x.yaml': `eigar: fjelbygd\ngoals: []\n` };
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.deepEqual(d.range, { start: { line: 0, character: 7 }, end: { line: 0, character: 15 } });
      assert.equal(d.fixes[0]!.edits[0]!.newText, 'fjellbygd');
      assertFixResolves(files, d);
    });

    it('accepts any owner when samstemt.yaml declares no members (owners are the members)', () => {
      const files = {
        'samstemt.yaml': 'language: en\ndocuments: ["*.md"]\n',
        'a.md': `---\nowner: hvem-som-helst\n---\n`,
        'b.md': `---\nowner: noen-andre\n---\n## B {#b}\n- Omfang: hvem-som-helst\n`,
      };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });
  });

  describe('scope and exempt', () => {
    it('reports each unknown member of scope on the item, and accepts alle/all', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'a.md': `${GOALS}- Omfang: alle, midtbyy, storby, Ukjent By\n- Unntak: fjelbygd\n`,
      };
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => textAt(files, d)), ['midtbyy', 'Ukjent By', 'fjelbygd']);
      assert.deepEqual(list[0]!.range, { start: { line: 7, character: 16 }, end: { line: 7, character: 23 } });
      assert.equal(list[0]!.message, `"midtbyy" in Omfang is not a member of the cooperation. Did you mean "midtby"? ${MEMBERS}`);
      assert.equal(list[0]!.goal, 'ikt-fjord#felles-hr');
      assert.equal(list[1]!.message, `"Ukjent By" in Omfang is not a member of the cooperation. ${MEMBERS}`);
      assert.deepEqual(list[1]!.fixes, []);
      assert.equal(list[2]!.message, `"fjelbygd" in Unntak is not a member of the cooperation. Did you mean "fjellbygd"? ${MEMBERS}`);
    });

    it('suggests alle for «Alle medlemmer» in scope', () => {
      const files = { 'samstemt.yaml': CONFIG, 'a.md': `${GOALS}- Omfang: Alle medlemmer\n` };
      const [d] = analyzeRule(RULE, files);
      assert.equal(d!.message, `"Alle medlemmer" in Omfang is not a member of the cooperation. Did you mean "alle"? ${MEMBERS}`);
      const fixed = assertFixResolves(files, d!);
      assert.match(fixed['a.md']!, /- Omfang: alle\n/);
    });

    it('reports members joined by «og» in one item, with a fix that separates them with commas', () => {
      const files = { 'samstemt.yaml': CONFIG, 'a.md': `${GOALS}- Omfang: storby og midtby\n- Unntak: fjellbygd; storby\n` };
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => textAt(files, d)), ['storby og midtby', 'fjellbygd; storby']);
      assert.equal(list[0]!.message, '"storby og midtby" in Omfang names several members in one item, so none of them counts. Separate them with commas: storby, midtby.');
      const fixed = assertFixResolves(files, list[0]!);
      assert.match(fixed['a.md']!, /- Omfang: storby, midtby\n/);
    });

    it('fixes a misspelt member in place', () => {
      const files = { 'samstemt.yaml': CONFIG, 'a.md': `${GOALS}- Omfang: storby, midtbyy\n` };
      const [d] = analyzeRule(RULE, files);
      const fixed = assertFixResolves(files, d!);
      assert.equal(fixed['a.md'], `${GOALS}- Omfang: storby, midtby\n`);
    });

    it('accepts all/ALLE in any case', () => {
      const files = { 'samstemt.yaml': CONFIG, 'a.md': `${GOALS}- Scope: All\n`, 'b.md': GOALS.replace('ikt-fjord', 'storby') + '- Omfang: ALLE\n' };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });

    it('reads «Unntak: ingen» (inga, none, a dash) as no member exempt, not as a member called «ingen»', () => {
      for (const none of ['ingen', 'Ingen.', 'inga', 'None', '–', '-']) {
        const files = { 'samstemt.yaml': CONFIG, 'a.md': `${GOALS}- Omfang: alle\n- Unntak: ${none}\n` };
        assert.deepEqual(analyzeRule(RULE, files), [], none);
        const [ws] = createTestEngine(new InMemoryHost(files)).loadWorkspaces();
        assert.deepEqual(ws!.documents[0]!.goals[0]!.facts.exempt, [], none);
      }
      // In scope, «ingen» names nobody the goal is for: still reported.
      const files = { 'samstemt.yaml': CONFIG, 'a.md': `${GOALS}- Omfang: ingen\n` };
      assert.deepEqual(analyzeRule(RULE, files).map((d) => textAt(files, d)), ['ingen']);
    });

    it('reads scope and exempt in YAML documents, as lists and as comma-separated text', () => {
      const text = `owner: storby
goals:
  - id: a
    title: A
    omfang: [midtby, ukjent]
    unntak: fjellbygd, nei
`;
      const files = { 'samstemt.yaml': CONFIG, 'storby.yaml': text };
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => [textAt(files, d), d.range.start.line, d.range.start.character]), [
        ['ukjent', 4, 21],
        ['nei', 5, 23],
      ]);
    });
  });

  describe('goal references', () => {
    it('reports the owner part of a contributes reference', () => {
      const files = { 'samstemt.yaml': CONFIG, 'a.md': `${GOALS}- Bidrar til: storbyy#digital, #felles-hr-2\n\n## To {#felles-hr-2}\n` };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.ok(d);
      assert.deepEqual(d.range, { start: { line: 7, character: 14 }, end: { line: 7, character: 21 } });
      assert.equal(textAt(files, d), 'storbyy');
      assert.equal(d.message, `The reference "storbyy#digital" names "storbyy", which is not a member of the cooperation. Did you mean "storby"? ${MEMBERS}`);
      // The fix replaces the owner only, keeping the goal id.
      const fixed = applyFix(files, d);
      assert.match(fixed['a.md']!, /- Bidrar til: storby#digital, #felles-hr-2/);
      assert.deepEqual(analyzeRule(RULE, fixed), []);
    });

    it('reports the owner part of an accepts reference, not the reason', () => {
      const files = { 'samstemt.yaml': CONFIG, 'a.md': `${GOALS}- Aksepterer: ukjent#x — vedtatt i rådet 2024-03-12\n` };
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.equal(textAt(files, d), 'ukjent');
      assert.equal(d.range.start.character, 14);
    });

    it('does not report references without owner (#id) or to members', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'a.md': `${GOALS}- Bidrar til: #felles-hr-2, storby#b\n- Aksepterer: midtby#c — grunn\n\n## To {#felles-hr-2}\n`,
      };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });

    it('does not report a reference to an owner that is a member but has no such goal (that is unknown-goal-ref)', () => {
      const files = { 'samstemt.yaml': CONFIG, 'a.md': `${GOALS}- Bidrar til: storby#finnes-ikke\n` };
      assert.deepEqual(analyzeRule(RULE, files), []);
      assert.equal(analyzeRule('unknown-goal-ref', files).length, 1);
    });
  });

  describe('language', () => {
    const files = (lang: string) => ({ 'samstemt.yaml': CONFIG.replace('language: en', `language: ${lang}`), 'a.md': `${GOALS}- Omfang: midtbyy\n` });
    it('speaks bokmål', () => {
      const [d] = analyzeRule(RULE, files('nb'));
      assert.equal(d!.message, '«midtbyy» i Omfang er ikke medlem av samarbeidet. Mente du «midtby»? Medlemmer: storby, midtby, fjellbygd, ikt-fjord.');
      assert.equal(d!.fixes[0]!.title.nb, 'Endre til «midtby»');
    });
    it('speaks nynorsk', () => {
      const [d] = analyzeRule(RULE, files('nn'));
      assert.equal(d!.message, '«midtbyy» i Omfang er ikkje medlem av samarbeidet. Meinte du «midtby»? Medlemer: storby, midtby, fjellbygd, ikt-fjord.');
    });
    it('speaks English by engine option', () => {
      const [d] = analyzeRule(RULE, files('nn'), { lang: 'en' });
      assert.match(d!.message, /^"midtbyy" in Omfang is not a member/);
    });
  });

  describe('severity', () => {
    const files = (rules = '') => ({ 'samstemt.yaml': CONFIG + rules, 'a.md': `${GOALS}- Omfang: x\n` });
    it('is an error by default', () => assert.equal(analyzeRule(RULE, files())[0]!.severity, 'error'));
    it('follows `rules:` in samstemt.yaml', () => assert.equal(analyzeRule(RULE, files('rules:\n  unknown-member: warning\n'))[0]!.severity, 'warning'));
    it('follows ruleOverrides', () => assert.equal(analyzeRule(RULE, files(), { ruleOverrides: { 'unknown-member': 'info' } })[0]!.severity, 'info'));
    it('is silent when off', () => {
      assert.deepEqual(analyzeRule(RULE, files('rules:\n  unknown-member: off\n')), []);
      assert.deepEqual(analyzeRule(RULE, files(), { ruleOverrides: { 'unknown-member': 'off' } }), []);
    });
  });
  it('points at a list item with emphasis over part of it as written, and its fix leaves no half of the markup behind', () => {
    const files = { 'samstemt.yaml': CONFIG, 'a.md': `---\nowner: midtby\n---\n\n## A {#a}\n\n- Omfang: Storby _kommune_, *midtbyy* sentrum, **fjellbygdd**\n` };
    const ds = analyzeRule(RULE, files);
    assert.deepEqual(ds.map((d) => textAt(files, d)), ['Storby _kommune_', '*midtbyy* sentrum', 'fjellbygdd']);
    const storby = ds[0]!;
    assert.equal(applyFix(files, storby)['a.md']!.split('\n')[6], '- Omfang: storby, *midtbyy* sentrum, **fjellbygdd**');
    // Emphasis around the whole item stays around the corrected ID.
    assert.equal(applyFix(files, ds[2]!)['a.md']!.split('\n')[6], '- Omfang: Storby _kommune_, *midtbyy* sentrum, **fjellbygd**');
  });
});
