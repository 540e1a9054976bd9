/**
 * The Elvedal IKT cooperation (test/fixtures/converted10): five strategies as
 * converted from Word (Pandoc, docx2md), Google Docs (CRLF), Confluence (BOM,
 * inline HTML) and a PDF (tabs, soft hyphens, zero-width spaces), checked as
 * CI checks it. The findings are those EXPECTED.md lists from the contract.
 */
import { strict as assert } from 'node:assert';
import { checkedFixture, itReportsOnBothGoals } from '../helpers/fixture.js';

const fx = checkedFixture('test/fixtures/converted10');

/** Every finding as [file, 1-based line, rule, goal]: EXPECTED.md's table. */
const EXPECTED = [
  ['strategier/elvedal-ikt.md', 25, 'conflict-system-choice', 'elvedal-ikt#felles-arkiv'],
  ['strategier/elvedal-ikt.md', 40, 'beyond-framework-period', 'elvedal-ikt#felles-arkiv-opplaering'],
  ['strategier/elvedal-ikt.md', 40, 'conflict-deadline', 'elvedal-ikt#felles-arkiv-opplaering'],
  ['strategier/elvedal-ikt.md', 42, 'unknown-property', 'elvedal-ikt#felles-arkiv-opplaering'],
  ['strategier/elvedal-ikt.md', 56, 'conflict-direction', 'elvedal-ikt#avgift'],
  ['strategier/elvedal-ikt.md', 57, 'beyond-framework-period', 'elvedal-ikt#avgift'],
  ['strategier/fossli.md', 13, 'invalid-value', 'fossli#infrastructure'],
  ['strategier/fossli.md', 16, 'solution-first', 'fossli#infrastructure'],
  ['strategier/fossli.md', 28, 'beyond-framework-period', 'fossli#digital-competence'],
  ['strategier/fossli.md', 28, 'conflict-deadline', 'fossli#digital-competence'],
  ['strategier/fossli.md', 35, 'solution-first', 'fossli#welfare-platform'],
  ['strategier/moen.md', 19, 'invalid-value', 'moen#moen-arkiv'],
  ['strategier/moen.md', 29, 'beyond-framework-period', 'moen#oppvekst-portal'],
  ['strategier/storelv.md', 14, 'invalid-value', 'storelv#innbyggerdialog'],
  ['strategier/storelv.md', 18, 'beyond-framework-period', 'storelv#innbyggerdialog'],
  ['strategier/storelv.md', 26, 'conflict-system-choice', 'storelv#behold-360'],
  ['strategier/storelv.md', 27, 'beyond-framework-period', 'storelv#behold-360'],
  ['strategier/storelv.md', 34, 'conflict-direction', 'storelv#lavere-avgift'],
  ['strategier/storelv.md', 37, 'beyond-framework-period', 'storelv#lavere-avgift'],
  ['strategier/tindvik.md', 12, 'goal-unlinked', 'tindvik#behold-arkiv'],
  ['strategier/tindvik.md', 23, 'goal-unlinked', 'tindvik#tradlost-nett'],
] as const;

describe('converted10: Elvedal IKT, strategies converted from Word, Google Docs, Confluence and PDF', () => {
  it('reports exactly the findings EXPECTED.md lists, at their lines', () => {
    assert.deepEqual(
      fx.diagnostics.map((d) => [d.file, d.range.start.line + 1, d.rule, d.goal]),
      EXPECTED.map((e) => [...e]),
    );
  });

  itReportsOnBothGoals(fx, [
    ['conflict-system-choice', 'elvedal-ikt#felles-arkiv', 'storelv#behold-360'],
    ['conflict-direction', 'elvedal-ikt#avgift', 'storelv#lavere-avgift'],
    ['conflict-deadline', 'elvedal-ikt#felles-arkiv-opplaering', 'fossli#digital-competence'],
  ]);

  it('points at the text each finding is about, counting NBSP, soft hyphens and zero-width spaces as one UTF-16 unit, in CRLF and BOM files too', () => {
    const at = (rule: string, goal: string) => fx.textAt(fx.on(rule, goal)[0]!);
    assert.equal(at('invalid-value', 'storelv#innbyggerdialog'), 'innbygger\u00addialog');
    assert.equal(at('invalid-value', 'fossli#infrastructure'), 'infra\u200bstructure');
    assert.equal(at('unknown-property', 'elvedal-ikt#felles-arkiv-opplaering'), 'Ansvar');
    assert.equal(at('conflict-deadline', 'elvedal-ikt#felles-arkiv-opplaering'), '2026'); // after a Word bookmark and a bold key
    assert.equal(at('conflict-system-choice', 'storelv#behold-360'), 'Public\u00a0360');
    assert.equal(at('conflict-system-choice', 'elvedal-ikt#felles-arkiv'), 'Elements');
    assert.equal(at('beyond-framework-period', 'moen#oppvekst-portal'), '2027');
    assert.equal(at('goal-unlinked', 'tindvik#behold-arkiv'), 'Beholde dagens arkivløsning');
  });

  it('quotes titles and values as the author sees them: no markup, no invisible characters', () => {
    for (const d of fx.diagnostics) {
      assert.doesNotMatch(d.message, /<span|!\[|\]\(|\{\.underline\}|\\-|\*\*|\[\^|[\u00ad\u200b]/, d.message);
    }
    assert.match(fx.on('conflict-system-choice', 'storelv#behold-360')[0]!.message, /«vedtatt i bystyret 12\. mars 2025, sak 14\/25»/);
    assert.match(fx.on('solution-first', 'fossli#infrastructure')[0]!.message, /«Secure and stable infrastructure»/);
  });

  it('finds no conflict with Tindvik, which is exempt, nor between the two welfare goals, whose scopes differ', () => {
    assert.deepEqual(fx.diagnostics.filter((d) => d.goal?.startsWith('tindvik#') && d.rule.startsWith('conflict')), []);
    assert.deepEqual(fx.diagnostics.filter((d) => d.goal === 'storelv#velferd' || d.goal === 'fossli#welfare-platform').map((d) => d.rule), ['solution-first']);
  });
});
