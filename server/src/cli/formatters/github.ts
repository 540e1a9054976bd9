/**
 * `--format github`: GitHub Actions workflow commands, one line per
 * diagnostic, which the runner turns into annotations on the files:
 *
 *   ::error file=strategier/a.strategy.md,line=13,col=3,endLine=13,endColumn=23,title=conflict-system-choice::message
 *
 * error → `::error`, warning → `::warning`, info/hint → `::notice`. Lines and
 * columns are 1-based; `endColumn` is left out when the range spans lines
 * (annotations support columns on one line only). Related locations are
 * appended to the message as extra lines. The file is `report.root` joined
 * with the diagnostic's file: `samstemt check` passes a root relative to the
 * repository root (or, outside a repository, to the working directory), as
 * GitHub places annotations by repository paths.
 */
import type { CheckReport, FormatContext, Formatter, Severity } from './types.js';
import { oneBased, rootJoin } from './types.js';
import { withoutControls } from '../printable.js';
import { showBidiControls } from '../../engine/text/normalize.js';

/**
 * Escape the data (message) part of a workflow command. Control characters
 * from the documents are dropped first: the runner shows the log with its ANSI
 * escapes, and the annotation carries them to the pull request. Characters
 * that change the reading direction show as `<U+202E>`.
 */
export function escapeData(s: string): string {
  return showBidiControls(withoutControls(s)).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a property value of a workflow command. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(s: Severity): 'error' | 'warning' | 'notice' {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'notice';
}

export const github: Formatter = (report: CheckReport, _ctx: FormatContext): string => {
  const lines = report.diagnostics.map((d) => {
    const { start, end } = d.range;
    const props: [string, string | number][] = [
      ['file', rootJoin(report.root, d.file)],
      ['line', start.line + 1],
      ['col', start.character + 1],
      ['endLine', end.line + 1],
    ];
    if (end.line === start.line) props.push(['endColumn', end.character + 1]);
    props.push(['title', d.rule]);

    let message = d.message;
    for (const r of d.related ?? []) {
      message += `\n↳ ${rootJoin(report.root, r.file)}:${oneBased(r.range.start)}${r.message ? ` ${r.message}` : ''}`;
    }
    const propText = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
    return `::${command(d.severity)} ${propText}::${escapeData(message)}`;
  });
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
};
