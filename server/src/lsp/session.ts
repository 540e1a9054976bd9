/**
 * The language server's state: the file-system host (with open buffers as
 * overlays), the engine, the settings that affect it and the last analysis.
 * Analysis is synchronous and cached: `analysis()` re-runs the engine only
 * after something changed, so requests always see the current text.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Engine, type AnalysisProgress, type AnalysisResult, type CatalogSource } from '../engine/engine.js';
import { NodeHost } from '../node/nodeHost.js';
import type { RuleModule } from '../engine/rule.js';
import type { Lang } from '../engine/types.js';
import type { LanguageContext } from '../engine/language/context.js';
import type { WorkspaceModel } from '../engine/workspaceModel.js';
import { LineIndex } from '../engine/text/lineIndex.js';

export interface ILogger {
  info(message: string): void;
  error(message: string): void;
}

/** `file:` URIs in the spelling Node produces (`file:///C:/…`, percent-encoding as pathToFileURL does). */
export function normalizeUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

export class Session {
  #host: NodeHost;
  #engine: Engine;
  #roots: string[] = [];
  #messageLang: Lang | undefined;
  #result: AnalysisResult | undefined;
  /** Bumped on every change; the analysis is stale when its generation differs. */
  #generation = 0;
  #analysedGeneration = -1;
  readonly #overlays = new Map<string, string>();
  /** Files changed since the scheduler last asked (it publishes them first). */
  readonly #recentlyChanged = new Set<string>();

  constructor(
    readonly catalogs: readonly CatalogSource[],
    readonly rules: readonly RuleModule[],
    readonly log: ILogger,
  ) {
    this.#host = new NodeHost([]);
    this.#engine = this.#createEngine();
  }

  /** Folders (paths) the client has open; replaces the host and engine (caches start afresh). */
  setRoots(paths: readonly string[]): void {
    this.#roots = [...new Set(paths)];
    this.#host = new NodeHost(this.#roots);
    for (const [uri, text] of this.#overlays) this.#host.overlays.set(uri, text);
    this.#engine = this.#createEngine();
    this.changed();
  }

  get roots(): readonly string[] {
    return this.#roots;
  }

  /**
   * Language of diagnostics: `lang` for every workspace (an explicit editor
   * setting), or undefined to follow each workspace's `language:`, with
   * `defaultLang` (the editor's display language) where samstemt.yaml sets none.
   */
  setMessageLang(lang: Lang | undefined, defaultLang?: Lang): void {
    if (lang === this.#messageLang && defaultLang === this.#defaultLang) return;
    this.#messageLang = lang;
    this.#defaultLang = defaultLang;
    this.#engine = this.#createEngine();
    this.changed();
  }
  #defaultLang: Lang | undefined;

  get messageLang(): Lang | undefined {
    return this.#messageLang;
  }

  /** The editor's display language, for workspaces whose samstemt.yaml sets none. */
  get defaultLang(): Lang | undefined {
    return this.#defaultLang;
  }

  /** The roots as folder URIs (ending in `/`), as workspace roots are spelt. */
  get rootUris(): readonly string[] {
    return this.#roots.map((p) => {
      const u = pathToFileURL(p).href;
      return u.endsWith('/') ? u : u + '/';
    });
  }

  #createEngine(): Engine {
    return new Engine(this.#host, {
      catalogs: this.catalogs,
      rules: this.rules,
      roots: [...this.rootUris],
      surface: 'editor',
      ...(this.#messageLang ? { lang: this.#messageLang } : {}),
      ...(this.#defaultLang ? { defaultLang: this.#defaultLang } : {}),
    });
  }

  get generation(): number {
    return this.#generation;
  }

  changed(): void {
    this.#generation++;
  }

  setOverlay(uri: string, text: string, version?: number): void {
    if (!uri.startsWith('file:')) return;
    const known = this.#overlays.has(uri) || this.#host.listFiles().includes(uri);
    this.#overlays.set(uri, text);
    if (version === undefined) this.#versions.delete(uri);
    else this.#versions.set(uri, { text, version });
    this.#host.overlays.set(uri, text);
    if (!known) this.#host.relist();
    this.#recentlyChanged.add(uri);
    this.changed();
  }

  /**
   * The editor's version of an open document, when the last analysis read
   * exactly that text: published with its diagnostics, so that the editor can
   * drop diagnostics computed for an older text.
   */
  analysedVersion(uri: string): number | undefined {
    const v = this.#versions.get(uri);
    return v !== undefined && this.#engine.textOf(uri) === v.text ? v.version : undefined;
  }
  readonly #versions = new Map<string, { text: string; version: number }>();

