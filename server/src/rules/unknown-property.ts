import { defineRule, type RuleContext } from '../engine/rule.js';
import { GOAL_KEYS, YAML_GOAL_STRUCTURE_KEYS } from '../engine/model/vocabulary.js';
import { structureName, suggestKey } from '../engine/model/keyGuess.js';
import type { Lang, ValueProblem } from '../engine/types.js';
import { didYouMeanHint, problemFix, problemSuggestion, replaceFix } from '../engine/findings.js';

const messages = {
  unknownKey: {
    en: '"{key}" is not a goal property, so Samstemt ignores this line.{hint} Known keys: {known}.',
    nb: '«{key}» er ikke en målegenskap, så Samstemt overser denne linjen.{hint} Kjente nøkler: {known}.',
    nn: '«{key}» er ikkje ein måleigenskap, så Samstemt overser denne linja.{hint} Kjende nøklar: {known}.',
  },
  notKeyValue: {
    en: 'This item in the property list is not a "Key: value" line, so Samstemt ignores it. Write it as "Key: value", or move it out of the list into the description.',
    nb: 'Dette punktet i egenskapslisten er ikke en «Nøkkel: verdi»-linje, så Samstemt overser det. Skriv det som «Nøkkel: verdi», eller flytt det ut av listen og inn i beskrivelsen.',
    nn: 'Dette punktet i eigenskapslista er ikkje ei «Nøkkel: verdi»-linje, så Samstemt overser det. Skriv det som «Nøkkel: verdi», eller flytt det ut av lista og inn i skildringa.',
  },
  orderedList: {
    en: '"{key}" is in a numbered list, so Samstemt does not read it as a property of the goal: properties are read from a bullet list. Start the line with "{expected}" instead of "{marker}".',
    nb: '«{key}» står i en nummerert liste, så Samstemt leser det ikke som en egenskap ved målet: egenskaper leses fra en punktliste. Start linjen med «{expected}» i stedet for «{marker}».',
    nn: '«{key}» står i ei nummerert liste, så Samstemt les det ikkje som ein eigenskap ved målet: eigenskapar blir lesne frå ei punktliste. Start linja med «{expected}» i staden for «{marker}».',
  },
  newBullet: {
    en: '"{key}" is not read as a property: the bullet "{marker}" differs from the property list\'s "{expected}", and in Markdown that starts a new list. Use "{expected}" for every item of the property list.',
    nb: '«{key}» blir ikke lest som en egenskap: punkttegnet «{marker}» er et annet enn egenskapslistens «{expected}», og i Markdown begynner det en ny liste. Bruk «{expected}» på alle punktene i egenskapslisten.',
    nn: '«{key}» blir ikkje lese som ein eigenskap: punktteiknet «{marker}» er eit anna enn det eigenskapslista har, «{expected}», og i Markdown byrjar det ei ny liste. Bruk «{expected}» på alle punkta i eigenskapslista.',
  },
  laterList: {
    en: '"{key}" is in a later list under the goal, so Samstemt does not read it as a property: only the first bullet list under the heading holds the goal\'s properties. Move this item into that list.',
    nb: '«{key}» står i en senere liste under målet, så Samstemt leser det ikke som en egenskap: bare den første punktlisten under overskriften gir målets egenskaper. Flytt punktet opp i den listen.',
    nn: '«{key}» står i ei seinare liste under målet, så Samstemt les det ikkje som ein eigenskap: berre den første punktlista under overskrifta gir eigenskapane til målet. Flytt punktet opp i den lista.',
  },
  underSubHeading: {
    en: '"{key}" stands under the sub-heading "{heading}", so Samstemt does not read it as a property of the goal: properties are read only from the list right under the goal heading, before any sub-heading. Move this item up there.',
    nb: '«{key}» står under underoverskriften «{heading}», så Samstemt leser det ikke som en egenskap ved målet: egenskaper leses bare fra listen rett under måloverskriften, før første underoverskrift. Flytt punktet opp dit.',
    nn: '«{key}» står under underoverskrifta «{heading}», så Samstemt les det ikkje som ein eigenskap ved målet: eigenskapar blir berre lesne frå lista rett under måloverskrifta, før første underoverskrift. Flytt punktet opp dit.',
  },
  tableRow: {
    en: '"{key}" is in a table, so Samstemt does not read it as a property of the goal: properties are read from a bullet list under the heading, such as "- {key}: …".',
    nb: '«{key}» står i en tabell, så Samstemt leser det ikke som en egenskap ved målet: egenskaper leses fra en punktliste under overskriften, som «- {key}: …».',
    nn: '«{key}» står i ein tabell, så Samstemt les det ikkje som ein eigenskap ved målet: eigenskapar blir lesne frå ei punktliste under overskrifta, som «- {key}: …».',
  },
  blockQuote: {
    en: '"{key}" is in a block quote (lines starting with ">", such as a callout), so Samstemt does not read it as a property of the goal: properties are read from a bullet list right under the heading. Move it out of the block quote, as "- {key}: …".',
    nb: '«{key}» står i et sitat (linjer som begynner med «>», som en callout), så Samstemt leser det ikke som en egenskap ved målet: egenskaper leses fra en punktliste rett under overskriften. Flytt det ut av sitatet, som «- {key}: …».',
    nn: '«{key}» står i eit sitat (linjer som byrjar med «>», som ein callout), så Samstemt les det ikkje som ein eigenskap ved målet: eigenskapar blir lesne frå ei punktliste rett under overskrifta. Flytt det ut av sitatet, som «- {key}: …».',
  },
  indentedCode: {
    en: '"{key}" is indented by a tab or four spaces, so Markdown shows the line as code, not as a list, and Samstemt does not read it as a property of the goal. Remove the indentation.',
    nb: '«{key}» har innrykk med tabulator eller fire mellomrom, så Markdown viser linjen som kode, ikke som en liste, og Samstemt leser det ikke som en egenskap ved målet. Fjern innrykket.',
    nn: '«{key}» har innrykk med tabulator eller fire mellomrom, så Markdown viser linja som kode, ikkje som ei liste, og Samstemt les det ikkje som ein eigenskap ved målet. Fjern innrykket.',
  },
  paragraphLine: {
    en: '"{key}" is written as a line of text, not as a list item, so Samstemt does not read it as a property of the goal: properties are read from a bullet list under the heading. Start the line with "- ".',
    nb: '«{key}» står som en tekstlinje, ikke som et listepunkt, så Samstemt leser det ikke som en egenskap ved målet: egenskaper leses fra en punktliste under overskriften. Start linjen med «- ».',
    nn: '«{key}» står som ei tekstlinje, ikkje som eit listepunkt, så Samstemt les det ikkje som ein eigenskap ved målet: eigenskapar blir lesne frå ei punktliste under overskrifta. Start linja med «- ».',
  },
  paragraphBullet: {
    en: '"{key}" starts with "{marker}", which Markdown does not read as a list bullet (it is often pasted from a word processor), so Samstemt does not read it as a property of the goal. Start the line with "- " instead.',
    nb: '«{key}» står etter «{marker}», som Markdown ikke leser som et punkttegn (det kommer ofte fra en tekstbehandler), så Samstemt leser det ikke som en egenskap ved målet. Start linjen med «- » i stedet.',
    nn: '«{key}» står etter «{marker}», som Markdown ikkje les som eit punktteikn (det kjem ofte frå ein tekstbehandlar), så Samstemt les det ikkje som ein eigenskap ved målet. Start linja med «- » i staden.',
  },
  paragraphMarkerSpace: {
    en: '"{key}" is not read as a property of the goal: the "{marker}" before it is followed by a non-breaking space (often pasted from a word processor), and Markdown needs an ordinary space to make a list item. Start the line with "- ".',
    nb: '«{key}» blir ikke lest som en egenskap ved målet: etter «{marker}» står et hardt mellomrom (kommer ofte fra en tekstbehandler), og Markdown trenger et vanlig mellomrom for å lage et listepunkt. Start linjen med «- ».',
    nn: '«{key}» blir ikkje lesen som ein eigenskap ved målet: etter «{marker}» står eit hardt mellomrom (kjem ofte frå ein tekstbehandlar), og Markdown treng eit vanleg mellomrom for å lage eit listepunkt. Start linja med «- ».',
  },
  paragraphLineMove: {
    en: '"{key}" is written as a line of text, not as a list item, so Samstemt does not read it as a property of the goal. Move it into the goal\'s property list as "- {key}: …".',
    nb: '«{key}» står som en tekstlinje, ikke som et listepunkt, så Samstemt leser det ikke som en egenskap ved målet. Flytt det inn i egenskapslisten til målet som «- {key}: …».',
    nn: '«{key}» står som ei tekstlinje, ikkje som eit listepunkt, så Samstemt les det ikkje som ein eigenskap ved målet. Flytt det inn i eigenskapslista til målet som «- {key}: …».',
  },
  valuesBelow: {
    en: 'The values of "{key}" stand in a list below its line, so Samstemt does not read them: a property is read from its own line only. Write them on that line: "{suggestion}".',
    nb: 'Verdiene for «{key}» står i en liste under linjen, så Samstemt leser dem ikke: en egenskap leses bare fra sin egen linje. Skriv dem på den linjen: «{suggestion}».',
    nn: 'Verdiane for «{key}» står i ei liste under linja, så Samstemt les dei ikkje: ein eigenskap blir berre lesen frå si eiga linje. Skriv dei på den linja: «{suggestion}».',
  },
  nestedItem: {
    en: '"{key}" is indented under "{parent}", so Samstemt does not read it as a property of the goal: properties are the items of the list itself. Remove the indentation.',
    nb: '«{key}» har innrykk under «{parent}», så Samstemt leser det ikke som en egenskap ved målet: egenskapene er punktene i selve listen. Fjern innrykket.',
    nn: '«{key}» har innrykk under «{parent}», så Samstemt les det ikkje som ein eigenskap ved målet: eigenskapane er punkta i sjølve lista. Fjern innrykket.',
  },
  splitKey: {
    en: '"{key}" is split over two lines, so Samstemt does not read it as a property of the goal (Word and Pandoc often break long lines like this). Join the lines: "{joined}".',
    nb: '«{key}» er delt over to linjer, så Samstemt leser det ikke som en egenskap ved målet (Word og Pandoc bryter ofte lange linjer slik). Slå sammen linjene: «{joined}».',
    nn: '«{key}» er delt over to linjer, så Samstemt les det ikkje som ein eigenskap ved målet (Word og Pandoc bryt ofte lange linjer slik). Slå saman linjene: «{joined}».',
  },
  missingColon: {
    en: '"{written}" is not a "Key: value" line, so Samstemt ignores it: the colon after "{key}" is missing.{hint}',
    nb: '«{written}» er ikke en «Nøkkel: verdi»-linje, så Samstemt overser den: kolonet etter «{key}» mangler.{hint}',
    nn: '«{written}» er ikkje ei «Nøkkel: verdi»-linje, så Samstemt overser ho: kolonet etter «{key}» manglar.{hint}',
  },
  unknownDocumentKey: {
    en: '"{key}" looks like a misspelling of "{suggestion}".',
    nb: '«{key}» ser ut som en feilstaving av «{suggestion}».',
    nn: '«{key}» ser ut som ei feilstaving av «{suggestion}».',
  },
  unknownPeriodKey: {
    en: '"{key}" is not part of a period, so Samstemt ignores it.{hint} A period has a start and an end: {from: 2024, to: 2027} (in Norwegian {fra: …, til: …}).',
    nb: '«{key}» er ikke en del av en periode, så Samstemt overser det.{hint} En periode har start og slutt: {fra: 2024, til: 2027} (engelsk {from: …, to: …}).',
    nn: '«{key}» er ikkje ein del av ein periode, så Samstemt overser det.{hint} Ein periode har start og slutt: {frå: 2024, til: 2027} (engelsk {from: …, to: …}).',
  },
  unknownConfigKey: {
    en: '"{key}" is not a setting of samstemt.yaml and is ignored.{hint} Settings: {allowed}.',
    nb: '«{key}» er ikke en innstilling i samstemt.yaml og blir oversett.{hint} Innstillinger: {allowed}.',
    nn: '«{key}» er ikkje ei innstilling i samstemt.yaml og blir oversett.{hint} Innstillingar: {allowed}.',
  },
  unknownRule: {
    en: 'There is no rule "{key}"; this line has no effect.{hint} Rules: {rules}.',
    nb: 'Det finnes ingen regel «{key}»; denne linjen har ingen virkning.{hint} Regler: {rules}.',
    nn: 'Det finst ingen regel «{key}»; denne linja har ingen verknad.{hint} Reglar: {rules}.',
  },
  unknownFrameworkKey: {
    en: '"{key}" is not a key of a framework file and is ignored.{hint} Keys: {allowed}.',
    nb: '«{key}» er ikke en nøkkel i en rammeverksfil og blir oversett.{hint} Nøkler: {allowed}.',
    nn: '«{key}» er ikkje ein nøkkel i ei rammeverksfil og blir oversett.{hint} Nøklar: {allowed}.',
  },
  didYouMean: { en: ' Did you mean "{suggestion}"?', nb: ' Mente du «{suggestion}»?', nn: ' Meinte du «{suggestion}»?' },
  replace: { en: 'Change to "{suggestion}"', nb: 'Endre til «{suggestion}»', nn: 'Endre til «{suggestion}»' },
  moveUnderGoal: { en: 'Move "{key}" up under the goal heading', nb: 'Flytt «{key}» opp under måloverskriften', nn: 'Flytt «{key}» opp under måloverskrifta' },
  joinLines: { en: 'Join the two lines', nb: 'Slå sammen de to linjene', nn: 'Slå saman dei to linjene' },
  listLines: {
    en: 'Make the {count} property lines list items ("- …")',
    nb: 'Gjør de {count} egenskapslinjene til listepunkter («- …»)',
    nn: 'Gjer dei {count} eigenskapslinjene til listepunkt («- …»)',
  },
  unindent: { en: 'Remove the indentation', nb: 'Fjern innrykket', nn: 'Fjern innrykket' },
  valuesOnLine: { en: 'Write the values on the line of {key}', nb: 'Skriv verdiene på linjen til {key}', nn: 'Skriv verdiane på linja til {key}' },
  unquote: { en: 'Move the line out of the block quote', nb: 'Flytt linjen ut av sitatet', nn: 'Flytt linja ut av sitatet' },
};

