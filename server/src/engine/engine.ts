/**
 * The engine facade. A host (CLI, language server, tests) gives it a view of
 * files (`IWorkspaceHost`); the engine finds the workspaces (`samstemt.yaml`,
 * nearest wins), parses the documents, runs the rules and returns diagnostics
 * per file. Parsed documents are cached by text, so re-analysis after an edit
 * re-parses only what changed.
 */
import type { Diagnostic, Finding, Lang, SeverityLevel, Span, StrategyDocument, ValueProblem } from './types.js';
import { parseMarkdown } from './parse/markdown.js';
import { parseYamlDocument, looksLikeStrategyYaml } from './parse/yamlDocument.js';
import { parseConfig, defaultConfig, type WorkspaceConfig } from './model/config.js';
import { parseFramework } from './frameworks/parseFramework.js';
import { encodingProblem } from './parse/encoding.js';
export { NOT_UTF8, HAS_NUL } from './parse/encoding.js';
import type { Framework } from './types.js';
import { buildWorkspaceModel, type FrameworkFile, type OtherCooperation, type WorkspaceModel } from './workspaceModel.js';
import { dirname, basename, relative, resolveInside, decodePath } from './workspace/uri.js';
import { globToRegExp, selectedBy } from './workspace/glob.js';
import { documentGlobProblems } from './workspace/documentGlobs.js';
import { LineIndex } from './text/lineIndex.js';
import { runRulesInSteps, runToEnd, RuleCache, type RuleRunError } from './runner.js';
import type { RuleModule } from './rule.js';
import { createRanker, type Ranker } from './linking/ranker.js';
import { cachingRanker } from './linking/cache.js';
import { sameItems } from './memo.js';
import type { Surface } from './surface.js';
import { recordOrigins, releaseOrigins } from './model/goalOrigins.js';
import { compareText } from './text/order.js';
import { guess, guessFields } from './text/normalize.js';

/** What the engine needs from its host: a list of files and their current text. */
export interface IWorkspaceHost {
  /** URIs of all files the host can see (the engine picks configs and documents by name). */
  listFiles(): readonly string[];
  /** Current text of a file (an open editor buffer wins over disk); undefined if unreadable. */
  readFile(uri: string): string | undefined;
}

export interface CatalogSource {
  uri: string;
  text: string;
}

/** A custom framework file found in a workspace's folder (see `frameworkFilesIn`). */
export interface FrameworkCandidate {
  /** Relative to the workspace folder, as `frameworks:` names it. */
  path: string;
  /** Its `framework:` ID. */
  id: string;
  title?: string;
}

export interface EngineOptions {
  /** The built-in national catalogs (DS19, DN30), read by the host from the shipped files. */
  catalogs: readonly CatalogSource[];
  /** Message language override (CLI `--lang`, editor setting); default: the workspace's `language`. */
  lang?: Lang;
  /** Language of workspaces whose samstemt.yaml does not set `language:` (the editor's display language). */
  defaultLang?: Lang;
  /** Where the findings are read: `editor` (the language server) or `cli` (the default); some advice differs. */
  surface?: Surface;
  /** Severity overrides (CLI `--rule`), on top of `samstemt.yaml`. */
  ruleOverrides?: Readonly<Record<string, SeverityLevel>>;
  /** Folders the host works in; files outside any `samstemt.yaml` form an implicit workspace per root. */
  roots?: readonly string[];
  /**
   * Files to treat as strategy documents even when no `documents` glob matches
   * them (single files on the CLI): where no samstemt.yaml names the documents,
   * and, with `explicitOverGlobs`, also inside a cooperation (`suggest` on a
   * draft kept outside the cooperation's globs).
   */
  explicitDocuments?: readonly string[];
  explicitOverGlobs?: boolean;
  /** Largest document analysed, in characters; larger files get a parse-error instead of a hang. */
  maxDocumentSize?: number;
  rules: readonly RuleModule[];
}

/** One workspace of an analysis in steps, analysed: its own diagnostics per file. */
export interface AnalysisProgress {
  workspace: WorkspaceModel;
  diagnostics: ReadonlyMap<string, readonly Diagnostic[]>;
}

export interface AnalysisResult {
  workspaces: WorkspaceModel[];
  /** Diagnostics for every analysed file (an empty list for clean files). */
  diagnostics: Map<string, Diagnostic[]>;
  /** Rules that threw: the rest of the analysis went on. */
  errors: RuleRunError[];
}

const CONFIG_NAME = 'samstemt.yaml';
const NO_OTHERS: { list: OtherCooperation[]; key: string } = { list: [], key: '' };

