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
 * (kommune, medlem, digital, andel …) are never topics.
 */
import { tokenize, foldNorwegian, stemNorwegianBasic, stemEnglish } from '../linking/normalize.js';
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
}

type Hit = { axis: Axis; pole: 0 | 1; from: number; to: number };

/** Single direction words (lower-case, exact). */
const WORDS: readonly [Axis, 0 | 1, RegExp][] = [
  ['amount', 0, /^(øke|øker|økes|økte|økt|økning|økningen|auke|aukar|auka|aukast|auken|heve|hever|heves|heva|høyere|høgare|increase|increases|increased|increasing|raise|raises|raised|higher)$/],
  ['amount', 1, /^(redusere|reduserer|reduseres|redusert|reduserte|redusera|reduserast|reduksjon|reduksjonen|minske|minsker|minskes|minsket|minke|minkar|minka|senke|senker|senkes|senket|senka|kutte|kutter|kuttes|kuttet|kutta|lavere|lågare|decrease|decreases|decreased|decreasing|reduce|reduces|reduced|reducing|reduction|lower|cut|cuts)$/],
  ['centralise', 0, /^(sentralisere|sentraliserer|sentraliseres|sentralisert|sentraliserte|sentralisering|sentraliseringen|sentraliseringa|sentralisera|sentraliserast|centrali[sz]e|centrali[sz]es|centrali[sz]ed|centrali[sz]ing|centrali[sz]ation)$/],
  ['centralise', 1, /^(desentralisere|desentraliserer|desentraliseres|desentralisert|desentraliserte|desentralisering|desentraliseringen|desentraliseringa|desentralisera|desentraliserast|decentrali[sz]e|decentrali[sz]es|decentrali[sz]ed|decentrali[sz]ing|decentrali[sz]ation)$/],
  ['shared', 0, /^(felles|common|shared|joint)$/],
  ['shared', 1, /^(egen|eget|egne|eigen|eige|eigne|eiga|own|separat|separate|lokal|lokale|lokalt|local)$/],
  ['standard', 0, /^(standardisere|standardiserer|standardiseres|standardisert|standardiserte|standardisering|standardiseringen|standardiseringa|standardisera|standardiserast|harmonisere|harmoniserer|harmonisert|harmonisering|ensrette|ensretting|standardi[sz]e|standardi[sz]es|standardi[sz]ed|standardi[sz]ing|standardi[sz]ation|harmoni[sz]e|harmoni[sz]ed|harmoni[sz]ation)$/],
  ['introduce', 0, /^(innføre|innfører|innføres|innført|innførte|innføring|innføringen|innføringa|innføra|innførast|introduce|introduces|introduced|introducing|introduction|adopt|adopts|adopted|adopting|implementere|implementerer|implementert|implementering|implement|implemented|implementing)$/],
  ['introduce', 1, /^(avvikle|avvikler|avvikles|avviklet|avvikling|avviklingen|avviklinga|avvikla|avviklast|utfase|utfases|utfaset|utfasing|utfasa|nedlegge|nedlegges|nedleggelse|nedlegging|discontinue|discontinues|discontinued|discontinuing|decommission|decommissioned|decommissioning|retire|retires|retired|retiring|retirement)$/],
];

/** Multi-word direction phrases: the words in order, each a pattern. */
const PHRASES: readonly [Axis, 0 | 1, RegExp[]][] = [
  ['introduce', 0, [/^(ta|tar|tas|tatt|tok|tek|teke|tekne|takast)$/, /^i$/, /^bruk$/]],
  ['introduce', 1, [/^(fase|fases|faset|fasa|fasast|faser)$/, /^ut$/]],
  ['introduce', 1, [/^(legge|legges|lagt|la|leggje|leggast)$/, /^ned$/]],
  ['introduce', 1, [/^(phase|phases|phased|phasing)$/, /^out$/]],
  ['introduce', 1, [/^phase-out$/]],
  ['standard', 1, [/^(tilpasse|tilpasser|tilpasses|tilpasset|tilpassa|tilpassast)$/, /^(lokalt|lokal|lokale)$/]],
  ['standard', 1, [/^(lokal|lokale|lokalt)$/, /^(tilpasning|tilpasningar|tilpasninger|tilpassing|tilpassingar|tilpassingane|tilpasningene)$/]],
  ['standard', 1, [/^(adapt|adapts|adapted|adapting)$/, /^locally$/]],
  ['standard', 1, [/^local$/, /^(adaptation|adaptations|adaptions)$/]],
];

const NEGATIONS = /^(ikke|ikkje|not|never|aldri|unngå|unngår|avoid|avoids|uten|utan|without|verken|korkje|neither)$/;

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

/**
 * Splits a text into clauses: sentences (a title, a paragraph or a bullet is
 * one too), cut again at commas, colons, brackets and dashes, so that a
 * direction word only reaches the words of its own clause.
 */
function clauses(text: string): string[] {
  // Line by line, then one simple split per line: each regex step is bounded, so long runs stay linear.
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const body = line.replace(/^[ \t]*[-*+][ \t]/, '');
    for (const part of body.split(/[.!?;](?=\s|$)|[,:()[\]–—]| - /u)) if (part.trim().length > 0) out.push(part);
  }
  return out;
}

