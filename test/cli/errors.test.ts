/**
 * The command line's user errors and edge values: plain, localized messages
 * with exit 2 (never «internal error»), strict --max-warnings, --output into
 * new folders or to standard output, --format in any case, SOURCE_DATE_EPOCH.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { CLEAN_GOAL, CLI, runCli, tempWorkspace } from '../helpers/cli.js';
import { CONFIG, CONFIG_NN } from '../helpers/workspace.js';

const GOAL = CLEAN_GOAL;

/** No `samstemt: internal error`, no Node error code, no stack trace. */
function assertPlain(stderr: string): void {
  assert.doesNotMatch(stderr, /internal error|intern feil|\bE[A-Z]{3,}\b|\n\s+at /, stderr);
}

describe('samstemt on the command line: user errors and edge values', function () {
  this.timeout(60_000);

  it('init into a file, or below one, is a plain user error; a second DIR is rejected', () => {
    const dir = tempWorkspace({ afile: 'x\n' });
    for (const target of ['afile', 'afile/sub']) {
      const r = runCli(['init', target], dir);
      assert.equal(r.status, 2);
      assert.equal(r.stderr, 'samstemt: afile er en fil, ikke en mappe\n');
    }
    assert.equal(runCli(['init', 'afile', '--lang', 'nn'], dir).stderr, 'samstemt: afile er ei fil, ikkje ei mappe\n');
    assert.equal(runCli(['init', 'afile', '--lang', 'en'], dir).stderr, 'samstemt: afile is a file, not a folder\n');
    const extra = runCli(['init', 'ny', 'ekstra', '--lang', 'en'], dir);
    assert.equal(extra.status, 2);
    assert.match(extra.stderr, /^samstemt: init takes one DIR/);
    assert.ok(!existsSync(path.join(dir, 'ny')), 'nothing scaffolded');
  });

  it('--max-warnings takes decimal digits only; an empty value is an error, not 0', () => {
    const dir = tempWorkspace({ 'samstemt.yaml': CONFIG, 'storby.md': GOAL });
    for (const bad of ['', '1e3', '0x10', ' 5', '-2', '-01', '2.5']) {
      const r = runCli(['check', dir, `--max-warnings=${bad}`]);
      assert.equal(r.status, 2, `--max-warnings=${bad}`);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, `samstemt: --max-warnings takes a whole number, such as 0 or 10, or -1 for no limit (got "${bad}")\n`);
    }
    assert.equal(runCli(['check', dir, '--max-warnings', '007', '--rule', 'objective-uncovered=off']).status, 0);
  });

  it('check --output creates missing folders, as report --output does; --output - is standard output', () => {
    const dir = tempWorkspace({ 'samstemt.yaml': CONFIG, 'storby.md': GOAL });
    const r = runCli(['check', '.', '--format', 'sarif', '--output', 'reports/ci/samstemt.sarif'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(readFileSync(path.join(dir, 'reports/ci/samstemt.sarif'), 'utf8')).version, '2.1.0');
    const dash = runCli(['check', '.', '--format', 'json', '--output', '-'], dir);
    assert.equal(JSON.parse(dash.stdout).version, 1);
    const report = runCli(['report', '.', '--format', 'json', '--output', '-'], dir);
    assert.equal(report.status, 0, report.stderr);
    assert.equal(JSON.parse(report.stdout).version, 1);
    assert.equal(report.stderr, '');
    assert.ok(!existsSync(path.join(dir, '-')), 'no file named "-"');
  });

  it('an empty --output (an unset variable in --output=$SARIF) is an error, not output on stdout; an empty --framework too', () => {
    const dir = tempWorkspace({ 'samstemt.yaml': CONFIG, 'storby.md': GOAL });
    for (const args of [['check', '.', '--format', 'sarif', '--output='], ['check', '.', '--output', ' '], ['report', '.', '--output=']]) {
      const r = runCli([...args, '--lang', 'en'], dir);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
      assert.equal(r.stderr, 'samstemt: --output needs a file name, but its value is empty (- is standard output)\n');
    }
    assert.equal(runCli(['check', '.', '--output=', '--lang', 'nb'], dir).stderr, 'samstemt: --output trenger et filnavn, men verdien er tom (- er standard utdata)\n');
    assert.equal(runCli(['report', '.', '--output=', '--lang', 'nn'], dir).stderr, 'samstemt: --output treng eit filnamn, men verdien er tom (- er standard utdata)\n');
    const fw = runCli(['objectives', '--framework=', '--format', 'json', '--lang', 'nn'], dir);
    assert.equal(fw.status, 2);
    assert.equal(fw.stdout, '');
    assert.equal(fw.stderr, 'samstemt: --framework treng ein verdi\n');
  });

  it('a file in the --output path is a plain, localized error', () => {
    const dir = tempWorkspace({ 'samstemt.yaml': CONFIG_NN, 'storby.md': GOAL, afile: 'x\n' });
    const r = runCli(['check', '.', '--output', 'afile/x.sarif'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^samstemt: kan ikkje skrive afile\/x\.sarif: ein del av stien er ei fil, ikkje ei mappe$/m);
    assertPlain(r.stderr);
    const folder = runCli(['report', '.', '--lang', 'en', '--output', '.'], dir);
    assert.equal(folder.status, 2);
    assert.equal(folder.stderr, 'samstemt: cannot write .: it is a folder\n');
  });

  it('takes --format values in any case (check, report, objectives, suggest)', () => {
    const dir = tempWorkspace({ 'samstemt.yaml': CONFIG, 'storby.md': GOAL });
    const lower = runCli(['check', '.', '--format', 'json'], dir);
    const upper = runCli(['check', '.', '--format', 'JSON'], dir);
    assert.equal(upper.stdout, lower.stdout);
    const md = runCli(['report', '.', '--format', 'MD'], dir);
    assert.equal(md.status, 0, md.stderr);
    assert.match(md.stdout, /^## /m);
    assert.equal(runCli(['objectives', '--format', 'Json']).status, 0);
    assert.equal(runCli(['suggest', 'storby.md', '--format', 'JSON'], dir).status, 0);
  });

  it('ignores an invalid or blank SOURCE_DATE_EPOCH with a one-line warning', () => {
    const dir = tempWorkspace({ 'samstemt.yaml': CONFIG, 'storby.md': GOAL });
    const today = new Date().toISOString().slice(0, 10);
    for (const value of ['abc', ' ', '', '-5', '1e9']) {
      const r = spawnSync(process.execPath, [CLI, 'report', '.', '--format', 'html'], { cwd: dir, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: value } });
      assert.equal(r.status, 0, `${JSON.stringify(value)}: ${r.stderr}`);
      assert.equal(r.stderr, `samstemt: SOURCE_DATE_EPOCH is not a whole number of seconds ("${value}"), so it is ignored and today's date is used\n`);
      assert.ok(r.stdout.includes(today), 'dated today');
    }
    const ok = spawnSync(process.execPath, [CLI, 'report', '.', '--format', 'html'], { cwd: dir, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' } });
    assert.equal(ok.stderr, '');
    assert.ok(ok.stdout.includes('2023-11-14'));
  });

  it('suggest on a file without goals says so, with exit 2', () => {
    const dir = tempWorkspace({ 'samstemt.yaml': CONFIG_NN, 'storby.md': GOAL, 'tom.strategy.md': '---\nowner: storby\n---\n# Ingenting\n', 'README.md': '# Les meg\n' });
    const r = runCli(['suggest', 'tom.strategy.md'], dir);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'samstemt: tom.strategy.md har ingen mål (overskrifter med {#id}), så det er ingenting å føreslå\n');
    const readme = runCli(['suggest', 'README.md#x', '--lang', 'en'], dir);
    assert.equal(readme.status, 2);
    assert.equal(readme.stderr, 'samstemt: README.md has no goals (headings with {#id}), so there is nothing to suggest\n');
  });

  it("speaks --lang, else the workspace's language, else bokmål, in its own errors, without Node codes", () => {
    const dir = tempWorkspace({ 'samstemt.yaml': CONFIG_NN, 'storby.md': GOAL });
    // nynorsk from samstemt.yaml, for a path and for the current folder
    assert.equal(runCli(['check', dir, '--format', 'xml']).stderr, 'samstemt: --format må vere ein av stylish, json, sarif, github, junit (fekk «xml»)\n');
    assert.equal(runCli(['check', 'finst-ikkje.md'], dir).stderr, 'samstemt: finn inga fil eller mappe som heiter finst-ikkje.md\n');
    assert.equal(runCli(['check', '--rule', 'goal-unlinkd=off'], dir).stderr, 'samstemt: --rule: det finst ingen regel «goal-unlinkd»; meinte du «goal-unlinked»?\n');
    // --lang wins, also when it comes after the error
    assert.equal(runCli(['check', dir, '--format', 'xml', '--lang', 'nb']).stderr, 'samstemt: --format må være en av stylish, json, sarif, github, junit (fikk «xml»)\n');
    assert.equal(runCli(['check', dir, '--format', 'xml', '--lang', 'EN']).stderr, 'samstemt: --format must be one of stylish, json, sarif, github, junit (got "xml")\n');
    // bokmål without either
    const none = tempWorkspace({});
    assert.equal(runCli(['report', 'nope'], none).stderr, 'samstemt: finner ingen fil eller mappe som heter nope\n');
    assert.equal(runCli(['objectives', '--framework', 'X'], none).stderr, 'samstemt: ukjent rammeverk «X»; kjente rammeverk: DS19, DN30\n');
    assert.equal(runCli(['check', '--max-warnings'], none).stderr, 'samstemt: --max-warnings trenger en verdi\n');
    writeFileSync(path.join(none, 'samstemt.yaml'), 'language: en\n');
    assert.equal(runCli(['check', '--lang', 'de'], none).stderr, 'samstemt: --lang must be nb, nn or en (got "de")\n', 'a bad --lang: the workspace language');
  });
});
