/**
 * The JSON schemas the extension gives the YAML language server
 * (`yamlValidation` in package.json) must not contradict Samstemt: a YAML
 * document or samstemt.yaml that Samstemt reads without a structural finding
 * is valid under its schema, and values Samstemt rejects stay invalid. YAML is
 * read with the YAML 1.2 core schema, as the YAML language server reads it
 * (an unquoted date stays a string).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { load, CORE_SCHEMA } from 'js-yaml';
import { REPO } from './harness.js';
import { analyze } from '../helpers/workspace.js';
import { allRules } from '../../server/src/rules/index.js';

const STRUCTURE_RULES = new Set(['parse-error', 'missing-owner', 'unknown-property', 'invalid-value']);

function validator(file: string) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  return ajv.compile(JSON.parse(readFileSync(path.join(REPO, 'schemas', file), 'utf8')) as object);
}
const strategy = validator('strategy.schema.json');
const config = validator('samstemt.schema.json');

function errorsOf(validate: ReturnType<typeof validator>, yaml: string): string {
  return validate(load(yaml, { schema: CORE_SCHEMA })) ? '' : JSON.stringify(validate.errors);
}

const CONFIG = `cooperation: Test
Language: NB
frameworks: [ds19, DN30]
members:
  storby: { Name: Storby kommune, kind: Kommune, population: 50000 }
  ikt: { name: IKT AS, kind: selskap }
rules:
  goal-unlinked: Warning
  Weak-Link: off
`;

/** Bokmål keys, comma lists in one string, capitalised keys and values: all read by Samstemt. */
const BOKMAL = `eier: storby
tittel: Strategi for Storby
periode: 2024–2027
status: Vedtatt
mål:
  - id: felles-hr
    tittel: Felles personalsystem
    Område: hr
    støtter: DS19-M2, dn30-m3
    bidrar til: "ikt#drift, #arkiv"
    innføre: Visma HRM, Visma Lønn
    omfang: storby
    frist: 2026-12-31
    prioritet: Høy
    retning: Øke
    indikator: andel digitale søknader
    målverdi: 80 %
    status: Pågår
    behov: Fire systemer
    gevinst: Én lisens
  - id: arkiv
    title: Felles arkiv
    supports: [DS19-M5]
    deadline: 2027
`;

