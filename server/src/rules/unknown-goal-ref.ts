import { defineRule } from '../engine/rule.js';
import type { GoalRef } from '../engine/types.js';
import { didYouMeanHint, replaceFix } from '../engine/findings.js';

const messages = {
  unknown: {
    en: 'There is no goal {value} ({key}), so this link leads nowhere.{hint} Check the goal ID in {owner}\'s strategy.',
    nb: 'Det finnes ikke noe mål {value} ({key}), så koblingen fører ingen steder.{hint} Sjekk mål-ID-en i strategien til {owner}.',
    nn: 'Det finst ikkje noko mål {value} ({key}), så koplinga fører ingen stad.{hint} Sjekk mål-ID-en i strategien til {owner}.',
  },
  didYouMean: { en: ' Did you mean {suggestion}?', nb: ' Mente du {suggestion}?', nn: ' Meinte du {suggestion}?' },
  replace: { en: 'Change to {suggestion}', nb: 'Endre til {suggestion}', nn: 'Endre til {suggestion}' },
};

/** `contributes` and `accepts` must name goals that exist (in the same workspace). */
export default defineRule({
  meta: {
    id: 'unknown-goal-ref',
    defaultSeverity: 'error',
    category: 'structure',
    description: {
      en: '`contributes` or `accepts` names a goal that does not exist.',
      nb: '`contributes` eller `accepts` viser til et mål som ikke finnes.',
      nn: '`contributes` eller `accepts` viser til eit mål som ikkje finst.',
    },
    messages,
    reads: ['goalKeys', 'members'],
  },
  checkDocument(doc, ctx) {
    const { ws, lang } = ctx;
    for (const g of doc.goals) {
      const refs: [GoalRef, string][] = [
        ...g.facts.contributes.map((r): [GoalRef, string] => [r, 'contributes']),
        ...g.facts.accepts.map((a): [GoalRef, string] => [a.ref, 'accepts']),
      ];
      for (const [ref, key] of refs) {
        if (ws.resolve(g, ref)) continue;
        // An unknown owner is reported by unknown-member.
        if (ref.owner && !ws.members.has(ref.owner)) continue;
        const suggestion = ws.suggestGoal(g, ref);
        ctx.report({
          messageId: 'unknown',
          data: { value: ref.text, key, owner: ref.owner ?? g.owner, hint: didYouMeanHint(messages.didYouMean, lang, suggestion) },
          uri: g.uri,
          span: ref.span,
          goal: g.key,
          ...replaceFix(g.uri, ref.span, suggestion),
        });
      }
    }
  },
});
