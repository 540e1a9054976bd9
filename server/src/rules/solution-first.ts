import { defineRule } from '../engine/rule.js';
import { writtenElsewhere } from '../engine/findings.js';
import { propertyOf, isSettled } from '../engine/model/interpret.js';
import { keyInDocument } from '../engine/model/vocabulary.js';
import { appendToPropertyEdit, insertPropertiesEdit } from '../engine/edits.js';
import { isUnstated, PLACEHOLDERS, textLang } from '../engine/model/placeholder.js';
import { joinList, localized } from '../engine/conflicts/describe.js';
import { misspeltProperty } from '../engine/model/keyGuess.js';

const messages = {
  solutionFirst: {
    en: 'The goal «{goal}» introduces {systems_en}, but says neither which need it answers nor what it is expected to bring. Start from the need: add `{needKey}: …` (which problem is solved, and for whom) and `{benefitKey}: …` (what the members gain), so the choice of solution can be judged against them.',
    nb: 'Målet «{goal}» innfører {systems_nb}, men sier verken hvilket behov det dekker eller hva det skal gi. Start med behovet: legg til `{needKey}: …` (hvilket problem som løses, og for hvem) og `{benefitKey}: …` (hva medlemmene vinner), så valget av løsning kan vurderes opp mot dem.',
    nn: 'Målet «{goal}» innfører {systems_nn}, men seier verken kva behov det dekkjer eller kva det skal gje. Start med behovet: legg til `{needKey}: …` (kva problem som blir løyst, og for kven) og `{benefitKey}: …` (kva medlemene vinn), så valet av løysing kan vurderast opp mot dei.',
  },
  placeholder: {
    en: 'The goal «{goal}» introduces {systems_en}, but its need and benefit are not filled in yet: `{key}:` still holds the placeholder «{placeholder}». Replace it with your answer (which problem is solved and for whom, or what the members gain), so the choice of solution can be judged against it.',
    nb: 'Målet «{goal}» innfører {systems_nb}, men behov og gevinst er ikke fylt ut ennå: `{key}:` har fortsatt plassholderen «{placeholder}». Bytt den ut med svaret (hvilket problem som løses og for hvem, eller hva medlemmene vinner), så valget av løsning kan vurderes opp mot det.',
    nn: 'Målet «{goal}» innfører {systems_nn}, men behov og gevinst er ikkje fylte ut enno: `{key}:` har framleis plasshaldaren «{placeholder}». Byt han ut med svaret (kva problem som blir løyst og for kven, eller kva medlemene vinn), så valet av løysing kan vurderast opp mot det.',
  },
  placeholderHere: {
    en: 'The placeholder to replace',
    nb: 'Plassholderen som skal byttes ut',
    nn: 'Plasshaldaren som skal bytast ut',
  },
  fixAdd: {
    en: 'Add `{needKey}:` and `{benefitKey}:` lines to fill in',
    nb: 'Legg til linjene `{needKey}:` og `{benefitKey}:` til utfylling',
    nn: 'Legg til linjene `{needKey}:` og `{benefitKey}:` til utfylling',
  },
  // Both lines are there, empty: the fix fills them in and adds nothing.
  fixFill: {
    en: 'Fill in the empty `{needKey}:` and `{benefitKey}:` lines',
    nb: 'Fyll ut de tomme linjene `{needKey}:` og `{benefitKey}:`',
    nn: 'Fyll ut dei tomme linjene `{needKey}:` og `{benefitKey}:`',
  },
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
      // A value that is still a placeholder (what the quick fix writes), or a filler such as `-` or `TBD`, is not written yet.
      const written = (v: string | undefined) => v !== undefined && v !== '' && !isUnstated(v);
      if (f.adopt.length === 0 || written(f.need) || written(f.benefit)) continue;
      // The need or benefit is written where it is not read (in a list below its key, a table, a quote): the
      // finding on that line says so, and asking here for a need the author wrote would contradict it.
      if (writtenElsewhere(doc, goal, 'need') || writtenElsewhere(doc, goal, 'benefit')) continue;
      // So is one under a misspelt key (`Gevinster:`, `Behovet:`), which unknown-property offers to correct.
      const yaml = doc.format === 'yaml';
      if (misspeltProperty(goal, yaml, ['need', 'benefit'], (v) => !isUnstated(v))) continue;
      const adopt = goal.properties.find((p) => p.known && p.key === 'adopt' && p.items.length > 0) ?? propertyOf(goal, 'adopt')!;
      const span = adopt.valueSpan.end > adopt.valueSpan.start ? adopt.valueSpan : adopt.keySpan;
      // «A, B and C» / «A, B og C», as the language writes a list.
      const data = localized({ goal: goal.title || goal.id }, 'systems', (l) => joinList(f.adopt, l, Infinity));
      const pending = goal.properties.find((p) => p.known && (p.key === 'need' || p.key === 'benefit') && p.value !== '' && isUnstated(p.value));
      if (pending) {
        // Filled in with a placeholder: point at it, and offer no fix (adding lines again would not help).
        ctx.report({
          messageId: 'placeholder',
          data: { ...data, key: pending.rawKey, placeholder: pending.value },
          uri: goal.uri,
          span,
          goal: goal.key,
          related: [{ uri: goal.uri, span: pending.valueSpan, messageId: 'placeholderHere' }],
        });
        continue;
      }
      const keys = { needKey: keyInDocument('need', doc), benefitKey: keyInDocument('benefit', doc) };
      // Empty `need`/`benefit` lines are filled in rather than written twice.
      const emptyNeed = propertyOf(goal, 'need');
      const emptyBenefit = propertyOf(goal, 'benefit');
      const lang = textLang(doc, ctx.ws.config.language);
      const placeholder = { need: PLACEHOLDERS.need[lang], benefit: PLACEHOLDERS.benefit[lang] };
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
        data: { ...data, ...keys },
        uri: goal.uri,
        span,
        goal: goal.key,
        ...(edits.length
          ? { fixes: [emptyNeed && emptyBenefit ? { messageId: 'fixFill', data: { needKey: emptyNeed.rawKey, benefitKey: emptyBenefit.rawKey }, edits } : { messageId: 'fixAdd', data: keys, edits }] }
          : {}),
      });
    }
  },
});
