/**
 * A status (or priority, direction) written with more than the word:
 * `Status: pågår (forsinket)`, `Status: Ferdig!`, `Status: under arbeid`.
 * The nearest allowed value is offered (not as a preferred fix: the author
 * may mean something else), in the language the document is written in.
 */
import { strict as assert } from 'node:assert';
import { analyze, CONFIG, CONFIG_NB } from '../helpers/workspace.js';

const FM = `---\nowner: storby\n---\n\n## Digital byggesak {#digital-byggesak}\n\n- Frist: 2026\n- Støtter: DS19-M2, DN30-M1\n`;

/** The value offered for `line` (a property line under the goal), or undefined. */
function offered(line: string, config = CONFIG_NB, guessed = true): string | undefined {
  const files = { 'samstemt.yaml': config, 'storby.md': `${FM}${line}\n` };
  const d = analyze(files).find((x) => x.rule === 'invalid-value');
  assert.ok(d, `reported: ${line}`);
  const fix = d.fixes[0];
  if (!fix) return undefined;
  if (guessed) assert.notEqual(fix.preferred, true, 'a guess is not applied by «fix all»');
  return fix.edits[0]!.newText;
}

describe('Status and other fixed values with extra words', () => {
  it('reads a status with an aside in parentheses or a full stop after it as the status (`pågår (forsinket)`, `Avbrutt.`), as a number is read', () => {
    for (const line of ['- Status: pågår (forsinket)', '- Status: Avbrutt.', '- Status: avbrutt (vedtak i bystyret 2025-03-01)']) {
      const files = { 'samstemt.yaml': CONFIG_NB, 'storby.md': `${FM}${line}\n` };
      assert.deepEqual(analyze(files).filter((x) => x.rule === 'invalid-value'), [], line);
    }
  });

  it('offers fullført for `Ferdig!` and `ferdigstilt`, pågår for `under arbeid`', () => {
    assert.equal(offered('- Status: Ferdig!'), 'fullført');
    assert.equal(offered('- Status: ferdigstilt'), 'fullført');
    assert.equal(offered('- Status: under arbeid'), 'pågår');
    assert.equal(offered('- Status: Under arbeid, men forsinket'), 'pågår');
    assert.equal(offered('- Status: pågår no'), 'pågår', 'nynorsk «no» is «now», not a negation');
  });

  it('offers the allowed value a status contains (`nesten fullført`)', () => {
    assert.equal(offered('- Status: nesten fullført'), 'fullført');
  });

  it('offers the value in the language the document is written in', () => {
    assert.equal(offered('- Status: Finished!', CONFIG), 'fullført');
    const en = `---\nowner: storby\n---\n\n## Digital byggesak {#digital-byggesak}\n\n- Deadline: 2026\n- Supports: DS19-M2, DN30-M1\n- Status: Done!\n`;
    const d = analyze({ 'samstemt.yaml': CONFIG, 'storby.md': en }).find((x) => x.rule === 'invalid-value')!;
    assert.equal(d.fixes[0]?.edits[0]!.newText, 'done');
  });

  it('offers nothing when the words point two ways or are negated (`ikke ferdig`, `pågår eller avbrutt`)', () => {
    assert.equal(offered('- Status: ikke ferdig'), undefined);
    assert.equal(offered('- Status: pågår eller avbrutt'), undefined);
  });

  it('works for priority too (`Høy!`, `høy – må prioriteres`)', () => {
    assert.equal(offered('- Prioritet: Høy!', CONFIG_NB, false), 'høy');
    assert.equal(offered('- Prioritet: høy – må prioriteres'), 'høy');
  });
});
