/**
 * Custom requests between the VS Code client and the server. Plain method
 * names and JSON shapes, so that the client can use them without importing
 * anything else from the server.
 */

/** `samstemt/summary`: re-checks the workspace and returns the counts. */
export const SUMMARY_REQUEST = 'samstemt/summary';
export interface SummaryResult {
  files: number;
  goals: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  workspaces: string[];
}

/** `samstemt/objectives`: the objectives of the enabled frameworks (all built-in ones without a workspace). */
export const OBJECTIVES_REQUEST = 'samstemt/objectives';
export interface ObjectiveInfo {
  id: string;
  framework: string;
  title: string;
  description: string;
  uri: string;
  line: number;
}
