/**
 * `--output` into a folder that cannot be created fails at once with exit 2.
 * Node's recursive mkdirSync never returned when mkdir said ENOENT below an
 * existing folder (/proc here; some network mounts do the same), so a CI job
 * hung until its timeout.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLEAN_GOAL, CLI, tempWorkspace } from '../helpers/cli.js';
import { CONFIG } from '../helpers/workspace.js';

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 20_000, env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stderr: r.stderr, timedOut: r.error !== undefined };
}

describe('--output into folders', function () {
  this.timeout(60_000);

  it('fails with exit 2 where mkdir says ENOENT below an existing folder, instead of hanging', function () {
    if (!existsSync('/proc/self')) this.skip();
    const dir = tempWorkspace({ 'samstemt.yaml': CONFIG, 'storby.md': CLEAN_GOAL });
    for (const command of ['check', 'report']) {
      const r = run([command, '--output', '/proc/samstemt-test/out/result.txt', '--lang', 'en'], dir);
      assert.equal(r.timedOut, false, `${command} hung`);
      assert.equal(r.status, 2, r.stderr);
      assert.equal(r.stderr.trim().split('\n').at(-1), 'samstemt: cannot write /proc/samstemt-test/out/result.txt: the folder does not exist');
    }
  });

  it('still creates missing folders, and says when a part of the path is a file', () => {
    const dir = tempWorkspace({ 'samstemt.yaml': CONFIG, 'storby.md': CLEAN_GOAL });
    assert.equal(run(['check', '--format', 'json', '--output', 'a/b/c/out.json'], dir).status, 0);
    assert.equal(JSON.parse(readFileSync(path.join(dir, 'a/b/c/out.json'), 'utf8')).version, 1);
    writeFileSync(path.join(dir, 'fil'), '');
    const r = run(['check', '--output', 'fil/b/out.txt', '--lang', 'en'], dir);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'samstemt: cannot write fil/b/out.txt: part of the path is a file, not a folder\n');
  });
});
