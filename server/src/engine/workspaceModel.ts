/**
 * One analysed workspace (one cooperation): its config, documents, goals,
 * members and enabled frameworks, with the lookups rules need. Built from
 * parsed documents; cheap to rebuild.
 */
import type { Framework, Goal, GoalRef, GoalText, Objective, StrategyDocument, Suggestion } from './types.js';
import type { MemberDef, WorkspaceConfig } from './model/config.js';
import { guess, GuessCandidates, type Guess } from './text/normalize.js';
import { isUnstated } from './model/placeholder.js';
import type { Ranker } from './linking/ranker.js';
import type { WorkspaceFact } from './rule.js';
import { sameItems } from './memo.js';

export interface FrameworkFile {
  uri: string;
  text: string;
  problems: import('./types.js').ParseProblem[];
  /** Wrong values and unknown keys in the file. */
  valueProblems: import('./types.js').ValueProblem[];
}

/**
 * Another cooperation nested in this one's folder, or around it (a
 * `samstemt.yaml` below or above this one's): its goals are not this
 * cooperation's, but a reference to one of its members is told so.
 */
export interface OtherCooperation {
  /** Its `samstemt.yaml`, relative to this workspace's root (`strategier/nett/samstemt.yaml`, `../samstemt.yaml`). */
  config: string;
  /** Its `cooperation:` name, if written. */
  name?: string;
  /** Its declared member IDs. */
  members: readonly string[];
}

export interface WorkspaceModel {
  /** Folder URI with a trailing slash. */
  root: string;
  /** The cooperations nested in this one's folder or around it, nearest first. */
  otherCooperations: readonly OtherCooperation[];
  /** The nearest other cooperation (nested in this one or around it) that has `member` as a member. */
  cooperationOf(member: string): OtherCooperation | undefined;
  config: WorkspaceConfig;
  documents: StrategyDocument[];
  /** Enabled frameworks, in config order. */
  frameworks: Framework[];
  /** Custom framework files of this workspace (for their parse problems). */
  frameworkFiles: FrameworkFile[];
  /** Every goal of every document, in document order. */
  goals: Goal[];
  /** Members: declared in the config, or (without `members`) every owner seen. */
  members: Map<string, MemberDef>;
  goalsByKey: Map<string, Goal>;
  documentOf(goal: Goal): StrategyDocument;
  /** The enabled objective with this ID (case-insensitive). */
  objective(id: string): Objective | undefined;
  /** An objective of any known framework, enabled or not. */
  anyObjective(id: string): Objective | undefined;
  /** Resolves a goal reference written in `from`'s document. */
  resolve(from: Goal, ref: GoalRef): Goal | undefined;
  /** Goals a goal contributes to (resolved `contributes`). */
  contributesTo(goal: Goal): Goal[];
  /** Goals that contribute to `goal`. */
  contributors(goal: Goal): Goal[];
  /**
   * Objectives a goal supports, directly and through the goals it contributes to (and its parents).
   * A dropped goal (`Status: avbrutt`) passes nothing on: support inherited through it does not count.
   */
  supported(goal: Goal): { direct: Objective[]; inherited: { objective: Objective; via: Goal }[] };
  /** Ranked objective suggestions for a goal (cached). */
  suggestions(goal: Goal): Suggestion[];
  ranker(): Ranker;
  /** Closest goal key for a reference that does not resolve. */
  suggestGoal(from: Goal, ref: GoalRef): Guess | undefined;
  /**
   * A string that is the same for two models exactly when the fact is the same
   * (see `WorkspaceFact`): the rule runner's key for reusing findings.
   */
  fingerprint(fact: WorkspaceFact): string;
}

export interface BuildInput {
  root: string;
  config: WorkspaceConfig;
  documents: StrategyDocument[];
  frameworks: Framework[];
  /** All frameworks known (built-in and custom), for did-you-mean across frameworks. */
  knownFrameworks: Framework[];
  frameworkFiles: FrameworkFile[];
  ranker: () => Ranker;
  /** The cooperations nested in this one's folder or around it (see `OtherCooperation`). */
  otherCooperations?: readonly OtherCooperation[];
}

