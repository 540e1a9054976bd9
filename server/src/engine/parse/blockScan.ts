/**
 * A fast path for the Markdown parser. The model (parse/markdown.ts) reads
 * only the top-level blocks of a document and their source offsets, yet
 * remark/micromark spends most of a check (and 40–100 ms per keystroke in
 * the language server) tokenising every character. `scanBlocks` reads the
 * same blocks with a line scanner over char codes, for documents written in a
 * conservative subset of CommonMark — the way strategy documents are written:
 * front matter, ATX headings, paragraphs, bullet lists (nested too) and
 * fenced code at the top level.
 *
 * Invariant: `scanBlocks(text)` is either exactly `fromMdast(parseBlocks(
 * limitNesting(text)))` or undefined. Any line it is not sure about makes it
 * give up, and the caller parses with remark as before. Supported, verified
 * against remark by test/engine/blockScan.test.ts:
 *
 * - LF or CRLF line endings (a lone CR or a leading BOM: undefined);
 * - front matter: `---` on the first line, closed by the next line that is
 *   `---` (both may be followed by spaces and tabs), as remark-frontmatter;
 * - ATX headings at column 0 (`#`×1–6, then a space, a tab or the line end);
 * - paragraphs whose first line starts, after at most 3 spaces, with a
 *   character that starts no other block, and their continuation lines;
 * - bullet lists (`-`, `*`, `+` then 1–4 spaces and paragraph text), nested
 *   (markers before column 40), with blank lines, continuation and lazy lines;
 * - fenced code (``` or ~~~) at column 0 of the top level, when closed.
 *
 * Everything else gives undefined: indented code, block quotes, HTML,
 * link reference definitions, ordered lists (and any line starting like an
 * ordered marker, `12. mars`), thematic breaks, setext headings, empty list
 * items, tabs in indentation, headings or fences inside list items or
 * indented, unclosed fences.
 *
 * As in micromark's positions, a leaf block ends at the end of its last line
 * (trailing spaces and tabs included, the line ending not), a list item at
 * the end of its last non-blank line, a list at the end of its last item.
 */
import type { Root } from 'mdast';

/** A source range: `text.slice(start, end)`. */
export interface BlockRange {
  start: number;
  end: number;
}

/** A list item: its range, and its first child's range when that is a paragraph. */
export interface ItemBlock extends BlockRange {
  paragraph?: BlockRange;
}

/** A top-level block of a Markdown document, as much of it as the model reads. */
export type Block =
  | (BlockRange & { type: 'yaml' | 'paragraph' | 'code' | 'other' })
  | (BlockRange & { type: 'heading'; depth: number })
  | (BlockRange & { type: 'list'; ordered: boolean; items: ItemBlock[] });

/** The top-level blocks of a remark tree (from `parseBlocks`). */
export function fromMdast(root: Root): Block[] {
  return root.children.map((node): Block => {
    const start = node.position!.start.offset!;
    const end = node.position!.end.offset!;
    switch (node.type) {
      case 'yaml':
      case 'paragraph':
      case 'code':
        return { type: node.type, start, end };
      case 'heading':
        return { type: 'heading', start, end, depth: node.depth };
      case 'list':
        return {
          type: 'list',
          start,
          end,
          ordered: node.ordered === true,
          items: node.children.map((item) => {
            const out: ItemBlock = { start: item.position!.start.offset!, end: item.position!.end.offset! };
            const first = item.children[0];
            if (first?.type === 'paragraph') out.paragraph = { start: first.position!.start.offset!, end: first.position!.end.offset! };
            return out;
          }),
        };
      default:
        return { type: 'other', start, end };
    }
  });
}

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const HASH = 35; // #
const PLUS = 43; // +
const STAR = 42; // *
const DASH = 45; // -
const UNDERSCORE = 95; // _
const BACKTICK = 96; // `
const TILDE = 126; // ~

/**
 * parse/markdown.ts `limitNesting` blanks container markers at or past this
 * column (MAX_CONTAINER_COLUMN there). A line whose first marker is there
 * gives undefined; markers it blanks further into a line (or in front matter
 * and fenced code) leave the line's blocks as they were.
 */
const MAX_MARKER_COLUMN = 40;

