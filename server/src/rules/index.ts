/**
 * The rule registry: every rule of rules.md, one module each, sorted by id.
 * A new rule adds one import and one entry here (and a docs page and a test
 * file: test/rules/catalog.test.ts checks all three exist).
 */
import type { RuleModule } from '../engine/rule.js';
// --- imports (keep sorted) ---
import contributionCycle from './contribution-cycle.js';
import duplicateGoalId from './duplicate-goal-id.js';
import invalidValue from './invalid-value.js';
import missingOwner from './missing-owner.js';
import parseError from './parse-error.js';
import unknownGoalRef from './unknown-goal-ref.js';
import unknownMember from './unknown-member.js';
import unknownObjective from './unknown-objective.js';
import unknownProperty from './unknown-property.js';
// --- end imports ---

export const allRules: readonly RuleModule[] = [
  // --- entries (keep sorted) ---
  contributionCycle,
  duplicateGoalId,
  invalidValue,
  missingOwner,
  parseError,
  unknownGoalRef,
  unknownMember,
  unknownObjective,
  unknownProperty,
  // --- end entries ---
].sort((a, b) => a.meta.id.localeCompare(b.meta.id));

export function ruleById(id: string): RuleModule | undefined {
  return allRules.find((r) => r.meta.id === id);
}
