/**
 * Property-based tests of the engine on broken input (fast-check): mutated
 * sample documents and documents assembled from random pieces go through the
 * real engine with every rule.
 *
 * - the engine never throws and no rule crashes;
 * - with `npm run fuzz`, each case is analysed within a generous CPU-time
 *   bound: a search for input that makes the engine slow (`npm test` asserts
 *   no timing: mocha's timeout catches a hang);
 * - every diagnostic range, and every related location, lies inside its file;
 * - every quick fix's edits lie inside their file, do not split a line break
 *   or a surrogate pair, and, applied, leave a document that still parses
 *   (no new parse-error) and is unchanged outside the edits; applying a fix
 *   and asking again does not offer the same edit at the same place;
 * - a rename of a goal, applied, still parses, is unchanged outside its edits
 *   and leaves no reference dangling that resolved before.
 *
 * `npm test` runs a small, fixed-seed sample (seed 42). `npm run fuzz` runs
 * many more cases: SAMSTEMT_FUZZ_RUNS sets the number of cases per property,
 * SAMSTEMT_FUZZ_SEED the seed (printed, so a failure can be replayed).
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { CONFIG, InMemoryHost, createTestEngine, shippedCatalogs } from '../helpers/workspace.js';
import { allRules, ruleById } from '../../server/src/rules/index.js';
import { HAS_NUL, NOT_UTF8, type Engine } from '../../server/src/engine/engine.js';
import type { Diagnostic, Range, TextEdit } from '../../server/src/engine/types.js';
import { prepareRename, rename, type LanguageContext } from '../../server/src/engine/language/index.js';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Node, Parent } from 'mdast';
import { limitNesting, parseBlocks } from '../../server/src/engine/parse/markdown.js';
import { anyCase, generatedDocument, longMarkdown, lspLines, type Case } from './generators.js';

const FUZZ_RUNS = Number(process.env.SAMSTEMT_FUZZ_RUNS ?? 0);
const SEED = Number(process.env.SAMSTEMT_FUZZ_SEED ?? 42);
/** Cases per property: small in `npm test`, SAMSTEMT_FUZZ_RUNS in `npm run fuzz`. */
const runs = (quick: number) => (FUZZ_RUNS > 0 ? FUZZ_RUNS : quick);
/** A bound, not a benchmark: one analysis of a three-file workspace takes well under 200 ms of CPU time. */
/** CPU time one case may take when fuzzing (`npm run fuzz` only: a search for slow input, not a test of this machine's speed). */
const FUZZ_TIME_BOUND_MS = 2000;
const BASE = 'file:///ws/';

/** Counts for the fuzz script (scripts/fuzz.mjs reads them from globalThis). */
export interface FuzzTally {
  seed: number;
  properties: { name: string; cases: number }[];
  /** Quick fixes and renames applied and re-analysed, by rule (`rename` for renames). */
  applied: Map<string, number>;
  /** Insert-type fixes offered again after they were applied (applying twice would duplicate text). */
  repeatedInserts: Map<string, string>;
}
const tally: FuzzTally = { seed: SEED, properties: [], applied: new Map(), repeatedInserts: new Map() };
const count = (what: string) => tally.applied.set(what, (tally.applied.get(what) ?? 0) + 1);
(globalThis as { __samstemtFuzz?: FuzzTally }).__samstemtFuzz = tally;

function check<T>(name: string, arb: fc.Arbitrary<T>, numRuns: number, predicate: (t: T) => void): void {
  const details = fc.check(fc.property(arb, predicate), { seed: SEED, numRuns, endOnFailure: FUZZ_RUNS > 0 });
  if (details.failed) {
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`property "${name}" failed: ${cause}\n${fc.defaultReportMessage(details) ?? ''}`);
  }
  tally.properties.push({ name, cases: details.numRuns });
}

// ---------------------------------------------------------------------------
// Workspaces: one long-lived engine per rule set, as in a language server that runs for hours
// ---------------------------------------------------------------------------

