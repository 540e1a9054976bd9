/** Rule sets the tests run on their own, and analysing with only them. */
import { allRules } from '../../server/src/rules/index.js';
import { analyze, analyzeRule, type TestDiagnostic } from './workspace.js';
import type { EngineOptions } from '../../server/src/engine/engine.js';
import type { Lang } from '../../server/src/engine/types.js';

/** The structure rules: a quick fix must never add or remove other findings of these. */
export const STRUCTURE_RULES: readonly string[] = ['contribution-cycle', 'duplicate-goal-id', 'invalid-value', 'missing-owner', 'parse-error', 'unknown-goal-ref', 'unknown-member', 'unknown-objective', 'unknown-property'];

/** Diagnostics of the structure rules only (alignment and conflict rules are tested elsewhere). */
export function analyzeStructure(files: Record<string, string>, options: Partial<EngineOptions> = {}): TestDiagnostic[] {
  return analyze(files, options).filter((d) => STRUCTURE_RULES.includes(d.rule));
}

/** The conflict rules read the model, not each other's findings: running only them keeps the suites fast. */
export const CONFLICT_RULES = allRules.filter((r) => r.meta.category === 'conflicts');

/** The diagnostics of one conflict rule, with only the conflict rules running. */
export function analyzeConflictRule(rule: string, files: Record<string, string>): TestDiagnostic[] {
  return analyzeRule(rule, files, { rules: CONFLICT_RULES });
}

/** A Markdown strategy of one owner for the conflict rules: front matter with a period, a title, then `body`. */
export function conflictMd(owner: string, body: string, period = '2024–2027'): string {
  return `---\nowner: ${owner}\nperiod: ${period}\n---\n\n# Strategi\n\n${body}`;
}

/** The company's goal that adopts Visma HRM, with `props` (property lines, each ending in a newline) before its deadline. */
export function adoptingGoalMd(props: string): string {
  return `---\nowner: ikt-fjord\n---\n\n## Felles personalsystem {#felles-hr}\n\n- Område: hr\n- Innføre: Visma HRM\n${props}- Frist: 2025-12-31\n`;
}

/** Storby's goal of more digital forms, with `props` (property lines) between its heading and its description. */
export function digitalFormsGoalMd(props: string, period = '2024–2027'): string {
  return `---\nowner: storby\nperiod: ${period}\n---\n\n## Flere digitale skjema {#skjema}\n\n${props}\nInnbyggerne skal kunne søke digitalt.\n`;
}

/** A message's texts by language. */
export type Texts = Partial<Record<Lang, string>>;

/** Every `{ en, nb, nn }` inside `value` (a rule's messages, a table of strings), with where it was found. */
export function localized(value: unknown, where: string, out: { where: string; texts: Texts }[] = []): { where: string; texts: Texts }[] {
  if (!value || typeof value !== 'object') return out;
  const o = value as Record<string, unknown>;
  if (typeof o['nb'] === 'string' && typeof o['nn'] === 'string') {
    out.push({ where, texts: o as Texts });
    return out;
  }
  for (const [k, v] of Object.entries(o)) localized(v, `${where}.${k}`, out);
  return out;
}
