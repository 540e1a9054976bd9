import { defineRule, type RuleContext } from '../engine/rule.js';
import { areaKey, guess, systemKey, type Guess } from '../engine/text/normalize.js';
import { propertyOf } from '../engine/model/interpret.js';
import { ENUMS, enumName, enumSpellings, keyInDocument } from '../engine/model/vocabulary.js';
import { textLang } from '../engine/model/placeholder.js';
import type { Goal, Lang, ProblemFix, Severity, Span, StrategyDocument, ValueProblem } from '../engine/types.js';
import type { WorkspaceModel } from '../engine/workspaceModel.js';
import { didYouMeanHint, problemFix, problemSuggestion, replaceFix } from '../engine/findings.js';
import { amountIn } from '../engine/text/units.js';
import { areaAsRead } from '../engine/model/areas.js';

const messages = {
  date: {
    en: '"{value}" is not a valid date for {key}. Write a date as YYYY-MM-DD (e.g. 2026-12-31) or a year (2026, meaning 31 December for a deadline).',
    nb: '«{value}» er ikke en gyldig dato for {key}. Skriv datoen som ÅÅÅÅ-MM-DD (f.eks. 2026-12-31) eller et årstall (2026, som betyr 31. desember for en frist).',
    nn: '«{value}» er ikkje ein gyldig dato for {key}. Skriv datoen som ÅÅÅÅ-MM-DD (t.d. 2026-12-31) eller eit årstal (2026, som tyder 31. desember for ein frist).',
  },
  dateStart: {
    en: '"{value}" is not a valid date for {key}. Write a date as YYYY-MM-DD (e.g. 2026-01-15) or a year (2026, meaning 1 January for a start).',
    nb: '«{value}» er ikke en gyldig dato for {key}. Skriv datoen som ÅÅÅÅ-MM-DD (f.eks. 2026-01-15) eller et årstall (2026, som betyr 1. januar for en start).',
    nn: '«{value}» er ikkje ein gyldig dato for {key}. Skriv datoen som ÅÅÅÅ-MM-DD (t.d. 2026-01-15) eller eit årstal (2026, som tyder 1. januar for ein start).',
  },
  startAfterDeadline: {
    en: 'The goal starts ({key} {start}) after its deadline ({deadlineKey} {deadline}), so it ends before it starts and Samstemt reads it without a start. Correct one of the dates.',
    nb: 'Målet starter ({key} {start}) etter fristen ({deadlineKey} {deadline}), så det slutter før det begynner, og Samstemt leser det uten start. Rett en av datoene.',
    nn: 'Målet startar ({key} {start}) etter fristen ({deadlineKey} {deadline}), så det sluttar før det byrjar, og Samstemt les det utan start. Rett ein av datoane.',
  },
  dateDayFirst: {
    en: '"{value}" has the day first; Samstemt reads dates as YYYY-MM-DD. Write {iso}.',
    nb: '«{value}» har dagen først; Samstemt leser datoer som ÅÅÅÅ-MM-DD. Skriv {iso}.',
    nn: '«{value}» har dagen først; Samstemt les datoar som ÅÅÅÅ-MM-DD. Skriv {iso}.',
  },
  dateMonthFirst: {
    en: '"{value}" has the month first; Samstemt reads dates as YYYY-MM-DD. Write {iso}.',
    nb: '«{value}» har måneden først; Samstemt leser datoer som ÅÅÅÅ-MM-DD. Skriv {iso}.',
    nn: '«{value}» har månaden først; Samstemt les datoar som ÅÅÅÅ-MM-DD. Skriv {iso}.',
  },
  dateAmbiguous: {
    en: '"{value}" can be read day first, {iso}, or month first, {monthFirst}; Samstemt reads dates as YYYY-MM-DD. Write the one you mean.',
    nb: '«{value}» kan leses med dagen først, {iso}, eller med måneden først, {monthFirst}; Samstemt leser datoer som ÅÅÅÅ-MM-DD. Skriv den dere mener.',
    nn: '«{value}» kan lesast med dagen først, {iso}, eller med månaden først, {monthFirst}; Samstemt les datoar som ÅÅÅÅ-MM-DD. Skriv den de meiner.',
  },
  dateForm: {
    en: '"{value}" is {iso} written another way; Samstemt reads dates only as YYYY-MM-DD. Write {iso}.',
    nb: '«{value}» er {iso} skrevet på en annen måte; Samstemt leser datoer bare som ÅÅÅÅ-MM-DD. Skriv {iso}.',
    nn: '«{value}» er {iso} skrive på ein annan måte; Samstemt les datoar berre som ÅÅÅÅ-MM-DD. Skriv {iso}.',
  },
  dateSwapped: {
    en: '"{value}" has the day before the month; Samstemt reads dates as YYYY-MM-DD. Write {iso}.',
    nb: '«{value}» har dagen før måneden; Samstemt leser datoer som ÅÅÅÅ-MM-DD. Skriv {iso}.',
    nn: '«{value}» har dagen før månaden; Samstemt les datoar som ÅÅÅÅ-MM-DD. Skriv {iso}.',
  },
  dateLoose: {
    en: '"{value}" is not a valid date for {key}: write only the date, {iso}.',
    nb: '«{value}» er ikke en gyldig dato for {key}: skriv bare datoen, {iso}.',
    nn: '«{value}» er ikkje ein gyldig dato for {key}: skriv berre datoen, {iso}.',
  },
  datePeriodEnd: {
    en: '"{value}" is not a date Samstemt can read for {key}: write it as YYYY-MM-DD, {iso} (the last day of the period it names).',
    nb: '«{value}» er ikke en dato Samstemt kan lese for {key}: skriv den som ÅÅÅÅ-MM-DD, {iso} (den siste dagen i perioden den nevner).',
    nn: '«{value}» er ikkje ein dato Samstemt kan lese for {key}: skriv han som ÅÅÅÅ-MM-DD, {iso} (den siste dagen i perioden han nemner).',
  },
  datePeriodStart: {
    en: '"{value}" is not a date Samstemt can read for {key}: write it as YYYY-MM-DD, {iso} (the first day of the period it names).',
    nb: '«{value}» er ikke en dato Samstemt kan lese for {key}: skriv den som ÅÅÅÅ-MM-DD, {iso} (den første dagen i perioden den nevner).',
    nn: '«{value}» er ikkje ein dato Samstemt kan lese for {key}: skriv han som ÅÅÅÅ-MM-DD, {iso} (den første dagen i perioden han nemner).',
  },
  yamlMapping: {
    en: '{key} takes a value (or a list of values), not a group of `name: value` lines, so Samstemt does not read what is written here. Write the value itself after `{key}:`.',
    nb: '{key} skal ha en verdi (eller en liste med verdier), ikke en gruppe `navn: verdi`-linjer, så Samstemt leser ikke det som står her. Skriv selve verdien etter `{key}:`.',
    nn: '{key} skal ha ein verdi (eller ei liste med verdiar), ikkje ei gruppe `namn: verdi`-linjer, så Samstemt les ikkje det som står her. Skriv sjølve verdien etter `{key}:`.',
  },
  yamlItemMapping: {
    en: 'Each item of {key} is a single value, but this item is a `name: value` pair, so Samstemt does not read it. Write the value itself after the `-`.',
    nb: 'Hvert punkt under {key} er én verdi, men dette punktet er et `navn: verdi`-par, så Samstemt leser det ikke. Skriv selve verdien etter `-`.',
    nn: 'Kvart punkt under {key} er éin verdi, men dette punktet er eit `namn: verdi`-par, så Samstemt les det ikkje. Skriv sjølve verdien etter `-`.',
  },
  yamlItemList: {
    en: 'Each item of {key} is a single value, but this item is a list in the list, so Samstemt does not read it. Write its values as items of {key} itself.',
    nb: 'Hvert punkt under {key} er én verdi, men dette punktet er en liste i listen, så Samstemt leser det ikke. Skriv verdiene som punkter direkte under {key}.',
    nn: 'Kvart punkt under {key} er éin verdi, men dette punktet er ei liste i lista, så Samstemt les det ikkje. Skriv verdiane som punkt direkte under {key}.',
  },
  yamlComment: {
    en: 'In YAML, " #" starts a comment, so "{comment}" is not read as part of {key}. Put the value in quotes: {quoted}.',
    nb: 'I YAML begynner « #» en kommentar, så «{comment}» blir ikke lest som en del av {key}. Sett verdien i anførselstegn: {quoted}.',
    nn: 'I YAML byrjar « #» ein kommentar, så «{comment}» blir ikkje lese som ein del av {key}. Set verdien i hermeteikn: {quoted}.',
  },
  directionAgainstDecrease: {
    en: '{key} says "{value}", but the target ({target}) is lower than the baseline ({baseline}), which is a decrease. Samstemt compares the goal with other goals by {key}: correct it, or the numbers.',
    nb: '{key} sier «{value}», men målverdien ({target}) er lavere enn utgangspunktet ({baseline}), altså en reduksjon. Samstemt sammenligner målet med andre mål etter {key}: rett den, eller tallene.',
    nn: '{key} seier «{value}», men målverdien ({target}) er lågare enn utgangspunktet ({baseline}), altså ein reduksjon. Samstemt samanliknar målet med andre mål etter {key}: rett han, eller tala.',
  },
  directionAgainstIncrease: {
    en: '{key} says "{value}", but the target ({target}) is higher than the baseline ({baseline}), which is an increase. Samstemt compares the goal with other goals by {key}: correct it, or the numbers.',
    nb: '{key} sier «{value}», men målverdien ({target}) er høyere enn utgangspunktet ({baseline}), altså en økning. Samstemt sammenligner målet med andre mål etter {key}: rett den, eller tallene.',
    nn: '{key} seier «{value}», men målverdien ({target}) er høgare enn utgangspunktet ({baseline}), altså ein auke. Samstemt samanliknar målet med andre mål etter {key}: rett han, eller tala.',
  },
  number: {
    en: '"{value}" is not a number, so {key} cannot be measured. Write a number, optionally with a unit or %, e.g. 80 %.',
    nb: '«{value}» er ikke et tall, så {key} kan ikke måles. Skriv et tall, gjerne med enhet eller %, f.eks. 80 %.',
    nn: '«{value}» er ikkje eit tal, så {key} kan ikkje målast. Skriv eit tal, gjerne med eining eller %, t.d. 80 %.',
  },
  numberBound: {
    en: '"{value}" is a bound, not a number: {key} is the value you aim for. Samstemt reads it as {number}; write just the number, {number} (whether the value should rise or fall is said with {directionKey}).',
    nb: '«{value}» er en grense, ikke et tall: {key} er verdien dere sikter mot. Samstemt leser det som {number}; skriv bare tallet, {number} (om verdien skal øke eller minke, sies med {directionKey}).',
    nn: '«{value}» er ei grense, ikkje eit tal: {key} er verdien de siktar mot. Samstemt les det som {number}; skriv berre talet, {number} (om verdien skal auke eller minke, seier de med {directionKey}).',
  },
  numberShare: {
    en: '"{value}" is a share: write it as a per cent, {number}, so that {key} compares with other values. Samstemt reads it as {number}.',
    nb: '«{value}» er en andel: skriv den som prosent, {number}, så {key} kan sammenlignes med andre verdier. Samstemt leser den som {number}.',
    nn: '«{value}» er ein andel: skriv han som prosent, {number}, så {key} kan samanliknast med andre verdiar. Samstemt les han som {number}.',
  },
  numberRange: {
    en: '"{value}" is a range, but {key} takes one number, so it cannot be measured. Write the one value you aim for, e.g. {number}.',
    nb: '«{value}» er et intervall, men {key} tar ett tall, så det kan ikke måles. Skriv den ene verdien dere sikter mot, f.eks. {number}.',
    nn: '«{value}» er eit intervall, men {key} tek eitt tal, så det kan ikkje målast. Skriv den eine verdien de siktar mot, t.d. {number}.',
  },
  count: {
    en: '"{value}" is not a number. Write {key} as a number, e.g. {example}.',
    nb: '«{value}» er ikke et tall. Skriv {key} som et tall, f.eks. {example}.',
    nn: '«{value}» er ikkje eit tal. Skriv {key} som eit tal, t.d. {example}.',
  },
  capacityNegative: {
    en: '{value} is less than nothing: {key} says how much of the resource there is per year, from 0 up, e.g. 6. Without a capacity, leave the line out.',
    nb: '{value} er mindre enn ingenting: {key} sier hvor mye det er av ressursen per år, fra 0 og opp, f.eks. 6. Uten kapasitet: fjern linjen.',
    nn: '{value} er mindre enn ingenting: {key} seier kor mykje det er av ressursen per år, frå 0 og opp, t.d. 6. Utan kapasitet: fjern linja.',
  },
  population: {
    en: '"{value}" is not a number of inhabitants. Write {key} as a whole number, e.g. 12000.',
    nb: '«{value}» er ikke et antall innbyggere. Skriv {key} som et helt tall, f.eks. 12000.',
    nn: '«{value}» er ikkje eit tal på innbyggjarar. Skriv {key} som eit heiltal, t.d. 12000.',
  },
  populationSeparator: {
    en: '"{value}" looks like {suggestion} written with a thousands separator, which YAML reads as a decimal number; {key} is a whole number of inhabitants. Write {suggestion}.',
    nb: '«{value}» ser ut som {suggestion} skrevet med tusenskille, som YAML leser som et desimaltall; {key} er et helt antall innbyggere. Skriv {suggestion}.',
    nn: '«{value}» ser ut som {suggestion} skrive med tusenskilje, som YAML les som eit desimaltal; {key} er eit heilt tal på innbyggjarar. Skriv {suggestion}.',
  },
  populationComma: {
    en: '"{value}" looks like {suggestion} written with a comma between the thousands, but inside { } YAML reads a comma as the end of a setting, so {key} would be {first}. Write {suggestion}.',
    nb: '«{value}» ser ut som {suggestion} skrevet med komma som tusenskille, men inne i { } leser YAML et komma som slutten på en innstilling, så {key} ville blitt {first}. Skriv {suggestion}.',
    nn: '«{value}» ser ut som {suggestion} skrive med komma som tusenskilje, men inne i { } les YAML eit komma som slutten på ei innstilling, så {key} ville vore {first}. Skriv {suggestion}.',
  },
  enum: {
    en: '"{value}" is not a valid value for {key}.{hint} Allowed: {allowed}.',
    nb: '«{value}» er ikke en gyldig verdi for {key}.{hint} Tillatte verdier: {allowed}.',
    nn: '«{value}» er ikkje ein gyldig verdi for {key}.{hint} Tillatne verdiar: {allowed}.',
  },
  empty: {
    en: '{key} has no value. Fill it in or remove the line.',
    nb: '{key} mangler verdi. Fyll den ut eller fjern linjen.',
    nn: '{key} manglar verdi. Fyll han ut eller fjern linja.',
  },
  goalRefBidi: {
    en: '"{value}" holds a hidden character that changes the reading direction (shown here as <U+…>), so this reference does not lead to the goal it seems to name. Write {suggestion}.',
    nb: '«{value}» inneholder et skjult tegn som endrer leseretningen (vist her som <U+…>), så henvisningen leder ikke til målet den ser ut til å nevne. Skriv {suggestion}.',
    nn: '«{value}» inneheld eit skjult teikn som endrar leseretninga (vist her som <U+…>), så tilvisinga fører ikkje til målet ho ser ut til å nemne. Skriv {suggestion}.',
  },
  struckValue: {
    en: 'All of {key} is struck through ("{value}"), which marks it as deleted, so {key} has no value. Write the value that applies after the struck-through text, or remove the line.',
    nb: 'Hele verdien for {key} er gjennomstreket («{value}»), som betyr at den er slettet, så {key} mangler verdi. Skriv verdien som gjelder etter den gjennomstrekede teksten, eller fjern linjen.',
    nn: 'Heile verdien for {key} er gjennomstreka («{value}»), som tyder at han er sletta, så {key} manglar verdi. Skriv verdien som gjeld etter den gjennomstreka teksten, eller fjern linja.',
  },
  systemsJoined: {
    en: '"{value}" in {key} is read as one system, but each of its parts is a system of its own in other goals. Separate them with commas, so that each is compared on its own: {suggestion}.',
    nb: '«{value}» i {key} leses som ett system, men hver del av det er et eget system i andre mål. Skill dem med komma, så hvert system sammenlignes for seg: {suggestion}.',
    nn: '«{value}» i {key} blir lese som eitt system, men kvar del av det er eit eige system i andre mål. Skil dei med komma, så kvart system blir samanlikna for seg: {suggestion}.',
  },
  goalRef: {
    en: '"{value}" is not a goal reference. Write member#goal-id (e.g. ikt-fjord#felles-hr), or #goal-id for a goal of the same owner.{hint}',
    nb: '«{value}» er ikke en målhenvisning. Skriv medlem#mål-id (f.eks. ikt-fjord#felles-hr), eller #mål-id for et mål hos samme eier.{hint}',
    nn: '«{value}» er ikkje ei måltilvising. Skriv medlem#mål-id (t.d. ikt-fjord#felles-hr), eller #mål-id for eit mål hos same eigar.{hint}',
  },
  requires: {
    en: '"{value}" does not say which resource and how much. Write the resource id and an amount, e.g. {example}.',
    nb: '«{value}» sier ikke hvilken ressurs og hvor mye. Skriv ressurs-ID og mengde, f.eks. {example}.',
    nn: '«{value}» seier ikkje kva ressurs og kor mykje. Skriv ressurs-ID og mengd, t.d. {example}.',
  },
  requiresAmount: {
    en: '{value} is not an amount a plan can require: write a number from 0.01 to 1,000,000 in the resource\'s unit, e.g. 3 or 0.5.',
    nb: '{value} er ikke en mengde en plan kan kreve: skriv et tall fra 0,01 til 1 000 000 i ressursens enhet, f.eks. 3 eller 0,5.',
    nn: '{value} er ikkje ei mengd ein plan kan krevje: skriv eit tal frå 0,01 til 1 000 000 i eininga til ressursen, t.d. 3 eller 0,5.',
  },
  requiresRange: {
    en: '"{value}" is a range, but a requirement is one amount a year, so it cannot be added up against the capacity. Write the amount to plan for, e.g. {example}.',
    nb: '«{value}» er et intervall, men et behov er én mengde i året, så det kan ikke legges sammen mot kapasiteten. Skriv mengden dere planlegger med, f.eks. {example}.',
    nn: '«{value}» er eit intervall, men eit behov er éi mengd i året, så det kan ikkje leggjast saman mot kapasiteten. Skriv mengda de planlegg med, t.d. {example}.',
  },
  requiresUnit: {
    en: '"{value}" is given in {written}, but «{resource}» is counted in {unit}, so this amount is left out when its capacity is checked. Write the amount in {unit}.',
    nb: '«{value}» er oppgitt i {written}, men «{resource}» telles i {unit}, så denne mengden blir ikke regnet med når kapasiteten sjekkes. Skriv mengden i {unit}.',
    nn: '«{value}» er oppgitt i {written}, men «{resource}» blir talt i {unit}, så denne mengda blir ikkje rekna med når kapasiteten blir sjekka. Skriv mengda i {unit}.',
  },
  accepts: {
    en: '"{value}" does not name the accepted goal. Write member#goal-id — reason.',
    nb: '«{value}» sier ikke hvilket mål som aksepteres. Skriv medlem#mål-id — begrunnelse.',
    nn: '«{value}» seier ikkje kva mål som blir akseptert. Skriv medlem#mål-id — grunngjeving.',
  },
  period: {
    en: '"{value}" is not a period. Write the years as 2024–2027, or {from: 2024, to: 2027}.',
    nb: '«{value}» er ikke en periode. Skriv årene som 2024–2027, eller {fra: 2024, til: 2027}.',
    nn: '«{value}» er ikkje ein periode. Skriv åra som 2024–2027, eller {frå: 2024, til: 2027}.',
  },
  periodDates: {
    en: '"{value}" is written with dates, but a period is whole years: write {fixed}. A goal that starts or ends within a year gets its own dates (start, deadline).',
    nb: '«{value}» er skrevet med datoer, men en periode er hele år: skriv {fixed}. Et mål som starter eller slutter midt i et år, får egne datoer (Fra, Frist).',
    nn: '«{value}» er skriven med datoar, men ein periode er heile år: skriv {fixed}. Eit mål som startar eller sluttar midt i eit år, får eigne datoar (Frå, Frist).',
  },
  periodYear: {
    en: '"{value}" is not a year, so the period is read without it. Write the year with four digits, e.g. {key}: {example}.',
    nb: '«{value}» er ikke et årstall, så perioden blir lest uten det. Skriv året med fire sifre, f.eks. {key}: {example}.',
    nn: '«{value}» er ikkje eit årstal, så perioden blir lesen utan det. Skriv året med fire siffer, t.d. {key}: {example}.',
  },
  periodNoEnd: {
    en: 'The period has a start (`{key}`) but no end. Add the key `{partner}`, e.g. {{key}: 2024, {partner}: 2027}, or write the years as 2024–2027.',
    nb: 'Perioden har en start (`{key}`), men ingen slutt. Legg til nøkkelen `{partner}`, f.eks. {{key}: 2024, {partner}: 2027}, eller skriv årene som 2024–2027.',
    nn: 'Perioden har ein start (`{key}`), men ingen slutt. Legg til nøkkelen `{partner}`, t.d. {{key}: 2024, {partner}: 2027}, eller skriv åra som 2024–2027.',
  },
  periodNoStart: {
    en: 'The period has an end (`{key}`) but no start. Add the key `{partner}`, e.g. {{partner}: 2024, {key}: 2027}, or write the years as 2024–2027.',
    nb: 'Perioden har en slutt (`{key}`), men ingen start. Legg til nøkkelen `{partner}`, f.eks. {{partner}: 2024, {key}: 2027}, eller skriv årene som 2024–2027.',
    nn: 'Perioden har ein slutt (`{key}`), men ingen start. Legg til nøkkelen `{partner}`, t.d. {{partner}: 2024, {key}: 2027}, eller skriv åra som 2024–2027.',
  },
  periodEmpty: {
    en: 'This period has neither a start nor an end. Write the years as {from: 2024, to: 2027}, or as 2024–2027.',
    nb: 'Denne perioden har verken start eller slutt. Skriv årene som {fra: 2024, til: 2027}, eller som 2024–2027.',
    nn: 'Denne perioden har verken start eller slutt. Skriv åra som {frå: 2024, til: 2027}, eller som 2024–2027.',
  },
  periodTwice: {
    en: '"{key}" gives the same end of the period as "{other}"; only "{other}" counts. Remove one of them.',
    nb: '«{key}» angir samme ende av perioden som «{other}»; bare «{other}» gjelder. Fjern en av dem.',
    nn: '«{key}» gjev same enden av perioden som «{other}»; berre «{other}» gjeld. Fjern ein av dei.',
  },
  periodReversed: {
    en: 'The period ends ({to}) before it starts ({from}), so Samstemt cannot use it. Write the earlier year first: {fixed}.',
    nb: 'Perioden slutter ({to}) før den begynner ({from}), så Samstemt kan ikke bruke den. Skriv det tidligste året først: {fixed}.',
    nn: 'Perioden sluttar ({to}) før han byrjar ({from}), så Samstemt kan ikkje bruke han. Skriv det tidlegaste året først: {fixed}.',
  },
  periodList: {
    en: '{key} is a list here, but a period is two years: write it as 2024–2027, or {from: 2024, to: 2027}.{hint}',
    nb: '{key} er en liste her, men en periode er to årstall: skriv den som 2024–2027, eller {fra: 2024, til: 2027}.{hint}',
    nn: '{key} er ei liste her, men ein periode er to årstal: skriv han som 2024–2027, eller {frå: 2024, til: 2027}.{hint}',
  },
  areaReadAs: {
    en: 'The area "{value}" is not written as in samstemt.yaml. Until it is corrected, Samstemt reads it as "{suggestion}" and compares this goal with the goals in that area. Write {suggestion}, or add "{value}" to `areas` in samstemt.yaml if it is a new area.',
    nb: 'Området «{value}» er ikke skrevet som i samstemt.yaml. Til det er rettet, leser Samstemt det som «{suggestion}» og sammenligner målet med målene på det området. Skriv {suggestion}, eller legg «{value}» til i `areas` i samstemt.yaml om det er et nytt område.',
    nn: 'Området «{value}» er ikkje skrive som i samstemt.yaml. Til det er retta, les Samstemt det som «{suggestion}» og samanliknar målet med måla på det området. Skriv {suggestion}, eller legg «{value}» til i `areas` i samstemt.yaml om det er eit nytt område.',
  },
  areaSeveral: {
    en: 'A goal has one area, and "{value}" names several. Samstemt compares a goal with the other goals in its area, so it reads none of these. Keep the area the goal belongs to most in `{key}`; a goal that belongs as much to another area can be split into one goal per area.',
    nb: 'Et mål har ett område, og «{value}» nevner flere. Samstemt sammenligner et mål med de andre målene på samme område, så ingen av disse blir lest. Behold området målet hører mest til i `{key}`; et mål som hører like mye til et annet område, kan deles i ett mål per område.',
    nn: 'Eit mål har eitt område, og «{value}» nemner fleire. Samstemt samanliknar eit mål med dei andre måla på same område, så ingen av desse blir lesne. Behald området målet høyrer mest til i `{key}`; eit mål som høyrer like mykje til eit anna område, kan delast i eitt mål per område.',
  },
  area: {
    en: 'The area "{value}" is not one of the cooperation\'s areas, so this goal is compared only with goals that name the same area, not with the goals in the cooperation\'s areas.{hint} Areas: {allowed}. Add it to `areas` in samstemt.yaml if it is new.',
    nb: 'Området «{value}» er ikke et av samarbeidets områder, så målet blir bare sammenlignet med mål som oppgir det samme området, ikke med målene på samarbeidets områder.{hint} Områder: {allowed}. Legg det til i `areas` i samstemt.yaml om det er nytt.',
    nn: 'Området «{value}» er ikkje eit av områda i samarbeidet, så målet blir berre samanlikna med mål som oppgir det same området, ikkje med måla på områda i samarbeidet.{hint} Område: {allowed}. Legg det til i `areas` i samstemt.yaml om det er nytt.',
  },
  resource: {
    en: 'The resource "{value}" is not defined, so its capacity cannot be checked.{hint} Resources: {allowed}. Define it under `resources` in samstemt.yaml.',
    nb: 'Ressursen «{value}» er ikke definert, så kapasiteten kan ikke sjekkes.{hint} Ressurser: {allowed}. Definer den under `resources` i samstemt.yaml.',
    nn: 'Ressursen «{value}» er ikkje definert, så kapasiteten kan ikkje sjekkast.{hint} Ressursar: {allowed}. Definer han under `resources` i samstemt.yaml.',
  },
  goalId: {
    en: '"{value}" is not a valid goal ID. Use lowercase letters (æøå allowed), digits and hyphens, e.g. {#felles-hr}.',
    nb: '«{value}» er ikke en gyldig mål-ID. Bruk små bokstaver (æøå er lov), sifre og bindestrek, f.eks. {#felles-hr}.',
    nn: '«{value}» er ikkje ein gyldig mål-ID. Bruk små bokstavar (æøå er lov), siffer og bindestrek, t.d. {#felles-hr}.',
  },
  goalIdYaml: {
    en: '"{value}" is not a valid goal ID. Use lowercase letters (æøå allowed), digits and hyphens, e.g. id: felles-hr.',
    nb: '«{value}» er ikke en gyldig mål-ID. Bruk små bokstaver (æøå er lov), sifre og bindestrek, f.eks. id: felles-hr.',
    nn: '«{value}» er ikkje ein gyldig mål-ID. Bruk små bokstavar (æøå er lov), siffer og bindestrek, t.d. id: felles-hr.',
  },
  goalIdFix: {
    en: '"{value}" is not a valid goal ID: use lowercase letters (æøå allowed), digits and hyphens. Write {suggestion}.',
    nb: '«{value}» er ikke en gyldig mål-ID: bruk små bokstaver (æøå er lov), sifre og bindestrek. Skriv {suggestion}.',
    nn: '«{value}» er ikkje ein gyldig mål-ID: bruk små bokstavar (æøå er lov), siffer og bindestrek. Skriv {suggestion}.',
  },
  goalIdBidi: {
    en: 'The goal ID "{value}" holds a hidden character that changes the reading direction (shown here as <U+…>), so it reads differently on screen than it is written. Write {suggestion}.',
    nb: 'Mål-ID-en «{value}» inneholder et skjult tegn som endrer leseretningen (vist her som <U+…>), så den ser annerledes ut på skjermen enn den er skrevet. Skriv {suggestion}.',
    nn: 'Mål-ID-en «{value}» inneheld eit skjult teikn som endrar leseretninga (vist her som <U+…>), så han ser annleis ut på skjermen enn han er skriven. Skriv {suggestion}.',
  },
  goalIdInvisible: {
    en: 'The goal ID "{value}" holds a character that does not show (shown here as <U+…>: a soft hyphen or a zero-width space, pasted with the text from a word processor or a web page). Samstemt reads the ID as {suggestion}, but links from other tools may not find it. Write {suggestion}.',
    nb: 'Mål-ID-en «{value}» inneholder et tegn som ikke vises (vist her som <U+…>: en myk bindestrek eller et mellomrom uten bredde, limt inn med teksten fra et tekstbehandlingsprogram eller en nettside). Samstemt leser ID-en som {suggestion}, men lenker fra andre verktøy finner den kanskje ikke. Skriv {suggestion}.',
    nn: 'Mål-ID-en «{value}» inneheld eit teikn som ikkje syner (vist her som <U+…>: ein mjuk bindestrek eller eit mellomrom utan breidd, lima inn med teksten frå eit tekstbehandlingsprogram eller ei nettside). Samstemt les ID-en som {suggestion}, men lenkjer frå andre verktøy finn han kanskje ikkje. Skriv {suggestion}.',
  },
  goalIdSpaces: {
    en: '"{value}" looks like a goal ID, but an ID is written without spaces, so this heading is not read as a goal. Write {suggestion}.',
    nb: '«{value}» ser ut som en mål-ID, men en ID skrives uten mellomrom, så overskriften blir ikke lest som et mål. Skriv {suggestion}.',
    nn: '«{value}» ser ut som ein mål-ID, men ein ID blir skriven utan mellomrom, så overskrifta blir ikkje lesen som eit mål. Skriv {suggestion}.',
  },
  goalIdAttributes: {
    en: '"{value}" looks like a goal ID, but Samstemt reads only the ID alone, without attributes, so this heading is not read as a goal. Write {suggestion}.',
    nb: '«{value}» ser ut som en mål-ID, men Samstemt leser bare ID-en alene, uten attributter, så overskriften blir ikke lest som et mål. Skriv {suggestion}.',
    nn: '«{value}» ser ut som ein mål-ID, men Samstemt les berre ID-en åleine, utan attributt, så overskrifta blir ikkje lesen som eit mål. Skriv {suggestion}.',
  },
  goalIdUnclosed: {
    en: '"{value}" looks like a goal ID but has no closing }, so this heading is not read as a goal. Write {suggestion}.',
    nb: '«{value}» ser ut som en mål-ID, men mangler } til slutt, så overskriften blir ikke lest som et mål. Skriv {suggestion}.',
    nn: '«{value}» ser ut som ein mål-ID, men manglar } til slutt, så overskrifta blir ikkje lesen som eit mål. Skriv {suggestion}.',
  },
  goalIdNotHeading: {
    en: '"{value}" ends in a goal ID, but it is not a heading (a heading starts with #; bold text is not one), so Samstemt does not read it as a goal. Make it a heading: {suggestion}.',
    nb: '«{value}» slutter med en mål-ID, men er ikke en overskrift (en overskrift starter med #; fet skrift er ikke det), så Samstemt leser den ikke som et mål. Gjør den til en overskrift: {suggestion}.',
    nn: '«{value}» sluttar med ein mål-ID, men er ikkje ei overskrift (ei overskrift startar med #; feit skrift er ikkje det), så Samstemt les han ikkje som eit mål. Gjer han til ei overskrift: {suggestion}.',
  },
  goalHeadingInQuote: {
    en: '"{value}" stands in a block quote (lines starting with ">"), so Samstemt does not read it as a goal: a goal heading stands at the start of its line. Remove the "{marker}" before it.',
    nb: '«{value}» står i et sitat (linjer som begynner med «>»), så Samstemt leser den ikke som et mål: en måloverskrift står først på linjen. Fjern «{marker}» foran den.',
    nn: '«{value}» står i eit sitat (linjer som byrjar med «>»), så Samstemt les han ikkje som eit mål: ei måloverskrift står først på linja. Fjern «{marker}» framfor han.',
  },
  goalHeadingInList: {
    en: '"{value}" stands in a list item, so Samstemt does not read it as a goal: a goal heading stands at the start of its line. Remove the "{marker}" before it.',
    nb: '«{value}» står i et listepunkt, så Samstemt leser den ikke som et mål: en måloverskrift står først på linjen. Fjern «{marker}» foran den.',
    nn: '«{value}» står i eit listepunkt, så Samstemt les han ikkje som eit mål: ei måloverskrift står først på linja. Fjern «{marker}» framfor han.',
  },
  goalIdInTable: {
    en: '"{value}" stands in a table, so Samstemt does not read it as a goal: a goal is a heading that ends with its ID. Write it as a heading, with its properties as a list below it: {suggestion}.',
    nb: '«{value}» står i en tabell, så Samstemt leser det ikke som et mål: et mål er en overskrift som slutter med ID-en. Skriv det som en overskrift, med egenskapene som en punktliste under: {suggestion}.',
    nn: '«{value}» står i ein tabell, så Samstemt les det ikkje som eit mål: eit mål er ei overskrift som sluttar med ID-en. Skriv det som ei overskrift, med eigenskapane som ei punktliste under: {suggestion}.',
  },
  goalIdBelowHeading: {
    en: '"{value}" stands on a line of its own below the heading "{heading}", so Samstemt does not read the heading as a goal: the ID must end the heading\'s own line. Write {suggestion}.',
    nb: '«{value}» står på en egen linje under overskriften «{heading}», så Samstemt leser ikke overskriften som et mål: ID-en må stå til slutt på selve overskriftslinjen. Skriv {suggestion}.',
    nn: '«{value}» står på ei eiga linje under overskrifta «{heading}», så Samstemt les ikkje overskrifta som eit mål: ID-en må stå til slutt på sjølve overskriftslinja. Skriv {suggestion}.',
  },
  goalIdNoHeadingSpace: {
    en: '"{value}" is not a heading, so Samstemt does not read it as a goal: a heading needs a space after "{marker}". Write {suggestion}.',
    nb: '«{value}» er ikke en overskrift, så Samstemt leser den ikke som et mål: en overskrift trenger et mellomrom etter «{marker}». Skriv {suggestion}.',
    nn: '«{value}» er ikkje ei overskrift, så Samstemt les han ikkje som eit mål: ei overskrift treng eit mellomrom etter «{marker}». Skriv {suggestion}.',
  },
  goalIdHtml: {
    en: 'This heading gives the ID "{id}" in web-page code ({value}), but Samstemt reads a goal only from a heading that ends with its ID in braces, so it is not read as a goal. If it is a goal, write {suggestion}.',
    nb: 'Denne overskriften gir ID-en «{id}» i nettsidekode ({value}), men Samstemt leser et mål bare fra en overskrift som slutter med ID-en i krøllparenteser, så den blir ikke lest som et mål. Er det et mål, skriv {suggestion}.',
    nn: 'Denne overskrifta gir ID-en «{id}» i nettsidekode ({value}), men Samstemt les eit mål berre frå ei overskrift som sluttar med ID-en i krøllparentesar, så ho blir ikkje lesen som eit mål. Er det eit mål, skriv {suggestion}.',
  },
  goalIdMiddle: {
    en: '"{value}" stands in the middle of the heading, so the heading is not read as a goal: the ID must come last. Move it to the end of the heading.',
    nb: '«{value}» står midt i overskriften, så overskriften blir ikke lest som et mål: ID-en må stå til slutt. Flytt den til slutten av overskriften.',
    nn: '«{value}» står midt i overskrifta, så overskrifta blir ikkje lesen som eit mål: ID-en må stå til slutt. Flytt han til slutten av overskrifta.',
  },
  duplicateKey: {
    en: '"{key}" appears twice here; only the last one counts. Remove one of them, or rename it.',
    nb: '«{key}» står to ganger her; bare den siste gjelder. Fjern en av dem, eller gi den et annet navn.',
    nn: '«{key}» står to gonger her; berre den siste gjeld. Fjern ein av dei, eller gi han eit anna namn.',
  },
  repeatedProperty: {
    en: '"{key}" is given twice for this goal; only the first counts ({firstKey}: {first}, line {line}), so "{value}" here is ignored. Remove one of the two lines.',
    nb: '«{key}» står to ganger for dette målet; bare den første gjelder ({firstKey}: {first}, linje {line}), så «{value}» her blir oversett. Fjern en av de to linjene.',
    nn: '«{key}» står to gonger for dette målet; berre den første gjeld ({firstKey}: {first}, linje {line}), så «{value}» her blir oversett. Fjern ei av dei to linjene.',
  },
  duplicateAlias: {
    en: '"{key}" is the same setting as "{first}" above; only the last one counts. Remove one of them.',
    nb: '«{key}» er samme innstilling som «{first}» over; bare den siste gjelder. Fjern en av dem.',
    nn: '«{key}» er same innstilling som «{first}» over; berre den siste gjeld. Fjern ein av dei.',
  },
  configShape: {
    en: 'samstemt.yaml must consist of "setting: value" lines, such as "language: nb".',
    nb: 'samstemt.yaml må bestå av «innstilling: verdi»-linjer, for eksempel «language: nb».',
    nn: 'samstemt.yaml må bestå av «innstilling: verdi»-linjer, til dømes «language: nb».',
  },
  expectedList: {
    en: '{key} must be a list, e.g. [a, b] or one "- item" per line.',
    nb: '{key} må være en liste, f.eks. [a, b] eller ett «- punkt» per linje.',
    nn: '{key} må vere ei liste, t.d. [a, b] eller eitt «- punkt» per linje.',
  },
  yamlMark: {
    en: 'YAML reads {sign} at the start of a value as an instruction to the reader, not as text: "{mark}" is left out and the value reads "{rest}". If "{mark}" belongs to the value, put the value in quotes: {quoted}',
    nb: 'YAML leser {sign} i starten av en verdi som en instruksjon til leseren, ikke som tekst: «{mark}» blir utelatt og verdien blir «{rest}». Hvis «{mark}» hører til verdien, sett verdien i anførselstegn: {quoted}',
    nn: 'YAML les {sign} i starten av ein verdi som ein instruksjon til lesaren, ikkje som tekst: «{mark}» blir utelaten og verdien blir «{rest}». Om «{mark}» høyrer til verdien, set verdien i hermeteikn: {quoted}',
  },
  yamlMarkEmpty: {
    en: 'YAML reads {sign} at the start of a value as an instruction to the reader, not as text: "{mark}" is left out and the value is empty. If "{mark}" is the value, put it in quotes: {quoted}',
    nb: 'YAML leser {sign} i starten av en verdi som en instruksjon til leseren, ikke som tekst: «{mark}» blir utelatt og verdien blir tom. Hvis «{mark}» er verdien, sett den i anførselstegn: {quoted}',
    nn: 'YAML les {sign} i starten av ein verdi som ein instruksjon til lesaren, ikkje som tekst: «{mark}» blir utelaten og verdien blir tom. Om «{mark}» er verdien, set han i hermeteikn: {quoted}',
  },
  expectedValue: {
    en: '{key} takes one value, not a list or a group of `name: value` lines, so Samstemt does not read what is written here. Write the value itself after `{key}:`.',
    nb: '{key} skal ha én verdi, ikke en liste eller en gruppe `navn: verdi`-linjer, så Samstemt leser ikke det som står her. Skriv selve verdien etter `{key}:`.',
    nn: '{key} skal ha éin verdi, ikkje ei liste eller ei gruppe `namn: verdi`-linjer, så Samstemt les ikkje det som står her. Skriv sjølve verdien etter `{key}:`.',
  },
  expectedMap: {
    en: '{key} must give each ID its settings, one per line, e.g. "storby: { name: Storby kommune }".',
    nb: '{key} må gi hver ID innstillingene sine, én per linje, f.eks. «storby: { name: Storby kommune }».',
    nn: '{key} må gje kvar ID innstillingane sine, éin per linje, t.d. «storby: { name: Storby kommune }».',
  },
  memberAsText: {
    en: 'The member {id} is given only a text ("{value}"), not its settings. Samstemt reads it as the name; write it as a setting, "{id}: { {name}: {value} }", and add kind and population there.',
    nb: 'Medlemmet {id} har bare en tekst («{value}»), ikke innstillinger. Samstemt leser den som navnet; skriv den som en innstilling, «{id}: { {name}: {value} }», og legg til type og innbyggere der.',
    nn: 'Medlemet {id} har berre ein tekst («{value}»), ikkje innstillingar. Samstemt les han som namnet; skriv han som ei innstilling, «{id}: { {name}: {value} }», og legg til type og innbyggjarar der.',
  },
  membersList: {
    en: '{key} is written as a list, so no member is read from it, and the owners of the documents count as the members. Write each member as its ID followed by its settings, without "-" or [ ], e.g. "storby: { name: Storby kommune, kind: kommune }".',
    nb: '{key} er skrevet som en liste, så ingen medlemmer blir lest derfra, og eierne av dokumentene regnes som medlemmene. Skriv hvert medlem som ID-en fulgt av innstillingene, uten «-» eller [ ], f.eks. «storby: { name: Storby kommune, kind: kommune }».',
    nn: '{key} er skriven som ei liste, så ingen medlemer blir lesne derifrå, og eigarane av dokumenta blir rekna som medlemene. Skriv kvart medlem som ID-en følgd av innstillingane, utan «-» eller [ ], t.d. «storby: { name: Storby kommune, kind: kommune }».',
  },
  listWithoutDashes: {
    en: '{key} has one item on each line without "- " in front, so YAML reads the lines as one text ("{value}"). Samstemt reads each line as one item; write "- " in front of each line so that every tool reads it as a list.',
    nb: '{key} har ett punkt på hver linje uten «- » foran, så YAML leser linjene som én tekst («{value}»). Samstemt leser hver linje som ett punkt; skriv «- » foran hver linje, så leser alle verktøy det som en liste.',
    nn: '{key} har eitt punkt på kvar linje utan «- » framfor, så YAML les linjene som éin tekst («{value}»). Samstemt les kvar linje som eitt punkt; skriv «- » framfor kvar linje, så les alle verktøy det som ei liste.',
  },
  unknownFramework: {
    en: 'There is no built-in framework "{value}".{hint} Use one of {allowed}, or the path of a framework file (.yaml) in the cooperation\'s folder (where samstemt.yaml is).',
    nb: 'Det finnes ikke noe innebygd rammeverk «{value}».{hint} Bruk et av {allowed}, eller stien til en rammeverksfil (.yaml) i mappen til samarbeidet (der samstemt.yaml ligger).',
    nn: 'Det finst ikkje noko innebygd rammeverk «{value}».{hint} Bruk eitt av {allowed}, eller stien til ei rammeverksfil (.yaml) i mappa til samarbeidet (der samstemt.yaml ligg).',
  },
  frameworkNotYaml: {
    en: '"{value}" is not a framework file: a framework file is YAML (.yaml or .yml) with `framework:`, `title` and `objectives` (see https://github.com/samstemt/samstemt/blob/main/docs/catalogs.md). Built-in frameworks are named by ID: {allowed}.',
    nb: '«{value}» er ingen rammeverksfil: en rammeverksfil er YAML (.yaml eller .yml) med `framework:`, `title` og `objectives` (se https://github.com/samstemt/samstemt/blob/main/docs/catalogs.md). Innebygde rammeverk skrives med ID: {allowed}.',
    nn: '«{value}» er inga rammeverksfil: ei rammeverksfil er YAML (.yaml eller .yml) med `framework:`, `title` og `objectives` (sjå https://github.com/samstemt/samstemt/blob/main/docs/catalogs.md). Innebygde rammeverk blir skrivne med ID: {allowed}.',
  },
  frameworkIdForPath: {
    en: '"{value}" is the ID of the framework file {file}. Samstemt reads that file, but `frameworks` names a framework file by its path (relative to samstemt.yaml), so that the ID does not depend on which files lie in the folder: write {file}.',
    nb: '«{value}» er ID-en til rammeverksfilen {file}. Samstemt leser den filen, men `frameworks` viser til en rammeverksfil med stien (relativt til samstemt.yaml), så det ikke avhenger av hvilke filer som ligger i mappen: skriv {file}.',
    nn: '«{value}» er ID-en til rammeverksfila {file}. Samstemt les den fila, men `frameworks` viser til ei rammeverksfil med stien (relativt til samstemt.yaml), så det ikkje er avhengig av kva filer som ligg i mappa: skriv {file}.',
  },
  frameworkOutside: {
    en: 'The framework file "{value}" lies outside the cooperation\'s folder (the folder of samstemt.yaml) and is not read. Copy it into that folder and refer to it with a path relative to samstemt.yaml.',
    nb: 'Rammeverksfilen «{value}» ligger utenfor mappen til samarbeidet (mappen der samstemt.yaml ligger) og blir ikke lest. Kopier den inn i den mappen og vis til den med en sti relativt til samstemt.yaml.',
    nn: 'Rammeverksfila «{value}» ligg utanfor mappa til samarbeidet (mappa der samstemt.yaml ligg) og blir ikkje lesen. Kopier ho inn i den mappa og vis til ho med ein sti relativt til samstemt.yaml.',
  },
  frameworkMissing: {
    en: 'The framework file "{value}" does not exist.{hint} Check the path (relative to samstemt.yaml).',
    nb: 'Rammeverksfilen «{value}» finnes ikke.{hint} Sjekk stien (relativt til samstemt.yaml).',
    nn: 'Rammeverksfila «{value}» finst ikkje.{hint} Sjekk stien (relativt til samstemt.yaml).',
  },
  documentsOutside: {
    en: '"{value}" points outside the cooperation\'s folder (the folder of samstemt.yaml), and Samstemt reads only files inside it, so no document is read through it. Move the documents into that folder, or check them as a cooperation of their own, with a samstemt.yaml of their own.',
    nb: '«{value}» peker utenfor mappen til samarbeidet (mappen der samstemt.yaml ligger), og Samstemt leser bare filer inne i den, så ingen dokumenter blir lest gjennom mønsteret. Flytt dokumentene inn i den mappen, eller sjekk dem som et eget samarbeid med en egen samstemt.yaml.',
    nn: '«{value}» peikar utanfor mappa til samarbeidet (mappa der samstemt.yaml ligg), og Samstemt les berre filer inne i ho, så ingen dokument blir lesne gjennom mønsteret. Flytt dokumenta inn i den mappa, eller sjekk dei som eit eige samarbeid med ein eigen samstemt.yaml.',
  },
  documentsExcludesNothing: {
    en: 'No file matches "{value}", so it leaves no document out. Check the folder and file names in the pattern (relative to samstemt.yaml).',
    nb: 'Ingen filer passer til «{value}», så mønsteret holder ingen dokumenter utenfor. Sjekk mappe- og filnavnene i mønsteret (relativt til samstemt.yaml).',
    nn: 'Ingen filer passar til «{value}», så mønsteret held ingen dokument utanfor. Sjekk mappe- og filnamna i mønsteret (relativt til samstemt.yaml).',
  },
  documentsNoMatch: {
    en: 'No file matches "{value}", so no strategy document is read through it. Check the folder and file names in the pattern (relative to samstemt.yaml).',
    nb: 'Ingen filer passer til «{value}», så ingen strategidokumenter blir lest gjennom det mønsteret. Sjekk mappe- og filnavnene i mønsteret (relativt til samstemt.yaml).',
    nn: 'Ingen filer passar til «{value}», så ingen strategidokument blir lesne gjennom det mønsteret. Sjekk mappe- og filnamna i mønsteret (relativt til samstemt.yaml).',
  },
  documentsDefault: {
    en: 'No strategy document is checked: without `documents`, Samstemt reads only files matching {defaults}, and none of the Markdown files here does (e.g. {example}). Add `documents: ["{glob}"]` to samstemt.yaml, or rename the files to end in .strategy.md.',
    nb: 'Ingen strategidokumenter blir sjekket: uten `documents` leser Samstemt bare filer som passer til {defaults}, og ingen av Markdown-filene her gjør det (f.eks. {example}). Legg til `dokumenter: ["{glob}"]` i samstemt.yaml, eller gi filene navn som slutter på .strategy.md.',
    nn: 'Ingen strategidokument blir sjekka: utan `documents` les Samstemt berre filer som passar til {defaults}, og ingen av Markdown-filene her gjer det (t.d. {example}). Legg til `dokument: ["{glob}"]` i samstemt.yaml, eller gi filene namn som sluttar på .strategy.md.',
  },
  documentsNoStrategy: {
    en: '"{value}" selects {example}, but no strategy document: a YAML strategy has `owner` and `goals`, and a framework file is no strategy. Add a pattern for the strategy documents, e.g. "{glob}".',
    nb: '«{value}» velger {example}, men ingen strategidokumenter: en strategi i YAML har `owner` og `goals`, og en rammeverksfil er ingen strategi. Legg til et mønster for strategidokumentene, f.eks. «{glob}».',
    nn: '«{value}» vel {example}, men ingen strategidokument: ein strategi i YAML har `owner` og `goals`, og ei rammeverksfil er ingen strategi. Legg til eit mønster for strategidokumenta, t.d. «{glob}».',
  },
  documentsEmpty: {
    en: '`{key}` is empty, so Samstemt reads only files matching {defaults}, as without the setting. Write the patterns of the strategy documents, e.g. `{key}: ["strategier/**/*.md"]`, or remove the setting.',
    nb: '`{key}` er tom, så Samstemt leser bare filer som passer til {defaults}, som uten innstillingen. Skriv mønstrene for strategidokumentene, f.eks. `{key}: ["strategier/**/*.md"]`, eller fjern innstillingen.',
    nn: '`{key}` er tom, så Samstemt les berre filer som passar til {defaults}, som utan innstillinga. Skriv mønstera for strategidokumenta, t.d. `{key}: ["strategier/**/*.md"]`, eller fjern innstillinga.',
  },
  frameworksEmpty: {
    en: 'No framework is enabled, so no `supports` link can be checked and no objective suggested. Write the frameworks to align with, e.g. `{key}: [DS19, DN30]` (built in), or the path of a framework file.',
    nb: 'Ingen rammeverk er slått på, så ingen `supports`-koblinger kan sjekkes og ingen mål foreslås. Skriv rammeverkene dere vil samordne med, f.eks. `{key}: [DS19, DN30]` (innebygd), eller stien til en rammeverksfil.',
    nn: 'Ingen rammeverk er slått på, så ingen `supports`-koplingar kan sjekkast og ingen mål foreslåast. Skriv rammeverka de vil samordne med, t.d. `{key}: [DS19, DN30]` (innebygd), eller stien til ei rammeverksfil.',
  },
  frameworkDuplicateId: {
    en: 'The objective ID "{value}" is used twice in this framework (first on line {line}), so a goal that supports it cannot tell which is meant. Give each objective its own ID.',
    nb: 'Mål-ID-en «{value}» er brukt to ganger i dette rammeverket (første gang på linje {line}), så et mål som støtter den, kan ikke vite hvilket som menes. Gi hvert mål sin egen ID.',
    nn: 'Mål-ID-en «{value}» er brukt to gonger i dette rammeverket (første gong på linje {line}), så eit mål som støttar han, kan ikkje vite kva for eit som er meint. Gi kvart mål sin eigen ID.',
  },
  frameworkIdPrefix: {
    en: 'The objective ID "{value}" does not start with the framework ID {framework}: objective IDs are written {framework}-<code>, e.g. {example}.',
    nb: 'Mål-ID-en «{value}» begynner ikke med rammeverkets ID {framework}: mål-ID-er skrives {framework}-<kode>, f.eks. {example}.',
    nn: 'Mål-ID-en «{value}» byrjar ikkje med ID-en til rammeverket, {framework}: mål-ID-ar blir skrivne {framework}-<kode>, t.d. {example}.',
  },
  frameworkIdName: {
    en: 'The framework ID "{value}" cannot begin objective IDs: an ID has no spaces or commas, only letters, digits and single hyphens between its parts. Write a short ID that the objective IDs start with, e.g. {example}, and keep the name in `title`.',
    nb: 'Rammeverks-ID-en «{value}» kan ikke stå først i mål-ID-er: en ID har ingen mellomrom eller komma, bare bokstaver, sifre og enkle bindestreker mellom delene. Skriv en kort ID som mål-ID-ene begynner med, f.eks. {example}, og ha navnet i `title`.',
    nn: 'Rammeverks-ID-en «{value}» kan ikkje stå først i mål-ID-ar: ein ID har ingen mellomrom eller komma, berre bokstavar, siffer og enkle bindestrekar mellom delane. Skriv ein kort ID som mål-ID-ane byrjar med, t.d. {example}, og ha namnet i `title`.',
  },
  frameworkIdMalformed: {
    en: 'The objective ID "{value}" cannot be written in `supports`: an ID has no spaces or commas, only letters, digits and single hyphens between its parts, e.g. {example}.',
    nb: 'Mål-ID-en «{value}» kan ikke skrives i `supports`: en ID har ingen mellomrom eller komma, bare bokstaver, sifre og enkle bindestreker mellom delene, f.eks. {example}.',
    nn: 'Mål-ID-en «{value}» kan ikkje skrivast i `supports`: ein ID har ingen mellomrom eller komma, berre bokstavar, siffer og enkle bindestrekar mellom delane, t.d. {example}.',
  },
  frameworkParent: {
    en: 'The parent "{value}" is not an objective of this framework.{hint} Write the ID of another objective in this file, or `null` (no parent).',
    nb: 'Det overordnede målet «{value}» finnes ikke i dette rammeverket.{hint} Skriv ID-en til et annet mål i denne filen, eller `null` (uten overordnet mål).',
    nn: 'Det overordna målet «{value}» finst ikkje i dette rammeverket.{hint} Skriv ID-en til eit anna mål i denne fila, eller `null` (utan overordna mål).',
  },
  frameworkIdTakenBuiltIn: {
    en: 'The framework ID {value} is already taken by the built-in framework «{title}», so the objectives of this file are not read: their IDs would be mixed up with those of {value}. Give this framework an ID of its own, and start its objective IDs with it.',
    nb: 'Rammeverks-ID-en {value} er allerede brukt av det innebygde rammeverket «{title}», så målene i denne filen blir ikke lest: ID-ene deres ville blitt blandet sammen med dem i {value}. Gi dette rammeverket en egen ID, og la mål-ID-ene begynne med den.',
    nn: 'Rammeverks-ID-en {value} er alt brukt av det innebygde rammeverket «{title}», så måla i denne fila blir ikkje lesne: ID-ane deira ville vorte blanda saman med dei i {value}. Gi dette rammeverket ein eigen ID, og la mål-ID-ane byrje med han.',
  },
  frameworkIdTakenFile: {
    en: 'The framework ID {value} is already taken by the framework file {file}, listed before this one in samstemt.yaml, so the objectives of this file are not read. Give this framework an ID of its own, and start its objective IDs with it.',
    nb: 'Rammeverks-ID-en {value} er allerede brukt av rammeverksfilen {file}, som står før denne i samstemt.yaml, så målene i denne filen blir ikke lest. Gi dette rammeverket en egen ID, og la mål-ID-ene begynne med den.',
    nn: 'Rammeverks-ID-en {value} er alt brukt av rammeverksfila {file}, som står før denne i samstemt.yaml, så måla i denne fila blir ikkje lesne. Gi dette rammeverket ein eigen ID, og la mål-ID-ane byrje med han.',
  },
  frameworkParentSelf: {
    en: '{value} is its own parent. Write the ID of another objective in this file, or `null` (no parent).',
    nb: '{value} er sitt eget overordnede mål. Skriv ID-en til et annet mål i denne filen, eller `null` (uten overordnet mål).',
    nn: '{value} er sitt eige overordna mål. Skriv ID-en til eit anna mål i denne fila, eller `null` (utan overordna mål).',
  },
  frameworkParentCycle: {
    en: 'The parents of {value} go round in a circle ({cycle}), so none of them is the top. Set `parent: null` on the objective that is the top.',
    nb: 'De overordnede målene til {value} går i ring ({cycle}), så ingen av dem er øverst. Skriv `parent: null` på målet som er øverst.',
    nn: 'Dei overordna måla til {value} går i ring ({cycle}), så ingen av dei er øvst. Skriv `parent: null` på målet som er øvst.',
  },
  frameworkObjectiveShape: {
    en: 'This objective is not read: each objective is written as "- id: {framework}-<code>" with "title: …" on the next line.',
    nb: 'Dette målet blir ikke lest: hvert mål skrives som «- id: {framework}-<kode>» med «title: …» på neste linje.',
    nn: 'Dette målet blir ikkje lese: kvart mål blir skrive som «- id: {framework}-<kode>» med «title: …» på neste linje.',
  },
  didYouMean: { en: ' Did you mean "{suggestion}"?', nb: ' Mente du «{suggestion}»?', nn: ' Meinte du «{suggestion}»?' },
  replace: { en: 'Change to "{suggestion}"', nb: 'Endre til «{suggestion}»', nn: 'Endre til «{suggestion}»' },
  moveId: { en: 'Move {value} to the end of the heading', nb: 'Flytt {value} til slutten av overskriften', nn: 'Flytt {value} til slutten av overskrifta' },
  removeLine: { en: 'Remove this line', nb: 'Fjern denne linjen', nn: 'Fjern denne linja' },
  removeBefore: { en: 'Remove "{marker}" before the heading', nb: 'Fjern «{marker}» foran overskriften', nn: 'Fjern «{marker}» framfor overskrifta' },
  moveIdUp: { en: 'Move {value} up to the end of the heading', nb: 'Flytt {value} opp til slutten av overskriften', nn: 'Flytt {value} opp til slutten av overskrifta' },
  quoteValue: { en: 'Put the value in quotes', nb: 'Sett verdien i anførselstegn', nn: 'Set verdien i hermeteikn' },
  listDashes: { en: 'Write "- " in front of each line', nb: 'Skriv «- » foran hver linje', nn: 'Skriv «- » framfor kvar linje' },
  nameAsSetting: { en: 'Write the text as the member\'s name setting', nb: 'Skriv teksten som navnet til medlemmet', nn: 'Skriv teksten som namnet til medlemet' },
  membersAsMap: { en: 'Write each member as "id: { settings }"', nb: 'Skriv hvert medlem som «id: { innstillinger }»', nn: 'Skriv kvart medlem som «id: { innstillingar }»' },
};

