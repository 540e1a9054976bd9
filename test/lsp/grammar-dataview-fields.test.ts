/**
 * The Markdown grammar colours Obsidian's Dataview property form,
 * `- Frist:: 2026`, as it colours `- Frist: 2026`: Samstemt reads both the
 * same (the second colon is the key's trailing colon). The patterns are
 * Oniguruma's, tried as JavaScript ones.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO } from './harness.js';

type Captures = Record<string, { name: string }>;
type Rule = { match?: string; begin?: string; captures?: Captures; beginCaptures?: Captures };
const grammar = JSON.parse(readFileSync(path.join(REPO, 'syntaxes/strategy-markdown.injection.tmLanguage.json'), 'utf8')) as { repository: Record<string, Rule> };

/** An Oniguruma pattern as a JavaScript one: a leading (?i) becomes the i flag. */
function re(source: string): RegExp {
  const i = source.startsWith('(?i)');
  const body = i ? source.slice(4) : source;
  return new RegExp(body, (i ? 'i' : '') + 'd' + (body.includes('\\p{') ? 'u' : ''));
}

/** The text of each named capture of `rule` on `line`, by scope name, and the length of the match. */
function scopes(rule: Rule, line: string): { names: Record<string, string>; end: number } | undefined {
  const m = re(rule.match ?? rule.begin!).exec(line);
  if (!m) return undefined;
  const names: Record<string, string> = {};
  for (const [n, c] of Object.entries(rule.captures ?? rule.beginCaptures ?? {})) {
    const text = m[Number(n)];
    if (text !== undefined) names[c.name] = (names[c.name] ?? '') + text;
  }
  return { names, end: m.index + m[0].length };
}

const KEY = 'support.type.property-name.samstemt';
const COLON = 'punctuation.separator.key-value.samstemt';

describe('the Markdown grammar on Dataview fields (`Frist:: 2026`)', function () {
  const r = grammar.repository;

  it('colours the key and both colons, as for `Frist: 2026`', function () {
    for (const [line, key] of [
      ['- Frist:: 2026', 'Frist'],
      ['- Område:: hr', 'Område'],
      ['- [ ] Ansvarleg:: IKT', 'Ansvarleg'],
      ['- **Frist**:: 2026', 'Frist'],
    ] as const) {
      const s = scopes(r['property-key']!, line);
      assert.equal(s?.names[KEY], key, line);
      assert.equal(s?.names[COLON], '::', line);
    }
    assert.equal(scopes(r['property-key']!, '- Frist: 2026')?.names[COLON], ':');
  });

  it('colours the objective and goal reference lines from after both colons', function () {
    const supports = scopes(r['supports-line']!, '- Støtter:: DS19-M2');
    assert.equal(supports?.names[KEY], 'Støtter');
    assert.equal(supports?.end, '- Støtter::'.length);
    const contributes = scopes(r['contributes-line']!, '- Bidrar til:: storby#b');
    assert.equal(contributes?.names[KEY], 'Bidrar til');
    assert.equal(contributes?.names[COLON], '::');
  });
});
