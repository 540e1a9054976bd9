/**
 * Reading a YAML strategy document that is broken for a moment. While an
 * author types, the YAML is often invalid on one line: a key half typed
 * (`    sup`), a quote or bracket not closed yet, a tab as indentation. The
 * parse error is reported as it is; the tree is then read from the text with
 * that line mended (the unclosed quote or bracket dropped, the indentation of
 * the line above), or left out, or else without the goal it stands in. So the
 * document's outline and the other members' references to its goals do not
 * drop out with every keystroke, and its findings do not flicker.
 *
 * The parser often notices a mistake a line or two late (`sup` is found to
 * be a key without a colon on the line below it), so the lines above the
 * error are tried too. Every variant is parsed again in full: one that does
 * not parse is not used.
 *
 * Example: `    sup\n    deadline: 2025` → the tree of the text with
 * `    sup` blanked out, and the parser's error of the text as written.
 */
import { parseYamlTree, type YamlParseError, type YamlParseResult, type YNode } from './yamlTree.js';
import { lineEndAt, lineStartAt } from '../text/lines.js';
import { closesQuote, unclosedQuoteInFlow } from '../text/quotes.js';

/** Lines tried, from the error's line upward. */
const LINES_TRIED = 3;
/** Larger texts are not parsed again and again (each variant is a full parse). */
const MAX_RECOVERY_LENGTH = 500_000;

interface Variant {
  text: string;
  /** The line mended or left out (not set when a whole goal is left out). */
  line?: { start: number; end: number };
  /** Where the variant's length differs from the text's, and by how much (re-indented lines). */
  at: number;
  delta: number;
}

/** `parsed` (which has an error) with the tree of the first variant that parses, and the same error. */
export function recoverYaml(text: string, parsed: YamlParseResult): YamlParseResult {
  const error = parsed.error;
  if (!error || text.length > MAX_RECOVERY_LENGTH) return parsed;
  for (const variant of variants(text, error)) {
    const r = parseYamlTree(variant.text);
    if (r.error || r.root?.kind !== 'map') continue;
    if (variant.delta) shift(r.root, variant.at, variant.delta, new Set());
    // Keys written twice are not reported while the YAML is broken; the next document is.
    const { nextDocument } = variant.delta ? {} : r;
    return { root: r.root, error, duplicateKeys: [], swallowed: [], ...(nextDocument ? { nextDocument } : {}), ...(variant.line ? { mended: variant.line } : {}) };
  }
  return parsed;
}

