/**
 * `npm run bench`: Samstemt at national scale, side by side with the alternatives.
 *
 *   npm run bench                      (= tsc, build the bundles, node out/scripts/bench/bench.js)
 *   node out/scripts/bench/bench.js [--runs N] [--quick] [--curve] [--block-floor] [--budget-min M] [--skip-mdl]
 *
 *   --runs N        rounds per workspace (default 3; the median is reported)
 *   --quick         one round each (a smoke test, not a measurement)
 *   --curve         also measure one cooperation growing from 13 to 100 members
 *   --budget-min M  stop adding rounds beyond the third when M minutes are spent (default 10)
 *   --block-floor   also measure the floor with micromark's inline constructs off, as the engine parses
 *   --skip-mdl      leave out markdownlint-cli2
 *
 * 1. Generates the workspaces (deterministic; reused when bench/.work already
 *    holds the same generator version, options and seed): `national`
 *    (40 cooperations × 10 members × 40 goals = 16 000 goals, ~6 MB), `large`
 *    (one cooperation of 50 members) and the growth sizes (1 200, 4 000, 8 000
 *    goals; 16 000 is `national` itself, as smaller sizes are prefixes of it).
 * 2. CLI, cold: `node dist/samstemt.js check DIR --format json --output /dev/null`,
 *    beside it in the same rounds the parse floor (scripts/bench/parseFloor.ts,
 *    bundled like the CLI) and markdownlint-cli2 with its default rules on the
 *    same Markdown files. Each is a fresh process; rounds interleave the three
 *    so that a change in machine load hits all of them alike; the files are
 *    read once before the first round, so no tool pays for a cold page cache. Reported: the
 *    median wall time (spawn to exit, hrtime) and the median CPU time
 *    (user + system of the child, from `process.resourceUsage()` at exit, via a
 *    `--require` preload), peak RSS, and the ratios check / floor and
 *    check / markdownlint on both.
 * 3. Growth: the CLI check and the floor at 4 sizes (and with `--curve` one
 *    cooperation growing from 13 to 100 members).
 * 4. The language server over JSON-RPC (scripts/bench/serverBench.ts), on the
 *    single large cooperation (where an edit can touch the most other
 *    documents' findings) and on the national workspace: first complete
 *    diagnostics, 200 seeded edits (edited and other documents, p50/p95/max),
 *    peak RSS, hover / completion / references / rename.
 *
 * Prints a table and writes bench/results/bench.json.
 *
 * On a shared or busy machine wall times swing with the load; CPU time much
 * less. Both are reported, with the load average before and after.
 */
import { runServerBench, formatServerBench } from './serverBench.js';
import { spawn, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, PRESETS, DEFAULT_SEED, GENERATOR_VERSION, type GenerateOptions, type GenerateStats } from './generate.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const WORK = path.join(ROOT, 'bench', '.work');
const RESULTS = path.join(ROOT, 'bench', 'results');
const BUILT_CLI = path.join(ROOT, 'dist', 'samstemt.js');
/**
 * The CLI measured: a snapshot of dist/samstemt.js taken at the start, so that
 * a rebuild during the run cannot mix versions. It finds the catalogs at
 * ../server/catalogs, a link to the repository's.
 */
const CLI = path.join(WORK, 'cli', 'dist', 'samstemt.js');
const FLOOR_BUNDLE = path.join(WORK, 'parse-floor.cjs');
const PRELOAD = path.join(WORK, 'rusage-preload.cjs');
const MDL_CONFIG = path.join(WORK, 'bench.markdownlint-cli2.jsonc');
const MDL_BIN = path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

// ---------------------------------------------------------------------------
// Measuring one process

export interface Sample {
  wallMs: number;
  /** User + system CPU time of the child process (all its threads). */
  cpuMs: number;
  maxRssMB: number;
  exitCode: number;
}

export interface Series {
  name: string;
  command: string;
  samples: Sample[];
  wallMedianMs: number;
  cpuMedianMs: number;
  wallMinMs: number;
  wallMaxMs: number;
  maxRssMB: number;
  exitCodes: number[];
}

