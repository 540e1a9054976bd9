import { defineRule } from '../engine/rule.js';
import { conflictContext } from '../engine/conflicts/context.js';
import type { Goal } from '../engine/types.js';
import type { Filing } from '../engine/conflicts/pairIndex.js';
import { directionConflict, directionOf } from '../engine/conflicts/structured.js';
import { reportPair, ACCEPT_FIX_MESSAGES, MORE_CONFLICTS_MESSAGES, boundedPerGoal } from '../engine/conflicts/report.js';

const ID = 'conflict-direction';

/**
 * Overlapping goals of different members that drive one indicator in opposite
 * directions (stated with `direction`, or implied by baseline → target).
 * Candidates come from an index by indicator, increase on one side and
 * decrease on the other.
 */
export default defineRule({
  meta: {
    id: ID,
    defaultSeverity: 'error',
    category: 'conflicts',
    description: {
      en: 'Overlapping goals of different members drive the same indicator in opposite directions.',
      nb: 'Overlappende mål hos ulike medlemmer trekker samme indikator i motsatte retninger.',
      nn: 'Overlappande mål hos ulike medlemer dreg same indikator i motsette retningar.',
    },
    messages: {
      increaseVsDecrease: {
        en: 'Opposite directions on «{indicator}»: «{self}» ({selfWho}) wants to increase it, while «{other}» ({otherWho}) wants to reduce it. {overlap} {ways}{pending}',
        nb: 'Motsatte retninger for «{indicator}»: «{self}» ({selfWho}) vil øke den, mens «{other}» ({otherWho}) vil redusere den. {overlap} {ways}{pending}',
        nn: 'Motsette retningar for «{indicator}»: «{self}» ({selfWho}) vil auke han, medan «{other}» ({otherWho}) vil redusere han. {overlap} {ways}{pending}',
      },
      decreaseVsIncrease: {
        en: 'Opposite directions on «{indicator}»: «{self}» ({selfWho}) wants to reduce it, while «{other}» ({otherWho}) wants to increase it. {overlap} {ways}{pending}',
        nb: 'Motsatte retninger for «{indicator}»: «{self}» ({selfWho}) vil redusere den, mens «{other}» ({otherWho}) vil øke den. {overlap} {ways}{pending}',
        nn: 'Motsette retningar for «{indicator}»: «{self}» ({selfWho}) vil redusere han, medan «{other}» ({otherWho}) vil auke han. {overlap} {ways}{pending}',
      },
      increaseVsDecreaseAccepted: {
        en: 'Accepted conflict: «{self}» ({selfWho}) increases «{indicator}», «{other}» ({otherWho}) reduces it. Reason (in {acceptor}): {reason}',
        nb: 'Akseptert konflikt: «{self}» ({selfWho}) øker «{indicator}», «{other}» ({otherWho}) reduserer den. Begrunnelse (i {acceptor}): {reason}',
        nn: 'Akseptert konflikt: «{self}» ({selfWho}) aukar «{indicator}», «{other}» ({otherWho}) reduserer han. Grunngjeving (i {acceptor}): {reason}',
      },
      decreaseVsIncreaseAccepted: {
        en: 'Accepted conflict: «{self}» ({selfWho}) reduces «{indicator}», «{other}» ({otherWho}) increases it. Reason (in {acceptor}): {reason}',
        nb: 'Akseptert konflikt: «{self}» ({selfWho}) reduserer «{indicator}», «{other}» ({otherWho}) øker den. Begrunnelse (i {acceptor}): {reason}',
        nn: 'Akseptert konflikt: «{self}» ({selfWho}) reduserer «{indicator}», «{other}» ({otherWho}) aukar han. Grunngjeving (i {acceptor}): {reason}',
      },
      related: {
        en: 'The other goal: «{other}» ({otherWho}) drives «{indicator}» the other way',
        nb: 'Det andre målet: «{other}» ({otherWho}) trekker «{indicator}» motsatt vei',
        nn: 'Det andre målet: «{other}» ({otherWho}) dreg «{indicator}» motsett veg',
      },
      ...ACCEPT_FIX_MESSAGES,
      ...MORE_CONFLICTS_MESSAGES,
    },
  },
  checkWorkspace(outer) {
    // At most MAX_PER_GOAL findings on one goal; more are summed up in one (a company goal against hundreds of members).
    boundedPerGoal(outer, (ctx) => {
      const cc = conflictContext(ctx.ws, ctx.lang);
      const filings = (g: Goal): Filing[] => {
        const indicator = cc.info(g).indicator;
        const dir = directionOf(g);
        return indicator && dir ? [{ topic: `indicator:${indicator.key}`, side: dir.direction === 'increase' ? 0 : 1 }] : [];
      };
      for (const [a, b] of cc.candidatePairs(ID, filings)) {
        cc.comparePair(ID, a, b, ctx, (pairCtx) => {
          const conflict = directionConflict(cc, a, b);
          if (!conflict) return;
          const overlap = cc.overlap(a, b);
          if (!overlap) return;
          const data = { indicator: conflict.label };
          const ids: [string, string] = conflict.a.direction === 'increase' ? ['increaseVsDecrease', 'decreaseVsIncrease'] : ['decreaseVsIncrease', 'increaseVsDecrease'];
          reportPair(cc, pairCtx, { goal: a, span: conflict.a.span, data }, { goal: b, span: conflict.b.span, data }, { messageIds: ids, relatedId: 'related', overlap, agree: 'direction' });
        });
      }
    });
  },
});
