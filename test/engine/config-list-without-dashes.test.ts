/**
 * A list setting of samstemt.yaml (`areas`, `frameworks`, `documents`) written
 * as one item per line without the «- » in front, as authors write a list
 * in a word processor:
 *
 *     areas:
 *       hr
 *       sak-arkiv
 *
 * YAML reads those lines as one text joined by spaces («hr sak-arkiv»). The
 * author meant a list: Samstemt reads the lines as the items (so the
 * cooperation's documents are checked against the areas, frameworks and
 * files the author wrote), and says on the lines themselves how to write a
 * list, with a fix that puts «- » in front of each line.
 */
import { strict as assert } from 'node:assert';
import { analyze, textAt, type TestDiagnostic } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

const MEMBERS = 'members:\n  havby: { name: Havby kommune, kind: kommune }\n  nesvik: { name: Nesvik kommune, kind: kommune }\n';
const DOC = [
  'owner: havby',
  'goals:',
  '  - id: arkiv',
  '    title: Felles arkiv',
  '    area: sak-arkiv',
  '    deadline: 2025',
  '    supports: [DS19-M2, DN30-M3]',
  '  - id: byggesak',
  '    title: Digital byggesak',
  '    area: innbyggertjenester',
  '    deadline: 2025',
  '    supports: DS19-M1',
  '',
].join('\n');

const run = (config: string, lang = 'en') => {
  const files = { 'samstemt.yaml': `language: ${lang}\n${MEMBERS}${config}`, 'strategier/havby.strategy.yaml': DOC };
  return { files, found: analyze(files).filter((d) => d.rule !== 'objective-uncovered') };
};
const onConfig = (found: TestDiagnostic[]) => found.filter((d) => d.file === 'samstemt.yaml');
const onDocs = (found: TestDiagnostic[]) => found.filter((d) => d.file !== 'samstemt.yaml').map((d) => `${d.rule}: ${d.message}`);

describe('samstemt.yaml: a list written one item per line without «- »', () => {
  it('areas: the lines are the areas, and the finding on them offers «- » in front of each', () => {
    const { files, found } = run('areas:\n  hr\n  sak-arkiv\n  innbyggertjenester\n');
    // The goals' areas are the cooperation's areas: nothing reported on the document.
    assert.deepEqual(onDocs(found), []);
    const config = onConfig(found);
    assert.equal(config.length, 1, config.map((d) => d.message).join('\n'));
    const d = config[0]!;
    assert.equal(d.rule, 'invalid-value');
    assert.deepEqual(d.range, { start: { line: 5, character: 2 }, end: { line: 7, character: 20 } });
    assert.equal(textAt(files, d), 'hr\n  sak-arkiv\n  innbyggertjenester');
    assert.match(d.message, /areas/);
    assert.match(d.message, /"- "/);
    assert.equal(d.fixes.length, 1);
    const after = applyFix(files, d)['samstemt.yaml']!;
    assert.equal(after, `language: en\n${MEMBERS}areas:\n  - hr\n  - sak-arkiv\n  - innbyggertjenester\n`);
    assert.deepEqual(onConfig(analyze({ ...files, 'samstemt.yaml': after }).filter((x) => x.rule !== 'objective-uncovered')), []);
  });

  it('frameworks: DS19 and DN30 on lines of their own are both enabled, not one unknown framework «DS19 DN30»', () => {
    const { files, found } = run('frameworks:\n    DS19\n    DN30\n');
    assert.deepEqual(onDocs(found), []);
    const config = onConfig(found);
    assert.deepEqual(config.map((d) => [d.rule, textAt(files, d)]), [['invalid-value', 'DS19\n    DN30']]);
    assert.equal(applyFix(files, config[0]!)['samstemt.yaml'], `language: en\n${MEMBERS}frameworks:\n    - DS19\n    - DN30\n`);
  });

  it('documents: each line is a pattern, and the documents it finds are read', () => {
    const { files, found } = run('documents:\n  strategier/**/*.yaml\n  strategier/**/*.md\nareas: [sak-arkiv, innbyggertjenester]\n');
    // The document is read: its wrong objective is found.
    const withBadLink = analyze({ ...files, 'strategier/havby.strategy.yaml': DOC.replace('DS19-M1', 'DS19-M9') });
    assert.ok(withBadLink.some((d) => d.rule === 'unknown-objective' && d.file === 'strategier/havby.strategy.yaml'));
    const config = onConfig(found);
    assert.deepEqual(config.map((d) => [d.rule, textAt(files, d)]), [['invalid-value', 'strategier/**/*.yaml\n  strategier/**/*.md']]);
    assert.equal(applyFix(files, config[0]!)['samstemt.yaml'], `language: en\n${MEMBERS}documents:\n  - strategier/**/*.yaml\n  - strategier/**/*.md\nareas: [sak-arkiv, innbyggertjenester]\n`);
  });

  it('says it in bokmål and nynorsk too', () => {
    for (const [lang, words] of [['nb', /hver linje/], ['nn', /kvar linje/]] as const) {
      const d = onConfig(run('områder:\n  hr\n  sak-arkiv\n  innbyggertjenester\n', lang).found)[0];
      assert.ok(d);
      assert.match(d.message, words);
      assert.match(d.message, /områder/);
    }
  });

  it('leaves a list on one line, a comma list over several lines, and a glob with a space alone', () => {
    for (const config of [
      'areas: [hr, sak-arkiv, innbyggertjenester]\n',
      'areas: hr, sak-arkiv, innbyggertjenester\n',
      'areas:\n  hr, sak-arkiv,\n  innbyggertjenester\n',
      'areas:\n  - hr\n  - sak-arkiv\n  - innbyggertjenester\n',
    ]) {
      const { found } = run(config);
      assert.deepEqual(onConfig(found).map((d) => d.message), [], config);
      assert.deepEqual(onDocs(found), [], config);
    }
    const { found } = run('documents: strategier/**/*.yaml\n');
    assert.deepEqual(onConfig(found).map((d) => d.message), []);
  });
});
