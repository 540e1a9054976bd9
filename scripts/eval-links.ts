/**
 * Evaluates the link-suggestion ranker on the labelled set test/link-eval/goals.yaml.
 *
 *   node out/scripts/eval-links.js [--holdout | --authors | --advisers] [--json] [--half odd|even] [--per-objective] [--misses]
 *                                  [--set weight=value ...]
 *
 * recall@k: share of items with at least one expected objective among the top k
 * (any listed id counts, as the set's README says); MRR: mean of 1/rank of the first
 * expected objective (0 when none is ranked). Items with an empty list for a framework
 * are left out of that framework. `--half odd|even` keeps the items with an odd / even
 * number (nb-001 is odd): tune on one half, check on the other.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { parseFramework } from '../server/src/engine/frameworks/parseFramework.js';
import { createRanker, WEIGHTS } from '../server/src/engine/linking/ranker.js';
import type { GoalText, Objective } from '../server/src/engine/types.js';

export interface EvalItem extends GoalText {
  id: string;
  lang: 'nb' | 'nn' | 'en';
  expected: Record<string, string[]>;
  /** Objectives an adviser would never link the goal to (advisers.yaml only). */
  wrong?: Record<string, string[]>;
}

export interface Metrics {
  n: number;
  recall1: number;
  recall3: number;
  mrr: number;
}

export interface EvalResult {
  frameworks: string[];
  /** framework → group (nb | nn | en | all) → metrics */
  metrics: Record<string, Record<string, Metrics>>;
  /** framework → trivial baseline: always suggest the most frequent label */
  baseline: Record<string, { objective: string; recall1: number; recall3: number }>;
  /** framework → objective → { n, recall3 } over items listing it first */
  perObjective: Record<string, Record<string, { n: number; hit1: number; hit3: number }>>;
  misses: { framework: string; id: string; expected: string[]; got: string[] }[];
}

export const FRAMEWORKS = ['DS19', 'DN30'];

/** Finds the repository root from the compiled (out/scripts) or source (scripts) location. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    try {
      readFileSync(join(dir, 'package.json'));
      return dir;
    } catch {
      dir = dirname(dir);
    }
  }
  return process.cwd();
}

export function loadObjectives(root: string, frameworks = FRAMEWORKS): { objectives: Objective[]; missing: string[] } {
  const objectives: Objective[] = [];
  const missing: string[] = [];
  for (const fw of frameworks) {
    const path = join(root, 'server', 'catalogs', `${fw}.yaml`);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      missing.push(fw);
      continue;
    }
    const r = parseFramework(path, text, true);
    if (!r.framework) throw new Error(`${path}: ${r.problems.map((p) => p.message.en).join('; ')}`);
    objectives.push(...r.framework.objectives);
  }
  return { objectives, missing };
}

/**
 * `goals.yaml` is the tuning set; `holdout.yaml` was written independently and is never tuned against;
 * `authors.yaml` holds goals written the way strategy authors write them, labelled before the ranker saw them;
 * `advisers.yaml` is held out too, and also names the objectives that would be clearly wrong.
 */
export type EvalSet = 'goals' | 'holdout' | 'authors' | 'advisers';
export function loadItems(root: string, set: EvalSet = 'goals'): EvalItem[] {
  const doc = load(readFileSync(join(root, 'test', 'link-eval', `${set}.yaml`), 'utf8')) as { items: EvalItem[] };
  return doc.items.map((it) => ({ ...it, expected: it.expected ?? {} }));
}

const itemNumber = (id: string): number => Number(/(\d+)$/.exec(id)?.[1] ?? 0);

