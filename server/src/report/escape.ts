/**
 * Escaping for the report renderers: every text from a workspace goes through one of these.
 * A character that changes the reading direction shows as `<U+202E>` (`showBidiControls`).
 */
import { showBidiControls } from '../engine/text/normalize.js';

/** Text for HTML element content and attribute values (double-quoted). */
export function esc(text: string | number | undefined): string {
  return showBidiControls(String(text ?? '')).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** An `href` from a workspace (an objective's source): only http(s) links, escaped; anything else is dropped. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s"'<>]+$/i.test(url)) return undefined;
  return esc(url);
}

/** Text for a GitHub Markdown table cell or list item, shown as written: no HTML, no emphasis, no table breaks, no entities. */
export function mdText(text: string | number | undefined): string {
  return showBidiControls(String(text ?? ''))
    .replace(/\r?\n|\r/g, ' ')
    // `&` too: `&amp;` or `&lt;b&gt;` in a title is text, not a character reference for the renderer to decode.
    .replace(/([\\`*_[\]<>|#~!&])/g, '\\$1')
    // Posted as a GitHub comment, `@name` would notify that user and `#12` link issue 12; a backslash does not stop
    // GitHub, an empty HTML comment does, and renders as nothing (`@<!-- -->name`).
    .replace(/@(?=[\p{L}\p{N}_-])/gu, '@<!-- -->')
    .replace(/(?<!\\&)\\#(?=\d)/g, '\\#<!-- -->'); // not in `&#60;`, a character reference written as text
}

/** Inline code in Markdown (goal keys, rule ids); backticks inside are dropped. */
export function mdCode(text: string): string {
  return '`' + showBidiControls(text).replace(/`/g, '').replace(/\|/g, '\\|') + '`';
}

/** Shortens `text` to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + '…';
}
