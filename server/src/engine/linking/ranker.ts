/**
 * Link-suggestion ranker: scores a goal's text against the national objectives.
 *
 * Method (all indexes are built once, in `createRanker`):
 * - Each objective becomes two weighted bags of stems, one Norwegian (nb+nn
 *   folded together) and one English, with field weights title/short >
 *   keywords > description, plus a small share of its parent's title and
 *   keywords (a life event inherits a little of «brukeren i sentrum»).
 * - A goal is analysed in the language it is written in (detected), its fields
 *   weighted title > description > need/benefit > indicator.
 * - Score = Σ over shared stems of goal weight × objective weight × IDF, with a
 *   mild length normalisation (objectives with long keyword lists would
 *   otherwise match everything), plus two phrase signals:
 *   1. a keyword phrase whose stems all occur in the goal («deling av data» ↔
 *      «datadeling» through compound splitting) boosts the stems it covers;
 *   2. an objective title the goal reuses nearly verbatim (ordered overlap,
 *      longest common subsequence) adds a large bonus: municipalities copy
 *      DS19 goal wordings.
 * - The raw sum is mapped to 0..1 with a saturating function.
 */
import type { GoalText, Objective, Suggestion } from '../types.js';
import { Analyzer, prepareWritten, wordEvidence, words, writtenForm, type AnalysisLang, type WrittenTexts, type AnalyzedText, type Term } from './normalize.js';

export interface RankOptions {
  limit?: number;
  frameworks?: readonly string[];
}
export interface Ranker {
  /** Best objectives first; only those with a meaningful score (> 0). Deterministic. */
  rank(goal: GoalText, options?: RankOptions): Suggestion[];
  /** How well the goal matches one objective (for weak-link). */
  score(goal: GoalText, objectiveId: string): { score: number; matched: string[] };
}

/** Tunable weights, exported for tests and the evaluation script. */
export const WEIGHTS = {
  objTitle: 1.0,
  objKeyword: 0.8,
  objDescription: 0.4,
  /** Share of the parent's title and keywords an objective inherits. */
  parentShare: 0.2,
  /** Extra for a stem found in several fields (on top of the best field), capped. */
  multiField: 0.15,
  goalTitle: 1.0,
  goalDescription: 0.7,
  goalNeed: 0.5,
  goalBenefit: 0.5,
  goalIndicator: 0.4,
  /** Extra for a stem repeated in the goal, per repetition, capped at 3. */
  goalRepeat: 0.1,
  /** BM25-style length normalisation strength (0 = none). */
  lengthB: 0.5,
  /** Boost of stems covered by a keyword phrase found in full in the goal. */
  phrase: 0.5,
  /** Bonus factor for a (nearly) verbatim objective title in the goal. */
  title: 0.6,
  /** Minimum ordered overlap (share of the title's stems) for the title bonus. */
  titleMinOverlap: 0.6,
  /**
   * Share of the best-matching objective of another framework that lists this one
   * as related (the DS19 → DN30 crosswalk): a goal that clearly fits DS19-M4 also
   * fits DN30-I1, even when it shares few words with DN30-I1 itself.
   */
  crosswalk: 0.25,
  /**
   * Factor for a numeric target (kind `target`) when the goal states none of the
   * target's numbers: «fiber til alle» is about the infrastructure prerequisite,
   * «1 Gbit/s innen 2030» about the target.
   */
  targetWithoutNumber: 0.5,
  /**
   * Factor for a generic word of the goal («innføre», «styrke», «bedre»; see
   * `GENERIC_NO`): it says what the goal does, not what it is about.
   */
  generic: 0.3,
  /**
   * Factor for an objective's own score when only generic words match it: one
   * «styrke» shared with «Styrket samarbeid med privat sektor» is no evidence
   * that the goal is about that objective, and «system» in «arkivsystem» no sign
   * of «styringssystem for informasjonssikkerhet». Words an objective has only
   * from its parent's share are no evidence either: «tjenester» fits «Sammenhengende
   * tjenester med brukeren i sentrum», not each of its life events. 0: such an objective is not
   * ranked at all (not even low in `samstemt suggest`), unless a related
   * objective of another framework carries it (the crosswalk).
   */
  genericOnly: 0,
  /** raw score giving 0.63 after saturation. */
  saturation: 6,
};

const MAX_MATCHED = 6;

/** Marks an empty goal field: it has no words and no stem sequence. */
const NO_FIELD: string[] = [];

interface LangDoc {
  /** stem → weight from the objective's own fields (and the parent's share). */
  weights: Map<string, number>;
  /** Distinct own stems: the objective's "length". */
  length: number;
  /** Keyword phrases of 2+ stems (or compound keywords, by their parts). */
  phrases: string[][];
  /** Stem sequences of the title and short name. */
  titles: string[][];
  /** Stems only the parent's share gives it: no evidence that a goal is about this objective rather than the parent. */
  inherited: Set<string>;
}

interface LangIndex {
  docs: LangDoc[];
  postings: Map<string, { doc: number; w: number }[]>;
  idf: Map<string, number>;
  avgLength: number;
}

/**
 * A language index in numbers, for scoring without per-goal maps: stems become
 * ids, numbered in the stems' sort order (so sorting ids sorts the stems, as
 * the scoring's tie-breaks require).
 */
interface IdIndex {
  ids: Map<string, number>;
  /** Per stem id: the objectives having it, and its weight in each. */
  postDocs: Int32Array[];
  postWeights: Float64Array[];
  /** Per stem id, aligned with `postDocs`: 1 where the objective has the stem only from its parent. */
  postInherited: Uint8Array[];
  /** Per stem id (0 for stems only a parent contributes). */
  idf: Float64Array;
  /** Per objective: stem id → weight (for the phrase boost). */
  weightOf: Map<number, number>[];
  /** Per objective: the stem ids only its parent's share gives it. */
  inheritedOf: Set<number>[];
  /** Per stem id: the keyword phrases starting with it, as [objective, phrase, objective, phrase, …]. */
  phraseStarts: Int32Array[];
  phrases: Int32Array[][];
  titles: Int32Array[][];
  /** Per title: its distinct stem ids, sorted (the title bonus goes to these). */
  titleStems: Int32Array[][];
  scratch: Scratch;
  /** Length normalisation per objective, for `normFor` (the same for every goal). */
  norm?: { lengthB: number; values: Float64Array };
}

