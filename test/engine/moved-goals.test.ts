/**
 * Goals an edit only moved (model/goalOrigins.ts): a re-parsed document's
 * goals that read exactly as before keep what the conflict rules knew of
 * them, at their new places, and the result is always a fresh analysis's.
 */
import { strict as assert } from 'node:assert';
import path from 'node:path';
import { InMemoryHost, createTestEngine, assertSameAsFresh, readTree, REPO } from '../helpers/workspace.js';
import { parseMarkdown } from '../../server/src/engine/parse/markdown.js';
import { parseYamlDocument } from '../../server/src/engine/parse/yamlDocument.js';
import { movedOffset, movedReports, movedSpan, originOf, recordOrigins, textChange } from '../../server/src/engine/model/goalOrigins.js';
import { conflictStats } from '../../server/src/engine/conflicts/context.js';
import { mulberry32 } from '../../scripts/bench/generate.js';
import type { Report } from '../../server/src/engine/rule.js';

const COMPANY = 'strategier/ikt-fjord.md';
const MEMBER = 'strategier/storby.md';
const sample = () => readTree(path.join(REPO, 'samples/ikt-fjord'));

const DOC = `---
eier: storby
---

# Strategi

### Felles lønn {#lonn}

- Område: hr
- Innføre: Visma HRM
- Frist: 2026-12-31

### Felles arkiv {#arkiv}

- Område: sak-arkiv
- Innføre: Elements
- Frist: 2027-06-30

### Digital byggesak {#byggesak}

- Område: byggesak
- Innføre: eByggesak
`;

