import { defineRule } from '../engine/rule.js';
import { conflictContext } from '../engine/conflicts/context.js';
import type { Goal } from '../engine/types.js';
import type { Filing } from '../engine/conflicts/pairIndex.js';
import { systemConflict, systemKeys, type SystemConflict } from '../engine/conflicts/structured.js';
import { reportPair, ACCEPT_FIX_MESSAGES, MORE_CONFLICTS_MESSAGES, boundedPerGoal } from '../engine/conflicts/report.js';

const ID = 'conflict-system-choice';

/** Message ids from the side of the first goal and of the second. */
function messageIds(c: SystemConflict): [string, string] {
  if (c.kind === 'different') return ['different', 'different'];
  if (c.kind === 'adoptVsRetain') return c.a.role === 'adopt' ? ['adoptVsRetain', 'retainVsAdopt'] : ['retainVsAdopt', 'adoptVsRetain'];
  return c.a.role === 'phase-out' ? ['retiredKept', 'keepRetired'] : ['keepRetired', 'retiredKept'];
}

/**
 * Overlapping goals of different members that choose different systems in one
 * area, or keep a system the other phases out. Candidates come from an index by
 * area and by system (see PairIndex), never from all pairs of goals.
 */
export default defineRule({
  meta: {
    id: ID,
    defaultSeverity: 'error',
    category: 'conflicts',
    description: {
      en: 'Overlapping goals of different members choose different systems in one area, or keep a system the other phases out.',
      nb: 'Overlappende mål hos ulike medlemmer velger ulike systemer på ett område, eller beholder et system det andre avvikler.',
      nn: 'Overlappande mål hos ulike medlemer vel ulike system på eitt område, eller held på eit system det andre avviklar.',
    },
    messages: {
      different: {
        en: 'Different systems in the area «{area}»: «{self}» ({selfWho}) adopts {selfSystem}, while «{other}» ({otherWho}) adopts {otherSystem}. {overlap} {ways}{pending}',
        nb: 'Ulike systemer på området «{area}»: «{self}» ({selfWho}) innfører {selfSystem}, mens «{other}» ({otherWho}) innfører {otherSystem}. {overlap} {ways}{pending}',
        nn: 'Ulike system på området «{area}»: «{self}» ({selfWho}) innfører {selfSystem}, medan «{other}» ({otherWho}) innfører {otherSystem}. {overlap} {ways}{pending}',
      },
      adoptVsRetain: {
        en: 'Different systems in the area «{area}»: «{self}» ({selfWho}) adopts {selfSystem}, while «{other}» ({otherWho}) keeps {otherSystem}. {overlap} {ways}{pending}',
        nb: 'Ulike systemer på området «{area}»: «{self}» ({selfWho}) innfører {selfSystem}, mens «{other}» ({otherWho}) beholder {otherSystem}. {overlap} {ways}{pending}',
        nn: 'Ulike system på området «{area}»: «{self}» ({selfWho}) innfører {selfSystem}, medan «{other}» ({otherWho}) held på {otherSystem}. {overlap} {ways}{pending}',
      },
      retainVsAdopt: {
        en: 'Different systems in the area «{area}»: «{self}» ({selfWho}) keeps {selfSystem}, while «{other}» ({otherWho}) adopts {otherSystem}. {overlap} {ways}{pending}',
        nb: 'Ulike systemer på området «{area}»: «{self}» ({selfWho}) beholder {selfSystem}, mens «{other}» ({otherWho}) innfører {otherSystem}. {overlap} {ways}{pending}',
        nn: 'Ulike system på området «{area}»: «{self}» ({selfWho}) held på {selfSystem}, medan «{other}» ({otherWho}) innfører {otherSystem}. {overlap} {ways}{pending}',
      },
      keepRetired: {
        en: '«{self}» ({selfWho}) builds on {selfSystem}, but «{other}» ({otherWho}) phases it out. {overlap} {ways}{pending}',
        nb: '«{self}» ({selfWho}) bygger på {selfSystem}, men «{other}» ({otherWho}) avvikler det. {overlap} {ways}{pending}',
        nn: '«{self}» ({selfWho}) byggjer på {selfSystem}, men «{other}» ({otherWho}) avviklar det. {overlap} {ways}{pending}',
      },
      retiredKept: {
        en: '«{self}» ({selfWho}) phases out {selfSystem}, but «{other}» ({otherWho}) builds on it. {overlap} {ways}{pending}',
        nb: '«{self}» ({selfWho}) avvikler {selfSystem}, men «{other}» ({otherWho}) bygger på det. {overlap} {ways}{pending}',
        nn: '«{self}» ({selfWho}) avviklar {selfSystem}, men «{other}» ({otherWho}) byggjer på det. {overlap} {ways}{pending}',
      },
      differentAccepted: {
        en: 'Accepted conflict: «{self}» ({selfWho}) adopts {selfSystem}, «{other}» ({otherWho}) adopts {otherSystem} in the area «{area}». Reason (in {acceptor}): {reason}',
        nb: 'Akseptert konflikt: «{self}» ({selfWho}) innfører {selfSystem}, «{other}» ({otherWho}) innfører {otherSystem} på området «{area}». Begrunnelse (i {acceptor}): {reason}',
        nn: 'Akseptert konflikt: «{self}» ({selfWho}) innfører {selfSystem}, «{other}» ({otherWho}) innfører {otherSystem} på området «{area}». Grunngjeving (i {acceptor}): {reason}',
      },
      adoptVsRetainAccepted: {
        en: 'Accepted conflict: «{self}» ({selfWho}) adopts {selfSystem}, «{other}» ({otherWho}) keeps {otherSystem} in the area «{area}». Reason (in {acceptor}): {reason}',
        nb: 'Akseptert konflikt: «{self}» ({selfWho}) innfører {selfSystem}, «{other}» ({otherWho}) beholder {otherSystem} på området «{area}». Begrunnelse (i {acceptor}): {reason}',
        nn: 'Akseptert konflikt: «{self}» ({selfWho}) innfører {selfSystem}, «{other}» ({otherWho}) held på {otherSystem} på området «{area}». Grunngjeving (i {acceptor}): {reason}',
      },
      retainVsAdoptAccepted: {
        en: 'Accepted conflict: «{self}» ({selfWho}) keeps {selfSystem}, «{other}» ({otherWho}) adopts {otherSystem} in the area «{area}». Reason (in {acceptor}): {reason}',
        nb: 'Akseptert konflikt: «{self}» ({selfWho}) beholder {selfSystem}, «{other}» ({otherWho}) innfører {otherSystem} på området «{area}». Begrunnelse (i {acceptor}): {reason}',
        nn: 'Akseptert konflikt: «{self}» ({selfWho}) held på {selfSystem}, «{other}» ({otherWho}) innfører {otherSystem} på området «{area}». Grunngjeving (i {acceptor}): {reason}',
      },
      keepRetiredAccepted: {
        en: 'Accepted conflict: «{self}» ({selfWho}) builds on {selfSystem}, which «{other}» ({otherWho}) phases out. Reason (in {acceptor}): {reason}',
        nb: 'Akseptert konflikt: «{self}» ({selfWho}) bygger på {selfSystem}, som «{other}» ({otherWho}) avvikler. Begrunnelse (i {acceptor}): {reason}',
        nn: 'Akseptert konflikt: «{self}» ({selfWho}) byggjer på {selfSystem}, som «{other}» ({otherWho}) avviklar. Grunngjeving (i {acceptor}): {reason}',
      },
      retiredKeptAccepted: {
        en: 'Accepted conflict: «{self}» ({selfWho}) phases out {selfSystem}, which «{other}» ({otherWho}) builds on. Reason (in {acceptor}): {reason}',
        nb: 'Akseptert konflikt: «{self}» ({selfWho}) avvikler {selfSystem}, som «{other}» ({otherWho}) bygger på. Begrunnelse (i {acceptor}): {reason}',
        nn: 'Akseptert konflikt: «{self}» ({selfWho}) avviklar {selfSystem}, som «{other}» ({otherWho}) byggjer på. Grunngjeving (i {acceptor}): {reason}',
      },
      related: {
        en: 'The other goal: «{other}» ({otherWho}), {otherSystem}',
        nb: 'Det andre målet: «{other}» ({otherWho}), {otherSystem}',
        nn: 'Det andre målet: «{other}» ({otherWho}), {otherSystem}',
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
        const { keep, retire } = systemKeys(g);
        // Same area: different adopted systems, or adopt vs retain.
        const area = cc.info(g).area;
        const out: Filing[] = area && (g.facts.adopt.length || g.facts.retain.length) ? [{ topic: `area:${area}` }] : [];
        // Same system: keep on one side, phase out on the other.
        for (const k of new Set(keep)) out.push({ topic: `system:${k}`, side: 0 });
        for (const k of new Set(retire)) out.push({ topic: `system:${k}`, side: 1 });
        return out;
      };
      for (const [a, b] of cc.candidatePairs(ID, filings)) {
        cc.comparePair(ID, a, b, ctx, (pairCtx) => {
          const conflict = systemConflict(cc, a, b);
          if (!conflict) return;
          const overlap = cc.overlap(a, b);
          if (!overlap) return;
          const area = cc.info(a).area ?? cc.info(b).area ?? '';
          reportPair(
            cc,
            pairCtx,
            { goal: a, span: conflict.a.span, data: { selfSystem: conflict.a.name, otherSystem: conflict.b.name, area } },
            { goal: b, span: conflict.b.span, data: { selfSystem: conflict.b.name, otherSystem: conflict.a.name, area } },
            { messageIds: messageIds(conflict), relatedId: 'related', overlap },
          );
        });
      }
    });
  },
});
