/**
 * Reporting a conflict between two goals the way rules.md asks: on both
 * goals, each pointing at the other in its related locations, and as an
 * `info` "accepted conflict" (quoting the reason) when either goal's
 * `accepts` names the other with a reason. An `accepts` without a reason, or
 * with the placeholder the quick fix writes, leaves the conflict open and is
 * named in its message.
 */
import type { Goal, Localized, Span } from '../types.js';
import type { FixReport, Report, RuleContext } from '../rule.js';
import type { WorkspaceModel } from '../workspaceModel.js';
import type { Accepted, ConflictContext, Overlap } from './context.js';
import { acceptedData, pairData, pendingData, type Agree, type Data } from './describe.js';
import { appendToPropertyEdit, insertPropertiesEdit } from '../edits.js';
import { propertyOf } from '../model/interpret.js';
import { PLACEHOLDERS, textLang } from '../model/placeholder.js';
import { compareText } from '../text/order.js';

export interface PairSide {
  goal: Goal;
  /** What the finding on this goal points at (the property value the conflict is about). */
  span: Span;
  /** Data seen from this goal (e.g. `selfSystem`, `otherSystem`). */
  data?: Data;
}

export interface PairReport {
  /** Message id of the open conflict; `<messageId>Accepted` is used for an accepted one. Per side. */
  messageIds: [string, string];
  /** Message id of the related location (rendered with the data of the side that reports). */
  relatedId: string;
  overlap: Overlap;
  /** See `ConflictSide.acceptedAlwaysInfo`. */
  acceptedAlwaysInfo?: boolean;
  /** What the goals can agree on, offered as the first way out (see `pairData`). */
  agree?: Agree;
}

/** Reports the conflict of `a` and `b` on both goals. */
export function reportPair(cc: ConflictContext, ctx: RuleContext, a: PairSide, b: PairSide, r: PairReport): void {
  const acc = cc.accepted(a.goal, b.goal);
  const unfinished = acc ? undefined : cc.unfinishedAcceptance(a.goal, b.goal);
  const sides: [PairSide, PairSide, string][] = [
    [a, b, r.messageIds[0]],
    [b, a, r.messageIds[1]],
  ];
  for (const [self, other, messageId] of sides) {
    // Made for this side alone, so the side's own data is added to it rather than copied with it into another object.
    const data: Data = pairData(cc, self.goal, other.goal, r.overlap, r.agree, Boolean(unfinished));
    if (self.data) Object.assign(data, self.data);
    reportSide(cc.ws, ctx, { self, other, messageId, relatedId: r.relatedId, data, accepted: acc, unfinished, acceptedAlwaysInfo: r.acceptedAlwaysInfo });
  }
}

/** One side of a conflict: the finding on `self`, which points at `other`. */
export interface ConflictSide {
  self: PairSide;
  other: PairSide;
  /** Message id of the open conflict; `<messageId>Accepted` is used for an accepted one. */
  messageId: string;
  /** Message id of the related location at `other` (rendered with `data`). */
  relatedId: string;
  /** The finding's data; `acceptedData` is added to it when the conflict is accepted. */
  data: Data;
  accepted: Accepted | undefined;
  /** An `accepts` naming the conflict whose reason is missing or a placeholder (when not `accepted`). */
  unfinished?: Accepted | undefined;
  /**
   * An accepted conflict is `info`, or the rule's configured severity when that is weaker (`hint`): accepting
   * a conflict never makes it louder than the open one. `possible-conflict`, a hint by default, sets this:
   * rules.md and its docs turn an accepted one into `info`.
   */
  acceptedAlwaysInfo?: boolean | undefined;
}

/**
 * Reports the conflict on `self`, related to `other`: as an `info` "accepted
 * conflict" when it is accepted (`hint` when the rule is configured as a hint); else open, with the fix that records it as
 * accepted — unless an `accepts` already names it and only its reason is
 * missing (`pending_*` says so; a second `accepts` line would not help).
 */
export function reportSide(ws: WorkspaceModel, ctx: RuleContext, s: ConflictSide): void {
  const { self, other, messageId, data, accepted: acc, unfinished } = s;
  if (acc) acceptedData(ws, data, acc, acc.by === self.goal ? other.goal : self.goal, ctx.lang);
  else pendingData(ws, data, unfinished, ctx.lang);
  ctx.report({
    messageId: acc ? `${messageId}Accepted` : messageId,
    data,
    uri: self.goal.uri,
    span: self.span,
    goal: self.goal.key,
    related: [{ uri: other.goal.uri, span: other.span, messageId: s.relatedId, data, goal: other.goal.key }],
    ...(acc ? (s.acceptedAlwaysInfo ? { severity: 'info' as const } : { atMost: 'info' as const }) : unfinished ? {} : { fixes: acceptFixes(ws, self.goal, other.goal) }),
  });
}

/** Title of the quick fix that records an accepted conflict; spread into a rule's `meta.messages`. */
export const ACCEPT_FIX_MESSAGES: Record<string, Localized> = {
  acceptFix: {
    en: 'Record an accepted conflict with {otherRef} (then write the reason)',
    nb: 'Registrer en akseptert konflikt med {otherRef} (skriv så begrunnelsen)',
    nn: 'Registrer ein akseptert konflikt med {otherRef} (skriv så grunngjevinga)',
  },
};

/**
 * The quick fix «record an accepted conflict»: adds `Aksepterer: other#id — <Hvorfor …?>`
 * (in the document's language) to `self`'s properties. The reason is a
 * placeholder, so the conflict stays open until the author writes it.
 */
