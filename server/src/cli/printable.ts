/**
 * Text from strategy documents (titles, ids, values quoted in messages) and
 * file names on its way to a terminal or a CI log, without the characters
 * that would act instead of showing: ESC and the other C0 controls, DEL, the
 * C1 controls (U+009B is a one-character CSI), and lone surrogates. A title
 * could otherwise clear the screen, rename the terminal window, forge a
 * hyperlink or colour a CI log that renders ANSI escapes. What follows an ESC
 * (`[31m`) stays, as visible text.
 */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `s` without the characters above; tab, LF and CR stay (for formats that escape line breaks themselves). */
export function withoutControls(s: string): string {
  return s.replace(CONTROLS, '');
}

/** For a terminal: CR LF and a lone CR (which would let text overwrite its line) become LF. */
export function printable(s: string): string {
  return withoutControls(s.replace(/\r\n?/g, '\n'));
}

/**
 * JSON text with DEL and the C1 controls written as `\u007f` … `\u009f`:
 * JSON.stringify escapes only C0, and the C1 CSI acts on some terminals. The
 * same JSON value; these characters can only stand inside strings.
 */
export function jsonWithoutRawControls(json: string): string {
  return json.replace(/[\u007F-\u009F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
