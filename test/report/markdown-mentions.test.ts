import { strict as assert } from 'node:assert';
import { runCli, tempWorkspace } from '../helpers/cli.js';
import { CONFIG } from '../helpers/workspace.js';

/**
 * The Markdown report is posted as a pull-request comment. A goal title that
 * names `@someone` or `#12` must not notify that GitHub user or link issue 12,
 * and must still read as written.
 */
describe('report --format md: @names and #numbers in titles', () => {
  const dir = tempWorkspace({
    'samstemt.yaml': CONFIG,
    'storby.md': '---\nowner: storby\nperiod: 2024–2027\n---\n\n# Strategy\n\n## Roll out @kommune-chat, tiltak #12 {#chat}\n\n- Area: service\n- Deadline: 2026\n\nResidents reach the municipality in one chat.\n',
  });
  const md = runCli(['report', '.', '--format', 'md', '--output', '-'], dir);

  it('writes no @mention and no issue reference GitHub would act on', () => {
    assert.equal(md.status, 0, md.stderr);
    assert.match(md.stdout, /kommune-chat/);
    assert.doesNotMatch(md.stdout, /@kommune-chat/);
    assert.doesNotMatch(md.stdout, /#12/);
  });

  it('renders as the title was written (the breaks are empty HTML comments)', () => {
    const rendered = md.stdout.replace(/<!-- -->/g, '').replace(/\\([#@])/g, '$1');
    assert.match(rendered, /Roll out @kommune-chat, tiltak #12/);
  });
});
