/**
 * Reading the *direction* a goal's text pulls a topic in, for
 * `possible-conflict`: «sentralisere brukerstøtten» pulls «brukerstøtte»
 * towards the centre, «desentralisere brukarstøtta» away from it.
 *
 * A *signal* is a direction word (one pole of an axis) plus a topic word
 * standing close to it in the same sentence (at most 3 words away). Two goals
 * pull a topic opposite ways when they have signals on the same axis and the
 * same topic with opposite poles.
 *
 * Axes (bokmål / nynorsk / English forms):
 *   amount      øke, auke, heve, increase …   ↔ redusere, minske, minke, senke, reduce, decrease …
 *   centralise  sentralisere, centralise …    ↔ desentralisere, decentralise …
 *   shared      felles, fellesløsning, common, shared … ↔ egen, eigen, own, lokal, separate …
 *   standard    standardisere, harmonisere …  ↔ tilpasse lokalt, lokal tilpasning, adapt locally …
 *   introduce   innføre, ta i bruk, introduce … ↔ avvikle, fase ut, legge ned, phase out, retire …
 *
 * Topic words are normalised with the linking module's folding and stemming
 * (brukarstøtta = brukerstøtten, tenestene = tjenestene, løysing = løsning).
 * For precision, a direction word right after a negation («ikke
 * sentralisere») gives no signal, and words that say nothing about the topic
 * (kommune, medlem, digital, andel …) are never topics. The topic after the
 * direction word is its object, up to the first preposition after the
 * object's head («redusere ventetiden i brukerstøtten»: ventetiden, not
 * brukerstøtten; «eiga opplæring på læringsplattforma»: opplæring). Two
 * topic words with different modifiers right before them are different topics («elektronisk arkiv», «papirbaserte arkivet»;
 * «egne systemer», «felles systemer»). After a word that reduces or retires
 * what follows, `egen`/`lokal` pull towards the shared solution and `felles`
 * away from it («færre eigne system», «avvikle den felles brukerstøtten»).
 */
import { tokenize, words as splitWords, foldNorwegian, stemNorwegianBasic, stemEnglish } from '../linking/normalize.js';
import { STOP_EN, STOP_NO } from '../linking/lexicon.js';

export type Axis = 'amount' | 'centralise' | 'shared' | 'standard' | 'introduce';

export interface Signal {
  axis: Axis;
  /** 0 = increase / centralise / shared / standardise / introduce; 1 = the opposite. */
  pole: 0 | 1;
  /** Normalised topic stem: the key two goals meet on. */
  topic: string;
  /** The direction word(s) as written, e.g. «fase ut». */
  direction: string;
  /** The topic word as written, e.g. «brukarstøtta». */
  word: string;
  /** True when the topic word stands before the direction word («brukerstøtten skal sentraliseres»). */
  topicFirst: boolean;
  /** Words between them plus one: 1 = neighbours, 0 = one word («fellesløsninger»). */
  distance: number;
  /**
   * Normalised stem of the content word right before the topic word, when
   * that is not the direction word: «elektronisk» in «innføre elektronisk
   * arkiv». Two signals whose modifiers differ are about different things.
   */
  modifier?: string;
}

type Hit = { axis: Axis; pole: 0 | 1; from: number; to: number };

/**
 * Single direction words (lower-case, exact), as space-separated lists; «[sz]»
 * stands for both spellings. A word is looked up in `DIRECTION` instead of being
 * tested against every list's regex: the rule reads every word of every goal.
 */
