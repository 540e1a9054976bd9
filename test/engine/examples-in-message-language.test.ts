/**
 * Examples in messages («write it as {fra: 2024, til: 2027}») are what the
 * author copies into the document, so they are written in the message's
 * language: English keys in English messages, bokmål keys in bokmål, nynorsk
 * keys in nynorsk, and never a bare language code («nb») as if it were a word.
 */
import { strict as assert } from 'node:assert';
import { analyzeRule, CONFIG } from '../helpers/workspace.js';
import { allRules } from '../../server/src/rules/index.js';
import { localized } from '../helpers/rules.js';
import type { Lang } from '../../server/src/engine/types.js';

const withLang = (config: string, lang: Lang) => config.replace('language: en', `language: ${lang}`);

/** The period keys of each language, as an example written inside braces shows them. */
const PERIOD_KEYS: Record<Lang, RegExp> = { en: /\{(from|to):/u, nb: /\{(fra|til):/u, nn: /\{(frå|til):/u };
/** The same keys written in another language's spelling; «(engelsk …)» / «(in Norwegian …)» says so on purpose. */
const FOREIGN: Record<Lang, RegExp> = {
  en: /(?<!Norwegian\s*)\{(fra|frå|til):/u,
  nb: /(?<!engelsk\s*)\{(from|to|frå):/u,
  nn: /(?<!engelsk\s*)\{(from|to|fra):/u,
};


describe('examples in messages are in the message language', function () {
  this.timeout(20000);

  it('the message for a period Samstemt cannot read shows the period keys of its language', function () {
    const doc = '---\nowner: storby\nperiod: snart\n---\n\n## Mål {#mål}\n';
    for (const lang of ['en', 'nb', 'nn'] as const) {
      const list = analyzeRule('invalid-value', { 'samstemt.yaml': withLang(CONFIG, lang), 'storby.md': doc });
      const period = list.find((d) => d.message.includes('snart'));
      assert.ok(period, `${lang}: no message about the period in ${JSON.stringify(list.map((d) => d.message))}`);
      assert.match(period.message, PERIOD_KEYS[lang], `${lang}: ${period.message}`);
      assert.doesNotMatch(period.message, FOREIGN[lang], `${lang}: ${period.message}`);
    }
  });

  it('the message for a key that is not part of a period names the other spelling in words, not by a language code', function () {
    const doc = '---\nowner: storby\nperiod: { from: 2024, until: 2027 }\n---\n\n## Mål {#mål}\n';
    const list = analyzeRule('unknown-property', { 'samstemt.yaml': CONFIG, 'storby.md': doc });
    const d = list.find((x) => x.message.includes('until'));
    assert.ok(d, JSON.stringify(list.map((x) => x.message)));
    assert.doesNotMatch(d.message, /\((nb|nn|en)\b/u, d.message);
    assert.match(d.message, /\{from: 2024, to: 2027\}/u);
  });

  it('no rule message shows period keys of another language, or a bare language code, in its examples', function () {
    const found: string[] = [];
    for (const rule of allRules) {
      for (const { where, texts } of localized(rule.meta.messages, rule.meta.id)) {
        for (const lang of ['en', 'nb', 'nn'] as const) {
          const text = texts[lang] ?? '';
          if (FOREIGN[lang].test(text)) found.push(`${lang} ${where}: ${text}`);
          // «language: nb» is a setting the author writes; «(nb {…})» is a code used as a word («en» is a Norwegian word).
          if (lang === 'en' && /\((nb|nn)\s/u.test(text)) found.push(`${lang} ${where}: ${text}`);
        }
      }
    }
    assert.deepEqual(found, []);
  });
});
