/**
 * Hover on the members of a scope: `alle` lists the members it stands for and
 * those the goal's `Unntak` takes out; a member written by its name shows
 * that member and the ID to write.
 */
import { strict as assert } from 'node:assert';
import { CONFIG, InMemoryHost, createTestEngine } from '../helpers/workspace.js';
import type { LanguageContext } from '../../server/src/engine/language/context.js';
import { hover } from '../../server/src/engine/language/hover.js';
import { allRules } from '../../server/src/rules/index.js';

const DOC = `---
owner: ikt-fjord
---

## Felles HR-system {#felles-hr}

- Område: hr
- Omfang: alle
- Unntak: Fjellbygd kommune
- Innføre: Visma HRM
- Frist: 2026

## Felles arkiv {#arkiv}

- Omfang: storby, Midtby kommune
- Frist: 2026
`;

function setup(lang: 'nb' | 'nn' | 'en') {
  const host = new InMemoryHost({ 'samstemt.yaml': CONFIG, 'ikt.md': DOC });
  const engine = createTestEngine(host);
  const result = engine.analyze();
  const ctx: LanguageContext = { workspaces: result.workspaces, diagnostics: result.diagnostics, lang, knownFrameworks: engine.builtInFrameworks, ruleIds: allRules.map((r) => r.meta.id) };
  const at = (needle: string, delta = 1) => DOC.indexOf(needle) + delta;
  return { ctx, uri: host.uri('ikt.md'), at };
}

describe('hover on the members of a scope', () => {
  it('`alle` lists every member, and the members `Unntak` takes out', () => {
    const { ctx, uri, at } = setup('nb');
    const h = hover(ctx, uri, at('alle'));
    assert.ok(h);
    assert.equal(
      h.contents,
      '**Alle de 4 medlemmene i samarbeidet**\n\n`storby` (Storby kommune) · `midtby` (Midtby kommune) · `fjellbygd` (Fjellbygd kommune) · `ikt-fjord` (IKT Fjord AS)\n\nunntatt (`Unntak`): `fjellbygd` (Fjellbygd kommune)',
    );
    assert.deepEqual(h.span, { start: DOC.indexOf('alle'), end: DOC.indexOf('alle') + 4 });
    assert.match(hover(setup('nn').ctx, uri, at('alle'))!.contents, /^\*\*Alle dei 4 medlemene i samarbeidet\*\*/);
    assert.match(hover(setup('en').ctx, uri, at('alle'))!.contents, /^\*\*All 4 members of the cooperation\*\*/);
  });

  it('a member written by its name shows that member and the ID to write', () => {
    const { ctx, uri, at } = setup('en');
    const h = hover(ctx, uri, at('Midtby kommune', 2));
    assert.ok(h);
    // The population grouped as the reader's language does: a comma in English, a no-break space in Norwegian.
    assert.equal(h.contents, '**Midtby kommune** (`midtby`)\n\nkommune · population 15,000\n\nWritten by its name: write the ID `midtby`.');
    assert.match(hover(setup('nb').ctx, uri, at('Midtby kommune', 2))!.contents, /kommune · innbyggere 15\u00a0000\n/);
    const unknown = hover(ctx, uri, at('Fjellbygd kommune', 2));
    assert.match(unknown!.contents, /^\*\*Fjellbygd kommune\*\* \(`fjellbygd`\)/);
  });
});
