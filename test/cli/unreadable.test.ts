/**
 * Files the CLI cannot read (permission denied, a symbolic link to nothing):
 * a CI job must not pass on the strategies it could read while a member's
 * document or samstemt.yaml was skipped. Each is named on stderr and the run
 * exits 2 (cli.md: the tool could not run); machine output stays on stdout.
 */
import { strict as assert } from 'node:assert';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { CLEAN_GOAL, CLI, runCli, tempWorkspace, type CliRun } from '../helpers/cli.js';
import { CONFIG, REPO } from '../helpers/workspace.js';

const MIDTBY = CLEAN_GOAL.replace('owner: storby', 'owner: midtby').replace('{#digital-byggesak}', '{#byggesak}');

/**
 * Runs the CLI as a user without the permissions root has (root reads any
 * file): as `nobody` when the tests run as root, else as the current user.
 * `nobody` runs a copy of the CLI (its bundle and the catalogs) that every
 * user may read: the checkout itself may be private (a fresh clone in a
 * folder made by mktemp is).
 */
function runUnprivileged(args: string[], cwd: string): CliRun {
  const asRoot = process.getuid?.() === 0;
  const r = spawnSync(process.execPath, [asRoot ? sharedCli() : CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let sharedCliPath: string | undefined;
/** The CLI bundle and the catalogs it reads, copied where every user may read them. */
function sharedCli(): string {
  if (sharedCliPath) return sharedCliPath;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-cli-'));
  mkdirSync(path.join(dir, 'dist'));
  for (const f of ['samstemt.js', 'package.json']) cpSync(path.join(path.dirname(CLI), f), path.join(dir, 'dist', f));
  cpSync(path.join(REPO, 'server', 'catalogs'), path.join(dir, 'server', 'catalogs'), { recursive: true });
  for (const p of [dir, path.join(dir, 'dist'), path.join(dir, 'server'), path.join(dir, 'server', 'catalogs')]) chmodSync(p, 0o755);
  return (sharedCliPath = path.join(dir, 'dist', 'samstemt.js'));
}

/** A workspace others may read (mkdtemp makes it private to its owner). */
function sharedWorkspace(files: Record<string, string>): string {
  const dir = tempWorkspace(files);
  chmodSync(dir, 0o755);
  return dir;
}

describe('samstemt check and report: files that cannot be read', function () {
  this.timeout(60_000);
  const quiet = ['--rule', 'objective-uncovered=off'];

  it('a strategy document without read permission is named, and check exits 2 instead of 0', () => {
    const dir = sharedWorkspace({ 'samstemt.yaml': CONFIG, 'storby.md': CLEAN_GOAL, 'midtby.md': MIDTBY });
    assert.equal(runUnprivileged(['check', '.', ...quiet], dir).status, 0, 'readable: a clean run');
    chmodSync(path.join(dir, 'midtby.md'), 0o000);
    const r = runUnprivileged(['check', '.', '--format', 'json', ...quiet], dir);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'samstemt: cannot read midtby.md (permission denied), so it was not checked\n');
    assert.equal((JSON.parse(r.stdout) as { summary: { errors: number } }).summary.errors, 0, 'stdout is the JSON of what was read');
    // Named on its own: the same line, not «not one of the documents» or «nothing to check».
    const single = runUnprivileged(['check', 'midtby.md', '--lang', 'nb'], dir);
    assert.equal(single.status, 2);
    assert.equal(single.stdout, '');
    assert.equal(single.stderr, 'samstemt: kan ikke lese midtby.md (mangler tillatelse), så den ble ikke sjekket\n');
    // The portfolio council's report would lack midtby's goals: no report.
    const report = runUnprivileged(['report', '.', '--format', 'json', '--lang', 'nn'], dir);
    assert.equal(report.status, 2);
    assert.equal(report.stdout, '');
    assert.equal(report.stderr, 'samstemt: kan ikkje lese midtby.md (manglar løyve), så ho vart ikkje sjekka\n');
  });

  it('a samstemt.yaml without read permission is an unreadable config: exit 2, not a pass with the defaults', () => {
    const dir = sharedWorkspace({ 'samstemt.yaml': CONFIG, 'storby.md': CLEAN_GOAL, 'sub/midtby.md': MIDTBY });
    chmodSync(path.join(dir, 'sub'), 0o755);
    chmodSync(path.join(dir, 'samstemt.yaml'), 0o000);
    for (const target of ['.', 'sub']) {
      const r = runUnprivileged(['check', target, '--lang', 'en', ...quiet], dir);
      assert.equal(r.status, 2, target);
      assert.equal(r.stderr, "samstemt: samstemt.yaml: samstemt.yaml cannot be read, so the cooperation's settings were not used: permission denied\n", target);
    }
  });

  it('a folder that cannot be listed is named: its strategies were not checked', () => {
    const dir = sharedWorkspace({ 'samstemt.yaml': CONFIG, 'storby.md': CLEAN_GOAL, 'medlemmer/midtby.md': MIDTBY });
    chmodSync(path.join(dir, 'medlemmer'), 0o000);
    const r = runUnprivileged(['check', '.', '--format', 'sarif', ...quiet], dir);
    chmodSync(path.join(dir, 'medlemmer'), 0o755);
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'samstemt: cannot read the folder medlemmer (permission denied), so the strategies in it were not checked\n');
    assert.equal((JSON.parse(r.stdout) as { version: string }).version, '2.1.0');
  });

  it('a strategy document that is a symbolic link to nothing is named (check exits 2; as a PATH it says so)', () => {
    const dir = tempWorkspace({ 'samstemt.yaml': CONFIG, 'storby.md': CLEAN_GOAL });
    symlinkSync('flyttet/midtby.md', path.join(dir, 'midtby.md'));
    const r = runCli(['check', '.', '--format', 'github', ...quiet], dir);
    assert.equal(r.status, 2);
    assert.ok(r.stdout.split('\n').every((l) => l === '' || l.startsWith('::')), 'stdout holds workflow commands only');
    assert.equal(r.stderr, 'samstemt: cannot read midtby.md (it is a symbolic link to a file that does not exist), so it was not checked\n');
    const named = runCli(['check', 'midtby.md', '--lang', 'nn'], dir);
    assert.equal(named.status, 2);
    assert.equal(named.stderr, 'samstemt: midtby.md er ei symbolsk lenkje til ei fil eller mappe som ikkje finst\n');
    // A broken link the documents globs leave out (CONFIG: **/*.md, **/*.yaml) is no strategy: left alone.
    const clean = tempWorkspace({ 'samstemt.yaml': CONFIG, 'storby.md': CLEAN_GOAL });
    symlinkSync('nowhere.yml', path.join(clean, 'notes.yml'));
    assert.equal(runCli(['check', '.', ...quiet], clean).status, 0);
  });
});
