import { strict as assert } from 'node:assert';
import { textAt, CONFIG } from '../helpers/workspace.js';
import { CONFLICT_RULES, analyzeConflictRule as analyzeRule } from '../helpers/rules.js';
import { analyzeRule as analyzeWorkspaceRule } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

const RULE = 'conflict-capacity';

function md(owner: string, body: string, period?: string): string {
  return `---\nowner: ${owner}\n${period ? `period: ${period}\n` : ''}---\n\n# Strategi\n\n${body}`;
}

/** A goal needing `amount` of utviklingskapasitet between `from` and `to`. */
function goal(id: string, amount: number, from?: string, to?: string, extra = ''): string {
  return `## Mål ${id} {#${id}}\n\n${from ? `- Fra: ${from}\n` : ''}${to ? `- Frist: ${to}\n` : ''}- Krever: utviklingskapasitet ${amount}\n${extra}\n`;
}

describe(RULE, function () {
  this.timeout(10000);

  describe('conflicts', () => {
    it('reports every requires item of an overbooked year, listing the demands and the capacity', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': md('ikt-fjord', goal('vassbygd', 6, '2025-01-01', '2025-12-31')),
        'storby.md': md('storby', goal('chatbot', 3, '2025-01-01', '2025-12-31') + goal('ki', 4, '2025-03-01', '2026-06-30')),
      };
      const ds = analyzeRule(RULE, files);
      assert.equal(ds.length, 3);
      for (const d of ds) {
        assert.equal(d.severity, 'warning');
        assert.match(textAt(files, d), /^utviklingskapasitet \d$/);
        assert.match(d.message, /^«utviklingskapasitet» is overbooked in 2025: the goals active then need 13 person-years a year, but the capacity is 12 person-years\./);
        assert.match(d.message, /Demands: «Mål vassbygd» \(IKT Fjord AS\) 6 person-years; «Mål chatbot» \(Storby kommune\) 3 person-years; «Mål ki» \(Storby kommune\) 4 person-years\./);
        // the other two demands and the capacity in samstemt.yaml
        assert.equal(d.related.length, 3);
        assert.equal(d.related[2]!.uri, 'file:///ws/samstemt.yaml');
        assert.match(d.related[2]!.message, /Capacity of «utviklingskapasitet»: 12 person-years a year/);
      }
      const chatbot = ds.find((d) => d.goal === 'storby#chatbot')!;
      assert.deepEqual(chatbot.related.slice(0, 2).map((r) => r.goal), ['ikt-fjord#vassbygd', 'storby#ki']);
      assert.match(chatbot.message, /`Aksepterer: ikt-fjord#vassbygd — <reason>`/);
    });

    it('names the eight biggest demands and counts the rest, so a long run stays readable and linear in size', () => {
      // Twenty goals of 1 to 20 person-years, all in 2025: far over the capacity of 12.
      const goals = Array.from({ length: 20 }, (_, i) => goal(`g${i + 1}`, i + 1, '2025-01-01', '2025-12-31')).join('');
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': md('storby', goals) };
      const ds = analyzeRule(RULE, files);
      assert.equal(ds.length, 20);
      const first = ds.find((d) => d.goal === 'storby#g1')!;
      assert.match(first.message, /need 210 person-years a year/);
      assert.match(first.message, /Demands: «Mål g13» \(Storby kommune\) 13 person-years; .*«Mål g20» \(Storby kommune\) 20 person-years; and 12 more goals\./);
      assert.equal((first.message.match(/«Mål g/g) ?? []).length, 8);
      // Eight other goals and the capacity line, biggest in workspace order.
      assert.deepEqual(first.related.map((r) => r.goal ?? 'capacity'), ['storby#g13', 'storby#g14', 'storby#g15', 'storby#g16', 'storby#g17', 'storby#g18', 'storby#g19', 'storby#g20', 'capacity']);
      const top = ds.find((d) => d.goal === 'storby#g20')!;
      assert.deepEqual(top.related.slice(0, 8).map((r) => r.goal), ['storby#g12', 'storby#g13', 'storby#g14', 'storby#g15', 'storby#g16', 'storby#g17', 'storby#g18', 'storby#g19']);
    });

    it('reads a decimal comma in an amount as a decimal, not as a second item', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': md('ikt-fjord', goal('a', 6, '2025-01-01', '2025-12-31')),
        'storby.md': md('storby', '## Mål b {#b}\n\n- Frist: 2025\n- Krever: utviklingskapasitet 2, utviklingskapasitet 4,5\n'),
      };
      const ds = analyzeRule(RULE, files);
      assert.equal(ds.length, 2, '6 + 2 + 4.5 > 12 (read as 6 + 2 + 4 = 12 it fits)');
      assert.match(ds[0]!.message, /need 12\.5 person-years a year/);
      assert.match(ds[0]!.message, /«Mål b» \(Storby kommune\) 6\.5/);
    });

    it('writes decimals with a comma in Norwegian messages and a point in English', () => {
      const files = {
        'samstemt.yaml': CONFIG.replace('language: en', 'language: nb').replace('capacity: 12', 'capacity: "11,5"'),
        'ikt-fjord.md': md('ikt-fjord', goal('a', 6, '2025-01-01', '2025-12-31')),
        'storby.md': md('storby', '## Mål b {#b}\n\n- Frist: 2025\n- Krever: utviklingskapasitet 6,25\n'),
      };
      const [d] = analyzeRule(RULE, files);
      assert.match(d!.message, /trenger 12,25 årsverk i året, men kapasiteten er 11,5 årsverk\. Behov: «Mål a» \(IKT Fjord AS\) 6 årsverk; «Mål b» \(Storby kommune\) 6,25 årsverk\./);
      assert.ok(d!.related.some((r) => /Kapasiteten til «utviklingskapasitet»: 11,5 årsverk i året/.test(r.message)));
      assert.equal(d!.goal, 'ikt-fjord#a');
      assert.ok(d!.related.some((r) => /trenger også 6,25 årsverk i året/.test(r.message)));
      const en = analyzeRule(RULE, { ...files, 'samstemt.yaml': files['samstemt.yaml'].replace('language: nb', 'language: en') })[0]!;
      assert.match(en.message, /need 12\.25 person-years a year, but the capacity is 11\.5 person-years/);
    });

    it('joins consecutive years with the same goals into one finding', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': md('ikt-fjord', goal('a', 7, '2025-06-01', '2026-05-31') + goal('b', 7, '2025-01-01', '2026-12-31')),
      };
      const ds = analyzeRule(RULE, files);
      assert.equal(ds.length, 2);
      assert.match(ds[0]!.message, /overbooked in 2025–2026: the goals active then need 14 person-years/);
    });

    it('counts only the years in which the goals are active together', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'storby.md': md('storby', goal('lang', 8, '2024-01-01', '2026-12-31') + goal('kort', 5, '2026-01-01', '2026-12-31')),
      };
      const ds = analyzeRule(RULE, files);
      assert.equal(ds.length, 2);
      assert.match(ds[0]!.message, /overbooked in 2026:/);
    });

    it('takes the window from the document period, and counts a goal with only a deadline in every year up to it', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'storby.md': md('storby', goal('periode', 8), '2024–2027'),
        'midtby.md': md('midtby', goal('bare-frist', 5, undefined, '2026-03-31')),
      };
      const ds = analyzeRule(RULE, files);
      assert.equal(ds.length, 2);
      // An unknown start overlaps every earlier year (format.md §3): 2024–2026, not 2027.
      assert.match(ds[0]!.message, /overbooked in 2024–2026:/);
    });

    it('reports a single goal that needs more than the capacity', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': md('storby', goal('stor', 13, '2025-01-01', '2025-12-31')) };
      const ds = analyzeRule(RULE, files);
      assert.equal(ds.length, 1);
      assert.match(ds[0]!.message, /^«Mål stor» \(Storby kommune\) alone needs 13 person-years of «utviklingskapasitet» per year in 2025, more than the capacity of 12 person-years/);
      assert.equal(ds[0]!.related.length, 1);
      // «per år i 2025», not «i året i 2025».
      const [nb] = analyzeWorkspaceRule(RULE, files, { rules: CONFLICT_RULES, lang: 'nb' });
      assert.match(nb!.message, /trenger alene 13 årsverk av «utviklingskapasitet» per år i 2025, mer enn kapasiteten på 12 årsverk/);
      const [nn] = analyzeWorkspaceRule(RULE, files, { rules: CONFLICT_RULES, lang: 'nn' });
      assert.match(nn!.message, /treng åleine 13 årsverk av «utviklingskapasitet» per år i 2025, meir enn kapasiteten på 12 årsverk/);
    });

    it('reads nynorsk and YAML documents', () => {
      const files = {
        'samstemt.yaml': CONFIG.replace('language: en', 'language: nn'),
        'fjellbygd.md': md('fjellbygd', '## Ros-analysar {#ros}\n\n- Frå: 2025-01-01\n- Frist: 2025-10-31\n- Krev: utviklingskapasitet 5\n\nVi treng hjelp frå IKT Fjord.\n'),
        'storby.yaml': 'owner: storby\ngoals:\n  - id: chatbot\n    title: Chatbot\n    start: 2025-01-01\n    deadline: 2025-12-31\n    requires: utviklingskapasitet 8\n',
      };
      const ds = analyzeRule(RULE, files);
      assert.deepEqual(ds.map((d) => [d.file, textAt(files, d)]), [
        ['fjellbygd.md', 'utviklingskapasitet 5'],
        ['storby.yaml', 'utviklingskapasitet 8'],
      ]);
      assert.match(ds[0]!.message, /^«utviklingskapasitet» er overbooka i 2025: måla som er aktive då, treng 13 årsverk i året, men kapasiteten er 12 årsverk/);
    });
  });

  describe('requires written as a YAML mapping', () => {
    it('reads `resource: amount` pairs, in flow and block form and as list items', () => {
      const yaml = (requires: string) => `owner: storby\ngoals:\n  - id: plattform\n    title: Ny plattform\n    deadline: 2025-12-31\n    requires: ${requires}\n`;
      for (const [requires, written] of [
        ['{utviklingskapasitet: 30}', 'utviklingskapasitet: 30'],
        ['\n      utviklingskapasitet: 30', 'utviklingskapasitet: 30'],
        ['\n      - utviklingskapasitet: 30', 'utviklingskapasitet: 30'],
        ['[{utviklingskapasitet: 30}]', 'utviklingskapasitet: 30'],
      ]) {
        const files = { 'samstemt.yaml': CONFIG, 'storby.yaml': yaml(requires!) };
        const ds = analyzeRule(RULE, files);
        assert.equal(ds.length, 1, requires);
        assert.equal(textAt(files, ds[0]!), written);
        assert.match(ds[0]!.message, /alone needs 30 person-years of «utviklingskapasitet»/);
      }
    });
  });

  describe('no conflict', () => {
    it('ignores demands within capacity and years that touch but do not overlap', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': md('ikt-fjord', goal('a', 6, '2025-01-01', '2025-12-31') + goal('b', 6, '2025-01-01', '2025-12-31')),
        'storby.md': md('storby', goal('c', 7, '2026-01-01', '2026-12-31')),
      };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });

    it('counts a goal with no known dates in every year, since an unknown window overlaps every window', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'storby.md': md('storby', goal('udatert', 5) + goal('datert', 8, '2025-01-01', '2025-12-31')),
      };
      const ds = analyzeRule(RULE, files);
      assert.deepEqual(ds.map((d) => d.goal), ['storby#udatert', 'storby#datert']);
      assert.match(ds[0]!.message, /^«utviklingskapasitet» is overbooked in 2025: the goals active then need 13 person-years a year/);
    });

    it('counts goals that have no known dates at all together, as overlapping', () => {
      const files = {
        'samstemt.yaml': CONFIG.replace('language: en', 'language: nb'),
        'storby.md': md('storby', goal('a', 7) + goal('b', 6)),
      };
      const ds = analyzeRule(RULE, files);
      assert.equal(ds.length, 2);
      assert.match(ds[0]!.message, /^«utviklingskapasitet» er overbooket i en ukjent periode \(uten datoer overlapper et mål alle perioder\): målene som er aktive da, trenger 13 årsverk i året/);
      // Within capacity: nothing.
      assert.deepEqual(analyzeRule(RULE, { ...files, 'storby.md': md('storby', goal('a', 7) + goal('b', 5)) }), []);
    });

    it('skips resources without a capacity', () => {
      const files = {
        'samstemt.yaml': CONFIG + '  prosjektledelse: { owner: ikt-fjord, unit: årsverk }\n',
        'storby.md': md('storby', '## P {#p}\n\n- Frist: 2025\n- Krever: prosjektledelse 50\n' + '## Q {#q}\n\n- Krever: prosjektledelse 50\n'),
      };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });

    it('reads an empty capacity as no capacity, not as 0 that every demand exceeds', () => {
      const files = {
        'samstemt.yaml': CONFIG + '  prosjektledelse: { owner: ikt-fjord, capacity: , unit: årsverk }\n  drift:\n    kapasitet:\n',
        'storby.md': md('storby', '## P {#p}\n\n- Frist: 2025\n- Krever: prosjektledelse 2, drift 1\n'),
      };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });

    it('does not check a capacity below 0 (invalid-value reports it) instead of reporting every demand as over it', () => {
      const files = {
        'samstemt.yaml': CONFIG + '  prosjektledelse: { owner: ikt-fjord, capacity: -1, unit: årsverk }\n',
        'storby.md': md('storby', '## P {#p}\n\n- Frist: 2025\n- Krever: prosjektledelse 2\n'),
      };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });

    it('counts a goal that starts after its document\'s period (no deadline) from its start year', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': md('ikt-fjord', goal('plattform', 7, '2026-01-01'), '2024–2027'),
        'midtby.md': md('midtby', goal('sent', 7, '2026-03-01'), '2024–2025'),
      };
      const ds = analyzeRule(RULE, files);
      assert.deepEqual(ds.map((d) => d.goal).sort(), ['ikt-fjord#plattform', 'midtby#sent']);
      // Both run from 2026 with an open end: 2026–2027, the years the company's goal makes known.
      assert.match(ds[0]!.message, /overbooked in 2026–2027: the goals active then need 14/);
    });

    it('ignores dropped goals', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'storby.md': md('storby', goal('a', 8, '2025-01-01', '2025-12-31') + goal('b', 8, '2025-01-01', '2025-12-31', '- Status: avbrutt\n')),
      };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });
  });

  describe('done goals', () => {
    it('counts no demand of a done goal (it needs nothing any more)', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': md('ikt-fjord', goal('a', 8, '2025-01-01', '2025-12-31', '- Status: fullført\n')),
        'storby.md': md('storby', goal('b', 8, '2025-01-01', '2025-12-31')),
      };
      assert.deepEqual(analyzeRule(RULE, files), []);
      const open = { ...files, 'ikt-fjord.md': files['ikt-fjord.md'].replace('- Status: fullført\n', '- Status: pågår\n') };
      assert.equal(analyzeRule(RULE, open).length, 2);
    });
  });

  describe('accepted conflicts', () => {
    it('turns the findings of the goals that accept each other into info', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': md('ikt-fjord', goal('vassbygd', 6, '2025-01-01', '2025-12-31')),
        'storby.md': md('storby', goal('chatbot', 3, '2025-01-01', '2025-12-31', '- Aksepterer: ikt-fjord#vassbygd — chatboten venter om nødvendig\n') + goal('ki', 4, '2025-03-01', '2025-12-31')),
      };
      const ds = analyzeRule(RULE, files);
      const sev = Object.fromEntries(ds.map((d) => [d.goal, d.severity]));
      assert.deepEqual(sev, { 'ikt-fjord#vassbygd': 'info', 'storby#chatbot': 'info', 'storby#ki': 'warning' });
      assert.match(ds.find((d) => d.goal === 'storby#chatbot')!.message, /^Accepted conflict: .*«chatboten venter om nødvendig»$/);
    });

    it('keeps accepted findings hints when the rule is configured as a hint', () => {
      const files = {
        'samstemt.yaml': CONFIG + 'rules:\n  conflict-capacity: hint\n',
        'ikt-fjord.md': md('ikt-fjord', goal('vassbygd', 6, '2025-01-01', '2025-12-31')),
        'storby.md': md('storby', goal('chatbot', 3, '2025-01-01', '2025-12-31', '- Aksepterer: ikt-fjord#vassbygd — chatboten venter om nødvendig\n') + goal('ki', 4, '2025-03-01', '2025-12-31')),
      };
      const ds = analyzeRule(RULE, files);
      assert.deepEqual(Object.fromEntries(ds.map((d) => [d.goal, d.severity])), { 'ikt-fjord#vassbygd': 'hint', 'storby#chatbot': 'hint', 'storby#ki': 'hint' });
      assert.match(ds.find((d) => d.goal === 'storby#chatbot')!.message, /^Accepted conflict:/);
    });

    it('keeps the findings warnings while the reason the quick fix wrote is a placeholder', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': md('ikt-fjord', goal('vassbygd', 6, '2025-01-01', '2025-12-31')),
        'storby.md': md('storby', goal('chatbot', 7, '2025-01-01', '2025-12-31')),
      };
      const chatbot = analyzeRule(RULE, files).find((d) => d.goal === 'storby#chatbot')!;
      const fixed = applyFix(files, chatbot);
      assert.match(fixed['storby.md']!, /- Aksepterer: ikt-fjord#vassbygd — <Hvorfor aksepteres konflikten, og hvem har vedtatt det\?>\n/);
      for (const variant of [fixed]) {
        const ds = analyzeRule(RULE, variant);
        assert.deepEqual(ds.map((d) => d.severity), ['warning', 'warning']);
        for (const d of ds) {
          assert.match(d.message, /«Mål chatbot» names this conflict in `Aksepterer`, but the reason is still the placeholder/);
          assert.deepEqual(d.fixes, []);
        }
      }
      const written = { ...fixed, 'storby.md': fixed['storby.md']!.replace('<Hvorfor aksepteres konflikten, og hvem har vedtatt det?>', 'chatboten venter') };
      assert.deepEqual(analyzeRule(RULE, written).map((d) => d.severity), ['info', 'info']);
    });
  });
});
