/** Capacity units agree with their number in the editor too: completion after `Krever:` and the hover on a resource. */
import { strict as assert } from 'node:assert';
import { CONFIG, InMemoryHost, createTestEngine } from '../helpers/workspace.js';
import type { LanguageContext } from '../../server/src/engine/language/context.js';
import type { Lang } from '../../server/src/engine/types.js';
import { complete } from '../../server/src/engine/language/completion.js';
import { hover } from '../../server/src/engine/language/hover.js';
import { allRules } from '../../server/src/rules/index.js';

const DOC = '---\nowner: storby\n---\n\n## Mål {#m}\n\n- Krever: utviklingskapasitet 1\n';

function setup(unit: string, lang: Lang) {
  const host = new InMemoryHost({ 'samstemt.yaml': CONFIG.replace('capacity: 12, unit: årsverk', `capacity: 1, unit: ${unit}`), 'storby.md': DOC });
  const engine = createTestEngine(host);
  const result = engine.analyze();
  const ctx: LanguageContext = { workspaces: result.workspaces, diagnostics: result.diagnostics, lang, knownFrameworks: engine.builtInFrameworks, ruleIds: allRules.map((r) => r.meta.id) };
  return { ctx, uri: host.uri('storby.md') };
}

describe('capacity units in the editor', () => {
  it('completion after Krever: shows the capacity with the unit agreeing with it', () => {
    const at = DOC.indexOf('utviklingskapasitet 1');
    const detail = (unit: string, lang: Lang) => complete(setup(unit, lang).ctx, setup(unit, lang).uri, at).find((i) => i.label === 'utviklingskapasitet')?.detail;
    assert.equal(detail('timer', 'nb'), 'ikt-fjord · 1 time');
    assert.equal(detail('timer', 'en'), 'ikt-fjord · 1 hour');
    assert.equal(detail('story points', 'en'), 'ikt-fjord · 1 story points');
  });

  it('the hover on a resource says «1 time», not «1 timer»', () => {
    const { ctx, uri } = setup('timer', 'nb');
    const h = hover(ctx, uri, DOC.indexOf('utviklingskapasitet 1') + 2);
    assert.match(JSON.stringify(h), /Kapasitet: 1 time i året/);
  });
});
