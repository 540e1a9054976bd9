/**
 * The alignment report of a cooperation written for this audit
 * (test/fixtures/report-audit7, «Fjellnett IKT»: a company and five
 * municipalities from 45 200 down to 640 inhabitants, one in nynorsk, one in
 * YAML, one in English, one without a strategy document), read as the
 * portfolio council's secretary reads it. The figures below were written down
 * from the documents before the report was run; the three formats must tell
 * the same story and agree with `samstemt check --format json`.
 */
import { strict as assert } from 'node:assert';
import { cpSync, readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, type JsonDiagnostic } from '../helpers/cli.js';
import { REPO } from '../helpers/workspace.js';
import { brokenAnchors } from './sample.js';

const DIR = 'test/fixtures/report-audit7';

interface MemberSummary { goals: number; dropped?: number; linked: number; share: number; objectives: number; documents: number }

function report(format: string, dir = DIR): string {
  const r = runCli(['report', dir, '--format', format]);
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

describe('report: an unseen cooperation read by the council secretary (test/fixtures/report-audit7)', function () {
  this.timeout(120000);
  let json: any;
  let md: string;
  let html: string;
  let check: { summary: { goals: number }; diagnostics: JsonDiagnostic[] };

  before(() => {
    json = JSON.parse(report('json'));
    md = report('md');
    html = report('html');
    check = JSON.parse(runCli(['check', DIR, '--format', 'json']).stdout);
  });

  it('counts the goals of every member, and a dropped goal neither as linked nor against the share', () => {
    const m = json.summary.members as Record<string, MemberSummary>;
    const pick = (s: MemberSummary) => [s.documents, s.goals, s.dropped, s.linked, s.share, s.objectives];
    // documents, goals, dropped (Status: avbrutt), linked (active goals serving an objective), share of the active goals, objectives covered
    assert.deepEqual(pick(m['fjellnett']!), [1, 6, 1, 5, 1, 5]);
    assert.deepEqual(pick(m['storvik']!), [1, 5, 0, 4, 0.8, 4]);
    assert.deepEqual(pick(m['havlund']!), [1, 4, 1, 3, 1, 2]);
    assert.deepEqual(pick(m['dalen']!), [1, 3, 0, 2, 0.667, 2]);
    assert.deepEqual(pick(m['tindfjell']!), [1, 2, 0, 1, 0.5, 2]);
    assert.deepEqual(pick(m['kystby']!), [0, 0, 0, 0, 0, 0]);
    const t = json.summary.totals;
    assert.deepEqual([t.goals, t.dropped, t.linked, t.objectives, t.objectivesCovered, t.conflicts, t.openConflicts], [20, 2, 15, 32, 9, 4, 2]);
    // Every goal is linked, unlinked or dropped, once.
    assert.equal(t.linked + json.unlinked.length + t.dropped, t.goals);
    assert.equal(t.goals, check.summary.goals, 'the same goals as check');
  });

  it('lists the goals behind each objective, inherited ones through the goal they serve, and nothing of a dropped goal', () => {
    assert.deepEqual(json.coverage['fjellnett']['DS19-M2'], ['fjellnett#felles-hr', 'fjellnett#hr-opplaering']);
    assert.deepEqual(json.coverageInherited['storvik']['DS19-M5'], [{ goal: 'storvik#digital-byggesak', via: 'fjellnett#felles-arkiv' }]);
    assert.deepEqual(json.coverageInherited['tindfjell'], {
      'DS19-I9': [{ goal: 'tindfjell#cloud', via: 'fjellnett#sikker-drift' }],
      'DN30-F2': [{ goal: 'tindfjell#cloud', via: 'fjellnett#sikker-drift' }],
    });
    assert.deepEqual(json.coverage['havlund']['DS19-M3'], ['havlund#innbyggerdialog', 'havlund#chatbot']);
    // The done goal still counts; the dropped portal (DS19-I2-L1) does not.
    assert.deepEqual(json.coverage['storvik']['DS19-M4'], ['storvik#datadeling']);
    const covered = new Set(Object.values(json.coverage as Record<string, Record<string, string[]>>).flatMap((c) => Object.keys(c)));
    assert.deepEqual([...covered].sort(), ['DN30-F1', 'DN30-F2', 'DN30-M1', 'DN30-M3', 'DS19-I9', 'DS19-M2', 'DS19-M3', 'DS19-M4', 'DS19-M5']);
    const uncovered = check.diagnostics.filter((d) => d.rule === 'objective-uncovered').length;
    assert.equal(uncovered, t(json).objectives - t(json).objectivesCovered, 'the objectives nobody covers are the ones check names');
    assert.ok(!JSON.stringify(json.coverage).includes('innbyggerportal') && !JSON.stringify(json.coverage).includes('papirarkiv'));
  });

  it('has each conflict once, with the status check gives it, and the same unlinked goals', () => {
    const pairs = (json.conflicts as { rule: string; goals: string[]; accepted: boolean }[]).map((c) => `${c.rule} ${c.goals.join(' ')} ${c.accepted ? 'accepted' : 'open'}`);
    assert.deepEqual(pairs.sort(), [
      'conflict-direction fjellnett#medlemsavgift storvik#lavere-avgift accepted',
      'conflict-system-choice dalen#behalde-arkiv fjellnett#felles-arkiv accepted',
      'conflict-system-choice fjellnett#felles-hr havlund#ny-lonn open',
      'conflict-system-choice fjellnett#felles-hr storvik#behold-lonn open',
    ]);
    const fromCheck = new Set(check.diagnostics.filter((d) => d.rule.startsWith('conflict-') || d.rule === 'possible-conflict')
      .map((d) => `${d.rule} ${[d.goal!, ...d.related!.map((r) => r.goal!)].sort().join(' ')} ${d.severity === 'info' ? 'accepted' : 'open'}`));
    assert.deepEqual([...fromCheck].sort(), pairs.sort());
    const unlinked = check.diagnostics.filter((d) => d.rule === 'goal-unlinked').map((d) => d.goal).sort();
    assert.deepEqual(json.unlinked, unlinked);
    assert.deepEqual(unlinked, ['dalen#eiga-brukarstotte', 'storvik#ki-pilot', 'tindfjell#broadband']);
    // The same three best suggestions, with the same words, and the same root.
    for (const d of check.diagnostics.filter((x) => x.rule === 'goal-unlinked')) {
      const fromCheck = (d as JsonDiagnostic & { suggestions: { objective: string; matched: string[] }[] }).suggestions.slice(0, 3).map((x) => [x.objective, x.matched]);
      assert.deepEqual(json.suggestions[d.goal!].map((x: { objective: string; matched: string[] }) => [x.objective, x.matched]), fromCheck, d.goal);
    }
    assert.equal(json.root, (check as unknown as { root: string }).root);
  });

  it('tells the same figures in Markdown', () => {
    assert.match(md, /^\*\*20\*\* mål \(2 avbrutt\) · \*\*83\u00a0%\*\* koblet til nasjonale mål · \*\*9\/32\*\* nasjonale mål dekket · konflikter mellom mål: \*\*2\*\* åpne \/ 4 · \*\*3\*\* mål uten kobling/m);
    // Numbers and percentages as the language writes them, with a no-break space.
    const row = (cells: string[]) => `| ${cells.join(' | ')} |`.replace(/ (?=%)|(?<=\d) (?=\d{3})/g, '\u00a0');
    const lines = md.split('\n');
    assert.ok(lines.includes(row(['Fjellnett IKT AS', '–', '6 (1 avbrutt)', '100 %', '2', '0'])));
    assert.ok(lines.includes(row(['Havlund kommune', '9 100', '4 (1 avbrutt)', '100 %', '1', '0'])));
    assert.ok(lines.includes(row(['Storvik kommune', '45 200', '5', '80 %', '1', '1'])));
    assert.match(md, /Uten strategidokument \(ingen mål i rapporten\): Kystby kommune\./);
    assert.equal((md.match(/\*\*åpen\*\*/g) ?? []).length, 2);
    assert.equal((md.match(/✓ akseptert/g) ?? []).length, 2);
    // Author text cannot open a tag or an entity.
    assert.ok(md.includes('Better broadband for \\<all\\> \\& everyone'));
  });

  it('tells the same figures in HTML, well-formed, with working links and every author text escaped', () => {
    assert.match(html, /<html lang="nb">/);
    assert.ok(!/<script/i.test(html), 'no script');
    assert.deepEqual(brokenAnchors(html), { duplicate: [], dangling: [] });
    const kpi = (label: string) => new RegExp(`<div class="value">([^<]*)(?:<span[^>]*> / (\\d+)</span>)?</div><div class="label">${label}`).exec(html)?.slice(1, 3);
    assert.deepEqual(kpi('Mål'), ['20', undefined]);
    assert.deepEqual(kpi('Koblet til nasjonale mål'), ['83\u00a0%', undefined]);
    assert.deepEqual(kpi('Nasjonale mål dekket'), ['9', '32']);
    assert.ok(html.includes('(5/5)') && html.includes('(3/3)') && html.includes('(4/5)'), 'linked of active goals per member');
    // A member without goals (Kystby has no strategy document) has no share to show, and no «0/0».
    const kystby = /<tr data-member="kystby">.*?<\/tr>/.exec(html)?.[0] ?? '';
    assert.ok(kystby && !kystby.includes('0/0'), kystby);
    // The dropped goals say so where they are listed.
    for (const key of ['fjellnett#innbyggerportal', 'havlund#papirarkiv']) {
      const row = new RegExp(`<li [^>]*data-goal="${key}">.*?</li>`).exec(html)?.[0] ?? '';
      assert.match(row, /<span class="chip status">avbrutt<\/span>/, key);
    }
    for (const raw of ['<for alle>', '<API>', '<all>', 'HR & lønn']) assert.ok(!html.includes(raw), raw);
    assert.ok(html.includes('Felles HR &amp; lønn &lt;for alle&gt;'));
  });

  it('marks in the heat map as not covered exactly the objectives check names, not the frameworks’ visions', () => {
    const uncovered = check.diagnostics.filter((d) => d.rule === 'objective-uncovered').length;
    assert.equal(uncovered, 23);
    assert.equal((html.match(/class="hm-total hm-zero">ikke dekket</g) ?? []).length, uncovered);
    for (const vision of ['DS19-V', 'DN30-V']) {
      const row = new RegExp(`<g class="hm-row([^"]*)"><title>${vision} `).exec(html);
      assert.equal(row?.[1], '', `${vision} is the framework's overall aim, not an objective to cover`);
    }
  });

  for (const [lang, htmlTitle, mdDropped] of [['nn', 'Samstemtheitsrapport', '(2 avbrotne)'], ['en', 'Alignment report', '(2 dropped)']] as const) {
    it(`speaks ${lang} when samstemt.yaml says language: ${lang}`, () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-audit7-'));
      try {
        cpSync(path.join(REPO, DIR), dir, { recursive: true });
        const config = path.join(dir, 'samstemt.yaml');
        writeFileSync(config, readFileSync(config, 'utf8').replace('language: nb', `language: ${lang}`));
        const h = report('html', dir);
        assert.match(h, new RegExp(`<html lang="${lang}">`));
        assert.ok(h.includes(`<p class="eyebrow">${htmlTitle}</p>`));
        assert.ok(report('md', dir).includes(mdDropped));
        assert.equal(JSON.parse(report('json', dir)).summary.totals.dropped, 2);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

function t(json: any): { objectives: number; objectivesCovered: number } {
  return json.summary.totals;
}
