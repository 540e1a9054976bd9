/**
 * A YAML syntax tree with source offsets, built from js-yaml v5's event
 * stream (`parseEvents`). We never construct JavaScript values through a YAML
 * schema: tags are ignored, nothing is executed, and aliases are resolved to
 * the anchored node without expanding it (so an alias bomb stays small).
 */
import { parseEvents, getScalarValue, EVENT_ID, SCALAR_STYLE, COLLECTION_STYLE } from 'js-yaml';
type YamlEvent = ReturnType<typeof parseEvents>[number];
import type { Span } from '../types.js';

export type YNode = YScalar | YMap | YSeq;

export interface YScalar {
  kind: 'scalar';
  /** The decoded value (quotes removed, escapes resolved). */
  value: string;
  /** True for plain (unquoted) scalars: `null`, `~`, numbers are only special then. */
  plain: boolean;
  /** How the scalar is written: the source of plain and block scalars can be split on commas as is. */
  style: 'plain' | 'quoted' | 'block';
  /** Source span including quotes. */
  span: Span;
  /** See `YMap.aliased`. */
  aliased?: true;
}
export interface YPair {
  key: YScalar;
  value: YNode;
  /** Added by a merge key (`<<: *defaults`): a key written in the mapping itself, in any spelling, wins over it. */
  merged?: true;
}
export interface YMap {
  kind: 'map';
  pairs: YPair[];
  span: Span;
  /** Written as a flow mapping (`{a: 1}`); its span then ends after the `}`. */
  flow?: true;
  /** Anchored and used elsewhere through an alias (`*name`, `<<: *name`): its values are read there. */
  aliased?: true;
}
export interface YSeq {
  kind: 'seq';
  items: YNode[];
  span: Span;
  /** See `YMap.aliased`. */
  aliased?: true;
}

export interface YamlParseError {
  message: string;
  /** Offset in the parsed text (already shifted by `base`). */
  offset: number;
  /** Length of the offending text, when known (otherwise the whole line is meant). */
  length?: number;
  /** An alias (`*name`) that refers to no anchor, or to the node it stands in: its name, for a message in plain words. */
  alias?: { name: string; recursive: boolean };
}

export interface YamlParseResult {
  root?: YNode;
  error?: YamlParseError;
  /** Keys that appear twice in one mapping (the later ones). */
  duplicateKeys: YScalar[];
  /**
   * Plain values that start with a word YAML takes for a mark and leaves out of
   * the value: a tag (`title: !Viktig Felles portal` reads «Felles portal») or
   * an anchor no alias uses (`&Viktig`). `span` runs from the mark to the end
   * of the value; `mark` is the mark as written.
   */
  swallowed: { span: Span; mark: string }[];
  /** The `---` that starts a second, non-empty YAML document (only the first one is read). */
  nextDocument?: Span;
  /**
   * With `error`, a tree read after all (parse/yamlRecovery.ts): the line that was mended or left
   * out to read it, when that line tells the mistake better than the parser's place.
   */
  mended?: Span;
}

/** Deepest nesting of lists and mappings read (a guard against runaway recursion); a strategy's goal tree is two levels per sub-goal level. */
export const YAML_MAX_DEPTH = 64;

/**
 * Parses the first YAML document of `text`. Offsets are shifted by `base`
 * (used for front matter inside a Markdown file).
 */
