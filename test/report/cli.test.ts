/** `samstemt report` as a process (dist/samstemt.js), in the three formats. */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, tempWorkspace } from '../helpers/cli.js';
import { REPO } from '../helpers/workspace.js';

describe('samstemt report (CLI)', function () {
  this.timeout(60000);
  it('prints the json report of the sample', () => {
    const r = runCli(['report', 'samples/ikt-fjord', '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.equal(j.version, 1);
    assert.deepEqual(j.members, ['storby', 'midtby', 'fjellbygd', 'strandvik', 'vassbygd', 'ikt-fjord', 'digi-fjord']);
    assert.ok(j.objectives.includes('DS19-M1') && j.objectives.includes('DN30-F3'));
    assert.ok(j.coverage.storby['DS19-M3'].length >= 1);
    assert.ok(j.conflicts.some((c: { goals: string[]; accepted: boolean }) => c.accepted && c.goals.includes('strandvik#beholde-websak')));
    assert.deepEqual(j.unlinked, ['strandvik#informasjonssikkerhet']);
  });

  it('writes html to --output (default format) and says so on stderr', () => {
    const out = path.join(os.tmpdir(), `samstemt-report-${process.pid}`, 'report.html');
    try {
      const r = runCli(['report', 'samples/ikt-fjord', '--output', out]);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /skrev rapporten \(html\) til /);
      const h = readFileSync(out, 'utf8');
      assert.match(h, /^<!doctype html>/);
      assert.match(h, /<svg class="heatmap"/);
      assert.ok(!/<script/i.test(h));
    } finally {
      rmSync(path.dirname(out), { recursive: true, force: true });
    }
  });

  it('prints markdown for a path inside the workspace, in the language asked for', () => {
    const r = runCli(['report', 'samples/ikt-fjord/strategier', '--format', 'md', '--lang', 'en']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^## Alignment report – IKT Fjord/);
    assert.match(r.stdout, /\| Objective \| Storby \| Midtby \|/);
    assert.match(r.stdout, /### Conflicts between goals/);
    assert.match(r.stdout, /✓ accepted: «differensiert løsning vedtatt i porteføljerådet 2024-03-12»/);
  });

  it('reports each cooperation of a folder holding several', () => {
    const cfg = (name: string) => `cooperation: ${name}\nlanguage: en\nframeworks: [DS19]\ndocuments: ["**/*.md"]\nmembers:\n  a: { name: A }\n`;
    const goal = '---\nowner: a\n---\n\n## Digital services {#x}\n\n- Supports: DS19-M2\n';
    const dir = tempWorkspace({ 'one/samstemt.yaml': cfg('One'), 'one/a.md': goal, 'two/samstemt.yaml': cfg('Two'), 'two/a.md': goal });
    try {
      const r = runCli(['report', dir, '--format', 'json']);
      assert.equal(r.status, 0, r.stderr);
      const j = JSON.parse(r.stdout);
      assert.deepEqual(j.workspaces.map((w: { cooperation: string }) => w.cooperation), ['One', 'Two']);
      const one = runCli(['report', path.join(dir, 'one'), '--format', 'json']);
      assert.equal(JSON.parse(one.stdout).cooperation, 'One');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps every cooperation when a loose strategy document lies beside them', () => {
    const cfg = (name: string) => `cooperation: ${name}\nlanguage: en\nframeworks: [DS19]\ndocuments: ["**/*.md"]\nmembers:\n  a: { name: A }\n`;
    const goal = '---\nowner: a\n---\n\n## Digital services {#x}\n\n- Supports: DS19-M2\n';
    const dir = tempWorkspace({ 'one/samstemt.yaml': cfg('One'), 'one/a.md': goal, 'two/samstemt.yaml': cfg('Two'), 'two/a.md': goal, 'loose/l.strategy.md': goal.replace('owner: a', 'owner: lx') });
    try {
      const r = runCli(['report', dir, '--format', 'json']);
      assert.equal(r.status, 0, r.stderr);
      const j = JSON.parse(r.stdout);
      assert.equal(j.workspaces.length, 3, 'the two cooperations and the loose document');
      assert.deepEqual(j.workspaces.filter((w: { cooperation?: string }) => w.cooperation).map((w: { cooperation: string }) => w.cooperation).sort(), ['One', 'Two']);
      assert.ok(j.workspaces.some((w: { members: string[] }) => w.members.includes('lx')));
      // Inside one cooperation, only that one.
      assert.equal(JSON.parse(runCli(['report', path.join(dir, 'two'), '--format', 'json']).stdout).cooperation, 'Two');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 on bad arguments, without a stack trace', () => {
    for (const args of [['report', 'samples/ikt-fjord', '--format', 'pdf'], ['report', 'no/such/folder'], ['report', 'samples/ikt-fjord', '--lang', 'de'], ['report', 'a', 'b']]) {
      const r = runCli(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /^samstemt: /);
      assert.ok(!/\n\s+at /.test(r.stderr), 'no stack trace');
    }
  });

  it('is listed in --help', () => {
    const r = runCli(['--help']);
    assert.match(r.stdout, /samstemt report \[PATH\]/);
    assert.ok(existsSync(path.join(REPO, 'dist/samstemt.js')));
  });
});