export function acceptFixes(ws: WorkspaceModel, self: Goal, other: Goal): FixReport[] {
  const doc = ws.documentOf(self);
  const value = `${other.key} — ${PLACEHOLDERS.reason[textLang(doc, ws.config.language)]}`;
  // Written where and as the document writes its properties: list item, YAML key or flow mapping, its key spelling, its line breaks.
  // In YAML a second `accepts:` key would make the mapping invalid YAML for every other reader: add to the one there is.
  const existing = doc.format === 'yaml' ? propertyOf(self, 'accepts') : undefined;
  const inFlow = existing && doc.text[existing.valueSpan.start] === '[';
  const edit = (existing && appendToPropertyEdit(doc, existing, inFlow ? JSON.stringify(value) : value)) || insertPropertiesEdit(doc, self, [['accepts', value]]);
  return edit ? [{ messageId: 'acceptFix', data: { otherRef: other.key }, edits: [edit] }] : [];
}

/**
 * Findings of one rule on one goal, at one place, that are shown one by one;
 * more are summed up in one finding. A company goal that 400 members each
 * keep another system against would otherwise carry 400 errors at one spot,
 * and findings would grow with the square of the members. The bound lies
 * above the size of real cooperations (the largest have a few dozen
 * members), so there every pair is reported on both goals as rules.md says;
 * the other goals always keep their own findings, with their ways out.
 */
export const MAX_PER_GOAL = 50;
/** The other goals a summing-up finding points to (as conflict-capacity and duplicate-goal-id name theirs). */
const MAX_RELATED = 8;

/** Messages of the summing-up finding; spread into a pair rule's `meta.messages`. */
export const MORE_CONFLICTS_MESSAGES: Record<string, Localized> = {
  moreConflicts: {
    en: '«{self}» ({selfWho}) is in the same kind of conflict with {count} more goals; the first of them are listed below. Each of those goals has its own finding with the ways out: change one of the two goals, or record the conflict as accepted there.',
    nb: '«{self}» ({selfWho}) er i samme slags konflikt med {count} mål til; de første er listet under. Hvert av disse målene har sin egen melding med mulige løsninger: endre ett av de to målene, eller registrer konflikten som akseptert der.',
    nn: '«{self}» ({selfWho}) er i same slags konflikt med {count} mål til; dei første er lista under. Kvart av desse måla har si eiga melding med moglege løysingar: endre eitt av dei to måla, eller registrer konflikten som akseptert der.',
  },
  moreAccepted: {
    en: 'Accepted conflicts: «{self}» ({selfWho}) has accepted conflicts with {count} more goals; the first of them are listed below, and the finding on each of them gives its reason.',
    nb: 'Aksepterte konflikter: «{self}» ({selfWho}) har aksepterte konflikter med {count} mål til; de første er listet under, og meldingen på hvert av dem gir begrunnelsen.',
    nn: 'Aksepterte konfliktar: «{self}» ({selfWho}) har aksepterte konfliktar med {count} mål til; dei første er lista under, og meldinga på kvart av dei gir grunngjevinga.',
  },
};

/**
 * Runs a pair rule's check and passes its findings on, at most
 * `MAX_PER_GOAL` per goal and place (open and accepted apart): of more, the
 * first `MAX_PER_GOAL - 1` by the other goal's place, then one finding that
 * sums up the rest. The choice depends on the findings only, not on the order
 * the pairs were compared in, so an edit gives what a fresh analysis gives.
 */
export function boundedPerGoal(ctx: RuleContext, check: (ctx: RuleContext) => void): void {
  const groups = new Map<string, Report[]>();
  check({
    ws: ctx.ws,
    lang: ctx.lang,
    report: (r) => {
      const key = `${r.uri}\0${r.span.start}\0${r.span.end}\0${r.goal ?? ''}\0${r.messageId.endsWith('Accepted')}`;
      const group = groups.get(key);
      if (group) group.push(r);
      else groups.set(key, [r]);
    },
  });
  for (const group of groups.values()) {
    if (group.length <= MAX_PER_GOAL) {
      for (const r of group) ctx.report(r);
      continue;
    }
    group.sort(byOtherGoal);
    for (const r of group.slice(0, MAX_PER_GOAL - 1)) ctx.report(r);
    const rest = group.slice(MAX_PER_GOAL - 1);
    const first = rest[0]!;
    ctx.report({
      messageId: first.messageId.endsWith('Accepted') ? 'moreAccepted' : 'moreConflicts',
      data: { self: first.data?.self ?? '', selfWho: first.data?.selfWho ?? '', count: rest.length },
      uri: first.uri,
      span: first.span,
      ...(first.goal !== undefined ? { goal: first.goal } : {}),
      related: rest.slice(0, MAX_RELATED).flatMap((r) => r.related?.slice(0, 1) ?? []),
      ...(first.severity ? { severity: first.severity } : {}),
      ...(first.atMost ? { atMost: first.atMost } : {}),
    });
  }
}

/** Findings of a pair rule in the order of the other goal's place (file, then offset), then of their message. */
function byOtherGoal(a: Report, b: Report): number {
  const x = a.related?.[0];
  const y = b.related?.[0];
  return compareText(x?.uri ?? '', y?.uri ?? '') || (x?.span.start ?? 0) - (y?.span.start ?? 0) || compareText(a.messageId, b.messageId) || compareText(x?.goal ?? '', y?.goal ?? '');
}
