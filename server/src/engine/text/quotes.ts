/** Whether `rest` (the text after an opening YAML quote `q`) closes it: `"` not escaped by `\`, `'` not doubled. */
export function closesQuote(rest: string, q: string): boolean {
  return closingQuote(rest, 0, q) >= 0;
}

/** Where the YAML quote `q`, opened before `from`, closes in `text` (`\"` and `''` are no close), or -1. */
export function closingQuote(text: string, from: number, q: string): number {
  for (let i = from; i < text.length; i++) {
    if (q === '"' && text[i] === '\\') i++;
    else if (text[i] === q) {
      if (q === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/**
 * The offset of a quote that opens a value inside a one-line `{ }` or `[ ]`
 * whose inside starts at `from` (after `{`, `[`, `,` or `:`), and is not
 * closed on the line, as in `{ name: "Fjellbygd kommune, kind: kommune }`;
 * -1 when there is none.
 */
export function unclosedQuoteInFlow(line: string, from: number): number {
  let before = line[from - 1]!;
  for (let i = from; i < line.length; i++) {
    const c = line[i]!;
    if ((c === '"' || c === "'") && '{[,:'.includes(before)) {
      const close = closingQuote(line, i + 1, c);
      if (close < 0) return i;
      i = close;
      before = c;
    } else if (c !== ' ' && c !== '\t') before = c;
  }
  return -1;
}
