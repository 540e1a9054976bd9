import { defineRule } from '../engine/rule.js';
import type { Goal } from '../engine/types.js';
import { propertyOf, isDropped } from '../engine/model/interpret.js';
import { keyInDocument } from '../engine/model/vocabulary.js';
import { appendToPropertyEdit, insertPropertiesEdit } from '../engine/edits.js';
import { goalSpan, writtenElsewhere } from '../engine/findings.js';
import { lineNumberIn } from '../engine/text/lines.js';
import { misspeltProperty } from '../engine/model/keyGuess.js';

const messages = {
  missingAll: {
    en: 'The goal «{goal}» cannot be followed up: it has no deadline and nothing to measure, so no one can tell later whether it was reached. Add a deadline (`{deadlineKey}: {exampleDate}`), or say what you will measure and the value you aim for (`{indicatorKey}: …` and `{targetKey}: …`).',
    nb: 'Målet «{goal}» kan ikke følges opp: det har ingen frist og ingenting å måle, så ingen kan si senere om det er nådd. Legg til en frist (`{deadlineKey}: {exampleDate}`), eller si hva dere skal måle og hvilken verdi dere sikter mot (`{indicatorKey}: …` og `{targetKey}: …`).',
    nn: 'Målet «{goal}» kan ikkje følgjast opp: det har ingen frist og ingenting å måle, så ingen kan seie seinare om det er nådd. Legg til ein frist (`{deadlineKey}: {exampleDate}`), eller sei kva de skal måle og kva verdi de siktar mot (`{indicatorKey}: …` og `{targetKey}: …`).',
  },
  missingTarget: {
    en: 'The goal «{goal}» says what is measured ({indicator}) but not which value you aim for, and it has no deadline, so no one can tell whether it was reached. Add the value you aim for (`{targetKey}: …`) or a deadline (`{deadlineKey}: {exampleDate}`).',
    nb: 'Målet «{goal}» sier hva som skal måles ({indicator}), men ikke hvilken verdi dere sikter mot, og det har ingen frist, så ingen kan si om det er nådd. Legg til verdien dere sikter mot (`{targetKey}: …`) eller en frist (`{deadlineKey}: {exampleDate}`).',
    nn: 'Målet «{goal}» seier kva som skal målast ({indicator}), men ikkje kva verdi de siktar mot, og det har ingen frist, så ingen kan seie om det er nådd. Legg til verdien de siktar mot (`{targetKey}: …`) eller ein frist (`{deadlineKey}: {exampleDate}`).',
  },
  missingIndicator: {
    en: 'The goal «{goal}» has a target value but does not say what is measured, and it has no deadline, so no one can tell whether it was reached. Say what you will measure (`{indicatorKey}: …`) or add a deadline (`{deadlineKey}: {exampleDate}`).',
    nb: 'Målet «{goal}» har en målverdi, men sier ikke hva som skal måles, og det har ingen frist, så ingen kan si om det er nådd. Si hva dere skal måle (`{indicatorKey}: …`), eller legg til en frist (`{deadlineKey}: {exampleDate}`).',
    nn: 'Målet «{goal}» har ein målverdi, men seier ikkje kva som skal målast, og det har ingen frist, så ingen kan seie om det er nådd. Sei kva de skal måle (`{indicatorKey}: …`), eller legg til ein frist (`{deadlineKey}: {exampleDate}`).',
  },
  // The deadline is written, but where it is not read: under a sub-heading, in a numbered list, after
  // another bullet character, … The finding on that line says which and how to fix it; this one says
  // only that the deadline does not count, as any of those causes may be the one.
  deadlineElsewhere: {
    en: 'The goal «{goal}» cannot be followed up: its deadline on line {line} is not read (see the finding on that line). Correct that line so that the deadline counts.',
    nb: 'Målet «{goal}» kan ikke følges opp: fristen på linje {line} blir ikke lest (se meldingen på den linjen). Rett den linjen, så teller fristen.',
    nn: 'Målet «{goal}» kan ikkje følgjast opp: fristen på linje {line} blir ikkje lesen (sjå meldinga på den linja). Rett den linja, så tel fristen.',
  },
  fixDeadline: {
    en: 'Add the deadline {date} (end of the strategy period)',
    nb: 'Legg til fristen {date} (slutten av strategiperioden)',
    nn: 'Legg til fristen {date} (slutten av strategiperioden)',
  },
  fixDeadlineStartYear: {
    en: 'Add the deadline {date} (end of the year the goal starts)',
    nb: 'Legg til fristen {date} (slutten av året målet starter)',
    nn: 'Legg til fristen {date} (slutten av året målet startar)',
  },
};

