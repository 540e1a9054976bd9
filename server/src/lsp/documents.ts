/**
 * Open documents and files on disk: editor buffers become overlays of the
 * host (an open buffer wins over disk), and watched-file events tell the host
 * what to re-read or re-list. Every change schedules a re-analysis.
 */
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TextDocuments, FileChangeType, WatchKind, type Connection, type DidChangeWatchedFilesParams, type FileSystemWatcher } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ClampedTextDocument } from './textSync.js';
import { normalizeUri, type Session } from './session.js';
import type { DiagnosticsScheduler } from './diagnostics.js';
import { isUntitled, type UntitledChecker } from './untitled.js';

/** Untitled buffers are checked on their own (untitled.ts), never as part of a cooperation. */
export function attachDocuments(connection: Connection, session: Session, scheduler: DiagnosticsScheduler, untitled: UntitledChecker): TextDocuments<TextDocument> {
  const documents = new TextDocuments(ClampedTextDocument);
  documents.onDidChangeContent((e) => {
    if (isUntitled(e.document.uri)) return untitled.changed(e.document);
    session.setOverlay(normalizeUri(e.document.uri), e.document.getText(), e.document.version);
    scheduler.schedule();
  });
  documents.onDidClose((e) => {
    if (isUntitled(e.document.uri)) return untitled.closed(e.document.uri, e.document.version);
    session.removeOverlay(normalizeUri(e.document.uri));
    scheduler.schedule();
  });
  documents.listen(connection);
  return documents;
}

/**
 * Created, changed, deleted (and renamed = deleted + created) files, including
 * samstemt.yaml and framework files; and folders (FOLDER_WATCHER): a folder
 * deleted or moved away that held listed files, or a folder created (moved in).
 * Other paths the folder watcher reports (any file created or deleted) are
 * left alone.
 */
export function onWatchedFiles(session: Session, scheduler: DiagnosticsScheduler, params: DidChangeWatchedFilesParams): void {
  let relevant = false;
  for (const change of params.changes) {
    const uri = normalizeUri(change.uri);
    // A folder first: one named like a file (`x.strategy.md/`) replaced by another must not keep its files' old text.
    if (isFolderEvent(session, uri, change.type)) session.folderChanged(uri);
    else if (WATCHED_FILE.test(uri)) session.fileChanged(uri, change.type !== FileChangeType.Changed);
    else continue;
    relevant = true;
  }
  if (relevant) scheduler.schedule();
}

function isFolderEvent(session: Session, uri: string, type: FileChangeType): boolean {
  if (type === FileChangeType.Deleted) return session.holdsFiles(uri);
  if (type !== FileChangeType.Created || !uri.startsWith('file:')) return false;
  try {
    return statSync(fileURLToPath(uri)).isDirectory();
  } catch {
    return false;
  }
}

/** The glob the server asks the client to watch. */
export const WATCH_GLOB = '**/*.{md,markdown,yaml,yml}';
const WATCHED_FILE = /\.(md|markdown|ya?ml)$/i;

/**
 * VS Code reports a deleted or moved folder once, for the folder, and only to
 * a watcher whose glob matches the folder (microsoft/vscode#109754): the
 * files inside are not reported. So the server also watches every path for
 * creation and deletion, and keeps the events about folders.
 */
export const FOLDER_WATCHER: FileSystemWatcher = { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete };
