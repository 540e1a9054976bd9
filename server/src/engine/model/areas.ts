/**
 * An area value as the conflict rules read it. invalid-value reports a value
 * that is not one of samstemt.yaml's `areas`; when it is surely one of them
 * misspelt (`økonomi` for `okonomi`, `Sak arkiv` for `sak-arkiv`: see
 * `Guess.sure`), the goal is meanwhile compared in that area, as its author
 * meant, instead of missing the conflicts there.
 */
import { guess } from '../text/normalize.js';

const readAs = new WeakMap<readonly string[], Map<string, string>>();

/** The configured area `written` stands for: itself when configured, the sure guess when there is one, else as written. */
export function areaAsRead(areas: readonly string[], written: string): string {
  if (areas.includes(written)) return written;
  let known = readAs.get(areas);
  if (!known) readAs.set(areas, (known = new Map()));
  let read = known.get(written);
  if (read === undefined) {
    const g = guess(written, areas);
    read = g?.sure ? g.text : written;
    known.set(written, read);
  }
  return read;
}
