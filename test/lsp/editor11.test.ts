/**
 * Editing the YAML and nynorsk strategies of Havbrynet Digital
 * (test/fixtures/editor11: a company and four members of 38 000 to 880
 * inhabitants; Strandvik in YAML with English keys and sub-goals three levels
 * deep, Lyngøy in YAML with nynorsk keys, Fjellset in nynorsk Markdown) over
 * JSON-RPC, as EXPECTED.md there describes it: completion at each place an
 * author types and what each item writes, hover, definition and references
 * across YAML and Markdown, rename both ways, the outline, every quick fix of
 * the YAML document applied and checked again, and a goal typed character by
 * character.
 */
import { strict as assert } from 'node:assert';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, Location, Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EDITOR_CAPABILITIES, LspClient, copyFixture, applyEdits, editsByUri, hoverAt, messageOf, read, removeDir, textIn, fixtureDocs, placesOf } from './harness.js';

const DOCS = ['havbrynet.md', 'strandvik.strategy.yaml', 'lyngoy.strategy.yaml', 'fjellset.md', 'ospevik.md'];

describe('language server: editing the YAML and nynorsk strategies of Havbrynet Digital (test/fixtures/editor11)', function () {
  this.timeout(120000);
  let root: string;
  let client: LspClient;
  const { file, uri, at } = fixtureDocs(() => root);
  /** Analyses now: the server publishes what changed before it answers a code action request. */
  const settle = (u: string) => client.request('textDocument/codeAction', { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });

  /**
   * The document `name` as on disk with `find` replaced by `marked` (`|` is the cursor), sent as
   * the editor's text; the items completion offers there, and the text and cursor.
   */
  async function completionAt(name: string, find: string, marked: string): Promise<{ text: string; position: Position; items: CompletionItem[] }> {
    const disk = read(file(name));
    assert.ok(disk.includes(find), find);
    const withCursor = disk.replace(find, marked);
    const offset = withCursor.indexOf('|');
    const text = withCursor.slice(0, offset) + withCursor.slice(offset + 1);
    if (client.openUris.has(uri(name))) client.change(uri(name), text);
    else client.open(uri(name), text);
    const position = TextDocument.create('file:///x', 'yaml', 1, text).positionAt(offset);
    const result = await client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri: uri(name) }, position });
    return { text, position, items: Array.isArray(result) ? result : (result?.items ?? []) };
  }

  /** The line at the cursor after the item labelled `label` is applied as the editor applies it. */
  async function completeLine(name: string, find: string, marked: string, label: string): Promise<string> {
    const { text, position, items } = await completionAt(name, find, marked);
    const item = items.find((i) => i.label === label);
    assert.ok(item?.textEdit && 'range' in item.textEdit, `${label} is offered at ${JSON.stringify(marked)}: ${items.map((i) => i.label).join(', ')}`);
    return applyEdits(text, [item.textEdit as TextEdit]).split('\n')[position.line]!;
  }

  before(async function () {
    root = copyFixture('editor11');
    client = await LspClient.start(root, { capabilities: EDITOR_CAPABILITIES });
    await Promise.all(DOCS.map((name) => client.diagnosticsFor(uri(name))));
  });
  after(async function () {
    await client?.stop();
    if (root) removeDir(root);
  });
  afterEach(async function () {
    // Back to the files as saved, for the next test.
    for (const name of DOCS) {
      if (!client.openUris.has(uri(name))) continue;
      client.close(uri(name));
      await settle(uri(name));
    }
  });

  describe('completion in a YAML strategy', function () {
    const CHATBOT_LAST = '            indicator: andel digitale henvendelser\n';

    it('offers a sub-goal three levels deep the keys it does not have yet, in English like its neighbours, and not `id` or `title` again', async () => {
      const { items } = await completionAt('strandvik.strategy.yaml', CHATBOT_LAST, `${CHATBOT_LAST}            |\n`);
      const labels = items.map((i) => i.label);
      assert.ok(labels.includes('priority') && labels.includes('need') && labels.includes('goals'), labels.join(', '));
      // `chatbot` already has these: a second `id:` or `status:` is a duplicate key, which YAML cannot read.
      for (const present of ['id', 'title', 'status', 'deadline', 'direction', 'indicator']) assert.ok(!labels.includes(present), `${present} offered again: ${labels.join(', ')}`);
      assert.ok(!labels.includes('prioritet') && !labels.includes('behov'), labels.join(', '));
    });

    it('starts sub-goals under a goal with `goals:` and an indented `- id: `, written as is (the same in every editor)', async () => {
      const { text, position, items } = await completionAt('strandvik.strategy.yaml', CHATBOT_LAST, `${CHATBOT_LAST}            go|\n`);
      const goals = items.find((i) => i.label === 'goals');
      assert.equal((goals?.textEdit as TextEdit | undefined)?.newText, 'goals:\n              - id: ');
      // As is: an editor that re-indents inserted lines (VS Code by default) would indent the second line twice.
      assert.equal(goals?.insertTextMode, 1);
      const typed = applyEdits(text, [goals!.textEdit as TextEdit]).replace('- id: \n', '- id: svar-pa-sekunder\n                title: Svar på sekunder\n');
      assert.ok(typed.split('\n')[position.line + 1]!.startsWith('              - id: svar-pa-sekunder'));
      client.change(uri('strandvik.strategy.yaml'), typed);
      await settle(uri('strandvik.strategy.yaml'));
      assert.ok(!(client.diagnostics.get(uri('strandvik.strategy.yaml')) ?? []).some((d) => d.code === 'parse-error'));
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uri('strandvik.strategy.yaml') } });
      assert.deepEqual(symbols[0]?.children?.[0]?.children?.[0]?.children?.map((s) => s.detail), ['#svar-pa-sekunder']);
    });

    it('offers no keys on the lines of a text written over several lines (`need: >`, a long title), where an item would replace the prose', async () => {
      const need = '        need: Saksbehandlerne bruker for mye tid på ufullstendige søknader';
      for (const marked of [
        '        need: >\n          Saksbehandlerne bruker for mye tid|',
        '        need:\n          Saksbehandlerne bruker for mye tid\n          på ufull|',
        '        need: Saksbehandlerne bruker for mye tid\n          på ufullstendige søknader og|',
      ]) {
        const { items } = await completionAt('strandvik.strategy.yaml', need, marked);
        assert.deepEqual(items.map((i) => i.label), [], marked);
      }
      const { items } = await completionAt('strandvik.strategy.yaml', '    title: Felles innlogging for ansatte', '    title: Felles innlogging\n      for ansatte og folkevalg|');
      assert.deepEqual(items.map((i) => i.label), []);
      // After the text, a line at the goal's keys is a key again.
      const after = await completionAt('strandvik.strategy.yaml', need, '        need: >\n          Saksbehandlerne bruker for mye tid\n        |');
      assert.ok(after.items.some((i) => i.label === 'benefit') && !after.items.some((i) => i.label === 'need'), after.items.map((i) => i.label).join(', '));
    });

    it('offers a new goal (`- `) every key, `id` first', async () => {
      const { items } = await completionAt('strandvik.strategy.yaml', '  - id: felles-innlogging', '  - |\n  - id: felles-innlogging');
      const sorted = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
      assert.equal(sorted[0]?.label, 'id');
      assert.ok(items.some((i) => i.label === 'title') && items.some((i) => i.label === 'deadline'));
    });

    it('offers the head of a YAML strategy the keys it lacks, not a second `goals:`', async () => {
      const { items } = await completionAt('strandvik.strategy.yaml', 'period: 2025–2028\n', 'period: 2025–2028\n|\n');
      const labels = items.map((i) => i.label);
      assert.ok(labels.includes('status') && labels.includes('language'), labels.join(', '));
      // The document has its `goals:` below: a second one is a duplicate key, which YAML cannot read.
      for (const present of ['owner', 'title', 'period', 'goals']) assert.ok(!labels.includes(present), `${present} offered again: ${labels.join(', ')}`);
      // Also when the head is written in Norwegian (`eier:`, `periode:`).
      const norwegian = await completionAt('lyngoy.strategy.yaml', 'owner: lyngøy\ntitle: Digitaliseringsplan for Lyngøy kommune 2025–2028\nperiod:', 'eier: lyngøy\ntittel: Digitaliseringsplan for Lyngøy kommune 2025–2028\n|\nperiode:');
      assert.deepEqual(norwegian.items.map((i) => i.label).sort(), ['language', 'status']);
    });

    it('completes a new goal at the left margin, as PyYAML and Ansible write lists (`goals:` then `- id:`)', async () => {
      const disk = read(file('lyngoy.strategy.yaml'));
      const compact = disk.replace(/^ {2}/gm, '');
      const { items } = await completionAt('lyngoy.strategy.yaml', disk, `${compact}- |\n`);
      const sorted = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
      assert.equal(sorted[0]?.label, 'id', items.map((i) => i.label).join(', '));
      assert.ok(items.some((i) => i.label === 'frist') && items.some((i) => i.label === 'støttar'), items.map((i) => i.label).join(', '));
      assert.equal(await completeLine('lyngoy.strategy.yaml', disk, `${compact}- id: ny\n  title: Ny\n- område: |\n`, 'helse'), '- område: helse');
    });

    it('offers nynorsk keys in the document written with nynorsk keys, without those the goal has', async () => {
      const { items } = await completionAt('lyngoy.strategy.yaml', '    bidreg til: strandvik#selvbetjenning\n', '    bidreg til: strandvik#selvbetjenning\n    |\n');
      const labels = items.map((i) => i.label);
      for (const key of ['behov', 'gevinst', 'behalde', 'ansvarleg', 'krev']) assert.ok(labels.includes(key), `${key}: ${labels.join(', ')}`);
      for (const present of ['område', 'innføre', 'frist', 'støttar', 'bidreg til', 'id', 'title']) assert.ok(!labels.includes(present), `${present} offered again: ${labels.join(', ')}`);
    });

    it('spells `title`, `description` and `goals` as a document that writes them in Norwegian does (`tittel:`, `mål:`)', async () => {
      const disk = read(file('lyngoy.strategy.yaml'));
      const norwegian = disk.replace('goals:', 'mål:').replace(/^ {4}title:/gm, '    tittel:');
      const { items } = await completionAt('lyngoy.strategy.yaml', disk, norwegian.replace('    prioritet: høg\n', '    prioritet: høg\n    |\n'));
      const labels = items.map((i) => i.label);
      assert.ok(labels.includes('skildring') && labels.includes('delmål'), labels.join(', '));
      assert.ok(!labels.includes('tittel') && !labels.includes('title') && !labels.includes('description') && !labels.includes('goals'), labels.join(', '));
    });

    it('replaces a key being retyped through its colon, and a half-typed nynorsk key with a space', async () => {
      assert.equal(await completeLine('strandvik.strategy.yaml', '            status: planned', '            stat|us: planned', 'priority'), '            priority: planned');
      assert.equal(await completeLine('lyngoy.strategy.yaml', '    prioritet: høg\n', '    prioritet: høg\n    ansvar|\n', 'ansvarleg'), '    ansvarleg: ');
    });

    const VALUES: [string, string, string, string, string][] = [
      ['strandvik.strategy.yaml', '    area: sikkerhet', '    area: |', 'helse', '    area: helse'],
      ['strandvik.strategy.yaml', '        area: innbyggertjenester', '        area: innbygger|tjenester', 'sak-arkiv', '        area: sak-arkiv'],
      ['strandvik.strategy.yaml', '            status: planned', '            status: |', 'done', '            status: done'],
      ['strandvik.strategy.yaml', '    priority: high', '    priority: |', 'medium', '    priority: medium'],
      ['strandvik.strategy.yaml', '            direction: increase', '            direction: |', 'decrease', '            direction: decrease'],
      ['lyngoy.strategy.yaml', '    prioritet: høg', '    prioritet: |', 'låg', '    prioritet: låg'],
      // A flow list keeps its `]`; a list in text form continues after the comma.
      ['strandvik.strategy.yaml', '    supports: [DS19-M1, DN30-M1]', '    supports: [DS19-M1, DN30-M1, |]', 'DS19-M2', '    supports: [DS19-M1, DN30-M1, DS19-M2]'],
      ['strandvik.strategy.yaml', '    supports: [DS19-M1, DN30-M1]', '    supports: [DS19-M1, dn|]', 'DN30-M3', '    supports: [DS19-M1, DN30-M3]'],
      ['strandvik.strategy.yaml', '    supports: DS19-M1\n', '    supports: DS19-M1, |\n', 'DN30-F1', '    supports: DS19-M1, DN30-F1'],
      ['lyngoy.strategy.yaml', '    støttar: DS19-M1', '    støttar: |', 'DN30-M3', '    støttar: DN30-M3'],
      // Goal references: the member's prefix already typed is replaced, a goal of the same owner is quoted.
      ['strandvik.strategy.yaml', '        contributes: havbrynet#felles-identitet', '        contributes: havbrynet#|', 'havbrynet#sikker-drift', '        contributes: havbrynet#sikker-drift'],
      ['strandvik.strategy.yaml', '        contributes: havbrynet#felles-identitet', '        contributes: |', '#felles-innlogging', '        contributes: "#felles-innlogging"'],
      ['strandvik.strategy.yaml', '        contributes: havbrynet#felles-identitet', '        contributes: [havbrynet#felles-identitet, |]', 'lyngøy#velferdsteknologi', '        contributes: [havbrynet#felles-identitet, lyngøy#velferdsteknologi]'],
      ['lyngoy.strategy.yaml', '    bidreg til: havbrynet#sikker-drift', '    bidreg til: |', 'strandvik#chatbot', '    bidreg til: strandvik#chatbot'],
      ['strandvik.strategy.yaml', '    accepts: havbrynet#felles-identitet — bystyret vedtok å vente på ny AD-avtale', '    accepts: |', 'havbrynet#felles-identitet', '    accepts: havbrynet#felles-identitet — '],
    ];
    for (const [name, find, marked, label, expected] of VALUES) {
      it(`completes ${JSON.stringify(marked.trim())} with ${label}`, async () => {
        assert.equal(await completeLine(name, find, marked, label), expected);
      });
    }

    it('offers nothing in a comment at the end of a line, whose text an item would replace', async () => {
      for (const [find, marked] of [
        ['    area: sikkerhet', '    area: sikkerhet # vurder h|'],
        ['    supports: DS19-M1\n', '    supports: DS19-M1 # sjekk D|\n'],
        ['    bidreg til: havbrynet#sikker-drift', "    bidreg til: havbrynet#sikker-drift # Lyngøy's behov, s|"],
      ] as const) {
        const name = find.includes('bidreg') ? 'lyngoy.strategy.yaml' : 'strandvik.strategy.yaml';
        const { items } = await completionAt(name, find, marked);
        assert.deepEqual(items.map((i) => i.label), [], marked);
      }
      // `#id` typed without quotes is still completed (and quoted).
      assert.equal(await completeLine('lyngoy.strategy.yaml', '    bidreg til: havbrynet#sikker-drift', '    bidreg til: #|', '#arkiv-lyngoy'), '    bidreg til: "#arkiv-lyngoy"');
    });

    it('offers nothing in an HTML comment after a Markdown value, whose text an item would replace', async () => {
      const { items } = await completionAt('fjellset.md', '- Område: innbyggertjenester', '- Område: innbyggertjenester <!-- sjekk med h|');
      assert.deepEqual(items.map((i) => i.label), []);
      // After the comment is closed, the value is completed again.
      assert.equal(await completeLine('fjellset.md', '- Frist: 2027-12-31', '- Prioritet: <!-- sjekk --> |', 'høg'), '- Prioritet: <!-- sjekk --> høg');
    });

    it('offers the start of the plan period for `frå:`/`start:` and its end for `frist:`/`deadline:`', async () => {
      assert.equal(await completeLine('lyngoy.strategy.yaml', '    prioritet: høg', '    prioritet: høg\n    frå: |', '2025-01-01'), '    frå: 2025-01-01');
      assert.equal(await completeLine('strandvik.strategy.yaml', '    deadline: 2026-12-31', '    start: |', '2025-01-01'), '    start: 2025-01-01');
      assert.equal(await completeLine('fjellset.md', '- Frist: 2027-12-31', '- Frå: |', '2025-01-01'), '- Frå: 2025-01-01');
      assert.equal(await completeLine('lyngoy.strategy.yaml', '    frist: 31.12.2026', '    frist: |', '2028-12-31'), '    frist: 2028-12-31');
    });

    it('offers nothing while the reason of an accepted conflict is typed, in YAML and in nynorsk Markdown', async () => {
      const accepts = '    accepts: havbrynet#felles-identitet — bystyret vedtok å vente på ny AD-avtale';
      for (const marked of ['    accepts: havbrynet#felles-identitet — bystyret ved|', '    accepts: havbrynet#felles-identitet (bystyret|', '    accepts: havbrynet#felles-identitet — bystyret, etter møtet|']) {
        const { items } = await completionAt('strandvik.strategy.yaml', accepts, marked);
        assert.deepEqual(items.map((i) => i.label), [], marked);
      }
      const { items } = await completionAt('fjellset.md', '- Behov: Innbyggjarane', '- Aksepterer: strandvik#digital-innbygger — kommunestyret vedtok|\n- Behov: Innbyggjarane');
      assert.deepEqual(items.map((i) => i.label), []);
      // The reference itself is still completed, also a second one after a comma.
      assert.equal(await completeLine('strandvik.strategy.yaml', accepts, '    accepts: havbrynet#felles-identitet — vedtatt, lyngøy#|', 'lyngøy#velferdsteknologi'), '    accepts: havbrynet#felles-identitet — vedtatt, lyngøy#velferdsteknologi — ');
    });
  });

  it('offers nynorsk Markdown keys in the goal’s property list, and none in a later list, which is not read as properties', async () => {
    const behov = '- Behov: Innbyggjarane ventar for lenge på svar frå kommunen\n';
    const inList = await completionAt('fjellset.md', behov, `${behov}- |\n`);
    const labels = inList.items.map((i) => i.label);
    assert.ok(labels.includes('Behalde') && labels.includes('Ansvarleg') && !labels.includes('Støttar') && !labels.includes('Behov'), labels.join(', '));
    const prose = 'Vi vil nå fleire innbyggjarar digitalt.\n';
    for (const marked of [`${prose}\nTiltak:\n\n- Betre nettside|\n`, `${prose}\n- Prio|\n`]) {
      const { items } = await completionAt('fjellset.md', prose, marked);
      assert.deepEqual(items.map((i) => i.label), [], marked);
    }
  });

  it('hovers objective IDs and goal references in YAML and Markdown', async () => {
    assert.match(await hoverAt(client, file('strandvik.strategy.yaml'), 'DS19-M1'), /^\*\*DS19-M1\*\* — /);
    assert.match(await hoverAt(client, file('strandvik.strategy.yaml'), 'havbrynet#felles-identitet'), /^\*\*Felles identitetsforvaltning for alle ansatte\*\* \(`havbrynet#felles-identitet`\)/);
    assert.match(await hoverAt(client, file('ospevik.md'), 'strandvik#chatbot'), /^\*\*Chatbot for spørsmål om byggesak\*\* \(`strandvik#chatbot`\)/);
    assert.match(await hoverAt(client, file('fjellset.md'), 'lyngøy#velferdsteknologi'), /^\*\*Velferdsteknologi i heimetenesta\*\*/);
  });

  it('goes from a reference to the goal, across YAML and Markdown, and finds every use of a goal defined in YAML', async () => {
    const def = async (name: string, needle: string, delta: number) => placesOf(await client.request<Location[]>('textDocument/definition', at(name, needle, delta)));
    assert.deepEqual(await def('strandvik.strategy.yaml', 'havbrynet#felles-identitet', 12), ['havbrynet.md:12 ### Felles identitetsforvaltning for alle ansatte {#felles-identitet}']);
    assert.match((await def('fjellset.md', 'strandvik#digital-innbygger', 12))[0]!, /^strandvik\.strategy\.yaml:5 (- )?id: digital-innbygger$|^strandvik\.strategy\.yaml:5 digital-innbygger$/);
    assert.match((await def('ospevik.md', 'strandvik#chatbot', 12))[0]!, /^strandvik\.strategy\.yaml:20 /);
    const refs = await client.request<Location[]>('textDocument/references', { ...at('strandvik.strategy.yaml', 'id: chatbot', 6), context: { includeDeclaration: true } });
    assert.deepEqual(placesOf(refs), ['ospevik.md:14 strandvik#chatbot', 'strandvik.strategy.yaml:20 chatbot']);
  });

  describe('rename', function () {
    const renamed = async (name: string, needle: string, delta: number, newName: string) => {
      const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...at(name, needle, delta), newName });
      return [...editsByUri(edit)].map(([u, edits]) => [path.basename(u), applyEdits(read(fileURLToPath(u)), edits)] as const).sort();
    };

    it('renames a goal defined in YAML in its `id:` and in the Markdown that refers to it', async () => {
      const range = await client.request<{ range: Range } | Range | null>('textDocument/prepareRename', at('strandvik.strategy.yaml', 'id: chatbot', 6));
      assert.equal(textIn(read(file('strandvik.strategy.yaml')), range && 'range' in range ? range.range : range!), 'chatbot');
      const changed = await renamed('strandvik.strategy.yaml', 'id: chatbot', 6, 'chatbot-bygg');
      assert.deepEqual(changed.map(([n]) => n), ['ospevik.md', 'strandvik.strategy.yaml']);
      assert.equal(changed[0]![1], read(file('ospevik.md')).replace('strandvik#chatbot', 'strandvik#chatbot-bygg'));
      assert.equal(changed[1]![1], read(file('strandvik.strategy.yaml')).replace('id: chatbot', 'id: chatbot-bygg'));
    });

    it('renames from a reference in nynorsk Markdown the goal defined in YAML', async () => {
      const changed = await renamed('fjellset.md', 'lyngøy#velferdsteknologi', 10, 'velferd');
      assert.deepEqual(changed, [
        ['fjellset.md', read(file('fjellset.md')).replace('lyngøy#velferdsteknologi', 'lyngøy#velferd')],
        ['lyngoy.strategy.yaml', read(file('lyngoy.strategy.yaml')).replace('id: velferdsteknologi', 'id: velferd')],
      ]);
    });

    it('refuses F2 where there is no goal ID before asking for a name, and says why (VS Code and Neovim show only that message)', async () => {
      for (const [name, needle, delta, why] of [
        ['strandvik.strategy.yaml', 'DS19-M1', 2, /«DS19-M1» er et mål i en nasjonal strategi/],
        ['strandvik.strategy.yaml', '    deadline: 2028', 6, /Her står ingen mål-ID/],
        ['lyngoy.strategy.yaml', 'strandvik#selvbetjenning', 12, /Det finnes ikke noe mål strandvik#selvbetjenning/],
      ] as const) {
        await assert.rejects(client.request('textDocument/prepareRename', at(name, needle, delta)), (e: { code: number; message: string }) => e.code === -32803 && why.test(e.message), `${name} ${needle}`);
      }
    });

    it('refuses a name that is no goal ID, or the ID of another goal of the member, and says why', async () => {
      for (const [newName, why] of [['Chat Bot', /ikke en gyldig mål-ID/], ['selvbetjening', /finnes allerede et mål strandvik#selvbetjening/]] as const) {
        await assert.rejects(client.request('textDocument/rename', { ...at('strandvik.strategy.yaml', 'id: chatbot', 6), newName }), (e: Error) => why.test(e.message));
      }
    });
  });

  it('outlines the sub-goals three levels deep, each range holding its selection and its children', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uri('strandvik.strategy.yaml') } });
    const walk = (list: DocumentSymbol[]): unknown[] => list.map((s) => (s.children?.length ? [s.detail, walk(s.children)] : s.detail));
    assert.deepEqual(walk(symbols), [['#digital-innbygger', [['#selvbetjening', ['#chatbot']]]], '#felles-innlogging']);
    const text = read(file('strandvik.strategy.yaml'));
    const off = (p: Position) => offsetAt(text, p);
    const inside = (outer: Range, inner: Range) => off(outer.start) <= off(inner.start) && off(inner.end) <= off(outer.end);
    const check = (list: DocumentSymbol[]) => {
      for (const s of list) {
        assert.ok(inside(s.range, s.selectionRange), s.name);
        assert.equal(textIn(text, s.selectionRange), s.detail!.slice(1));
        for (const c of s.children ?? []) assert.ok(inside(s.range, c.range), `${c.name} in ${s.name}`);
        check(s.children ?? []);
      }
    };
    check(symbols);
  });

  it('applies every quick fix of the nynorsk YAML document: YAML that reads, the goal’s indentation, the finding gone', async () => {
    const name = 'lyngoy.strategy.yaml';
    const original = read(file(name));
    client.open(uri(name), original);
    await settle(uri(name));
    const found = client.diagnostics.get(uri(name)) ?? [];
    let count = 0;
    for (const d of found) {
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri(name) }, range: d.range, context: { diagnostics: [d] } });
      for (const a of actions) {
        const fixed = applyEdits(original, editsByUri(a.edit!).get(uri(name)) ?? []);
        const added = fixed.split('\n').filter((l) => !original.split('\n').includes(l));
        for (const l of added) assert.match(l, /^ {4}\S/, `${a.title}: ${l}`);
        client.change(uri(name), fixed);
        await settle(uri(name));
        const after = client.diagnostics.get(uri(name)) ?? [];
        assert.ok(!after.some((x: Diagnostic) => x.code === 'parse-error'), `${a.title}: ${after.map(messageOf).join(' | ')}`);
        // A placeholder (`behov: <…>`) counts as not written: only that finding stays until the author fills it in.
        if (!added.some((l) => /<[^>]+>/.test(l))) assert.ok(!after.some((x: Diagnostic) => x.code === d.code && x.message === d.message), `${String(d.code)}: ${a.title}`);
        else assert.ok(added.some((l) => l === '    behov: <Kva behov dekkjer dette, og for kven?>'), added.join(' | '));
        count++;
        client.change(uri(name), original);
        await settle(uri(name));
      }
    }
    assert.ok(count >= 5, `${count} quick fixes`);
  });

  it('completes, hovers and outlines a new unsaved YAML strategy (an untitled buffer) as a file', async () => {
    const untitled = 'untitled:Untitled-11';
    const text = 'owner: fjellset\ngoals:\n  - id: skule-pc\n    title: PC til alle elevar\n    område: oppvekst\n    frist: 2026\n    støttar: DS19-M1, \n    \n';
    const published = client.nextDiagnostics(untitled);
    void client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: untitled, languageId: 'yaml', version: 1, text } });
    await published;
    try {
      const doc = TextDocument.create(untitled, 'yaml', 1, text);
      const complete = async (needle: string) => {
        const position = doc.positionAt(text.indexOf(needle) + needle.length);
        const c = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: untitled }, position });
        return { position, items: c.items };
      };
      const objectives = await complete('støttar: DS19-M1, ');
      const m2 = objectives.items.find((i) => i.label === 'DS19-M2');
      assert.ok(m2 && !objectives.items.some((i) => i.label === 'DS19-M1'), objectives.items.map((i) => i.label).join(', '));
      assert.deepEqual((m2.textEdit as TextEdit).range, { start: objectives.position, end: objectives.position });
      const keys = (await complete('støttar: DS19-M1, \n    ')).items.map((i) => i.label);
      assert.ok(keys.includes('behov') && keys.includes('bidreg til') && !keys.includes('støttar') && !keys.includes('frist'), keys.join(', '));
      const areas = (await complete('område: ')).items.map((i) => i.label);
      assert.ok(areas.includes('oppvekst') && areas.includes('helse'), areas.join(', '));
      const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: untitled }, position: doc.positionAt(text.indexOf('DS19-M1') + 2) });
      assert.match(hover?.contents.value ?? '', /^\*\*DS19-M1\*\* — /);
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: untitled } });
      assert.deepEqual(symbols.map((s) => [s.detail, textIn(text, s.selectionRange)]), [['#skule-pc', 'skule-pc']]);
    } finally {
      void client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: untitled } });
    }
  });

  it('keeps up with a sub-goal typed character by character: no crash, no parse error once it is written', async () => {
    const name = 'strandvik.strategy.yaml';
    let text = read(file(name));
    client.open(uri(name), text);
    await settle(uri(name));
    let version = 1;
    let offset = text.indexOf('    supports: DS19-M1\n') + '    supports: DS19-M1\n'.length;
    for (const ch of '    goals:\n      - id: opplæring\n        title: 👩‍💻 Opplæring i ny innlogging\n        deadline: 2026-06-30\n        status: pågår\n') {
      const p = TextDocument.create('file:///x', 'yaml', 1, text).positionAt(offset);
      text = text.slice(0, offset) + ch + text.slice(offset);
      offset += ch.length;
      void client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: uri(name), version: ++version }, contentChanges: [{ range: { start: p, end: p }, text: ch }] });
    }
    await settle(uri(name));
    assert.ok(!(client.diagnostics.get(uri(name)) ?? []).some((d) => d.code === 'parse-error'), (client.diagnostics.get(uri(name)) ?? []).map(messageOf).join(' | '));
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uri(name) } });
    const sub = symbols.find((s) => s.detail === '#felles-innlogging')?.children?.[0];
    assert.equal(sub?.detail, '#opplæring');
    assert.equal(textIn(text, sub!.selectionRange), 'opplæring');
    assert.equal(client.proc.exitCode, null);
  });
});

function offsetAt(text: string, p: Position): number {
  return TextDocument.create('file:///x', 'yaml', 1, text).offsetAt(p);
}
