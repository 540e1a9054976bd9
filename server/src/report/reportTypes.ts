/**
 * The alignment report as plain data (`AlignmentReport`): what the HTML,
 * Markdown and JSON renderers, the editor's webview and its tree view show.
 * Built by `buildAlignmentReport` (reportModel.ts) from an analysed workspace
 * and its diagnostics. Everything is JSON-serialisable: the language server
 * sends it to the editor as it is.
 */
import type { Lang, Range, Severity } from '../engine/types.js';

export type SeverityCounts = Record<Severity, number>;

export interface ReportGoal {
  /** `owner#id` */
  key: string;
  id: string;
  owner: string;
  title: string;
  /** HTML id of the goal in the report: `goal-…` (ASCII, unique within the report). */
  anchor: string;
  /** Document URI and the goal heading's range (zero-based, UTF-16), for navigation. */
  uri: string;
  range: Range;
  /** Document path relative to the workspace root, with `/`. */
  file: string;
  area?: string;
  deadline?: string;
  status?: string;
  /** Objectives the goal names itself. */
  direct: string[];
  /** Objectives it serves through the goals it contributes to or sits under. */
  inherited: { objective: string; via: string }[];
  /** Resolved `contributes`, as goal keys. */
  contributesTo: string[];
  contributors: string[];
  findings: SeverityCounts;
}

export interface ReportMember {
  id: string;
  name: string;
  kind?: string;
  population?: number;
  /** Keys of the member's goals, in document order. */
  goals: string[];
  /** Goals that serve at least one national objective (directly or inherited) and are not dropped. */
  linked: number;
  /** Goals with `Status: avbrutt`: counted in `goals`, but neither linked nor unlinked, and not in `share`. */
  dropped: number;
  /** linked / the goals not dropped (0 when the member has none). */
  share: number;
  /** Findings in the member's documents, by severity. */
  findings: SeverityCounts;
  /** Objectives at least one of its goals serves, or serves an objective under (as objective-uncovered counts). */
  objectivesCovered: number;
  /** Strategy documents the member owns in the workspace (0: the report has nothing from it). */
  documents: number;
  /** Without documents here: the cooperation nested in this one's folder (or around it) that has it as a member. */
  elsewhere?: { name?: string; config: string };
}

export interface ReportObjective {
  id: string;
  framework: string;
  kind: string;
  /** Title in the report's language (short form where the catalog has one). */
  title: string;
  /** The full official title. */
  fullTitle: string;
  parent?: string;
  source?: string;
  /** Members with at least one goal serving it or an objective under it (a vision: serving it by name). */
  members: number;
}

export interface CoverageCell {
  member: string;
  objective: string;
  /** Goals of the member naming the objective in `supports`. */
  direct: string[];
  /** Goals of the member serving it only through another goal (`via`). */
  inherited: { goal: string; via: string }[];
}

export interface ConflictSide {
  goal: string;
  /** What this goal wants, in short: «innfører Visma HRM», «frist 2026-06-30». */
  stance?: string;
  /** The diagnostic's message on this goal. */
  message?: string;
  severity?: Severity;
  /** The finding on this goal is an accepted conflict (an `accepts` names this goal and another of the entry). */
  accepted?: boolean;
}

export interface ConflictEntry {
  rule: string;
  /** The most severe side's severity (info for an accepted conflict). */
  severity: Severity;
  /** The goals involved (two, or more for an overbooked resource), sorted. */
  goals: string[];
  sides: ConflictSide[];
  overlap: {
    members: string[];
    indicator?: string;
    resource?: string;
    /** First and last day both (all) goals are active; open ends are absent. */
    window?: { start?: string; end?: string };
    /** Overbooked years (conflict-capacity). */
    years?: number[];
  };
  /** Every side's finding is accepted. */
  accepted: boolean;
  /** Some sides' findings are accepted, others still open (an overbooking accepted by some of its goals only): counts as open. */
  partlyAccepted?: boolean;
  /** The reason of the (first) acceptance, also when only partly accepted. */
  reason?: string;
  /** The goal whose `accepts` records the acceptance. */
  acceptedBy?: string;
}

export interface UnlinkedGoal {
  goal: string;
  suggestions: { objective: string; title: string; score: number; matched: string[] }[];
}

export interface CapacityYear {
  year: number;
  demand: number;
  over: boolean;
  /** What each goal active that year requires of the resource. */
  demands: { goal: string; amount: number }[];
}

export interface CapacityResource {
  id: string;
  owner?: string;
  unit?: string;
  capacity?: number;
  years: CapacityYear[];
}

/** One node of the contribution tree: a goal, the objectives it names, and the goals contributing to it. */
export interface ContributionNode {
  goal: string;
  objectives: string[];
  children: ContributionNode[];
}

export interface AlignmentReport {
  version: 1;
  lang: Lang;
  cooperation?: string;
  /** Workspace root URI. */
  root: string;
  frameworks: { id: string; title: string; period?: string }[];
  members: ReportMember[];
  objectives: ReportObjective[];
  goals: ReportGoal[];
  /** Non-empty cells only; see `coverageCell`. */
  coverage: CoverageCell[];
  conflicts: ConflictEntry[];
  unlinked: UnlinkedGoal[];
  capacity: CapacityResource[];
  /** Roots: goals others contribute to that contribute to nothing themselves. */
  contributions: ContributionNode[];
  totals: {
    goals: number;
    /** Goals not dropped that serve a national objective: with the unlinked and the dropped ones, every goal once. */
    linked: number;
    dropped: number;
    /** Objectives of the enabled frameworks other than their visions, as `objective-uncovered` counts them. */
    objectives: number;
    /** Of those, the ones at least one goal serves. */
    objectivesCovered: number;
    conflicts: number;
    openConflicts: number;
    findings: SeverityCounts;
    /** Goals `check` counts that the report leaves out, and why (their errors are in `findings`). */
    omitted: { duplicateId: number; noOwner: number };
    /** Files of the workspace with a `parse-error` (relative to the root), with their owner when known: goals in them may be missing. */
    unreadable: { file: string; owner?: string }[];
  };
}
