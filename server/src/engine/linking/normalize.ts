/**
 * Text normalisation for the link-suggestion ranker: tokenising, language
 * detection, nynorsk → bokmål folding, abbreviations, stemming and compound
 * splitting. Pure and deterministic (no Node, no I/O).
 *
 * Norwegian text goes through: lower-case → abbreviation expansion → stop
 * words → nynorsk folding → Snowball stem (with a second, limited pass) →
 * compound split against a lexicon. English text: lower-case → abbreviations
 * → stop words → -ize/-ise unification → Snowball (Porter2) stem.
 */
import { newStemmer } from 'snowball-stemmers';
import {
  ABBREVIATIONS,
  DERIVATION_START,
  GENERIC_EN,
  GENERIC_NO,
  MUNICIPAL_WORDS,
  NN_SUBSTRINGS,
  NN_WORDS,
  SHORT_PARTS,
  STOP_EN,
  STOP_NO,
  TIME_FRAME_HEADS,
  WEAK_EN,
  WEAK_NO,
} from './lexicon.js';

/** Analysis language: Norwegian (bokmål and nynorsk are folded together) or English. */
export type AnalysisLang = 'no' | 'en';

/** One index term produced from a text. */
export interface Term {
  /** The normalised stem: the key that goal and objective terms meet on. */
  stem: string;
  /** The word as written, lower-case (for compound parts: the whole compound). */
  surface: string;
  /** 1 for a whole word; less for a part of a compound. */
  weight: number;
  /** Position of the written word in the text (terms from one word share it). */
  pos: number;
  /** True for a part of a compound: «deling» from «datadeling». */
  part: boolean;
  /** A generic word («innføre», «styrke»): it says little about the topic (see `GENERIC_NO`). */
  generic: boolean;
  /** A word nearly every goal of a cooperation uses («felles», «IKT»): no evidence of the topic on its own (see `WEAK_NO`). */
  weak: boolean;
}

export interface AnalyzedText {
  terms: Term[];
  /** Whole-word stems in text order (no parts), for phrase matching. */
  seq: string[];
}

/** Weight of a compound part relative to the whole word. The head (last part) carries the meaning. */
export const PART_WEIGHT = 0.55;
export const HEAD_WEIGHT = 0.7;

const noStemmer = newStemmer('norwegian');
const enStemmer = newStemmer('english');

/** A written word: `raw` keeps the case (for abbreviations such as «IT»). */
export interface RawWord {
  raw: string;
  lower: string;
}

