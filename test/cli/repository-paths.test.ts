/**
 * `--format github` and `--format sarif` as GitHub reads them: annotation
 * files and SARIF artifact URIs are paths from the repository root, so a
 * workflow step with `working-directory:` (or a checkout into a sub-folder of
 * the runner's folder) still puts each finding on its file.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempWorkspace } from '../helpers/cli.js';
import { CONFIG } from '../helpers/workspace.js';

const UNLINKED = `---
owner: storby
---
## Papirløs byggesak {#byggesak}

- Frist: 2026-12-31
`;

interface Sarif { runs: { originalUriBaseIds: Record<string, { uri: string }>; results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[] }[] }

function githubFiles(stdout: string): string[] {
  return [...new Set(stdout.split('\n').filter((l) => l.startsWith('::')).map((l) => /file=([^,]*)/.exec(l)![1]!))];
}

function sarifUris(stdout: string): { base: string; uris: string[] } {
  const run = (JSON.parse(stdout) as Sarif).runs[0]!;
  return { base: run.originalUriBaseIds['%SRCROOT%']!.uri, uris: [...new Set(run.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri))] };
}

describe('samstemt check: github and sarif paths start at the repository root', function () {
  this.timeout(60_000);
  const quiet = ['--rule', 'objective-uncovered=off'];

  it('from a sub-folder of the repository (working-directory) and from above a checkout', () => {
    const outer = tempWorkspace({ 'repo/strategi/samstemt.yaml': CONFIG, 'repo/strategi/medlemmer/storby.md': UNLINKED });
    const repo = path.join(outer, 'repo');
    mkdirSync(path.join(repo, '.git'));
    const want = 'strategi/medlemmer/storby.md';
    for (const [cwd, target] of [[repo, 'strategi'], [path.join(repo, 'strategi'), '.'], [path.join(repo, 'strategi', 'medlemmer'), 'storby.md'], [outer, 'repo/strategi']] as const) {
      const gh = runCli(['check', target, '--format', 'github', ...quiet], cwd);
      assert.equal(gh.status, 0, gh.stderr);
      assert.deepEqual(githubFiles(gh.stdout), [want], `github from ${path.relative(outer, cwd) || '.'}`);
      const sarif = runCli(['check', target, '--format', 'sarif', ...quiet], cwd);
      assert.deepEqual(sarifUris(sarif.stdout), { base: `file://${repo}/`, uris: [want] }, `sarif from ${path.relative(outer, cwd) || '.'}`);
      // The other formats keep cli.md's paths: relative to the workspace root, which is relative to the current folder.
      const json = JSON.parse(runCli(['check', target, '--format', 'json', ...quiet], cwd).stdout) as { root: string; diagnostics: { file: string }[] };
      assert.equal(path.resolve(cwd, json.root), path.join(repo, 'strategi'));
      assert.equal(json.diagnostics[0]!.file, 'medlemmer/storby.md');
    }
  });

  it('outside a repository the paths start at the current folder', () => {
    const dir = tempWorkspace({ 'strategi/samstemt.yaml': CONFIG, 'strategi/medlemmer/storby.md': UNLINKED });
    const gh = runCli(['check', '.', '--format', 'github', ...quiet], path.join(dir, 'strategi'));
    assert.deepEqual(githubFiles(gh.stdout), ['medlemmer/storby.md']);
    const sarif = runCli(['check', 'strategi', '--format', 'sarif', ...quiet], dir);
    assert.deepEqual(sarifUris(sarif.stdout).uris, ['strategi/medlemmer/storby.md']);
  });
});
