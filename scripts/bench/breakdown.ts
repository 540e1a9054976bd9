/**
 * Where the CLI's time goes, measured in-process with the engine's own
 * modules (compiled by tsc into out/): file walk, reads, catalog parsing,
 * document parsing + model building, the ranker's index, every rule on its
 * own, and the conversion of findings to diagnostics.
 *
 *   node out/scripts/bench/breakdown.js DIR [--json]
 *   node --expose-gc out/scripts/bench/breakdown.js DIR     (adds the live heap after each phase)
 *
 * Rules are wrapped, not changed: each `checkDocument` / `checkWorkspace`
 * call is timed and summed per rule. Work a rule triggers lazily and caches
 * for later rules (objective suggestions, the conflict context) is charged to
 * the first rule that asks for it; the ranker's index is built up front and
 * shown on its own line.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Engine } from '../../server/src/engine/engine.js';
import type { RuleModule } from '../../server/src/engine/rule.js';
import { allRules } from '../../server/src/rules/index.js';
import { loadBuiltInCatalogs } from '../../server/src/node/catalogs.js';
import { NodeHost, toUri } from '../../server/src/node/nodeHost.js';
import { conflictStats } from '../../server/src/engine/conflicts/context.js';

export interface Breakdown {
  dir: string;
  files: number;
  documents: number;
  goals: number;
  workspaces: number;
  diagnostics: number;
  /** Phases, in order: wall time and CPU time (user + system, this process) in ms; live heap after the phase (with --expose-gc). */
  phases: { name: string; ms: number; cpuMs: number; heapMB?: number }[];
  /** Rule → ms (checkDocument and checkWorkspace together), slowest first. */
  rules: { rule: string; ms: number; cpuMs: number; calls: number }[];
  /** Candidate pairs the conflict rules compared (all workspaces). */
  conflictComparisons: number;
  totalMs: number;
  totalCpuMs: number;
  heapUsedMB: number;
  rssMB: number;
}

