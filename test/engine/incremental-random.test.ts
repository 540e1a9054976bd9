/**
 * Incremental analysis, checked two ways on realistic workspaces (the bundled
 * sample and a generated cooperation):
 *
 * - the work counters show that an edit re-analyses only what it must;
 * - after every step of seeded random edit sequences (titles, property
 *   values moved between goals, deleted and duplicated lines, typos, renamed
 *   goal IDs, removed links, deleted and restored documents, config edits),
 *   the engine that has seen every step gives exactly the diagnostics of a
 *   fresh engine on the same files.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InMemoryHost, createTestEngine, assertSameAsFresh, readTree, REPO } from '../helpers/workspace.js';
import { generate, mulberry32 } from '../../scripts/bench/generate.js';
import { analysedConflictContext, conflictStats } from '../../server/src/engine/conflicts/context.js';
import { allRules } from '../../server/src/rules/index.js';
import type { AnalysisResult } from '../../server/src/engine/engine.js';

let generated: Record<string, string> | undefined;
/** A generated workspace: two cooperations of six members with twelve goals each. */
function generatedWorkspace(): Record<string, string> {
  if (!generated) {
    const dir = mkdtempSync(path.join(tmpdir(), 'samstemt-incremental-'));
    try {
      generate(dir, { cooperations: 2, membersPerCooperation: 6, goalsPerMember: 12, seed: 7 });
      generated = readTree(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return generated;
}

const sampleWorkspace = () => readTree(path.join(REPO, 'samples/ikt-fjord'));

/** The generated workspace without `members` in samstemt.yaml: the owners seen are the members. */
const undeclaredMembers = () =>
  Object.fromEntries(Object.entries(generatedWorkspace()).map(([p, t]) => [p, p.endsWith('samstemt.yaml') ? t.replace(/\nmembers:\n(?: .*\n)+/, '\n') : t]));

const DOC_RULES = allRules.filter((r) => r.checkDocument);
const readers = (fact: string) => allRules.filter((r) => r.meta.reads?.includes(fact as never));

/** Documents (other than the one at `except`) where goal-unlinked reports on another set of goals in `after` than in `before`. */
function docsWithOtherUnlinkedGoals(before: AnalysisResult, after: AnalysisResult, except: string): number {
  const unlinked = (r: AnalysisResult, uri: string) => JSON.stringify((r.diagnostics.get(uri) ?? []).filter((d) => d.rule === 'goal-unlinked').map((d) => d.goal));
  return [...after.diagnostics.keys()].filter((uri) => uri !== except && unlinked(before, uri) !== unlinked(after, uri)).length;
}

describe('incremental analysis on realistic workspaces', function () {
  this.timeout(60_000);

  describe('work counters', () => {
    /** The generated workspace's first cooperation on its own, and a member document in it. */
    function setup() {
      const files = Object.fromEntries(Object.entries(generatedWorkspace()).filter(([p]) => p.startsWith(Object.keys(generatedWorkspace())[0]!.split('/')[0] + '/')));
      const docs = Object.keys(files).filter((p) => !p.endsWith('samstemt.yaml'));
      const member = docs.find((p) => p.endsWith('.md') && /\nBidrar til: |\n- Bidrar til: /.test(files[p]!))!;
      assert.ok(member, 'the generated cooperation has a member document with a contribution');
      const host = new InMemoryHost(files);
      const engine = createTestEngine(host);
      engine.analyze();
      return { files, docs, member, host, engine };
    }

    it('an edit of prose re-runs the per-document rules of that document only, and compares only its goals\' conflict pairs', () => {
      const { files, docs, member, host, engine } = setup();
      const before = { ...engine.stats };
      const text = files[member]!;
      const prose = text.slice(text.indexOf('\n- ')).search(/\n\n\p{L}/u) + text.indexOf('\n- ') + 2; // the first paragraph after a property list
      host.set(member, text.slice(0, prose) + 'Dette er en ny setning. ' + text.slice(prose));
      const result = engine.analyze();
      assert.equal(engine.stats.parses - before.parses, 1, 'only the edited document is parsed');
      assert.equal(engine.stats.documentRuns - before.documentRuns, DOC_RULES.length, 'per-document rules run for the edited document only');
      assert.equal(engine.stats.documentReuses - before.documentReuses, DOC_RULES.length * (docs.length - 1));
      const reading = allRules.filter((r) => r.checkWorkspace && r.meta.reads).length;
      assert.equal(engine.stats.workspaceReuses - before.workspaceReuses, reading, 'workspace rules that read only the goal graph are reused');

      // The pairs compared afresh are at most those with a goal of the edited document:
      // counted independently as the comparisons that disappear without the document.
      const stats = conflictStats(result.workspaces[0]!);
      const without = new InMemoryHost(Object.fromEntries(Object.entries(files).filter(([p]) => p !== member)));
      const pairsWithout = conflictStats(createTestEngine(without).analyze().workspaces[0]!).comparisons;
      assert.ok(stats.comparisons > pairsWithout, 'the edited document takes part in conflict pairs');
      assert.ok(stats.evaluated <= stats.comparisons - pairsWithout, `evaluated ${stats.evaluated} pairs, of which at most ${stats.comparisons - pairsWithout} involve the edited document`);
      assert.ok(stats.replayed > 0, 'pairs of unchanged goals are replayed');
      assert.ok(stats.evaluated + stats.replayed <= stats.comparisons);
      // The candidate indexes file the goals of the edited document again, and only those.
      const ws = result.workspaces[0]!;
      const cc = analysedConflictContext(ws);
      const edited = ws.documents.find((d) => d.uri === host.uri(member))!;
      const fresh = createTestEngine(new InMemoryHost(Object.fromEntries([...host.files].map(([u, t]) => [decodeURIComponent(u.slice(host.base.length)), t])))).analyze().workspaces[0]!;
      const indexingRules = conflictStats(fresh).filed / cc.goals().length;
      assert.ok(indexingRules >= 1 && Number.isInteger(indexingRules), 'a fresh analysis files every active goal once per indexing rule');
      assert.equal(stats.filed, indexingRules * cc.activeGoalsOf(edited).length);
      assertSameAsFresh(engine, host, 'the prose edit');
    });

    it('an edit of a contribution re-runs the goal-graph rules, and in other documents only where a goal\'s inherited link changed', () => {
      const { files, member, host, engine } = setup();
      const first = engine.analyze();
      const before = { ...engine.stats };
      host.set(member, files[member]!.replace(/(Bidrar til: )([^\n]+)/, '$1finnes-ikke'));
      const after = engine.analyze();
      const expected = DOC_RULES.length + docsWithOtherUnlinkedGoals(first, after, host.uri(member));
      assert.equal(engine.stats.documentRuns - before.documentRuns, expected);
      const keyOnly = allRules.filter((r) => r.checkWorkspace && r.meta.reads && !r.meta.reads.includes('goalGraph')).length;
      assert.equal(engine.stats.workspaceReuses - before.workspaceReuses, keyOnly, 'workspace rules that read the goal graph run again, the others are reused');
      assertSameAsFresh(engine, host, 'the contribution edit');
    });

    it('a renamed goal ID re-runs the rules that resolve references in every document', () => {
      const { files, docs, host, engine } = setup();
      const company = docs.find((p) => p.includes('/selskap/'))!;
      const first = engine.analyze();
      const before = { ...engine.stats };
      host.set(company, files[company]!.replace(/\{#([^}]+)\}/, '{#$1-ny}'));
      const after = engine.analyze();
      const keyReaders = DOC_RULES.filter((r) => readers('goalKeys').includes(r)).length;
      assert.ok(keyReaders > 0);
      const expected = DOC_RULES.length + keyReaders * (docs.length - 1) + docsWithOtherUnlinkedGoals(first, after, host.uri(company));
      assert.equal(engine.stats.documentRuns - before.documentRuns, expected);
      assertSameAsFresh(engine, host, 'the renamed ID');
    });

    it('nothing changed: nothing runs', () => {
      const { engine } = setup();
      const before = { ...engine.stats };
      engine.analyze();
      assert.deepEqual(engine.stats, before);
    });
  });

  describe('random edit sequences give the same result as a fresh analysis', () => {
    for (const [name, files, seed, steps] of [
      ['the sample cooperation', sampleWorkspace, 11, 40],
      ['a generated workspace', generatedWorkspace, 23, 40],
      ['a generated workspace', generatedWorkspace, 99, 40],
      ['a generated workspace without declared members', undeclaredMembers, 5, 40],
    ] as const) {
      it(`${name}, seed ${seed}, ${steps} steps`, () => {
        const random = mulberry32(seed);
        const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
        const host = new InMemoryHost(files());
        const removed = new Map<string, string>();
        const engine = createTestEngine(host);
        engine.analyze();
        for (let step = 1; step <= steps; step++) {
          const paths = [...host.files.keys()].map((u) => decodeURIComponent(u.slice(host.base.length)));
          const docs = paths.filter((p) => !p.endsWith('samstemt.yaml'));
          const target = pick(docs);
          const text = host.files.get(host.uri(target))!;
          const lines = text.split('\n');
          const at = Math.floor(random() * lines.length);
          const edits: [string, () => void][] = [
            ['a word in a title', () => {
              const titles = lines.flatMap((l, i) => (/^#{1,6} |^\s*title: /.test(l) ? [i] : []));
              if (!titles.length) return;
              const i = pick(titles);
              lines[i] = lines[i]!.replace(/(#+ |title: )/, `$1${pick(['Felles', 'Lokal', 'Ny', 'Avvikle', 'Behold'])} `);
              host.set(target, lines.join('\n'));
            }],
            ['a property value taken from another goal', () => {
              const all = docs.flatMap((p) => host.files.get(host.uri(p))!.split('\n').filter((l) => /^\s*-?\s*[\p{L} ]+: \S/u.test(l)));
              const props = lines.flatMap((l, i) => (/^\s*-?\s*[\p{L} ]+: \S/u.test(l) ? [i] : []));
              if (!props.length || !all.length) return;
              const i = pick(props);
              const key = lines[i]!.slice(0, lines[i]!.indexOf(': ') + 2);
              const sameKey = all.filter((l) => l.startsWith(key));
              lines[i] = key + (sameKey.length ? pick(sameKey).slice(key.length) : 'alle');
              host.set(target, lines.join('\n'));
            }],
            ['a deleted line', () => {
              lines.splice(at, 1);
              host.set(target, lines.join('\n'));
            }],
            ['a line copied from another document', () => {
              const from = host.files.get(host.uri(pick(docs)))!.split('\n');
              lines.splice(at, 0, pick(from));
              host.set(target, lines.join('\n'));
            }],
            ['a typo', () => {
              const line = lines[at] ?? '';
              const c = Math.floor(random() * (line.length + 1));
              lines[at] = line.slice(0, c) + pick(['x', ' ', ':', '#', '-', 'ø']) + line.slice(c);
              host.set(target, lines.join('\n'));
            }],
            ['a goal ID renamed (references to it elsewhere break)', () => {
              const ids = lines.flatMap((l, i) => (/\{#[^}]+\}\s*$|^\s*-?\s*id: \S/.test(l) ? [i] : []));
              if (!ids.length) return;
              const i = pick(ids);
              lines[i] = lines[i]!.replace(/(\{#[^}]+)\}|(id: \S+)/, (_whole, md?: string, yaml?: string) => (md ? `${md}-ny}` : `${yaml}-ny`));
              host.set(target, lines.join('\n'));
            }],
            ['a link removed (goals that inherit it elsewhere lose it)', () => {
              const links = lines.flatMap((l, i) => (/^\s*-?\s*(Støtter|Støttar|Supports|supports|støtter|støttar): /.test(l) ? [i] : []));
              if (!links.length) return;
              lines.splice(pick(links), 1);
              host.set(target, lines.join('\n'));
            }],
            ['a deleted document', () => {
              removed.set(target, text);
              host.delete(target);
            }],
            ['a restored document', () => {
              const [p, t] = [...removed][0] ?? [];
              if (p === undefined || t === undefined) return;
              removed.delete(p);
              host.set(p, t);
            }],
            ['an edit of samstemt.yaml', () => {
              const config = pick(paths.filter((p) => p.endsWith('samstemt.yaml')));
              const cl = host.files.get(host.uri(config))!.split('\n');
              const i = Math.floor(random() * cl.length);
              if (/capacity: \d/.test(cl[i]!)) cl[i] = cl[i]!.replace(/\d+/, String(1 + Math.floor(random() * 20)));
              else cl.splice(i, 1);
              host.set(config, cl.join('\n'));
            }],
          ];
          // Text edits are the common case; documents and the config change now and then.
          const [what, apply] = random() < 0.85 ? pick(edits.slice(0, 7)) : pick(edits.slice(7));
          apply();
          assertSameAsFresh(engine, host, `step ${step} (${what} in ${target})`);
        }
      });
    }
  });
});
