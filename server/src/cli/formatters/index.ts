/**
 * The output formatters of `samstemt check --format …`: pure functions from a
 * check report (the `--format json` object of spec/cli.md) to text.
 */
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { CheckReport, FormatContext, FormatName, Formatter } from './types.js';

export type {
  CheckReport, FormatContext, FormatName, Formatter, JsonDiagnostic, JsonRange, JsonRelated, RuleInfo, Severity,
} from './types.js';

export const formatters: Record<FormatName, Formatter> = { stylish, json, sarif, github, junit };

/** The `--format` values, in the order shown by `--help`. */
export const FORMAT_NAMES: readonly FormatName[] = ['stylish', 'json', 'sarif', 'github', 'junit'];

export function isFormatName(s: string): s is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(s);
}

export function formatReport(format: FormatName, report: CheckReport, ctx: FormatContext): string {
  return formatters[format](report, ctx);
}
