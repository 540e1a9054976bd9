import { defineRule } from '../engine/rule.js';
import type { Goal, IsoDate, Lang, Localized, StrategyDocument } from '../engine/types.js';
import { conflictContext, isDone } from '../engine/conflicts/context.js';
import { goalsData, orList, windowPhrase, type Data } from '../engine/conflicts/describe.js';
import { ACCEPT_FIX_MESSAGES, MORE_CONFLICTS_MESSAGES, boundedPerGoal, reportSide, type PairSide } from '../engine/conflicts/report.js';

const ID = 'conflict-deadline';

/**
 * A goal that contributes to a goal with an earlier deadline, or a sub-goal
 * whose deadline is after its parent's: the means arrive after the end. Only
 * explicit deadlines (`Frist`) are compared; the `contributes` links and the
 * sub-goal relation are the index, so the cost is one comparison per link.
 */
/*
 * The findings' texts: what is late, then the ways out. Each is written once and
 * the two messages of a kind are built from it: the open conflict ends with
 * «or record an accepted conflict …»; the `…Pending` one, for a conflict an
 * `accepts` already names with its reason still to write, leaves that way out
 * (the line is there) and ends by asking for the reason ({pending_*}).
 */
/** A text in every message language. */
type Texts = Readonly<Record<Lang, string>>;

const LATE: Texts = {
  en: '«{self}» ({selfWho}) contributes to «{other}» ({otherWho}), but its deadline {selfDeadline} is later than the deadline of «{other}», {otherDeadline}: the contribution is still under way {gap}, after the goal it serves should be reached.',
  nb: '«{self}» ({selfWho}) bidrar til «{other}» ({otherWho}), men fristen {selfDeadline} er senere enn fristen for «{other}», {otherDeadline}: bidraget pågår fortsatt {gap}, etter at målet det skal tjene, skulle vært nådd.',
  nn: '«{self}» ({selfWho}) bidreg til «{other}» ({otherWho}), men fristen {selfDeadline} er seinare enn fristen for «{other}», {otherDeadline}: bidraget held fram {gap}, etter at målet det skal tene, skulle vore nådd.',
};
const EARLY: Texts = {
  en: '«{other}» ({otherWho}) contributes to «{self}» ({selfWho}) but has a later deadline, {otherDeadline}, than this goal ({selfDeadline}): the contribution is still under way {gap}.',
  nb: '«{other}» ({otherWho}) bidrar til «{self}» ({selfWho}), men har senere frist, {otherDeadline}, enn dette målet ({selfDeadline}): bidraget pågår fortsatt {gap}.',
  nn: '«{other}» ({otherWho}) bidreg til «{self}» ({selfWho}), men har seinare frist, {otherDeadline}, enn dette målet ({selfDeadline}): bidraget held fram {gap}.',
};
const LATE_SUB: Texts = {
  en: '«{self}» is a sub-goal of «{other}», but its deadline {selfDeadline} is later than the deadline of «{other}», {otherDeadline}: the sub-goal is still under way {gap}, after the goal it belongs to should be reached.',
  nb: '«{self}» er et delmål av «{other}», men fristen {selfDeadline} er senere enn fristen for «{other}», {otherDeadline}: delmålet pågår fortsatt {gap}, etter at målet det hører til, skulle vært nådd.',
  nn: '«{self}» er eit delmål av «{other}», men fristen {selfDeadline} er seinare enn fristen for «{other}», {otherDeadline}: delmålet held fram {gap}, etter at målet det høyrer til, skulle vore nådd.',
};
const EARLY_SUB: Texts = {
  en: 'The sub-goal «{other}» has a later deadline, {otherDeadline}, than this goal ({selfDeadline}): it is still under way {gap}.',
  nb: 'Delmålet «{other}» har senere frist, {otherDeadline}, enn dette målet ({selfDeadline}): det pågår fortsatt {gap}.',
  nn: 'Delmålet «{other}» har seinare frist, {otherDeadline}, enn dette målet ({selfDeadline}): det held fram {gap}.',
};
const MOVE_SELF: Texts = { en: 'move the deadline of «{self}» to {otherDeadline}', nb: 'flytt fristen for «{self}» til {otherDeadline}', nn: 'flytt fristen for «{self}» til {otherDeadline}' };
const MOVE_SELF_OR_EARLIER: Texts = { en: 'move the deadline of «{self}» to {otherDeadline} or earlier', nb: 'flytt fristen for «{self}» til {otherDeadline} eller tidligere', nn: 'flytt fristen for «{self}» til {otherDeadline} eller tidlegare' };
const MOVE_OTHER: Texts = { en: 'move the deadline of «{other}» to {selfDeadline}', nb: 'flytt fristen for «{other}» til {selfDeadline}', nn: 'flytt fristen for «{other}» til {selfDeadline}' };
const MOVE_OTHER_OR_EARLIER: Texts = { en: 'move the deadline of «{other}» to {selfDeadline} or earlier', nb: 'flytt fristen for «{other}» til {selfDeadline} eller tidligere', nn: 'flytt fristen for «{other}» til {selfDeadline} eller tidlegare' };
const AGREE_LATER: Texts = { en: 'agree on a later deadline for «{other}»', nb: 'avtal en senere frist for «{other}»', nn: 'avtal ein seinare frist for «{other}»' };
const AGREE_EARLIER: Texts = { en: 'agree on an earlier deadline for «{other}»', nb: 'avtal en tidligere frist for «{other}»', nn: 'avtal ein tidlegare frist for «{other}»' };
const RECORD_ACCEPTED: Texts = {
  en: 'record an accepted conflict with `{acceptsKey}: {otherRef} — <reason>`',
  nb: 'registrer en akseptert konflikt med `{acceptsKey}: {otherRef} — <begrunnelse>`',
  nn: 'registrer ein akseptert konflikt med `{acceptsKey}: {otherRef} — <grunngjeving>`',
};
const WAYS_OUT: Texts = { en: 'Ways out', nb: 'Mulige løsninger', nn: 'Moglege løysingar' };

