/**
 * `samePublished` decides whether the server re-sends a file's diagnostics:
 * it must be true exactly when two diagnostics convert to the same LSP
 * diagnostic. Checked on every pair of the sample cooperation's diagnostics
 * within a file and on copies with one published field changed.
 */
import { strict as assert } from 'node:assert';
import path from 'node:path';
import { samePublished, toLspDiagnostic } from '../../server/src/lsp/convert.js';
import { NodeHost } from '../../server/src/node/nodeHost.js';
import { loadBuiltInCatalogs } from '../../server/src/node/catalogs.js';
import { Engine } from '../../server/src/engine/engine.js';
import { allRules } from '../../server/src/rules/index.js';
import type { Diagnostic } from '../../server/src/engine/types.js';
import { REPO } from '../helpers/paths.js';

const json = (d: Diagnostic) => JSON.stringify(toLspDiagnostic(d));

/** Copies of `d` that each differ from it in one field the editor sees. */
function variants(d: Diagnostic): Diagnostic[] {
  const moved = (r: Diagnostic['range'], by: number) => ({ start: r.start, end: { line: r.end.line, character: r.end.character + by } });
  const out: Diagnostic[] = [
    { ...d, range: moved(d.range, 1) },
    { ...d, range: { start: { line: d.range.start.line + 1, character: d.range.start.character }, end: d.range.end } },
    { ...d, severity: d.severity === 'error' ? 'warning' : 'error' },
    { ...d, rule: `${d.rule}-x` },
    { ...d, message: `${d.message}.` },
    { ...d, goal: `${d.goal ?? ''}x` },
    { ...d, tags: [...(d.tags ?? []), 'unnecessary'] },
    { ...d, related: [...d.related, { uri: 'file:///x.md', span: { start: 0, end: 1 }, range: d.range, message: 'x' }] },
  ];
  if (d.related.length) {
    const [first, ...rest] = d.related;
    out.push({ ...d, related: [{ ...first!, uri: `${first!.uri}x` }, ...rest] });
    out.push({ ...d, related: [{ ...first!, message: `${first!.message}.` }, ...rest] });
    out.push({ ...d, related: [{ ...first!, range: moved(first!.range, 1) }, ...rest] });
  }
  return out;
}

describe('samePublished (language server)', function () {
  let byFile: Diagnostic[][];
  before(() => {
    const root = path.join(REPO, 'samples/ikt-fjord');
    const engine = new Engine(new NodeHost([root]), { catalogs: loadBuiltInCatalogs(), rules: allRules, roots: [] });
    byFile = [...engine.analyze().diagnostics.values()].filter((l) => l.length > 0);
  });

  it('agrees with comparing the converted JSON on every pair within a file of the sample', function () {
    let pairs = 0;
    let equal = 0;
    for (const list of byFile) {
      for (const a of list) {
        for (const b of list) {
          pairs++;
          const same = json(a) === json(b);
          if (same) equal++;
          assert.equal(samePublished(a, b), same, `${a.rule} / ${b.rule}`);
        }
        // A copy with new objects converts to the same diagnostic.
        assert.ok(samePublished(a, structuredClone(a)));
      }
    }
    assert.ok(pairs > 100 && equal > 0 && equal < pairs);
  });

  it('tells apart a copy with any one published field changed', function () {
    let n = 0;
    for (const list of byFile) {
      for (const d of list) {
        for (const v of variants(d)) {
          assert.notEqual(json(v), json(d), 'the variant must change the published form');
          assert.equal(samePublished(d, v), false, JSON.stringify(v));
          n++;
        }
      }
    }
    assert.ok(n > 100);
  });
});
