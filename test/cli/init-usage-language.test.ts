/**
 * `samstemt init` used wrongly inside a cooperation answers in the
 * cooperation's language (as check, report and the others do), or in the one
 * --lang chooses; outside any cooperation in bokmål, as before.
 */
import { strict as assert } from 'node:assert';
import { runCli, tempWorkspace } from '../helpers/cli.js';
import { CONFIG } from '../helpers/workspace.js';

const withLang = (lang: string) => CONFIG.replace('language: en', `language: ${lang}`);

describe('samstemt init: usage errors in the language of the cooperation', function () {
  this.timeout(60_000);

  it('two folders: in English inside an English cooperation, in nynorsk inside a nynorsk one', () => {
    const en = runCli(['init', 'a', 'b'], tempWorkspace({ 'samstemt.yaml': CONFIG }));
    assert.equal(en.status, 2);
    assert.equal(en.stderr, 'samstemt: init takes one DIR (the folder to create samstemt.yaml in)\n');
    const nn = runCli(['init', 'a', 'b'], tempWorkspace({ 'samstemt.yaml': withLang('nn') }));
    assert.equal(nn.stderr, 'samstemt: init tek berre éi mappe (der samstemt.yaml skal lagast)\n');
  });

  it('a file where the folder should be: in the cooperation\'s language', () => {
    const r = runCli(['init', 'notat.txt'], tempWorkspace({ 'samstemt.yaml': CONFIG, 'notat.txt': 'x\n' }));
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'samstemt: notat.txt is a file, not a folder\n');
  });

  it('--lang chooses, and outside a cooperation it is bokmål', () => {
    const chosen = runCli(['init', 'a', 'b', '--lang', 'nn'], tempWorkspace({ 'samstemt.yaml': CONFIG }));
    assert.equal(chosen.stderr, 'samstemt: init tek berre éi mappe (der samstemt.yaml skal lagast)\n');
    const outside = runCli(['init', 'a', 'b'], tempWorkspace({}));
    assert.equal(outside.stderr, 'samstemt: init tar bare én mappe (der samstemt.yaml skal lages)\n');
  });
});