/** Malformed or unknown values: dates, numbers, enums, areas, resources, config settings. */
/**
 * The one resource whose ID begins the name written, or that the name begins
 * (`utvikling` for `utviklingskapasitet`, `utviklingskapasiteten`): too many
 * letters apart for a typo, but what the author meant. Offered, not sure.
 */
function resourceWithin(written: string, resources: readonly string[]): Guess | undefined {
  const w = written.toLowerCase();
  const within = resources.filter((id) => {
    const r = id.toLowerCase();
    return Math.min(r.length, w.length) >= 4 && (r.startsWith(w) || w.startsWith(r));
  });
  return within.length === 1 ? { text: within[0]!, sure: false } : undefined;
}

export default defineRule({
  meta: {
    id: 'invalid-value',
    defaultSeverity: 'error',
    category: 'structure',
    // The fix for a goal reference written without `#` names a goal of any document (meantGoalRef).
    reads: ['goalKeys'],
    description: {
      en: 'A date, number, choice from a fixed list (such as status or priority), area or resource is malformed or unknown.',
      nb: 'En dato, et tall, et valg fra en fast liste (som status eller prioritet), et område eller en ressurs er feil skrevet eller ukjent.',
      nn: 'Ein dato, eit tal, eit val frå ei fast liste (som status eller prioritet), eit område eller ein ressurs er feil skriven eller ukjend.',
    },
    messages,
  },
  // Two systems joined in one item are told by the systems other documents name: the findings hold while those verdicts do.
  // So are the goals a broken goal reference is fixed to, found by other documents' goal titles too (meantGoalRef).
  documentKey: (doc, ws) =>
    joinedItems(doc).map((it) => (joinedSystems(it.text, ws) ? '1' : '0')).join('') +
    doc.valueProblems.filter((p) => (p.messageId === 'goalRef' || p.messageId === 'accepts') && p.suggestion === undefined).map((p) => `\0${meantRef(ws, doc, p) ?? ''}`).join(''),
  checkDocument(doc, ctx) {
    const { ws } = ctx;
    const report = reporter(ctx);
    const resources = [...ws.config.resources.keys()];
    for (const p of doc.valueProblems) {
      if (p.kind !== 'invalid-value') continue;
      // The example ID is written as the document writes IDs: `{#felles-hr}` in Markdown, `id: felles-hr` in YAML.
      const messageId = p.messageId === 'goalId' && doc.format === 'yaml' ? 'goalIdYaml' : p.messageId;
      if ((p.messageId === 'goalRef' || p.messageId === 'accepts') && p.suggestion === undefined) {
        const meant = meantRef(ws, doc, p);
        if (meant) {
          report(doc.uri, p.span, messageId, p.data, meant, p.goal, p.fixSpan, p.fix, p.severity);
          continue;
        }
      }
      if (p.messageId === 'directionAgainstDecrease' || p.messageId === 'directionAgainstIncrease') {
        // Not preferred: the numbers may be what is wrong.
        const word = enumName('direction', p.messageId === 'directionAgainstDecrease' ? 'decrease' : 'increase', textLang(doc, ctx.lang));
        report(doc.uri, p.span, messageId, p.data, { text: word, sure: false }, p.goal, undefined, undefined, p.severity);
        continue;
      }
      // `06/07/2026`: Norwegians write the day first; in a document in English it may as well be the month.
      if (messageId === 'dateDayFirst' && p.data.monthFirst && textLang(doc, ctx.lang) === 'en') {
        report(doc.uri, p.span, 'dateAmbiguous', p.data, { text: p.data.iso!, sure: false }, p.goal, p.fixSpan, p.fix, p.severity);
        continue;
      }
      // Keys and examples as this document and workspace write them; the values of a fixed list in the language the document is written in.
      const data =
        messageId === 'numberBound' ? { ...p.data, directionKey: keyInDocument('direction', doc) }
        : messageId === 'enum' && p.data.enum && p.data.enum in ENUMS ? { ...p.data, allowed: enumSpellings(p.data.enum as keyof typeof ENUMS, textLang(doc, ctx.lang)).join(', ') }
        : messageId === 'requires' ? { example: `${resources[0] ?? 'utviklingskapasitet'} 3`, ...p.data }
        : p.data;
      const suggestion = messageId === 'enum' && p.data.enum && p.data.enum in ENUMS ? enumInLanguage(p.data.enum as keyof typeof ENUMS, problemSuggestion(p), textLang(doc, ctx.lang)) : problemSuggestion(p);
      report(doc.uri, p.span, messageId, data, suggestion, p.goal, p.fixSpan, p.fix, p.severity);
    }
    for (const g of doc.goals) {
      // `Innføre: Elements og Acos WebSak`: two systems other goals name one by one, read as one that none of them names.
      for (const { text, span, key } of joinedItems(doc, g)) {
        const parts = joinedSystems(text, ws);
        if (parts) report(doc.uri, span, 'systemsJoined', { value: text, key, suggestion: parts.join(', ') }, parts.join(', '), g.key, undefined, undefined, 'warning');
      }
      const area = propertyOf(g, 'area');
      // A YAML list gives its items; `Område: hr, helse` is one value (an area is not a list), split here.
      const written = !area ? [] : area.items.length > 1 ? area.items.map((i) => i.text) : area.value.split(',').map((a) => a.trim()).filter(Boolean);
      if (area && written.length > 1 && written.every((a) => ws.config.areas.includes(areaKey(a)))) {
        // `area: [hr, helse]`: each is an area of the cooperation, but a goal has one; only the author knows which.
        const span = area.valueSpan;
        ctx.report({
          messageId: 'areaSeveral',
          data: { value: area.value, key: area.rawKey },
          uri: doc.uri,
          span,
          goal: g.key,
          fixes: written.map((a) => ({ messageId: 'replace', data: { suggestion: a }, edits: [{ uri: doc.uri, span, newText: a }] })),
        });
      } else if (area && area.value && !ws.config.areas.includes(areaKey(area.value))) {
        const meant = guess(area.value, ws.config.areas);
        // A sure misspelling is compared in the area it stands for (model/areas.ts): the message says so.
        const messageId = meant?.sure && g.facts.area !== undefined && areaAsRead(ws.config.areas, g.facts.area) === meant.text ? 'areaReadAs' : 'area';
        report(doc.uri, area.valueSpan, messageId, { value: area.value, allowed: ws.config.areas.join(', '), ...(meant ? { suggestion: meant.text } : {}) }, meant, g.key);
      }
      for (const r of g.facts.requires) {
        const def = ws.config.resources.get(r.resource);
        if (def && amountIn(r.amount, r.unit, def.unit) === undefined) {
          // `prosjektmidler 3 årsverk`: a unit that does not convert to the resource's (invalid-value, not a capacity finding).
          report(doc.uri, r.span, 'requiresUnit', { value: doc.text.slice(r.span.start, r.span.end), written: r.unit!, resource: r.resource, unit: def.unit! }, undefined, g.key);
          continue;
        }
        if (def) continue;
        const span = { start: r.span.start, end: r.span.start + r.resource.length };
        report(doc.uri, span, 'resource', { value: r.resource, allowed: resources.join(', ') || '–' }, guess(r.resource, resources) ?? resourceWithin(r.resource, resources), g.key);
      }
    }
  },
  checkWorkspace(ctx) {
    const { ws } = ctx;
    const report = reporter(ctx);
    if (ws.config.uri) for (const p of ws.config.valueProblems) if (p.kind === 'invalid-value') report(ws.config.uri, p.span, p.messageId, p.data, problemSuggestion(p), undefined, p.fixSpan, p.fix, p.severity);
    for (const f of ws.frameworkFiles) for (const p of f.valueProblems) if (p.kind === 'invalid-value') report(f.uri, p.span, p.messageId, p.data, problemSuggestion(p));
  },
});

