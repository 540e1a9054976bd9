/**
 * An outside tester's reading of cli.md, on small cooperations written for
 * these tests: where the command line disagreed with the contract, or would
 * mislead a CI job or a script.
 */
import { strict as assert } from 'node:assert';
import { runCli, tempWorkspace, CLEAN_GOAL } from '../helpers/cli.js';
import { execute } from '../../server/src/cli/cli.js';
import { allRules } from '../../server/src/rules/index.js';

/** A cooperation that enables DS19 only. */
const DS19_ONLY = `cooperation: Prøvesamarbeid
language: en
frameworks: [DS19]
members:
  storby: { name: Storby kommune, kind: kommune }
`;

describe('samstemt command line against cli.md (an outside reading)', function () {
  this.timeout(60_000);

  describe('objectives --framework', () => {
    it('lists a built-in national catalog the cooperation does not enable, instead of calling it unknown', () => {
      const dir = tempWorkspace({ 'samstemt.yaml': DS19_ONLY, 'storby.strategy.md': CLEAN_GOAL });
      const run = runCli(['objectives', '--framework', 'DN30'], dir);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /^DN30 /m);
      assert.match(run.stdout, /DN30-F1/);
      assert.doesNotMatch(run.stdout, /DS19-M1/);
      // Without --framework: the cooperation's frameworks only, as before.
      const all = runCli(['objectives'], dir);
      assert.match(all.stdout, /DS19-M1/);
      assert.doesNotMatch(all.stdout, /DN30-F1/);
    });

    it('names every framework it knows when the one asked for is unknown', () => {
      const dir = tempWorkspace({ 'samstemt.yaml': DS19_ONLY, 'storby.strategy.md': CLEAN_GOAL });
      const run = runCli(['objectives', '--framework', 'XX'], dir);
      assert.equal(run.status, 2);
      assert.equal(run.stderr, 'samstemt: unknown framework "XX"; known frameworks: DS19, DN30\n');
    });
  });
});

describe('samstemt command line: --help and the end of options', function () {
  this.timeout(60_000);

  it('reads -h and --help after -- as paths, not as a request for help', () => {
    const dir = tempWorkspace({ 'samstemt.yaml': DS19_ONLY, 'storby.strategy.md': CLEAN_GOAL });
    const run = runCli(['check', '--', '--help'], dir);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, 'samstemt: no such file or folder: --help\n');
    // The help itself still answers --help before --.
    const help = runCli(['check', '--help', '--', 'x'], dir);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^samstemt \d/);
  });

  it('reads -h as the value of an option, not as a request for help', () => {
    const dir = tempWorkspace({ 'samstemt.yaml': DS19_ONLY, 'storby.strategy.md': CLEAN_GOAL });
    const run = runCli(['check', '--lang', '-h'], dir);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /--lang must be nb, nn or en \(got "-h"\)/);
  });
});

