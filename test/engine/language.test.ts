/**
 * The pure language service (engine/language) over an in-memory workspace:
 * offsets in, offsets out, no LSP.
 */
import { strict as assert } from 'node:assert';
import { CONFIG, InMemoryHost, createTestEngine } from '../helpers/workspace.js';
import type { LanguageContext } from '../../server/src/engine/language/context.js';
import { locate } from '../../server/src/engine/language/locate.js';
import { hover } from '../../server/src/engine/language/hover.js';
import { complete } from '../../server/src/engine/language/completion.js';
import { definition, references, rename, prepareRename } from '../../server/src/engine/language/definition.js';
import { documentSymbols, workspaceSymbols } from '../../server/src/engine/language/symbols.js';
import { codeLenses } from '../../server/src/engine/language/codeLens.js';
import { quickFixes } from '../../server/src/engine/language/codeActions.js';
import { findFile } from '../../server/src/engine/language/context.js';
import type { Diagnostic, Lang } from '../../server/src/engine/types.js';
import { allRules } from '../../server/src/rules/index.js';

const IKT = `---
owner: ikt-fjord
title: Strategi for IKT Fjord
period: 2024–2027
---

# Strategi

## Felles personalsystem {#felles-hr}

- Område: hr
- Innføre: Visma HRM
- Omfang: alle
- Frist: 2025-12-31
- Støtter: DS19-M2
- Behov: Fire ulike lønnssystemer.

### Opplæring av HR-ansatte {#felles-hr-opplaering}

- Område: hr
- Frist: 2025-06-30
`;

const FJELLBYGD = `---
owner: fjellbygd
title: Strategi for Fjellbygd
---

## Digital kompetanse for dei tilsette {#kompetanse}

- Område: hr
- Frist: 2026-12-31
- Støttar: DS19-I8
- Bidreg til: ikt-fjord#felles-hr
`;

const STORBY = `owner: storby
title: Strategi for Storby
goals:
  - id: lonn
    title: Felles lønn
    area: hr
    contributes: ikt-fjord#felles-hr
    supports: [DS19-M2]
`;

function setup(files: Record<string, string> = {}, lang: Lang = 'nb') {
  const host = new InMemoryHost({ 'samstemt.yaml': CONFIG, 'ikt.md': IKT, 'fjellbygd.md': FJELLBYGD, 'storby.yaml': STORBY, ...files });
  const engine = createTestEngine(host);
  const result = engine.analyze();
  const ctx: LanguageContext = { workspaces: result.workspaces, diagnostics: result.diagnostics, lang, knownFrameworks: engine.builtInFrameworks, ruleIds: allRules.map((r) => r.meta.id) };
  const text = (p: string) => host.files.get(host.uri(p))!;
  const at = (p: string, needle: string, delta = 0) => {
    const i = text(p).indexOf(needle);
    assert.ok(i >= 0, `${needle} in ${p}`);
    return i + delta;
  };
  return { host, ctx, uri: (p: string) => host.uri(p), text, at };
}

