/**
 * Model lists without spare capacity. V8 grows an array's backing store to 17
 * slots on the first `push` (and by half again later); a workspace model keeps
 * some 200 000 short lists built that way, ~6 MB of empty slots at national
 * scale. `slice` copies into a store of exactly the length.
 */
export function compact<T>(list: T[]): T[] {
  return list.length === 0 ? list : list.slice();
}