export function buildWorkspaceModel(input: BuildInput): WorkspaceModel {
  const { config, documents, frameworks } = input;
  // Plain loops: this runs on every edit over every goal, and `flatMap` is several times slower.
  const goals: Goal[] = [];
  const docByUri = new Map<string, StrategyDocument>();
  const goalsByKey = new Map<string, Goal>();
  for (const d of documents) {
    docByUri.set(d.uri, d);
    // A document that does not tell bokmål from nynorsk is written as its cooperation writes (docs/format.md).
    if (d.langOpen) d.lang = config.language === 'nn' ? 'nn' : 'nb';
    for (const g of d.goals) {
      goals.push(g);
      if (!goalsByKey.has(g.key)) goalsByKey.set(g.key, g);
    }
  }

  const members = new Map<string, MemberDef>(config.members);
  if (!config.membersDeclared) {
    for (const d of documents) if (d.owner && !members.has(d.owner.value)) members.set(d.owner.value, { id: d.owner.value, span: d.owner.span });
  }

  const enabled = new Map<string, Objective>();
  for (const f of frameworks) for (const o of f.objectives) enabled.set(o.id, o);
  const known = new Map<string, Objective>();
  for (const f of input.knownFrameworks) for (const o of f.objectives) known.set(o.id, o);

  const resolve = (from: Goal, ref: GoalRef) => goalsByKey.get(refKey(from, ref));
  const contributesTo = (goal: Goal) => {
    const to: Goal[] = [];
    for (const r of goal.facts.contributes) {
      const g = resolve(goal, r);
      if (g) to.push(g);
    }
    return to;
  };
  // Built on first use: the rules do not need it, an edit rebuilds the model.
  let contributorsOf: Map<string, Goal[]> | undefined;
  const contributors = (goal: Goal): Goal[] => {
    if (!contributorsOf) {
      contributorsOf = new Map();
      for (const g of goals) {
        for (const target of contributesTo(g)) {
          const list = contributorsOf.get(target.key) ?? [];
          list.push(g);
          contributorsOf.set(target.key, list);
        }
      }
    }
    return contributorsOf.get(goal.key) ?? [];
  };
  const parentOf = (g: Goal) => (g.parentId ? goalsByKey.get(`${g.owner}#${g.parentId}`) : undefined);

  // Support is inherited along `contributes` and from parent goals, but not through a dropped goal:
  // it no longer counts towards the national strategy. Memoised depth-first, so a long chain
  // costs linear time; a goal met again while on the stack (a cycle) adds nothing.
  const supportedCache = new Map<string, ReturnType<WorkspaceModel['supported']>>();
  const onStack = new Set<string>();
  const supported = (goal: Goal): ReturnType<WorkspaceModel['supported']> => {
    const hit = supportedCache.get(goal.key);
    if (hit) return hit;
    // An objective named twice (`DS19-I8, ds19-i8`, or `Støtter:` on two lines) is one link.
    const direct: Objective[] = [];
    const seen = new Set<string>();
    for (const r of goal.facts.supports) {
      const o = enabled.get(r.text.toUpperCase());
      if (o && !seen.has(o.id)) (seen.add(o.id), direct.push(o));
    }
    const inherited: { objective: Objective; via: Goal }[] = [];
    onStack.add(goal.key);
    const upstream = [...contributesTo(goal), ...(parentOf(goal) ? [parentOf(goal)!] : [])];
    for (const g of upstream) {
      if (onStack.has(g.key) || g.facts.status === 'dropped') continue;
      const up = supported(g);
      for (const o of up.direct) if (!seen.has(o.id)) (seen.add(o.id), inherited.push({ objective: o, via: g }));
      for (const i of up.inherited) if (!seen.has(i.objective.id)) (seen.add(i.objective.id), inherited.push(i));
    }
    onStack.delete(goal.key);
    const result = { direct, inherited };
    // Inside a cycle the result may lack what the rest of the cycle adds: cache only complete results.
    if (!upstream.some((g) => onStack.has(g.key))) supportedCache.set(goal.key, result);
    return result;
  };

  let ranker: Ranker | undefined;
  const getRanker = () => (ranker ??= input.ranker());
  const frameworkIds = frameworks.map((f) => f.id);
  const suggestionCache = new Map<string, Suggestion[]>();

  // Built on the first broken reference: most analyses have none, and one edit rebuilds the model.
  let guessIndex: GoalGuessIndex | undefined;

  const others = input.otherCooperations ?? [];
  const fingerprints = new Map<WorkspaceFact, string>();
  const fingerprint = (fact: WorkspaceFact): string => {
    let f = fingerprints.get(fact);
    if (f === undefined) {
      // A reference to a member is told differently when another cooperation around or inside this one has it.
      const parts = fact === 'members' ? [...members.keys(), ...others.map((o) => `\0${o.config}\0${o.name ?? ''}\0${o.members.join(',')}`)] : documents.map(fact === 'goalKeys' ? keySignature : graphSignature);
      f = internedFingerprint(config, fact, parts);
      fingerprints.set(fact, f);
    }
    return f;
  };

  return {
    root: input.root,
    otherCooperations: others,
    cooperationOf: (member) => others.find((o) => o.members.includes(member)),
    config,
    fingerprint,
    documents,
    frameworks,
    frameworkFiles: input.frameworkFiles,
    goals,
    members,
    goalsByKey,
    documentOf: (g) => docByUri.get(g.uri)!,
    objective: (id) => enabled.get(id.toUpperCase()),
    anyObjective: (id) => known.get(id.toUpperCase()),
    resolve,
    contributesTo,
    contributors,
    supported,
    ranker: getRanker,
    suggestions(goal) {
      let s = suggestionCache.get(goal.key);
      if (!s) {
        s = getRanker().rank(goalText(goal), { limit: 5, frameworks: frameworkIds });
        suggestionCache.set(goal.key, s);
      }
      return s;
    },
    suggestGoal(from, ref) {
      const owner = ref.owner ?? from.owner;
      const index = (guessIndex ??= goalGuessIndex(goals, goalsByKey));
      // Never the goal that makes the reference: a goal cannot contribute to itself (a cycle) or accept a conflict with itself.
      const sameOwner = (index.byOwner.get(owner) ?? []).filter((g) => g !== from).map((g) => g.id);
      const id = guess(ref.id, sameOwner);
      if (id) return { text: ref.owner ? `${owner}#${id.text}` : `#${id.text}`, sure: id.sure };
      // The exact ID at another member (`#felles-hr` in a member's strategy for the company's
      // goal, or the wrong member before `#`): that goal, when exactly one member has the ID. Not
      // for a member named explicitly whose strategy is missing: its goal may well have that ID.
      if (!ref.owner || sameOwner.length > 0) {
        const elsewhere = new Set<string>();
        for (const g of index.byLowerId.get(ref.id.toLowerCase()) ?? []) if (g.owner !== owner) elsewhere.add(g.key);
        if (elsewhere.size === 1) return { text: [...elsewhere][0]!, sure: true };
      }
      return index.keys().guess(`${owner}#${ref.id}`, from.key);
    },
  };
}

