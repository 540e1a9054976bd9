/**
 * Hostile input: documents and configs written to make a parser or a rule
 * take forever (deep nesting, alias bombs, marker runs, adversarial globs,
 * one endless word). The tests check what each gives: a clear finding, the
 * goals around it still read, nothing expanded. How long each takes is a
 * property of the machine, so it is measured by `npm run bench`
 * (scripts/bench/hostile.ts) instead of asserted; in a test, a hang shows as
 * mocha's timeout.
 */
import { CONFIG } from '../helpers/workspace.js';
import { MAX_DOCUMENT_SIZE } from '../../server/src/engine/engine.js';
import { MAX_GLOB_LENGTH } from '../../server/src/engine/workspace/glob.js';

/** A workspace to analyse: files by path, and engine options (a smaller document size limit). */
export interface HostileWorkspace {
  name: string;
  files: Record<string, string>;
  maxDocumentSize?: number;
}

/** About 4 MB each of lines built against a line scanner: deep nesting, long marker runs, fences, front matter. */
export const SCANNER_RUNS: Readonly<Record<string, string>> = {
  'nested lists': '- a\n' + '  - b\n    - c\n      - d\n'.repeat(100_000),
  'fenced blocks': ('```\n' + 'x\n'.repeat(10) + '```\n').repeat(100_000),
  'one marker run': '- ' + '*'.repeat(2_000_000) + '\n',
  'front matter': '---\n' + 'a: b\n'.repeat(500_000),
  'bullet runs': 'Tekst\n' + ('- '.repeat(30) + 'x\n').repeat(50_000),
};

/** A goal whose need is one word of 4 000 letters (compound splitting once took minutes on it). */
export function longWord(): HostileWorkspace {
  const head = `---\nowner: storby\n---\n\n## Digital byggesak {#digital-byggesak}\n\n`;
  return { name: 'a 4 000-letter word', files: { 'samstemt.yaml': CONFIG, 'storby.md': `${head}- Frist: 2026\n- Behov: ${'a'.repeat(4000)}\n` } };
}

/** Documents over the size limit: 66 KB against a 10 000-character limit, and just over the default limit. */
export function oversized(): HostileWorkspace[] {
  const big = '---\nowner: storby\n---\n## Mål {#m}\n- Frist: 2026\n\n' + 'Lang tekst om felles løsninger. '.repeat(2000);
  const huge = 'x'.repeat(MAX_DOCUMENT_SIZE + 1);
  return [
    { name: 'over a 10 000-character limit', files: { 'samstemt.yaml': CONFIG, 'a.md': big }, maxDocumentSize: 10_000 },
    { name: 'over the default size limit', files: { 'samstemt.yaml': CONFIG, 'a.md': huge, 'b.yaml': 'owner: storby\n#' + huge } },
  ];
}

/** YAML nested 10 000 levels in flow style (front matter and a YAML document), 100 in block style. */
export function deepYaml(): HostileWorkspace {
  const flow = '['.repeat(10000) + ']'.repeat(10000);
  const block = Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' x\n';
  return {
    name: 'YAML nested 10 000 levels',
    files: { 'samstemt.yaml': CONFIG, 'a.md': `---\nowner: storby\nx: ${flow}\n---\n`, 'b.yaml': `owner: storby\ngoals: ${flow}\n`, 'c.yaml': `owner: midtby\n${block}` },
  };
}

/** Markdown built against block and inline parsers, each put between two goals. */
export const MARKDOWN_BOMBS: Readonly<Record<string, string>> = {
  quotes: '>'.repeat(50000) + ' x',
  lists: '- '.repeat(20000) + 'x',
  quotedLists: '> - '.repeat(10000) + 'x',
  indentedLists: Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'),
  emphasis: '*_'.repeat(20000) + 'x' + '_*'.repeat(20000),
  links: '[a]('.repeat(20000),
  images: '![a]('.repeat(20000),
  brackets: '['.repeat(50000),
};

/** A document with `bomb` between a goal before it and a goal after it (whose area `hrr` is invalid: a finding to look for). */
export function withBomb(bomb: string): string {
  return `---\nowner: storby\n---\n## Før {#før}\n- Frist: 2026\n\n${bomb}\n\n## Etter {#etter}\n- Område: hrr\n- Frist: 2026\n`;
}

