/**
 * The TextMate grammar that colours strategy keys in Markdown, read as data:
 * its patterns are Oniguruma's, tried here as JavaScript ones.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO } from './paths.js';

type Captures = Record<string, { name: string }>;
export type GrammarRule = { match?: string; begin?: string; captures?: Captures; beginCaptures?: Captures };

/** The rules of `syntaxes/strategy-markdown.injection.tmLanguage.json`, by name. */
export const grammarRules = (JSON.parse(readFileSync(path.join(REPO, 'syntaxes/strategy-markdown.injection.tmLanguage.json'), 'utf8')) as { repository: Record<string, GrammarRule> }).repository;

/** An Oniguruma pattern as a JavaScript one: a leading (?i) becomes the i flag. */
function re(source: string): RegExp {
  const i = source.startsWith('(?i)');
  const body = i ? source.slice(4) : source;
  return new RegExp(body, (i ? 'i' : '') + 'd' + (body.includes('\\p{') ? 'u' : ''));
}

/** The text of each capture of `rule` on `line`, by scope name (captures of one name joined), and the length of the match. */
export function scopes(rule: GrammarRule, line: string): { names: Record<string, string>; end: number } | undefined {
  const m = re(rule.match ?? rule.begin!).exec(line);
  if (!m) return undefined;
  const names: Record<string, string> = {};
  for (const [n, c] of Object.entries(rule.captures ?? rule.beginCaptures ?? {})) {
    const text = m[Number(n)];
    if (text !== undefined) names[c.name] = (names[c.name] ?? '') + text;
  }
  return { names, end: m.index + m[0].length };
}
