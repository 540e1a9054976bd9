/**
 * The only place where engine shapes become LSP shapes: diagnostics, ranges,
 * completion items, locations, workspace edits, symbols, code lenses and code
 * actions. Offsets become positions here, through the engine's LineIndex.
 */
import * as lsp from 'vscode-languageserver';
import type { Diagnostic, Severity, Span, TextEdit } from '../engine/types.js';
import type { LineIndex } from '../engine/text/lineIndex.js';
import { sameItems } from '../engine/memo.js';
import type { CompletionItem, CompletionKind } from '../engine/language/completion.js';
import type { GoalSymbol } from '../engine/language/symbols.js';
import type { Location } from '../engine/language/definition.js';
import type { QuickFix } from '../engine/language/codeActions.js';
import type { GoalLens } from '../engine/language/codeLens.js';
import { GOAL_LENS_COMMAND } from './protocol.js';
import { showBidiControls } from '../engine/text/normalize.js';

export const SOURCE = 'samstemt';

/** Docs page of a rule; derived from the id, never hand-written. */
export function ruleDocsUrl(rule: string): string {
  return `https://github.com/samstemt/samstemt/blob/main/docs/rules/${rule}.md`;
}

const SEVERITY: Record<Severity, lsp.DiagnosticSeverity> = {
  error: lsp.DiagnosticSeverity.Error,
  warning: lsp.DiagnosticSeverity.Warning,
  info: lsp.DiagnosticSeverity.Information,
  hint: lsp.DiagnosticSeverity.Hint,
};

const TAGS = { unnecessary: lsp.DiagnosticTag.Unnecessary, deprecated: lsp.DiagnosticTag.Deprecated } as const;

/**
 * Messages quote titles and values from the documents: a character among them that changes the
 * reading direction (U+202E) would turn the rest of the message around in the Problems panel, so it
 * shows as `<U+202E>`, as on the command line.
 */
export function toLspDiagnostic(d: Diagnostic): lsp.Diagnostic {
  const out: lsp.Diagnostic = {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.rule,
    codeDescription: { href: ruleDocsUrl(d.rule) },
    source: SOURCE,
    message: showBidiControls(d.message),
  };
  if (d.related.length) {
    out.relatedInformation = d.related.map((r) => ({ location: { uri: r.uri, range: r.range }, message: showBidiControls(r.message) }));
  }
  if (d.tags?.length) out.tags = d.tags.map((t) => TAGS[t]);
  if (d.goal) out.data = { goal: d.goal };
  return out;
}

/**
 * True when two diagnostics convert to the same LSP diagnostic: compares
 * every field `toLspDiagnostic` reads (keep the two together), without
 * building either.
 */
export function samePublished(a: Diagnostic, b: Diagnostic): boolean {
  return (
    sameRange(a.range, b.range) &&
    a.severity === b.severity &&
    a.rule === b.rule &&
    a.message === b.message &&
    a.goal === b.goal &&
    sameItems(a.tags ?? [], b.tags ?? []) &&
    a.related.length === b.related.length &&
    a.related.every((r, i) => {
      const s = b.related[i]!;
      return r.uri === s.uri && r.message === s.message && sameRange(r.range, s.range);
    })
  );
}

