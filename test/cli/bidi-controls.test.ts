/**
 * Characters that change the reading direction of text (U+202A–U+202E,
 * U+2066–U+2069, U+200E, U+200F, U+061C) from strategy documents must not
 * reach a terminal, a CI log, an annotation or the report as such: «Trojan
 * source» text makes a line read differently than it is written. The text
 * formats show each one as a visible <U+202E>; json and sarif keep the text
 * exact, escaped as \u202e; junit keeps it as a character reference.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { CLI, tempWorkspace } from '../helpers/cli.js';

const CONFIG = `cooperation: Test
language: en
documents: ["strategier/*.md"]
members:
  midtby: { name: Midtby kommune }
`;

// The title reads «Bedre tjenester for alle» on screen, but is written «Bedre ‮ella rof‬ tjenester».
const TRICK = `---
owner: midtby
---
# Strategi

## Bedre \u202Eella rof\u202C tjenester \u2066x\u2069 {#bedre}

- Støtter: DS19-M2
- Ansvarlig: Ola \u200FNordmann\u200E

## Annen \u202Eoppgave\u202C {#annen}

- Frist: 2026
`;

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

function run(args: string[]) {
  const dir = tempWorkspace({ 'samstemt.yaml': CONFIG, 'strategier/midtby.md': TRICK, 'notater\u202Edm.txt.md': 'x\n' });
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('characters that change the reading direction, in the output', function () {
  this.timeout(60_000);

  it('stylish shows each one as <U+…>', () => {
    const r = run(['check']);
    assert.doesNotMatch(r.stdout, BIDI);
    assert.match(r.stdout, /Bedre <U\+202E>ella rof<U\+202C> tjenester <U\+2066>x<U\+2069>/);
  });

  it('github shows them in the annotations', () => {
    const r = run(['check', '--format', 'github']);
    assert.ok(r.stdout.length > 0, r.stderr);
    assert.doesNotMatch(r.stdout, BIDI);
    assert.match(r.stdout, /<U\+202E>ella rof<U\+202C>/);
  });

  it('json and sarif keep the text exact, escaped; junit as character references', () => {
    const jsonText = run(['check', '--format', 'json']).stdout;
    assert.doesNotMatch(jsonText, BIDI);
    assert.match(jsonText, /\\u202e/i);
    const json = JSON.parse(jsonText) as { diagnostics: { message: string }[] };
    assert.ok(json.diagnostics.some((d) => d.message.includes('Bedre \u202Eella rof\u202C tjenester')), jsonText);
    const sarif = run(['check', '--format', 'sarif']).stdout;
    assert.doesNotMatch(sarif, BIDI);
    assert.ok(JSON.stringify(JSON.parse(sarif)).includes('\u202E'));
    const junit = run(['check', '--format', 'junit']).stdout;
    assert.doesNotMatch(junit, BIDI);
    assert.match(junit, /&#x202E;ella rof&#x202C;/);
  });

  it('suggest, objectives of the goal and the notices on stderr show them', () => {
    const suggest = run(['suggest', 'strategier/midtby.md']);
    assert.equal(suggest.status, 0, suggest.stderr);
    assert.doesNotMatch(suggest.stdout, BIDI);
    assert.match(suggest.stdout, /<U\+202E>ella rof<U\+202C>/);
    const notice = run(['check', 'notater\u202Edm.txt.md', 'strategier/midtby.md']);
    assert.match(notice.stderr, /notater<U\+202E>dm\.txt\.md is not one of the strategy documents/);
    assert.doesNotMatch(notice.stderr, BIDI);
  });

  it('report shows them in html and md, and escapes them in json', () => {
    for (const format of ['html', 'md', 'json']) {
      const r = run(['report', '--format', format]);
      assert.equal(r.status, 0, r.stderr);
      assert.doesNotMatch(r.stdout, BIDI, format);
    }
    assert.match(run(['report', '--format', 'html']).stdout, /Bedre &lt;U\+202E&gt;ella rof&lt;U\+202C&gt; tjenester/);
    // The Markdown report names the goals that support no objective.
    assert.match(run(['report', '--format', 'md']).stdout, /Annen \\<U\+202E\\>oppgave\\<U\+202C\\>/);
  });
});