// What a line starts with, after its indentation (at most 3 spaces past the enclosing container's content).
const TEXT = 0; // paragraph text: starts a paragraph, or continues one
const CONTINUATION = 1; // text only as a continuation line: `[` (may start a link reference definition), or 4+ columns in
const BULLET = 2; // a bullet list item with paragraph text after 1–4 spaces
const HEADING = 3; // an ATX heading
const FENCE = 4; // a code fence
const UNSURE = 5; // anything else: give up

/**
 * The top-level blocks of `text`, identical to remark's (`fromMdast`), or
 * undefined when the text is not in the subset this scanner knows exactly.
 * Linear: each line is looked at once, and only its first few characters
 * (plus the whole line for fences and thematic-break checks).
 */
export function scanBlocks(text: string): Block[] | undefined {
  const n = text.length;
  if (n > 0 && text.charCodeAt(0) === 0xfeff) return undefined; // micromark drops a BOM and shifts offsets
  // micromark also ends lines at a lone CR; this scanner only at LF (CRLF = LF with a CR before it).
  for (let r = text.indexOf('\r'); r >= 0; r = text.indexOf('\r', r + 1)) if (text.charCodeAt(r + 1) !== LF) return undefined;

  const blocks: Block[] = [];
  let pos = 0;

  // Front matter (micromark-extension-frontmatter): `---` + spaces/tabs + a line ending on the first
  // line, then every line up to and including the first that is `---` + spaces/tabs. Unclosed, it is
  // no front matter and `---` is a thematic break: the line scan below gives up on it.
  if (text.startsWith('---') && isSpaceUntilEol(text, 3)) {
    let p = nextLine(text, lineEnd(text, 3));
    for (;;) {
      if (p >= n) return undefined;
      const le = lineEnd(text, p);
      if (text.startsWith('---', p) && isSpaceUntil(text, p + 3, le)) {
        blocks.push({ type: 'yaml', start: 0, end: le });
        pos = le;
        break;
      }
      p = nextLine(text, le);
      if (p < 0) return undefined;
    }
    pos = nextLine(text, pos);
    if (pos < 0) return blocks;
  }

  // The open containers, as in CommonMark's block parsing: the list items containing the current
  // line (`contentCol[k]`: the column of item k's content; a line indented that far continues it),
  // and per level (0: the document, k: item k-1) the bullet of the list that is the level's last
  // child while that list is still open (0: none), which a new item of the same bullet joins.
  const contentCol: number[] = [];
  const listBullet: number[] = [0];
  let depth = 0;
  let topList: (BlockRange & { type: 'list'; ordered: boolean; items: ItemBlock[] }) | undefined;
  let topItem: ItemBlock | undefined; // the open item of `topList` (when depth > 0)
  // The open paragraph (always the innermost container's last child), and its record when it is a
  // top-level paragraph or the first paragraph of a top-level item.
  let paraOpen = false;
  let paraRec: BlockRange | undefined;

  while (pos < n) {
    const ls = pos;
    const le = lineEnd(text, ls);
    pos = le + (text.charCodeAt(le) === CR ? 2 : 1);

    // Indentation: spaces only (a tab counts to the next multiple of 4 columns: give up on those).
    let i = ls;
    while (i < le && text.charCodeAt(i) === SPACE) i++;
    if (i < le && text.charCodeAt(i) === TAB) {
      if (!isSpaceUntil(text, i, le)) return undefined;
      i = le;
    }
    if (i === le) {
      // A blank line ends a paragraph; list items go on past blank lines (CommonMark 0.31).
      paraOpen = false;
      paraRec = undefined;
      continue;
    }
    const col = i - ls;

    // The items this line continues: those whose content column it reaches (the columns increase with depth).
    let m = 0;
    while (m < depth && col >= contentCol[m]!) m++;
    const rel = col - (m === 0 ? 0 : contentCol[m - 1]!);

    if (col >= MAX_MARKER_COLUMN && isNestingMarker(text, i, le)) return undefined;

    // Four or more columns past the container: a paragraph's continuation (indented code cannot
    // interrupt a paragraph, so also a lazy one), else indented code.
    const kind = rel >= 4 ? CONTINUATION : classify(text, i, le);
    if (kind === TEXT || kind === CONTINUATION) {
      if (paraOpen) {
        // Continuation line, or lazy continuation line when m < depth: every container stays open.
        if (paraRec) paraRec.end = le;
        if (topItem) topItem.end = le;
        continue;
      }
      if (kind === CONTINUATION) return undefined;
      // A new paragraph in the innermost container this line continues; deeper items end.
      depth = m;
      listBullet[m] = 0;
      paraOpen = true;
      if (m === 0) {
        topList = undefined;
        topItem = undefined;
        const p: Block = { type: 'paragraph', start: i, end: le };
        blocks.push(p);
        paraRec = p;
      } else {
        paraRec = undefined;
        topItem!.end = le;
      }
      continue;
    }
    if (kind === BULLET) {
      // A non-empty bullet item may interrupt a paragraph. It joins the open list of its level when
      // that list has the same bullet, else starts a new list.
      const bullet = text.charCodeAt(i);
      let c = i + 1;
      while (text.charCodeAt(c) === SPACE) c++;
      if (classify(text, c, le) !== TEXT) return undefined; // `- - x`, `- # x`, `- [x]: y`, `- 1. x`, `- > x` …
      if (listBullet[m] !== bullet) {
        listBullet[m] = bullet;
        if (m === 0) {
          topList = { type: 'list', start: i, end: le, ordered: false, items: [] };
          blocks.push(topList);
        }
      }
      contentCol[m] = col + (c - i);
      depth = m + 1;
      listBullet[m + 1] = 0;
      paraOpen = true;
      if (m === 0) {
        topItem = { start: i, end: le, paragraph: { start: c, end: le } };
        topList!.items.push(topItem);
        paraRec = topItem.paragraph;
      } else {
        paraRec = undefined;
        topItem!.end = le;
      }
      continue;
    }
    // Headings and fences only at column 0 of the top level (they end every open container).
    if ((kind !== HEADING && kind !== FENCE) || col !== 0) return undefined;
    depth = 0;
    listBullet[0] = 0;
    topList = undefined;
    topItem = undefined;
    paraOpen = false;
    paraRec = undefined;
    if (kind === HEADING) {
      let d = 0;
      while (text.charCodeAt(i + d) === HASH) d++;
      blocks.push({ type: 'heading', start: ls, end: le, depth: d });
      continue;
    }
    const end = fenceEnd(text, ls, le);
    if (end === undefined) return undefined;
    blocks.push({ type: 'code', start: ls, end });
    pos = end < n ? nextLine(text, end) : n;
  }

  for (const b of blocks) if (b.type === 'list') b.end = b.items[b.items.length - 1]!.end;
  return blocks;
}