describe('YAML schemas for the YAML language server', function () {
  it('accept the sample cooperation', function () {
    const sample = path.join(REPO, 'samples', 'ikt-fjord');
    assert.equal(errorsOf(config, readFileSync(path.join(sample, 'samstemt.yaml'), 'utf8')), '');
    assert.equal(errorsOf(strategy, readFileSync(path.join(sample, 'strategier', 'vassbygd.yaml'), 'utf8')), '');
  });

  it('accept what Samstemt reads without a structural finding: Norwegian keys, comma lists, any case', function () {
    const files = { 'samstemt.yaml': CONFIG, 'storby.strategy.yaml': BOKMAL, 'ikt.strategy.yaml': 'owner: ikt\ngoals:\n  - id: drift\n    title: Drift\n' };
    const structural = analyze(files).filter((d) => STRUCTURE_RULES.has(d.rule));
    assert.deepEqual(structural.map((d) => `${d.rule}: ${d.message}`), [], 'Samstemt reads the documents cleanly');
    assert.equal(errorsOf(config, CONFIG), '');
    assert.equal(errorsOf(strategy, BOKMAL), '');
    assert.equal(errorsOf(strategy, BOKMAL.replace('eier: storby', 'eigar: storby')), '', 'the nynorsk owner key');
  });

  it('accept samstemt.yaml written with bokmål and nynorsk keys, and check their values', function () {
    const nb = `samarbeid: Vestfjord IKT
språk: nb
rammeverk: [DS19, "DN30:"]
dokumenter: strategier/*.md, strategier/*.yaml
medlemmer:
  havbyen: { navn: Havbyen kommune, type: kommune, innbyggere: 32 000 }
  vestfjord: { navn: Vestfjord IKT IKS, type: selskap }
områder: hr, helse
indikatorer:
  medlemsavgift: { navn: Medlemsavgift, felles: ja }
ressurser:
  kapasitet: { eier: vestfjord, kapasitet: 6, enhet: årsverk }
regler:
  goal-unlinked: off
`;
    const nn = nb.replace('medlemmer', 'medlemer').replace(/navn/g, 'namn').replace('innbyggere', 'innbyggjarar').replace('eier', 'eigar').replace('enhet', 'eining').replace('regler', 'reglar');
    for (const cfg of [nb, nn]) {
      const structural = analyze({ 'samstemt.yaml': cfg, 'strategier/havbyen.md': '---\nowner: havbyen\n---\n' }).filter((d) => STRUCTURE_RULES.has(d.rule) || d.rule === 'unknown-member');
      assert.deepEqual(structural.map((d) => `${d.rule}: ${d.message}`), [], 'Samstemt reads the config cleanly');
      assert.equal(errorsOf(config, cfg), '');
    }
    assert.notEqual(errorsOf(config, nb.replace('type: kommune', 'type: by')), '');
    assert.notEqual(errorsOf(config, nn.replace('innbyggjarar: 32 000', 'innbyggjarar: 1.200')), '');
    assert.notEqual(errorsOf(config, nb.replace('felles: ja', 'felles: kanskje')), '');
    assert.notEqual(errorsOf(config, nb.replace('språk: nb', 'språk: svensk')), '');
  });

  it('accept the language by name in samstemt.yaml and the directions plans write as nouns and comparatives, as Samstemt reads them', function () {
    for (const lang of ['nynorsk', 'Bokmål', 'english']) {
      const cfg = CONFIG.replace('Language: NB', `språk: ${lang}`);
      assert.deepEqual(analyze({ 'samstemt.yaml': cfg, 'storby.strategy.md': '---\nowner: storby\n---\n' }).filter((d) => d.rule === 'invalid-value'), [], lang);
      assert.equal(errorsOf(config, cfg), '', lang);
    }
    for (const dir of ['økning', 'Reduksjon', 'lavere', 'høgare', 'auking', 'nedgang', 'increasing', 'reduction', 'lower', 'up']) {
      const doc = BOKMAL.replace('retning: Øke', `retning: ${dir}`);
      assert.deepEqual(analyze({ 'samstemt.yaml': CONFIG, 'storby.strategy.yaml': doc }).filter((d) => d.rule === 'invalid-value' && /retning|direction/i.test(d.message)), [], dir);
      assert.equal(errorsOf(strategy, doc), '', dir);
    }
  });

  it('still reject values Samstemt rejects', function () {
    assert.notEqual(errorsOf(strategy, BOKMAL.replace('prioritet: Høy', 'prioritet: kanskje')), '');
    assert.notEqual(errorsOf(strategy, BOKMAL.replace('støtter: DS19-M2, dn30-m3', 'støtter: DS19-M2 og DN30-M3')), '');
    assert.notEqual(errorsOf(config, CONFIG.replace('kind: Kommune', 'kind: by')), '');
    assert.notEqual(errorsOf(config, CONFIG.replace('Language: NB', 'language: svensk')), '');
    assert.notEqual(errorsOf(config, CONFIG.replace('Weak-Link: off', 'weak-links: off')), '', 'an unknown rule id');
    assert.notEqual(errorsOf(config, CONFIG.replace('population: 50000', 'population: -5')), '');
    assert.notEqual(errorsOf(config, CONFIG.replace('population: 50000', 'population: "12.5"')), '');
  });

  it('accept `requires` as a mapping of resource: amount, and list items that are such mappings', function () {
    const cfg = 'members:\n  storby: { name: Storby }\nresources:\n  utvikling: { owner: storby, capacity: 4 }\n  drift: { owner: storby, capacity: 4 }\n';
    const doc = `owner: storby
goals:
  - id: felles
    title: Felles
    deadline: 2026
    krev: {utvikling: 1}
    delmål:
      - id: sub
        title: Sub
        deadline: 2026
        krever:
          - utvikling: 1
          - drift 2
      - id: blokk
        title: Blokk
        deadline: 2026
        requires:
          utvikling: 1
          drift: "0,5"
`;
    const structural = analyze({ 'samstemt.yaml': cfg, 'storby.strategy.yaml': doc }).filter((d) => STRUCTURE_RULES.has(d.rule));
    assert.deepEqual(structural.map((d) => `${d.rule}: ${d.message}`), [], 'Samstemt reads every form');
    assert.equal(errorsOf(strategy, doc), '');
    assert.notEqual(errorsOf(strategy, doc.replace('krev: {utvikling: 1}', 'krev: {utvikling: {mye: 1}}')), '', 'a mapping as an amount');
    assert.notEqual(errorsOf(strategy, doc.replace('krev: {utvikling: 1}', 'krev: {utvikling: }')), '', 'a resource without an amount');
  });

  it('accept objective IDs of custom frameworks in any case, with æøå and dots, and a trailing comma', function () {
    const files = {
      'samstemt.yaml': 'frameworks: [DS19, trøndelag.yaml, ks.yml]\nmembers:\n  a: { name: A }\n',
      'trøndelag.yaml': 'framework: TRØNDELAG\ntitle: Trøndelag\nobjectives:\n  - id: TRØNDELAG-1\n    title: Digitale tenester\n',
      'ks.yml': 'framework: KS\ntitle: KS\nobjectives:\n  - id: KS-2.1\n    title: Felles løysingar\n',
      'a.strategy.yaml': `owner: a
goals:
  - id: x
    title: X
    deadline: 2025
    supports: TRØNDELAG-1, KS-2.1, ds19-m2,
  - id: y
    title: Y
    deadline: 2025
    støttar: [Trøndelag-1, ks-2.1, DS19-M2]
`,
    };
    const findings = analyze(files).filter((d) => STRUCTURE_RULES.has(d.rule) || d.rule === 'unknown-objective');
    assert.deepEqual(findings.map((d) => `${d.rule}: ${d.message}`), [], 'Samstemt resolves every ID');
    assert.equal(errorsOf(strategy, files['a.strategy.yaml']), '');
    assert.notEqual(errorsOf(strategy, files['a.strategy.yaml'].replace('støttar: [', 'støttar: ["KS-1, KS-2", ')), '', 'several IDs in one list item');
    assert.notEqual(errorsOf(strategy, files['a.strategy.yaml'].replace('ds19-m2,', 'ds19 m2')), '', 'an ID without a hyphen');
  });

  it('accept capitalised keys where the schema checks them, and empty values Samstemt treats as absent', function () {
    const doc = `owner: storby
title:
status:
språk:
period: {From: 2024, Til: 2027}
goals:
  - Id: b
    title: B
    deadline: 2026
    supports: DS19-M2
    description:
    contributes:
    area:
    scope:
    exempt:
    adopt:
    retain:
    phase-out:
    indicator:
    need:
    benefit:
    requires:
    accepts:
    responsible:
  - ID: c
    title: C
    deadline: 2026
    supports: DS19-M2
`;
    const structural = analyze({ 'samstemt.yaml': 'members:\n  storby: { name: Storby }\n', 'storby.strategy.yaml': doc }).filter((d) => STRUCTURE_RULES.has(d.rule));
    assert.deepEqual(structural.map((d) => `${d.rule}: ${d.message}`), [], 'Samstemt reads the document cleanly');
    assert.equal(errorsOf(strategy, doc), '');
    assert.notEqual(errorsOf(strategy, doc.replace('  - ID: c\n', '  - Nr: c\n')), '', 'a goal without an id');
    assert.notEqual(errorsOf(strategy, doc.replace('deadline: 2026\n    supports: DS19-M2\n    description:', 'deadline:\n    supports: DS19-M2\n    description:')), '', 'an empty deadline is an error');
  });

  it('reject dates, periods and framework IDs Samstemt rejects, and accept the forms it reads', function () {
    const doc = (period: string, start: string, deadline: string) => `owner: storby\nperiod: ${period}\ngoals:\n  - id: a\n    title: A\n    supports: DS19-M2\n    start: ${start}\n    deadline: ${deadline}\n`;
    const read = (text: string) => analyze({ 'samstemt.yaml': 'members:\n  storby: { name: Storby }\n', 'storby.strategy.yaml': text }).filter((d) => STRUCTURE_RULES.has(d.rule));
    for (const ok of [doc('2024–2027', '2025-06', '2026-12-31'), doc('2024 til 2027', '2025', '2026-02-28'), doc('2025', '2025-01-01', '2026-06')]) {
      assert.deepEqual(read(ok).map((d) => d.message), [], ok);
      assert.equal(errorsOf(strategy, ok), '', ok);
    }
    for (const bad of [doc('neste år', '2025', '2026'), doc('2024–2027', '2024-13', '2026'), doc('2024–2027', '2025', '2026-02-30'), doc('2024–2027', '2025', '2026-04-31'), doc('2024–2027', '2025', '2026-12-00')]) {
      assert.notEqual(read(bad).length, 0, `Samstemt rejects ${bad}`);
      assert.notEqual(errorsOf(strategy, bad), '', bad);
    }
    const cfg = (frameworks: string) => `frameworks: ${frameworks}\nmembers:\n  storby: { name: Storby }\n`;
    const agder = 'framework: AGDER\ntitle: Agder\nobjectives:\n  - id: AGDER-1\n    title: Digitale tjenester\n';
    for (const ok of ['ds19', 'DS19, dn30:, agder.YAML']) {
      assert.deepEqual(analyze({ 'samstemt.yaml': cfg(ok), 'agder.YAML': agder }).filter((d) => d.rule === 'invalid-value').map((d) => d.message), [], ok);
      assert.equal(errorsOf(config, cfg(ok)), '', ok);
    }
    for (const bad of ['DS91', 'DS19, agder']) {
      assert.notEqual(analyze({ 'samstemt.yaml': cfg(bad), 'agder.YAML': agder }).filter((d) => d.rule === 'invalid-value').length, 0, bad);
      assert.notEqual(errorsOf(config, cfg(bad)), '', bad);
    }
  });

  it('accept a capacity with a decimal comma or in quotes, and framework paths in any case', function () {
    const cfg = `frameworks: [DS19, KS.YAML]
members:
  storby: { name: Storby }
ressurser:
  utvikling:
    eier: storby
    kapasitet: 2,5
  drift: { owner: storby, capacity: "3", unit: årsverk }
`;
    const files = { 'samstemt.yaml': cfg, 'KS.YAML': 'framework: KS\ntitle: KS\nobjectives:\n  - id: KS-2.1\n    title: Felles løsninger\n' };
    assert.deepEqual(analyze(files).filter((d) => STRUCTURE_RULES.has(d.rule)).map((d) => d.message), [], 'Samstemt reads the config');
    assert.equal(errorsOf(config, cfg), '');
    assert.notEqual(errorsOf(config, cfg.replace('kapasitet: 2,5', 'kapasitet: mye')), '', 'a capacity that is not a number');
    assert.notEqual(errorsOf(config, cfg.replace('KS.YAML]', 'KS.txt]')), '', 'a framework that is no YAML file');
  });

  it('describe every key for hover, in plain words', function () {
    type Node = { $ref?: string; description?: string; properties?: Record<string, Node>; additionalProperties?: Node | boolean; items?: Node; anyOf?: Node[]; type?: unknown };
    for (const file of ['samstemt.schema.json', 'strategy.schema.json']) {
      const schema = JSON.parse(readFileSync(path.join(REPO, 'schemas', file), 'utf8')) as Node & { definitions: Record<string, Node> };
      const resolve = (n: Node): Node => (n.$ref ? resolve(schema.definitions[n.$ref.replace('#/definitions/', '')]!) : n);
      const seen = new Set<Node>();
      const walk = (n: Node, where: string): void => {
        n = resolve(n);
        if (seen.has(n)) return;
        seen.add(n);
        for (const [key, child] of Object.entries(n.properties ?? {})) {
          const d = resolve(child).description ?? child.description;
          assert.ok(d && d.length > 5, `${file}: ${where}${key} has a description`);
          assert.ok(!/\bglobs?\b|§|docs\//i.test(d), `${file}: ${where}${key}: «${d}» is plain`);
          walk(child, `${where}${key}.`);
        }
        if (typeof n.additionalProperties === 'object') walk(n.additionalProperties, `${where}*.`);
        if (n.items) walk(n.items, where);
        for (const a of n.anyOf ?? []) walk(a, where);
      };
      walk(schema, '');
      assert.ok(schema.description && !/§|docs\//.test(schema.description), `${file}: the top description`);
    }
  });

  it('list exactly the rules Samstemt has, in samstemt.yaml `rules:`', function () {
    const schema = JSON.parse(readFileSync(path.join(REPO, 'schemas', 'samstemt.schema.json'), 'utf8')) as { definitions: { rules: { propertyNames: { anyOf: [{ enum: string[] }] } } } };
    const listed = schema.definitions.rules.propertyNames.anyOf[0].enum;
    assert.deepEqual([...listed].sort(), allRules.map((r) => r.meta.id).sort());
    for (const r of allRules) assert.equal(errorsOf(config, `rules:\n  ${r.meta.id.toUpperCase()}: off\n`), '', r.meta.id);
  });
});
