/**
 * A cooperation as an adviser sets it up: samstemt.yaml and custom framework
 * files written by hand, with the mistakes people make in them. Every mistake
 * is reported where it is written, and the rest of the workspace keeps working.
 */
import { strict as assert } from 'node:assert';
import { analyze, createTestEngine, InMemoryHost, textAt, type TestDiagnostic } from '../helpers/workspace.js';
import { IKT_VEST_CONFIG } from '../helpers/iktVest.js';

/** A goal of Storby that supports `objective` and runs to 2028, after VEST's period. */
const storby = (objective: string) => `---
owner: storby
title: Strategi for Storby
period: 2024–2029
---

## Sjølvbetjening for innbyggjarar {#sjolvbetjening}

- Område: innbyggertjenester
- Støttar: ${objective}
- Frist: 2028
`;
const framework = (objectives: string, id = 'VEST') => `framework: ${id}
title: Digital strategi for Vestlandet
period: 2020–2025
objectives:
${objectives}`;

const on = (list: TestDiagnostic[], file: string) => list.filter((d) => d.file === file);

describe('custom frameworks as an adviser writes them', () => {
  describe('parents', () => {
    it('reports a cycle of parents on each parent in it, and the analysis ends (it used to hang)', () => {
      const files = {
        'samstemt.yaml': IKT_VEST_CONFIG,
        'rammeverk/vest.yaml': framework(`  - id: VEST-1
    title: Felles digitale innbyggjartenester
    parent: VEST-2
  - id: VEST-2
    title: Sikker drift
    parent: VEST-1
  - id: VEST-3
    title: Deling av data
    parent: VEST-1
`),
        'strategier/storby.md': storby('VEST-3'),
      };
      const list = on(analyze(files), 'rammeverk/vest.yaml');
      assert.deepEqual(list.map((d) => [d.rule, d.range.start.line, textAt(files, d)]), [
        ['invalid-value', 6, 'VEST-2'],
        ['invalid-value', 9, 'VEST-1'],
      ]);
      assert.equal(list[0]!.message, 'The parents of VEST-1 go round in a circle (VEST-1 → VEST-2 → VEST-1), so none of them is the top. Set `parent: null` on the objective that is the top.');
    });

    it('reports an objective that is its own parent as such, not as a parent that does not exist', () => {
      const files = {
        'samstemt.yaml': IKT_VEST_CONFIG,
        'rammeverk/vest.yaml': framework(`  - id: VEST-1
    title: Felles digitale innbyggjartenester
    parent: vest-1
`),
        'strategier/storby.md': storby('VEST-1'),
      };
      const list = on(analyze(files), 'rammeverk/vest.yaml');
      assert.deepEqual(list.map((d) => [d.rule, textAt(files, d)]), [['invalid-value', 'vest-1']]);
      assert.equal(list[0]!.message, 'VEST-1 is its own parent. Write the ID of another objective in this file, or `null` (no parent).');
    });

    it('does not follow a parent in another framework file: two files whose objectives are each other’s parents end', () => {
      const files = {
        'samstemt.yaml': IKT_VEST_CONFIG.replace('rammeverk/vest.yaml]', 'rammeverk/vest.yaml, rammeverk/aust.yaml]'),
        'rammeverk/vest.yaml': framework(`  - id: VEST-1
    title: Felles digitale innbyggjartenester
    parent: AUST-1
`),
        'rammeverk/aust.yaml': framework(`  - id: AUST-1
    title: Felles digitale innbyggjartenester
    parent: VEST-1
`, 'AUST'),
        'strategier/storby.md': storby('VEST-1'),
      };
      const list = analyze(files);
      assert.deepEqual(list.filter((d) => d.file.startsWith('rammeverk/')).map((d) => [d.file, textAt(files, d)]), [
        ['rammeverk/aust.yaml', 'VEST-1'],
        ['rammeverk/vest.yaml', 'AUST-1'],
      ]);
      const [ws] = createTestEngine(new InMemoryHost(files)).loadWorkspaces();
      assert.equal(ws!.objective('VEST-1')!.parent, undefined, 'a parent that is reported is not read');
    });
  });
});

