/**
 * Heap settings of the long-lived language server (docs/performance.md, «Language server»).
 *
 * The first analysis of a large workspace builds the whole model at once and
 * makes much garbage: a large growth step lets it collect rarely. Afterwards
 * the live heap barely changes, but every edit leaves a little garbage, and
 * with the same step the heap would fill to half again its live size before
 * the next full collection. So once the first analysis is published the
 * server collects once and sizes the step to the live heap it finds.
 *
 * The step is a share of the live heap, but what an edit pays for is the
 * number of full collections: each marks the whole heap, and its main-thread
 * part lands on whichever edit is running (≈ 50 ms at 2 000 goals). A fixed
 * 15 % meant one every five edits with 40 MB live. So the step allows about
 * `STEADY_GARBAGE_MB` of garbage between full collections, and never less
 * than 15 % (a heap of 200 MB live and more gets about 15 %: there memory
 * is the tighter target). The benchmark's workspaces: 31 MB live → 100 %
 * (one cooperation, 2 000 goals), 130 MB → 25 % (16 000 goals).
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';

/**
 * Heap options for starting the server's Node (see `serverNodeOptions`, and
 * the first line of bin/samstemt-language-server.js): both only take effect
 * when the process starts.
 * - 4 MB semi-spaces instead of 16 MB: about 24 MB less RSS, no measurable
 *   cost per edit;
 * - `gc()`, for the one collection after the first analysis.
 */
export const HEAP_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=4', '--expose-gc'];

/** Growth step (per cent of the live heap) while the first analysis runs. */
const STARTUP_GROWTH = 50;
/** Smallest growth step afterwards (per cent): a full collection every few dozen edits at national scale. */
const STEADY_GROWTH_MIN = 15;
/** Largest growth step afterwards: a small workspace's heap at most doubles. */
const STEADY_GROWTH_MAX = 100;
/** Garbage the steady step allows between two full collections (MB). */
export const STEADY_GARBAGE_MB = 32;

/** The growth step (per cent) for a live heap of `liveBytes` after the first analysis. */
export function steadyGrowthPercent(liveBytes: number): number {
  const percent = Math.round((100 * STEADY_GARBAGE_MB * 1048576) / Math.max(liveBytes, 1));
  return Math.min(STEADY_GROWTH_MAX, Math.max(STEADY_GROWTH_MIN, percent));
}

/** What `settleHeap` did. */
export interface Settled {
  /** How long the collection took. */
  ms: number;
  /** The live heap after it. */
  liveMb: number;
  /** The growth step from then on (per cent). */
  growthPercent: number;
}

/** Before the first analysis: collect rarely while the model is built. */
export function heapForStartup(): void {
  setFlagsFromString(`--heap-growing-percent=${STARTUP_GROWTH}`);
}

/**
 * After the first analysis: one full collection with the smallest step (V8
 * applies a growth step when it collects), then the step for the live heap
 * found, from the next full collection on. Returns undefined when Node was
 * started without `--expose-gc`: the smallest step then applies from the
 * next collection V8 makes itself.
 */
export function settleHeap(): Settled | undefined {
  setFlagsFromString(`--heap-growing-percent=${STEADY_GROWTH_MIN}`);
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') return undefined;
  const started = performance.now();
  gc();
  const ms = performance.now() - started;
  const live = getHeapStatistics().used_heap_size;
  const growthPercent = steadyGrowthPercent(live);
  if (growthPercent !== STEADY_GROWTH_MIN) setFlagsFromString(`--heap-growing-percent=${growthPercent}`);
  return { ms, liveMb: live / 1048576, growthPercent };
}