describe('samstemt check: colour as chalk and ESLint users expect', function () {
  this.timeout(60_000);

  /** Runs `check` in this process with stdout taken for a terminal. */
  function onTerminal(dir: string, env: Record<string, string>): string {
    let out = '';
    execute(['check', dir], { cwd: dir, stdout: (t) => (out += t), stderr: () => undefined, isTTY: true, env });
    return out;
  }

  it('colours on a terminal, and not with FORCE_COLOR=0 or NO_COLOR', () => {
    // A goal without a deadline: one warning to colour.
    const dir = tempWorkspace({ 'samstemt.yaml': DS19_ONLY, 'storby.strategy.md': CLEAN_GOAL.replace('- Frist: 2026-12-31\n', '') });
    assert.match(onTerminal(dir, {}), /\u001b\[/);
    assert.doesNotMatch(onTerminal(dir, { FORCE_COLOR: '0' }), /\u001b\[/);
    assert.doesNotMatch(onTerminal(dir, { FORCE_COLOR: 'false' }), /\u001b\[/);
    assert.doesNotMatch(onTerminal(dir, { NO_COLOR: '1' }), /\u001b\[/);
    assert.doesNotMatch(onTerminal(dir, { NO_COLOR: '1', FORCE_COLOR: '1' }), /\u001b\[/);
  });
});

describe('samstemt check --format junit: text a title brings in', function () {
  this.timeout(60_000);

  it('writes a carriage return as &#13; in text content too, so XML parsers keep it', () => {
    const dir = tempWorkspace({
      'samstemt.yaml': DS19_ONLY,
      // A double-quoted YAML title with CR LF and a control character; no `supports`: goal-unlinked quotes the title.
      'storby.strategy.yaml': 'owner: storby\ngoals:\n  - id: a\n    title: "Linje en\\r\\nlinje to & <tre>\\x01"\n    area: hr\n    deadline: 2025-12-31\n',
    });
    const run = runCli(['check', '--format', 'junit'], dir);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /<failure message="goal-unlinked: [^"]*Linje en&#13;&#10;linje to &amp; &lt;tre&gt;/);
    assert.match(run.stdout, /<failure [^>]*>[^<]*Linje en&#13;\nlinje to &amp; &lt;tre&gt;/);
    assert.doesNotMatch(run.stdout, /[\r\x01]/);
  });
});

describe('samstemt check --format stylish from a sub-folder', function () {
  this.timeout(60_000);

  it('writes paths from the folder it runs in, as markdownlint-cli2 does, not ../<that folder>/…', () => {
    const dir = tempWorkspace({
      'samstemt.yaml': DS19_ONLY,
      // Two goals in conflict: the diagnostic and its related location are in different folders.
      'strategier/storby.strategy.md': '---\nowner: storby\n---\n## HR {#hr}\n\n- Område: hr\n- Innføre: Visma\n- Frist: 2025-12-31\n- Støtter: DS19-M2\n- Behov: ett system\n',
      'andre/storby-2.strategy.md': '---\nowner: storby\n---\n## HR {#hr}\n\n- Område: hr\n- Frist: 2025-12-31\n- Støtter: DS19-M2\n',
    });
    const run = runCli(['check', '--rule', 'objective-uncovered=off'], `${dir}/strategier`);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^storby\.strategy\.md$/m);
    assert.doesNotMatch(run.stdout, /\.\.\/strategier\//);
    // JSON keeps cli.md's shape: files relative to the root, the root relative to the folder.
    const json = JSON.parse(runCli(['check', '--format', 'json', '--rule', 'objective-uncovered=off'], `${dir}/strategier`).stdout) as { root: string; diagnostics: { file: string }[] };
    assert.equal(json.root, '..');
    assert.equal(json.diagnostics[0]!.file, 'strategier/storby.strategy.md');
  });
});

describe('samstemt check: a rule that fails', function () {
  this.timeout(60_000);

  it('exits 2 after the output (the run is incomplete), instead of passing a clean run', () => {
    const dir = tempWorkspace({ 'samstemt.yaml': DS19_ONLY, 'storby.strategy.md': CLEAN_GOAL });
    const rule = allRules.find((r) => r.meta.id === 'goal-not-measurable')!;
    const saved = rule.checkDocument;
    let out = '';
    let err = '';
    const io = { cwd: dir, stdout: (t: string) => (out += t), stderr: (t: string) => (err += t), isTTY: false, env: {} };
    try {
      (rule as { checkDocument?: unknown }).checkDocument = () => {
        throw new Error('boom');
      };
      const status = execute(['check', '--format', 'json', '--rule', 'objective-uncovered=off'], io);
      assert.equal(status, 2, err);
    } finally {
      (rule as { checkDocument?: unknown }).checkDocument = saved;
    }
    assert.match(err, /internal error in rule goal-not-measurable \(the other rules ran\): (Error: )?boom/);
    // The output is still written, and the same run without the failure is clean.
    assert.equal((JSON.parse(out) as { summary: { errors: number } }).summary.errors, 0);
    out = '';
    assert.equal(execute(['check', '--format', 'json', '--rule', 'objective-uncovered=off'], io), 0);
  });
});