function findHits(words: string[]): Hit[] {
  const hits: Hit[] = [];
  const taken = new Set<number>();
  for (const [axis, pole, parts] of PHRASES) {
    for (let i = 0; i + parts.length <= words.length; i++) {
      if (parts.every((re, k) => re.test(words[i + k]!))) {
        hits.push({ axis, pole, from: i, to: i + parts.length - 1 });
        for (let k = 0; k < parts.length; k++) taken.add(i + k);
      }
    }
  }
  // «tilpasse innkjøpsrutinene lokalt», «adapt the routines locally»: the local word may come a little later.
  words.forEach((w, i) => {
    if (taken.has(i) || !/^(tilpass|adapt)/.test(w)) return;
    for (let k = Math.max(0, i - 2); k <= Math.min(words.length - 1, i + 3); k++) {
      if (k !== i && !taken.has(k) && /^(lokal|lokale|lokalt|local|locally)$/.test(words[k]!)) {
        hits.push({ axis: 'standard', pole: 1, from: i, to: i });
        taken.add(i);
        taken.add(k);
        return;
      }
    }
  });
  words.forEach((w, i) => {
    if (taken.has(i)) return;
    for (const [axis, pole, re] of WORDS) {
      if (re.test(w)) {
        hits.push({ axis, pole, from: i, to: i });
        return;
      }
    }
    // Compounds: «fellesløsninger» = felles + løsninger, «lokaltilpassa» = lokal tilpassing.
    if (/^felles\p{L}{3,}$/u.test(w)) hits.push({ axis: 'shared', pole: 0, from: i, to: i });
    else if (/^lokaltilpas/u.test(w)) hits.push({ axis: 'standard', pole: 1, from: i, to: i });
  });
  return hits;
}

function isDirectionWord(w: string): boolean {
  return WORDS.some(([, , re]) => re.test(w)) || /^felles\p{L}{3,}$/u.test(w) || /^lokaltilpas/u.test(w);
}

/** Content words looked at on each side of a direction word, and how far (in words) at most. */
const WINDOW = 3;
const MAX_DISTANCE = 5;

/** The signals of a goal text. `english`: the text is English (stemming differs). */
/**
 * The signals of a goal text, memoised: the rule runs again on every edit and
 * almost every goal's text is unchanged. Callers only read the result.
 */
const signalCache = new Map<string, readonly Signal[]>();
const MAX_CACHED_TEXTS = 50_000;

export function signalsOf(text: string, english: boolean): readonly Signal[] {
  const key = `${english ? 'en' : 'no'}\u0000${text}`;
  let hit = signalCache.get(key);
  if (!hit) {
    if (signalCache.size >= MAX_CACHED_TEXTS) signalCache.clear();
    hit = computeSignals(text, english);
    signalCache.set(key, hit);
  }
  return hit;
}

function computeSignals(text: string, english: boolean): Signal[] {
  const out: Signal[] = [];
  const seen = new Set<string>();
  const generic = english ? genericEn : genericNo;
  for (const clause of clauses(text)) {
    const raw = tokenize(clause);
    const words = raw.map((w) => w.lower);
    for (const hit of findHits(words)) {
      if ([hit.from - 1, hit.from - 2].some((k) => k >= 0 && NEGATIONS.test(words[k]!))) continue;
      const direction = raw.slice(hit.from, hit.to + 1).map((w) => w.raw).join(' ');
      const topics: { stem: string; word: string; distance: number; first: boolean }[] = [];
      // A compound with «felles» carries its own topic: «fellesløsning» → løsning.
      const compound = /^felles(\p{L}{3,})$/u.exec(words[hit.from]!);
      if (compound && hit.from === hit.to) topics.push({ stem: topicStem(compound[1]!, english), word: raw[hit.from]!.raw, distance: 0, first: false });
      // Up to WINDOW content words on each side, no further than MAX_DISTANCE words away.
      // «felles», «egne», «lokale» are adjectives: their topic is the noun after them.
      for (const step of hit.axis === 'shared' ? [1] : [-1, 1]) {
        let content = 0;
        for (let k = step < 0 ? hit.from - 1 : hit.to + 1, distance = 1; k >= 0 && k < words.length && distance <= MAX_DISTANCE && content < WINDOW; k += step, distance++) {
          const w = words[k]!;
          if (w.length < 3 || /\d/.test(w) || isStop(w) || isDirectionWord(w)) continue;
          if (!english && isStop(foldNorwegian(w))) continue;
          content++;
          const first = step < 0;
          topics.push({ stem: topicStem(w, english), word: raw[k]!.raw, distance, first });
          // «IKT-koordinator»: the head of a hyphenated word is a topic too.
          const head = w.includes('-') ? w.slice(w.lastIndexOf('-') + 1) : undefined;
          if (head && head.length >= 4) topics.push({ stem: topicStem(head, english), word: raw[k]!.raw, distance, first });
        }
      }
      // Nearest words first: «desentralisere brukarstøtta til kvar kommune» is about brukarstøtta.
      topics.sort((x, y) => x.distance - y.distance);
      for (const t of topics) {
        if (t.stem.length < 3 || generic.has(t.stem)) continue;
        const key = `${hit.axis}|${hit.pole}|${t.stem}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ axis: hit.axis, pole: hit.pole, topic: t.stem, direction, word: t.word, topicFirst: t.first, distance: t.distance });
      }
    }
  }
  return out;
}

/** Pairs of signals of two goals that pull the same topic opposite ways. */
export function opposingSignals(a: readonly Signal[], b: readonly Signal[]): [Signal, Signal][] {
  const out: [Signal, Signal][] = [];
  const seen = new Set<string>();
  for (const x of a) {
    for (const y of b) {
      if (x.axis !== y.axis || x.topic !== y.topic || x.pole === y.pole) continue;
      const key = `${x.axis}|${x.topic}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push([x, y]);
    }
  }
  return out;
}
