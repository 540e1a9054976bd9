/**
 * The VS Code extension manifest and package contents: activation,
 * contributions, schemas, grammar, untrusted-workspace support, and a VSIX
 * that ships the bundles and catalogs but no node_modules.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO } from './harness.js';
import { GOAL_KEYS } from '../../server/src/engine/model/vocabulary.js';

interface Manifest {
  main: string;
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: boolean | string } };
  l10n: string;
  contributes: {
    commands: { command: string; title: string }[];
    configuration: { properties: Record<string, { enum?: string[]; default?: unknown }> };
    grammars: { scopeName: string; path: string; injectTo: string[] }[];
    yamlValidation: { fileMatch: string | string[]; url: string }[];
  };
  scripts: Record<string, string>;
}

const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as Manifest;
const json = (p: string) => JSON.parse(readFileSync(path.join(REPO, p), 'utf8')) as Record<string, unknown>;

describe('extension manifest', function () {
  it('activates only for strategy workspaces and its commands, never on start-up', function () {
    assert.ok(manifest.activationEvents.includes('workspaceContains:**/samstemt.yaml'));
    assert.ok(manifest.activationEvents.includes('workspaceContains:**/*.strategy.md'));
    assert.ok(manifest.activationEvents.includes('workspaceContains:**/*.strategy.yaml'));
    assert.ok(!manifest.activationEvents.some((e) => e === '*' || e === 'onStartupFinished' || e.startsWith('onLanguage:')));
    assert.equal(manifest.main, './dist/client.js');
  });

  it('declares support for untrusted workspaces', function () {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
  });

  it('contributes commands, settings, the grammar and the YAML schemas, all localised', function () {
    const commands = manifest.contributes.commands.map((c) => c.command).sort();
    assert.deepEqual(commands, ['samstemt.checkWorkspace', 'samstemt.listObjectives', 'samstemt.newStrategyDocument', 'samstemt.restartServer', 'samstemt.showReport']);
    const props = manifest.contributes.configuration.properties;
    assert.deepEqual(props['samstemt.language']?.enum, ['auto', 'nb', 'nn', 'en']);
    assert.equal(props['samstemt.language']?.default, 'auto');
    assert.ok(props['samstemt.trace.server']);
    const nls = json('package.nls.json');
    const nlsNb = json('package.nls.nb.json');
    for (const key of JSON.stringify(manifest.contributes).match(/%[^%"]+%/g) ?? []) {
      assert.ok(nls[key.slice(1, -1)], `${key} in package.nls.json`);
      assert.ok(nlsNb[key.slice(1, -1)], `${key} in package.nls.nb.json`);
    }
    const [grammar] = manifest.contributes.grammars;
    assert.ok(grammar && grammar.injectTo.includes('text.html.markdown'));
    assert.equal(json(grammar.path).scopeName, grammar.scopeName);
    const urls = manifest.contributes.yamlValidation.map((v) => v.url).sort();
    assert.deepEqual(urls, ['./schemas/samstemt.schema.json', './schemas/strategy.schema.json']);
    for (const u of urls) assert.ok(existsSync(path.join(REPO, u)), u);
    assert.ok(existsSync(path.join(REPO, manifest.l10n, 'bundle.l10n.nb.json')));
  });

  it('highlights and validates every property key of the vocabulary', function () {
    const grammar = readFileSync(path.join(REPO, 'syntaxes/strategy-markdown.injection.tmLanguage.json'), 'utf8');
    const schema = json('schemas/strategy.schema.json') as { definitions: { goal: { properties: Record<string, unknown> } } };
    for (const k of GOAL_KEYS) {
      for (const name of Object.values(k.names)) {
        assert.ok(grammar.includes(name.replace(/-/g, '\\\\-').replace(/ /g, '\\\\s+')), `grammar knows "${name}"`);
        assert.ok(schema.definitions.goal.properties[name], `schema knows "${name}"`);
      }
    }
  });

  it('highlights objective IDs of any framework after a supports key, keys after wide bullets, and not prose look-alikes', function () {
    type Rule = { match?: string; begin?: string; patterns?: Rule[] };
    const grammar = json('syntaxes/strategy-markdown.injection.tmLanguage.json') as { repository: Record<string, Rule> };
    // Oniguruma patterns as JavaScript ones: a leading (?i) becomes the i flag; \p{…} needs the u flag.
    const re = (source: string, global = false) => {
      const i = source.startsWith('(?i)');
      const body = i ? source.slice(4) : source;
      return new RegExp(body, (i ? 'i' : '') + (body.includes('\\p{') ? 'u' : '') + (global ? 'g' : ''));
    };
    const all = (source: string, text: string) => [...text.matchAll(re(source, true))].map((m) => m[0]);
    const r = grammar.repository;
    for (const line of ['-   Støtter: DS19-M9', '-\tFrist: 2025', '  -    Bidrar til: #a', '- Område: hr', '* **Frist**: 2025']) {
      assert.ok(re(r['property-key']!.match!).test(line), `a key in «${line}»`);
    }
    const supports = r['supports-line']!;
    for (const line of ['- Støtter: x', '-   støttar: x', '- **Supports**: x']) assert.ok(re(supports.begin!).test(line), `a supports key in «${line}»`);
    const item = supports.patterns![0]!.match!;
    assert.deepEqual(all(item, ' TRØNDELAG-1, KS-2.1, ds19-m2, KS-1, KS-A, VESTLAND_DIGI-1, AGDER-DIGI-2,'), ['TRØNDELAG-1', 'KS-2.1', 'ds19-m2', 'KS-1', 'KS-A', 'VESTLAND_DIGI-1', 'AGDER-DIGI-2']);
    assert.deepEqual(all(item, ' DS19-M2 (hovedmål 2)'), ['DS19-M2']);
    const prose = r['objective-id']!.match!;
    assert.deepEqual(all(prose, 'DS19-M2, DS19-I2-L4 og AGDER-DIGI-1 mot NS-EN-ISO 27001 med M365-E3-lisenser.'), ['DS19-M2', 'DS19-I2-L4', 'AGDER-DIGI-1']);
    const ref = r['goal-ref']!.match!;
    assert.deepEqual(all(ref, 'Sak #12 og punkt #3 i møtet.'), [], 'case numbers in prose');
    assert.deepEqual(all(ref, 'Se storby#12 og #felles-hr.'), ['storby#12', '#felles-hr']);
    assert.deepEqual(all(r['contributes-line']!.patterns![0]!.match!, ' #12, storby#digital-byggesak'), ['#12', 'storby#digital-byggesak']);
  });

  it('translates every UI string of the client into bokmål', function () {
    const nb = json('l10n/bundle.l10n.nb.json');
    const dir = path.join(REPO, 'client/src');
    const source = readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n');
    const strings = new Set([...source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!.replace(/\\'/g, "'")));
    assert.ok(strings.size > 10);
    assert.deepEqual([...strings].filter((s) => !nb[s]), [], 'strings without a bokmål translation');
  });

  it('packages the bundles, catalogs, grammar and schemas, without node_modules or sources', function () {
    this.timeout(60000);
    const out = execFileSync(process.execPath, [path.join(REPO, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: REPO, encoding: 'utf8' });
    const files = out.split(/\r?\n/).filter(Boolean);
    for (const f of ['package.json', 'dist/client.js', 'dist/samstemt-language-server.js', 'server/catalogs/DS19.yaml', 'server/catalogs/DN30.yaml', 'syntaxes/strategy-markdown.injection.tmLanguage.json', 'schemas/samstemt.schema.json', 'schemas/strategy.schema.json', 'package.nls.nb.json']) {
      assert.ok(files.includes(f), `${f} in ${files.join(', ')}`);
    }
    assert.ok(!files.some((f) => f.startsWith('node_modules/') || /\.ts$/.test(f) || f.endsWith('.map') || f.startsWith('test/')), files.join(', '));
    assert.ok(manifest.scripts.package?.includes('vsce package'));
  });
});