/**
 * A suggested enum value in the language the document is written in: the
 * guess is made among the spellings of every language, and «høgg» in a
 * bokmål document is nearest nynorsk «høg»; the author writes bokmål, so
 * the suggestion is «høy» (the same value), as the list of allowed values
 * in the message. A spelling that is no language's name of a value (`higher`)
 * stays as it is.
 */
function enumInLanguage(kind: keyof typeof ENUMS, suggestion: string | Guess | undefined, lang: Lang): string | Guess | undefined {
  if (suggestion === undefined) return undefined;
  const text = typeof suggestion === 'string' ? suggestion : suggestion.text;
  const e = ENUMS[kind].find((x) => Object.values(x.names).includes(text));
  if (!e || e.names[lang] === text) return suggestion;
  return typeof suggestion === 'string' ? e.names[lang] : { ...suggestion, text: e.names[lang] };
}

/**
 * The goal reference an item that is not one most likely means: `ikt-fjord # felles-hr` with the
 * spaces left out, `IKT Fjord AS#felles-hr` with the member's ID for its name, or `felles-hr` without its `#` when that is a goal of this owner (`#felles-hr`)
 * or of exactly one other member (`ikt-fjord#felles-hr`).
 */
/** The fix of a broken goal reference (`goalRef`) or acceptance (`accepts`), when the goal meant is clear. */
function meantRef(ws: WorkspaceModel, doc: StrategyDocument, p: ValueProblem): string | undefined {
  return p.messageId === 'goalRef' ? meantGoalRef(ws, doc, p.goal, p.data.value ?? '') : meantAcceptance(ws, p.goal, p.data.value ?? '');
}

