/**
 * How long hostile input takes: the documents, configs, globs and regular
 * expression inputs of the robustness tests, timed. The tests check what each
 * gives (test/robustness/hostile-inputs.ts, regex-sites.ts); timings depend on
 * the machine, so they are measured here instead of asserted there.
 *
 *   node out/scripts/bench/hostile.js [--json FILE]     (the last step of `npm run bench`)
 *
 * Reported, as CPU time of this process (a busy machine disturbs it less than
 * wall time), the median of three runs:
 * - the Markdown line scanner on each 4 MB run, and on the first half of it:
 *   a linear scanner takes about twice as long for twice the text;
 * - the whole engine (parse, every rule) on each hostile workspace;
 * - the `documents` glob automaton on adversarial globs against long paths;
 * - every regular expression of server/src on runs of 5 000 and 10 000 copies
 *   of one character and a character that makes the match fail: a pattern that
 *   takes over 20 ms and more than 2.5× as long for twice the run is quadratic
 *   over start positions (each start scans the whole run), and is named;
 * - the patterns reviewed by hand (regex-sites.ts) on their worst inputs.
 *
 * A line ends in «SLOW» when it takes longer than its budget: the budgets are
 * far above what linear work takes on a 2-core machine (milliseconds), so a
 * «SLOW» means a regression in kind (quadratic or worse), not a slow machine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scanBlocks } from '../../server/src/engine/parse/blockScan.js';
import { matchesAny } from '../../server/src/engine/workspace/glob.js';
import { InMemoryHost, createTestEngine } from '../../test/helpers/workspace.js';
import { GLOB_ATTACKS, SCANNER_RUNS, hostileWorkspaces } from '../../test/robustness/hostile-inputs.js';
import { collect, REVIEWED, type Site } from '../../test/robustness/regex-sites.js';

/** CPU milliseconds of this process spent in `f`. */
function cpuMs(f: () => void): number {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function median3(f: () => void): number {
  const t = [cpuMs(f), cpuMs(f), cpuMs(f)].sort((a, b) => a - b);
  return t[1]!;
}

interface Row {
  section: string;
  name: string;
  ms: number;
  budgetMs: number;
  note?: string;
}

/** Budgets, in CPU ms: far above linear work, far below a quadratic blow-up on the same input. */
const BUDGET = { scanner: 1000, workspace: 3000, bigWorkspace: 10_000, glob: 3000, reviewed: 200 };
/** The workspaces with megabytes of input (a document at the size limit, 20 000 aliases): the larger budget. */
const BIG_WORKSPACES = new Set(['over the default size limit', 'YAML: goal lists by alias']);

function scannerRows(): Row[] {
  return Object.entries(SCANNER_RUNS).map(([name, text]) => {
    const half = text.slice(0, text.length >> 1);
    const ms = median3(() => scanBlocks(text));
    const halfMs = median3(() => scanBlocks(half));
    return { section: 'line scanner, 4 MB', name, ms, budgetMs: BUDGET.scanner, note: `half the text ${halfMs.toFixed(1)} ms` };
  });
}

function workspaceRows(): Row[] {
  return hostileWorkspaces().map((w) => {
    const ms = median3(() => {
      const engine = createTestEngine(new InMemoryHost(w.files), w.maxDocumentSize ? { maxDocumentSize: w.maxDocumentSize } : {});
      engine.analyze();
    });
    const budgetMs = BIG_WORKSPACES.has(w.name) ? BUDGET.bigWorkspace : BUDGET.workspace;
    return { section: 'engine, every rule', name: w.name, ms, budgetMs };
  });
}

function globRows(): Row[] {
  return GLOB_ATTACKS.globs.map((g) => {
    const ms = median3(() => {
      for (const p of GLOB_ATTACKS.paths) matchesAny(p, [g]);
    });
    return { section: 'documents globs (against 4 paths)', name: g.length > 36 ? `${g.slice(0, 36)}… (${g.length})` : g, ms, budgetMs: BUDGET.glob };
  });
}

/** One character per class of input a pattern may treat alike. */
const RUN_CHARS = [' ', '\t', '\n', '\r\n', 'a', 'A', 'æ', '1', '-', '_', '#', '*', '.', ',', ':', ';', '/', '\\', '{', '}', '[', ']', '(', ')', '"', "'", '|', '>', '<', '~', '=', '+', '!', '?', '@', '%', '&', '–', '\u00a0'];

/** Regular expressions quadratic over start positions (each start position scans the whole run). */
function quadraticPatterns(sites: readonly Site[]): { checked: number; slow: string[]; slowestMs: number } {
  const time = (re: RegExp, input: string) => cpuMs(() => re.exec(input));
  const slow: string[] = [];
  let slowestMs = 0;
  let checked = 0;
  for (const s of sites) {
    const re = new RegExp(s.pattern, s.flags.replace(/[gy]/g, ''));
    // A pattern anchored at the start (without `m`) makes one attempt only: redos-detector covers it.
    if (s.pattern.startsWith('^') && !s.flags.includes('m')) continue;
    checked++;
    for (const c of RUN_CHARS) {
      time(re, c.repeat(500) + '\u0001'); // V8 interprets a new pattern first and compiles it when it runs again
      const short = time(re, c.repeat(5_000) + '\u0001');
      slowestMs = Math.max(slowestMs, short);
      if (short < 5) continue;
      const long = time(re, c.repeat(10_000) + '\u0001');
      slowestMs = Math.max(slowestMs, long);
      if (long > 20 && long > 2.5 * short) {
        slow.push(`${s.file}:${s.line} /${s.pattern}/${s.flags} — ${JSON.stringify(c)} × 5 000: ${Math.round(short)} ms, × 10 000: ${Math.round(long)} ms`);
        break;
      }
    }
  }
  return { checked, slow, slowestMs };
}

function reviewedRows(sites: readonly Site[]): Row[] {
  const rows: Row[] = [];
  for (const [key, { attacks }] of Object.entries(REVIEWED)) {
    const site = sites.find((s) => `${s.file} /${s.pattern}/${s.flags}` === key);
    if (!site) continue; // the pattern changed or went away
    const re = new RegExp(site.pattern, site.flags.replace(/[gy]/g, ''));
    const ms = Math.max(...attacks.map((input) => median3(() => re.exec(input))));
    rows.push({ section: 'reviewed patterns, worst input', name: `${site.file}:${site.line}`, ms, budgetMs: BUDGET.reviewed });
  }
  return rows;
}

function main(argv: string[]): void {
  // The regular expressions of server/src, read once (with the TypeScript compiler) for both sections.
  const { sites } = collect();
  const rows = [...scannerRows(), ...workspaceRows(), ...globRows(), ...reviewedRows(sites)];
  const quadratic = quadraticPatterns(sites);
  const out: string[] = ['hostile input (CPU ms, median of 3; budget in brackets)'];
  let section = '';
  for (const r of rows) {
    if (r.section !== section) out.push(`  ${(section = r.section)}`);
    const slow = r.ms > r.budgetMs ? '   SLOW' : '';
    out.push(`    ${r.name.padEnd(44)} ${r.ms.toFixed(1).padStart(9)} ms  (${r.budgetMs})${r.note ? `   ${r.note}` : ''}${slow}`);
  }
  out.push(`  regular expressions over start positions: ${quadratic.checked} unanchored patterns, slowest run ${quadratic.slowestMs.toFixed(1)} ms; quadratic: ${quadratic.slow.length ? quadratic.slow.join('; ') + '   SLOW' : 'none'}`);
  process.stdout.write(out.join('\n') + '\n');
  const jsonAt = argv.indexOf('--json');
  const jsonFile = jsonAt >= 0 ? argv[jsonAt + 1] : undefined;
  if (jsonFile) {
    mkdirSync(path.dirname(path.resolve(jsonFile)), { recursive: true });
    writeFileSync(jsonFile, JSON.stringify({ rows, quadratic }, null, 2) + '\n');
  }
}

main(process.argv.slice(2));
