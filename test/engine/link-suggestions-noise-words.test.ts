import { strict as assert } from 'node:assert';
import { CONFIG_NB, CONFIG_NN, CONFIG } from '../helpers/workspace.js';
import { suggestions, objectives, matchedWords } from '../helpers/suggestions.js';

/**
 * Link suggestions on words that say when, or what is done to a system, rather
 * than what a goal is about: a time frame («ut avtaleperioden», «until the
 * contract ends»), keeping a system («behalde», «keep»), or a derived verb
 * («sentralisere») that is not a compound of «sentral».
 */
describe('link suggestions ignore time frames, keep-verbs and derived verbs', function () {
  this.timeout(30_000);

  it('«Behalde dagens arkivsystem ut avtaleperioden» is not a security goal', () => {
    const s = suggestions(CONFIG_NN, '## Behalde dagens arkivsystem ut avtaleperioden {#arkiv}\n\n- Behalde: Elements\n');
    assert.ok(!objectives(s.get('arkiv')).includes('DS19-I9'), JSON.stringify(s.get('arkiv')));
    assert.deepEqual(matchedWords(s.get('arkiv')).filter((w) => /periode|behald/.test(w)), []);
  });

  it('a time frame at the end of a goal («ut avtaleperioden», «innen planperioden», «i strategiperioden») changes none of its suggestions', () => {
    const plain = suggestions(CONFIG_NB, '## Digital byggesak for innbyggerne {#a}\n');
    const base = plain.get('a');
    assert.ok(base && base.length > 0);
    for (const frame of ['ut avtaleperioden', 'innen planperioden', 'i strategiperioden', 'før økonomiplanperioden er over', 'i løpet av budsjettåret']) {
      const s = suggestions(CONFIG_NB, `## Digital byggesak for innbyggerne ${frame} {#a}\n`);
      assert.deepEqual(s.get('a'), base, frame);
    }
  });

  it('«Sentralisere brukerstøtten» is not about voluntary organisations (DS19-I2-L7), in bokmål or nynorsk', () => {
    for (const [config, title] of [
      [CONFIG_NB, 'Sentralisere brukerstøtten'],
      [CONFIG_NN, 'Sentralisere brukarstøtta'],
      [CONFIG_NB, 'Sentralisere brukerstøtten i IKT-selskapet'],
    ] as const) {
      const s = suggestions(config, `## ${title} {#support}\n`);
      assert.ok(!objectives(s.get('support')).includes('DS19-I2-L7'), `${title}: ${JSON.stringify(s.get('support'))}`);
      assert.ok(!matchedWords(s.get('support')).includes('sentralisere'), `${title}: ${JSON.stringify(s.get('support'))}`);
    }
  });

  it('«sentralisere» and «sentralisering» are not read as «sentral» + something', () => {
    const s = suggestions(CONFIG_NB, '## Sentralisering av driften {#a}\n\n## Sentralisere innkjøpene {#b}\n');
    for (const id of ['a', 'b']) assert.ok(!objectives(s.get(id)).includes('DS19-I2-L7'), `${id}: ${JSON.stringify(s.get(id))}`);
  });

  it('«Keep the current payroll system until the contract ends» is matched neither on «keep» (DN30-V) nor on «ends» (the broadband targets)', () => {
    const s = suggestions(CONFIG, "## Keep the current payroll system until the contract ends {#keep}\n\n- Retain: Visma\n\n## Keep the member municipalities' own archive systems {#archive}\n");
    for (const id of ['keep', 'archive']) {
      const list = s.get(id);
      for (const o of ['DN30-V', 'DN30-T1', 'DN30-T2']) assert.ok(!objectives(list).includes(o), `${id}: ${JSON.stringify(list)}`);
      assert.deepEqual(matchedWords(list).filter((w) => /^(keep|ends?)$/.test(w)), [], id);
    }
  });

  it('keeping a system says nothing about the topic, in all three languages', () => {
    const cases: [config: string, title: string, without: string][] = [
      [CONFIG_NB, 'Beholde dagens saksbehandlingssystem', 'Saksbehandlingssystem'],
      [CONFIG_NB, 'Videreføre dagens byggesaksløsning', 'Byggesaksløsning'],
      [CONFIG_NN, 'Behalde dagens byggjesaksløysing', 'Byggjesaksløysing'],
      [CONFIG, 'Retain the current case management solution', 'Case management solution'],
      [CONFIG, 'Keep the existing self-service portal', 'Self-service portal'],
      [CONFIG, 'Maintain and continue the citizen portal', 'Citizen portal'],
    ];
    for (const [config, title, without] of cases) {
      const s = suggestions(config, `## ${title} {#a}\n\n## ${without} {#b}\n`);
      assert.ok(s.get('b')!.length > 0, without);
      assert.deepEqual(s.get('a'), s.get('b'), title);
    }
  });

  it('an objective that shares only generic words with the goal is not suggested («system» of «arkivsystem»)', () => {
    const s = suggestions(CONFIG_NB, '## Nytt arkivsystem {#a}\n\n## Introduce a common archive system {#b}\n');
    for (const id of ['a', 'b']) assert.ok(!objectives(s.get(id)).includes('DS19-I9'), `${id}: ${JSON.stringify(s.get(id))}`);
  });
});
