import { strict as assert } from 'node:assert';
import { runCli } from '../helpers/cli.js';

/**
 * `samstemt check` over cooperations written in different languages (the
 * fixture cooperations side by side, among them English, nynorsk and bokmål). Each
 * message is in its cooperation's language; so is the severity word beside it.
 */
describe('samstemt check: cooperations of different languages in one run', function () {
  this.timeout(60000);
  const run = runCli(['check', 'test/fixtures']);

  /** The severity words of the findings under each file heading, by cooperation folder. */
  const words = new Map<string, Set<string>>();
  let folder = '';
  for (const line of run.stdout.split('\n')) {
    const heading = /^test\/fixtures\/([^/]+)\//.exec(line);
    if (heading) folder = heading[1]!;
    const finding = /^ +\d+:\d+ +(\S+)/.exec(line);
    if (finding && folder) {
      if (!words.has(folder)) words.set(folder, new Set());
      words.get(folder)!.add(finding[1]!);
    }
  }

  it('runs over the cooperations in English, nynorsk and bokmål', () => {
    assert.equal(run.status, 1, run.stderr);
    for (const folder of ['fjordnett', 'straumfjord', 'vestfjell']) assert.ok(words.has(folder), folder);
  });

  it('writes each severity in the language of the file’s cooperation', () => {
    const only = (folder: string, allowed: string[]) => {
      const seen = [...words.get(folder)!];
      assert.ok(seen.every((w) => allowed.includes(w)), `${folder}: ${seen.join(', ')}`);
    };
    only('fjordnett', ['error', 'warning', 'info', 'hint']);
    only('straumfjord', ['feil', 'åtvaring', 'merknad', 'tips']);
    only('vestfjell', ['feil', 'advarsel', 'merknad', 'tips']);
    assert.ok(words.get('straumfjord')!.has('åtvaring'));
    assert.ok(words.get('vestfjell')!.has('advarsel'));
  });

  it('keeps one language for the whole run with --lang', () => {
    const nn = runCli(['check', 'test/fixtures', '--lang', 'nn']);
    assert.doesNotMatch(nn.stdout, /^ +\d+:\d+ +(warning|advarsel|error) /m);
    assert.match(nn.stdout, /^ +\d+:\d+ +åtvaring /m);
  });
});
