/**
 * Heap settings of the long-lived language server (docs/performance.md, «Language server»).
 *
 * The first analysis of a large workspace builds the whole model at once and
 * makes much garbage: a large growth step lets it collect rarely. Afterwards
 * the live heap barely changes, but every edit leaves a little garbage, and
 * with the same step the heap would fill to half again its live size before
 * the next full collection. So once the first analysis is published the
 * server collects once and keeps the step small.
 */
import { setFlagsFromString } from 'node:v8';

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
/** Growth step afterwards: a full collection every few dozen edits at national scale. */
const STEADY_GROWTH = 15;

/** Before the first analysis: collect rarely while the model is built. */
export function heapForStartup(): void {
  setFlagsFromString(`--heap-growing-percent=${STARTUP_GROWTH}`);
}

/**
 * After the first analysis: one full collection (V8 applies a new growth step
 * when it next collects), then the small step. Returns the milliseconds the
 * collection took, or undefined when Node was started without `--expose-gc`
 * (the small step then applies from the next collection V8 makes itself).
 */
export function settleHeap(): number | undefined {
  setFlagsFromString(`--heap-growing-percent=${STEADY_GROWTH}`);
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') return undefined;
  const started = performance.now();
  gc();
  return performance.now() - started;
}