/** What «did you mean» for a goal reference looks in: goals by owner and by ID, and every goal key. */
interface GoalGuessIndex {
  byOwner: Map<string, Goal[]>;
  /** By lower-case ID. */
  byLowerId: Map<string, Goal[]>;
  /** Every goal key, prepared when a reference gets that far (most find their goal among the owner's). */
  keys: () => GuessCandidates;
}

function goalGuessIndex(goals: readonly Goal[], goalsByKey: ReadonlyMap<string, Goal>): GoalGuessIndex {
  const byOwner = new Map<string, Goal[]>();
  const byLowerId = new Map<string, Goal[]>();
  const add = (map: Map<string, Goal[]>, key: string, g: Goal) => {
    const list = map.get(key);
    if (list) list.push(g);
    else map.set(key, [g]);
  };
  for (const g of goals) {
    add(byOwner, g.owner, g);
    add(byLowerId, g.id.toLowerCase(), g);
  }
  let keys: GuessCandidates | undefined;
  return { byOwner, byLowerId, keys: () => (keys ??= new GuessCandidates(goalsByKey.keys())) };
}

/**
 * The goal key a reference names from a goal of `from.owner`, memoised per
 * parsed reference: references are resolved on every analysis, and a key
 * built anew is a new string to hash.
 */
