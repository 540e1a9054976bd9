/**
 * Runs rules over a workspace model: resolves each rule's severity (CLI
 * override > samstemt.yaml > default), renders messages in the run's language
 * and isolates a crashing rule so the rest of the analysis goes on.
 */
import type { Finding, Lang, Severity, SeverityLevel } from './types.js';
import type { WorkspaceModel } from './workspaceModel.js';
import { render, type Report, type RuleModule } from './rule.js';

export interface RunOptions {
  lang: Lang;
  overrides: Readonly<Record<string, SeverityLevel>>;
}

export interface RuleRunError {
  rule: string;
  message: string;
}

export function severityOf(rule: RuleModule, ws: WorkspaceModel, overrides: Readonly<Record<string, SeverityLevel>>): SeverityLevel {
  return overrides[rule.meta.id] ?? ws.config.rules.get(rule.meta.id)?.level ?? rule.meta.defaultSeverity;
}

export function runRules(ws: WorkspaceModel, rules: readonly RuleModule[], options: RunOptions): { findings: Finding[]; errors: RuleRunError[] } {
  const findings: Finding[] = [];
  const errors: RuleRunError[] = [];
  for (const rule of rules) {
    const level = severityOf(rule, ws, options.overrides);
    if (level === 'off') continue;
    const ctx = {
      ws,
      lang: options.lang,
      report: (r: Report) => findings.push(toFinding(rule, level, r, options.lang)),
    };
    try {
      if (rule.checkDocument) for (const doc of ws.documents) rule.checkDocument(doc, ctx);
      rule.checkWorkspace?.(ctx);
    } catch (e) {
      errors.push({ rule: rule.meta.id, message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    }
  }
  return { findings, errors };
}

function toFinding(rule: RuleModule, level: Severity, r: Report, lang: Lang): Finding {
  const msg = (id: string, data?: Record<string, string | number>) => {
    const template = rule.meta.messages[id];
    return template ? render(template, lang, data) : id;
  };
  const f: Finding = {
    rule: rule.meta.id,
    severity: r.severity ?? level,
    uri: r.uri,
    span: r.span,
    message: msg(r.messageId, r.data),
    related: (r.related ?? []).map((rel) => ({
      uri: rel.uri,
      span: rel.span,
      message: msg(rel.messageId, rel.data),
      ...(rel.goal ? { goal: rel.goal } : {}),
    })),
    fixes: (r.fixes ?? []).map((fx) => ({
      title: { en: render(rule.meta.messages[fx.messageId] ?? { en: fx.messageId }, 'en', fx.data), [lang]: msg(fx.messageId, fx.data) },
      edits: fx.edits,
      ...(fx.preferred ? { preferred: true } : {}),
    })),
  };
  if (r.goal) f.goal = r.goal;
  if (r.suggestions) f.suggestions = r.suggestions;
  if (rule.meta.tags) f.tags = rule.meta.tags;
  return f;
}