function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const PRELOAD_SOURCE = `// Written by scripts/bench/bench.ts: reports the process's CPU time and peak RSS at exit.
const fs = require('node:fs');
const out = process.env.SAMSTEMT_BENCH_RUSAGE;
if (out) {
  delete process.env.SAMSTEMT_BENCH_RUSAGE;
  process.on('exit', () => {
    const r = process.resourceUsage();
    fs.writeFileSync(out, JSON.stringify({ user: r.userCPUTime, system: r.systemCPUTime, maxRSS: r.maxRSS }));
  });
}
`;

let sampleCounter = 0;

/** Runs `node --require PRELOAD ...args` and measures it. */
function measure(args: readonly string[], cwd: string, stderr: 'ignore' | 'capture'): Promise<Sample & { stderr: string }> {
  const rusageFile = path.join(WORK, `rusage-${process.pid}-${sampleCounter++}.json`);
  rmSync(rusageFile, { force: true });
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--require', PRELOAD, ...args], {
      cwd,
      stdio: ['ignore', 'ignore', stderr === 'capture' ? 'pipe' : 'ignore'],
      env: { ...process.env, SAMSTEMT_BENCH_RUSAGE: rusageFile, NO_COLOR: '1' },
    });
    let err = '';
    child.stderr?.on('data', (d: Buffer) => {
      if (err.length < 4000) err += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      let cpuMs = NaN;
      let maxRssMB = NaN;
      try {
        const r = JSON.parse(readFileSync(rusageFile, 'utf8')) as { user: number; system: number; maxRSS: number };
        cpuMs = (r.user + r.system) / 1000;
        maxRssMB = r.maxRSS / 1024;
      } catch {
        /* the child died before its exit handler ran */
      }
      rmSync(rusageFile, { force: true });
      resolve({ wallMs, cpuMs, maxRssMB, exitCode: code ?? -1, stderr: err });
    });
  });
}

interface Tool {
  name: string;
  /** Shown in the report. */
  command: string;
  args: string[];
  cwd: string;
  /** Exit codes that mean "ran fine" (lint findings included). */
  okCodes: number[];
  stderr: 'ignore' | 'capture';
}

function toSeries(tool: Tool, samples: Sample[]): Series {
  return {
    name: tool.name,
    command: tool.command,
    samples,
    wallMedianMs: median(samples.map((s) => s.wallMs)),
    cpuMedianMs: median(samples.map((s) => s.cpuMs)),
    wallMinMs: Math.min(...samples.map((s) => s.wallMs)),
    wallMaxMs: Math.max(...samples.map((s) => s.wallMs)),
    maxRssMB: Math.max(...samples.map((s) => s.maxRssMB)),
    exitCodes: [...new Set(samples.map((s) => s.exitCode))],
  };
}

/** Reads every file under `dir` once, so that no tool pays for a cold page cache. */
function warmPageCache(dir: string): void {
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) readFileSync(path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
  }
}

/**
 * Runs the tools in interleaved rounds (after reading the files once for the
 * page cache), stopping early when the time budget is spent (at least
 * `minRuns` rounds are always run).
 */
async function rounds(tools: Tool[], runs: number, minRuns: number, budget: Budget, label: string, dir: string): Promise<Series[]> {
  const samples = tools.map(() => [] as Sample[]);
  warmPageCache(dir);
  let roundMs = 0;
  for (let r = 0; r < runs; r++) {
    if (r >= minRuns && !budget.allows(roundMs)) {
      log(`  ${label}: stopping after ${r} rounds (time budget)`);
      break;
    }
    for (let i = 0; i < tools.length; i++) {
      const t = tools[i]!;
      const s = await measure(t.args, t.cwd, t.stderr);
      if (!t.okCodes.includes(s.exitCode)) throw new Error(`${t.name} failed (exit ${s.exitCode}): ${t.command}\n${s.stderr}`);
      samples[i]!.push(s);
    }
    roundMs = tools.reduce((sum, _, i) => sum + samples[i]!.at(-1)!.wallMs, 0);
    log(`  ${label}: round ${r + 1}/${runs} ${tools.map((t, i) => `${t.name} ${fmtS(samples[i]!.at(-1)!.wallMs)}`).join(', ')}`);
  }
  return tools.map((t, i) => toSeries(t, samples[i]!));
}

