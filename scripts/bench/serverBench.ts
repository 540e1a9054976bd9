/**
 * The language server under load, over JSON-RPC the way an editor drives it.
 *
 *   node out/scripts/bench/serverBench.js --preset national|large [--edits 300] [--seed N]
 *        [--dir DIR] [--server BUNDLE] [--cpu-prof] [--node-arg ARG]... [--stderr FILE] [--cache-dir DIR]
 *        [--json FILE] [--quiet-ms 300] [--kinds KIND,...]
 *
 *   import { runServerBench } from './serverBench.js';
 *   const r = await runServerBench({ dir: workspace.dir, edits: 300, seed: 1 });
 *
 * With `--preset` the workspace is bench/.work/<preset> (generated with
 * scripts/bench/generate.ts when it is missing or from another generator
 * version); `--dir` benchmarks any folder.
 *
 * The server measured is a snapshot of dist/samstemt-language-server.js
 * (copied to bench/.work/lsp/, beside a link to server/ for the catalogs), so a
 * rebuild during the run cannot mix versions. It is started as
 * `node BUNDLE --stdio`.
 *
 * 1. First diagnostics: `initialize` (rootUri and workspaceFolders = the
 *    folder) → the time by which publishDiagnostics has arrived for every
 *    strategy document of the folder (the `.md` / `.yaml` files other than
 *    `samstemt.yaml`, found by walking it), and by which the first of them
 *    arrived (no document is open yet); meanwhile a hover every 250 ms, to
 *    see how long a request waits while the first analysis runs.
 * 2. Edits: the documents to edit are opened (didOpen), then N seeded random
 *    single-line edits are applied (didChange; incremental or full sync as the
 *    server announces), each in another document than the one before (with
 *    more edits than documents, documents are reused, never twice in a row).
 *    Kinds: a word of a goal's title, a `Frist:` date, an `Innføre:` system
 *    (another system of the same area: conflict-system-choice), `Retning:` of
 *    the shared indicator `medlemsavgift` (conflict-direction), a `Krever:`
 *    amount (conflict-capacity) and a `Bidrar til:` reference (another goal of
 *    the company, sometimes a reference being typed). After each edit the
 *    client waits until the server is quiet (no publishDiagnostics and no log
 *    message for `quietMs`, at most `windowMs`), then goes on: edits never
 *    overlap. Measured per edit, from the didChange notification:
 *      - edited document: the publishDiagnostics for it (only when its
 *        diagnostics changed: the server re-publishes changed files only);
 *      - analysis done: the server's `analysed … in N ms` log line (every
 *        edit; for edits that leave the edited document's diagnostics as they
 *        were this is when the server knows);
 *      - other documents: every other document whose published diagnostics
 *        differ from what it had before (one sample per document and edit).
 * 3. Features, on the quiet server: hover on objective IDs and goal
 *    headings, completion right after `Støtter: `, references and rename
 *    (prepareRename + rename, not applied) on goal IDs; and while typing:
 *    a hover or completion sent 0–500 ms after an edit (so it may meet the
 *    debounce, the re-analysis or neither).
 * 4. Peak RSS of the server: VmHWM of /proc/PID/status at the end (also
 *    VmRSS sampled every 250 ms).
 *
 * With `--cpu-prof` the server runs under `node --cpu-prof`; the profile
 * (written when the server exits) and a copy cut to the edit phase are left in
 * bench/.work/lsp/prof/ (summarise with out/scripts/bench/cpuprofile.js).
 *
 * Percentiles: nearest rank. Times: performance.now() in the client, so each
 * figure includes JSON-RPC transport (stdio) — what an editor sees.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection, type PublishDiagnosticsParams, type Position } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { serverNodeOptions } from '../../server/src/node/launch.js';
import { generate, mulberry32, PRESETS, DEFAULT_SEED, GENERATOR_VERSION, type GenerateStats } from './generate.js';
import { SYSTEMS } from './phrases.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const WORK = path.join(ROOT, 'bench', '.work');
const LSP_WORK = path.join(WORK, 'lsp');
const BUILT_SERVER = path.join(ROOT, 'dist', 'samstemt-language-server.js');

// ---------------------------------------------------------------------------
// Results

export interface LatencyStats {
  n: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

export type EditKind = 'title' | 'deadline' | 'adopt' | 'direction' | 'requires' | 'contributes';
const EDIT_KINDS: readonly EditKind[] = ['title', 'deadline', 'adopt', 'direction', 'requires', 'contributes'];

export interface EditSample {
  kind: EditKind;
  edited?: number;
  analysed?: number;
}

const round1 = (ms: number) => Math.round(ms * 10) / 10;

export interface ServerBenchOptions {
  /** The workspace folder (one or many `samstemt.yaml` below it). */
  dir: string;
  /** Number of single-line edits. */
  edits: number;
  seed: number;
  /** The bundle to run (default: a snapshot of dist/samstemt-language-server.js). */
  server?: string;
  /** Quiet period that ends an edit's window (default 300 ms; must exceed the server's debounce). */
  quietMs?: number;
  /** Only these kinds of edits (default: all six), to look at one kind closely. */
  kinds?: readonly EditKind[];
  /** Longest wait for one edit's diagnostics (default 20 000 ms). */
  windowMs?: number;
  /** Hover / completion / references / rename request counts (default 200 / 200 / 50 / 20; while typing 50). */
  features?: { hover?: number; completion?: number; references?: number; rename?: number; typing?: number };
  /** Run the server under `node --cpu-prof` and keep the profile in this folder. */
  cpuProfDir?: string;
  /** More options for the server's `node` (`--max-old-space-size=…`, `--require=…`; not `--trace-gc`, which writes to stdout, the protocol channel). */
  nodeArgs?: string[];
  /** Write the server's stderr to this file (e.g. the output of `--trace-gc`). */
  stderrFile?: string;
  /** The restart cache's folder (`initializationOptions.cacheDir`, as VS Code passes it): a second run starts warm. */
  cacheDir?: string;
  /** Progress lines (default: to stderr). */
  log?: (line: string) => void;
}

