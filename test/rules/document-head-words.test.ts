/** The head of a Markdown document is called what an author sees: the lines between `---` at the top, not «front matter». */
import { strict as assert } from 'node:assert';
import { analyzeRule, CONFIG_NB, CONFIG_NN } from '../helpers/workspace.js';

const unclosed = `---\nowner: storby\nperiod: 2024–2027\n\n## Digital byggesak {#bygg}\n\n- Frist: 2025-12-31\n`;

describe('parse-error: the head of a document in plain words', () => {
  it('says in bokmål that the head is not closed, and titles the fix by what it writes', () => {
    const [d] = analyzeRule('parse-error', { 'samstemt.yaml': CONFIG_NB, 'storby.md': unclosed });
    assert.equal(d!.message, 'Dokumenthodet (linjene mellom `---` øverst) starter her, men er ikke avsluttet: legg til en linje med `---` etter siste nøkkel.');
    assert.equal(d!.fixes[0]!.title.nb, 'Legg til den avsluttende `---` etter siste nøkkel');
  });

  it('says it in nynorsk, with the nynorsk fix title', () => {
    const [d] = analyzeRule('parse-error', { 'samstemt.yaml': CONFIG_NN, 'storby.md': unclosed });
    assert.match(d!.message, /^Dokumenthovudet \(linjene mellom `---` øvst\) startar her, men er ikkje avslutta/);
    assert.equal(d!.fixes[0]!.title.nn, 'Legg til den avsluttande `---` etter siste nøkkel');
  });

  it('names blank lines above the head without «front matter»', () => {
    const [d] = analyzeRule('parse-error', { 'samstemt.yaml': CONFIG_NB, 'storby.md': `\n---\nowner: storby\n---\n\n## Mål {#m}\n\n- Frist: 2025-12-31\n` });
    assert.match(d!.message, /^Dokumenthodet \(linjene mellom `---` øverst\) må begynne på første linje i filen/);
    assert.doesNotMatch(`${d!.message} ${d!.fixes[0]!.title.nb}`, /front matter/i);
  });
});
