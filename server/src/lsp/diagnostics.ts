/**
 * Push diagnostics for the whole workspace, opened files or not: changes are
 * debounced, a revision counter drops stale runs, and only files whose
 * diagnostics changed are re-published. Files that vanish from the analysis
 * (deleted, moved out of `documents`) get `[]`.
 *
 * Performance (measured with scripts/bench/serverBench.ts):
 * - The debounce adapts to the cost of an analysis. A change runs the
 *   analysis after `minDelayMs` (1 ms) when the last analysis took at most
 *   `cheapMs` (50 ms), or when the user paused for longer than twice its
 *   duration since it ended. While the user types faster than a costlier
 *   analysis runs, a change waits twice the last duration, 25–150 ms
 *   (`maxDelayMs`), so that keystrokes do not queue up behind back-to-back
 *   runs.
 * - An analysis runs in small steps (`Engine.analyzeInSteps`: a document
 *   parsed, a rule run over a cooperation), cooperations of open documents
 *   first, and publishes each cooperation as soon as it is analysed (after
 *   pending I/O showed no change that makes it stale). Requests and changes
 *   are read between turns of `SLICE_MS` of steps, so a request waits at most
 *   for one slice and the step that ends it (the slowest: one rule over a
 *   large cooperation, or building the ranker's index once), and
 *   hover and completion never wait for the rules (`Session.modelContext`).
 *   A change that arrives during a run ends it (the run the change
 *   schedules reuses the cooperations and rules already done); a result
 *   that is already stale when it is ready is not published.
 * - A workspace whose model is the very object published last time (the
 *   engine reuses it while none of its inputs changed) has the same
 *   diagnostics: its files are neither converted nor compared again. With
 *   many cooperations side by side an edit touches one of them.
 * - Files that changed since the last run are published first.
 */
import type * as lsp from 'vscode-languageserver';
import type { AnalysisProgress, AnalysisResult } from '../engine/engine.js';
import type { Diagnostic } from '../engine/types.js';
import type { WorkspaceModel } from '../engine/workspaceModel.js';
import type { Session } from './session.js';
import { samePublished, toLspDiagnostic } from './convert.js';

export type Publisher = (uri: string, diagnostics: lsp.Diagnostic[]) => void;

/** Analysis steps taken in one turn of the event loop, at most (ms, plus the step that crosses it). */
const SLICE_MS = 20;

export class DiagnosticsScheduler {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #revision = 0;
  /** The engine's diagnostics last published per uri (what the editor shows). */
  readonly #publishedLists = new Map<string, readonly Diagnostic[]>();
  /**
   * The document version each file was last published for. A client may drop
   * diagnostics for an older version than it has (Helix does), so the same
   * diagnostics are sent again for a newer version.
   */
  readonly #publishedVersions = new Map<string, number | undefined>();
  /**
   * Whether the client reads the version of published diagnostics
   * (`publishDiagnostics.versionSupport`): only then are unchanged
   * diagnostics sent again for a newer version.
   */
  versionSupport = false;
  #publishedGeneration = -1;
  /** Workspace models as last published, by root: the same object means the same diagnostics. */
  #publishedModels = new Map<string, WorkspaceModel>();
  #listeners: ((result: AnalysisResult) => void)[] = [];
  /** Duration of the last analysis that actually ran (ms); sets the next debounce. */
  #lastRunMs: number | undefined;
  readonly #minDelayMs: number;

  constructor(
    private readonly session: Session,
    private readonly publish: Publisher,
    private readonly onError: (e: unknown) => void,
    private readonly maxDelayMs = 150,
    // A burst of notifications already read (a multi-cursor edit, a paste, a replace-all) needs no
    // longer: vscode-jsonrpc hands them over one per turn of the event loop, microseconds apart, and
    // each one restarts this timer. A note that arrives later ends the run at its next step.
    minDelayMs = 1,
    private readonly cheapMs = 50,
  ) {
    this.#minDelayMs = Math.min(minDelayMs, maxDelayMs);
  }

