/**
 * A cooperation written in English, from format.md alone: «Fjordnett», an ICT
 * company and four municipalities from 38 400 down to 1 050 inhabitants, with
 * `language: en`, its own English areas, Markdown and a YAML document with
 * title-case keys, the phrasings an English author uses (`Contributes to:`,
 * `Phase out:`, read as the keys), and the mistakes such an author makes
 * (`end of 2026`, British and American dates,
 * `Status: in progress`, `Priority: Critical`, `Supports: DN30 objective 2`,
 * `Scope: all members`). Checked through the CLI as that author would read it:
 * the conflicts on both goals, every finding on the text it is about, every
 * message in English, and a fix in the message for every mistake.
 */
import { strict as assert } from 'node:assert';
import { runCli } from '../helpers/cli.js';
import { checkedFixture, itReportsOnBothGoals } from '../helpers/fixture.js';

const DIR = 'test/fixtures/fjordnett';

/** Norwegian words that must not appear in an English message outside a quoted value or name. */
const NORWEGIAN = /(?<!\p{L})(?:og|ikke|ikkje|mål|skriv|frist|tillatte|verdier|støtter|bidrar|omfang|innføre|avvikle|beholde|behov|gevinst|planlagt|pågår|fullført|avbrutt|høy|middels|lav|øke|redusere|opprettholde|medlem|Mente du)(?!\p{L})/iu;
/** A message with quoted values, names and code left out: what the tool itself says. */
const ownWords = (m: string) => m.replace(/«[^«»]*»/g, '').replace(/"[^"]*"/g, '').replace(/`[^`]*`/g, '').replace(/\([^()]*kommune\)|\(Fjordnett IKT AS\)/g, '');