/**
 * Per-stem state of one goal, indexed by stem id and valid where
 * `stamp[id] === gen`: bumping `gen` clears it without touching the arrays.
 */
interface Scratch {
  gen: number;
  stamp: Int32Array;
  weight: Float64Array;
  count: Int32Array;
  surface: string[];
  surfaceWeight: Float64Array;
  /** Bit k: the stem is a whole word of the goal's k-th non-empty field. */
  fields: Int32Array;
  /** 1: the stem comes from a non-generic word of the goal (at least once). */
  specific: Uint8Array;
  /** The stem's surface as a `WordEntry.surface` id, while analysing. */
  surfaceId: Int32Array;
  /** Index of the stem's surface in `AnalyzedGoal.surfaces`. */
  slot: Int32Array;
  /** The goal whose terms the scratch holds (`matched` reloads when another one does). */
  loaded: AnalyzedGoal | undefined;
  /**
   * The goal `analyze` left here, while nothing else used the scratch: only
   * then are `count` and `fields` (which `load` does not restore) its own.
   */
  analysed: AnalyzedGoal | undefined;
}

/** One written word as the ranker sees it, cached across goals: words repeat massively. */
interface WordEntry {
  lower: string;
  /** `lower` as a number: equal for words that differ only in case. */
  surface: number;
  evidenceNo: number;
  evidenceEn: number;
  no?: WordTermIds;
  en?: WordTermIds;
}

interface WordTermIds {
  /** Per term: stem id in that language's index, -1 for a stem the index does not know. */
  ids: number[];
  weights: number[];
  part: boolean[];
  generic: boolean[];
  /** Per term: a word nearly every goal uses («felles», «IKT»): it weighs, but is no evidence of the topic alone. */
  weak: boolean[];
  /** Whole-word terms the index knows: the word's vote in language detection. */
  known: number;
}

/**
 * A goal's terms in the detected language, kept (with the few per-objective
 * facts `contrib` needs) while its evaluation is cached, so contributions are
 * computed only for the objectives a caller actually shows.
 */
interface AnalyzedGoal {
  lang: AnalysisLang;
  /** Known stem ids in first-occurrence order, with their final weights and surfaces (index into `surfaces`). */
  terms: number[];
  weights: number[];
  /** Per term: it comes from a non-generic word (evidence of the topic, see `WEIGHTS.genericOnly`). */
  specific: boolean[];
  slots: number[];
  /** The distinct surfaces (lower case) of the terms: what `matched` lists. */
  surfaces: string[];
  /** The texts the goal was read from, for `shown`. */
  texts: readonly (string | undefined)[];
  /** `surfaces` as the author wrote them (names keep their capitals), by index, as `matched` asks for them. */
  shown?: string[];
  /** `texts` prepared for `writtenForm`, once `matched` asks. */
  written?: WrittenTexts;
  /** Per objective: length normalisation. */
  norm: Float64Array;
  /** Objectives with keyword phrases the goal contains in full (phrase indexes). */
  phrases?: Map<number, number[]>;
  /** `phrases` is complete (`matchPhrases` ran). */
  phrasesMatched?: true;
  /** Objectives whose title the goal reuses enough for the bonus: the title and its overlap. */
  titles?: Map<number, { title: number; ratio: number }>;
}

interface Evaluation {
  id: string;
  /** Upper-case framework ID, for filtering. */
  framework: string;
  raw: number;
  doc: number;
  /** The objective shares words with the goal (has an own score, possibly 0). */
  scored: boolean;
  /** The related objective whose score is added by the crosswalk, -1 for none. */
  best: number;
  /** A numeric target the goal states no number of (score halved). */
  halved: boolean;
  goal: AnalyzedGoal;
  /** `matched`, once asked for (rules ask for the same goal and objective repeatedly). */
  matched?: string[];
}

/** Accumulates stem weights of one objective: best field + a capped share of the others. */
class WeightBag {
  private readonly max = new Map<string, number>();
  private readonly sum = new Map<string, number>();
  add(terms: Term[], fieldWeight: number): void {
    for (const t of terms) {
      const v = fieldWeight * t.weight;
      this.max.set(t.stem, Math.max(this.max.get(t.stem) ?? 0, v));
      this.sum.set(t.stem, (this.sum.get(t.stem) ?? 0) + v);
    }
  }
  result(): Map<string, number> {
    const out = new Map<string, number>();
    for (const [stem, m] of this.max) out.set(stem, m + WEIGHTS.multiField * Math.min(2, this.sum.get(stem)! - m));
    return out;
  }
}

/**
 * The names in Norwegian keywords, for the English index: names (Altinn,
 * ID-porten, SvarUt, KI) are the same in every language, the words around them
 * are not («ta i bruk KI» gives «KI» only: an English goal is not about «ta»
 * or «bruk», and a Norwegian word in the English index draws Norwegian goals
 * into English analysis).
 */
function properNouns(keywords: readonly string[]): string[] {
  return keywords.flatMap((k) => (/\p{Lu}/u.test(k) ? words(k).filter((w) => /\p{Lu}/u.test(w)) : []));
}

/**
 * Ordered overlap of an objective title with a goal text: the longest common
 * subsequence of stems, as a share of the title, discounted when the matched
 * words are spread over a much longer stretch of the goal than the title is long.
 */
/** Scratch table of `titleOverlap`, grown on demand (one LCS at a time: the engine is synchronous). */
let lcsBuffer = new Int32Array(1024);

