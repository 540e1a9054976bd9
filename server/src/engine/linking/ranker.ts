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
import { Analyzer, langEvidence, type AnalysisLang, type AnalyzedText, type Term } from './normalize.js';

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
  /** raw score giving 0.63 after saturation. */
  saturation: 6,
};

const MAX_MATCHED = 6;

interface LangDoc {
  /** stem → weight from the objective's own fields (and the parent's share). */
  weights: Map<string, number>;
  /** Distinct own stems: the objective's "length". */
  length: number;
  /** Keyword phrases of 2+ stems (or compound keywords, by their parts). */
  phrases: string[][];
  /** Stem sequences of the title and short name. */
  titles: string[][];
}

interface LangIndex {
  docs: LangDoc[];
  postings: Map<string, { doc: number; w: number }[]>;
  idf: Map<string, number>;
  avgLength: number;
}

interface Evaluation {
  id: string;
  /** Upper-case framework ID, for filtering. */
  framework: string;
  raw: number;
  contrib: Map<string, number>;
}

interface GoalTerm {
  weight: number;
  count: number;
  /** Surface with the highest weight: what `matched` shows. */
  surface: string;
  surfaceWeight: number;
}

interface AnalyzedGoal {
  lang: AnalysisLang;
  terms: Map<string, GoalTerm>;
  /** Whole-word stem sequences per goal field, for title matching. */
  seqs: string[][];
  /** The stems of each sequence, for the cheap upper bound of `titleOverlap`. */
  seqSets: Set<string>[];
  /** All fields, joined. */
  text: string;
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

function properNouns(keywords: readonly string[]): string[] {
  // Names (Altinn, ID-porten, SvarUt) are the same in every language.
  return keywords.filter((k) => /\p{Lu}/u.test(k));
}

/**
 * Ordered overlap of an objective title with a goal text: the longest common
 * subsequence of stems, as a share of the title, discounted when the matched
 * words are spread over a much longer stretch of the goal than the title is long.
 */
/** Scratch table of `titleOverlap`, grown on demand (one LCS at a time: the engine is synchronous). */
let lcsBuffer = new Int32Array(1024);

export function titleOverlap(title: readonly string[], goal: readonly string[]): number {
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

export function createRanker(objectives: readonly Objective[]): Ranker {
  const objs = [...objectives];
  const byId = new Map(objs.map((o, i) => [o.id.toUpperCase(), i] as const));
  const analyzer = new Analyzer({
    no: objs.flatMap((o) => [o.title, o.short ?? '', o.description, ...o.keywords.nb, ...o.keywords.nn]),
    en: objs.flatMap((o) => [o.titleEn ?? '', o.descriptionEn ?? '', ...o.keywords.en]),
  });

  function buildIndex(lang: AnalysisLang): LangIndex {
    const an = (s: string | undefined): AnalyzedText => analyzer.analyze(s ?? '', lang);
    const titleOf = (o: Objective): string[] => (lang === 'no' ? [o.title, o.short ?? ''] : [o.titleEn ?? '']);
    const keywordsOf = (o: Objective): string[] =>
      lang === 'no' ? [...o.keywords.nb, ...o.keywords.nn] : [...o.keywords.en, ...properNouns([...o.keywords.nb, ...o.keywords.nn])];
    const descOf = (o: Objective): string => (lang === 'no' ? o.description : o.descriptionEn ?? '');

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
      return { weights, length: weights.size, phrases, titles: titles.map((t) => t.seq).filter((s) => s.length >= 3) };
    });
    // The parent's title and keywords, at a small share, for stems the child does not have.
    objs.forEach((o, i) => {
      const p = o.parent ? byId.get(o.parent.toUpperCase()) : undefined;
      if (p === undefined) return;
      const bag = new WeightBag();
      for (const t of titleOf(objs[p]!).filter(Boolean)) bag.add(an(t).terms, WEIGHTS.objTitle * WEIGHTS.parentShare);
      for (const k of keywordsOf(objs[p]!)) bag.add(an(k).terms, WEIGHTS.objKeyword * WEIGHTS.parentShare);
      for (const [stem, w] of bag.result()) if (!docs[i]!.weights.has(stem)) docs[i]!.weights.set(stem, w);
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
  const targetNumbers = objs.map((o) => (o.kind === 'target' ? new Set(numbersOf(`${o.title} ${o.short ?? ''} ${o.titleEn ?? ''}`)) : undefined));

  /**
   * The goal's language. Function words decide when they clearly do; a short
   * title may have none («Cloud-first infrastructure»), and then the language
   * whose catalog vocabulary covers more of its words wins.
   */
  function chooseLang(text: string): AnalysisLang {
    const ev = langEvidence(text);
    if (Math.abs(ev.en - ev.no) >= 2) return ev.en > ev.no ? 'en' : 'no';
    const coverage = (lang: AnalysisLang): number =>
      analyzer.analyze(text, lang).terms.filter((t) => !t.part && indexes[lang].postings.has(t.stem)).length;
    return coverage('en') + ev.en > coverage('no') + ev.no ? 'en' : 'no';
  }

  function analyzeGoal(goal: GoalText): AnalyzedGoal {
    const fields: [string | undefined, number][] = [
      [goal.title, WEIGHTS.goalTitle],
      [goal.description, WEIGHTS.goalDescription],
      [goal.need, WEIGHTS.goalNeed],
      [goal.benefit, WEIGHTS.goalBenefit],
      [goal.indicator, WEIGHTS.goalIndicator],
    ];
    const text = fields.map(([t]) => t ?? '').join('\n');
    const lang = chooseLang(text);
    const terms = new Map<string, GoalTerm>();
    const seqs: string[][] = [];
    for (const [text, fw] of fields) {
      if (!text) continue;
      const a = analyzer.analyze(text, lang);
      seqs.push(a.seq);
      for (const t of a.terms) {
        const v = fw * t.weight;
        const g = terms.get(t.stem);
        if (!g) terms.set(t.stem, { weight: v, count: 1, surface: t.surface, surfaceWeight: v });
        else {
          g.count++;
          if (v > g.weight) g.weight = v;
          if (v > g.surfaceWeight) {
            g.surface = t.surface;
            g.surfaceWeight = v;
          }
        }
      }
    }
    for (const g of terms.values()) g.weight *= 1 + WEIGHTS.goalRepeat * Math.min(3, g.count - 1);
    return { lang, terms, seqs, seqSets: seqs.map((q) => new Set(q)), text };
  }

  /** Raw score and per-surface contributions of one objective. */
  function scoreDoc(goal: AnalyzedGoal, index: LangIndex, doc: number, base: Map<string, number>): { raw: number; contrib: Map<string, number> } {
    const d = index.docs[doc]!;
    const norm = 1 - WEIGHTS.lengthB + (WEIGHTS.lengthB * d.length) / index.avgLength;
    const contrib = new Map<string, number>();
    let raw = 0;
    const add = (stem: string, v: number): void => {
      raw += v;
      const s = goal.terms.get(stem)!.surface;
      contrib.set(s, (contrib.get(s) ?? 0) + v);
    };
    for (const [stem, v] of base) add(stem, v / norm);
    // 1. keyword phrases present in full: boost the stems they cover (each stem once).
    const covered = new Set<string>();
    for (const p of d.phrases) if (p.every((s) => goal.terms.has(s))) for (const s of p) covered.add(s);
    for (const s of [...covered].sort()) add(s, (WEIGHTS.phrase * (base.get(s) ?? 0)) / norm);
    // 2. an objective title reused (nearly) verbatim, in order.
    let bestTitle = 0;
    let bestSeq: string[] | undefined;
    for (const t of d.titles) {
      for (let k = 0; k < goal.seqs.length; k++) {
        const g = goal.seqs[k]!;
        // titleOverlap ≤ (title stems found in g) / title length; below the bonus threshold it cannot matter.
        const set = goal.seqSets[k]!;
        let present = 0;
        for (const s of t) if (set.has(s)) present++;
        if (present < WEIGHTS.titleMinOverlap * t.length) continue;
        const r = titleOverlap(t, g);
        if (r > bestTitle) {
          bestTitle = r;
          bestSeq = t;
        }
      }
    }
    if (bestSeq && bestTitle >= WEIGHTS.titleMinOverlap) {
      const stems = [...new Set(bestSeq)].filter((s) => goal.terms.has(s)).sort();
      const idfSum = stems.reduce((s, stem) => s + (index.idf.get(stem) ?? 0), 0);
      const bonus = WEIGHTS.title * bestTitle * bestTitle * idfSum;
      for (const s of stems) add(s, (bonus * (index.idf.get(s) ?? 0)) / Math.max(idfSum, 1e-9));
    }
    return { raw, contrib };
  }

  /**
   * Every objective's score for a goal text, for the last few goal texts: a
   * rule asks for the same goal several times in a row (the score of each
   * linked objective, the suggestions, one framework's best). An objective's
   * score does not depend on the framework filter (the crosswalk reads every
   * objective), so one evaluation serves every filter. Small on purpose:
   * results across analyses are memoised by `cachingRanker`, and keeping
   * every evaluation of a national workspace would cost ~100 MB.
   */
  const evaluations = new Map<string, Evaluation[]>();
  const RECENT_EVALUATIONS = 64;
  function evaluateCached(goal: GoalText, filter?: readonly string[]): Evaluation[] {
    const key = `${goal.title ?? ''}\u0000${goal.description ?? ''}\u0000${goal.need ?? ''}\u0000${goal.benefit ?? ''}\u0000${goal.indicator ?? ''}`;
    let all = evaluations.get(key);
    if (all) evaluations.delete(key);
    else all = evaluate(goal);
    evaluations.set(key, all); // most recent last
    if (evaluations.size > RECENT_EVALUATIONS) evaluations.delete(evaluations.keys().next().value!);
    if (!filter || filter.length === 0) return all;
    const allowed = new Set(filter.map((f) => f.toUpperCase()));
    return all.filter((e) => allowed.has(e.framework));
  }

  function evaluate(goal: GoalText, filter?: readonly string[]): Evaluation[] {
    const g = analyzeGoal(goal);
    const index = indexes[g.lang];
    const allowed = filter && filter.length > 0 ? new Set(filter.map((f) => f.toUpperCase())) : undefined;
    // Per objective: stem → goal weight × objective weight × idf (before length normalisation).
    const base = new Map<number, Map<string, number>>();
    for (const [stem, gt] of g.terms) {
      const list = index.postings.get(stem);
      if (!list) continue;
      const idf = index.idf.get(stem) ?? 0;
      for (const { doc, w } of list) {
        let m = base.get(doc);
        if (!m) base.set(doc, (m = new Map()));
        m.set(stem, gt.weight * w * idf);
      }
    }
    const own = new Map<number, { raw: number; contrib: Map<string, number> }>();
    for (const [doc, m] of base) own.set(doc, scoreDoc(g, index, doc, m));
    const goalNumbers = new Set(numbersOf(g.text));
    const out: Evaluation[] = [];
    objs.forEach((o, doc) => {
      if (allowed && !allowed.has(o.framework.toUpperCase())) return;
      const mine = own.get(doc);
      let raw = mine?.raw ?? 0;
      const contrib = new Map(mine?.contrib ?? []);
      let best: { raw: number; contrib: Map<string, number> } | undefined;
      for (const j of cross[doc]!) {
        const other = own.get(j);
        if (other && (!best || other.raw > best.raw)) best = other;
      }
      if (best) {
        raw += WEIGHTS.crosswalk * best.raw;
        for (const [s, v] of best.contrib) contrib.set(s, (contrib.get(s) ?? 0) + WEIGHTS.crosswalk * v);
      }
      const nums = targetNumbers[doc];
      if (nums && ![...nums].some((n) => goalNumbers.has(n))) {
        raw *= WEIGHTS.targetWithoutNumber;
        for (const [s, v] of contrib) contrib.set(s, v * WEIGHTS.targetWithoutNumber);
      }
      if (raw > 0) out.push({ id: o.id, framework: o.framework.toUpperCase(), raw, contrib });
    });
    out.sort((a, b) => b.raw - a.raw || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return out;
  }

  const toScore = (raw: number): number => Math.round(100 * (1 - Math.exp(-raw / WEIGHTS.saturation))) / 100;
  const matchedOf = (contrib: Map<string, number>): string[] =>
    [...contrib.entries()]
      .filter(([, v]) => v > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, MAX_MATCHED)
      .map(([s]) => s);

  return {
    rank(goal, options = {}) {
      const res: Suggestion[] = [];
      const limit = options.limit ?? Infinity;
      for (const r of evaluateCached(goal, options.frameworks)) {
        if (res.length >= limit) break;
        const score = toScore(r.raw);
        if (score <= 0) break; // sorted by raw score: the rest round to 0 too
        res.push({ objective: r.id, score, matched: matchedOf(r.contrib) });
      }
      return res;
    },
    score(goal, objectiveId) {
      const i = byId.get(objectiveId.toUpperCase());
      if (i === undefined) return { score: 0, matched: [] };
      const r = evaluateCached(goal).find((x) => x.id === objs[i]!.id);
      return r ? { score: toScore(r.raw), matched: matchedOf(r.contrib) } : { score: 0, matched: [] };
    },
  };
}
