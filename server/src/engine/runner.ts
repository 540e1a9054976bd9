/**
 * Runs rules over a workspace model: resolves each rule's severity (CLI
 * override > samstemt.yaml > default), renders messages in the run's language
 * and isolates a crashing rule so the rest of the analysis goes on.
 *
 * Incremental: given the `RuleCache` of the previous run of the same
 * workspace, a rule's per-document findings are reused for every document
 * that is the same parsed object as before, while the config, the enabled
 * frameworks, the rule's severity and the workspace facts it `reads` are
 * unchanged, and the documents its findings point into are unchanged too.
 */
import type { Finding, Fix, Lang, Localized, Severity, SeverityLevel, StrategyDocument, TextEdit } from './types.js';
import type { WorkspaceModel } from './workspaceModel.js';
import { render, type FixReport, type Report, type RuleModule } from './rule.js';
import { sameItems } from './memo.js';
import { surfaceData, type Surface } from './surface.js';

export interface RunOptions {
  lang: Lang;
  /** Where the findings are read (advice such as how to list the objectives differs); default `cli`. */
  surface?: Surface;
  overrides: Readonly<Record<string, SeverityLevel>>;
}

export interface RuleRunError {
  rule: string;
  message: string;
}

export function severityOf(rule: RuleModule, ws: WorkspaceModel, overrides: Readonly<Record<string, SeverityLevel>>): SeverityLevel {
  return overrides[rule.meta.id] ?? ws.config.rules.get(rule.meta.id)?.level ?? rule.meta.defaultSeverity;
}

/** One rule's findings on one document (or on the workspace), and what they were computed from. */
interface CachedFindings {
  doc: StrategyDocument | undefined;
  /** Severity and the fingerprints of the facts the rule reads (the latest equal copy: see `lookup`). */
  key: readonly string[];
  findings: Finding[];
  /** Documents the findings point into (at or in related locations), as they were. */
  docs: ReadonlyMap<string, StrategyDocument>;
}

/**
 * The findings of the last run of one workspace, per rule and document (and
 * per rule for workspace rules that declare what they read); keep one per
 * workspace root.
 */
export class RuleCache {
  #setup: readonly unknown[] = [];
  /** Entries by rule id, then by document URI ('' for a workspace rule): no key string to build per lookup. */
  #entries = new Map<string, Map<string, CachedFindings>>();
  /** Work counters, for tests of incremental behaviour: `checkDocument` calls made and skipped, workspace rules reused. */
  readonly stats = { documentRuns: 0, documentReuses: 0, workspaceReuses: 0 };

  /**
   * Findings rendered from reports that a rule replays from an earlier
   * analysis (conflict pairs): the same report gives the same finding object.
   */
  rendered = new WeakMap<Report, Finding>();

  /** Drops everything when what every rule reads (config, frameworks, language, overrides) changed. */
  begin(setup: readonly unknown[]): void {
    if (setup.length !== this.#setup.length || setup.some((x, i) => x !== this.#setup[i])) {
      this.#entries.clear();
      this.rendered = new WeakMap();
    }
    this.#setup = setup;
  }

  lookup(rule: string, doc: StrategyDocument | undefined, key: readonly string[], docs: ReadonlyMap<string, StrategyDocument>): Finding[] | undefined {
    const hit = this.#entries.get(rule)?.get(doc?.uri ?? '');
    // Fingerprints are interned: equal ones are usually the same string, and compare as pointers.
    if (!hit || hit.doc !== doc || !sameItems(hit.key, key)) return undefined;
    for (const [uri, was] of hit.docs) if (docs.get(uri) !== was) return undefined;
    // Equal fingerprints may be other strings of the same text (tens of KB in a large workspace): keep one copy.
    hit.key = key;
    return hit.findings;
  }

  store(rule: string, doc: StrategyDocument | undefined, key: readonly string[], findings: Finding[], docs: ReadonlyMap<string, StrategyDocument>): void {
    const seen = new Map<string, StrategyDocument>();
    const note = (uri: string) => {
      const d = docs.get(uri);
      if (d) seen.set(uri, d);
    };
    for (const f of findings) {
      note(f.uri);
      for (const r of f.related) note(r.uri);
    }
    let byUri = this.#entries.get(rule);
    if (!byUri) this.#entries.set(rule, (byUri = new Map()));
    byUri.set(doc?.uri ?? '', { doc, key, findings, docs: seen });
  }

  /** Forgets documents that left the workspace. */
  retain(docs: ReadonlyMap<string, StrategyDocument>): void {
    for (const byUri of this.#entries.values()) {
      for (const [uri, entry] of byUri) if (entry.doc && !docs.has(entry.doc.uri)) byUri.delete(uri);
    }
  }
}

export interface RuleRun {
  findings: Finding[];
  errors: RuleRunError[];
}

export function runRules(ws: WorkspaceModel, rules: readonly RuleModule[], options: RunOptions, cache = new RuleCache()): RuleRun {
  return runToEnd(runRulesInSteps(ws, rules, options, cache));
}

/**
 * `runRules` in steps: one per rule that runs, so that a host can answer
 * requests between rules of a large workspace. A run dropped between two
 * steps leaves the cache consistent (each rule's findings are stored whole);
 * the next run reuses what the finished rules stored.
 */