describe('a custom framework whose ID is taken', () => {
  const ds19Copy = `framework: DS19
title: Vår utgåve av digitaliseringsstrategien
period: 2024–2028
objectives:
  - id: DS19-M2
    title: Eigen tolking av hovudmål 2
  - id: DS19-X1
    title: Nytt mål
`;

  it('is reported at its framework ID when a built-in framework has it, and the built-in objectives stay as they are', () => {
    const files = {
      'samstemt.yaml': IKT_VEST_CONFIG.replace('[DN30, rammeverk/vest.yaml]', '[DS19, rammeverk/vest.yaml]'),
      'rammeverk/vest.yaml': ds19Copy,
      'strategier/storby.md': storby('DS19-M2'),
    };
    const list = analyze(files);
    const inFile = on(list, 'rammeverk/vest.yaml');
    assert.deepEqual(inFile.map((d) => [d.rule, d.range.start.line, textAt(files, d)]), [['invalid-value', 0, 'DS19']]);
    assert.equal(
      inFile[0]!.message,
      'The framework ID DS19 is already taken by the built-in framework «Én digital offentlig sektor – Digitaliseringsstrategi for offentlig sektor 2019–2025», so the objectives of this file are not read: their IDs would be mixed up with those of DS19. Give this framework an ID of its own, and start its objective IDs with it.',
    );
    const [ws] = createTestEngine(new InMemoryHost(files)).loadWorkspaces();
    assert.deepEqual(ws!.frameworks.map((f) => [f.id, f.builtIn]), [['DS19', true]]);
    assert.notEqual(ws!.objective('DS19-M2')!.title, 'Eigen tolking av hovudmål 2');
    assert.equal(ws!.anyObjective('DS19-X1'), undefined);
  });

  it('is reported when another framework file of the workspace has the ID; the first one listed is read', () => {
    const files = {
      'samstemt.yaml': IKT_VEST_CONFIG.replace('rammeverk/vest.yaml]', 'rammeverk/vest.yaml, rammeverk/vest-kopi.yaml, rammeverk/vest.yaml]'),
      'rammeverk/vest.yaml': framework('  - id: VEST-1\n    title: Felles digitale innbyggjartenester\n'),
      'rammeverk/vest-kopi.yaml': framework('  - id: VEST-1\n    title: Kopi\n'),
      'strategier/storby.md': storby('VEST-1').replace('Frist: 2028', 'Frist: 2025'),
    };
    const list = analyze(files);
    assert.deepEqual(list.filter((d) => d.file.startsWith('rammeverk/')).map((d) => [d.file, textAt(files, d)]), [['rammeverk/vest-kopi.yaml', 'VEST']]);
    assert.match(on(list, 'rammeverk/vest-kopi.yaml')[0]!.message, /already taken by the framework file rammeverk\/vest\.yaml/);
    const [ws] = createTestEngine(new InMemoryHost(files)).loadWorkspaces();
    assert.deepEqual(ws!.frameworks.map((f) => f.id), ['DN30', 'VEST'], 'a file listed twice is read once');
    assert.equal(ws!.objective('VEST-1')!.title, 'Felles digitale innbyggjartenester');
    assert.deepEqual(on(list, 'strategier/storby.md').filter((d) => d.rule === 'unknown-objective'), []);
  });
});

describe('objective IDs and titles in a custom framework', () => {
  it('reports an ID with a space or a comma in it as such, with the ID written right as the fix', () => {
    const files = {
      'samstemt.yaml': IKT_VEST_CONFIG,
      'rammeverk/vest.yaml': framework(`  - id: VEST-1
    title: Felles digitale innbyggjartenester
  - id: vest 2
    title: Sikker drift
  - id: Vest-3, Vest-4
    title: Deling av data
  - id: mål 5
    title: Kompetanse
`),
      'strategier/storby.md': storby('VEST-1').replace('Frist: 2028', 'Frist: 2025'),
    };
    const list = on(analyze(files), 'rammeverk/vest.yaml');
    assert.deepEqual(list.map((d) => [d.rule, textAt(files, d), d.fixes?.[0]?.edits[0]?.newText]), [
      ['invalid-value', 'vest 2', 'VEST-2'],
      ['invalid-value', 'Vest-3, Vest-4', undefined],
      ['invalid-value', 'mål 5', 'VEST-5'],
    ]);
    assert.equal(list[0]!.message, 'The objective ID "vest 2" cannot be written in `supports`: an ID has no spaces or commas, only letters, digits and single hyphens between its parts, e.g. VEST-2.');
  });
});

describe('an objective without a title', () => {
  it('is reported on its ID; a misspelt title key is told once, as the misspelling', () => {
    const files = {
      'samstemt.yaml': IKT_VEST_CONFIG.replace('language: en', 'language: nn'),
      'rammeverk/vest.yaml': framework(`  - id: VEST-1
    description: Innbyggjarane møter éin digital kommune.
  - id: VEST-2
    titel: Sikker drift
`),
      'strategier/storby.md': storby('VEST-1').replace('Frist: 2028', 'Frist: 2025'),
    };
    const list = on(analyze(files), 'rammeverk/vest.yaml');
    assert.deepEqual(list.map((d) => [d.rule, textAt(files, d)]), [
      ['parse-error', 'VEST-1'],
      ['unknown-property', 'titel'],
    ]);
    assert.equal(list[0]!.message, 'Dette målet har ingen `title`, så det blir vist som VEST-1 i meldingar, og mål blir kopla til det berre gjennom skildringa og nøkkelorda. Legg til `title:` med namnet på målet.');
  });
});