export function titleOverlap<T>(title: ArrayLike<T>, goal: ArrayLike<T>): number {
  const n = title.length;
  const m = goal.length;
  if (n === 0 || m === 0) return 0;
  const w = m + 1;
  const size = (n + 1) * w;
  if (lcsBuffer.length < size) lcsBuffer = new Int32Array(Math.max(size, 2 * lcsBuffer.length));
  const dp = lcsBuffer;
  dp.fill(0, 0, size);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      dp[i * w + j] = title[i - 1] === goal[j - 1] ? dp[(i - 1) * w + j - 1]! + 1 : Math.max(dp[(i - 1) * w + j]!, dp[i * w + j - 1]!);
    }
  }
  const lcs = dp[n * w + m]!;
  if (lcs === 0) return 0;
  // Backtrack one alignment to find the span of goal words it uses.
  let i = n;
  let j = m;
  let first = m;
  let last = -1;
  while (i > 0 && j > 0) {
    if (title[i - 1] === goal[j - 1]) {
      if (last < 0) last = j - 1;
      first = j - 1;
      i--;
      j--;
    } else if (dp[(i - 1) * w + j]! >= dp[i * w + j - 1]!) i--;
    else j--;
  }
  const span = last - first + 1;
  return (lcs / n) * Math.min(1, (2 * n) / span);
}

/**
 * What the ranker reads of an objective, bounded: a catalog's texts are a few
 * hundred characters, but a framework file in the workspace may repeat a huge
 * text through YAML aliases, and indexing all of it would take minutes.
 */
const MAX_OBJECTIVE_TEXT = 4000;
const MAX_KEYWORDS = 200;
function bounded(o: Objective): Objective {
  const cut = (t: string) => (t.length > MAX_OBJECTIVE_TEXT ? t.slice(0, MAX_OBJECTIVE_TEXT) : t);
  const list = (l: readonly string[]) => l.slice(0, MAX_KEYWORDS).map(cut);
  const tooLong = (t: string | undefined) => t !== undefined && t.length > MAX_OBJECTIVE_TEXT;
  const { keywords: k } = o;
  if (![o.title, o.short, o.description, o.titleEn, o.descriptionEn].some(tooLong) && ![k.nb, k.nn, k.en].some((l) => l.length > MAX_KEYWORDS || l.some(tooLong))) return o;
  return {
    ...o,
    title: cut(o.title),
    description: cut(o.description),
    ...(o.short !== undefined ? { short: cut(o.short) } : {}),
    ...(o.titleEn !== undefined ? { titleEn: cut(o.titleEn) } : {}),
    ...(o.descriptionEn !== undefined ? { descriptionEn: cut(o.descriptionEn) } : {}),
    keywords: { nb: list(k.nb), nn: list(k.nn), en: list(k.en) },
  };
}

/*
 * The English side of an objective. The built-in catalogs give every objective
 * an English title, description and keywords; a custom framework file often
 * has one language only (a plain keywords list is «used for every language»,
 * docs/catalogs.md), so its own texts stand in for what it leaves out.
 */
function englishTitle(o: Objective): string[] {
  return [o.titleEn ?? o.title];
}
function englishDescription(o: Objective): string {
  return o.descriptionEn ?? o.description;
}
function englishKeywords(o: Objective): string[] {
  const no = [...o.keywords.nb, ...o.keywords.nn];
  return o.keywords.en.length ? [...o.keywords.en, ...properNouns(no)] : no;
}

