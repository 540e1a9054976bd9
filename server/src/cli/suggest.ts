/** `samstemt suggest FILE[#goal]`: ranked objective suggestions for goals, with the words that matched. */
import { statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, single } from './args.js';
import { jsonWithoutRawControls, printable } from './printable.js';
import { UsageError, type CliIo } from './io.js';
import { parseLang, unreadableConfigs } from './check.js';
import { createNodeEngine, resolveTargets } from './workspaceSetup.js';
import { toUri } from '../node/nodeHost.js';
import { objectiveMessageTitle } from '../engine/findings.js';
import { formatScore } from '../engine/text/numbers.js';
import type { Lang } from '../engine/types.js';

export function runSuggest(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, ['format', 'lang', 'limit'], []);
  const spec = args.positionals[0];
  if (!spec || args.positionals.length > 1) throw new UsageError('suggestUsage');
  const formatText = single(args, 'format') ?? 'text';
  const format = formatText.trim().toLowerCase();
  if (format !== 'text' && format !== 'json') throw new UsageError('formatValue', { values: 'text, json', value: formatText });
  const limitText = single(args, 'limit') ?? '5';
  if (!/^[0-9]+$/.test(limitText) || Number(limitText) < 1) throw new UsageError('limitValue', { value: limitText });
  const limit = Number(limitText);
  const langOption = parseLang(single(args, 'lang'));
  // A file whose name has a # in it (plan#2.md) is that file; else the last # starts the goal ID.
  const hash = isFile(path.resolve(io.cwd, spec)) ? -1 : spec.lastIndexOf('#');
  const file = hash > 0 ? spec.slice(0, hash) : spec;
  const goalId = hash > 0 ? spec.slice(hash + 1) : undefined;
  const targets = resolveTargets(io.cwd, [file]);
  if (!targets[0]!.isFile) throw new UsageError('notAFile', { file });
  // The author asks about this file: read it even if it is a draft outside the cooperation's `documents`.
  const { engine, host } = createNodeEngine(targets, { explicitOverGlobs: true });
  const uri = toUri(targets[0]!.path);
  const ws = engine.loadWorkspaces().find((w) => w.documents.some((d) => d.uri === uri));
  const doc = ws?.documents.find((d) => d.uri === uri);
  if (!ws || !doc) throw new UsageError('notStrategy', { file });
  // Objective titles and messages in the language asked for, else the cooperation's.
  const lang = langOption ?? ws.config.language;
  // A samstemt.yaml that cannot be read: suggestions from the default frameworks would look like the cooperation's.
  const unreadable = unreadableConfigs(io.cwd, [ws], lang, host);
  if (unreadable.length) {
    for (const line of unreadable) io.stderr(line);
    return 2;
  }
  // Nothing to suggest for is exit 2, as `check` with nothing to check.
  if (!doc.goals.length) throw new UsageError('noGoals', { file }, lang);
  const ids = [...new Set(doc.goals.map((g) => g.id))].join(', ');
  // `plan.md#` with nothing after the #: a goal ID left out, not a request for every goal.
  if (goalId === '') throw new UsageError('noGoalId', { spec, file, goals: ids }, lang);
  const goals = doc.goals.filter((g) => goalId === undefined || g.id === goalId);
  if (goalId !== undefined && !goals.length) throw new UsageError('noGoal', { goal: goalId, file, goals: ids }, lang);
  const results = goals.map((g) => ({ goal: g.key, title: g.title, supports: g.facts.supports.map((s) => s.text), suggestions: ws.suggestions(g).slice(0, limit) }));
  if (format === 'json') {
    io.stdout(jsonWithoutRawControls(JSON.stringify({ version: 1, file: path.relative(io.cwd, targets[0]!.path).split(path.sep).join('/'), goals: results }, null, 2)) + '\n');
    return 0;
  }
  const L = LABELS[lang];
  // Goal titles and the words that matched come from the document: without control characters on a terminal.
  const print = (text: string) => io.stdout(printable(text));
  // As wide as the longest ID shown: a custom framework's IDs (`INNL-DIGI-1-2`) are longer than the built-in ones.
  const width = Math.max(10, ...results.flatMap((r) => r.suggestions.map((s) => s.objective.length)));
  for (const r of results) {
    print(`${r.goal}  ${r.title}${r.supports.length ? `  (${L.supports} ${r.supports.join(', ')})` : ''}\n`);
    if (!r.suggestions.length) print(`  (${L.none})\n`);
    for (const s of r.suggestions) {
      const o = ws.objective(s.objective);
      print(`  ${s.objective.padEnd(width)} ${formatScore(s.score, lang)}  ${o ? objectiveMessageTitle(o, lang) : ''}\n`);
      if (s.matched.length) print(`  ${' '.repeat(width + 6)}${L.matched}: ${s.matched.join(', ')}\n`);
    }
    print('\n');
  }
  return 0;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

const LABELS: Record<Lang, { supports: string; none: string; matched: string }> = {
  en: { supports: 'supports', none: "no objective matches this goal's text", matched: 'matched' },
  nb: { supports: 'støtter', none: 'ingen nasjonale mål passer med teksten i dette målet', matched: 'treff på' },
  nn: { supports: 'støttar', none: 'ingen nasjonale mål passar med teksten i dette målet', matched: 'treff på' },
};
