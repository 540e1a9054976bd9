/**
 * The messages a strategy adviser reads say things as the adviser would: the
 * cooperation or its folder, not the «workspace» (arbeidsområde) of a code
 * editor, and none of the programmer's words (parse, token, regex, URI,
 * config). Rule IDs (`parse-error`) and placeholders (`{config}`) are names,
 * not words, and are left out.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allRules } from '../../server/src/rules/index.js';
import { L } from '../../server/src/engine/language/strings.js';
import { labels } from '../../server/src/report/i18n.js';
import { REPO } from '../helpers/workspace.js';

const PROGRAMMER_WORDS = /\bworkspaces?\b|arbeidsområd|\bpars(e|es|ed|ing|er)\b|\bparsa?\b|\btokens?\b|\bregex|\bURIs?\b|\bconfig(uration)?\b|konfigurasjon/i;

/** Text without rule IDs, placeholders and code (`…`), which name things rather than say them. */
function words(text: string): string {
  return text.replace(/`[^`]*`/g, '').replace(/\{\w+\}/g, '').replace(/\bparse-error\b/g, '');
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

function check(where: string, texts: readonly string[]): void {
  const bad = texts.filter((t) => PROGRAMMER_WORDS.test(words(t)));
  assert.deepEqual(bad, [], `${where}: programmer words in messages`);
}

describe('messages in plain words', () => {
  it('the rules\' messages', () => {
    for (const r of allRules) check(r.meta.id, strings([r.meta.messages, r.meta.description]));
  });

  it('hover, completion and code lens texts', () => check('strings.ts', strings(L)));

  it('the report', () => {
    for (const lang of ['nb', 'nn', 'en'] as const) check(`report ${lang}`, strings(labels(lang)));
  });

  it('the command line\'s messages', () => {
    const src = readFileSync(path.join(REPO, 'server/src/cli/messages.ts'), 'utf8');
    const texts = [...src.matchAll(/^\s+\w+: '((?:[^'\\]|\\.)*)',?$/gm)].map((m) => m[1]!);
    assert.ok(texts.length > 100, 'the CLI messages are found');
    check('cli/messages.ts', texts);
  });

  it('the VS Code extension (translations and manifest)', () => {
    for (const f of ['l10n/bundle.l10n.nb.json', 'l10n/bundle.l10n.nn.json']) {
      const bundle = JSON.parse(readFileSync(path.join(REPO, f), 'utf8')) as Record<string, string>;
      check(f, [...Object.keys(bundle), ...Object.values(bundle)]);
    }
    for (const f of ['package.nls.json', 'package.nls.nb.json', 'package.nls.nn.json']) {
      const nls = JSON.parse(readFileSync(path.join(REPO, f), 'utf8')) as Record<string, string>;
      check(f, Object.values(nls).map((t) => t.replace(/\(command:[\w.]+\)/g, '')));
    }
  });
});
