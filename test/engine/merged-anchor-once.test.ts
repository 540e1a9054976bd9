import { strict as assert } from 'node:assert';
import { analyze, CONFIG, textAt } from '../helpers/workspace.js';

/**
 * A YAML strategy that shares values between goals with an anchor
 * (`<<: *defaults`): a bad shared value is one problem at one place, reported
 * once, not once per goal that merges it.
 */
describe('a bad value in a merged YAML anchor', function () {
  this.timeout(20000);
  const files = {
    'samstemt.yaml': CONFIG,
    'storby.yaml': `owner: storby
period: 2024–2027
defaults: &defaults
  deadline: 2026-31-12
  supports: DS19-M2
goals:
  - id: arkiv
    <<: *defaults
    title: Felles arkivløsning
  - id: chat
    <<: *defaults
    title: Chat med innbyggerne
  - id: hr
    <<: *defaults
    title: Felles HR-system
    deadline: 2027-31-12
`,
  };

  it('is reported once at the anchored value, and each goal’s own bad value at its own place', () => {
    const found = analyze(files).filter((d) => d.rule === 'invalid-value');
    assert.deepEqual(found.map((d) => [textAt(files, d), d.range.start.line]), [
      ['2026-31-12', 3],
      ['2027-31-12', 15],
    ]);
  });
});
