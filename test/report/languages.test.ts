/**
 * The report reads in one language: a nynorsk report has no bokmål word of
 * its own (names and quoted goal titles aside), an English report no
 * Norwegian one. Checked on the text a reader sees in HTML and Markdown.
 */
import { strict as assert } from 'node:assert';
import type { Lang } from '../../server/src/engine/types.js';
import { buildAlignmentReport, diagnosticsOf } from '../../server/src/report/reportModel.js';
import { renderHtml } from '../../server/src/report/html.js';
import { renderMarkdown } from '../../server/src/report/markdown.js';
import { memberShortName } from '../../server/src/report/svg.js';
import { createTestEngine, InMemoryHost } from '../helpers/workspace.js';
import { unescapeHtml } from './sample.js';

/** A cooperation with one of everything the report has words for (member ids and titles in ASCII, without Norwegian words). */
function files(lang: Lang): Record<string, string> {
  return {
    'samstemt.yaml': `cooperation: Coop\nlanguage: ${lang}\nframeworks: [DS19]\ndocuments: ["**/*.md"]\nmembers:\n  alpha: { name: Alpha, kind: kommune, population: 30000 }\n  beta: { name: Beta, kind: kommune, population: 800 }\n  gamma: { name: Gamma, kind: selskap }\nindicators:\n  fee: { name: Fee, shared: true }\nresources:\n  dev: { owner: gamma, capacity: 2, unit: FTE }\n`,
    'gamma.md': '---\nowner: gamma\nperiod: 2024-2027\n---\n\n## Xylo {#xylo}\n\n- Area: hr\n- Adopt: Zeta\n- Scope: all\n- Deadline: 2026\n- Supports: DS19-M2\n- Need: qwerty\n- Requires: dev 2\n\n## Fee up {#fee-up}\n\n- Indicator: fee\n- Direction: increase\n- Deadline: 2026\n- Supports: DS19-M1\n',
    'beta.md': '---\nowner: beta\nperiod: 2024-2027\n---\n\n## Keepo {#keepo}\n\n- Area: hr\n- Retain: Omega\n- Deadline: 2026\n- Requires: dev 1\n\n## Retiro {#retiro}\n\n- Area: sak-arkiv\n- Phase-out: Zeta\n- Deadline: 2026\n- Accepts: gamma#xylo — qwerty\n\n## Fee down {#fee-down}\n\n- Indicator: fee\n- Direction: decrease\n- Deadline: 2026\n- Contributes: gamma#fee-up\n\n## Dup {#dup}\n\n- Deadline: 2026\n\n## Dup {#dup}\n\n- Deadline: 2026\n',
    'nobody.md': '## Orphan {#orphan}\n\n- Deadline: 2026\n',
  };
}

function texts(lang: Lang): { html: string; md: string } {
  const result = createTestEngine(new InMemoryHost(files(lang))).analyze();
  const ws = result.workspaces.find((w) => w.config.cooperation === 'Coop')!;
  const report = buildAlignmentReport(ws, diagnosticsOf(ws, result.diagnostics));
  // What a reader sees: text and attribute values (tooltips), without the style sheet; catalog titles are names.
  const html = renderHtml(report, { generated: '2024-01-01' })
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]*?(?:title|aria-label)="([^"]*)"[^>]*>/g, ' $1 ')
    .replace(/<[^>]+>/g, ' ');
  return { html: unescapeHtml(html), md: renderMarkdown(report) };
}

/** The words of `text` outside «quotes» and outside objective titles (the official names, in bokmål). */
function ownWords(text: string): Set<string> {
  const plain = text.replace(/«[^»]*»/g, ' ').replace(/(DS19-[A-Z0-9-]+)[^|\n<]*/g, ' ');
  return new Set(plain.toLowerCase().split(/[^a-zæøå]+/).filter(Boolean));
}

describe('report: one language throughout', function () {
  this.timeout(60000);

  it('a nynorsk report has no bokmål word', () => {
    const bokmal = ['strategier', 'detaljer', 'bruker', 'beholder', 'ikke', 'hvilke', 'medlemmer', 'innbyggere', 'uten', 'advarsler', 'koblet', 'dekket', 'fortsatt', 'eier', 'dokumenter', 'disse', 'eget', 'hva', 'hvor', 'behaldar'];
    for (const [format, text] of Object.entries(texts('nn'))) {
      const words = ownWords(text);
      assert.deepEqual(bokmal.filter((w) => words.has(w)), [], format);
    }
  });

  it('an English report has no Norwegian word', () => {
    const norwegian = ['mål', 'og', 'ikke', 'ikkje', 'med', 'til', 'feil', 'funn', 'ingen', 'innfører', 'beholder', 'krever', 'frist', 'kapasitet', 'åpen', 'akseptert', 'kommune', 'selskap', 'rapporten', 'eier', 'medlem'];
    for (const [format, text] of Object.entries(texts('en'))) {
      const words = ownWords(text);
      assert.deepEqual(norwegian.filter((w) => words.has(w)), [], format);
    }
  });
});

describe('report: column names of members', () => {
  it('shortens English names as it does Norwegian ones: «North municipality» → «North»', () => {
    const m = (name: string) => ({ id: 'x', name, goals: [], linked: 0, dropped: 0, share: 0, findings: { error: 0, warning: 0, info: 0, hint: 0 }, objectivesCovered: 0, documents: 1 });
    assert.deepEqual(
      ['North municipality', 'West County Council', 'Fjord ICT Ltd', 'Storby kommune', 'IKT Fjord AS', 'Agder fylkeskommune'].map((n) => memberShortName(m(n))),
      ['North', 'West', 'Fjord ICT', 'Storby', 'IKT Fjord', 'Agder'],
    );
  });
});

describe('report: counts in words', () => {
  it('the HTML footer says «1 member», not «1 members»', () => {
    const host = new InMemoryHost({
      'samstemt.yaml': 'language: en\nframeworks: [DS19]\ndocuments: ["**/*.md"]\nmembers:\n  a: { name: A }\n',
      'a.md': '---\nowner: a\n---\n\n## Services {#s}\n\n- Supports: DS19-M1\n- Deadline: 2026\n',
    });
    const result = createTestEngine(host).analyze();
    const ws = result.workspaces.find((w) => w.config.uri)!;
    const html = renderHtml(buildAlignmentReport(ws, diagnosticsOf(ws, result.diagnostics)));
    assert.match(html, /<footer>Made with Samstemt · 1 member · 1 goal<\/footer>/);
  });
});
