/**
 * The language server: capabilities and handler registration only. State
 * lives in `Session`, scheduling in `DiagnosticsScheduler`, feature logic in
 * the pure language service (engine/language), conversion in `convert.ts`.
 */
import * as lsp from 'vscode-languageserver';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isInside, nearestConfigDir } from '../node/nodeHost.js';
import type { CatalogSource } from '../engine/engine.js';
import type { RuleModule } from '../engine/rule.js';
import { Session, normalizeUri } from './session.js';
import { DiagnosticsScheduler } from './diagnostics.js';
import { attachDocuments, onWatchedFiles, FOLDER_WATCHER, WATCH_GLOB } from './documents.js';
import { Features, clientSupport } from './features.js';
import { DEFAULT_SETTINGS, readSettings, resolveLanguage, type Settings } from './settings.js';
import { GOAL_LENS_COMMAND, OBJECTIVES_REQUEST, SUMMARY_REQUEST } from './protocol.js';
import { registerReportRequests, type RequestWrapper } from './reportRequests.js';
import * as check from './params.js';
import type { Settled } from '../node/heap.js';
import type { Lang, Localized } from '../engine/types.js';
import type { AnalysisResult } from '../engine/engine.js';
import { tr } from '../engine/language/context.js';
import { decodePath, folderName, relative } from '../engine/workspace/uri.js';
import { RestartCache, type CacheWriter } from './restartCache.js';
import { UntitledChecker, isUntitled } from './untitled.js';
import { LensRefresher } from './lensRefresh.js';
import { selectedBy } from '../engine/workspace/glob.js';
import { DEFAULT_DOCUMENTS } from '../engine/model/config.js';

const NO_CONFIG: Localized = {
  en: "Samstemt: {folder} has no samstemt.yaml, so the defaults apply: frameworks DS19 and DN30, the documents' owners as members, and only files named *.strategy.md or *.strategy.yaml. Create a file named samstemt.yaml in the folder: Samstemt suggests its settings as you type (Ctrl+Space).",
  nb: 'Samstemt: {folder} har ingen samstemt.yaml, så standardinnstillingene gjelder: rammeverkene DS19 og DN30, eierne av dokumentene som medlemmer, og bare filer med navn *.strategy.md eller *.strategy.yaml. Lag en fil som heter samstemt.yaml i mappen: Samstemt foreslår innstillingene mens du skriver (Ctrl+mellomrom).',
  nn: 'Samstemt: {folder} har ingen samstemt.yaml, så standardinnstillingane gjeld: rammeverka DS19 og DN30, eigarane av dokumenta som medlemer, og berre filer med namn *.strategy.md eller *.strategy.yaml. Lag ei fil som heiter samstemt.yaml i mappa: Samstemt føreslår innstillingane medan du skriv (Ctrl+mellomrom).',
};

const CONFIG_GONE: Localized = {
  en: 'Samstemt: samstemt.yaml is gone from {folder}. The defaults apply now: only files named *.strategy.md or *.strategy.yaml are checked, against DS19 and DN30.',
  nb: 'Samstemt: samstemt.yaml er borte fra {folder}. Nå gjelder standardinnstillingene: bare filer med navn *.strategy.md eller *.strategy.yaml sjekkes, mot DS19 og DN30.',
  nn: 'Samstemt: samstemt.yaml er borte frå {folder}. No gjeld standardinnstillingane: berre filer med namn *.strategy.md eller *.strategy.yaml blir sjekka, mot DS19 og DN30.',
};

const CONFIG_GONE_OUTER: Localized = {
  en: 'Samstemt: samstemt.yaml is gone from {folder}. Its documents now belong to the cooperation in {outer}, whose samstemt.yaml applies.',
  nb: 'Samstemt: samstemt.yaml er borte fra {folder}. Dokumentene der hører nå til samarbeidet i {outer}, og samstemt.yaml der gjelder.',
  nn: 'Samstemt: samstemt.yaml er borte frå {folder}. Dokumenta der høyrer no til samarbeidet i {outer}, og samstemt.yaml der gjeld.',
};

const UNREADABLE_FILE: Localized = {
  en: 'Samstemt cannot read {file} ({reason}), so it is not checked: its goals and the conflicts with them are missing.',
  nb: 'Samstemt kan ikke lese {file} ({reason}), så den blir ikke sjekket: målene i den og konfliktene med dem mangler.',
  nn: 'Samstemt kan ikkje lese {file} ({reason}), så ho blir ikkje sjekka: måla i ho og konfliktane med dei manglar.',
};

