/**
 * The report's conflict entries against what `check` reports on each goal:
 * an overbooking accepted by some of its goals only is partly accepted and
 * still open; the stance of each side, with numbers in the report's language
 * and a direction implied by baseline → target.
 */
import { strict as assert } from 'node:assert';
import { buildAlignmentReport, type AlignmentReport } from '../../server/src/report/reportModel.js';
import { renderMarkdown } from '../../server/src/report/markdown.js';
import { renderHtml } from '../../server/src/report/html.js';
import { renderJson } from '../../server/src/report/json.js';
import type { Diagnostic, Lang } from '../../server/src/engine/types.js';
import { CONFIG, createTestEngine, InMemoryHost } from '../helpers/workspace.js';

function reportOf(files: Record<string, string>, lang?: Lang): { report: AlignmentReport; diagnostics: Diagnostic[] } {
  const result = createTestEngine(new InMemoryHost(files)).analyze();
  const ws = result.workspaces[0]!;
  const diagnostics = [...result.diagnostics.values()].flat();
  return { report: buildAlignmentReport(ws, diagnostics, lang ? { lang } : {}), diagnostics };
}

const doc = (owner: string, body: string) => `---\nowner: ${owner}\nperiod: 2024–2027\n---\n\n${body}`;

describe('report conflicts', function () {
  this.timeout(60000);

  describe('an overbooking accepted by some of its goals only', () => {
    // Three goals overbook the resource in 2025; the company's accepts names only the chatbot.
    const files = {
      'samstemt.yaml': CONFIG.replace('language: en', 'language: nb'),
      'ikt-fjord.md': doc('ikt-fjord', '## Innlemming {#innlemming}\n\n- Omfang: fjellbygd\n- Fra: 2025-01-01\n- Frist: 2025-12-31\n- Støtter: DS19-M5\n- Krever: utviklingskapasitet 7,5\n- Aksepterer: storby#chatbot — porteføljerådet vedtok overbooking\n'),
      'storby.md': doc('storby', '## Chatbot {#chatbot}\n\n- Fra: 2025-01-01\n- Frist: 2025-12-31\n- Støtter: DN30-I2\n- Krever: utviklingskapasitet 3\n\n## KI i byggesak {#ki}\n\n- Fra: 2025-01-01\n- Frist: 2025-12-31\n- Støtter: DN30-I2\n- Krever: utviklingskapasitet 2\n'),
    };

    it('is open and partly accepted, as check still warns on the third goal', () => {
      const { report, diagnostics } = reportOf(files);
      const cap = diagnostics.filter((d) => d.rule === 'conflict-capacity');
      assert.deepEqual(cap.map((d) => [d.goal, d.severity]).sort(), [['ikt-fjord#innlemming', 'info'], ['storby#chatbot', 'info'], ['storby#ki', 'warning']]);
      const c = report.conflicts.find((x) => x.rule === 'conflict-capacity')!;
      assert.deepEqual(c.goals, ['ikt-fjord#innlemming', 'storby#chatbot', 'storby#ki']);
      assert.equal(c.accepted, false);
      assert.equal(c.partlyAccepted, true);
      assert.equal(c.severity, 'warning');
      assert.equal(c.reason, 'porteføljerådet vedtok overbooking');
      assert.deepEqual(c.sides.map((s) => [s.goal, s.accepted ?? false]), [['ikt-fjord#innlemming', true], ['storby#chatbot', true], ['storby#ki', false]]);
      assert.equal(report.totals.openConflicts, 1);
      const md = renderMarkdown(report);
      assert.match(md, /konflikter mellom mål: \*\*1\*\* åpen \/ 1/);
      assert.match(md, /\*\*delvis akseptert\*\*: «porteføljerådet vedtok overbooking» \(Innlemming\); fortsatt åpen for `storby#ki` \|/);
      assert.doesNotMatch(md, /✓ akseptert/);
      assert.match(renderHtml(report), /◐ delvis akseptert/);
      const j = JSON.parse(renderJson(report));
      assert.equal(j.conflicts[0].accepted, false);
      assert.equal(j.conflicts[0].partlyAccepted, true);
      assert.match(renderMarkdown(reportOf(files, 'en').report), /\*\*partly accepted\*\*: .*; still open for `storby#ki`/);
      const nn = reportOf({ ...files, 'samstemt.yaml': CONFIG.replace('language: en', 'language: nn') }).report;
      assert.match(renderMarkdown(nn), /\*\*delvis akseptert\*\*: .*; framleis open for `storby#ki`/);
    });

    it('is accepted when every goal of it is', () => {
      const all = { ...files, 'ikt-fjord.md': files['ikt-fjord.md'].replace('- Aksepterer: storby#chatbot — porteføljerådet vedtok overbooking\n', '- Aksepterer: storby#chatbot — porteføljerådet vedtok overbooking, storby#ki — porteføljerådet vedtok overbooking\n') };
      const { report, diagnostics } = reportOf(all);
      assert.ok(diagnostics.filter((d) => d.rule === 'conflict-capacity').every((d) => d.severity === 'info'));
      const c = report.conflicts.find((x) => x.rule === 'conflict-capacity')!;
      assert.equal(c.accepted, true);
      assert.equal(c.partlyAccepted, undefined);
      assert.equal(report.totals.openConflicts, 0);
    });
  });

  describe('stances', () => {
    // Finding 10 (r10): a capacity of 5,5 and a direction implied by baseline → target.
    const files = (lang: string) => ({
      'samstemt.yaml': CONFIG.replace('language: en', `language: ${lang}`),
      'ikt-fjord.md': doc('ikt-fjord', '## Høyere medlemsavgift {#hoyere}\n\n- Indikator: medlemsavgift\n- Utgangspunkt: 420 kr\n- Målverdi: 470 kr\n- Frist: 2025\n- Støtter: DS19-I6\n- Krever: utviklingskapasitet 7,5\n'),
      'storby.md': doc('storby', '## Lavere avgift {#lavere}\n\n- Indikator: medlemsavgift\n- Retning: redusere\n- Målverdi: 380 kr\n- Frist: 2025\n- Støtter: DS19-M6\n- Krever: utviklingskapasitet 5\n'),
    });

    it('writes amounts as the report language writes numbers', () => {
      const stance = (lang: string) => reportOf(files(lang)).report.conflicts.find((c) => c.rule === 'conflict-capacity')!.sides.find((s) => s.goal === 'ikt-fjord#hoyere')!.stance;
      assert.equal(stance('nb'), 'krever 7,5 årsverk utviklingskapasitet');
      assert.equal(stance('nn'), 'krev 7,5 årsverk utviklingskapasitet');
      assert.equal(stance('en'), 'requires 7.5 person-years utviklingskapasitet');
      assert.match(renderMarkdown(reportOf(files('nb')).report), /`ikt-fjord#hoyere` \(krever 7,5 årsverk utviklingskapasitet\)/);
    });

    it('shows the direction implied by baseline → target, as conflict-direction reads it', () => {
      const c = reportOf(files('nb')).report.conflicts.find((x) => x.rule === 'conflict-direction')!;
      assert.ok(c, 'conflict-direction is in the report');
      assert.deepEqual(c.sides.map((s) => [s.goal, s.stance]), [['ikt-fjord#hoyere', 'øke medlemsavgift'], ['storby#lavere', 'redusere medlemsavgift']]);
    });
  });
});