  /** The debounce before the next analysis (see the head of this file). */
  get delayMs(): number {
    const last = this.#lastRunMs;
    if (last === undefined) return this.maxDelayMs;
    const paused = performance.now() - this.#lastRunEnd > 2 * last;
    if (last <= this.cheapMs || paused) return this.#minDelayMs;
    return Math.max(25, Math.min(this.maxDelayMs, 2 * last));
  }
  /** When the last analysis that actually ran ended (performance.now()). */
  #lastRunEnd = 0;

  /** Starts an analysis now, in steps (the first one, after `initialized`). */
  analyseNow(): void {
    if (this.#disposed) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#analyseInSteps(++this.#revision);
  }

  /** Called after every change: re-analyse once the user pauses. */
  schedule(): void {
    if (this.#disposed) return; // shut down: a settings answer that arrives late starts nothing
    const revision = ++this.#revision;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (revision !== this.#revision) return; // a newer change superseded this run
      this.#analyseInSteps(revision);
    }, this.delayMs);
  }

  /**
   * Analyses one workspace per step, reading requests and changes between
   * steps (`setImmediate` runs after pending I/O). A change that arrives
   * meanwhile ends this run (the change scheduled its own, which reuses the
   * workspaces finished so far); so does a result that is already stale when
   * it is ready.
   */
  #analyseInSteps(revision: number): void {
    const generation = this.session.generation;
    const stale = this.session.analysedGeneration !== generation;
    const steps = this.session.analysisInSteps();
    let busyMs = 0;
    /** A cooperation the last step analysed: published once pending I/O showed no change. */
    let done: AnalysisProgress | undefined;
    /** Its files to publish, the changed ones first, and how many of them are published. */
    let order: string[] = [];
    let published = 0;
    const step = (): void => {
      if (revision !== this.#revision) return;
      if (this.session.generation !== generation) return this.schedule(); // changed without a new run scheduled
      try {
        // A request that needed the diagnostics (code actions, the report) may have finished the analysis.
        if (busyMs > 0 && this.session.analysedGeneration === generation) return this.#publishSoon(revision, generation, this.session.analysis());
        if (done) {
          // The files changed since the last run first: the edited document's diagnostics are the ones awaited.
          // vscode-jsonrpc writes a message in a later turn of the event loop, so once they are handed over
          // the rest waits for a turn, instead of delaying them by converting every other file first.
          const changed = this.session.recentlyChanged;
          if (published === 0) order = changedFirst(done.diagnostics, changed);
          let handedOver = false;
          for (; published < order.length; published++) {
            const uri = order[published]!;
            if (handedOver && !changed.has(uri)) return void setImmediate(step);
            this.#publishFile(uri, done.diagnostics.get(uri)!);
            handedOver ||= changed.has(uri);
          }
          published = 0;
        }
        const t = performance.now();
        let next = steps.next();
        // More steps in this turn while they are quick: a turn of the event loop per rule would add up.
        while (!next.done && next.value === undefined && performance.now() - t < SLICE_MS) next = steps.next();
        busyMs += performance.now() - t;
        done = next.done ? undefined : next.value;
        if (!next.done) return void setImmediate(step);
        if (stale) {
          this.#lastRunEnd = performance.now();
          this.#lastRunMs = busyMs;
        }
        this.#publishSoon(revision, generation, next.value);
      } catch (e) {
        this.onError(e); // never crash on user data: the next change tries again
      }
    };
    step();
  }

  /**
   * Publishes after pending I/O has been read: a change that arrived while the
   * result was computed makes it stale, and the run that change scheduled
   * publishes instead.
   */
  #publishSoon(revision: number, generation: number, result: AnalysisResult): void {
    setImmediate(() => {
      if (revision !== this.#revision || this.session.generation !== generation) return;
      try {
        this.#publishIfNew(result);
      } catch (e) {
        this.onError(e);
      }
    });
  }

  /** Analyses now if anything changed, publishes what changed and returns the analysis. */
  flush(): AnalysisResult {
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    const result = this.#analyse();
    this.#publishIfNew(result);
    return result;
  }

