/**
 * The commands the user docs show run as shown on the sample cooperation:
 * every `npx samstemt …` line of a code block in README.md, docs/report.md
 * and samples/ikt-fjord/README.md, run with the built CLI in a copy of the
 * repository's samples (a path `samples/…` from its root, `.` inside the
 * sample, as in CI), gives the exit code and the output the text promises.
 * And README's five-minute tour gives the findings it says.
 */
import { strict as assert } from 'node:assert';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { analyze, REPO } from '../helpers/workspace.js';
import { blocks, norm, readPage } from '../helpers/docPages.js';

const PAGES = ['README.md', 'docs/report.md', 'samples/ikt-fjord/README.md'];

/** The `npx samstemt …` commands of a page's code blocks, without the comment after them. */
function commands(page: string): string[] {
  return blocks(page).flatMap((b) => [...b.text.matchAll(/npx samstemt ([^#\n]+)/g)].map((m) => m[1]!.trim()));
}

describe('the commands the docs show', function () {
  this.timeout(120_000);
  let root: string;
  before(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'samstemt-docs-'));
    cpSync(path.join(REPO, 'samples'), path.join(root, 'samples'), { recursive: true });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  for (const page of PAGES) {
    for (const cmd of commands(readPage(path.join(REPO, page)))) {
      it(`${page}: samstemt ${cmd}`, () => {
        const args = cmd.split(/\s+/);
        // A `.` runs inside the sample, as a CI job in the cooperation's repository does.
        const cwd = args.includes('.') ? path.join(root, 'samples/ikt-fjord') : root;
        const r = runCli(args, cwd);
        const format = args[args.indexOf('--format') + 1] ?? (args[0] === 'report' ? 'html' : 'stylish');
        const output = args.includes('--output') ? path.join(cwd, args[args.indexOf('--output') + 1]!) : undefined;
        // The sample deliberately contains errors: `check` fails (hence `continue-on-error` in the CI example), `report` does not.
        assert.equal(r.status, args[0] === 'check' ? 1 : 0, r.stderr);
        const text = output ? (assert.ok(existsSync(output), `${output} was not written`), readFileSync(output, 'utf8')) : r.stdout;
        if (format === 'html') assert.match(text, /^<!doctype html>/i);
        if (format === 'md') assert.match(text, /^## .*IKT Fjord/);
        if (format === 'json') assert.equal(JSON.parse(text).version, 1);
        if (format === 'sarif') assert.equal(JSON.parse(text).version, '2.1.0');
        if (format === 'github') assert.match(text, /^::(error|warning|notice) file=/m);
        if (format === 'stylish') assert.match(text, /strategier\/storby\.md/);
      });
    }
  }

  it('README\'s five-minute tour gives only the findings it says', () => {
    const readme = readPage(path.join(REPO, 'README.md'));
    const [config, doc] = blocks(readme).filter((b) => b.lang === 'yaml' || b.lang === 'markdown');
    assert.match(config!.text, /^cooperation:/);
    assert.equal(doc!.lang, 'markdown');
    assert.ok(norm(readme).includes('these two files give no findings but `objective-uncovered` (info, on `DS19` and `DN30` in `samstemt.yaml`)'));
    const ds = analyze({ 'samstemt.yaml': config!.text, 'strategier/ikt-fjord.md': doc!.text });
    assert.deepEqual([...new Set(ds.map((d) => `${d.rule} ${d.severity} ${d.file}`))], ['objective-uncovered info samstemt.yaml']);
    const lines = config!.text.split('\n');
    assert.deepEqual([...new Set(ds.map((d) => lines[d.range.start.line]!.slice(d.range.start.character, d.range.end.character)))].sort(), ['DN30', 'DS19']);
  });
});
