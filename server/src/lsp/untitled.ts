/**
 * Untitled buffers (`untitled:Untitled-1`: a new file in VS Code, set to
 * Markdown or YAML, where users paste a goal to try it). They belong to no
 * folder and no cooperation, and must never reach the disk or the restart
 * cache, so the session's engine does not see them. Each one is checked on
 * its own instead, as markdownlint and yaml-language-server check untitled
 * files: an engine over that one text, with the defaults a document outside
 * any cooperation gets (format.md §1: DS19 and DN30), and only the rules whose
 * findings depend on the document alone (UNTITLED_RULES). A buffer that does
 * not look like a strategy document (a shopping list in a new Markdown file)
 * gets no findings.
 */
import type * as lsp from 'vscode-languageserver';
import { Engine, type CatalogSource, type IWorkspaceHost } from '../engine/engine.js';
import { looksLikeStrategyYaml } from '../engine/parse/yamlDocument.js';
import { headingIdMatch } from '../engine/parse/markdown.js';
import type { RuleModule } from '../engine/rule.js';
import type { Diagnostic, Lang } from '../engine/types.js';
import { LineIndex } from '../engine/text/lineIndex.js';
import { quickFixes, type QuickFix } from '../engine/language/codeActions.js';
import type { LanguageContext } from '../engine/language/context.js';
import { toLspDiagnostic } from './convert.js';

/**
 * What a document shows on its own. Left out: rules that read other documents
 * or the cooperation's members (unknown-goal-ref, unknown-member,
 * uniform-mandate, invalid-value's goal references, duplicate-goal-id,
 * contribution-cycle), goal-unlinked (a goal may be linked through another
 * document's goal), objective-uncovered (about the whole cooperation), the
 * conflict rules (between members' goals), and missing-owner: a goal pasted
 * to try it has no front matter, and the owner only matters once the
 * document joins a cooperation.
 */
export const UNTITLED_RULES: ReadonlySet<string> = new Set(['parse-error', 'unknown-property', 'unknown-objective', 'weak-link', 'beyond-framework-period', 'goal-not-measurable', 'solution-first']);

/** Where the one-file engine keeps the buffer: a name the defaults select as a document. Nothing is read from or written there. */
const ROOT = 'file:///samstemt-untitled/';

/** A goal heading (`## Title {#id}`) or front matter with an owner: what makes Markdown a strategy document (format.md §2.1). */
export function looksLikeStrategy(text: string, yaml: boolean): boolean {
  if (yaml) return looksLikeStrategyYaml(text);
  const lines = text.split(/\r?\n|\r/);
  return lines.some(isGoalHeading) || ownerInFrontMatter(lines);
}

