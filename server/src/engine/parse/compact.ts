/**
 * Model lists without spare capacity. V8 grows an array's backing store to 17
 * slots on the first `push` (and by half again later); a workspace model keeps
 * some 200 000 short lists built that way, ~6 MB of empty slots at national
 * scale. `slice` copies into a store of exactly the length.
 *
 * Empty lists (most of a goal's facts: `adopt`, `exempt`, `accepts`, …) all
 * become one shared frozen array, saving 32 bytes each (~4 MB at national
 * scale). The model is read-only once parsed; a stray `push` throws rather
 * than leaking into every goal.
 */
export const NONE: never[] = Object.freeze([]) as unknown as never[];

export function compact<T>(list: readonly T[]): T[] {
  return list.length === 0 ? NONE : list.slice();
}
