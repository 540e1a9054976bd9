import { strict as assert } from 'node:assert';
import { analyzeRule, textAt, CONFIG, range } from '../helpers/workspace.js';
import { assertFixResolves } from '../helpers/fixes.js';

const RULE = 'missing-owner';

describe('missing-owner', () => {
  it('reports a Markdown document whose front matter has no owner, on the front matter', () => {
    const files = { 'samstemt.yaml': CONFIG, 'strategi.md': `---\ntitle: Strategi\nperiod: 2024–2027\n---\n\n## A {#a}\n` };
    const [d, ...rest] = analyzeRule(RULE, files);
    assert.equal(rest.length, 0);
    assert.ok(d);
    assert.equal(d.file, 'strategi.md');
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.range, range(0, 0, 0, 3));
    assert.equal(textAt(files, d), '---');
    assert.equal(
      d.message,
      "This strategy document has no owner, so its goals belong to nobody and cannot be compared with other members' goals. Add `owner: <member id>` between the `---` lines at the top of the document (members: storby, midtby, fjellbygd, ikt-fjord).",
    );
    // The file name does not name a member: no fix to offer.
    assert.deepEqual(d.fixes, []);
  });

  it('reports a Markdown document without front matter on its first line', () => {
    const files = { 'samstemt.yaml': CONFIG, 'strategi.md': `# Strategi for Storby\n\n## A {#a}\n` };
    const [d] = analyzeRule(RULE, files);
    assert.ok(d);
    assert.deepEqual(d.range, range(0, 0, 0, 21));
    assert.equal(textAt(files, d), '# Strategi for Storby');
  });

  it('reports an empty owner', () => {
    const files = { 'samstemt.yaml': CONFIG, 'strategi.md': `---\nowner:\n---\n` };
    assert.equal(analyzeRule(RULE, files).length, 1);
  });

  it('points at an empty or null `owner` key and says it has no value, in nb, nn and en', () => {
    for (const [value, lang, pattern] of [
      ['', 'en', /^`owner` is written but has no value, .*`owner: <member id>`/],
      [' ~', 'nb', /^`owner` står her, men har ingen verdi, .*`owner: <medlems-id>`/],
      [' null', 'nn', /^`owner` står her, men har ingen verdi, .*Skriv medlems-ID-en etter han/],
    ] as const) {
      const files = { 'samstemt.yaml': CONFIG.replace('language: en', `language: ${lang}`), 'strategi.md': `---\nowner:${value}\nperiod: 2024–2027\n---\n\n## A {#a}\n` };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.equal(textAt(files, d!), 'owner');
      assert.match(d!.message, pattern);
    }
  });

  it('fills in a guessed owner in place of `~`', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: ~\n---\n\n## A {#a}\n` };
    const [d] = analyzeRule(RULE, files);
    const fixed = assertFixResolves(files, d!, 0, 'file');
    assert.equal(fixed['storby.md'], `---\nowner: storby\n---\n\n## A {#a}\n`);
  });

  it('points at an `owner` written as a list and offers its first member as the one owner', () => {
    const files = { 'samstemt.yaml': CONFIG, 'strategi.md': `---\nowner: [storby]\nperiod: 2024–2027\n---\n\n## A {#a}\n` };
    const [d, ...rest] = analyzeRule(RULE, files);
    assert.equal(rest.length, 0);
    assert.equal(textAt(files, d!), '[storby]');
    assert.match(d!.message, /^`owner` is written as a list, but a strategy document has exactly one owner: write one member ID, `owner: storby`/);
    assert.deepEqual(d!.fixes[0]!.title, { en: 'Write `owner: storby`' });
    const fixed = assertFixResolves(files, d!, 0, 'file');
    assert.match(fixed['strategi.md']!, /^---\nowner: storby\n/);
    const nb = { 'samstemt.yaml': CONFIG.replace('language: en', 'language: nb'), 'strategi.yaml': `owner:\n  - storby\n  - midtby\ngoals: []\n` };
    const [y] = analyzeRule(RULE, nb);
    assert.match(y!.message, /^`owner` er skrevet som en liste, men et strategidokument har nøyaktig én eier: skriv én medlems-ID, `owner: storby`/);
  });

  it('reports a YAML document without owner', () => {
    const files = { 'samstemt.yaml': CONFIG, 'strategi.yaml': `title: Strategi\ngoals:\n  - id: a\n    title: A\n` };
    const [d] = analyzeRule(RULE, files);
    assert.ok(d);
    assert.equal(d.file, 'strategi.yaml');
    assert.deepEqual(d.range, range(0, 0, 0, 15));
    // A YAML file has no front matter: the owner goes at the top of the file.
    assert.match(d.message, /Add `owner: <member id>` at the top of the file, above `goals:` \(members: /);
  });

  it('accepts owner in bokmål and nynorsk (eier, eigar), in Markdown and YAML', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'a.md': `---\neier: storby\n---\n## A {#a}\n`,
      'b.md': `---\neigar: midtby\n---\n## B {#b}\n`,
      'c.md': `---\nOwner: fjellbygd\n---\n## C {#c}\n`,
      'd.yaml': `eigar: ikt-fjord\ngoals:\n  - id: d\n    title: D\n`,
    };
    assert.deepEqual(analyzeRule(RULE, files), []);
  });

  it('reads a YAML strategy whose top-level keys are capitalised or quoted (Eier:, Mål:, "goals":) instead of skipping the file', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'a.yaml': `Tittel: Strategi\nMål:\n  - id: a\n    tittel: A\n`,
      'b.yaml': `"title": Strategi\n"goals":\n  - id: b\n    title: B\n`,
      'c.yaml': `Eier: storby\nGoals:\n  - ID: c\n    Title: C\n    Frist: 20x6\n`,
    };
    assert.deepEqual(analyzeRule(RULE, files).map((d) => [d.file, d.range.start.line]), [['a.yaml', 0], ['b.yaml', 0]]);
    // The owner and the goals of the capitalised document are read: its malformed deadline is found.
    const bad = analyzeRule('invalid-value', files);
    assert.deepEqual(bad.map((d) => [d.file, d.goal, textAt(files, d)]), [['c.yaml', 'storby#c', '20x6']]);
  });

  it('is not reported on a document that cannot be parsed (parse-error says why)', () => {
    const files = { 'samstemt.yaml': CONFIG, 'strategi.md': `---\nowner: storby\n  bad: indent\n---\n` };
    assert.deepEqual(analyzeRule(RULE, files), []);
    assert.equal(analyzeRule('parse-error', files).length, 1);
  });

  describe('fix: add the owner the file name suggests', () => {
    it('adds `owner:` to existing front matter', () => {
      const files = { 'samstemt.yaml': CONFIG, 'fjellbygd.strategy.md': `---\ntitle: Strategi\n---\n\n## A {#a}\n` };
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.equal(d.fixes.length, 1);
      assert.equal(d.fixes[0]!.title.en, 'Add `owner: fjellbygd`');
      assert.equal(d.fixes[0]!.preferred, true);
      const fixed = assertFixResolves(files, d, 0, 'file');
      assert.equal(fixed['fjellbygd.strategy.md'], `---\nowner: fjellbygd\ntitle: Strategi\n---\n\n## A {#a}\n`);
    });

    it('adds front matter to a Markdown document without it', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `# Strategi\n\n## A {#a}\n` };
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      const fixed = assertFixResolves(files, d, 0, 'file');
      assert.equal(fixed['storby.md'], `---\nowner: storby\n---\n\n# Strategi\n\n## A {#a}\n`);
    });

    it('adds `owner:` on top of a YAML document', () => {
      const files = { 'samstemt.yaml': CONFIG, 'midtby.yaml': `goals:\n  - id: a\n    title: A\n` };
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      const fixed = assertFixResolves(files, d, 0, 'file');
      assert.equal(fixed['midtby.yaml'], `owner: midtby\ngoals:\n  - id: a\n    title: A\n`);
    });

    it('prefers the longest member id the file name starts with and keeps CRLF line breaks', () => {
      // Both `ikt` and `ikt-fjord` are members; the file name starts with both.
      const files = {
        'samstemt.yaml': CONFIG.replace('members:\n', 'members:\n  ikt: { name: IKT, kind: selskap }\n'),
        'ikt-fjord-strategi.md': `---\r\ntitle: IKT\r\n---\r\n`,
      };
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      const fixed = assertFixResolves(files, d, 0, 'file');
      assert.equal(fixed['ikt-fjord-strategi.md'], `---\r\nowner: ikt-fjord\r\ntitle: IKT\r\n---\r\n`);
    });

    it('offers the fix without samstemt.yaml, from the owners of the other documents', () => {
      const files = {
        'storby.strategy.md': `---\nowner: storby\n---\n## A {#a}\n`,
        'midtby.strategy.md': `---\nowner: midtby\n---\n## B {#b}\n`,
        'storby-2.strategy.md': `---\ntitle: Mer\n---\n## C {#c}\n`,
      };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.ok(d);
      assert.equal(d.file, 'storby-2.strategy.md');
      assert.match(d.message, /\(medlemmer: (storby, midtby|midtby, storby)\)/);
      assertFixResolves(files, d, 0, 'file');
    });
  });

  describe('fix: the one member without a document', () => {
    const others = {
      'storby.md': `---\nowner: storby\n---\n\n## A {#a}\n`,
      'midtby.md': `---\nowner: midtby\n---\n\n## B {#b}\n`,
      'ikt.md': `---\nowner: ikt-fjord\n---\n\n## C {#c}\n`,
    };

    it('offers `owner:` of the only member with no document, in new front matter; a guess, so not preferred', () => {
      const files = { 'samstemt.yaml': CONFIG, ...others, 'strategi.md': `# Strategi\n\n## D {#d}\n` };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.equal(d!.fixes[0]!.title.en, 'Add `owner: fjellbygd`');
      assert.equal(d!.fixes[0]!.preferred, undefined);
      const fixed = assertFixResolves(files, d!, 0, 'file');
      assert.equal(fixed['strategi.md'], `---\nowner: fjellbygd\n---\n\n# Strategi\n\n## D {#d}\n`);
    });

    it('adds it on top of a YAML document and into existing front matter', () => {
      const yaml = { 'samstemt.yaml': CONFIG, ...others, 'plan.yaml': `goals:\n  - id: d\n    title: D\n` };
      const fixedYaml = assertFixResolves(yaml, analyzeRule(RULE, yaml)[0]!, 0, 'file');
      assert.equal(fixedYaml['plan.yaml'], `owner: fjellbygd\ngoals:\n  - id: d\n    title: D\n`);
      const md = { 'samstemt.yaml': CONFIG, ...others, 'plan.md': `---\ntitle: Plan\n---\n` };
      const fixedMd = assertFixResolves(md, analyzeRule(RULE, md)[0]!, 0, 'file');
      assert.equal(fixedMd['plan.md'], `---\nowner: fjellbygd\ntitle: Plan\n---\n`);
    });

    it('offers nothing when two members have no document', () => {
      const { 'ikt.md': _, ...two } = others;
      const [d] = analyzeRule(RULE, { 'samstemt.yaml': CONFIG, ...two, 'strategi.md': `# Strategi\n` });
      assert.deepEqual(d!.fixes, []);
    });
  });

  describe('language', () => {
    const files = (lang: string) => ({ 'samstemt.yaml': CONFIG.replace('language: en', `language: ${lang}`), 'storby.md': `---\ntitle: x\n---\n` });
    it('speaks bokmål', () => {
      const [d] = analyzeRule(RULE, files('nb'));
      assert.match(d!.message, /^Dette strategidokumentet har ingen eier, .*\(medlemmer: storby, midtby, fjellbygd, ikt-fjord\)\.$/);
      assert.equal(d!.fixes[0]!.title.nb, 'Legg til `owner: storby`');
    });
    it('speaks nynorsk', () => {
      const [d] = analyzeRule(RULE, files('nn'));
      assert.match(d!.message, /^Dette strategidokumentet har ingen eigar, så måla høyrer ikkje til nokon/);
    });
    it('speaks the language given by the engine option', () => {
      const [d] = analyzeRule(RULE, files('nb'), { lang: 'en' });
      assert.match(d!.message, /^This strategy document has no owner/);
    });
  });

  describe('severity', () => {
    const files = (rules = '') => ({ 'samstemt.yaml': CONFIG + rules, 'x.md': `---\ntitle: x\n---\n` });
    it('is an error by default', () => assert.equal(analyzeRule(RULE, files())[0]!.severity, 'error'));
    it('follows `rules:` in samstemt.yaml', () => assert.equal(analyzeRule(RULE, files('rules:\n  missing-owner: info\n'))[0]!.severity, 'info'));
    it('follows ruleOverrides', () => assert.equal(analyzeRule(RULE, files('rules:\n  missing-owner: info\n'), { ruleOverrides: { 'missing-owner': 'warning' } })[0]!.severity, 'warning'));
    it('is silent when off', () => {
      assert.deepEqual(analyzeRule(RULE, files('rules:\n  missing-owner: off\n')), []);
      assert.deepEqual(analyzeRule(RULE, files(), { ruleOverrides: { 'missing-owner': 'off' } }), []);
    });
  });
});
