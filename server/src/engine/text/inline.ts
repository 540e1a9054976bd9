/**
 * Inline Markdown in a property value or a goal title, read as rendered:
 * emphasis markers (`**`, `*`, `__`, `_`), highlight markers (`==`, as
 * Obsidian and Typora write them), code-span backticks, backslash escapes,
 * HTML comments, the tags of inline HTML (`<span style=…>`, `</span>`) and
 * footnote references (`[^1]`) removed, pictures (`![ikon](a.png)`) left out, a line break
 * (`<br>`, as tables and exports from word processors have it, or a backslash
 * at the end of a line, CommonMark's hard break) read as a space, and a
 * link's text kept without its target (`[Visma HRM](https://…)` → `Visma HRM`).
 * Struck-through text (`~~2025~~ 2026`, Word's track changes as Pandoc exports
 * them) is deleted text, and left out.
 * What Pandoc writes when it converts a Word document reads as Word showed it:
 * `\ ` (its non-breaking space) as a space, and a span with attributes as its
 * text (`[Visma HRM]{.underline}`, the bookmark `[]{#_Toc123 .anchor}`).
 * Invisible characters pasted from web pages and word processors (soft hyphen,
 * zero-width space and joiners, word joiner, a stray byte order mark) render
 * as nothing, so they are left out: `2026-12-31` with a zero-width space is
 * that date. With `entities` (property values), entity references that Word
 * and web exports leave (`&nbsp;`, `&#8209;`) read as their characters; goal
 * titles keep them as written, as the report shows them.
 * Text that only looks like markup stays as written: `a*b` (no closing `*`), `snake_case_name`
 * (underscores inside a word never open or close emphasis).
 *
 * Most values have no markup at all: `hasInlineMarkup` is one scan for the
 * few characters that can start it, and only then is the text rendered.
 * This is a deliberately small subset of CommonMark, linear in the length of
 * the text, so an adversarial line cannot make it slow.
 */

import { isInvisible, joinsEmoji } from './normalize.js';

/** An HTML line break: `<br>`, `<br/>`, `<br />`, in any case. */
const LINE_BREAK = /^<br\s?\/?>/i;

/**
 * Inline HTML elements that Confluence, web pages and Word's HTML export leave
 * around text (`<span style=…>Vigilo</span>`, `<u>`, `<sup>`): their tags
 * render as nothing and their text as text; `<img>` renders no text.
 */
