/**
 * The three renderings of the sample cooperation's report, read back the way
 * a consumer would: the JSON shape of cli.md, the Markdown coverage table
 * parsed cell by cell, and the HTML's SVG heat map and bar charts parsed for
 * cells, bars, titles and links; plus self-containment and escaping.
 */
import { strict as assert } from 'node:assert';
import { analysedSample, tags, unescapeHtml } from './sample.js';
import { renderJson } from '../../server/src/report/json.js';
import { mdCell, renderMarkdown } from '../../server/src/report/markdown.js';
import { renderHtml, REPORT_CSP } from '../../server/src/report/html.js';
import { cellText, heatStep } from '../../server/src/report/svg.js';
import { buildAlignmentReport, coverageCell } from '../../server/src/report/reportModel.js';
import { analyze, createTestEngine, InMemoryHost, CONFIG } from '../helpers/workspace.js';

describe('report renderers (sample cooperation)', function () {
  this.timeout(60000);
  describe('json', () => {
    it('has the cli.md shape: version, members, objectives, coverage, conflicts, unlinked', () => {
      const { report, ws } = analysedSample();
      const j = JSON.parse(renderJson(report));
      assert.equal(j.version, 1);
      assert.deepEqual(j.members, [...ws.members.keys()]);
      assert.deepEqual(j.objectives, report.objectives.map((o) => o.id));
      for (const m of j.members) assert.equal(typeof j.coverage[m], 'object');
      for (const c of report.coverage) assert.deepEqual(j.coverage[c.member][c.objective], [...c.direct, ...c.inherited.map((i) => i.goal)]);
      const cells = Object.values(j.coverage as Record<string, Record<string, string[]>>).reduce((n, o) => n + Object.keys(o).length, 0);
      assert.equal(cells, report.coverage.length);
      assert.deepEqual(j.coverageInherited.storby['DN30-F3'], [{ goal: 'storby#sikkerhetskultur', via: 'ikt-fjord#felles-infosikkerhet' }]);
      for (const c of j.conflicts) {
        assert.equal(typeof c.rule, 'string');
        assert.ok(Array.isArray(c.goals) && c.goals.length >= 2);
        assert.equal(typeof c.accepted, 'boolean');
      }
      const acc = j.conflicts.find((c: { goals: string[] }) => c.goals.includes('strandvik#beholde-websak'));
      assert.deepEqual({ rule: acc.rule, accepted: acc.accepted, reason: acc.reason }, { rule: 'conflict-system-choice', accepted: true, reason: 'differensiert løsning vedtatt i porteføljerådet 2024-03-12' });
      assert.deepEqual(j.unlinked, ['strandvik#informasjonssikkerhet']);
      assert.equal(j.suggestions['strandvik#informasjonssikkerhet'][0].objective, 'DS19-I9');
      const dev = j.capacity.find((r: { id: string }) => r.id === 'utviklingskapasitet');
      assert.deepEqual(dev.years.find((y: { year: number }) => y.year === 2025).demand, 13);
    });
  });

  describe('markdown', () => {
    const md = () => renderMarkdown(analysedSample().report);

    it('has a coverage table whose symbols match the model cell by cell', () => {
      const { report } = analysedSample();
      const lines = md().split('\n');
      const header = lines.findIndex((l) => l.startsWith('| Nasjonalt mål |'));
      assert.ok(header > 0, 'coverage table header');
      const cols = lines[header]!.split('|').slice(2, -1).map((c) => c.trim());
      assert.deepEqual(cols, ['Storby', 'Midtby', 'Fjellbygd', 'Strandvik', 'Vassbygd', 'IKT Fjord', 'Digi Fjord']);
      assert.match(lines[header + 1]!, /^\|---\|(:-:\|){7}$/);
      const rows = lines.slice(header + 2, header + 2 + report.objectives.length);
      assert.equal(rows.length, report.objectives.length);
      rows.forEach((row, i) => {
        const cells = row.split(' | ').map((c) => c.replace(/^\| |\s*\|$/g, '').trim());
        const o = report.objectives[i]!;
        assert.ok(cells[0]!.startsWith(`\`${o.id}\``), `row ${i} is ${o.id}`);
        report.members.forEach((m, j) => {
          const c = coverageCell(report, m.id, o.id);
          const expected = mdCell(c?.direct.length ?? 0, c?.inherited.length ?? 0);
          assert.equal(cells[j + 1], expected, `${m.id} × ${o.id}`);
        });
      });
      assert.equal(mdCell(0, 0), '–');
      assert.equal(mdCell(1, 0), '●');
      assert.equal(mdCell(0, 2), '○2');
      assert.equal(mdCell(2, 1), '●3');
      assert.ok(rows.some((r) => r.includes('○')), 'inherited-only cells show ○');
    });

    it('writes populations as the check messages do: 1 790 next to 50 210 (no-break spaces)', () => {
      const text = md();
      assert.match(text, /\| Storby kommune \| 50\u00a0210 \|/);
      assert.match(text, /\| Fjellbygd kommune \| 1\u00a0790 \|/);
    });

    it('lists the conflicts with both sides and status, and the unlinked goals with suggestions', () => {
      const { report } = analysedSample();
      const text = md();
      const section = text.slice(text.indexOf('### Konflikter'), text.indexOf('### Mål uten'));
      const rows = section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Alvorlighet'));
      assert.equal(rows.length, report.conflicts.length);
      for (const c of report.conflicts) {
        const row = rows.find((r) => c.goals.every((g) => r.includes(`\`${g}\``)));
        assert.ok(row, `row for ${c.goals.join(' ⇄ ')}`);
        assert.match(row, c.accepted ? /✓ akseptert: «differensiert løsning vedtatt i porteføljerådet 2024-03-12»/ : /\*\*åpen\*\*/);
      }
      assert.match(text, /- `strandvik#informasjonssikkerhet` Styringssystem for informasjonssikkerhet — foreslåtte nasjonale mål: `DS19-I9` Digital sikkerhet \(1,00/);
      assert.match(text, /\*\*2025: 13 ⚠\*\*/);
      assert.ok(!/<(?!details|\/details|summary|\/summary|sub|\/sub)[a-z]/i.test(text), 'no HTML beyond details/summary/sub');
    });
  });

  describe('html', () => {
    const html = () => renderHtml(analysedSample().report, { generated: '2026-01-01' });

    it('is self-contained: a strict CSP, no script, no external resource', () => {
      const h = html();
      assert.ok(h.includes(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP.replace(/'/g, '&#39;')}">`));
      assert.ok(!/<script/i.test(h), 'no script');
      assert.ok(!/\bsrc\s*=/i.test(h), 'no src attribute');
      assert.ok(!/@import|url\(\s*['"]?(https?:)?\/\//i.test(h), 'no imported styles or remote url()');
      assert.ok(!/<link\b/i.test(h), 'no link elements');
      // http(s) appears only in plain hyperlinks to the objectives' sources and in the SVG namespace.
      const rest = h.replace(/<a href="https?:[^"]*" rel="noreferrer noopener" class="source">/g, '').replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '');
      assert.ok(!/https?:/i.test(rest), `unexpected http in: ${/.{40}https?:.{40}/i.exec(rest)?.[0]}`);
      assert.match(h, /@media print/);
      assert.match(h, /<html lang="nb">/);
    });

    it('draws one heat-map cell per member × objective, linked to the goals behind it', () => {
      const { report } = analysedSample();
      const h = html();
      const linked = tags(h, '<a [^>]*class="hm-cell"');
      const empty = tags(h, '<g class="hm-cell hm-empty"');
      assert.equal(linked.length, report.coverage.length);
      assert.equal(linked.length + empty.length, report.members.length * report.objectives.length);
      const ids = new Set([...h.matchAll(/\sid="([^"]+)"/g)].map((m) => unescapeHtml(m[1]!)));
      const anchors = new Map(report.goals.map((g) => [g.anchor, g.key]));
      for (const a of linked) {
        const cell = coverageCell(report, a['data-member']!, a['data-objective']!)!;
        const keys = [...cell.direct, ...cell.inherited.map((i) => i.goal)];
        assert.deepEqual(a['data-goals']!.split(' '), keys);
        const target = a.href!.slice(1);
        assert.ok(ids.has(target), `link target #${target} exists`);
        if (keys.length === 1) assert.equal(anchors.get(target), keys[0]);
        else assert.ok(target.startsWith('cov-'));
      }
      // The goals behind a multi-goal cell are listed, as goal links, under its anchor.
      const multi = linked.find((a) => a['data-goals']!.split(' ').length > 2)!;
      const li = new RegExp(`<li id="${multi.href!.slice(1)}">(.*?)</li>`).exec(h)![1]!;
      const listed = new Set(tags(li, '<a href="#goal-').map((a) => a['data-goal']!));
      for (const k of multi['data-goals']!.split(' ')) assert.ok(listed.has(k), `${k} listed under #${multi.href}`);
    });

    it('prints the count in every cell and colours it from the palette', () => {
      const { report } = analysedSample();
      const h = html();
      const cells = [...h.matchAll(/<a [^>]*class="hm-cell" data-member="([^"]+)" data-objective="([^"]+)"[^>]*><title>([^<]*)<\/title><rect [^>]*fill="([^"]+)"[^>]*\/><text [^>]*>([^<]*)<\/text><\/a>/g)];
      assert.equal(cells.length, report.coverage.length);
      for (const [, member, objective, title, fill, text] of cells) {
        const c = coverageCell(report, unescapeHtml(member!), objective!)!;
        assert.equal(text, cellText(c.direct.length, c.inherited.length));
        assert.equal(fill, heatStep(c.direct.length + c.inherited.length).fill);
        assert.ok(unescapeHtml(title!).includes(objective!), 'the tooltip names the objective');
      }
      assert.equal(new Set([...h.matchAll(/class="hm-id">([^<]+)</g)].map((m) => m[1])).size, report.objectives.length, 'one labelled row per objective');
    });

    it('shows every conflict with both sides, the overlap and its status', () => {
      const { report } = analysedSample();
      const h = html();
      const articles = tags(h, '<article class="conflict');
      assert.equal(articles.length, report.conflicts.length);
      for (const c of report.conflicts) {
        const a = articles.find((x) => x['data-goals'] === c.goals.join(' ') && x['data-rule'] === c.rule)!;
        assert.ok(a, `${c.rule} ${c.goals.join(' ')}`);
        assert.equal(a['data-accepted'], String(c.accepted));
      }
      const acc = /<article [^>]*data-goals="ikt-fjord#felles-sak-arkiv strandvik#beholde-websak"[\s\S]*?<\/article>/.exec(h)![0];
      assert.match(acc, /✓ akseptert/);
      assert.match(acc, /Begrunnelse:<\/span> «differensiert løsning vedtatt i porteføljerådet 2024-03-12»/);
      assert.equal(tags(acc, '<div class="side"').length, 2);
      const open = /<article [^>]*data-goals="fjellbygd#behalde-lønssystem ikt-fjord#felles-lonn-hr"[\s\S]*?<\/article>/.exec(h)![0];
      assert.match(open, /● åpen/);
      assert.match(open, /begge gjelder:<\/span> Fjellbygd kommune/);
      assert.match(open, /innfører Visma HRM/);
    });

    it('lists the unlinked goals with their suggestions', () => {
      const h = html();
      const u = tags(h, '<div class="unlinked-goal"');
      assert.deepEqual(u.map((x) => x['data-goal']), ['strandvik#informasjonssikkerhet']);
      assert.match(h, /<strong class="mono">DS19-I9<\/strong> Digital sikkerhet/);
    });

    it('draws one bar per year and resource, over-capacity bars marked, with the capacity line', () => {
      const { report } = analysedSample();
      const h = html();
      const charts = tags(h, '<svg class="capacity-chart"');
      assert.deepEqual(charts.map((c) => c['data-resource']), report.capacity.map((r) => r.id));
      for (const res of report.capacity) {
        const svg = new RegExp(`<svg class="capacity-chart"[^>]*data-resource="${res.id}"[\\s\\S]*?</svg>`).exec(h)![0];
        const bars = tags(svg, '<g class="cap-bar');
        assert.deepEqual(bars.map((b) => Number(b['data-year'])), res.years.map((y) => y.year));
        assert.deepEqual(bars.map((b) => Number(b['data-demand'])), res.years.map((y) => y.demand));
        assert.deepEqual(bars.map((b) => b.class!.includes('cap-over')), res.years.map((y) => y.over));
        assert.equal(tags(svg, '<g class="cap-line"')[0]!['data-capacity'], String(res.capacity));
        const segments = tags(svg, '<g class="cap-seg-g"');
        assert.equal(segments.length, res.years.reduce((n, y) => n + y.demands.length, 0));
      }
      const dev = new RegExp('<g class="cap-bar cap-over" data-year="2025" data-demand="13"><title>([^<]*)</title>').exec(h);
      assert.ok(dev, 'utviklingskapasitet 2025 is over capacity');
      assert.match(dev[1]!, /2025: 13 årsverk — over kapasiteten/);
      assert.match(h, /▲ 13 &gt; 12/);
    });

    it('links every goal mention to a goal row of the goal list', () => {
      const { report } = analysedSample();
      const h = html();
      const rows = tags(h, '<li id="goal-');
      assert.equal(rows.length, report.goals.length);
      const rowIds = new Set(rows.map((r) => r.id));
      for (const a of tags(h, '<a href="#goal-')) {
        assert.ok(rowIds.has(a.href!.slice(1)), `#${a.href} has a row`);
        assert.equal(report.goals.find((g) => g.anchor === a.href!.slice(1))!.key, a['data-goal']);
      }
      assert.equal(tags(h, '<div class="flow"').length, report.contributions.length);
    });

    it('renders in English with --lang en', () => {
      const h = renderHtml(analysedSample('en').report);
      assert.match(h, /<html lang="en">/);
      assert.match(h, /Alignment report/);
      assert.match(h, /Coverage: members × national objectives/);
    });

    it('counts open conflicts with the plural adjective, and says «open» in nynorsk', () => {
      const { report } = analysedSample();
      assert.ok(report.totals.openConflicts > 1, 'the sample has several open conflicts');
      assert.match(renderMarkdown(report), new RegExp(`konflikter mellom mål: \\*\\*${report.totals.openConflicts}\\*\\* åpne / ${report.totals.conflicts} ·`));
      const one = renderMarkdown({ ...report, totals: { ...report.totals, openConflicts: 1, conflicts: 1 } });
      assert.match(one, /konflikter mellom mål: \*\*1\*\* åpen \/ 1 ·/);
      assert.match(renderHtml(report), /Konflikter mellom mål \(åpne \/ totalt\)/);
      const nn = analysedSample('nn').report;
      assert.match(renderMarkdown(nn), new RegExp(`\\*\\*${nn.totals.openConflicts}\\*\\* opne / `));
      const html = renderHtml(nn);
      assert.match(html, /● open</);
      assert.doesNotMatch(html, /● åpen|\(åpne \//, "no bokmål status words (catalog titles are bokmål)");
    });
  });

  describe('figures check also gives', () => {
    it('says which goals the report leaves out, in the report language, and nothing when none', () => {
      const { report } = analysedSample();
      const note = 'Ikke med i rapporten: 1 mål med en ID som et annet mål hos samme eier også bruker (duplicate-goal-id); 3 mål i dokumenter uten eier (missing-owner).';
      assert.deepEqual(report.totals.omitted, { duplicateId: 1, noOwner: 3 });
      assert.ok(renderMarkdown(report).includes(`> ${note}`));
      assert.ok(renderHtml(report).includes(`<p class="note omitted">${note}`));
      const en = analysedSample('en').report;
      assert.match(renderMarkdown(en), /> Not in this report: 1 goal whose ID another goal of the same owner also uses \(duplicate-goal-id\); 3 goals in documents without an owner/);
      const none = { ...report, totals: { ...report.totals, omitted: { duplicateId: 0, noOwner: 0 } } };
      assert.doesNotMatch(renderMarkdown(none), /Ikke med i rapporten/);
      assert.doesNotMatch(renderHtml(none), /class="note omitted"/);
    });

    it('covers objectives out of those objective-uncovered counts, and says «goal» for one', () => {
      const { report } = analysedSample('en');
      assert.match(renderMarkdown(report), new RegExp(`\\*\\*${report.totals.objectivesCovered}/${report.totals.objectives}\\*\\* objectives covered`));
      assert.equal(report.totals.objectives, report.objectives.filter((o) => o.kind !== 'vision').length);
      const one = renderMarkdown({ ...report, totals: { ...report.totals, goals: 1, linked: 1 }, unlinked: report.unlinked.slice(0, 1) });
      assert.match(one, /\*\*1\*\* goal · /);
      assert.match(one, /\*\*1\*\* goal without a national objective/);
    });
  });

  describe('escaping', () => {
    it('escapes goal titles, member names and reasons in html and md', () => {
      const files = {
        'samstemt.yaml': CONFIG.replace('name: Storby kommune', 'name: "Storby <img src=x onerror=alert(1)>"'),
        'storby.md': '---\nowner: storby\nperiod: 2024–2026\n---\n\n## <script>alert(1)</script> | *bold* {#a}\n\n- Område: hr\n- Innføre: <b>X</b>\n- Omfang: alle\n- Støtter: DS19-M2\n- Aksepterer: ikt-fjord#b — "quoted" <reason> & more\n',
        'ikt-fjord.md': '---\nowner: ikt-fjord\nperiod: 2024–2026\n---\n\n## Felles {#b}\n\n- Område: hr\n- Innføre: Y\n- Omfang: alle\n- Støtter: DS19-M2\n',
      };
      analyze(files); // the files analyse without crashing a rule
      const host = new InMemoryHost(files);
      const result = createTestEngine(host).analyze();
      const ws = result.workspaces[0]!;
      const report = buildAlignmentReport(ws, [...result.diagnostics.values()].flat());
      assert.ok(report.conflicts.some((c) => c.accepted && c.reason === '"quoted" <reason> & more'));
      const h = renderHtml(report);
      assert.ok(!h.includes('<script>alert'), 'title escaped');
      assert.ok(!h.includes('<img src=x'), 'member name escaped');
      assert.ok(!h.includes('<b>X</b>'), 'system name escaped');
      assert.ok(h.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
      assert.ok(h.includes('«&quot;quoted&quot; &lt;reason&gt; &amp; more»'));
      const md = renderMarkdown(report);
      assert.ok(!md.includes('<script>'), 'md escapes angle brackets');
      assert.ok(md.includes('\\<script\\>'));
      assert.ok(!/\| \*bold\* \|/.test(md));
    });
  });
});
