/**
 * Reporting a conflict between two goals the way rules.md asks: on both
 * goals, each pointing at the other in its related locations, and as an
 * `info` "accepted conflict" (quoting the reason) when either goal's
 * `accepts` names the other with a reason. An `accepts` without a reason, or
 * with the placeholder the quick fix writes, leaves the conflict open and is
 * named in its message.
 */
import type { Goal, Localized, Span } from '../types.js';
import type { FixReport, RuleContext } from '../rule.js';
import type { WorkspaceModel } from '../workspaceModel.js';
import type { Accepted, ConflictContext, Overlap } from './context.js';
import { acceptedData, pairData, pendingData, type Agree, type Data } from './describe.js';
import { insertPropertiesEdit } from '../edits.js';
import { PLACEHOLDERS, textLang } from '../model/placeholder.js';

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
    const data: Data = { ...pairData(cc, self.goal, other.goal, r.overlap, r.agree), ...self.data };
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
  if (acc) acceptedData(data, acc);
  else pendingData(ws, data, unfinished);
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
  const edit = insertPropertiesEdit(doc, self, [['accepts', value]]);
  return edit ? [{ messageId: 'acceptFix', data: { otherRef: other.key }, edits: [edit] }] : [];
}
