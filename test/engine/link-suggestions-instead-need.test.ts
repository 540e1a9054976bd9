import { strict as assert } from 'node:assert';
import { CONFIG_NB, CONFIG_NN, CONFIG } from '../helpers/workspace.js';
import { suggestions, matchedWords } from '../helpers/suggestions.js';

/**
 * The words a suggestion lists as matched must be words of the topic. «I stedet
 * for» / «i staden for» / «instead of» is a way of saying «not», and the catalog
 * texts use it four times («i stedet for å lage alt selv»), so a goal saying
 * «digitale skjema i stedet for papir» matched «Styrket samarbeid med privat
 * sektor» on «stedet»; «trenger» (needs) matched «Økt digital kompetanse» through
 * «medarbeidere trenger kompetanse». Neither is evidence, nor worth showing.
 */
describe('link suggestions are not matched on «i stedet for» or «trenger»', function () {
  this.timeout(30_000);

  it('«i stedet for», «i staden for» and «instead of» are not matched words', () => {
    for (const [config, text] of [
      [CONFIG_NB, '## Digitale skjema i stedet for papir {#a}\n\nInnbyggerne skal sende søknader digitalt i stedet for å møte opp på servicetorget.\n'],
      [CONFIG_NN, '## Digitale skjema i staden for papir {#a}\n\nInnbyggjarane skal sende søknader digitalt i staden for å møte opp.\n'],
      [CONFIG, '## Online forms instead of paper {#a}\n\nResidents send applications online instead of visiting the service centre.\n'],
    ] as const) {
      const s = suggestions(config, text);
      assert.ok((s.get('a') ?? []).length > 0, text);
      assert.deepEqual(matchedWords(s.get('a')).filter((w) => /^(stedet|staden|instead)$/.test(w)), [], `${text}: ${JSON.stringify(s.get('a'))}`);
    }
  });

  it('«trenger»/«treng» (needs) is not a matched word, and suggests no competence objective on its own', () => {
    for (const [config, text] of [
      [CONFIG_NB, '## Hjelp til innbyggere som trenger det {#a}\n\nServicetorget skal hjelpe dem som trenger det med digitale tjenester.\n'],
      [CONFIG_NN, '## Hjelp til innbyggjarar som treng det {#a}\n\nServicetorget skal hjelpe dei som treng det med digitale tenester.\n'],
    ] as const) {
      const s = suggestions(config, text);
      assert.deepEqual(matchedWords(s.get('a')).filter((w) => /^(trenger|treng)$/.test(w)), [], `${text}: ${JSON.stringify(s.get('a'))}`);
    }
  });
});
