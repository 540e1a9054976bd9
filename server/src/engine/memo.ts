/**
 * Identity helpers for the incremental analysis: parsed documents, configs
 * and frameworks are cached objects, so "the same inputs" is "the same
 * objects, in the same order".
 */
import type { Framework, StrategyDocument } from './types.js';
import type { WorkspaceModel } from './workspaceModel.js';

/** The same items (by identity) in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * `compute` memoised per parsed document while the workspace's frameworks are
 * the same: for what a rule derives from one document's goals and the enabled
 * objectives, so that an edit elsewhere does not look at this document again.
 */
export function perDocumentAndFrameworks<T>(compute: (ws: WorkspaceModel, doc: StrategyDocument) => T): (ws: WorkspaceModel, doc: StrategyDocument) => T {
  const cache = new WeakMap<StrategyDocument, { frameworks: readonly Framework[]; value: T }>();
  return (ws, doc) => {
    const hit = cache.get(doc);
    if (hit && sameItems(hit.frameworks, ws.frameworks)) return hit.value;
    const value = compute(ws, doc);
    cache.set(doc, { frameworks: ws.frameworks, value });
    return value;
  };
}
