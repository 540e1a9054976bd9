/**
 * The Node options launchers start the language server with: the VS Code
 * client and the benchmark (which measures the server as the client starts
 * it). bin/samstemt-language-server.js can only pass fixed options in its
 * first line, so it passes the heap options alone.
 */
import { HEAP_NODE_OPTIONS } from './heap.js';

/**
 * The heap options, and at most `cores − 1` V8 helper threads (Node's default
 * is four). The helpers compile hot functions and collect garbage in the
 * background; on a machine with few cores four of them take CPU from the main
 * thread, which runs the analysis. On our 2-core benchmark machine one helper
 * brought the first national analysis from 6.1–6.7 s to 5.6–5.9 s
 * (docs/performance.md).
 */
export function serverNodeOptions(cores: number): string[] {
  const helpers = Math.max(1, Math.min(4, cores - 1));
  return [...HEAP_NODE_OPTIONS, `--v8-pool-size=${helpers}`];
}