const WORDS: readonly [Axis, 0 | 1, string][] = [
  ['amount', 0, 'øke øker økes økte økt økning økningen auke aukar auka aukast auken heve hever heves heva høyere høgare increase increases increased increasing raise raises raised higher'],
  ['amount', 1, 'redusere reduserer reduseres redusert reduserte redusera reduserast reduksjon reduksjonen minske minsker minskes minsket minke minkar minka senke senker senkes senket senka kutte kutter kuttes kuttet kutta lavere lågare decrease decreases decreased decreasing reduce reduces reduced reducing reduction lower cut cuts'],
  ['centralise', 0, 'sentralisere sentraliserer sentraliseres sentralisert sentraliserte sentralisering sentraliseringen sentraliseringa sentralisera sentraliserast centrali[sz]e centrali[sz]es centrali[sz]ed centrali[sz]ing centrali[sz]ation'],
  ['centralise', 1, 'desentralisere desentraliserer desentraliseres desentralisert desentraliserte desentralisering desentraliseringen desentraliseringa desentralisera desentraliserast decentrali[sz]e decentrali[sz]es decentrali[sz]ed decentrali[sz]ing decentrali[sz]ation'],
  ['shared', 0, 'felles common shared joint'],
  ['shared', 1, 'egen eget egne eigen eige eigne eiga own separat separate lokal lokale lokalt local'],
  ['standard', 0, 'standardisere standardiserer standardiseres standardisert standardiserte standardisering standardiseringen standardiseringa standardisera standardiserast harmonisere harmoniserer harmonisert harmonisering ensrette ensretting standardi[sz]e standardi[sz]es standardi[sz]ed standardi[sz]ing standardi[sz]ation harmoni[sz]e harmoni[sz]ed harmoni[sz]ation'],
  ['introduce', 0, 'innføre innfører innføres innført innførte innføring innføringen innføringa innføra innførast introduce introduces introduced introducing introduction adopt adopts adopted adopting implementere implementerer implementert implementering implement implemented implementing'],
  ['introduce', 1, 'avvikle avvikler avvikles avviklet avvikling avviklingen avviklinga avvikla avviklast utfase utfases utfaset utfasing utfasa nedlegge nedlegges nedleggelse nedlegging discontinue discontinues discontinued discontinuing decommission decommissioned decommissioning retire retires retired retiring retirement'],
];

/** The words of a list; «[sz]» gives both spellings. */
function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(' ').flatMap((w) => (w.includes('[sz]') ? [w.replace('[sz]', 's'), w.replace('[sz]', 'z')] : [w])));
}

/** Direction word → its axis and pole (the first list that has it wins, as the lists are tried in order). */
const DIRECTION = new Map<string, { axis: Axis; pole: 0 | 1 }>();
for (const [axis, pole, list] of WORDS) for (const w of wordSet(list)) if (!DIRECTION.has(w)) DIRECTION.set(w, { axis, pole });

/** Multi-word direction phrases: the words in order, each a set of forms. */
const PHRASES: readonly [Axis, 0 | 1, ReadonlySet<string>[]][] = (
  [
    ['introduce', 0, ['ta tar tas tatt tok tek teke tekne takast', 'i', 'bruk']],
    ['introduce', 1, ['fase fases faset fasa fasast faser', 'ut']],
    ['introduce', 1, ['legge legges lagt la leggje leggast', 'ned']],
    ['introduce', 1, ['phase phases phased phasing', 'out']],
    ['introduce', 1, ['phase-out']],
    ['standard', 1, ['tilpasse tilpasser tilpasses tilpasset tilpassa tilpassast', 'lokalt lokal lokale']],
    ['standard', 1, ['lokal lokale lokalt', 'tilpasning tilpasningar tilpasninger tilpassing tilpassingar tilpassingane tilpasningene']],
    ['standard', 1, ['adapt adapts adapted adapting', 'locally']],
    ['standard', 1, ['local', 'adaptation adaptations adaptions']],
  ] as const
).map(([axis, pole, parts]) => [axis, pole, parts.map(wordSet)]);

/** Every word a phrase can start with: a clause without one has no phrase. */
const PHRASE_HEADS = new Set(PHRASES.flatMap(([, , parts]) => [...parts[0]!]));

const LOCAL = wordSet('lokal lokale lokalt local locally');

/**
 * Prepositions: on the amount axis the object of «øke»/«redusere» ends at the
 * first one after its head noun («redusere ventetiden i brukerstøtten» is about
 * ventetiden). Most are stop words, so they are tested before those are skipped.
 */
const PREPOSITIONS = wordSet('i på av for til med hos ved om fra frå mot over under etter innen innan blant gjennom per hjå in on of for to with at by from across among within');

