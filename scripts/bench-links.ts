/**
 * Times the link-suggestion ranker: one `rank` call against both catalogs, for
 * every goal of the evaluation set, after a warm-up.
 *
 *   node out/scripts/bench-links.js [--rounds N]
 *
 * Prints the index build time and the median / p95 / max time per `rank` call in ms
 * (wall clock, and CPU time of the process, which a busy machine disturbs less).
 * The first pass over unseen words (stemming, compound splitting) is cached per
 * ranker, so "cold" (first call per goal on a fresh ranker) is reported too.
 */
import { performance } from 'node:perf_hooks';
import { createRanker } from '../server/src/engine/linking/ranker.js';
import { loadItems, loadObjectives, repoRoot } from './eval-links.js';

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

function main(argv: string[]): void {
  const ri = argv.indexOf('--rounds');
  const rounds = ri >= 0 ? Math.max(1, Number(argv[ri + 1]) || 20) : 20;
  const root = repoRoot();
  const { objectives, missing } = loadObjectives(root);
  const items = loadItems(root);

  let t0 = performance.now();
  const ranker = createRanker(objectives);
  const buildMs = performance.now() - t0;

  const cold: number[] = [];
  for (const it of items) {
    t0 = performance.now();
    ranker.rank(it);
    cold.push(performance.now() - t0);
  }
  for (let r = 0; r < 3; r++) for (const it of items) ranker.rank(it); // warm-up (JIT)
  const warm: number[] = [];
  // CPU time as well: on a busy machine wall-clock times include waiting for a core.
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const it of items) {
      const c0 = process.cpuUsage();
      t0 = performance.now();
      ranker.rank(it);
      warm.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  const ms = (x: number): string => x.toFixed(3);
  const report = (name: string, xs: number[]): string => {
    const s = [...xs].sort((a, b) => a - b);
    return `${name.padEnd(6)} n=${String(s.length).padStart(5)}  median ${ms(quantile(s, 0.5))} ms  p95 ${ms(quantile(s, 0.95))} ms  max ${ms(s[s.length - 1] ?? 0)} ms`;
  };
  process.stdout.write(
    [
      `Ranker benchmark: ${objectives.length} objectives (${[...new Set(objectives.map((o) => o.framework))].join(', ')}${missing.length ? `; missing ${missing.join(', ')}` : ''}), ${items.length} goals`,
      `index build: ${ms(buildMs)} ms`,
      report('cold', cold),
      report('warm', warm),
      report('cpu', cpu),
    ].join('\n') + '\n',
  );
}

main(process.argv.slice(2));