export function breakdown(dir: string, repoRoot: string): Breakdown {
  const phases: { name: string; ms: number; cpuMs: number; heapMB?: number }[] = [];
  const gc = (globalThis as { gc?: () => void }).gc;
  const liveHeap = () => {
    if (!gc) return undefined;
    gc();
    return process.memoryUsage().heapUsed / 1048576;
  };
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const time = <T>(name: string, f: () => T): T => {
    const t0 = performance.now();
    const c0 = cpu();
    const r = f();
    const ms = performance.now() - t0;
    const cpuMs = cpu() - c0;
    const heapMB = liveHeap();
    phases.push({ name, ms, cpuMs, ...(heapMB !== undefined ? { heapMB } : {}) });
    return r;
  };
  const abs = path.resolve(dir);
  const host = new NodeHost([abs]);
  const files = time('walk the folders', () => host.listFiles());
  time('read files', () => {
    for (const f of files) host.readFile(f);
  });
  const ruleTimes = new Map<string, { ms: number; cpuMs: number; calls: number }>();
  const timed = (id: string, f: () => void) => {
    const t0 = performance.now();
    const c0 = cpu();
    try {
      f();
    } finally {
      const e = ruleTimes.get(id) ?? { ms: 0, cpuMs: 0, calls: 0 };
      e.ms += performance.now() - t0;
      e.cpuMs += cpu() - c0;
      e.calls++;
      ruleTimes.set(id, e);
    }
  };
  const rules: RuleModule[] = allRules.map((r) => {
    const w: RuleModule = { ...r };
    if (r.checkDocument) w.checkDocument = (doc, ctx) => timed(r.meta.id, () => r.checkDocument!(doc, ctx));
    if (r.checkWorkspace) w.checkWorkspace = (ctx) => timed(r.meta.id, () => r.checkWorkspace!(ctx));
    return w;
  });
  const engine = time('parse the national catalogs', () => new Engine(host, { catalogs: loadBuiltInCatalogs(path.join(repoRoot, 'server', 'catalogs')), rules, roots: [toUri(abs)] }));
  const first = time('parse documents + build models', () => engine.loadWorkspaces());
  time('build the ranker index (once per process)', () => first[0]?.ranker());
  time('reload (all documents cached)', () => engine.loadWorkspaces());
  const setup = phases.filter((p) => p.name !== 'reload (all documents cached)');
  const setupMs = setup.reduce((s, p) => s + p.ms, 0);
  const setupCpu = setup.reduce((s, p) => s + p.cpuMs, 0);
  const t0 = performance.now();
  const c0 = cpu();
  const result = engine.analyze();
  const analyzeMs = performance.now() - t0;
  const analyzeCpu = cpu() - c0;
  const heapAfter = liveHeap();
  const rulesMs = [...ruleTimes.values()].reduce((s, x) => s + x.ms, 0);
  const rulesCpu = [...ruleTimes.values()].reduce((s, x) => s + x.cpuMs, 0);
  const reload = phases[phases.length - 1]!;
  phases.push({ name: 'rules (all)', ms: rulesMs, cpuMs: rulesCpu });
  // analyze() = reload (as above) + rules + converting findings to diagnostics (ranges, sorting).
  phases.push({ name: 'findings → diagnostics, sort', ms: Math.max(0, analyzeMs - rulesMs - reload.ms), cpuMs: Math.max(0, analyzeCpu - rulesCpu - reload.cpuMs), ...(heapAfter !== undefined ? { heapMB: heapAfter } : {}) });
  const mem = process.memoryUsage();
  let diagnostics = 0;
  for (const l of result.diagnostics.values()) diagnostics += l.length;
  return {
    dir,
    files: files.length,
    documents: result.workspaces.reduce((s, w) => s + w.documents.length, 0),
    goals: result.workspaces.reduce((s, w) => s + w.goals.length, 0),
    workspaces: result.workspaces.length,
    diagnostics,
    phases,
    rules: [...ruleTimes].map(([rule, v]) => ({ rule, ...v })).sort((a, b) => b.ms - a.ms),
    conflictComparisons: result.workspaces.reduce((s, w) => s + conflictStats(w).comparisons, 0),
    totalMs: setupMs + analyzeMs,
    totalCpuMs: setupCpu + analyzeCpu,
    heapUsedMB: mem.heapUsed / 1048576,
    rssMB: mem.rss / 1048576,
  };
}

export function formatBreakdown(b: Breakdown): string {
  const lines = [`${b.dir}: ${b.workspaces} workspaces, ${b.documents} documents, ${b.goals} goals, ${b.diagnostics} diagnostics, ${b.conflictComparisons} conflict comparisons`];
  const row = (name: string, ms: number, cpuMs: number) => `${name.padEnd(46)} ${ms.toFixed(0).padStart(8)} ms wall ${cpuMs.toFixed(0).padStart(8)} ms CPU`;
  for (const p of b.phases) lines.push('  ' + row(p.name, p.ms, p.cpuMs) + (p.heapMB !== undefined ? `   live heap ${p.heapMB.toFixed(0)} MB` : ''));
  lines.push('  ' + row('engine total', b.totalMs, b.totalCpuMs) + `   heap ${b.heapUsedMB.toFixed(0)} MB, rss ${b.rssMB.toFixed(0)} MB`);
  lines.push('  rules, slowest first:');
  for (const r of b.rules) if (r.ms >= 1) lines.push('    ' + row(r.rule, r.ms, r.cpuMs));
  return lines.join('\n') + '\n';
}

function main(argv: string[]): void {
  const dir = argv.find((a) => !a.startsWith('--'));
  if (!dir) {
    process.stderr.write('usage: node out/scripts/bench/breakdown.js DIR [--json]\n');
    process.exit(2);
  }
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  const b = breakdown(dir, repoRoot);
  process.stdout.write(argv.includes('--json') ? JSON.stringify(b) + '\n' : formatBreakdown(b));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
