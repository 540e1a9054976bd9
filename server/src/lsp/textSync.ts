/**
 * Open documents kept by vscode-languageserver-textdocument, with one
 * correction: a change range that starts or ends between the two halves of
 * a surrogate pair (a position no editor produces, but a client counting in
 * code points or bytes and converting badly can send) is moved to the
 * pair's start. vscode-languageserver-textdocument takes the column as is
 * and splits the character into two lone surrogates, which then reach the
 * rules, the messages and every later position. The pair's start, not its
 * end: an insertion lands before the character, a deletion that ends inside
 * it keeps it, one that starts inside it removes it whole. Requests round
 * positions the same way (LineIndex.offsetAt), so both agree.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** `position`, moved to the start of the surrogate pair it falls inside, if it does. */
function pairStart(doc: TextDocument, text: string, position: Position): Position {
  const offset = doc.offsetAt(position);
  if (offset > 0 && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset))) return doc.positionAt(offset - 1);
  return position;
}

export const ClampedTextDocument: TextDocumentsConfiguration<TextDocument> = {
  create: TextDocument.create,
  update(document, changes, version) {
    // Changes apply one after another: each is clamped against the text the ones before it left.
    let doc = document;
    for (const change of changes) {
      const text = doc.getText();
      const clamped: TextDocumentContentChangeEvent = 'range' in change ? { range: { start: pairStart(doc, text, change.range.start), end: pairStart(doc, text, change.range.end) }, text: change.text } : change;
      doc = TextDocument.update(doc, [clamped], version);
    }
    return doc;
  },
};
