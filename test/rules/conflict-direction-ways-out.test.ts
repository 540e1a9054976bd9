/**
 * conflict-direction's ways out start with the one an author thinks of
 * first: agree on one direction and change one of the goals. On a shared
 * indicator (one quantity, such as the membership fee) moving the dates or
 * accepting the conflict were the only ways the message offered.
 */
import { strict as assert } from 'node:assert';
import { CONFIG } from '../helpers/workspace.js';
import { analyzeConflictRule as analyzeRule, conflictMd as md } from '../helpers/rules.js';

const RULE = 'conflict-direction';

const files = (language: string, lowerStatus = '') => ({
  'samstemt.yaml': CONFIG.replace('language: en', `language: ${language}`),
  'ikt-fjord.md': md('ikt-fjord', '## Høyere medlemsavgift {#heve}\n\n- Indikator: medlemsavgift\n- Retning: øke\n- Fra: 2025-01-01\n- Frist: 2026-12-31\n'),
  'storby.md': md('storby', `## Lavere medlemsavgift {#senke}\n\n- Indikator: medlemsavgift\n- Retning: redusere\n- Fra: 2025-01-01\n- Frist: 2027-12-31\n${lowerStatus}`),
});

describe(`${RULE}: ways out`, function () {
  this.timeout(10000);

  it('offers to agree on one direction first, in every language, on both goals', () => {
    const titles: Record<string, [string, string]> = { 'ikt-fjord#heve': ['Høyere medlemsavgift', 'Lavere medlemsavgift'], 'storby#senke': ['Lavere medlemsavgift', 'Høyere medlemsavgift'] };
    const expected: Record<string, (self: string, other: string) => string> = {
      en: (a, b) => `Ways out: agree on one direction and change «${a}» or «${b}», align the dates so the periods do not overlap, or, if both goals stand, record an accepted conflict`,
      nb: (a, b) => `Mulige løsninger: bli enige om én retning og endre «${a}» eller «${b}», juster datoene så periodene ikke overlapper, eller, hvis begge målene skal stå, registrer en akseptert konflikt`,
      nn: (a, b) => `Moglege løysingar: bli einige om éin retning og endre «${a}» eller «${b}», juster datoane så periodane ikkje overlappar, eller, om begge måla skal stå, registrer ein akseptert konflikt`,
    };
    for (const [language, ways] of Object.entries(expected)) {
      const ds = analyzeRule(RULE, files(language));
      assert.deepEqual(ds.map((d) => d.goal).sort(), ['ikt-fjord#heve', 'storby#senke'], language);
      for (const d of ds) assert.ok(d.message.includes(ways(...titles[d.goal!]!)), `${language}: ${d.message}`);
    }
  });

  it('leaves a done goal alone: the open goal is the one to change', () => {
    const ds = analyzeRule(RULE, files('en', '- Status: fullført\n'));
    assert.equal(ds.length, 2);
    for (const d of ds) {
      assert.match(d.message, /«Lavere medlemsavgift» is done, so its outcome stands\. Ways out: change «Høyere medlemsavgift»/);
      assert.doesNotMatch(d.message, /agree on one direction/);
    }
  });
});
