/**
 * Link suggestions in the editor, on the linking10 cooperation (Fjellkyst IKT,
 * `language: nn`): the quick fixes for an unlinked goal are titled in nynorsk,
 * name the author's words as written («ID-porten», «KS»), and write the
 * `supports` key of the document's own language (`Støttar:` in a nynorsk
 * document, `Supports:` in the English one), a line the contract reads back.
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol/node';
import { LspClient, REPO, applyEdits, editsByUri, read, removeDir, textIn, uriOf } from './harness.js';

describe('language server: link suggestions in nynorsk and English (linking10)', function () {
  this.timeout(60000);
  let root: string;
  let client: LspClient;

  before(async function () {
    root = mkdtempSync(path.join(os.tmpdir(), 'samstemt-linking10-'));
    cpSync(path.join(REPO, 'test/fixtures/linking10'), root, { recursive: true });
    client = await LspClient.start(root, { locale: 'en' });
  });
  after(async function () {
    await client?.stop();
    if (root) removeDir(root);
  });

  /** The goal-unlinked diagnostic on the heading that holds `title`, and its quick fixes. */
  async function unlinked(file: string, title: string): Promise<{ uri: string; source: string; d: Diagnostic; actions: CodeAction[] }> {
    const f = path.join(root, 'strategiar', file);
    const uri = uriOf(f);
    const source = read(f);
    const list = await client.diagnosticsFor(uri, (l) => l.length > 0);
    const d = list.find((x) => x.code === 'goal-unlinked' && source.split('\n')[x.range.start.line]!.includes(title));
    assert.ok(d, `no goal-unlinked on «${title}»`);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
    return { uri, source, d, actions };
  }

  it('titles the fixes in nynorsk with the words as written, and writes `Støttar:` in the nynorsk document', async () => {
    const { uri, source, actions } = await unlinked('brekke.strategy.md', 'Ta i bruk dei digitale fellesløysingane');
    assert.equal(actions.length, 3);
    const first = actions[0]!;
    assert.match(first.title, /^Knyt til DS19-(M5|I5) — treff: /);
    assert.match(first.title, /ID-porten/);
    assert.match(first.title, /\bKS\b/);
    assert.doesNotMatch(first.title, /id-porten|\bks\b/);
    const after = applyEdits(source, editsByUri(first.edit!).get(uri)!);
    assert.match(after, /\{#fellesloysingar\}\n\n- Område: infrastruktur\n- Frist: 2026\n- Støttar: DS19-(M5|I5)\n/);
    client.open(uri, source);
    client.change(uri, after);
    // A code action request is answered after the server has analysed (and published) the change.
    await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
    const now = client.diagnostics.get(uri) ?? [];
    assert.ok(now.length > 0);
    assert.ok(!now.some((x) => x.code === 'goal-unlinked' && textIn(after, x.range).includes('fellesløysingane')));
    assert.ok(!now.some((x) => x.code === 'unknown-property' || x.code === 'parse-error'));
  });

  it('writes `Supports:` in the English document', async () => {
    const { uri, source, actions } = await unlinked('fjellkyst-ikt.strategy.md', 'Use the national shared solutions');
    const first = actions[0]!;
    assert.match(first.title, /^Knyt til DS19-M5 — treff: ID-porten/);
    const after = applyEdits(source, editsByUri(first.edit!).get(uri)!);
    assert.match(after, /\{#shared-solutions\}\n\n- Area: infrastruktur\n- Scope: all\n- Deadline: 2026\n- Supports: DS19-M5\n/);
  });

  it('shows the objective a link names on hover', async () => {
    const f = path.join(root, 'strategiar', 'lidvoll.strategy.md');
    const source = read(f);
    const line = source.split('\n').findIndex((l) => l === '- Støttar: DS19-M1');
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uriOf(f) }, position: { line, character: 14 } });
    const value = (hover?.contents as { value: string }).value;
    assert.match(value, /^\*\*DS19-M1\*\* — Offentlig sektor digitaliseres på en åpen, inkluderende og tillitvekkende måte\./);
  });
});
