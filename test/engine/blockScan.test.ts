/**
 * The Markdown fast path (server/src/engine/parse/blockScan.ts): the line
 * scanner either reads exactly the top-level blocks remark reads, or gives up.
 *
 * - differential: on every Markdown file of the repository's samples and
 *   fixtures, and on generated documents (the subset and near misses, fixed
 *   seed), accepted documents have remark's blocks, and parseMarkdown gives
 *   the same StrategyDocument with and without the fast path;
 * - coverage: the scanner accepts the sample cooperation and typical strategy
 *   documents (so the fast path is actually taken), and gives up on each
 *   construct outside its subset.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { REPO } from '../helpers/workspace.js';
import { scanBlocks, type Block } from '../../server/src/engine/parse/blockScan.js';
import { markdownBlocks, parseMarkdownWith } from '../../server/src/engine/parse/markdown.js';
import { blockScanDocument, longBlockScanDocument } from '../robustness/generators.js';
import { SCANNER_RUNS } from '../robustness/hostile-inputs.js';

const SEED = 42;
const URI = 'file:///ws/strategier/x.md';

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...markdownFiles(p));
    else if (name.endsWith('.md')) out.push(p);
  }
  return out;
}

/** remark's blocks: what parseMarkdown falls back to. */
const remarkBlocks = (text: string): Block[] => markdownBlocks(text, { fast: false });

/** The scanner's blocks equal remark's when it gives any; returns whether it did. */
function agrees(text: string): boolean {
  const fast = scanBlocks(text);
  if (fast) assert.deepStrictEqual(fast, remarkBlocks(text), `blocks differ for ${JSON.stringify(text.slice(0, 400))}`);
  assert.deepStrictEqual(parseMarkdownWith(URI, text, {}), parseMarkdownWith(URI, text, { fast: false }), `documents differ for ${JSON.stringify(text.slice(0, 400))}`);
  return fast !== undefined;
}

function check<T>(name: string, arb: fc.Arbitrary<T>, numRuns: number, predicate: (t: T) => void): void {
  const details = fc.check(fc.property(arb, predicate), { seed: SEED, numRuns });
  if (details.failed) {
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`property "${name}" failed: ${cause}\n${fc.defaultReportMessage(details) ?? ''}`);
  }
}

/** Typical strategy documents, written the ways people write them: the scanner must read them all. */
const TYPICAL: Record<string, string> = {
  'front matter, goals, property lists, prose': `---
owner: storby
title: Digitaliseringsstrategi for Storby 2024–2027
period: 2024–2027
status: vedtatt
---

# Digitaliseringsstrategi for Storby 2024–2027

*Vedtatt av kommunestyret 14. mars 2024, sak 23/24.*

Storby skal bruke digitalisering til å gi innbyggerne bedre tjenester.

## Innbyggertjenester

### Digitale søknader {#digitale-soknader}

- Område: innbyggertjenester
- Indikator: andel søknader mottatt digitalt
- Målverdi: 90 %
- Frist: 2026-12-31
- Støtter: DS19-M3, DS19-I2

Søknader skal kunne sendes digitalt, og innbyggerne skal få svar i
digital postkasse.

### Chatbot {#chatbot} ###

- Område: innbyggertjenester
- Krever: utviklingskapasitet 3
`,
  'CRLF line endings and trailing spaces': '---\r\nowner: midtby  \r\n---  \r\n\r\n# Strategi  \r\n\r\n## Mål {#mal}\t\r\n\r\n- Område: hr  \r\n- Frist: 2026\t\r\n\r\nTekst med  \r\nto linjer. \r\n',
  'nested items, continuation and lazy lines': `## Mål {#a}

- Område: hr
- Behov: papirskjema og e-post
  gir dobbeltarbeid i mange
ledd, og lang saksbehandling
- Støtter: DS19-M2,
    DS19-I4
  - underpunkt
    - under-underpunkt
  fortsatt i punktet

  Et avsnitt i punktet.

- Frist: 2026
`,
  'other bullets, wide markers, a list interrupting a paragraph': `# Plan

Målene er:
* Felles lønn
* Felles arkiv

+ Eget punkt
+   Med fire mellomrom
    og fortsettelse

-  To mellomrom
 - Innrykket søsken
`,
  'no front matter, no final line break, emphasis and punctuation': `# Strategi {#s}

**Viktig:** dette er «fet» tekst.
_Kursiv_ og (parenteser), "sitater", |tabell|-tegn og \`kode\`.
#emneknagg og -strek og +pluss

- *Område:* hr
- **Frist:** 2026`,
  'a table and a fenced code block (plain CommonMark: the table is a paragraph)': `## Filer

| Fil | Eier |
|---|---|
| \`storby.md\` | storby |

\`\`\`sh
npx samstemt check .
- ikke en liste
\`\`\`

~~~~ yaml
owner: x
~~~~~
Etter koden.
`,
  'empty front matter and headings without text': '---\n---\n#\n## {#}\n###### Seks\n####### sju er tekst\n',
};