export interface ServerBenchResult {
  version: 1;
  dir: string;
  documents: number;
  /** Goals, when the folder was made by the generator (bench-manifest.json). */
  goals?: number;
  server: { bundle: string; sha256: string; node: string; nodeOptions: string[]; textDocumentSync: 'full' | 'incremental' };
  load: { before: number[]; after: number[] };
  /** initialize sent → publishDiagnostics received for every strategy document. */
  firstDiagnosticsMs: number;
  /** initialize sent → the first publishDiagnostics of a strategy document (the server publishes each cooperation as it is done). */
  firstPublishMs: number;
  /** Hovers sent every 250 ms while the first analysis ran. */
  hoverDuringFirstAnalysis: LatencyStats;
  /** Process spawned → the same moment (includes loading the bundle). */
  firstDiagnosticsFromSpawnMs: number;
  /** Documents that got a publish in the first complete set (should equal `documents`). */
  firstPublished: number;
  /** The server's own figure for its first analysis (log line), when it reports one. */
  firstAnalysisServerMs?: number;
  edits: {
    count: number;
    seed: number;
    kinds: Record<string, number>;
    /** Edits whose edited document got a publish (its diagnostics changed). */
    editedPublished: number;
    /** Edits that changed the published diagnostics of at least one other document. */
    withOtherDocuments: number;
    /** Edits that saw no sign of an analysis (no publish, no log) within the window. */
    noSignal: number;
    /** Edits whose window ran out before the server went quiet. */
    timeouts: number;
  };
  /** didChange → publishDiagnostics for the edited document (edits whose diagnostics changed). */
  editSameDocument: LatencyStats;
  /** didChange → the server's analysis was done (`analysed …` log line), every edit. */
  editAnalysed: LatencyStats;
  /** didChange → publishDiagnostics for each other document whose diagnostics changed. */
  editOtherDocuments: LatencyStats;
  /** Other documents with changed diagnostics per edit (over all edits). */
  otherDocumentsPerEdit: LatencyStats;
  /** The server's own analysis time per edit (from its log line). */
  serverAnalysisMs: LatencyStats;
  /** Every edit in order: didChange → the edited document's publish (when it changed) and → the analysis done. */
  editSequence: EditSample[];
  /** Per edit kind: edited document and other documents. */
  byKind: Record<string, { edits: number; sameDocument: LatencyStats; analysed: LatencyStats; otherDocuments: LatencyStats; otherDocumentsPerEdit: number }>;
  /** VmHWM of the server at the end (MB). */
  peakRssMB: number;
  /** Largest VmRSS sampled, and VmRSS after the first complete diagnostics (MB). */
  sampledMaxRssMB: number;
  rssAfterFirstMB: number;
  /** Request → response, on a quiet server; `hoverWhileTyping` / `completionWhileTyping`: sent 0–500 ms after an edit. */
  features: Record<string, LatencyStats>;
  /** Requests that answered null / empty (a sign of a wrong position, not of speed). */
  emptyAnswers: Record<string, number>;
  cpuProfile?: { file: string; editPhase?: string; bundle: string };
  durationS: number;
}

// ---------------------------------------------------------------------------
// Statistics

export function latencyStats(xs: readonly number[]): LatencyStats {
  if (!xs.length) return { n: 0, p50: NaN, p95: NaN, max: NaN, mean: NaN };
  const s = [...xs].sort((a, b) => a - b);
  const rank = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
  return { n: s.length, p50: rank(0.5), p95: rank(0.95), max: s[s.length - 1]!, mean: s.reduce((a, b) => a + b, 0) / s.length };
}

// ---------------------------------------------------------------------------
// Workspace

/** Strategy documents of a folder as the generator writes them: `.md` and `.yaml` files other than `samstemt.yaml`. */
export function strategyDocuments(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && e.name !== 'node_modules') walk(p);
      } else if (/\.(md|markdown|ya?ml)$/i.test(e.name) && e.name !== 'samstemt.yaml') out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** bench/.work/<preset>, generated when missing or from another generator version or seed. */
export function ensurePresetWorkspace(preset: string, log: (s: string) => void = (s) => process.stderr.write(s + '\n')): string {
  const p = PRESETS[preset]?.[0];
  if (!p || PRESETS[preset]!.length !== 1) throw new Error(`unknown preset ${preset} (national | large)`);
  const dir = path.join(WORK, p.name);
  const want = { ...p.options, seed: p.options.seed ?? DEFAULT_SEED };
  try {
    const stats = JSON.parse(readFileSync(path.join(dir, 'bench-manifest.json'), 'utf8')) as GenerateStats;
    const o = stats.options;
    if (stats.generatorVersion === GENERATOR_VERSION && o.cooperations === want.cooperations && o.membersPerCooperation === want.membersPerCooperation && o.goalsPerMember === want.goalsPerMember && o.seed === want.seed) return dir;
  } catch {
    /* generate */
  }
  const t0 = performance.now();
  const stats = generate(dir, want);
  log(`generated ${path.relative(ROOT, dir)}: ${stats.documents} documents, ${stats.goals} goals in ${(performance.now() - t0).toFixed(0)} ms`);
  return dir;
}

/** A copy of the built server, so that a rebuild meanwhile cannot change what is measured. */
function snapshotServer(): string {
  if (!existsSync(BUILT_SERVER)) throw new Error(`${path.relative(ROOT, BUILT_SERVER)} is missing: build first (node scripts/build.mjs)`);
  // Named by content: runs of one build share a path (the catalogs' URIs are part of the restart cache's key).
  const dir = path.join(LSP_WORK, `snapshot-${createHash('sha256').update(readFileSync(BUILT_SERVER)).digest('hex').slice(0, 16)}`);
  if (existsSync(path.join(dir, 'server'))) return path.join(dir, 'dist', 'samstemt-language-server.js');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'dist'), { recursive: true });
  const bundle = path.join(dir, 'dist', 'samstemt-language-server.js');
  copyFileSync(BUILT_SERVER, bundle);
  writeFileSync(path.join(dir, 'dist', 'package.json'), '{ "type": "commonjs" }\n');
  copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  symlinkSync(path.join(ROOT, 'server'), path.join(dir, 'server')); // the catalogs: ../server/catalogs
  return bundle;
}

// ---------------------------------------------------------------------------
// Edits

interface Doc {
  path: string;
  uri: string;
  doc: TextDocument;
  yaml: boolean;
  nynorsk: boolean;
  /** The cooperation folder (nearest samstemt.yaml). */
  coop: string;
  opened: boolean;
}

interface LineEdit {
  kind: EditKind;
  line: number;
  startChar: number;
  endChar: number;
  newText: string;
}

