/** `samstemt objectives [PATH]`: the objectives of the frameworks a cooperation uses (the built-in national catalogs by default). */
import { Engine } from '../engine/engine.js';
import { DEFAULT_FRAMEWORKS } from '../engine/model/config.js';
import { allRules } from '../rules/index.js';
import { loadBuiltInCatalogs } from '../node/catalogs.js';
import { parseArgs, single } from './args.js';
import { jsonWithoutRawControls, printable } from './printable.js';
import { UsageError, type CliIo } from './io.js';
import { parseLang, unreadableConfigs } from './check.js';
import { objectiveMessageTitle } from '../engine/findings.js';
import type { Framework, Lang } from '../engine/types.js';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { nearestConfigDir } from '../node/nodeHost.js';
import { cooperationAt, createNodeEngine } from './workspaceSetup.js';

export function runObjectives(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, ['framework', 'format', 'lang'], []);
  if (args.positionals.length > 1) throw new UsageError('objectivesOnePath');
  const written = single(args, 'framework')?.trim();
  const wanted = written?.toUpperCase();
  if (wanted === '') throw new UsageError('needsValue', { name: 'framework' });
  const formatText = single(args, 'format') ?? 'text';
  const format = formatText.trim().toLowerCase();
  if (format !== 'text' && format !== 'json') throw new UsageError('formatValue', { values: 'text, json', value: formatText });
  const langOption = parseLang(single(args, 'lang'));
  const { frameworks: available, language, unreadable, root } = frameworksAt(io.cwd, args.positionals[0], langOption ?? 'nb');
  // A samstemt.yaml that cannot be read: listing the defaults would pass them off as the cooperation's frameworks.
  if (unreadable.length) {
    for (const line of unreadable) io.stderr(line);
    return 2;
  }
  // Titles in English with --lang en (or a workspace in English); the Norwegian short titles otherwise.
  const lang = langOption ?? language ?? 'nb';
  // --framework names any framework known here: the cooperation's, or a built-in national
  // catalog it does not enable (cli.md: «the national objectives known to the tool»).
  // A framework file may also be named by its path, as `frameworks:` names it (from here or from samstemt.yaml's folder).
  const files = written && /\.ya?ml$/i.test(written) ? [io.cwd, ...(root ? [root] : [])].map((d) => pathToFileURL(path.resolve(d, written)).href) : [];
  const known = [...available, ...builtInFrameworks().filter((b) => !available.some((f) => f.id === b.id))];
  // In a folder that holds cooperations (a repository of several), their own framework files are known here too.
  const match = (f: Framework) => f.id === wanted || (!f.builtIn && files.includes(f.uri));
  if (wanted && !root && !known.some(match)) known.push(...nestedFrameworks(path.resolve(io.cwd, args.positionals[0] ?? '.')).filter((f) => !known.some((k) => k.id === f.id)));
  const frameworks = wanted ? known.filter(match) : available;
  if (wanted && !frameworks.length) throw new UsageError('unknownFramework', { id: written!, ids: known.map((f) => f.id).join(', ') });
  if (format === 'json') {
    const out = frameworks.map((f) => ({
      framework: f.id,
      title: f.title,
      ...(f.titleEn ? { titleEn: f.titleEn } : {}),
      ...(f.period ? { period: f.period } : {}),
      ...(f.source ? { source: f.source } : {}),
      objectives: f.objectives.map((o) => ({ id: o.id, kind: o.kind, title: o.title, ...(o.titleEn ? { titleEn: o.titleEn } : {}), ...(o.short ? { short: o.short } : {}), ...(o.parent ? { parent: o.parent } : {}), ...(o.source ? { source: o.source } : {}) })),
    }));
    io.stdout(jsonWithoutRawControls(JSON.stringify(out, null, 2)) + '\n');
    return 0;
  }
  // A cooperation's own framework files are documents too: their titles reach the terminal without control characters.
  const print = (text: string) => io.stdout(printable(text));
  for (const f of frameworks) {
    print(`${f.id}  ${lang === 'en' && f.titleEn ? f.titleEn : f.title}${f.period ? ` (${f.period.from ?? ''}–${f.period.to ?? ''})` : ''}\n`);
    if (f.source) print(`      ${f.source}\n`);
    const width = f.objectives.reduce((w, o) => Math.max(w, o.id.length), 0);
    for (const o of f.objectives) {
      const indent = o.parent ? '    ' : '  ';
      print(`${indent}${o.id.padEnd(width + (o.parent ? 0 : 2))}  ${objectiveMessageTitle(o, lang)}\n`);
      if (o.source && o.source !== f.source) print(`${indent}${' '.repeat(width + (o.parent ? 0 : 2))}  ${o.source}\n`);
    }
    print('\n');
  }
  return 0;
}

/**
 * The frameworks to list: those the cooperation at or above PATH (default:
 * the current folder) enables, its own framework files included, in its
 * language; the built-in catalogs where there is no samstemt.yaml.
 */
function frameworksAt(cwd: string, where: string | undefined, lang: Lang): { frameworks: readonly Framework[]; language?: Lang; unreadable: string[]; root?: string } {
  const dir = path.resolve(cwd, where ?? '.');
  if (!existsSync(dir)) throw new UsageError('noSuchPath', { path: where ?? '.' });
  const root = nearestConfigDir(statSync(dir).isFile() ? path.dirname(dir) : dir);
  if (root) {
    const { ws, host } = cooperationAt(root);
    if (ws) return { frameworks: ws.frameworks, language: ws.config.language, unreadable: unreadableConfigs(cwd, [ws], lang, host), root };
  }
  return { frameworks: builtInFrameworks(), unreadable: [] };
}

/** The custom frameworks of the cooperations in the folder `dir` (not itself a cooperation). */
function nestedFrameworks(dir: string): Framework[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const { engine } = createNodeEngine([{ path: dir, isFile: false, root: dir }]);
  return engine.loadWorkspaces().flatMap((ws) => ws.frameworks.filter((f) => !f.builtIn));
}

/** The built-in national catalogs, in the order a folder without samstemt.yaml enables them (DS19, then DN30), as `check` there uses them. */
function builtInFrameworks(): Framework[] {
  const engine = new Engine({ listFiles: () => [], readFile: () => undefined }, { catalogs: loadBuiltInCatalogs(), rules: allRules });
  const order = (f: Framework) => (DEFAULT_FRAMEWORKS.indexOf(f.id) + 1 || DEFAULT_FRAMEWORKS.length + 1);
  return [...engine.builtInFrameworks].sort((a, b) => order(a) - order(b));
}