/** One example of each construct outside the subset: the scanner must give up. */
const UNSUPPORTED: Record<string, string> = {
  'block quote': '# T\n\n> sitat\n',
  'HTML block': '<div>\ntekst\n</div>\n',
  'HTML comment': 'Tekst\n\n<!-- kommentar -->\n',
  'link reference definition': '[lenke]: https://example.org\n',
  'definition in a list item': '- [lenke]: https://example.org\n',
  'ordered list': '1. en\n2. to\n',
  'ordered marker in a paragraph': 'Vedtatt\n12. mars 2024\n',
  'ordered list in a bullet item': '- 1. en\n',
  'thematic break (dashes)': 'Tekst\n\n---\n',
  'thematic break (stars)': '***\n',
  'thematic break (spaced)': '- - -\n',
  'thematic break (underscores)': '___\n',
  'setext heading (=)': 'Tittel\n=====\n',
  'setext heading (-)': 'Tittel\n---\n',
  'indented code': '    kode\n',
  'indented code in an item': '- a\n\n      kode\n',
  'tab indentation': '- a\n\tb\n',
  'empty list item': '- \n- b\n',
  'bare bullet': '-\n',
  'tab after a bullet': '-\tx\n',
  'five spaces after a bullet': '-     x\n',
  'nested bullet on one line': '- - x\n',
  'block quote in an item': '- > x\n',
  'indented heading': ' # Overskrift\n',
  'heading in a list item': '- # Overskrift\n',
  'heading inside an item': '- a\n\n  ## Overskrift\n',
  'fence in a list item': '- a\n\n  ```\n  x\n  ```\n',
  'indented fence': '  ```\n  x\n  ```\n',
  'unclosed fence': '```\nkode\n',
  'backtick in a backtick fence info': '``` a`b\n',
  'unclosed front matter': '---\nowner: x\n',
  'front matter without a line break': '---',
  'BOM': '\uFEFF# Strategi\n',
  'lone CR': '# Strategi\rTekst\n',
  'control character': '\u0000\n',
  'list marker past limitNesting column': 'Tekst\n' + ' '.repeat(40) + '- dypt\n',
};

describe('Markdown block scanner (fast path)', () => {
  it('reads the same blocks as remark on every Markdown file under samples/ and test/fixtures/', () => {
    const files = [...markdownFiles(path.join(REPO, 'samples')), ...markdownFiles(path.join(REPO, 'test/fixtures'))];
    assert.ok(files.length >= 8, `found only ${files.length} Markdown files`);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      agrees(text);
      agrees(text.replace(/\n/g, '\r\n'));
    }
  });

  it('reads the same blocks as remark on generated documents (subset and near misses), and often accepts them', () => {
    let accepted = 0;
    let rejected = 0;
    check('block scanner', blockScanDocument, 400, (text) => {
      if (agrees(text)) accepted++;
      else rejected++;
    });
    // Not vacuous: a good share of the cases takes the fast path, and a good share does not.
    assert.ok(accepted >= 100 && rejected >= 100, `accepted ${accepted}, rejected ${rejected}`);
  });

  it('reads the same blocks as remark on long documents (remark parses them in sections)', function () {
    this.timeout(60_000);
    let accepted = 0;
    check('long block scanner', longBlockScanDocument, 3, (text) => {
      assert.ok(text.length > 16_000);
      if (agrees(text)) accepted++;
    });
    assert.equal(accepted, 3);
  });

  it('accepts every Markdown document of the sample cooperation', () => {
    const files = markdownFiles(path.join(REPO, 'samples/ikt-fjord'));
    assert.ok(files.length >= 8);
    for (const f of files) assert.ok(scanBlocks(readFileSync(f, 'utf8')), `the fast path gives up on ${path.relative(REPO, f)}`);
  });

  for (const [name, text] of Object.entries(TYPICAL)) {
    it(`accepts a typical document: ${name}`, () => {
      assert.ok(scanBlocks(text), 'the fast path gives up');
      assert.ok(agrees(text));
    });
  }

  it('reads property lists, items and paragraphs with remark offsets (spot check)', () => {
    const text = '## Mål {#a}\n\n- Område: hr  \n- Behov: x\n  y\nlat\n\n\nTekst \n';
    assert.deepStrictEqual(scanBlocks(text), [
      { type: 'heading', start: 0, end: 11, depth: 2 },
      {
        type: 'list',
        start: 13,
        end: 46,
        ordered: false,
        items: [
          { start: 13, end: 27, paragraph: { start: 15, end: 27 } },
          { start: 28, end: 46, paragraph: { start: 30, end: 46 } },
        ],
      },
      { type: 'paragraph', start: 49, end: 55 },
    ]);
  });

  for (const [name, text] of Object.entries(UNSUPPORTED)) {
    it(`gives up on: ${name}`, () => {
      assert.equal(scanBlocks(text), undefined);
      agrees(text);
    });
  }

  it('answers on 4 MB of lines built against a line scanner (how long it takes: npm run bench)', () => {
    const answers = Object.fromEntries(
      Object.entries(SCANNER_RUNS).map(([name, text]) => {
        const blocks = scanBlocks(text);
        return [name, blocks && { blocks: blocks.length, first: blocks[0]!.type, end: blocks.at(-1)!.end }];
      }),
    );
    assert.deepEqual(answers, {
      // One list: the item `a` holds everything nested under it, to the last character but the final line ending.
      'nested lists': { blocks: 1, first: 'list', end: SCANNER_RUNS['nested lists']!.length - 1 },
      // 100 000 closed fences of 12 lines at the top level.
      'fenced blocks': { blocks: 100_000, first: 'code', end: SCANNER_RUNS['fenced blocks']!.length - 1 },
      // `- ***…` is a thematic break inside the item, `---` without a closing line a thematic break, markers past column 40: remark's.
      'one marker run': undefined,
      'front matter': undefined,
      'bullet runs': undefined,
    });
    // The same lines, fewer of them: the scanner's blocks are remark's (or it gives way to remark).
    for (const text of Object.values(SCANNER_RUNS)) agrees(text.slice(0, 2000).replace(/[^\n]*$/, ''));
  });
});
