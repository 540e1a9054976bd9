/**
 * `--format json`: the report object of spec/cli.md, pretty-printed with two
 * spaces and a final newline. Deterministic: the same report gives the same
 * bytes (the CLI builds the report with a fixed key order and sorted
 * diagnostics).
 */
import type { CheckReport, FormatContext, Formatter } from './types.js';
import { jsonWithoutRawControls } from '../printable.js';

export const json: Formatter = (report: CheckReport, _ctx: FormatContext): string =>
  jsonWithoutRawControls(JSON.stringify(report, null, 2)) + '\n';