export function markdownBombs(): HostileWorkspace[] {
  return Object.entries(MARKDOWN_BOMBS).map(([name, bomb]) => ({ name: `Markdown: ${name}`, files: { 'samstemt.yaml': CONFIG, 'a.md': withBomb(bomb) } }));
}

/** Billion laughs (12 levels of 9 aliases) in a YAML document's values, in front matter and in samstemt.yaml. */
export function laughs(): HostileWorkspace {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
  const bomb = lines.join('\n');
  const doc = `owner: storby\n${bomb}\ngoals:\n  - id: x\n    title: *l\n    adopt: *l\n    supports: *l\n    deadline: 2026\n`;
  const fm = `---\nowner: storby\n${bomb}\ntitle: *l\n---\n## X {#x}\n- Frist: 2026\n`;
  const cfg = CONFIG.replace('cooperation: Test', `cooperation: Test\n${bomb}`).replace('documents: ["**/*.md", "**/*.yaml"]', 'documents: *l');
  return { name: 'YAML: billion laughs', files: { 'samstemt.yaml': cfg, 'a.yaml': doc, 'b.md': fm } };
}

/**
 * Goal lists by alias: `g.yaml` lists each level's goals twice (2^20 goals if
 * expanded), `h.yaml` is a chain of 20 000 aliases, `s.yaml` a goal list
 * inside its own anchor.
 */
export function goalAliases(): HostileWorkspace {
  let goals = 'owner: storby\nx0: &g0 [{id: a, title: A}]\n';
  for (let i = 1; i <= 20; i++) goals += `x${i}: &g${i} [{id: b${i}, goals: *g${i - 1}}, {id: c${i}, goals: *g${i - 1}}]\n`;
  goals += 'goals: *g20\n';
  let chain = 'owner: midtby\nx0: &g0 [{id: a}]\n';
  for (let i = 1; i <= 20000; i++) chain += `x${i}: &g${i} [{id: a${i}, goals: *g${i - 1}}]\n`;
  chain += 'goals: *g20000\n';
  const self = 'owner: fjellbygd\ngoals: &g\n  - id: x\n    title: X\n    goals: *g\n';
  return { name: 'YAML: goal lists by alias', files: { 'samstemt.yaml': CONFIG, 'g.yaml': goals, 'h.yaml': chain, 's.yaml': self } };
}

/** `documents` globs built to backtrack, against a path 60 folders deep (and one over the length limit). */
export function evilGlobs(): HostileWorkspace {
  const doc = '---\nowner: storby\n---\n## X {#x}\n- Frist: 2026\n- Støtter: DS19-M2\n';
  const evil = ['**a'.repeat(160), '**/'.repeat(160) + 'x', '{*,*}'.repeat(99), '*a'.repeat(240) + 'b', 'x'.repeat(MAX_GLOB_LENGTH + 1)];
  const deep = `${'a/'.repeat(60)}${'a'.repeat(120)}.md`;
  return { name: 'globs built to backtrack', files: { 'samstemt.yaml': CONFIG.replace('documents: ["**/*.md", "**/*.yaml"]', `documents: ${JSON.stringify(evil)}`), [deep]: doc, 'a.md': doc } };
}

/** Globs built to backtrack, each within the length limit, and the paths they are matched against (4 000 characters, 2 000 folders). */
export const GLOB_ATTACKS = {
  globs: ['**a'.repeat(166), '**/'.repeat(166) + 'x', '{*,*}'.repeat(99) + 'x', '*a'.repeat(249) + 'b', '{'.repeat(499) + 'a', '{a,b,c,d,e,f,g,h}'.repeat(29), '[a-z]*'.repeat(80) + '!', '?*'.repeat(250)],
  paths: ['a'.repeat(4000), 'a/'.repeat(2000) + 'y', `${'a/'.repeat(100)}${'a'.repeat(200)}.md`, 'strategier/storby.md'],
};

/** Every hostile workspace above, for the benchmark. */
export function hostileWorkspaces(): HostileWorkspace[] {
  return [longWord(), ...oversized(), deepYaml(), ...markdownBombs(), laughs(), goalAliases(), evilGlobs()];
}