export function parseYamlTree(text: string, base = 0): YamlParseResult {
  let events: YamlEvent[];
  try {
    events = parseEvents(text, { maxDepth: YAML_MAX_DEPTH });
  } catch (e) {
    const err = e as { reason?: string; message?: string; mark?: { position?: number } };
    const reason = (err.reason ?? String(err.message ?? e).split('\n')[0] ?? 'invalid YAML').trim();
    let offset = Math.min(err.mark?.position ?? 0, text.length);
    // An error found at the end of the input (an unclosed bracket or quote) belongs to the last written line.
    if (text.slice(offset).trim() === '') while (offset > 0 && /\s/.test(text[offset - 1]!)) offset--;
    if (offset > 0 && offset === text.trimEnd().length) offset--;
    return { error: { message: reason, offset: base + offset }, duplicateKeys: [], swallowed: [] };
  }
  const duplicateKeys: YScalar[] = [];
  /** Plain scalars led by a tag or an anchor on their line, with the mark (see `YamlParseResult.swallowed`). */
  const marked: { scalar: YScalar; start: number; mark: string; anchor: boolean }[] = [];
  const anchors = new Map<string, YNode>();
  /** Anchors of collections still being read: an alias to one of them would make a cycle. */
  const open = new Set<string>();
  let i = 0;

  function anchorName(ev: { anchorStart: number; anchorEnd: number }): string | undefined {
    return ev.anchorStart >= 0 ? text.slice(ev.anchorStart, ev.anchorEnd) : undefined;
  }

  function node(): YNode | undefined {
    const ev = events[i++];
    if (!ev) return undefined;
    switch (ev.type) {
      case EVENT_ID.SCALAR: {
        const quoted = ev.style === SCALAR_STYLE.SINGLE_QUOTED || ev.style === SCALAR_STYLE.DOUBLE_QUOTED;
        const block = ev.style === SCALAR_STYLE.LITERAL_BLOCK || ev.style === SCALAR_STYLE.FOLDED_BLOCK;
        const start = quoted ? ev.valueStart - 1 : ev.valueStart;
        const end = quoted ? ev.valueEnd + 1 : ev.valueEnd;
        const n: YScalar = {
          kind: 'scalar',
          value: ev.valueStart < 0 ? '' : getScalarValue(text, ev),
          plain: ev.style === SCALAR_STYLE.PLAIN,
          style: quoted ? 'quoted' : block ? 'block' : 'plain',
          // An empty value has no position (-1): the enclosing mapping places it after its key.
          span: ev.valueStart < 0 ? { start: -1, end: -1 } : { start: base + start, end: base + Math.max(start, end) },
        };
        const a = anchorName(ev);
        if (a) anchors.set(a, n);
        if (n.style === 'plain') {
          // Also a value that is a tag and nothing else (`- !**/utkast/**`, `area: !hr`): YAML reads it as empty.
          const mark = leadingMark(text, ev);
          if (mark && (ev.valueStart >= 0 || !mark.anchor)) marked.push({ scalar: n, start: base + mark.start, mark: mark.text, anchor: mark.anchor });
        }
        return n;
      }
      case EVENT_ID.ALIAS: {
        const name = text.slice(ev.anchorStart, ev.anchorEnd);
        const target = anchors.get(name);
        if (!target) throw new UnknownAlias(name, ev.anchorStart - 1, open.has(name));
        target.aliased = true;
        return target;
      }
      case EVENT_ID.MAPPING: {
        const m: YMap = { kind: 'map', pairs: [], span: { start: base + ev.start, end: base + ev.start } };
        const a = anchorName(ev);
        if (a) open.add(a);
        const seen = new Set<string>();
        let merges: YMap[] | undefined;
        while (i < events.length && events[i]!.type !== EVENT_ID.POP) {
          const k = node();
          const v = node();
          if (!k || !v) break;
          // Complex (non-scalar) keys are not part of our formats: keep their value under an empty key.
          const key: YScalar = k.kind === 'scalar' ? k : { kind: 'scalar', value: '', plain: true, style: 'plain', span: k.span };
          // A merge key (`<<: *defaults`, `<<: [*a, *b]`): its mappings' pairs are added below.
          if (key.plain && key.value === '<<') {
            const maps = v.kind === 'map' ? [v] : v.kind === 'seq' && v.items.length && v.items.every((x) => x.kind === 'map') ? (v.items as YMap[]) : undefined;
            if (maps) {
              merges ??= [];
              for (const x of maps) merges.push(x); // no spread: `<<: [*a, …]` may be long
              m.span.end = Math.max(m.span.end, key.span.end);
              continue;
            }
          }
          if (v.kind === 'scalar' && v.span.start < 0) v.span = afterKey(key);
          if (seen.has(key.value)) duplicateKeys.push(key);
          seen.add(key.value);
          m.pairs.push({ key, value: v });
          m.span.end = Math.max(m.span.end, v.span.end, key.span.end);
        }
        i++; // POP
        // Merged keys count as if written here (where they are written: in the anchored mapping); keys written here win, then earlier mappings.
        if (merges) {
          for (const from of merges) {
            for (const pair of from.pairs) {
              if (seen.has(pair.key.value)) continue;
              seen.add(pair.key.value);
              m.pairs.push(pair.merged ? pair : { ...pair, merged: true });
            }
          }
        }
        if (ev.style === COLLECTION_STYLE.FLOW) {
          m.span.end = closingBracket(m.span.end, '}');
          m.flow = true;
        }
        // Anchored only once complete: an alias inside its own anchor (`&a [*a]`) is an error, so the tree has no cycles.
        if (a) {
          open.delete(a);
          anchors.set(a, m);
        }
        return m;
      }
      case EVENT_ID.SEQUENCE: {
        const s: YSeq = { kind: 'seq', items: [], span: { start: base + ev.start, end: base + ev.start + 1 } };
        const a = anchorName(ev);
        if (a) open.add(a);
        while (i < events.length && events[i]!.type !== EVENT_ID.POP) {
          const item = node();
          if (!item) break;
          if (item.kind === 'scalar' && item.span.start < 0) item.span = { start: s.span.end, end: s.span.end };
          s.items.push(item);
          s.span.end = Math.max(s.span.end, item.span.end);
        }
        i++;
        if (ev.style === COLLECTION_STYLE.FLOW) s.span.end = closingBracket(s.span.end, ']');
        if (a) {
          open.delete(a);
          anchors.set(a, s);
        }
        return s;
      }
      default:
        return undefined;
    }
  }

  /** Events carry no end offset: a flow collection ends at its closing bracket after the last item. */
  function closingBracket(from: number, bracket: string): number {
    let j = from - base;
    for (;;) {
      while (j < text.length && /[\s,]/.test(text[j]!)) j++;
      // A comment (`# …` after a space) before the bracket runs to the end of its line.
      if (text[j] !== '#' || !/\s/.test(text[j - 1] ?? ' ')) break;
      while (j < text.length && text[j] !== '\n' && text[j] !== '\r') j++;
    }
    return text[j] === bracket ? base + j + 1 : from;
  }

  /** The `---` of the first later document that holds something (an empty `---` at the end loses nothing). */
  function nextDocument(from: number): Span | undefined {
    for (let j = i; j < events.length; j++) {
      const ev = events[j]!;
      if (ev.type !== EVENT_ID.DOCUMENT) continue;
      const first = events[j + 1];
      if (!first || first.type === EVENT_ID.POP || (first.type === EVENT_ID.SCALAR && first.valueStart < 0)) continue;
      const start = 'start' in first ? first.start : 'valueStart' in first ? first.valueStart : -1;
      let offset = start >= 0 ? text.lastIndexOf('---', start) : -1;
      if (offset < from) {
        const m = /^---/m.exec(text.slice(from));
        offset = m ? from + m.index : -1;
      }
      return offset < 0 ? undefined : { start: base + offset, end: base + offset + 3 };
    }
    return undefined;
  }

  function afterKey(key: YScalar): Span {
    const colon = text.indexOf(':', key.span.end - base);
    const at = base + (colon >= 0 ? colon + 1 : key.span.end - base);
    return { start: at, end: at };
  }

  // The stream is DOCUMENT, node, POP, [DOCUMENT …]; only the first document counts.
  while (i < events.length && events[i]!.type !== EVENT_ID.DOCUMENT) i++;
  i++;
  try {
    const root = i < events.length && events[i]!.type !== EVENT_ID.POP ? node() : undefined;
    // An anchor that an alias uses is meant as one.
    const swallowed = marked.filter((m) => !m.anchor || !m.scalar.aliased).map((m) => ({ span: { start: m.start, end: Math.max(m.start + m.mark.length, m.scalar.span.end) }, mark: m.mark }));
    const result: YamlParseResult = root ? { root, duplicateKeys, swallowed } : { duplicateKeys, swallowed };
    // Only looked for when the stream goes on: one more event (the POP) in a single-document file.
    if (i + 1 < events.length) {
      const next = nextDocument(root ? root.span.end - base : 0);
      if (next) result.nextDocument = next;
    }
    return result;
  } catch (e) {
    if (!(e instanceof UnknownAlias)) throw e;
    const message = e.recursive ? `the alias *${e.alias} is inside the node it refers to (&${e.alias}), which would repeat it endlessly` : `the alias *${e.alias} refers to no anchor (&${e.alias})`;
    return { error: { message, offset: base + Math.max(0, e.offset), length: e.alias.length + 1, alias: { name: e.alias, recursive: e.recursive } }, duplicateKeys, swallowed: [] };
  }
}

