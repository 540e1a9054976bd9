import { defineRule } from '../engine/rule.js';
import type { Goal, IsoDate, StrategyDocument } from '../engine/types.js';
import { conflictContext, isDone } from '../engine/conflicts/context.js';
import { goalsData, localized, windowPhrase, type Data } from '../engine/conflicts/describe.js';
import { ACCEPT_FIX_MESSAGES, MORE_CONFLICTS_MESSAGES, boundedPerGoal, reportSide, type PairSide } from '../engine/conflicts/report.js';

const ID = 'conflict-deadline';

/**
 * A goal that contributes to a goal with an earlier deadline, or a sub-goal
 * whose deadline is after its parent's: the means arrive after the end. Only
 * explicit deadlines (`Frist`) are compared; the `contributes` links and the
 * sub-goal relation are the index, so the cost is one comparison per link.
 */
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
      late: {
        en: '«{self}» ({selfWho}) contributes to «{other}» ({otherWho}), but its deadline {selfDeadline} is later than the deadline of «{other}», {otherDeadline}: the contribution is still under way {gap_en}, after the goal it serves should be reached. Ways out: move the deadline of «{self}» to {otherDeadline} or earlier, agree on a later deadline for «{other}», or record an accepted conflict with `{acceptsKey}: {otherRef} — <reason>`.{pending_en}',
        nb: '«{self}» ({selfWho}) bidrar til «{other}» ({otherWho}), men fristen {selfDeadline} er senere enn fristen for «{other}», {otherDeadline}: bidraget pågår fortsatt {gap_nb}, etter at målet det skal tjene, skulle vært nådd. Mulige løsninger: flytt fristen for «{self}» til {otherDeadline} eller tidligere, avtal en senere frist for «{other}», eller registrer en akseptert konflikt med `{acceptsKey}: {otherRef} — <begrunnelse>`.{pending_nb}',
        nn: '«{self}» ({selfWho}) bidreg til «{other}» ({otherWho}), men fristen {selfDeadline} er seinare enn fristen for «{other}», {otherDeadline}: bidraget held fram {gap_nn}, etter at målet det skal tene, skulle vore nådd. Moglege løysingar: flytt fristen for «{self}» til {otherDeadline} eller tidlegare, avtal ein seinare frist for «{other}», eller registrer ein akseptert konflikt med `{acceptsKey}: {otherRef} — <grunngjeving>`.{pending_nn}',
      },
      early: {
        en: '«{other}» ({otherWho}) contributes to «{self}» ({selfWho}) but has a later deadline, {otherDeadline}, than this goal ({selfDeadline}): the contribution is still under way {gap_en}. Ways out: move the deadline of «{self}» to {otherDeadline}, agree on an earlier deadline for «{other}», or record an accepted conflict with `{acceptsKey}: {otherRef} — <reason>`.{pending_en}',
        nb: '«{other}» ({otherWho}) bidrar til «{self}» ({selfWho}), men har senere frist, {otherDeadline}, enn dette målet ({selfDeadline}): bidraget pågår fortsatt {gap_nb}. Mulige løsninger: flytt fristen for «{self}» til {otherDeadline}, avtal en tidligere frist for «{other}», eller registrer en akseptert konflikt med `{acceptsKey}: {otherRef} — <begrunnelse>`.{pending_nb}',
        nn: '«{other}» ({otherWho}) bidreg til «{self}» ({selfWho}), men har seinare frist, {otherDeadline}, enn dette målet ({selfDeadline}): bidraget held fram {gap_nn}. Moglege løysingar: flytt fristen for «{self}» til {otherDeadline}, avtal ein tidlegare frist for «{other}», eller registrer ein akseptert konflikt med `{acceptsKey}: {otherRef} — <grunngjeving>`.{pending_nn}',
      },
      // An `accepts` already names the conflict, its reason still to write ({pending}): recording it is no way out.
      latePending: {
        en: '«{self}» ({selfWho}) contributes to «{other}» ({otherWho}), but its deadline {selfDeadline} is later than the deadline of «{other}», {otherDeadline}: the contribution is still under way {gap_en}, after the goal it serves should be reached. Ways out: move the deadline of «{self}» to {otherDeadline} or earlier, or agree on a later deadline for «{other}».{pending_en}',
        nb: '«{self}» ({selfWho}) bidrar til «{other}» ({otherWho}), men fristen {selfDeadline} er senere enn fristen for «{other}», {otherDeadline}: bidraget pågår fortsatt {gap_nb}, etter at målet det skal tjene, skulle vært nådd. Mulige løsninger: flytt fristen for «{self}» til {otherDeadline} eller tidligere, eller avtal en senere frist for «{other}».{pending_nb}',
        nn: '«{self}» ({selfWho}) bidreg til «{other}» ({otherWho}), men fristen {selfDeadline} er seinare enn fristen for «{other}», {otherDeadline}: bidraget held fram {gap_nn}, etter at målet det skal tene, skulle vore nådd. Moglege løysingar: flytt fristen for «{self}» til {otherDeadline} eller tidlegare, eller avtal ein seinare frist for «{other}».{pending_nn}',
      },
      earlyPending: {
        en: '«{other}» ({otherWho}) contributes to «{self}» ({selfWho}) but has a later deadline, {otherDeadline}, than this goal ({selfDeadline}): the contribution is still under way {gap_en}. Ways out: move the deadline of «{self}» to {otherDeadline} or agree on an earlier deadline for «{other}».{pending_en}',
        nb: '«{other}» ({otherWho}) bidrar til «{self}» ({selfWho}), men har senere frist, {otherDeadline}, enn dette målet ({selfDeadline}): bidraget pågår fortsatt {gap_nb}. Mulige løsninger: flytt fristen for «{self}» til {otherDeadline} eller avtal en tidligere frist for «{other}».{pending_nb}',
        nn: '«{other}» ({otherWho}) bidreg til «{self}» ({selfWho}), men har seinare frist, {otherDeadline}, enn dette målet ({selfDeadline}): bidraget held fram {gap_nn}. Moglege løysingar: flytt fristen for «{self}» til {otherDeadline} eller avtal ein tidlegare frist for «{other}».{pending_nn}',
      },
      lateSubPending: {
        en: '«{self}» is a sub-goal of «{other}», but its deadline {selfDeadline} is later than the deadline of «{other}», {otherDeadline}: the sub-goal is still under way {gap_en}, after the goal it belongs to should be reached. Ways out: move the deadline of «{self}» to {otherDeadline} or earlier, or move the deadline of «{other}» to {selfDeadline}.{pending_en}',
        nb: '«{self}» er et delmål av «{other}», men fristen {selfDeadline} er senere enn fristen for «{other}», {otherDeadline}: delmålet pågår fortsatt {gap_nb}, etter at målet det hører til, skulle vært nådd. Mulige løsninger: flytt fristen for «{self}» til {otherDeadline} eller tidligere, eller flytt fristen for «{other}» til {selfDeadline}.{pending_nb}',
        nn: '«{self}» er eit delmål av «{other}», men fristen {selfDeadline} er seinare enn fristen for «{other}», {otherDeadline}: delmålet held fram {gap_nn}, etter at målet det høyrer til, skulle vore nådd. Moglege løysingar: flytt fristen for «{self}» til {otherDeadline} eller tidlegare, eller flytt fristen for «{other}» til {selfDeadline}.{pending_nn}',
      },
      earlySubPending: {
        en: 'The sub-goal «{other}» has a later deadline, {otherDeadline}, than this goal ({selfDeadline}): it is still under way {gap_en}. Ways out: move the deadline of «{self}» to {otherDeadline}, or move the deadline of «{other}» to {selfDeadline} or earlier.{pending_en}',
        nb: 'Delmålet «{other}» har senere frist, {otherDeadline}, enn dette målet ({selfDeadline}): det pågår fortsatt {gap_nb}. Mulige løsninger: flytt fristen for «{self}» til {otherDeadline}, eller flytt fristen for «{other}» til {selfDeadline} eller tidligere.{pending_nb}',
        nn: 'Delmålet «{other}» har seinare frist, {otherDeadline}, enn dette målet ({selfDeadline}): det held fram {gap_nn}. Moglege løysingar: flytt fristen for «{self}» til {otherDeadline}, eller flytt fristen for «{other}» til {selfDeadline} eller tidlegare.{pending_nn}',
      },
      lateAccepted: {
        en: 'Accepted conflict: «{self}» ({selfWho}, deadline {selfDeadline}) contributes to «{other}» ({otherWho}), whose deadline {otherDeadline} is earlier. Reason (in «{acceptor}»): {reason_en}',
        nb: 'Akseptert konflikt: «{self}» ({selfWho}, frist {selfDeadline}) bidrar til «{other}» ({otherWho}), som har tidligere frist, {otherDeadline}. Begrunnelse (i «{acceptor}»): {reason_nb}',
        nn: 'Akseptert konflikt: «{self}» ({selfWho}, frist {selfDeadline}) bidreg til «{other}» ({otherWho}), som har tidlegare frist, {otherDeadline}. Grunngjeving (i «{acceptor}»): {reason_nn}',
      },
      earlyAccepted: {
        en: 'Accepted conflict: «{other}» ({otherWho}, deadline {otherDeadline}) contributes to «{self}» ({selfWho}), whose deadline {selfDeadline} is earlier. Reason (in «{acceptor}»): {reason_en}',
        nb: 'Akseptert konflikt: «{other}» ({otherWho}, frist {otherDeadline}) bidrar til «{self}» ({selfWho}), som har tidligere frist, {selfDeadline}. Begrunnelse (i «{acceptor}»): {reason_nb}',
        nn: 'Akseptert konflikt: «{other}» ({otherWho}, frist {otherDeadline}) bidreg til «{self}» ({selfWho}), som har tidlegare frist, {selfDeadline}. Grunngjeving (i «{acceptor}»): {reason_nn}',
      },
      lateSub: {
        en: '«{self}» is a sub-goal of «{other}», but its deadline {selfDeadline} is later than the deadline of «{other}», {otherDeadline}: the sub-goal is still under way {gap_en}, after the goal it belongs to should be reached. Ways out: move the deadline of «{self}» to {otherDeadline} or earlier, move the deadline of «{other}» to {selfDeadline}, or record an accepted conflict with `{acceptsKey}: {otherRef} — <reason>`.{pending_en}',
        nb: '«{self}» er et delmål av «{other}», men fristen {selfDeadline} er senere enn fristen for «{other}», {otherDeadline}: delmålet pågår fortsatt {gap_nb}, etter at målet det hører til, skulle vært nådd. Mulige løsninger: flytt fristen for «{self}» til {otherDeadline} eller tidligere, flytt fristen for «{other}» til {selfDeadline}, eller registrer en akseptert konflikt med `{acceptsKey}: {otherRef} — <begrunnelse>`.{pending_nb}',
        nn: '«{self}» er eit delmål av «{other}», men fristen {selfDeadline} er seinare enn fristen for «{other}», {otherDeadline}: delmålet held fram {gap_nn}, etter at målet det høyrer til, skulle vore nådd. Moglege løysingar: flytt fristen for «{self}» til {otherDeadline} eller tidlegare, flytt fristen for «{other}» til {selfDeadline}, eller registrer ein akseptert konflikt med `{acceptsKey}: {otherRef} — <grunngjeving>`.{pending_nn}',
      },
      earlySub: {
        en: 'The sub-goal «{other}» has a later deadline, {otherDeadline}, than this goal ({selfDeadline}): it is still under way {gap_en}. Ways out: move the deadline of «{self}» to {otherDeadline}, move the deadline of «{other}» to {selfDeadline} or earlier, or record an accepted conflict with `{acceptsKey}: {otherRef} — <reason>`.{pending_en}',
        nb: 'Delmålet «{other}» har senere frist, {otherDeadline}, enn dette målet ({selfDeadline}): det pågår fortsatt {gap_nb}. Mulige løsninger: flytt fristen for «{self}» til {otherDeadline}, flytt fristen for «{other}» til {selfDeadline} eller tidligere, eller registrer en akseptert konflikt med `{acceptsKey}: {otherRef} — <begrunnelse>`.{pending_nb}',
        nn: 'Delmålet «{other}» har seinare frist, {otherDeadline}, enn dette målet ({selfDeadline}): det held fram {gap_nn}. Moglege løysingar: flytt fristen for «{self}» til {otherDeadline}, flytt fristen for «{other}» til {selfDeadline} eller tidlegare, eller registrer ein akseptert konflikt med `{acceptsKey}: {otherRef} — <grunngjeving>`.{pending_nn}',
      },
      lateSubAccepted: {
        en: 'Accepted conflict: «{self}» (deadline {selfDeadline}) is a sub-goal of «{other}», whose deadline {otherDeadline} is earlier. Reason (in «{acceptor}»): {reason_en}',
        nb: 'Akseptert konflikt: «{self}» (frist {selfDeadline}) er et delmål av «{other}», som har tidligere frist, {otherDeadline}. Begrunnelse (i «{acceptor}»): {reason_nb}',
        nn: 'Akseptert konflikt: «{self}» (frist {selfDeadline}) er eit delmål av «{other}», som har tidlegare frist, {otherDeadline}. Grunngjeving (i «{acceptor}»): {reason_nn}',
      },
      earlySubAccepted: {
        en: 'Accepted conflict: the sub-goal «{other}» (deadline {otherDeadline}) ends after this goal ({selfDeadline}). Reason (in «{acceptor}»): {reason_en}',
        nb: 'Akseptert konflikt: delmålet «{other}» (frist {otherDeadline}) slutter etter dette målet ({selfDeadline}). Begrunnelse (i «{acceptor}»): {reason_nb}',
        nn: 'Akseptert konflikt: delmålet «{other}» (frist {otherDeadline}) sluttar etter dette målet ({selfDeadline}). Grunngjeving (i «{acceptor}»): {reason_nn}',
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
      const cc = conflictContext(ws);
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
              localized(data, 'gap', (l) => windowPhrase(gap, l));
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
