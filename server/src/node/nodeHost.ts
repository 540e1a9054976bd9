/**
 * An `IWorkspaceHost` over the file system, shared by the CLI and the language
 * server. Walks the roots once (skipping dependency and build folders and
 * symlink loops), reads files lazily and caches their text until told a file
 * changed.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { IWorkspaceHost } from '../engine/engine.js';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);
/** Strategy files are text; anything larger is read only to report that it is too large. */
const MAX_READ = 8 * 1024 * 1024;

export function toUri(p: string): string {
  return pathToFileURL(p).href;
}
export function toPath(uri: string): string {
  return fileURLToPath(uri);
}

export class NodeHost implements IWorkspaceHost {
  #files: string[] | undefined;
  readonly #texts = new Map<string, string | undefined>();
  /** Open editor buffers win over disk. */
  readonly overlays = new Map<string, string>();

  constructor(readonly roots: readonly string[], readonly extraFiles: readonly string[] = []) {}

  listFiles(): readonly string[] {
    if (!this.#files) {
      const out = new Set<string>(this.extraFiles.map(toUri));
      for (const r of this.roots) walk(r, out, new Set());
      for (const uri of this.overlays.keys()) out.add(uri);
      this.#files = [...out].sort();
    }
    return this.#files;
  }

  readFile(uri: string): string | undefined {
    const overlay = this.overlays.get(uri);
    if (overlay !== undefined) return overlay;
    if (this.#texts.has(uri)) return this.#texts.get(uri);
    let text: string | undefined;
    try {
      const p = toPath(uri);
      const size = statSync(p).size;
      text = size > MAX_READ ? readFileSync(p, 'utf8').slice(0, MAX_READ) : readFileSync(p, 'utf8');
    } catch {
      text = undefined;
    }
    this.#texts.set(uri, text);
    return text;
  }

  /** A file changed on disk: forget its cached text. */
  changed(uri: string): void {
    this.#texts.delete(uri);
  }

  /** Files were created or deleted: list the folders again on next use. */
  relist(): void {
    this.#files = undefined;
  }
}

function walk(dir: string, out: Set<string>, seen: Set<string>): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return;
  }
  if (seen.has(real)) return; // symlink loop
  seen.add(real);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() || (e.isSymbolicLink() && isDir(p))) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(p, out, seen);
    } else if (/\.(md|markdown|ya?ml)$/i.test(e.name)) out.add(toUri(p));
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
