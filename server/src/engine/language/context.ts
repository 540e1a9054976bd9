/**
 * The input of every language feature: the workspaces and diagnostics of the
 * last analysis, plus the user's language. Features are pure functions over
 * this snapshot and a document offset; the LSP adapter converts positions.
 *
 * Example: `findFile(ctx, 'file:///ws/strategier/storby.md')` →
 * `{ kind: 'document', ws, doc, text }`.
 */
import type { Diagnostic, Framework, Lang, Localized, StrategyDocument } from '../types.js';
import type { WorkspaceModel } from '../workspaceModel.js';
import type { FrameworkCandidate } from '../engine.js';

export interface LanguageContext {
  workspaces: readonly WorkspaceModel[];
  /** Diagnostics per uri from the same analysis as `workspaces`. */
  diagnostics: ReadonlyMap<string, readonly Diagnostic[]>;
  /** Language of hover texts, completion details and titles. */
  lang: Lang;
  /** Every framework the tool knows (built-in catalogs), for completion in `samstemt.yaml`. */
  knownFrameworks: readonly Framework[];
  /** Ids of all registered rules, for completion under `rules:`. */
  ruleIds: readonly string[];
  /** Custom framework files in a workspace's folder, for completion under `frameworks:` (when the host can list them). */
  frameworkFilesIn?: (ws: WorkspaceModel) => readonly FrameworkCandidate[];
}

export type FileContext =
  | { kind: 'document'; ws: WorkspaceModel; doc: StrategyDocument; text: string; uri: string }
  | { kind: 'config'; ws: WorkspaceModel; text: string; uri: string }
  | { kind: 'framework'; ws: WorkspaceModel; text: string; uri: string };

/** The workspace and role of a file in the snapshot, or undefined when the file was not analysed. */
export function findFile(ctx: LanguageContext, uri: string): FileContext | undefined {
  for (const ws of ctx.workspaces) {
    const doc = ws.documents.find((d) => d.uri === uri);
    if (doc) return { kind: 'document', ws, doc, text: doc.text, uri };
    if (ws.config.uri === uri) return { kind: 'config', ws, text: ws.config.text, uri };
    const fw = ws.frameworkFiles.find((f) => f.uri === uri);
    if (fw) return { kind: 'framework', ws, text: fw.text, uri };
  }
  return undefined;
}

/** Picks the text of a localized string in `lang` (English fallback). */
export function tr(lang: Lang, s: Localized): string {
  return s[lang] ?? s.en;
}