/**
 * What the line starting (after its indentation) at `i` is, in a position
 * where a block may start: at most 3 columns past its container's content.
 */
function classify(text: string, i: number, le: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0x80) return TEXT; // no block syntax outside ASCII (Unicode spaces are not Markdown whitespace)
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return TEXT; // a–z, A–Z
  if (c >= 48 && c <= 57) {
    // An ordered list marker: 1–9 digits, `.` or `)`, then whitespace or the line end.
    let j = i;
    while (j < le && j - i < 10 && isDigit(text.charCodeAt(j))) j++;
    if (j - i <= 9 && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 41) && isSpaceOrEnd(text, j + 1, le)) return UNSURE;
    return TEXT;
  }
  switch (c) {
    case HASH: {
      // ATX heading: 1–6 `#`, then a space, a tab or the line end; otherwise text (`#tag`, `#######`).
      let j = i;
      while (j < le && text.charCodeAt(j) === HASH) j++;
      return j - i <= 6 && isSpaceOrEnd(text, j, le) ? HEADING : TEXT;
    }
    case DASH:
    case STAR:
    case PLUS: {
      if (c !== PLUS && isThematicBreak(text, i, le, c)) return UNSURE;
      if (c === DASH && isRunThenSpace(text, i, le, DASH)) return UNSURE; // setext underline (`-`, `--`)
      const next = i + 1 < le ? text.charCodeAt(i + 1) : -1;
      if (next === SPACE) {
        // 1–4 spaces, then content (5 or more: the content is indented code; none: an empty item).
        let j = i + 1;
        while (j < le && text.charCodeAt(j) === SPACE) j++;
        if (j === le || j - i - 1 > 4 || text.charCodeAt(j) === TAB) return UNSURE;
        return BULLET;
      }
      if (next === -1 || next === TAB) return UNSURE; // empty item; tab after the marker
      return TEXT; // `-x`, `*emphasis*`, `+1`
    }
    case UNDERSCORE:
      return isThematicBreak(text, i, le, c) ? UNSURE : TEXT;
    case BACKTICK:
    case TILDE: {
      let j = i;
      while (j < le && text.charCodeAt(j) === c) j++;
      if (j - i < 3) return TEXT; // inline code or a tilde
      // A backtick fence's info string may not contain a backtick (else it is inline code in a paragraph).
      if (c === BACKTICK) for (; j < le; j++) if (text.charCodeAt(j) === BACKTICK) return UNSURE;
      return FENCE;
    }
    case 91: // [ may start a link reference definition, but cannot interrupt a paragraph
      return CONTINUATION;
    case 62: // > block quote
    case 60: // < HTML
    case 61: // = setext underline
    case 127:
      return UNSURE;
    default:
      // Other ASCII punctuation (`(`, `"`, `'`, `|`, `{`, `!`, `\`, `&`, `:` …) starts no block;
      // control characters: unsure.
      return c < SPACE ? UNSURE : TEXT;
  }
}

