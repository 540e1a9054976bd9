import { strict as assert } from 'node:assert';
import { parseMarkdown } from '../../server/src/engine/parse/markdown.js';
import { parseYamlDocument } from '../../server/src/engine/parse/yamlDocument.js';
import { LineIndex } from '../../server/src/engine/text/lineIndex.js';
import type { Goal, Property, Span, StrategyDocument } from '../../server/src/engine/types.js';
import { analyze, analyzeRule, createTestEngine, InMemoryHost, textAt, CONFIG } from '../helpers/workspace.js';

const at = (doc: StrategyDocument, span: Span) => doc.text.slice(span.start, span.end);
const goal = (doc: StrategyDocument, id: string): Goal => {
  const g = doc.goals.find((x) => x.id === id);
  assert.ok(g, `no goal ${id}; goals: ${doc.goals.map((x) => x.id).join(', ')}`);
  return g;
};
const prop = (g: Goal, key: string): Property => {
  const p = g.properties.find((x) => x.key === key);
  assert.ok(p, `no property ${key} on ${g.id}`);
  return p;
};
const pos = (doc: StrategyDocument, offset: number) => new LineIndex(doc.text).positionAt(offset);
const md = (text: string) => parseMarkdown('file:///ws/x.md', text);
const yaml = (text: string) => parseYamlDocument('file:///ws/x.yaml', text);

