/**
 * `members:` written as a YAML list in samstemt.yaml, as authors used to
 * lists elsewhere write it:
 *
 *     members:                                  members:
 *       - storby: { name: Storby kommune }        storby: { name: Storby kommune }
 *       - id: midtby                       →      midtby: { name: Midtby kommune }
 *         name: Midtby kommune                    fjellbygd: {}
 *       - fjellbygd
 *
 * The members are not read from a list (format.md gives each ID its
 * settings); the fix writes them as format.md shows, each member's settings
 * kept as written. It is offered only when every item is clearly one member
 * (an ID, an ID with its settings, or settings with an `id`) and no comment
 * would be lost.
 */
import type { ProblemFix } from '../types.js';
import { isNull, type YNode, type YScalar, type YSeq } from '../parse/yamlTree.js';
import { eolOf, lineStartAt } from '../text/lines.js';
import { keyOf } from '../text/normalize.js';

/** One member as `id: { settings }`, from a list item; undefined when the item is not clearly one member. */
function memberLine(text: string, item: YNode): string | undefined {
  if (item.kind === 'scalar') return isNull(item) || item.style === 'block' ? undefined : `${scalarText(text, item)}: {}`;
  if (item.kind !== 'map' || item.pairs.length === 0) return undefined;
  const id = item.pairs.find((p) => keyOf(p.key.value) === 'id');
  // `- id: storby` with the settings beside it.
  if (id) {
    if (id.value.kind !== 'scalar' || isNull(id.value)) return undefined;
    const settings = flowMap(text, item.pairs.filter((p) => p !== id));
    return settings === undefined ? undefined : `${scalarText(text, id.value)}: ${settings}`;
  }
  // `- storby: { name: … }`, `- storby:` with the settings below it, or `- storby:` alone.
  if (item.pairs.length !== 1) return undefined;
  const only = item.pairs[0]!;
  if (only.value.kind === 'map') {
    const settings = flowMap(text, only.value.pairs);
    return settings === undefined ? undefined : `${scalarText(text, only.key)}: ${settings}`;
  }
  return isNull(only.value) ? `${scalarText(text, only.key)}: {}` : undefined;
}

/** Settings as a one-line flow mapping (`{ name: Storby kommune, kind: kommune }`), empty ones left out; undefined when one is not a plain value. */
function flowMap(text: string, pairs: readonly { key: YScalar; value: YNode }[]): string | undefined {
  const parts: string[] = [];
  for (const p of pairs) {
    if (p.value.kind !== 'scalar') return undefined;
    if (isNull(p.value)) continue;
    parts.push(`${scalarText(text, p.key)}: ${scalarText(text, p.value)}`);
  }
  return parts.length ? `{ ${parts.join(', ')} }` : '{}';
}

/**
 * A scalar as it can stand inside `{ … }` on one line: as written, or in
 * double quotes when it holds what would end it there (a comma, a bracket, a
 * line break: `Midtby kommune, vest`) or is a block scalar.
 */
function scalarText(text: string, s: YScalar): string {
  const written = text.slice(s.span.start, s.span.end);
  if (s.style === 'quoted' && !/[\r\n]/.test(written)) return written;
  if (s.style === 'plain' && !/[,[\]{}\r\n]/.test(written)) return written;
  return JSON.stringify(s.value);
}

/**
 * The fix that writes the list `seq` (the value of the key `key`) as one
 * `id: { settings }` line per member; undefined when an item is not clearly
 * one member, or the list holds a comment the rewrite would drop.
 */
export function membersListFix(text: string, key: YScalar, seq: YSeq): ProblemFix | undefined {
  if (seq.items.length === 0) return undefined;
  const written = text.slice(seq.span.start, seq.span.end);
  if (/(^|\s)#/.test(written)) return undefined;
  const lines: string[] = [];
  for (const item of seq.items) {
    const line = memberLine(text, item);
    if (line === undefined) return undefined;
    lines.push(line);
  }
  const eol = eolOf(text);
  const keyColumn = key.span.start - lineStartAt(text, key.span.start);
  const flow = text[seq.span.start] === '[';
  const itemColumn = seq.span.start - lineStartAt(text, seq.span.start);
  const indent = ' '.repeat(!flow && itemColumn > keyColumn ? itemColumn : keyColumn + 2);
  // A block list starts on the line below the key: its lines are written whole (the items may stand at the key's column).
  if (!flow) return { messageId: 'membersAsMap', span: { start: seq.span.start - itemColumn, end: seq.span.end }, newText: lines.map((l) => indent + l).join(eol), preferred: true };
  // `members: [storby, midtby]`: the members go on the lines below the key, from right after its colon
  // (and the spaces after the `]` go too).
  const colon = text.indexOf(':', key.span.end);
  let end = seq.span.end;
  while (text[end] === ' ' || text[end] === '\t') end++;
  // A comment after the `]` would end up after the last member: leave the rewrite to the author.
  if (end < text.length && text[end] !== '\n' && text[end] !== '\r') return undefined;
  return { messageId: 'membersAsMap', span: { start: colon + 1, end }, newText: lines.map((l) => eol + indent + l).join(''), preferred: true };
}
