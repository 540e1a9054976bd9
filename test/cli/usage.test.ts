/**
 * The command line as CI users meet it: what makes a run fail (exit 2) and
 * what it says on stderr, arguments in any case with did-you-mean, SARIF paths
 * as GitHub code scanning resolves them, and output in the run's language.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { CLEAN_GOAL, CLI, VAGUE_GOAL as VAGUE, runCli, tempWorkspace } from '../helpers/cli.js';
import { CONFIG, CONFIG_NB } from '../helpers/workspace.js';

const GOAL = CLEAN_GOAL;


describe('samstemt on the command line: failing runs and what they say', function () {
  this.timeout(60_000);

  it('accepts rule ids, severities and languages in any case, as samstemt.yaml does', () => {
    const dir = tempWorkspace({ 'samstemt.yaml': CONFIG, 'storby.md': GOAL, 'midtby.md': VAGUE });
    const lower = runCli(['check', dir, '--format', 'json', '--rule', 'goal-not-measurable=error', '--lang', 'en']);
    const mixed = runCli(['check', dir, '--format', 'json', '--rule', 'Goal-Not-Measurable=ERROR', '--lang', 'EN']);
    assert.equal(lower.status, 1, lower.stderr);
    assert.equal(mixed.status, 1, mixed.stderr);
    assert.equal(mixed.stdout, lower.stdout);
  });

  it('answers a command named like a built-in property (constructor, toString, __proto__) as an unknown command, without a stack trace', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const run = runCli([name, '--lang', 'en']);
      assert.equal(run.status, 2, `${name}: ${run.stderr}`);
      assert.match(run.stderr, new RegExp(`unknown command "${name}"`), name);
      assert.doesNotMatch(run.stderr, /TypeError|at .*\.js:\d+/, name);
    }
    // `help constructor` is the general help, as for any word that is not a command.
    const help = runCli(['help', 'constructor']);
    assert.equal(help.status, 0);
    assert.equal(help.stdout, runCli(['--help']).stdout);
    // A severity named so in samstemt.yaml is reported without a made-up fix.
    const dir = tempWorkspace({ 'samstemt.yaml': CONFIG + 'rules:\n  goal-unlinked: constructor\n', 'storby.md': GOAL });
    const check = runCli(['check', dir, '--format', 'json', '--lang', 'en']);
    assert.equal(check.status, 1, check.stderr);
    const d = JSON.parse(check.stdout).diagnostics.find((x: { rule: string }) => x.rule === 'invalid-value');
    assert.match(d.message, /^"constructor" is not a valid value for goal-unlinked\./);
    assert.doesNotMatch(d.message, /function|native/);
  });

  it('suggests the meant rule, command or option', () => {
    const rule = runCli(['check', '--rule', 'goal-unlinkd=off', '--lang', 'en']);
    assert.equal(rule.status, 2);
    assert.match(rule.stderr, /there is no rule "goal-unlinkd"; did you mean "goal-unlinked"\?/);
    const unknown = runCli(['check', '--rule', 'something-else=off', '--lang', 'en']);
    assert.match(unknown.stderr, /the rules are .*goal-unlinked/);
    const command = runCli(['chek', '--lang', 'en']);
    assert.equal(command.status, 2);
    assert.match(command.stderr, /unknown command "chek"; did you mean "check"\?/);
    const option = runCli(['check', '--formt', 'json', '--lang=en']);
    assert.equal(option.status, 2);
    assert.match(option.stderr, /unknown option --formt; did you mean --format\?/);
  });

  it('prints the help on stderr, with exit 2, when no command is given', () => {
    const r = runCli([]);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /Usage:/);
    assert.equal(runCli(['--help']).status, 0);
  });

  it('exits 2 when there is nothing to check, so a job pointed at the wrong folder fails', () => {
    const empty = tempWorkspace({ 'README.md': '# Strategier\n' });
    const r = runCli(['check', empty, '--format', 'json', '--lang', 'en']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^samstemt: nothing to check under .*: no samstemt\.yaml and no strategy documents/);
    // Without --lang and samstemt.yaml: bokmål, as the other texts.
    assert.match(runCli(['check', empty]).stderr, /^samstemt: ingenting å sjekke under .*: ingen samstemt\.yaml og ingen strategidokumenter/);
  });

  it('exits 2 for a samstemt.yaml it cannot parse, after showing where (check), and writes no report', () => {
    const dir = tempWorkspace({ 'samstemt.yaml': 'cooperation: Test\nlanguage: en\nframeworks: [DS19\nmembers:\n  storby: { name: Storby }\n', 'a.strategy.md': GOAL });
    const check = runCli(['check', dir, '--format', 'json']);
    assert.equal(check.status, 2);
    const out = JSON.parse(check.stdout) as { diagnostics: { file: string; rule: string }[] };
    assert.deepEqual(out.diagnostics.filter((d) => d.file === 'samstemt.yaml').map((d) => d.rule), ['parse-error'], 'one parse-error, no objective-uncovered computed without the frameworks');
    // The rest of the file is read (the bracket closed at the end of its line): `language: en` speaks, and the bracket is named.
    assert.match(check.stderr, /samstemt\.yaml:3:13: samstemt\.yaml has an error, so its settings were read as far as they could be: The bracket \(\[\)/);
    const report = runCli(['report', dir, '--format', 'md']);
    assert.equal(report.status, 2);
    assert.equal(report.stdout, '');
    assert.match(report.stderr, /samstemt\.yaml has an error/);
  });

  it('says why --max-warnings failed the run', () => {
    const dir = tempWorkspace({ 'samstemt.yaml': CONFIG, 'storby.md': GOAL, 'midtby.md': VAGUE });
    const r = runCli(['check', dir, '--max-warnings', '0']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^samstemt: 1 warning, more than --max-warnings 0 allows; exit code 1\.$/m);
    assert.match(runCli(['check', dir, '--max-warnings', '0', '--lang', 'nb']).stderr, /^samstemt: 1 advarsel, mer enn --max-warnings 0 tillater; avslutningskode 1\.$/m);
    assert.match(runCli(['check', dir, '--max-warnings', '0', '--lang', 'nn']).stderr, /^samstemt: 1 åtvaring, meir enn --max-warnings 0 tillèt; avslutningskode 1\.$/m);
    assert.equal(runCli(['check', dir, '--max-warnings', '1']).stderr, '');
  });

  it('writes SARIF paths relative to the working directory, as GitHub code scanning reads them', () => {
    const repo = tempWorkspace({ 'samarbeid/samstemt.yaml': CONFIG, 'samarbeid/strategier/midtby.md': VAGUE });
    const r = runCli(['check', 'samarbeid', '--format', 'sarif'], repo);
    const log = JSON.parse(r.stdout) as { runs: { originalUriBaseIds: Record<string, { uri: string }>; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[] }[] };
    const result = log.runs[0]!.results.find((x) => x.ruleId === 'goal-not-measurable')!;
    assert.deepEqual(result.locations[0]!.physicalLocation.artifactLocation, { uri: 'samarbeid/strategier/midtby.md', uriBaseId: '%SRCROOT%' });
    assert.equal(log.runs[0]!.originalUriBaseIds['%SRCROOT%']!.uri, new URL(`file://${repo}/`).href);
  });

  it('speaks the run’s language in the stylish columns and suggest labels, and infos alone get no cross', () => {
    const dir = tempWorkspace({ 'samstemt.yaml': CONFIG_NB, 'storby.md': GOAL, 'midtby.md': VAGUE });
    const quiet = ['--rule', 'objective-uncovered=off', '--rule', 'beyond-framework-period=off'];
    const nb = runCli(['check', dir, ...quiet]);
    assert.match(nb.stdout, /^ {2}4:4 {2}advarsel {2}Målet «Bedre digitale tjenester»/m);
    assert.match(nb.stdout, /^✖ 1 problem \(0 feil, 1 advarsel\)$/m);
    const infos = runCli(['check', dir, ...quiet, '--rule', 'goal-not-measurable=info']);
    assert.equal(infos.status, 0);
    assert.match(infos.stdout, /^ℹ 1 problem \(0 feil, 0 advarsler, 1 merknad\)$/m);
    const suggest = runCli(['suggest', `${path.join(dir, 'storby.md')}#digital-byggesak`]);
    assert.match(suggest.stdout, /\(støtter DS19-M2\)/);
    assert.match(suggest.stdout, /treff på: /);
  });

  it('names the cooperation’s folder, not the author’s path, in a report without `cooperation:`', () => {
    const ws = tempWorkspace({ 'kystnett/samstemt.yaml': CONFIG.replace('cooperation: Test\n', ''), 'kystnett/storby.md': GOAL });
    const out = path.join(ws, 'rapport.html');
    assert.equal(runCli(['report', path.join(ws, 'kystnett'), '--output', out]).status, 0);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /<h1>kystnett<\/h1>/);
    assert.doesNotMatch(html, /file:\/\//);
  });

  it('takes the report format from the --output file name when --format is not given', () => {
    const ws = tempWorkspace({ 'samstemt.yaml': CONFIG, 'storby.md': GOAL });
    for (const [name, check] of [['rapport.md', /^## /m], ['rapport.json', /^\{/], ['rapport.html', /^<!doctype html>/i]] as const) {
      const out = path.join(ws, name);
      assert.equal(runCli(['report', ws, '--output', out]).status, 0);
      assert.match(readFileSync(out, 'utf8'), check, name);
    }
  });

  it('colours stylish output with FORCE_COLOR, for CI logs that are not terminals', () => {
    const dir = tempWorkspace({ 'samstemt.yaml': CONFIG, 'midtby.md': VAGUE });
    const env = (extra: Record<string, string>) => ({ ...process.env, NO_COLOR: '', ...extra });
    const forced = spawnSync(process.execPath, [CLI, 'check', dir], { encoding: 'utf8', env: env({ FORCE_COLOR: '1' }) });
    assert.match(forced.stdout, /\u001b\[/);
    const plain = spawnSync(process.execPath, [CLI, 'check', dir], { encoding: 'utf8', env: env({ FORCE_COLOR: '0' }) });
    assert.doesNotMatch(plain.stdout, /\u001b\[/);
  });

  it('samstemt-language-server --socket with a bad port is a usage error (exit 2), not a stack trace', () => {
    const server = path.join(path.dirname(CLI), 'samstemt-language-server.js');
    for (const port of ['abc', '99999', '', '0', '5007x']) {
      const r = spawnSync(process.execPath, [server, `--socket=${port}`], { encoding: 'utf8', input: '', timeout: 20_000 });
      assert.equal(r.status, 2, `--socket=${port}: ${r.stderr}`);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, new RegExp(`^samstemt-language-server: --socket takes a port number from 1 to 65535, e\\.g\\. --socket=5007 \\(got "${port}"\\)\\.\\n\\nUsage:`));
      assert.doesNotMatch(r.stderr, /\n\s+at |Error:/);
    }
  });
});
