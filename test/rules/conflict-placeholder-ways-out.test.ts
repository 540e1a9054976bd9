/**
 * A conflict whose `Aksepterer:` line is written but still holds the quick
 * fix's placeholder stays open, and its message ends by saying so. Its ways
 * out then no longer ask to «record an accepted conflict with `Aksepterer: …`»:
 * that line is there already (the rule pages: «the `Aksepterer:` line is
 * there, only the reason is still to be written»), and an author who follows
 * the advice would write it a second time.
 */
import { strict as assert } from 'node:assert';
import { CONFIG, CONFIG_NB, CONFIG_NN } from '../helpers/workspace.js';
import { analyzeConflictRule, conflictMd as md } from '../helpers/rules.js';

const PLACEHOLDER = '<Hvorfor aksepteres konflikten, og hvem har vedtatt det?>';

/** The company's HR system for all, against Fjellbygd keeping its own, which names the conflict with `accepts` (reason `reason`). */
function hr(config: string, reason: string, companyExtra = ''): Record<string, string> {
  return {
    'samstemt.yaml': config,
    'ikt-fjord.md': md('ikt-fjord', `## Felles personalsystem {#felles-hr}\n\n- Område: hr\n- Innføre: Visma HRM\n- Omfang: alle\n- Fra: 2024-03-01\n- Frist: 2025-12-31\n${companyExtra}`),
    'fjellbygd.md': md('fjellbygd', `## Behalde lønssystemet {#behalde-lonn}\n\n- Område: hr\n- Behalde: Huldt & Lillevik Lønn\n- Frist: 2027-12-31\n- Aksepterer: ikt-fjord#felles-hr — ${reason}\n`),
  };
}

const RECORD = { en: /record an accepted conflict/, nb: /registrer en akseptert konflikt/, nn: /registrer ein akseptert konflikt/ };

describe('a conflict accepted with a placeholder reason: the ways out', function () {
  this.timeout(20_000);

  it('still offer the other ways out, in each language, but not a second `Aksepterer` line', () => {
    for (const [config, lang] of [[CONFIG, 'en'], [CONFIG_NB, 'nb'], [CONFIG_NN, 'nn']] as const) {
      const ds = analyzeConflictRule('conflict-system-choice', hr(config, PLACEHOLDER));
      assert.equal(ds.length, 2, lang);
      for (const d of ds) {
        assert.equal(d.severity, 'error', 'the conflict is still open');
        assert.doesNotMatch(d.message, RECORD[lang], `${lang}: ${d.message}`);
        assert.match(d.message, /`Unntak: fjellbygd`/, `${lang}: differentiating is still a way out`);
      }
    }
    const [fjell] = analyzeConflictRule('conflict-system-choice', hr(CONFIG, PLACEHOLDER));
    assert.match(
      fjell!.message,
      /Ways out: differentiate with `Unntak: fjellbygd` in «Felles personalsystem» or align the dates so the periods do not overlap\. «Behalde lønssystemet» names this conflict in `Aksepterer`, but the reason is still the placeholder «<Hvorfor aksepteres konflikten, og hvem har vedtatt det\?>»: replace it with why the conflict is accepted\. Until then it counts as open\.$/,
    );
  });

  it('leave a done goal alone, and only ask for the reason when both are done', () => {
    const [fjell] = analyzeConflictRule('conflict-system-choice', hr(CONFIG_NB, PLACEHOLDER, '- Status: fullført\n'));
    assert.match(fjell!.message, /«Felles personalsystem» er fullført, så resultatet står fast\. Mulige løsninger: endre «Behalde lønssystemet» så det passer med det resultatet\. «Behalde lønssystemet» nevner denne konflikten/);
    const both = hr(CONFIG, PLACEHOLDER, '- Status: fullført\n');
    both['fjellbygd.md'] = both['fjellbygd.md']!.replace('- Frist: 2027-12-31\n', '- Frist: 2027-12-31\n- Status: fullført\n');
    const [f2] = analyzeConflictRule('conflict-system-choice', both);
    assert.match(f2!.message, /Both goals are done, so both outcomes stand\. «Behalde lønssystemet» names this conflict in `Aksepterer`/);
    assert.doesNotMatch(f2!.message, RECORD.en);
  });

  it('are unchanged for a conflict nobody has named yet, and for a written reason it is accepted', () => {
    const files = hr(CONFIG, PLACEHOLDER);
    files['fjellbygd.md'] = files['fjellbygd.md']!.replace(/- Aksepterer: .*\n/, '');
    const open = analyzeConflictRule('conflict-system-choice', files);
    assert.equal(open.length, 2);
    for (const d of open) assert.match(d.message, RECORD.en);
    const decided = analyzeConflictRule('conflict-system-choice', hr(CONFIG, 'vedtatt i porteføljerådet 2024-03-12'));
    assert.deepEqual(decided.map((d) => d.severity), ['info', 'info']);
  });

  it('of conflict-deadline: moving one of the deadlines is what is left, on both goals', () => {
    const files = {
      'samstemt.yaml': CONFIG_NB,
      'ikt-fjord.md': md('ikt-fjord', '## Felles byggesak {#felles-byggesak}\n\n- Frist: 2025-12-31\n'),
      'midtby.md': md('midtby', `## Digital byggesak {#digital-byggesak}\n\n- Frist: 2026-06-30\n- Bidrar til: ikt-fjord#felles-byggesak\n- Aksepterer: ikt-fjord#felles-byggesak — ${PLACEHOLDER}\n`),
    };
    const ds = analyzeConflictRule('conflict-deadline', files);
    assert.equal(ds.length, 2);
    for (const d of ds) assert.doesNotMatch(d.message, RECORD.nb, d.message);
    const midtby = ds.find((d) => d.file === 'midtby.md')!;
    assert.match(midtby.message, /Mulige løsninger: flytt fristen for «Digital byggesak» til 2025-12-31 eller tidligere, eller avtal en senere frist for «Felles byggesak»\. «Digital byggesak» nevner denne konflikten/);
  });

  it('of conflict-capacity: the overbooking named with a placeholder on a goal offers the other ways out only', () => {
    const demand = (owner: string, id: string, amount: number, extra = '') => md(owner, `## Mål ${id} {#${id}}\n\n- Fra: 2025-01-01\n- Frist: 2025-12-31\n- Krever: utviklingskapasitet ${amount}\n${extra}`);
    const files = {
      'samstemt.yaml': CONFIG_NB,
      'ikt-fjord.md': demand('ikt-fjord', 'a', 8),
      'storby.md': demand('storby', 'b', 6, `- Aksepterer: ikt-fjord#a — ${PLACEHOLDER}\n`),
    };
    const ds = analyzeConflictRule('conflict-capacity', files);
    assert.equal(ds.length, 2);
    for (const d of ds) {
      assert.equal(d.severity, 'warning');
      assert.doesNotMatch(d.message, RECORD.nb, d.message);
      assert.match(d.message, /Mulige løsninger: spre målene over ulike år \(`Fra:`\/`Frist:`\), reduser behovet, eller øk kapasiteten i samstemt\.yaml\. «Mål b» nevner denne konflikten/);
    }
  });
});