/**
 * The tag or anchor written before a plain value on its line (`!Viktig`,
 * `&Viktig`): YAML keeps it out of the value. YAML's own tags (`!!str`) and
 * verbatim ones (`!<…>`) are meant as such and not returned.
 */
function leadingMark(text: string, ev: { valueStart: number; anchorStart: number; anchorEnd: number; tagStart: number; tagEnd: number }): { start: number; text: string; anchor: boolean } | undefined {
  const tag = ev.tagStart >= 0 && text[ev.tagStart] === '!' && !/^!(!|<)/.test(text.slice(ev.tagStart, ev.tagStart + 2)) ? { start: ev.tagStart, end: ev.tagEnd, anchor: false } : undefined;
  // anchorStart is after the `&`.
  const anchor = ev.anchorStart > 0 ? { start: ev.anchorStart - 1, end: ev.anchorEnd, anchor: true } : undefined;
  const mark = tag && anchor ? (tag.start < anchor.start ? tag : anchor) : (tag ?? anchor);
  if (!mark) return undefined;
  // Only a mark on the value's own line reads as part of the text; one on the line above is written as YAML.
  if (ev.valueStart >= 0 && /[\r\n]/.test(text.slice(mark.end, ev.valueStart))) return undefined;
  return { start: mark.start, text: text.slice(mark.start, mark.end), anchor: mark.anchor };
}

class UnknownAlias extends Error {
  constructor(
    readonly alias: string,
    readonly offset: number,
    readonly recursive = false,
  ) {
    super(`unknown alias ${alias}`);
  }
}

/** `null`, `~` and the empty plain scalar mean "no value". */
export function isNull(n: YNode): boolean {
  return n.kind === 'scalar' && n.plain && (n.value === '' || n.value === '~' || n.value.toLowerCase() === 'null');
}

export function getPair(map: YMap, key: string): YPair | undefined {
  return map.pairs.find((p) => p.key.value === key);
}

/** Scalar text of a node, or the items of a sequence of scalars joined: for lenient reading. */
export function scalarText(n: YNode | undefined): string | undefined {
  if (!n || n.kind !== 'scalar' || isNull(n)) return undefined;
  return n.value;
}
