/**
 * Drives the built language server (dist/samstemt-language-server.js) as a
 * separate process over JSON-RPC, the way an editor does. Notifications are
 * awaited through promises, never with sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type Diagnostic,
  type PublishDiagnosticsParams,
  type Position,
  type TextEdit,
  type WorkspaceEdit,
  type ClientCapabilities,
  type CompletionItem,
  type CompletionList,
  type Hover,
  type MarkupContent,
  type InitializeResult,
  type Location,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { REPO } from '../helpers/paths.js';
import { within } from '../helpers/time.js';

export { REPO };
export const SERVER = path.join(REPO, 'dist/samstemt-language-server.js');
export const SAMPLE = path.join(REPO, 'samples/ikt-fjord');

export const uriOf = (p: string): string => pathToFileURL(p).href;

/** A temporary copy of the sample cooperation, for tests that change files. */
export function copySample(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-lsp-'));
  cpSync(SAMPLE, dir, { recursive: true });
  return dir;
}

/** A temporary copy of the fixture cooperation test/fixtures/`name`, for tests that change files. */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `samstemt-${name}-`));
  cpSync(path.join(REPO, 'test/fixtures', name), dir, { recursive: true });
  return dir;
}

/**
 * What an editor like VS Code says it supports of what the editing tests use:
 * watched files, rename with prepareRename, quick fixes as literals, the outline as a tree.
 */
export const EDITOR_CAPABILITIES: ClientCapabilities = {
  workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
  textDocument: {
    rename: { prepareSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
  },
};

/**
 * The strategies of a copied fixture, under `strategier/` of the folder `root()` gives (set in a `before`
 * hook): a document's path, its URI, and a request position by a needle in its text on disk.
 */
export function fixtureDocs(root: () => string) {
  const file = (name: string) => path.join(root(), 'strategier', name);
  const uri = (name: string) => uriOf(file(name));
  const at = (name: string, needle: string, delta: number, occurrence = 0) => ({ textDocument: { uri: uri(name) }, position: positionOf(read(file(name)), needle, delta, occurrence) });
  return { file, uri, at };
}

/** `file:line text-the-range-covers` of each location (lines from 1), sorted: where a references or rename answer points. */
export function placesOf(list: Location[]): string[] {
  return list.map((l) => `${path.basename(l.uri)}:${l.range.start.line + 1} ${textIn(read(fileURLToPath(l.uri)), l.range)}`).sort();
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Strategy documents and config of a workspace folder, as the server should find them. */
export function strategyFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = path.join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(md|ya?ml)$/.test(e)) out.push(p);
    }
  };
  walk(root);
  return out.sort();
}

/**
 * The strategy documents of a copy of the sample (its `documents` globs are
 * `strategier/**`) and the config: the files the server must report on.
 */
export function sampleFiles(root: string): string[] {
  return strategyFiles(root).filter((p) => {
    const rel = path.relative(root, p).split(path.sep).join('/');
    return rel === 'samstemt.yaml' || (rel.startsWith('strategier/') && (/\.md$/.test(p) || /^(owner|goals)\s*:/m.test(read(p))));
  });
}

interface Waiter {
  uri: string;
  predicate: (d: Diagnostic[]) => boolean;
  resolve: (d: Diagnostic[]) => void;
}

