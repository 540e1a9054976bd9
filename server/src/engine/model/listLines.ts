/**
 * A list setting of samstemt.yaml written one item per line without «- »,
 * as a list is written in a word processor:
 *
 *     areas:                 areas:
 *       hr            →        - hr
 *       sak-arkiv              - sak-arkiv
 *
 * YAML reads such lines as one text joined by spaces («hr sak-arkiv»), which
 * names no area, framework or file. The lines are what the author meant, so
 * they are read as the items, and the fix writes the list as YAML reads it.
 */
import type { ProblemFix, Span } from '../types.js';
import type { YScalar } from '../parse/yamlTree.js';

export interface ListLines {
  items: { text: string; span: Span }[];
  /** The one text YAML reads from the lines. */
  joined: string;
  fix: ProblemFix;
}

/**
 * The items of `n` when it is a plain value over several lines with no comma
 * between items (a comma list over several lines is read as one already;
 * commas inside braces belong to a glob); undefined otherwise.
 */
export function listLines(text: string, n: YScalar): ListLines | undefined {
  if (n.style !== 'plain' || n.span.start < 0) return undefined;
  const written = text.slice(n.span.start, n.span.end);
  if (!/[\r\n]/.test(written) || commaOutsideBraces(written)) return undefined;
  const items: ListLines['items'] = [];
  // Each line with its break: the fix puts «- » before each item and keeps the rest as written.
  let newText = '';
  const line = /([^\r\n]*)(\r\n|\r|\n|$)/g;
  for (let m = line.exec(written); m && m[0] !== ''; m = line.exec(written)) {
    const lead = /^[ \t]*/.exec(m[1]!)![0];
    const item = m[1]!.slice(lead.length).trimEnd();
    if (item) {
      const start = n.span.start + m.index + lead.length;
      items.push({ text: item, span: { start, end: start + item.length } });
      newText += `${lead}- ${m[1]!.slice(lead.length)}${m[2]}`;
    } else newText += m[0];
  }
  return items.length > 1 ? { items, joined: n.value, fix: { messageId: 'listDashes', span: n.span, newText, preferred: true } } : undefined;
}

/** A comma that is not inside `{…}` (one scan: a glob's braces may be unclosed while the author types). */
function commaOutsideBraces(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) return true;
  }
  return false;
}
