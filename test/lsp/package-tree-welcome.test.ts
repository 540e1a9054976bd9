/**
 * The explorer's Samstemt tree when it has nothing to list (a folder without
 * goals yet, or the extension started from the command palette in a folder
 * without samstemt.yaml): VS Code shows the view's welcome content instead of
 * a blank panel. The manifest gives the view one, in en, nb and nn, that says
 * what the tree lists and offers a command the extension contributes.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO } from './harness.js';

interface Manifest {
  contributes: {
    commands: { command: string }[];
    views: Record<string, { id: string }[]>;
    viewsWelcome?: { view: string; contents: string; when?: string }[];
  };
}

const json = <T>(p: string) => JSON.parse(readFileSync(path.join(REPO, p), 'utf8')) as T;

describe('the explorer tree without goals', function () {
  const manifest = json<Manifest>('package.json');

  it('has welcome content, localised, that links only to contributed commands', function () {
    const view = Object.values(manifest.contributes.views).flat().find((v) => v.id === 'samstemt.alignment');
    assert.ok(view, 'the tree view');
    const welcome = (manifest.contributes.viewsWelcome ?? []).filter((w) => w.view === 'samstemt.alignment');
    assert.equal(welcome.length, 1, 'one welcome content for the tree');
    const key = /^%([^%]+)%$/.exec(welcome[0]!.contents)?.[1];
    assert.ok(key, `localised contents: ${welcome[0]!.contents}`);
    const commands = new Set(manifest.contributes.commands.map((c) => c.command));
    for (const file of ['package.nls.json', 'package.nls.nb.json', 'package.nls.nn.json']) {
      const text: string | undefined = json<Record<string, string>>(file)[key];
      assert.ok(text, `${key} in ${file}`);
      const links: string[] = [...text.matchAll(/\]\(command:([\w.]+)\)/g)].map((m) => m[1]!);
      assert.ok(links.length >= 1, `a command link in ${file}: ${text}`);
      assert.deepEqual(links.filter((c) => !commands.has(c)), [], `links to commands the extension does not contribute in ${file}`);
      assert.match(text, /\{#/, `shows what makes a heading a goal in ${file}`);
    }
  });
});
