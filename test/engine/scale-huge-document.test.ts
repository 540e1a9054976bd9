/**
 * One member with a very long strategy (hundreds of goals in one file): the
 * work of an analysis, and of a one-line edit in the middle of the file, must
 * grow with the goals that changed, not with the length of the document.
 * Checked with the engine's work counters, and by comparing the edited
 * engine's diagnostics with a fresh analysis of the same files.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InMemoryHost, createTestEngine, assertSameAsFresh, readTree } from '../helpers/workspace.js';
import { generate, mulberry32 } from '../../scripts/bench/generate.js';
import { editStats } from '../../server/src/engine/edits.js';
import { lineStats } from '../../server/src/engine/text/lines.js';

const cache = new Map<number, Record<string, string>>();
/** One cooperation of three members (the company and two municipalities) with `goals` goals each, in one file per member. */
export function hugeDocuments(goals: number): Record<string, string> {
  let files = cache.get(goals);
  if (!files) {
    const dir = mkdtempSync(path.join(tmpdir(), 'samstemt-huge-'));
    try {
      generate(dir, { cooperations: 1, membersPerCooperation: 3, goalsPerMember: goals, seed: 11 });
      files = readTree(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    cache.set(goals, files);
  }
  return files;
}

describe('a very long strategy document', function () {
  this.timeout(120_000);

  it('quick fixes find the document\'s line break once per document, not once per goal', () => {
    const files = hugeDocuments(300);
    const docs = Object.keys(files).filter((p) => !p.endsWith('samstemt.yaml'));
    const before = editStats.lineBreakScans;
    const result = createTestEngine(new InMemoryHost(files)).analyze();
    const fixes = [...result.diagnostics.values()].flat().filter((d) => d.rule === 'goal-unlinked' && d.fixes?.length).length;
    assert.ok(fixes > 50, `the documents have many goals with a suggested link (${fixes})`);
    assert.ok(editStats.lineBreakScans - before <= docs.length, `${editStats.lineBreakScans - before} scans of ${docs.length} documents for their line break`);
  });

  it('names the line of a repeated property without counting the lines from the top for every goal', () => {
    const files = { ...hugeDocuments(300) };
    const member = Object.keys(files).find((p) => p.includes('/kommuner/'))!;
    // Every goal repeats its area, as a copied template would.
    files[member] = files[member]!.replace(/\n- Område: ([^\n]*)\n/g, '\n- Område: $1\n- Område: $1\n');
    const before = lineStats.scans;
    const result = createTestEngine(new InMemoryHost(files)).analyze();
    const repeated = [...result.diagnostics.values()].flat().filter((d) => d.rule === 'invalid-value' && /Område/.test(d.message) && /\b(linje|line) \d+/.test(d.message));
    assert.ok(repeated.length >= 250, `${repeated.length} repeated areas named with their line`);
    assert.ok(lineStats.scans - before <= Object.keys(files).length, `${lineStats.scans - before} counts of lines from the top`);
  });

  it('gives after random one-line edits in the middle of a long document what a fresh analysis gives', () => {
    const files = hugeDocuments(150);
    const member = Object.keys(files).find((p) => p.includes('/kommuner/'))!;
    const host = new InMemoryHost(files);
    const engine = createTestEngine(host);
    engine.analyze();
    const rng = mulberry32(2026);
    let lines = files[member]!.split('\n');
    for (let step = 0; step < 12; step++) {
      // A line in the middle half of the document, where an edit shifts the goals after it.
      const at = Math.floor(lines.length / 4 + rng() * (lines.length / 2));
      const kind = Math.floor(rng() * 4);
      if (kind === 0) lines[at] += ' endret';
      else if (kind === 1) lines.splice(at, 1);
      else if (kind === 2) lines.splice(at, 0, lines[at]!);
      else {
        // A value moved to another goal: the deadline of one goal written in another.
        const deadlines = lines.flatMap((l, i) => (/^- Frist: /.test(l) ? [i] : []));
        const [a, b] = [deadlines[Math.floor(rng() * deadlines.length)]!, deadlines[Math.floor(rng() * deadlines.length)]!];
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      }
      host.set(member, lines.join('\n'));
      assertSameAsFresh(engine, host, `step ${step} (${['typing', 'a deleted line', 'a copied line', 'deadlines swapped'][kind]} at line ${at + 1})`);
      lines = host.files.get(host.uri(member))!.split('\n');
    }
  });
});