// Line by line, with plain string tests: a single pattern for either was open to catastrophic backtracking (test/robustness/redos).
const HEADING_START = /^ {0,3}#{1,6}[ \t]/;
const OWNER_KEY = /^["']?(owner|eier|eigar)["']?[ \t]*:/i;

/** A heading line ending in `{#id}` as the reader reads it (also with a hard line break or an invisible character after it). */
function isGoalHeading(line: string): boolean {
  if (!HEADING_START.test(line)) return false;
  const id = headingIdMatch(line)?.[1];
  return id !== undefined && id !== '';
}

function ownerInFrontMatter(lines: readonly string[]): boolean {
  if (lines[0]?.trimEnd() !== '---') return false;
  for (let i = 1; i < lines.length && lines[i]!.trimEnd() !== '---' && lines[i]!.trimEnd() !== '...'; i++) if (OWNER_KEY.test(lines[i]!)) return true;
  return false;
}

export function isUntitled(uri: string): boolean {
  return uri.startsWith('untitled:');
}

export interface UntitledOptions {
  catalogs: readonly CatalogSource[];
  rules: readonly RuleModule[];
  /** The message languages in force (the editor's setting, its display language). */
  langs: () => { lang?: Lang; defaultLang?: Lang };
  publish: (uri: string, diagnostics: lsp.Diagnostic[], version: number) => void;
  onError: (e: unknown) => void;
}

/** How long after the last change an untitled buffer is checked (ms): it is one small text. */
const DELAY_MS = 20;

/** An open untitled buffer, as vscode-languageserver keeps it. */
export interface UntitledBuffer {
  uri: string;
  languageId: string;
  version: number;
  getText(): string;
}

export class UntitledChecker {
  readonly #timers = new Map<string, NodeJS.Timeout>();
  /** The open buffers: checked again when the message language changes. */
  readonly #open = new Map<string, UntitledBuffer>();
  readonly #rules: readonly RuleModule[];

  constructor(private readonly options: UntitledOptions) {
    this.#rules = options.rules.filter((r) => UNTITLED_RULES.has(r.meta.id));
  }

  /** The buffer was opened or changed: check it once the typing pauses. */
  changed(doc: UntitledBuffer): void {
    this.#open.set(doc.uri, doc);
    clearTimeout(this.#timers.get(doc.uri));
    const timer = setTimeout(() => {
      this.#timers.delete(doc.uri);
      try {
        this.options.publish(doc.uri, this.check(doc.uri, doc.getText(), doc.languageId), doc.version);
      } catch (e) {
        this.options.onError(e);
      }
    }, DELAY_MS);
    timer.unref();
    this.#timers.set(doc.uri, timer);
  }

  /** The message language changed: every open buffer's findings are written again in it. */
  recheckAll(): void {
    for (const doc of this.#open.values()) this.changed(doc);
  }

  /** The buffer was closed: its findings go with it. */
  closed(uri: string, version: number): void {
    this.#open.delete(uri);
    clearTimeout(this.#timers.get(uri));
    this.#timers.delete(uri);
    this.options.publish(uri, [], version);
  }

  /** The findings of the per-document rules on `text`, at `uri`. */
  check(uri: string, text: string, languageId: string): lsp.Diagnostic[] {
    return this.#analyse(uri, text, languageId).diagnostics.map(toLspDiagnostic);
  }

  /**
   * The quick fixes of the open buffer `uri`'s findings that overlap the
   * range, as for a file (features.ts): the buffer's current text is checked
   * again (one small text), so the edits fit the text the editor has. With
   * the line index of that text, to convert their offsets.
   */
  fixes(uri: string, range: lsp.Range, rules: ReadonlySet<string>): { fixes: QuickFix[]; lineIndex: LineIndex } {
    const doc = this.#open.get(uri);
    const text = doc?.getText() ?? '';
    const lineIndex = new LineIndex(text);
    if (!doc) return { fixes: [], lineIndex };
    const { diagnostics, lang } = this.#analyse(uri, text, doc.languageId);
    const span = { start: lineIndex.offsetAt(range.start), end: lineIndex.offsetAt(range.end) };
    return { fixes: quickFixes(diagnostics, span, lang, rules), lineIndex };
  }

  /**
   * A language context over the open buffer `uri` alone, and the file the
   * buffer stands for in it (its spans are the buffer's offsets): completion,
   * hover and the outline of a new document work as in a file, with the
   * defaults and its own goals. Undefined for a buffer that is not open or
   * does not look like a strategy document.
   */
  context(uri: string): { ctx: LanguageContext; file: string; lineIndex: LineIndex } | undefined {
    const doc = this.#open.get(uri);
    const text = doc?.getText() ?? '';
    const run = doc && this.#run(uri, text, doc.languageId);
    if (!run) return undefined;
    const { engine, result, file } = run;
    const ws = result.workspaces[0];
    const ctx: LanguageContext = {
      workspaces: result.workspaces,
      diagnostics: result.diagnostics,
      lang: ws ? engine.messageLangOf(ws) : (this.options.langs().lang ?? this.options.langs().defaultLang ?? 'nb'),
      knownFrameworks: engine.builtInFrameworks,
      ruleIds: this.#rules.map((r) => r.meta.id),
    };
    return { ctx, file, lineIndex: new LineIndex(text) };
  }

  /** The one-file engine over `text` and its analysis, or undefined when the text does not look like a strategy document. */
  #run(uri: string, text: string, languageId: string) {
    const { lang, defaultLang } = this.options.langs();
    const yaml = /^ya?ml$/i.test(languageId);
    if (!looksLikeStrategy(text, yaml)) return undefined;
    const file = `${ROOT}draft.strategy.${yaml ? 'yaml' : 'md'}`;
    const host: IWorkspaceHost = { listFiles: () => [file], readFile: (u) => (u === file ? text : undefined) };
    const engine = new Engine(host, { catalogs: this.options.catalogs, rules: this.#rules, roots: [ROOT], explicitDocuments: [file], surface: 'editor', ...(lang ? { lang } : {}), ...(defaultLang ? { defaultLang } : {}) });
    const result = engine.analyze();
    for (const e of result.errors) this.options.onError(new Error(`rule ${e.rule} failed on ${uri}: ${e.message}`));
    return { engine, result, file };
  }

  /** The engine's findings on `text` with every location inside it at `uri`, and the language of their fixes' titles. */
  #analyse(uri: string, text: string, languageId: string): { diagnostics: Diagnostic[]; lang: Lang } {
    const { lang, defaultLang } = this.options.langs();
    const run = this.#run(uri, text, languageId);
    if (!run) return { diagnostics: [], lang: lang ?? defaultLang ?? 'nb' };
    const { engine, result, file } = run;
    const ws = result.workspaces[0];
    // Locations inside the buffer point into it; none can point elsewhere (there is nothing else). A fix's title is a getter: read, not spread.
    const here = <T extends { uri: string }>(list: readonly T[]) => list.filter((x) => x.uri === file).map((x) => ({ ...x, uri }));
    const diagnostics = (result.diagnostics.get(file) ?? []).map((d) => ({ ...d, uri, related: here(d.related), fixes: d.fixes.map((f) => ({ title: f.title, edits: here(f.edits), ...(f.preferred ? { preferred: true } : {}) })) }));
    return { diagnostics, lang: ws ? engine.messageLangOf(ws) : (lang ?? defaultLang ?? 'nb') };
  }

  dispose(): void {
    for (const t of this.#timers.values()) clearTimeout(t);
    this.#timers.clear();
  }
}
