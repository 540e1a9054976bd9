import { strict as assert } from 'node:assert';
import { CONFIG_NB, CONFIG_NN, CONFIG } from '../helpers/workspace.js';
import { type Ranked, suggestions, objectives } from '../helpers/suggestions.js';

/**
 * Link suggestions on words nearly every goal of a cooperation uses, which say
 * that the members do something together, as one, and about ICT, not what the
 * goal is about: «én»/«ett»/«felles»/«sammen»/«one»/«shared», «IKT»/«ICT». An
 * objective matched on such words alone is no suggestion (a shared service desk
 * is not «Én digital offentlig sektor», «kun én gang» or «felles økosystem»);
 * the same words still count beside a word of the topic.
 */
describe('link suggestions do not rest on «én», «felles» and «IKT» alone', function () {
  this.timeout(30_000);

  /** Suggestions whose matched words are all in `words`: the goal's topic played no part. */
  const onlyOn = (list: Ranked | undefined, words: RegExp): Ranked => (list ?? []).filter((s) => s.matched.length > 0 && s.matched.every((w) => words.test(w)));

  const COUNT_WORDS = /^(én|éin|éi|ett|eitt|felles|fellesskap|sammen|saman|one|single|shared|common|joint|together)$/;

  it('«én», «ett» and «felles» alone suggest nothing, in bokmål, nynorsk and English', () => {
    for (const [config, title] of [
      [CONFIG_NB, 'Én felles servicedesk for eierkommunene'],
      [CONFIG_NB, 'Ett felles sentralbord'],
      [CONFIG_NN, 'Éin felles inngang for alle tilsette'],
      [CONFIG, 'One shared service desk for all staff'],
      [CONFIG, 'A single common switchboard'],
    ] as const) {
      const s = suggestions(config, `## ${title} {#a}\n`);
      assert.deepEqual(onlyOn(s.get('a'), COUNT_WORDS), [], `${title}: ${JSON.stringify(s.get('a'))}`);
    }
  });

  it('«felles» beside a word of the topic still counts: common components, a shared data catalogue, one public sector', () => {
    const s = suggestions(
      CONFIG_NB,
      '## Ta i bruk felles komponenter og felles arkitektur {#komp}\n\n## Felles datakatalog for regionen {#katalog}\n\n## Én digital offentlig sektor for innbyggerne {#en}\n',
    );
    assert.ok(['DS19-M5', 'DS19-I5'].includes(objectives(s.get('komp'))[0]!), JSON.stringify(s.get('komp')));
    assert.ok(['DS19-M4', 'DS19-I3'].includes(objectives(s.get('katalog'))[0]!), JSON.stringify(s.get('katalog')));
    assert.equal(objectives(s.get('en'))[0], 'DS19-V', JSON.stringify(s.get('en')));
  });

  it('«IKT» alone is no topic (every goal of an ICT cooperation is about ICT), «IKT-sikkerhet» still is', () => {
    for (const [config, title] of [
      [CONFIG_NB, 'Grønn IKT i alle eierkommunene'],
      [CONFIG_NN, 'Klimavennleg IKT'],
      [CONFIG, 'Green ICT for the member municipalities'],
    ] as const) {
      const s = suggestions(config, `## ${title} {#a}\n`);
      assert.deepEqual(onlyOn(s.get('a'), /^(ikt|ict|it)$/), [], `${title}: ${JSON.stringify(s.get('a'))}`);
    }
    const s = suggestions(CONFIG_NB, '## Bedre IKT-sikkerhet i skolene {#b}\n');
    assert.equal(objectives(s.get('b'))[0], 'DS19-I9', JSON.stringify(s.get('b')));
  });
});