describe('language service', function () {
  this.timeout(20000);
  describe('locate', function () {
    it('finds objective IDs, goal references, keys and goal headings', function () {
      const { ctx, uri, at } = setup();
      const file = findFile(ctx, uri('fjellbygd.md'));
      assert.ok(file && file.kind === 'document');
      assert.equal(locate(file.ws, file.doc, at('fjellbygd.md', 'DS19-I8', 3))?.kind, 'objective');
      const ref = locate(file.ws, file.doc, at('fjellbygd.md', 'ikt-fjord#felles-hr', 12));
      assert.equal(ref?.kind, 'goal-ref');
      assert.equal(ref?.kind === 'goal-ref' ? ref.target?.key : undefined, 'ikt-fjord#felles-hr');
      assert.equal(locate(file.ws, file.doc, at('fjellbygd.md', 'Støttar', 2))?.kind, 'key');
      assert.equal(locate(file.ws, file.doc, at('fjellbygd.md', '{#kompetanse}', 3))?.kind, 'goal');
    });
  });

  describe('hover', function () {
    it('shows an objective with its title and framework', function () {
      const { ctx, uri, at } = setup();
      const h = hover(ctx, uri('ikt.md'), at('ikt.md', 'DS19-M2', 2));
      assert.ok(h);
      assert.match(h.contents, /\*\*DS19-M2\*\*/);
    });
    it('shows what a goal supports directly and through other goals, and its contributors', function () {
      const { ctx, uri, at } = setup();
      const h = hover(ctx, uri('fjellbygd.md'), at('fjellbygd.md', '{#kompetanse}', 2));
      assert.ok(h);
      assert.match(h.contents, /DS19-I8/);
      assert.match(h.contents, /DS19-M2[^\n]*ikt-fjord#felles-hr/, 'inherited through contributes');
      const target = hover(ctx, uri('ikt.md'), at('ikt.md', '{#felles-hr}', 2));
      assert.match(target!.contents, /fjellbygd#kompetanse/);
      assert.match(target!.contents, /storby#lonn/);
    });
    it('highlights the part of a goal heading under the cursor: the ID, or the whole heading', function () {
      const { ctx, uri, at, text } = setup();
      const onTitle = hover(ctx, uri('ikt.md'), at('ikt.md', 'personalsystem'));
      assert.equal(text('ikt.md').slice(onTitle!.span.start, onTitle!.span.end), '## Felles personalsystem {#felles-hr}');
      const onId = hover(ctx, uri('ikt.md'), at('ikt.md', '{#felles-hr}', 3));
      assert.equal(text('ikt.md').slice(onId!.span.start, onId!.span.end), 'felles-hr');
      assert.equal(onTitle!.contents, onId!.contents);
    });
    it("lists a goal's own open findings, not those of the other goals of its file", function () {
      const plan = `---\nowner: fjellbygd\ntitle: Handlingsplan\n---\n\n## Betre kaffi på rådhuset {#kaffi}\n\nVi skal ha betre kaffi.\n\n## Ny nettside {#nettside}\n\n- Frist: 2027-06-30\n- Støttar: DS19-M3\n`;
      const { ctx, uri, at } = setup({ 'plan.md': plan }, 'en');
      const findings = (h: ReturnType<typeof hover>) => [...(h?.contents ?? '').matchAll(/^- \p{L}+ `([\w-]+)`/gmu)].map((m) => m[1]).sort();
      const kaffi = hover(ctx, uri('plan.md'), at('plan.md', '{#kaffi}', 2));
      assert.match(kaffi!.contents, /Open findings/);
      assert.deepEqual(findings(kaffi), ['goal-not-measurable', 'goal-unlinked']);
      assert.deepEqual(findings(hover(ctx, uri('plan.md'), at('plan.md', '{#nettside}', 2))), ['beyond-framework-period']);
    });
    it('names the severity of each open finding in the language of the hover', function () {
      const plan = `---\nowner: fjellbygd\ntitle: Handlingsplan\n---\n\n## Betre kaffi på rådhuset {#kaffi}\n\n- Støttar: DS19-M99\n`;
      const severities = (lang: 'nb' | 'nn' | 'en') => {
        const { ctx, uri, at } = setup({ 'plan.md': plan }, lang);
        return [...hover(ctx, uri('plan.md'), at('plan.md', '{#kaffi}', 2))!.contents.matchAll(/^- (\p{L}+) `([\w-]+)`/gmu)].map((m) => `${m[1]} ${m[2]}`).sort();
      };
      assert.deepEqual(severities('nn'), ['feil unknown-objective', 'åtvaring goal-not-measurable', 'åtvaring goal-unlinked']);
      assert.deepEqual(severities('nb'), ['advarsel goal-not-measurable', 'advarsel goal-unlinked', 'feil unknown-objective']);
      assert.deepEqual(severities('en'), ['error unknown-objective', 'warning goal-not-measurable', 'warning goal-unlinked']);
    });
    it('names the framework and its period once, also when the title contains the period', function () {
      const agder = 'framework: AGDER\ntitle: Digital strategi for Agder\nperiod: 2023–2026\nobjectives:\n  - id: AGDER-1\n    title: Digitale tenester\n';
      const config = CONFIG.replace('frameworks: [DS19, DN30]', 'frameworks: [DS19, agder.yaml]');
      const { ctx, uri, at } = setup({ 'samstemt.yaml': config, 'agder.yaml': agder, 'ikt.md': IKT.replace('Støtter: DS19-M2', 'Støtter: DS19-M2, AGDER-1') });
      const ds19 = hover(ctx, uri('ikt.md'), at('ikt.md', 'DS19-M2', 2))!.contents;
      assert.match(ds19, /^\*Én digital offentlig sektor – Digitaliseringsstrategi for offentlig sektor 2019–2025\*$/m);
      assert.match(hover(ctx, uri('ikt.md'), at('ikt.md', 'AGDER-1', 2))!.contents, /^\*Digital strategi for Agder \(2023–2026\)\*$/m);
    });
    it('explains an area, counts its goals and lists the cooperation’s areas', function () {
      const { ctx, uri, at, text } = setup();
      const h = hover(ctx, uri('ikt.md'), at('ikt.md', 'Område: hr', 9))!;
      assert.equal(text('ikt.md').slice(h.span.start, h.span.end), 'hr');
      assert.match(h.contents, /^\*\*hr\*\* — HR, lønn og personal$/m);
      assert.match(h.contents, /sammenlignes med hverandre[^\n]* 4 mål på dette området\./);
      assert.match(h.contents, /Områder: \*\*`hr`\*\* · `okonomi` · /);
      const en = hover({ ...ctx, lang: 'en' }, uri('storby.yaml'), at('storby.yaml', 'area: hr', 7))!;
      assert.match(en.contents, /^\*\*hr\*\* — HR, payroll and personnel$/m);
    });
    it('says when an area is not one of the cooperation’s areas', function () {
      const { ctx, uri, at } = setup({ 'fjellbygd.md': FJELLBYGD.replace('Område: hr', 'Område: helsé') }, 'nn');
      const h = hover(ctx, uri('fjellbygd.md'), at('fjellbygd.md', 'helsé', 2))!;
      assert.match(h.contents, /^«helsé» er ikkje eit av områda i samarbeidet/);
      assert.match(h.contents, /Område: `hr` · /);
    });
    it('shows a required resource’s capacity, unit and owner', function () {
      const { ctx, uri, at } = setup({ 'fjellbygd.md': FJELLBYGD + '- Krev: utviklingskapasitet 2\n- Ansvarleg: utviklingsleiar\n' }, 'nn');
      const h = hover(ctx, uri('fjellbygd.md'), at('fjellbygd.md', 'utviklingskapasitet 2', 4))!;
      assert.equal(h.contents, '**utviklingskapasitet**\n\nKapasitet: 12 årsverk i året · Eigar: IKT Fjord AS (`ikt-fjord`)\n\n1 mål treng denne ressursen.');
      const unknown = setup({ 'fjellbygd.md': FJELLBYGD + '- Krev: drift 2\n' }, 'en');
      const u = hover(unknown.ctx, unknown.uri('fjellbygd.md'), unknown.at('fjellbygd.md', 'drift 2', 1))!;
      assert.match(u.contents, /^"drift" is not a resource in samstemt\.yaml[^\n]*\n\nResources: `utviklingskapasitet`$/);
    });
    it('shows an indicator of samstemt.yaml: shared or not, and how many goals drive it which way', function () {
      const up = '## Mer utvikling {#utvikling}\n\n- Indikator: Medlemsavgift\n- Retning: øke\n- Frist: 2026\n';
      const down = '## Lavere avgift {#avgift}\n\n- Indikator: medlemsavgift\n- Utgangspunkt: 420\n- Målverdi: 380\n- Frist: 2026\n';
      const { ctx, uri, at, text } = setup({ 'ikt.md': IKT + up, 'storby.md': '---\nowner: storby\n---\n\n' + down });
      const h = hover(ctx, uri('storby.md'), at('storby.md', 'Indikator: medlemsavgift', 12))!;
      assert.equal(text('storby.md').slice(h.span.start, h.span.end), 'medlemsavgift');
      assert.match(h.contents, /^\*\*Medlemsavgift\*\* \(`medlemsavgift`\)\n\nEn felles indikator i samstemt\.yaml/);
      // The decrease is implied by baseline → target, as conflict-direction reads it.
      assert.match(h.contents, /2 mål måler denne indikatoren: 1 vil øke den, 1 vil redusere den, 0 vil opprettholde den\.$/);
      const free = setup({ 'storby.md': '---\nowner: storby\n---\n\n' + down.replace('Indikator: medlemsavgift', 'Indikator: Antall digitale søknader') }, 'en');
      const f = hover(free.ctx, free.uri('storby.md'), free.at('storby.md', 'Antall digitale', 3))!;
      assert.match(f.contents, /^"Antall digitale søknader" is not an indicator in samstemt\.yaml, so it is compared only with goals that name it the same way\./);
      assert.match(f.contents, /\n\n1 goal measures this indicator: 0 to increase it, 1 to decrease it, 0 to maintain it\.\n\nIndicators: `medlemsavgift` \(Medlemsavgift\)$/);
    });
    it('speaks the requested language', function () {
      const { ctx, uri, at } = setup({}, 'en');
      assert.match(hover(ctx, uri('fjellbygd.md'), at('fjellbygd.md', 'ikt-fjord#felles-hr', 3))!.contents, /Owner: IKT Fjord AS/);
    });
  });

  describe('completion', function () {
    it('offers the keys a goal lacks, in the document’s language (nynorsk)', function () {
      const doc = FJELLBYGD + '- Ans\n';
      const { ctx, uri, at } = setup({ 'fjellbygd.md': doc });
      const labels = complete(ctx, uri('fjellbygd.md'), at('fjellbygd.md', '- Ans', 5)).map((i) => i.label);
      assert.ok(labels.includes('Ansvarleg'));
      assert.ok(labels.includes('Krev'));
      assert.ok(!labels.includes('Støttar'), 'already present');
      assert.ok(!labels.includes('Ansvarlig'), 'bokmål spelling');
    });
    it('offers keys in the language of the keys a YAML document uses, not of its prose', function () {
      // English keys, Norwegian prose: the document is bokmål (said so, as the English keys outvote its prose), the keys make its key language English.
      const prose = '    description: Vi skal ikke ha flere ulike løsninger, og de ansatte skal også ha bare én innlogging for hele virksomheten.\n';
      const doc = 'language: nb\n' + STORBY.replace('    area: hr\n', `    area: hr\n${prose}`) + '    resp\n';
      const { ctx, uri, at } = setup({ 'storby.yaml': doc });
      const file = findFile(ctx, uri('storby.yaml'));
      assert.ok(file?.kind === 'document' && file.doc.lang === 'nb', 'the document is bokmål');
      const list = complete(ctx, uri('storby.yaml'), at('storby.yaml', '    resp\n', 8));
      const labels = list.map((i) => i.label);
      assert.ok(labels.includes('responsible'), labels.join(', '));
      assert.equal(list.find((i) => i.label === 'requires')?.insertText, 'requires: ');
      assert.ok(!labels.includes('ansvarlig') && !labels.includes('bidrar til'), 'no bokmål keys');
      assert.ok(!labels.includes('supports'), 'already present');
    });
    it('offers keys in nynorsk YAML form in a YAML document with nynorsk keys', function () {
      const doc = STORBY.replace('    contributes:', '    bidreg til:').replace('    supports:', '    støttar:') + '    fr\n';
      const { ctx, uri, at } = setup({ 'storby.yaml': doc });
      const list = complete(ctx, uri('storby.yaml'), at('storby.yaml', '    fr\n', 6));
      assert.equal(list.find((i) => i.detail === 'start')?.insertText, 'frå: ');
      assert.equal(list.find((i) => i.detail === 'responsible')?.label, 'ansvarleg');
    });
    it('offers objectives after supports, the best match for the goal first', function () {
      const doc = IKT.replace('- Støtter: DS19-M2', '- Støtter: DS19-M2, ');
      const { ctx, uri, at } = setup({ 'ikt.md': doc });
      const list = complete(ctx, uri('ikt.md'), at('ikt.md', 'DS19-M2, ', 9));
      assert.ok(list.length > 10);
      assert.ok(!list.some((i) => i.label === 'DS19-M2'), 'already listed');
      assert.ok(list.every((i) => i.kind === 'objective' && i.detail));
      assert.equal(list.find((i) => i.label === 'DS19-I9')!.detail!.replace('★ ', ''), 'Digital sikkerhet');
    });
    it('names the objectives in English when the user reads English', function () {
      const doc = IKT.replace('- Støtter: DS19-M2', '- Støtter: DS19-M2, ');
      const { ctx, uri, at } = setup({ 'ikt.md': doc }, 'en');
      const list = complete(ctx, uri('ikt.md'), at('ikt.md', 'DS19-M2, ', 9));
      assert.equal(list.find((i) => i.label === 'DS19-I9')!.detail!.replace('★ ', ''), 'Cyber security');
    });
    it('offers goal references, members, areas and enum values', function () {
      const doc = FJELLBYGD + '- Omfang: \n- Prioritet: \n';
      const { ctx, uri, at } = setup({ 'fjellbygd.md': doc });
      const memberItems = complete(ctx, uri('fjellbygd.md'), at('fjellbygd.md', '- Omfang: ', 10));
      const members = memberItems.map((i) => i.label);
      assert.ok(members.includes('alle') && members.includes('storby'));
      assert.equal(memberItems.find((i) => i.label === 'alle')!.detail, 'alle medlemmer', 'bokmål spelling (setup is nb)');
      const prio = complete(ctx, uri('fjellbygd.md'), at('fjellbygd.md', '- Prioritet: ', 13)).map((i) => i.label);
      assert.deepEqual(prio, ['høg', 'middels', 'låg']);
      const refs = complete(ctx, uri('fjellbygd.md'), at('fjellbygd.md', 'ikt-fjord#felles-hr', 10)).map((i) => i.label);
      assert.ok(refs.includes('ikt-fjord#felles-hr-opplaering'));
    });
    it('offers areas after the area key and resource ids after requires', function () {
      const doc = FJELLBYGD.replace('- Område: hr\n', '- Område: \n') + '- Krev: \n';
      const { ctx, uri, at } = setup({ 'fjellbygd.md': doc });
      assert.ok(complete(ctx, uri('fjellbygd.md'), at('fjellbygd.md', '- Område: \n', 10)).some((i) => i.label === 'sikkerhet' && i.kind === 'area'));
      const [resource, ...rest] = complete(ctx, uri('fjellbygd.md'), at('fjellbygd.md', '- Krev: \n', 8));
      assert.equal(rest.length, 0);
      assert.deepEqual([resource!.label, resource!.insertText, resource!.detail], ['utviklingskapasitet', 'utviklingskapasitet ', 'ikt-fjord · 12 årsverk']);
    });
    it('completes inside YAML documents and samstemt.yaml', function () {
      const { ctx, uri, at } = setup({ 'storby.yaml': STORBY + '    area: \n' });
      const areas = complete(ctx, uri('storby.yaml'), at('storby.yaml', '    area: \n', 10)).map((i) => i.label);
      assert.ok(areas.includes('hr'));
      const fw = complete(ctx, uri('samstemt.yaml'), at('samstemt.yaml', 'frameworks: [DS19', 13)).map((i) => i.label);
      assert.ok(fw.includes('DN30'));
      const kinds = complete(ctx, uri('samstemt.yaml'), at('samstemt.yaml', 'kind: kommune', 6)).map((i) => i.label);
      assert.ok(kinds.includes('fylkeskommune'));
    });
  });

  describe('completion in samstemt.yaml', function () {
    // samstemt.yaml as `samstemt init --lang nn` writes it: nynorsk keys.
    const NN = `samarbeid: Test
språk: nn
rammeverk: [DS19, ]
dokument: ["**/*.md", "**/*.yaml"]
medlemer:
  storby: { namn: Storby kommune, type: kommune }
  ikt-fjord:
    namn: IKT Fjord AS
    type: \n    \n
ressursar:
  utviklingskapasitet: { eigar: , kapasitet: 12 }
reglar:
  goal-unlinked: \n
`;
    const config = (files: Record<string, string> = {}) => setup({ 'samstemt.yaml': NN, ...files });
    const labels = (ctx: LanguageContext, uri: string, offset: number) => complete(ctx, uri, offset).map((i) => i.label);

    it('offers the settings a file lacks in the language of its keys', function () {
      const { ctx, uri, at } = config({ 'samstemt.yaml': NN + 'in' });
      const list = complete(ctx, uri('samstemt.yaml'), at('samstemt.yaml', '\nin', 3));
      assert.deepEqual(list.map((i) => i.label), ['område', 'indikatorar']);
      assert.equal(list[1]!.insertText, 'indikatorar: ');
      assert.match(list[1]!.filterText!, /indicators/, 'the English name finds it too');
      const en = setup({ 'samstemt.yaml': CONFIG + 'ru' });
      assert.deepEqual(labels(en.ctx, en.uri('samstemt.yaml'), en.at('samstemt.yaml', '\nru', 3)), ['areas', 'rules']);
    });
    it('offers the keys of a member, indicator or resource in that language', function () {
      const { ctx, uri, at } = config();
      const inline = complete(ctx, uri('samstemt.yaml'), at('samstemt.yaml', '{ namn: Storby kommune, ', 24));
      assert.deepEqual(inline.map((i) => i.label), ['innbyggjarar'], 'namn and type are there');
      assert.deepEqual(labels(ctx, uri('samstemt.yaml'), at('samstemt.yaml', '    type: \n    \n', 15)), ['innbyggjarar']);
    });
    it('offers values after nynorsk and bokmål keys', function () {
      const { ctx, uri, at } = config();
      const file = uri('samstemt.yaml');
      assert.deepEqual(labels(ctx, file, at('samstemt.yaml', 'språk: nn', 7)), ['nb', 'nn', 'en']);
      assert.ok(labels(ctx, file, at('samstemt.yaml', 'rammeverk: [DS19, ', 18)).includes('DN30'));
      assert.ok(labels(ctx, file, at('samstemt.yaml', 'type: kommune }', 6)).includes('fylkeskommune'));
      assert.ok(labels(ctx, file, at('samstemt.yaml', '    type: \n', 10)).includes('selskap'), 'a member in block style');
      assert.deepEqual(labels(ctx, file, at('samstemt.yaml', 'eigar: ,', 7)), ['storby', 'ikt-fjord']);
      assert.deepEqual(labels(ctx, file, at('samstemt.yaml', 'goal-unlinked: \n', 15)), ['error', 'warning', 'info', 'hint', 'off']);
      const nb = setup({ 'samstemt.yaml': 'språk: \nmedlemmer:\n  a: { type: }\n' });
      assert.deepEqual(labels(nb.ctx, nb.uri('samstemt.yaml'), nb.at('samstemt.yaml', 'språk: ', 7)), ['nb', 'nn', 'en']);
      assert.ok(labels(nb.ctx, nb.uri('samstemt.yaml'), nb.at('samstemt.yaml', 'type: }', 6)).includes('kommune'));
    });
  });

  describe('navigation', function () {
    it('goes from a reference to the goal heading and from an objective to the catalog', function () {
      const { ctx, uri, at, text } = setup();
      const [loc] = definition(ctx, uri('storby.yaml'), at('storby.yaml', 'ikt-fjord#felles-hr', 12));
      assert.equal(loc?.uri, uri('ikt.md'));
      assert.equal(text('ikt.md').slice(loc!.selection!.start, loc!.selection!.end), 'felles-hr');
      const [obj] = definition(ctx, uri('storby.yaml'), at('storby.yaml', 'DS19-M2', 1));
      assert.match(obj!.uri, /DS19\.yaml$/);
    });
    it('finds references to a goal and to an objective', function () {
      const { ctx, uri, at } = setup();
      assert.equal(references(ctx, uri('ikt.md'), at('ikt.md', '{#felles-hr}', 2), false).length, 2);
      assert.equal(references(ctx, uri('ikt.md'), at('ikt.md', '{#felles-hr}', 2), true).length, 3);
      assert.equal(references(ctx, uri('ikt.md'), at('ikt.md', 'DS19-M2', 1), false).length, 2);
    });
    it('renames a goal and every reference to it, and nothing else', function () {
      const { ctx, uri, at, text } = setup();
      const offset = at('fjellbygd.md', 'ikt-fjord#felles-hr', 14);
      assert.equal(prepareRename(ctx, uri('fjellbygd.md'), offset)?.placeholder, 'felles-hr');
      const r = rename(ctx, uri('fjellbygd.md'), offset, 'felles-personal');
      assert.ok(r && 'edits' in r);
      assert.equal(r.edits.length, 3);
      for (const e of r.edits) assert.equal(text(e.uri.slice('file:///ws/'.length)).slice(e.span.start, e.span.end), 'felles-hr');
      const bad = rename(ctx, uri('fjellbygd.md'), offset, 'Ikke Gyldig');
      assert.ok(bad && 'error' in bad);
      assert.equal(bad.error, '«Ikke Gyldig» er ikke en gyldig mål-ID: bruk små bokstaver (æøå er lov), sifre og bindestrek, f.eks. ikke-gyldig.');
    });
    it('refuses a rename in the user’s language: an invalid ID, or one the owner already has', function () {
      const { ctx, uri, at } = setup({}, 'nn');
      const offset = at('fjellbygd.md', 'ikt-fjord#felles-hr', 14);
      const taken = rename(ctx, uri('fjellbygd.md'), offset, 'felles-hr-opplaering');
      assert.deepEqual(taken, { error: 'Det finst alt eit mål ikt-fjord#felles-hr-opplaering: vel ein annan ID.' });
      const en = rename({ ...ctx, lang: 'en' }, uri('fjellbygd.md'), offset, '#!');
      assert.deepEqual(en, { error: '"#!" is not a valid goal ID: use lowercase letters (æøå allowed), digits and hyphens.' });
    });
  });

  describe('symbols and lenses', function () {
    it("covers a Markdown goal's description up to the next heading, also after a code fence with # lines", function () {
      const plan = `---\nowner: storby\n---\n\n## Digital byggesak {#byggesak}\n\n- Frist: 2026\n\nSøknader skal komme digitalt.\n\n\`\`\`\n# ikke en overskrift\n\`\`\`\n\nSiste linje i beskrivelsen.\n\n## Oppfølging\n\nRådmannen følger opp.\n`;
      const { ctx, uri, text } = setup({ 'plan.md': plan });
      const file = findFile(ctx, uri('plan.md'));
      assert.ok(file?.kind === 'document');
      const [goal] = documentSymbols(file.doc);
      const covered = text('plan.md').slice(goal!.span.start, goal!.span.end);
      assert.ok(covered.startsWith('## Digital byggesak {#byggesak}'), covered);
      assert.ok(covered.endsWith('Siste linje i beskrivelsen.'), covered);
      assert.ok(!covered.includes('Oppfølging'), covered);
    });

    it('lists the goal tree, all goals, and a lens per goal', function () {
      const { ctx, uri } = setup();
      const file = findFile(ctx, uri('ikt.md'));
      assert.ok(file?.kind === 'document');
      const tree = documentSymbols(file.doc);
      assert.deepEqual(tree.map((s) => s.detail), ['#felles-hr']);
      assert.deepEqual(tree[0]!.children.map((s) => s.detail), ['#felles-hr-opplaering']);
      assert.ok(tree[0]!.span.end >= tree[0]!.children[0]!.span.end);
      assert.equal(workspaceSymbols(ctx, 'felles').length >= 2, true);
      const lenses = codeLenses(ctx, uri('ikt.md'));
      assert.equal(lenses.length, 2);
      assert.equal(lenses[0]!.contributors, 2);
      assert.equal(lenses[0]!.objectives, 1);
    });
  });

  describe('quick fixes', function () {
    it('turns the fixes rules attach into quick fixes for diagnostics in range', function () {
      const d = {
        rule: 'unknown-goal-ref',
        severity: 'error',
        uri: 'file:///ws/a.md',
        span: { start: 10, end: 20 },
        range: { start: { line: 0, character: 10 }, end: { line: 0, character: 20 } },
        message: 'x',
        related: [],
        fixes: [{ title: { en: 'Change to #a', nb: 'Endre til #a' }, edits: [{ uri: 'file:///ws/a.md', span: { start: 10, end: 20 }, newText: '#a' }], preferred: true }],
      } satisfies Diagnostic;
      const fixes = quickFixes([d], { start: 12, end: 12 }, 'nb');
      assert.equal(fixes.length, 1);
      assert.equal(fixes[0]!.title, 'Endre til #a');
      assert.equal(fixes[0]!.preferred, true);
      assert.equal(quickFixes([d], { start: 30, end: 40 }, 'nb').length, 0);
      assert.equal(quickFixes([d], { start: 12, end: 12 }, 'nb', new Set(['goal-unlinked'])).length, 0);
    });

    it('offers a fix once when two findings at one place carry the same fix (two overbooked years of one goal)', function () {
      const finding = (message: string) =>
        ({
          rule: 'conflict-capacity',
          severity: 'warning',
          uri: 'file:///ws/a.md',
          span: { start: 10, end: 20 },
          range: { start: { line: 0, character: 10 }, end: { line: 0, character: 20 } },
          message,
          related: [],
          fixes: [{ title: { en: 'Record an accepted conflict', nb: 'Registrer en akseptert konflikt' }, edits: [{ uri: 'file:///ws/a.md', span: { start: 30, end: 30 }, newText: '- Aksepterer: b#x — <begrunnelse>\n' }] }],
        }) satisfies Diagnostic;
      const fixes = quickFixes([finding('2026'), finding('2027')], { start: 12, end: 12 }, 'nb');
      assert.deepEqual(fixes.map((f) => f.title), ['Registrer en akseptert konflikt']);
      const other = finding('2027');
      other.fixes[0]!.edits[0]!.newText = '- Aksepterer: c#y — <begrunnelse>\n';
      assert.equal(quickFixes([finding('2026'), other], { start: 12, end: 12 }, 'nb').length, 2, 'different edits stay apart');
    });
  });
});
