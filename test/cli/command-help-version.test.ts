/**
 * `--version` / `-v` and `--help` / `-h` after a command, as ESLint and git
 * users expect: `samstemt check --version` prints the version (it said
 * «unknown option»), and `samstemt report --help` shows the help of report
 * (it showed every command's), as does `samstemt help report`.
 */
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempWorkspace } from '../helpers/cli.js';

const COMMANDS = ['check', 'report', 'objectives', 'suggest', 'init'] as const;
/** A line of each command's usage, and an option only that command has (or none). */
const OWN: Record<(typeof COMMANDS)[number], { usage: RegExp; option?: RegExp }> = {
  check: { usage: /samstemt check \[PATH\.\.\.\]/, option: /--max-warnings/ },
  report: { usage: /samstemt report \[PATH\]/, option: /--format html\|md\|json/ },
  objectives: { usage: /samstemt objectives \[PATH\]/, option: /--framework/ },
  suggest: { usage: /samstemt suggest FILE\[#goal-id\]/ },
  init: { usage: /samstemt init \[DIR\]/ },
};

describe('samstemt COMMAND --version and --help', function () {
  this.timeout(60_000);

  it('prints the version after any command, with --version or -v, and does nothing else', () => {
    const version = runCli(['--version']).stdout;
    assert.match(version, /^\d+\.\d+\.\d+\n$/);
    for (const command of COMMANDS) {
      for (const flag of ['--version', '-v']) {
        const dir = tempWorkspace({});
        const r = runCli([command, flag], dir);
        assert.equal(r.status, 0, `${command} ${flag}: ${r.stderr}`);
        assert.equal(r.stdout, version, `${command} ${flag}`);
        assert.equal(r.stderr, '');
        assert.ok(!existsSync(path.join(dir, 'samstemt.yaml')), `${command} ${flag} made nothing`);
      }
    }
  });

  it('shows the help of the command it follows, not every command\'s', () => {
    for (const command of COMMANDS) {
      for (const args of [[command, '--help'], [command, '-h'], ['help', command]]) {
        const r = runCli(args);
        assert.equal(r.status, 0, `${args.join(' ')}: ${r.stderr}`);
        assert.match(r.stdout, OWN[command].usage, args.join(' '));
        if (OWN[command].option) assert.match(r.stdout, OWN[command].option!, args.join(' '));
        for (const other of COMMANDS.filter((c) => c !== command)) assert.doesNotMatch(r.stdout, OWN[other].usage, `${args.join(' ')} shows ${other}`);
      }
    }
  });

  it('reads -v after -- as a path, and as the value of an option', () => {
    const dir = tempWorkspace({});
    const path1 = runCli(['check', '--', '-v'], dir);
    assert.equal(path1.status, 2);
    assert.match(path1.stderr, /-v/);
    assert.equal(path1.stdout, '');
    const value = runCli(['check', '--lang', '-v'], dir);
    assert.equal(value.status, 2);
    assert.match(value.stderr, /--lang (must be|må være) nb, nn (or|eller) en \((got|fikk) .-v.\)/);
  });
});
