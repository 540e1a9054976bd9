/**
 * A folder holding several cooperations: each part of the report says which
 * cooperation it is, also when `samstemt.yaml` gives no `cooperation` name.
 */
import { strict as assert } from 'node:assert';
import { rmSync } from 'node:fs';
import { runCli, tempWorkspace } from '../helpers/cli.js';

const CONFIG = 'language: nb\nframeworks: [DS19]\ndocuments: ["**/*.md"]\nmembers:\n  a: { name: A kommune }\n';
const GOAL = '---\nowner: a\n---\n\n## Digitale tjenester {#tjenester}\n\n- Støtter: DS19-M1\n- Frist: 2026\n';

describe('report: several cooperations without a name', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    dir = tempWorkspace({ 'nord/samstemt.yaml': CONFIG, 'nord/a.md': GOAL, 'sor/samstemt.yaml': CONFIG, 'sor/a.md': GOAL });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('Markdown heads each part with the folder, as the HTML page does', () => {
    const r = runCli(['report', dir, '--format', 'md']);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.stdout.split('\n').filter((l) => l.startsWith('## ')), ['## Samstemthetsrapport – nord', '## Samstemthetsrapport – sor']);
  });

  it('JSON gives each workspace its root, relative to the current folder as in check', () => {
    const r = runCli(['report', '.', '--format', 'json'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).workspaces.map((w: { root: string }) => w.root), ['nord', 'sor']);
    const one = runCli(['report', 'nord', '--format', 'json'], dir);
    assert.equal(JSON.parse(one.stdout).root, 'nord');
  });
});