describe('parsers: exact ranges', () => {
  describe('Markdown goals', () => {
    const TEXT = `---
owner: ikt-fjord
title: Strategi for IKT Fjord 2024–2027
period: 2024–2027
---

# Strategi for IKT Fjord 2024–2027

## Felles personalsystem for alle medlemmer {#felles-hr}

Medlemmene bruker fire ulike systemer i dag.

- Område: hr
- Innføre: Visma HRM
- Omfang: alle
- Frist: 2025-12-31
- Støtter: DS19-M2, DS19-I4

Fri tekst etter lista er også beskrivelse.

### Opplæring av HR-ansatte {#felles-hr-opplaering}

- Frist: 2026
`;
    const doc = md(TEXT);

    it('reads the owner, title and period of the front matter with spans', () => {
      assert.equal(doc.owner?.value, 'ikt-fjord');
      assert.equal(at(doc, doc.owner!.span), 'ikt-fjord');
      assert.deepEqual(pos(doc, doc.owner!.span.start), { line: 1, character: 7 });
      assert.equal(doc.title, 'Strategi for IKT Fjord 2024–2027');
      assert.equal(doc.period?.from, 2024);
      assert.equal(doc.period?.to, 2027);
      assert.equal(at(doc, doc.period!.span), '2024–2027');
      assert.deepEqual(doc.problems, []);
      assert.deepEqual(doc.valueProblems, []);
    });

    it('finds goals only in headings that end with {#id}', () => {
      assert.deepEqual(doc.goals.map((g) => g.key), ['ikt-fjord#felles-hr', 'ikt-fjord#felles-hr-opplaering']);
    });

    it('gives the {#id} span, the title span and the heading span', () => {
      const g = goal(doc, 'felles-hr');
      assert.equal(g.title, 'Felles personalsystem for alle medlemmer');
      assert.equal(at(doc, g.titleSpan), 'Felles personalsystem for alle medlemmer');
      assert.deepEqual(pos(doc, g.titleSpan.start), { line: 8, character: 3 });
      assert.equal(at(doc, g.idSpan), 'felles-hr');
      assert.deepEqual(pos(doc, g.idSpan.start), { line: 8, character: 46 });
      assert.equal(at(doc, g.headingSpan), '## Felles personalsystem for alle medlemmer {#felles-hr}');
      assert.equal(g.level, 2);
    });

    it('gives key, value, item and entry spans of each property', () => {
      const g = goal(doc, 'felles-hr');
      assert.deepEqual(g.properties.map((p) => [p.key, p.rawKey, p.value]), [
        ['area', 'Område', 'hr'],
        ['adopt', 'Innføre', 'Visma HRM'],
        ['scope', 'Omfang', 'alle'],
        ['deadline', 'Frist', '2025-12-31'],
        ['supports', 'Støtter', 'DS19-M2, DS19-I4'],
      ]);
      const s = prop(g, 'supports');
      assert.equal(at(doc, s.keySpan), 'Støtter');
      assert.equal(at(doc, s.valueSpan), 'DS19-M2, DS19-I4');
      assert.deepEqual(s.items.map((i) => at(doc, i.span)), ['DS19-M2', 'DS19-I4']);
      assert.deepEqual(pos(doc, s.items[1]!.span.start), { line: 16, character: 20 });
      assert.equal(at(doc, s.span), '- Støtter: DS19-M2, DS19-I4');
      assert.equal(s.keyLang, 'nb');
      assert.equal(g.facts.deadline, '2025-12-31');
      assert.equal(g.facts.scopeAll, true);
      assert.deepEqual(g.facts.adopt, ['Visma HRM']);
    });

    it('takes prose before and after the property list as the description', () => {
      assert.equal(goal(doc, 'felles-hr').description, 'Medlemmene bruker fire ulike systemer i dag.\n\nFri tekst etter lista er også beskrivelse.');
    });

    it('makes a goal under a goal heading its sub-goal', () => {
      const parent = goal(doc, 'felles-hr');
      const child = goal(doc, 'felles-hr-opplaering');
      assert.equal(child.parentId, 'felles-hr');
      assert.deepEqual(parent.childIds, ['felles-hr-opplaering']);
      assert.equal(child.level, 3);
      assert.equal(child.facts.deadline, '2026-12-31');
    });
  });

  describe('headings', () => {
    it('reads ids and titles with æøå and emoji, counting UTF-16 units', () => {
      const doc = md(`---\nowner: storby\n---\n## 🚀 Rask saksbehandling for søknader på nett {#søknad-på-nett}\n`);
      const g = goal(doc, 'søknad-på-nett');
      assert.equal(g.title, '🚀 Rask saksbehandling for søknader på nett');
      assert.equal(at(doc, g.titleSpan), '🚀 Rask saksbehandling for søknader på nett');
      // "## " + "🚀" (2) + " Rask saksbehandling for søknader på nett " (42) + "{#" = 3 + 2 + 42 + 2 + ... : computed below
      const line = '## 🚀 Rask saksbehandling for søknader på nett {#søknad-på-nett}';
      assert.deepEqual(pos(doc, g.idSpan.start), { line: 3, character: line.indexOf('{#') + 2 });
      assert.equal(line.indexOf('{#') + 2, 49, 'the emoji counts as two UTF-16 code units');
      assert.equal(g.idSpan.end - g.idSpan.start, 'søknad-på-nett'.length);
    });

    it('accepts closing #s after the id, tabs as separators and deep nesting through structure headings', () => {
      const doc = md(`---\nowner: storby\n---\n# Strategi\n##\tHovedmål\t{#hoved} ##\n### Innsatsområde uten id\n#### Delmål {#del}\n##### Enda dypere {#dypere}\n## Neste {#neste}\n### Under neste {#under}\n`);
      assert.deepEqual(doc.goals.map((g) => [g.id, g.title, g.parentId ?? null]), [
        ['hoved', 'Hovedmål', null],
        ['del', 'Delmål', 'hoved'],
        ['dypere', 'Enda dypere', 'del'],
        ['neste', 'Neste', null],
        ['under', 'Under neste', 'neste'],
      ]);
      const h = goal(doc, 'hoved');
      assert.equal(at(doc, h.titleSpan), 'Hovedmål');
      assert.equal(at(doc, h.idSpan), 'hoved');
      assert.deepEqual(goal(doc, 'hoved').childIds, ['del']);
    });

    it('treats a setext heading ending with {#id} as a goal', () => {
      const doc = md(`---\nowner: storby\n---\nFelles arkiv {#felles-arkiv}\n----------------------------\n\n- Område: sak-arkiv\n`);
      const g = goal(doc, 'felles-arkiv');
      assert.equal(g.title, 'Felles arkiv');
      assert.equal(at(doc, g.idSpan), 'felles-arkiv');
      assert.equal(g.facts.area, 'sak-arkiv');
    });

    it('reports an id outside the id syntax ({#} or capitals/underscores) instead of accepting it silently', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\n---\n## Tom {#}\n\n- Område: hr\n\n## Stor {#Felles_HR}\n\n- Område: hr\n` };
      const all = analyze(files).filter((d) => d.rule === 'invalid-value' || d.rule === 'parse-error');
      assert.ok(all.some((d) => d.range.start.line === 3), `nothing reported on "{#}": ${JSON.stringify(all.map((d) => d.message))}`);
      assert.ok(all.some((d) => d.range.start.line === 7 && textAt(files, d).includes('Felles_HR')), 'nothing reported on "Felles_HR"');
    });
  });

  describe('property lists', () => {
    const HEAD = `---\nowner: storby\n---\n## Mål {#m}\n`;

    it('treats a list with no Key: item as prose, and the next Key: list as the properties', () => {
      const doc = md(`${HEAD}\nVi vil:\n\n- få raskere saksbehandling\n- ha færre feil\n\nEgenskaper:\n\n- Frist: 2026\n`);
      const g = goal(doc, 'm');
      assert.deepEqual(g.properties.map((p) => p.key), ['deadline']);
      assert.match(g.description, /- få raskere saksbehandling\n- ha færre feil/);
    });

    it('keeps unknown keys and non Key: items of a property list as unknown properties with spans', () => {
      const doc = md(`${HEAD}\n- Frist: 2026\n- Merknad: noe\n- bare tekst\n`);
      const g = goal(doc, 'm');
      assert.deepEqual(g.properties.map((p) => [p.known, p.rawKey, at(doc, p.keySpan)]), [
        [true, 'Frist', 'Frist'],
        [false, 'Merknad', 'Merknad'],
        [false, 'bare tekst', 'bare tekst'],
      ]);
    });

    it('reads a value continued on the next line, with a span over both lines', () => {
      const doc = md(`${HEAD}\n- Behov: Saksbehandlerne taster de samme\n  opplysningene inn i tre systemer\n- Frist: 2026\n`);
      const p = prop(goal(doc, 'm'), 'need');
      assert.equal(p.value, 'Saksbehandlerne taster de samme opplysningene inn i tre systemer');
      assert.equal(at(doc, p.valueSpan), 'Saksbehandlerne taster de samme\n  opplysningene inn i tre systemer');
      assert.equal(goal(doc, 'm').facts.need, p.value);
      assert.equal(goal(doc, 'm').facts.deadline, '2026-12-31');
    });

    it('reads tabs between the marker, key and value', () => {
      const doc = md(`${HEAD}\n-\tFrist:\t2025\n- Område:  hr  \n`);
      const g = goal(doc, 'm');
      assert.equal(at(doc, prop(g, 'deadline').keySpan), 'Frist');
      assert.equal(at(doc, prop(g, 'deadline').valueSpan), '2025');
      assert.equal(at(doc, prop(g, 'area').valueSpan), 'hr');
      assert.deepEqual(pos(doc, prop(g, 'area').valueSpan.start), { line: 6, character: 11 });
    });

    it('reads * and + bullets and bold keys', () => {
      const doc = md(`${HEAD}\n* **Frist:** 2025\n* **Område**: hr\n`);
      const g = goal(doc, 'm');
      assert.equal(at(doc, prop(g, 'deadline').keySpan), 'Frist');
      assert.equal(at(doc, prop(g, 'deadline').valueSpan), '2025');
      assert.equal(at(doc, prop(g, 'area').valueSpan), 'hr');
    });

    it('reads the nynorsk keys Støttar, Bidreg til, Behalde, Frå, Krev, Ansvarleg', () => {
      const doc = md(`---\neigar: fjellbygd\nperiode: {frå: 2024, til: 2027}\n---\n## Mål {#m}\n- Støttar: DS19-M1\n- Bidreg til: #m2\n- Behalde: Excel-basert personalsystem\n- Frå: 2024\n- Krev: utviklingskapasitet 3\n- Ansvarleg: Rådmannen\n## Mål 2 {#m2}\n`);
      const g = goal(doc, 'm');
      assert.deepEqual(g.properties.map((p) => [p.key, p.known, p.keyLang]), [
        ['supports', true, 'nn'],
        ['contributes', true, 'nn'],
        ['retain', true, 'nn'],
        ['start', true, 'nn'],
        ['requires', true, 'nn'],
        ['responsible', true, 'nn'],
      ]);
      assert.equal(at(doc, prop(g, 'contributes').keySpan), 'Bidreg til');
      assert.deepEqual(g.facts.contributes.map((r) => [r.id, at(doc, r.span)]), [['m2', '#m2']]);
      assert.deepEqual(g.facts.retain, ['Excel-basert personalsystem']);
      assert.equal(g.facts.start, '2024-01-01');
      assert.deepEqual(g.facts.requires.map((r) => [r.resource, r.amount]), [['utviklingskapasitet', 3]]);
      assert.equal(g.facts.responsible, 'Rådmannen');
      assert.equal(doc.owner?.value, 'fjellbygd');
      assert.deepEqual([doc.period?.from, doc.period?.to], [2024, 2027]);
      assert.equal(doc.lang, 'nn');
    });
  });

  describe('CRLF line endings', () => {
    const TEXT = '---\r\nowner: storby\r\nperiod: 2024–2027\r\n---\r\n\r\n## Mål æøå {#mål-1}\r\n\r\nBeskrivelse.\r\n\r\n- Frist: 2025-12\r\n- Støtter: DS19-M1, DS19-M2\r\n';
    const doc = md(TEXT);

    it('gives spans that never include \\r', () => {
      const g = goal(doc, 'mål-1');
      assert.equal(at(doc, doc.owner!.span), 'storby');
      assert.equal(at(doc, g.titleSpan), 'Mål æøå');
      assert.equal(at(doc, g.headingSpan), '## Mål æøå {#mål-1}');
      assert.equal(at(doc, prop(g, 'deadline').valueSpan), '2025-12');
      assert.deepEqual(prop(g, 'supports').items.map((i) => at(doc, i.span)), ['DS19-M1', 'DS19-M2']);
      assert.equal(g.description, 'Beskrivelse.');
      assert.equal(g.facts.deadline, '2025-12-31');
    });

    it('gives LSP positions that count \\r\\n as one line break', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': TEXT.replace('2025-12', '2025-13').replace('DS19-M2', 'DS19-M22') };
      const list = analyze(files).filter((d) => d.rule === 'invalid-value' || d.rule === 'unknown-objective');
      assert.deepEqual(list.map((d) => [d.rule, d.range.start.line, d.range.start.character, d.range.end.character, textAt(files, d)]), [
        ['invalid-value', 9, 9, 16, '2025-13'],
        ['unknown-objective', 10, 20, 28, 'DS19-M22'],
      ]);
    });

    it('reads a CRLF YAML document', () => {
      const d = yaml('owner: midtby\r\ngoals:\r\n  - id: a\r\n    title: A\r\n    frist: 2026\r\n');
      assert.deepEqual(d.problems, []);
      const g = goal(d, 'a');
      assert.equal(at(d, g.titleSpan), 'A');
      assert.equal(at(d, prop(g, 'deadline').valueSpan), '2026');
    });
  });

  describe('UTF-8 byte order mark', () => {
    const TEXT = '\uFEFF---\nowner: storby\n---\n\n## Felles {#felles}\n\n- Frist: 2025-13\n';

    it('is ignored: the document is read as if it were not there', () => {
      const host = new InMemoryHost({ 'samstemt.yaml': '\uFEFF' + CONFIG, 'storby.md': TEXT, 'midtby.yaml': '\uFEFFowner: midtby\ngoals:\n  - id: a\n    title: A\n' });
      const [ws] = createTestEngine(host).loadWorkspaces();
      assert.ok(ws);
      assert.equal(ws.config.language, 'en');
      assert.ok(ws.config.members.has('storby'), 'samstemt.yaml with a BOM is read');
      assert.deepEqual(ws.goals.map((g) => g.key).sort(), ['midtby#a', 'storby#felles']);
    });

    it('gives positions in the text without the BOM (as editors present it)', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': TEXT, 'midtby.yaml': '\uFEFFowner: midtbyy\ngoals:\n  - id: a\n    title: A\n    frist: 2025-13\n' };
      const list = analyze(files).filter((d) => d.rule === 'invalid-value' || d.rule === 'unknown-member');
      const clean = (f: string) => ({ ...files, [f]: files[f as keyof typeof files].slice(1) });
      assert.deepEqual(
        list.map((d) => [d.file, d.range.start.line, d.range.start.character, d.range.end.character, textAt(clean(d.file), d)]),
        [
          ['midtby.yaml', 0, 7, 14, 'midtbyy'],
          ['midtby.yaml', 4, 11, 18, '2025-13'],
          ['storby.md', 6, 9, 16, '2025-13'],
        ],
      );
    });
  });

  describe('YAML strategy documents', () => {
    it('points a block scalar title at its first line of text, not at the whole block', () => {
      for (const eol of ['\n', '\r\n']) {
        const doc = yaml(`owner: fjellbygd\ngoals:\n  - id: a\n    title: |\n\n      Mål med blokk\n      over to linjer\n    deadline: 2026\n`.replace(/\n/g, eol));
        assert.equal(at(doc, doc.goals[0]!.titleSpan), 'Mål med blokk');
      }
    });

    it('gives spans of ids, titles, keys and values, and nests sub-goals', () => {
      const text = `owner: fjellbygd
title: Digitaliseringsstrategi for Fjellbygd kommune 2023–2027
period: 2023–2027
goals:
  - id: behold-lonn
    title: Behold dagens personalsystem ut 2027
    description: Vi har ikke kapasitet til å bytte.
    area: hr
    retain: Excel-basert personalsystem
    deadline: 2027-12-31
    accepts: ikt-fjord#felles-hr — differensiert løsning vedtatt i porteføljerådet 2024-03-12
    goals:
      - id: opplaering
        title: Opplæring
        støtter: [DS19-M1, DS19-I4]
`;
      const doc = yaml(text);
      assert.deepEqual(doc.problems, []);
      assert.deepEqual([doc.period?.from, doc.period?.to], [2023, 2027]);
      const g = goal(doc, 'behold-lonn');
      assert.equal(at(doc, g.idSpan), 'behold-lonn');
      assert.deepEqual(pos(doc, g.idSpan.start), { line: 4, character: 8 });
      assert.equal(at(doc, g.titleSpan), 'Behold dagens personalsystem ut 2027');
      assert.equal(g.description, 'Vi har ikke kapasitet til å bytte.');
      assert.deepEqual(g.properties.map((p) => p.key), ['area', 'retain', 'deadline', 'accepts']);
      assert.equal(at(doc, prop(g, 'deadline').keySpan), 'deadline');
      assert.equal(at(doc, prop(g, 'deadline').valueSpan), '2027-12-31');
      assert.equal(g.facts.accepts[0]!.ref.owner, 'ikt-fjord');
      assert.equal(at(doc, g.facts.accepts[0]!.ref.span), 'ikt-fjord#felles-hr');
      assert.equal(g.facts.accepts[0]!.reason, 'differensiert løsning vedtatt i porteføljerådet 2024-03-12');
      const sub = goal(doc, 'opplaering');
      assert.equal(sub.parentId, 'behold-lonn');
      assert.deepEqual(g.childIds, ['opplaering']);
      assert.equal(sub.level, 2);
      assert.deepEqual(sub.facts.supports.map((o) => at(doc, o.span)), ['DS19-M1', 'DS19-I4']);
    });

    it('resolves anchors and aliases (scalars and sequences) to the anchored value', () => {
      const text = `owner: storby
felles:
  område: &omr hr
  mål: &mål [DS19-M1, DS19-M2]
goals:
  - id: a
    title: A
    område: *omr
    støtter: *mål
  - id: b
    title: B
    område: *omr
`;
      const doc = yaml(text);
      assert.deepEqual(doc.problems, []);
      assert.equal(goal(doc, 'a').facts.area, 'hr');
      assert.equal(goal(doc, 'b').facts.area, 'hr');
      assert.deepEqual(goal(doc, 'a').facts.supports.map((o) => o.text), ['DS19-M1', 'DS19-M2']);
      // The items point at the anchored text, which exists in the document.
      assert.deepEqual(goal(doc, 'a').facts.supports.map((o) => at(doc, o.span)), ['DS19-M1', 'DS19-M2']);
    });

    it('reports diagnostics for aliased values at the anchored text', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.yaml': `owner: storby\nids: &ids [DS19-M1, DS19-M22]\ngoals:\n  - id: a\n    title: A\n    støtter: *ids\n` };
      const [d] = analyzeRule('unknown-objective', files);
      assert.ok(d);
      assert.equal(textAt(files, d), 'DS19-M22');
      assert.equal(d.range.start.line, 1);
    });

    it('reads folded and literal block scalars as one value, with item spans on the text', () => {
      const text = `owner: storby
goals:
  - id: a
    title: A
    behov: >-
      Saksbehandlerne taster de samme
      opplysningene inn i tre systemer
    støtter: >-
      DS19-M1, DS19-M22
`;
      const doc = yaml(text);
      const g = goal(doc, 'a');
      assert.equal(g.facts.need, 'Saksbehandlerne taster de samme opplysningene inn i tre systemer');
      assert.deepEqual(g.facts.supports.map((o) => o.text), ['DS19-M1', 'DS19-M22']);
      assert.deepEqual(g.facts.supports.map((o) => at(doc, o.span)), ['DS19-M1', 'DS19-M22']);
    });

    it('reads quoted values, with spans that include the quotes', () => {
      const doc = yaml(`owner: storby\ngoals:\n  - id: a\n    title: "Rask: saksbehandling"\n    frist: '2025-12-31'\n    bidrar til: "#b, #c"\n  - id: b\n    title: B\n  - id: c\n    title: C\n`);
      const g = goal(doc, 'a');
      assert.equal(g.title, 'Rask: saksbehandling');
      assert.equal(at(doc, prop(g, 'deadline').valueSpan), "'2025-12-31'");
      assert.equal(g.facts.deadline, '2025-12-31');
      assert.deepEqual(g.facts.contributes.map((r) => at(doc, r.span)), ['#b', '#c']);
    });

    it('counts an emoji before a property on the same line (flow mapping) as two UTF-16 units', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.yaml': `owner: storby\ngoals:\n  - {id: rask, title: "🚀 Rask", frist: 2025-13}\n` };
      const [d] = analyzeRule('invalid-value', files);
      assert.ok(d);
      // `  - {id: rask, title: "🚀 Rask", frist: ` is 40 UTF-16 units (the rocket counts 2).
      assert.deepEqual(d.range, { start: { line: 2, character: 40 }, end: { line: 2, character: 47 } });
      assert.equal(textAt(files, d), '2025-13');
    });

    it('reads the nynorsk and bokmål structure keys (eigar, tittel, mål, delmål, skildring)', () => {
      const doc = yaml(`eigar: fjellbygd\ntittel: Strategi\nmål:\n  - id: a\n    tittel: A\n    skildring: Noko\n    delmål:\n      - id: b\n        tittel: B\n`);
      assert.equal(doc.owner?.value, 'fjellbygd');
      assert.deepEqual(doc.goals.map((g) => [g.id, g.title, g.parentId ?? null]), [['a', 'A', null], ['b', 'B', 'a']]);
      assert.equal(goal(doc, 'a').description, 'Noko');
    });
  });

  describe('YAML merge keys', () => {
    it('reads `<<: *defaults` as if the merged keys were written in the goal, pointing at the anchored values', () => {
      const text = `owner: fjellbygd\nperiod: {from: 2024, to: 2027}\ndefaults: &std\n  area: hr\n  deadline: 2025-12-31\ngoals:\n  - id: a\n    title: Første mål\n    <<: *std\n    supports: [DS19-I2]\n  - id: b\n    title: Andre mål\n    deadline: 2026-06-30\n    <<: [*std]\n`;
      const doc = yaml(text);
      const a = goal(doc, 'a');
      assert.equal(a.facts.area, 'hr');
      assert.equal(a.facts.deadline, '2025-12-31');
      assert.equal(at(doc, prop(a, 'deadline').valueSpan), '2025-12-31');
      assert.ok(!a.properties.some((p) => p.rawKey === '<<'));
      // A key written in the goal wins over the merged one, and is no duplicate.
      const b = goal(doc, 'b');
      assert.equal(b.facts.deadline, '2026-06-30');
      assert.equal(b.facts.area, 'hr');
      const files = { 'samstemt.yaml': CONFIG, 'f.yaml': text };
      assert.deepEqual(analyze(files).filter((d) => ['unknown-property', 'goal-not-measurable', 'invalid-value', 'parse-error'].includes(d.rule)), []);
    });
  });

  describe('period', () => {
    for (const [written, from, to] of [
      ['2024–2027', 2024, 2027],
      ['2024-2027', 2024, 2027],
      ['2024 — 2027', 2024, 2027],
      ['{from: 2024, to: 2027}', 2024, 2027],
      ['{fra: 2024, til: 2027}', 2024, 2027],
      ['2026', 2026, 2026],
    ] as const) {
      it(`reads ${written}`, () => {
        const doc = md(`---\nowner: storby\nperiod: ${written}\n---\n`);
        assert.deepEqual(doc.valueProblems, []);
        assert.equal(doc.period?.from, from);
        assert.equal(doc.period?.to, to);
        assert.equal(at(doc, doc.period!.span), written);
      });
    }

    it('reports an unreadable period at its value', () => {
      const doc = md(`---\nowner: storby\nperiod: fra i fjor\n---\n`);
      assert.equal(doc.period, undefined);
      assert.deepEqual(doc.valueProblems.map((p) => [p.messageId, at(doc, p.span)]), [['period', 'fra i fjor']]);
    });
  });

  describe('dates', () => {
    const facts = (props: string) => goal(md(`---\nowner: storby\n---\n## M {#m}\n${props}`), 'm').facts;

    it('reads a year: 31 December for a deadline, 1 January for a start', () => {
      const f = facts('- Fra: 2025\n- Frist: 2025\n');
      assert.equal(f.start, '2025-01-01');
      assert.equal(f.deadline, '2025-12-31');
    });
    it('reads a month: its last day for a deadline, its first for a start', () => {
      const f = facts('- Fra: 2024-02\n- Frist: 2024-02\n');
      assert.equal(f.start, '2024-02-01');
      assert.equal(f.deadline, '2024-02-29');
      assert.equal(facts('- Frist: 2025-12\n').deadline, '2025-12-31');
    });
    it('reads a day', () => {
      assert.equal(facts('- Frist: 2025-12-31\n').deadline, '2025-12-31');
    });
    it('rejects 2025-02-30 and records the problem on the value', () => {
      const doc = md(`---\nowner: storby\n---\n## M {#m}\n- Frist: 2025-02-30\n`);
      assert.equal(goal(doc, 'm').facts.deadline, undefined);
      assert.deepEqual(doc.valueProblems.map((p) => [p.messageId, at(doc, p.span), p.goal]), [['date', '2025-02-30', 'storby#m']]);
    });
  });
});

describe('LineIndex', () => {
  it('reads a character past the end of a line as the end of that line, before its break (LSP), with \\n, \\r\\n and \\r', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = `abc${eol}${eol}last`;
      const li = new LineIndex(text);
      assert.equal(li.offsetAt({ line: 0, character: 99 }), 3, JSON.stringify(eol));
      assert.equal(li.offsetAt({ line: 1, character: 1 }), 3 + eol.length, 'an empty line stays on its line');
      assert.equal(li.offsetAt({ line: 2, character: 99 }), text.length);
      assert.equal(li.offsetAt({ line: 2, character: 2 }), 3 + 2 * eol.length + 2);
      assert.deepEqual(li.positionAt(li.offsetAt({ line: 1, character: 5 })), { line: 1, character: 0 });
    }
  });
});