// Words are /[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/u after NFC. A hand-written scanner does
// this at a fraction of the regex's cost (the ranker tokenises every goal field).
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Per BMP code unit: 0 not yet known, 1 letter or digit, 2 neither. */
const bmpClass = new Uint8Array(65536);
for (let c = 0; c < 128; c++) bmpClass[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

/** Set by `wordCharAt` on a code unit ≥ U+0300: the text may need NFC. */
let beyondLatin = false;

/** Length in code units (1 or 2) of the letter or digit at `i`, or 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return bmpClass[c] === 1 ? 1 : 0;
  if (c >= 0x300) beyondLatin = true;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let k = bmpClass[c]!;
  if (k === 0) bmpClass[c] = k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

/**
 * The words of a text as written (NFC): hyphenated and dotted words
 * (IKT-sikkerhet, data.norge.no) stay one word.
 */
export function words(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  beyondLatin = false;
  let i = 0;
  while (i < n) {
    let len = wordCharAt(text, i);
    if (len === 0) {
      i++; // not a letter or digit (a non-letter pair's low half is skipped the same way next)
      continue;
    }
    const start = i;
    i += len;
    for (;;) {
      while (i < n && (len = wordCharAt(text, i)) > 0) i += len;
      const c = text.charCodeAt(i);
      if ((c === 45 || c === 46) && i + 1 < n && (len = wordCharAt(text, i + 1)) > 0) {
        i += 1 + len;
        continue;
      }
      break;
    }
    out.push(text.slice(start, i));
  }
  // wordCharAt has seen every code unit (the low half of a pair goes with its high half).
  // Text made only of code units below U+0300 is NFC already (no combining marks, no
  // singletons), so the common case never pays for normalize().
  if (beyondLatin) {
    const nfc = text.normalize('NFC');
    if (nfc !== text) return words(nfc);
  }
  return out;
}

/**
 * How the author wrote the words of `texts` that are not simply lower case, by
 * their lower-case form, for quoting them back: a name or abbreviation as
 * written (ID-porten, KS, SvarUt, KI-verktøy), else a word capitalised inside a
 * sentence (Altinn, Fiks). A capital that only starts a text, a sentence or a
 * paragraph is no part of the word («Deling av data», «Kommunen skal …»),
 * unless `isName` knows the word as a name («Altinn for skjema»).
 */
export function writtenForms(texts: readonly (string | undefined)[], isName: (lower: string) => boolean = () => false): Map<string, string> {
  const forms = new Map<string, { word: string; rank: number }>();
  for (const text of texts) {
    if (!text) continue;
    let pos = 0;
    for (const word of words(text)) {
      const at = text.indexOf(word, pos);
      const starts = at >= 0 && (pos === 0 || /[.!?]|\n[ \t]*\n/.test(text.slice(pos, at)));
      if (at >= 0) pos = at + word.length;
      const lower = word.toLowerCase();
      if (lower === word) continue;
      const rank = /\p{Lu}/u.test(word.slice(1)) ? 2 : starts && !isName(lower) ? 0 : 1;
      if (rank > (forms.get(lower)?.rank ?? 0)) forms.set(lower, { word, rank });
    }
  }
  return new Map([...forms].map(([lower, f]) => [lower, f.word]));
}

/**
 * Texts prepared for `writtenForm`: each with its lower case, or marked to be
 * split as `words` does where lower case or NFC would move the offsets (a
 * dotted İ, a combining mark). Texts without a capital are left out.
 */
export interface WrittenTexts {
  readonly texts: readonly { text: string; lowered?: string }[];
}

export function prepareWritten(texts: readonly (string | undefined)[]): WrittenTexts {
  const out: { text: string; lowered?: string }[] = [];
  for (const text of texts) {
    if (!text) continue;
    const lowered = text.toLowerCase();
    if (lowered === text) continue;
    out.push(lowered.length !== text.length || (BEYOND_LATIN.test(text) && COMBINING.test(text)) ? { text } : { text, lowered });
  }
  return { texts: out };
}

/**
 * How the author wrote one word of the prepared texts, given in lower case:
 * what `writtenForms(texts, isName).get(lower)` gives, or `lower` itself;
 * found by looking for the word where it stands instead of splitting every
 * text into words (the ranker asks for the few words it quotes, for
 * thousands of goals).
 */
export function writtenForm(prepared: WrittenTexts, lower: string, isName: (lower: string) => boolean = () => false): string {
  let best = lower;
  let bestRank = 0;
  for (const { text, lowered } of prepared.texts) {
    if (lowered === undefined) {
      const form = writtenForms([text], isName).get(lower);
      if (form !== undefined) {
        const rank = /\p{Lu}/u.test(form.slice(1)) ? 2 : 1;
        if (rank > bestRank) [best, bestRank] = [form, rank];
      }
      continue;
    }
    for (let at = lowered.indexOf(lower); at >= 0; at = lowered.indexOf(lower, at + 1)) {
      const end = at + lower.length;
      if (!wordStartsAt(text, at) || !wordEndsAt(text, end)) continue;
      const word = text.slice(at, end);
      if (word === lower) continue;
      // The end of the word before, as `writtenForms` finds it: a capital after a sentence's end starts it.
      let k = at - 1;
      while (k >= 0 && wordCharAt(text, k) === 0) k--;
      const starts = k < 0 || /[.!?]|\n[ \t]*\n/.test(text.slice(k + 1, at));
      const rank = /\p{Lu}/u.test(word.slice(1)) ? 2 : starts && !isName(lower) ? 0 : 1;
      if (rank > bestRank) [best, bestRank] = [word, rank];
    }
  }
  return best;
}

/** A code unit from U+0300 on: only such text can hold a combining mark. */
const BEYOND_LATIN = /[^\u0000-\u02ff]/;
const COMBINING = /\p{M}/u;

/** Whether a word of `words` starts at `i`: no letter or digit before it, nor a `-` or `.` that joins one. */
function wordStartsAt(text: string, i: number): boolean {
  if (i === 0) return true;
  if (wordCharAt(text, i - 1) > 0 || (i >= 2 && wordCharAt(text, i - 2) > 0 && isLowSurrogate(text.charCodeAt(i - 1)))) return false;
  const c = text.charCodeAt(i - 1);
  return !((c === 45 || c === 46) && i >= 2 && (wordCharAt(text, i - 2) > 0 || (i >= 3 && wordCharAt(text, i - 3) === 2)));
}

/** Whether a word of `words` ends at `i`: no letter or digit after it, nor a `-` or `.` that joins one. */
function wordEndsAt(text: string, i: number): boolean {
  if (i >= text.length) return true;
  if (wordCharAt(text, i) > 0) return false;
  const c = text.charCodeAt(i);
  return !((c === 45 || c === 46) && i + 1 < text.length && wordCharAt(text, i + 1) > 0);
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Splits text into words; hyphenated and dotted words (IKT-sikkerhet, data.norge.no) stay one word. */
export function tokenize(text: string): RawWord[] {
  return words(text).map((raw) => ({ raw, lower: raw.toLowerCase() }));
}

// Words that tell the language apart (none of them is a word in the other language).
const EN_MARKERS = new Set(
  'the and of to is are with will be our that this from by on in all should can we its their into as an more than which'.split(' '),
);
const NO_MARKERS = new Set(
  'og på til skal med av som det en et ei ein eit ikke ikkje vi å er om fra frå alle har kan vil sin sine mer meir slik den dei blir vert bli kommunen kommunane kommunene innbyggerne'.split(' '),
);

/** One word's evidence for each language (`lower`: the word in lower case). */
export function wordEvidence(lower: string): { no: number; en: number } {
  let en = 0;
  let no = 0;
  if (EN_MARKERS.has(lower)) en++;
  else if (NO_MARKERS.has(lower)) no++;
  if (/[æøå]/.test(lower)) no += 0.5;
  return { no, en };
}

/** Evidence for each language: function words only one language has, and æ/ø/å. */
export function langEvidence(text: string): { no: number; en: number } {
  let en = 0;
  let no = 0;
  for (const w of tokenize(text)) {
    const e = wordEvidence(w.lower);
    en += e.en;
    no += e.no;
  }
  return { no, en };
}

/** Guesses whether a text is Norwegian or English (Norwegian when in doubt). */
export function detectLang(text: string): AnalysisLang {
  const { no, en } = langEvidence(text);
  return en > no ? 'en' : 'no';
}

// -ere/-erne endings that are not plural agent nouns («moderne», «kjerne»).
const ERNE_EXCEPTIONS = /(kjerne|stjerne|hjerne|fjerne|gjerne|moderne|interne|eksterne|konserne|lanterne|kaserne|taverne|cisterne|tjerne)$/;

/**
 * Folds nynorsk (and a few bokmål side forms) to bokmål, so that «tenestene»,
 * «løysingar», «brukarstøtte» meet «tjenestene», «løsninger», «brukerstøtte».
 */
export function foldNorwegian(word: string): string {
  let w = NN_WORDS.get(word) ?? word;
  for (const [from, to] of NN_SUBSTRINGS) if (w.includes(from)) w = w.split(from).join(to);
  if (w.length >= 6) {
    // nynorsk adjectives in -leg/-lege/-legt = bokmål -lig/-lige/-lig (offentleg, tilgjengelege)
    w = w.replace(/leg(e?)$/, 'lig$1').replace(/legt$/, 'lig');
    // nynorsk -kje/-gje verb forms = bokmål -ke/-ge (styrkje, byggjer, leggjast)
    w = w.replace(/([kg])j(e|er|ast|ande)$/, '$1$2');
    // bokmål plural definite -erne: the stemmer leaves «brukern»; -ere stems like the other forms
    if (/[^aeiouyæøå]erne$/.test(w) && w.length >= 7 && !ERNE_EXCEPTIONS.test(w)) w = w.slice(0, -2) + 'e';
  }
  return w;
}

/**
 * Snowball's Norwegian stemmer removes one suffix; agent nouns keep a second
 * one (brukere → bruker, but bruker → bruk). A second pass that may only take
 * off -er/-ar/-e/-a/-en unifies them without over-stemming (helse ≠ hel).
 */
export function stemNorwegianBasic(word: string): string {
  return memo(noCache, word, stemNorwegianUncached);
}

// Snowball in JS costs microseconds per word, and compound splitting stems many
// candidate segments: memoise (bounded, so a long-running server does not grow).
const noCache = new Map<string, string>();
const enCache = new Map<string, string>();
function memo(cache: Map<string, string>, word: string, f: (w: string) => string): string {
  let r = cache.get(word);
  if (r === undefined) {
    if (cache.size > 50000) cache.clear();
    cache.set(word, (r = f(word)));
  }
  return r;
}

function stemNorwegianUncached(word: string): string {
  const s1 = noStemmer.stem(word);
  const s2 = noStemmer.stem(s1);
  if (s2.length >= 3 && s2 !== s1 && s1.startsWith(s2)) {
    const rest = s1.slice(s2.length);
    if (rest === 'er' || rest === 'ar' || rest === 'e' || rest === 'a' || rest === 'en') return s2;
  }
  return s1;
}

const EN_SPELLING: ReadonlyMap<string, string> = new Map([
  ['programme', 'program'], ['programmes', 'programs'], ['centre', 'center'], ['centres', 'centers'],
  ['catalogue', 'catalog'], ['catalogues', 'catalogs'], ['licence', 'license'], ['licences', 'licenses'],
  ['behaviour', 'behavior'], ['labour', 'labor'], ['fibre', 'fiber'],
]);

/** English: British/American spelling unified (-ize → -ise keeps Porter2 from over-stemming), then Porter2. */
export function stemEnglish(word: string): string {
  return memo(enCache, word, stemEnglishUncached);
}

function stemEnglishUncached(word: string): string {
  let w = EN_SPELLING.get(word) ?? word;
  w = w.replace(/iz(e|ed|es|ing|ation|ations|er|ers)$/, 'is$1');
  return enStemmer.stem(w);
}

const PIECE_SEPARATOR = /[-.]/;

/** One index term of a word: [stem, weight, part, generic, weak] (see `Term`). */
export type WordTerm = readonly [stem: string, weight: number, part: boolean, generic: boolean, weak: boolean];

interface WordTerms {
  stems: WordTerm[];
}

/** Longer than any compound a strategy writes («personopplysningsbehandlingsprotokoll» has 37 letters). */
const MAX_COMPOUND_LENGTH = 64;

/**
 * Analyses texts in one language family. Holds the lexicon compounds are split
 * against (built once from the catalogs' vocabulary) and per-word caches, so a
 * goal's words cost a map lookup after the first time.
 */
export class Analyzer {
  /** Known words (folded surface forms) and their stems, per language. */
  private readonly wordsNo = new Set<string>();
  private readonly stemsNo = new Set<string>();
  private readonly wordsEn = new Set<string>();
  private readonly stemsEn = new Set<string>();
  private readonly cache = new Map<string, WordTerms>();

  /** `vocabulary`: texts whose words are known (catalog titles, keywords, descriptions). */
  constructor(vocabulary: { no: Iterable<string>; en: Iterable<string> }) {
    const words = (texts: Iterable<string>): Set<string> => {
      const out = new Set<string>();
      for (const text of texts) for (const w of tokenize(text)) for (const p of w.lower.split(/[-.]/)) out.add(p);
      return out;
    };
    for (const w of MUNICIPAL_WORDS) this.addLexicon(w, 'no');
    for (const w of words(vocabulary.no)) this.addLexicon(w, 'no');
    for (const w of words(vocabulary.en)) this.addLexicon(w, 'en');
  }

  private addLexicon(word: string, lang: AnalysisLang): void {
    if (/\d/.test(word)) return;
    if (lang === 'no') {
      if (STOP_NO.has(word)) return;
      const f = foldNorwegian(word);
      if (STOP_NO.has(f) || (f.length < 4 && !SHORT_PARTS.has(f))) return;
      this.wordsNo.add(f);
      this.stemsNo.add(stemNorwegianBasic(f));
    } else {
      if (STOP_EN.has(word) || word.length < 4) return;
      this.wordsEn.add(word);
      this.stemsEn.add(stemEnglish(word));
    }
  }

  /** The stem of a (lower-case, unfolded) word, as the index sees it. */
  stem(word: string, lang: AnalysisLang): string {
    return lang === 'no' ? this.stemNo(foldNorwegian(word)) : stemEnglish(word);
  }

  private stemNo(folded: string): string {
    const s = stemNorwegianBasic(folded);
    // Neuter adjectives and participles in -t (digitalt, delt, åpent) stem like the base form
    // when that form is a known word.
    if (s.length >= 4 && s.endsWith('t')) {
      const base = stemNorwegianBasic(s.slice(0, -1));
      if (this.stemsNo.has(base)) return base;
    }
    return s;
  }

  /** True when the whole word is in the lexicon (by its stem). */
  isKnownWord(folded: string, lang: AnalysisLang): boolean {
    return lang === 'no' ? this.stemsNo.has(stemNorwegianBasic(folded)) : this.stemsEn.has(stemEnglish(folded));
  }

  /**
   * Whether `seg` can be a part of a compound. A modifier must be a known word as
   * it stands (compounds take the base form: «tjeneste-», «data-»); only the head,
   * the last part, may be inflected («-støtten»), and then its stem must be known
   * and at least 4 letters, so that suffix debris («-het», «-ing») never counts.
   */
  private knownPart(seg: string, lang: AnalysisLang, head: boolean): boolean {
    if (seg.length < 4 && !(lang === 'no' && SHORT_PARTS.has(seg))) return false;
    if ((lang === 'no' ? STOP_NO : STOP_EN).has(seg)) return false;
    if ((lang === 'no' ? this.wordsNo : this.wordsEn).has(seg)) return true;
    if (!head) return false;
    if (lang === 'no') {
      // The Norwegian stem is a prefix of the word: skip the (costly) stemmer unless
      // some prefix of 4+ letters is a known stem.
      let any = false;
      for (let k = 4; k <= seg.length && !any; k++) any = this.stemsNo.has(seg.slice(0, k));
      if (!any) return false;
    }
    const s = lang === 'no' ? stemNorwegianBasic(seg) : stemEnglish(seg);
    return s.length >= 4 && (lang === 'no' ? this.stemsNo : this.stemsEn).has(s);
  }

  /** A modifier with an optional linking -s-/-e- (Norwegian): the known word, or undefined. */
  private modifier(seg: string, lang: AnalysisLang): string | undefined {
    if (this.knownPart(seg, lang, false)) return seg;
    if (lang === 'no' && (seg.endsWith('s') || seg.endsWith('e')) && this.knownPart(seg.slice(0, -1), lang, false)) return seg.slice(0, -1);
    return undefined;
  }

  /**
   * Splits a compound into known words: «tjenesteutvikling» → tjeneste + utvikling,
   * «informasjonssikkerhet» → informasjon(s) + sikkerhet. Norwegian joins parts with
   * a linking -s- or -e-, which is dropped. Prefers the split with the fewest parts.
   * A word that is not in the lexicon at all may also be split into one known part
   * of 5+ letters and one unknown part («barnehage|opptak»): the known part still
   * tells the topic.
   */
  splitCompound(word: string, lang: AnalysisLang): string[] | undefined {
    const n = word.length;
    // The search below grows with a power of the word's length: a run of letters longer than any
    // real compound (a pasted token, «aaaa…») is not split, so one such run cannot stall a check.
    if (n < 7 || n > MAX_COMPOUND_LENGTH || !/^\p{L}+$/u.test(word)) return undefined;
    // Top-down with memo: only positions right after a known modifier are explored,
    // so the (costly) stemming of candidate heads happens rarely.
    const memo = new Map<number, string[] | null>();
    const bestFrom = (i: number): string[] | null => {
      const hit = memo.get(i);
      if (hit !== undefined) return hit;
      let choice: string[] | null = null;
      if (i > 0 && this.knownPart(word.slice(i), lang, true)) choice = [word.slice(i)];
      for (let j = i + 3; j <= n - 3; j++) {
        const m = this.modifier(word.slice(i, j), lang);
        if (!m) continue;
        const rest = bestFrom(j);
        if (rest && (!choice || rest.length + 1 < choice.length)) choice = [m, ...rest];
      }
      memo.set(i, choice);
      return choice;
    };
    const best = bestFrom(0);
    if (best) return best;
    if (this.isKnownWord(word, lang)) return undefined;
    let pick: string[] | undefined;
    let pickLen = 0;
    for (let j = 4; j <= n - 4; j++) {
      const left = word.slice(0, j);
      const right = word.slice(j);
      const l = this.modifier(left, lang);
      // A known word and a derivational ending is a derived word, not a compound: «sentral|isere».
      if (l && l.length >= 5 && l.length > pickLen && !DERIVATION_START.test(right)) {
        pick = [l, right];
        pickLen = l.length;
      }
      if (right.length >= 5 && right.length > pickLen && this.knownPart(right, lang, true)) {
        pick = [left, right];
        pickLen = right.length;
      }
    }
    return pick;
  }

  /** Stems of one written word (lower-case piece without hyphens), cached. */
  private wordStems(piece: string, rawPiece: string, lang: AnalysisLang): WordTerms {
    const upper = rawPiece.length >= 2 && rawPiece === rawPiece.toUpperCase() && /\p{L}/u.test(rawPiece);
    const key = `${lang}|${upper ? 'U' : ''}|${piece}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const result: WordTerms = { stems: [] };
    const abbr = ABBREVIATIONS.get(piece);
    const generic = lang === 'no' ? GENERIC_NO : GENERIC_EN;
    const weak = lang === 'no' ? WEAK_NO : WEAK_EN;
    if (abbr && (!abbr.upperOnly || upper)) {
      // The expansion stands in for the abbreviation: «KI» indexes as «kunstig intelligens».
      for (const e of (lang === 'no' ? abbr.no : abbr.en).split(' ')) {
        if (e === piece) result.stems.push([this.stem(e, lang), 1, false, generic.has(e), weak.has(e)]);
        else for (const s of this.wordStems(e, e, lang).stems) result.stems.push(s);
      }
    } else if (!(lang === 'no' ? STOP_NO : STOP_EN).has(piece) && !/^\d+$/.test(piece) && piece.length >= 2) {
      const folded = lang === 'no' ? foldNorwegian(piece) : piece;
      if (!(lang === 'no' && (STOP_NO.has(folded) || isTimeFrame(folded)))) {
        const stop = lang === 'no' ? STOP_NO : STOP_EN;
        result.stems.push([lang === 'no' ? this.stemNo(folded) : stemEnglish(folded), 1, false, generic.has(folded), weak.has(folded)]);
        const seen = new Set([result.stems[0]![0]]);
        const addParts = (word: string, depth: number): void => {
          const parts = this.splitCompound(word, lang);
          parts?.forEach((p, i) => {
            const s = lang === 'no' ? this.stemNo(p) : stemEnglish(p);
            if (s.length >= 3 && !seen.has(s) && !stop.has(p) && !stop.has(s)) {
              seen.add(s);
              result.stems.push([s, i === parts.length - 1 ? HEAD_WEIGHT : PART_WEIGHT, true, generic.has(p), weak.has(p)]);
            }
            // Parts may be compounds themselves: datadelings|avtale → data|deling too.
            if (depth < 2) addParts(p, depth + 1);
          });
        };
        // A name with an e- prefix («eByggesak», «eInnsyn»: electronic …) is a compound of
        // «e» and a word, its head. The head is not split further: the name is a system's,
        // and «bygg» + «sak» would make a passing mention of it («integreres med
        // eByggesak») weigh like a goal about building permits.
        if (isEPrefixed(rawPiece)) {
          const head = folded.slice(1);
          const s = lang === 'no' ? this.stemNo(head) : stemEnglish(head);
          if (!seen.has(s) && !stop.has(head)) {
            seen.add(s);
            result.stems.push([s, HEAD_WEIGHT, true, generic.has(head), weak.has(head)]);
          }
        } else addParts(folded, 0);
      }
    }
    if (this.cache.size > 20000) this.cache.clear(); // bound memory in a long-running server
    this.cache.set(key, result);
    return result;
  }

  /**
   * Index terms of one written word (`raw` as `words` returns it, `lower` its
   * lower case), in order. A hyphenated or dotted word contributes the terms of
   * each piece.
   */
  wordTerms(raw: string, lower: string, lang: AnalysisLang): readonly WordTerm[] {
    if (!PIECE_SEPARATOR.test(lower)) return this.wordStems(lower, raw, lang).stems;
    const pieces = lower.split(/[-.]/).filter((p) => p.length > 0);
    const rawPieces = raw.split(/[-.]/).filter((p) => p.length > 0);
    return pieces.flatMap((piece, k) => this.wordStems(piece, rawPieces[k] ?? piece, lang).stems);
  }

  /** Analyses a text in `lang` into index terms. */
  analyze(text: string, lang: AnalysisLang): AnalyzedText {
    const terms: Term[] = [];
    const seq: string[] = [];
    words(text).forEach((raw, pos) => {
      const lower = raw.toLowerCase();
      for (const [stem, weight, part, generic, weak] of this.wordTerms(raw, lower, lang)) {
        terms.push({ stem, surface: lower, weight, pos, part, generic, weak });
        if (!part) seq.push(stem);
      }
    });
    return { terms, seq };
  }
}

/** «avtaleperioden», «budsjettåret»: a compound whose head is a time frame (a stop word on its own). */
function isTimeFrame(folded: string): boolean {
  for (const head of TIME_FRAME_HEADS) if (folded.length >= head.length + 3 && folded.endsWith(head)) return true;
  return false;
}

/** «eByggesak», «eInnsyn»: a lower-case e, then a capital, then a lower-case letter (not «eID», an abbreviation). */
function isEPrefixed(raw: string): boolean {
  if (raw.length < 4 || raw.charCodeAt(0) !== 101) return false; // 'e'
  const second = raw[1]!;
  const third = raw[2]!;
  return second !== second.toLowerCase() && third !== third.toUpperCase();
}
