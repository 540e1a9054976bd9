/**
 * How a matched word is quoted back: `writtenForm` looks one word up where it
 * stands, `writtenForms` splits the texts into words. The ranker uses the
 * first; both must give the author's spelling of the same words.
 */
import { strict as assert } from 'node:assert';
import { prepareWritten, words, writtenForm, writtenForms } from '../../server/src/engine/linking/normalize.js';

const TEXTS = [
  'Ta i bruk ID-porten. KS Fiks og SvarUt for alle',
  'altinn i alle skjema. Altinn for skjema',
  'Felles e\u0301-tjenester i Bo\u0308 og Bø',
  'İstanbul-avtalen og Åsane bruker KI-verktøy.KS',
  'data.norge.no og Data.norge.no',
  'Deling av data\n\nDeling skjer i Fiks',
  'x-KS og KS-x og -KS- og .KS. og 𝐀ltinn',
  'ÆØÅ-løsning og æøå-Løsning — Åpne data, åpne Data',
];
const isName = (lower: string) => lower === 'altinn';

describe('writtenForm', () => {
  it('gives what writtenForms gives for every word, in every pair of texts', () => {
    let compared = 0;
    for (const a of TEXTS) {
      for (const b of TEXTS) {
        const texts = [a, undefined, b];
        const forms = writtenForms(texts, isName);
        const prepared = prepareWritten(texts);
        for (const lower of new Set([a, b].flatMap(words).map((w) => w.toLowerCase()))) {
          assert.equal(writtenForm(prepared, lower, isName), forms.get(lower) ?? lower, `${JSON.stringify(texts)}: ${lower}`);
          compared++;
        }
      }
    }
    assert.ok(compared > 500);
  });

  it('keeps names and abbreviations, and drops a capital that only starts a sentence', () => {
    const prepared = prepareWritten(['Deling av data i KS Fiks. Altinn for skjema', 'Bruk ID-porten']);
    assert.deepEqual(['deling', 'ks', 'fiks', 'altinn', 'id-porten', 'bruk'].map((w) => writtenForm(prepared, w, isName)), ['deling', 'KS', 'Fiks', 'Altinn', 'ID-porten', 'bruk']);
  });
});
