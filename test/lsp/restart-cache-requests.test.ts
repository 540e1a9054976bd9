/**
 * Hover and completion at the start of a session that publishes the
 * diagnostics kept from the last one (restartCache.ts): a request about one
 * document needs none of the kept diagnostics of the other files, so its
 * answer does not wait behind all of them (at national scale thousands of
 * messages). Ordering, not timing: the answer arrives while kept diagnostics
 * are still to come, and says what it says once the analysis is done.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CompletionList, Hover, MarkupContent } from 'vscode-languageserver-protocol/node';
import { LspClient, positionOf, removeDir, uriOf } from './harness.js';

const MEMBERS = 300;
const member = (i: number) => `m${i}`;
const config = () => ['cooperation: Test', 'language: en', 'frameworks: [DS19]', 'documents: ["strategier/*.md"]', 'members:', ...Array.from({ length: MEMBERS }, (_, i) => `  ${member(i)}: { name: Kommune ${i}, kind: kommune, population: 100 }`), ''].join('\n');
// Every document has a finding (an objective DS19 does not have), so every file has diagnostics to keep.
const doc = (i: number) => ['---', `owner: ${member(i)}`, '---', '', `## Felles arkiv ${i} {#arkiv-${i}}`, '', '- Støtter: DS19-M1, DS19-M99', '- Indikator: andel', '- Målverdi: 80 %', '- Frist: 2026', ''].join('\n');

describe('language server: requests answered while the kept diagnostics are published', function () {
  this.timeout(120_000);
  let root: string;
  let cacheDir: string;
  const clients: LspClient[] = [];

  before(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'samstemt-cachereq-'));
    cacheDir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-cachereq-cache-'));
    writeFileSync(path.join(root, 'samstemt.yaml'), config());
    mkdirSync(path.join(root, 'strategier'));
    for (let i = 0; i < MEMBERS; i++) writeFileSync(path.join(root, `strategier/m${i}.md`), doc(i));
  });
  after(async () => {
    for (const c of clients.splice(0)) await c.stop();
    removeDir(root);
    removeDir(cacheDir);
  });

  const start = async () => {
    // A client that neither watches files nor is asked for settings (Neovim on Linux): the server reads the kept
    // diagnostics at once after `initialized`, so the requests sent right behind it come while they are published.
    const c = await LspClient.start(root, { initializationOptions: { cacheDir }, capabilities: {} });
    clients.push(c);
    return c;
  };
  const logged = async (c: LspClient, prefix: string): Promise<string> => {
    for (let waited = 0; waited < 60_000; waited += 20) {
      const line = c.logs.find((l) => l.startsWith(prefix));
      if (line !== undefined) return line;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`the server did not log "${prefix}…":\n${c.logs.join('\n')}`);
  };
  const hoverText = (h: Hover | null) => (h?.contents as MarkupContent | undefined)?.value ?? '';
  const labels = (c: CompletionList | null) => (c?.items ?? []).map((i) => i.label).sort();

  it('answers a hover and a completion sent right after initialized before all kept diagnostics have arrived, with the same content as later', async () => {
    const first = await start();
    await logged(first, 'first analysis published');
    await first.stop(); // shutdown keeps the diagnostics for the next start
    clients.splice(clients.indexOf(first), 1);

    const last = MEMBERS - 1;
    const uri = uriOf(path.join(root, `strategier/m${last}.md`));
    const hoverAt = { textDocument: { uri }, position: positionOf(doc(last), 'DS19-M1', 1) };
    const completionAt = { textDocument: { uri }, position: positionOf(doc(last), 'DS19-M1', 'DS19-'.length) };
    const second = await start();
    const arrived: Record<string, number> = {};
    const hover = second.request<Hover | null>('textDocument/hover', hoverAt).then((h) => ((arrived['hover'] = second.published.length), h));
    const completion = second.request<CompletionList | null>('textDocument/completion', completionAt).then((c) => ((arrived['completion'] = second.published.length), c));
    const [early, earlyItems] = await Promise.all([hover, completion]);
    const kept = Number(/of (\d+) files/.exec(await logged(second, 'published the diagnostics of'))?.[1]);
    assert.equal(kept, MEMBERS + 1, 'every document and samstemt.yaml were kept');
    assert.ok(arrived['hover']! < kept, `the hover was answered after ${arrived['hover']} of ${kept} kept files`);
    assert.ok(arrived['completion']! < kept, `the completion was answered after ${arrived['completion']} of ${kept} kept files`);
    await logged(second, 'first analysis published');
    assert.match(hoverText(early), /DS19-M1/);
    assert.equal(hoverText(early), hoverText(await second.request<Hover | null>('textDocument/hover', hoverAt)));
    assert.ok(labels(earlyItems).length > 0);
    assert.deepEqual(labels(earlyItems), labels(await second.request<CompletionList | null>('textDocument/completion', completionAt)));
  });

  it('answers a hover sent right after initialized before any kept diagnostics, while the files are still being read', async () => {
    // Notes beside the strategies (no documents: the analysis skips them), which the start reads all the same to tell whether anything changed.
    mkdirSync(path.join(root, 'notater'));
    const note = `# Notater\n\n${'Et avsnitt om arkiv og samhandling i kommunene. '.repeat(20_000)}\n`;
    for (let i = 0; i < NOTES; i++) writeFileSync(path.join(root, `notater/n${i}.md`), note);
    const first = await start();
    await logged(first, 'first analysis published');
    await first.stop();
    clients.splice(clients.indexOf(first), 1);

    const uri = uriOf(path.join(root, 'strategier/m0.md'));
    const hoverAt = { textDocument: { uri }, position: positionOf(doc(0), 'DS19-M1', 1) };
    const second = await start();
    let arrived = -1;
    const early = await second.request<Hover | null>('textDocument/hover', hoverAt).then((h) => ((arrived = second.published.length), h));
    await logged(second, 'published the diagnostics of');
    assert.equal(arrived, 0, `the hover was answered after ${arrived} kept files`);
    await logged(second, 'first analysis published');
    assert.match(hoverText(early), /DS19-M1/);
    assert.equal(hoverText(early), hoverText(await second.request<Hover | null>('textDocument/hover', hoverAt)));
  });

  it('shows the findings of an edit sent at start, not the kept ones of the text on disk', async () => {
    const first = await start();
    await logged(first, 'first analysis published');
    await first.stop();
    clients.splice(clients.indexOf(first), 1);

    const uri = uriOf(path.join(root, 'strategier/m1.md'));
    const second = await start();
    // While the start reads the files and the kept diagnostics: the editor restores an unsaved buffer with another finding.
    second.open(uri, doc(1));
    second.change(uri, doc(1).replace('- Frist: 2026', '- Frist: snart'));
    // Whether the start still used the kept diagnostics (the buffer came after that file was read) or not, the edit's findings are the last word.
    await logged(second, 'first analysis published');
    await second.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
    const last = second.published.filter((p) => p.uri === uri).at(-1)!;
    assert.ok(last.diagnostics.some((d) => String(d.message).includes('snart')), JSON.stringify(last.diagnostics));
  });
});

/** About 1 MB each: reading and hashing them all takes many slices of the server's event loop. */
const NOTES = 30;
