import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { allRules, ruleById } from '../../server/src/rules/index.js';
import { LANGS } from '../../server/src/engine/types.js';
import { REPO } from '../helpers/workspace.js';

/**
 * The rule catalog of rules.md (the contract), hard-coded so the test is
 * self-contained: id → default severity and section.
 */
const STRUCTURE_RULES = {
  'parse-error': 'error',
  'missing-owner': 'error',
  'unknown-member': 'error',
  'duplicate-goal-id': 'error',
  'unknown-property': 'warning',
  'invalid-value': 'error',
  'unknown-objective': 'error',
  'unknown-goal-ref': 'error',
  'contribution-cycle': 'error',
} as const;

/** Alignment and good-goal rules (being added concurrently with the structure rules). */
const ALIGNMENT_RULES = {
  'goal-unlinked': 'warning',
  'weak-link': 'hint',
  'objective-uncovered': 'info',
  'beyond-framework-period': 'info',
} as const;
const GOOD_GOAL_RULES = {
  'goal-not-measurable': 'warning',
  'solution-first': 'warning',
  'uniform-mandate': 'info',
} as const;

/** Conflict rules (being added concurrently with the structure rules). */
const CONFLICT_RULES = {
  'conflict-system-choice': 'error',
  'conflict-direction': 'error',
  'conflict-deadline': 'warning',
  'conflict-capacity': 'warning',
  'possible-conflict': 'hint',
} as const;

const CATEGORY: Record<string, string> = {
  ...Object.fromEntries(Object.keys(STRUCTURE_RULES).map((id) => [id, 'structure'])),
  ...Object.fromEntries(Object.keys(ALIGNMENT_RULES).map((id) => [id, 'alignment'])),
  ...Object.fromEntries(Object.keys(GOOD_GOAL_RULES).map((id) => [id, 'good-goals'])),
  ...Object.fromEntries(Object.keys(CONFLICT_RULES).map((id) => [id, 'conflicts'])),
};
const ALL_RULES: Record<string, string> = { ...STRUCTURE_RULES, ...ALIGNMENT_RULES, ...GOOD_GOAL_RULES, ...CONFLICT_RULES };

const DOC_HEADINGS = (id: string) => [`# ${id}`, '## What it checks', '## Why it matters', '## Example', '## How to fix', '## Configuration'];

/** Placeholders of a template; a language suffix (`{years_nb}` for `{years_en}`) counts as the same placeholder. */
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!.replace(/_(en|nb|nn)$/, '')).sort();

describe('rule catalog', () => {
  it('lists the 21 rules of rules.md', () => {
    assert.equal(Object.keys(ALL_RULES).length, 21);
  });

  it('registers every structure rule', () => {
    for (const id of Object.keys(STRUCTURE_RULES)) assert.ok(ruleById(id), `structure rule ${id} is not registered`);
  });

  it('registers every rule of rules.md (structure, alignment, good goals, conflicts)', () => {
    const missing = Object.keys(ALL_RULES).filter((id) => !ruleById(id));
    assert.deepEqual(missing, [], `not registered in server/src/rules/index.ts: ${missing.join(', ')}`);
  });

  it('registers no rule outside rules.md', () => {
    const extra = allRules.map((r) => r.meta.id).filter((id) => !(id in ALL_RULES));
    assert.deepEqual(extra, []);
  });

  it('keeps the registry sorted by id, without duplicates', () => {
    const ids = allRules.map((r) => r.meta.id);
    assert.deepEqual(ids, [...ids].sort((a, b) => a.localeCompare(b)));
    assert.equal(new Set(ids).size, ids.length);
  });

  for (const rule of allRules) {
    const { id } = rule.meta;
    describe(id, () => {
      it('has a kebab-case id', () => {
        assert.match(id, /^[a-z]+(-[a-z]+)*$/);
      });

      it('has the default severity and category of rules.md', () => {
        if (!(id in ALL_RULES)) return;
        assert.equal(rule.meta.defaultSeverity, ALL_RULES[id]);
        assert.equal(rule.meta.category, CATEGORY[id]);
      });

      it('checks something', () => {
        assert.ok(rule.checkDocument || rule.checkWorkspace, 'neither checkDocument nor checkWorkspace');
      });

      it('has a description in en, nb and nn', () => {
        for (const lang of LANGS) {
          const text = rule.meta.description[lang];
          assert.ok(text && text.trim().length > 10, `description.${lang} is missing`);
        }
      });

      it('has every message in en, nb and nn, with the same placeholders', () => {
        const ids = Object.keys(rule.meta.messages);
        assert.ok(ids.length > 0, 'no messages');
        for (const mid of ids) {
          const m = rule.meta.messages[mid]!;
          for (const lang of LANGS) assert.ok(m[lang] && m[lang]!.trim() !== '', `message ${mid} has no ${lang} text`);
          const expected = placeholders(m.en);
          for (const lang of LANGS) assert.deepEqual(placeholders(m[lang]!), expected, `message ${mid}.${lang} has other placeholders than en`);
        }
      });

      it('lives in server/src/rules/<id>.ts', () => {
        assert.ok(existsSync(path.join(REPO, 'server/src/rules', `${id}.ts`)), `server/src/rules/${id}.ts is missing`);
      });

      it('has a test file test/rules/<id>.test.ts', () => {
        assert.ok(existsSync(path.join(REPO, 'test/rules', `${id}.test.ts`)), `test/rules/${id}.test.ts is missing`);
      });

      it('has a user page docs/rules/<id>.md with the required sections, in order', () => {
        const file = path.join(REPO, 'docs/rules', `${id}.md`);
        assert.ok(existsSync(file), `docs/rules/${id}.md is missing`);
        const lines = readFileSync(file, 'utf8').split(/\r?\n/).map((l) => l.trimEnd());
        let last = -1;
        for (const h of DOC_HEADINGS(id)) {
          const i = lines.indexOf(h);
          assert.ok(i >= 0, `docs/rules/${id}.md has no heading "${h}"`);
          assert.ok(i > last, `docs/rules/${id}.md: "${h}" is out of order`);
          last = i;
        }
        assert.equal(lines.find((l) => l.startsWith('# ')), `# ${id}`, 'the page starts with the rule id as its title');
        const config = lines.slice(lines.indexOf('## Configuration')).join('\n');
        assert.match(config, /rules:/, 'Configuration shows `rules:` in samstemt.yaml');
        assert.match(config, /--rule/, 'Configuration shows `--rule` on the command line');
      });
    });
  }
});
