/**
 * The extension's counts read as words that agree with their number: «1
 * error», «1 advarsel», «2 åtvaringar». A number is never put straight before a
 * plural noun in a UI string; the counted phrases have a singular and a plural
 * form, each translated.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO } from './harness.js';

const json = (p: string) => JSON.parse(readFileSync(path.join(REPO, p), 'utf8')) as Record<string, string>;

/** The first argument of every vscode.l10n.t call of the client. */
function clientStrings(): string[] {
  const dir = path.join(REPO, 'client/src');
  const source = readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n');
  return [...new Set([...source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!.replace(/\\'/g, "'")))];
}

const NOUNS = ['file', 'goal', 'error', 'warning', 'info'];

describe('the VS Code extension counts in words that agree with the number', function () {
  const strings = clientStrings();
  const nb = json('l10n/bundle.l10n.nb.json');
  const nn = json('l10n/bundle.l10n.nn.json');

  it('puts no number straight before a plural noun in a UI string', function () {
    const plural = new RegExp(`\\{\\d\\} (${NOUNS.map((n) => `${n}s`).join('|')})\\b`);
    assert.deepEqual(strings.filter((s) => plural.test(s) && !NOUNS.some((n) => s === `{0} ${n}s`)), []);
  });

  it('has a singular and a plural form of each counted noun, translated in bokmål and nynorsk', function () {
    for (const n of NOUNS) {
      for (const s of [`{0} ${n}`, `{0} ${n}s`]) {
        assert.ok(strings.includes(s), `the client uses «${s}»`);
        assert.ok(nb[s]?.trim() && nn[s]?.trim(), `«${s}» is translated`);
      }
    }
    // Where the language inflects the noun, the forms differ.
    assert.deepEqual([nb['{0} warning'], nb['{0} warnings']], ['{0} advarsel', '{0} advarsler']);
    assert.deepEqual([nn['{0} warning'], nn['{0} warnings']], ['{0} åtvaring', '{0} åtvaringar']);
    assert.deepEqual([nb['{0} file'], nb['{0} files']], ['{0} fil', '{0} filer']);
  });

  it('keeps no translation of a string the client no longer shows', function () {
    for (const [file, bundle] of [['nb', nb], ['nn', nn]] as const) {
      assert.deepEqual(Object.keys(bundle).filter((k) => !strings.includes(k)), [], `stale strings in the ${file} bundle`);
    }
  });
});
