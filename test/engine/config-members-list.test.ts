/**
 * `members:` written as a YAML list in samstemt.yaml (`- storby: {…}`,
 * `- id: storby` with the settings below it, or just the IDs): the members are
 * not read from a list, so the finding says so in plain words and offers a
 * fix that writes them as format.md shows (`storby: { name: … }`), keeping
 * every member's ID, name, kind and population.
 */
import { strict as assert } from 'node:assert';
import { analyze, type TestDiagnostic } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

const HEAD = 'cooperation: Test\nlanguage: en\ndocuments: ["**/*.md"]\n';
const DOC = '---\nowner: storby\n---\n\n## Felles arkiv {#arkiv}\n\n- Frist: 2026\n- Støtter: DS19-M2\n- Omfang: midtby, strandvik\n';

const membersFinding = (files: Record<string, string>): TestDiagnostic | undefined =>
  analyze(files).find((d) => d.file === 'samstemt.yaml' && d.rule === 'invalid-value' && /members|medlem/i.test(d.message));

/** The config after the finding's fix, and what the engine then says about members. */
function fixed(config: string): { config: string; unknown: string[]; configFindings: string[] } {
  const files = { 'samstemt.yaml': config, 'storby.md': DOC };
  const d = membersFinding(files);
  assert.ok(d, 'no finding on members');
  assert.equal(d.fixes.length, 1, d.message);
  assert.ok(d.fixes[0]!.preferred);
  const after = applyFix(files, d)['samstemt.yaml']!;
  const found = analyze({ 'samstemt.yaml': after, 'storby.md': DOC });
  return {
    config: after,
    unknown: found.filter((x) => x.rule === 'unknown-member').map((x) => x.message.match(/"([^"]+)"/)![1]!),
    configFindings: found.filter((x) => x.file === 'samstemt.yaml' && x.rule !== 'objective-uncovered').map((x) => x.message),
  };
}

describe('members written as a list in samstemt.yaml', () => {
  it('rewrites «- storby: { … }» items as «storby: { … }», keeping each member\'s settings', () => {
    const config = `${HEAD}members:\n  - storby: { name: Storby kommune, kind: kommune, population: 50000 }\n  - midtby: { name: "Midtby kommune, Vest", kind: kommune }\nareas: [hr, sak-arkiv]\n`;
    const after = fixed(config);
    assert.equal(after.config, `${HEAD}members:\n  storby: { name: Storby kommune, kind: kommune, population: 50000 }\n  midtby: { name: "Midtby kommune, Vest", kind: kommune }\nareas: [hr, sak-arkiv]\n`);
    assert.deepEqual(after.configFindings, []);
    // The members are read now: a member the config does not name is reported.
    assert.deepEqual(after.unknown, ['strandvik']);
  });

  it('rewrites «- id: storby» items with their settings below as one «storby: { … }» line each', () => {
    const config = `${HEAD}members:\n- id: storby\n  navn: Storby kommune\n  type: kommune\n  innbyggere: 50000\n- id: midtby\n  name: Midtby kommune, vest\n  kind: kommune\n`;
    const after = fixed(config);
    assert.equal(after.config, `${HEAD}members:\n  storby: { navn: Storby kommune, type: kommune, innbyggere: 50000 }\n  midtby: { name: "Midtby kommune, vest", kind: kommune }\n`);
    assert.deepEqual(after.configFindings, []);
    assert.deepEqual(after.unknown, ['strandvik']);
  });

  it('rewrites a list of IDs (one per line or in brackets) as members without settings', () => {
    for (const members of ['members:\n  - storby\n  - midtby\n', 'members: [storby, midtby]\n', 'medlemmer: [storby, midtby]   \n']) {
      const after = fixed(`${HEAD}${members}areas: [hr]\n`);
      const key = members.split(':')[0];
      assert.equal(after.config, `${HEAD}${key}:\n  storby: {}\n  midtby: {}\nareas: [hr]\n`);
      assert.deepEqual(after.unknown, ['strandvik']);
    }
  });

  it('keeps Windows line endings', () => {
    const config = `${HEAD}members:\n  - storby: { name: Storby kommune }\n  - id: midtby\n    name: Midtby kommune\n`.replace(/\n/g, '\r\n');
    assert.equal(fixed(config).config, `${HEAD}members:\n  storby: { name: Storby kommune }\n  midtby: { name: Midtby kommune }\n`.replace(/\n/g, '\r\n'));
  });

  it('says the members are written as a list and not read, in en, nb and nn', () => {
    for (const [lang, pattern] of [
      ['en', /^members is written as a list, so no member is read from it, and the owners of the documents count as the members\. Write each member as its ID/],
      ['nb', /^members er skrevet som en liste, så ingen medlemmer blir lest derfra, og eierne av dokumentene regnes som medlemmene\. Skriv hvert medlem som ID-en/],
      ['nn', /^members er skriven som ei liste, så ingen medlemer blir lesne derifrå, og eigarane av dokumenta blir rekna som medlemene\. Skriv kvart medlem som ID-en/],
    ] as const) {
      const d = membersFinding({ 'samstemt.yaml': `${HEAD.replace('language: en', `language: ${lang}`)}members:\n  - storby\n`, 'storby.md': DOC })!;
      assert.match(d.message, pattern);
      assert.match(d.fixes[0]!.title[lang] ?? '', /id: \{/);
    }
  });

  it('offers no rewrite when it is not clear what the items mean, or comments would be lost', () => {
    for (const members of [
      'members:\n  - name: Storby kommune\n    kind: kommune\n',
      'members:\n  - storby: Storby kommune\n',
      'members:\n  - storby   # bykommunen\n  - midtby\n',
      'members:\n  - [storby, midtby]\n',
    ]) {
      const d = membersFinding({ 'samstemt.yaml': `${HEAD}${members}`, 'storby.md': DOC });
      assert.ok(d, members);
      assert.deepEqual(d.fixes, [], members);
    }
  });
});
