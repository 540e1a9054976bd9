import { defineRule } from '../engine/rule.js';
import { guess, type Guess } from '../engine/text/normalize.js';
import { didYouMeanHint, MIN_SUGGESTION_SCORE, objectiveMessageTitle, replaceFix } from '../engine/findings.js';
import type { Goal } from '../engine/types.js';
import { goalText, type WorkspaceModel } from '../engine/workspaceModel.js';

const messages = {
  unknown: {
    en: '"{value}" is not an objective of the enabled frameworks ({frameworks}), so this link counts for nothing.{hint} {listObjectivesSentence}',
    nb: '«{value}» er ikke et mål i rammeverkene som er slått på ({frameworks}), så koblingen teller ikke.{hint} {listObjectivesSentence}',
    nn: '«{value}» er ikkje eit mål i rammeverka som er slått på ({frameworks}), så koplinga tel ikkje.{hint} {listObjectivesSentence}',
  },
  notEnabled: {
    en: '"{value}" belongs to the framework {framework}, which this cooperation does not use. Add {framework} to `{key}` in samstemt.yaml, or link to an objective of {frameworks}.',
    nb: '«{value}» hører til rammeverket {framework}, som samarbeidet ikke bruker. Legg {framework} til i `{key}` i samstemt.yaml, eller koble til et mål i {frameworks}.',
    nn: '«{value}» høyrer til rammeverket {framework}, som samarbeidet ikkje brukar. Legg {framework} til i `{key}` i samstemt.yaml, eller kopl til eit mål i {frameworks}.',
  },
  notEnabledNone: {
    en: '"{value}" belongs to the framework {framework}, but this cooperation uses no framework. Add {framework} to `{key}` in samstemt.yaml.',
    nb: '«{value}» hører til rammeverket {framework}, men samarbeidet bruker ikke noe rammeverk. Legg {framework} til i `{key}` i samstemt.yaml.',
    nn: '«{value}» høyrer til rammeverket {framework}, men samarbeidet brukar ikkje noko rammeverk. Legg {framework} til i `{key}` i samstemt.yaml.',
  },
  several: {
    en: '"{value}" names several objectives in one item, so none of them counts. Separate them with commas: {suggestion}.',
    nb: '«{value}» nevner flere mål i ett punkt, så ingen av dem teller. Skill dem med komma: {suggestion}.',
    nn: '«{value}» nemner fleire mål i eitt punkt, så ingen av dei tel. Skil dei med komma: {suggestion}.',
  },
  withText: {
    en: '"{value}" is more than an objective ID, so this link counts for nothing. Write only the ID: {suggestion} «{title}».',
    nb: '«{value}» er mer enn en mål-ID, så koblingen teller ikke. Skriv bare ID-en: {suggestion} «{title}».',
    nn: '«{value}» er meir enn ein mål-ID, så koplinga tel ikkje. Skriv berre ID-en: {suggestion} «{title}».',
  },
  separate: { en: 'Separate with commas: {suggestion}', nb: 'Skill med komma: {suggestion}', nn: 'Skil med komma: {suggestion}' },
  didYouMean: { en: ' Did you mean {suggestion} «{title}»?', nb: ' Mente du {suggestion} «{title}»?', nn: ' Meinte du {suggestion} «{title}»?' },
  fitsBest: {
    en: ' The goal\'s text fits {suggestion} «{title}» best.',
    nb: ' Teksten i målet passer best med {suggestion} «{title}».',
    nn: ' Teksten i målet passar best med {suggestion} «{title}».',
  },
  replace: { en: 'Change to {suggestion} «{title}»', nb: 'Endre til {suggestion} «{title}»', nn: 'Endre til {suggestion} «{title}»' },
};

/** An objective-ID-shaped word: `DS19-M2`, `dn30-i1`. */
const OBJECTIVE_ID = /^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+$/;

