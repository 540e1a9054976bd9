/** The language service: pure editor features over an analysed workspace. */
export { findFile, type LanguageContext, type FileContext } from './context.js';
export { locate, type Located } from './locate.js';
export { hover, type HoverResult } from './hover.js';
export { complete, type CompletionItem, type CompletionKind } from './completion.js';
export { definition, references, prepareRename, rename, renameRefused, type Location, type RenameResult } from './definition.js';
export { documentSymbols, workspaceSymbols, type GoalSymbol } from './symbols.js';
export { codeLenses, type GoalLens } from './codeLens.js';
export { quickFixes, type QuickFix } from './codeActions.js';
