/**
 * The conflicts of «Nordre Dal IKT» (test/fixtures/conflicts11) in the
 * editor, over JSON-RPC: the findings `samstemt check` gives, with the same
 * ranges and related locations on both goals, and the quick fixes an adviser
 * applies (exempt the small members, record an accepted conflict), which
 * remove what they are for and add nothing else.
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol/node';
import { runCli, type JsonDiagnostic } from '../helpers/cli.js';
import { LspClient, REPO, applyEdits, editsByUri, messageOf, read, removeDir, uriOf } from './harness.js';

const FIXTURE = path.join(REPO, 'test/fixtures/conflicts11');
const DOCS = ['nordredal-ikt.yaml', 'elvebyen.md', 'storaas.md', 'lia.md', 'bergtun.md', 'kvitvoll.md'];
const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];
type Range = JsonDiagnostic['range'];
const at = (r: Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/**
 * `line` (as `lines` writes a finding) with every position in `file` at or
 * below line `from` (0-based) moved by `by` lines: what an inserted line does.
 */
function shift(line: string, file: string, from: number, by: number): string {
  const escaped = file.replace(/[.]/g, '\\.');
  const pos = new RegExp(`(${escaped}(?: [a-z-]+ [a-z]+)? )(\\d+):(\\d+)-(\\d+):(\\d+)`, 'g');
  return line.replace(pos, (m, head: string, a: string, b: string, c: string, d: string) =>
    Number(a) >= from ? `${head}${Number(a) + by}:${b}-${Number(c) + by}:${d}` : m,
  );
}

