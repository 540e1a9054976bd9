/**
 * `--max-warnings -1` is «no limit», as in ESLint (its default, and the value
 * CI templates pass to say so); other negative numbers stay usage errors.
 */
import { strict as assert } from 'node:assert';
import { VAGUE_GOAL as VAGUE, runCli, tempWorkspace } from '../helpers/cli.js';
import { CONFIG } from '../helpers/workspace.js';


describe('samstemt check --max-warnings -1', function () {
  this.timeout(60_000);

  it('sets no limit, in both forms, as without the option', () => {
    const dir = tempWorkspace({ 'samstemt.yaml': CONFIG, 'midtby.md': VAGUE });
    const args = ['check', dir, '--format', 'json', '--rule', 'objective-uncovered=off'];
    const none = runCli(args);
    assert.equal(none.status, 0, none.stderr);
    assert.ok(JSON.parse(none.stdout).summary.warnings > 0, 'the document has warnings');
    for (const limit of [['--max-warnings', '-1'], ['--max-warnings=-1']]) {
      const r = runCli([...args, ...limit]);
      assert.equal(r.status, 0, `${limit.join(' ')}: ${r.stderr}`);
      assert.equal(r.stderr, '');
      assert.equal(r.stdout, none.stdout);
    }
    assert.equal(runCli([...args, '--max-warnings', '0']).status, 1);
  });

  it('still fails on errors, and refuses other negative numbers in the run\'s language', () => {
    const dir = tempWorkspace({ 'samstemt.yaml': CONFIG, 'midtby.md': VAGUE.replace('DS19-M2', 'DS19-M99') });
    assert.equal(runCli(['check', dir, '--max-warnings', '-1']).status, 1);
    const bad = runCli(['check', dir, '--max-warnings', '-5', '--lang', 'nn']);
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr, 'samstemt: --max-warnings tek eit heilt tal, til dømes 0 eller 10, eller -1 for inga grense (fekk «-5»)\n');
  });
});