const TITLE_WORDS = ['felles', 'digital', 'sikker', 'bedre', 'samordnet', 'moderne', 'effektiv', 'raskere', 'enklere', 'trygg'];
const MD_HEADING = /^(#{2,6}\s+)(.+?)(\s+\{#[^}]+\})\s*$/;

function valueAfter(line: string, keys: RegExp): { start: number; end: number; value: string } | undefined {
  const m = keys.exec(line);
  if (!m) return undefined;
  const start = m[0].length;
  const value = line.slice(start).replace(/\s+$/, '');
  if (!value) return undefined;
  return { start, end: start + value.length, value };
}

const KEY = {
  deadline: { md: /^\s*[-*]\s+Frist:\s*/, yaml: /^\s+(?:-\s+)?deadline:\s*/ },
  adopt: { md: /^\s*[-*]\s+Innføre:\s*/, yaml: /^\s+(?:-\s+)?adopt:\s*/ },
  direction: { md: /^\s*[-*]\s+Retning:\s*/, yaml: /^\s+(?:-\s+)?direction:\s*/ },
  requires: { md: /^\s*[-*]\s+Kre(?:ver|v):\s*/, yaml: /^\s+(?:-\s+)?requires:\s*/ },
  contributes: { md: /^\s*[-*]\s+Bidr(?:ar|eg) til:\s*/, yaml: /^\s+(?:-\s+)?contributes:\s*/ },
  area: { md: /^\s*[-*]\s+Område:\s*/, yaml: /^\s+(?:-\s+)?area:\s*/ },
  indicator: { md: /^\s*[-*]\s+Indikator:\s*/, yaml: /^\s+(?:-\s+)?indicator:\s*/ },
  supports: { md: /^\s*[-*]\s+Støtt(?:er|ar):\s*/, yaml: /^\s+(?:-\s+)?supports:\s*/ },
};

function isGoalStart(d: Doc, line: string): boolean {
  return d.yaml ? /^\s*-\s+id:\s/.test(line) : MD_HEADING.test(line) || /^#{1,6}\s/.test(line);
}

/** Lines of a document where an edit of `kind` can be made. */
function candidates(d: Doc, kind: EditKind): number[] {
  const lines = d.doc.getText().split('\n');
  const out: number[] = [];
  const key = (k: keyof typeof KEY) => (d.yaml ? KEY[k].yaml : KEY[k].md);
  lines.forEach((l, i) => {
    switch (kind) {
      case 'title':
        if (d.yaml ? /^\s+(?:-\s+)?title:\s*\S/.test(l) && /^\s/.test(l) : MD_HEADING.test(l)) out.push(i);
        break;
      case 'direction': {
        if (!valueAfter(l, key('direction'))) break;
        // Only the shared indicator: `Indikator: medlemsavgift` in the same goal.
        for (let j = i - 1; j >= 0 && !isGoalStart(d, lines[j]!); j--) {
          const v = valueAfter(lines[j]!, key('indicator'));
          if (v) {
            if (v.value.trim() === 'medlemsavgift') out.push(i);
            break;
          }
        }
        break;
      }
      default:
        if (valueAfter(l, key(kind))) out.push(i);
    }
  });
  return out;
}

function areaOfGoalAt(d: Doc, lines: string[], at: number): string | undefined {
  const key = d.yaml ? KEY.area.yaml : KEY.area.md;
  for (let j = at; j >= 0; j--) {
    const v = valueAfter(lines[j]!, key);
    if (v) return v.value.trim();
    if (j < at && isGoalStart(d, lines[j]!)) break;
  }
  for (let j = at + 1; j < lines.length && !isGoalStart(d, lines[j]!); j++) {
    const v = valueAfter(lines[j]!, key);
    if (v) return v.value.trim();
  }
  return undefined;
}

function makeEdit(d: Doc, kind: EditKind, lineNo: number, rnd: () => number, companyGoals: Map<string, string[]>): LineEdit | undefined {
  const lines = d.doc.getText().split('\n');
  const line = lines[lineNo]!.replace(/\r$/, '');
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const key = (k: keyof typeof KEY) => (d.yaml ? KEY[k].yaml : KEY[k].md);
  switch (kind) {
    case 'title': {
      let start: number;
      let text: string;
      if (d.yaml) {
        const v = valueAfter(line, /^\s+(?:-\s+)?title:\s*/);
        if (!v) return undefined;
        [start, text] = [v.start, v.value];
      } else {
        const m = MD_HEADING.exec(line);
        if (!m) return undefined;
        [start, text] = [m[1]!.length, m[2]!];
      }
      const words = [...text.matchAll(/\p{L}{4,}/gu)];
      if (!words.length) return undefined;
      const w = pick(words);
      const replacement = pick(TITLE_WORDS.filter((x) => x !== w[0].toLowerCase()));
      const at = start + w.index!;
      return { kind, line: lineNo, startChar: at, endChar: at + w[0].length, newText: w.index === 0 ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement };
    }
    case 'deadline': {
      const v = valueAfter(line, key('deadline'))!;
      const year = 2024 + Math.floor(rnd() * 9);
      const month = 1 + Math.floor(rnd() * 12);
      const days = [31, year % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
      let next = `${year}-${String(month).padStart(2, '0')}-${days}`;
      if (next === v.value) next = `${year + 1}-${String(month).padStart(2, '0')}-${days}`;
      return { kind, line: lineNo, startChar: v.start, endChar: v.end, newText: next };
    }
    case 'adopt': {
      const v = valueAfter(line, key('adopt'))!;
      const area = areaOfGoalAt(d, lines, lineNo);
      const pool = (area && SYSTEMS[area]) || Object.values(SYSTEMS).flat();
      const others = pool.filter((s) => s !== v.value);
      return { kind, line: lineNo, startChar: v.start, endChar: v.end, newText: pick(others.length ? others : ['Ny løsning']) };
    }
    case 'direction': {
      const v = valueAfter(line, key('direction'))!;
      const up = d.yaml ? 'increase' : d.nynorsk ? 'auke' : 'øke';
      const down = d.yaml ? 'decrease' : 'redusere';
      const isUp = /^(øke|auke|increase)$/i.test(v.value);
      return { kind, line: lineNo, startChar: v.start, endChar: v.end, newText: isUp ? down : up };
    }
    case 'requires': {
      const v = valueAfter(line, key('requires'))!;
      const m = /^(.*?)(\d+(?:[.,]\d+)?)(\s*\S*)$/.exec(v.value);
      if (!m) return undefined;
      let n = 1 + Math.floor(rnd() * 8);
      if (String(n) === m[2]) n = n === 8 ? 1 : n + 1;
      const at = v.start + m[1]!.length;
      return { kind, line: lineNo, startChar: at, endChar: at + m[2]!.length, newText: String(n) };
    }
    case 'contributes': {
      const v = valueAfter(line, key('contributes'))!;
      const targets = (companyGoals.get(d.coop) ?? []).filter((t) => !v.value.includes(t));
      // One in five: a reference being typed (unknown-goal-ref until finished).
      const next = targets.length && rnd() >= 0.2 ? pick(targets) : `${v.value.split(',')[0]!.trim()}x`;
      return { kind, line: lineNo, startChar: v.start, endChar: v.end, newText: next };
    }
  }
}

// ---------------------------------------------------------------------------
// Client

interface Publish {
  t: number;
  uri: string;
  key: string;
}

class Client {
  readonly publishes: Publish[] = [];
  /** Last diagnostics per uri (serialised), and when they arrived. */
  readonly current = new Map<string, string>();
  readonly analysed: { t: number; ms: number }[] = [];
  /** What the server said about its restart cache (`--cache-dir`). */
  readonly restartLog: string[] = [];
  lastMessageAt = 0;
  #wake: (() => void)[] = [];
  rssMaxKB = 0;
  #rssTimer: ReturnType<typeof setInterval> | undefined;
  syncKind: 'full' | 'incremental' = 'full';

  constructor(
    readonly proc: ChildProcess,
    readonly conn: ProtocolConnection,
  ) {
    conn.onNotification('textDocument/publishDiagnostics', (p: unknown) => {
      const t = performance.now();
      const { uri, diagnostics } = p as PublishDiagnosticsParams;
      const key = JSON.stringify(diagnostics);
      this.publishes.push({ t, uri, key });
      this.current.set(uri, key);
      this.#poke(t);
    });
    conn.onNotification('window/logMessage', (p: unknown) => {
      const t = performance.now();
      const m = /^analysed .* in (\d+(?:\.\d+)?) ms/.exec((p as { message: string }).message);
      if (m) this.analysed.push({ t, ms: Number(m[1]) });
      if (/kept|last session/.test((p as { message: string }).message)) this.restartLog.push((p as { message: string }).message);
      this.#poke(t);
    });
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    conn.listen();
    this.#rssTimer = setInterval(() => {
      const s = procStatus(proc.pid);
      if (s.VmRSS && s.VmRSS > this.rssMaxKB) this.rssMaxKB = s.VmRSS;
    }, 250);
  }

  #poke(t: number): void {
    this.lastMessageAt = t;
    const w = this.#wake;
    this.#wake = [];
    for (const f of w) f();
  }

  /** Resolves on the next message, or after `ms`. */
  next(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#wake = this.#wake.filter((f) => f !== done);
        resolve();
      }, Math.max(0, ms));
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      this.#wake.push(done);
    });
  }

  /**
   * Waits until `ready()` holds and no message has arrived for `quietMs`, or
   * until `deadline`; true when it ended quiet.
   */
  async settle(ready: () => boolean, quietMs: number, deadline: number): Promise<boolean> {
    for (;;) {
      const now = performance.now();
      if (now >= deadline) return false;
      if (ready() && now - this.lastMessageAt >= quietMs) return true;
      const wait = ready() ? quietMs - (now - this.lastMessageAt) : deadline - now;
      await this.next(Math.min(wait, deadline - now));
    }
  }

  stopSampling(): void {
    if (this.#rssTimer) clearInterval(this.#rssTimer);
  }
}

