/** `samstemt objectives`: the national objectives the tool knows. */
import { Engine } from '../engine/engine.js';
import { allRules } from '../rules/index.js';
import { loadBuiltInCatalogs } from '../node/catalogs.js';
import { parseArgs, single } from './args.js';
import { UsageError, type CliIo } from './io.js';
import { parseLang } from './check.js';
import { objectiveMessageTitle } from '../engine/findings.js';

export function runObjectives(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, ['framework', 'format', 'lang'], []);
  // Titles in English with --lang en; the Norwegian short titles otherwise.
  const lang = parseLang(single(args, 'lang')) ?? 'nb';
  const wanted = single(args, 'framework')?.toUpperCase();
  const formatText = single(args, 'format') ?? 'text';
  const format = formatText.trim().toLowerCase();
  if (format !== 'text' && format !== 'json') throw new UsageError('formatValue', { values: 'text, json', value: formatText });
  const engine = new Engine({ listFiles: () => [], readFile: () => undefined }, { catalogs: loadBuiltInCatalogs(), rules: allRules });
  const frameworks = engine.builtInFrameworks.filter((f) => !wanted || f.id === wanted);
  if (wanted && !frameworks.length) throw new UsageError('unknownFramework', { id: wanted, ids: engine.builtInFrameworks.map((f) => f.id).join(', ') });
  if (format === 'json') {
    const out = frameworks.map((f) => ({
      framework: f.id,
      title: f.title,
      ...(f.titleEn ? { titleEn: f.titleEn } : {}),
      ...(f.period ? { period: f.period } : {}),
      ...(f.source ? { source: f.source } : {}),
      objectives: f.objectives.map((o) => ({ id: o.id, kind: o.kind, title: o.title, ...(o.titleEn ? { titleEn: o.titleEn } : {}), ...(o.short ? { short: o.short } : {}), ...(o.parent ? { parent: o.parent } : {}), ...(o.source ? { source: o.source } : {}) })),
    }));
    io.stdout(JSON.stringify(out, null, 2) + '\n');
    return 0;
  }
  for (const f of frameworks) {
    io.stdout(`${f.id}  ${lang === 'en' && f.titleEn ? f.titleEn : f.title}${f.period ? ` (${f.period.from}–${f.period.to})` : ''}\n`);
    if (f.source) io.stdout(`      ${f.source}\n`);
    const width = Math.max(...f.objectives.map((o) => o.id.length));
    for (const o of f.objectives) {
      const indent = o.parent ? '    ' : '  ';
      io.stdout(`${indent}${o.id.padEnd(width + (o.parent ? 0 : 2))}  ${objectiveMessageTitle(o, lang)}\n`);
      if (o.source && o.source !== f.source) io.stdout(`${indent}${' '.repeat(width + (o.parent ? 0 : 2))}  ${o.source}\n`);
    }
    io.stdout('\n');
  }
  return 0;
}