describe('goals an edit only moved', () => {
  describe('positions across a change', () => {
    const change = textChange('file:///a.md', 'abcXYZdef', 'abcQdef'); // «XYZ» became «Q»

    it('finds the common beginning and ending', () => {
      assert.deepEqual(change, { uri: 'file:///a.md', start: 3, oldEnd: 6, delta: -2 });
    });

    it('keeps offsets before the change, moves those after it and has none inside it', () => {
      assert.equal(movedOffset(change, 2), 2);
      assert.equal(movedOffset(change, 3), 3, 'the change starts here: the text before it ends here');
      assert.equal(movedOffset(change, 6), 4, 'the text after the change starts here');
      assert.equal(movedOffset(change, 8), 6);
      assert.equal(movedOffset(change, 4), undefined);
      assert.equal(movedOffset(change, 5), undefined);
    });

    it('has no answer where text was only inserted: before it or after it may be meant', () => {
      const inserted = textChange('u', 'abcdef', 'abcXXdef');
      assert.deepEqual(inserted, { uri: 'u', start: 3, oldEnd: 3, delta: 2 });
      assert.equal(movedOffset(inserted, 2), 2);
      assert.equal(movedOffset(inserted, 3), undefined);
      assert.equal(movedOffset(inserted, 4), 6);
    });

    it('moves a span as a whole, and gives the same object when it did not move', () => {
      const before = { start: 0, end: 2 };
      assert.equal(movedSpan(change, before), before);
      assert.deepEqual(movedSpan(change, { start: 6, end: 9 }), { start: 4, end: 7 });
      assert.deepEqual(movedSpan(change, { start: 1, end: 7 }), { start: 1, end: 5 }, 'a span around the change shrinks with it');
      assert.equal(movedSpan(change, { start: 4, end: 8 }), undefined);
    });

    it('moves every position of a report in the changed file, and none in other files', () => {
      const r: Report = {
        messageId: 'm',
        uri: 'file:///a.md',
        span: { start: 6, end: 8 },
        related: [{ uri: 'file:///b.md', span: { start: 6, end: 8 }, messageId: 'r' }],
        fixes: [{ messageId: 'f', edits: [{ uri: 'file:///a.md', span: { start: 8, end: 8 }, newText: 'x' }] }],
      };
      const [moved] = movedReports([r], new Map([['file:///a.md', change]]))!;
      assert.deepEqual(moved!.span, { start: 4, end: 6 });
      assert.deepEqual(moved!.related![0]!.span, { start: 6, end: 8 });
      assert.deepEqual(moved!.fixes![0]!.edits[0]!.span, { start: 6, end: 6 });
      assert.deepEqual(r.span, { start: 6, end: 8 }, 'the report made before is left as it was');
      const unmoved = [{ ...r, span: { start: 0, end: 2 }, related: [], fixes: [] }];
      assert.equal(movedReports(unmoved, new Map([['file:///a.md', change]])), unmoved, 'nothing moved: the same reports');
      assert.equal(movedReports([{ ...r, span: { start: 4, end: 5 } }], new Map([['file:///a.md', change]])), undefined, 'a report inside the change is made again');
    });
  });

  describe('which goals of a re-parsed document are the same', () => {
    const origins = (before: string, after: string, yaml = false) => {
      const parse = yaml ? parseYamlDocument : parseMarkdown;
      const previous = parse('file:///ws/a.' + (yaml ? 'yaml' : 'md'), before);
      const next = parse('file:///ws/a.' + (yaml ? 'yaml' : 'md'), after);
      recordOrigins(previous, next);
      return next.goals.map((g) => {
        const o = originOf(g);
        if (o) assert.equal(o.goal, previous.goals.find((p) => p.key === g.key), `${g.id}: its origin is the goal of the same ID`);
        return [g.id, o ? 'moved' : 'new'];
      });
    };

    it('links the goals before and after an edited value, not the edited goal', () => {
      const after = DOC.replace('Innføre: Elements', 'Innføre: ACOS WebSak');
      assert.deepEqual(origins(DOC, after), [
        ['lonn', 'moved'],
        ['arkiv', 'new'],
        ['byggesak', 'moved'],
      ]);
    });

    it('links every goal when the edit is outside them (the heading above them)', () => {
      assert.deepEqual(origins(DOC, DOC.replace('# Strategi', '# Strategi for Storby')), [
        ['lonn', 'moved'],
        ['arkiv', 'moved'],
        ['byggesak', 'moved'],
      ]);
    });

    it('links nothing when what the document says about all its goals changed (its owner)', () => {
      assert.deepEqual(origins(DOC, DOC.replace('eier: storby', 'eier: midtby')), [
        ['lonn', 'new'],
        ['arkiv', 'new'],
        ['byggesak', 'new'],
      ]);
    });

    it('does not link a goal whose sub-goals changed', () => {
      const withSub = DOC.replace('### Felles arkiv {#arkiv}', '### Felles arkiv {#arkiv}\n\n#### Opplæring {#arkiv-opplaering}\n');
      const renamed = withSub.replace('{#arkiv-opplaering}', '{#arkiv-kurs}');
      assert.deepEqual(origins(withSub, renamed), [
        ['lonn', 'moved'],
        ['arkiv', 'new'],
        ['arkiv-kurs', 'new'],
        ['byggesak', 'moved'],
      ]);
    });

    it('does not link goals whose ID is written twice: which one is which is not certain', () => {
      const twice = DOC.replace('{#byggesak}', '{#lonn}');
      assert.deepEqual(origins(twice, twice.replace('# Strategi', '# Strategi for Storby')), [
        ['lonn', 'new'],
        ['arkiv', 'moved'],
        ['lonn', 'new'],
      ]);
    });

    it('links the goals of a YAML strategy around an edited comment', () => {
      const yaml = `owner: storby
goals:
  - id: lonn
    title: Felles lønn
    area: hr
    adopt: Visma HRM
  # lagt til etter møtet
  - id: arkiv
    title: Felles arkiv
    area: sak-arkiv
`;
      assert.deepEqual(origins(yaml, yaml.replace('etter møtet', 'etter styremøtet i mars'), true), [
        ['lonn', 'moved'],
        ['arkiv', 'moved'],
      ]);
    });
  });

  describe('in the analysis', function () {
    this.timeout(60_000);

    it('an edit of one company goal compares that goal again and moves the pairs of the others', () => {
      const files = sample();
      const host = new InMemoryHost(files);
      const engine = createTestEngine(host);
      const first = conflictStats(engine.analyze().workspaces[0]!);
      // A longer value in the first goal: every later goal of the company moves.
      host.set(COMPANY, files[COMPANY]!.replace('- Innføre: Visma HRM', '- Innføre: Visma HRM Enterprise'));
      const stats = conflictStats(engine.analyze().workspaces[0]!);
      assert.equal(stats.comparisons, first.comparisons);
      assert.ok(stats.moved > 0, 'the pairs of the company goals the edit only moved are carried over');
      assert.ok(stats.evaluated < stats.moved, `evaluated ${stats.evaluated}, moved ${stats.moved}`);
      assertSameAsFresh(engine, host, 'a longer value in a company goal');
    });

    it('gives a fresh analysis\'s diagnostics while edits alternate between the company and a member', () => {
      const files = sample();
      const host = new InMemoryHost(files);
      const engine = createTestEngine(host);
      engine.analyze();
      let company = files[COMPANY]!;
      let member = files[MEMBER]!;
      const steps: [string, () => void][] = [
        ['a member goal\'s title', () => host.set(MEMBER, (member = member.replace(/^### (\S)/m, '### Ny $1')))],
        ['the company\'s shared fee', () => host.set(COMPANY, (company = company.replace(/Retning: øke(?![\s\S]*Retning: øke)/, 'Retning: redusere')))],
        ['a line added above every company goal', () => host.set(COMPANY, (company = company.replace(/^### /m, 'Innledning til målene.\n\n### ')))],
        ['a member goal\'s title again', () => host.set(MEMBER, (member = member.replace('### Ny ', '### ')))],
        ['a company system', () => host.set(COMPANY, (company = company.replace('- Innføre: Elements', '- Innføre: ACOS WebSak')))],
        ['the company\'s edits undone', () => host.set(COMPANY, (company = files[COMPANY]!))],
      ];
      let moved = 0;
      for (const [what, edit] of steps) {
        edit();
        moved += conflictStats(engine.analyze().workspaces[0]!).moved;
        assertSameAsFresh(engine, host, what);
      }
      assert.ok(moved > 0, 'some pairs were carried over');
    });

    it('gives a fresh analysis\'s diagnostics after every one of 40 random character edits, half of them in the company\'s strategy', () => {
      const files = sample();
      const host = new InMemoryHost(files);
      const engine = createTestEngine(host);
      engine.analyze();
      const docs = Object.keys(files).filter((p) => /^strategier\/[^/]+\.(md|yaml)$/.test(p));
      const texts: Record<string, string> = { ...files };
      const random = mulberry32(20261128);
      let moved = 0;
      for (let i = 0; i < 40; i++) {
        const file = random() < 0.5 ? COMPANY : docs[Math.floor(random() * docs.length)]!;
        const t = texts[file]!;
        const at = Math.floor(random() * t.length);
        const kind = random();
        // A character or a few deleted, a letter typed, a line broken, a year added at a line's end, the file restored.
        const next =
          kind < 0.3 ? t.slice(0, at) + t.slice(at + 1 + Math.floor(random() * 3))
          : kind < 0.6 ? t.slice(0, at) + 'æ' + t.slice(at)
          : kind < 0.75 ? t.slice(0, at) + '\n' + t.slice(at)
          : kind < 0.9 ? t.replace(/\n/g, (nl, j: number) => (j >= at && !t.slice(at, j).includes('\n') ? ' 2027\n' : nl))
          : files[file]!;
        texts[file] = next;
        host.set(file, next);
        moved += conflictStats(engine.analyze().workspaces[0]!).moved;
        assertSameAsFresh(engine, host, `edit ${i + 1} (in ${file} at ${at})`);
      }
      assert.ok(moved > 0, 'pairs were carried over along the way');
    });
  });
});
