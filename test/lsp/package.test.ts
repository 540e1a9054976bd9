/**
 * The VS Code extension manifest and package contents: activation,
 * contributions, schemas, grammar, untrusted-workspace support, and a VSIX
 * that ships the bundles and catalogs but no node_modules.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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
    assert.deepEqual(commands, ['samstemt.checkWorkspace', 'samstemt.listObjectives', 'samstemt.restartServer', 'samstemt.showReport']);
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