/** The messages `id` and `${id}Pending`: `body`, then the ways out (joined as `orList` joins them), then {pending_*}. */
function withWaysOut(id: string, body: Texts, ways: readonly Texts[]): Record<string, Localized> {
  const message = (all: readonly Texts[]): Localized => {
    const text = (l: Lang) => `${body[l]} ${WAYS_OUT[l]}: ${orList(all.map((w) => w[l]), l)}.{pending}`;
    return { en: text('en'), nb: text('nb'), nn: text('nn') };
  };
  return { [id]: message([...ways, RECORD_ACCEPTED]), [`${id}Pending`]: message(ways) };
}

export default defineRule({
  meta: {
    id: ID,
    defaultSeverity: 'warning',
    category: 'conflicts',
    description: {
      en: 'A goal contributes to a goal whose deadline is earlier than its own.',
      nb: 'Et mål bidrar til et mål som har tidligere frist enn det selv.',
      nn: 'Eit mål bidreg til eit mål som har tidlegare frist enn det sjølv.',
    },
    messages: {
      ...withWaysOut('late', LATE, [MOVE_SELF_OR_EARLIER, AGREE_LATER]),
      ...withWaysOut('early', EARLY, [MOVE_SELF, AGREE_EARLIER]),
      ...withWaysOut('lateSub', LATE_SUB, [MOVE_SELF_OR_EARLIER, MOVE_OTHER]),
      ...withWaysOut('earlySub', EARLY_SUB, [MOVE_SELF, MOVE_OTHER_OR_EARLIER]),
      lateAccepted: {
        en: 'Accepted conflict: «{self}» ({selfWho}, deadline {selfDeadline}) contributes to «{other}» ({otherWho}), whose deadline {otherDeadline} is earlier. Reason (in {acceptor}): {reason}',
        nb: 'Akseptert konflikt: «{self}» ({selfWho}, frist {selfDeadline}) bidrar til «{other}» ({otherWho}), som har tidligere frist, {otherDeadline}. Begrunnelse (i {acceptor}): {reason}',
        nn: 'Akseptert konflikt: «{self}» ({selfWho}, frist {selfDeadline}) bidreg til «{other}» ({otherWho}), som har tidlegare frist, {otherDeadline}. Grunngjeving (i {acceptor}): {reason}',
      },
      earlyAccepted: {
        en: 'Accepted conflict: «{other}» ({otherWho}, deadline {otherDeadline}) contributes to «{self}» ({selfWho}), whose deadline {selfDeadline} is earlier. Reason (in {acceptor}): {reason}',
        nb: 'Akseptert konflikt: «{other}» ({otherWho}, frist {otherDeadline}) bidrar til «{self}» ({selfWho}), som har tidligere frist, {selfDeadline}. Begrunnelse (i {acceptor}): {reason}',
        nn: 'Akseptert konflikt: «{other}» ({otherWho}, frist {otherDeadline}) bidreg til «{self}» ({selfWho}), som har tidlegare frist, {selfDeadline}. Grunngjeving (i {acceptor}): {reason}',
      },
      lateSubAccepted: {
        en: 'Accepted conflict: «{self}» (deadline {selfDeadline}) is a sub-goal of «{other}», whose deadline {otherDeadline} is earlier. Reason (in {acceptor}): {reason}',
        nb: 'Akseptert konflikt: «{self}» (frist {selfDeadline}) er et delmål av «{other}», som har tidligere frist, {otherDeadline}. Begrunnelse (i {acceptor}): {reason}',
        nn: 'Akseptert konflikt: «{self}» (frist {selfDeadline}) er eit delmål av «{other}», som har tidlegare frist, {otherDeadline}. Grunngjeving (i {acceptor}): {reason}',
      },
      earlySubAccepted: {
        en: 'Accepted conflict: the sub-goal «{other}» (deadline {otherDeadline}) ends after this goal ({selfDeadline}). Reason (in {acceptor}): {reason}',
        nb: 'Akseptert konflikt: delmålet «{other}» (frist {otherDeadline}) slutter etter dette målet ({selfDeadline}). Begrunnelse (i {acceptor}): {reason}',
        nn: 'Akseptert konflikt: delmålet «{other}» (frist {otherDeadline}) sluttar etter dette målet ({selfDeadline}). Grunngjeving (i {acceptor}): {reason}',
      },
      related: {
        en: 'Deadline of «{other}» ({otherWho}): {otherDeadline}',
        nb: 'Fristen for «{other}» ({otherWho}): {otherDeadline}',
        nn: 'Fristen for «{other}» ({otherWho}): {otherDeadline}',
      },
      ...ACCEPT_FIX_MESSAGES,
      ...MORE_CONFLICTS_MESSAGES,
    },
  },
  checkWorkspace(outer) {
    // At most MAX_PER_GOAL findings on one goal; more are summed up in one (a company goal against hundreds of members).
    boundedPerGoal(outer, (ctx) => {
      const { ws } = ctx;
      const cc = conflictContext(ws, ctx.lang);
      cc.beginRule(ID);
      // A finding points at the goal's deadline.
      const atDeadline = (g: Goal): PairSide => ({ goal: g, span: g.properties.find((p) => p.known && p.key === 'deadline')?.valueSpan ?? g.titleSpan });
      const seen = new Set<string>();
      // Only goals with a deadline that contribute to something or sit under a goal can be late: those of each document are kept with it.
      // A done goal is not late (and needs nothing from what contributes to it): see `isDone`.
      const contributing = (doc: StrategyDocument) => cc.activeGoalsOf(doc).filter((g) => g.facts.deadline && (g.facts.contributes.length || g.parentId) && !isDone(g));
      const froms: Goal[] = [];
      for (const doc of ws.documents) for (const g of cc.derivedOfDocument(ID, doc, () => contributing(doc))) froms.push(g);
      for (const from of froms) {
        const late = from.facts.deadline!;
        // format.md: a goal's parents are the goals it names in `contributes` and the goal it sits under (a sub-goal).
        const targets = ws.contributesTo(from);
        const parent = from.parentId ? ws.goalsByKey.get(`${from.owner}#${from.parentId}`) : undefined;
        const sub = parent && !targets.includes(parent) ? parent : undefined;
        for (const to of sub ? [...targets, sub] : targets) {
          cc.count(ID);
          const early = to.facts.deadline;
          if (!early || early >= late || to === from || !cc.info(to).active || isDone(to)) continue;
          const pair = `${from.key}→${to.key}`;
          if (seen.has(pair)) continue;
          seen.add(pair);
          cc.comparePair(ID, from, to, ctx, (pairCtx) => {
            const acc = cc.accepted(from, to);
            const unfinished = acc ? undefined : cc.unfinishedAcceptance(from, to);
            const gap = { start: nextDay(early), end: late };
            const suffix = to === sub ? 'Sub' : '';
            // Named with a placeholder reason: the ways out leave out recording the conflict (the line is there).
            const pending = unfinished ? 'Pending' : '';
            const sides: [Goal, Goal, string, IsoDate, IsoDate][] = [
              [from, to, `late${suffix}${pending}`, late, early],
              [to, from, `early${suffix}${pending}`, early, late],
            ];
            for (const [self, other, messageId, selfDeadline, otherDeadline] of sides) {
              const data: Data = { ...goalsData(ws, self, other), selfDeadline, otherDeadline };
              data.gap = windowPhrase(gap, cc.lang);
              reportSide(ws, pairCtx, { self: atDeadline(self), other: atDeadline(other), messageId, relatedId: 'related', data, accepted: acc, unfinished });
            }
          });
        }
      }
    });
  },
});

/** The day after an ISO date. */
function nextDay(date: IsoDate): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
