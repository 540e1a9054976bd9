/**
 * Folders deleted or renamed in the editor. VS Code reports a deleted or
 * moved folder as one event for the folder, not one per file inside, and
 * only to a watcher whose glob matches the folder's path (microsoft/vscode
 * #109754, "as designed"). The test client does what VS Code does: it sends
 * the folder event only when one of the watchers the server registered
 * matches the folder and asks for that kind of event.
 */
import { strict as assert } from 'node:assert';
import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic, FileSystemWatcher } from 'vscode-languageserver-protocol/node';
import { compileGlob } from '../../server/src/engine/workspace/glob.js';
import { LspClient, copySample, removeDir, sampleFiles, uriOf } from './harness.js';

const CREATE = 1;
const DELETE = 4;

describe('language server: folders deleted or renamed in the editor', function () {
  this.timeout(60000);
  let root: string;
  let client: LspClient;
  const draft = () => sampleFiles(root).filter((f) => f.includes(`${path.sep}utkast${path.sep}`));

  beforeEach(async function () {
    root = copySample();
    client = await LspClient.start(root);
    await Promise.all(sampleFiles(root).map((f) => client.diagnosticsFor(uriOf(f))));
  });
  afterEach(async function () {
    await client?.stop();
    if (root) removeDir(root);
  });

  /** The events VS Code sends for `paths` (relative to the root), as `kind`: only those a registered watcher matches. */
  function vscodeEvents(paths: { rel: string; type: 1 | 3 }[]): { uri: string; type: 1 | 3 }[] {
    const watchers = client.registrations
      .filter((r) => r.method === 'workspace/didChangeWatchedFiles')
      .flatMap((r) => (r.registerOptions as { watchers: FileSystemWatcher[] }).watchers);
    assert.ok(watchers.length > 0, 'the server watches files');
    return paths.filter(({ rel, type }) =>
      watchers.some((w) => {
        const glob = typeof w.globPattern === 'string' ? w.globPattern : w.globPattern.pattern;
        const kind = w.kind ?? CREATE | 2 | DELETE;
        return (kind & (type === 1 ? CREATE : DELETE)) !== 0 && compileGlob(glob)?.(rel) === true;
      }),
    ).map(({ rel, type }) => ({ uri: uriOf(path.join(root, rel)), type }));
  }

  /** Analyses now: the server publishes what changed before it answers a code action request. */
  const settle = () => client.request('textDocument/codeAction', { textDocument: { uri: uriOf(path.join(root, 'samstemt.yaml')) }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
  const publishedSince = (n: number, uri: string): Diagnostic[] | undefined => client.published.slice(n).filter((p) => p.uri === uri).pop()?.diagnostics;

  it('forgets the documents of a folder deleted in the editor', async function () {
    const files = draft();
    assert.ok(files.length > 0, 'the sample has drafts in strategier/utkast');
    const n = client.published.length;
    rmSync(path.join(root, 'strategier/utkast'), { recursive: true });
    client.watched(vscodeEvents([{ rel: 'strategier/utkast', type: 3 }]));
    await settle();
    for (const f of files) assert.deepEqual(publishedSince(n, uriOf(f)), [], `${path.relative(root, f)}: its diagnostics are cleared`);
  });

  it('follows the documents of a folder renamed in the editor', async function () {
    const files = draft();
    const n = client.published.length;
    renameSync(path.join(root, 'strategier/utkast'), path.join(root, 'strategier/kladd'));
    client.watched(vscodeEvents([{ rel: 'strategier/utkast', type: 3 }, { rel: 'strategier/kladd', type: 1 }]));
    await settle();
    for (const f of files) {
      const moved = f.replace(`${path.sep}utkast${path.sep}`, `${path.sep}kladd${path.sep}`);
      const before = client.published.slice(0, n).filter((p) => p.uri === uriOf(f)).pop()?.diagnostics ?? [];
      assert.deepEqual(publishedSince(n, uriOf(f)), [], `${path.relative(root, f)}: the old path's diagnostics are cleared`);
      assert.deepEqual(
        (publishedSince(n, uriOf(moved)) ?? []).map((d) => d.code).sort(),
        before.map((d) => d.code).sort(),
        `${path.relative(root, moved)}: analysed at its new path`,
      );
    }
  });
});