/** One file's diagnostics in a workspace, and what they were made from. */
interface FileDiagnostics {
  findings: readonly Finding[];
  /** The file and the files its findings' related locations point into, with their line indexes. */
  uris: string[];
  indexes: LineIndex[];
  diagnostics: Diagnostic[];
}

/** The files under one workspace root, and those its config selects as documents. */
interface FileGroup {
  configured: boolean;
  files: string[];
  selected?: { config: WorkspaceConfig; files: string[]; paths: string[]; problems: ValueProblem[] };
}

/**
 * Parsed built-in catalogs and their ranker, shared by engines created from the
 * same catalog list (the language server restarts engines; tests create many).
 * Keyed by the list's identity, so it holds nothing once the list is dropped.
 */
const builtInCache = new WeakMap<readonly CatalogSource[], { frameworks: Framework[]; ranker?: Ranker }>();
export const MAX_DOCUMENT_SIZE = 2_000_000;

export class Engine {
  readonly #host: IWorkspaceHost;
  readonly #options: EngineOptions;
  readonly #docCache = new Map<string, { text: string; doc: StrategyDocument }>();
  readonly #configCache = new Map<string, { text: string; config: WorkspaceConfig }>();
  readonly #frameworkCache = new Map<string, { text: string; result: ReturnType<typeof parseFramework> }>();
  readonly #builtIn: Framework[];
  readonly #shared: { frameworks: Framework[]; ranker?: Ranker };
  #customRankers: { frameworks: Framework[]; ranker: Ranker }[] = [];
  /**
   * Work counters, for tests of incremental behaviour: documents parsed,
   * workspaces whose rules ran, per-document rule runs made and reused, and
   * workspace rules whose findings were reused.
   */
  readonly stats = { parses: 0, workspaceRuns: 0, documentRuns: 0, documentReuses: 0, workspaceReuses: 0 };
  /** Per-document findings of the last run of each workspace root. */
  readonly #ruleCaches = new Map<string, RuleCache>();
  /**
   * The last model built of each workspace root, reused while none of its
   * inputs changed: a request that loads the models while an analysis runs
   * (hover during the first analysis) builds them once for both.
   */
  readonly #models = new Map<string, { inputs: readonly (object | string)[]; ws: WorkspaceModel }>();
  /** The last analysis of each workspace root, reused while none of its inputs changed. */
  readonly #lastRun = new Map<string, { ws: WorkspaceModel; findings: Finding[]; diagnostics?: Map<string, Diagnostic[]> }>();

  readonly #explicit: ReadonlySet<string>;
  readonly #explicitOverGlobs: boolean;

  constructor(host: IWorkspaceHost, options: EngineOptions) {
    this.#host = host;
    this.#options = options;
    this.#explicit = new Set(options.explicitDocuments ?? []);
    this.#explicitOverGlobs = options.explicitOverGlobs === true;
    let shared = builtInCache.get(options.catalogs);
    if (!shared) {
      shared = { frameworks: options.catalogs.flatMap((c) => parseFramework(c.uri, c.text, true).framework ?? []) };
      builtInCache.set(options.catalogs, shared);
    }
    this.#shared = shared;
    this.#builtIn = shared.frameworks;
  }

  get builtInFrameworks(): readonly Framework[] {
    return this.#builtIn;
  }

  /**
   * Custom framework files a workspace's `frameworks:` could name, for
   * completion: YAML files in its folder with a top-level `framework:` key
   * (not samstemt.yaml, not a strategy document), as paths relative to the
   * folder. Read when asked for, which is only while `frameworks:` is typed.
   */
  frameworkFilesIn(ws: WorkspaceModel): FrameworkCandidate[] {
    return this.#frameworkFilesIn(ws.root, ws.documents);
  }

