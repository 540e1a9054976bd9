/**
 * Editing YAML strategy documents live, over JSON-RPC from the built server:
 * what an author who is not a programmer sees while typing YAML in any of the
 * styles it allows (flow sequences, quoted values, Norwegian keys, CRLF,
 * astral characters before a value), including the moments in between when
 * the text is not valid YAML yet.
 */
import { strict as assert } from 'node:assert';
import path from 'node:path';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, Hover, Location, Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { tempWorkspace } from '../helpers/cli.js';
import { LspClient, applyEdits, editsByUri, messageOf, positionOf, removeDir, textIn, uriOf } from './harness.js';

const CONFIG = `cooperation: Test
language: nb
frameworks: [DS19, DN30]
members:
  storby: { name: Storby kommune, kind: kommune, population: 50000 }
  midtby: { name: Midtby kommune, kind: kommune, population: 15000 }
  ikt-fjord: { name: IKT Fjord AS, kind: selskap }
`;

const STORBY = `owner: storby
title: Digitaliseringsstrategi for Storby
goals:
  - id: felles-lonn
    title: Felles lønnssystem
    area: hr
    deadline: 2025-12-31
    supports: [DS19-M2]
  - id: digital-post
    title: Digital post til alle innbyggere
    område: innbyggertjenester
    frist: 2025-06-30
    støtter: DS19-M3
`;

const MIDTBY = `owner: midtby
goals:
  - id: lonn
    title: Lønn sammen med Storby
    area: hr
    deadline: 2025-12-31
    supports: DS19-M2
    contributes: storby#felles-lonn
`;

const IKT = `owner: ikt-fjord
goals:
  - id: drift
    title: Stabil drift
    area: infrastruktur
    deadline: 2025-12-31
    supports: DS19-M5
`;