export function createRanker(objectives: readonly Objective[]): Ranker {
  const objs = objectives.map(bounded);
  const byId = new Map(objs.map((o, i) => [o.id.toUpperCase(), i] as const));
  const analyzer = new Analyzer({
    no: objs.flatMap((o) => [o.title, o.short ?? '', o.description, ...o.keywords.nb, ...o.keywords.nn]),
    en: objs.flatMap((o) => [...englishTitle(o), englishDescription(o), ...englishKeywords(o)]),
  });

  function buildIndex(lang: AnalysisLang): LangIndex {
    const an = (s: string | undefined): AnalyzedText => analyzer.analyze(s ?? '', lang);
    const titleOf = (o: Objective): string[] => (lang === 'no' ? [o.title, o.short ?? ''] : englishTitle(o));
    const keywordsOf = (o: Objective): string[] => (lang === 'no' ? [...o.keywords.nb, ...o.keywords.nn] : englishKeywords(o));
    const descOf = (o: Objective): string => (lang === 'no' ? o.description : englishDescription(o));

    const own: Map<string, number>[] = [];
    const docs: LangDoc[] = objs.map((o) => {
      const bag = new WeightBag();
      const titles = titleOf(o).filter(Boolean).map(an);
      for (const t of titles) bag.add(t.terms, WEIGHTS.objTitle);
      const kws = keywordsOf(o).map(an);
      for (const k of kws) bag.add(k.terms, WEIGHTS.objKeyword);
      bag.add(an(descOf(o)).terms, WEIGHTS.objDescription);
      const weights = bag.result();
      own.push(weights);
      const phrases: string[][] = [];
      const seen = new Set<string>();
      for (const k of kws) {
        const whole = [...new Set(k.seq)];
        const stems = whole.length >= 2 ? whole : [...new Set(k.terms.filter((t) => t.part).map((t) => t.stem))];
        const key = [...stems].sort().join(' ');
        if (stems.length >= 2 && !seen.has(key)) {
          seen.add(key);
          phrases.push(stems);
        }
      }
      return { weights, length: weights.size, phrases, titles: titles.map((t) => t.seq).filter((s) => s.length >= 3), inherited: new Set<string>() };
    });
    // The parent's title and keywords, at a small share, for stems the child does not have.
    objs.forEach((o, i) => {
      const p = o.parent ? byId.get(o.parent.toUpperCase()) : undefined;
      if (p === undefined) return;
      const bag = new WeightBag();
      for (const t of titleOf(objs[p]!).filter(Boolean)) bag.add(an(t).terms, WEIGHTS.objTitle * WEIGHTS.parentShare);
      for (const k of keywordsOf(objs[p]!)) bag.add(an(k).terms, WEIGHTS.objKeyword * WEIGHTS.parentShare);
      for (const [stem, w] of bag.result()) {
        if (docs[i]!.weights.has(stem)) continue;
        docs[i]!.weights.set(stem, w);
        docs[i]!.inherited.add(stem);
      }
    });
    const df = new Map<string, number>();
    for (const w of own) for (const stem of w.keys()) df.set(stem, (df.get(stem) ?? 0) + 1);
    const n = docs.length;
    const idf = new Map<string, number>();
    for (const [stem, d] of df) idf.set(stem, Math.log(1 + (n - d + 0.5) / (d + 0.5)));
    const postings = new Map<string, { doc: number; w: number }[]>();
    docs.forEach((d, i) => {
      for (const [stem, w] of d.weights) {
        let list = postings.get(stem);
        if (!list) postings.set(stem, (list = []));
        list.push({ doc: i, w });
      }
    });
    const avgLength = docs.reduce((s, d) => s + d.length, 0) / Math.max(1, n);
    return { docs, postings, idf, avgLength };
  }

  const indexes: Record<AnalysisLang, LangIndex> = { no: buildIndex('no'), en: buildIndex('en') };

  function idIndex(index: LangIndex): IdIndex {
    // Phrase and title stems are objective stems too; listed for completeness.
    const vocabulary = new Set(index.postings.keys());
    for (const d of index.docs) for (const seq of [...d.phrases, ...d.titles]) for (const s of seq) vocabulary.add(s);
    const stems = [...vocabulary].sort();
    const ids = new Map(stems.map((s, i) => [s, i] as const));
    const toIds = (seq: readonly string[]): Int32Array => Int32Array.from(seq, (s) => ids.get(s)!);
    const n = stems.length;
    const phrases = index.docs.map((d) => d.phrases.map(toIds));
    const starts: number[][] = stems.map(() => []);
    phrases.forEach((ps, doc) => ps.forEach((p, k) => starts[p[0]!]!.push(doc, k)));
    return {
      ids,
      postDocs: stems.map((s) => Int32Array.from(index.postings.get(s) ?? [], (p) => p.doc)),
      postWeights: stems.map((s) => Float64Array.from(index.postings.get(s) ?? [], (p) => p.w)),
      postInherited: stems.map((s) => Uint8Array.from(index.postings.get(s) ?? [], (p) => (index.docs[p.doc]!.inherited.has(s) ? 1 : 0))),
      idf: Float64Array.from(stems, (s) => index.idf.get(s) ?? 0),
      weightOf: index.docs.map((d) => new Map([...d.weights].map(([s, w]) => [ids.get(s)!, w] as const))),
      inheritedOf: index.docs.map((d) => new Set([...d.inherited].map((s) => ids.get(s)!))),
      phraseStarts: starts.map((l) => Int32Array.from(l)),
      phrases,
      titles: index.docs.map((d) => d.titles.map(toIds)),
      titleStems: index.docs.map((d) => d.titles.map((t) => toIds([...new Set(t)].sort()))),
      scratch: {
        gen: 0,
        stamp: new Int32Array(n),
        weight: new Float64Array(n),
        count: new Int32Array(n),
        surface: new Array<string>(n).fill(''),
        surfaceWeight: new Float64Array(n),
        fields: new Int32Array(n),
        specific: new Uint8Array(n),
        surfaceId: new Int32Array(n),
        slot: new Int32Array(n),
        loaded: undefined,
        analysed: undefined,
      },
    };
  }
  const idIndexes: Record<AnalysisLang, IdIndex> = { no: idIndex(indexes.no), en: idIndex(indexes.en) };

  // Related objectives in another framework, both directions (catalogs list them on one side).
  const cross: number[][] = objs.map(() => []);
  objs.forEach((o, i) => {
    for (const r of o.related) {
      const j = byId.get(r);
      if (j === undefined || objs[j]!.framework === o.framework) continue;
      if (!cross[i]!.includes(j)) cross[i]!.push(j);
      if (!cross[j]!.includes(i)) cross[j]!.push(i);
    }
  });
  const numbersOf = (text: string): string[] => text.match(/\d+/g) ?? [];
  const targetNumbers = objs.map((o) => (o.kind === 'target' ? [...new Set(numbersOf(`${o.title} ${o.short ?? ''} ${o.titleEn ?? ''}`))] : undefined));
  const frameworkOf = objs.map((o) => o.framework.toUpperCase());
  const nDocs = objs.length;

  /**
   * Analysis of each written word, in each language as needed: a goal costs a
   * scan and a map lookup per word. Bounded, so a long-running server does not
   * grow (clearing only costs re-analysis).
   */
  const wordCache = new Map<string, WordEntry>();
  const surfaceIds = new Map<string, number>();
  const MAX_WORDS = 20_000;
  /** Between goals (surface ids must not change within one). */
  function boundWordCache(): void {
    if (wordCache.size < MAX_WORDS) return;
    wordCache.clear();
    surfaceIds.clear();
  }
  function wordEntry(raw: string): WordEntry {
    let e = wordCache.get(raw);
    if (!e) {
      const lower = raw.toLowerCase();
      let surface = surfaceIds.get(lower);
      if (surface === undefined) surfaceIds.set(lower, (surface = surfaceIds.size));
      const ev = wordEvidence(lower);
      e = { lower, surface, evidenceNo: ev.no, evidenceEn: ev.en };
      wordCache.set(raw, e);
    }
    return e;
  }
  function termIds(e: WordEntry, raw: string, lang: AnalysisLang): WordTermIds {
    const hit = e[lang];
    if (hit) return hit;
    const terms = analyzer.wordTerms(raw, e.lower, lang);
    const ids = idIndexes[lang].ids;
    const r: WordTermIds = {
      ids: terms.map(([stem]) => ids.get(stem) ?? -1),
      weights: terms.map(([, w]) => w),
      part: terms.map(([, , part]) => part),
      generic: terms.map(([, , , generic]) => generic),
      weak: terms.map(([, , , , weak]) => weak),
      known: 0,
    };
    terms.forEach(([stem, , part]) => {
      if (!part && indexes[lang].postings.has(stem)) r.known++;
    });
    return (e[lang] = r);
  }

  /**
   * The goal's language. Function words decide when they clearly do; a short
   * title may have none («Cloud-first infrastructure»), and then the language
   * whose catalog vocabulary covers more of its words wins.
   */
  function chooseLang(fields: readonly string[][]): AnalysisLang {
    let no = 0;
    let en = 0;
    for (const f of fields) {
      for (const raw of f) {
        const e = wordEntry(raw);
        no += e.evidenceNo;
        en += e.evidenceEn;
      }
    }
    if (Math.abs(en - no) >= 2) return en > no ? 'en' : 'no';
    const coverage = (lang: AnalysisLang): number => {
      let c = 0;
      for (const f of fields) for (const raw of f) c += termIds(wordEntry(raw), raw, lang).known;
      return c;
    };
    return coverage('en') + en > coverage('no') + no ? 'en' : 'no';
  }

  /** Starts a new goal in the scratch: every stem becomes absent. */
  function resetScratch(sc: Scratch, goal: AnalyzedGoal | undefined): void {
    if (++sc.gen === 0x7fffffff) {
      sc.stamp.fill(0);
      sc.gen = 1;
    }
    sc.loaded = goal;
    sc.analysed = undefined;
  }

  /**
   * Reads the goal's fields (weighted title > description > need/benefit >
   * indicator) into the scratch of its language. Returns its known stems in
   * first-occurrence order, and the whole-word stem sequence of each non-empty
   * field (-1 for stems no objective has).
   */
  function analyzeGoal(lang: AnalysisLang, fieldWords: readonly string[][], ix: IdIndex): { terms: number[]; seqs: number[][] } {
    const fieldWeights = [WEIGHTS.goalTitle, WEIGHTS.goalDescription, WEIGHTS.goalNeed, WEIGHTS.goalBenefit, WEIGHTS.goalIndicator];
    const sc = ix.scratch;
    resetScratch(sc, undefined);
    const gen = sc.gen;
    const terms: number[] = [];
    const seqs: number[][] = [];
    fieldWords.forEach((ws, f) => {
      if (ws === NO_FIELD) return;
      const fw = fieldWeights[f]!;
      const bit = 1 << seqs.length;
      const seq: number[] = [];
      for (const raw of ws) {
        const e = wordEntry(raw);
        const t = termIds(e, raw, lang);
        for (let j = 0; j < t.ids.length; j++) {
          const id = t.ids[j]!;
          if (!t.part[j]) seq.push(id);
          if (id < 0) continue; // no objective has it: it can neither score nor complete a phrase
          const generic = t.generic[j]!;
          const evidence = !generic && !t.weak[j]!;
          const v = generic ? fw * t.weights[j]! * WEIGHTS.generic : fw * t.weights[j]!;
          if (sc.stamp[id] !== gen) {
            sc.stamp[id] = gen;
            sc.weight[id] = v;
            sc.count[id] = 1;
            sc.specific[id] = evidence ? 1 : 0;
            sc.surface[id] = e.lower;
            sc.surfaceId[id] = e.surface;
            sc.surfaceWeight[id] = v;
            sc.fields[id] = 0;
            terms.push(id);
          } else {
            sc.count[id]++;
            if (evidence) sc.specific[id] = 1;
            if (v > sc.weight[id]!) sc.weight[id] = v;
            if (v > sc.surfaceWeight[id]!) {
              sc.surface[id] = e.lower;
              sc.surfaceId[id] = e.surface;
              sc.surfaceWeight[id] = v;
            }
          }
          if (!t.part[j]) sc.fields[id]! |= bit;
        }
      }
      seqs.push(seq);
    });
    for (const id of terms) sc.weight[id]! *= 1 + WEIGHTS.goalRepeat * Math.min(3, sc.count[id]! - 1);
    return { terms, seqs };
  }

  /** The keyword phrases the goal contains in full, by objective, into `g` (found from their first stem). */
  function matchPhrases(ix: IdIndex, g: AnalyzedGoal): void {
    if (g.phrasesMatched) return;
    g.phrasesMatched = true;
    const sc = ix.scratch;
    for (const id of g.terms) {
      const starts = ix.phraseStarts[id]!;
      for (let k = 0; k < starts.length; k += 2) {
        const doc = starts[k]!;
        const p = ix.phrases[doc]![starts[k + 1]!]!;
        let all = true;
        for (let i = 1; i < p.length && all; i++) all = sc.stamp[p[i]!] === sc.gen;
        if (!all) continue;
        g.phrases ??= new Map();
        let list = g.phrases.get(doc);
        if (!list) g.phrases.set(doc, (list = []));
        list.push(starts[k + 1]!);
      }
    }
  }

  /** The stems `phraseAndTitle` boosts for one objective, reused (it runs per objective scored). */
  const coveredStems: number[] = [];

  /**
   * Adds the phrase and title parts of objective `doc`'s own score to `acc`,
   * stem by stem in a fixed order, and to `contrib` by surface when given
   * (raw scores and contributions must sum alike). Needs the goal in the
   * scratch (with slots for `contrib`).
   */
  function phraseAndTitle(ix: IdIndex, g: AnalyzedGoal, doc: number, acc: number, contrib?: Float64Array): number {
    const sc = ix.scratch;
    const norm = g.norm[doc]!;
    // 1. keyword phrases present in full: boost the stems they cover (each stem once).
    const complete = g.phrases?.get(doc);
    if (complete) {
      const covered = coveredStems;
      covered.length = 0;
      for (const k of complete) for (const id of ix.phrases[doc]![k]!) addAscending(covered, id); // = the stems' string order
      for (const id of covered) {
        const w = ix.weightOf[doc]!.get(id);
        const v = (WEIGHTS.phrase * (w === undefined ? 0 : sc.weight[id]! * w * ix.idf[id]!)) / norm;
        acc += v;
        if (contrib) contrib[sc.slot[id]!] += v;
      }
    }
    // 2. an objective title reused (nearly) verbatim, in order.
    const hit = g.titles?.get(doc);
    if (hit) {
      // The title's stems the goal has.
      const stems = ix.titleStems[doc]![hit.title]!;
      let idfSum = 0;
      for (const id of stems) if (sc.stamp[id] === sc.gen) idfSum = idfSum + ix.idf[id]!;
      const bonus = WEIGHTS.title * hit.ratio * hit.ratio * idfSum;
      for (const id of stems) {
        if (sc.stamp[id] !== sc.gen) continue;
        const v = (bonus * ix.idf[id]!) / Math.max(idfSum, 1e-9);
        acc += v;
        if (contrib) contrib[sc.slot[id]!] += v;
      }
    }
    return acc;
  }

  /** Records in `g` the objective title the goal's fields reuse best, if enough for the bonus. */
  function matchTitles(ix: IdIndex, g: AnalyzedGoal, doc: number, seqs: readonly number[][]): void {
    const sc = ix.scratch;
    const gen = sc.gen;
    const min = WEIGHTS.titleMinOverlap;
    let bestTitle = 0;
    let best = -1;
    const titles = ix.titles[doc]!;
    for (let ti = 0; ti < titles.length; ti++) {
      const t = titles[ti]!;
      // titleOverlap ≤ (title stems found in the field) / title length; below the bonus
      // threshold it cannot matter. Most titles fail already on the goal as a whole.
      let anywhere = 0;
      for (const id of t) if (sc.stamp[id] === gen && sc.fields[id] !== 0) anywhere++;
      if (anywhere < min * t.length) continue;
      for (let k = 0; k < seqs.length; k++) {
        let present = 0;
        for (const id of t) if (sc.stamp[id] === gen && (sc.fields[id]! >> k) & 1) present++;
        if (present < min * t.length) continue;
        const r = titleOverlap(t, seqs[k]!);
        if (r > bestTitle) {
          bestTitle = r;
          best = ti;
        }
      }
    }
    if (best >= 0 && bestTitle >= min) (g.titles ??= new Map()).set(doc, { title: best, ratio: bestTitle });
  }

  /** Puts the goal's terms back into the scratch of its language (after another goal used it). */
  function load(g: AnalyzedGoal): Scratch {
    const sc = idIndexes[g.lang].scratch;
    if (sc.loaded !== g) {
      resetScratch(sc, g);
      g.terms.forEach((id, i) => {
        sc.stamp[id] = sc.gen;
        sc.weight[id] = g.weights[i]!;
        sc.slot[id] = g.slots[i]!;
      });
    }
    return sc;
  }

  /** Contributions per surface, reused: `matched` runs for most evaluated goals. */
  let contribA = new Float64Array(64);
  let contribB = new Float64Array(64);

  /**
   * Objective `doc`'s own score per goal surface, into `out` (zeroed first). Per
   * surface the same additions in the same order as the raw score: `matched`
   * ties must break as they did when these were maps (0 + v = v, so a zero
   * start equals an absent entry).
   */
  function ownContrib(g: AnalyzedGoal, doc: number, out: Float64Array): void {
    const ix = idIndexes[g.lang];
    const sc = load(g);
    const n = g.surfaces.length;
    out.fill(0, 0, n);
    const norm = g.norm[doc]!;
    let evidence = false;
    for (let i = 0; i < g.terms.length; i++) {
      const id = g.terms[i]!;
      const w = ix.weightOf[doc]!.get(id);
      if (w === undefined) continue;
      out[sc.slot[id]!] += (sc.weight[id]! * w * ix.idf[id]!) / norm;
      if (g.specific[i] && !ix.inheritedOf[doc]!.has(id)) evidence = true;
    }
    phraseAndTitle(ix, g, doc, 0, out);
    if (!evidence) for (let i = 0; i < n; i++) out[i] = out[i]! * WEIGHTS.genericOnly;
  }

  /**
   * The names the catalogs' keywords write with capitals (Altinn, ID-porten, KS), in lower case;
   * not a word they also write in lower case («felles», beside «Felles datakatalog»).
   */
  const keywordWords = objs.flatMap((o) => [...o.keywords.nb, ...o.keywords.nn, ...o.keywords.en].flatMap(words));
  const common = new Set(keywordWords.filter((w) => w === w.toLowerCase()));
  const names = new Set(keywordWords.map((w) => w.toLowerCase()).filter((w) => !common.has(w)));

  const isName = (lower: string) => names.has(lower);

  /** A surface of the goal as written: «ID-porten», not «id-porten» (ties above still break on the lower case). */
  function shownForm(g: AnalyzedGoal, i: number): string {
    g.written ??= prepareWritten(g.texts);
    g.shown ??= [];
    return (g.shown[i] ??= writtenForm(g.written, g.surfaces[i]!, isName));
  }

  /** The goal words that contributed most to an evaluation's score, as the crosswalk and target rule shape it. */
  function matchedOf(e: Evaluation): string[] {
    if (!e.matched) {
      const g = e.goal;
      const n = g.surfaces.length;
      if (contribA.length < n) {
        contribA = new Float64Array(2 * n);
        contribB = new Float64Array(2 * n);
      }
      const contrib = contribA;
      if (e.scored) ownContrib(g, e.doc, contrib);
      else contrib.fill(0, 0, n); // scored through the crosswalk only
      if (e.best >= 0) {
        ownContrib(g, e.best, contribB);
        for (let i = 0; i < n; i++) contrib[i] = contrib[i]! + WEIGHTS.crosswalk * contribB[i]!;
      }
      if (e.halved) for (let i = 0; i < n; i++) contrib[i] = contrib[i]! * WEIGHTS.targetWithoutNumber;
      // The MAX_MATCHED largest contributions, ties by surface (distinct within a goal), without sorting them all.
      const surfaces = g.surfaces;
      const before = (a: number, b: number): boolean => contrib[a]! > contrib[b]! || (contrib[a] === contrib[b] && surfaces[a]! < surfaces[b]!);
      const top: number[] = [];
      for (let i = 0; i < n; i++) {
        if (!(contrib[i]! > 0)) continue;
        let j: number;
        if (top.length < MAX_MATCHED) j = top.push(i) - 1;
        else if (before(i, top[MAX_MATCHED - 1]!)) j = MAX_MATCHED - 1;
        else continue;
        for (; j > 0 && before(i, top[j - 1]!); j--) top[j] = top[j - 1]!;
        top[j] = i;
      }
      e.matched = top.map((i) => shownForm(g, i));
    }
    return e.matched.slice(); // a copy: callers own their result
  }

  /**
   * Every objective's score for a goal text, for the last few goal texts: a
   * rule asks for the same goal several times in a row (the score of each
   * linked objective, the suggestions, one framework's best). An objective's
   * score does not depend on the framework filter (the crosswalk reads every
   * objective), so one evaluation serves every filter. Small on purpose:
   * results across analyses are memoised by `cachingRanker`.
   */
  const evaluations = new Map<string, Evaluation[]>();
  const RECENT_EVALUATIONS = 64;
  /** The most recent one, found without building the key (the usual hit). */
  let last: { goal: GoalText; all: Evaluation[] } | undefined;
  function evaluateCached(goal: GoalText, filter?: readonly string[]): Evaluation[] {
    let all: Evaluation[] | undefined;
    if (last && sameText(last.goal, goal)) all = last.all;
    else {
      const key = `${goal.title ?? ''}\u0000${goal.description ?? ''}\u0000${goal.need ?? ''}\u0000${goal.benefit ?? ''}\u0000${goal.indicator ?? ''}`;
      all = evaluations.get(key);
      if (all) evaluations.delete(key);
      else all = evaluate(goal);
      evaluations.set(key, all); // most recent last
      if (evaluations.size > RECENT_EVALUATIONS) evaluations.delete(evaluations.keys().next().value!);
      last = { goal: textsOf(goal), all };
    }
    if (!filter || filter.length === 0) return all;
    if (filter.length === 1) {
      const only = filter[0]!.toUpperCase();
      return all.filter((e) => e.framework === only);
    }
    const allowed = new Set(filter.map((f) => f.toUpperCase()));
    return all.filter((e) => allowed.has(e.framework));
  }

  /** BM25-style length normalisation per objective (WEIGHTS are read at query time, as ever). */
  function normFor(ix: IdIndex, index: LangIndex): Float64Array {
    if (ix.norm?.lengthB !== WEIGHTS.lengthB) {
      const values = Float64Array.from(index.docs, (d) => 1 - WEIGHTS.lengthB + (WEIGHTS.lengthB * d.length) / index.avgLength);
      ix.norm = { lengthB: WEIGHTS.lengthB, values };
    }
    return ix.norm.values;
  }

  const raw = new Float64Array(nDocs);
  const scored = new Uint8Array(nDocs);
  /** Surface id → index in the current goal's `surfaces` (valid when it points at that surface). */
  let surfaceSlot = new Int32Array(1024);

  type Analysis = { g: AnalyzedGoal; ix: IdIndex; seqs: number[][]; texts: (string | undefined)[] };
  /** The last analysis, with a copy of the texts it read. */
  let lastAnalysis: { goal: GoalText; analysis: Analysis } | undefined;

  /**
   * A goal's texts, analysed into the scratch of its language (left loaded
   * there). Rules ask about one goal several times in a row (the score of each
   * objective it links to, then its suggestions): the last analysis is reused
   * while its scratch is untouched.
   */
  function analyze(goal: GoalText): Analysis {
    const reuse = lastAnalysis;
    if (reuse && reuse.analysis.ix.scratch.analysed === reuse.analysis.g && sameText(reuse.goal, goal)) return reuse.analysis;
    const analysis = analyzeAnew(goal);
    lastAnalysis = { goal: textsOf(goal), analysis };
    return analysis;
  }

  function analyzeAnew(goal: GoalText): Analysis {
    boundWordCache();
    const texts = [goal.title, goal.description, goal.need, goal.benefit, goal.indicator];
    const fieldWords = texts.map((t) => (t ? words(t) : NO_FIELD));
    const lang = chooseLang(fieldWords);
    const ix = idIndexes[lang];
    const { terms, seqs } = analyzeGoal(lang, fieldWords, ix);
    const sc = ix.scratch;
    const g: AnalyzedGoal = { lang, terms, weights: [], specific: [], slots: [], surfaces: [], texts, norm: normFor(ix, indexes[lang]) };
    // Number the distinct surfaces (by their ids, marked in `surfaceSlot`).
    if (surfaceSlot.length < surfaceIds.size) surfaceSlot = new Int32Array(2 * surfaceIds.size);
    for (const id of terms) {
      const sid = sc.surfaceId[id]!;
      let slot = surfaceSlot[sid]!;
      if (slot >= g.surfaces.length || g.surfaces[slot] !== sc.surface[id]) {
        surfaceSlot[sid] = slot = g.surfaces.length;
        g.surfaces.push(sc.surface[id]!);
      }
      sc.slot[id] = slot;
      g.weights.push(sc.weight[id]!);
      g.specific.push(sc.specific[id] === 1);
      g.slots.push(slot);
    }
    sc.loaded = g;
    sc.analysed = g;
    return { g, ix, seqs, texts };
  }

  /** The numbers a goal's texts state. */
  function statedNumbers(texts: readonly (string | undefined)[]): Set<string> {
    const stated = new Set<string>();
    for (const t of texts) if (t) for (const num of numbersOf(t)) stated.add(num);
    return stated;
  }

  /** Whether objective `doc` is a numeric target the goal states none of the numbers of (its score is then halved). */
  function missesTargetNumber(doc: number, stated: () => ReadonlySet<string>): boolean {
    const nums = targetNumbers[doc];
    return nums !== undefined && !nums.some((n) => stated().has(n));
  }

  /**
   * One objective's evaluation, with the same arithmetic in the same order as
   * `evaluate` (so the same score to the last bit), for rules that ask how
   * well a goal fits the objective it links to: that needs the objective and
   * its crosswalk partners, not all of them.
   */
  function evaluateOne(goal: GoalText, doc: number): Evaluation | undefined {
    const { g, ix, seqs, texts } = analyze(goal);
    matchPhrases(ix, g);
    /** Objective `d`'s own raw score (shared stems, phrases, title), undefined when it shares no stem. */
    const own = (d: number): number | undefined => {
      const weights = ix.weightOf[d]!;
      let acc = 0;
      let any = false;
      let evidence = false;
      for (let i = 0; i < g.terms.length; i++) {
        const id = g.terms[i]!;
        const w = weights.get(id);
        if (w === undefined) continue;
        acc += (g.weights[i]! * w * ix.idf[id]!) / g.norm[d]!;
        any = true;
        if (g.specific[i] && !ix.inheritedOf[d]!.has(id)) evidence = true;
      }
      if (!any) return undefined;
      matchTitles(ix, g, d, seqs);
      const r = phraseAndTitle(ix, g, d, acc);
      return evidence ? r : r * WEIGHTS.genericOnly;
    };
    const mine = own(doc);
    let r = mine ?? 0;
    let best = -1;
    let bestRaw = 0;
    for (const j of cross[doc]!) {
      const rj = own(j);
      if (rj !== undefined && (best < 0 || rj > bestRaw)) {
        best = j;
        bestRaw = rj;
      }
    }
    if (best >= 0) r += WEIGHTS.crosswalk * bestRaw;
    const halved = missesTargetNumber(doc, () => statedNumbers(texts));
    if (halved) r *= WEIGHTS.targetWithoutNumber;
    if (!(r > 0)) return undefined;
    return { id: objs[doc]!.id, framework: frameworkOf[doc]!, raw: r, doc, scored: mine !== undefined, best, halved, goal: g };
  }

  function evaluate(goal: GoalText): Evaluation[] {
    const { g, ix, seqs, texts } = analyze(goal);
    const sc = ix.scratch;
    const terms = g.terms;
    // Own scores: Σ goal weight × objective weight × idf over shared stems, in goal-term order.
    raw.fill(0);
    scored.fill(0);
    for (let i = 0; i < terms.length; i++) {
      const id = terms[i]!;
      const docs = ix.postDocs[id]!;
      const ws = ix.postWeights[id]!;
      const inherited = ix.postInherited[id]!;
      const gw = sc.weight[id]!;
      const idf = ix.idf[id]!;
      // 1: the objective shares a stem with the goal; 2: a stem of a non-generic word, its own (not its parent's).
      const mark = g.specific[i] ? 3 : 1;
      for (let k = 0; k < docs.length; k++) {
        const doc = docs[k]!;
        raw[doc]! += (gw * ws[k]! * idf) / g.norm[doc]!;
        scored[doc]! |= inherited[k] ? 1 : mark;
      }
    }
    matchPhrases(ix, g);
    for (let doc = 0; doc < nDocs; doc++) {
      if (!scored[doc]) continue;
      matchTitles(ix, g, doc, seqs);
      const r = phraseAndTitle(ix, g, doc, raw[doc]!);
      raw[doc] = scored[doc]! & 2 ? r : r * WEIGHTS.genericOnly;
    }
    let stated: Set<string> | undefined;
    const statedOnce = () => (stated ??= statedNumbers(texts));
    const out: Evaluation[] = [];
    for (let doc = 0; doc < nDocs; doc++) {
      let r = scored[doc] ? raw[doc]! : 0;
      let best = -1;
      for (const j of cross[doc]!) if (scored[j] && (best < 0 || raw[j]! > raw[best]!)) best = j;
      if (best >= 0) r += WEIGHTS.crosswalk * raw[best]!;
      const halved = missesTargetNumber(doc, statedOnce);
      if (halved) r *= WEIGHTS.targetWithoutNumber;
      if (r > 0) out.push({ id: objs[doc]!.id, framework: frameworkOf[doc]!, raw: r, doc, scored: scored[doc] !== 0, best, halved, goal: g });
    }
    sortEvaluations(out);
    return out;
  }

  const toScore = (raw: number): number => Math.round(100 * (1 - Math.exp(-raw / WEIGHTS.saturation))) / 100;

  return {
    rank(goal, options = {}) {
      const res: Suggestion[] = [];
      const limit = options.limit ?? Infinity;
      for (const r of evaluateCached(goal, options.frameworks)) {
        if (res.length >= limit) break;
        const score = toScore(r.raw);
        if (score <= 0) break; // sorted by raw score: the rest round to 0 too
        res.push({ objective: r.id, score, matched: matchedOf(r) });
      }
      return res;
    },
    score(goal, objectiveId) {
      const i = byId.get(objectiveId.toUpperCase());
      if (i === undefined) return { score: 0, matched: [] };
      // The goal's full evaluation when it was just made, else this objective alone.
      const r = last && sameText(last.goal, goal) ? last.all.find((x) => x.doc === i) : evaluateOne(goal, i);
      return r ? { score: toScore(r.raw), matched: matchedOf(r) } : { score: 0, matched: [] };
    },
  };
}

