/** `samstemt suggest FILE[#goal]`: ranked objective suggestions with the words that matched. */
import { strict as assert } from 'node:assert';
import { runCli, tempWorkspace } from '../helpers/cli.js';
import { CONFIG } from '../helpers/workspace.js';

const DOC = `---
owner: midtby
---
# Strategi

## Digital byggesak {#byggesak}

Innbyggere og utbyggere skal kunne søke om byggetillatelse og følge saken sin digitalt.

- Område: innbyggertjenester
- Frist: 2026-12-31

## Sikkerheitskultur {#tryggleik}

Alle tilsette skal gjennomføre opplæring i informasjonstryggleik og personvern kvart år.

- Frist: 2026
`;

describe('samstemt suggest', () => {
  const dir = tempWorkspace({ 'samstemt.yaml': CONFIG, 'midtby.md': DOC });

  it('ranks objectives for one goal and shows the matched words', () => {
    const r = runCli(['suggest', 'midtby.md#byggesak'], dir);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.match(lines[0]!, /^midtby#byggesak {2}Digital byggesak/);
    assert.match(lines[1]!, /^ {2}DS19-M2 /, r.stdout);
    assert.match(lines[2]!, /matched: .*(byggesak|digitalt|søke)/);
  });

  it('reads a file with # in its name (plan#2.md) as that file, and FILE#goal after it', () => {
    const hashed = tempWorkspace({ 'samstemt.yaml': CONFIG, 'plan#2.md': DOC });
    const all = runCli(['suggest', 'plan#2.md', '--format', 'json'], hashed);
    assert.equal(all.status, 0, all.stderr);
    assert.deepEqual((JSON.parse(all.stdout) as { goals: { goal: string }[] }).goals.map((g) => g.goal), ['midtby#byggesak', 'midtby#tryggleik']);
    const one = runCli(['suggest', 'plan#2.md#tryggleik', '--format', 'json'], hashed);
    assert.equal(one.status, 0, one.stderr);
    assert.deepEqual((JSON.parse(one.stdout) as { goals: { goal: string }[] }).goals.map((g) => g.goal), ['midtby#tryggleik']);
  });

  it('names each goal ID once when FILE#goal names none of them, also an ID written twice', () => {
    const twice = tempWorkspace({ 'samstemt.yaml': CONFIG, 'midtby.md': `${DOC}\n## Byggesak igjen {#byggesak}\n\n- Støtter: DS19-M2\n` });
    const r = runCli(['suggest', 'midtby.md#nope'], twice);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /goals: byggesak, tryggleik\n$/, r.stderr);
  });

  it('names the objectives in the language asked for with --lang', () => {
    const nb = runCli(['suggest', 'midtby.md#tryggleik', '--lang', 'nb'], dir);
    const en = runCli(['suggest', 'midtby.md#tryggleik', '--lang', 'en'], dir);
    // Scores with the language's decimal mark, as the messages write numbers.
    assert.match(nb.stdout, /^ {2}DS19-I9 +\d,\d\d {2}Digital sikkerhet$/m, nb.stdout);
    assert.match(en.stdout, /^ {2}DS19-I9 +\d\.\d\d {2}Cyber security$/m, en.stdout);
  });

  it('prints JSON with scores in descending order for every goal of a file', () => {
    const out = JSON.parse(runCli(['suggest', 'midtby.md', '--format', 'json'], dir).stdout);
    assert.deepEqual(out.goals.map((g: { goal: string }) => g.goal), ['midtby#byggesak', 'midtby#tryggleik']);
    const tryggleik = out.goals[1].suggestions as { objective: string; score: number; matched: string[] }[];
    // A nynorsk goal about security culture: the security objectives lead.
    assert.ok(['DS19-I9', 'DN30-F3'].includes(tryggleik[0]!.objective), JSON.stringify(tryggleik));
    for (const g of out.goals) {
      const scores = g.suggestions.map((s: { score: number }) => s.score);
      assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
      assert.ok(g.suggestions.length <= 5);
      for (const s of g.suggestions) assert.ok(s.matched.length > 0);
    }
  });

  it('reads a draft kept outside the cooperation\'s documents globs (check skips it, suggest is asked about it)', () => {
    const dir = tempWorkspace({
      'samstemt.yaml': CONFIG + 'documents: ["strategier/*.md"]\n',
      'utkast/x.md': '---\nowner: storby\n---\n## Digital byggesak for innbyggere {#b}\n- Frist: 2026\n',
    });
    const r = runCli(['suggest', `${dir}/utkast/x.md#b`, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(JSON.parse(r.stdout).goals[0].suggestions.length > 0);
  });

  it('exits 2 for an unknown goal or a file that is not a strategy document', () => {
    const r = runCli(['suggest', 'midtby.md#finnes-ikke'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no goal "finnes-ikke".*byggesak, tryggleik/);
    assert.equal(runCli(['suggest', 'samstemt.yaml'], dir).status, 2);
    assert.equal(runCli(['suggest'], dir).status, 2);
  });

  it('exits 2 for a # with no goal ID after it, naming the goals, instead of listing every goal', () => {
    const r = runCli(['suggest', 'midtby.md#'], dir);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'samstemt: no goal ID after # in midtby.md#: write midtby.md#ID (goals: byggesak, tryggleik), or midtby.md alone for all of them\n');
  });
});
