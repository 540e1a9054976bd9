/**
 * Request handlers: position → offset, call the pure language service on a
 * fresh analysis, convert the answer back. No feature logic lives here.
 */
import * as lsp from 'vscode-languageserver';
import { codeLenses, complete, definition, documentSymbols, findFile, hover, prepareRename, quickFixes, references, rename, renameRefused, workspaceSymbols, type GoalSymbol } from '../engine/language/index.js';
import { normalizeUri, type Session } from './session.js';
import type { DiagnosticsScheduler } from './diagnostics.js';
import { markup, toCodeAction, toCodeLens, toCompletionItem, toDocumentSymbol, toFlatSymbols, toLocation, toOffset, toRange, toSymbolInformation, toWorkspaceEdit, SOURCE } from './convert.js';
import type { ObjectiveInfo, SummaryResult } from './protocol.js';
import { isUntitled, type UntitledChecker } from './untitled.js';

/**
 * What the client said it can take (initialize): what it does not take is
 * converted (Markdown to plain text) or left out (code actions), as LSP asks.
 */
export interface ClientSupport {
  /** Markdown in hovers: unless `hover.contentFormat` lists only other kinds. */
  hoverMarkdown: boolean;
  /** Markdown in completion documentation: unless `completionItem.documentationFormat` lists only other kinds. */
  completionMarkdown: boolean;
  /** CodeAction literals (`codeActionLiteralSupport`); without them the server offers no quick fixes, as it has no commands. */
  codeActionLiterals: boolean;
  /** DocumentSymbol trees (`hierarchicalDocumentSymbolSupport`); without them, a flat SymbolInformation list, as LSP prescribes. */
  hierarchicalSymbols: boolean;
}

/** Markdown, unless the client lists the formats it takes and Markdown is not among them. */
const takesMarkdown = (formats: readonly string[] | undefined) => formats === undefined || formats.includes(lsp.MarkupKind.Markdown);

export function clientSupport(capabilities: lsp.ClientCapabilities): ClientSupport {
  const td = capabilities.textDocument;
  return {
    hoverMarkdown: takesMarkdown(td?.hover?.contentFormat),
    completionMarkdown: takesMarkdown(td?.completion?.completionItem?.documentationFormat),
    codeActionLiterals: td?.codeAction?.codeActionLiteralSupport !== undefined,
    hierarchicalSymbols: td?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
  };
}

export class Features {
  support: ClientSupport = { hoverMarkdown: true, completionMarkdown: true, codeActionLiterals: true, hierarchicalSymbols: true };

  constructor(
    private readonly session: Session,
    private readonly scheduler: DiagnosticsScheduler,
    private readonly untitled: UntitledChecker,
  ) {}

