/**
 * `documents` that select nothing: a misspelt folder in a glob, or a
 * workspace whose files the default globs miss, would otherwise give "no
 * problems" while no document is checked at all.
 */
import type { ValueProblem } from '../types.js';
import type { WorkspaceConfig } from '../model/config.js';
import { DEFAULT_DOCUMENTS } from '../model/config.js';
import { matchesAny } from './glob.js';

/**
 * Warnings on a readable samstemt.yaml: each `documents` glob that matches none of the
 * workspace's Markdown and YAML files (`paths`, relative to the config), or,
 * without `documents`, Markdown files none of which the default globs select.
 */
export function documentGlobProblems(config: WorkspaceConfig, paths: readonly string[], selected: number, noDocument = false): ValueProblem[] {
  // The same problems as last time are the same array: the engine reuses a workspace model while its inputs are the same objects.
  const problems = findProblems(config, paths, selected, noDocument);
  const key = JSON.stringify(problems.map((p) => [p.messageId, p.span.start, p.data]));
  const last = lastProblems.get(config);
  if (last?.key === key) return last.problems;
  lastProblems.set(config, { key, problems });
  return problems;
}
const lastProblems = new WeakMap<WorkspaceConfig, { key: string; problems: ValueProblem[] }>();

function findProblems(config: WorkspaceConfig, paths: readonly string[], selected: number, noDocument: boolean): ValueProblem[] {
  // A samstemt.yaml that cannot be read or parsed, or is no `key: value` lines, may well mean to give `documents`: what to fix is the file, not a missing setting.
  if (!config.uri || config.unread || config.problems.length > 0 || config.valueProblems.some((p) => p.messageId === 'configShape')) return [];
  const markdown = paths.filter((p) => /\.(md|markdown)$/i.test(p));
  const example = markdown.find((p) => p.includes('/')) ?? markdown[0];
  const folder = example?.includes('/') ? example.slice(0, example.indexOf('/') + 1) : '';
  if (config.documentGlobs) {
    // A `!` glob that leaves out nothing is as much a typo as a glob that selects nothing.
    const pattern = (g: { text: string }) => (g.text.startsWith('!') ? g.text.slice(1) : g.text);
    const unmatched = config.documentGlobs.filter((g) => !paths.some((p) => matchesAny(p, [pattern(g)])));
    // A YAML glob kept in a folder of Markdown documents, for later, is a choice; a folder that does not exist, or globs that find nothing at all, are typos.
    const typos = unmatched.length === config.documentGlobs.length ? unmatched : unmatched.filter((g) => !hasFolder(paths, folderOf(pattern(g))));
    // A warning: the rest of the config still works.
    const problems: ValueProblem[] = typos.map((g) => ({ kind: 'invalid-value', span: g.span, messageId: outside(pattern(g)) ? 'documentsOutside' : g.text.startsWith('!') ? 'documentsExcludesNothing' : 'documentsNoMatch', data: { value: g.text }, severity: 'warning' }));
    // Globs that select only framework files and other YAML: the check would say «no problems, 0 goals».
    if (noDocument) {
      for (const g of config.documentGlobs.filter((x) => !x.text.startsWith('!'))) {
        const found = paths.find((p) => matchesAny(p, [g.text]));
        if (found) problems.push({ kind: 'invalid-value', span: g.span, messageId: 'documentsNoStrategy', data: { value: g.text, example: found, glob: example ? `${folder}**/*.md` : DEFAULT_DOCUMENTS[0]! }, severity: 'warning' });
      }
    }
    return problems.sort((a, b) => a.span.start - b.span.start);
  }
  if (selected > 0 || !example) return [];
  return [
    {
      kind: 'invalid-value',
      span: config.firstKey ?? { start: 0, end: Math.min(1, config.text.length) },
      messageId: 'documentsDefault',
      data: { defaults: DEFAULT_DOCUMENTS.join(', '), example, glob: `${folder}**/*.md` },
      severity: 'warning',
    },
  ];
}

/** The folder a glob starts in, up to its first wildcard: `strategier/` for `strategier/**` and '' for `*.md`. */
function folderOf(glob: string): string {
  const g = glob.replace(/\\/g, '/').replace(/^\.\//, '');
  let end = g.length;
  for (const c of '*?[{') {
    const i = g.indexOf(c);
    if (i >= 0 && i < end) end = i;
  }
  return g.slice(0, g.lastIndexOf('/', end) + 1);
}

/**
 * Whether a glob starts outside the workspace: an absolute path (`/etc/**`, `C:\…`, `\\server\…`)
 * or a folder part that climbs above it (`../**`, `strategier/../../x`). Only files inside are ever read.
 */
function outside(glob: string): boolean {
  const folder = folderOf(glob);
  if (/^(?:\/|[a-zA-Z]:\/)/.test(folder)) return true;
  let depth = 0;
  for (const part of folder.split('/')) {
    if (part === '..') depth--;
    else if (part !== '' && part !== '.') depth++;
    if (depth < 0) return true;
  }
  return false;
}

/** Whether any file lies in `folder` (case-sensitively, as globs match); every path is in the root folder ''. */
function hasFolder(paths: readonly string[], folder: string): boolean {
  return folder === '' || paths.some((p) => p.startsWith(folder));
}
