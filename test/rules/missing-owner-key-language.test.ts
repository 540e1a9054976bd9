import { strict as assert } from 'node:assert';
import { analyzeRule, CONFIG, CONFIG_NB, CONFIG_NN } from '../helpers/workspace.js';
import { assertFixResolves } from '../helpers/fixes.js';

const RULE = 'missing-owner';

// The owner key Samstemt proposes follows the keys the document already has:
// `tittel:` and `periode:` go with `eier:` (`eigar:` in nynorsk), as the
// new-document template writes them; English keys or none go with `owner:`.
describe('missing-owner writes the owner key in the language of the document’s keys', () => {
  it('proposes `eier:` beside bokmål keys, in the message, the fix title and the text', () => {
    const files = { 'samstemt.yaml': CONFIG_NB, 'storby.md': `---\ntittel: Strategi for Storby\nperiode: 2024–2027\n---\n\n## A {#a}\n` };
    const [d, ...rest] = analyzeRule(RULE, files);
    assert.equal(rest.length, 0);
    assert.match(d!.message, /Legg til `eier: <medlems-id>` mellom `---`-linjene/);
    assert.equal(d!.fixes[0]!.title.nb, 'Legg til `eier: storby`');
    const fixed = assertFixResolves(files, d!, 0, 'file');
    assert.equal(fixed['storby.md'], `---\neier: storby\ntittel: Strategi for Storby\nperiode: 2024–2027\n---\n\n## A {#a}\n`);
  });

  it('proposes `eigar:` in a nynorsk document with Norwegian keys', () => {
    const files = { 'samstemt.yaml': CONFIG_NN, 'fjellbygd.md': `---\ntittel: Strategi for Fjellbygd\nspråk: nn\n---\n\n## A {#a}\n` };
    const [d] = analyzeRule(RULE, files);
    assert.match(d!.message, /Legg til `eigar: <medlems-id>`/);
    const fixed = assertFixResolves(files, d!, 0, 'file');
    assert.match(fixed['fjellbygd.md']!, /^---\neigar: fjellbygd\ntittel:/);
  });

  it('keeps `owner:` beside English keys, in a Norwegian cooperation too', () => {
    const files = { 'samstemt.yaml': CONFIG_NB, 'storby.md': `---\ntitle: Strategi for Storby\nperiod: 2024–2027\n---\n\n## A {#a}\n` };
    const [d] = analyzeRule(RULE, files);
    assert.match(d!.message, /Legg til `owner: <medlems-id>`/);
    assert.match(assertFixResolves(files, d!, 0, 'file')['storby.md']!, /^---\nowner: storby\ntitle:/);
  });

  it('keeps `owner:` in a document with no keys at all', () => {
    const files = { 'samstemt.yaml': CONFIG_NB, 'storby.md': `# Strategi for Storby\n\n## A {#a}\n` };
    const [d] = analyzeRule(RULE, files);
    // No front matter: the message says to start the document with `---`, `owner: …`, `---`.
    assert.match(d!.message, /en linje `---`, så `owner: <medlems-id>`, så en ny linje `---`/);
  });

  it('names the YAML document’s own goals key, `mål:`, and proposes `eier:` beside `tittel:`', () => {
    const files = { 'samstemt.yaml': CONFIG_NB, 'storby.yaml': `tittel: Strategi\nmål:\n  - id: a\n    tittel: A\n` };
    const [d] = analyzeRule(RULE, files);
    assert.match(d!.message, /Legg til `eier: <medlems-id>` øverst i filen, over `mål:`/);
    assert.match(assertFixResolves(files, d!, 0, 'file')['storby.yaml']!, /^eier: storby\ntittel: Strategi\n/);
    const en = { 'samstemt.yaml': CONFIG, 'storby.yaml': `title: Strategy\ngoals:\n  - id: a\n    title: A\n` };
    assert.match(analyzeRule(RULE, en)[0]!.message, /Add `owner: <member id>` at the top of the file, above `goals:`/);
  });

  it('titles the fix with the key already written when only its value is missing', () => {
    const files = { 'samstemt.yaml': CONFIG_NB, 'storby.md': `---\neier:\ntittel: Strategi\n---\n\n## A {#a}\n` };
    const [d] = analyzeRule(RULE, files);
    assert.equal(d!.fixes[0]!.title.nb, 'Legg til `eier: storby`');
    assert.match(assertFixResolves(files, d!, 0, 'file')['storby.md']!, /^---\neier: storby\ntittel: Strategi\n/);
  });
});
