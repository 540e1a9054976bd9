/**
 * An area written as Norwegians write the word (`Område: økonomi`, where
 * samstemt.yaml's area ID is `okonomi`) is surely that area: invalid-value
 * still asks for the ID, and meanwhile the goal is compared with the goals in
 * that area, so the conflict its author would expect is not missed. An area
 * that is not surely a configured one (`lønn`) keeps its own: the goal meets
 * only goals that write the same.
 */
import { strict as assert } from 'node:assert';
import { analyze, analyzeRule, textAt, CONFIG, CONFIG_NB, CONFIG_NN } from '../helpers/workspace.js';
import { conflictMd as md } from '../helpers/rules.js';

const files = (storbyArea: string, midtbyArea = 'okonomi', config = CONFIG) => ({
  'samstemt.yaml': config,
  'storby.md': md('storby', `## Nytt økonomisystem {#okonomi}\n\n- Område: ${storbyArea}\n- Innføre: Visma Business\n- Frist: 2026\n`),
  'midtby.md': md('midtby', `## Felles økonomi {#okonomi}\n\n- Område: ${midtbyArea}\n- Innføre: Tripletex\n- Omfang: storby, midtby\n- Frist: 2026\n`),
});

describe('an area misspelt surely is compared in the area it stands for', function () {
  this.timeout(10000);

  for (const written of ['økonomi', 'Økonomi', 'okonomi ', 'økonomi:']) {
    it(`«${written}» meets the goals in okonomi`, () => {
      const f = files(written);
      const conflicts = analyzeRule('conflict-system-choice', f);
      assert.deepEqual(conflicts.map((d) => textAt(f, d)).sort(), ['Tripletex', 'Visma Business']);
      assert.match(conflicts[0]!.message, /in the area «okonomi»/);
    });
  }

  it('invalid-value says how the value is read, with the fix to the ID, in en, nb and nn', () => {
    const on = (config: string) => analyzeRule('invalid-value', files('økonomi', 'okonomi', config)).find((d) => d.file === 'storby.md')!;
    const en = on(CONFIG);
    assert.equal(en.message, 'The area "økonomi" is not written as in samstemt.yaml. Until it is corrected, Samstemt reads it as "okonomi" and compares this goal with the goals in that area. Write okonomi, or add "økonomi" to `areas` in samstemt.yaml if it is a new area.');
    assert.equal(en.fixes[0]!.title.en, 'Change to "okonomi"');
    assert.equal(on(CONFIG_NB).message, 'Området «økonomi» er ikke skrevet som i samstemt.yaml. Til det er rettet, leser Samstemt det som «okonomi» og sammenligner målet med målene på det området. Skriv okonomi, eller legg «økonomi» til i `areas` i samstemt.yaml om det er et nytt område.');
    assert.equal(on(CONFIG_NN).message, 'Området «økonomi» er ikkje skrive som i samstemt.yaml. Til det er retta, les Samstemt det som «okonomi» og samanliknar målet med måla på det området. Skriv okonomi, eller legg «økonomi» til i `areas` i samstemt.yaml om det er eit nytt område.');
  });

  it('an area that is not surely a configured one keeps its own, and the message says so', () => {
    const f = files('lønn', 'hr');
    assert.deepEqual(analyzeRule('conflict-system-choice', f), [], 'lønn is not hr: the goals are about different things');
    const d = analyze(f).find((x) => x.rule === 'invalid-value')!;
    assert.match(d.message, /^The area "lønn" is not one of the cooperation's areas, so this goal is compared only with goals that name the same area/);
  });

  it('two goals in different configured areas never meet because one is misspelt', () => {
    const f = files('økonomi', 'hr');
    assert.deepEqual(analyzeRule('conflict-system-choice', f), []);
  });
});