const INLINE_TAGS = new Set(['a', 'abbr', 'b', 'bdi', 'big', 'cite', 'dfn', 'em', 'font', 'i', 'img', 'ins', 'kbd', 'mark', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr']);

/**
 * The end (after `>`) of an inline HTML tag at `i` (`<span class="x">`,
 * `</span>`, `<u>`, `<br/>`), or -1. Every attribute needs a value, so a
 * placeholder that starts with such a word (`<a short description>`) is no tag.
 * Scans at most 500 characters.
 */
function inlineTagEnd(text: string, i: number): number {
  const limit = Math.min(text.length, i + 500);
  let k = i + 1;
  const closing = text[k] === '/';
  if (closing) k++;
  const nameStart = k;
  while (k < limit && /[a-zA-Z0-9]/.test(text[k]!)) k++;
  if (!INLINE_TAGS.has(text.slice(nameStart, k).toLowerCase())) return -1;
  for (;;) {
    const spaceStart = k;
    while (k < limit && /[ \t]/.test(text[k]!)) k++;
    if (text[k] === '>') return k + 1;
    if (!closing && text[k] === '/' && text[k + 1] === '>') return k + 2;
    if (closing || k === spaceStart || !/[a-zA-Z_:]/.test(text[k] ?? '')) return -1;
    while (k < limit && /[\w.:-]/.test(text[k]!)) k++;
    if (text[k] !== '=') return -1;
    k++;
    const quote = text[k];
    if (quote === '"' || quote === "'") {
      k++;
      while (k < limit && text[k] !== quote) k++;
      if (k >= limit) return -1;
      k++;
    } else {
      const valueStart = k;
      while (k < limit && /[^\s"'=<>`]/.test(text[k]!)) k++;
      if (k === valueStart) return -1;
    }
  }
}

/** True when `text` has a character that may start inline markup. */
export function hasInlineMarkup(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // * _ ` [ < \ = ~
    if (c === 42 || c === 95 || c === 96 || c === 91 || c === 60 || c === 92 || c === 61 || c === 126) return true;
    if (c === 38 || isInvisible(c)) return true;
  }
  return false;
}

/** Rendered text, and for each of its characters the offset in the source text it comes from. */
export interface Rendered {
  text: string;
  map: number[];
}

/** The entity references a Word or web export leaves in text, by name. */
const NAMED_ENTITIES: Record<string, string> = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', shy: '\u00ad' };

/**
 * The character of an entity reference at `i` (`&nbsp;`, `&#8209;`, `&#x2011;`)
 * and its length in the source; undefined when `&` starts none.
 */
function entityAt(text: string, i: number): { char: string; length: number } | undefined {
  const m = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-z]{2,6}));/.exec(text.slice(i, i + 12));
  if (!m) return undefined;
  if (m[3]) return NAMED_ENTITIES[m[3]] === undefined ? undefined : { char: NAMED_ENTITIES[m[3]]!, length: m[0].length };
  const code = m[1] ? Number(m[1]) : parseInt(m[2]!, 16);
  return code > 0 && code <= 0x10ffff ? { char: String.fromCodePoint(code), length: m[0].length } : undefined;
}

/**
 * The end (after `}`) of Pandoc's attributes right after a span's `]`:
 * `{.underline}`, `{#_Toc123 .anchor}`, `{lang="nb-NO"}` (Word text in another
 * proofing language), `{style="…"}` (from HTML); -1 when `]` is not followed by them.
 */
export function spanAttributesEnd(text: string, close: number): number {
  if (text[close + 1] !== '{') return -1;
  const first = text[close + 2];
  if (first !== '#' && first !== '.' && !/^[a-zA-Z][\w-]{0,30}=/.test(text.slice(close + 2, close + 34))) return -1;
  for (let k = close + 2; k < text.length && k < close + 200; k++) {
    const c = text[k];
    if (c === '}') return k + 1;
    if (c === '{' || c === '[' || c === ']' || c === '\n' || c === '\r') return -1;
  }
  return -1;
}