/** Keys outside the vocabulary, with a did-you-mean fix. */
export default defineRule({
  meta: {
    id: 'unknown-property',
    defaultSeverity: 'warning',
    category: 'structure',
    description: {
      en: 'A `Key:` item or YAML key is not in the vocabulary.',
      nb: 'Et `Nøkkel:`-punkt eller en YAML-nøkkel finnes ikke i vokabularet.',
      nn: 'Eit `Nøkkel:`-punkt eller ein YAML-nøkkel finst ikkje i vokabularet.',
    },
    messages,
  },
  checkDocument(doc, ctx) {
    reportProblems(ctx, doc.uri, doc.valueProblems);
    for (const g of doc.goals) {
      for (const prop of g.properties) {
        if (prop.known) continue;
        if (!prop.key) {
          ctx.report({ messageId: 'notKeyValue', uri: doc.uri, span: prop.keySpan, goal: g.key });
          continue;
        }
        const yaml = doc.format === 'yaml';
        const guessed = suggestKey(prop.rawKey, doc.lang, yaml, (key) => g.properties.some((o) => o.known && o.key === key));
        ctx.report({
          messageId: 'unknownKey',
          data: { key: prop.rawKey, hint: didYouMeanHint(messages.didYouMean, ctx.lang, guessed?.text), known: knownKeys(doc.lang, yaml) },
          uri: doc.uri,
          span: prop.keySpan,
          goal: g.key,
          ...replaceFix(doc.uri, prop.keySpan, guessed),
        });
      }
    }
  },
  checkWorkspace(ctx) {
    const { ws } = ctx;
    if (ws.config.uri) reportProblems(ctx, ws.config.uri, ws.config.valueProblems);
    for (const f of ws.frameworkFiles) reportProblems(ctx, f.uri, f.valueProblems);
  },
});

