/**
 * A member whose strategy is missing, or whose document cannot be read, must
 * not look like a member with nothing to say: the report names them under
 * its figures (HTML, Markdown) and counts documents per member (JSON).
 */
import { strict as assert } from 'node:assert';
import { rmSync } from 'node:fs';
import { runCli, tempWorkspace } from '../helpers/cli.js';

const CONFIG = (lang: string) => `language: ${lang}\nframeworks: [DS19]\ndocuments: ["**/*.md", "**/*.yaml"]\nmembers:\n  a: { name: Aust kommune }\n  b: { name: Berg kommune }\n  c: { name: Cedal kommune }\n`;
const GOAL = '---\nowner: a\n---\n\n## Digitale tjenester {#tjenester}\n\n- Støtter: DS19-M1\n- Frist: 2026\n';
const BROKEN = 'owner: b\ngoals:\n  - id: x\n    title: [unclosed\n';

describe('report: members without a readable strategy document', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    dir = tempWorkspace({ 'nb/samstemt.yaml': CONFIG('nb'), 'nb/a.md': GOAL, 'nb/b.yaml': BROKEN, 'en/samstemt.yaml': CONFIG('en'), 'en/a.md': GOAL, 'en/b.yaml': BROKEN });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('Markdown names the member without a document and the file that cannot be read', () => {
    const r = runCli(['report', `${dir}/nb`, '--format', 'md']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^> Uten strategidokument \(ingen mål i rapporten\): Cedal kommune\.$/m);
    assert.match(r.stdout, /^> Kan ikke leses helt \(parse-error, mål kan mangle\): b\.yaml \(Berg kommune\)\. Rett feilene \(se samstemt check\)\.$/m);
  });

  it('HTML says the same under the figures, in the report language', () => {
    const r = runCli(['report', `${dir}/en`, '--format', 'html']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /<p class="note missing">Without a strategy document \(no goals in this report\): Cedal kommune\.<\/p>/);
    assert.match(r.stdout, /<p class="note missing">Could not be read in full \(parse-error; goals may be missing\): b\.yaml \(Berg kommune\)\. Fix the errors \(see samstemt check\)\.<\/p>/);
  });

  it('JSON counts each member’s documents and lists the unreadable files', () => {
    const r = runCli(['report', `${dir}/en`, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.deepEqual(Object.fromEntries(Object.entries(j.summary.members as Record<string, { documents: number }>).map(([id, m]) => [id, m.documents])), { a: 1, b: 1, c: 0 });
    assert.deepEqual(j.summary.totals.unreadable, [{ file: 'b.yaml', owner: 'b' }]);
  });

  it('a cooperation where every member has a readable document has no such note', () => {
    const r = runCli(['report', 'samples/ikt-fjord', '--format', 'md']);
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /strategidokument|parse-error/);
  });
});

describe('report: a cooperation with no national framework enabled', function () {
  this.timeout(60000);
  it('lists no goal as unlinked (as check does) and says why coverage is empty', () => {
    const dir = tempWorkspace({ 'samstemt.yaml': 'language: en\nframeworks: []\ndocuments: ["*.md"]\nmembers:\n  a: { name: A }\n', 'a.md': '---\nowner: a\n---\n\n## Services {#s}\n\n- Deadline: 2026\n' });
    try {
      const check = JSON.parse(runCli(['check', dir, '--format', 'json']).stdout);
      const j = JSON.parse(runCli(['report', dir, '--format', 'json']).stdout);
      assert.deepEqual(j.unlinked, check.diagnostics.filter((d: { rule: string }) => d.rule === 'goal-unlinked').map((d: { goal: string }) => d.goal));
      const md = runCli(['report', dir, '--format', 'md']).stdout;
      assert.match(md, /^No national framework is enabled: add one to «frameworks» in samstemt\.yaml \(DS19, DN30 or your own\)\.$/m);
      assert.doesNotMatch(md, /\| Objective \|/);
      const html = runCli(['report', dir, '--format', 'html']).stdout;
      assert.match(html, /<p class="empty">No national framework is enabled: /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
