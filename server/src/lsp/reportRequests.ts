/**
 * The alignment report in the editor: `samstemt/report` (the HTML page and its
 * data, for the webview) and `samstemt/tree` (members → goals → objectives and
 * findings, for the explorer's tree view), and `samstemt/analysisChanged`
 * after each published analysis so both views refresh as documents change.
 * The report is the one the CLI renders (server/src/report); the webview
 * variant only adds a nonce'd navigation script.
 */
import type * as lsp from 'vscode-languageserver';
import type { AnalysisResult } from '../engine/engine.js';
import type { Lang } from '../engine/types.js';
import type { WorkspaceModel } from '../engine/workspaceModel.js';
import { buildAlignmentReport, diagnosticsOf } from '../report/reportModel.js';
import { renderHtml } from '../report/html.js';
import { buildTree } from '../report/treeModel.js';
import { WEBVIEW_SCRIPT } from '../report/webviewScript.js';
import { ANALYSIS_CHANGED_NOTIFICATION, REPORT_REQUEST, TREE_REQUEST, type ReportParams, type ReportResult, type TreeWorkspace } from '../report/protocol.js';
import { normalizeUri, type Session } from './session.js';
import { folderName } from '../engine/workspace/uri.js';
import type { DiagnosticsScheduler } from './diagnostics.js';
import { REPORT, type ParamsCheck } from './params.js';

const LANGS: readonly string[] = ['nb', 'nn', 'en'];

/** Workspaces worth a report: with a config or with goals. */
function reportable(result: AnalysisResult): WorkspaceModel[] {
  return result.workspaces.filter((ws) => ws.config.uri || ws.goals.length);
}

/** The workspace `uri` lies in (the innermost), or the first reportable one. */
export function pickWorkspace(result: AnalysisResult, uri: string | undefined): WorkspaceModel | undefined {
  const all = reportable(result);
  if (uri) {
    const u = normalizeUri(uri);
    const folder = u.endsWith('/') ? u : `${u}/`;
    const hit = all.filter((ws) => u.startsWith(ws.root) || ws.root === folder).sort((a, b) => b.root.length - a.root.length)[0];
    if (hit) return hit;
  }
  return all.find((ws) => ws.goals.length) ?? all[0];
}

export function reportResult(result: AnalysisResult, params: ReportParams, defaultLang: Lang | undefined): ReportResult | null {
  const ws = pickWorkspace(result, params.uri);
  if (!ws) return null;
  const lang = params.lang && LANGS.includes(params.lang) ? params.lang : defaultLang;
  const model = buildAlignmentReport(ws, diagnosticsOf(ws, result.diagnostics), lang ? { lang } : {});
  const nonce = params.webview?.nonce;
  const html = renderHtml(model, {
    surface: 'editor',
    ...(nonce && /^[A-Za-z0-9+/=_-]{16,128}$/.test(nonce) ? { script: { nonce, code: WEBVIEW_SCRIPT } } : {}),
    ...(params.webview?.cspSource && /^[^;'"<>]+$/.test(params.webview.cspSource) ? { cspSource: params.webview.cspSource } : {}),
  });
  return {
    root: ws.root,
    workspaces: reportable(result).map((w) => ({ root: w.root, label: w.config.cooperation ?? folderName(w.root) })),
    html,
    model,
  };
}

export function treeResult(result: AnalysisResult, lang: Lang | undefined): TreeWorkspace[] {
  return reportable(result).map((ws) => {
    const diagnostics = diagnosticsOf(ws, result.diagnostics);
    return buildTree(buildAlignmentReport(ws, diagnostics, lang ? { lang } : {}), diagnostics);
  });
}

/**
 * server.ts's wrapper of every request handler: errors logged, the LSP
 * lifecycle (nothing before `initialize` or after `shutdown`) and params checked.
 */
export type RequestWrapper = <P, R>(name: string, fallback: R, fn: (p: P) => R, check?: ParamsCheck) => (p: P) => R | lsp.ResponseError<void>;

/**
 * Registers the report requests and the refresh notification (one line in server.ts), which goes only
 * to a client that `wants` it: other clients do not know the method, and some warn about every unknown
 * notification (Emacs lsp-mode shows "Unknown notification" in its *Warnings* buffer).
 */
export function registerReportRequests(connection: lsp.Connection, session: Session, scheduler: DiagnosticsScheduler, request: RequestWrapper, wants: () => boolean): void {
  connection.onRequest(REPORT_REQUEST, request(REPORT_REQUEST, null, (p: ReportParams | undefined) => reportResult(scheduler.flush(), p ?? {}, session.messageLang), REPORT));
  connection.onRequest(TREE_REQUEST, request(TREE_REQUEST, [], () => treeResult(scheduler.flush(), session.messageLang)));
  scheduler.onPublished(() => wants() && void connection.sendNotification(ANALYSIS_CHANGED_NOTIFICATION, { generation: session.analysedGeneration }));
}