/** Unknown keys found while reading samstemt.yaml or a document's head, with their suggestion. */
function reportProblems(ctx: RuleContext, uri: string, problems: readonly ValueProblem[]): void {
  for (const p of problems) {
    if (p.kind !== 'unknown-property') continue;
    const hint = didYouMeanHint(messages.didYouMean, ctx.lang, p.suggestion);
    // samstemt.yaml lists its settings in each language: the message's language picks the list.
    const allowed = p.data[`allowed.${ctx.lang}`];
    ctx.report({ messageId: p.messageId, data: { ...p.data, hint, ...(allowed ? { allowed } : {}) }, uri, span: p.span, ...(p.goal ? { goal: p.goal } : {}), ...(p.fix ? problemFix(uri, p.fix) : replaceFix(uri, p.fixSpan ?? p.span, problemSuggestion(p))) });
  }
}

/** A YAML goal's structure keys (`id`, `title`, `description`, `goals`) in `lang`: its spellings are en, nb, nn. */
function knownKeys(lang: Lang, yaml = false): string {
  const goalKeys = GOAL_KEYS.map((k) => k.names[lang]);
  const structure = yaml ? Object.values(YAML_GOAL_STRUCTURE_KEYS).map((names) => structureName(names, lang)) : [];
  return [...structure, ...goalKeys].join(', ');
}