function sameRange(a: lsp.Range, b: lsp.Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

export function toRange(li: LineIndex, span: Span): lsp.Range {
  return li.rangeOf(span);
}

export function toOffset(li: LineIndex, position: lsp.Position): number {
  return li.offsetAt(position);
}

const COMPLETION_KIND: Record<CompletionKind, lsp.CompletionItemKind> = {
  property: lsp.CompletionItemKind.Property,
  objective: lsp.CompletionItemKind.Reference,
  goal: lsp.CompletionItemKind.Reference,
  member: lsp.CompletionItemKind.Constant,
  enum: lsp.CompletionItemKind.EnumMember,
  area: lsp.CompletionItemKind.Value,
  indicator: lsp.CompletionItemKind.Variable,
  resource: lsp.CompletionItemKind.Variable,
  rule: lsp.CompletionItemKind.Property,
  framework: lsp.CompletionItemKind.Module,
  value: lsp.CompletionItemKind.Value,
};

/**
 * The engine's Markdown (hovers, completion documentation) as plain text, for
 * a client that shows no Markdown (Emacs eglot without markdown-mode declares
 * only `plaintext`): `[Kilde](url)` → `Kilde: url`, and the `**`, `*` and
 * backticks of emphasis and code go. Line breaks and `- ` lists read as they are.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^[\]\n]*)\]\(([^()\s]*)\)/g, '$1: $2')
    .replace(/\*\*/g, '')
    .replace(/`([^`\n]*)`/g, '$1')
    .replace(/\*([^*\n]+)\*/g, '$1');
}

/**
 * Markdown as the client can show it: as is, or as plain text when it has said it takes only that.
 * Hovers and completion documentation quote goal titles: a character that changes the reading
 * direction shows as `<U+202E>`, as in diagnostics.
 */
export function markup(markdown: string, asMarkdown: boolean): lsp.MarkupContent {
  const value = showBidiControls(markdown);
  return asMarkdown ? { kind: lsp.MarkupKind.Markdown, value } : { kind: lsp.MarkupKind.PlainText, value: plainText(value) };
}

export function toCompletionItem(li: LineIndex, item: CompletionItem, markdown = true): lsp.CompletionItem {
  const out: lsp.CompletionItem = {
    label: item.label,
    kind: COMPLETION_KIND[item.kind],
    textEdit: { range: toRange(li, item.replace), newText: item.insertText ?? item.label },
  };
  if (item.detail) out.detail = showBidiControls(item.detail);
  if (item.documentation) out.documentation = markup(item.documentation, markdown);
  if (item.sortText) out.sortText = item.sortText;
  if (item.filterText) out.filterText = item.filterText;
  if (item.asIs) out.insertTextMode = lsp.InsertTextMode.asIs;
  return out;
}

export function toLocation(lineIndex: (uri: string) => LineIndex, loc: Location): lsp.Location {
  return { uri: loc.uri, range: toRange(lineIndex(loc.uri), loc.span) };
}

export function toWorkspaceEdit(lineIndex: (uri: string) => LineIndex, edits: readonly TextEdit[]): lsp.WorkspaceEdit {
  const changes: Record<string, lsp.TextEdit[]> = {};
  for (const e of edits) (changes[e.uri] ??= []).push({ range: toRange(lineIndex(e.uri), e.span), newText: e.newText });
  return { changes };
}

export function toDocumentSymbol(li: LineIndex, s: GoalSymbol): lsp.DocumentSymbol {
  return {
    name: showBidiControls(s.name),
    detail: s.detail,
    kind: lsp.SymbolKind.Object,
    range: toRange(li, s.span),
    selectionRange: toRange(li, s.selection),
    children: s.children.map((c) => toDocumentSymbol(li, c)),
  };
}

/**
 * A goal tree as a flat list (LSP: the answer to a client without
 * `hierarchicalDocumentSymbolSupport`, which reads each entry as a
 * SymbolInformation and fails on a tree): parents before their sub-goals,
 * each sub-goal with its parent's name as container.
 */
export function toFlatSymbols(li: LineIndex, symbols: readonly GoalSymbol[], container?: string): lsp.SymbolInformation[] {
  return symbols.flatMap((s) => {
    const out: lsp.SymbolInformation = { name: showBidiControls(s.name), kind: lsp.SymbolKind.Object, location: { uri: s.uri, range: toRange(li, s.span) } };
    if (container !== undefined) out.containerName = showBidiControls(container);
    return [out, ...toFlatSymbols(li, s.children, s.name)];
  });
}

export function toSymbolInformation(lineIndex: (uri: string) => LineIndex, s: GoalSymbol): lsp.SymbolInformation {
  const out: lsp.SymbolInformation = { name: showBidiControls(`${s.name} (${s.detail})`), kind: lsp.SymbolKind.Object, location: { uri: s.uri, range: toRange(lineIndex(s.uri), s.selection) } };
  if (s.container) out.containerName = showBidiControls(s.container);
  return out;
}

export function toCodeLens(li: LineIndex, lens: GoalLens): lsp.CodeLens {
  // A command the server lists and handles (protocol.ts); the goal as argument, for a client that shows it.
  return { range: toRange(li, lens.span), command: { title: showBidiControls(lens.title), command: GOAL_LENS_COMMAND, arguments: [lens.goal] } };
}

export function toCodeAction(lineIndex: (uri: string) => LineIndex, fix: QuickFix): lsp.CodeAction {
  return {
    title: showBidiControls(fix.title),
    kind: lsp.CodeActionKind.QuickFix,
    diagnostics: [toLspDiagnostic(fix.diagnostic)],
    isPreferred: fix.preferred,
    edit: toWorkspaceEdit(lineIndex, fix.edits),
  };
}