const NEGATIONS = wordSet('ikke ikkje not never aldri unngå unngår avoid avoids uten utan without verken korkje neither');
/** Words that never make a topic on their own: they occur in nearly every goal. */
const GENERIC_WORDS = (
  'kommune kommunen kommunene kommuner kommunar kommunane medlem medlemmer medlemmene medlemskommune medlemskommunene ' +
  'eierkommune eierkommunene ansatt ansatte tilsett tilsette innbygger innbyggere innbyggjar innbyggjarar digital digitale digitalt ' +
  'digitalisering strategi strategien mål målet arbeid arbeidet del andel andelen bruk ikt region regionen sektor offentlig ' +
  'samarbeid samarbeidet selskap selskapet nivå grad antall talet tal prosent kr kroner year years ' +
  'municipality municipalities member members employee employees staff citizen citizens digital strategy goal goals work share level number percent'
).split(' ');

/** Stop words of all three languages, plus the words of direction phrases («i», «bruk», «ut»). */
function isStop(word: string): boolean {
  return STOP_NO.has(word) || STOP_EN.has(word) || word === 'i' || word === 'bruk' || word === 'ut' || word === 'ned' || word === 'out';
}

/** Extra bokmål/nynorsk folds the linking module does not need: løn → lønn. */
function foldMore(word: string): string {
  return word.replace(/løn(?!n)/g, 'lønn');
}

/** The comparison key of a topic word: folded and stemmed (Norwegian), or stemmed (English). */
export function topicStem(word: string, english: boolean): string {
  const w = word.toLowerCase().replace(/[-.]/g, '');
  return english ? stemEnglish(w) : stemNorwegianBasic(foldMore(foldNorwegian(w)));
}

const genericNo = new Set(GENERIC_WORDS.map((w) => topicStem(w, false)));
const genericEn = new Set(GENERIC_WORDS.map((w) => topicStem(w, true)));

/** Openings of a clause that describes the situation today rather than the goal. */
const TODAY = ['i dag', 'per i dag', 'today', 'currently', 'at present', 'as of today', 'for tida', 'for tiden', 'nå for tiden'].map((p) => p.split(' '));

/** Words that turn from the situation today to the goal: «I dag har alle eget system, men …». */
const CONTRAST = new Set(['men', 'but', 'however', 'derfor', 'difor', 'therefore']);

/** Between two clauses: the first sentence ended (or its line). */
const SENTENCE_END = /[.!?;\n]/;

/**
 * Splits a text into clauses: sentences (a title, a paragraph or a bullet is
 * one too), cut again at commas, colons, brackets and dashes, so that a
 * direction word only reaches the words of its own clause.
 */
function clauses(text: string): number[] {
  // One hand-written pass (every goal text is read): lines; a leading «- », «* » or «+ »
  // bullet off; then cut at «.!?;» before white space or the line's end, at «,:()[]–—»
  // and at « - ». Same cuts as `line.split(/[.!?;](?=\s|$)|[,:()[\]–—]| - /u)`, except
  // that a line the next line goes on from (see `continuesOn`) does not end its clause.
  // Returns the clauses as start, end offsets: [from0, to0, from1, to1, …].
  const out: number[] = [];
  const push = (from: number, to: number) => {
    // = slice(from, to).trim().length > 0, without making the trimmed copy
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c < 128 ? c !== 32 && (c < 9 || c > 13) : !/\s/.test(text[i]!)) {
        out.push(from, to);
        return;
      }
    }
  };
  const n = text.length;
  // The start of a clause that goes on on the next line: a paragraph wrapped at a soft line break
  // («… i ett felles⏎system …») is one text, so its clause does not end with the line.
  let carried: number | undefined;
  for (let lineStart = 0; lineStart <= n; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    let p = lineStart;
    while (p < lineEnd && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
    const bullet = text.charCodeAt(p); // - * +
    const after = text.charCodeAt(p + 1);
    let from = carried ?? (p + 1 < lineEnd && (bullet === 45 || bullet === 42 || bullet === 43) && (after === 32 || after === 9) ? p + 2 : lineStart);
    carried = undefined;
    for (let i = from; i < lineEnd; i++) {
      let cut = 0;
      switch (text.charCodeAt(i)) {
        case 46: case 33: case 63: case 59: // . ! ? ;
          cut = i + 1 === lineEnd || /\s/.test(text[i + 1]!) ? 1 : 0;
          break;
        case 44: case 58: case 40: case 41: case 91: case 93: case 0x2013: case 0x2014: // , : ( ) [ ] – —
          cut = 1;
          break;
        case 32:
          cut = i + 2 < lineEnd && text.charCodeAt(i + 1) === 45 && text.charCodeAt(i + 2) === 32 ? 3 : 0;
      }
      if (cut > 0) {
        push(from, i);
        i += cut - 1;
        from = i + 1;
      }
    }
    if (p < lineEnd && lineEnd < n && continuesOn(text, lineEnd + 1)) carried = from;
    else push(from, lineEnd);
    lineStart = lineEnd + 1;
  }
  return out;
}

