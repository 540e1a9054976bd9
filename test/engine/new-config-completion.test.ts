/**
 * The editor tells a folder without samstemt.yaml to create one and let the
 * suggestions fill it in: they must be there in a new, nearly empty file.
 */
import { strict as assert } from 'node:assert';
import { InMemoryHost, createTestEngine } from '../helpers/workspace.js';
import type { LanguageContext } from '../../server/src/engine/language/context.js';
import { complete } from '../../server/src/engine/language/completion.js';
import { allRules } from '../../server/src/rules/index.js';

describe('completion in a new samstemt.yaml', () => {
  it('offers the settings of a cooperation in a file that holds only the start of a key', () => {
    const host = new InMemoryHost({ 'samstemt.yaml': 'me', 'plan.strategy.md': '---\nowner: lillevik\n---\n\n## Mål {#m}\n' });
    const engine = createTestEngine(host);
    const result = engine.analyze();
    const ctx: LanguageContext = { workspaces: result.workspaces, diagnostics: result.diagnostics, lang: 'nb', knownFrameworks: engine.builtInFrameworks, ruleIds: allRules.map((r) => r.meta.id) };
    const labels = complete(ctx, host.uri('samstemt.yaml'), 2).map((i) => i.label);
    assert.ok(labels.some((l) => /^(members|medlemmer|medlemer)$/.test(l)), labels.join(', '));
  });
});
