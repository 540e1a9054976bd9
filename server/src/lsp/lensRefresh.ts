/**
 * `workspace/codeLens/refresh`. A goal's lens counts the goals of other
 * documents that contribute to it and the findings on it (codeLens.ts), so
 * an analysis after an edit elsewhere, or a file changed on disk, can change
 * what an open editor's lenses should say; editors ask for lenses when their
 * own document changes, not then. After each published analysis the lenses
 * of the open documents are compared with those of the analysis before, and
 * the client is asked to refresh only when one differs (positions left out:
 * the editor moves lenses with its own edits). Requests do not pile up
 * while the user types: one at a time, and at most one more for whatever
 * changed meanwhile. A client that leaves a request unanswered (busy, or
 * buggy) does not stop the refreshes for good: after `waitMs` the request
 * counts as answered, so such a client gets at most one request per
 * `waitMs`.
 */
export class LensRefresher {
  /** The lenses (goal and title) of each open document, as of the last published analysis. */
  #shown = new Map<string, string>();
  #first = true;
  #sending = false;
  #again = false;
  #waiting: ReturnType<typeof setTimeout> | undefined;
  #disposed = false;

  constructor(
    /** The goal and title of each lens of `uri` in the current analysis, as one string. */
    private readonly lensesOf: (uri: string) => string,
    /** Sends the refresh request; resolves when the client has answered. */
    private readonly send: () => Promise<unknown>,
    /** How long to wait for an answer before the request counts as answered (ms). VS Code answers at once. */
    private readonly waitMs = 5000,
  ) {}

  /** After each published analysis, with the documents open in the editor. */
  published(open: Iterable<string>): void {
    const next = new Map<string, string>();
    let changed = false;
    for (const uri of open) {
      const lenses = this.lensesOf(uri);
      next.set(uri, lenses);
      const before = this.#shown.get(uri);
      // A document opened since the last analysis asked for its lenses on opening, with that analysis's findings;
      // only before the first analysis had they no findings to count.
      if (before === undefined ? this.#first && lenses !== '' : before !== lenses) changed = true;
    }
    this.#shown = next;
    this.#first = false;
    if (changed) this.#request();
  }

  /** After shutdown: nothing more is sent. */
  dispose(): void {
    this.#disposed = true;
    if (this.#waiting) clearTimeout(this.#waiting);
  }

  #request(): void {
    if (this.#disposed) return;
    if (this.#sending) {
      this.#again = true;
      return;
    }
    this.#sending = true;
    let over = false;
    // On the answer, or when the wait for it is over, whichever comes first (a late answer then changes nothing).
    const answered = () => {
      if (over) return;
      over = true;
      clearTimeout(this.#waiting);
      this.#waiting = undefined;
      this.#sending = false;
      if (!this.#again) return;
      this.#again = false;
      this.#request();
    };
    this.#waiting = setTimeout(answered, this.waitMs);
    this.#waiting.unref();
    void this.send()
      .catch(() => undefined) // the client refused or has gone: the next change asks again
      .finally(answered);
  }
}