/** True when the goal states the property with a value (an invalid value is `invalid-value`'s business). */
function has(goal: Goal, key: string): boolean {
  return (propertyOf(goal, key)?.value ?? '') !== '';
}

/** A goal without `indicator` + `target` and without `deadline`: it cannot be followed up. */
export default defineRule({
  meta: {
    id: 'goal-not-measurable',
    defaultSeverity: 'warning',
    category: 'good-goals',
    description: {
      en: 'A goal has no deadline and no indicator with a target value.',
      nb: 'Et mål har verken frist eller indikator med målverdi.',
      nn: 'Eit mål har verken frist eller indikator med målverdi.',
    },
    messages,
  },
  checkDocument(doc, ctx) {
    const { lang } = ctx;
    for (const goal of doc.goals) {
      // A dropped goal is not followed up; a done one still is (was it reached?).
      if (isDropped(goal)) continue;
      // An indicator that is still a placeholder (`Indikator: …`, as this message shows it) measures nothing.
      const indicator = goal.facts.indicator !== undefined;
      const target = has(goal, 'target');
      if ((indicator && target) || has(goal, 'deadline')) continue;
      const keys = {
        deadlineKey: keyInDocument('deadline', doc),
        indicatorKey: keyInDocument('indicator', doc),
        targetKey: keyInDocument('target', doc),
      };
      // The end of the document's period, or of the goal's own start year when it starts after the period:
      // a deadline before the start would only trade this finding for another.
      const startYear = goal.facts.start !== undefined ? Number(goal.facts.start.slice(0, 4)) : undefined;
      const periodTo = doc.period?.to;
      const to = periodTo !== undefined && startYear !== undefined && startYear > periodTo ? startYear : periodTo;
      // An empty `deadline` line is filled in rather than written twice.
      const emptyDeadline = propertyOf(goal, 'deadline');
      const date = `${to}-12-31`;
      // A deadline written where it is not read (under a sub-heading, …) is explained by
      // unknown-property there: a second, invented deadline here would contradict it.
      // So is one under a misspelt key (`Fristt: 2027`, `Tidsfrist: 2027`), which unknown-property offers to correct.
      const at = writtenElsewhere(doc, goal, 'deadline')?.span ?? misspeltProperty(goal, doc.format === 'yaml', ['deadline'])?.keySpan;
      if (at) {
        const line = String(lineNumberIn(doc, at.start));
        ctx.report({ messageId: 'deadlineElsewhere', data: { goal: goal.title || goal.id, line }, uri: goal.uri, span: goalSpan(goal), goal: goal.key });
        continue;
      }
      const edit = to === undefined ? undefined : emptyDeadline ? appendToPropertyEdit(doc, emptyDeadline, date) : insertPropertiesEdit(doc, goal, [['deadline', date]]);
      ctx.report({
        messageId: indicator ? 'missingTarget' : target ? 'missingIndicator' : 'missingAll',
        data: {
          goal: goal.title || goal.id,
          indicator: propertyOf(goal, 'indicator')?.value ?? '',
          // The end of the strategy period makes a concrete example; else the date format.
          exampleDate: to !== undefined ? date : lang === 'en' ? 'YYYY-MM-DD' : 'ÅÅÅÅ-MM-DD',
          ...keys,
        },
        uri: goal.uri,
        span: goalSpan(goal),
        goal: goal.key,
        ...(edit ? { fixes: [{ messageId: to === periodTo ? 'fixDeadline' : 'fixDeadlineStartYear', data: { date }, edits: [edit] }] } : {}),
      });
    }
  },
});
