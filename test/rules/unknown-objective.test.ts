import { strict as assert } from 'node:assert';
import { analyzeRule, textAt, CONFIG } from '../helpers/workspace.js';
import { assertFixResolves } from '../helpers/fixes.js';

const RULE = 'unknown-objective';

const HEAD = `---
owner: storby
---

## Sammenhengende tjenester {#sammenhengende}

`;
const L = 6;
const md = (props: string, config = CONFIG) => ({ 'samstemt.yaml': config, 'storby.md': HEAD + props });

describe('unknown-objective', () => {
  it('reports an unknown objective on the item, with a did-you-mean fix', () => {
    const files = md('- Område: innbyggertjenester\n- Støtter: DS19-M1, DS19-M22\n');
    const [d, ...rest] = analyzeRule(RULE, files);
    assert.equal(rest.length, 0);
    assert.ok(d);
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.range, { start: { line: L + 1, character: 20 }, end: { line: L + 1, character: 28 } });
    assert.equal(textAt(files, d), 'DS19-M22');
    assert.equal(d.goal, 'storby#sammenhengende');
    assert.match(d.message, /^"DS19-M22" is not an objective of the enabled frameworks \(DS19, DN30\), so this link counts for nothing\. Did you mean DS19-M2 «More tasks are solved digitally, and as seamless services»\? Run `samstemt objectives` to list them\.$/);
    assert.equal(d.fixes.length, 1);
    // DS19-M1 and DS19-M3 are as near as two edits: a guess, offered but not applied by "fix all".
    assert.equal(d.fixes[0]!.preferred, undefined);
    assert.match(d.fixes[0]!.title.en, /^Change to DS19-M2 «.+»$/);
    const fixed = assertFixResolves(files, d);
    assert.equal(fixed['storby.md'], HEAD + '- Område: innbyggertjenester\n- Støtter: DS19-M1, DS19-M2\n');
  });

  it('offers the ID an objective described in words stands for (DN30 objective 2, DS19 main goal 3, DS19 focus area 4, DS19 hovedmål 1), as a guess', () => {
    const files = md('- Område: innbyggertjenester\n- Støtter: DN30 objective 2, DS19 main goal 3, DS19 focus area 4, DS19 hovedmål 1, DS19 innsatsområde 9, DN30 prerequisite 1, DN30 goal 7\n');
    const ds = analyzeRule(RULE, files);
    assert.deepEqual(ds.map((d) => [textAt(files, d), d.fixes[0]?.edits[0]?.newText]), [
      ['DN30 objective 2', 'DN30-M2'],
      ['DS19 main goal 3', 'DS19-M3'],
      ['DS19 focus area 4', 'DS19-I4'],
      ['DS19 hovedmål 1', 'DS19-M1'],
      ['DS19 innsatsområde 9', 'DS19-I9'],
      ['DN30 prerequisite 1', 'DN30-F1'],
      ['DN30 goal 7', undefined], // DN30 has three main goals: nothing to propose
    ]);
    assert.match(ds[0]!.message, /^"DN30 objective 2" is not an objective of the enabled frameworks \(DS19, DN30\), so this link counts for nothing\. Did you mean DN30-M2 «Make businesses more competitive»\? /);
    assert.equal(ds[0]!.fixes[0]!.preferred, undefined, 'a guess: "objective 2" may be counted another way');
    assert.match(assertFixResolves(files, ds[0]!)['storby.md']!, /- Støtter: DN30-M2, DS19 main goal 3/);
  });

  it('marks a fix preferred only when it is no guess: a case or format slip, not another code', () => {
    const files = md('- Område: innbyggertjenester\n- Støtter: ds19 m2, DS19-Q1, DS19-X9\n');
    const ds = analyzeRule(RULE, files);
    const fix = (value: string) => ds.find((d) => textAt(files, d) === value)!.fixes[0]!;
    assert.equal(fix('ds19 m2').edits[0]!.newText, 'DS19-M2');
    assert.equal(fix('ds19 m2').preferred, true);
    // One letter of a two-character code: DS19-M1, DS19-I1 … are all one or two edits away, and the
    // text («Sammenhengende tjenester») fits DS19-I2 much better than DS19-M1: that is proposed, as a guess.
    assert.equal(fix('DS19-Q1').edits[0]!.newText, 'DS19-I2');
    assert.equal(fix('DS19-Q1').preferred, undefined);
    assert.match(ds.find((d) => textAt(files, d) === 'DS19-Q1')!.message, /The goal's text fits DS19-I2 «[^»]+» best\./);
    assert.equal(fix('DS19-X9').edits[0]!.newText, 'DS19-I2');
    assert.equal(fix('DS19-X9').preferred, undefined);
  });

  it('separates objectives written in one item with «og» or a semicolon', () => {
    for (const joined of ['DS19-M2 og dn30-m3', 'DS19-M2; DN30-M3', 'DS19-M2 and DN30-M3']) {
      const files = md(`- Støtter: ${joined}\n`);
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.equal(textAt(files, d!), joined);
      assert.equal(d!.message, `"${joined}" names several objectives in one item, so none of them counts. Separate them with commas: DS19-M2, DN30-M3.`);
      assert.equal(d!.fixes[0]!.title.en, 'Separate with commas: DS19-M2, DN30-M3');
      const fixed = assertFixResolves(files, d!);
      assert.equal(fixed['storby.md'], HEAD + '- Støtter: DS19-M2, DN30-M3\n');
    }
  });

  it('matches objective IDs case-insensitively and suggests the canonical spelling', () => {
    const files = md('- Støtter: ds19-m2, Dn30-F1, ds19-i2-l1\n\n## B {#b}\n\n- Støtter: ds19-m22\n');
    const [d, ...rest] = analyzeRule(RULE, files);
    assert.equal(rest.length, 0);
    assert.ok(d);
    assert.equal(textAt(files, d), 'ds19-m22');
    assert.equal(d.fixes[0]!.edits[0]!.newText, 'DS19-M2');
  });

  it('knows every objective of the built-in catalogs', () => {
    const ids = [
      'DS19-V', 'DS19-M1', 'DS19-M2', 'DS19-M3', 'DS19-M4', 'DS19-M5', 'DS19-M6',
      'DS19-I2', 'DS19-I3', 'DS19-I4', 'DS19-I5', 'DS19-I6', 'DS19-I7', 'DS19-I8', 'DS19-I9',
      'DS19-I2-L1', 'DS19-I2-L2', 'DS19-I2-L3', 'DS19-I2-L4', 'DS19-I2-L5', 'DS19-I2-L6', 'DS19-I2-L7',
      'DN30-V', 'DN30-M1', 'DN30-M2', 'DN30-M3', 'DN30-F1', 'DN30-F2', 'DN30-F3', 'DN30-I1', 'DN30-I2', 'DN30-T1', 'DN30-T2', 'DN30-T3',
    ];
    const files = md(`- Støtter: ${ids.join(', ')}\n`);
    assert.deepEqual(analyzeRule(RULE, files), []);
  });

  it('proposes what the text fits rather than a spelling neighbour on another topic (DN30-I3 is not in the catalog; DN30-F3 is security)', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'storby.md': '---\nowner: storby\n---\n\n## Digital kompetanse for innbyggere {#kompetanse}\n\n- Støtter: DN30-I3\n- Frist: 2027\n\nAlle innbyggere skal få tilbud om opplæring i grunnleggende digitale ferdigheter.\n',
    };
    const [d] = analyzeRule(RULE, files);
    assert.ok(d);
    assert.doesNotMatch(d.message, /DN30-F3/);
    assert.match(d.message, /The goal's text fits DN30-M1 «[^»]+» best\./);
    assert.equal(d.fixes[0]!.edits[0]!.newText, 'DN30-M1');
    assert.equal(d.fixes[0]!.preferred, undefined, 'a guess');
  });

  it('says when an objective ID has its title or a note after it, and offers the bare ID', () => {
    const files = md('- Støtter: DS19-M2 (Flere oppgaver digitalt), DN30-M3 – delvis\n');
    const ds = analyzeRule(RULE, files);
    assert.equal(ds.length, 2);
    const [a, b] = ds;
    assert.equal(textAt(files, a!), 'DS19-M2 (Flere oppgaver digitalt)');
    assert.equal(
      a!.message,
      '"DS19-M2 (Flere oppgaver digitalt)" is more than an objective ID, so this link counts for nothing. Write only the ID: DS19-M2 «More tasks are solved digitally, and as seamless services».',
    );
    assert.equal(a!.fixes[0]!.preferred, true);
    assert.equal(textAt(files, b!), 'DN30-M3 – delvis');
    const fixed = assertFixResolves(files, a!);
    assert.equal(fixed['storby.md'], HEAD + '- Støtter: DS19-M2, DN30-M3 – delvis\n');
    const nb = analyzeRule(RULE, md('- Støtter: ds19-m2 (Flere oppgaver digitalt)\n', CONFIG.replace('language: en', 'language: nb')))[0]!;
    assert.match(nb.message, /^«ds19-m2 \(Flere oppgaver digitalt\)» er mer enn en mål-ID, så koblingen teller ikke\. Skriv bare ID-en: DS19-M2 «.+»\.$/);
    const nn = analyzeRule(RULE, md('- Støtter: DS19-M2: Flere oppgaver\n', CONFIG.replace('language: en', 'language: nn')))[0]!;
    assert.match(nn.message, /^«DS19-M2: Flere oppgaver» er meir enn ein mål-ID, så koplinga tel ikkje\. Skriv berre ID-en: DS19-M2 «.+»\.$/);
  });

  it('reports an objective with no close match without a fix', () => {
    const files = md('- Støtter: KS-DIGI-7\n');
    const [d] = analyzeRule(RULE, files);
    assert.ok(d);
    assert.equal(textAt(files, d), 'KS-DIGI-7');
    assert.doesNotMatch(d.message, /Did you mean/);
    assert.deepEqual(d.fixes, []);
  });

  it('says when the objective belongs to a framework the cooperation does not use', () => {
    const files = md('- Støtter: DN30-M1\n', CONFIG.replace('frameworks: [DS19, DN30]', 'frameworks: [DS19]'));
    const [d] = analyzeRule(RULE, files);
    assert.ok(d);
    assert.equal(textAt(files, d), 'DN30-M1');
    assert.equal(
      d.message,
      '"DN30-M1" belongs to the framework DN30, which this cooperation does not use. Add DN30 to `frameworks` in samstemt.yaml, or link to an objective of DS19.',
    );
    assert.deepEqual(d.fixes, []);
  });

  it('reads supports in YAML documents: sequences and comma-separated text, any language', () => {
    const text = `owner: fjellbygd
goals:
  - id: a
    title: A
    støttar: [DS19-M1, DS19-X1]
  - id: b
    title: B
    supports: DS19-M3, DS19-M33
`;
    const files = { 'samstemt.yaml': CONFIG, 'f.yaml': text };
    const list = analyzeRule(RULE, files);
    assert.deepEqual(list.map((d) => [d.range.start.line, d.range.start.character, textAt(files, d)]), [
      [4, 23, 'DS19-X1'],
      [7, 23, 'DS19-M33'],
    ]);
    assert.equal(list[1]!.goal, 'fjellbygd#b');
  });

  it('reads the nynorsk key Støttar in Markdown', () => {
    const files = { 'samstemt.yaml': CONFIG, 'f.md': `---\neigar: fjellbygd\n---\n## Mål {#m}\n- Støttar: DS19-M9\n` };
    const [d] = analyzeRule(RULE, files);
    assert.ok(d);
    assert.equal(textAt(files, d), 'DS19-M9');
  });

  it('counts an emoji before the item as two UTF-16 units', () => {
    const files = md('- Støtter: DS19-M1 🚀, DS19-M22\n');
    const list = analyzeRule(RULE, files);
    // "DS19-M1 🚀" is not an ID either; DS19-M22 starts after "- Støtter: DS19-M1 🚀, " = 11 + 10 + 2.
    assert.deepEqual(list.map((d) => [d.range.start.character, d.range.end.character, textAt(files, d)]), [
      [11, 21, 'DS19-M1 🚀'],
      [23, 31, 'DS19-M22'],
    ]);
  });

  describe('language', () => {
    const files = (lang: string) => md('- Støtter: DS19-M22\n', CONFIG.replace('language: en', `language: ${lang}`));
    it('speaks bokmål', () => {
      const [d] = analyzeRule(RULE, files('nb'));
      assert.match(d!.message, /^«DS19-M22» er ikke et mål i rammeverkene som er slått på \(DS19, DN30\), så koblingen teller ikke\. Mente du DS19-M2 «Flere oppgaver digitalt \/ sammenhengende tjenester»\? Kjør `samstemt objectives` for å se dem\.$/);
      assert.match(d!.fixes[0]!.title.nb!, /^Endre til DS19-M2/);
    });
    it('speaks nynorsk', () => {
      const [d] = analyzeRule(RULE, files('nn'));
      assert.match(d!.message, /^«DS19-M22» er ikkje eit mål i rammeverka som er slått på .*Meinte du DS19-M2/);
    });
    it('follows the engine option lang', () => {
      const [d] = analyzeRule(RULE, files('nb'), { lang: 'en' });
      assert.match(d!.message, /^"DS19-M22" is not an objective/);
    });
  });

  describe('severity', () => {
    const files = (rules = '') => md('- Støtter: DS19-M22\n', CONFIG + rules);
    it('is an error by default', () => assert.equal(analyzeRule(RULE, files())[0]!.severity, 'error'));
    it('follows `rules:` in samstemt.yaml', () => assert.equal(analyzeRule(RULE, files('rules:\n  unknown-objective: warning\n'))[0]!.severity, 'warning'));
    it('follows ruleOverrides', () => assert.equal(analyzeRule(RULE, files(), { ruleOverrides: { 'unknown-objective': 'hint' } })[0]!.severity, 'hint'));
    it('is silent when off', () => {
      assert.deepEqual(analyzeRule(RULE, files('rules:\n  unknown-objective: off\n')), []);
      assert.deepEqual(analyzeRule(RULE, files(), { ruleOverrides: { 'unknown-objective': 'off' } }), []);
    });
  });

  it('asks only to add the framework when the cooperation uses none (frameworks: [])', () => {
    const files = { 'samstemt.yaml': CONFIG.replace('frameworks: [DS19, DN30]', 'frameworks: []'), 'storby.md': '---\nowner: storby\n---\n\n## Mål {#m}\n\n- Støtter: DS19-M2\n' };
    const [d, ...rest] = analyzeRule('unknown-objective', files);
    assert.equal(rest.length, 0);
    assert.equal(d!.message, '"DS19-M2" belongs to the framework DS19, but this cooperation uses no framework. Add DS19 to `frameworks` in samstemt.yaml.');
  });
});