const UNREADABLE_CONFIG: Localized = {
  en: 'Samstemt cannot read {file} ({reason}), so the cooperation\'s settings in it do not apply.',
  nb: 'Samstemt kan ikke lese {file} ({reason}), så innstillingene for samarbeidet i den gjelder ikke.',
  nn: 'Samstemt kan ikkje lese {file} ({reason}), så innstillingane for samarbeidet i ho gjeld ikkje.',
};

const UNREADABLE_FOLDER: Localized = {
  en: 'Samstemt cannot read the folder {file} ({reason}), so the strategies in it are not checked.',
  nb: 'Samstemt kan ikke lese mappen {file} ({reason}), så strategiene i den blir ikke sjekket.',
  nn: 'Samstemt kan ikkje lese mappa {file} ({reason}), så strategiane i ho blir ikkje sjekka.',
};

/** Why a file or folder could not be read, by its error code; a listed file that is not there is a link to nothing. */
const READ_REASONS: Readonly<Record<string, Localized>> = {
  ENOENT: { en: 'it is a link to a file that does not exist', nb: 'det er en lenke til en fil som ikke finnes', nn: 'det er ei lenkje til ei fil som ikkje finst' },
  EACCES: { en: 'permission denied', nb: 'mangler tillatelse', nn: 'manglar løyve' },
  EPERM: { en: 'permission denied', nb: 'mangler tillatelse', nn: 'manglar løyve' },
  ELOOP: { en: 'it is a link that leads back to itself', nb: 'det er en lenke som fører tilbake til seg selv', nn: 'det er ei lenkje som fører tilbake til seg sjølv' },
  EOUTSIDE: { en: 'it is a link to a file outside the workspace folders, which Samstemt does not read', nb: 'det er en lenke til en fil utenfor arbeidsområdemappene, og slike leser ikke Samstemt', nn: 'det er ei lenkje til ei fil utanfor arbeidsområdemappene, og slike les ikkje Samstemt' },
};
const READ_ERROR: Localized = { en: 'read error {code}', nb: 'lesefeil {code}', nn: 'lesefeil {code}' };

/** How long after a complete publish the diagnostics are kept for the next start (restartCache.ts), if nothing changed. */
const STORE_AFTER_MS = 3000;
/** How long one step of such a store, or of reading the digest at start, runs (ms, plus the file that crosses it). */
const STORE_SLICE_MS = 10;

/** How many files' kept diagnostics are handed to the writer at once (publishFromLastSession). */
const KEPT_BATCH = 16;

/** How often the server looks for changes on disk when the client cannot watch files. */
const POLL_MS = 2000;

/**
 * The folders to analyse for the folders the client opened: a folder below a
 * `samstemt.yaml` stands for that cooperation (the nearest one above, as
 * `samstemt check` finds it); a folder inside another one adds nothing.
 */
function cooperationRoots(paths: readonly string[]): string[] {
  const roots = [...new Set(paths.map((p) => nearestConfigDir(p) ?? p))];
  return roots.filter((r) => !roots.some((o) => o !== r && isInside(o, r)));
}

/** The folder path of a `file:` URI; nothing for other schemes or malformed URIs. */
function toPath(uri: string): string[] {
  if (!uri.startsWith('file:')) return [];
  try {
    return [fileURLToPath(uri)];
  } catch {
    return [];
  }
}