  removeOverlay(uri: string): void {
    this.#versions.delete(uri);
    if (!this.#overlays.delete(uri)) return;
    this.#host.overlays.delete(uri);
    this.#host.changed(uri);
    this.#host.relist(); // an unsaved new file disappears with its buffer
    this.#recentlyChanged.add(uri);
    this.changed();
  }

  /** A file changed on disk (watched files); `listing` when it was created or deleted. */
  fileChanged(uri: string, listing: boolean): void {
    this.#host.changed(uri);
    if (listing) this.#host.relist();
    this.#recentlyChanged.add(uri);
    this.changed();
  }

  /** A folder deleted, moved away or moved in (one event for the folder): its files are read and listed afresh. */
  folderChanged(uri: string): void {
    this.#host.folderChanged(uri);
    this.#recentlyChanged.add(uri);
    this.changed();
  }

  /** Whether the last listing held a file inside the folder `uri` (a folder deleted or moved away). */
  holdsFiles(uri: string): boolean {
    return this.#host.holdsFiles(uri);
  }

  /**
   * Changes on disk found by polling, for editors that cannot watch files
   * (see `NodeHost.poll`): handled like watched-file events. True when
   * anything changed (the caller schedules an analysis).
   */
  pollDisk(): boolean {
    const { changed, listed } = this.#host.poll();
    for (const uri of [...changed, ...listed]) this.#recentlyChanged.add(uri);
    if (changed.length === 0 && listed.length === 0) return false;
    this.changed();
    return true;
  }

  /** Files changed (buffers, disk) since the last `clearRecentlyChanged`: published first. */
  get recentlyChanged(): ReadonlySet<string> {
    return this.#recentlyChanged;
  }

  /** After a complete publish. */
  clearRecentlyChanged(): void {
    this.#recentlyChanged.clear();
  }

  /**
   * A digest of everything an analysis of the roots reads: `build` (the
   * server's code), the catalogs, the message languages, the roots, and the
   * name and text of every file listed (open buffers as the analysis sees
   * them), and the folders that could not be read. Equal digests give equal
   * diagnostics: the engine reads nothing else (no clock, no network).
   */
  inputsDigest(build: string): string {
    const steps = this.inputsDigestInSteps(build);
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
    }
  }

