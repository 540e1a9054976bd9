/**
 * The Markdown grammar highlights a key where Samstemt reads one: also in a
 * task list item (`- [ ] Frist: 2026`, as Obsidian, GitHub and Google Docs
 * write checklists) and with the colon inside the bold (`**Frist:** 2026`, as
 * Word and Pandoc write it); not in a numbered list, which Samstemt does not
 * read as properties. The patterns are Oniguruma's, tried as JavaScript ones.
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

/** The text of each named capture of `rule` on `line`, by scope name (first capture of a name wins). */
function scopes(rule: Rule, line: string): Record<string, string> | undefined {
  const m = re(rule.match ?? rule.begin!).exec(line);
  if (!m) return undefined;
  const out: Record<string, string> = {};
  for (const [n, c] of Object.entries(rule.captures ?? rule.beginCaptures ?? {})) {
    const text = m[Number(n)];
    if (text !== undefined) out[c.name] = (out[c.name] ?? '') + text;
  }
  return out;
}

const KEY = 'support.type.property-name.samstemt';
const COLON = 'punctuation.separator.key-value.samstemt';
const BOLD = 'punctuation.definition.bold.markdown';

describe('the Markdown grammar on task lists and bold keys', function () {
  const r = grammar.repository;

  it('highlights the key of a task list item, checked or not', function () {
    for (const [line, key] of [
      ['- [ ] Frist: 2026', 'Frist'],
      ['- [x] Område: hr', 'Område'],
      ['* [X] Ansvarleg: IKT', 'Ansvarleg'],
      ['  - [ ]   Deadline: 2026', 'Deadline'],
    ] as const) {
      assert.equal(scopes(r['property-key']!, line)?.[KEY], key, line);
    }
    assert.equal(scopes(r['supports-line']!, '- [x] Støtter: DS19-M2')?.[KEY], 'Støtter');
    assert.equal(scopes(r['contributes-line']!, '- [ ] Bidreg til: #b')?.[KEY], 'Bidreg til');
  });

  it('highlights a key whose colon stands inside the bold, and both bold markers', function () {
    const s = scopes(r['property-key']!, '- **Frist:** 2026');
    assert.equal(s?.[KEY], 'Frist');
    assert.equal(s?.[COLON], ':');
    assert.equal(s?.[BOLD], '****');
    assert.equal(scopes(r['supports-line']!, '- [ ] **Støttar:** DS19-M2')?.[KEY], 'Støttar');
    assert.equal(scopes(r['property-key']!, '- **Frist**: 2026')?.[BOLD], '****');
  });

  it('leaves numbered lists, a box without a space and prose alone', function () {
    for (const line of ['1. Frist: 2026', '- [ ]Frist: 2026', '- [-] Frist: 2026', 'Frist: 2026', '- Fristen: 2026']) {
      assert.equal(scopes(r['property-key']!, line), undefined, line);
    }
  });
});
