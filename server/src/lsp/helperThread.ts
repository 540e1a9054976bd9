/**
 * A helper thread for the first analysis. Cooperations side by side in one
 * folder never read each other's documents, so at start-up the server
 * analyses some of them itself and hands the others to a worker thread on
 * the second core; the worker sends back their diagnostics, already in LSP
 * form, with the texts it read. The helper ends after this one job: the main
 * thread then analyses those cooperations too, in steps, to build the caches
 * later edits are analysed with (see `DiagnosticsScheduler`).
 *
 * The worker runs the server's own bundle (`main.ts` starts `runHelperThread`
 * when it is not the main thread) with the same catalogs and rules, over the
 * same folders and open buffers.
 */
import { Worker, parentPort } from 'node:worker_threads';
import type * as lsp from 'vscode-languageserver';
import type { CatalogSource } from '../engine/engine.js';
import type { RuleModule } from '../engine/rule.js';
import type { Lang } from '../engine/types.js';
import { NodeHost } from '../node/nodeHost.js';
import { toLspDiagnostic } from './convert.js';
import { createEngine } from './session.js';

/** What the helper analyses: the session's folders and buffers, restricted to some workspace roots. */
export interface HelperInput {
  catalogs: readonly CatalogSource[];
  /** Folder paths, as the session has them. */
  roots: readonly string[];
  overlays: readonly (readonly [string, string])[];
  lang?: Lang;
  /** Workspace roots (URIs) to analyse. */
  only: readonly string[];
}

/** One workspace's files as an analysis left them: the text read and the diagnostics found. */
export interface WorkspaceShare<D> {
  root: string;
  files: { uri: string; text: string | undefined; diagnostics: D[] }[];
}

export interface HelperResult {
  /** Per workspace, with diagnostics in LSP form. */
  workspaces: WorkspaceShare<lsp.Diagnostic>[];
  errors: { rule: string; message: string }[];
  /** Time spent analysing (ms), without starting the thread. */
  ms: number;
}

export interface HelperJob {
  readonly result: Promise<HelperResult>;
  /** Stops the thread (a change made its result useless). */
  cancel(): void;
}

/** Starts a worker on `script` (the server bundle) that analyses `input.only`. */
export function startHelper(script: string, input: HelperInput): HelperJob {
  const worker = new Worker(script, { workerData: input, stdout: true, stderr: true });
  const result = new Promise<HelperResult>((resolve, reject) => {
    worker.once('message', (m: HelperResult) => resolve(m));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the helper thread stopped (exit code ${code})`)));
  });
  result.then(
    () => void worker.terminate(),
    () => void worker.terminate(),
  );
  return { result, cancel: () => void worker.terminate() };
}

/** The worker's side: analyse, convert, answer. */
export function runHelperThread(input: HelperInput, rules: readonly RuleModule[]): void {
  const started = performance.now();
  const host = new NodeHost(input.roots);
  for (const [uri, text] of input.overlays) host.overlays.set(uri, text);
  const engine = createEngine(host, { catalogs: input.catalogs, rules, roots: input.roots, lang: input.lang });
  const analysis = engine.analyze(new Set(input.only));
  const workspaces = analysis.workspaces.map((ws) => ({
    root: ws.root,
    files: engine.filesOf(ws).map((uri) => ({ uri, text: host.readFile(uri), diagnostics: (analysis.diagnostics.get(uri) ?? []).map(toLspDiagnostic) })),
  }));
  const errors = analysis.errors.map((e) => ({ rule: e.rule, message: e.message }));
  const answer: HelperResult = { workspaces, errors, ms: performance.now() - started };
  parentPort!.postMessage(answer);
}

/** Workspace roots for this thread and for the helper. */
export interface WorkspaceSplit {
  mine: ReadonlySet<string>;
  theirs: ReadonlySet<string>;
}

/**
 * Shares the workspaces between the two threads, balanced by their number of
 * files (largest first, each to the lighter side). Nothing to share with
 * fewer than two workspaces or fewer than `minFiles` files in all: starting
 * the helper would cost more than it saves.
 */
export function splitWorkspaces(roots: readonly { root: string; files: number }[], minFiles: number): WorkspaceSplit | undefined {
  const withFiles = roots.filter((r) => r.files > 0);
  const total = withFiles.reduce((n, r) => n + r.files, 0);
  if (withFiles.length < 2 || total < minFiles) return undefined;
  const mine = new Set<string>();
  const theirs = new Set<string>();
  let [mineFiles, theirFiles] = [0, 0];
  for (const r of [...withFiles].sort((a, b) => b.files - a.files || a.root.localeCompare(b.root))) {
    if (theirFiles <= mineFiles) {
      theirs.add(r.root);
      theirFiles += r.files;
    } else {
      mine.add(r.root);
      mineFiles += r.files;
    }
  }
  // Workspaces without candidate files (a lone samstemt.yaml) are cheap: this thread takes them.
  for (const r of roots) if (r.files === 0) mine.add(r.root);
  return { mine, theirs };
}

/**
 * A workspace's share of an analysis still holds when nothing changed since
 * that it read or that lies in its folder: every changed file it analysed
 * still has the text it read, and no file appeared or went away under its
 * root. `changes` holds the URIs changed since the analysis started ('*':
 * folders or settings changed).
 */
export function shareStillValid<D>(share: WorkspaceShare<D>, changes: ReadonlySet<string>, currentText: (uri: string) => string | undefined): boolean {
  if (changes.has('*')) return false;
  for (const uri of changes) {
    const file = share.files.find((f) => f.uri === uri);
    if (file ? currentText(uri) !== file.text : uri.startsWith(share.root)) return false;
  }
  return true;
}
