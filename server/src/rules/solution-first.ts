import { defineRule } from '../engine/rule.js';
import type { Lang } from '../engine/types.js';
import { propertyOf, isSettled } from '../engine/model/interpret.js';
import { keyInDocument } from '../engine/model/vocabulary.js';
import { appendToPropertyEdit, insertPropertiesEdit } from '../engine/edits.js';

const messages = {
  solutionFirst: {
    en: 'The goal «{goal}» introduces {systems}, but says neither which need it answers nor what it is expected to bring. Start from the need: add `{needKey}: …` (which problem is solved, and for whom) and `{benefitKey}: …` (what the members gain), so the choice of solution can be judged against them.',
    nb: 'Målet «{goal}» innfører {systems}, men sier verken hvilket behov det dekker eller hva det skal gi. Start med behovet: legg til `{needKey}: …` (hvilket problem som løses, og for hvem) og `{benefitKey}: …` (hva medlemmene vinner), så valget av løsning kan vurderes opp mot dem.',
    nn: 'Målet «{goal}» innfører {systems}, men seier verken kva behov det dekkjer eller kva det skal gje. Start med behovet: legg til `{needKey}: …` (kva problem som blir løyst, og for kven) og `{benefitKey}: …` (kva medlemene vinn), så valet av løysing kan vurderast opp mot dei.',
  },
  fixAdd: {
    en: 'Add `{needKey}:` and `{benefitKey}:` lines to fill in',
    nb: 'Legg til linjene `{needKey}:` og `{benefitKey}:` til utfylling',
    nn: 'Legg til linjene `{needKey}:` og `{benefitKey}:` til utfylling',
  },
};

/** Placeholder values for the fix, in the document's language: questions, so nobody mistakes them for content. */
const PLACEHOLDERS: Record<Lang, { need: string; benefit: string }> = {
  en: { need: 'Which need does this answer, and for whom?', benefit: 'What will the members gain?' },
  nb: { need: 'Hvilket behov dekker dette, og for hvem?', benefit: 'Hva vinner medlemmene på dette?' },
  nn: { need: 'Kva behov dekkjer dette, og for kven?', benefit: 'Kva vinn medlemene på dette?' },
};

/** A goal that adopts a system but states no `need` and no `benefit`: order from needs, then buy. */
export default defineRule({
  meta: {
    id: 'solution-first',
    defaultSeverity: 'warning',
    category: 'good-goals',
    description: {
      en: 'A goal introduces a system but states no need and no benefit.',
      nb: 'Et mål innfører et system, men oppgir verken behov eller gevinst.',
      nn: 'Eit mål innfører eit system, men oppgjev verken behov eller gevinst.',
    },
    messages,
  },
  checkDocument(doc, ctx) {
    for (const goal of doc.goals) {
      // A done or dropped goal has made its choice of solution: asking for the need now comes too late.
      if (isSettled(goal)) continue;
      const f = goal.facts;
      if (f.adopt.length === 0 || f.need || f.benefit) continue;
      const adopt = goal.properties.find((p) => p.known && p.key === 'adopt' && p.items.length > 0) ?? propertyOf(goal, 'adopt')!;
      const keys = { needKey: keyInDocument('need', doc), benefitKey: keyInDocument('benefit', doc) };
      // Empty `need`/`benefit` lines are filled in rather than written twice.
      const emptyNeed = propertyOf(goal, 'need');
      const emptyBenefit = propertyOf(goal, 'benefit');
      const placeholder = PLACEHOLDERS[doc.lang];
      const edits = [];
      if (emptyNeed || emptyBenefit) {
        for (const [p, key, value] of [
          [emptyNeed, 'need', placeholder.need],
          [emptyBenefit, 'benefit', placeholder.benefit],
        ] as const) {
          const edit = p ? appendToPropertyEdit(doc, p, value) : insertPropertiesEdit(doc, goal, [[key, value]], adopt);
          if (edit) edits.push(edit);
        }
      } else {
        const edit = insertPropertiesEdit(
          doc,
          goal,
          [
            ['need', placeholder.need],
            ['benefit', placeholder.benefit],
          ],
          adopt,
        );
        if (edit) edits.push(edit);
      }
      ctx.report({
        messageId: 'solutionFirst',
        data: { goal: goal.title || goal.id, systems: f.adopt.join(', '), ...keys },
        uri: goal.uri,
        span: adopt.valueSpan.end > adopt.valueSpan.start ? adopt.valueSpan : adopt.keySpan,
        goal: goal.key,
        ...(edits.length ? { fixes: [{ messageId: 'fixAdd', data: keys, edits }] } : {}),
      });
    }
  },
});
