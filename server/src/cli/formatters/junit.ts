/**
 * `--format junit`: JUnit XML with one test suite ("samstemt") and one test
 * case per file. A file with errors or warnings fails: one `<failure>` per
 * such diagnostic (message attribute "rule: message", text "file:line:col
 * message" plus related locations). Infos and hints do not fail the case;
 * they are listed in its `<system-out>`.
 *
 * The files are `report.files` when the report carries it (all analysed
 * files), followed by any file that has diagnostics but is not in that list
 * (e.g. the config file); otherwise the files that have diagnostics.
 */
import type { CheckReport, FormatContext, Formatter, JsonDiagnostic } from './types.js';
import { oneBased } from './types.js';

// Characters outside the XML 1.0 `Char` production (this also matches lone surrogates).
const INVALID_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escape text content (also CR, which XML parsers would read as a line feed). */
export function xmlText(s: string): string {
  return s
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    // A line of the XML printed to a CI log must not start with `::` (a GitHub workflow command).
    .replace(/\n(?=[ \t]*::)/g, '&#10;')
    // Exact, but not raw: a log viewer showing the XML would apply them to the text around them.
    .replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}

/** Escape an attribute value (also tab/newline/CR, which attribute normalisation would turn into spaces). */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

function attrs(pairs: [string, string | number][]): string {
  return pairs.map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`).join('');
}

function describe(d: JsonDiagnostic): string {
  const lines = [`${d.file}:${oneBased(d.range.start)} ${d.message}`];
  for (const r of d.related ?? []) {
    lines.push(`  ↳ ${r.file}:${oneBased(r.range.start)}${r.message ? ` ${r.message}` : ''}`);
  }
  return lines.join('\n');
}

export const junit: Formatter = (report: CheckReport, _ctx: FormatContext): string => {
  const byFile = new Map<string, JsonDiagnostic[]>();
  for (const f of report.files ?? []) if (!byFile.has(f)) byFile.set(f, []);
  for (const d of report.diagnostics) {
    let list = byFile.get(d.file);
    if (!list) byFile.set(d.file, (list = []));
    list.push(d);
  }

  const cases: string[] = [];
  let failures = 0;
  for (const [file, diags] of byFile) {
    const failing = diags.filter((d) => d.severity === 'error' || d.severity === 'warning');
    const notes = diags.filter((d) => d.severity === 'info' || d.severity === 'hint');
    if (failing.length > 0) failures++;
    const open = `    <testcase${attrs([['name', file], ['classname', 'samstemt']])}`;
    if (diags.length === 0) {
      cases.push(`${open}/>`);
      continue;
    }
    const body: string[] = [];
    for (const d of failing) {
      body.push(`      <failure${attrs([['message', `${d.rule}: ${d.message}`], ['type', d.severity]])}>${xmlText(describe(d))}</failure>`);
    }
    if (notes.length > 0) {
      const text = notes.map((d) => `${d.severity} ${d.rule} ${describe(d)}`).join('\n');
      body.push(`      <system-out>${xmlText(text)}</system-out>`);
    }
    cases.push(`${open}>\n${body.join('\n')}\n    </testcase>`);
  }

  const counts: [string, string | number][] = [['tests', byFile.size], ['failures', failures], ['errors', 0], ['skipped', 0]];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs([['name', 'samstemt'], ...counts])}>`,
    `  <testsuite${attrs([['name', 'samstemt'], ...counts])}>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};
