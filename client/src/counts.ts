/**
 * Counts as the user reads them: «1 error», «2 errors», «1 advarsel»,
 * «2 advarsler». Each form is a string of its own in the l10n bundles, so the
 * noun agrees with the number in every language.
 */
import * as vscode from 'vscode';

export const filesText = (n: number): string => (n === 1 ? vscode.l10n.t('{0} file', n) : vscode.l10n.t('{0} files', n));
export const goalsText = (n: number): string => (n === 1 ? vscode.l10n.t('{0} goal', n) : vscode.l10n.t('{0} goals', n));
export const errorsText = (n: number): string => (n === 1 ? vscode.l10n.t('{0} error', n) : vscode.l10n.t('{0} errors', n));
export const warningsText = (n: number): string => (n === 1 ? vscode.l10n.t('{0} warning', n) : vscode.l10n.t('{0} warnings', n));
export const infosText = (n: number): string => (n === 1 ? vscode.l10n.t('{0} info', n) : vscode.l10n.t('{0} infos', n));
