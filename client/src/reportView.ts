/**
 * "Show alignment report": the report the CLI writes, in a webview beside the
 * editor. The server renders the page (`samstemt/report`) with this panel's
 * nonce, so its CSP allows exactly one inline script and nothing from
 * anywhere; the page refreshes after each analysis
 * (`samstemt/analysisChanged`), and a click on a goal opens the goal.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { runningClient } from './serverState.js';
import { REPORT_REQUEST, type ReportResult, type WebviewMessage } from '../../server/src/report/protocol.js';
import type { ReportGoal } from '../../server/src/report/reportTypes.js';

export const SHOW_REPORT_COMMAND = 'samstemt.showReport';
const VIEW_TYPE = 'samstemt.report';

/** 32 characters from [A-Za-z0-9], new for every render. */
export function makeNonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 32; i++) s += chars.charAt(Math.floor(Math.random() * chars.length));
  return s;
}

/** Opens a goal of the report in the editor, at its heading. */
export async function revealGoal(goal: Pick<ReportGoal, 'uri' | 'range'>, column = vscode.ViewColumn.One): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(goal.uri));
  const start = new vscode.Position(goal.range.start.line, goal.range.start.character);
  const end = new vscode.Position(goal.range.end.line, goal.range.end.character);
  await vscode.window.showTextDocument(doc, { selection: new vscode.Range(start, end), viewColumn: column, preview: false });
}

export function registerReportView(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined, onAnalysisChanged: vscode.Event<void>): void {
  let panel: vscode.WebviewPanel | undefined;
  let result: ReportResult | undefined;
  /** The document (or folder) whose workspace the panel shows. */
  let source: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const render = async () => {
    const client = getClient();
    if (!panel || !client) return;
    const nonce = makeNonce();
    try {
      const r = await client.sendRequest<ReportResult | null>(REPORT_REQUEST, { ...(source ? { uri: source } : {}), webview: { nonce, cspSource: panel.webview.cspSource } });
      if (!panel) return;
      if (!r) {
        panel.webview.html = emptyPage(vscode.l10n.t('No folder with samstemt.yaml is open.'));
        return;
      }
      result = r;
      panel.title = `${vscode.l10n.t('Alignment report')} – ${r.model.cooperation ?? r.workspaces.find((w) => w.root === r.root)?.label ?? ''}`;
      panel.webview.html = r.html;
    } catch (e) {
      if (panel) panel.webview.html = emptyPage(vscode.l10n.t('The report could not be made: {0}', e instanceof Error ? e.message : String(e)));
    }
  };
  const refreshSoon = () => {
    if (!panel) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void render(), 250);
  };

  const onMessage = async (m: WebviewMessage) => {
    if (m?.type === 'openGoal' && typeof m.goal === 'string') {
      const goal = result?.model.goals.find((g) => g.key === m.goal);
      if (goal) await revealGoal(goal, panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    } else if (m?.type === 'openLink' && typeof m.url === 'string' && /^https?:\/\//i.test(m.url)) {
      await vscode.env.openExternal(vscode.Uri.parse(m.url));
    }
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_REPORT_COMMAND, async (uri?: vscode.Uri) => {
      const client = await runningClient(getClient);
      if (!client) return;
      source = (uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri)?.toString() ?? source;
      if (panel) {
        panel.reveal(undefined, true);
      } else {
        panel = vscode.window.createWebviewPanel(VIEW_TYPE, vscode.l10n.t('Alignment report'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
          enableScripts: true,
          enableForms: false,
          localResourceRoots: [],
          enableFindWidget: true,
        });
        panel.webview.onDidReceiveMessage((m: WebviewMessage) => void onMessage(m), undefined, context.subscriptions);
        panel.onDidDispose(() => {
          panel = undefined;
          result = undefined;
          if (timer) clearTimeout(timer);
        }, undefined, context.subscriptions);
        panel.webview.html = emptyPage(vscode.l10n.t('Making the alignment report…'));
      }
      await render();
    }),
    { dispose: () => timer && clearTimeout(timer) },
    onAnalysisChanged(refreshSoon),
  );
}

/** A page without script for the moments before (or instead of) a report. */
function emptyPage(text: string): string {
  const esc = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';"></head><body style="font-family: system-ui, sans-serif; padding: 24px; color: #5b6472">${esc}</body></html>`;
}