interface Bench {
  host: InMemoryHost;
  engine: Engine;
}
const benches = new Map<string, Bench>();
function bench(rules: readonly string[] | 'all'): Bench {
  // Each rule once: `['parse-error', d.rule]` for a parse-error fix would otherwise run it twice and count each problem twice.
  const ids = rules === 'all' ? [] : [...new Set(rules)].sort();
  const key = rules === 'all' ? 'all' : ids.join(',');
  let b = benches.get(key);
  if (!b) {
    const host = new InMemoryHost({}, BASE);
    const modules = rules === 'all' ? allRules : ids.map((id) => ruleById(id)!);
    b = { host, engine: createTestEngine(host, { rules: modules }) };
    benches.set(key, b);
  }
  return b;
}

function load(b: Bench, files: ReadonlyMap<string, string>): void {
  b.host.files.clear();
  for (const [uri, text] of files) b.host.files.set(uri, text);
}

function filesOf(c: Case): Map<string, string> {
  const host = new InMemoryHost({}, BASE);
  return new Map(Object.entries(c.files).map(([p, t]) => [host.uri(p), t]));
}

function analyse(b: Bench, files: ReadonlyMap<string, string>) {
  load(b, files);
  // CPU time, not wall time: the bound must hold on a busy CI machine too.
  const started = process.cpuUsage();
  const result = b.engine.analyze();
  const used = process.cpuUsage(started);
  const ms = (used.user + used.system) / 1000;
  assert.deepEqual(result.errors, [], `a rule crashed: ${result.errors.map((e) => `${e.rule}: ${e.message}`).join('\n')}`);
  return { result, ms };
}

// ---------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------

const catalogText = new Map(shippedCatalogs().map((c) => [c.uri, c.text]));
function textOf(files: ReadonlyMap<string, string>, uri: string): string {
  const t = files.get(uri) ?? catalogText.get(uri);
  assert.ok(t !== undefined, `a diagnostic points into ${uri}, which is neither a workspace file nor a catalog`);
  return t;
}

function assertInside(text: string, range: Range, what: string): void {
  const lines = lspLines(text);
  for (const p of [range.start, range.end]) {
    assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character), `${what}: non-integer position ${JSON.stringify(p)}`);
    assert.ok(p.line >= 0 && p.line < lines.length, `${what}: line ${p.line} outside the document (${lines.length} lines)`);
    assert.ok(p.character >= 0 && p.character <= lines[p.line]!.length, `${what}: character ${p.character} outside line ${p.line} (length ${lines[p.line]!.length})`);
  }
  const { start: s, end: e } = range;
  assert.ok(s.line < e.line || (s.line === e.line && s.character <= e.character), `${what}: range ends before it starts ${JSON.stringify(range)}`);
}

function assertDiagnosticsInside(files: ReadonlyMap<string, string>, diagnostics: ReadonlyMap<string, readonly Diagnostic[]>): void {
  for (const [uri, list] of diagnostics) {
    for (const d of list) {
      assert.equal(d.uri, uri);
      assertInside(textOf(files, uri), d.range, `${d.rule} in ${uri}`);
      for (const r of d.related) assertInside(textOf(files, r.uri), r.range, `related location of ${d.rule} in ${r.uri}`);
      assert.ok(d.message.length > 0, `${d.rule}: empty message`);
    }
  }
}

/** Edit boundaries must not fall between `\r` and `\n` or inside a surrogate pair. */
function splitsUnit(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (before === 13 && after === 10) || (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff);
}

/**
 * Checks and applies edits (UTF-16 offsets) to the files; returns the new texts
 * of the edited files. `stale` edits were made for another text: they may cut a
 * line break or a surrogate pair in two, as an outdated edit in an editor would.
 */