export class LspClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: string[] = [];
  /** `window/showMessage` notifications: what the editor shows the user. */
  readonly shown: string[] = [];
  #waiters: Waiter[] = [];
  #versions = new Map<string, number>();
  readonly openUris = new Set<string>();
  /** What the server registered dynamically (`client/registerCapability`), e.g. its file watchers. */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  /** The server's answer to `initialize`: its capabilities. */
  initializeResult: InitializeResult | undefined;

  private constructor(
    readonly proc: ChildProcess,
    readonly conn: ProtocolConnection,
  ) {}

  /** `nodeOptions`: options for the server's `node` (as a launcher passes `serverNodeOptions`). */
  /**
   * `folders`: the workspace folders to open, `root` alone by default; `null` starts without any
   * (single-file mode: no rootUri, no workspaceFolders). `configuration`: the answer to each
   * `workspace/configuration` item (`{}` by default).
   */
  static async start(
    root: string,
    options: {
      locale?: string;
      capabilities?: ClientCapabilities;
      initializationOptions?: unknown;
      nodeOptions?: readonly string[];
      folders?: readonly string[] | null;
      configuration?: (item: unknown) => unknown;
    } = {},
  ): Promise<LspClient> {
    const proc = spawn(process.execPath, [...(options.nodeOptions ?? []), SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createProtocolConnection(messageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new LspClient(proc, conn);
    proc.stderr!.on('data', (d: Buffer) => client.logs.push(d.toString()));
    conn.onNotification('textDocument/publishDiagnostics', (p: unknown) => client.#onDiagnostics(p as PublishDiagnosticsParams));
    conn.onNotification('window/logMessage', (p: unknown) => void client.logs.push((p as { message: string }).message));
    conn.onNotification('window/showMessage', (p: unknown) => client.#onShown((p as { message: string }).message));
    conn.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      client.registrations.push(...p.registrations);
      return null;
    });
    conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(options.configuration ?? (() => ({}))));
    conn.listen();
    const folders = options.folders === undefined ? [root] : options.folders;
    client.initializeResult = await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders?.[0] ? uriOf(folders[0]) : null,
      workspaceFolders: folders ? folders.map((f) => ({ uri: uriOf(f), name: path.basename(f) })) : null,
      // Quick fixes are CodeAction literals, and document symbols a tree, which a client must say it takes (every editor does).
      capabilities: options.capabilities ?? {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
      },
      locale: options.locale ?? 'nb',
      initializationOptions: options.initializationOptions,
    });
    await conn.sendNotification('initialized', {});
    return client;
  }

  #onDiagnostics(p: PublishDiagnosticsParams): void {
    this.published.push(p);
    this.diagnostics.set(p.uri, p.diagnostics);
    const ready = this.#waiters.filter((w) => w.uri === p.uri && w.predicate(p.diagnostics));
    this.#waiters = this.#waiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve(p.diagnostics);
  }

  #onShown(message: string): void {
    this.shown.push(message);
    const ready = this.#shownWaiters.filter((w) => w.predicate(message));
    this.#shownWaiters = this.#shownWaiters.filter((w) => !ready.includes(w));
    for (const w of ready) w.resolve(message);
  }
  #shownWaiters: { predicate: (m: string) => boolean; resolve: (m: string) => void }[] = [];

  /** Resolves with the first `window/showMessage` (already shown or to come) that satisfies `predicate`. */
  shownMessage(predicate: (m: string) => boolean = () => true): Promise<string> {
    const have = this.shown.find(predicate);
    if (have !== undefined) return Promise.resolve(have);
    return new Promise((resolve) => this.#shownWaiters.push({ predicate, resolve }));
  }

  /** Resolves with the next diagnostics published for `uri` that satisfy `predicate`. */
  nextDiagnostics(uri: string, predicate: (d: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    return new Promise((resolve) => this.#waiters.push({ uri, predicate, resolve }));
  }

  /** Like nextDiagnostics, but already-published diagnostics count. */
  diagnosticsFor(uri: string, predicate: (d: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    const have = this.diagnostics.get(uri);
    if (have && predicate(have)) return Promise.resolve(have);
    return this.nextDiagnostics(uri, predicate);
  }

  open(uri: string, text: string): void {
    this.#versions.set(uri, 1);
    this.openUris.add(uri);
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: uri.endsWith('.md') ? 'markdown' : 'yaml', version: 1, text } });
  }

  change(uri: string, text: string): void {
    const version = (this.#versions.get(uri) ?? 1) + 1;
    this.#versions.set(uri, version);
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): void {
    this.openUris.delete(uri);
    void this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  watched(changes: { uri: string; type: 1 | 2 | 3 }[]): void {
    void this.conn.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    const running = () => this.proc.exitCode === null && this.proc.signalCode === null;
    const exited = new Promise((resolve) => (running() ? this.proc.once('exit', resolve) : resolve(undefined)));
    try {
      await within(this.conn.sendRequest('shutdown'), 2000, () => undefined);
      await this.conn.sendNotification('exit');
    } catch {
      // the process may already be gone
    }
    // Let it exit by itself after `exit` (its last messages whole); kill it only if it does not.
    await within(exited, 2000, () => undefined);
    this.conn.dispose();
    if (running()) this.proc.kill();
  }
}

/**
 * The client side's reader of a server's output. vscode-jsonrpc re-arms a
 * 10 s timer for as long as a message is half read, even after the reader is
 * disposed; a server killed in the middle of a message (as `stop()` may, and
 * the fault tests do) then kept the test process alive for ever: the suite
 * printed its summary and never exited. Tests do not use the partial-message
 * event, so the timer is off.
 */
export function messageReader(stream: NodeJS.ReadableStream): StreamMessageReader {
  const reader = new StreamMessageReader(stream);
  reader.partialMessageTimeout = 0;
  return reader;
}

/** Position of the `occurrence`-th `needle` in `text`, plus `delta` characters. */
export function positionOf(text: string, needle: string, delta = 0, occurrence = 0): Position {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found (occurrence ${occurrence})`);
  }
  const doc = TextDocument.create('file:///x', 'markdown', 1, text);
  return doc.positionAt(at + delta);
}

export function offsetOf(text: string, position: Position): number {
  return TextDocument.create('file:///x', 'markdown', 1, text).offsetAt(position);
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 1, text), edits);
}

/** The edits of a workspace edit, per uri (both `changes` and `documentChanges`). */
export function editsByUri(edit: WorkspaceEdit): Map<string, TextEdit[]> {
  const out = new Map<string, TextEdit[]>();
  for (const [uri, list] of Object.entries(edit.changes ?? {})) out.set(uri, [...(out.get(uri) ?? []), ...list]);
  for (const dc of edit.documentChanges ?? []) {
    if ('textDocument' in dc) out.set(dc.textDocument.uri, [...(out.get(dc.textDocument.uri) ?? []), ...(dc.edits as TextEdit[])]);
  }
  return out;
}

export function read(p: string): string {
  return readFileSync(p, 'utf8');
}

/** The text a range covers. */
export function textIn(text: string, range: { start: Position; end: Position }): string {
  return text.slice(offsetOf(text, range.start), offsetOf(text, range.end));
}

/** A diagnostic's message as plain text (LSP 3.18 also allows Markdown content). */
export function messageOf(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

/** The hover text one character into `needle` in the file at path `p` (as on disk). */
export async function hoverAt(client: LspClient, p: string, needle: string): Promise<string> {
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uriOf(p) }, position: positionOf(readFileSync(p, 'utf8'), needle, 1) });
  return (h?.contents as MarkupContent | undefined)?.value ?? '';
}

/** The labels completion offers right after `needle` in the file at path `p` (as on disk). */
export async function completionLabelsAt(client: LspClient, p: string, needle: string): Promise<string[]> {
  const c = await client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri: uriOf(p) }, position: positionOf(readFileSync(p, 'utf8'), needle, needle.length) });
  return (Array.isArray(c) ? c : (c?.items ?? [])).map((i) => i.label);
}
