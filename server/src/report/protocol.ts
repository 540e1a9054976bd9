/**
 * The report's custom LSP messages between the VS Code extension and the
 * language server. Plain method names and JSON shapes: the client imports
 * this file (types and strings only) and nothing else from the server.
 */
import type { Lang, Range, Severity } from '../engine/types.js';
import type { AlignmentReport, SeverityCounts } from './reportTypes.js';

/** `samstemt/report`: the alignment report of one workspace, as HTML and as data. */
export const REPORT_REQUEST = 'samstemt/report';
export interface ReportParams {
  /** A file or folder URI inside the wanted workspace (the active editor's document); default: the first workspace with goals. */
  uri?: string;
  /** Report language; default: the editor setting, else the workspace's `language`. */
  lang?: Lang;
  /** For a webview: the nonce of its one inline script, and its `cspSource`. Without it the HTML is the CLI's (no script). */
  webview?: { nonce: string; cspSource?: string };
}
export interface ReportResult {
  /** Workspace root URI of the report. */
  root: string;
  /** Every workspace the server knows: the client may offer to switch. */
  workspaces: { root: string; label: string }[];
  html: string;
  model: AlignmentReport;
}

/** `samstemt/tree`: members → goals → their objectives and findings, per workspace. */
export const TREE_REQUEST = 'samstemt/tree';
export interface TreeFinding {
  severity: Severity;
  rule: string;
  message: string;
  uri: string;
  range: Range;
}
export interface TreeObjective {
  id: string;
  title: string;
  /** Set when the goal serves the objective through another goal: that goal's key. */
  via?: string;
}
export interface TreeGoal {
  /**
   * The goal's ID in the editor's tree: unique over every workspace of one answer (two cooperations
   * side by side may both have `storby#felles-hr`) and the same from one analysis to the next.
   */
  id: string;
  key: string;
  title: string;
  uri: string;
  range: Range;
  objectives: TreeObjective[];
  findings: TreeFinding[];
}
export interface TreeMember {
  id: string;
  name: string;
  kind?: string;
  /** Goals linked to a national objective / all goals. */
  linked: number;
  goals: TreeGoal[];
  findings: SeverityCounts;
}
export interface TreeWorkspace {
  root: string;
  label: string;
  members: TreeMember[];
}

/** `samstemt/analysisChanged` (server → client): a new analysis was published; views refresh. */
export const ANALYSIS_CHANGED_NOTIFICATION = 'samstemt/analysisChanged';

/** What the report webview posts to the extension. */
export type WebviewMessage = { type: 'openGoal'; goal: string } | { type: 'openLink'; url: string };
