/**
 * An `IWorkspaceHost` over the file system, shared by the CLI and the language
 * server. Walks the roots once (skipping dependency and build folders and
 * symlink loops), reads files lazily and caches their text until told a file
 * changed.
 *
 * File access is confined to the roots (and the files named explicitly): a
 * symbolic link that resolves outside them is neither listed nor read, only
 * regular files are read (never a FIFO or a device), and at most `MAX_READ`
 * bytes of a file are read.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
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

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * The folder of the nearest `samstemt.yaml` at or above `start` (a folder):
 * the cooperation a path belongs to (format.md §1), as `samstemt check` and
 * the language server find it. Stops at the file-system root.
 */
export function nearestConfigDir(start: string): string | undefined {
  let dir = start;
  for (;;) {
    if (isFile(path.join(dir, 'samstemt.yaml'))) return dir; // a folder of that name is no config
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export class NodeHost implements IWorkspaceHost {
  #files: string[] | undefined;
  readonly #texts = new Map<string, string | undefined>();
  /** Open editor buffers win over disk. */
  readonly overlays = new Map<string, string>();

  #realRoots: string[] | undefined;

  constructor(readonly roots: readonly string[], readonly extraFiles: readonly string[] = []) {}

  /** The roots with symbolic links resolved: what `inside` compares real paths against. */
  get #confinement(): string[] {
    return (this.#realRoots ??= this.roots.map(realOrResolved));
  }

  /** True when a real (symlink-free) path lies in one of the roots, or is a file named explicitly. */
  #allowed(real: string): boolean {
    return this.#confinement.some((r) => isInside(r, real)) || this.extraFiles.some((f) => realOrResolved(f) === real);
  }

  listFiles(): readonly string[] {
    if (!this.#files) {
      const out = new Set<string>(this.extraFiles.map(toUri));
      this.#dirs.clear();
      this.unreadableFolders.clear();
      for (const r of this.roots) walk(r, out, new Set(), (real) => this.#allowed(real), this.#dirs, this.unreadableFolders);
      for (const uri of this.overlays.keys()) out.add(uri);
      this.#files = [...out].sort();
      this.#folders = undefined;
      this.#listed = undefined;
    }
    return this.#files;
  }

  /**
   * Whether the last listing held a file inside the folder `uri`, without
   * listing again (a batch of watched-file events asks once per deleted path;
   * a listing per path froze the server during a `git checkout`).
   */
  holdsFiles(uri: string): boolean {
    const files = this.#files ?? this.#lastFiles;
    if (!files) return false;
    if (!this.#folders) {
      // Every folder that holds a listed file, at any depth, as a URI ending in '/'.
      const folders = new Set<string>();
      for (const f of files) {
        for (let i = f.lastIndexOf('/'); i > 0; i = f.lastIndexOf('/', i - 1)) {
          const folder = f.slice(0, i + 1);
          if (folders.has(folder)) break;
          folders.add(folder);
        }
      }
      this.#folders = folders;
    }
    const prefix = uri.endsWith('/') ? uri : uri + '/';
    return this.#folders.has(prefix) || [...this.#unlisted].some((f) => f.startsWith(prefix));
  }
  /**
   * Files read that the listing does not hold: a framework file that
   * `frameworks:` names in a folder the walk skips (`.samstemt/`). Their
   * folder deleted must be forgotten as well (`holdsFiles`).
   */
  readonly #unlisted = new Set<string>();
  /** The last listing as a set, made when first asked. */
  #listed: Set<string> | undefined;
  /** The folders of the last listing (`holdsFiles`), computed when first asked. */
  #folders: Set<string> | undefined;
  /** The last listing, kept after `relist` until the next one. */
  #lastFiles: readonly string[] | undefined;

  readFile(uri: string): string | undefined {
    const overlay = this.overlays.get(uri);
    return overlay !== undefined ? overlay : this.diskText(uri);
  }

  /** The text of the file on disk, whether a buffer is open or not (cached until `changed`). */
  diskText(uri: string): string | undefined {
    if (this.#texts.has(uri)) return this.#texts.get(uri);
    let text: string | undefined;
    try {
      const real = realpathSync(toPath(uri));
      const stat = statSync(real);
      this.#stamps.set(uri, stampOf(stat));
      if (!stat.isFile()) text = undefined;
      else if (!this.#allowed(real)) {
        text = undefined;
        // Only a samstemt.yaml that links out is listed (see `walk`): told, so that no one takes it for missing.
        if (this.#files?.includes(uri)) this.unreadable.set(uri, OUTSIDE);
      }
      else if (stat.size <= MAX_READ) text = decode(readFileSync(real));
      else text = readHead(real, MAX_READ);
    } catch (e) {
      text = undefined;
      this.#stamps.set(uri, MISSING);
      // A listed file that cannot be read (permission denied, a broken link) is worth telling;
      // one that was merely looked for (a framework file named in samstemt.yaml) is not listed.
      if (this.#files?.includes(uri)) this.unreadable.set(uri, (e as NodeJS.ErrnoException).code ?? 'EIO');
    }
    this.#texts.set(uri, text);
    if (this.#files && !(this.#listed ??= new Set(this.#files)).has(uri)) this.#unlisted.add(uri);
    return text;
  }

  /**
   * Listed files that could not be read, with the error code (EACCES, ENOENT
   * for a symbolic link to nothing …): the engine sees them as absent, so
   * `samstemt check` says which were not checked instead of passing quietly.
   */
  readonly unreadable = new Map<string, string>();
  /** Folders under the roots that could not be listed (path → error code), from the last listing. */
  readonly unreadableFolders = new Map<string, string>();

  /** A file changed on disk: forget its cached text. */
  changed(uri: string): void {
    this.#texts.delete(uri);
    this.#unlisted.delete(uri);
    this.#stamps.delete(uri);
    this.unreadable.delete(uri);
  }

  /** Size, mtime and inode of each file read from disk, when it was read. */
  readonly #stamps = new Map<string, string>();
  /** Modification time of each folder of the last listing, taken before it was read. */
  readonly #dirs = new Map<string, number>();

  /**
   * For editors that cannot watch files: what changed on disk since it was
   * read or listed, found with `stat` calls (one per file read, one per
   * folder listed); nothing is read. A folder whose entries changed is listed
   * again, and the listing replaced only when the set of files differs (an
   * editor's swap file does not cause an analysis). The cached text of
   * changed and deleted files is forgotten; the files are returned.
   */
  poll(): { changed: string[]; listed: string[] } {
    const changed: string[] = [];
    for (const [uri, stamp] of this.#stamps) {
      if (this.overlays.has(uri) || !this.#texts.has(uri)) continue;
      let now: string;
      try {
        now = stampOf(statSync(toPath(uri)));
      } catch {
        now = MISSING;
      }
      if (now !== stamp) changed.push(uri);
    }
    for (const uri of changed) this.changed(uri);
    const listed: string[] = [];
    const before = this.#files;
    if (before && [...this.#dirs].some(([dir, mtime]) => mtimeOf(dir) !== mtime)) {
      this.#files = undefined;
      const after = this.listFiles();
      const was = new Set(before);
      const is = new Set(after);
      for (const uri of after) if (!was.has(uri)) listed.push(uri);
      for (const uri of before) if (!is.has(uri)) listed.push(uri);
      if (listed.length === 0) this.#files = before;
      this.#listed = undefined;
      for (const uri of listed) this.changed(uri);
    }
    return { changed, listed };
  }

  /** Files were created or deleted: list the folders again on next use. */
  relist(): void {
    if (this.#files) {
      this.#lastFiles = this.#files;
      this.#folders = undefined;
    }
    this.#files = undefined;
    this.#listed = undefined;
  }

  /**
   * A folder was deleted, moved away or moved in (editors report that once,
   * for the folder): forget the cached text of every file under it, so that a
   * folder replaced by another of the same name is read afresh, and list again.
   */
  folderChanged(uri: string): void {
    const prefix = uri.endsWith('/') ? uri : uri + '/';
    for (const cached of [...this.#texts.keys()]) if (cached.startsWith(prefix)) this.changed(cached);
    this.relist();
  }
}

const MISSING = 'missing';

function mtimeOf(dir: string): number | undefined {
  try {
    return statSync(dir).mtimeMs;
  } catch {
    return undefined;
  }
}

function stampOf(stat: { size: number; mtimeMs: number; ino: number }): string {
  return `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
}

/** `dirs`: every folder listed, with its modification time before the listing (for `poll`). */
function walk(dir: string, out: Set<string>, seen: Set<string>, allowed: (real: string) => boolean, dirs: Map<string, number>, failed: Map<string, string>): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return;
  }
  if (seen.has(real)) return; // symlink loop
  if (!allowed(real)) return; // a link out of the workspace
  seen.add(real);
  let entries;
  try {
    dirs.set(dir, statSync(dir).mtimeMs);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    failed.set(dir, (e as NodeJS.ErrnoException).code ?? 'EIO');
    return;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() || (e.isSymbolicLink() && isDir(p))) {
      if (!isSkippedDir(e.name)) walk(p, out, seen, allowed, dirs, failed);
    } else if (/\.(md|markdown|ya?ml)$/i.test(e.name) && (e.isFile() || (e.isSymbolicLink() && (isLinkToFile(p, allowed) || isBrokenLink(p) || isConfigLinkOut(e.name, p))))) out.add(toUri(p));
  }
}

/** A folder the walk leaves out: tools' folders and hidden ones. */
export function isSkippedDir(name: string): boolean {
  return SKIP_DIRS.has(name) || name.startsWith('.');
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** A symbolic link to a regular file inside the confinement. */
function isLinkToFile(p: string, allowed: (real: string) => boolean): boolean {
  try {
    const real = realpathSync(p);
    return statSync(real).isFile() && allowed(real);
  } catch {
    return false;
  }
}

/**
 * A samstemt.yaml that links to a file outside the roots: listed (and never
 * read: `diskText` refuses it), so that the tools say why the cooperation's
 * settings do not apply instead of «no samstemt.yaml, the defaults apply».
 * Other files that link out are left out silently (docs/security.md).
 */
function isConfigLinkOut(name: string, p: string): boolean {
  return name === 'samstemt.yaml' && isLinkToFile(p, () => true);
}

/** Error code of a listed file that is a link out of the roots. */
const OUTSIDE = 'EOUTSIDE';

/** A symbolic link to nothing: listed, so that reading it fails and the CLI names it (a strategy that is not there). */
function isBrokenLink(p: string): boolean {
  try {
    realpathSync(p);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

function realOrResolved(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** Whether the path `p` lies inside the folder `root` (not `root` itself). */
export function isInside(root: string, p: string): boolean {
  if (p === root) return true;
  return p.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/**
 * A file's text: UTF-8, or UTF-16 when it starts with a UTF-16 byte order mark
 * (Notepad's «Unicode»), which authors on Windows may save a strategy in; the
 * mark is kept as U+FEFF, as a UTF-8 one is. Any other encoding is read as
 * UTF-8, and the engine reports its first unreadable character.
 */
export function decode(buf: Buffer): string {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return buf.toString('utf16le');
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    const swapped = Buffer.from(buf.subarray(0, buf.length - (buf.length % 2)));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  return buf.toString('utf8');
}

/** The first `max` bytes of a file, decoded (a cut multi-byte character becomes U+FFFD). */
function readHead(p: string, max: number): string {
  const fd = openSync(p, 'r');
  try {
    const buf = Buffer.alloc(max);
    const n = readSync(fd, buf, 0, max, 0);
    return decode(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}
