import { strict as assert } from 'node:assert';
import { CONFIG_NB, CONFIG_NN, CONFIG } from '../helpers/workspace.js';
import { suggestions, objectives, offered } from '../helpers/suggestions.js';

/**
 * «Plan» is in every strategy (handlingsplan, plan for gjenoppretting, «ein plan for
 * gevinstar»): on its own it is no sign of the life event «Alvorlig sykt barn»,
 * whose keyword is «individuell plan». Beside a word of the topic it still counts.
 */
describe('link suggestions do not read «plan» alone as «individuell plan» (DS19-I2-L2)', function () {
  this.timeout(30_000);

  it('a plan for something else does not suggest «Alvorlig sykt barn», in bokmål, nynorsk and English', () => {
    for (const [config, text] of [
      [CONFIG_NB, '## Plan for gjenoppretting etter dataangrep {#a}\n'],
      [CONFIG_NB, '## Handlingsplan for digitalisering {#a}\n\nVi lager en plan med tiltak og ansvar for hvert år.\n'],
      [CONFIG_NN, '## Ein plan for kvart prosjekt {#a}\n\nKvart prosjekt skal ha ein plan og eit budsjett.\n'],
      [CONFIG, '## A plan for every project {#a}\n\nEach project has a plan and a budget.\n'],
    ] as const) {
      const s = suggestions(config, text);
      assert.ok(!offered(s.get('a')).includes('DS19-I2-L2'), `${text}: ${JSON.stringify(s.get('a'))}`);
    }
  });

  it('«individuell plan» for seriously ill children still suggests the life event', () => {
    const s = suggestions(CONFIG_NB, '## Individuell plan og koordinator for familier med alvorlig syke barn {#a}\n');
    assert.equal(objectives(s.get('a'))[0], 'DS19-I2-L2', JSON.stringify(s.get('a')));
  });
});
