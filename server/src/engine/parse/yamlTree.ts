/**
 * A YAML syntax tree with source offsets, built from js-yaml v5's event
 * stream (`parseEvents`). We never construct JavaScript values through a YAML
 * schema: tags are ignored, nothing is executed, and aliases are resolved to
 * the anchored node without expanding it (so an alias bomb stays small).
 */
import { parseEvents, getScalarValue, EVENT_ID, SCALAR_STYLE } from 'js-yaml';
type YamlEvent = ReturnType<typeof parseEvents>[number];
import type { Span } from '../types.js';

export type YNode = YScalar | YMap | YSeq;

export interface YScalar {
  kind: 'scalar';
  /** The decoded value (quotes removed, escapes resolved). */
  value: string;
  /** True for plain (unquoted) scalars: `null`, `~`, numbers are only special then. */
  plain: boolean;
  /** Source span including quotes. */
  span: Span;
}
export interface YPair {
  key: YScalar;
  value: YNode;
}
export interface YMap {
  kind: 'map';
  pairs: YPair[];
  span: Span;
}
export interface YSeq {
  kind: 'seq';
  items: YNode[];
  span: Span;
}

export interface YamlParseError {
  message: string;
  /** Offset in the parsed text (already shifted by `base`). */
  offset: number;
}

export interface YamlParseResult {
  root?: YNode;
  error?: YamlParseError;
  /** Keys that appear twice in one mapping (the later ones). */
  duplicateKeys: YScalar[];
}

const MAX_DEPTH = 64;

/**
 * Parses the first YAML document of `text`. Offsets are shifted by `base`
 * (used for front matter inside a Markdown file).
 */
export function parseYamlTree(text: string, base = 0): YamlParseResult {
  let events: YamlEvent[];
  try {
    events = parseEvents(text, { maxDepth: MAX_DEPTH });
  } catch (e) {
    const err = e as { reason?: string; message?: string; mark?: { position?: number } };
    const reason = (err.reason ?? String(err.message ?? e).split('\n')[0] ?? 'invalid YAML').trim();
    const offset = Math.min(err.mark?.position ?? 0, text.length);
    return { error: { message: reason, offset: base + offset }, duplicateKeys: [] };
  }
  const duplicateKeys: YScalar[] = [];
  const anchors = new Map<string, YNode>();
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
        const start = quoted ? ev.valueStart - 1 : ev.valueStart;
        const end = quoted ? ev.valueEnd + 1 : ev.valueEnd;
        const n: YScalar = {
          kind: 'scalar',
          value: getScalarValue(text, ev),
          plain: ev.style === SCALAR_STYLE.PLAIN,
          span: { start: base + Math.max(0, start), end: base + Math.max(start, end) },
        };
        const a = anchorName(ev);
        if (a) anchors.set(a, n);
        return n;
      }
      case EVENT_ID.ALIAS: {
        const name = text.slice(ev.anchorStart, ev.anchorEnd);
        const target = anchors.get(name);
        const span = { start: base + ev.anchorStart - 1, end: base + ev.anchorEnd };
        // An unknown alias is a YAML error; js-yaml reports it when constructing, we degrade to an empty scalar.
        return target ?? { kind: 'scalar', value: '', plain: true, span };
      }
      case EVENT_ID.MAPPING: {
        const m: YMap = { kind: 'map', pairs: [], span: { start: base + ev.start, end: base + ev.start } };
        const a = anchorName(ev);
        if (a) anchors.set(a, m);
        const seen = new Set<string>();
        while (i < events.length && events[i]!.type !== EVENT_ID.POP) {
          const k = node();
          const v = node();
          if (!k || !v) break;
          // Complex (non-scalar) keys are not part of our formats: keep their value under an empty key.
          const key: YScalar = k.kind === 'scalar' ? k : { kind: 'scalar', value: '', plain: true, span: k.span };
          if (seen.has(key.value)) duplicateKeys.push(key);
          seen.add(key.value);
          m.pairs.push({ key, value: v });
          m.span.end = Math.max(m.span.end, v.span.end, key.span.end);
        }
        i++; // POP
        return m;
      }
      case EVENT_ID.SEQUENCE: {
        const s: YSeq = { kind: 'seq', items: [], span: { start: base + ev.start, end: base + ev.start + 1 } };
        const a = anchorName(ev);
        if (a) anchors.set(a, s);
        while (i < events.length && events[i]!.type !== EVENT_ID.POP) {
          const item = node();
          if (!item) break;
          s.items.push(item);
          s.span.end = Math.max(s.span.end, item.span.end);
        }
        i++;
        return s;
      }
      default:
        return undefined;
    }
  }

  // The stream is DOCUMENT, node, POP, [DOCUMENT …]; only the first document counts.
  while (i < events.length && events[i]!.type !== EVENT_ID.DOCUMENT) i++;
  i++;
  const root = i < events.length && events[i]!.type !== EVENT_ID.POP ? node() : undefined;
  return root ? { root, duplicateKeys } : { duplicateKeys };
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
