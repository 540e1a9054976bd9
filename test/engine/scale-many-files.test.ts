/**
 * A cooperation whose `documents` globs match thousands of notes that are not
 * strategies (README.md, meeting notes without an owner), and cooperations
 * nested five levels deep: the work of an analysis must not grow with the
 * square of the number of such files.
 */
import { strict as assert } from 'node:assert';
import { InMemoryHost, createTestEngine } from '../helpers/workspace.js';
import missingOwner from '../../server/src/rules/missing-owner.js';
import type { WorkspaceModel } from '../../server/src/engine/workspaceModel.js';

function config(member: string): string {
  return `cooperation: Lag\nlanguage: nb\ndocuments: ["**/*.md"]\nmembers:\n  ${member}: { name: Kommune ${member}, kind: kommune, population: 5000 }\n  selskap: { name: Selskapet, kind: selskap }\n`;
}

/** Five cooperations, each in a sub-folder of the one before, each with one strategy and `notes` notes without an owner. */
function nested(notes: number): Record<string, string> {
  const files: Record<string, string> = {};
  let dir = '';
  for (let level = 0; level < 5; level++) {
    dir += `lag${level}/`;
    files[`${dir}samstemt.yaml`] = config(`k${level}`);
    files[`${dir}strategi.md`] = `---\nowner: k${level}\nperiod: 2024–2027\n---\n\n# Strategi\n\n## Digital byggesak {#bygg}\n\n- Område: plan-bygg\n- Frist: 2026-12-31\n`;
    for (let i = 0; i < notes; i++) files[`${dir}notater/README-${i}.md`] = `# Notat ${i}\n\nDette er et notat fra møtet. Det er ikke en strategi.\n`;
  }
  return files;
}

describe('many files that are not strategies', function () {
  this.timeout(120_000);

  it('each cooperation holds its own notes, and every note without an owner is reported once', () => {
    const result = createTestEngine(new InMemoryHost(nested(40))).analyze();
    assert.equal(result.workspaces.length, 5);
    for (const ws of result.workspaces) assert.equal(ws.documents.length, 41, ws.root);
    const missing = [...result.diagnostics.values()].flat().filter((d) => d.rule === 'missing-owner');
    assert.equal(missing.length, 5 * 40);
  });

  it('missing-owner looks through the documents for the members without one once per analysis, not once per note', () => {
    const result = createTestEngine(new InMemoryHost(nested(200))).analyze();
    const ws = result.workspaces[0]!;
    let walks = 0;
    const counting = new Proxy(ws, {
      get(target, p, receiver) {
        if (p === 'documents') walks++;
        return Reflect.get(target, p, receiver);
      },
    }) as WorkspaceModel;
    const notes = ws.documents.filter((doc) => !doc.owner);
    assert.equal(notes.length, 200);
    const keys = new Set(notes.map((doc) => missingOwner.documentKey!(doc, counting)));
    assert.deepEqual([...keys], ['selskap'], 'every note reads the same members without a document');
    assert.ok(walks <= 1, `the documents were walked ${walks} times for ${notes.length} notes`);
  });
});
