/**
 * «Pågående» (ongoing), the adjective Norwegian reports use for a status, and
 * its nynorsk form and near kin: not a spelling of `pågår`, which the contract
 * fixes, but offered as it, instead of a bare list of the allowed values.
 */
import { strict as assert } from 'node:assert';
import { analyze, CONFIG_NB, CONFIG_NN } from '../helpers/workspace.js';

const FM = `---\nowner: storby\n---\n\n## Digital byggesak {#digital-byggesak}\n\n- Frist: 2026\n- Støtter: DS19-M2, DN30-M1\n`;

function finding(line: string, config = CONFIG_NB) {
  const d = analyze({ 'samstemt.yaml': config, 'storby.md': `${FM}${line}\n` }).find((x) => x.rule === 'invalid-value');
  assert.ok(d, `reported: ${line}`);
  return d;
}

describe('Status «pågående» and its kin', () => {
  for (const written of ['Pågående', 'pågåande', 'i arbeid', 'påbegynt', 'Påbyrja']) {
    it(`offers pågår for «${written}»`, () => {
      const d = finding(`- Status: ${written}`);
      assert.equal(d.fixes[0]?.edits[0]?.newText, 'pågår');
      assert.notEqual(d.fixes[0]!.preferred, true, 'a guess is not applied by «fix all»');
    });
  }

  it('says it in the message, in nb and nn', () => {
    assert.match(finding('- Status: Pågående').message, /Mente du «pågår»\?/);
    assert.match(finding('- Status: Pågåande', CONFIG_NN).message, /Meinte du «pågår»\?/);
  });
});
