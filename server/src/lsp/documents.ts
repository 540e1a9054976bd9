/**
 * Open documents and files on disk: editor buffers become overlays of the
 * host (an open buffer wins over disk), and watched-file events tell the host
 * what to re-read or re-list. Every change schedules a re-analysis.
 */
import { TextDocuments, FileChangeType, type Connection, type DidChangeWatchedFilesParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { normalizeUri, type Session } from './session.js';
import type { DiagnosticsScheduler } from './diagnostics.js';

export function attachDocuments(connection: Connection, session: Session, scheduler: DiagnosticsScheduler): TextDocuments<TextDocument> {
  const documents = new TextDocuments(TextDocument);
  documents.onDidChangeContent((e) => {
    session.setOverlay(normalizeUri(e.document.uri), e.document.getText(), e.document.version);
    scheduler.schedule();
  });
  documents.onDidClose((e) => {
    session.removeOverlay(normalizeUri(e.document.uri));
    scheduler.schedule();
  });
  documents.listen(connection);
  return documents;
}

/** Created, changed, deleted (and renamed = deleted + created) files, including samstemt.yaml and framework files. */
export function onWatchedFiles(session: Session, scheduler: DiagnosticsScheduler, params: DidChangeWatchedFilesParams): void {
  for (const change of params.changes) {
    session.fileChanged(normalizeUri(change.uri), change.type !== FileChangeType.Changed);
  }
  if (params.changes.length) scheduler.schedule();
}

/** The glob the server asks the client to watch. */
export const WATCH_GLOB = '**/*.{md,markdown,yaml,yml}';