describe('settings that leave nothing to check', () => {
  const files = (config: string) => ({
    'samstemt.yaml': config,
    'rammeverk/vest.yaml': framework('  - id: VEST-1\n    title: Felles digitale innbyggjartenester\n'),
    'strategier/storby.md': storby('VEST-1').replace('Frist: 2028', 'Frist: 2025'),
  });

  for (const empty of ['[]', '', 'null']) {
    it(`warns at frameworks: ${empty || '(nothing)'}, where no framework is enabled`, () => {
      const f = files(IKT_VEST_CONFIG.replace('frameworks: [DN30, rammeverk/vest.yaml]', `frameworks: ${empty}`));
      const list = on(analyze(f), 'samstemt.yaml');
      assert.deepEqual(list.map((d) => [d.rule, d.severity, textAt(f, d)]), [['invalid-value', 'warning', 'frameworks']]);
      assert.equal(list[0]!.message, 'No framework is enabled, so no `supports` link can be checked and no objective suggested. Write the frameworks to align with, e.g. `frameworks: [DS19, DN30]` (built in), or the path of a framework file.');
    });
  }

  it('warns at documents: [], where the default globs apply instead', () => {
    const f = files(IKT_VEST_CONFIG.replace('documents: ["strategier/**/*.md"]', 'documents: []'));
    const list = on(analyze(f), 'samstemt.yaml');
    assert.deepEqual(list.map((d) => [d.rule, d.severity, textAt(f, d)]), [['invalid-value', 'warning', 'documents']]);
    assert.match(list[0]!.message, /^`documents` is empty, so Samstemt reads only files matching \*\*\/\*\.strategy\.md, /);
  });

  it('warns at globs that select files of which none is a strategy document (only the framework file): "no problems, 0 goals" hid it', () => {
    for (const glob of ['rammeverk/*.yaml', '**/*.yaml']) {
      const f = files(IKT_VEST_CONFIG.replace('"strategier/**/*.md"', `"${glob}"`));
      const list = on(analyze(f), 'samstemt.yaml');
      assert.deepEqual(list.map((d) => [d.rule, d.severity, textAt(f, d)]), [['invalid-value', 'warning', `"${glob}"`]], glob);
      assert.equal(
        list[0]!.message,
        `"${glob}" selects rammeverk/vest.yaml, but no strategy document: a YAML strategy has \`owner\` and \`goals\`, and a framework file is no strategy. Add a pattern for the strategy documents, e.g. "strategier/**/*.md".`,
      );
    }
    // One glob that finds the documents is enough: a YAML pattern kept for later is a choice.
    const ok = files(IKT_VEST_CONFIG.replace('"strategier/**/*.md"', '"strategier/**/*.md", "**/*.yaml"'));
    assert.deepEqual(on(analyze(ok), 'samstemt.yaml'), []);
  });
});

describe('a samstemt.yaml that is not settings', () => {
  for (const [what, text] of [['a list', '- DS19\n- storby\n'], ['a line of text', 'IKT Vest\n']]) {
    it(`reports ${what} once, without asking for documents as well`, () => {
      const f = { 'samstemt.yaml': text, 'strategier/storby.md': storby('DS19-M2') };
      const list = on(analyze(f), 'samstemt.yaml');
      assert.deepEqual(list.map((d) => [d.rule, d.range.start.line]), [['invalid-value', 0]]);
      assert.match(list[0]!.message, /samstemt\.yaml må bestå av «innstilling: verdi»-linjer/);
    });
  }
});

describe('language: misspelt', () => {
  it('suggests the language code meant by a misspelt name', () => {
    const f = { 'samstemt.yaml': IKT_VEST_CONFIG.replace('language: en', 'language: nynorks').replace('[DN30, rammeverk/vest.yaml]', '[DN30]'), 'strategier/storby.md': storby('DN30-M1') };
    const list = on(analyze(f), 'samstemt.yaml');
    assert.deepEqual(list.map((d) => [d.rule, textAt(f, d), d.fixes?.[0]?.edits[0]?.newText]), [['invalid-value', 'nynorks', 'nn']]);
  });
});

describe('a framework path that is not a YAML file', () => {
  it('is told as a file that is not a framework file, not as an unknown built-in name', () => {
    const f = {
      'samstemt.yaml': IKT_VEST_CONFIG.replace('rammeverk/vest.yaml]', 'rammeverk/vest.md]'),
      'rammeverk/vest.md': '# Digital strategi for Vestlandet\n',
      'strategier/storby.md': storby('DN30-M1'),
    };
    const list = on(analyze(f), 'samstemt.yaml');
    assert.deepEqual(list.map((d) => [d.rule, textAt(f, d)]), [['invalid-value', 'rammeverk/vest.md']]);
    assert.equal(list[0]!.message, '"rammeverk/vest.md" is not a framework file: a framework file is YAML (.yaml or .yml) with `framework:`, `title` and `objectives` (see https://github.com/samstemt/samstemt/blob/main/docs/catalogs.md). Built-in frameworks are named by ID: DN30, DS19.');
  });
});