function isSpaceChar(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

function isAlnum(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function isPunct(ch: string | undefined): boolean {
  return ch !== undefined && /[!-/:-@[-`{-~]/.test(ch);
}

/** The length of the run of `ch` starting at `i`. */
function runLength(text: string, i: number, ch: string): number {
  let j = i;
  while (text[j] === ch) j++;
  return j - i;
}

/**
 * `text` as rendered, with the source offset of each character; undefined
 * when nothing is markup (the text stays as it is).
 */
export function renderInline(text: string, options: { entities?: boolean } = {}): Rendered | undefined {
  if (!hasInlineMarkup(text)) return undefined;
  const n = text.length;
  // Emphasis delimiter runs that may close, per character and run length, in order.
  const closers = new Map<string, number[]>();
  for (let i = 0; i < n; ) {
    const ch = text[i]!;
    if (ch !== '*' && ch !== '_') {
      i++;
      continue;
    }
    const len = runLength(text, i, ch);
    const before = text[i - 1];
    const after = text[i + len];
    if (!isSpaceChar(before) && (ch === '*' || !isAlnum(after))) {
      const k = `${ch}${len}`;
      let list = closers.get(k);
      if (!list) closers.set(k, (list = []));
      list.push(i);
    }
    i += len;
  }
  // Where the next `-->`, `]`, `[` and `)` are, found again only once passed: the queries
  // go left to right, so the whole render stays linear (`[[[[…` or `<!--<!--…` never close).
  const nextCache = new Map<string, number>();
  const next = (needle: string, from: number): number => {
    const known = nextCache.get(needle);
    if (known !== undefined && (known < 0 || known >= from)) return known;
    const at = text.indexOf(needle, from);
    nextCache.set(needle, at);
    return at;
  };
  // Backtick runs by length, with a pointer each: a code span closes at the next run of its length.
  const ticks = new Map<number, number[]>();
  for (let i = text.indexOf('`'); i >= 0; ) {
    const len = runLength(text, i, '`');
    let list = ticks.get(len);
    if (!list) ticks.set(len, (list = []));
    list.push(i);
    i = text.indexOf('`', i + len);
  }
  const tickPointer = new Map<number, number>();
  const pointer = new Map<string, number>();
  const usedCloser = new Set<number>();
  /** `]` offsets of links whose `[` was taken, with the end of their `(target)`. */
  const linkEnds = new Map<number, number>();
  /** Offsets of `==` that close a highlight whose opening `==` was taken. */
  const highlightEnds = new Set<number>();
  let out = '';
  const map: number[] = [];
  let changed = false;
  const push = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      out += text[k];
      map.push(k);
    }
  };
  let i = 0;
  while (i < n) {
    const ch = text[i]!;
    if (ch === '<' && text.startsWith('<!--', i)) {
      const end = next('-->', i + 4);
      if (end >= 0) {
        i = end + 3;
        changed = true;
        continue;
      }
    } else if (ch === '<') {
      const br = LINE_BREAK.exec(text.slice(i, i + 8));
      if (br) {
        out += ' ';
        map.push(i);
        i += br[0].length;
        changed = true;
        continue;
      }
      // `<span style="…">Vigilo</span>`: the tags render as nothing.
      const tagEnd = inlineTagEnd(text, i);
      if (tagEnd > 0) {
        i = tagEnd;
        changed = true;
        continue;
      }
    } else if (ch === '=' && text[i + 1] === '=') {
      if (highlightEnds.has(i)) {
        i += 2;
        continue;
      }
      // `==2027==`: text right inside both markers, as `**` needs it.
      const close = next('==', i + 2);
      if (close > i + 2 && !isSpaceChar(text[i + 2]) && text[i + 2] !== '=' && !isSpaceChar(text[close - 1])) {
        highlightEnds.add(close);
        i += 2;
        changed = true;
        continue;
      }
      push(i, i + 2);
      i += 2;
      continue;
    } else if (ch === '~' && text[i + 1] === '~') {
      // `~~2025~~ 2026`: struck-through text is deleted text (Word's track changes, as Pandoc writes
      // them), so it is left out. Text right inside both markers, as for `==`; a single `~` is
      // Pandoc's subscript (`H~2~O`) or «about» (`~30 %`) and stays.
      const close = next('~~', i + 2);
      if (close > i + 2 && !isSpaceChar(text[i + 2]) && text[i + 2] !== '~' && !isSpaceChar(text[close - 1])) {
        i = close + 2;
        changed = true;
        continue;
      }
      push(i, i + 2);
      i += 2;
      continue;
    } else if (ch === '\\' && (i + 1 === n || text[i + 1] === '\n' || text[i + 1] === '\r' || text[i + 1] === ' ')) {
      // A hard line break (`\` at the end of a line, or of the item) or Pandoc's non-breaking space (`\ `): a space.
      out += ' ';
      map.push(i);
      i += text[i + 1] === ' ' ? 2 : 1;
      changed = true;
      continue;
    } else if (ch === '&' && options.entities) {
      // `&nbsp;2026`, `DS19&#8209;M2`: the character the reference stands for, at the place of its `&`.
      const entity = entityAt(text, i);
      if (entity) {
        if (!isInvisible(entity.char.charCodeAt(0))) {
          out += entity.char;
          for (let k = 0; k < entity.char.length; k++) map.push(i);
        }
        i += entity.length;
        changed = true;
        continue;
      }
    } else if (isInvisible(text.charCodeAt(i)) && !joinsEmoji(text, i)) {
      i++;
      changed = true;
      continue;
    } else if (ch === '\\' && isPunct(text[i + 1])) {
      push(i + 1, i + 2);
      i += 2;
      changed = true;
      continue;
    } else if (ch === '`') {
      const len = runLength(text, i, '`');
      // The closing run of exactly as many backticks.
      const runs = ticks.get(len)!;
      let p = tickPointer.get(len) ?? 0;
      while (p < runs.length && runs[p]! <= i) p++;
      tickPointer.set(len, p);
      const close = p < runs.length ? runs[p]! : -1;
      if (close >= 0) {
        tickPointer.set(len, p + 1);
        let from = i + len;
        let to = close;
        if (to - from >= 2 && text[from] === ' ' && text[to - 1] === ' ' && text.slice(from, to).trim() !== '') {
          from++;
          to--;
        }
        push(from, to);
        i = close + len;
        changed = true;
        continue;
      }
      push(i, i + len);
      i += len;
      continue;
    } else if (ch === '!' && text[i + 1] === '[') {
      // A picture, `![ikon](bilder/velferd.png)`, with the size Pandoc writes after it
      // (`{width="0.3in"}`): no text. Its description is often Word's own («Et bilde som inneholder …»).
      const close = next(']', i + 2);
      const open = next('[', i + 2);
      const end = close > i && text[close + 1] === '(' && (open < 0 || open > close) ? next(')', close + 2) : -1;
      if (end >= 0) {
        i = end + 1;
        const attributes = /^\{[^{}[\]\n\r]{0,200}\}/.exec(text.slice(i, i + 203));
        if (attributes) i += attributes[0].length;
        changed = true;
        continue;
      }
    } else if (ch === '[') {
      const close = next(']', i + 1);
      const open = next('[', i + 1);
      // A footnote reference, `DS19-M2[^1]`: a short label without spaces, not a link or a definition.
      if (text[i + 1] === '^' && close > i + 2 && close - i <= 40 && (open < 0 || open > close) && text[close + 1] !== '(' && text[close + 1] !== ':' && !/\s/.test(text.slice(i + 2, close))) {
        i = close + 1;
        changed = true;
        continue;
      }
      // A Pandoc span, `[Visma HRM]{.underline}`, or an empty bookmark, `[]{#_Toc123 .anchor}`: its text.
      const attributesEnd = close > i && (open < 0 || open > close) ? spanAttributesEnd(text, close) : -1;
      if (attributesEnd > 0) {
        linkEnds.set(close, attributesEnd);
        i++;
        changed = true;
        continue;
      }
      if (close > i + 1 && text[close + 1] === '(' && (open < 0 || open > close)) {
        const end = next(')', close + 2);
        if (end >= 0) {
          linkEnds.set(close, end + 1);
          i++;
          changed = true;
          continue;
        }
      }
    } else if (ch === ']' && linkEnds.has(i)) {
      i = linkEnds.get(i)!;
      continue;
    } else if (ch === '*' || ch === '_') {
      const len = runLength(text, i, ch);
      if (usedCloser.has(i)) {
        i += len;
        continue;
      }
      const before = text[i - 1];
      const after = text[i + len];
      if (!isSpaceChar(after) && (ch === '*' || !isAlnum(before))) {
        const k = `${ch}${len}`;
        const list = closers.get(k);
        if (list) {
          let p = pointer.get(k) ?? 0;
          while (p < list.length && (list[p]! <= i || usedCloser.has(list[p]!))) p++;
          pointer.set(k, p);
          if (p < list.length) {
            usedCloser.add(list[p]!);
            i += len;
            changed = true;
            continue;
          }
        }
      }
      push(i, i + len);
      i += len;
      continue;
    }
    push(i, i + 1);
    i++;
  }
  return changed ? { text: out, map } : undefined;
}

/** `text` as rendered (see `renderInline`), or `text` itself when it has no markup. */
export function renderedText(text: string): string {
  return renderInline(text)?.text ?? text;
}
