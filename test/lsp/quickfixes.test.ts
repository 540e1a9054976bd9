/**
 * Every quick fix the server offers on the sample cooperation, applied the way
 * an editor applies it: one at a time, each on the sample as shipped (the
 * previous fix undone and the undo checked), over JSON-RPC. A fix that writes a
 * placeholder (`<Hvorfor …?>`) is finished as its title asks, by writing over
 * the placeholder, before the result is judged. After each fix:
 * - the file still parses, with the same goals (document symbols);
 * - the diagnostic it was offered for is gone (one fewer with its message);
 * - no error appears anywhere in the cooperation that was not there before.
 */
import { strict as assert } from 'node:assert';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeAction, Diagnostic, DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { LspClient, applyEdits, copySample, editsByUri, messageOf, read, removeDir, sampleFiles, uriOf } from './harness.js';

/** What a user writes over a placeholder. */
const FILLED_IN = 'Vedtatt i styret 12. mars 2024';
const PLACEHOLDER = /<[^<>\n]+>/g;

const same = (a: Diagnostic, b: Diagnostic) => a.code === b.code && messageOf(a) === messageOf(b);
const errorsOf = (list: readonly Diagnostic[]) => list.filter((d) => d.severity === 1).map((d) => `${String(d.code)}: ${messageOf(d)}`);
const countSymbols = (list: readonly DocumentSymbol[]): number => list.reduce((n, s) => n + 1 + countSymbols(s.children ?? []), 0);

describe('language server: every quick fix on the sample, applied one at a time', function () {
  this.timeout(300000);
  let root: string;
  let client: LspClient;

  before(async function () {
    root = copySample();
    client = await LspClient.start(root);
    await Promise.all(sampleFiles(root).map((f) => client.diagnosticsFor(uriOf(f))));
  });
  after(async function () {
    await client?.stop();
    if (root) removeDir(root);
  });

  /** Analyses now: the server publishes what changed before it answers a code action request. */
  const settle = (uri: string) => client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
  const snapshot = () => new Map([...client.diagnostics].map(([u, list]) => [u, [...list]]));
  const symbols = async (uri: string) => countSymbols(await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }));

  it('leaves a file that parses, removes the diagnostic and adds no error, for every fix offered', async function () {
    const files = sampleFiles(root);
    const offered: { uri: string; file: string; diagnostic: Diagnostic; action: CodeAction }[] = [];
    for (const f of files) {
      const uri = uriOf(f);
      for (const d of client.diagnostics.get(uri) ?? []) {
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
        for (const action of actions) {
          assert.ok(action.edit, `${action.title}: a quick fix carries its edit`);
          // Only the actions for this diagnostic (a range may touch several).
          if (action.diagnostics?.some((x) => same(x, d))) offered.push({ uri, file: path.relative(root, f), diagnostic: d, action });
        }
      }
    }
    assert.ok(offered.length >= 10, `the sample offers ${offered.length} quick fixes`);

    const failures: string[] = [];
    for (const { uri, file, diagnostic, action } of offered) {
      const what = `${file}: ${String(diagnostic.code)} «${action.title}»`;
      const before = snapshot();
      const originals = new Map<string, string>();
      const goalsBefore = await symbols(uri);
      // Apply the fix to every file it edits (as the editor does, in open buffers).
      for (const [u, edits] of editsByUri(action.edit!)) {
        const original = read(fileURLToPath(u));
        originals.set(u, original);
        let fixed = applyEdits(original, edits);
        // A placeholder the fix wrote is filled in, as the title asks («skriv så begrunnelsen»).
        const written = new Set(edits.flatMap((e) => e.newText.match(PLACEHOLDER) ?? []));
        for (const p of written) fixed = fixed.split(p).join(FILLED_IN);
        if (!client.openUris.has(u)) client.open(u, original);
        client.change(u, fixed);
      }
      await settle(uri);
      const now = client.diagnostics.get(uri) ?? [];
      if (now.some((d) => d.code === 'parse-error')) failures.push(`${what}: the file no longer parses: ${now.filter((d) => d.code === 'parse-error').map(messageOf).join(' | ')}`);
      const goalsAfter = await symbols(uri);
      if (goalsAfter !== goalsBefore) failures.push(`${what}: ${goalsBefore} goals before, ${goalsAfter} after`);
      // Several goals of one finding may carry the same message (a capacity overbooked by three goals): one fewer.
      const count = (list: readonly Diagnostic[]) => list.filter((d) => same(d, diagnostic)).length;
      if (count(now) >= count(before.get(uri) ?? [])) failures.push(`${what}: the diagnostic is still there`);
      for (const [u, list] of client.diagnostics) {
        const had = new Set(errorsOf(before.get(u) ?? []));
        const added = errorsOf(list).filter((e) => !had.has(e));
        if (added.length) failures.push(`${what}: new error in ${path.relative(root, fileURLToPath(u))}: ${added.join(' | ')}`);
      }
      // Undo: the sample as shipped again, with its diagnostics.
      for (const [u, original] of originals) client.change(u, original);
      await settle(uri);
      for (const [u, list] of before) {
        const back = client.diagnostics.get(u) ?? [];
        assert.deepEqual(back.map(messageOf).sort(), list.map(messageOf).sort(), `${what}: undoing the fix restores the diagnostics of ${u}`);
      }
    }
    assert.deepEqual(failures, []);
  });
});
