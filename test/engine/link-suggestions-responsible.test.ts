import { strict as assert } from 'node:assert';
import { CONFIG_NB, CONFIG_NN, CONFIG } from '../helpers/workspace.js';
import { suggestions, objectives } from '../helpers/suggestions.js';

/**
 * «Ansvarlig» (responsible) is in nearly every plan: who answers for a goal
 * («ansvarlig leder», «Ansvarlig: IKT-sjefen»). On its own it is no sign of
 * «ansvarlig KI» (DN30-I2) or of the AI target (DN30-T3); «ansvarlig bruk av
 * KI» is still about AI, through «KI».
 */
describe('link suggestions do not read «ansvarlig»/«responsible» alone as responsible AI', function () {
  this.timeout(30_000);

  const AI = ['DN30-I2', 'DN30-T3'];

  it('a goal naming who is responsible is not suggested the AI objectives, in bokmål, nynorsk and English', () => {
    for (const [config, text] of [
      [CONFIG_NB, '## Hvert fagsystem skal ha en ansvarlig systemeier {#a}\n'],
      [CONFIG_NB, '## Oppfølging av gevinster {#a}\n\nHver enhetsleder er ansvarlig for å følge opp gevinstene.\n'],
      [CONFIG_NN, '## Kvart fagsystem skal ha ein ansvarleg systemeigar {#a}\n'],
      [CONFIG, '## Every system has a responsible owner {#a}\n'],
    ] as const) {
      const s = suggestions(config, text);
      const ai = objectives(s.get('a')).filter((o) => AI.includes(o));
      assert.deepEqual(ai, [], `${text}: ${JSON.stringify(s.get('a'))}`);
    }
  });

  it('responsible use of AI is still about AI', () => {
    for (const [config, title] of [
      [CONFIG_NB, 'Ansvarlig bruk av KI i kommunen'],
      [CONFIG, 'Responsible use of AI'],
    ] as const) {
      const s = suggestions(config, `## ${title} {#a}\n`);
      assert.equal(objectives(s.get('a')).filter((o) => o.startsWith('DN30'))[0], 'DN30-I2', `${title}: ${JSON.stringify(s.get('a'))}`);
    }
  });
});
