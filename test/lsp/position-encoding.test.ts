/**
 * Position encodings (LSP 3.17 `general.positionEncodings`). Neovim and
 * Helix offer UTF-8 and UTF-32 besides UTF-16, which every client must
 * support. The server counts in UTF-16 and says so in its capabilities, so a
 * client that prefers another encoding converts instead of guessing; every
 * position it sends and receives is then in UTF-16 code units, also on lines
 * with æøå, emoji and combining characters.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createProtocolConnection, StreamMessageWriter, type Diagnostic, type Hover, type InitializeResult, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { SERVER, messageReader, removeDir, uriOf } from './harness.js';

const CONFIG = 'cooperation: Test\nlanguage: en\nframeworks: [DS19]\ndocuments: ["strategier/*.md"]\nmembers:\n  a: { name: A, kind: kommune, population: 100 }\n';
// 😀 is two UTF-16 units (one code point, four UTF-8 bytes); e + U+0301 is two code points; æ is one unit and two UTF-8 bytes.
const LINES = ['---', 'owner: a', '---', '', '## Mål 😀 for e\u0301n æøå-tjeneste {#m1}', '', '- Støtter: 😀 DS19-X9, DS19-M1', '- Omfang: e\u0301ålesund', ''];
const DOC = LINES.join('\n');

describe('language server: position encodings offered by the client', function () {
  this.timeout(60000);
  let root: string;
  let stop: () => Promise<void>;
  let result: InitializeResult;
  let diagnostics: Promise<Diagnostic[]>;
  let hover: (line: number, character: number) => Promise<Hover | null>;

  before(async function () {
    root = mkdtempSync(path.join(os.tmpdir(), 'samstemt-encoding-'));
    writeFileSync(path.join(root, 'samstemt.yaml'), CONFIG);
    mkdirSync(path.join(root, 'strategier'));
    const file = path.join(root, 'strategier/a.md');
    writeFileSync(file, DOC);
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createProtocolConnection(messageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    diagnostics = new Promise((resolve) =>
      conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
        if (p.uri === uriOf(file)) resolve(p.diagnostics);
      }),
    );
    conn.onRequest('client/registerCapability', () => null);
    conn.listen();
    result = await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(root),
      workspaceFolders: [{ uri: uriOf(root), name: 'root' }],
      // Neovim's order: UTF-8 first.
      capabilities: { general: { positionEncodings: ['utf-8', 'utf-16', 'utf-32'] }, workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    await conn.sendNotification('initialized', {});
    hover = (line, character) => conn.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(file) }, position: { line, character } });
    stop = async () => {
      await conn.sendRequest('shutdown');
      await conn.sendNotification('exit');
      conn.dispose();
      if (proc.exitCode === null) proc.kill();
    };
  });
  after(async function () {
    await stop?.();
    removeDir(root);
  });

  it('announces UTF-16, the encoding it counts in', function () {
    assert.equal(result.capabilities.positionEncoding, 'utf-16');
  });

  it('points diagnostics at UTF-16 columns after emoji and combining characters', async function () {
    const list = await diagnostics;
    const at = (code: string) => list.filter((d) => d.code === code).map((d) => d.range);
    const line6 = LINES[6]!;
    const value = '😀 DS19-X9';
    assert.deepEqual(at('unknown-objective'), [{ start: { line: 6, character: line6.indexOf(value) }, end: { line: 6, character: line6.indexOf(value) + value.length } }]);
    assert.equal(line6.indexOf(value) + value.length, 21, 'counted in UTF-16 units (20 in code points, 24 in UTF-8 bytes)');
    const line7 = LINES[7]!;
    assert.deepEqual(at('unknown-member'), [{ start: { line: 7, character: line7.indexOf('e\u0301') }, end: { line: 7, character: line7.length } }]);
  });

  it('reads the positions of requests as UTF-16 columns', async function () {
    const line6 = LINES[6]!;
    const h = await hover(6, line6.indexOf('DS19-M1') + 1);
    assert.ok(h?.range, 'a hover on DS19-M1');
    assert.deepEqual(h.range, { start: { line: 6, character: line6.indexOf('DS19-M1') }, end: { line: 6, character: line6.indexOf('DS19-M1') + 7 } });
    assert.equal(line6.indexOf('DS19-M1'), 23, 'UTF-16 units (22 in code points, 26 in UTF-8 bytes)');
  });
});
