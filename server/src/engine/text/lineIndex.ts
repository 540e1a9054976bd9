import type { Position, Range, Span } from '../types.js';

/**
 * Converts UTF-16 offsets to zero-based line/character positions and back.
 * Lines end at `\n`, `\r\n` or a lone `\r`, as in LSP. JavaScript string
 * indices are UTF-16 code units already, so no transcoding is needed.
 */
export class LineIndex {
  /** Offset of each line's start; typed, so 4 bytes a line and no spare capacity (the server keeps one index per file). */
  readonly #starts: Uint32Array;
  readonly #length: number;
  /** The text, to find where a line's content ends (before `\n`, `\r\n` or `\r`). */
  readonly #text: string;

  constructor(text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.#starts = Uint32Array.from(starts);
    this.#length = text.length;
    this.#text = text;
  }

  get lineCount(): number {
    return this.#starts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.#length));
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.#starts[lo]! };
  }

  /** The offset of a position; a character past the end of its line means the line's end, before its line break (as LSP says). */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.#starts.length) return this.#length;
    const start = this.#starts[position.line]!;
    let end = position.line + 1 < this.#starts.length ? this.#starts[position.line + 1]! : this.#length;
    if (end > start && this.#text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.#text.charCodeAt(end - 1) === 13) end--;
    const offset = Math.max(start, Math.min(start + position.character, end));
    // Between the halves of a surrogate pair: the pair's start, as for the edits the server applies (lsp/textSync.ts).
    const c = this.#text.charCodeAt(offset);
    return offset > start && c >= 0xdc00 && c <= 0xdfff && isHighSurrogate(this.#text.charCodeAt(offset - 1)) ? offset - 1 : offset;
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  /** Offset of the start of the line containing `offset`. */
  lineStart(offset: number): number {
    return this.offsetAt({ line: this.positionAt(offset).line, character: 0 });
  }
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
