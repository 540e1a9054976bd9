/**
 * A tab used for indentation in a YAML strategy or samstemt.yaml (the Tab key
 * in Notepad, or a line copied from an e-mail). YAML reads only spaces as
 * indentation. The finding points at the tab, says so in plain words, and
 * offers to indent the line with spaces as the line above it is indented
 * (deeper when the line above opens a group with `:`), after which the file
 * reads as meant.
 */
import { strict as assert } from 'node:assert';
import { analyze, textAt } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

const CONFIG = 'language: en\nmembers:\n  havby: { name: Havby kommune }\nareas: [hr, helse]\n';

function tabFinding(files: Record<string, string>, file: string) {
  const found = analyze(files).filter((d) => d.file === file && d.rule === 'parse-error');
  assert.equal(found.length, 1, found.map((d) => d.message).join('\n'));
  return found[0]!;
}

describe('a tab used for indentation in YAML', () => {
  it('a goal\'s key: the tab is reported, and the fix indents the key as the key above', () => {
    const doc = 'owner: havby\ngoals:\n  - id: arkiv\n    title: Felles arkiv\n\tarea: helsee\n    deadline: 2025\n    supports: DS19-M2\n';
    const files = { 'samstemt.yaml': CONFIG, 'havby.strategy.yaml': doc };
    const d = tabFinding(files, 'havby.strategy.yaml');
    assert.equal(textAt(files, d), '\t');
    assert.deepEqual(d.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 1 } });
    assert.match(d.message, /tab/);
    assert.equal(d.fixes.length, 1);
    const after = applyFix(files, d)['havby.strategy.yaml']!;
    assert.equal(after, doc.replace('\tarea', '    area'));
    // Read as meant now: the misspelt area is the one finding left.
    const left = analyze({ ...files, 'havby.strategy.yaml': after }).filter((x) => x.file === 'havby.strategy.yaml');
    assert.deepEqual(left.map((x) => [x.rule, textAt({ 'havby.strategy.yaml': after }, x)]), [['invalid-value', 'helsee']]);
  });

  it('spaces and a tab mixed are replaced together', () => {
    const doc = 'owner: havby\ngoals:\n  - id: arkiv\n    title: Felles arkiv\n  \tdeadline: 2025\n    supports: DS19-M2\n';
    const files = { 'samstemt.yaml': CONFIG, 'havby.strategy.yaml': doc };
    const d = tabFinding(files, 'havby.strategy.yaml');
    assert.equal(textAt(files, d), '  \t');
    assert.equal(applyFix(files, d)['havby.strategy.yaml'], doc.replace('  \tdeadline', '    deadline'));
  });

  it('samstemt.yaml: a member under «members:» gets the indentation of a group\'s first line', () => {
    const config = 'language: nb\nmembers:\n\thavby: { name: Havby kommune }\n';
    const files = { 'samstemt.yaml': config };
    const d = tabFinding(files, 'samstemt.yaml');
    assert.equal(textAt(files, d), '\t');
    assert.match(d.message, /tabulator/);
    assert.equal(applyFix(files, d)['samstemt.yaml'], 'language: nb\nmembers:\n  havby: { name: Havby kommune }\n');
  });
});
