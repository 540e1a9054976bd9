/**
 * When the VS Code extension starts, and how a user in a window without a
 * cooperation gets one started: the activation events match the files the
 * server analyses by default (format.md: DEFAULT_DOCUMENTS and samstemt.yaml),
 * never every Markdown file, and the command «New strategy document» (also
 * under File → New File…) activates it and opens an untitled buffer with a
 * goal template the server checks on its own, in each message language.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspClient, REPO, messageOf } from './harness.js';
import { DEFAULT_DOCUMENTS } from '../../server/src/engine/model/config.js';
import { GOAL_KEYS } from '../../server/src/engine/model/vocabulary.js';
import { strategyTemplate, templateLang } from '../../server/src/engine/language/template.js';

interface Manifest {
  activationEvents: string[];
  contributes: { commands: { command: string; title: string }[]; menus: Record<string, { command: string }[]> };
}
const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as Manifest;
const nls = (suffix: string) => JSON.parse(readFileSync(path.join(REPO, `package.nls${suffix}.json`), 'utf8')) as Record<string, string>;
const NEW = 'samstemt.newStrategyDocument';

/** A snippet as the editor leaves it when the user tabs through: each placeholder's default, empty tab stops empty. */
const filledIn = (snippet: string) => snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');

describe('extension activation', function () {
  it('activates where the server finds documents by default, and not for every Markdown file', function () {
    const events = manifest.activationEvents;
    for (const glob of ['**/samstemt.yaml', ...DEFAULT_DOCUMENTS]) assert.ok(events.includes(`workspaceContains:${glob}`), `workspaceContains:${glob}`);
    assert.ok(!events.some((e) => e === '*' || e === 'onStartupFinished' || e.startsWith('onLanguage:')), events.join(', '));
  });

  it('offers «New strategy document» in the command palette and under File → New File…, which activates the extension', function () {
    const command = manifest.contributes.commands.find((c) => c.command === NEW);
    assert.ok(command, `${NEW} is contributed`);
    assert.ok(manifest.activationEvents.includes(`onCommand:${NEW}`));
    assert.ok(manifest.contributes.menus['file/newFile']?.some((m) => m.command === NEW), 'in File → New File…');
    const key = command.title.slice(1, -1);
    const titles = ['', '.nb', '.nn'].map((s) => nls(s)[key]);
    assert.deepEqual(titles, ['New strategy document', 'Nytt strategidokument', 'Nytt strategidokument']);
  });

  it('writes the template in the language setting, else Norwegian (nynorsk only for a nynorsk display language)', function () {
    assert.equal(templateLang('en', 'nb'), 'en');
    assert.equal(templateLang('nn', 'en'), 'nn');
    assert.equal(templateLang('auto', 'en'), 'nb', 'VS Code has no Norwegian display language: most advisers run it in English');
    assert.equal(templateLang('auto', 'nn'), 'nn');
    assert.equal(templateLang('auto', 'nb'), 'nb');
  });

  describe('the template, as the server sees it in an untitled buffer', function () {
    this.timeout(60000);
    let client: LspClient;

    before(async function () {
      client = await LspClient.start(REPO, { folders: null });
    });

    after(async function () {
      await client?.stop();
    });

    for (const lang of ['nb', 'nn', 'en'] as const) {
      it(`${lang}: is checked as a strategy document, its keys known and nothing misread`, async function () {
        const text = filledIn(strategyTemplate(lang));
        for (const k of ['supports', 'indicator', 'target', 'deadline']) {
          const name = GOAL_KEYS.find((d) => d.canonical === k)!.names[lang];
          assert.ok(text.toLowerCase().includes(`- ${name}:`), `${name} in\n${text}`);
        }
        const uri = `untitled:Untitled-${lang}`;
        const published = client.nextDiagnostics(uri, (d) => d.length > 0);
        void client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
        const found: Diagnostic[] = await published;
        const rules = found.map((d) => `${String(d.code)}: ${messageOf(d)}`);
        // The empty values are what the user is to fill in: a goal without an objective or a measure is reported as such.
        assert.ok(!found.some((d) => d.code === 'parse-error' || d.code === 'unknown-property'), rules.join('\n'));
        client.close(uri);
      });
    }
  });
});