describe('a cooperation written in English (test/fixtures/fjordnett)', () => {
  const fx = checkedFixture(DIR);
  const { on, textAt } = fx;

  const seen: [string, string, string][] = [
    ['conflict-direction', 'havbyen#local-ict', 'fjordnett#lower-operating-cost'],
    ['conflict-deadline', 'lia#archive-lia', 'fjordnett#shared-archive'],
    ['conflict-deadline', 'nordre#hr-onboarding', 'fjordnett#shared-hr'],
    ['conflict-capacity', 'nordre#welfare-tech', 'fjordnett#shared-archive'],
    ['conflict-capacity', 'havbyen#digital-building', 'fjordnett#shared-hr'],
  ];
  itReportsOnBothGoals(fx, seen);

  it('turns the conflict Bratteli accepted (reason after a plain hyphen) into an info that states the reason, on both goals', () => {
    for (const goal of ['bratteli#keep-archive', 'fjordnett#shared-archive']) {
      const [d, ...rest] = on('conflict-system-choice', goal);
      assert.equal(rest.length, 0, goal);
      assert.equal(d!.severity, 'info');
      assert.match(d!.message, /^Accepted conflict: .* Reason \(in «Keep our current archive system»\): «the council decided on 2024-11-14 to wait until the contract expires»$/);
    }
    assert.deepEqual(fx.diagnostics.filter((d) => d.rule === 'conflict-system-choice' && d.severity !== 'info'), [], 'Bratteli is exempt from the shared HR system');
  });

  it('reads the archive goal\'s «Today every member archives in its own system» as the situation, not as a stance against the shared system', () => {
    assert.deepEqual(on('possible-conflict', 'fjordnett#shared-archive').map((d) => d.message), []);
  });

  it('reads title-case keys, English enum values and areas in any case', () => {
    const r = runCli(['report', DIR, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(report.coverage.lia['DS19-I9'], ['lia#secure-infrastructure'], 'Id:, Title:, Supports: in title case (YAML)');
    assert.deepEqual(report.coverage.nordre['DS19-I5'], ['nordre#welfare-tech']);
    for (const file of ['strategies/nordre.md', 'strategies/havbyen.md', 'strategies/lia.yaml']) {
      for (const text of ['Health', 'up', 'High', 'Owner', 'Goals', 'Id']) assert.equal(fx.diagnostics.find((d) => d.file === file && textAt(d) === text), undefined, `${text} in ${file}`);
    }
  });

  it('points every finding in a strategy document at one line of text as written', () => {
    for (const d of fx.diagnostics.filter((x) => x.file.startsWith('strategies/'))) {
      const t = textAt(d);
      assert.ok(t !== undefined && t.length > 0, `${d.file}:${d.range.start.line + 1} ${d.rule} spans lines`);
      assert.equal(t, t.trim(), `${d.file}:${d.range.start.line + 1} ${d.rule} «${t}»`);
    }
  });

  it('speaks English only: no Norwegian word in what the tool itself says', () => {
    for (const d of fx.diagnostics) {
      const own = ownWords(d.message);
      assert.doesNotMatch(own, NORWEGIAN, `${d.file}:${d.range.start.line + 1} ${d.rule}: ${d.message}`);
      for (const r of d.related ?? []) assert.doesNotMatch(ownWords(r.message ?? ''), NORWEGIAN, `${d.rule} related: ${r.message}`);
    }
  });

  it('says the fix for the mistakes an English author makes', () => {
    const at = (file: string, line: number, text: string, rule: string) => {
      const d = fx.diagnostics.find((x) => x.file === `strategies/${file}` && x.rule === rule && textAt(x) === text);
      assert.ok(d, `no ${rule} on «${text}» in ${file}`);
      assert.equal(d.range.start.line + 1, line, `${text} in ${file}`);
      return d.message;
    };
    assert.match(at('havbyen.md', 19, 'end of 2026', 'invalid-value'), /write it as YYYY-MM-DD, 2026-12-31 \(the last day of the period it names\)\.$/);
    assert.match(at('havbyen.md', 20, 'DN30 objective 2', 'unknown-objective'), /Did you mean DN30-M2 «Make businesses more competitive»\?/);
    assert.equal(at('havbyen.md', 22, 'in progress', 'invalid-value'), '"in progress" is not a valid value for Status. Did you mean "active"? Allowed: planned, active, done, dropped.');
    assert.equal(at('havbyen.md', 29, '31/12/2026', 'invalid-value'), '"31/12/2026" has the day first; Samstemt reads dates as YYYY-MM-DD. Write 2026-12-31.');
    assert.match(at('havbyen.md', 46, 'all members', 'unknown-member'), /Did you mean "all"\?/);
    assert.equal(at('nordre.md', 19, '12/31/2026', 'invalid-value'), '"12/31/2026" has the month first; Samstemt reads dates as YYYY-MM-DD. Write 2026-12-31.');
    assert.equal(at('nordre.md', 21, '03/04/2025', 'invalid-value'), '"03/04/2025" can be read day first, 2025-04-03, or month first, 2025-03-04; Samstemt reads dates as YYYY-MM-DD. Write the one you mean.');
    assert.match(at('nordre.md', 35, 'December 2027', 'invalid-value'), /write it as YYYY-MM-DD, 2027-12-31/);
    assert.equal(at('nordre.md', 37, 'Critical', 'invalid-value'), '"Critical" is not a valid value for Priority. Did you mean "high"? Allowed: high, medium, low.');
    assert.match(at('nordre.md', 15, 'digital medication dispensers', 'solution-first'), /add `Need: …` \(which problem is solved, and for whom\) and `Benefit: …`/);
    assert.equal(at('lia.yaml', 14, 'In Progress', 'invalid-value'), '"In Progress" is not a valid value for Status. Did you mean "active"? Allowed: planned, active, done, dropped.');
    assert.match(at('lia.yaml', 33, 'benefits', 'unknown-property'), /Did you mean "benefit"\?/);
    assert.equal(at('bratteli.md', 27, '31 December 2027', 'invalid-value'), '"31 December 2027" is 2027-12-31 written another way; Samstemt reads dates only as YYYY-MM-DD. Write 2027-12-31.');
  });

  it('lists the goals whose links were not read as unlinked in the report', () => {
    const report = JSON.parse(runCli(['report', DIR, '--format', 'json']).stdout);
    // `DN30 objective 2` names no objective, and the goal contributing to that goal (`Contributes to:`) inherits nothing.
    assert.deepEqual(report.unlinked, ['havbyen#digital-first', 'havbyen#digital-building']);
  });
});