  /** The current analysis, timing it when it actually runs (for the debounce). */
  #analyse(): AnalysisResult {
    const stale = this.session.analysedGeneration !== this.session.generation;
    const started = performance.now();
    const result = this.session.analysis();
    if (stale) {
      this.#lastRunEnd = performance.now();
      this.#lastRunMs = this.#lastRunEnd - started;
    }
    return result;
  }

  #publishIfNew(result: AnalysisResult): void {
    if (this.session.analysedGeneration === this.#publishedGeneration) return;
    this.#publishedGeneration = this.session.analysedGeneration;
    this.#publishAll(result);
  }

  /**
   * What the editor shows, file by file, as it was published: converted again
   * on demand rather than kept (at national scale the LSP form of every
   * finding is tens of megabytes).
   */
  *shown(): Generator<[string, lsp.Diagnostic[]]> {
    for (const [uri, list] of this.#publishedLists) yield [uri, list.map(toLspDiagnostic)];
  }

  /** The generation of the session whose analysis the editor shows in full (-1 before the first). */
  get publishedGeneration(): number {
    return this.#publishedGeneration;
  }

  /**
   * Files published before the first analysis (the diagnostics of the last
   * session, see `restartCache.ts`): the first complete publish clears those
   * it does not report on.
   */
  publishedBefore(uris: Iterable<string>): void {
    for (const uri of uris) this.#provisional.add(uri);
  }
  readonly #provisional = new Set<string>();

  /** Called with each published analysis (the status bar summary uses it). */
  onPublished(listener: (result: AnalysisResult) => void): void {
    this.#listeners.push(listener);
  }

  /**
   * Publishes a file's diagnostics unless the editor already shows the same:
   * the engine hands out the same diagnostic objects for findings it did not
   * recompute, and a recomputed one usually converts to what was published.
   */
  #publishFile(uri: string, list: readonly Diagnostic[]): void {
    const last = this.#publishedLists.get(uri);
    this.#publishedLists.set(uri, list);
    const version = this.versionSupport ? this.session.analysedVersion(uri) : undefined;
    if (this.#publishedVersions.get(uri) === version && last && last.length === list.length && last.every((d, i) => d === list[i] || samePublished(d, list[i]!))) return;
    this.#publishedVersions.set(uri, version);
    this.publish(uri, list.map(toLspDiagnostic));
  }

  #publishAll(result: AnalysisResult): void {
    // Files of workspaces published unchanged last time keep their diagnostics,
    // unless a changed workspace reports on them too.
    const unchanged = new Set<string>();
    const changed = new Set<string>();
    for (const ws of result.workspaces) {
      const same = this.#publishedModels.get(ws.root) === ws;
      for (const uri of this.session.filesOf(ws)) (same ? unchanged : changed).add(uri);
    }
    const order = changedFirst(result.diagnostics, this.session.recentlyChanged);
    this.session.clearRecentlyChanged();
    for (const uri of order) {
      if (unchanged.has(uri) && !changed.has(uri) && this.#publishedLists.has(uri) && (!this.versionSupport || this.#publishedVersions.get(uri) === this.session.analysedVersion(uri))) continue;
      this.#publishFile(uri, result.diagnostics.get(uri)!);
    }
    for (const uri of [...this.#publishedLists.keys()]) {
      if (result.diagnostics.has(uri)) continue;
      this.#publishedLists.delete(uri);
      this.#publishedVersions.delete(uri);
      this.publish(uri, []);
    }
    for (const uri of this.#provisional) if (!result.diagnostics.has(uri)) this.publish(uri, []);
    this.#provisional.clear();
    this.#publishedModels = new Map(result.workspaces.map((ws) => [ws.root, ws]));
    for (const l of this.#listeners) l(result);
  }

  /** After shutdown: the pending run is dropped, and no change schedules another. */
  dispose(): void {
    this.#disposed = true;
    this.#revision++; // a run in steps stops at its next step
    if (this.#timer) clearTimeout(this.#timer);
  }
  #disposed = false;
}

/**
 * The files of an analysis, those changed since the last run first (each
 * message is encoded and written in turn, so the order is the order the
 * editor gets them in).
 */
function changedFirst(diagnostics: ReadonlyMap<string, unknown>, changed: ReadonlySet<string>): string[] {
  const first = [...changed].filter((uri) => diagnostics.has(uri));
  return [...first, ...[...diagnostics.keys()].filter((uri) => !changed.has(uri))];
}
