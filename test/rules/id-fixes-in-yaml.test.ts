/**
 * A did-you-mean fix that writes a member ID or goal key into a YAML file
 * (samstemt.yaml, a YAML strategy) must leave the file readable: an ID with
 * a character YAML reads as structure (`i[t-fjord` inside `{ owner: … }`)
 * is named in the message but not written by a fix. Found by `npm run fuzz`.
 */
import { strict as assert } from 'node:assert';
import { analyze, analyzeRule, CONFIG } from '../helpers/workspace.js';
import { applyFix, assertFixResolves } from '../helpers/fixes.js';

const STRATEGY = '---\nowner: storby\n---\n\n## Felles HR {#felles-hr}\n\n- Område: hr\n';

describe('did-you-mean fixes that write an ID into YAML', () => {
  it('names a member ID that YAML would read as structure, without a fix that writes it', () => {
    const config = CONFIG.replace('  ikt-fjord: {', '  i[t-fjord: {');
    const files = { 'samstemt.yaml': config, 'storby.md': STRATEGY };
    const [d, ...rest] = analyzeRule('unknown-member', files);
    assert.equal(rest.length, 0, rest.map((x) => x.message).join('\n'));
    assert.ok(d);
    assert.equal(d.file, 'samstemt.yaml');
    assert.match(d.message, /Did you mean "i\[t-fjord"\?/);
    assert.deepEqual(d.fixes, []);
  });

  it('still fixes a misspelt member ID there, and the file stays readable', () => {
    const config = CONFIG.replace('{ owner: ikt-fjord,', '{ owner: ikt-fjrod,');
    const files = { 'samstemt.yaml': config, 'storby.md': STRATEGY };
    const [d] = analyzeRule('unknown-member', files);
    assert.ok(d);
    assert.equal(d.fixes.length, 1);
    const fixed = assertFixResolves(files, d);
    assert.match(fixed['samstemt.yaml']!, /\{ owner: ikt-fjord,/);
    assert.deepEqual(
      analyze(fixed).filter((x) => x.file === 'samstemt.yaml' && x.severity === 'error'),
      [],
    );
  });

  it('fixes a goal reference written in quotes in a YAML strategy, where `#` would start a comment unquoted', () => {
    const yaml = 'owner: storby\ngoals:\n  - id: lonn\n    title: Lønn\n    contributes: ["#felles-hx"]\n  - id: felles-hr\n    title: Felles HR\n';
    const files = { 'samstemt.yaml': CONFIG, 'storby.yaml': yaml };
    const [d] = analyzeRule('unknown-goal-ref', files);
    assert.ok(d, 'the broken reference is reported');
    assert.equal(d.fixes.length, 1);
    const fixed = applyFix(files, d);
    assert.match(fixed['storby.yaml']!, /contributes: \["#felles-hr"\]/);
    assert.deepEqual(analyzeRule('unknown-goal-ref', fixed), []);
  });
});
