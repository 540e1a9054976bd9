import { strict as assert } from 'node:assert';
import { runCli, tempWorkspace } from '../helpers/cli.js';

/** `samstemt objectives` in a folder without samstemt.yaml lists the built-in catalogs as `check` there enables them: DS19, then DN30. */
describe('samstemt objectives without samstemt.yaml', function () {
  this.timeout(20000);
  it('lists DS19 before DN30, in text and JSON', () => {
    const dir = tempWorkspace({ 'notes.txt': 'not a cooperation\n' });
    const json = runCli(['objectives', '--format', 'json'], dir);
    assert.equal(json.status, 0, json.stderr);
    assert.deepEqual((JSON.parse(json.stdout) as { framework: string }[]).map((f) => f.framework), ['DS19', 'DN30']);
    const text = runCli(['objectives'], dir).stdout;
    assert.ok(text.indexOf('\nDN30 ') > text.indexOf('DS19 '), text.slice(0, 200));
  });
});