describe('language server: editing YAML strategy documents', function () {
  this.timeout(60000);
  let root: string;
  let client: LspClient;
  const file = (name: string) => uriOf(path.join(root, name));

  before(async function () {
    root = tempWorkspace({ 'samstemt.yaml': CONFIG, 'storby.strategy.yaml': STORBY, 'midtby.strategy.yaml': MIDTBY, 'ikt-fjord.strategy.yaml': IKT });
    client = await LspClient.start(root);
    await Promise.all(['storby.strategy.yaml', 'midtby.strategy.yaml', 'ikt-fjord.strategy.yaml'].map((f) => client.diagnosticsFor(file(f))));
  });
  after(async function () {
    await client?.stop();
    if (root) removeDir(root);
  });

  /** Analyses now: the server publishes what changed before it answers a code action request. */
  const settle = (uri: string) => client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
  const diagnostics = async (uri: string): Promise<Diagnostic[]> => {
    await settle(uri);
    return client.diagnostics.get(uri) ?? [];
  };
  const symbols = (uri: string) => client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  const names = (list: readonly DocumentSymbol[]): string[] => list.flatMap((s) => [s.name, ...names(s.children ?? [])]);

  /** Types `text` into `name` (open, or already open), returns once the server has analysed it. */
  async function type(name: string, text: string): Promise<Diagnostic[]> {
    const uri = file(name);
    if (client.openUris.has(uri)) client.change(uri, text);
    else client.open(uri, text);
    return diagnostics(uri);
  }

  afterEach(async function () {
    // Back to the files as saved, for the next test.
    for (const [name, text] of [['storby.strategy.yaml', STORBY], ['midtby.strategy.yaml', MIDTBY], ['ikt-fjord.strategy.yaml', IKT]] as const) {
      if (client.openUris.has(file(name))) await type(name, text);
    }
  });

  /** Types `marked` into Storby's document without its `|`, and asks for completion where the `|` was. */
  async function completionAt(marked: string): Promise<{ text: string; position: Position; items: CompletionItem[] }> {
    const offset = marked.indexOf('|');
    const text = marked.slice(0, offset) + marked.slice(offset + 1);
    await type('storby.strategy.yaml', text);
    const position = TextDocument.create('file:///x', 'yaml', 1, text).positionAt(offset);
    const result = await client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri: file('storby.strategy.yaml') }, position });
    return { text, position, items: Array.isArray(result) ? result : result?.items ?? [] };
  }

  describe('completion of values in every YAML style', function () {
    /**
     * Completes at the `|` in `line` (a line added to Storby's second goal), applies the item
     * labelled `label` as the editor does, and returns the line as it then reads.
     */
    async function completeLine(line: string, label: string): Promise<{ line: string; text: string }> {
      const { text, position, items } = await completionAt(STORBY + line + '\n');
      const item = items.find((i) => i.label === label);
      assert.ok(item?.textEdit && 'range' in item.textEdit, `${label} is offered at ${JSON.stringify(line)}: ${items.map((i) => i.label).join(', ')}`);
      const done = applyEdits(text, [item.textEdit as TextEdit]);
      return { line: done.split('\n')[position.line]!, text: done };
    }

    const CASES: [string, string, string][] = [
      // Inside quotes the value is completed inside them.
      ['    contributes: "#|"', '#felles-lonn', '    contributes: "#felles-lonn"'],
      ['    contributes: "|"', 'midtby#lonn', '    contributes: "midtby#lonn"'],
      ["    contributes: ['#felles-lonn', '|']", 'midtby#lonn', "    contributes: ['#felles-lonn', 'midtby#lonn']"],
      ['    contributes: ["mid|"]', 'midtby#lonn', '    contributes: ["midtby#lonn"]'],
      ['    priority: "|"', 'high', '    priority: "high"'],
      ["    omfang: [storby, '|']", 'midtby', "    omfang: [storby, 'midtby']"],
      // Unquoted, a reference to a goal of the same owner is quoted: YAML reads ` #…` as a comment.
      ['    bidrar til: |', '#felles-lonn', '    bidrar til: "#felles-lonn"'],
      ['    bidrar til: #|', '#felles-lonn', '    bidrar til: "#felles-lonn"'],
      ['    contributes: [midtby#lonn, |]', '#felles-lonn', '    contributes: [midtby#lonn, "#felles-lonn"]'],
      // An accepted conflict's reason follows the reference: a goal of the same owner is written with its owner, unquoted.
      ['    aksepterer: |', 'storby#felles-lonn', '    aksepterer: storby#felles-lonn — '],
      // A reference with its owner needs no quotes.
      ['    bidrar til: |', 'midtby#lonn', '    bidrar til: midtby#lonn'],
      ['    støtter: [DS19-M3, |]', 'DS19-I4', '    støtter: [DS19-M3, DS19-I4]'],
      // A quoted key.
      ['    "omfang": |', 'midtby', '    "omfang": midtby'],
      // A goal written as a flow mapping.
      ['  - {id: ny, title: Ny, area: |}', 'hr', '  - {id: ny, title: Ny, area: hr}'],
      ['  - {id: ny, title: Ny, supports: [DS19-M3, |]}', 'DS19-I4', '  - {id: ny, title: Ny, supports: [DS19-M3, DS19-I4]}'],
      ['  - {id: ny, title: "Ny, med komma", contributes: |}', '#felles-lonn', '  - {id: ny, title: "Ny, med komma", contributes: "#felles-lonn"}'],
      ['  - {id: ny, title: Ny, bidrar til: #|}', '#felles-lonn', '  - {id: ny, title: Ny, bidrar til: "#felles-lonn"}'],
    ];
    it('completes the keys of a goal written as a flow mapping, without those it has', async function () {
      const labels = (await completionAt(STORBY + '  - {id: ny, title: Ny, area: hr, |}\n')).items.map((i) => i.label);
      assert.ok(labels.includes('deadline') && labels.includes('supports'), labels.join(', '));
      assert.ok(!labels.includes('area') && !labels.includes('id'), labels.join(', '));
      // A brace inside a plain title is text, not a mapping: nothing to complete.
      assert.deepEqual((await completionAt(STORBY + '    description: Se vedlegg {side 3, |\n')).items.map((i) => i.label), []);
    });

    it('completes goal keys under `Mål:` and `"goals":` written in any case, and objectives in a list over several lines', async function () {
      const at = async (marked: string) => (await completionAt(marked)).items.map((i) => i.label);
      for (const goals of ['Mål:', '"goals":', 'GOALS:']) {
        const labels = await at(`Eier: storby\n${goals}\n  - id: a\n    tittel: A\n    omr|\n`);
        assert.ok(labels.includes('område'), `${goals}: ${labels.join(', ')}`);
      }
      const labels = await at(`owner: storby\ngoals:\n  - id: a\n    title: A\n    supports: [\n      DS19-M2,\n      DS|\n    ]\n`);
      assert.ok(labels.includes('DS19-I4') && !labels.includes('DS19-M2') && !labels.includes('title'), labels.join(', '));
    });

    it('offers keys in the language of keys written in flow mappings and in quotes', async function () {
      const marked = `owner: storby\nlanguage: en\ngoals:\n  - {id: a, tittel: A, "område": hr, frist: 2025, støttar: [DS19-M2], bidreg til: "#b"}\n  - id: b\n    "tittel": B\n    |\n`;
      const labels = (await completionAt(marked)).items.map((i) => i.label);
      assert.ok(labels.includes('ansvarleg') && labels.includes('krev'), labels.join(', '));
    });

    for (const [line, label, expected] of CASES) {
      it(`completes ${JSON.stringify(line)} with ${label} as valid YAML that reads as meant`, async function () {
        const done = await completeLine(line, label);
        assert.equal(done.line, expected);
        const found = await type('storby.strategy.yaml', done.text);
        assert.deepEqual(found.filter((d) => ['parse-error', 'unknown-goal-ref', 'invalid-value', 'unknown-member'].includes(String(d.code))).map(messageOf), []);
      });
    }
  });

  describe('quick fixes', function () {
    it('suggests the key meant for two letters swapped (stauts → status), and the fix reads as meant', async function () {
      const text = STORBY + '    stauts: planlagt\n';
      const found = await type('storby.strategy.yaml', text);
      const d = found.find((x) => x.code === 'unknown-property');
      assert.ok(d, found.map(messageOf).join('\n'));
      assert.equal(textIn(text, d.range), 'stauts');
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: file('storby.strategy.yaml') }, range: d.range, context: { diagnostics: [d] } });
      const edits = (actions[0]?.edit && editsByUri(actions[0].edit).get(file('storby.strategy.yaml'))) ?? [];
      const fixed = applyEdits(text, edits);
      assert.ok(fixed.endsWith('    status: planlagt\n'), fixed);
      assert.deepEqual((await type('storby.strategy.yaml', fixed)).map(messageOf), []);
    });
  });

  describe('rename', function () {
    it('renames a goal referred to in every YAML style, including a quoted value over several lines, and leaves valid YAML', async function () {
      const refs = STORBY + `  - id: refs
    title: Henvisninger
    contributes:
      - "#digital-post"
      - storby#digital-post
    bidrar til: "#felles-lonn,
      #digital-post"
    accepts: >
      storby#digital-post — vedtatt i styret,
      med komma
`;
      await type('storby.strategy.yaml', refs);
      const uri = file('storby.strategy.yaml');
      const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position: positionOf(refs, 'digital-post', 2), newName: 'digitalpost' });
      const renamed = applyEdits(refs, editsByUri(edit).get(uri)!);
      assert.equal(renamed, refs.split('digital-post').join('digitalpost'));
      assert.deepEqual((await type('storby.strategy.yaml', renamed)).filter((d) => d.severity === 1).map(messageOf), []);
    });
  });

  describe('outline', function () {
    it('names every goal, also one whose quoted ID and title are still empty (the editor closed the quote as it was typed)', async function () {
      // VS Code refuses an outline with a nameless symbol: the whole outline and the breadcrumbs go blank.
      for (const goal of ['  - id: ""\n', '  - id: ""\n    title: ""\n', "  - id: ' '\n    title: '  '\n", '  - {id: "", title: ""}\n']) {
        await type('storby.strategy.yaml', STORBY + goal);
        const outline = await symbols(file('storby.strategy.yaml'));
        assert.ok(names(outline).length >= 2, JSON.stringify(goal));
        for (const name of names(outline)) assert.ok(name.trim() !== '', `${JSON.stringify(goal)}: ${JSON.stringify(names(outline))}`);
      }
    });
  });

  describe('goal IDs written in quotes', function () {
    const QUOTED = STORBY.replace('- id: digital-post', '- id: "digital-post"').replace('- id: felles-lonn', "- id: 'felles-lonn'");

    it('select, rename and list the ID inside the quotes', async function () {
      await type('storby.strategy.yaml', QUOTED);
      const uri = file('storby.strategy.yaml');
      for (const id of ['digital-post', 'felles-lonn']) {
        const position = positionOf(QUOTED, id, 2);
        const prepared = await client.request<{ range: { start: Position; end: Position }; placeholder: string } | null>('textDocument/prepareRename', { textDocument: { uri }, position });
        assert.equal(textIn(QUOTED, prepared!.range), id);
        const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } });
        assert.equal(textIn(QUOTED, refs.find((r) => r.uri === uri)!.range), id);
      }
      const outline = await symbols(uri);
      assert.deepEqual(outline.map((s) => textIn(QUOTED, s.selectionRange)), ['felles-lonn', 'digital-post']);
    });
  });

  describe('while the YAML is broken for a moment', function () {
    /** Moments of typing in Storby's document, each not valid YAML. */
    const MOMENTS: [string, string][] = [
      ['a key half typed', STORBY.replace('    area: hr\n', '    area: hr\n    sup\n')],
      ['a quote not closed yet', STORBY.replace('title: Felles lønnssystem', 'title: "Felles lønnssystem')],
      ['a bracket not closed yet', STORBY.replace('supports: [DS19-M2]', 'supports: [DS19-M2')],
      ['a tab as indentation', STORBY.replace('    frist: 2025-06-30', '\tfrist: 2025-06-30')],
      ['a brace not closed yet', STORBY.replace('  - id: digital-post\n', '  - {id: digital-post\n')],
      ['a quote not closed yet after an emoji, in a CRLF file', STORBY.replace('title: Felles lønnssystem', 'title: "🚀 Felles lønnssystem').replace(/\n/g, '\r\n')],
    ];

    for (const [what, broken] of MOMENTS) {
      it(`keeps the other members' references to its goals and its outline while ${what}, and recovers when fixed`, async function () {
        const before = await diagnostics(file('midtby.strategy.yaml'));
        assert.deepEqual(before.map((d) => d.code), [], 'Midtby is clean to begin with');
        const own = await type('storby.strategy.yaml', broken);
        assert.deepEqual(own.map((d) => d.code), ['parse-error'], own.map(messageOf).join('\n'));
        // Midtby's reference to storby#felles-lonn still resolves: no unknown-goal-ref flickers in while Storby types.
        const other = client.diagnostics.get(file('midtby.strategy.yaml')) ?? [];
        assert.deepEqual(other.map((d) => `${String(d.code)}: ${messageOf(d)}`), []);
        const at = positionOf(MIDTBY, 'storby#felles-lonn', 10);
        const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: file('midtby.strategy.yaml') }, position: at });
        assert.match(JSON.stringify(hover?.contents), /Felles lønnssystem/);
        // The outline of the document being typed in keeps its goals.
        assert.deepEqual(names(await symbols(file('storby.strategy.yaml'))).length, 2);
        // Its positions are those of the text as typed.
        const id = positionOf(broken, 'digital-post');
        const goal = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: file('storby.strategy.yaml') }, position: { line: id.line, character: id.character + 3 } });
        assert.equal(textIn(broken, goal!.range!), 'digital-post');
        // Fixed: only the findings of the fixed text.
        assert.deepEqual((await type('storby.strategy.yaml', STORBY)).map((d) => d.code), []);
      });
    }

    it('points the parse error at the line being typed, not at the line below that the parser stopped on', async function () {
      const cases: [string, string][] = [
        // `sup` without a colon: the parser finds out on the next line.
        [STORBY.replace('    area: hr\n', '    area: hr\n    sup\n'), '    sup'],
        // A bracket never closed: the parser finds out at the next goal. The finding is on the value left open, as for a quote.
        [STORBY.replace('supports: [DS19-M2]', 'supports: [DS19-M2'), '[DS19-M2'],
      ];
      for (const [text, line] of cases) {
        const [d, ...rest] = await type('storby.strategy.yaml', text);
        assert.equal(rest.length, 0);
        assert.equal(d?.code, 'parse-error');
        assert.equal(textIn(text, d!.range), line.trim(), messageOf(d!));
      }
    });

    it('keeps the findings of the rest of the document while one line is broken', async function () {
      const withFinding = STORBY.replace('område: innbyggertjenester', 'område: innbyggertjenestr');
      const [finding] = await type('storby.strategy.yaml', withFinding);
      assert.equal(finding?.code, 'invalid-value');
      const broken = withFinding.replace('    area: hr\n', '    area: hr\n    sup\n');
      const codes = (await type('storby.strategy.yaml', broken)).map((d) => `${String(d.code)} ${textIn(broken, d.range)}`);
      assert.deepEqual(codes.sort(), ['invalid-value innbyggertjenestr', 'parse-error sup']);
    });
  });
});