function procStatus(pid: number | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  if (!pid) return out;
  try {
    for (const line of readFileSync(`/proc/${pid}/status`, 'utf8').split('\n')) {
      const m = /^(Vm\w+):\s+(\d+) kB/.exec(line);
      if (m) out[m[1]!] = Number(m[2]);
    }
  } catch {
    /* not Linux, or the process is gone */
  }
  return out;
}

async function timed<T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await f();
  return { ms: performance.now() - t0, value };
}

// ---------------------------------------------------------------------------
// The benchmark

export async function runServerBench(options: ServerBenchOptions): Promise<ServerBenchResult> {
  const log = options.log ?? ((s: string) => process.stderr.write(s + '\n'));
  const started = performance.now();
  const loadBefore = os.loadavg();
  const quietMs = options.quietMs ?? 300;
  const windowMs = options.windowMs ?? 20_000;
  const nFeat = { hover: 200, completion: 200, references: 50, rename: 20, typing: 50, ...options.features };
  const rnd = mulberry32(options.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const dir = path.resolve(options.dir);

  // The documents, as the server should find them.
  const files = strategyDocuments(dir);
  if (!files.length) throw new Error(`no strategy documents under ${dir}`);
  const coopOf = (p: string) => {
    for (let d = path.dirname(p); d.startsWith(dir); d = path.dirname(d)) if (existsSync(path.join(d, 'samstemt.yaml'))) return d;
    return dir;
  };
  const docs: Doc[] = files.map((p) => {
    const text = readFileSync(p, 'utf8');
    const yaml = /\.ya?ml$/i.test(p);
    return { path: p, uri: pathToFileURL(p).href, doc: TextDocument.create(pathToFileURL(p).href, yaml ? 'yaml' : 'markdown', 1, text), yaml, nynorsk: /^\s*[-*]\s+(Støttar|Frå|Bidreg til|Krev|Ansvarleg):/m.test(text), coop: coopOf(p), opened: false };
  });
  // Goal references a member may contribute to: the company's goals (strategier/selskap/<id>.md) of the same cooperation.
  const companyGoals = new Map<string, string[]>();
  for (const d of docs) {
    if (!/[\\/]selskap[\\/]/.test(d.path)) continue;
    const owner = path.basename(d.path).replace(/\.\w+$/, '');
    const ids = [...d.doc.getText().matchAll(/\{#([^}\s]+)\}/g)].map((m) => `${owner}#${m[1]}`);
    companyGoals.set(d.coop, [...(companyGoals.get(d.coop) ?? []), ...ids]);
  }
  let goals: number | undefined;
  try {
    goals = (JSON.parse(readFileSync(path.join(dir, 'bench-manifest.json'), 'utf8')) as GenerateStats).goals;
  } catch {
    goals = undefined;
  }

  // Start the server.
  const bundle = options.server ? path.resolve(options.server) : snapshotServer();
  // Node options as the VS Code client passes them, then the bench's own.
  const nodeArgs = [...serverNodeOptions(os.availableParallelism()), ...(options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : []), ...(options.nodeArgs ?? [])];
  if (options.cpuProfDir) {
    rmSync(options.cpuProfDir, { recursive: true, force: true });
    mkdirSync(options.cpuProfDir, { recursive: true });
  }
  const tSpawn = performance.now();
  const proc = spawn(process.execPath, [...nodeArgs, bundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  if (options.stderrFile) writeFileSync(options.stderrFile, '');
  proc.stderr!.on('data', (b: Buffer) => {
    if (stderr.length < 8000) stderr += b.toString();
    if (options.stderrFile) appendFileSync(options.stderrFile, b);
  });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const client = new Client(proc, conn);
  const exited = new Promise<void>((resolve) => proc.on('exit', () => resolve()));
  let serverGone = false;
  proc.on('exit', (code) => {
    serverGone = true;
    if (code) log(`server exited with ${code}: ${stderr}`);
  });

  try {
    // 1. First complete diagnostics.
    const rootUri = pathToFileURL(dir).href;
    const tInit = performance.now();
    const initTimeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer to initialize within 60 s${stderr ? `: ${stderr}` : ''}`)), 60_000).unref());
    const init = (await Promise.race([initTimeout, conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: path.basename(dir) }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: false }, synchronization: { didSave: true, dynamicRegistration: false } },
      },
      locale: 'nb',
      ...(options.cacheDir ? { initializationOptions: { cacheDir: options.cacheDir } } : {}),
    })])) as { capabilities: { textDocumentSync?: number | { change?: number } } };
    const sync = init.capabilities.textDocumentSync;
    client.syncKind = (typeof sync === 'number' ? sync : sync?.change) === 2 ? 'incremental' : 'full';
    await conn.sendNotification('initialized', {});
    const want = new Set(docs.map((d) => d.uri));
    // While the first analysis runs: a hover every 250 ms, answered between two cooperations' steps.
    const hoverDuringFirst: number[] = [];
    let firstPending = true;
    const probe = (async () => {
      const d = docs.find((x) => !x.yaml) ?? docs[0]!;
      for (;;) {
        await new Promise((r) => setTimeout(r, 250));
        if (!firstPending) return;
        hoverDuringFirst.push((await timed(() => conn.sendRequest('textDocument/hover', { textDocument: { uri: d.uri }, position: { line: 0, character: 0 } }))).ms);
      }
    })();
    const firstDone = await client.settle(() => [...want].every((u) => client.current.has(u)), 0, tInit + 120_000);
    firstPending = false;
    await probe;
    if (options.cacheDir) {
      // Before any edit: the server keeps what it published for the next run (a few seconds after the publish).
      await client.settle(() => client.restartLog.some((m) => m.startsWith('kept') || m.startsWith('published')), 0, performance.now() + 30_000);
      log(`restart cache: ${client.restartLog.join(' | ') || '(nothing said)'}`);
    }
    if (!firstDone) throw new Error(`the server did not publish for every document within 120 s (${[...want].filter((u) => client.current.has(u)).length} of ${want.size})`);
    const tFirst = Math.max(...[...want].map((u) => client.publishes.find((p) => p.uri === u)!.t));
    const firstDiagnosticsMs = tFirst - tInit;
    const firstPublishMs = Math.min(...[...want].map((u) => client.publishes.find((p) => p.uri === u)!.t)) - tInit;
    const firstDiagnosticsFromSpawnMs = tFirst - tSpawn;
    await client.settle(() => true, quietMs, performance.now() + windowMs);
    const firstAnalysisServerMs = client.analysed[0]?.ms;
    const rssAfterFirstMB = (procStatus(proc.pid).VmRSS ?? NaN) / 1024;
    log(`  first complete diagnostics: ${firstDiagnosticsMs.toFixed(0)} ms after initialize (${docs.length} documents; server's analysis ${firstAnalysisServerMs ?? '?'} ms), RSS ${rssAfterFirstMB.toFixed(0)} MB`);

    // 2. Edits. Plan: a kind, then a document with a place for it (not the previous one; fresh ones first).
    const candidateDocs = new Map(EDIT_KINDS.map((k) => [k, docs.filter((d) => candidates(d, k).length > 0)]));
    const kinds = EDIT_KINDS.filter((k) => candidateDocs.get(k)!.length > 0 && (!options.kinds || options.kinds.includes(k)));
    const plan: { kind: EditKind; doc: Doc }[] = [];
    const used = new Map<Doc, number>();
    for (let i = 0; i < options.edits; i++) {
      const kind = kinds[i % kinds.length]!;
      const pool = candidateDocs.get(kind)!.filter((d) => d !== plan.at(-1)?.doc);
      if (!pool.length) continue;
      const least = Math.min(...pool.map((d) => used.get(d) ?? 0));
      const doc = pick(pool.filter((d) => (used.get(d) ?? 0) === least));
      used.set(doc, (used.get(doc) ?? 0) + 1);
      plan.push({ kind, doc });
    }
    // Shuffle the order of kinds (the plan was made round-robin so that every kind is represented).
    for (let i = plan.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [plan[i], plan[j]] = [plan[j]!, plan[i]!];
    }
    for (let i = 1; i < plan.length; i++) {
      if (plan[i]!.doc === plan[i - 1]!.doc) {
        const k = plan.findIndex((p, j) => j > i && p.doc !== plan[i - 1]!.doc && (j + 1 >= plan.length || plan[j + 1]!.doc !== plan[i]!.doc) && plan[j - 1]!.doc !== plan[i]!.doc);
        if (k > 0) [plan[i], plan[k]] = [plan[k]!, plan[i]!];
      }
    }
    const open = (d: Doc) => {
      if (d.opened) return;
      d.opened = true;
      void conn.sendNotification('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: d.doc.languageId, version: d.doc.version, text: d.doc.getText() } });
    };
    for (const p of plan) open(p.doc);
    await client.settle(() => true, quietMs, performance.now() + windowMs);
    log(`  opened ${docs.filter((d) => d.opened).length} documents; ${plan.length} edits (${client.syncKind} sync) …`);

    const change = (d: Doc, e: LineEdit) => {
      const range = { start: { line: e.line, character: e.startChar }, end: { line: e.line, character: e.endChar } };
      const version = d.doc.version + 1;
      d.doc = TextDocument.update(d.doc, [{ range, text: e.newText }], version);
      const contentChanges = client.syncKind === 'incremental' ? [{ range, text: e.newText }] : [{ text: d.doc.getText() }];
      void conn.sendNotification('textDocument/didChange', { textDocument: { uri: d.uri, version }, contentChanges });
    };

    const same: number[] = [];
    const analysedLat: number[] = [];
    const others: number[] = [];
    const othersPerEdit: number[] = [];
    const serverMs: number[] = [];
    /** Every edit in order: where the time went early (the server compiling its incremental paths) and later. */
    const sequence: EditSample[] = [];
    const perKind = new Map<string, { edits: number; same: number[]; analysed: number[]; others: number[]; otherDocs: number }>();
    const kindCount: Record<string, number> = {};
    let editedPublished = 0;
    let withOthers = 0;
    let noSignal = 0;
    let timeouts = 0;
    const editPhaseStart = process.hrtime.bigint();
    let done = 0;
    for (const step of plan) {
      if (serverGone) throw new Error('the server exited during the edits');
      const lines = candidates(step.doc, step.kind);
      const edit = lines.length ? makeEdit(step.doc, step.kind, pick(lines), rnd, companyGoals) : undefined;
      if (!edit) continue;
      const before = new Map(client.current);
      const pubFrom = client.publishes.length;
      const logFrom = client.analysed.length;
      const t0 = performance.now();
      change(step.doc, edit);
      const editedSeen = () => client.publishes.length > pubFrom && client.publishes.slice(pubFrom).some((p) => p.uri === step.doc.uri);
      const quiet = await client.settle(() => client.analysed.length > logFrom || editedSeen(), quietMs, t0 + windowMs);
      if (!quiet) timeouts++;
      const pubs = client.publishes.slice(pubFrom);
      const k = perKind.get(step.kind) ?? { edits: 0, same: [], analysed: [], others: [], otherDocs: 0 };
      perKind.set(step.kind, k);
      k.edits++;
      kindCount[step.kind] = (kindCount[step.kind] ?? 0) + 1;
      const mine = pubs.find((p) => p.uri === step.doc.uri);
      if (mine) {
        editedPublished++;
        same.push(mine.t - t0);
        k.same.push(mine.t - t0);
      }
      const a = client.analysed[logFrom];
      if (a) {
        analysedLat.push(a.t - t0);
        k.analysed.push(a.t - t0);
        serverMs.push(...client.analysed.slice(logFrom).map((x) => x.ms));
      }
      if (!mine && !a) noSignal++;
      sequence.push({ kind: step.kind, ...(mine ? { edited: round1(mine.t - t0) } : {}), ...(a ? { analysed: round1(a.t - t0) } : {}) });
      // Other documents whose diagnostics changed: the first publish that differs from what they had.
      const changed = new Map<string, number>();
      for (const p of pubs) {
        if (p.uri === step.doc.uri || changed.has(p.uri) || p.key === before.get(p.uri)) continue;
        changed.set(p.uri, p.t - t0);
      }
      others.push(...changed.values());
      k.others.push(...changed.values());
      k.otherDocs += changed.size;
      othersPerEdit.push(changed.size);
      if (changed.size) withOthers++;
      done++;
      if (done % 50 === 0) log(`    ${done}/${plan.length} edits: edited p50 ${latencyStats(same).p50.toFixed(0)} ms, analysed p50 ${latencyStats(analysedLat).p50.toFixed(0)} ms, other documents p50 ${latencyStats(others).p50.toFixed(0)} ms (n ${others.length})`);
    }
    const editPhaseEnd = process.hrtime.bigint();

    // 3. Features on the quiet server.
    const features: Record<string, number[]> = {};
    const empty: Record<string, number> = {};
    const add = (name: string, ms: number, isEmpty: boolean) => {
      (features[name] ??= []).push(ms);
      if (isEmpty) empty[name] = (empty[name] ?? 0) + 1;
      else empty[name] ??= 0;
    };
    const positions = (re: RegExp, filter: (d: Doc) => boolean = () => true, lineFilter: (l: string) => boolean = () => true, delta = 1) => {
      const out: { d: Doc; pos: Position }[] = [];
      for (const d of docs) {
        if (!filter(d)) continue;
        const lines = d.doc.getText().split('\n');
        lines.forEach((l, line) => {
          if (!lineFilter(l)) return;
          for (const m of l.matchAll(re)) out.push({ d, pos: { line, character: m.index! + Math.min(delta, m[0].length) } });
        });
      }
      return out;
    };
    const objectivePos = positions(/\b(?:DS19|DN30)-[A-Z0-9-]+/g, () => true, (l) => /^\s*(?:[-*]\s+)?(?:Støtter|Støttar|supports):/.test(l), 2);
    const headingPos = positions(/^#{2,6}\s+\S/g, (d) => !d.yaml, (l) => MD_HEADING.test(l), 5);
    const idPos = positions(/\{#[^}\s]+\}/g, (d) => !d.yaml, (l) => MD_HEADING.test(l), 3);
    const supportsAt: { d: Doc; pos: Position }[] = [];
    for (const d of docs) {
      d.doc
        .getText()
        .split('\n')
        .forEach((l, line) => {
          const m = /^(\s*[-*]\s+(?:Støtter|Støttar):\s)/.exec(l) ?? /^(\s+(?:-\s+)?supports:\s)/.exec(l);
          if (m) supportsAt.push({ d, pos: { line, character: m[1]!.length } });
        });
    }
    const td = (d: Doc) => ({ uri: d.uri });
    log(`  features: ${nFeat.hover} hovers, ${nFeat.completion} completions, ${nFeat.references} references, ${nFeat.rename} renames …`);
    for (let i = 0; i < nFeat.hover; i++) {
      const onObjective = i % 2 === 0;
      const at = pick(onObjective ? objectivePos : headingPos);
      if (!at) continue;
      const r = await timed(() => conn.sendRequest('textDocument/hover', { textDocument: td(at.d), position: at.pos }));
      add(onObjective ? 'hover (objective ID)' : 'hover (goal heading)', r.ms, r.value == null);
      add('hover', r.ms, r.value == null);
    }
    for (let i = 0; i < nFeat.completion; i++) {
      const at = pick(supportsAt);
      if (!at) break;
      const r = await timed(() => conn.sendRequest('textDocument/completion', { textDocument: td(at.d), position: at.pos, context: { triggerKind: 2, triggerCharacter: ' ' } }));
      const items = (r.value as { items?: unknown[] } | unknown[] | null) ?? [];
      add('completion', r.ms, (Array.isArray(items) ? items : (items.items ?? [])).length === 0);
    }
    for (let i = 0; i < nFeat.references; i++) {
      const at = pick(idPos);
      if (!at) break;
      const r = await timed(() => conn.sendRequest('textDocument/references', { textDocument: td(at.d), position: at.pos, context: { includeDeclaration: true } }));
      add('references', r.ms, !(r.value as unknown[] | null)?.length);
    }
    for (let i = 0; i < nFeat.rename; i++) {
      const at = pick(idPos);
      if (!at) break;
      const t0 = performance.now();
      const prep = await conn.sendRequest('textDocument/prepareRename', { textDocument: td(at.d), position: at.pos });
      const t1 = performance.now();
      const ren = await conn.sendRequest('textDocument/rename', { textDocument: td(at.d), position: at.pos, newName: `omdopt-${i}` }).catch(() => null);
      const t2 = performance.now();
      add('prepareRename', t1 - t0, prep == null);
      add('rename', t2 - t1, ren == null);
      add('prepareRename + rename', t2 - t0, prep == null || ren == null);
    }
    await client.settle(() => true, quietMs, performance.now() + windowMs);

    // While typing: a hover or completion 0–500 ms after an edit (title words: cheap to make anywhere).
    const typingDocs = docs.filter((d) => d.opened && candidates(d, 'title').length);
    for (let i = 0; i < nFeat.typing && typingDocs.length; i++) {
      const d = pick(typingDocs);
      const lines = candidates(d, 'title');
      const edit = makeEdit(d, 'title', pick(lines), rnd, companyGoals);
      if (!edit) continue;
      const delay = rnd() * 500;
      const completion = i % 2 === 1;
      const pool = completion ? supportsAt.filter((s) => s.d === d) : objectivePos.filter((s) => s.d === d);
      const at = pool.length ? pick(pool) : pick(completion ? supportsAt : objectivePos);
      change(d, edit);
      await new Promise((r) => setTimeout(r, delay));
      if (completion) {
        const r = await timed(() => conn.sendRequest('textDocument/completion', { textDocument: td(at.d), position: at.pos, context: { triggerKind: 1 } }));
        const items = (r.value as { items?: unknown[] } | null)?.items ?? [];
        add('completionWhileTyping', r.ms, items.length === 0);
      } else {
        const r = await timed(() => conn.sendRequest('textDocument/hover', { textDocument: td(at.d), position: at.pos }));
        add('hoverWhileTyping', r.ms, r.value == null);
      }
      await client.settle(() => true, quietMs, performance.now() + windowMs);
    }

    // 4. Peak RSS, then shut down.
    client.stopSampling();
    const status = procStatus(proc.pid);
    const peakRssMB = (status.VmHWM ?? NaN) / 1024;
    const sampledMaxRssMB = client.rssMaxKB / 1024;
    await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 5000))]).catch(() => undefined);
    await conn.sendNotification('exit').catch(() => undefined);
    await Promise.race([exited, new Promise((r) => setTimeout(r, options.cpuProfDir ? 60_000 : 5000))]);

    let cpuProfile: ServerBenchResult['cpuProfile'];
    if (options.cpuProfDir) {
      const file = readdirSync(options.cpuProfDir).find((f) => f.endsWith('.cpuprofile') && !f.startsWith('edit-phase'));
      if (file) {
        const full = path.join(options.cpuProfDir, file);
        const editPhase = path.join(options.cpuProfDir, 'edit-phase.cpuprofile');
        cutProfile(full, editPhase, Number(editPhaseStart / 1000n), Number(editPhaseEnd / 1000n));
        // Keep the bundle beside the profile: cpuprofile.js maps its lines back to modules.
        const kept = path.join(options.cpuProfDir, 'samstemt-language-server.js');
        copyFileSync(bundle, kept);
        cpuProfile = { file: full, editPhase, bundle: kept };
      }
    }

    const stats = latencyStats;
    const byKind: ServerBenchResult['byKind'] = {};
    for (const [k, v] of perKind) byKind[k] = { edits: v.edits, sameDocument: stats(v.same), analysed: stats(v.analysed), otherDocuments: stats(v.others), otherDocumentsPerEdit: v.otherDocs / v.edits };
    return {
      version: 1,
      dir,
      documents: docs.length,
      ...(goals !== undefined ? { goals } : {}),
      server: { bundle, sha256: createHash('sha256').update(readFileSync(bundle)).digest('hex'), node: process.version, nodeOptions: nodeArgs, textDocumentSync: client.syncKind },
      load: { before: loadBefore, after: os.loadavg() },
      firstDiagnosticsMs,
      firstPublishMs,
      firstDiagnosticsFromSpawnMs,
      firstPublished: [...want].filter((u) => client.publishes.some((p) => p.uri === u)).length,
      hoverDuringFirstAnalysis: stats(hoverDuringFirst),
      ...(firstAnalysisServerMs !== undefined ? { firstAnalysisServerMs } : {}),
      edits: { count: done, seed: options.seed, kinds: kindCount, editedPublished, withOtherDocuments: withOthers, noSignal, timeouts },
      editSameDocument: stats(same),
      editAnalysed: stats(analysedLat),
      editOtherDocuments: stats(others),
      otherDocumentsPerEdit: stats(othersPerEdit),
      serverAnalysisMs: stats(serverMs),
      byKind,
      editSequence: sequence,
      peakRssMB,
      sampledMaxRssMB,
      rssAfterFirstMB,
      features: Object.fromEntries(Object.entries(features).map(([k, v]) => [k, stats(v)])),
      emptyAnswers: empty,
      ...(cpuProfile ? { cpuProfile } : {}),
      durationS: (performance.now() - started) / 1000,
    };
  } finally {
    client.stopSampling();
    conn.dispose();
    if (proc.exitCode === null && proc.signalCode === null) proc.kill();
    if (!options.server) rmSync(path.dirname(path.dirname(bundle)), { recursive: true, force: true, maxRetries: 2 });
  }
}

/** A copy of a V8 CPU profile keeping only the samples between two monotonic times (µs, the clock V8 and hrtime share on Linux). */
function cutProfile(file: string, out: string, fromUs: number, toUs: number): void {
  const p = JSON.parse(readFileSync(file, 'utf8')) as { nodes: unknown[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };
  const samples: number[] = [];
  const deltas: number[] = [];
  let t = p.startTime;
  let last = fromUs;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i]!;
    if (t < fromUs || t > toUs) continue;
    samples.push(p.samples[i]!);
    deltas.push(t - last);
    last = t;
  }
  writeFileSync(out, JSON.stringify({ ...p, startTime: fromUs, endTime: Math.min(toUs, p.endTime), samples, timeDeltas: deltas }));
}

// ---------------------------------------------------------------------------
// Report

function fmt(ms: number): string {
  return Number.isFinite(ms) ? (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`) : '–';
}

export function formatServerBench(name: string, r: ServerBenchResult): string {
  const row = (label: string, s: LatencyStats | undefined, target = '') =>
    s ? `  ${label.padEnd(46)} ${String(s.n).padStart(5)} ${fmt(s.p50).padStart(9)} ${fmt(s.p95).padStart(9)} ${fmt(s.max).padStart(9)}   ${target}` : '';
  const out: string[] = [];
  out.push(`language server, ${name}: ${r.documents} documents${r.goals ? `, ${r.goals.toLocaleString('en-US')} goals` : ''}; ${r.server.textDocumentSync} sync; Node ${r.server.node}${r.server.nodeOptions?.length ? ` ${r.server.nodeOptions.join(' ')}` : ''}`);
  out.push(`  load average before ${r.load.before.map((x) => x.toFixed(1)).join(' ')}, after ${r.load.after.map((x) => x.toFixed(1)).join(' ')} (1/5/15 min; ${os.availableParallelism?.() ?? os.cpus().length} CPUs)`);
  out.push(`  first complete diagnostics    ${fmt(r.firstDiagnosticsMs).padStart(9)} after initialize (${fmt(r.firstDiagnosticsFromSpawnMs)} after spawn; server's analysis ${fmt(r.firstAnalysisServerMs ?? NaN)}; ${r.firstPublished}/${r.documents} documents)   target ≤ 3 s`);
  out.push(`  first diagnostics (any file)  ${fmt(r.firstPublishMs).padStart(9)} after initialize`);
  out.push(`  peak RSS (VmHWM)              ${`${r.peakRssMB.toFixed(0)} MB`.padStart(9)} (after first diagnostics ${r.rssAfterFirstMB.toFixed(0)} MB)   target ≤ 300 MB`);
  out.push(`  ${''.padEnd(46)} ${'n'.padStart(5)} ${'p50'.padStart(9)} ${'p95'.padStart(9)} ${'max'.padStart(9)}`);
  out.push(row('edit → publish, edited document', r.editSameDocument, 'target p95 ≤ 50 ms'));
  out.push(row('edit → analysis done (server log), every edit', r.editAnalysed));
  out.push(row('edit → publish, other documents changed', r.editOtherDocuments, 'target p95 ≤ 150 ms'));
  out.push(row('hover while the first analysis runs (every 250 ms)', r.hoverDuringFirstAnalysis));
  out.push(row("server's analysis time per edit (its log)", r.serverAnalysisMs));
  out.push(row('other documents changed per edit', r.otherDocumentsPerEdit).replace(/ ms/g, '   '));
  out.push(`  edits ${r.edits.count} (${Object.entries(r.edits.kinds).map(([k, n]) => `${k} ${n}`).join(', ')}); edited document re-published ${r.edits.editedPublished}, other documents changed ${r.edits.withOtherDocuments}, no signal ${r.edits.noSignal}, timeouts ${r.edits.timeouts}`);
  for (const [k, v] of Object.entries(r.byKind)) {
    out.push(`    ${k.padEnd(12)} ${String(v.edits).padStart(4)} edits: edited p50/p95 ${fmt(v.sameDocument.p50)}/${fmt(v.sameDocument.p95)} (n ${v.sameDocument.n}), analysed p50/p95 ${fmt(v.analysed.p50)}/${fmt(v.analysed.p95)}, others p50/p95 ${fmt(v.otherDocuments.p50)}/${fmt(v.otherDocuments.p95)} (${v.otherDocumentsPerEdit.toFixed(1)} per edit)`);
  }
  const target: Record<string, string> = { hover: 'target p95 ≤ 20 ms', completion: 'target p95 ≤ 20 ms', hoverWhileTyping: 'target p95 ≤ 20 ms', completionWhileTyping: 'target p95 ≤ 20 ms' };
  for (const [k, s] of Object.entries(r.features)) out.push(row(`${k}${r.emptyAnswers[k] ? ` (${r.emptyAnswers[k]} empty)` : ''}`, s, target[k] ?? ''));
  return out.filter(Boolean).join('\n');
}

// ---------------------------------------------------------------------------
// CLI

async function main(argv: string[]): Promise<void> {
  const val = (k: string) => {
    const i = argv.indexOf(`--${k}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const preset = val('preset');
  const dirArg = val('dir');
  if (!preset && !dirArg) {
    process.stderr.write('usage: node out/scripts/bench/serverBench.js --preset national|large | --dir DIR [--edits 300] [--seed N] [--server BUNDLE] [--cpu-prof] [--node-arg ARG]... [--stderr FILE] [--json FILE] [--quiet-ms 300] [--kinds title,requires,...] [--cache-dir DIR]\n');
    process.exitCode = 2;
    return;
  }
  const dir = dirArg ? path.resolve(dirArg) : ensurePresetWorkspace(preset!);
  const name = preset ?? path.basename(dir);
  const nodeArgs = argv.flatMap((a, i) => (a === '--node-arg' && argv[i + 1] ? [argv[i + 1]!] : []));
  const profDir = argv.includes('--cpu-prof') ? path.join(LSP_WORK, 'prof', name) : undefined;
  const result = await runServerBench({
    dir,
    edits: Number(val('edits') ?? 300),
    seed: Number(val('seed') ?? 1),
    ...(val('server') ? { server: val('server')! } : {}),
    ...(val('quiet-ms') ? { quietMs: Number(val('quiet-ms')) } : {}),
    ...(val('kinds') ? { kinds: val('kinds')!.split(',').filter((k): k is EditKind => (EDIT_KINDS as readonly string[]).includes(k)) } : {}),
    ...(profDir ? { cpuProfDir: profDir } : {}),
    ...(nodeArgs.length ? { nodeArgs } : {}),
    ...(val('stderr') ? { stderrFile: path.resolve(val('stderr')!) } : {}),
    ...(val('cache-dir') ? { cacheDir: path.resolve(val('cache-dir')!) } : {}),
  });
  const json = val('json') ?? path.join(ROOT, 'bench', 'results', `server-${name}${profDir ? '-profiled' : ''}.json`);
  mkdirSync(path.dirname(json), { recursive: true });
  writeFileSync(json, JSON.stringify(result, null, 2) + '\n');
  process.stdout.write(formatServerBench(name, result) + '\n');
  process.stdout.write(`  results: ${path.relative(process.cwd(), json)} (${result.durationS.toFixed(0)} s)\n`);
  if (result.cpuProfile) process.stdout.write(`  profile: ${path.relative(process.cwd(), result.cpuProfile.file)}; edit phase only: ${result.cpuProfile.editPhase ? path.relative(process.cwd(), result.cpuProfile.editPhase) : '–'}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`serverBench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  });
}
