import { strict as assert } from 'node:assert';
import { analyzeRule, textAt, CONFIG, CONFIG_DS19_ONLY as DS19_ONLY, shippedCatalogs } from '../helpers/workspace.js';
import { parseFramework } from '../../server/src/engine/frameworks/parseFramework.js';

const RULE = 'objective-uncovered';

/** DS19's objective IDs, from the shipped catalog, without the vision. */
function ds19(): string[] {
  const c = shippedCatalogs().find((x) => x.uri.endsWith('/DS19.yaml'))!;
  return parseFramework(c.uri, c.text, true).framework!.objectives.filter((o) => o.kind !== 'vision').map((o) => o.id);
}

const md = (supports: string) => `---
owner: storby
---

## Digitale tjenester {#tjenester}

- Støtter: ${supports}
- Frist: 2025
`;

const AGDER = `framework: AGDER-DIGI
title: Digital strategi for Agder 2023–2026
period: 2023–2026
objectives:
  - id: AGDER-DIGI-V
    kind: vision
    title: Agder – en digital region
  - id: AGDER-DIGI-1
    title: Trygg digital region
  - id: AGDER-DIGI-2
    title: Digitale tjenester for alle
`;

describe('objective-uncovered', function () {
  this.timeout(30_000);

  describe('valid', () => {
    it('reports nothing when every objective (but the vision) is supported', () => {
      const cfg = CONFIG.replace('frameworks: [DS19, DN30]', 'frameworks: [rammer/agder.yaml]');
      const files = { 'samstemt.yaml': cfg, 'rammer/agder.yaml': AGDER, 'a.md': md('AGDER-DIGI-1, agder-digi-2') };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });

    it('reports nothing without samstemt.yaml', () => {
      assert.deepEqual(analyzeRule(RULE, { 'a.strategy.md': md('DS19-M2') }), []);
    });

    it('reports nothing while the workspace has no goals', () => {
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG }), []);
    });

    it('is silent when turned off', () => {
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG + 'rules:\n  objective-uncovered: off\n', 'a.md': md('DS19-M2') }), []);
    });
  });

  describe('invalid', () => {
    it('reports each uncovered objective on the framework entry of samstemt.yaml', () => {
      const files = { 'samstemt.yaml': DS19_ONLY, 'a.md': md('DS19-M2') };
      const list = analyzeRule(RULE, files);
      const expected = ds19().filter((id) => id !== 'DS19-M2');
      assert.equal(list.length, expected.length);
      for (const d of list) {
        assert.equal(d.rule, RULE);
        assert.equal(d.severity, 'info');
        assert.equal(d.file, 'samstemt.yaml');
        assert.deepEqual(d.range, { start: { line: 2, character: 13 }, end: { line: 2, character: 17 } });
        assert.equal(textAt(files, d), 'DS19');
      }
      const ids = list.map((d) => /supports (DS19-[\w-]+) /.exec(d.message)![1]!).sort();
      assert.deepEqual(ids, [...expected].sort());
      assert.ok(!ids.includes('DS19-V'), 'the vision is not reported');
      const m1 = list.find((d) => d.message.includes('DS19-M1 '))!;
      assert.equal(
        m1.message,
        'No goal in this cooperation supports DS19-M1 «The public sector is digitalised in an open, inclusive and trustworthy manner» (DS19). If members work towards it, add `Supports: DS19-M1` to those goals; if the cooperation has chosen not to prioritise it, you can leave this as it is.',
      );
    });

    it('does not count a dropped goal as covering its objective, but counts a done one', () => {
      const withStatus = (status: string) => md('DS19-M2') + `- Status: ${status}\n`;
      const reported = (status: string) => analyzeRule(RULE, { 'samstemt.yaml': DS19_ONLY, 'a.md': withStatus(status) }).map((d) => /supports (DS19-[\w-]+) /.exec(d.message)![1]!);
      assert.ok(reported('dropped').includes('DS19-M2'));
      assert.ok(!reported('done').includes('DS19-M2'));
    });

    it('counts a sub-objective as covering its parent', () => {
      const files = { 'samstemt.yaml': DS19_ONLY, 'a.md': md('DS19-I2-L1') };
      const reported = analyzeRule(RULE, files).map((d) => /(DS19-[\w-]+) /.exec(d.message)![1]!);
      assert.ok(!reported.includes('DS19-I2'));
      assert.ok(!reported.includes('DS19-I2-L1'));
      assert.ok(reported.includes('DS19-I2-L2'));
    });

    it('counts links from YAML and nynorsk documents, and writes in bokmål and nynorsk', () => {
      const yaml = `owner: midtby\ngoals:\n  - id: a\n    title: Tryggleik\n    støttar: [DS19-I9]\n`;
      const nb = { 'samstemt.yaml': DS19_ONLY.replace('language: en', 'language: nb'), 'a.md': md('DS19-M2'), 'b.yaml': yaml };
      const list = analyzeRule(RULE, nb);
      assert.equal(list.length, ds19().length - 2);
      assert.ok(list.some((d) => d.message.startsWith('Ingen mål i samarbeidet støtter DS19-M1 «Åpen, inkluderende og tillitvekkende digitalisering» (DS19). Hvis medlemmene arbeider mot det, legg til `Støtter: DS19-M1`')));
      const nn = analyzeRule(RULE, { ...nb, 'samstemt.yaml': DS19_ONLY.replace('language: en', 'language: nn') });
      assert.ok(nn.some((d) => d.message.startsWith('Ingen mål i samarbeidet støttar DS19-M1 «Åpen, inkluderende og tillitvekkende digitalisering» (DS19). Om medlemene arbeider mot det, legg til `Støttar: DS19-M1`')));
    });

    it('points at each framework’s own entry, also for a custom framework file in a block list', () => {
      const cfg = CONFIG.replace('frameworks: [DS19, DN30]', 'frameworks:\n  - DN30\n  - rammer/agder.yaml');
      const files = { 'samstemt.yaml': cfg, 'rammer/agder.yaml': AGDER, 'a.md': md('AGDER-DIGI-1, DN30-F3') };
      const list = analyzeRule(RULE, files);
      const agder = list.filter((d) => d.message.includes('(AGDER-DIGI)'));
      assert.equal(agder.length, 1);
      assert.match(agder[0]!.message, /AGDER-DIGI-2 «Digitale tjenester for alle»/);
      assert.equal(textAt(files, agder[0]!), 'rammer/agder.yaml');
      assert.deepEqual(agder[0]!.range.start, { line: 4, character: 4 });
      const dn30 = list.filter((d) => d.message.includes('(DN30)'));
      assert.ok(dn30.length > 0);
      assert.ok(dn30.every((d) => textAt(files, d) === 'DN30'));
      assert.ok(!dn30.some((d) => d.message.includes('DN30-F3 ')));
    });

    it('points at the first line when `frameworks:` is not written out', () => {
      const cfg = CONFIG.replace('frameworks: [DS19, DN30]\n', '');
      const files = { 'samstemt.yaml': cfg, 'a.md': md('DS19-M2') };
      const list = analyzeRule(RULE, files);
      assert.ok(list.length > 0);
      assert.ok(list.every((d) => textAt(files, d) === 'cooperation: Test'));
    });
  });
});