/** A copy of the texts the ranker reads (the caller's object may change). */
function textsOf(goal: GoalText): GoalText {
  return { title: goal.title, description: goal.description, need: goal.need, benefit: goal.benefit, indicator: goal.indicator };
}

/** Adds `id` to an ascending list of distinct numbers (a handful: insertion beats sorting). */
function addAscending(list: number[], id: number): void {
  let i = list.length;
  while (i > 0 && list[i - 1]! > id) i--;
  if (i > 0 && list[i - 1] === id) return;
  list.push(id);
  for (let j = list.length - 1; j > i; j--) list[j] = list[j - 1]!;
  list[i] = id;
}

/** Whether two goals have the same texts (what the ranker reads). */
function sameText(a: GoalText, b: GoalText): boolean {
  return a.title === b.title && a.description === b.description && a.need === b.need && a.benefit === b.benefit && a.indicator === b.indicator;
}

/**
 * Best score first, then by ID; stable (as Array.prototype.sort). Insertion
 * sort: the list is short (the objectives sharing words with one goal), and
 * this runs once per goal.
 */
function sortEvaluations(out: Evaluation[]): void {
  if (out.length > 64) {
    out.sort((a, b) => b.raw - a.raw || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return;
  }
  for (let i = 1; i < out.length; i++) {
    const x = out[i]!;
    let j = i - 1;
    while (j >= 0 && (x.raw > out[j]!.raw || (x.raw === out[j]!.raw && x.id < out[j]!.id))) {
      out[j + 1] = out[j]!;
      j--;
    }
    out[j + 1] = x;
  }
}