  /**
   * `inputsDigest` a file per step, so that a caller can answer requests in
   * between (at national scale it reads and hashes tens of megabytes). The
   * files are those listed when it starts; a change meanwhile gives a digest
   * no stored result has, or the one of the text read.
   */
  *inputsDigestInSteps(build: string): Generator<undefined, string, void> {
    const h = createHash('sha256');
    const field = (s: string) => h.update(s).update('\0');
    const host = this.#host;
    field(build);
    for (const c of this.catalogs) (field(c.uri), field(c.text));
    field(this.#messageLang ?? '');
    field(this.#defaultLang ?? '');
    for (const r of this.#roots) field(r);
    for (const uri of host.listFiles()) {
      field(uri);
      const text = host.readFile(uri);
      field(text === undefined ? 'unreadable' : `text:${text}`);
      yield;
    }
    for (const [folder, code] of host.unreadableFolders) (field(folder), field(code));
    return h.digest('hex');
  }

  /** Whether an open buffer holds a text other than its file on disk (which the next start reads). */
  hasUnsavedBuffers(): boolean {
    for (const [uri, text] of this.#overlays) if (this.#host.diskText(uri) !== text) return true;
    return false;
  }

  /** The files a workspace of the current engine reports on. */
  filesOf(ws: WorkspaceModel): string[] {
    return this.#engine.filesOf(ws);
  }

  /** The current analysis (re-run when anything changed since the last one). */
  analysis(): AnalysisResult {
    if (!this.#result || this.#analysedGeneration !== this.#generation) {
      const started = Date.now();
      this.#finish(this.#engine.analyze(), this.#generation, Date.now() - started);
    }
    return this.#result!;
  }

  /**
   * The current analysis in steps (see `Engine.analyzeInSteps`); the caller
   * drops the generator when something changes. `busyMs` is the time spent
   * inside the steps. The cooperations of open documents are analysed first,
   * and each analysed cooperation is handed out as a step's value.
   */
  *analysisInSteps(): Generator<AnalysisProgress | undefined, AnalysisResult, void> {
    if (this.#result && this.#analysedGeneration === this.#generation) return this.#result;
    const gen = this.#generation;
    const engine = this.#engine;
    let busyMs = 0;
    const steps = engine.analyzeInSteps(new Set(this.#overlays.keys()));
    for (;;) {
      const started = Date.now();
      const step = steps.next();
      busyMs += Date.now() - started;
      if (step.done) {
        // A result for an older generation is not kept: the caller starts again.
        if (gen === this.#generation && engine === this.#engine) this.#finish(step.value, gen, busyMs);
        return step.value;
      }
      yield step.value;
    }
  }

  #finish(result: AnalysisResult, generation: number, ms: number): void {
    this.#result = result;
    this.#analysedGeneration = generation;
    // Models loaded for requests while the user typed are superseded: let them go (a whole workspace's worth).
    if (this.#models && this.#models.generation <= generation) this.#models = undefined;
    for (const e of result.errors) this.log.error(`rule ${e.rule} failed: ${e.message}`);
    this.log.info(`analysed ${result.diagnostics.size} files in ${result.workspaces.length} workspace(s) in ${ms} ms`);
  }

  get analysedGeneration(): number {
    return this.#analysedGeneration;
  }

  /**
   * What the last listing and reading could not read: strategy files (URI → error code, EACCES, or
   * ENOENT for a symbolic link to nothing) and folders (path → code). The engine sees them as absent.
   */
  unreadable(): { files: ReadonlyMap<string, string>; folders: ReadonlyMap<string, string> } {
    return { files: this.#host.unreadable, folders: this.#host.unreadableFolders };
  }

  /**
   * The language of hovers, completion details, code lenses and quick fixes in `uri`: that of its
   * cooperation's findings (a nested cooperation may write English inside a bokmål one); without
   * `uri`, or outside every cooperation, the first cooperation's.
   */
  uiLang(result: AnalysisResult, uri?: string): Lang {
    return this.#langIn(result.workspaces, uri);
  }

  #langIn(workspaces: readonly WorkspaceModel[], uri?: string): Lang {
    const root = uri === undefined ? undefined : this.#engine.workspaceRootOf(uri);
    const ws = (root !== undefined ? workspaces.find((w) => w.root === root) : undefined) ?? workspaces[0];
    return ws ? this.#engine.messageLangOf(ws) : (this.#messageLang ?? this.#defaultLang ?? 'nb');
  }

  /** The language of the findings of `ws`, for what the server tells about it. */
  langOf(ws: WorkspaceModel): Lang {
    return this.#engine.messageLangOf(ws);
  }

  /** A language context over the current analysis (analysing now if anything changed), in the language of `uri`. */
  context(uri?: string): LanguageContext {
    const result = this.analysis();
    return this.#contextOf(result.workspaces, result.diagnostics, this.uiLang(result, uri));
  }

  /**
   * A language context over the current text without running the rules: the
   * models are current, the diagnostics those of the last analysis (the
   * debounced run catches up). For requests that must answer while the user
   * types. With `uri`, only the workspace of that file needs to be current:
   * a request about one document does not wait for all cooperations to be
   * parsed.
   */
  modelContext(uri?: string): LanguageContext {
    if (this.#result && this.#analysedGeneration === this.#generation) return this.context(uri);
    if (this.#models?.generation !== this.#generation) this.#models = { generation: this.#generation, byRoot: new Map() };
    const root = uri === undefined ? undefined : this.#engine.workspaceRootOf(uri);
    let workspaces = this.#models.byRoot.get(root ?? '');
    if (!workspaces) {
      workspaces = this.#engine.loadWorkspaces(root === undefined ? undefined : new Set([root]));
      this.#models.byRoot.set(root ?? '', workspaces);
    }
    // As `uiLang` has it: the language of the file's workspace (loaded just now), else of the first one.
    const lang = this.#langIn(root !== undefined ? workspaces : (this.#result?.workspaces ?? workspaces), uri);
    return this.#contextOf(workspaces, this.#result?.diagnostics ?? new Map(), lang);
  }
  /** Models loaded for requests since the last change, by workspace root ('' for all). */
  #models: { generation: number; byRoot: Map<string, WorkspaceModel[]> } | undefined;

  #contextOf(workspaces: readonly WorkspaceModel[], diagnostics: LanguageContext['diagnostics'], lang: Lang): LanguageContext {
    return {
      workspaces,
      diagnostics,
      lang,
      knownFrameworks: this.#engine.builtInFrameworks,
      ruleIds: this.rules.map((r) => r.meta.id),
      frameworkFilesIn: (ws) => this.#engine.frameworkFilesIn(ws),
    };
  }

  /** The text offsets of the last analysis refer to. */
  textOf(uri: string): string | undefined {
    return this.#engine.textOf(uri) ?? this.#host.readFile(uri);
  }

  lineIndex(uri: string): LineIndex {
    if (this.#engine.textOf(uri) !== undefined) return this.#engine.lineIndexOf(uri);
    const text = this.#host.readFile(uri);
    return new LineIndex(text ?? '');
  }
}