export function evaluate(objectives: readonly Objective[], items: readonly EvalItem[], half?: 'odd' | 'even'): EvalResult {
  const ranker = createRanker(objectives);
  const present = [...new Set(objectives.map((o) => o.framework))];
  const frameworks = FRAMEWORKS.filter((f) => present.includes(f));
  const selected = items.filter((it) => !half || (itemNumber(it.id) % 2 === 1) === (half === 'odd'));
  const metrics: EvalResult['metrics'] = {};
  const baseline: EvalResult['baseline'] = {};
  const perObjective: EvalResult['perObjective'] = {};
  const misses: EvalResult['misses'] = [];
  for (const fw of frameworks) {
    const acc: Record<string, { n: number; r1: number; r3: number; rr: number }> = {};
    const bump = (g: string, r1: number, r3: number, rr: number): void => {
      const a = (acc[g] ??= { n: 0, r1: 0, r3: 0, rr: 0 });
      a.n++;
      a.r1 += r1;
      a.r3 += r3;
      a.rr += rr;
    };
    const freq = new Map<string, number>();
    const po: Record<string, { n: number; hit1: number; hit3: number }> = {};
    for (const it of selected) {
      const expected = it.expected[fw] ?? [];
      if (expected.length === 0) continue;
      for (const e of expected) freq.set(e, (freq.get(e) ?? 0) + 1);
      const ranked = ranker.rank(it, { frameworks: [fw] }).map((s) => s.objective);
      const first = ranked.findIndex((id) => expected.includes(id));
      const r1 = first === 0 ? 1 : 0;
      const r3 = first >= 0 && first < 3 ? 1 : 0;
      const rr = first >= 0 ? 1 / (first + 1) : 0;
      bump(it.lang, r1, r3, rr);
      bump('all', r1, r3, rr);
      const p = (po[expected[0]!] ??= { n: 0, hit1: 0, hit3: 0 });
      p.n++;
      p.hit1 += r1;
      p.hit3 += r3;
      if (!r3 || !r1) misses.push({ framework: fw, id: it.id, expected, got: ranked.slice(0, 3) });
    }
    metrics[fw] = {};
    for (const g of ['nb', 'nn', 'en', 'all']) {
      const a = acc[g];
      if (a) metrics[fw]![g] = { n: a.n, recall1: a.r1 / a.n, recall3: a.r3 / a.n, mrr: a.rr / a.n };
    }
    // Trivial baselines: always the most frequent label (recall@1), the three most frequent (recall@3).
    const top = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
    let b1 = 0;
    let b3 = 0;
    let n = 0;
    for (const it of selected) {
      const expected = it.expected[fw] ?? [];
      if (expected.length === 0) continue;
      n++;
      if (top[0] && expected.includes(top[0])) b1++;
      if (top.slice(0, 3).some((id) => expected.includes(id))) b3++;
    }
    baseline[fw] = { objective: top[0] ?? '', recall1: n ? b1 / n : 0, recall3: n ? b3 / n : 0 };
    perObjective[fw] = po;
  }
  return { frameworks, metrics, baseline, perObjective, misses };
}

const f2 = (x: number): string => x.toFixed(2);

export function formatTable(r: EvalResult): string {
  const lines = ['framework  lang    n  recall@1  recall@3   MRR', '---------  ----  ---  --------  --------  -----'];
  for (const fw of r.frameworks) {
    for (const g of ['nb', 'nn', 'en', 'all']) {
      const m = r.metrics[fw]?.[g];
      if (!m) continue;
      lines.push(`${fw.padEnd(9)}  ${g.padEnd(4)}  ${String(m.n).padStart(3)}  ${f2(m.recall1).padStart(8)}  ${f2(m.recall3).padStart(8)}  ${f2(m.mrr).padStart(5)}`);
    }
    const b = r.baseline[fw]!;
    lines.push(`${fw.padEnd(9)}  baseline (always ${b.objective}; top-3 most frequent): recall@1 ${f2(b.recall1)}, recall@3 ${f2(b.recall3)}`);
  }
  return lines.join('\n');
}

function main(argv: string[]): void {
  const json = argv.includes('--json');
  const halfArg = argv.indexOf('--half');
  const halfValue = halfArg >= 0 ? argv[halfArg + 1] : undefined;
  if (halfValue !== undefined && halfValue !== 'odd' && halfValue !== 'even') throw new Error('--half takes odd or even');
  const half = halfValue as 'odd' | 'even' | undefined;
  argv.forEach((a, i) => {
    if (a !== '--set') return;
    const [k, v] = (argv[i + 1] ?? '').split('=');
    if (k && k in WEIGHTS && v !== undefined) (WEIGHTS as Record<string, number>)[k] = Number(v);
    else throw new Error(`--set: unknown weight ${k}`);
  });
  const root = repoRoot();
  const { objectives, missing } = loadObjectives(root);
  const set: EvalSet = argv.includes('--holdout') ? 'holdout' : argv.includes('--authors') ? 'authors' : argv.includes('--advisers') ? 'advisers' : 'goals';
  const items = loadItems(root, set);
  const result = evaluate(objectives, items, half);
  if (json) {
    process.stdout.write(JSON.stringify({ half: half ?? 'all', missingCatalogs: missing, ...result }, null, 2) + '\n');
    return;
  }
  if (missing.length) process.stdout.write(`(catalog not found, skipped: ${missing.join(', ')})\n`);
  process.stdout.write(`Link-suggestion eval (${set}.yaml): ${items.length} items${half ? ` (${half} half)` : ''}\n\n${formatTable(result)}\n`);
  if (argv.includes('--per-objective')) {
    process.stdout.write('\nPer objective (items listing it first): n, hit@1, hit@3\n');
    for (const fw of result.frameworks) {
      for (const [id, p] of Object.entries(result.perObjective[fw]!).sort()) {
        process.stdout.write(`  ${id.padEnd(12)} ${String(p.n).padStart(3)}  ${p.hit1}  ${p.hit3}\n`);
      }
    }
  }
  if (argv.includes('--misses')) {
    process.stdout.write('\nNot at rank 1:\n');
    for (const m of result.misses) process.stdout.write(`  ${m.framework} ${m.id.padEnd(7)} expected ${m.expected.join(',')}  got ${m.got.join(',')}\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
