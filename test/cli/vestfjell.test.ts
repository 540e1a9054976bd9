/**
 * A second cooperation, written from format.md alone (not from the bundled
 * sample): «Vestfjell IKT», an ICT company, five municipalities from 45 200
 * down to 812 inhabitants (Elvdal writes nynorsk) and a network whose plan is
 * in English, with the mistakes real authors make (CRLF, emoji headings, a
 * table, a numbered list, Norwegian dates, `Q3`-style and English deadlines,
 * misspelt keys, IDs with the title after them, `#id` for another member's
 * goal). Checked through the CLI as a user would: the conflicts a reader of
 * the documents sees are reported on both goals, every finding points at the
 * text it is about, and the typical mistakes get a message that says the fix.
 */
import { strict as assert } from 'node:assert';
import { runCli } from '../helpers/cli.js';
import { checkedFixture, itReportsOnBothGoals } from '../helpers/fixture.js';

const DIR = 'test/fixtures/vestfjell';

describe('a cooperation written from the contract (test/fixtures/vestfjell)', () => {
  const fx = checkedFixture(DIR);
  const { textAt } = fx;

  // The conflicts a reader of the seven documents sees, as [rule, goal, goal].
  const seen: [string, string, string][] = [
    // A small member keeps its own archive system that the company's shared one retires.
    ['conflict-system-choice', 'utøy#behold-arkiv', 'vestfjell-ikt#felles-arkiv'],
    ['conflict-system-choice', 'fjellheim#arkiv', 'vestfjell-ikt#felles-arkiv'],
    ['conflict-system-choice', 'sjobygd#personvern', 'vestfjell-ikt#sikker-infrastruktur'],
    // Opposite directions on the shared indicator.
    ['conflict-direction', 'nordvik#ikt-budsjett', 'vestfjell-ikt#lavere-driftskostnad'],
    ['conflict-direction', 'utøy#lavere-kostnader', 'vestfjell-ikt#lavere-driftskostnad'],
    // Contributions due after the goal they serve (one written in nynorsk).
    ['conflict-deadline', 'elvdal#arkiv-elvdal', 'vestfjell-ikt#felles-arkiv'],
    ['conflict-deadline', 'fjellheim#lonn', 'vestfjell-ikt#felles-hr'],
    // Over-commitment of the company's capacity.
    ['conflict-capacity', 'nordvik#velferdsteknologi', 'vestfjell-ikt#felles-arkiv'],
    ['conflict-capacity', 'nordvik#kompetanse', 'vestfjell-ikt#felles-hr'],
  ];
  itReportsOnBothGoals(fx, seen);

  it('accepts no conflict that no one accepted, and finds none for the member exempted from the shared HR system', () => {
    assert.equal(fx.diagnostics.filter((d) => d.rule.startsWith('conflict-') && d.severity === 'info').length, 0);
    assert.deepEqual(fx.diagnostics.filter((d) => d.rule === 'conflict-system-choice' && (d.goal === 'utøy#egen-lonn' || d.related?.some((r) => r.goal === 'utøy#egen-lonn'))), []);
  });

  it('points every finding in a strategy document at one line of text as written, CRLF file included', () => {
    for (const d of fx.diagnostics.filter((x) => x.file.startsWith('strategier/'))) {
      const t = textAt(d);
      assert.ok(t !== undefined && t.length > 0, `${d.file}:${d.range.start.line + 1} ${d.rule} spans lines`);
      assert.equal(t, t.trim(), `${d.file}:${d.range.start.line + 1} ${d.rule} «${t}» has space or \\r at an end`);
    }
  });

  it('says the fix for the mistakes authors make', () => {
    const at = (file: string, text: string, rule: string) => {
      const d = fx.diagnostics.find((x) => x.file === file && x.rule === rule && textAt(x) === text);
      assert.ok(d, `no ${rule} on «${text}» in ${file}`);
      return d.message;
    };
    assert.match(at('strategier/nordvik.md', '31.12.2026', 'invalid-value'), /Skriv 2026-12-31\./);
    assert.match(at('strategier/sjobygd.yaml', '31.12.2025', 'invalid-value'), /Skriv 2025-12-31\./);
    assert.match(at('strategier/network.md', 'end of 2026', 'invalid-value'), /ÅÅÅÅ-MM-DD, 2026-12-31 \(den siste dagen i perioden den nevner\)\./);
    assert.match(at('strategier/nordvik.md', 'Frsit', 'unknown-property'), /Mente du «Frist»\?/);
    assert.match(at('strategier/nordvik.md', 'Frist', 'unknown-property'), /nummerert liste/);
    assert.match(at('strategier/nordvik.md', 'minst 80 %', 'invalid-value'), /skriv bare tallet, 80 %/);
    assert.match(at('strategier/sjobygd.yaml', 'supprts', 'unknown-property'), /Mente du «supports»\?/);
    assert.match(at('strategier/sjobygd.yaml', '#felles-arkiv', 'unknown-goal-ref'), /Mente du vestfjell-ikt#felles-arkiv\?/);
    assert.match(at('strategier/network.md', 'sjøbygd', 'unknown-member'), /Mente du «sjobygd»\?/);
    assert.match(at('strategier/elvdal.md', 'Visma Flyt Skole', 'solution-first'), /legg til `Behov: …`/);
  });

  it('counts a goal that names one objective twice once in the report', () => {
    const r = runCli(['report', DIR, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(report.coverage.nordvik['DS19-I8'], ['nordvik#kompetanse']);
    assert.deepEqual(report.unlinked, ['nordvik#innbyggerportal', 'sjobygd#personvern', 'sjobygd#personvern-opplaering']);
  });
});
