/**
 * Nynorsk users of the VS Code extension: the manifest's titles and
 * descriptions (package.nls.nn.json) and the client's own text (status bar,
 * notifications, tree view, report panel: l10n/bundle.l10n.nn.json) exist in
 * nynorsk for every string, as they do in bokmål, and are nynorsk, not
 * copies of the bokmål text.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO } from './harness.js';

const json = (p: string) => JSON.parse(readFileSync(path.join(REPO, p), 'utf8')) as Record<string, string>;

/** Bokmål spellings a nynorsk text does not use (nynorsk: ikkje, kva, køyrer, tenar, åtvaringar …). */
const BOKMAL_ONLY = /\b(ikke|hva|hvor|hvorfor|hvis|kjører|tjener|tjeneren|språktjener|advarsler|mappen|målene|følger|ellers|noe|bare|lager|laget|vises|starter|stoppet|velg|koblet|leser)\b/i;

/** The client's own UI strings: the first argument of every vscode.l10n.t call. */
function clientStrings(): string[] {
  const dir = path.join(REPO, 'client/src');
  const source = readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n');
  return [...new Set([...source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!.replace(/\\'/g, "'")))];
}

describe('the VS Code extension in nynorsk', function () {
  it('has a nynorsk title or description for every string of the manifest', function () {
    assert.ok(existsSync(path.join(REPO, 'package.nls.nn.json')), 'package.nls.nn.json');
    const en = json('package.nls.json');
    const nb = json('package.nls.nb.json');
    const nn = json('package.nls.nn.json');
    assert.deepEqual(Object.keys(en).filter((k) => !nn[k]?.trim()), [], 'keys without a nynorsk text');
    assert.deepEqual(Object.keys(nn).filter((k) => !(k in en)), [], 'nynorsk keys the manifest does not have');
    assert.deepEqual(Object.entries(nn).filter(([, t]) => BOKMAL_ONLY.test(t)), [], 'bokmål words in the nynorsk manifest');
    // Not a copy of bokmål: the texts with words that differ between the two are written anew.
    // («Start Samstemt på nytt» is the same in both, rightly.)
    assert.notEqual(nn['samstemt.trace.description'], nb['samstemt.trace.description']);
    assert.notEqual(nn['samstemt.language.description'], nb['samstemt.language.description']);
  });

  it('translates every UI string of the client into nynorsk', function () {
    assert.ok(existsSync(path.join(REPO, 'l10n/bundle.l10n.nn.json')), 'l10n/bundle.l10n.nn.json');
    const nn = json('l10n/bundle.l10n.nn.json');
    const strings = clientStrings();
    assert.ok(strings.length > 10);
    assert.deepEqual(strings.filter((s) => !nn[s]?.trim()), [], 'strings without a nynorsk translation');
    assert.deepEqual(Object.entries(nn).filter(([, t]) => BOKMAL_ONLY.test(t)), [], 'bokmål words in the nynorsk bundle');
  });

  it('keeps the placeholders of every string in both translations', function () {
    const holes = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort().join(' ');
    for (const file of ['l10n/bundle.l10n.nb.json', 'l10n/bundle.l10n.nn.json']) {
      const bundle = json(file);
      assert.deepEqual(clientStrings().filter((s) => bundle[s] && holes(bundle[s]) !== holes(s)), [], `placeholders lost in ${file}`);
    }
  });
});
