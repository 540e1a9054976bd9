/**
 * The diagnostics of the last session, kept so that an editor re-opening an
 * unchanged workspace shows them at once instead of after the first analysis
 * (seconds at national scale). Stored in a folder the client names
 * (`initializationOptions.cacheDir`; VS Code passes the workspace's storage
 * folder), never in the workspace.
 *
 * An entry is keyed by a digest of everything an analysis reads
 * (`Session.inputsDigest`): the server build, the catalogs, the message
 * languages, the roots and the name and text of every listed file. A stored
 * result is published only when the digest is equal, so it is the result
 * the analysis would give; the analysis still runs and publishes its own.
 *
 * The file is data: parsed as JSON, checked field by field, and ignored when
 * it is malformed, too large or written for other inputs.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type * as lsp from 'vscode-languageserver';

const FORMAT = 'samstemt-restart-cache/1';
/** A national workspace stores about 10 MB. */
const MAX_BYTES = 128 * 1024 * 1024;


export class RestartCache {
  /** One file per set of roots, so one folder may serve several workspaces. */
  readonly file: string;

  constructor(
    readonly dir: string,
    roots: readonly string[],
  ) {
    const name = createHash('sha256').update(roots.join('\0')).digest('hex').slice(0, 16);
    this.file = path.join(dir, `samstemt-diagnostics-${name}.json`);
  }

  /**
   * The diagnostics stored for exactly the inputs of `digest`, by file URI;
   * nothing otherwise. Read without holding up the server (megabytes at
   * national scale); only the parse is in one piece.
   */
  async read(digest: string): Promise<Map<string, lsp.Diagnostic[]> | undefined> {
    let raw: unknown;
    try {
      if ((await stat(this.file)).size > MAX_BYTES) return undefined;
      const text = await readFile(this.file, 'utf8');
      // The digest is written first: other inputs are told without parsing megabytes.
      if (!text.slice(0, 200).includes(`"digest":"${digest}"`)) return undefined;
      raw = JSON.parse(text);
    } catch {
      return undefined; // none yet, unreadable or not JSON
    }
    if (!isRecord(raw) || raw['format'] !== FORMAT || raw['digest'] !== digest || !isRecord(raw['files'])) return undefined;
    const out = new Map<string, lsp.Diagnostic[]>();
    for (const [uri, list] of Object.entries(raw['files'])) {
      if (!uri.startsWith('file:') || !Array.isArray(list) || !list.every(isDiagnostic)) return undefined;
      out.set(uri, list);
    }
    return out;
  }

  /**
   * A writer for the inputs of `digest`: files are added one at a time
   * (nothing of national size is held at once, and the caller may spread the
   * work over turns of the event loop); the cache file is replaced only on
   * `commit`.
   */
  writer(digest: string): CacheWriter {
    mkdirSync(this.dir, { recursive: true });
    return new CacheWriter(this.file, digest);
  }

  /** Stores `shown` (file URI → diagnostics) for the inputs of `digest` at once. Returns the number of files. */
  write(digest: string, shown: Iterable<[string, readonly lsp.Diagnostic[]]>): number {
    const w = this.writer(digest);
    try {
      for (const [uri, diagnostics] of shown) w.add(uri, diagnostics);
      return w.commit();
    } finally {
      w.abandon();
    }
  }
}

/** One cache file being written, to a temporary file beside it. */
export class CacheWriter {
  readonly #file: string;
  readonly #temporary: string;
  #fd: number | undefined;
  #files = 0;

  constructor(file: string, digest: string) {
    this.#file = file;
    this.#temporary = `${file}.${process.pid}.tmp`;
    this.#fd = openSync(this.#temporary, 'w');
    // The digest first: `read` tells other inputs from the first bytes.
    writeSync(this.#fd, `{"format":${JSON.stringify(FORMAT)},"digest":${JSON.stringify(digest)},"files":{`);
  }

  add(uri: string, diagnostics: readonly lsp.Diagnostic[]): void {
    if (this.#fd === undefined) return;
    writeSync(this.#fd, `${this.#files++ ? ',' : ''}${JSON.stringify(uri)}:${JSON.stringify(diagnostics)}`);
  }

  /** Finishes the file and puts it in place of the cache file; returns the number of files. */
  commit(): number {
    if (this.#fd === undefined) return 0;
    writeSync(this.#fd, '}}');
    this.#close();
    renameSync(this.#temporary, this.#file);
    return this.#files;
  }

  /** Drops what was written (nothing, after `commit`). */
  abandon(): void {
    this.#close();
    rmSync(this.#temporary, { force: true });
  }

  #close(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isPosition(v: unknown): boolean {
  return isRecord(v) && Number.isInteger(v['line']) && Number.isInteger(v['character']) && (v['line'] as number) >= 0 && (v['character'] as number) >= 0;
}

function isRange(v: unknown): boolean {
  return isRecord(v) && isPosition(v['start']) && isPosition(v['end']);
}

/** What a client needs of a diagnostic to show it; the other fields are passed on as stored. */
function isDiagnostic(v: unknown): v is lsp.Diagnostic {
  return isRecord(v) && isRange(v['range']) && typeof v['message'] === 'string' && (v['severity'] === undefined || [1, 2, 3, 4].includes(v['severity'] as number));
}