/** `supports` must name objectives of the enabled frameworks. */
export default defineRule({
  meta: {
    id: 'unknown-objective',
    defaultSeverity: 'error',
    category: 'structure',
    description: {
      en: '`supports` names an objective that is not in the enabled frameworks.',
      nb: '`supports` viser til et mål som ikke finnes i rammeverkene som er slått på.',
      nn: '`supports` viser til eit mål som ikkje finst i rammeverka som er slått på.',
    },
    messages,
  },
  checkDocument(doc, ctx) {
    const { ws, lang } = ctx;
    const ids = ws.frameworks.flatMap((f) => f.objectives.map((o) => o.id));
    const frameworks = ws.frameworks.map((f) => f.id).join(', ') || '–';
    for (const g of doc.goals) {
      for (const item of g.facts.supports) {
        if (ws.objective(item.text)) continue;
        const elsewhere = ws.anyObjective(item.text);
        if (elsewhere) {
          const key = ws.config.frameworksKey ?? 'frameworks';
          ctx.report({ messageId: ws.frameworks.length ? 'notEnabled' : 'notEnabledNone', data: { value: item.text, framework: elsewhere.framework, frameworks, key }, uri: g.uri, span: item.span, goal: g.key });
          continue;
        }
        // `DS19-M2 og DN30-M3`, `DS19-M2; DN30-M3`: known IDs joined by something other than a comma.
        const several = item.text.split(/[^A-Za-z0-9-]+/).filter((w) => OBJECTIVE_ID.test(w)).map((id) => ws.objective(id)?.id);
        if (several.length > 1 && several.every((id) => id !== undefined)) {
          const list = several.join(', ');
          ctx.report({
            messageId: 'several',
            data: { value: item.text, suggestion: list },
            uri: g.uri,
            span: item.span,
            goal: g.key,
            fixes: [{ messageId: 'separate', data: { suggestion: list }, edits: [{ uri: g.uri, span: item.span, newText: list }], preferred: true }],
          });
          continue;
        }
        // `DS19-M2 (Flere oppgaver digitalt)`, `DN30-M3 – delvis`: a known ID with its title or a note after it.
        const lead = /^([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+)[\s(:–—«"]/.exec(item.text);
        // `[[DS19-M2]]` (a wiki link, as Obsidian writes it), `[[DS19-M2|Flere oppgaver]]`, `[DS19-M2]`, `(DS19-M2)`.
        const bracketed = /^[[(]{1,2}([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+)(?:\|[^\]]*)?[\])]{1,2}$/.exec(item.text);
        const known = lead ? ws.objective(lead[1]!) : bracketed ? ws.objective(bracketed[1]!) : undefined;
        if (known) {
          const title = objectiveMessageTitle(known, lang);
          ctx.report({
            messageId: 'withText',
            data: { value: item.text, suggestion: known.id, title },
            uri: g.uri,
            span: item.span,
            goal: g.key,
            ...replaceFix(g.uri, item.span, known.id, { title }),
          });
          continue;
        }
        const described = describedObjective(ws, item.text);
        const { guessed, fits } = described ? { guessed: { text: described, sure: false }, fits: false } : bestGuess(ws, g, item.text, ids);
        const suggestion = guessed?.text;
        const suggested = suggestion ? ws.objective(suggestion) : undefined;
        const title = suggested ? objectiveMessageTitle(suggested, lang) : '';
        ctx.report({
          messageId: 'unknown',
          data: { value: item.text, frameworks, hint: didYouMeanHint(fits ? messages.fitsBest : messages.didYouMean, lang, suggestion, { title }) },
          uri: g.uri,
          span: item.span,
          goal: g.key,
          ...replaceFix(g.uri, item.span, guessed, { title }),
        });
      }
    }
  },
});

/** The letter of an objective ID for the words plans use for its kind (`main goal 2` → M2). */
const KIND_WORDS: readonly [RegExp, string][] = [
  [/^(?:main (?:goal|objective)|objective|goal|hovedmål|hovudmål|mål)$/, 'M'],
  [/^(?:focus area|priority area|innsatsområde|satsingsområde)$/, 'I'],
  [/^(?:prerequisite|precondition|forutsetning|føresetnad)$/, 'F'],
  [/^(?:target|måltall|måltal)$/, 'T'],
];

/**
 * An objective described in words rather than by its ID (`DN30 objective 2`,
 * `DS19 focus area 4`, `DS19 hovedmål 1`): the ID it stands for, when the
 * enabled frameworks have it.
 */
function describedObjective(ws: WorkspaceModel, written: string): string | undefined {
  // Words, not one pattern over the whole text: linear on any input.
  const words = written.trim().split(/[\s:]+/);
  const framework = words[0] ?? '';
  const number = words[words.length - 1] ?? '';
  if (words.length < 3 || words.length > 5 || !/^[A-Za-z][A-Za-z0-9]*$/.test(framework) || !/^\d{1,2}$/.test(number)) return undefined;
  const middle = words.slice(1, -1).map((w) => w.toLowerCase());
  if (middle.length > 1 && /^(?:no|nr)\.?$/.test(middle[middle.length - 1]!)) middle.pop();
  const kind = middle.join(' ').replace(/\.$/, '');
  const letter = KIND_WORDS.find(([re]) => re.test(kind))?.[1];
  return letter ? ws.objective(`${framework}-${letter}${number}`)?.id : undefined;
}

/**
 * The objective to propose for an ID that does not resolve: the nearest
 * spelling, unless the goal's text does not fit it and fits another
 * objective much better — `DN30-I3` (digital competence, not in the catalog)
 * is one letter from `DN30-F3` (security), which a goal about digital skills
 * should not be pointed to. The text's best fit is then offered, as a guess.
 */
const SPELLING_MARGIN = 0.2;

function bestGuess(ws: WorkspaceModel, g: Goal, written: string, ids: readonly string[]): { guessed?: Guess; fits: boolean } {
  const spelled = guess(written.toUpperCase(), ids);
  const best = ws.suggestions(g)[0];
  // Without a near spelling the ID names something else (another framework): nothing to propose.
  if (!spelled) return { fits: false };
  // A case or format slip (`ds19 m2`) is no guess.
  if (spelled.sure) return { guessed: spelled, fits: false };
  if (!best || best.score < MIN_SUGGESTION_SCORE || best.objective === spelled.text) return { guessed: spelled, fits: false };
  // The spelling stands while the text fits it nearly as well as its best fit (within 0.2 of 1).
  if (ws.ranker().score(goalText(g), spelled.text).score >= Math.max(MIN_SUGGESTION_SCORE, best.score - SPELLING_MARGIN)) return { guessed: spelled, fits: false };
  return { guessed: { text: best.objective, sure: false }, fits: true };
}
