/**
 * Goal IDs and references with æ/ø/å written decomposed (NFD: «å» as «a» and
 * a combining ring, as macOS file names and some PDF copies give them) are
 * the same IDs as the composed ones they look like: the heading's ID is valid,
 * references in either form resolve, and rename edits exactly the written ID.
 */
import { strict as assert } from 'node:assert';
import { analyze, CONFIG, InMemoryHost, createTestEngine } from '../helpers/workspace.js';
import type { LanguageContext } from '../../server/src/engine/language/context.js';
import { references, rename } from '../../server/src/engine/language/definition.js';
import { allRules } from '../../server/src/rules/index.js';

const NFD = 'velferd-ska\u030asen';
const NFC = 'velferd-skåsen';

const files = (heading: string, ref: string, accepts = '') => ({
  'samstemt.yaml': CONFIG,
  'storby.md': `---\nowner: storby\n---\n\n## Velferdsteknologi på Skåsen {#${heading}}\n\n- Støtter: DS19-M2\n- Frist: 2026\n`,
  'midtby.md': `---\nowner: midtby\n---\n\n## Felles velferd {#felles}\n\n- Bidrar til: storby#${ref}\n${accepts}- Frist: 2026\n`,
});

describe('goal IDs written decomposed (NFD)', () => {
  for (const [heading, ref] of [
    [NFD, NFC],
    [NFC, NFD],
    [NFD, NFD],
  ] as const) {
    it(`a heading ID ${heading === NFD ? 'decomposed' : 'composed'} and a reference ${ref === NFD ? 'decomposed' : 'composed'} are the same ID`, () => {
      const ds = analyze(files(heading, ref));
      assert.deepEqual(
        ds.filter((d) => d.rule === 'invalid-value' || d.rule === 'unknown-goal-ref' || d.rule === 'duplicate-goal-id').map((d) => d.message),
        [],
      );
      // The contribution resolves: the contributing goal is linked through it.
      assert.ok(!ds.some((d) => d.rule === 'goal-unlinked' && d.file === 'midtby.md'), JSON.stringify(ds.filter((d) => d.file === 'midtby.md').map((d) => d.message)));
    });
  }

  it('references and rename find the decomposed reference and edit exactly its ID', () => {
    const host = new InMemoryHost(files(NFC, NFD, `- Aksepterer: storby#${NFD} — avtalt\n`));
    const engine = createTestEngine(host);
    const result = engine.analyze();
    const ctx: LanguageContext = { workspaces: result.workspaces, diagnostics: result.diagnostics, lang: 'en', knownFrameworks: engine.builtInFrameworks, ruleIds: allRules.map((r) => r.meta.id) };
    const text = (p: string) => host.files.get(host.uri(p))!;
    const heading = text('storby.md').indexOf(`{#${NFC}}`) + 2;
    assert.equal(references(ctx, host.uri('storby.md'), heading, false).length, 2);
    const r = rename(ctx, host.uri('storby.md'), heading, 'velferd-skaasen');
    assert.ok(r && 'edits' in r, JSON.stringify(r));
    assert.equal(r.edits.length, 3);
    for (const e of r.edits) {
      const written = text(e.uri.slice('file:///ws/'.length)).slice(e.span.start, e.span.end);
      assert.equal(written.normalize('NFC'), NFC, `${e.uri}: ${JSON.stringify(written)}`);
    }
  });
});
