/**
 * Finding one's way in Skarvøy Digital (test/fixtures/navigate12: a company
 * and four members of 33 000 to 720 inhabitants; Markdown in bokmål and
 * nynorsk, YAML with nynorsk and English keys, emoji in titles and before a
 * reference on the same line) over JSON-RPC, as EXPECTED.md there describes
 * it: go to definition from each kind of place, references with and without
 * the declaration, prepareRename and rename (every reference in every
 * document, applied with didChange, the findings as before), refused renames,
 * workspace symbols and the outline.
 */
import { strict as assert } from 'node:assert';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeAction, DocumentSymbol, Location, Range, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { EDITOR_CAPABILITIES, LspClient, copyFixture, applyEdits, editsByUri, messageOf, positionOf, read, removeDir, textIn, uriOf } from './harness.js';

const DOCS = ['skarvoy-digital.md', 'nordvoll.md', 'eidsund.md', 'brattli.yaml', 'kvitholmen.yaml'];
const REQUEST_FAILED = -32803;
const INVALID_PARAMS = -32602;

describe('language server: finding one’s way in Skarvøy Digital (test/fixtures/navigate12)', function () {
  this.timeout(120000);
  let root: string;
  let client: LspClient;
  const file = (name: string) => (name === 'samstemt.yaml' ? path.join(root, name) : path.join(root, 'strategier', name));
  const uri = (name: string) => uriOf(file(name));
  /** The editor's text of `name`: what it opened, else the file on disk. */
  const texts = new Map<string, string>();
  const textOf = (u: string) => texts.get(u) ?? read(fileURLToPath(u));
  const at = (name: string, needle: string, delta: number, occurrence = 0) => ({ textDocument: { uri: uri(name) }, position: positionOf(textOf(uri(name)), needle, delta, occurrence) });
  /** `file:line text` of a location (lines from 1). */
  const place = (l: { uri: string; range: Range }) => `${path.basename(fileURLToPath(l.uri))}:${l.range.start.line + 1} ${textIn(textOf(l.uri), l.range)}`;
  const places = (list: Location[]) => list.map(place).sort();
  /** Analyses now: the server publishes what changed before it answers a code action request. */
  const settle = (u: string) => client.request('textDocument/codeAction', { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
  /** What the Problems panel shows for the documents: file, line, rule, range text and message. */
  const problems = () =>
    DOCS.flatMap((name) => (client.diagnostics.get(uri(name)) ?? []).map((d) => `${name}:${d.range.start.line + 1} ${d.code} ${textIn(textOf(uri(name)), d.range)} ${messageOf(d)}`)).sort();
  const refused = (p: Promise<unknown>) =>
    p.then(
      (answer) => assert.fail(`refused, not ${JSON.stringify(answer)}`),
      (e: { code: number; message: string }) => e,
    );

  /** Applies a rename's edit as the editor does (didOpen/didChange of each document it touches). */
  async function apply(edit: WorkspaceEdit): Promise<void> {
    for (const [u, edits] of editsByUri(edit)) {
      const text = applyEdits(textOf(u), edits);
      texts.set(u, text);
      if (client.openUris.has(u)) client.change(u, text);
      else client.open(u, text);
    }
    for (const name of DOCS) await settle(uri(name));
  }

  before(async function () {
    root = copyFixture('navigate12');
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
      texts.delete(uri(name));
      if (!client.openUris.has(uri(name))) continue;
      client.close(uri(name));
    }
    for (const name of DOCS) await settle(uri(name));
  });

  it('has only infos as saved: no broken reference, member or cycle', () => {
    const codes = new Set(DOCS.flatMap((name) => (client.diagnostics.get(uri(name)) ?? []).map((d) => String(d.code))));
    assert.deepEqual([...codes].sort(), ['beyond-framework-period']);
  });

  describe('go to definition (F12, Ctrl+click)', function () {
    const HEADING_SKY = 'skarvoy-digital.md:38 ### ☁️ Felles skyplattform for fagsystemer {#felles-sky}';
    const definitionOf = async (name: string, needle: string, delta: number, occurrence = 0) =>
      places(await client.request<Location[]>('textDocument/definition', at(name, needle, delta, occurrence)));

    it('leads from a reference in Markdown, a link, YAML block and flow lists, a flow mapping after an emoji and `accepts` to the goal’s heading or entry', async () => {
      assert.deepEqual(await definitionOf('eidsund.md', 'skarvoy-digital#felles-sky', 20), [HEADING_SKY]);
      assert.deepEqual(await definitionOf('nordvoll.md', '[skarvoy-digital#felles-sky]', 5), [HEADING_SKY]);
      assert.deepEqual(await definitionOf('brattli.yaml', 'skarvoy-digital#felles-sky', 26), [HEADING_SKY]);
      assert.deepEqual(await definitionOf('eidsund.md', '#velferdsteknologi', 3, 1), ['eidsund.md:12 ### 🧓 Velferdsteknologi i heimetenesta {#velferdsteknologi}']);
      assert.deepEqual(await definitionOf('brattli.yaml', '"#nettbrett"', 4), ['brattli.yaml:25 - id: nettbrett']);
      assert.deepEqual(await definitionOf('brattli.yaml', 'skarvoy-digital#tofaktor-opplaering', 0), ['skarvoy-digital.md:28 #### Opplæring i tofaktor for alle ansatte 📱 {#tofaktor-opplaering}']);
      assert.deepEqual(await definitionOf('kvitholmen.yaml', 'skarvoy-digital#digital-postkasse', 33), ['skarvoy-digital.md:50 ### Én digital postkasse for innbyggerne ✉️ {#digital-postkasse}']);
      assert.deepEqual(await definitionOf('kvitholmen.yaml', 'skarvoy-digital#felles-palogging', 16), ['skarvoy-digital.md:15 ### 🔐 Felles pålogging for ansatte og folkevalgte {#felles-palogging}']);
    });

    it('leads nowhere from prose that mentions a goal or from a link’s target: only property values are references', async () => {
      assert.deepEqual(await definitionOf('nordvoll.md', '(skarvoy-digital#felles-sky)', 20), []);
      assert.deepEqual(await definitionOf('nordvoll.md', '(skarvoy-digital.md#felles-sky)', 22), []);
    });

    it('leads from an objective to the catalog and from a member in `owner`, `Omfang` and `Unntak` to samstemt.yaml', async () => {
      const [objective] = await client.request<Location[]>('textDocument/definition', at('skarvoy-digital.md', 'DS19-M1', 3));
      assert.equal(path.basename(fileURLToPath(objective!.uri)), 'DS19.yaml');
      assert.equal(textIn(read(fileURLToPath(objective!.uri)), objective!.range), 'DS19-M1');
      assert.deepEqual(await definitionOf('nordvoll.md', 'owner: nordvoll', 9), ['samstemt.yaml:10 nordvoll']);
      assert.deepEqual(await definitionOf('skarvoy-digital.md', 'Unntak: kvitholmen', 10), ['samstemt.yaml:13 kvitholmen']);
      assert.deepEqual(await definitionOf('skarvoy-digital.md', 'nordvoll, brattli', 2), ['samstemt.yaml:10 nordvoll']);
    });

    it('leads from a member at the end of a list written as a sentence (`eidsund.`), which the member check accepts, to samstemt.yaml', async () => {
      assert.deepEqual(await definitionOf('skarvoy-digital.md', 'eidsund.', 3), ['samstemt.yaml:12 eidsund']);
    });

    it('leads from a member written with a capital or by its name, as hover names it, to samstemt.yaml', async () => {
      const text = read(file('skarvoy-digital.md')).replace('- Unntak: kvitholmen', '- Unntak: Kvitholmen, Eidsund kommune');
      texts.set(uri('skarvoy-digital.md'), text);
      client.open(uri('skarvoy-digital.md'), text);
      await settle(uri('skarvoy-digital.md'));
      assert.deepEqual(await definitionOf('skarvoy-digital.md', 'Kvitholmen,', 3), ['samstemt.yaml:13 kvitholmen']);
      assert.deepEqual(await definitionOf('skarvoy-digital.md', 'Eidsund kommune', 3), ['samstemt.yaml:12 eidsund']);
    });
  });

  describe('find all references (Shift+F12)', function () {
    const refs = async (name: string, needle: string, delta: number, includeDeclaration: boolean) =>
      client.request<Location[]>('textDocument/references', { ...at(name, needle, delta), context: { includeDeclaration } });

    it('lists every reference to felles-sky with its exact range (the link’s text, not its target; not the prose), the same from the heading and from a reference', async () => {
      const expected = ['brattli.yaml:12 skarvoy-digital#felles-sky', 'eidsund.md:18 skarvoy-digital#felles-sky', 'nordvoll.md:16 skarvoy-digital#felles-sky'];
      assert.deepEqual(places(await refs('eidsund.md', 'skarvoy-digital#felles-sky', 20, false)), expected);
      assert.deepEqual(places(await refs('skarvoy-digital.md', '{#felles-sky}', 4, false)), expected);
      const withDeclaration = await refs('brattli.yaml', 'skarvoy-digital#felles-sky', 20, true);
      assert.equal(place(withDeclaration[0]!), 'skarvoy-digital.md:38 felles-sky');
      assert.deepEqual(places(withDeclaration.slice(1)), expected);
    });

    it('counts columns in UTF-16 after the emoji of a flow mapping’s title', async () => {
      const list = await refs('skarvoy-digital.md', '{#digital-postkasse}', 4, false);
      assert.deepEqual(places(list), ['eidsund.md:27 skarvoy-digital#digital-postkasse', 'kvitholmen.yaml:15 skarvoy-digital#digital-postkasse', 'nordvoll.md:16 skarvoy-digital#digital-postkasse']);
      const line = read(file('kvitholmen.yaml')).split('\n')[14]!;
      const kvitholmen = list.find((l) => l.uri === uri('kvitholmen.yaml'))!;
      assert.equal(kvitholmen.range.start.character, line.indexOf('skarvoy-digital#digital-postkasse'));
    });

    it('lists the same-owner `#felles-palogging`, a YAML flow list and `accepts` without its reason', async () => {
      assert.deepEqual(places(await refs('kvitholmen.yaml', 'skarvoy-digital#felles-palogging', 20, false)), [
        'brattli.yaml:22 skarvoy-digital#felles-palogging',
        'kvitholmen.yaml:12 skarvoy-digital#felles-palogging',
        'nordvoll.md:27 skarvoy-digital#felles-palogging',
        'skarvoy-digital.md:34 #felles-palogging',
      ]);
    });

    it('lists every `supports` naming an objective, and its catalog entry with the declaration', async () => {
      const list = await refs('nordvoll.md', 'DS19-M1', 3, false);
      assert.deepEqual(places(list), ['brattli.yaml:21 DS19-M1', 'kvitholmen.yaml:11 DS19-M1', 'nordvoll.md:26 DS19-M1', 'skarvoy-digital.md:22 DS19-M1', 'skarvoy-digital.md:33 DS19-M1']);
      const withDeclaration = await refs('nordvoll.md', 'DS19-M1', 3, true);
      assert.equal(withDeclaration.length, 6);
      assert.equal(path.basename(fileURLToPath(withDeclaration[0]!.uri)), 'DS19.yaml');
    });
  });

  describe('rename (F2)', function () {
    const prepare = (name: string, needle: string, delta: number) => client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', at(name, needle, delta));
    const rename = (name: string, needle: string, delta: number, newName: string) => client.request<WorkspaceEdit>('textDocument/rename', { ...at(name, needle, delta), newName });
    /** `file:line` and the line after the edit, for each edit. */
    const changedLines = (edit: WorkspaceEdit) =>
      [...editsByUri(edit)].flatMap(([u, edits]) => {
        const after = applyEdits(textOf(u), edits).split('\n');
        return edits.map((e) => `${path.basename(fileURLToPath(u))}:${e.range.start.line + 1} ${after[e.range.start.line]}`);
      }).sort();

    it('offers the ID alone, after the `#` or inside the quotes, with the ID as placeholder', async () => {
      const show = (name: string, r: { range: Range; placeholder: string }) => `${textIn(textOf(uri(name)), r.range)} ${r.placeholder}`;
      assert.equal(show('skarvoy-digital.md', await prepare('skarvoy-digital.md', '{#felles-sky}', 4)), 'felles-sky felles-sky');
      assert.equal(show('eidsund.md', await prepare('eidsund.md', 'skarvoy-digital#felles-sky', 3)), 'felles-sky felles-sky');
      assert.equal(show('brattli.yaml', await prepare('brattli.yaml', '"#nettbrett"', 1)), 'nettbrett nettbrett');
      assert.equal(show('kvitholmen.yaml', await prepare('kvitholmen.yaml', 'skarvoy-digital#digital-postkasse', 20)), 'digital-postkasse digital-postkasse');
    });

    it('refuses an objective, a member and prose with the reason', async () => {
      assert.match((await refused(prepare('nordvoll.md', 'DS19-M1', 2))).message, /^«DS19-M1» er et mål i en nasjonal strategi/);
      const member = await refused(prepare('skarvoy-digital.md', 'Unntak: kvitholmen', 10));
      assert.equal(member.code, REQUEST_FAILED);
      assert.match(member.message, /^Her står ingen mål-ID/);
      assert.match((await refused(prepare('nordvoll.md', 'Målet bygger på', 3))).message, /^Her står ingen mål-ID/);
    });

    it('renames felles-sky in every document, the target of a reference written as a link too, and nothing else; the findings stay as they were', async () => {
      const before = problems();
      const edit = await rename('eidsund.md', 'skarvoy-digital#felles-sky', 20, 'felles-skyplattform');
      assert.deepEqual(changedLines(edit), [
        'brattli.yaml:12       - skarvoy-digital#felles-skyplattform',
        'eidsund.md:18 - Bidreg til: skarvoy-digital#felles-skyplattform',
        'nordvoll.md:16 - Bidrar til: skarvoy-digital#digital-postkasse, [skarvoy-digital#felles-skyplattform](skarvoy-digital.md#felles-skyplattform)',
        'nordvoll.md:16 - Bidrar til: skarvoy-digital#digital-postkasse, [skarvoy-digital#felles-skyplattform](skarvoy-digital.md#felles-skyplattform)',
        'skarvoy-digital.md:38 ### ☁️ Felles skyplattform for fagsystemer {#felles-skyplattform}',
      ]);
      // The prose mention is no reference, and stays.
      assert.ok(applyEdits(textOf(uri('nordvoll.md')), editsByUri(edit).get(uri('nordvoll.md'))!).includes('(skarvoy-digital#felles-sky) som selskapet'));
      await apply(edit);
      assert.deepEqual(problems(), before);
    });

    it('renames the target of a link within the document and of a link with a title, and leaves a link that leads to another document as it is', async () => {
      const text = read(file('eidsund.md'))
        .replace('- Bidreg til: skarvoy-digital#felles-sky', '- Bidreg til: [skarvoy-digital#felles-sky](nordvoll.md#felles-sky)')
        .replace('skarvoy-digital#digital-postkasse, #velferdsteknologi', 'skarvoy-digital#digital-postkasse, [#velferdsteknologi](#velferdsteknologi)')
        .replace('- Gevinst: Færre unødvendige', '- Bidreg til: [skarvoy-digital#digital-postkasse](<skarvoy-digital.md#digital-postkasse> "Postkassa")\n- Gevinst: Færre unødvendige');
      texts.set(uri('eidsund.md'), text);
      client.open(uri('eidsund.md'), text);
      await settle(uri('eidsund.md'));
      const own = await rename('eidsund.md', '{#velferdsteknologi}', 4, 'velferd');
      assert.deepEqual(changedLines(own), [
        'eidsund.md:12 ### 🧓 Velferdsteknologi i heimetenesta {#velferd}',
        'eidsund.md:28 - Bidreg til: skarvoy-digital#digital-postkasse, [#velferd](#velferd)',
        'eidsund.md:28 - Bidreg til: skarvoy-digital#digital-postkasse, [#velferd](#velferd)',
      ]);
      const titled = await rename('eidsund.md', '[skarvoy-digital#digital-postkasse]', 20, 'postkasse');
      assert.ok(changedLines(titled).includes('eidsund.md:20 - Bidreg til: [skarvoy-digital#postkasse](<skarvoy-digital.md#postkasse> "Postkassa")'), changedLines(titled).join('\n'));
      const elsewhere = await rename('eidsund.md', '[skarvoy-digital#felles-sky]', 20, 'sky');
      assert.ok(changedLines(elsewhere).includes('eidsund.md:18 - Bidreg til: [skarvoy-digital#sky](nordvoll.md#felles-sky)'), changedLines(elsewhere).join('\n'));
    });

    it('finds and renames an `accepts` reference written in bold or as a link (as Word and Pandoc export it) at the reference, not at the markup', async () => {
      const text = read(file('nordvoll.md')).replace(
        '- Bidrar til: skarvoy-digital#felles-palogging\n',
        '- Bidrar til: skarvoy-digital#felles-palogging\n- Aksepterer: [skarvoy-digital#felles-sky](skarvoy-digital.md#felles-sky) — vedtatt i kommunestyret\n- Aksepterer: **skarvoy-digital#tofaktor-opplaering** — egen opplæring\n',
      );
      texts.set(uri('nordvoll.md'), text);
      client.open(uri('nordvoll.md'), text);
      await settle(uri('nordvoll.md'));
      const before = problems();
      for (const [needle, id, line] of [
        ['[skarvoy-digital#felles-sky', 'felles-sky', 28],
        ['**skarvoy-digital#tofaktor-opplaering', 'tofaktor-opplaering', 29],
      ] as const) {
        const list = await client.request<Location[]>('textDocument/references', { ...at('nordvoll.md', needle, 20), context: { includeDeclaration: false } });
        assert.ok(places(list).includes(`nordvoll.md:${line} skarvoy-digital#${id}`), places(list).join('\n'));
        const prepared = await prepare('nordvoll.md', needle, 20);
        assert.equal(textIn(text, prepared.range), id);
      }
      const edit = await rename('nordvoll.md', '**skarvoy-digital#tofaktor-opplaering', 20, 'tofaktor');
      assert.ok(changedLines(edit).includes('nordvoll.md:29 - Aksepterer: **skarvoy-digital#tofaktor** — egen opplæring'), changedLines(edit).join('\n'));
      await apply(edit);
      const sky = await rename('nordvoll.md', '[skarvoy-digital#felles-sky', 20, 'sky');
      assert.ok(changedLines(sky).includes('nordvoll.md:28 - Aksepterer: [skarvoy-digital#sky](skarvoy-digital.md#sky) — vedtatt i kommunestyret'), changedLines(sky).join('\n'));
      await apply(sky);
      assert.deepEqual(problems(), before.map((p) => p.replaceAll('#tofaktor-opplaering', '#tofaktor').replaceAll('#felles-sky', '#sky')));
    });

    it('points a broken `accepts` reference in bold at the reference, and its did-you-mean fix keeps the bold', async () => {
      const text = read(file('nordvoll.md')).replace(
        '- Bidrar til: skarvoy-digital#felles-palogging\n',
        '- Bidrar til: skarvoy-digital#felles-palogging\n- Aksepterer: **skarvoy-digital#felles-skyy** — vedtatt i kommunestyret\n',
      );
      texts.set(uri('nordvoll.md'), text);
      client.open(uri('nordvoll.md'), text);
      await settle(uri('nordvoll.md'));
      const broken = (client.diagnostics.get(uri('nordvoll.md')) ?? []).filter((d) => d.code === 'unknown-goal-ref');
      assert.deepEqual(broken.map((d) => textIn(text, d.range)), ['skarvoy-digital#felles-skyy']);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri('nordvoll.md') }, range: broken[0]!.range, context: { diagnostics: broken } });
      const fix = actions.find((a) => editsByUri(a.edit!).get(uri('nordvoll.md'))?.some((e) => e.newText.includes('felles-sky')));
      assert.ok(fix, actions.map((a) => a.title).join(' | '));
      assert.equal(applyEdits(text, editsByUri(fix.edit!).get(uri('nordvoll.md'))!).split('\n')[27], '- Aksepterer: **skarvoy-digital#felles-sky** — vedtatt i kommunestyret');
    });

    it('renames felles-palogging from its heading: `#id`, a flow list and `accepts` keep their form and reason; the findings stay as they were', async () => {
      const before = problems();
      const edit = await rename('skarvoy-digital.md', '{#felles-palogging}', 4, 'felles-innlogging');
      assert.deepEqual(changedLines(edit), [
        'brattli.yaml:22         bidreg til: [skarvoy-digital#felles-innlogging, skarvoy-digital#tofaktor-opplaering]',
        'kvitholmen.yaml:12     accepts: skarvoy-digital#felles-innlogging — exemption agreed by the board on 2025-02-12',
        'nordvoll.md:27 - Bidrar til: skarvoy-digital#felles-innlogging',
        'skarvoy-digital.md:15 ### 🔐 Felles pålogging for ansatte og folkevalgte {#felles-innlogging}',
        'skarvoy-digital.md:34 - Bidrar til: #felles-innlogging',
      ]);
      await apply(edit);
      assert.deepEqual(problems(), before);
    });

    it('renames from a quoted same-owner reference and from a flow mapping after an emoji, keeping the YAML valid', async () => {
      const before = problems();
      const quoted = await rename('brattli.yaml', '"#nettbrett"', 3, 'nettbrett-mellomtrinn');
      assert.deepEqual(changedLines(quoted), ['brattli.yaml:13       - "#nettbrett-mellomtrinn"', 'brattli.yaml:25   - id: nettbrett-mellomtrinn']);
      await apply(quoted);
      const mapping = await rename('kvitholmen.yaml', 'skarvoy-digital#digital-postkasse', 20, 'digital-post');
      assert.equal(editsByUri(mapping).size, 4);
      await apply(mapping);
      assert.deepEqual(problems(), before.map((p) => p.replaceAll('#digital-postkasse', '#digital-post')));
    });

    it('lists and renames a reference in a YAML anchored mapping that two goals merge (`<<: *kyst`) once, so the editor can apply the edit', async () => {
      const text = read(file('brattli.yaml'))
        .replace('mål:\n', 'kyst: &kyst\n  bidreg til: skarvoy-digital#digital-postkasse\nmål:\n')
        .replace('    tittel: Nettbrett til alle elevar på mellomtrinnet\n', '    tittel: Nettbrett til alle elevar på mellomtrinnet\n    <<: *kyst\n')
        .concat('  - id: skule-wifi\n    tittel: Wifi i gymsalen\n    område: oppvekst\n    frist: 2027\n    støttar: DN30-M3\n    <<: *kyst\n');
      texts.set(uri('brattli.yaml'), text);
      client.open(uri('brattli.yaml'), text);
      await settle(uri('brattli.yaml'));
      const before = problems();
      const list = await client.request<Location[]>('textDocument/references', { ...at('kvitholmen.yaml', 'skarvoy-digital#digital-postkasse', 20), context: { includeDeclaration: true } });
      assert.deepEqual(list.map(place).filter((p) => p.startsWith('brattli')), ['brattli.yaml:6 skarvoy-digital#digital-postkasse']);
      const edit = await rename('kvitholmen.yaml', 'skarvoy-digital#digital-postkasse', 20, 'digital-post');
      assert.deepEqual(changedLines(edit).filter((l) => l.startsWith('brattli')), ['brattli.yaml:6   bidreg til: skarvoy-digital#digital-post']);
      await apply(edit);
      assert.deepEqual(problems(), before.map((p) => p.replaceAll('#digital-postkasse', '#digital-post')));
    });

    it('takes a new ID pasted with a decomposed «å» or a zero-width space as the ID it shows, as a heading reads it, and writes it clean', async () => {
      for (const [typed, written] of [
        ['sky-pa\u030a-øya', 'sky-på-øya'],
        ['sky\u200b-øya', 'sky-øya'],
      ]) {
        const edit = await rename('eidsund.md', 'skarvoy-digital#felles-sky', 20, typed!);
        assert.deepEqual([...new Set([...editsByUri(edit).values()].flat().map((e) => e.newText))], [written], JSON.stringify(typed));
      }
    });

    it('refuses an ID the owner already has and an invalid ID with the reason; drops a leading `#`; allows an ID another member has', async () => {
      const exists = await refused(rename('skarvoy-digital.md', '{#felles-sky}', 4, 'digital-postkasse'));
      assert.equal(exists.code, INVALID_PARAMS);
      assert.match(exists.message, /^Det finnes allerede et mål skarvoy-digital#digital-postkasse/);
      const invalid = await refused(rename('skarvoy-digital.md', '{#felles-sky}', 4, 'Felles Sky'));
      assert.match(invalid.message, /^«Felles Sky» er ikke en gyldig mål-ID.*f\.eks\. felles-sky\.$/);
      const hash = await rename('skarvoy-digital.md', '{#felles-sky}', 4, '#felles-sky2');
      assert.ok(changedLines(hash).includes('skarvoy-digital.md:38 ### ☁️ Felles skyplattform for fagsystemer {#felles-sky2}'));
      const other = await rename('skarvoy-digital.md', '{#felles-sky}', 4, 'velferdsteknologi');
      assert.equal(editsByUri(other).size, 4);
    });
  });

  describe('symbols (Ctrl+T, outline)', function () {
    const search = async (query: string) => (await client.request<SymbolInformation[]>('workspace/symbol', { query })).map((s) => `${s.containerName} ${textIn(textOf(s.location.uri), s.location.range)}`).sort();

    it('finds goals by a word with æøå in any case, by the ID without it, and by part of a word, at their ID with the member as container', async () => {
      const palogging = [
        'Brattli kommune skule-palogging',
        'Nordvoll kommune nordvoll-palogging',
        'Skarvøy Digital AS felles-palogging',
      ];
      assert.deepEqual(await search('pålogging'), palogging);
      assert.deepEqual(await search('PÅLOGGING'), palogging);
      assert.deepEqual(await search('palogging'), palogging);
      assert.deepEqual(await search('Pålogging elevar'), ['Brattli kommune skule-palogging']);
      const postkasse = await search('postkass');
      for (const goal of ['Skarvøy Digital AS digital-postkasse', 'Eidsund kommune svar-i-postkassa']) assert.ok(postkasse.includes(goal), `${goal} in ${postkasse.join(' | ')}`);
    });

    it('finds a title written with a decomposed «å» (from a PDF or a Mac) by the «å» one types, and a goal by the emoji in its title', async () => {
      const text = read(file('eidsund.md')).replace('### 📬 Svar i postkassa', '### 📬 Svar pa\u030a brev i postkassa');
      texts.set(uri('eidsund.md'), text);
      client.open(uri('eidsund.md'), text);
      await settle(uri('eidsund.md'));
      assert.deepEqual(await search('svar på brev'), ['Eidsund kommune svar-i-postkassa']);
      assert.deepEqual(await search('📮'), ['Kvitholmen kommune digital-mail']);
    });

    it('outlines each document’s goals and sub-goals, each range containing its ID', async () => {
      const outline = async (name: string) => {
        const out: string[] = [];
        const walk = (list: DocumentSymbol[], depth: number) => {
          for (const s of list) {
            const inside = (r: Range, o: Range) => (r.start.line > o.start.line || (r.start.line === o.start.line && r.start.character >= o.start.character)) && (r.end.line < o.end.line || (r.end.line === o.end.line && r.end.character <= o.end.character));
            assert.ok(inside(s.selectionRange, s.range), s.name);
            out.push(`${'  '.repeat(depth)}${s.name} ${textIn(textOf(uri(name)), s.selectionRange)}`);
            walk(s.children ?? [], depth + 1);
          }
        };
        walk(await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uri(name) } }), 0);
        return out;
      };
      assert.deepEqual(await outline('skarvoy-digital.md'), [
        '🔐 Felles pålogging for ansatte og folkevalgte felles-palogging',
        '  Opplæring i tofaktor for alle ansatte 📱 tofaktor-opplaering',
        '☁️ Felles skyplattform for fagsystemer felles-sky',
        'Én digital postkasse for innbyggerne ✉️ digital-postkasse',
      ]);
      assert.deepEqual(await outline('brattli.yaml'), ['Trygt nett i skulane 🏫 skule-nett', '  Pålogging for elevar og tilsette skule-palogging', 'Nettbrett til alle elevar på mellomtrinnet nettbrett']);
      assert.deepEqual(await outline('kvitholmen.yaml'), ['Keep the local user directory until 2027 keep-local-directory', '📮 Letters in the digital mailbox digital-mail']);
    });
  });
});
