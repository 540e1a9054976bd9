/**
 * Audit of possible-conflict's message: the structured properties it asks for
 * are named as each goal's own document writes keys (as the ways out already
 * are), not in the language of the messages.
 */
import { strict as assert } from 'node:assert';
import { CONFIG, CONFIG_NB } from '../helpers/workspace.js';
import { analyzeConflictRule as analyzeRule, conflictMd as md } from '../helpers/rules.js';

const RULE = 'possible-conflict';

const SENTRAL = md('ikt-fjord', '## Sentralisere brukerstøtten i IKT Fjord {#sentral}\n\n- Omfang: alle\n- Frist: 2026-06-30\n\nÉn brukerstøtte med ett telefonnummer for alle medlemmene.\n');
const DESENTRAL_YAML = `owner: fjellbygd
period: 2024–2027
goals:
  - id: desentral
    title: Desentralisere brukerstøtten til hver kommune
    deadline: 2026-06-30
`;

describe(`${RULE} (audit): keys in the message`, function () {
  this.timeout(10000);

  it('names Innføre/Avvikle, Indikator + Retning to a Markdown document with Norwegian keys, also in English messages', () => {
    const ds = analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'ikt-fjord.md': SENTRAL, 'fjellbygd.yaml': DESENTRAL_YAML });
    const ikt = ds.find((d) => d.file === 'ikt-fjord.md')!;
    assert.match(ikt.message, /make it visible with structured properties \(`Innføre`\/`Avvikle`, `Indikator` \+ `Retning`\)\./);
  });

  it('names adopt/phase-out, indicator + direction to an English YAML document, also in Norwegian messages', () => {
    const ds = analyzeRule(RULE, { 'samstemt.yaml': CONFIG_NB, 'ikt-fjord.md': SENTRAL, 'fjellbygd.yaml': DESENTRAL_YAML });
    const fjell = ds.find((d) => d.file === 'fjellbygd.yaml')!;
    assert.match(fjell.message, /gjør det synlig med strukturerte egenskaper \(`adopt`\/`phase-out`, `indicator` \+ `direction`\)\./);
    const ikt = ds.find((d) => d.file === 'ikt-fjord.md')!;
    assert.match(ikt.message, /\(`Innføre`\/`Avvikle`, `Indikator` \+ `Retning`\)\./);
  });
});

describe(`${RULE} (audit): the language of the text, not of the keys`, function () {
  this.timeout(10000);

  it('reads the Norwegian title of a YAML goal with English keys as Norwegian, and finds the opposite pull', () => {
    const files = { 'samstemt.yaml': CONFIG_NB, 'ikt-fjord.md': SENTRAL, 'fjellbygd.yaml': DESENTRAL_YAML };
    const ds = analyzeRule(RULE, files);
    assert.deepEqual(ds.map((d) => d.goal).sort(), ['fjellbygd#desentral', 'ikt-fjord#sentral']);
    assert.match(ds.find((d) => d.file === 'fjellbygd.yaml')!.message, /sier «Desentralisere brukerstøtten»/);
  });

  it('still reads English goals in a document with English keys as English', () => {
    const en = (owner: string, id: string, title: string, scope = '') => `owner: ${owner}\nperiod: 2024–2027\ngoals:\n  - id: ${id}\n    title: ${title}\n    deadline: 2026-06-30\n${scope}`;
    const files = {
      'samstemt.yaml': CONFIG,
      'ikt-fjord.yaml': en('ikt-fjord', 'central', 'Centralise the user support services', '    scope: all\n'),
      'fjellbygd.yaml': en('fjellbygd', 'local', 'Decentralise the user support services to each municipality'),
    };
    assert.equal(analyzeRule(RULE, files).length, 2);
  });
});
