/**
 * What a strategy author reads of the manifest in VS Code: the extension's
 * name and description in the Extensions view, and the Settings editor's
 * description of every setting and of each of its choices, in en, nb and nn.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO } from './harness.js';

interface Setting {
  enum?: string[];
  enumDescriptions?: string[];
  description?: string;
  markdownDescription?: string;
}
interface Manifest {
  displayName: string;
  description: string;
  contributes: { configuration: { properties: Record<string, Setting> } };
}

const json = <T>(p: string) => JSON.parse(readFileSync(path.join(REPO, p), 'utf8')) as T;
const NLS = ['package.nls.json', 'package.nls.nb.json', 'package.nls.nn.json'].map((f) => [f, json<Record<string, string>>(f)] as const);

/** The text a manifest string shows in each language: `%key%` looked up in every package.nls file. */
function localised(value: string | undefined, what: string): void {
  const key = /^%([^%]+)%$/.exec(value ?? '')?.[1];
  assert.ok(key, `${what} is localised: ${value}`);
  for (const [file, nls] of NLS) assert.ok(nls[key]?.trim(), `${what}: ${key} in ${file}`);
}

describe('the manifest strings a strategy author reads', function () {
  const manifest = json<Manifest>('package.json');

  it('names and describes the extension in the user\'s language', function () {
    localised(manifest.displayName, 'displayName');
    localised(manifest.description, 'description');
  });

  it('describes every setting, and every choice of a setting with choices', function () {
    for (const [name, s] of Object.entries(manifest.contributes.configuration.properties)) {
      localised(s.markdownDescription ?? s.description, `${name} description`);
      if (!s.enum) continue;
      assert.equal(s.enumDescriptions?.length, s.enum.length, `${name}: one description per choice`);
      s.enumDescriptions!.forEach((d, i) => localised(d, `${name} = ${s.enum![i]}`));
    }
  });
});