export function* runRulesInSteps(ws: WorkspaceModel, rules: readonly RuleModule[], options: RunOptions, cache = new RuleCache()): Generator<undefined, RuleRun, void> {
  const findings: Finding[] = [];
  const errors: RuleRunError[] = [];
  const docs = new Map(ws.documents.map((d) => [d.uri, d]));
  cache.begin([ws.config, ...ws.frameworks, options.lang, options.surface ?? 'cli', JSON.stringify(options.overrides)]);
  for (const rule of rules) {
    const level = severityOf(rule, ws, options.overrides);
    if (level === 'off') continue;
    let sink = findings;
    const ctx = {
      ws,
      lang: options.lang,
      report: (r: Report) => {
        let f = cache.rendered.get(r);
        if (!f || f.rule !== rule.meta.id) {
          f = toFinding(rule, level, r, options.lang, options.surface ?? 'cli');
          cache.rendered.set(r, f);
        }
        sink.push(f);
      },
    };
    try {
      if (rule.checkDocument) {
        const key = [level, ...(rule.meta.reads ?? []).map((fact) => ws.fingerprint(fact))];
        for (const doc of ws.documents) {
          const docKey = rule.documentKey ? [...key, rule.documentKey(doc, ws)] : key;
          const reused = cache.lookup(rule.meta.id, doc, docKey, docs);
          if (reused) {
            cache.stats.documentReuses++;
            append(findings, reused);
            continue;
          }
          sink = [];
          cache.stats.documentRuns++;
          rule.checkDocument(doc, ctx);
          cache.store(rule.meta.id, doc, docKey, sink, docs);
          append(findings, sink);
          sink = findings;
        }
      }
      if (rule.checkWorkspace) {
        // A workspace rule that declares what it reads is reused like a document's findings.
        const key = rule.meta.reads ? [level, ...rule.meta.reads.map((fact) => ws.fingerprint(fact))] : undefined;
        const reused = key && cache.lookup(rule.meta.id, undefined, key, docs);
        if (reused) {
          cache.stats.workspaceReuses++;
          append(findings, reused);
        } else {
          sink = [];
          rule.checkWorkspace(ctx);
          if (key) cache.store(rule.meta.id, undefined, key, sink, docs);
          append(findings, sink);
          sink = findings;
        }
      }
    } catch (e) {
      sink = findings;
      errors.push({ rule: rule.meta.id, message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
    yield;
  }
  cache.retain(docs);
  return { findings, errors };
}

/** The value a stepped computation returns, all steps taken at once. */
export function runToEnd<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `to.push(...from)` without spreading: a rule may report more findings than a call takes arguments. */
function append<T>(to: T[], from: readonly T[]): void {
  for (const x of from) to.push(x);
}

/** Most severe first. */
const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

function toFinding(rule: RuleModule, level: Severity, r: Report, lang: Lang, surface: Surface): Finding {
  const phrases = surfaceData(surface, lang);
  const msg = (id: string, data?: Record<string, string | number>) => {
    const template = rule.meta.messages[id];
    return template ? render(template, lang, data, phrases) : id;
  };
  const f: Finding = {
    rule: rule.meta.id,
    severity: r.severity ?? (r.atMost && SEVERITY_ORDER.indexOf(r.atMost) > SEVERITY_ORDER.indexOf(level) ? r.atMost : level),
    uri: r.uri,
    span: r.span,
    message: msg(r.messageId, r.data),
    related: (r.related ?? []).map((rel) => ({
      uri: rel.uri,
      span: rel.span,
      message: msg(rel.messageId, rel.data),
      ...(rel.goal ? { goal: rel.goal } : {}),
    })),
    fixes: (r.fixes ?? []).map((fx) => new RuleFix(rule.meta.messages[fx.messageId] ?? { en: fx.messageId }, fx, lang)),
  };
  if (r.goal) f.goal = r.goal;
  if (r.suggestions) f.suggestions = r.suggestions;
  if (rule.meta.tags) f.tags = rule.meta.tags;
  return f;
}

/**
 * A rule's fix, titled when the title is read: only an editor's quick-fix
 * menu shows titles, and rendering two languages for every fix of every
 * finding up front kept about 3 MB of strings alive at 16 000 goals.
 */
class RuleFix implements Fix {
  readonly edits: TextEdit[];
  declare readonly preferred?: boolean;
  /** The title's template and data, and the run's language (compared by tests that compare findings). */
  readonly titleTemplate: Localized;
  readonly titleData: FixReport['data'];
  readonly lang: Lang;

  constructor(template: Localized, fx: FixReport, lang: Lang) {
    this.titleTemplate = template;
    this.titleData = fx.data;
    this.lang = lang;
    this.edits = fx.edits;
    if (fx.preferred) (this as { preferred?: boolean }).preferred = true;
  }

  /** In English (the fallback) and in the run's language. */
  get title(): Localized {
    return { en: render(this.titleTemplate, 'en', this.titleData), [this.lang]: render(this.titleTemplate, this.lang, this.titleData) };
  }
}
