import { strict as assert } from 'node:assert';
import { textAt, CONFIG, type TestDiagnostic } from '../helpers/workspace.js';
import { analyzeConflictRule as analyzeRule, conflictMd as md } from '../helpers/rules.js';
import { applyFix } from '../helpers/fixes.js';

const RULE = 'conflict-system-choice';

/** The company's goal: one HR system for all members. */
function fellesHr(extra = '', when = '- Fra: 2024-03-01\n- Frist: 2025-12-31'): string {
  return md('ikt-fjord', `## Felles personalsystem {#felles-hr}\n\n- Område: hr\n- Innføre: Visma HRM\n- Omfang: alle\n${when}\n${extra}\n\nAlle medlemmene tar i bruk ett system.\n`);
}

describe(RULE, function () {
  this.timeout(10000);

  describe('conflicts', () => {
    it('names keys as each document writes them, and adds to an exempt list the goal already has', () => {
      const yaml = `owner: ikt-fjord\ngoals:\n  - id: felles-hr\n    title: Common HR system\n    area: hr\n    adopt: Visma HRM\n    scope: all\n    exempt: storby\n    deadline: 2025-12-31\n`;
      const files = {
        'samstemt.yaml': CONFIG.replace('language: en', 'language: nb'),
        'ikt-fjord.yaml': yaml,
        'fjellbygd.md': md('fjellbygd', '## Behold dagens lønnssystem {#behold-lonn}\n\n- Område: hr\n- Beholde: Huldt & Lillevik Lønn\n- Frist: 2025-12-31\n'),
      };
      const ds = analyzeRule(RULE, files);
      const fjell = ds.find((d) => d.file === 'fjellbygd.md')!;
      const ikt = ds.find((d) => d.file === 'ikt-fjord.yaml')!;
      assert.match(fjell.message, /legg fjellbygd til i `exempt` i «Common HR system»/, 'the existing list, with the key as written');
      assert.doesNotMatch(fjell.message, /Unntak: fjellbygd/);
      assert.match(fjell.message, /`Aksepterer: ikt-fjord#felles-hr — <begrunnelse>`/, 'the Markdown document is bokmål');
      assert.match(ikt.message, /`accepts: fjellbygd#behold-lonn — <begrunnelse>`/, 'the YAML document writes English keys in lower case');
    });

    it('reports adopt X against retain Y in one area on both goals, pointing at each other', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': fellesHr(),
        'fjellbygd.md': md('fjellbygd', '## Behold dagens lønnssystem {#behold-lonn}\n\n- Område: hr\n- Beholde: Huldt & Lillevik Lønn\n- Frist: 2027-12-31\n'),
      };
      const ds = analyzeRule(RULE, files);
      assert.equal(ds.length, 2);
      const [fjell, ikt] = ds as [TestDiagnostic, TestDiagnostic];
      assert.equal(fjell.file, 'fjellbygd.md');
      assert.equal(ikt.file, 'ikt-fjord.md');
      assert.equal(fjell.severity, 'error');
      assert.equal(textAt(files, fjell), 'Huldt & Lillevik Lønn');
      assert.equal(textAt(files, ikt), 'Visma HRM');
      assert.equal(fjell.goal, 'fjellbygd#behold-lonn');
      assert.equal(fjell.related.length, 1);
      assert.equal(fjell.related[0]!.goal, 'ikt-fjord#felles-hr');
      assert.equal(ikt.related[0]!.goal, 'fjellbygd#behold-lonn');
      // who, what, when and the ways out
      assert.match(fjell.message, /«Behold dagens lønnssystem» \(Fjellbygd kommune\) keeps Huldt & Lillevik Lønn/);
      assert.match(fjell.message, /«Felles personalsystem» \(IKT Fjord AS\) adopts Visma HRM/);
      assert.match(fjell.message, /apply to Fjellbygd kommune/);
      assert.match(fjell.message, /between 2024-03-01 and 2025-12-31/);
      assert.match(fjell.message, /`Unntak: fjellbygd` in «Felles personalsystem»/);
      assert.match(fjell.message, /`Aksepterer: ikt-fjord#felles-hr — <reason>`/);
      assert.match(ikt.message, /`Aksepterer: fjellbygd#behold-lonn — <reason>`/);
      assert.match(fjell.related[0]!.message, /Visma HRM/);
    });

    it('reports two different adopted systems in the same area', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'storby.md': md('storby', '## Nytt sak-arkiv {#sak}\n\n- Område: sak-arkiv\n- Innføre: Public 360\n'),
        'midtby.md': md('midtby', '## Nytt sak-arkiv {#sak}\n\n- Område: sak-arkiv\n- Innføre: Elements\n- Omfang: midtby, storby\n'),
      };
      const ds = analyzeRule(RULE, files);
      assert.equal(ds.length, 2);
      assert.deepEqual(ds.map((d) => textAt(files, d)).sort(), ['Elements', 'Public 360']);
      assert.match(ds[0]!.message, /Different systems in the area «sak-arkiv»/);
      assert.match(ds[0]!.message, /in 2024–2027/);
    });

    it('reports adopting or keeping a system the other goal phases out, in any area', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': md('ikt-fjord', '## Bort med ePhorte {#bort}\n\n- Avvikle: ePhorte\n- Omfang: alle\n'),
        'midtby.md': md('midtby', '## Oppgradere arkivet {#arkiv}\n\n- Område: sak-arkiv\n- Beholde: EPHORTE\n'),
      };
      const ds = analyzeRule(RULE, files);
      assert.equal(ds.length, 2);
      const ikt = ds.find((d) => d.file === 'ikt-fjord.md')!;
      const mid = ds.find((d) => d.file === 'midtby.md')!;
      assert.equal(textAt(files, ikt), 'ePhorte');
      assert.equal(textAt(files, mid), 'EPHORTE');
      assert.match(ikt.message, /phases out ePhorte, but «Oppgradere arkivet» \(Midtby kommune\) builds on it/);
      assert.match(mid.message, /builds on EPHORTE, but «Bort med ePhorte» \(IKT Fjord AS\) phases it out/);
    });

    it('compares system names case- and whitespace-insensitively', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': fellesHr(),
        'storby.md': md('storby', '## Fase ut {#ut}\n\n- Område: hr\n- Avvikle: visma  hrm\n'),
      };
      const ds = analyzeRule(RULE, files);
      assert.equal(ds.length, 2);
      assert.equal(textAt(files, ds.find((d) => d.file === 'storby.md')!), 'visma  hrm');
    });

    it('treats a goal without dates or period as overlapping every window', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': fellesHr(),
        'storby.md': `---\nowner: storby\n---\n\n## Eget HR-system {#hr}\n\n- Område: hr\n- Innføre: SAP SuccessFactors\n`,
      };
      assert.equal(analyzeRule(RULE, files).length, 2);
    });

    it('counts a shared resource as a meeting point even when the scopes differ', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'storby.md': md('storby', '## HR {#hr}\n\n- Område: hr\n- Innføre: Visma HRM\n- Krever: utviklingskapasitet 1\n'),
        'midtby.md': md('midtby', '## HR {#hr}\n\n- Område: hr\n- Innføre: SAP\n- Krever: utviklingskapasitet 1\n'),
      };
      const ds = analyzeRule(RULE, files);
      assert.equal(ds.length, 2);
      assert.match(ds[0]!.message, /need the resource «utviklingskapasitet»/);
      assert.doesNotMatch(ds[0]!.message, /Exempt:/);
    });

    it('reports in nynorsk documents, with nynorsk messages', () => {
      const files = {
        'samstemt.yaml': CONFIG.replace('language: en', 'language: nn'),
        'ikt-fjord.md': fellesHr(),
        'fjellbygd.md': md('fjellbygd', '## Behalde noverande lønssystem {#behalde-lonn}\n\n- Område: hr\n- Behalde: Huldt & Lillevik Lønn\n- Frist: 2027-12-31\n\nDet dekkjer behova til ein kommune av vår storleik.\n'),
      };
      const ds = analyzeRule(RULE, files);
      assert.equal(ds.length, 2);
      const fjell = ds.find((d) => d.file === 'fjellbygd.md')!;
      assert.equal(textAt(files, fjell), 'Huldt & Lillevik Lønn');
      assert.match(fjell.message, /^Ulike system på området «hr»: «Behalde noverande lønssystem» \(Fjellbygd kommune\) held på Huldt & Lillevik Lønn/);
      assert.match(fjell.message, /Begge måla gjeld Fjellbygd kommune/);
      assert.match(fjell.message, /`Unntak: fjellbygd`/);
      assert.match(fjell.message, /`Aksepterer: ikt-fjord#felles-hr — <grunngjeving>`/);
    });

    it('reports between YAML documents, pointing at the YAML values', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.yaml': 'owner: ikt-fjord\nperiod: 2024–2027\ngoals:\n  - id: felles-hr\n    title: Felles personalsystem\n    area: hr\n    adopt: Visma HRM\n    scope: all\n',
        'fjellbygd.yaml': 'owner: fjellbygd\nperiod: 2023–2027\ngoals:\n  - id: behold-lonn\n    title: Behold dagens personalsystem\n    area: hr\n    retain: [Excel-basert personalsystem]\n',
      };
      const ds = analyzeRule(RULE, files);
      assert.equal(ds.length, 2);
      assert.deepEqual(ds.map((d) => [d.file, textAt(files, d)]), [
        ['fjellbygd.yaml', 'Excel-basert personalsystem'],
        ['ikt-fjord.yaml', 'Visma HRM'],
      ]);
    });
  });

  describe('no conflict', () => {
    it('ignores windows that touch but do not overlap', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': fellesHr('', '- Fra: 2024-01-01\n- Frist: 2025-12-31'),
        'fjellbygd.md': md('fjellbygd', '## Behold lønn {#behold}\n\n- Område: hr\n- Beholde: Huldt & Lillevik Lønn\n- Fra: 2026-01-01\n- Frist: 2027-12-31\n'),
      };
      assert.deepEqual(analyzeRule(RULE, files), []);
      // One shared day is an overlap.
      files['fjellbygd.md'] = files['fjellbygd.md'].replace('2026-01-01', '2025-12-31');
      assert.equal(analyzeRule(RULE, files).length, 2);
    });

    it('ignores a member exempted from the scope', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': fellesHr('- Unntak: fjellbygd'),
        'fjellbygd.md': md('fjellbygd', '## Behold lønn {#behold}\n\n- Område: hr\n- Beholde: Huldt & Lillevik Lønn\n'),
      };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });

    it('ignores scopes without a shared member, other areas, the same system and goals of one owner', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': md('ikt-fjord', '## Byggesak {#byggesak}\n\n- Område: plan-bygg\n- Innføre: eByggesak\n- Omfang: midtby, fjellbygd\n\n## Lønn {#lonn}\n\n- Område: hr\n- Innføre: Visma HRM\n- Omfang: storby\n'),
        'storby.md': md('storby', '## Byggesak {#byggesak}\n\n- Område: plan-bygg\n- Beholde: Acos Byggesak\n'),
        'midtby.md': md('midtby', '## Sak {#sak}\n\n- Område: sak-arkiv\n- Innføre: Elements\n\n## Lønn {#lonn}\n\n- Område: hr\n- Innføre: Visma  hrm\n\n## Eget lønnssystem {#eget}\n\n- Område: hr\n- Innføre: SAP\n'),
      };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });

    it('ignores retain against retain and dropped goals', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'storby.md': md('storby', '## A {#a}\n\n- Område: hr\n- Beholde: SAP\n- Omfang: alle\n\n## B {#b}\n\n- Område: hr\n- Innføre: Workday\n- Omfang: alle\n- Status: avbrutt\n'),
        'midtby.md': md('midtby', '## A {#a}\n\n- Område: hr\n- Beholde: Visma HRM\n'),
      };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });
  });

  describe('done goals', () => {
    // Finding 9 (r9): the company's done goal has made its choice; a member keeping another system still conflicts with it.
    const files = (lang: string) => ({
      'samstemt.yaml': CONFIG.replace('language: en', `language: ${lang}`),
      'ikt-fjord.md': md('ikt-fjord', '## Felles lønnssystem {#felles-lonn}\n\n- Område: hr\n- Innføre: Visma HRM\n- Omfang: alle\n- Unntak: storby\n- Frist: 2024-12-31\n- Status: fullført\n'),
      'fjellbygd.md': md('fjellbygd', '## Behalde lønssystemet {#behalde-lonn}\n\n- Område: hr\n- Behalde: Huldt & Lillevik Lønn\n- Frist: 2025\n'),
    });

    it('still reports a done goal: its outcome stands; the ways out change the open goal, not the dates', () => {
      const ds = analyzeRule(RULE, files('en'));
      assert.deepEqual(ds.map((d) => [d.goal, d.severity]), [['fjellbygd#behalde-lonn', 'error'], ['ikt-fjord#felles-lonn', 'error']]);
      for (const d of ds) {
        assert.match(d.message, /«Felles lønnssystem» is done, so its outcome stands\. Ways out: change «Behalde lønssystemet» so that it fits that outcome, or, if both goals stand, record an accepted conflict with `Aksepterer: /);
        assert.doesNotMatch(d.message, /align the dates|Unntak/);
      }
      assert.match(analyzeRule(RULE, files('nb'))[0]!.message, /«Felles lønnssystem» er fullført, så resultatet står fast\. Mulige løsninger: endre «Behalde lønssystemet» så det passer med det resultatet, eller/);
      assert.match(analyzeRule(RULE, files('nn'))[0]!.message, /«Felles lønnssystem» er fullført, så resultatet står fast\. Moglege løysingar: endre «Behalde lønssystemet» så det passar med det resultatet, eller/);
    });

    it('says so when both goals are done', () => {
      const both = files('en');
      both['fjellbygd.md'] = both['fjellbygd.md'].replace('- Frist: 2025\n', '- Frist: 2025\n- Status: fullført\n');
      const ds = analyzeRule(RULE, both);
      assert.equal(ds.length, 2);
      assert.match(ds[0]!.message, /Both goals are done, so both outcomes stand\. If that is how it is meant, record an accepted conflict with `Aksepterer: /);
    });
  });

  it('reports a goal that starts after its document\'s period (no deadline) in the years from its start, not as ended before it', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'storby.md': md('storby', '## Eget lønnssystem {#eget}\n\n- Område: hr\n- Innføre: Huldt & Lillevik Lønn\n- Fra: 2026-06-01\n', '2024–2025'),
      'ikt-fjord.md': md('ikt-fjord', '## Felles lønnssystem {#felles}\n\n- Område: hr\n- Innføre: Visma HRM\n- Omfang: alle\n- Fra: 2026-01-01\n', '2024–2027'),
    };
    const ds = analyzeRule(RULE, files);
    assert.deepEqual(ds.map((d) => [d.file, textAt(files, d)]), [
      ['ikt-fjord.md', 'Visma HRM'],
      ['storby.md', 'Huldt & Lillevik Lønn'],
    ]);
    assert.match(ds[0]!.message, /active between 2026-06-01 and 2027-12-31/);
  });

  describe('accepted conflicts', () => {
    for (const side of ['fjellbygd', 'ikt-fjord'] as const) {
      it(`turns the finding into info on both goals when ${side} accepts it, quoting the reason`, () => {
        const accept = '- Aksepterer: OTHER — differensiert løsning vedtatt i porteføljerådet 2024-03-12\n';
        const files = {
          'samstemt.yaml': CONFIG,
          'ikt-fjord.md': fellesHr(side === 'ikt-fjord' ? accept.replace('OTHER', 'fjellbygd#behold') : ''),
          'fjellbygd.md': md('fjellbygd', `## Behold lønn {#behold}\n\n- Område: hr\n- Beholde: Huldt & Lillevik Lønn\n${side === 'fjellbygd' ? accept.replace('OTHER', 'ikt-fjord#felles-hr') : ''}`),
        };
        const ds = analyzeRule(RULE, files);
        assert.equal(ds.length, 2);
        for (const d of ds) {
          assert.equal(d.severity, 'info');
          assert.match(d.message, /^Accepted conflict:/);
          assert.match(d.message, /«differensiert løsning vedtatt i porteføljerådet 2024-03-12»/);
          assert.equal(d.fixes.length, 0);
        }
      });
    }

    it('quotes the reason without the separator the author wrote before it (—, -, :, comma, semicolon)', () => {
      for (const sep of [' — ', ' - ', ': ', ', ', '; ', ' ']) {
        const files = {
          'samstemt.yaml': CONFIG,
          'ikt-fjord.md': fellesHr(),
          'fjellbygd.md': md('fjellbygd', `## Behold lønn {#behold}\n\n- Område: hr\n- Beholde: Huldt & Lillevik Lønn\n- Aksepterer: ikt-fjord#felles-hr${sep}vedtatt i porteføljerådet\n`),
        };
        for (const d of analyzeRule(RULE, files)) assert.match(d.message, /Reason \(in «Behold lønn»\): «vedtatt i porteføljerådet»$/, JSON.stringify(sep));
      }
    });

    it('records the accepted conflict with the document\'s own line breaks (CRLF stays CRLF)', () => {
      const crlf = (t: string) => t.replace(/\r?\n/g, '\r\n');
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': fellesHr(),
        'fjellbygd.md': crlf(md('fjellbygd', '## Behold lønn {#behold}\n\n- Område: hr\n- Beholde: Huldt & Lillevik Lønn\n\nVi beholder systemet.\n')),
        'strandvik.md': crlf(md('strandvik', '## Behold lønn {#behold}\n\nVi beholder Huldt & Lillevik Lønn.\n')).replace('## Behold lønn {#behold}', '## Behold lønn {#behold}\r\n\r\n- Område: hr\r\n- Beholde: Huldt & Lillevik Lønn'),
      };
      for (const d of analyzeRule(RULE, files).filter((x) => x.file !== 'ikt-fjord.md')) {
        const fixed = applyFix(files, d)[d.file]!;
        assert.match(fixed, /Aksepterer: ikt-fjord#felles-hr/);
        assert.doesNotMatch(fixed, /[^\r]\n/, `only CRLF in ${d.file}`);
      }
    });

    it('offers a quick fix that records the conflict with a placeholder reason: it stays open until the reason is written', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': fellesHr(),
        'fjellbygd.md': md('fjellbygd', '## Behold lønn {#behold}\n\n- Område: hr\n- Beholde: Huldt & Lillevik Lønn\n\nVi beholder systemet.\n'),
        'storby.yaml': 'owner: storby\ngoals:\n  - id: eget\n    title: Eget system\n    area: hr\n    adopt: SAP\n',
      };
      const ds = analyzeRule(RULE, files);
      const fjell = ds.find((d) => d.file === 'fjellbygd.md')!;
      const fixed = applyFix(files, fjell);
      assert.match(fixed['fjellbygd.md']!, /- Beholde: Huldt & Lillevik Lønn\n- Aksepterer: ikt-fjord#felles-hr — <Hvorfor aksepteres konflikten, og hvem har vedtatt det\?>\n/);
      const storby = ds.find((d) => d.file === 'storby.yaml')!;
      const fixed2 = applyFix(fixed, storby);
      assert.match(fixed2['storby.yaml']!, /\n {4}accepts: ikt-fjord#felles-hr — <Why is the conflict accepted, and who decided\?>/);
      const pair = (list: TestDiagnostic[]) => list.filter((d) => d.goal === 'fjellbygd#behold' || d.goal === 'storby#eget');
      // Applying the fix decides nothing: both conflicts stay errors, say the reason is missing, and offer no second `accepts`.
      for (const d of pair(analyzeRule(RULE, fixed2))) {
        assert.equal(d.severity, 'error');
        assert.deepEqual(d.fixes, []);
        assert.match(d.message, /names this conflict in `(Aksepterer|accepts)`, but the reason is still the placeholder «<.+\?>»: replace it with why the conflict is accepted\. Until then it counts as open\.$/);
      }
      // Writing the reasons accepts them.
      const written = {
        ...fixed2,
        'fjellbygd.md': fixed2['fjellbygd.md']!.replace('<Hvorfor aksepteres konflikten, og hvem har vedtatt det?>', 'vedtatt i porteføljerådet'),
        'storby.yaml': fixed2['storby.yaml']!.replace('<Why is the conflict accepted, and who decided?>', 'SAP is part of the city ERP'),
      };
      assert.deepEqual(pair(analyzeRule(RULE, written)).map((d) => d.severity), ['info', 'info']);
    });

    it('does not accept a conflict whose `accepts` reason is still a placeholder, in any language', () => {
      const files = (accept: string) => ({
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': fellesHr(),
        'fjellbygd.md': md('fjellbygd', `## Behold lønn {#behold}\n\n- Område: hr\n- Beholde: Huldt & Lillevik Lønn\n- Aksepterer: ikt-fjord#felles-hr${accept}\n`),
      });
      for (const accept of [' — begrunnelse', ' — Reason', ' - grunngjeving', ' — <skriv begrunnelsen her>', ' — …']) {
        const ds = analyzeRule(RULE, files(accept));
        assert.equal(ds.length, 2, accept);
        for (const d of ds) {
          assert.equal(d.severity, 'error', accept);
          assert.doesNotMatch(d.message, /^Accepted conflict/, accept);
          assert.deepEqual(d.fixes, [], accept);
        }
        assert.match(ds[0]!.message, / «Behold lønn» names this conflict in `Aksepterer`, but the reason is still the placeholder «.+»/, accept);
      }
      const nn = analyzeRule(RULE, { ...files(' — <Kvifor er konflikten akseptert, og kven har vedteke det?>'), 'samstemt.yaml': CONFIG.replace('language: en', 'language: nn') });
      assert.match(nn[0]!.message, / «Behold lønn» nemner denne konflikten i `Aksepterer`, men grunngjevinga er framleis plasshaldaren «<Kvifor er konflikten akseptert, og kven har vedteke det\?>»: byt ho ut med kvifor konflikten er akseptert\. Til då blir han rekna som open\.$/);
    });

    it('accepts a conflict whose `accepts` gives no reason (rules.md), and asks for one', () => {
      const files = (accept: string, lang = 'en') => ({
        'samstemt.yaml': CONFIG.replace('language: en', `language: ${lang}`),
        'ikt-fjord.md': fellesHr(),
        'fjellbygd.md': md('fjellbygd', `## Behold lønn {#behold}\n\n- Område: hr\n- Beholde: Huldt & Lillevik Lønn\n- Aksepterer: ikt-fjord#felles-hr${accept}\n`),
      });
      for (const accept of ['', ' —', ' — ']) {
        const ds = analyzeRule(RULE, files(accept));
        assert.equal(ds.length, 2, accept);
        for (const d of ds) {
          assert.equal(d.severity, 'info', accept);
          assert.match(d.message, /^Accepted conflict/, accept);
          assert.match(d.message, /\(no reason given: add one after the dash\)/, accept);
        }
      }
      assert.match(analyzeRule(RULE, files('', 'nb'))[0]!.message, /\(ingen begrunnelse: skriv den etter tankestreken\)/);
    });

    it('accepts when one of two `accepts` gives a reason', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': fellesHr('- Aksepterer: fjellbygd#behold — <Why is the conflict accepted, and who decided?>'),
        'fjellbygd.md': md('fjellbygd', '## Behold lønn {#behold}\n\n- Område: hr\n- Beholde: Huldt & Lillevik Lønn\n- Aksepterer: ikt-fjord#felles-hr — vedtatt i porteføljerådet\n'),
      };
      const ds = analyzeRule(RULE, files);
      assert.deepEqual(ds.map((d) => d.severity), ['info', 'info']);
      assert.match(ds[0]!.message, /«vedtatt i porteføljerådet»$/);
    });

    it('keeps an accepted conflict a hint when the rule is configured as a hint: accepting never makes it louder', () => {
      const accept = '- Aksepterer: ikt-fjord#felles-hr — differensiert løsning vedtatt i porteføljerådet 2024-03-12\n';
      const files = (rules: string) => ({
        'samstemt.yaml': CONFIG + rules,
        'ikt-fjord.md': fellesHr(''),
        'fjellbygd.md': md('fjellbygd', `## Behold lønn {#behold}\n\n- Område: hr\n- Beholde: Huldt & Lillevik Lønn\n${accept}`),
      });
      const hint = analyzeRule(RULE, files('rules:\n  conflict-system-choice: hint\n'));
      assert.deepEqual(hint.map((d) => d.severity), ['hint', 'hint']);
      assert.match(hint[0]!.message, /^Accepted conflict:/);
      assert.deepEqual(analyzeRule(RULE, files('rules:\n  conflict-system-choice: warning\n')).map((d) => d.severity), ['info', 'info']);
    });
  });
});
