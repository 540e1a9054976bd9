import { defineRule } from '../engine/rule.js';
import type { Goal, GoalRef } from '../engine/types.js';
import { didYouMeanHint, idReplaceFix, cooperationName } from '../engine/findings.js';

const messages = {
  unknown: {
    en: 'There is no goal {value} (in {key}), so this link leads nowhere.{hint} Check the goal ID in {owner}\'s strategy.',
    nb: 'Det finnes ikke noe mål {value} (i {key}), så koblingen fører ingen steder.{hint} Sjekk mål-ID-en i strategien til {owner}.',
    nn: 'Det finst ikkje noko mål {value} (i {key}), så koplinga fører ingen stad.{hint} Sjekk mål-ID-en i strategien til {owner}.',
  },
  noStrategy: {
    en: 'There is no goal {value} (in {key}), so this link leads nowhere: the cooperation has no strategy with goals for {owner}.{hint} Add {owner}\'s strategy document to the cooperation\'s folder (it needs `owner: {owner}`), or check the member ID.',
    nb: 'Det finnes ikke noe mål {value} (i {key}), så koblingen fører ingen steder: samarbeidet har ingen strategi med mål for {owner}.{hint} Legg strategidokumentet til {owner} i mappen til samarbeidet (det trenger `owner: {owner}`), eller sjekk medlems-ID-en.',
    nn: 'Det finst ikkje noko mål {value} (i {key}), så koplinga fører ingen stad: samarbeidet har ingen strategi med mål for {owner}.{hint} Legg strategidokumentet til {owner} i mappa til samarbeidet (det treng `owner: {owner}`), eller sjekk medlems-ID-en.',
  },
  otherCooperation: {
    en: 'There is no goal {value} (in {key}) in this cooperation: {owner} is a member of {cooperation} ({config}). Each samstemt.yaml is a cooperation of its own, and goal references never cross cooperations. Link the goal to a goal or national objective of this cooperation instead, and name the goal of the other cooperation in the description if you like.',
    nb: 'Det finnes ikke noe mål {value} (i {key}) i dette samarbeidet: {owner} er medlem av {cooperation} ({config}). Hver samstemt.yaml er et eget samarbeid, og målhenvisninger går aldri på tvers av samarbeid. Knytt heller målet til et mål eller nasjonalt mål i dette samarbeidet, og nevn gjerne målet i det andre samarbeidet i beskrivelsen.',
    nn: 'Det finst ikkje noko mål {value} (i {key}) i dette samarbeidet: {owner} er medlem av {cooperation} ({config}). Kvar samstemt.yaml er eit eige samarbeid, og måltilvisingar går aldri på tvers av samarbeid. Knyt heller målet til eit mål eller nasjonalt mål i dette samarbeidet, og nemn gjerne målet i det andre samarbeidet i skildringa.',
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
        const owner = ref.owner ?? g.owner;
        const guessed = ws.suggestGoal(g, ref);
        const suggestion = guessed?.text;
        // Whether the owner has any goal is a question of goal keys (what the rule reads).
        const hasGoals = ws.goals.some((x) => x.owner === owner);
        // The owner's strategy is in a cooperation nested in this one's folder (or around it): said so, not "add the document".
        const other = hasGoals || suggestion ? undefined : ws.cooperationOf(owner);
        if (other) {
          ctx.report({
            messageId: 'otherCooperation',
            data: { value: ref.text, key: keyAsWritten(g, key, ref), owner, cooperation: cooperationName(other, lang), config: other.config },
            uri: g.uri,
            span: ref.span,
            goal: g.key,
          });
          continue;
        }
        ctx.report({
          messageId: hasGoals ? 'unknown' : 'noStrategy',
          data: { value: ref.text, key: keyAsWritten(g, key, ref), owner, hint: didYouMeanHint(messages.didYouMean, lang, suggestion) },
          uri: g.uri,
          span: ref.span,
          goal: g.key,
          ...idReplaceFix(g.uri, ref.span, guessed, doc.text),
        });
      }
    }
  },
});

/** The key of the property a reference is written in, as the author wrote it (`Bidrar til`). */
function keyAsWritten(g: Goal, key: string, ref: GoalRef): string {
  const p = g.properties.find((p) => p.known && p.key === key && p.valueSpan.start <= ref.span.start && ref.span.end <= p.valueSpan.end);
  return p?.rawKey ?? key;
}
