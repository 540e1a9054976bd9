/** Applying the quick fixes of diagnostics to in-memory files, and checking what a fix changes. */
import { strict as assert } from 'node:assert';
import type { TextEdit } from '../../server/src/engine/types.js';
import { fileOf, type TestDiagnostic } from './workspace.js';
import { analyzeStructure } from './rules.js';

/** Applies edits (UTF-16 offsets into `text`) to one text, the last first so earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly Pick<TextEdit, 'span' | 'newText'>[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

/** Applies the edits of fix #`index` of `d` to a copy of `files` (paths relative to the in-memory root → text). */
export function applyFix(files: Record<string, string>, d: TestDiagnostic, index = 0): Record<string, string> {
  const fix = d.fixes[index];
  assert.ok(fix, `no fix #${index} on ${d.rule}: ${d.message}`);
  const out = { ...files };
  const byFile = new Map<string, TextEdit[]>();
  for (const e of fix.edits) {
    const file = fileOf(e.uri);
    byFile.set(file, [...(byFile.get(file) ?? []), e]);
  }
  for (const [file, edits] of byFile) out[file] = applyEdits(out[file]!, edits);
  return out;
}

/**
 * When the fixed diagnostic counts as gone:
 * - `'position'`: its rule reports nothing at its start any more (it is found before the fix by its start);
 * - `'file'`: its rule reports nothing in its file any more (it is found before the fix by its whole range).
 */
export type GoneWhen = 'position' | 'file';

/**
 * Applies fix #`index` of `d` and asserts that it resolves `d` and nothing
 * else: afterwards `d` is gone (see `GoneWhen`) and every other structure
 * diagnostic is unchanged. Returns the fixed files.
 */
export function assertFixResolves(files: Record<string, string>, d: TestDiagnostic, index = 0, gone: GoneWhen = 'position'): Record<string, string> {
  const fixed = applyFix(files, d, index);
  const sig = (x: TestDiagnostic) => `${x.file}|${x.rule}|${x.severity}|${x.message}`;
  const pos = (x: TestDiagnostic) => `${x.file}|${x.rule}|${x.range.start.line}:${x.range.start.character}`;
  const before = analyzeStructure(files);
  const after = analyzeStructure(fixed);
  const same = gone === 'position' ? (x: TestDiagnostic) => pos(x) === pos(d) : (x: TestDiagnostic) => JSON.stringify(x.range) === JSON.stringify(d.range);
  const i = before.findIndex((x) => sig(x) === sig(d) && same(x));
  assert.ok(i >= 0);
  before.splice(i, 1);
  if (gone === 'position') assert.ok(!after.some((x) => pos(x) === pos(d)), 'the diagnostic is still there after the fix');
  else assert.ok(!after.some((x) => x.rule === d.rule && x.file === d.file), `still reported: ${after.map(sig).join('\n')}`);
  assert.deepEqual(after.map(sig).sort(), before.map(sig).sort());
  return fixed;
}

/** Line breaks of `text` that are not CRLF (a fix that kept a CRLF document's line endings leaves none). */
export function loneBreaks(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' && text[i - 1] !== '\r') out.push(`LF at line ${text.slice(0, i).split('\n').length}: ${JSON.stringify(text.slice(Math.max(0, i - 30), i))}`);
    if (text[i] === '\r' && text[i + 1] !== '\n') out.push(`CR at ${i}`);
  }
  return out;
}