/**
 * `Aksepterer: Innlemming av Fagerdal kommune — innleid hjelp`: the other goal
 * named by its title, then the reason. The item with the reference of the one
 * goal (not the goal itself) whose title it starts with, followed by the end
 * or by what may stand before a reason.
 */
function meantAcceptance(ws: WorkspaceModel, goalKey: string | undefined, text: string): string | undefined {
  const lower = text.toLowerCase();
  const titled = ws.goals.filter((g) => g.key !== goalKey && g.title !== '' && lower.startsWith(g.title.toLowerCase()) && /^(?:$|\s*[—–:,;(-])/u.test(text.slice(g.title.length)));
  return titled.length === 1 ? `${titled[0]!.key}${text.slice(titled[0]!.title.length)}` : undefined;
}

function meantGoalRef(ws: WorkspaceModel, doc: StrategyDocument, goalKey: string | undefined, text: string): string | undefined {
  // `[[storby#felles-hr]]` or `[[storby#felles-hr|Felles HR]]`: a wiki link, as Obsidian writes links between notes.
  const linked = text.trim().replace(WIKI_LINK, '$1').trim();
  // `storby#felles-hr.`, `storby#felles-hr (Felles HR)`, `storby#felles-hr «Felles HR»`: the reference, then a full stop or its title as an aside.
  const t = refBeforeAside(linked) ?? linked;
  const hash = t.indexOf('#');
  if (hash >= 0) {
    // String operations, not a pattern around `#`: linear on any input.
    const before = t.slice(0, hash).trim();
    const after = t.slice(hash + 1).trim();
    // Obsidian links a heading by its text (`[[#Felles arkiv]]`): the goal of that owner with that title, or that ID in another case.
    const owner = before || ((goalKey ? ws.goalsByKey.get(goalKey)?.owner : undefined) ?? doc.owner?.value);
    const wanted = after.toLowerCase().replace(/\s+/g, ' ');
    const named = owner === undefined ? undefined : ws.goals.find((g) => g.owner === owner && (g.id === wanted || g.title.toLowerCase() === wanted));
    if (named && /^[\p{L}\p{N}_-]*$/u.test(before)) return `${before}#${named.id}`;
    if (!/^[\p{L}\p{N}_-]+$/u.test(after)) return undefined;
    if (/^[\p{L}\p{N}_-]*$/u.test(before)) return `${before}#${after}`;
    // `Vestfjell IKT#felles-arkiv`: the member's name where its ID belongs.
    const name = before.toLowerCase().replace(/\s+/g, ' ');
    const member = [...ws.members.values()].find((m) => m.name?.trim().toLowerCase().replace(/\s+/g, ' ') === name);
    return member ? `${member.id}#${after}` : undefined;
  }
  const id = t.toLowerCase();
  const owner = (goalKey ? ws.goalsByKey.get(goalKey)?.owner : undefined) ?? doc.owner?.value;
  // `Bidrar til: Felles plattform for innbyggerdialog`: the title of the one goal meant, where its reference belongs.
  const title = id.replace(/\s+/g, ' ');
  const titled = ws.goals.filter((g) => g.key !== goalKey && g.title.toLowerCase().replace(/\s+/g, ' ') === title);
  if (titled.length === 1) return titled[0]!.owner === owner ? `#${titled[0]!.id}` : titled[0]!.key;
  if (!/^[\p{L}\p{N}_-]+$/u.test(id)) return undefined;
  if (owner !== undefined && ws.goalsByKey.has(`${owner}#${id}`)) return `#${id}`;
  const elsewhere = ws.goals.filter((g) => g.id === id && g.owner !== owner);
  return elsewhere.length === 1 ? elsewhere[0]!.key : undefined;
}

/** The system keys that the goals of a workspace name, one item each (built once per workspace model). */
const namedSystems = new WeakMap<WorkspaceModel, ReadonlySet<string>>();
function systemsNamed(ws: WorkspaceModel): ReadonlySet<string> {
  let out = namedSystems.get(ws);
  if (!out) {
    const keys = new Set<string>();
    for (const g of ws.goals) for (const name of [...g.facts.adopt, ...g.facts.retain, ...g.facts.phaseOut]) keys.add(systemKey(name));
    namedSystems.set(ws, (out = keys));
  }
  return out;
}

/** Words that may join two systems in one item: `og`, `and`, `&`, `+`, `/`. */
const JOINED = /\s(?:og|and|&|\+)\s|\//i;

/** The system items of `doc` (or of one goal of it) that join words could make two systems, with the key as written. */
function joinedItems(doc: StrategyDocument, goal?: Goal): { text: string; span: Span; key: string }[] {
  const out: { text: string; span: Span; key: string }[] = [];
  for (const g of goal ? [goal] : doc.goals) {
    for (const p of g.properties) {
      if (!p.known || (p.key !== 'adopt' && p.key !== 'retain' && p.key !== 'phase-out')) continue;
      for (const it of p.items) if (JOINED.test(it.text)) out.push({ text: it.text, span: it.span, key: p.rawKey });
    }
  }
  return out;
}

/**
 * `Elements og Acos WebSak` (also `and`, `&`, `+`, `/`) → its parts, when each
 * of them is a system that some goal names as an item of its own; undefined
 * otherwise (`Huldt & Lillevik Lønn` is one name).
 */
function joinedSystems(text: string, ws: WorkspaceModel): string[] | undefined {
  if (!JOINED.test(text)) return undefined;
  const parts = text.replace(/\s+/g, ' ').split(/ (?:og|and|&|\+) | ?\/ ?/i).map((t) => t.trim());
  if (parts.length < 2 || parts.some((t) => !t)) return undefined;
  const named = systemsNamed(ws);
  return parts.every((t) => named.has(systemKey(t))) ? parts : undefined;
}

/** The reference of a reference followed by a full stop, or by an aside in parentheses or quotes (and maybe a full stop). */
function refBeforeAside(text: string): string | undefined {
  const ref = /^[\p{L}\p{N}_-]*#[\p{L}\p{N}_-]+/u.exec(text)?.[0];
  if (ref === undefined) return undefined;
  let rest = text.slice(ref.length).trim();
  if (rest.endsWith('.')) rest = rest.slice(0, -1).trim();
  return rest === '' || /^(?:\([^()]*\)|«[^«»]*»|“[^“”]*”|"[^"]*")$/u.test(rest) ? ref : undefined;
}

/** A wiki link around a reference (`[[x]]`, `[[x|label]]`), or plain brackets (`[x]`): `$1` is the reference. */
const WIKI_LINK = /^\[\[?([^[\]|]*)(?:\|[^\]]*)?\]\]?$/;

function reporter(ctx: RuleContext) {
  // A suggestion worked out from the value is a string (preferred fix); a did-you-mean is a `Guess`.
  return (uri: string, span: Span, messageId: string, data: Record<string, string>, suggestion?: string | Guess, goal?: string, fixSpan?: Span, fix?: ProblemFix, atMost?: Severity) =>
    ctx.report({
      messageId,
      data: { ...data, hint: didYouMeanHint(messages.didYouMean, ctx.lang, typeof suggestion === 'string' ? suggestion : suggestion?.text) },
      uri,
      span,
      ...(goal ? { goal } : {}),
      ...(atMost ? { atMost } : {}),
      ...(fix ? problemFix(uri, fix) : replaceFix(uri, fixSpan ?? span, suggestion)),
    });
}
