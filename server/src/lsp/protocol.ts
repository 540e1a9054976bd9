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

/**
 * The command of every goal code lens. A lens only informs (its title is the
 * counts), but LSP has no informational lens: a Command names "the actual
 * command handler", and Neovim's `vim.lsp.codelens.run()` refuses any
 * command the server does not list in `executeCommandProvider`. So the server
 * lists this one and executing it does nothing; the VS Code client shows the
 * lens as plain text, as before (client/src/languageClient.ts).
 */
export const GOAL_LENS_COMMAND = 'samstemt.goalLens';