/**
 * Whether the line starting at `at` goes on with the text of the line before
 * (a soft line break in a paragraph): it is not blank, and starts no list
 * item («- », «* », «+ », «1. », «2) »), heading, table row or quote.
 */
function continuesOn(text: string, at: number): boolean {
  let p = at;
  while (p < text.length && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  const c = text.charCodeAt(p);
  if (p >= text.length || c === 10 || c === 13 || c === 35 || c === 124 || c === 62) return false; // end, blank, # | >
  const next = text.charCodeAt(p + 1);
  if ((c === 45 || c === 42 || c === 43) && (next === 32 || next === 9)) return false;
  let d = p;
  while (d < text.length && text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57) d++;
  return !(d > p && d - p <= 3 && (text.charCodeAt(d) === 46 || text.charCodeAt(d) === 41) && (text.charCodeAt(d + 1) === 32 || text.charCodeAt(d + 1) === 9));
}

/**
 * Lower-casing text of Latin-1 and general punctuation maps each code unit to one
 * of the same kind and needs no NFC: then the whole text is lower-cased once, and
 * the words of a lower-cased clause are its lower-cased words (as `tokenize` gives).
 */
const SIMPLE_CASE = /^[\u0000-\u00ff\u2000-\u206f]*$/;

function findHits(words: string[]): Hit[] {
  const hits: Hit[] = [];
  // Positions used by a phrase or by «tilpasse … lokalt»; made only when there is one.
  let taken: Set<number> | undefined;
  if (words.some((w) => PHRASE_HEADS.has(w))) {
    taken = new Set<number>();
    for (const [axis, pole, parts] of PHRASES) {
      for (let i = 0; i + parts.length <= words.length; i++) {
        if (parts.every((forms, k) => forms.has(words[i + k]!))) {
          hits.push({ axis, pole, from: i, to: i + parts.length - 1 });
          for (let k = 0; k < parts.length; k++) taken.add(i + k);
        }
      }
    }
  }
  // «tilpasse innkjøpsrutinene lokalt», «adapt the routines locally»: the local word may come a little later.
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (taken?.has(i) || !(w.startsWith('tilpass') || w.startsWith('adapt'))) continue;
    for (let k = Math.max(0, i - 2); k <= Math.min(words.length - 1, i + 3); k++) {
      if (k !== i && !taken?.has(k) && LOCAL.has(words[k]!)) {
        hits.push({ axis: 'standard', pole: 1, from: i, to: i });
        taken ??= new Set<number>();
        taken.add(i);
        taken.add(k);
        break;
      }
    }
  }
  for (let i = 0; i < words.length; i++) {
    if (taken?.has(i)) continue;
    const w = words[i]!;
    const d = DIRECTION.get(w);
    if (d) hits.push({ axis: d.axis, pole: d.pole, from: i, to: i });
    // Compounds: «fellesløsninger» = felles + løsninger, «lokaltilpassa» = lokal tilpassing.
    else if (isFellesCompound(w)) hits.push({ axis: 'shared', pole: 0, from: i, to: i });
    else if (w.startsWith('lokaltilpas')) hits.push({ axis: 'standard', pole: 1, from: i, to: i });
  }
  return hits;
}