  #frameworkFilesIn(root: string, docs: readonly StrategyDocument[]): FrameworkCandidate[] {
    const documents = new Set(docs.map((d) => d.uri));
    const out: FrameworkCandidate[] = [];
    for (const uri of this.#host.listFiles()) {
      const path = relative(root, uri);
      if (path === undefined || !/\.ya?ml$/i.test(uri) || basename(uri) === 'samstemt.yaml' || documents.has(uri)) continue;
      // The head of the file is enough to know a framework file (its key is at the top, as format.md shows it).
      const head = this.#host.readFile(uri)?.slice(0, 4096);
      const id = head && /^(?:framework|rammeverk)[ \t]*:[ \t]*["']?([^\s"'#]+)/im.exec(head);
      if (!id) continue;
      const titleKey = /^(?:title|tittel)[ \t]*:/im.exec(head!);
      const titleLine = titleKey ? head!.slice(titleKey.index + titleKey[0].length).split('\n', 1)[0]!.trim() : '';
      const title = titleLine.replace(/^["']|["']$/g, '').trim();
      out.push({ path: decodePath(path), id: id[1]!, ...(title ? { title } : {}) });
    }
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  get rules(): readonly RuleModule[] {
    return this.#options.rules;
  }

  /** A ranker over all built-in objectives (shared by workspaces without custom frameworks). */
  #rankerFor(frameworks: Framework[]): () => Ranker {
    const custom = frameworks.some((f) => !f.builtIn);
    if (custom) {
      // Custom frameworks belong to one workspace: keep their ranker while the framework objects are the same.
      const key = frameworks.filter((f) => !f.builtIn);
      return () => {
        const hit = this.#customRankers.find((r) => sameItems(r.frameworks, key));
        if (hit) return hit.ranker;
        const ranker = cachingRanker(createRanker([...this.#builtIn, ...key].flatMap((f) => f.objectives)));
        this.#customRankers = [...this.#customRankers.slice(-7), { frameworks: key, ranker }];
        return ranker;
      };
    }
    const shared = this.#shared;
    return () => (shared.ranker ??= cachingRanker(createRanker(this.#builtIn.flatMap((f) => f.objectives))));
  }

  /** Finds the workspaces and parses their documents (from cache where the text is unchanged). */
  /**
   * The host's files grouped by workspace root, sorted by root; recomputed only
   * when the host lists a different array (a file was created or deleted).
   */
  #groups(): [string, FileGroup][] {
    const listed = this.#host.listFiles();
    if (this.#grouping?.listed === listed) return this.#grouping.groups;
    const files = [...listed].sort();
    const configDirs = files.filter((f) => basename(f) === CONFIG_NAME).map(dirname).sort((a, b) => b.length - a.length);
    const ownerOf = (uri: string) => configDirs.find((d) => uri.startsWith(d));
    const roots = [...(this.#options.roots ?? [])].map((r) => (r.endsWith('/') ? r : r + '/')).sort((a, b) => b.length - a.length);
    const groups = new Map<string, FileGroup>();
    for (const d of configDirs) groups.set(d, { configured: true, files: [] });
    for (const f of files) {
      if (!/\.(md|markdown|ya?ml)$/i.test(f) || basename(f) === CONFIG_NAME) continue;
      const cfgDir = ownerOf(f);
      const root = cfgDir ?? roots.find((r) => f.startsWith(r)) ?? dirname(f);
      const g = groups.get(root) ?? { configured: false, files: [] };
      g.files.push(f);
      groups.set(root, g);
    }
    const sorted = [...groups].sort(([a], [b]) => compareText(a, b));
    this.#grouping = { listed, groups: sorted };
    return sorted;
  }
  #grouping: { listed: readonly string[]; groups: [string, FileGroup][] } | undefined;

  /** The files of a group that are documents under its config's `documents` globs (kept per config object). */
  #documentFiles(root: string, group: FileGroup, config: WorkspaceConfig, explicit: ReadonlySet<string>): string[] {
    if (group.selected?.config === config) return group.selected.files;
    const paths = group.files.map((f) => decodePath(relative(root, f) ?? basename(f)));
    // A file named on the command line is read as a document where no samstemt.yaml says which files are
    // (loose files, read with the defaults); a cooperation's own `documents` globs decide for its files.
    const files = group.files.filter((f, i) => (explicit.has(f) && (config.uri === undefined || this.#explicitOverGlobs)) || selectedBy(paths[i]!, config.documents));
    group.selected = { config, files, paths, problems: documentGlobProblems(config, paths, files.length) };
    return files;
  }

  /**
   * The workspace models, parsed from the current texts; `only` restricts
   * them to some workspace roots (see `workspaceRootOf`).
   */
  loadWorkspaces(only?: ReadonlySet<string>): WorkspaceModel[] {
    return runToEnd(this.#loadInSteps(this.#groups(), only));
  }

  /** The root of the workspace a file belongs to (its documents, config or framework files), if any. */
  workspaceRootOf(uri: string): string | undefined {
    return this.#rootOf(uri, this.#groups());
  }

  #rootOf(uri: string, groups: readonly [string, FileGroup][]): string | undefined {
    for (const [root, g] of groups) if (uri === root + CONFIG_NAME || g.files.includes(uri)) return root;
    return undefined;
  }

  /**
   * `loadWorkspaces` with a step after each workspace in which documents were
   * parsed. Caches of workspaces and documents that no longer exist are
   * dropped after a complete load (not a restricted one).
   */
  *#loadInSteps(groups: readonly [string, FileGroup][], only?: ReadonlySet<string>): Generator<undefined, WorkspaceModel[], void> {
    const explicit = this.#explicit;
    const seenDocs = new Set<string>();
    const models: WorkspaceModel[] = [];
    let parsesBefore = this.stats.parses;
    for (const [root, group] of groups) {
      if (only && !only.has(root)) continue;
      const config = group.configured ? this.#config(root + CONFIG_NAME) : this.#defaultConfigOf(root);
      const documents: StrategyDocument[] = [];
      for (const f of this.#documentFiles(root, group, config, explicit)) {
        const doc = this.#document(f, explicit.has(f));
        if (doc) {
          documents.push(doc);
          seenDocs.add(f);
        }
        if (this.stats.parses !== parsesBefore) {
          parsesBefore = this.stats.parses;
          yield; // a step per document parsed
        }
      }
      if (!group.configured && documents.length === 0) continue;
      const resolved = this.#frameworks(root, config, documents);
      const { frameworks, frameworkFiles } = resolved;
      // `documents` globs that select no file are problems of this listing of files, like those of frameworks.
      // Globs that select files but no strategy document (a framework file, other YAML) are told too.
      const selected = group.selected;
      const globProblems = selected && documents.length === 0 && selected.files.length > 0 ? documentGlobProblems(config, selected.paths, selected.files.length, true) : (selected?.problems ?? []);
      const problems = [...resolved.problems, ...globProblems];
      const others = this.#otherCooperations(root, groups);
      // Parsed documents, config and frameworks are cached objects: the same objects mean the same inputs.
      // Framework entries' problems may name other files (a framework file found by its ID): compared by text.
      const inputs: (object | string)[] = [config, globProblems, others.key, JSON.stringify(resolved.problems), ...documents, ...frameworks, ...frameworkFiles.map((f) => f.problems)];
      const built = this.#models.get(root);
      if (built && sameItems(built.inputs, inputs)) {
        models.push(built.ws);
        continue;
      }
      const ws = buildWorkspaceModel({
          root,
          // Problems found while resolving frameworks belong to this load, not to the cached config.
          config: problems.length ? { ...config, valueProblems: [...config.valueProblems, ...problems] } : config,
          documents,
          frameworks,
          knownFrameworks: [...this.#builtIn, ...frameworks.filter((f) => !f.builtIn)],
          frameworkFiles,
          ranker: this.#rankerFor(frameworks),
          otherCooperations: others.list,
        });
      this.#models.set(root, { inputs, ws });
      models.push(ws);
    }
    if (only) return models;
    for (const uri of this.#docCache.keys()) {
      if (seenDocs.has(uri)) continue;
      this.#docCache.delete(uri);
      this.#lineIndexes.delete(uri);
    }
    const live = new Set(models.map((m) => m.root));
    for (const root of this.#models.keys()) if (!live.has(root)) this.#models.delete(root);
    for (const root of this.#lastRun.keys()) if (!live.has(root)) this.#lastRun.delete(root);
    for (const root of this.#ruleCaches.keys()) if (!live.has(root)) this.#ruleCaches.delete(root);
    for (const root of this.#fileDiagnostics.keys()) if (!live.has(root)) this.#fileDiagnostics.delete(root);
    for (const root of this.#defaultConfigs.keys()) if (!live.has(root)) this.#defaultConfigs.delete(root);
    return models;
  }

  /**
   * The cooperations whose `samstemt.yaml` stands in a folder below `root` or
   * above it (format.md §1: each is a cooperation of its own), nested ones
   * first, and a key that changes when their names or members do.
   */
  #otherCooperations(root: string, groups: readonly [string, FileGroup][]): { list: OtherCooperation[]; key: string } {
    const nested: string[] = [];
    const around: string[] = [];
    for (const [other, g] of groups) {
      if (!g.configured || other === root) continue;
      if (other.startsWith(root)) nested.push(other);
      else if (root.startsWith(other)) around.push(other);
    }
    if (!nested.length && !around.length) return NO_OTHERS;
    around.sort((a, b) => b.length - a.length);
    const list: OtherCooperation[] = [];
    for (const other of [...nested, ...around]) {
      const cfg = this.#config(other + CONFIG_NAME);
      const up = other.length < root.length ? '../'.repeat(root.slice(other.length).split('/').length - 1) : decodePath(relative(root, other) ?? '');
      list.push({ config: up + CONFIG_NAME, ...(cfg.cooperation ? { name: cfg.cooperation } : {}), members: [...cfg.members.keys()] });
    }
    return { list, key: JSON.stringify(list) };
  }

  /** Runs every rule over every workspace. */
  /**
   * The language of a workspace's messages: an explicit choice (`--lang`, the
   * editor setting), else the cooperation's `language:`, else the default
   * language (the editor's display language), else nb.
   */
  messageLangOf(ws: WorkspaceModel): Lang {
    return this.#options.lang ?? (ws.config.languageSet ? ws.config.language : (this.#options.defaultLang ?? ws.config.language));
  }

  analyze(): AnalysisResult {
    return runToEnd(this.analyzeInSteps());
  }

  /**
   * The same analysis in steps: each document parsed is a step, and so is
   * each rule run over a workspace. A host can answer requests between
   * steps, or drop the generator when the files change: parsed documents,
   * finished workspaces and the findings of finished rules are kept, so the
   * next analysis starts where this one got to. After a workspace's rules
   * ran, a step hands out its diagnostics (`AnalysisProgress`), so a host can
   * show them before the whole analysis is done. Workspaces with a file in `first` (the documents open in an
   * editor) are loaded and analysed first, and at start-up each workspace is
   * analysed before the next is even parsed.
   */
  *analyzeInSteps(first: ReadonlySet<string> = new Set()): Generator<AnalysisProgress | undefined, AnalysisResult, void> {
    const errors: RuleRunError[] = [];
    // Grouped once: a host may hand out a new listing on every call.
    const groups = this.#groups();
    const open = new Set<string>();
    for (const uri of first) {
      const root = this.#rootOf(uri, groups);
      if (root !== undefined) open.add(root);
    }
    // Workspaces never analysed (at start-up, all) one by one; their diagnostics are added to the result again below, from the cache.
    const fresh = openFirst(groups.map(([root]) => root).filter((root) => !this.#lastRun.has(root)), open, (root) => root);
    for (const root of fresh) yield* this.#analyzeEach(yield* this.#loadInSteps(groups, new Set([root])), new Map(), errors);
    // The complete load finds those cached, re-parses what changed since and drops the caches of files that are gone.
    const workspaces = yield* this.#loadInSteps(groups);
    const diagnostics = new Map<string, Diagnostic[]>();
    yield* this.#analyzeEach(openFirst(workspaces, open, (ws) => ws.root), diagnostics, errors);
    // Every pair of every goal has been compared: what an edit only moved is carried over.
    releaseOrigins();
    return { workspaces, diagnostics, errors };
  }

  /** Analyses workspaces in turn, with a step before and after each whose rules run. */
  *#analyzeEach(workspaces: readonly WorkspaceModel[], diagnostics: Map<string, Diagnostic[]>, errors: RuleRunError[]): Generator<AnalysisProgress | undefined, void, void> {
    for (const ws of workspaces) {
      const last = this.#lastRun.get(ws.root);
      if (last?.ws === ws && last.diagnostics) {
        runToEnd(this.#analyzeWorkspace(ws, diagnostics, errors));
        continue;
      }
      yield;
      yield* this.#analyzeWorkspace(ws, diagnostics, errors);
      yield { workspace: ws, diagnostics: this.#lastRun.get(ws.root)!.diagnostics! };
    }
  }

  /**
   * Adds a workspace's diagnostics to `diagnostics`, running its rules unless
   * nothing it reads changed: a step per rule that runs.
   */
  *#analyzeWorkspace(ws: WorkspaceModel, diagnostics: Map<string, Diagnostic[]>, errors: RuleRunError[]): Generator<undefined, void, void> {
    const add = (own: ReadonlyMap<string, Diagnostic[]>) => {
      for (const [uri, list] of own) {
        const other = diagnostics.get(uri);
        diagnostics.set(uri, other ? [...other, ...list].sort(compareDiagnostics) : list);
      }
    };
    const last = this.#lastRun.get(ws.root);
    if (last?.ws === ws && last.diagnostics) {
      // Nothing this workspace reads changed: its diagnostics are the same lists as last time.
      add(last.diagnostics);
      return;
    }
    let findings = last?.ws === ws ? last.findings : undefined;
    if (!findings) {
      const lang = this.messageLangOf(ws);
      const cache = this.#ruleCaches.get(ws.root) ?? new RuleCache();
      this.#ruleCaches.set(ws.root, cache);
      const before = { ...cache.stats };
      if (ws.frameworks.length > 0 && ws.goals.length > 0) {
        // The ranker's index (a quarter of a second, once per process) is a step of its own, before the rules that rank.
        ws.ranker();
        yield;
      }
      const run = yield* runRulesInSteps(ws, this.#options.rules, { lang, overrides: this.#options.ruleOverrides ?? {}, ...(this.#options.surface ? { surface: this.#options.surface } : {}) }, cache);
      this.stats.workspaceRuns++;
      this.stats.documentRuns += cache.stats.documentRuns - before.documentRuns;
      this.stats.documentReuses += cache.stats.documentReuses - before.documentReuses;
      this.stats.workspaceReuses += cache.stats.workspaceReuses - before.workspaceReuses;
      for (const e of run.errors) errors.push(e);
      findings = run.findings;
      this.#lastRun.set(ws.root, { ws, findings });
    }
    const own = this.#diagnosticsByFile(ws, findings);
    this.#lastRun.get(ws.root)!.diagnostics = own;
    add(own);
  }

  /**
   * A workspace's diagnostics per file, sorted. A file whose findings are the
   * same objects as last time, in files whose line indexes are the same
   * (nothing moved), keeps its list: an edit converts and sorts only the
   * files whose findings it changed.
   */
  #diagnosticsByFile(ws: WorkspaceModel, findings: readonly Finding[]): Map<string, Diagnostic[]> {
    const groups = new Map<string, Finding[]>();
    for (const uri of this.filesOf(ws)) groups.set(uri, []);
    for (const f of findings) {
      const group = groups.get(f.uri);
      if (group) group.push(f);
      else groups.set(f.uri, [f]);
    }
    const last = this.#fileDiagnostics.get(ws.root);
    const kept = new Map<string, FileDiagnostics>();
    const own = new Map<string, Diagnostic[]>();
    for (const [uri, group] of groups) {
      let entry = last?.get(uri);
      if (!entry || !sameItems(entry.findings, group) || !entry.indexes.every((x, i) => x === this.lineIndexOf(entry!.uris[i]!))) {
        const uris = [...new Set([uri, ...group.flatMap((f) => f.related.map((r) => r.uri))])];
        entry = { findings: group, uris, indexes: uris.map((u) => this.lineIndexOf(u)), diagnostics: withoutRepeats(group.map((f) => this.#diagnosticOf(f)).sort(compareDiagnostics)) };
      }
      kept.set(uri, entry);
      own.set(uri, entry.diagnostics);
    }
    this.#fileDiagnostics.set(ws.root, kept);
    return own;
  }
  /** Per workspace root and file: the findings last converted, the line indexes they were converted with, and the sorted diagnostics. */
  readonly #fileDiagnostics = new Map<string, Map<string, FileDiagnostics>>();

  /** The files a workspace reports on: its config, documents and custom framework files. */
  filesOf(ws: WorkspaceModel): string[] {
    return [...(ws.config.uri ? [ws.config.uri] : []), ...ws.documents.map((d) => d.uri), ...ws.frameworkFiles.map((f) => f.uri)];
  }

  /** Text of a file as the engine last read it (documents, config and framework files). */
  textOf(uri: string): string | undefined {
    return this.#docCache.get(uri)?.doc.text ?? this.#configCache.get(uri)?.config.text ?? stripBom(this.#frameworkCache.get(uri)?.text) ?? this.#builtInText(uri);
  }

  #builtInText(uri: string): string | undefined {
    return this.#options.catalogs.find((c) => c.uri === uri)?.text;
  }

  /**
   * The line index of a file as the engine last read it: one per file, reused
   * while the text is the same string (a cheap identity check on a hot path).
   */
  lineIndexOf(uri: string): LineIndex {
    const text = this.textOf(uri) ?? '';
    const hit = this.#lineIndexes.get(uri);
    if (hit && hit.text === text) return hit.index;
    const index = new LineIndex(text);
    this.#lineIndexes.set(uri, { text, index });
    return index;
  }
  readonly #lineIndexes = new Map<string, { text: string; index: LineIndex }>();

  /** Converted findings, reused while the finding and the line indexes of the files it points into are the same. */
  readonly #converted = new WeakMap<Finding, { indexes: LineIndex[]; diagnostic: Diagnostic }>();

  #diagnosticOf(f: Finding): Diagnostic {
    const indexes = [this.lineIndexOf(f.uri), ...f.related.map((r) => this.lineIndexOf(r.uri))];
    const hit = this.#converted.get(f);
    if (hit && sameItems(hit.indexes, indexes)) return hit.diagnostic;
    const diagnostic = this.toDiagnostic(f);
    this.#converted.set(f, { indexes, diagnostic });
    return diagnostic;
  }

  toDiagnostic(f: Finding): Diagnostic {
    const li = (uri: string) => this.lineIndexOf(uri);
    const { related, ...rest } = f;
    return {
      ...rest,
      range: li(f.uri).rangeOf(f.span),
      related: related.map((r) => ({ ...r, range: li(r.uri).rangeOf(r.span) })),
    };
  }

  #document(uri: string, explicit: boolean): StrategyDocument | undefined {
    const raw = this.#host.readFile(uri);
    if (raw === undefined) return undefined;
    const hit = this.#docCache.get(uri);
    if (hit && hit.text === raw) return hit.doc;
    const text = stripBom(raw)!;
    const isYaml = /\.ya?ml$/i.test(uri);
    // A YAML file is a strategy document only when it has `owner` or `goals` (format.md §2.2).
    if (isYaml && !explicit && !looksLikeStrategyYaml(text)) return undefined;
    if (isYaml && /^(?:framework|rammeverk)\s*:/im.test(text)) return undefined;
    let doc: StrategyDocument;
    const max = this.#options.maxDocumentSize ?? MAX_DOCUMENT_SIZE;
    if (text.length > max) {
      doc = tooLarge(uri, text, isYaml, max);
    } else {
      this.stats.parses++;
      doc = isYaml ? parseYamlDocument(uri, readable(text)) : parseMarkdown(uri, readable(text));
      doc.text = text;
      notUtf8(doc);
      // An edit: the goals it did not touch keep what the caches know of them (moved, at most).
      if (hit) recordOrigins(hit.doc, doc);
    }
    this.#docCache.set(uri, { text: raw, doc });
    return doc;
  }

  /**
   * The config of a folder without `samstemt.yaml`: one object per root, so
   * that such a workspace is analysed incrementally like any other (the
   * caches recognise an unchanged config by identity).
   */
  #defaultConfigOf(root: string): WorkspaceConfig {
    let config = this.#defaultConfigs.get(root);
    if (!config) this.#defaultConfigs.set(root, (config = defaultConfig()));
    return config;
  }
  readonly #defaultConfigs = new Map<string, WorkspaceConfig>();

  #config(uri: string): WorkspaceConfig {
    const read = this.#host.readFile(uri);
    const raw = read ?? '';
    const hit = this.#configCache.get(uri);
    if (hit && hit.text === raw && (hit.config.unread === true) === (read === undefined)) return hit.config;
    const text = stripBom(raw)!;
    const config = parseConfig(uri, readable(text), this.#options.rules.map((r) => r.meta.id));
    config.text = text;
    if (read === undefined) config.unread = true;
    this.#configCache.set(uri, { text: raw, config });
    return config;
  }

  #frameworks(root: string, config: WorkspaceConfig, documents: readonly StrategyDocument[]): { frameworks: Framework[]; frameworkFiles: FrameworkFile[]; problems: ValueProblem[] } {
    const frameworks: Framework[] = [];
    const frameworkFiles: FrameworkFile[] = [];
    const problems: ValueProblem[] = [];
    for (const ref of config.frameworks) {
      const builtIn = this.#builtIn.find((f) => f.id === ref.text.toUpperCase());
      if (builtIn) {
        if (!frameworks.includes(builtIn)) frameworks.push(builtIn);
        continue;
      }
      let written = ref.text;
      if (!/\.ya?ml$/i.test(ref.text)) {
        // `rammeverk/vest.md`: a path, but not to a framework file; `DS91`: a misspelt built-in name.
        const path = /[/\\]|\.[a-z]{2,4}$/i.test(ref.text);
        const ids = this.#builtIn.map((f) => f.id);
        // `INNL-DIGI`, the ID of a framework file here (docs/catalogs.md calls it the ID used in `frameworks:`):
        // that file is read, and the warning's fix writes its path, as format.md names a custom framework.
        const file = path ? undefined : this.#frameworkFilesIn(root, documents).find((f) => f.id.toUpperCase() === ref.text.toUpperCase());
        if (!file) {
          // `DS91`, `DS-19`: the built-in one meant, as a did-you-mean and its fix (format.md §5).
          const meant = path ? undefined : guessFields(guess(ref.text, ids));
          problems.push({ kind: 'invalid-value', span: ref.span, messageId: path ? 'frameworkNotYaml' : 'unknownFramework', data: { value: ref.text, allowed: ids.join(', ') }, ...meant });
          continue;
        }
        problems.push({ kind: 'invalid-value', span: ref.span, messageId: 'frameworkIdForPath', data: { value: ref.text, file: file.path }, suggestion: /[\s,#[\]{}'"]/.test(file.path) ? JSON.stringify(file.path) : file.path, severity: 'warning' });
        written = file.path;
      }
      const uri = resolveInside(root, written);
      if (!uri) {
        problems.push({ kind: 'invalid-value', span: ref.span, messageId: 'frameworkOutside', data: { value: ref.text } });
        continue;
      }
      const raw = this.#host.readFile(uri);
      if (raw === undefined) {
        // `Rammer/Innlandet.yaml` (found on a laptop, not on the CI runner) or a typo: the framework file of the folder meant.
        const meant = guess(written, this.#frameworkFilesIn(root, documents).map((f) => f.path));
        problems.push({ kind: 'invalid-value', span: ref.span, messageId: 'frameworkMissing', data: { value: ref.text }, ...guessFields(meant) });
        continue;
      }
      let cached = this.#frameworkCache.get(uri);
      if (!cached || cached.text !== raw) {
        const text = stripBom(raw)!;
        cached = { text: raw, result: parseFramework(uri, readable(text), false) };
        const encoding = encodingProblem(text);
        if (encoding) cached.result.problems.unshift(encoding);
        this.#frameworkCache.set(uri, cached);
      }
      const fw = cached.result.framework;
      // A file listed twice is read once.
      if (fw && frameworks.includes(fw)) continue;
      // A framework ID that is taken (`framework: DS19` in a copy of a catalog) would mix up two frameworks' objectives: the file is not read.
      const taken = fw && (this.#builtIn.find((f) => f.id === fw.id) ?? frameworks.find((f) => f.id === fw.id));
      const valueProblems = taken ? [...cached.result.valueProblems, this.#takenProblem(root, taken, cached.result.idSpan!)] : cached.result.valueProblems;
      frameworkFiles.push({ uri, text: raw, problems: cached.result.problems, valueProblems });
      if (fw && !taken) frameworks.push(fw);
    }
    return { frameworks, frameworkFiles, problems };
  }

  #takenProblem(root: string, taken: Framework, span: Span): ValueProblem {
    const by = taken.builtIn ? 'frameworkIdTakenBuiltIn' : 'frameworkIdTakenFile';
    return { kind: 'invalid-value', span, messageId: by, data: { value: taken.id, title: taken.title, file: decodePath(relative(root, taken.uri) ?? taken.uri) } };
  }
}

/** Items whose workspace root is in `open` first, then the others, each part in its order. */
function openFirst<T>(items: readonly T[], open: ReadonlySet<string>, rootOf: (item: T) => string): T[] {
  if (open.size === 0) return [...items];
  return [...items.filter((x) => open.has(rootOf(x))), ...items.filter((x) => !open.has(rootOf(x)))];
}

/** Offsets are counted in the text without a byte-order mark (editors do not show it either). */
function stripBom(text: string | undefined): string | undefined {
  return text !== undefined && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The text for the parsers: the YAML reader stops at a NUL («null byte is not
 * allowed»), so a space stands in for it (same offsets); the file keeps its
 * text, and the NUL is reported by parse/encoding.ts.
 */
function readable(text: string): string {
  return text.includes('\0') ? text.replace(/\0/g, ' ') : text;
}

/** Says first when the document's bytes are not UTF-8 text (parse/encoding.ts). */
function notUtf8(doc: StrategyDocument): void {
  const problem = encodingProblem(doc.text);
  if (problem) doc.problems.unshift(problem);
}

function tooLarge(uri: string, text: string, isYaml: boolean, max: number): StrategyDocument {
  return {
    uri,
    format: isYaml ? 'yaml' : 'markdown',
    text,
    lang: 'nb',
    meta: [],
    headSpan: { start: 0, end: 0 },
    goals: [],
    problems: [
      {
        message: {
          en: `This file is too large to analyse (${text.length} characters; the limit is ${max}). Split it into one document per member.`,
          nb: `Filen er for stor til å analyseres (${text.length} tegn; grensen er ${max}). Del den opp i ett dokument per medlem.`,
          nn: `Fila er for stor til å analyserast (${text.length} teikn; grensa er ${max}). Del ho opp i eitt dokument per medlem.`,
        },
        span: { start: 0, end: Math.min(text.length, 1) },
      },
    ],
    valueProblems: [],
  };
}

/**
 * Sorted diagnostics without repeats: one value read by several goals (a YAML
 * anchor merged into each, `<<: *defaults`) is one problem at one place, shown
 * once rather than once per goal. Repeats are neighbours after sorting.
 */
function withoutRepeats(sorted: Diagnostic[]): Diagnostic[] {
  const same = (a: Diagnostic, b: Diagnostic) =>
    a.rule === b.rule && a.message === b.message && a.severity === b.severity &&
    a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character;
  return sorted.filter((d, i) => i === 0 || !same(sorted[i - 1]!, d));
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message)
  );
}

export { globToRegExp };
