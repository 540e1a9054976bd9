/**
 * What the VS Code extension says to strategy advisers (command titles, status
 * bar, notifications) names the tool, «Samstemt», not the programmers' word
 * for its part that runs in the background («språktjener», «språktenar»,
 * «language server»). Only the setting that traces the protocol, which is for
 * whoever debugs the extension, may name it.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO } from './harness.js';

const json = (p: string) => JSON.parse(readFileSync(path.join(REPO, p), 'utf8')) as Record<string, string>;
const JARGON = /språktjener|språktenar|language server/i;
/** Where the word is needed: the description of the trace setting. */
const NEEDED = new Set(['samstemt.trace.description']);

describe('the extension names Samstemt, not its language server', function () {
  it('in the manifest strings (command titles, setting descriptions) in en, nb and nn', function () {
    const found: string[] = [];
    for (const file of ['package.nls.json', 'package.nls.nb.json', 'package.nls.nn.json']) {
      for (const [key, text] of Object.entries(json(file))) if (!NEEDED.has(key) && JARGON.test(text)) found.push(`${file} ${key}: ${text}`);
    }
    assert.deepEqual(found, []);
  });

  it('in the messages of the extension (notifications, status bar) and their nb and nn translations', function () {
    const found: string[] = [];
    const client = path.join(REPO, 'client/src');
    for (const f of readdirSync(client).filter((n) => n.endsWith('.ts'))) {
      for (const m of readFileSync(path.join(client, f), 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) if (JARGON.test(m[1]!)) found.push(`${f}: ${m[1]}`);
    }
    for (const file of readdirSync(path.join(REPO, 'l10n'))) {
      for (const [key, text] of Object.entries(json(path.join('l10n', file)))) if (JARGON.test(key) || JARGON.test(text)) found.push(`${file}: ${text}`);
    }
    assert.deepEqual(found, []);
  });
});
