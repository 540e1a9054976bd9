/**
 * Two members often give their goals the same title («Digital byggesak»,
 * «Medlemsavgift»). The head of a conflict message names each goal with its
 * member, but the ways out named the goals by title alone: «change
 * «Medlemsavgift» or «Medlemsavgift»», «differentiate with `Unntak: storby` in
 * «Felles sak»» left the reader to guess which goal to edit. When the two
 * titles are the same, the ways out name the member after the title.
 */
import { strict as assert } from 'node:assert';
import { CONFIG } from '../helpers/workspace.js';
import { analyzeConflictRule as analyzeRule, conflictMd as md } from '../helpers/rules.js';

const fee = (language: string, storbyStatus = '') => ({
  'samstemt.yaml': CONFIG.replace('language: en', `language: ${language}`),
  'ikt-fjord.md': md('ikt-fjord', '## Medlemsavgift {#avgift}\n\n- Indikator: medlemsavgift\n- Retning: øke\n- Omfang: alle\n- Fra: 2025-01-01\n- Frist: 2026-12-31\n'),
  'storby.md': md('storby', `## Medlemsavgift {#avgift}\n\n- Indikator: medlemsavgift\n- Retning: redusere\n- Fra: 2025-01-01\n- Frist: 2027-12-31\n${storbyStatus}`),
});

const archive = {
  'samstemt.yaml': CONFIG.replace('language: en', 'language: nb'),
  'ikt-fjord.md': md('ikt-fjord', '## Sak og arkiv {#sak}\n\n- Område: sak-arkiv\n- Innføre: Elements\n- Omfang: alle\n- Frist: 2026-12-31\n'),
  'fjellbygd.md': md('fjellbygd', '## Sak og arkiv {#sak}\n\n- Område: sak-arkiv\n- Beholde: Public 360\n- Frist: 2027-12-31\n'),
};

describe('conflict ways out when both goals have the same title', function () {
  this.timeout(10000);

  it('conflict-direction: «change A (member) or A (other member)», in en, nb and nn', () => {
    const expected: Record<string, RegExp> = {
      en: /Ways out: agree on one direction and change «Medlemsavgift» \((IKT Fjord AS|Storby kommune)\) or «Medlemsavgift» \((IKT Fjord AS|Storby kommune)\), /,
      nb: /Mulige løsninger: bli enige om én retning og endre «Medlemsavgift» \((IKT Fjord AS|Storby kommune)\) eller «Medlemsavgift» \((IKT Fjord AS|Storby kommune)\), /,
      nn: /Moglege løysingar: bli einige om éin retning og endre «Medlemsavgift» \((IKT Fjord AS|Storby kommune)\) eller «Medlemsavgift» \((IKT Fjord AS|Storby kommune)\), /,
    };
    for (const [language, ways] of Object.entries(expected)) {
      const ds = analyzeRule('conflict-direction', fee(language));
      assert.equal(ds.length, 2, language);
      for (const d of ds) {
        const m = ways.exec(d.message);
        assert.ok(m, `${language}: ${d.message}`);
        assert.notEqual(m[1], m[2], `${language}: both goals, not one twice: ${d.message}`);
      }
    }
  });

  it('a done goal and the one to change are told apart by their members', () => {
    const ds = analyzeRule('conflict-direction', fee('en', '- Status: fullført\n'));
    assert.equal(ds.length, 2);
    for (const d of ds) assert.match(d.message, /«Medlemsavgift» \(Storby kommune\) is done, so its outcome stands\. Ways out: change «Medlemsavgift» \(IKT Fjord AS\) so that it fits/);
  });

  it('conflict-system-choice: the goal to differentiate is named with its member', () => {
    const ds = analyzeRule('conflict-system-choice', archive);
    assert.equal(ds.length, 2);
    for (const d of ds) assert.ok(d.message.includes('differensier med `Unntak: fjellbygd` i «Sak og arkiv» (IKT Fjord AS), '), d.message);
  });

  it('an accepted conflict says in which of the two goals the reason is written', () => {
    const accepted = fee('en')['storby.md'] + '- Aksepterer: ikt-fjord#avgift — lavere avgift vedtatt i representantskapet\n';
    const ds = analyzeRule('conflict-direction', { ...fee('en'), 'storby.md': accepted });
    assert.equal(ds.length, 2);
    for (const d of ds) assert.ok(d.message.includes('Reason (in «Medlemsavgift» (Storby kommune)): «lavere avgift vedtatt i representantskapet»'), d.message);
    const capacity = {
      ...archive,
      'ikt-fjord.md': md('ikt-fjord', '## Utvikling {#utv}\n\n- Krever: utviklingskapasitet 8\n- Fra: 2025\n- Frist: 2025\n'),
      'fjellbygd.md': md('fjellbygd', '## Utvikling {#utv}\n\n- Krever: utviklingskapasitet 6\n- Fra: 2025\n- Frist: 2025\n- Aksepterer: ikt-fjord#utv — forskjøvet til høsten\n'),
    };
    const cs = analyzeRule('conflict-capacity', capacity);
    assert.ok(cs.length > 0);
    for (const d of cs) assert.ok(d.message.includes('(i «Utvikling» (Fjellbygd kommune))'), d.message);
  });

  it('different titles stay as they were: no member after them', () => {
    const files = { ...fee('en'), 'storby.md': fee('en')['storby.md'].replace('## Medlemsavgift {#avgift}', '## Lavere medlemsavgift {#avgift}') };
    for (const d of analyzeRule('conflict-direction', files)) assert.ok(/change «(Medlemsavgift|Lavere medlemsavgift)» or «(Medlemsavgift|Lavere medlemsavgift)», /.test(d.message), d.message);
  });
});