/** «fellesløsning»: «felles» and at least three more letters (the cheap prefix test spares the regex). */
function isFellesCompound(w: string): boolean {
  return w.startsWith('felles') && /^felles\p{L}{3,}$/u.test(w);
}

function isDirectionWord(w: string): boolean {
  return DIRECTION.has(w) || isFellesCompound(w) || w.startsWith('lokaltilpas');
}

/** Content words looked at on each side of a direction word, and how far (in words) at most. */
const WINDOW = 3;
const MAX_DISTANCE = 5;

/** The signals of a goal text. `english`: the text is English (stemming differs). */
/**
 * The signals of a goal text, memoised: the rule runs again on every edit and
 * almost every goal's text is unchanged. Callers only read the result.
 */
// One map per language, keyed by the text itself: no key string to build and hash.
const signalCache = { no: new Map<string, readonly Signal[]>(), en: new Map<string, readonly Signal[]>() };
const MAX_CACHED_TEXTS = 50_000;

export function signalsOf(text: string, english: boolean): readonly Signal[] {
  const cache = english ? signalCache.en : signalCache.no;
  let hit = cache.get(text);
  if (!hit) {
    if (cache.size + (english ? signalCache.no : signalCache.en).size >= MAX_CACHED_TEXTS) {
      signalCache.no.clear();
      signalCache.en.clear();
    }
    hit = computeSignals(text, english);
    cache.set(text, hit);
  }
  return hit;
}

/**
 * Nynorsk folding and stemming cost microseconds a word and the same topic words
 * recur across thousands of goals: memoise them (bounded, like the signal memo).
 */
const stemCache = { no: new Map<string, string>(), en: new Map<string, string>() };
const foldedStopCache = new Map<string, boolean>();
const MAX_CACHED_WORDS = 100_000;

function cachedStem(word: string, english: boolean): string {
  const cache = english ? stemCache.en : stemCache.no;
  let stem = cache.get(word);
  if (stem === undefined) {
    if (cache.size >= MAX_CACHED_WORDS) cache.clear();
    stem = topicStem(word, english);
    cache.set(word, stem);
  }
  return stem;
}

/** A nynorsk form of a stop word («ikkje», «kva»)? */
function foldedStop(word: string): boolean {
  let stop = foldedStopCache.get(word);
  if (stop === undefined) {
    if (foldedStopCache.size >= MAX_CACHED_WORDS) foldedStopCache.clear();
    stop = isStop(foldNorwegian(word));
    foldedStopCache.set(word, stop);
  }
  return stop;
}

/** Whether `phrase` stands in `words` at `at`. */
function phraseAt(words: readonly string[], phrase: readonly string[], at: number): boolean {
  return at + phrase.length <= words.length && phrase.every((w, i) => words[at + i] === w);
}