function applyEdits(files: ReadonlyMap<string, string>, edits: readonly TextEdit[], what: string, stale = false): Map<string, string> {
  const out = new Map(files);
  const byUri = new Map<string, TextEdit[]>();
  for (const e of edits) byUri.set(e.uri, [...(byUri.get(e.uri) ?? []), e]);
  for (const [uri, list] of byUri) {
    const raw = files.get(uri);
    assert.ok(raw !== undefined, `${what}: edit of ${uri}, which is not a workspace file`);
    // Positions count the text an editor shows, as the engine reads it: without a leading byte order mark,
    // which the editor keeps in the file when it saves.
    const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
    const text = raw.slice(bom.length);
    const sorted = [...list].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    let prevEnd = -1;
    for (const e of sorted) {
      assert.ok(Number.isInteger(e.span.start) && Number.isInteger(e.span.end), `${what}: non-integer span`);
      assert.ok(e.span.start >= 0 && e.span.start <= e.span.end && e.span.end <= text.length, `${what}: span ${JSON.stringify(e.span)} outside ${uri} (length ${text.length})`);
      assert.ok(e.span.start >= prevEnd, `${what}: overlapping edits in ${uri}`);
      if (!stale) assert.ok(!splitsUnit(text, e.span.start) && !splitsUnit(text, e.span.end), `${what}: edit at ${JSON.stringify(e.span)} splits a line break or a surrogate pair`);
      prevEnd = e.span.end;
    }
    let result = '';
    let at = 0;
    for (const e of sorted) {
      result += text.slice(at, e.span.start) + e.newText;
      at = e.span.end;
    }
    result += text.slice(at);
    // Unchanged outside the edits: the text before the first and after the last edit is the same.
    const first = sorted[0]!;
    const last = sorted[sorted.length - 1]!;
    assert.equal(result.slice(0, first.span.start), text.slice(0, first.span.start), `${what}: text before the edit changed`);
    assert.equal(result.slice(result.length - (text.length - last.span.end)), text.slice(last.span.end), `${what}: text after the edit changed`);
    out.set(uri, bom + result);
  }
  return out;
}

/**
 * Structural parse errors of a file. The notices for U+FFFD and NUL are left
 * out: the generators write them into IDs, and a fix that names such a goal
 * (an `accepts`) copies them, as it should.
 */
function parseErrors(diagnostics: ReadonlyMap<string, readonly Diagnostic[]>, uri: string): number {
  const notice = new Set([...Object.values(NOT_UTF8), ...Object.values(HAS_NUL)]);
  return (diagnostics.get(uri) ?? []).filter((d) => d.rule === 'parse-error' && !notice.has(d.message)).length;
}