describe('language server: conflicts in «Nordre Dal IKT» (test/fixtures/conflicts11)', function () {
  this.timeout(120000);
  let root: string;
  let client: LspClient;
  const uri = (name: string) => uriOf(path.join(root, 'strategier', name));
  const texts = new Map<string, string>();
  /** Each finding as `file rule severity range → related file range` (what the CLI prints too). */
  const lines = (name: string, ds: Diagnostic[]) =>
    ds.map((d) => `strategier/${name} ${String(d.code)} ${SEVERITY[d.severity!]} ${at(d.range)} → ${(d.relatedInformation ?? []).map((r) => `${path.relative(root, fileURLToPath(r.location.uri)).split(path.sep).join('/')} ${at(r.location.range)}`).join(', ')}`);
  const all = () => DOCS.flatMap((n) => lines(n, client.diagnostics.get(uri(n)) ?? [])).sort();
  /**
   * Applies `text` to the open document `name` and waits until the documents
   * `changed` (whose findings the edit changes; all by default) are published again.
   */
  const edit = async (name: string, text: string, changed = DOCS) => {
    const waits = changed.map((n) => client.nextDiagnostics(uri(n)));
    texts.set(name, text);
    client.change(uri(name), text);
    await Promise.all(waits);
  };
  const find = (name: string, rule: string, other?: string) =>
    (client.diagnostics.get(uri(name)) ?? []).filter((d) => d.code === rule && (!other || (d.relatedInformation ?? []).some((r) => r.location.uri === uri(other))));
  const fixesOf = (name: string, d: Diagnostic) => client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri(name) }, range: d.range, context: { diagnostics: [d] } });

  before(async function () {
    root = mkdtempSync(path.join(os.tmpdir(), 'samstemt-conflicts11-'));
    cpSync(FIXTURE, root, { recursive: true });
    client = await LspClient.start(root);
    for (const n of DOCS) {
      texts.set(n, read(path.join(root, 'strategier', n)));
      client.open(uri(n), texts.get(n)!);
    }
    for (const n of DOCS) await client.diagnosticsFor(uri(n), (d) => d.length > 0);
  });
  after(async () => {
    await client?.stop();
    removeDir(root);
  });

  it('publishes what `samstemt check` finds, with the related locations on both goals', () => {
    const run = runCli(['check', FIXTURE, '--format', 'json']);
    const cli = (JSON.parse(run.stdout) as { diagnostics: (Omit<JsonDiagnostic, 'related'> & { related?: { file: string; range: Range }[] })[] }).diagnostics
      .filter((d) => d.file.startsWith('strategier/'))
      .map((d) => `${d.file} ${d.rule} ${d.severity} ${at(d.range)} → ${(d.related ?? []).map((r) => `${r.file} ${at(r.range)}`).join(', ')}`)
      .sort();
    assert.equal(cli.length, 30);
    assert.deepEqual(all(), cli);
  });

  it('the uniform-mandate fix exempts the small members: Kvitvoll\'s and Bergtun\'s conflicts with the mandate go, nothing new comes', async () => {
    const original = texts.get('nordredal-ikt.yaml')!;
    const before = all();
    const [mandate] = find('nordredal-ikt.yaml', 'uniform-mandate');
    const [fix] = await fixesOf('nordredal-ikt.yaml', mandate!);
    const fixed = applyEdits(original, editsByUri(fix!.edit!).get(uri('nordredal-ikt.yaml'))!);
    assert.match(fixed, /\n {4}scope: alle\n {4}exempt: kvitvoll, bergtun, lia\n/);
    try {
      await edit('nordredal-ikt.yaml', fixed);
      // Gone: the mandate finding, and the two system-choice pairs of «felles-sak» (line 8) with Kvitvoll and Bergtun.
      const gone = (l: string) => l.includes(' uniform-mandate ') || /^strategier\/(kvitvoll|bergtun)\.md conflict-system-choice \w+ 11:/.test(l) || /^strategier\/nordredal-ikt\.yaml conflict-system-choice \w+ 8:11-8:19 → strategier\/(kvitvoll|bergtun)\.md/.test(l);
      assert.ok(before.filter(gone).length === 5, before.filter(gone).join('\n'));
      // Everything else is as before, one line down below the new `exempt` in the company's document.
      assert.deepEqual(all(), before.filter((l) => !gone(l)).map((l) => shift(l, 'strategier/nordredal-ikt.yaml', 10, 1)).sort());
    } finally {
      await edit('nordredal-ikt.yaml', original);
    }
    assert.deepEqual(all(), before);
  });

  it('the accepts fix on Kvitvoll\'s goal leaves the conflict open until the reason is written; then it is accepted on both goals', async () => {
    const original = texts.get('kvitvoll.md')!;
    const before = all();
    const [open] = find('kvitvoll.md', 'conflict-system-choice', 'nordredal-ikt.yaml');
    assert.equal(open!.severity, 1);
    const fixes = await fixesOf('kvitvoll.md', open!);
    const accept = fixes.find((a) => a.title.includes('nordredal-ikt#felles-sak'))!;
    const withPlaceholder = applyEdits(original, editsByUri(accept.edit!).get(uri('kvitvoll.md'))!);
    assert.ok(withPlaceholder.includes('- Frist: 2027\n- Aksepterer: nordredal-ikt#felles-sak — <'), withPlaceholder);
    try {
      await edit('kvitvoll.md', withPlaceholder, ['kvitvoll.md', 'nordredal-ikt.yaml', 'elvebyen.md']);
      const pending = find('kvitvoll.md', 'conflict-system-choice', 'nordredal-ikt.yaml');
      assert.deepEqual(pending.map((d) => d.severity), [1], 'a placeholder reason accepts nothing');
      assert.match(messageOf(pending[0]!), /plassholderen/);
      const decided = withPlaceholder.replace(/— <[^>\n]*>/, '— vedtatt i eierrådet 2025-02-10');
      await edit('kvitvoll.md', decided, ['kvitvoll.md', 'nordredal-ikt.yaml']);
      const accepted = [...find('kvitvoll.md', 'conflict-system-choice', 'nordredal-ikt.yaml'), ...find('nordredal-ikt.yaml', 'conflict-system-choice', 'kvitvoll.md')];
      assert.deepEqual(accepted.map((d) => d.severity), [3, 3]);
      for (const d of accepted) assert.ok(messageOf(d).includes('«vedtatt i eierrådet 2025-02-10»'), messageOf(d));
      // Nothing else changed, but Kvitvoll's findings one line down below the new line.
      const pair = (l: string) => /^strategier\/kvitvoll\.md conflict-system-choice \w+ 11:/.test(l) || /^strategier\/nordredal-ikt\.yaml conflict-system-choice \w+ 8:11-8:19 → strategier\/kvitvoll\.md/.test(l);
      const rest = (list: string[]) => list.filter((l) => !pair(l)).sort();
      assert.deepEqual(rest(all()), rest(before.map((l) => shift(l, 'strategier/kvitvoll.md', 13, 1))));
    } finally {
      await edit('kvitvoll.md', original, ['kvitvoll.md', 'nordredal-ikt.yaml', 'elvebyen.md']);
    }
    assert.deepEqual(all(), before);
  });
});