class Budget {
  readonly #end: number;
  constructor(minutes: number) {
    this.#end = Date.now() + minutes * 60_000;
  }
  /** True when another step of about `ms` still fits. */
  allows(ms: number): boolean {
    return Date.now() + ms <= this.#end;
  }
}

// ---------------------------------------------------------------------------
// Workspaces

interface Workspace {
  name: string;
  dir: string;
  stats: GenerateStats;
}

function ensureWorkspace(name: string, dir: string, options: GenerateOptions): Workspace {
  const manifest = path.join(dir, 'bench-manifest.json');
  const want = { ...options, seed: options.seed ?? DEFAULT_SEED };
  if (existsSync(manifest)) {
    try {
      const stats = JSON.parse(readFileSync(manifest, 'utf8')) as GenerateStats;
      const o = stats.options;
      const same = o.cooperations === want.cooperations && o.membersPerCooperation === want.membersPerCooperation && o.goalsPerMember === want.goalsPerMember && o.seed === want.seed;
      if (stats.generatorVersion === GENERATOR_VERSION && same) return { name, dir, stats };
    } catch {
      /* regenerate */
    }
  }
  const t0 = Date.now();
  const stats = generate(dir, want);
  log(`  generated ${name}: ${stats.goals} goals, ${(stats.bytes / 1e6).toFixed(2)} MB in ${fmtS(Date.now() - t0)}`);
  return { name, dir, stats };
}

// ---------------------------------------------------------------------------
// Setup

function prepare(): void {
  mkdirSync(WORK, { recursive: true });
  mkdirSync(RESULTS, { recursive: true });
  if (!existsSync(BUILT_CLI)) throw new Error(`${path.relative(ROOT, BUILT_CLI)} is missing: build first (npm run bench builds it)`);
  rmSync(path.join(WORK, 'cli'), { recursive: true, force: true });
  mkdirSync(path.dirname(CLI), { recursive: true });
  copyFileSync(BUILT_CLI, CLI);
  writeFileSync(path.join(path.dirname(CLI), 'package.json'), '{ "type": "commonjs" }\n');
  symlinkSync(path.join(ROOT, 'server'), path.join(WORK, 'cli', 'server'));
  writeFileSync(PRELOAD, PRELOAD_SOURCE);
  // markdownlint-cli2 with its default rules (every rule enabled, default options).
  writeFileSync(MDL_CONFIG, JSON.stringify({ config: { default: true }, noProgress: true, noBanner: true }, null, 2) + '\n');
}

