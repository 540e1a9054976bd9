/**
 * Push diagnostics for the whole workspace, opened files or not: changes are
 * debounced (~150 ms), a revision counter drops stale runs, and only files
 * whose diagnostics changed are re-published. Files that vanish from the
 * analysis (deleted, moved out of `documents`) get `[]`.
 */
import type * as lsp from 'vscode-languageserver';
import type { AnalysisResult } from '../engine/engine.js';
import type { Session } from './session.js';
import { toLspDiagnostic } from './convert.js';

export type Publisher = (uri: string, diagnostics: lsp.Diagnostic[]) => void;

export class DiagnosticsScheduler {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #revision = 0;
  /** Last published diagnostics per uri, serialised for comparison. */
  readonly #published = new Map<string, string>();
  #publishedGeneration = -1;
  #listeners: ((result: AnalysisResult) => void)[] = [];

  constructor(
    private readonly session: Session,
    private readonly publish: Publisher,
    private readonly onError: (e: unknown) => void,
    private readonly delayMs = 150,
  ) {}

  /** Called after every change: re-analyse once the user pauses. */
  schedule(): void {
    const revision = ++this.#revision;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (revision !== this.#revision) return; // a newer change superseded this run
      try {
        this.flush();
      } catch (e) {
        this.onError(e); // never crash on user data: the next change tries again
      }
    }, this.delayMs);
  }

  /** Analyses now if anything changed, publishes what changed and returns the analysis. */
  flush(): AnalysisResult {
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    const revision = this.#revision;
    const result = this.session.analysis();
    if (revision === this.#revision && this.session.analysedGeneration !== this.#publishedGeneration) {
      this.#publishedGeneration = this.session.analysedGeneration;
      this.#publishAll(result);
    }
    return result;
  }

  /** Called with each published analysis (the status bar summary uses it). */
  onPublished(listener: (result: AnalysisResult) => void): void {
    this.#listeners.push(listener);
  }

  #publishAll(result: AnalysisResult): void {
    const seen = new Set<string>();
    for (const [uri, list] of result.diagnostics) {
      seen.add(uri);
      const converted = list.map(toLspDiagnostic);
      const key = JSON.stringify(converted);
      if (this.#published.get(uri) === key) continue;
      this.#published.set(uri, key);
      this.publish(uri, converted);
    }
    for (const uri of [...this.#published.keys()]) {
      if (seen.has(uri)) continue;
      this.#published.delete(uri);
      this.publish(uri, []);
    }
    for (const l of this.#listeners) l(result);
  }

  dispose(): void {
    if (this.#timer) clearTimeout(this.#timer);
  }
}