function refKey(from: Goal, ref: GoalRef): string {
  const owner = ref.owner ?? from.owner;
  const hit = refKeys.get(ref);
  if (hit && hit.owner === owner && hit.id === ref.id) return hit.key;
  const key = `${owner}#${ref.id}`;
  refKeys.set(ref, { owner, id: ref.id, key });
  return key;
}
const refKeys = new WeakMap<GoalRef, { owner: string; id: string; key: string }>();

/**
 * The parts and value of the last fingerprint of each fact, per config object
 * (one per workspace). A fingerprint equal to the last one is returned as the
 * same string object: the rule cache compares it with `===` for every rule and
 * document, which is then a pointer comparison instead of one over all goals.
 * The parts of unchanged documents are memoised strings, so finding it equal
 * costs one comparison per document.
 */
const lastFingerprints = new WeakMap<WorkspaceConfig, Map<WorkspaceFact, { parts: readonly string[]; value: string }>>();
function internedFingerprint(config: WorkspaceConfig, fact: WorkspaceFact, parts: readonly string[]): string {
  let byFact = lastFingerprints.get(config);
  if (!byFact) lastFingerprints.set(config, (byFact = new Map()));
  const last = byFact.get(fact);
  if (last && sameItems(last.parts, parts)) return last.value;
  const value = parts.join('\n');
  byFact.set(fact, { parts, value });
  return value;
}

/**
 * What other documents can see of a document's goals: keys, parents, links and whether the goal is
 * dropped (a dropped goal passes no support on), memoised per parsed document.
 */
const graphSignatures = new WeakMap<StrategyDocument, string>();
function graphSignature(doc: StrategyDocument): string {
  let s = graphSignatures.get(doc);
  if (s === undefined) {
    s = JSON.stringify(
      doc.goals.map((g) => [g.key, g.parentId ?? '', g.facts.supports.map((r) => r.text), g.facts.contributes.map((r) => `${r.owner ?? ''}#${r.id}`), g.facts.status === 'dropped' ? 1 : 0]),
    );
    graphSignatures.set(doc, s);
  }
  return s;
}

/** The keys of a document's goals (memoised per parsed document). */
const keySignatures = new WeakMap<StrategyDocument, string>();
function keySignature(doc: StrategyDocument): string {
  let s = keySignatures.get(doc);
  if (s === undefined) {
    s = JSON.stringify(doc.goals.map((g) => g.key));
    keySignatures.set(doc, s);
  }
  return s;
}

/** The texts of a goal the ranker reads: title, description, need, benefit and indicator. */
export function goalText(goal: Goal): GoalText {
  const t: GoalText = { title: goal.title, description: goal.description };
  // A placeholder (`<Hvilket behov …?>`) or a filler (`TBD`) says nothing about the goal.
  if (goal.facts.need && !isUnstated(goal.facts.need)) t.need = goal.facts.need;
  if (goal.facts.benefit && !isUnstated(goal.facts.benefit)) t.benefit = goal.facts.benefit;
  if (goal.facts.indicator) t.indicator = goal.facts.indicator;
  return t;
}