/** Whether the folder of a `file:` URI is on disk. */
function isFolder(uri: string): boolean {
  const [p] = toPath(uri);
  try {
    return p !== undefined && statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export interface ServerDeps {
  catalogs: readonly CatalogSource[];
  rules: readonly RuleModule[];
  version: string;
  /** A digest of the server's code: with it, a client may name a folder for the restart cache (`restartCache.ts`). */
  build?: string;
  /** Called once, after the first complete analysis is published (the server's heap settles then). */
  afterFirstAnalysis?: () => Settled | undefined;
}

/** What the connection's message strategy needs to know of the server (lifecycle.ts). */
export interface RunningServer {
  /** Whether the server accepted a `shutdown`: from then on only `exit` counts. */
  readonly shutDown: boolean;
}

export function startServer(connection: lsp.Connection, deps: ServerDeps): RunningServer {
  const log = {
    info: (m: string) => connection.console.log(m),
    error: (m: string) => connection.console.error(m),
  };
  const session = new Session(deps.catalogs, deps.rules, log);
  /** With a restart cache: where, for which roots, and the digest of what it holds. */
  let restart: { cache: RestartCache; roots: string; stored?: string } | undefined;
  /** Sends a file's diagnostics; resolves once they are written to the client. */
  const publish = async (uri: string, diagnostics: lsp.Diagnostic[]): Promise<void> => {
    // Test-only break switch (scripts/e2e.sh): SAMSTEMT_TEST_BREAK=no-diagnostics publishes nothing, to show the editor e2e tests fail.
    if (process.env['SAMSTEMT_TEST_BREAK'] !== 'no-diagnostics') await connection.sendDiagnostics({ uri, diagnostics, version: session.analysedVersion(uri) });
  };
  /** Files the analysis has published (the kept diagnostics of the last session stop then: see publishFromLastSession). */
  let analysisPublishes = 0;
  /**
   * The analysis's last publish, settled once it is written. Messages are
   * written one at a time, in order: when it is written, so are all before it.
   */
  let lastPublish: Promise<void> = Promise.resolve();
  const scheduler = new DiagnosticsScheduler(
    session,
    (uri, diagnostics) => {
      analysisPublishes++;
      lastPublish = publish(uri, diagnostics).catch(() => undefined); // a closed connection: the client is gone
    },
    (e) => log.error(`analysis failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
  );
  const untitled = new UntitledChecker({
    catalogs: deps.catalogs,
    rules: deps.rules,
    langs: () => ({ lang: session.messageLang, defaultLang: session.defaultLang }),
    publish: (uri, diagnostics, version) => void connection.sendDiagnostics({ uri, diagnostics, version }).catch(() => undefined),
    onError: (e) => log.error(`checking an untitled buffer failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
  });
  const features = new Features(session, scheduler, untitled);
  // A folder without samstemt.yaml is analysed with the defaults: say so, visibly, once per folder (format.md §1);
  // and when a samstemt.yaml disappears, say why its documents are no longer checked.
  const toldDefaults = new Set<string>();
  // A notification, not a request: nothing to answer, and every client shows it (VS Code as a toast, Neovim in its message area).
  const show = (message: string) => void connection.sendNotification(lsp.ShowMessageNotification.type, { type: lsp.MessageType.Info, message });
  const configured = new Set<string>();
  /** Files and folders told as unreadable, until they can be read again (then told again if they break again). */
  const toldUnreadable = new Set<string>();
  scheduler.onPublished((result) => {
    const lang = session.uiLang(result);
    tellUnreadable(result, lang);
    for (const root of configured) {
      if (result.workspaces.some((ws) => ws.root === root && ws.config.uri)) continue;
      configured.delete(root);
      // A folder removed from the workspace: its samstemt.yaml is still there, nothing to tell.
      if (!session.rootUris.some((r) => root.startsWith(r))) continue;
      // The whole folder deleted (a checkout of a branch without that cooperation): no documents are left for defaults or another cooperation to take.
      if (!isFolder(root)) continue;
      // A nested cooperation whose files an outer one takes over: the outer samstemt.yaml applies, not the defaults.
      const outer = result.workspaces.filter((ws) => ws.config.uri && ws.root !== root && root.startsWith(ws.root)).sort((a, b) => b.root.length - a.root.length)[0];
      if (outer) {
        show(tr(session.langOf(outer), CONFIG_GONE_OUTER).replace('{folder}', folderName(root)).replace('{outer}', folderName(outer.root)));
        continue;
      }
      // In the language of the findings the folder now gets (with the defaults: the editor's).
      const now = result.workspaces.find((ws) => ws.root === root);
      show(tr(now ? session.langOf(now) : lang, CONFIG_GONE).replace('{folder}', folderName(root)));
      toldDefaults.add(root);
    }
    for (const ws of result.workspaces) {
      if (ws.config.uri) {
        configured.add(ws.root);
        continue;
      }
      if (ws.documents.length === 0 || toldDefaults.has(ws.root)) continue;
      toldDefaults.add(ws.root);
      log.info(`no samstemt.yaml in ${ws.root}, so the defaults apply: frameworks DS19 and DN30, and the documents' owners as members`);
      // Told in the language of that folder's findings, which follow the editor where no samstemt.yaml sets one.
      show(tr(session.langOf(ws), NO_CONFIG).replace('{folder}', folderName(ws.root)));
    }
  });
  /** A member's strategy left out without a word would look like one without goals: say so, once, as `samstemt check` does. */
  function tellUnreadable(result: AnalysisResult, lang: Lang): void {
    const { files, folders } = session.unreadable();
    const now = new Map<string, { template: Localized; code: string }>();
    for (const [uri, code] of files) now.set(uri, { template: uri.endsWith('/samstemt.yaml') ? UNREADABLE_CONFIG : UNREADABLE_FILE, code });
    for (const [dir, code] of folders) now.set(pathToFileURL(dir).href, { template: UNREADABLE_FOLDER, code });
    for (const key of toldUnreadable) if (!now.has(key)) toldUnreadable.delete(key);
    for (const [uri, { template, code }] of now) {
      if (toldUnreadable.has(uri)) continue;
      toldUnreadable.add(uri);
      // Named as in the cooperation's folder (`strategier/midtby.md`), or by its name outside every cooperation.
      const ws = result.workspaces.filter((w) => uri.startsWith(w.root)).sort((a, b) => b.root.length - a.root.length)[0];
      const rel = ws ? relative(ws.root, uri) : undefined;
      const name = rel ? decodePath(rel) : folderName(uri);
      const reason = tr(lang, READ_REASONS[code] ?? READ_ERROR).replace('{code}', code);
      log.info(`cannot read ${uri} (${code})`);
      show(tr(lang, template).replace('{file}', () => name).replace('{reason}', reason));
    }
  }
  if (deps.afterFirstAnalysis) {
    const settle = deps.afterFirstAnalysis;
    let settled = false;
    scheduler.onPublished(() => {
      if (settled) return;
      settled = true;
      // Once the diagnostics are written to the editor: the writer sends a message per turn of the
      // event loop, so a collection in the next turn would hold the last files' diagnostics back.
      void lastPublish.then(() => {
        try {
          const s = settle();
          log.info(
            s === undefined
              ? 'first analysis published; heap left to V8 (Node was started without --expose-gc)'
              : `first analysis published; heap collected in ${s.ms.toFixed(0)} ms: ${s.liveMb.toFixed(0)} MB live, growth step ${s.growthPercent} %`,
          );
        } catch (e) {
          log.error(`could not settle the heap: ${String(e)}`);
        }
      });
    });
  }
  /** A store in steps (`storeForRestart`), until it commits or is dropped. */
  let storing: CacheWriter | undefined;
  /**
   * Stores what the editor shows for the next session, when it is the
   * analysis of the files on disk (no unsaved buffer: the next start reads
   * the disk) and of the roots the session started with, and differs from
   * what was stored last. `inSteps`: a file per turn of the event loop, so
   * that requests are answered meanwhile (at national scale the whole store
   * takes ~150 ms), dropped if anything changes before it is done.
   */
  function storeForRestart(inSteps: boolean): void {
    storing?.abandon();
    storing = undefined;
    const cache = restart;
    if (!cache || scheduler.publishedGeneration !== session.generation || session.roots.join('\0') !== cache.roots || session.hasUnsavedBuffers()) return;
    const started = Date.now();
    const digest = session.inputsDigest(deps.build!);
    if (digest === cache.stored) return;
    const kept = (files: number) => {
      cache.stored = digest;
      log.info(`kept the diagnostics of ${files} files for the next start in ${cache.cache.file} (${Date.now() - started} ms)`);
    };
    if (!inSteps) return kept(cache.cache.write(digest, scheduler.shown()));
    const writer = (storing = cache.cache.writer(digest));
    const generation = session.generation;
    const files = scheduler.shown();
    const step = safe('keeping the diagnostics for the next start', undefined, () => {
      if (storing !== writer) return; // dropped by a newer store
      // Changed meanwhile: the publish to come stores again.
      if (session.generation !== generation) {
        writer.abandon();
        storing = undefined;
        return;
      }
      const sliceEnd = performance.now() + STORE_SLICE_MS;
      for (let next = files.next(); ; next = files.next()) {
        if (next.done) {
          storing = undefined;
          return kept(writer.commit());
        }
        writer.add(...next.value);
        if (performance.now() > sliceEnd) return void setImmediate(step);
      }
    });
    step(undefined);
  }
  // A while after each complete publish, once the editor is quiet (a store hashes every file and writes ~10 MB at national scale).
  let storeTimer: NodeJS.Timeout | undefined;
  scheduler.onPublished(() => {
    if (!restart) return;
    if (storeTimer) clearTimeout(storeTimer);
    storeTimer = setTimeout(safe('keeping the diagnostics for the next start', undefined, () => storeForRestart(true)), STORE_AFTER_MS);
    storeTimer.unref();
  });

  /**
   * Publishes the diagnostics the last session kept for exactly these inputs,
   * before the first analysis; resolves once they are written (the JSON-RPC
   * writer sends one message per turn of the event loop, and the analysis
   * would take turns between them). A few at a time: the writer sends in
   * order, so the answer to a hover or completion sent meanwhile waits for
   * the messages already handed to it, a batch rather than all of them
   * (thousands at national scale); it needs none of them. Once the analysis
   * publishes (a change arrived meanwhile and was analysed), the kept
   * diagnostics still to come are left out: they might be older than its.
   * The digest and the cache file are read in steps too, so that requests
   * sent at start are answered meanwhile.
   */
  async function publishFromLastSession(): Promise<void> {
    if (!restart) return;
    const started = Date.now();
    const digest = await digestInSteps();
    if (digest === undefined) return;
    const stored = await restart.cache.read(digest);
    if (phase !== 'running') return;
    if (!stored) return log.info(`no diagnostics kept for these files in ${restart.cache.file}: analysing from scratch`);
    scheduler.publishedBefore(stored.keys());
    restart.stored = digest;
    const kept = [...stored];
    let sent = 0;
    for (; sent < kept.length && analysisPublishes === 0 && phase === 'running'; sent += KEPT_BATCH) {
      await Promise.all(kept.slice(sent, sent + KEPT_BATCH).map(([uri, diagnostics]) => publish(uri, diagnostics)));
    }
    if (sent < kept.length) return log.info(`published the diagnostics of ${sent} of ${stored.size} files kept from the last session (${Date.now() - started} ms): the analysis has taken over`);
    log.info(`published the diagnostics of ${stored.size} files kept from the last session (${Date.now() - started} ms); analysing again`);
  }

  /** `Session.inputsDigest`, in slices of STORE_SLICE_MS with a turn of the event loop between them; nothing once the server is shut down. */
  async function digestInSteps(): Promise<string | undefined> {
    const steps = session.inputsDigestInSteps(deps.build!);
    for (;;) {
      if (phase !== 'running') return undefined;
      const sliceEnd = performance.now() + STORE_SLICE_MS;
      let next = steps.next();
      while (!next.done && performance.now() < sliceEnd) next = steps.next();
      if (next.done) return next.value;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  let locale: string | undefined;
  let settings: Settings = DEFAULT_SETTINGS;
  /** From `initializationOptions`: in force unless the client provides a `samstemt` value. */
  let initSettings: Settings = DEFAULT_SETTINGS;
  let canConfigure = false;
  let canWatch = false;
  let canRegisterConfiguration = false;
  /** The client re-asks for code lenses on `workspace/codeLens/refresh` (`workspace.codeLens.refreshSupport`). */
  let canRefreshLenses = false;
  /** `samstemt/analysisChanged` only to a client that asks for it (initialization option `analysisChanged: true`, as the VS Code extension does). */
  let analysisChanged = false;
  let poller: NodeJS.Timeout | undefined;
  /** Whether the poller checks the files read and folders listed, or only for a samstemt.yaml above the opened folders. */
  let pollFiles = false;
  /** The folders the client opened (paths), and the cooperations of documents opened outside them, with those documents (URIs). */
  let clientFolders: string[] = [];
  const documentCooperations = new Map<string, Set<string>>();

  /**
   * A samstemt.yaml created or deleted may change the cooperation an opened
   * folder stands for (`cooperationRoots`): a folder whose samstemt.yaml
   * above it is gone is checked on its own, not with the files beside it
   * that the editor never opened.
   */
  function rootsFollowConfigs(changed: Iterable<string>): void {
    if (![...changed].some((uri) => uri.endsWith('/samstemt.yaml'))) return;
    rootsFollowDisk();
  }

  /** The cooperations the opened folders stand for now, by the samstemt.yaml files on disk (a few `stat` calls). */
  function rootsFollowDisk(): void {
    if (cooperationRoots([...clientFolders, ...documentCooperations.keys()]).join('\0') !== session.roots.join('\0')) updateRoots();
  }

  function updateRoots(): void {
    session.setRoots(cooperationRoots([...clientFolders, ...documentCooperations.keys()]));
    updatePolling();
    scheduler.schedule();
  }

  /**
   * The editor watches files inside the folders it opened, and only when it
   * can register watchers. Where it does not (an editor without watchers, a
   * cooperation above the opened folder, the cooperation of a document opened
   * outside the folders), notice changes on disk ourselves, with a few stat
   * calls every POLL_MS (files read and folders listed; nothing is re-read
   * unless it changed).
   */
  function updatePolling(): void {
    const unwatched = canWatch ? session.roots.filter((r) => !clientFolders.some((f) => isInside(f, r))) : session.roots;
    // A folder opened without a samstemt.yaml of its own stands for the cooperation above it, if any: one created
    // or deleted up there (a checkout, a restore) is outside every folder the editor or the listing covers.
    const above = clientFolders.filter((f) => nearestConfigDir(f) !== f);
    // Files the editor watches are not checked again: at national scale that is thousands of `stat` calls.
    pollFiles = unwatched.length > 0;
    if ((unwatched.length === 0 && above.length === 0) || phase !== 'running') {
      if (poller) clearInterval(poller);
      poller = undefined;
      return;
    }
    if (poller) return;
    log.info(
      !canWatch
        ? `the editor does not watch files: the server checks the files on disk every ${POLL_MS / 1000} s`
        : unwatched.length > 0
          ? `the editor watches files in its workspace folders only: the server checks the files of ${unwatched.join(', ')} on disk every ${POLL_MS / 1000} s`
          : `the editor watches files in its workspace folders only: the server looks for a samstemt.yaml above ${above.join(', ')} every ${POLL_MS / 1000} s`,
    );
    poller = setInterval(
      safe('checking files on disk', undefined, () => {
        if (pollFiles && session.pollDisk()) {
          scheduler.schedule();
          rootsFollowConfigs(session.recentlyChanged);
        }
        rootsFollowDisk();
      }),
      POLL_MS,
    );
    poller.unref();
  }

  /** Never crash on user data: a failing handler logs and answers with a neutral value. */
  function safe<P, R>(name: string, fallback: R, fn: (p: P) => R): (p: P) => R {
    return (p: P) => {
      try {
        return fn(p);
      } catch (e) {
        log.error(`${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        return fallback;
      }
    };
  }

  const setLanguage = () => {
    const { lang, defaultLang } = resolveLanguage(settings.language, locale);
    if (lang === session.messageLang && defaultLang === session.defaultLang) return;
    session.setMessageLang(lang, defaultLang);
    // Files follow through the analysis the change schedules; untitled buffers are not part of it.
    untitled.recheckAll();
  };

  /**
   * A request handler: `safe`, and refused as LSP prescribes before
   * `initialize` (ServerNotInitialized) and after `shutdown` (InvalidRequest);
   * params that fail `check` are refused with InvalidParams (the handler
   * never sees them), so `safe` only catches real internal errors.
   */
  let phase: 'starting' | 'running' | 'shut down' = 'starting';
  const request: RequestWrapper = (name, fallback, fn, check) => {
    const run = safe(name, fallback, fn);
    return (p) => {
      if (phase === 'starting') return new lsp.ResponseError(lsp.ErrorCodes.ServerNotInitialized, `${name}: the server has not been initialised yet`);
      if (phase === 'shut down') return new lsp.ResponseError(lsp.ErrorCodes.InvalidRequest, `${name}: the server is shutting down`);
      const invalid = check?.(p);
      if (invalid) return new lsp.ResponseError(lsp.ErrorCodes.InvalidParams, `${name}: ${invalid}`);
      return run(p);
    };
  };

  connection.onInitialize((params): lsp.InitializeResult | lsp.ResponseError<lsp.InitializeError> => {
    // LSP: initialize is sent once. A second one must not reset the folders, settings and documents of the first.
    if (phase !== 'starting') return new lsp.ResponseError(lsp.ErrorCodes.InvalidRequest, 'initialize: the server has already been initialised', { retry: false });
    phase = 'running';
    locale = params.locale;
    initSettings = readSettings((params.initializationOptions as { settings?: unknown } | undefined)?.settings ?? params.initializationOptions);
    settings = initSettings;
    canConfigure = params.capabilities.workspace?.configuration === true;
    canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    // client/registerCapability only for what the client registers dynamically (LSP: dynamicRegistration).
    canRegisterConfiguration = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    canRefreshLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    analysisChanged = (params.initializationOptions as { analysisChanged?: unknown } | null | undefined)?.analysisChanged === true;
    // RenameOptions (prepareProvider) only for a client that says it sends textDocument/prepareRename.
    const prepareRename = params.capabilities.textDocument?.rename?.prepareSupport === true;
    features.support = clientSupport(params.capabilities);
    scheduler.versionSupport = params.capabilities.textDocument?.publishDiagnostics?.versionSupport === true;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    const paths = folders.flatMap(toPath);
    if (!folders.length && params.rootPath) paths.push(params.rootPath);
    setLanguage();
    clientFolders = paths;
    session.setRoots(cooperationRoots(paths));
    const cacheDir = (params.initializationOptions as { cacheDir?: unknown } | undefined)?.cacheDir;
    if (deps.build && typeof cacheDir === 'string' && path.isAbsolute(cacheDir) && session.roots.length > 0) {
      restart = { cache: new RestartCache(cacheDir, session.roots), roots: session.roots.join('\0') };
    }
    // Attached now, not after `initialized`: vscode-languageserver drops folder changes that come before a listener,
    // and after `initialized` the server waits for the client's answers (watchers, settings) before it gets that far.
    connection.onNotification(lsp.DidChangeWorkspaceFoldersNotification.type, safe('changing workspace folders', undefined, (p: lsp.DidChangeWorkspaceFoldersParams | undefined) => foldersChanged(p?.event)));
    return {
      capabilities: {
        // Columns count UTF-16 code units (JavaScript strings, and what every client must support), whatever else the client offers.
        positionEncoding: lsp.PositionEncodingKind.UTF16,
        textDocumentSync: lsp.TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', ',', '#', ' ', '-'] },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: prepareRename ? { prepareProvider: true } : true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        // Quick fixes are CodeAction literals; LSP allows CodeActionOptions only for a client that takes them.
        ...(features.support.codeActionLiterals ? { codeActionProvider: { codeActionKinds: [lsp.CodeActionKind.QuickFix] } } : {}),
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [GOAL_LENS_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'samstemt-language-server', version: deps.version },
    };
  });

  connection.onInitialized(async () => {
    if (canWatch) {
      await connection.client.register(lsp.DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: WATCH_GLOB }, FOLDER_WATCHER] }).catch((e) => {
        // The client offered to watch files, then refused: check the files on disk instead.
        log.error(`watch registration failed: ${String(e)}`);
        canWatch = false;
      });
    }
    // The client cannot watch files (Neovim on Linux, older Neovim), or not all of them.
    updatePolling();
    if (canConfigure) {
      if (canRegisterConfiguration) await connection.client.register(lsp.DidChangeConfigurationNotification.type, { section: 'samstemt' }).catch(() => undefined);
      await refreshSettings();
    }
    // Analyse the whole workspace at once (findings in files nobody opened are published too),
    // one cooperation at a time, so that requests are answered in between.
    await safe('reading the diagnostics kept from the last session', undefined, publishFromLastSession)(undefined)?.catch((e: unknown) => log.error(`publishing the diagnostics kept from the last session failed: ${String(e)}`));
    safe('initial analysis', undefined, () => scheduler.analyseNow())(undefined);
  });

  /** Folders added to or removed from the editor's workspace (malformed entries left out: a notification has no error to answer with). */
  function foldersChanged(e: lsp.WorkspaceFoldersChangeEvent | undefined): void {
    const paths = (list: unknown) => (Array.isArray(list) ? list : []).flatMap((f: unknown) => (typeof (f as { uri?: unknown } | null)?.uri === 'string' ? toPath((f as { uri: string }).uri) : []));
    const removed = new Set(paths(e?.removed));
    const added = paths(e?.added);
    clientFolders = [...clientFolders.filter((r) => !removed.has(r)), ...added];
    // Documents still open from a removed folder are now outside the folders: as for one opened from there,
    // their cooperation is analysed while they are open (not the defaults, as for a file without samstemt.yaml).
    // And a folder added back takes over the cooperations its open documents brought.
    const inFolders = cooperationRoots(clientFolders);
    for (const dir of documentCooperations.keys()) if (inFolders.some((r) => isInside(r, dir))) documentCooperations.delete(dir);
    for (const uri of documents.keys()) if (!isUntitled(uri) && ![...documentCooperations.values()].some((open) => open.has(uri))) followOutside(uri);
    updateRoots();
  }

  async function refreshSettings(): Promise<void> {
    try {
      const raw = (await connection.workspace.getConfiguration('samstemt')) as unknown;
      settings = readSettings(raw, initSettings);
      setLanguage();
    } catch (e) {
      log.error(`reading settings failed: ${String(e)}`);
    }
  }

  connection.onDidChangeConfiguration(async (change) => {
    if (canConfigure) await refreshSettings();
    else {
      settings = readSettings((change.settings as { samstemt?: unknown } | undefined)?.samstemt, initSettings);
      setLanguage();
    }
    scheduler.schedule();
  });

  const documents = attachDocuments(connection, session, scheduler, untitled);
  // Lenses of open editors that another document's change made stale (lensRefresh.ts); the server has no inlay hints or semantic tokens to refresh.
  const lenses = new LensRefresher(
    (uri) => features.lensTitles(uri),
    () => connection.sendRequest(lsp.CodeLensRefreshRequest.type),
  );
  scheduler.onPublished(
    safe('comparing code lenses', undefined, () => {
      if (canRefreshLenses && phase === 'running') lenses.published(documents.keys().filter((uri) => !isUntitled(uri)));
    }),
  );
  // A document outside the folders the client opened (or opened without any folder, in single-file mode):
  // analyse the cooperation of the nearest samstemt.yaml above it while it is open. Without one, the defaults apply to it.
  documents.onDidOpen(safe('opening a document', undefined, (e: lsp.TextDocumentChangeEvent<{ uri: string }>) => followOutside(e.document.uri) && updateRoots()));
  /**
   * Whether `uri` added a cooperation to analyse: a document outside the client's folders, with a samstemt.yaml
   * above it; or, without one, a strategy file's folder, read with the defaults as `samstemt check FILE` reads it
   * (the owners beside it are members, their goals can conflict). Other files (a README) list no folder.
   */
  function followOutside(uri: string): boolean {
    const file = toPath(uri)[0];
    if (!file || cooperationRoots(clientFolders).some((r) => isInside(r, file))) return false;
    const dir = nearestConfigDir(path.dirname(file)) ?? (selectedBy(path.basename(file), DEFAULT_DOCUMENTS) ? path.dirname(file) : undefined);
    if (!dir) return false;
    const open = documentCooperations.get(dir);
    if (open) {
      open.add(uri);
      return false;
    }
    log.info(`${file} is outside the workspace folders: analysing its cooperation ${dir} too, while it is open`);
    documentCooperations.set(dir, new Set([uri]));
    return true;
  }
  // When the last of them is closed, its cooperation goes, and its findings are cleared (as for a folder removed from the workspace).
  documents.onDidClose(
    safe('closing a document', undefined, (e: lsp.TextDocumentChangeEvent<{ uri: string }>) => {
      for (const [dir, open] of documentCooperations) {
        if (!open.delete(e.document.uri) || open.size > 0) continue;
        log.info(`no document of ${dir} is open any more: its cooperation is no longer analysed`);
        documentCooperations.delete(dir);
        updateRoots();
      }
    }),
  );
  connection.onDidChangeWatchedFiles(
    safe('watched files', undefined, (p: lsp.DidChangeWatchedFilesParams) => {
      onWatchedFiles(session, scheduler, p);
      rootsFollowConfigs(p.changes.map((c) => normalizeUri(c.uri)));
    }),
  );

  connection.onHover(request('hover', null, (p: lsp.HoverParams) => features.hover(p), check.TEXT_POSITION));
  connection.onCompletion(request('completion', { isIncomplete: false, items: [] }, (p: lsp.CompletionParams) => features.completion(p), check.TEXT_POSITION));
  connection.onDefinition(request('definition', [], (p: lsp.DefinitionParams) => features.definition(p), check.TEXT_POSITION));
  connection.onReferences(request('references', [], (p: lsp.ReferenceParams) => features.references(p), check.REFERENCES));
  connection.onPrepareRename(request('prepareRename', null, (p: lsp.PrepareRenameParams) => features.prepareRename(p), check.TEXT_POSITION));
  connection.onRenameRequest(request('rename', null, (p: lsp.RenameParams) => features.rename(p), check.RENAME));
  connection.onDocumentSymbol(request('documentSymbol', [], (p: lsp.DocumentSymbolParams) => features.documentSymbols(p), check.TEXT_DOCUMENT));
  connection.onWorkspaceSymbol(request('workspaceSymbol', [], (p: lsp.WorkspaceSymbolParams) => features.workspaceSymbols(p), check.WORKSPACE_SYMBOL));
  connection.onCodeLens(request('codeLens', [], (p: lsp.CodeLensParams) => features.codeLens(p), check.TEXT_DOCUMENT));
  // The goal lens only informs (protocol.ts): executing it changes nothing.
  connection.onExecuteCommand(request('executeCommand', null, () => null, check.executeCommand([GOAL_LENS_COMMAND])));
  connection.onCodeAction(request('codeAction', [], (p: lsp.CodeActionParams) => features.codeActions(p), check.CODE_ACTION));
  connection.onRequest(SUMMARY_REQUEST, request('summary', null, () => features.summary()));
  connection.onRequest(OBJECTIVES_REQUEST, request('objectives', [], () => features.objectives()));
  registerReportRequests(connection, session, scheduler, request, () => analysisChanged);

  // Any other request: ServerNotInitialized before initialize (as for the handlers above), else MethodNotFound,
  // which vscode-jsonrpc would answer without this handler whatever the phase.
  connection.onRequest((method: string) => {
    if (phase === 'starting') return new lsp.ResponseError(lsp.ErrorCodes.ServerNotInitialized, `${method}: the server has not been initialised yet`);
    if (phase === 'shut down') return new lsp.ResponseError(lsp.ErrorCodes.InvalidRequest, `${method}: the server is shutting down`);
    return new lsp.ResponseError(lsp.ErrorCodes.MethodNotFound, `Unhandled method ${method}`);
  });

  connection.onShutdown(() => {
    // Before initialize, shutdown is a request like any other (LSP: ServerNotInitialized).
    if (phase === 'starting') return new lsp.ResponseError(lsp.ErrorCodes.ServerNotInitialized, 'shutdown: the server has not been initialised yet');
    // Before anything stops: what the editor shows now is what the next start can show at once.
    if (storeTimer) clearTimeout(storeTimer);
    safe('keeping the diagnostics for the next start', undefined, () => storeForRestart(false))(undefined);
    phase = 'shut down';
    if (poller) clearInterval(poller);
    scheduler.dispose();
    untitled.dispose();
    lenses.dispose();
    return undefined;
  });
  // vscode-languageserver counts any shutdown request, also the one refused before initialize; LSP asks for
  // code 0 only after a successful shutdown. Exiting here comes before its own exit with code 0.
  connection.onExit(() => {
    if (phase !== 'shut down') process.exit(1);
  });
  connection.listen();
  return {
    get shutDown() {
      return phase === 'shut down';
    },
  };
}
