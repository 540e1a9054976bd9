/**
 * Control characters in strategy documents (ESC, BEL, the one-character CSI
 * U+009B) must not reach a terminal or a CI log as such: a goal title could
 * otherwise clear the screen, rename the window or forge annotations. The
 * text formats drop them; json and sarif escape them (JSON does); junit stays
 * well-formed XML.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { escapeData, escapeProperty } from '../../server/src/cli/formatters/github.js';
import { printable } from '../../server/src/cli/printable.js';
import { CLI, tempWorkspace } from '../helpers/cli.js';

const CONFIG = `cooperation: Test
language: en
documents: ["strategier/*.md"]
members:
  midtby: { name: Midtby kommune }
`;

const EVIL = `---
owner: midtby
title: "Midtby \\e]0;pwned\\a strategi"
---
# Strategi \u001b[2J tittel

## Bedre \u001b[31mdigitale\u001b[0m \u009b1mtjenester\u0007 {#bedre}

- Støtter: DS19-M\u001b[1m99

## Bedre \u001b]8;;https://example.org\u0007lenke\u001b]8;;\u0007 {#lenke}
`;

/** C0 controls but LF (and tab), DEL and C1: none may be in terminal or log output. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
/** The SGR colour codes stylish writes itself. */
const OWN_COLOURS = /\u001b\[[0-9;]*m/g;

function run(args: string[], env: Record<string, string> = {}) {
  const dir = tempWorkspace({ 'samstemt.yaml': CONFIG, 'strategier/midtby.md': EVIL, 'notater\u001b[2J.md': 'x\n' });
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '0', ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('control characters from documents in the output', function () {
  this.timeout(60_000);

  it('stylish drops them, with colour on and off', () => {
    const plain = run(['check']);
    assert.equal(plain.status, 1, plain.stderr);
    assert.match(plain.stdout, /Bedre \[31mdigitale\[0m 1mtjenester/);
    assert.doesNotMatch(plain.stdout, CONTROL);
    const coloured = run(['check'], { FORCE_COLOR: '1' });
    assert.match(coloured.stdout, OWN_COLOURS);
    assert.doesNotMatch(coloured.stdout.replace(OWN_COLOURS, ''), CONTROL);
  });

  it('github drops them, so each diagnostic stays one workflow command', () => {
    const r = run(['check', '--format', 'github']);
    assert.equal(r.status, 1, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.ok(lines.length > 3);
    for (const line of lines) {
      assert.match(line, /^::(error|warning|notice) file=/);
      assert.doesNotMatch(line, CONTROL, JSON.stringify(line));
    }
  });

  it('json and sarif keep them escaped; junit is well-formed XML without them', () => {
    const jsonText = run(['check', '--format', 'json']).stdout;
    // JSON.stringify leaves DEL and C1 (U+009B, a CSI) raw: they are escaped as well.
    assert.doesNotMatch(jsonText, CONTROL);
    const json = JSON.parse(jsonText) as { diagnostics: { message: string }[] };
    assert.ok(json.diagnostics.some((d) => d.message.includes('\u009b1m')), 'C1 as it is in the document');
    assert.ok(json.diagnostics.some((d) => d.message.includes('\u001b[31m')), 'json reports the text as it is');
    const sarif = run(['check', '--format', 'sarif']).stdout;
    assert.doesNotMatch(sarif, CONTROL);
    assert.ok(JSON.parse(sarif));
    const junit = run(['check', '--format', 'junit']).stdout;
    assert.doesNotMatch(junit, /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    assert.match(junit, /^<\?xml/);
  });

  it('suggest and the notices on stderr drop them', () => {
    const suggest = run(['suggest', 'strategier/midtby.md']);
    assert.equal(suggest.status, 0, suggest.stderr);
    assert.match(suggest.stdout, /midtby#bedre/);
    assert.doesNotMatch(suggest.stdout, CONTROL);
    const notice = run(['check', 'notater\u001b[2J.md', 'strategier/midtby.md']);
    assert.match(notice.stderr, /notater\[2J\.md is not one of the strategy documents/);
    assert.doesNotMatch(notice.stderr, CONTROL);
  });

  it('report drops them from html and md, and escapes C1 in json', () => {
    for (const format of ['html', 'md', 'json']) {
      const r = run(['report', '--format', format]);
      assert.equal(r.status, 0, r.stderr);
      // The json report names goals by id only.
      assert.match(r.stdout, format === 'json' ? /midtby#bedre/ : /Bedre/, format);
      assert.doesNotMatch(r.stdout, CONTROL, format);
    }
  });

  it('escapeData drops them but still escapes CR and LF; printable turns CR into LF', () => {
    assert.equal(escapeData('a\u001b[2Jb\u0007\r\nc'), 'a[2Jb%0D%0Ac');
    assert.equal(escapeProperty('x\u009b1m:y'), 'x1m%3Ay');
    assert.equal(printable('a\rb\r\nc\td\u0000'), 'a\nb\nc\td');
    assert.equal(printable('😀\uD800'), '😀');
  });
});