async function bundleFloor(): Promise<void> {
  // Bundled exactly like the CLI (see the README's build), so both pay the same module loading.
  const { build } = await import('esbuild');
  await build({
    entryPoints: [path.join(ROOT, 'scripts', 'bench', 'parseFloor.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: FLOOR_BUNDLE,
    logLevel: 'warning',
  });
}

function checkTool(ws: Workspace): Tool {
  const rel = path.relative(ROOT, ws.dir);
  return {
    name: 'check',
    command: `node dist/samstemt.js check ${rel} --format json --output /dev/null`,
    args: [CLI, 'check', ws.dir, '--format', 'json', '--output', '/dev/null'],
    cwd: ROOT,
    okCodes: [0, 1],
    stderr: 'capture',
  };
}

function floorTool(ws: Workspace, blockOnly = false): Tool {
  const rel = path.relative(ROOT, ws.dir);
  const flag = blockOnly ? ' --block-only' : '';
  return {
    name: blockOnly ? 'floor-block' : 'floor',
    command: `node bench/.work/parse-floor.cjs${flag} ${rel}   (esbuild bundle of scripts/bench/parseFloor.ts)`,
    args: [FLOOR_BUNDLE, ...(blockOnly ? ['--block-only'] : []), ws.dir],
    cwd: ROOT,
    okCodes: [0],
    stderr: 'capture',
  };
}

function markdownlintTool(ws: Workspace): Tool {
  return {
    name: 'markdownlint',
    command: `(cd ${path.relative(ROOT, ws.dir)} && node node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs --config bench/.work/bench.markdownlint-cli2.jsonc "**/*.md")`,
    args: [MDL_BIN, '--config', MDL_CONFIG, '**/*.md'],
    cwd: ws.dir,
    okCodes: [0, 1],
    stderr: 'ignore',
  };
}

// ---------------------------------------------------------------------------
// The language server

export interface ServerResults {
  firstDiagnosticsMs: number;
  /** A second start on the same files with the restart cache the first one kept (`cacheDir`, as VS Code passes it). */
  restartFirstDiagnosticsMs: number;
  editSameDocument: { p50: number; p95: number; max: number };
  editOtherDocuments: { p50: number; p95: number; max: number };
  peakRssMB: number;
  features: Record<string, { p50: number; p95: number; max: number }>;
}

/**
 * The language server over JSON-RPC on one workspace (see serverBench.ts): its
 * figures and its table. Started as the VS Code extension starts it, with a
 * fresh folder for the restart cache; then started once more on the same
 * files, to measure a restart.
 */
async function benchLanguageServer(workspace: Workspace): Promise<{ results: ServerResults; table: string }> {
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-bench-cache-'));
  try {
    const r = await runServerBench({ dir: workspace.dir, edits: 200, seed: 1, log, quietMs: 250, cacheDir });
    const again = await runServerBench({ dir: workspace.dir, edits: 0, seed: 1, log, cacheDir, features: { hover: 0, completion: 0, references: 0, rename: 0, typing: 0 } });
    const table = `${formatServerBench(workspace.name, r)}\n  first complete diagnostics on a restart (files unchanged, restart cache): ${fmtS(again.firstDiagnosticsMs)} after initialize`;
    log(table);
    return { results: { firstDiagnosticsMs: r.firstDiagnosticsMs, restartFirstDiagnosticsMs: again.firstDiagnosticsMs, editSameDocument: r.editSameDocument, editOtherDocuments: r.editOtherDocuments, peakRssMB: r.peakRssMB, features: r.features }, table };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------
// Report

/** Least-squares line y = intercept + slope·x, with R². */
export function linearFit(points: readonly [number, number][]): { slope: number; intercept: number; r2: number } | undefined {
  const pts = points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  if (pts.length < 2) return undefined;
  const n = pts.length;
  const mx = pts.reduce((s, [x]) => s + x, 0) / n;
  const my = pts.reduce((s, [, y]) => s + y, 0) / n;
  const sxx = pts.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  const sxy = pts.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const syy = pts.reduce((s, [, y]) => s + (y - my) ** 2, 0);
  if (sxx === 0) return undefined;
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx, r2: syy === 0 ? 1 : (sxy * sxy) / (sxx * syy) };
}

function fmtS(ms: number): string {
  return Number.isFinite(ms) ? (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`) : '–';
}
function fmtX(x: number): string {
  return Number.isFinite(x) ? `${x.toFixed(2)}×` : '–';
}
function log(s: string): void {
  process.stderr.write(s + '\n');
}

function machine() {
  const cpus = os.cpus();
  let commit: string | undefined;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    commit = undefined;
  }
  return {
    cpus: os.availableParallelism?.() ?? cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    commit,
  };
}

function seriesRow(label: string, s: Series): string {
  return `${label.padEnd(40)} ${String(s.samples.length).padStart(4)} ${fmtS(s.wallMedianMs).padStart(10)} ${fmtS(s.cpuMedianMs).padStart(10)} ${`${s.maxRssMB.toFixed(0)} MB`.padStart(9)}   ${fmtS(s.wallMinMs)}–${fmtS(s.wallMaxMs)}`;
}

interface Args {
  runs: number;
  minRuns: number;
  budgetMin: number;
  curve: boolean;
  skipMdl: boolean;
  blockFloor: boolean;
}

function parseArgv(argv: string[]): Args {
  const val = (k: string) => {
    const i = argv.indexOf(`--${k}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  const runs = Number(val('runs') ?? (quick ? 1 : 3));
  return {
    runs,
    minRuns: Math.min(runs, quick ? 1 : 3),
    budgetMin: Number(val('budget-min') ?? 10),
    curve: argv.includes('--curve'),
    skipMdl: argv.includes('--skip-mdl'),
    blockFloor: argv.includes('--block-floor'),
  };
}

async function main(): Promise<void> {
  const args = parseArgv(process.argv.slice(2));
  const budget = new Budget(args.budgetMin);
  const started = new Date();
  const loadBefore = os.loadavg();
  prepare();
  log('Generating workspaces (deterministic; reused when unchanged) …');
  const national = ensureWorkspace('national', path.join(WORK, 'national'), PRESETS.national![0]!.options);
  const large = ensureWorkspace('large', path.join(WORK, 'large'), PRESETS.large![0]!.options);
  const sizes: Workspace[] = PRESETS.sizes!.map((p) =>
    p.options.cooperations === national.stats.options.cooperations ? { ...national, name: p.name } : ensureWorkspace(p.name, path.join(WORK, 'sizes', p.name), p.options),
  );
  const sameShape = (a: GenerateOptions, b: GenerateOptions) => a.cooperations === b.cooperations && a.membersPerCooperation === b.membersPerCooperation && a.goalsPerMember === b.goalsPerMember;
  const curve: Workspace[] = args.curve
    ? PRESETS['one-coop']!.map((p) => (sameShape(p.options, large.stats.options) ? { ...large, name: p.name } : ensureWorkspace(p.name, path.join(WORK, 'one-coop', p.name), p.options)))
    : [];
  await bundleFloor();

  // 1. The national workspace: check, floor and markdownlint side by side.
  log(`CLI, national workspace (${national.stats.goals} goals) …`);
  const nationalTools = [checkTool(national), floorTool(national), ...(args.skipMdl ? [] : [markdownlintTool(national)]), ...(args.blockFloor ? [floorTool(national, true)] : [])];
  const nationalSeries = await rounds(nationalTools, args.runs, args.minRuns, budget, 'national', national.dir);
  const pickSeries = (name: string) => nationalSeries.find((x) => x.name === name);
  const [nCheck, nFloor, nMdl, nBlock] = [pickSeries('check'), pickSeries('floor'), pickSeries('markdownlint'), pickSeries('floor-block')];

  // 2. The large cooperation (one workspace of 50 members).
  log(`CLI, one large cooperation (${large.stats.goals} goals) …`);
  const largeTools = [checkTool(large), floorTool(large), ...(args.skipMdl ? [] : [markdownlintTool(large)])];
  const [lCheck, lFloor, lMdl] = await rounds(largeTools, args.runs, args.minRuns, budget, 'large', large.dir);

  // 3. Growth: check and floor at the 4 sizes (the largest is the national workspace, measured above).
  log('Growth curve …');
  const growth: { name: string; goals: number; files: number; bytes: number; check: Series; floor: Series }[] = [];
  for (const ws of sizes) {
    let c: Series;
    let f: Series;
    if (ws.dir === national.dir) [c, f] = [nCheck!, nFloor!];
    else [c, f] = (await rounds([checkTool(ws), floorTool(ws)], args.runs, args.minRuns, budget, ws.name, ws.dir)) as [Series, Series];
    growth.push({ name: ws.name, goals: ws.stats.goals, files: ws.stats.documents + ws.stats.cooperations, bytes: ws.stats.bytes, check: c, floor: f });
  }
  const oneCoop: typeof growth = [];
  for (const ws of curve) {
    if (ws.dir === large.dir) {
      oneCoop.push({ name: ws.name, goals: ws.stats.goals, files: ws.stats.documents + 1, bytes: ws.stats.bytes, check: lCheck!, floor: lFloor! });
      continue;
    }
    const [c, f] = (await rounds([checkTool(ws), floorTool(ws)], args.runs, args.minRuns, budget, ws.name, ws.dir)) as [Series, Series];
    oneCoop.push({ name: ws.name, goals: ws.stats.goals, files: ws.stats.documents + 1, bytes: ws.stats.bytes, check: c, floor: f });
  }

  // 4. The language server: the single large cooperation (every edit there can touch the others'
  // findings) and the national workspace.
  const server = { large: await benchLanguageServer(large), national: await benchLanguageServer(national) };

  const loadAfter = os.loadavg();
  const m = machine();
  const ratio = (a: Series | undefined, b: Series | undefined, k: 'wallMedianMs' | 'cpuMedianMs') => (a && b ? a[k] / b[k] : NaN);

  // --- table
  const out: string[] = [];
  const ws = (w: Workspace) =>
    `${w.stats.cooperations} cooperation(s), ${w.stats.documents} documents (${w.stats.yamlDocuments} YAML, ${w.stats.nynorskDocuments} nynorsk), ${w.stats.goals.toLocaleString('en-US')} goals, ${(w.stats.bytes / 1e6).toFixed(2)} MB`;
  out.push('');
  out.push(`Samstemt benchmark — ${m.cpus} × ${m.cpuModel}, ${m.memoryGB} GB, Node ${m.node}${m.commit ? `, commit ${m.commit}` : ''}`);
  out.push(`load average before ${loadBefore.map((x) => x.toFixed(1)).join(' ')}, after ${loadAfter.map((x) => x.toFixed(1)).join(' ')} (1/5/15 min)`);
  out.push('');
  const header = `${''.padEnd(40)} ${'runs'.padStart(4)} ${'wall'.padStart(10)} ${'CPU'.padStart(10)} ${'peak RSS'.padStart(9)}   wall range`;
  const block = (title: string, w: Workspace, c?: Series, f?: Series, md?: Series, fb?: Series) => {
    out.push(`${title}: ${ws(w)}`);
    out.push(header);
    if (c) out.push(seriesRow('  samstemt check (CLI, cold)', c));
    if (f) out.push(seriesRow('  parse floor (remark + js-yaml)', f));
    if (md) out.push(seriesRow('  markdownlint-cli2 (default rules)', md));
    if (fb) out.push(seriesRow('  (parse floor, block structure only)', fb));
    out.push(`  ${'ratio check / floor'.padEnd(38)} ${fmtX(ratio(c, f, 'wallMedianMs')).padStart(15)} ${fmtX(ratio(c, f, 'cpuMedianMs')).padStart(10)}   target ≤ 1.5×`);
    if (md) out.push(`  ${'ratio check / markdownlint-cli2'.padEnd(38)} ${fmtX(ratio(c, md, 'wallMedianMs')).padStart(15)} ${fmtX(ratio(c, md, 'cpuMedianMs')).padStart(10)}   target < 1×`);
    if (fb) out.push(`  ${'(ratio check / block-only floor)'.padEnd(38)} ${fmtX(ratio(c, fb, 'wallMedianMs')).padStart(15)} ${fmtX(ratio(c, fb, 'cpuMedianMs')).padStart(10)}`);
    out.push('');
  };
  block('national', national, nCheck, nFloor, nMdl, nBlock);
  block('large cooperation', large, lCheck, lFloor, lMdl);
  const curveTable = (title: string, rows: typeof growth) => {
    const fit = linearFit(rows.map((g) => [g.goals, g.check.cpuMedianMs]));
    const ffit = linearFit(rows.map((g) => [g.goals, g.floor.cpuMedianMs]));
    out.push(title);
    out.push(`  ${'goals'.padStart(7)} ${'files'.padStart(6)} ${'MB'.padStart(6)} ${'check wall'.padStart(11)} ${'check CPU'.padStart(10)} ${'floor CPU'.padStart(10)} ${'check/floor'.padStart(12)} ${'CPU µs/goal'.padStart(12)} ${'peak RSS'.padStart(9)}`);
    for (const g of rows) {
      out.push(
        `  ${g.goals.toLocaleString('en-US').padStart(7)} ${String(g.files).padStart(6)} ${(g.bytes / 1e6).toFixed(2).padStart(6)} ${fmtS(g.check.wallMedianMs).padStart(11)} ${fmtS(g.check.cpuMedianMs).padStart(10)} ${fmtS(g.floor.cpuMedianMs).padStart(10)} ${fmtX(g.check.cpuMedianMs / g.floor.cpuMedianMs).padStart(12)} ${((g.check.cpuMedianMs * 1000) / g.goals).toFixed(0).padStart(12)} ${`${g.check.maxRssMB.toFixed(0)} MB`.padStart(9)}`,
      );
    }
    if (fit) out.push(`  least-squares fit, CPU: check ≈ ${fmtS(fit.intercept)} + ${fit.slope.toFixed(2)} ms × goals (R² ${fit.r2.toFixed(3)}); floor ≈ ${fmtS(ffit!.intercept)} + ${ffit!.slope.toFixed(2)} ms × goals (R² ${ffit!.r2.toFixed(3)})`);
    out.push('');
  };
  curveTable('growth with the number of goals (cooperations of 10 members × 40 goals side by side; CLI check, cold):', growth);
  if (oneCoop.length) curveTable('growth inside one cooperation (13, 25, 50, 100 members × 40 goals):', oneCoop);
  out.push(server.large.table, '', server.national.table, '');
  const results = {
    version: 1,
    started: started.toISOString(),
    durationS: Math.round((Date.now() - started.getTime()) / 1000),
    machine: { ...m, loadBefore, loadAfter },
    bundle: { file: 'dist/samstemt.js', sha256: createHash('sha256').update(readFileSync(CLI)).digest('hex'), bytes: readFileSync(CLI).length },
    method: {
      runs: args.runs,
      note: 'Each figure is the median of fresh processes (the files are read once before, for the page cache); rounds interleave the tools. wall = spawn to exit (hrtime); CPU = user + system time of the child, all threads (process.resourceUsage at exit, via a --require preload).',
    },
    workspaces: Object.fromEntries([national, large, ...sizes.filter((s) => s.dir !== national.dir), ...curve].map((w) => [w.name, { dir: path.relative(ROOT, w.dir), ...w.stats }])),
    cli: {
      national: { check: nCheck, floor: nFloor, markdownlint: nMdl, floorBlockOnly: nBlock, ratios: { checkOverFloor: { wall: ratio(nCheck, nFloor, 'wallMedianMs'), cpu: ratio(nCheck, nFloor, 'cpuMedianMs') }, checkOverMarkdownlint: { wall: ratio(nCheck, nMdl, 'wallMedianMs'), cpu: ratio(nCheck, nMdl, 'cpuMedianMs') } } },
      large: { check: lCheck, floor: lFloor, markdownlint: lMdl, ratios: { checkOverFloor: { wall: ratio(lCheck, lFloor, 'wallMedianMs'), cpu: ratio(lCheck, lFloor, 'cpuMedianMs') }, checkOverMarkdownlint: { wall: ratio(lCheck, lMdl, 'wallMedianMs'), cpu: ratio(lCheck, lMdl, 'cpuMedianMs') } } },
    },
    growth: growth.map((g) => ({ name: g.name, goals: g.goals, files: g.files, bytes: g.bytes, check: g.check, floor: g.floor })),
    growthFit: { checkCpu: linearFit(growth.map((g) => [g.goals, g.check.cpuMedianMs])), floorCpu: linearFit(growth.map((g) => [g.goals, g.floor.cpuMedianMs])), checkWall: linearFit(growth.map((g) => [g.goals, g.check.wallMedianMs])) },
    growthOneCooperation: oneCoop.map((g) => ({ name: g.name, goals: g.goals, files: g.files, bytes: g.bytes, check: g.check, floor: g.floor })),
    server: { large: server.large.results, national: server.national.results },
  };
  writeFileSync(path.join(RESULTS, 'bench.json'), JSON.stringify(results, null, 2) + '\n');
  out.push(`results: ${path.relative(ROOT, path.join(RESULTS, 'bench.json'))} (${results.durationS} s)`);
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
});