function* variants(text: string, error: YamlParseError): Generator<Variant> {
  const lines = linesAbove(text, Math.min(error.offset, text.length));
  for (const start of lines) {
    const end = lineEndAt(text, start);
    const line = text.slice(start, end);
    const indent = /^[ \t]*/.exec(line)![0];
    const item = /^-(\s|$)/.test(line.slice(indent.length));
    // An unclosed quote or bracket opening the value.
    const opener = unclosedOpener(line);
    const written = { start: start + indent.length, end: start + line.trimEnd().length };
    if (opener >= 0) {
      // A bracket closed at the end of the line (`storby: { name: Storby` → `… Storby }`), before a comment.
      if (line[opener] === '{' || line[opener] === '[') {
        const comment = line.slice(opener).search(/\s#/);
        const at = start + (comment >= 0 ? opener + comment : line.trimEnd().length);
        yield { text: text.slice(0, at) + (line[opener] === '{' ? '}' : ']') + text.slice(at), at, delta: 1, line: written };
      }
      // Taken out (`- {id: a` → `- id: a`, so the keys below line up), and the later offsets moved back.
      const at = start + opener;
      yield { text: text.slice(0, at) + text.slice(at + 1), at: at + 1, delta: -1, line: written };
    }
    // Indentation (a tab, one space too many) as the line above it has.
    const above = lines.find((l) => l < start) ?? previousLine(text, start);
    if (above !== undefined) {
      const column = keyColumn(text.slice(above, lineEndAt(text, above)));
      if (column !== indent.length || indent.includes('\t')) {
        const spaces = ' '.repeat(column);
        yield { text: text.slice(0, start) + spaces + text.slice(start + indent.length), at: start + indent.length, delta: column - indent.length, line: written };
      }
    }
    // The line left out; not a `- ` line, whose lines below would join the goal above it.
    if (!item) yield { ...blank(text, start, end), line: written };
  }
  // The goal (sequence item) the error is in, left out.
  for (const start of lines.slice(0, 2)) {
    const span = itemAround(text, start);
    if (span) yield blank(text, span.start, span.end);
  }
}

/** `text` with `[start, end)` replaced by spaces (line breaks kept): every offset stays. */
function blank(text: string, start: number, end: number): Variant {
  return { text: text.slice(0, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ') + text.slice(end), at: start, delta: 0 };
}

/** The start of the line holding `offset` and of the non-blank, non-comment lines above it, up to LINES_TRIED. */
function linesAbove(text: string, offset: number): number[] {
  const out = [lineStartAt(text, offset)];
  while (out.length < LINES_TRIED) {
    const above = previousLine(text, out[out.length - 1]!);
    if (above === undefined) break;
    out.push(above);
  }
  return out;
}

/** The start of the nearest line above `lineStart` with something on it other than a comment. */
function previousLine(text: string, lineStart: number): number | undefined {
  let at = lineStart;
  while (at > 0) {
    let end = at - 1;
    if (text[end] === '\n' && text[end - 1] === '\r') end--;
    at = lineStartAt(text, end);
    const t = text.slice(at, end).trim();
    if (t && !t.startsWith('#')) return at;
  }
  return undefined;
}

/** Where the key of a `key: value` or `- key: value` line starts. */
function keyColumn(line: string): number {
  const m = /^([ \t]*)(-[ \t]+)?/.exec(line)!;
  return m[0].length;
}

/**
 * The offset in `line` of a `"`, `'`, `[` or `{` that starts the line's value
 * (after `- ` and `key: `) and is not closed on the line; -1 when there is none.
 */
function unclosedOpener(line: string): number {
  const m = /^[ \t]*(?:-[ \t]+)?(?:[^\s:"'[{#][^:#]*?:[ \t]+)?/.exec(line)!;
  const at = m[0].length;
  const c = line[at];
  const rest = line.slice(at + 1);
  if (c === '"' || c === "'") return closesQuote(rest, c) ? -1 : at;
  if (c === '[' || c === '{') return rest.includes(c === '[' ? ']' : '}') ? unclosedQuoteInFlow(line, at + 1) : at;
  return -1;
}

/**
 * The lines of the block sequence item (`- …` and the lines indented below it)
 * that holds the line at `lineStart`: from its `- ` line to the next line
 * indented as little as the `-`.
 */
function itemAround(text: string, lineStart: number): { start: number; end: number } | undefined {
  const indentOf = (at: number) => /^[ \t]*/.exec(text.slice(at, lineEndAt(text, at)))![0].length;
  const own = indentOf(lineStart);
  let start: number | undefined = lineStart;
  for (;;) {
    const line = text.slice(start, lineEndAt(text, start));
    const indent = indentOf(start);
    if (/^-(\s|$)/.test(line.slice(indent)) && (indent < own || start === lineStart)) break;
    if (indent < own && start !== lineStart) return undefined;
    start = previousLine(text, start);
    if (start === undefined) return undefined;
  }
  const dash = indentOf(start);
  let end = lineEndAt(text, start);
  for (let at = nextLine(text, end); at !== undefined; at = nextLine(text, lineEndAt(text, at))) {
    const t = text.slice(at, lineEndAt(text, at));
    if (t.trim() && !t.trim().startsWith('#') && indentOf(at) <= dash) break;
    end = lineEndAt(text, at);
  }
  return { start, end };
}

/** The start of the line after the line break at `lineEnd`, if any. */
function nextLine(text: string, lineEnd: number): number | undefined {
  if (lineEnd >= text.length) return undefined;
  return lineEnd + (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? 2 : 1);
}

/** Moves every span at or after `at` by `-delta`: the offsets of the re-indented variant back to those of the text. */
function shift(node: YNode, at: number, delta: number, seen: Set<YNode>): void {
  if (seen.has(node)) return;
  seen.add(node);
  const move = (n: number) => (n >= at + delta ? n - delta : n);
  node.span = { start: move(node.span.start), end: move(node.span.end) };
  if (node.kind === 'map') {
    for (const p of node.pairs) {
      shift(p.key, at, delta, seen);
      shift(p.value, at, delta, seen);
    }
  } else if (node.kind === 'seq') for (const item of node.items) shift(item, at, delta, seen);
}
