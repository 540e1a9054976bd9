/**
 * The Markdown report shows workspace text as written: rendered as
 * CommonMark, a goal title with entity references (`&amp;`, `&lt;b&gt;`)
 * reads the same characters, and makes no element.
 */
import { strict as assert } from 'node:assert';
import { micromark } from 'micromark';
import { buildAlignmentReport, diagnosticsOf } from '../../server/src/report/reportModel.js';
import { renderMarkdown } from '../../server/src/report/markdown.js';
import { createTestEngine, InMemoryHost } from '../helpers/workspace.js';
import { unescapeHtml } from './sample.js';

describe('report: Markdown shows titles as written', function () {
  this.timeout(60000);

  it('entity references in a goal title stay literal text', () => {
    const title = 'Lønn &amp; HR &lt;b&gt;fet&lt;/b&gt; &#60;script&#62; R&D';
    const host = new InMemoryHost({
      'samstemt.yaml': 'language: nb\nframeworks: [DS19]\ndocuments: ["**/*.md"]\nmembers:\n  a: { name: A kommune }\n',
      'a.md': `---\nowner: a\n---\n\n## ${title} {#lonn}\n\n- Frist: 2026\n`,
    });
    const result = createTestEngine(host).analyze();
    const ws = result.workspaces.find((w) => w.config.uri)!;
    const md = renderMarkdown(buildAlignmentReport(ws, diagnosticsOf(ws, result.diagnostics)));
    const line = md.split('\n').find((l) => l.startsWith('- `a#lonn`'))!;
    const html = micromark(line);
    assert.ok(!/<(b|script)\b/.test(html), html);
    // The text a reader sees is the title as written.
    assert.ok(unescapeHtml(html.replace(/<[^>]+>/g, '')).includes(title), html);
  });
});