function computeSignals(text: string, english: boolean): Signal[] {
  const out: Signal[] = [];
  const seen = new Set<string>();
  const generic = english ? genericEn : genericNo;
  const lowerText = SIMPLE_CASE.test(text) ? text.toLowerCase() : undefined;
  const bounds = clauses(text);
  let today = false;
  for (let c = 0; c < bounds.length; c += 2) {
    const clause = text.slice(bounds[c], bounds[c + 1]);
    const tokens = lowerText === undefined ? tokenize(clause) : undefined;
    const words = tokens ? tokens.map((w) => w.lower) : splitWords(lowerText!.slice(bounds[c], bounds[c + 1]));
    // «I dag har hver kommune sitt eget system»: what is, not what the goal wants, to the end of the
    // sentence (also after «I dag, etter mange år,») or a «men».
    if (c > 0 && SENTENCE_END.test(text.slice(bounds[c - 1], bounds[c]))) today = false;
    if (CONTRAST.has(words[0] ?? '')) today = false;
    if (TODAY.some((phrase) => phraseAt(words, phrase, 0))) today = true;
    if (today) continue;
    const hits = findHits(words);
    if (hits.length === 0) continue;
    // «Kvar kommune arkiverer i dag i sitt eige system»: after the verb (Norwegian word order), but
    // before the direction word, «i dag» still says what is, in this clause.
    let firstHit = words.length;
    for (const h of hits) if (h.from < firstHit) firstHit = h.from;
    if (TODAY.some((phrase) => words.some((_, at) => at + phrase.length <= firstHit && phraseAt(words, phrase, at)))) continue;
    // Most clauses have no direction word: only now are the written forms needed.
    const raw = tokens ? tokens.map((w) => w.raw) : splitWords(clause);
    const rejectedAt = rejection(words);
    for (const found of hits) {
      if (negated(words, found)) continue;
      // «Eigen servicedesk er ikkje aktuelt»: what the clause names before it is what the goal does not want.
      if (rejectedAt !== undefined && found.to < rejectedAt) continue;
      // «Færre eigne system», «avvikle eige arkivsystem», «fase ut dei lokale serverane»: away from the own
      // solution, so towards the shared one (and «avvikle felles …» towards an own one). The direction as
      // written then takes the reducing word in: «avvikle eige».
      const reducer = found.axis === 'shared' ? reducedBefore(words, hits, found, generic, english) : undefined;
      const hit: Hit = reducer === undefined ? found : { ...found, pole: found.pole === 0 ? 1 : 0 };
      const direction = raw.slice(reducer ?? hit.from, hit.to + 1).join(' ');
      const topics: { stem: string; word: string; distance: number; first: boolean; modifier?: string | undefined }[] = [];
      // A compound with «felles» carries its own topic: «fellesløsning» → løsning.
      if (hit.from === hit.to && isFellesCompound(words[hit.from]!)) topics.push({ stem: cachedStem(words[hit.from]!.slice(6), english), word: raw[hit.from]!, distance: 0, first: false });
      // Up to WINDOW content words on each side, no further than MAX_DISTANCE words away.
      // «felles», «egne», «lokale» are adjectives: their topic is the noun after them.
      for (const step of hit.axis === 'shared' ? [1] : [-1, 1]) {
        let content = 0;
        // The object after the direction word ends at a preposition after its first noun that is not generic:
        // «redusere ventetiden i brukerstøtten» is about ventetiden, «øke bruken av videomøter» about videomøter,
        // «eiga opplæring på læringsplattforma» about opplæringa, «avvikle papirskjema i barnevernet» not about
        // barnevernet. A «felles» compound is its own head: «fellesløsning for arkiv» is about løsningen.
        const objectOnly = step > 0;
        let head = topics.length > 0;
        for (let k = step < 0 ? hit.from - 1 : hit.to + 1, distance = 1; k >= 0 && k < words.length && distance <= MAX_DISTANCE && content < WINDOW; k += step, distance++) {
          const w = words[k]!;
          if (objectOnly && head && PREPOSITIONS.has(w)) break;
          // After the head, another direction word starts another object: «eigne superbrukarar og felles servicedesk».
          if (objectOnly && head && isDirectionWord(w)) break;
          if (!isContent(w, english)) continue;
          content++;
          const first = step < 0;
          const stem = cachedStem(w, english);
          if (objectOnly && !generic.has(stem)) head = true;
          const modifier = k - 1 >= 0 && (k - 1 < hit.from || k - 1 > hit.to) ? modifierOf(words[k - 1]!, hit.axis, english) : undefined;
          topics.push({ stem, word: raw[k]!, distance, first, modifier });
          // «IKT-koordinator»: the head of a hyphenated word is a topic too.
          const tail = w.includes('-') ? w.slice(w.lastIndexOf('-') + 1) : undefined;
          if (tail && tail.length >= 4) topics.push({ stem: cachedStem(tail, english), word: raw[k]!, distance, first, modifier });
        }
      }
      // Nearest words first: «desentralisere brukarstøtta til kvar kommune» is about brukarstøtta.
      topics.sort((x, y) => x.distance - y.distance);
      for (const t of topics) {
        if (t.stem.length < 3 || generic.has(t.stem)) continue;
        const key = `${hit.axis}|${hit.pole}|${t.stem}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const signal: Signal = { axis: hit.axis, pole: hit.pole, topic: t.stem, direction, word: t.word, topicFirst: t.first, distance: t.distance };
        if (t.modifier !== undefined) signal.modifier = t.modifier;
        out.push(signal);
      }
    }
  }
  return out;
}

/** Words a negation may stand before, a little further from the direction word: «ikkje lenger ha eigne», «ikke behov for egne». */
const NEGATION_FILLER = wordSet('lenger lengre meir mer longer ha have has behov trenger treng need needs run drive');

/**
 * A direction word right after a negation («ikke sentralisere», «utan å …») does not count, nor one a few words
 * after it when only stop words or such fillers stand between («ikkje lenger ha eigne», «no longer run our own»).
 * «no» is a negation only in «no longer»: in nynorsk it is «now» («Vi vil no ha eigne serverar»).
 */
function negated(words: readonly string[], hit: Hit): boolean {
  if ((hit.from >= 1 && NEGATIONS.has(words[hit.from - 1]!)) || (hit.from >= 2 && NEGATIONS.has(words[hit.from - 2]!))) return true;
  for (let k = hit.from - 1; k >= 0 && k >= hit.from - 4; k--) {
    const w = words[k]!;
    if (NEGATIONS.has(w) || (w === 'no' && words[k + 1] === 'longer')) return true;
    if (!(NEGATION_FILLER.has(w) || isStop(w) || foldedStop(w))) return false;
  }
  return false;
}

const COPULAS = wordSet('er blir var vert is are was becomes');
/** Not all of NEGATIONS: «Felles servicedesk er uten alternativ» is all for it. */
const PREDICATE_NEGATIONS = wordSet('ikke ikkje not never aldri');
/** «ikke aktuelt», «not an option»: after a negation, what rejects the subject (an article may come before a noun). */
const REJECTING = wordSet('aktuelt aktuell aktuelle ønskelig ønskeleg ønskjeleg ønsket ønskt alternativ alternativet option desirable wanted');
/** The same in one word: «er uaktuelt», «is undesirable». */
const REJECTED = wordSet('uaktuelt uaktuell uaktuelle uønsket uønskt uønskte undesirable unacceptable');
/** Words that may stand between the negation and the rejecting word: «ikkje lenger eit alternativ». */
const REJECTION_FILLER = wordSet('lenger lengre lenge meir mer longer et eit en ein an a noe noko any');

/**
 * Where a clause rejects what it named before: the copula of «er ikke aktuelt»,
 * «er ikkje lenger eit alternativ», «er uaktuelt», «is not an option». A
 * direction word before it gives no signal («Eigen servicedesk er ikkje
 * aktuelt» does not want an own service desk). Undefined when there is none.
 */
function rejection(words: readonly string[]): number | undefined {
  for (let i = 1; i < words.length - 1; i++) {
    if (!COPULAS.has(words[i]!)) continue;
    if (REJECTED.has(words[i + 1]!)) return i;
    if (!PREDICATE_NEGATIONS.has(words[i + 1]!)) continue;
    for (let k = i + 2, fillers = 0; k < words.length && fillers <= 2; k++, fillers++) {
      if (REJECTING.has(words[k]!)) return i;
      if (!REJECTION_FILLER.has(words[k]!)) break;
    }
  }
  return undefined;
}

/** «færre»/«fewer» are no amount direction of their own (they say how many, not which way a topic goes), but they do reduce what follows. */
const FEWER = wordSet('færre færrast færreste fewer');
/**
 * Words that take away what follows, as «avvikle» does: «fjerne egne servere», «erstatte egne servere med …»,
 * «gå bort frå», «kvitte seg med», «ingen egne», «remove», «replace», «move away from», «get rid of». Not «bytte»
 * alone («bytte til egne servere» moves towards them), only «bytte ut»; not «slutte» («slutte seg til»).
 */
const REMOVING = wordSet(
  'fjerne fjerner fjernes fjernet fjerna fjernast erstatte erstatter erstattes erstattet erstatta erstattast kvitte kvitter kvitta ' +
    'bort ingen remove removes removed removing replace replaces replaced replacing eliminate eliminates eliminated eliminating away rid',
);
const SWAP = wordSet('bytte bytter byttes byttet bytta byttast');

/**
 * Where the word starts that reduces, retires or removes what a `felles`/`egen`/`lokal`
 * word says («færre eigne system», «redusere antall egne systemer», «avvikle
 * eige arkivsystem», «fase ut dei lokale serverane», «phase out our own
 * servers», «fjerne egne servere», «avvikle den felles brukerstøtten»), with at most two stop or
 * generic words between; undefined when there is none. The goal then moves
 * away from that kind of solution, towards the other.
 */
function reducedBefore(words: readonly string[], hits: readonly Hit[], hit: Hit, generic: ReadonlySet<string>, english: boolean): number | undefined {
  for (let k = hit.from - 1, between = 0; k >= 0 && between <= 2; k--, between++) {
    const w = words[k]!;
    if (FEWER.has(w) || REMOVING.has(w)) return k;
    if (w === 'ut' && k >= 1 && SWAP.has(words[k - 1]!)) return k - 1;
    const by = hits.find((h) => h.to === k);
    if (by) return (by.axis === 'amount' || by.axis === 'introduce') && by.pole === 1 && !negated(words, by) ? by.from : undefined;
    const filler = isStop(w) || (!english && foldedStop(w)) || generic.has(cachedStem(w, english));
    if (!filler) return undefined;
  }
  return undefined;
}

/** New or old: «nytt arkivsystem» and «det gamle arkivsystemet» are two systems. */
const AGE = new Map<string, string>([
  ...[...wordSet('ny nytt nye nya new')].map((w): [string, string] => [w, 'age:new']),
  ...[...wordSet('gammel gamle gammelt gamal gamalt gamla old')].map((w): [string, string] => [w, 'age:old']),
]);

/**
 * The modifier of a topic word: the content word right before it, or, on
 * another axis than `shared`, the `felles`/`egen` word before it: «avvikle
 * eige arkivsystem» and «innføre felles arkivsystem» are about two different
 * systems (and pull the same way), «redusere egne systemer» and «øke egne
 * systemer» about the same.
 */
function modifierOf(w: string, axis: Axis, english: boolean): string | undefined {
  // «nytt»/«nye»/«new» are stop words, but «innføre nytt arkivsystem» and «avvikle det gamle arkivsystemet» replace one
  // system with another: the age of what the topic names is a modifier like any other.
  const age = AGE.get(w);
  if (age) return age;
  if (isContent(w, english)) return cachedStem(w, english);
  const d = axis === 'shared' ? undefined : DIRECTION.get(w);
  return d?.axis === 'shared' ? `shared:${d.pole}` : undefined;
}

/**
 * A word that can be a topic or a modifier: three letters or more, no digit,
 * no stop word (of either language, nynorsk forms included) and no direction word.
 */
function isContent(w: string, english: boolean): boolean {
  if (w.length < 3 || isStop(w) || /\d/.test(w) || isDirectionWord(w)) return false;
  return english || !foldedStop(w);
}

/**
 * Pairs of signals of two goals that pull the same topic opposite ways. Two
 * signals whose topic words have different modifiers right before them are
 * about different things: «innføre elektronisk arkiv» and «avvikle det
 * papirbaserte arkivet» do not pull one archive opposite ways.
 */
export function opposingSignals(a: readonly Signal[], b: readonly Signal[]): [Signal, Signal][] {
  const out: [Signal, Signal][] = [];
  const seen = new Set<string>();
  for (const x of a) {
    for (const y of b) {
      if (x.axis !== y.axis || x.topic !== y.topic || x.pole === y.pole) continue;
      if (x.modifier !== undefined && y.modifier !== undefined && x.modifier !== y.modifier) continue;
      const key = `${x.axis}|${x.topic}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push([x, y]);
    }
  }
  return out;
}
