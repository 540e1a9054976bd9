/**
 * One member with a very long strategy (hundreds of goals in one file): the
 * work of an analysis, and of a one-line edit in the middle of the file, must
 * grow with the goals that changed, not with the length of the document.
 * Checked with the engine's work counters, and by comparing the edited
 * engine's diagnostics with a fresh analysis of the same files.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InMemoryHost, createTestEngine } from '../helpers/workspace.js';
import { generate } from '../../scripts/bench/generate.js';
import { editStats } from '../../server/src/engine/edits.js';
import { lineStats } from '../../server/src/engine/text/lines.js';

/** Files of a folder, by path relative to it. */
function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(md|ya?ml)$/.test(name)) out[path.relative(dir, p).split(path.sep).join('/')] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

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
});
