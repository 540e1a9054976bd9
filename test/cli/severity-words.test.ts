/**
 * A finding's severity has one Norwegian name wherever the adviser reads it:
 * the CLI summary, the report, the hover and the VS Code extension
 * («merknad» for info, «tips» for hint; not the English words).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { problemSummary } from '../../server/src/cli/formatters/stylish.js';
import { labels } from '../../server/src/report/i18n.js';
import { L } from '../../server/src/engine/language/strings.js';
import { REPO } from '../helpers/workspace.js';

describe('severity names in Norwegian', () => {
  for (const lang of ['nb', 'nn'] as const) {
    it(`${lang}: info is «merknad» and hint is «tips» in the CLI, the report, the hover and the extension`, () => {
      assert.match(problemSummary(lang, { errors: 0, warnings: 0, infos: 2, hints: 1 }), /\(0 feil, 0 (advarsler|åtvaringar), 2 merknader, 1 tips\)$/);
      assert.match(problemSummary(lang, { errors: 0, warnings: 0, infos: 1, hints: 0 }), /, 1 merknad\)$/);
      const r = labels(lang);
      assert.deepEqual([r.severities.info, r.severitiesPlural.info, r.severities.hint], ['merknad', 'merknader', 'tips']);
      assert.deepEqual([L.severity.info![lang], L.severity.hint![lang]], ['merknad', 'tips']);
      const bundle = JSON.parse(readFileSync(path.join(REPO, `l10n/bundle.l10n.${lang}.json`), 'utf8')) as Record<string, string>;
      assert.equal(bundle['{0} info'], '{0} merknad');
    });
  }
});