function describeEdits(edits: readonly TextEdit[]): string {
  return edits.map((e) => `${e.uri.slice(BASE.length)}@${e.span.start}-${e.span.end}:${JSON.stringify(e.newText)}`).join(' ');
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

describe('robustness: property-based tests on mutated documents', function () {
  this.timeout(FUZZ_RUNS > 0 ? 0 : 60000);

  before(function () {
    // Warm up: the first analysis builds the objective ranker.
    for (const rules of ['all', ['parse-error']] as const) analyse(bench(rules), filesOf(fc.sample(anyCase, { seed: 1, numRuns: 1 })[0]!));
  });

  after(function () {
    const total = tally.properties.reduce((n, p) => n + p.cases, 0);
    console.log(`      robustness: ${total} generated cases passed (seed ${SEED}): ${tally.properties.map((p) => `${p.name} ${p.cases}`).join(', ')}`);
    const applied = [...tally.applied].sort(([a], [b]) => a.localeCompare(b));
    console.log(`      robustness: edits applied and re-analysed: ${applied.map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
    if (tally.repeatedInserts.size) {
      console.log(`      robustness: ${tally.repeatedInserts.size} insert or line-removal fix(es) offered again after being applied (the next repeat, or text applied twice):`);
      for (const [k, v] of tally.repeatedInserts) console.log(`        ${k}: ${v}`);
    }
  });

  it('never throws, no rule crashes, every range lies inside its file (and, fuzzing, each case takes bounded time)', function () {
    let slowest = 0;
    check('analysis', anyCase, runs(30), (c) => {
      const files = filesOf(c);
      const { result, ms } = analyse(bench('all'), files);
      slowest = Math.max(slowest, ms);
      if (FUZZ_RUNS > 0) assert.ok(ms < FUZZ_TIME_BOUND_MS, `analysis took ${Math.round(ms)} ms of CPU time (bound ${FUZZ_TIME_BOUND_MS} ms)`);
      assertDiagnosticsInside(files, result.diagnostics);
      // The broken file is analysed (it has an entry, possibly empty) unless it stopped being a strategy document.
      for (const uri of result.diagnostics.keys()) assert.ok(files.has(uri), `diagnostics for ${uri}, which is not in the workspace`);
    });
    if (FUZZ_RUNS > 0) console.log(`      slowest analysis: ${Math.round(slowest)} ms`);
  });

  it('quick fixes stay inside their file, keep it parseable, change nothing else, and are not offered again once applied', function () {
    check('quick fixes', fc.tuple(anyCase, fc.array(fc.nat(), { minLength: 1, maxLength: 3 })), runs(20), ([c, picks]) => {
      const files = filesOf(c);
      const { result } = analyse(bench('all'), files);
      const fixes = [...result.diagnostics.values()].flat().flatMap((d) => d.fixes.filter((f) => f.edits.length).map((fix) => ({ d, fix })));
      if (!fixes.length) return;
      const chosen = [...new Set(picks.map((p) => p % fixes.length))].map((i) => fixes[i]!);
      for (const { d, fix } of chosen) {
        const what = `fix "${fix.title.en}" of ${d.rule} (${describeEdits(fix.edits)})`;
        const after = applyEdits(files, fix.edits, what);
        const again = analyse(bench(['parse-error', d.rule]), after).result;
        count(d.rule);
        for (const uri of new Set(fix.edits.map((e) => e.uri))) {
          assert.ok(parseErrors(again.diagnostics, uri) <= parseErrors(result.diagnostics, uri), `${what} made ${uri} unparseable:\n${after.get(uri)}`);
        }
        // Applying the fix a second time: if the same edit is offered at the same place, it must be a no-op.
        for (const e of fix.edits) {
          const region = { start: e.span.start, end: e.span.start + e.newText.length };
          for (const d2 of again.diagnostics.get(e.uri) ?? []) {
            if (d2.rule !== d.rule) continue;
            for (const f2 of d2.fixes) {
              if (f2.title.en !== fix.title.en) continue;
              const same = f2.edits.find((e2) => e2.uri === e.uri && e2.newText === e.newText && e2.span.start <= region.end && e2.span.end >= region.start);
              if (!same) continue;
              const twice = applyEdits(after, f2.edits, `${what}, applied twice`);
              if (twice.get(e.uri) === after.get(e.uri)) continue;
              // An insert offered again, or a line removal offered again (a third `Frist:` line is the next repeat once the second is gone), is tallied, not failed.
              if (e.span.start === e.span.end || e.newText === '') tally.repeatedInserts.set(`${d.rule}: ${fix.title.en}`, describeEdits(fix.edits));
              else assert.fail(`${what} is offered again after it was applied, and applying it again changes the text`);
            }
          }
        }
        // A stale application (the same spans on the already fixed text, lone surrogates and all) must not hurt the engine either.
        const stale = fix.edits.every((e) => e.span.end <= (after.get(e.uri) ?? '').length) ? applyEdits(after, fix.edits, `${what}, stale`, true) : undefined;
        if (stale) analyse(bench(['parse-error', d.rule]), stale);
      }
    });
  });

  it('counterexamples found by `npm run fuzz` stay fixed', function () {
    // Seeds 2026 and 31337: an empty `owner:` in the front matter; the missing-owner fix inserted a second
    // `owner:` line instead of filling in the empty one, and the document no longer parsed (duplicate key).
    // Seed 217175991: a parse-error's own fix (closing a quote) was re-analysed with parse-error listed twice, so every problem counted twice.
    // Seed 1593461832: a member ID mutated to `i[t-fjord`; unknown-member's did-you-mean wrote it into a resource's
    // `{ owner: … }`, where `[` starts a list, and samstemt.yaml no longer parsed.
    const cases: Record<string, string>[] = [
      { 'samstemt.yaml': CONFIG, 'storby.md': '---\nowner:\ntitle: X\n---\n## X {#x}\n- Frist: 2026\n' },
      { 'samstemt.yaml': CONFIG, 'storby.yaml': 'owner: storby\ngoals:\r\n  - id: a\r\n    title: "uavslutta\r    deadline: [2026\r\n' },
      { 'samstemt.yaml': CONFIG.replace('  ikt-fjord: {', '  i[t-fjord: {'), 'storby.md': '---\nowner: storby\n---\n## X {#x}\n- Frist: 2026\n' },
    ];
    for (const c of cases) {
      const host = new InMemoryHost({}, BASE);
      const files = new Map(Object.entries(c).map(([p, t]) => [host.uri(p), t]));
      const { result } = analyse(bench('all'), files);
      for (const d of [...result.diagnostics.values()].flat()) {
        for (const fix of d.fixes) {
          const what = `fix "${fix.title.en}" of ${d.rule} (${describeEdits(fix.edits)})`;
          const after = applyEdits(files, fix.edits, what);
          const again = analyse(bench(['parse-error', d.rule]), after).result;
          for (const uri of new Set(fix.edits.map((e) => e.uri))) {
            assert.ok(parseErrors(again.diagnostics, uri) <= parseErrors(result.diagnostics, uri), `${what} made ${uri} unparseable:\n${after.get(uri)}`);
          }
        }
      }
    }
  });

  it('renaming a goal keeps every file parseable, changes only the ID spans and leaves no reference dangling', function () {
    const newName = fc.stringMatching(/^[a-zæøå0-9][a-zæøå0-9-]{0,12}$/).map((s) => `nytt-${s}`);
    const rules = ['parse-error', 'unknown-goal-ref'];
    check('rename', fc.tuple(anyCase, fc.nat(), newName), runs(15), ([c, pick, name]) => {
      const files = filesOf(c);
      const { result } = analyse(bench(rules), files);
      const goals = result.workspaces.flatMap((ws) => ws.goals);
      if (!goals.length) return;
      const goal = goals[pick % goals.length]!;
      const ctx: LanguageContext = { workspaces: result.workspaces, diagnostics: result.diagnostics, lang: 'en', knownFrameworks: [], ruleIds: allRules.map((r) => r.meta.id) };
      const prep = prepareRename(ctx, goal.uri, goal.idSpan.start);
      assert.ok(prep, `prepareRename at the ID of ${goal.key}`);
      const r = rename(ctx, goal.uri, goal.idSpan.start, name);
      assert.ok(r, `rename at the ID of ${goal.key}`);
      if ('refused' in r) assert.fail(`rename at the ID of ${goal.key} refused: ${r.refused}`);
      if ('error' in r) {
        assert.ok(result.workspaces.some((ws) => ws.goalsByKey.has(`${goal.owner}#${name}`)) || !/^[a-zæøå0-9][a-zæøå0-9-]*$/u.test(name), `rename refused: ${r.error}`);
        return;
      }
      const what = `rename of ${goal.key} to ${name} (${describeEdits(r.edits)})`;
      for (const e of r.edits) assert.equal(e.newText, name, what);
      const after = applyEdits(files, r.edits, what);
      const before = result;
      const again = analyse(bench(rules), after).result;
      count('rename');
      for (const uri of new Set(r.edits.map((e) => e.uri))) {
        assert.ok(parseErrors(again.diagnostics, uri) <= parseErrors(before.diagnostics, uri), `${what} made ${uri} unparseable`);
      }
      const dangling = (res: typeof before) => [...res.diagnostics.values()].flat().filter((d) => d.rule === 'unknown-goal-ref').length;
      assert.ok(dangling(again) <= dangling(before), `${what} left references dangling`);
      const renamed = again.workspaces.flatMap((ws) => ws.goals).filter((g) => g.uri === goal.uri && g.id === name);
      assert.ok(renamed.length >= 1, `${what}: no goal ${name} in ${goal.uri} afterwards`);
    });
  });

  it('a rename in a document that starts with a byte order mark lands on the ID (seed 353908454 of `npm run fuzz`)', function () {
    // Edits count the text an editor shows, without the mark; applied to the file with it, they landed one character early.
    const host = new InMemoryHost({}, BASE);
    const files = new Map([
      [host.uri('samstemt.yaml'), CONFIG],
      [host.uri('storby.md'), '\uFEFF\r## Mål {#a}\n- Prioritet: høy\r'],
    ]);
    const { result } = analyse(bench(['parse-error', 'unknown-goal-ref']), files);
    const goal = result.workspaces.flatMap((ws) => ws.goals)[0]!;
    const ctx: LanguageContext = { workspaces: result.workspaces, diagnostics: result.diagnostics, lang: 'en', knownFrameworks: [], ruleIds: allRules.map((r) => r.meta.id) };
    const r = rename(ctx, goal.uri, goal.idSpan.start, 'nytt-å');
    assert.ok(r && 'edits' in r, 'the rename is made');
    const after = applyEdits(files, r.edits, 'rename of #a');
    assert.equal(after.get(host.uri('storby.md')), '\uFEFF\r## Mål {#nytt-å}\n- Prioritet: høy\r');
  });

  it('the Markdown parser (inline constructs off, nesting limited) sees the block structure remark sees', function () {
    // The parser switches micromark's inline constructs off and blanks container markers nested
    // deeper than any real document (both for speed on adversarial input): for documents within
    // the limits, the blocks and their positions — all the model reads — must not change.
    const reference = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
    const INLINE = ['attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'hardBreakEscape', 'htmlText', 'labelEnd', 'labelStartImage', 'labelStartLink'];
    const ours = unified()
      .use(remarkParse)
      .use(remarkFrontmatter, ['yaml'])
      .use(function (this: import('unified').Processor) {
        (this.data().micromarkExtensions ??= []).push({ disable: { null: INLINE } });
      });
    const LEAVES = new Set(['paragraph', 'heading', 'tableCell']);
    const shape = (n: Node): string => {
      const at = `${n.type}@${n.position?.start.offset}-${n.position?.end.offset}`;
      const children = (n as Parent).children;
      return LEAVES.has(n.type) || !children ? at : `${at}[${children.map(shape).join(',')}]`;
    };
    const markdown = fc.oneof(
      anyCase.filter((c) => c.target.endsWith('.md')).map((c) => c.files[c.target]!),
      generatedDocument,
    );
    check('markdown blocks', markdown, runs(60), (text) => {
      if (limitNesting(text) !== text) return;
      assert.equal(shape(ours.parse(text)), shape(reference.parse(text)));
    });
  });

  it('long Markdown documents parsed in sections have the blocks and offsets of a whole-document parse', function () {
    // Above 16 000 characters the parser cuts the document at headings and paragraph starts
    // (outside front matter, fenced code and HTML blocks) and parses the sections one by one.
    const reference = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
    const LEAVES = new Set(['paragraph', 'heading', 'tableCell']);
    const shape = (n: Node): string => {
      const at = `${n.type}@${n.position?.start.offset}-${n.position?.end.offset}`;
      const children = (n as Parent).children;
      return LEAVES.has(n.type) || !children ? at : `${at}[${children.map(shape).join(',')}]`;
    };
    check('long markdown', longMarkdown, runs(6), (withBom) => {
      // remark drops a leading BOM and counts offsets without it; parseBlocks counts them in the text.
      const text = withBom.replace(/^\uFEFF/, '');
      if (limitNesting(text) !== text) return;
      const ours = parseBlocks(text).children.map(shape).join(',');
      const theirs = reference.parse(text).children.map(shape).join(',');
      if (ours !== theirs) {
        let k = 0;
        while (ours[k] === theirs[k]) k++;
        assert.fail(`block trees differ at ${k}:\n  sections: …${ours.slice(Math.max(0, k - 200), k + 200)}\n  whole:    …${theirs.slice(Math.max(0, k - 200), k + 200)}`);
      }
    });
  });
});
