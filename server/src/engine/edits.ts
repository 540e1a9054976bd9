/**
 * Text edits that quick fixes are made of: inserting text, adding property
 * lines to a goal, extending a property's value, linking a goal to an
 * objective. They write in the document's language, format and line breaks.
 * Pure: they read the parsed document and return edits, never apply them.
 */
import type { Goal, Property, StrategyDocument, TextEdit } from './types.js';
import { keyInDocument } from './model/vocabulary.js';
import { eolOf, lineEndAt, lineStartAt } from './text/lines.js';

/** Work counters for the complexity tests: scans of a whole document for its line break. */
export const editStats = { lineBreakScans: 0 };

/** The document's line break, found once per parsed document (a fix per goal must not scan the whole text each time). */
const eols = new WeakMap<StrategyDocument, string>();
function documentEol(doc: StrategyDocument): string {
  let eol = eols.get(doc);
  if (eol === undefined) {
    editStats.lineBreakScans++;
    eols.set(doc, (eol = eolOf(doc.text)));
  }
  return eol;
}

/** An edit that inserts `newText` at `offset`. */
export function insertEdit(uri: string, offset: number, newText: string): TextEdit {
  return { uri, span: { start: offset, end: offset }, newText };
}

/** The end of the last line of a YAML goal's own entries (before its sub-goals), found by indentation. */
function yamlGoalEnd(doc: StrategyDocument, goal: Goal): number | undefined {
  const text = doc.text;
  const keyColumn = goal.insertAt.indent.length;
  const first = lineStartAt(text, goal.headingSpan.start);
  // A flow mapping (`- {id: a, title: …}`) has no line to add to.
  if (/^\s*-\s*\{/.test(text.slice(first, lineEndAt(text, first)))) return undefined;
  let end = lineEndAt(text, goal.headingSpan.start);
  let pos = end;
  while (pos < text.length) {
    // Step over one line break.
    pos += text[pos] === '\r' && text[pos + 1] === '\n' ? 2 : 1;
    const lineEnd = lineEndAt(text, pos);
    const line = text.slice(pos, lineEnd);
    const indent = /^ */.exec(line)![0].length;
    const content = line.slice(indent);
    if (content === '' || content.startsWith('#')) {
      pos = lineEnd;
      continue;
    }
    if (indent < keyColumn) break;
    if (indent === keyColumn && /^(goals|mål|delmål)\s*:/iu.test(content)) break;
    end = lineEnd;
    pos = lineEnd;
  }
  return end;
}

/**
 * An edit that adds property lines (`[canonical key, value]`) to a goal, in
 * the document's language and format: after `after` when given (same list
 * marker and indentation), else after the goal's last property, else as a new
 * property list under the heading.
 */
export function insertPropertiesEdit(doc: StrategyDocument, goal: Goal, entries: [string, string][], after?: Property): TextEdit | undefined {
  const text = doc.text;
  const eol = documentEol(doc);
  if (doc.format === 'yaml') {
    if (goal.insertAt.flowEnd !== undefined) return insertIntoFlowMapping(doc, goal.insertAt.flowEnd, entries);
    let offset: number | undefined;
    let indent: string;
    if (after) {
      let e = Math.max(after.span.end, after.keySpan.end);
      // Block scalars end after their line break: step back onto their last line.
      while (e > after.keySpan.end && (text[e - 1] === '\n' || text[e - 1] === '\r')) e--;
      offset = lineEndAt(text, e);
      indent = ' '.repeat(after.keySpan.start - lineStartAt(text, after.keySpan.start));
    } else {
      offset = yamlGoalEnd(doc, goal);
      indent = goal.insertAt.indent;
    }
    if (offset === undefined) return undefined;
    return insertEdit(doc.uri, offset, entries.map(([k, v]) => `${eol}${indent}${keyInDocument(k, doc)}: ${v}`).join(''));
  }
  const listed = goal.properties.filter((p) => p.span.end > p.span.start);
  const anchor = after ?? listed[listed.length - 1];
  if (anchor) {
    const marker = /[-*+]/.test(text[anchor.span.start] ?? '') ? text[anchor.span.start]! : '-';
    const indent = text.slice(lineStartAt(text, anchor.span.start), anchor.span.start).replace(/\S/g, ' ');
    const offset = after ? lineEndAt(text, after.span.end) : goal.insertAt.offset;
    // Keys in bold, as Word, Google Docs and docx2md export them (`**Frist:** 2026`, `**Frist**: 2026`,
    // `__Frist__: 2026`): the new lines alike.
    const strong = text.slice(anchor.keySpan.start - 2, anchor.keySpan.start);
    const bold = strong === '**' || strong === '__' ? text.slice(anchor.keySpan.end, anchor.keySpan.end + 3) : '';
    const key = (k: string) => (bold === `:${strong}` ? `${strong}${keyInDocument(k, doc)}:${strong}` : bold.startsWith(strong) && bold !== '' ? `${strong}${keyInDocument(k, doc)}${strong}:` : `${keyInDocument(k, doc)}:`);
    return insertEdit(doc.uri, offset, entries.map(([k, v]) => `${eol}${indent}${marker} ${key(k)} ${v}`).join(''));
  }
  // No property list yet: a new list after the heading, set off by blank lines.
  const offset = goal.insertAt.offset;
  const rest = text.slice(offset);
  const next = /^(?:\r\n|\r|\n)([^\r\n]*)/.exec(rest);
  const nextContent = /^(?:(?:\r\n|\r|\n)[ \t]*)*(?:\r\n|\r|\n)([^\r\n]*)/.exec(rest)?.[1] ?? '';
  // A `-` list right below would merge with ours into one list: use another marker then.
  const marker = /^ {0,3}-\s/.test(nextContent) ? '*' : '-';
  const lines = entries.map(([k, v]) => `${marker} ${keyInDocument(k, doc)}: ${v}`).join(eol);
  const blankAfter = next && next[1]!.trim() !== '' ? eol : '';
  return insertEdit(doc.uri, offset, `${eol}${eol}${lines}${blankAfter}`);
}

/**
 * Entries added to a goal written as a flow mapping (`- {id: a, title: …}`):
 * `, key: value` before its closing `}` (at `close`). A value that YAML would
 * read otherwise inside braces (a comma in a placeholder) is quoted.
 */
function insertIntoFlowMapping(doc: StrategyDocument, close: number, entries: [string, string][]): TextEdit {
  const text = doc.text;
  let e = close;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  const line = text.slice(lineStartAt(text, e), e);
  // A comment ends the last line (`title: b  # …` before a `}` on its own line): write before the `}`.
  const comment = /(?:^|\s)#/.exec(line);
  const offset = comment ? close : e;
  const before = comment ? line.slice(0, comment.index).trimEnd() : line.trimEnd();
  const lead = /[{,]$/.test(before) ? ' ' : ', ';
  const quote = (v: string) => (/[,[\]{}#]|:(\s|$)|^[-?:!&*|>'"%@`\s]|\s$/.test(v) ? JSON.stringify(v) : v);
  const body = entries.map(([k, v]) => `${keyInDocument(k, doc)}: ${quote(v)}`).join(', ');
  return insertEdit(doc.uri, offset, `${text[offset - 1] === '{' ? '' : lead}${body}`);
}

/** An edit that appends list items to a property's value (`DS19-M2` → `DS19-M2, DN30-F1`). */
export function appendToPropertyEdit(doc: StrategyDocument, p: Property, value: string): TextEdit | undefined {
  const text = doc.text;
  const at = (offset: number, newText: string): TextEdit => insertEdit(doc.uri, offset, newText);
  if (doc.format === 'markdown') {
    if (p.value === '') return at(p.valueSpan.start, /\s/.test(text[p.valueSpan.start - 1] ?? ' ') ? value : ` ${value}`);
    return at(p.valueSpan.end, `, ${value}`);
  }
  // YAML: look at how the value is written.
  const v = p.valueSpan.end > p.valueSpan.start ? text[p.valueSpan.start] : '';
  if (v === '-') {
    // Block sequence: one more `- item` line.
    const last = p.items[p.items.length - 1];
    const end = last ? last.span.end : p.valueSpan.end;
    const indent = text.slice(lineStartAt(text, p.valueSpan.start), p.valueSpan.start).replace(/\S/g, ' ');
    return at(lineEndAt(text, end), `${documentEol(doc)}${indent}- ${value}`);
  }
  if (v === '[') {
    // Flow sequence: after the last item, or inside the empty brackets.
    const last = p.items[p.items.length - 1];
    return last ? at(last.span.end, `, ${value}`) : at(text[p.valueSpan.end - 1] === ']' ? p.valueSpan.end - 1 : p.valueSpan.end, value);
  }
  if (v === '"' || v === "'") return at(p.valueSpan.end - 1, p.items.length ? `, ${value}` : value);
  if (v === '|' || v === '>') return undefined;
  if (p.items.length) return at(p.valueSpan.end, `, ${value}`);
  // Empty value (`supports:`, `supports: ~`, `supports: ""`): write the value after the colon.
  const colon = text.indexOf(':', p.keySpan.end);
  if (colon < 0) return undefined;
  const empty = /^[ \t]*(~|null|""|'')?/i.exec(text.slice(colon + 1, lineEndAt(text, colon)))!;
  return { uri: doc.uri, span: { start: colon + 1, end: colon + 1 + empty[0].length }, newText: ` ${value}` };
}

/** An edit that links a goal to an objective: appends to its `supports`, or adds a `supports` line. */
export function supportsEdit(doc: StrategyDocument, goal: Goal, objectiveId: string): TextEdit | undefined {
  const existing = goal.properties.find((p) => p.known && p.key === 'supports');
  if (existing) return appendToPropertyEdit(doc, existing, objectiveId);
  return insertPropertiesEdit(doc, goal, [['supports', objectiveId]]);
}
