/**
 * Goals written as rows of a table (`| Felles HR {#felles-hr} | 2026 |`), as
 * an action plan kept in a Word table: the author sees goals with IDs, but a
 * goal is read only from a heading. Each such cell is reported, in plain
 * words, with the heading to write, instead of the goals silently not being
 * there.
 */
import { strict as assert } from 'node:assert';
import { analyze, textAt, CONFIG, CONFIG_NB, CONFIG_NN } from '../helpers/workspace.js';

const FM = `---\nowner: storby\n---\n\n# Handlingsplan 2025\n\n`;
const TABLE = `| Mål | Frist | Støtter |\n|-----|-------|---------|\n| Felles HR {#felles-hr} | 2026 | DS19-M2 |\n| **Digital byggesak {#byggesak}** | 2025 | DS19-I2 |\n| Vanlig tekst | 2025 | – |\n`;

function found(text: string, config = CONFIG) {
  const files = { 'samstemt.yaml': config, 'storby.md': text };
  return { files, diagnostics: analyze(files).filter((d) => d.file === 'storby.md' && d.rule === 'invalid-value') };
}

describe('Goal IDs in the cells of a table', () => {
  it('reports each cell that ends in a goal ID, with the heading to write', () => {
    const { files, diagnostics } = found(`${FM}${TABLE}`);
    assert.deepEqual(diagnostics.map((d) => textAt(files, d)), ['Felles HR {#felles-hr}', '**Digital byggesak {#byggesak}**']);
    assert.equal(diagnostics[0]!.severity, 'error');
    assert.match(diagnostics[0]!.message, /^"Felles HR \{#felles-hr\}" stands in a table, so Samstemt does not read it as a goal: a goal is a heading that ends with its ID\. Write it as a heading, with its properties as a list below it: ## Felles HR \{#felles-hr\}/);
    assert.match(diagnostics[1]!.message, /## Digital byggesak \{#byggesak\}/);
  });

  it('says it in nb and nn', () => {
    assert.match(found(`${FM}${TABLE}`, CONFIG_NB).diagnostics[0]!.message, /^«Felles HR \{#felles-hr\}» står i en tabell, så Samstemt leser det ikke som et mål/);
    assert.match(found(`${FM}${TABLE}`, CONFIG_NN).diagnostics[0]!.message, /^«Felles HR \{#felles-hr\}» står i ein tabell, så Samstemt les det ikkje som eit mål/);
  });

  it('reports a table inside a goal too, and leaves a table without IDs alone', () => {
    const goal = `## Arkiv {#arkiv}\n\n- Frist: 2026\n- Støtter: DS19-M2, DN30-M1\n\n`;
    assert.equal(found(`${FM}${goal}${TABLE}`).diagnostics.length, 2);
    assert.deepEqual(found(`${FM}${goal}| År | Andel |\n|---|---|\n| 2025 | 40 % |\n`).diagnostics, []);
  });
});
