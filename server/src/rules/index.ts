/**
 * The rule registry: every rule of rules.md, one module each, sorted by id.
 * A new rule adds one import and one entry here (and a docs page and a test
 * file: test/rules/catalog.test.ts checks all three exist).
 */
import type { RuleModule } from '../engine/rule.js';
// --- imports (keep sorted) ---
import beyondFrameworkPeriod from './beyond-framework-period.js';
import conflictCapacity from './conflict-capacity.js';
import conflictDeadline from './conflict-deadline.js';
import conflictDirection from './conflict-direction.js';
import conflictSystemChoice from './conflict-system-choice.js';
import contributionCycle from './contribution-cycle.js';
import duplicateGoalId from './duplicate-goal-id.js';
import goalNotMeasurable from './goal-not-measurable.js';
import goalUnlinked from './goal-unlinked.js';
import invalidValue from './invalid-value.js';
import missingOwner from './missing-owner.js';
import objectiveUncovered from './objective-uncovered.js';
import parseError from './parse-error.js';
import possibleConflict from './possible-conflict.js';
import solutionFirst from './solution-first.js';
import uniformMandate from './uniform-mandate.js';
import unknownGoalRef from './unknown-goal-ref.js';
import unknownMember from './unknown-member.js';
import unknownObjective from './unknown-objective.js';
import unknownProperty from './unknown-property.js';
import weakLink from './weak-link.js';
import { compareText } from '../engine/text/order.js';
// --- end imports ---

export const allRules: readonly RuleModule[] = [
  // --- entries (keep sorted) ---
  beyondFrameworkPeriod,
  conflictCapacity,
  conflictDeadline,
  conflictDirection,
  conflictSystemChoice,
  contributionCycle,
  duplicateGoalId,
  goalNotMeasurable,
  goalUnlinked,
  invalidValue,
  missingOwner,
  objectiveUncovered,
  parseError,
  possibleConflict,
  solutionFirst,
  uniformMandate,
  unknownGoalRef,
  unknownMember,
  unknownObjective,
  unknownProperty,
  weakLink,
  // --- end entries ---
].sort((a, b) => compareText(a.meta.id, b.meta.id));

export function ruleById(id: string): RuleModule | undefined {
  return allRules.find((r) => r.meta.id === id);
}
