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
import type { RuleModule } from '../engine/rule.js';
import type { Lang } from '../engine/types.js';
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

function isGoalHeading(line: string): boolean {
  if (!HEADING_START.test(line)) return false;
  let end = line.length;
  while (end > 0 && ' \t#'.includes(line[end - 1]!)) end--; // trailing spaces and closing #s
  const open = line.lastIndexOf('{#', end);
  const id = open < 0 || line[end - 1] !== '}' ? '' : line.slice(open + 2, end - 1);
  return id !== '' && !/[\s}]/.test(id);
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

export class UntitledChecker {
  readonly #timers = new Map<string, NodeJS.Timeout>();
  readonly #rules: readonly RuleModule[];

  constructor(private readonly options: UntitledOptions) {
    this.#rules = options.rules.filter((r) => UNTITLED_RULES.has(r.meta.id));
  }

  /** The buffer was opened or changed: check it once the typing pauses. */
  changed(doc: { uri: string; languageId: string; version: number; getText(): string }): void {
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

  /** The buffer was closed: its findings go with it. */
  closed(uri: string, version: number): void {
    clearTimeout(this.#timers.get(uri));
    this.#timers.delete(uri);
    this.options.publish(uri, [], version);
  }

  /** The findings of the per-document rules on `text`, at `uri`. */
  check(uri: string, text: string, languageId: string): lsp.Diagnostic[] {
    const yaml = /^ya?ml$/i.test(languageId);
    if (!looksLikeStrategy(text, yaml)) return [];
    const file = `${ROOT}draft.strategy.${yaml ? 'yaml' : 'md'}`;
    const host: IWorkspaceHost = { listFiles: () => [file], readFile: (u) => (u === file ? text : undefined) };
    const { lang, defaultLang } = this.options.langs();
    const engine = new Engine(host, { catalogs: this.options.catalogs, rules: this.#rules, roots: [ROOT], explicitDocuments: [file], surface: 'editor', ...(lang ? { lang } : {}), ...(defaultLang ? { defaultLang } : {}) });
    const result = engine.analyze();
    for (const e of result.errors) this.options.onError(new Error(`rule ${e.rule} failed on ${uri}: ${e.message}`));
    // Related locations inside the buffer point into it; none can point elsewhere (there is nothing else).
    return (result.diagnostics.get(file) ?? []).map((d) => toLspDiagnostic({ ...d, related: d.related.filter((r) => r.uri === file).map((r) => ({ ...r, uri })) }));
  }

  dispose(): void {
    for (const t of this.#timers.values()) clearTimeout(t);
    this.#timers.clear();
  }
}