  /** A language context over the current text and the offset of a position. */
  #at(params: lsp.TextDocumentPositionParams) {
    const uri = normalizeUri(params.textDocument.uri);
    const ctx = this.session.modelContext(uri);
    const li = this.session.lineIndex(uri);
    return { ctx, uri, li, offset: toOffset(li, params.position) };
  }

  /**
   * The same over an untitled buffer, checked on its own (untitled.ts): `uri` is
   * where the buffer stands in its context, with the buffer's own offsets.
   */
  #atUntitled(params: lsp.TextDocumentPositionParams) {
    const u = this.untitled.context(normalizeUri(params.textDocument.uri));
    return u && { ctx: u.ctx, uri: u.file, li: u.lineIndex, offset: toOffset(u.lineIndex, params.position) };
  }

  readonly #li = (uri: string) => this.session.lineIndex(uri);

  hover(params: lsp.HoverParams): lsp.Hover | null {
    const at = isUntitled(params.textDocument.uri) ? this.#atUntitled(params) : this.#at(params);
    if (!at) return null;
    const { ctx, uri, li, offset } = at;
    const h = hover(ctx, uri, offset);
    return h ? { contents: markup(h.contents, this.support.hoverMarkdown), range: toRange(li, h.span) } : null;
  }

  /** In an untitled buffer too: a new document is filled in with the keys, objectives and values a file gets. */
  completion(params: lsp.CompletionParams): lsp.CompletionList {
    const at = isUntitled(params.textDocument.uri) ? this.#atUntitled(params) : this.#at(params);
    if (!at) return { isIncomplete: false, items: [] };
    const { ctx, uri, li, offset } = at;
    return { isIncomplete: false, items: complete(ctx, uri, offset).map((i) => toCompletionItem(li, i, this.support.completionMarkdown)) };
  }

  definition(params: lsp.DefinitionParams): lsp.Location[] {
    const { ctx, uri, offset } = this.#at(params);
    return definition(ctx, uri, offset).map((l) => toLocation(this.#li, l));
  }

  references(params: lsp.ReferenceParams): lsp.Location[] {
    const { ctx, uri, offset } = this.#at(params);
    return references(ctx, uri, offset, params.context.includeDeclaration).map((l) => toLocation(this.#li, l));
  }

  prepareRename(params: lsp.PrepareRenameParams): lsp.PrepareRenameResult | lsp.ResponseError<void> | null {
    const { ctx, uri, li, offset } = this.#at(params);
    const r = prepareRename(ctx, uri, offset);
    if (r) return { range: toRange(li, r.span), placeholder: r.placeholder };
    // Refused with the reason, as rename refuses: for a null answer VS Code and Neovim show only a generic English text.
    const refused = renameRefused(ctx, uri, offset);
    return refused ? new lsp.ResponseError(lsp.LSPErrorCodes.RequestFailed, refused) : null;
  }

  rename(params: lsp.RenameParams): lsp.WorkspaceEdit | lsp.ResponseError<void> | null {
    const { ctx, uri, offset } = this.#at(params);
    const r = rename(ctx, uri, offset, params.newName);
    if (!r) return null;
    if ('error' in r) return new lsp.ResponseError(lsp.ErrorCodes.InvalidParams, r.error);
    if ('refused' in r) return new lsp.ResponseError(lsp.LSPErrorCodes.RequestFailed, r.refused);
    return toWorkspaceEdit(this.#li, r.edits);
  }

  documentSymbols(params: lsp.DocumentSymbolParams): lsp.DocumentSymbol[] | lsp.SymbolInformation[] {
    const uri = normalizeUri(params.textDocument.uri);
    const u = isUntitled(uri) ? this.untitled.context(uri) : undefined;
    const file = u ? findFile(u.ctx, u.file) : findFile(this.session.modelContext(uri), uri);
    if (!file || file.kind !== 'document') return [];
    const li = u?.lineIndex ?? this.session.lineIndex(uri);
    // An untitled buffer's goals stand at the buffer, not at the file of its context.
    const at = (list: readonly GoalSymbol[]): GoalSymbol[] => list.map((s) => ({ ...s, uri, children: at(s.children) }));
    const symbols = u ? at(documentSymbols(file.doc)) : documentSymbols(file.doc);
    return this.support.hierarchicalSymbols ? symbols.map((s) => toDocumentSymbol(li, s)) : toFlatSymbols(li, symbols);
  }

  workspaceSymbols(params: lsp.WorkspaceSymbolParams): lsp.SymbolInformation[] {
    return workspaceSymbols(this.session.modelContext(), params.query).map((s) => toSymbolInformation(this.#li, s));
  }

  codeLens(params: lsp.CodeLensParams): lsp.CodeLens[] {
    const uri = normalizeUri(params.textDocument.uri);
    const ctx = this.session.modelContext(uri);
    const li = this.session.lineIndex(uri);
    return codeLenses(ctx, uri).map((l) => toCodeLens(li, l));
  }

  /** The goal and title of each lens of `uri` in the current analysis, as one string (lensRefresh.ts compares them). */
  lensTitles(uri: string): string {
    const u = normalizeUri(uri);
    return codeLenses(this.session.context(u), u)
      .map((l) => `${l.goal}\t${l.title}`)
      .join('\n');
  }

  codeActions(params: lsp.CodeActionParams): lsp.CodeAction[] {
    if (params.context.only && !params.context.only.some((k) => k === lsp.CodeActionKind.QuickFix || lsp.CodeActionKind.QuickFix.startsWith(k))) return [];
    const rules = new Set(params.context.diagnostics.filter((d) => d.source === SOURCE && typeof d.code === 'string').map((d) => String(d.code)));
    // An untitled buffer is checked on its own (untitled.ts), never by the session.
    if (isUntitled(params.textDocument.uri)) {
      const { fixes, lineIndex } = this.untitled.fixes(params.textDocument.uri, params.range, rules);
      return this.support.codeActionLiterals ? fixes.map((f) => toCodeAction(() => lineIndex, f)) : [];
    }
    const result = this.scheduler.flush();
    const uri = normalizeUri(params.textDocument.uri);
    const li = this.session.lineIndex(uri);
    const span = { start: toOffset(li, params.range.start), end: toOffset(li, params.range.end) };
    const fixes = quickFixes(result.diagnostics.get(uri) ?? [], span, this.session.uiLang(result, uri), rules);
    // The analysis above is still finished and published: a client asks for code actions to get current diagnostics too.
    return this.support.codeActionLiterals ? fixes.map((f) => toCodeAction(this.#li, f)) : [];
  }

  summary(): SummaryResult {
    this.session.setRoots(this.session.roots); // "check workspace": re-read everything from disk
    const result = this.scheduler.flush();
    const s: SummaryResult = { files: result.diagnostics.size, goals: 0, errors: 0, warnings: 0, infos: 0, hints: 0, workspaces: result.workspaces.map((w) => w.config.cooperation ?? w.root) };
    for (const ws of result.workspaces) s.goals += ws.goals.length;
    for (const list of result.diagnostics.values()) {
      for (const d of list) {
        if (d.severity === 'error') s.errors++;
        else if (d.severity === 'warning') s.warnings++;
        else if (d.severity === 'info') s.infos++;
        else s.hints++;
      }
    }
    return s;
  }

  objectives(): ObjectiveInfo[] {
    const ctx = this.session.modelContext();
    const frameworks = ctx.workspaces.length ? [...new Map(ctx.workspaces.flatMap((w) => w.frameworks).map((f) => [f.id, f])).values()] : ctx.knownFrameworks;
    return frameworks.flatMap((f) =>
      f.objectives.map((o) => ({
        id: o.id,
        framework: f.id,
        title: ctx.lang === 'en' && o.titleEn ? o.titleEn : o.title,
        description: ctx.lang === 'en' && o.descriptionEn ? o.descriptionEn : o.description,
        uri: o.uri,
        line: this.session.lineIndex(o.uri).positionAt(o.span.start).line,
      })),
    );
  }
}