/**
 * The end of the fenced code block opened by the line [ls, le): the end of
 * its closing fence line — up to 3 spaces, at least as many of the same
 * character, then only spaces and tabs — or undefined when it is never closed.
 */
function fenceEnd(text: string, ls: number, le: number): number | undefined {
  const f = text.charCodeAt(ls);
  let len = 0;
  while (text.charCodeAt(ls + len) === f) len++;
  let p = nextLine(text, le);
  while (p >= 0 && p < text.length) {
    const e = lineEnd(text, p);
    let i = p;
    while (i < e && i - p < 3 && text.charCodeAt(i) === SPACE) i++;
    let j = i;
    while (j < e && text.charCodeAt(j) === f) j++;
    if (j - i >= len && isSpaceUntil(text, j, e)) return e;
    p = nextLine(text, e);
  }
  return undefined;
}

/** `---`, `***`, `___`: three or more of `c`, with only spaces and tabs between and after. */
function isThematicBreak(text: string, i: number, le: number, c: number): boolean {
  let count = 0;
  for (let j = i; j < le; j++) {
    const k = text.charCodeAt(j);
    if (k === c) count++;
    else if (k !== SPACE && k !== TAB) return false;
  }
  return count >= 3;
}

/** A run of `c` from `i`, then only spaces and tabs to the line end. */
function isRunThenSpace(text: string, i: number, le: number, c: number): boolean {
  let j = i;
  while (j < le && text.charCodeAt(j) === c) j++;
  return isSpaceUntil(text, j, le);
}

/** A container marker as `limitNesting` counts them: `>`, a bullet or an ordered marker followed by whitespace. */
function isNestingMarker(text: string, i: number, le: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 62) return true;
  if (c === DASH || c === STAR || c === PLUS) return isSpaceOrEnd(text, i + 1, le);
  let j = i;
  while (j < le && j - i < 9 && isDigit(text.charCodeAt(j))) j++;
  return j > i && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 41) && isSpaceOrEnd(text, j + 1, le);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpaceOrEnd(text: string, at: number, le: number): boolean {
  if (at >= le) return true;
  const c = text.charCodeAt(at);
  return c === SPACE || c === TAB;
}

function isSpaceUntil(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c !== SPACE && c !== TAB) return false;
  }
  return true;
}

/** Spaces and tabs from `from` to a line ending (not the end of the text). */
function isSpaceUntilEol(text: string, from: number): boolean {
  const le = lineEnd(text, from);
  return le < text.length && isSpaceUntil(text, from, le);
}

/** The end of the line at `from`, before its LF or CRLF (lone CRs are ruled out first). */
function lineEnd(text: string, from: number): number {
  let nl = text.indexOf('\n', from);
  if (nl < 0) return text.length;
  if (nl > from && text.charCodeAt(nl - 1) === CR) nl--;
  return nl;
}

/** The start of the line after the one ending at `le`, or -1 when that line is the last. */
function nextLine(text: string, le: number): number {
  if (le >= text.length) return -1;
  return le + (text.charCodeAt(le) === CR ? 2 : 1);
}
