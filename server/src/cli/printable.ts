/**
 * Text from strategy documents (titles, ids, values quoted in messages) and
 * file names on its way to a terminal or a CI log, without the characters
 * that would act instead of showing: ESC and the other C0 controls, DEL, the
 * C1 controls (U+009B is a one-character CSI), and lone surrogates. A title
 * could otherwise clear the screen, rename the terminal window, forge a
 * hyperlink or colour a CI log that renders ANSI escapes. What follows an ESC
 * (`[31m`) stays, as visible text.
 *
 * Characters that change the reading direction (U+202E …) are shown as
 * `<U+202E>` in text for people, and escaped in JSON: see `showBidiControls`.
 */
import { jsonEscapedBidiControls, showBidiControls } from '../engine/text/normalize.js';

const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `s` without the characters above; tab, LF and CR stay (for formats that escape line breaks themselves). */
export function withoutControls(s: string): string {
  return s.replace(CONTROLS, '');
}

/**
 * For a terminal: CR LF and a lone CR (which would let text overwrite its line) become LF,
 * and a character that changes the reading direction shows as `<U+202E>`. A line break
 * from a title or a file name before `::` shows as ` ↵ ` instead: GitHub Actions reads a
 * line of a job's log that starts with `::` (after blanks) as a workflow command.
 */
export function printable(s: string): string {
  return showBidiControls(withoutControls(s.replace(/\r\n?/g, '\n'))).replace(/\n(?=[ \t]*::)/g, ' ↵ ');
}

/** `printable` for text that starts a line of a log (a file name): `./` in front of a leading `::`, the same path. */
export function printableLineStart(s: string): string {
  const p = printable(s);
  return /^[ \t]*::/.test(p) ? `./${p}` : p;
}

/**
 * JSON text with DEL and the C1 controls written as `\u007f` … `\u009f`:
 * JSON.stringify escapes only C0, and the C1 CSI acts on some terminals. The
 * same JSON value; these characters can only stand inside strings. So are the
 * characters that change the reading direction, which a terminal or a log
 * viewer would otherwise apply to the JSON around them.
 */
export function jsonWithoutRawControls(json: string): string {
  return jsonEscapedBidiControls(json.replace(/[\u007F-\u009F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
