/**
 * Audit of goal-unlinked: a goal whose only `supports` names an objective ID
 * that does not exist (a typo) is unlinked (rules.md), but the author did
 * write a link: the message points at it rather than asking to add one.
 */
import { strict as assert } from 'node:assert';
import { analyzeRule, textAt, CONFIG, CONFIG_NB, CONFIG_NN } from '../helpers/workspace.js';

const RULE = 'goal-unlinked';

const md = (props: string) => `---
owner: storby
---

## Styrke informasjonssikkerheten {#sikkerhet}

${props}- Frist: 2025

Risikovurderinger og beredskap mot dataangrep.
`;

describe(`${RULE} (audit): a link to an objective that does not exist`, function () {
  this.timeout(30_000);

  it('says that the ID in Støtter is not an objective and points at it, instead of asking to add a link', () => {
    const files = { 'samstemt.yaml': CONFIG, 'a.md': md('- Støtter: DS19-M99\n') };
    const [d, ...rest] = analyzeRule(RULE, files);
    assert.equal(rest.length, 0);
    assert.equal(textAt(files, d!), 'Styrke informasjonssikkerheten');
    assert.equal(
      d!.message,
      'The goal «Styrke informasjonssikkerheten» does not support any national objective: DS19-M99 in `Støtter` is not an objective of DS19 and DN30 (see the finding there), so the link counts for nothing. Correct the ID to link the goal.',
    );
    assert.doesNotMatch(d!.message, /Add `Støtter/);
    assert.equal(d!.related.length, 1);
    assert.equal(textAt(files, { ...d!, range: d!.related[0]!.range }), 'DS19-M99');
    // The quick fixes still offer the objectives the text matches (appended to the link as written).
    assert.ok(d!.fixes.length > 0);
    // unknown-objective reports the ID itself, with its did-you-mean.
    assert.equal(analyzeRule('unknown-objective', files).length, 1);
    const nb = analyzeRule(RULE, { ...files, 'samstemt.yaml': CONFIG_NB })[0]!;
    assert.match(nb.message, /^Målet «Styrke informasjonssikkerheten» støtter ikke noe nasjonalt mål: DS19-M99 i `Støtter` er ikke et mål i DS19 og DN30 \(se meldingen der\)/);
    const nn = analyzeRule(RULE, { ...files, 'samstemt.yaml': CONFIG_NN })[0]!;
    assert.match(nn.message, /^Målet «Styrke informasjonssikkerheten» støttar ikkje noko nasjonalt mål: DS19-M99 i `Støtter` er ikkje eit mål i DS19 og DN30 \(sjå meldinga der\)/);
  });

  it('names every unknown ID, in YAML with the key as written', () => {
    const yaml = 'owner: storby\ngoals:\n  - id: sikkerhet\n    title: Styrke informasjonssikkerheten\n    supports: [DS19-M99, DS19 I9x]\n    deadline: 2025\n';
    const files = { 'samstemt.yaml': CONFIG, 'a.yaml': yaml };
    const [d] = analyzeRule(RULE, files);
    assert.match(d!.message, /: DS19-M99 and DS19 I9x in `supports` are not objectives of DS19 and DN30 \(see the findings there\)/);
    assert.deepEqual(d!.related.map((r) => textAt(files, { ...d!, range: r.range })), ['DS19-M99', 'DS19 I9x']);
  });

  it('keeps the usual message when one of the links is valid (no finding) or when no link is written', () => {
    assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'a.md': md('- Støtter: DS19-M99, DS19-I9\n') }), []);
    const [d] = analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'a.md': md('') });
    assert.match(d!.message, /Add `Støtter: /);
  });
});
