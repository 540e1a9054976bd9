/**
 * Links inside the HTML report: every `href="#…"` leads to an element of the
 * page, and no two elements share an id, also when one page holds several
 * cooperations that use the same member and goal ids.
 */
import { strict as assert } from 'node:assert';
import { rmSync } from 'node:fs';
import { runCli, tempWorkspace } from '../helpers/cli.js';
import { brokenAnchors } from './sample.js';

const config = (name: string, members: string) => `cooperation: ${name}\nlanguage: nb\nframeworks: [DS19]\ndocuments: ["**/*.md"]\nmembers:\n${members}resources:\n  utvikling: { capacity: 1 }\n`;
const doc = (owner: string, id: string) => `---\nowner: ${owner}\n---\n\n## Digitale tjenester {#${id}}\n\n- Støtter: DS19-M1\n- Frist: 2026\n- Krever: utvikling 2\n\n## Flere tjenester {#${id}-to}\n\n- Støtter: DS19-M1\n- Frist: 2026\n`;

describe('report: links inside the HTML page', function () {
  this.timeout(60000);

  it('a page with several cooperations has unique ids, and each link stays in its own cooperation', () => {
    const members = '  storby: { name: Storby kommune }\n';
    const dir = tempWorkspace({ 'a/samstemt.yaml': config('Samarbeid A', members), 'a/s.md': doc('storby', 'tjenester'), 'b/samstemt.yaml': config('Samarbeid B', members), 'b/s.md': doc('storby', 'tjenester') });
    try {
      const r = runCli(['report', dir, '--format', 'html']);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(brokenAnchors(r.stdout), { duplicate: [], dangling: [] });
      // The second cooperation's goal links lead to its own goal list, not to the first cooperation's.
      const second = r.stdout.slice(r.stdout.indexOf('Samarbeid B</h1>'));
      const target = /<a href="#([^"]+)" data-goal="storby#tjenester"/.exec(second)![1]!;
      assert.ok(second.includes(`id="${target}"`), target);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('coverage cells of members whose ids differ only in æ, ø, å link to their own goals', () => {
    const members = '  bø: { name: Bø kommune }\n  bå: { name: Bå kommune }\n';
    const dir = tempWorkspace({ 'samstemt.yaml': config('Samarbeid', members), 'bo.md': doc('bø', 'tjenester'), 'ba.md': doc('bå', 'tjenester') });
    try {
      const r = runCli(['report', dir, '--format', 'html']);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(brokenAnchors(r.stdout), { duplicate: [], dangling: [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
