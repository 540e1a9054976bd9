/**
 * Audit of unknown-property against format.md §2.1: a property list item is
 * `Key: value`; an item that does not start with a key is reported as such,
 * and a list with no `Key:` item at all is prose. The colon of a web address
 * or of a time is not the end of a key.
 */
import { strict as assert } from 'node:assert';
import { analyze, analyzeRule, textAt, CONFIG } from '../helpers/workspace.js';

const RULE = 'unknown-property';

const HEAD = `---
owner: storby
---

## Digital byggesak {#digital-byggesak}

`;

describe('unknown-property (audit): colons that end no key', () => {
  it('reads a list of links and times under a goal as prose, not as a property list with unknown keys', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'storby.md': `${HEAD}Bakgrunn:\n\n- Les mer på https://www.regjeringen.no/no/dokumenter/\n- Møte i styringsgruppa kl. 10:30 hver uke\n\nFristen settes senere.\n`,
    };
    assert.deepEqual(analyzeRule(RULE, files), []);
  });

  it('in a property list, reports a link or a time as an item that is not `Key: value`, on the whole item, not as a key «Les mer på https»', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'storby.md': `${HEAD}- Frist: 2026\n- Se https://example.com/plan\n- Møte kl. 10:30\n- Område: sak-arkiv\n`,
    };
    const ds = analyzeRule(RULE, files);
    assert.deepEqual(ds.map((d) => textAt(files, d)), ['Se https://example.com/plan', 'Møte kl. 10:30']);
    for (const d of ds) {
      assert.match(d.message, /is not a "Key: value" line/);
      assert.doesNotMatch(d.message, /is not a goal property/);
    }
    // The properties around them are still read.
    const all = analyze(files);
    assert.deepEqual(all.filter((d) => d.rule === 'invalid-value' || d.rule === 'goal-not-measurable'), []);
  });

  it('still reads `Key: https://…` as the key, and a key without a space after the colon', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}- Frist:2026\n- Les mer: https://example.com/plan\n` };
    const ds = analyzeRule(RULE, files);
    assert.deepEqual(ds.map((d) => textAt(files, d)), ['Les mer']);
  });
});
