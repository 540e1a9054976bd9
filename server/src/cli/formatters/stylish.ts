/**
 * `--format stylish` (the default): ESLint-like, human-readable.
 *
 *   strategier/fjellbygd.strategy.md
 *     13:3  error    Goals pick different HR systems  conflict-system-choice
 *       ↳ strategier/ikt-fjord.strategy.md:9:1 the other goal
 *
 *   ✖ 1 problem (1 error, 0 warnings)
 *
 * Lines and columns are 1-based (columns in UTF-16 code units, as in the
 * editor). Columns of a file group are aligned by display width. ANSI colours
 * only when `ctx.color`.
 */
import type { CheckReport, FormatContext, Formatter, JsonDiagnostic, Severity } from './types.js';
import { oneBased, rootJoin } from './types.js';
import { printable, printableLineStart } from '../printable.js';

type Lang = FormatContext['lang'];

interface Counts { errors: number; warnings: number; infos: number; hints: number }

/** Singular / plural forms per language. */
const WORDS: Record<Lang, Record<'problem' | 'error' | 'warning' | 'info' | 'hint' | 'file' | 'goal', [string, string]>> = {
  en: {
    problem: ['problem', 'problems'], error: ['error', 'errors'], warning: ['warning', 'warnings'],
    info: ['info', 'infos'], hint: ['hint', 'hints'], file: ['file', 'files'], goal: ['goal', 'goals'],
  },
  nb: {
    problem: ['problem', 'problemer'], error: ['feil', 'feil'], warning: ['advarsel', 'advarsler'],
    info: ['merknad', 'merknader'], hint: ['tips', 'tips'], file: ['fil', 'filer'], goal: ['mål', 'mål'],
  },
  nn: {
    problem: ['problem', 'problem'], error: ['feil', 'feil'], warning: ['åtvaring', 'åtvaringar'],
    info: ['merknad', 'merknader'], hint: ['tips', 'tips'], file: ['fil', 'filer'], goal: ['mål', 'mål'],
  },
};

const NO_PROBLEMS: Record<Lang, string> = { en: 'No problems', nb: 'Ingen problemer', nn: 'Ingen problem' };

/** The severity column in the run's language (`feil`, `advarsel` …). */
function severityWord(lang: Lang, severity: Severity): string {
  return (WORDS[lang] ?? WORDS.en)[severity][0];
}

function count(lang: Lang, n: number, word: keyof (typeof WORDS)['en']): string {
  const forms = (WORDS[lang] ?? WORDS.en)[word];
  return `${n} ${n === 1 ? forms[0] : forms[1]}`;
}

/** "12 problems (3 errors, 9 warnings, 4 infos, 2 hints)"; infos and hints only when present. */
export function problemSummary(lang: Lang, c: Counts): string {
  const total = c.errors + c.warnings + c.infos + c.hints;
  const parts = [count(lang, c.errors, 'error'), count(lang, c.warnings, 'warning')];
  if (c.infos > 0) parts.push(count(lang, c.infos, 'info'));
  if (c.hints > 0) parts.push(count(lang, c.hints, 'hint'));
  return `${count(lang, total, 'problem')} (${parts.join(', ')})`;
}

/** "No problems (3 files, 12 goals)". */
export function noProblemsSummary(lang: Lang, files: number, goals: number): string {
  return `${NO_PROBLEMS[lang] ?? NO_PROBLEMS.en} (${count(lang, files, 'file')}, ${count(lang, goals, 'goal')})`;
}

// --- ANSI ------------------------------------------------------------------

type Paint = (s: string) => string;
interface Palette { red: Paint; yellow: Paint; cyan: Paint; gray: Paint; green: Paint; dim: Paint; bold: Paint; underline: Paint }

const sgr = (open: number, close: number): Paint => (s) => (s === '' ? s : `\u001b[${open}m${s}\u001b[${close}m`);
const COLOURS: Palette = {
  red: sgr(31, 39), yellow: sgr(33, 39), cyan: sgr(36, 39), gray: sgr(90, 39), green: sgr(32, 39),
  dim: sgr(2, 22), bold: sgr(1, 22), underline: sgr(4, 24),
};
const identity: Paint = (s) => s;
const PLAIN: Palette = {
  red: identity, yellow: identity, cyan: identity, gray: identity, green: identity,
  dim: identity, bold: identity, underline: identity,
};

function severityPaint(p: Palette, s: Severity): Paint {
  switch (s) {
    case 'error': return p.red;
    case 'warning': return p.yellow;
    case 'info': return p.cyan;
    case 'hint': return p.gray;
  }
}

// --- width -------------------------------------------------------------------

const ZERO_WIDTH = /^(?:\p{M}|[\u200B-\u200F\u2060\uFE00-\uFE0F\uFEFF]|\p{Cc})$/u;
const WIDE = /^(?:\p{Emoji_Presentation}|[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{1F000}-\u{1FAFF}\u{20000}-\u{3FFFD}])$/u;

/** Terminal columns a string takes (approximate East Asian Width / emoji-presentation rules). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    if (ZERO_WIDTH.test(ch)) continue;
    w += WIDE.test(ch) ? 2 : 1;
  }
  return w;
}

function padEnd(s: string, width: number): string {
  const w = displayWidth(s);
  return w >= width ? s : s + ' '.repeat(width - w);
}

function padStart(s: string, width: number): string {
  const w = displayWidth(s);
  return w >= width ? s : ' '.repeat(width - w) + s;
}

function splitLines(message: string): string[] {
  return printable(message).split('\n');
}

// --- formatter ---------------------------------------------------------------

function groupByFile(diagnostics: readonly JsonDiagnostic[]): Map<string, JsonDiagnostic[]> {
  const groups = new Map<string, JsonDiagnostic[]>();
  for (const d of diagnostics) {
    let g = groups.get(d.file);
    if (!g) groups.set(d.file, (g = []));
    g.push(d);
  }
  return groups;
}

function countDiagnostics(diagnostics: readonly JsonDiagnostic[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') c.errors++;
    else if (d.severity === 'warning') c.warnings++;
    else if (d.severity === 'info') c.infos++;
    else c.hints++;
  }
  return c;
}

/** Messages wider than this are not padded to align the rule column. */
const ALIGN_MAX = 100;

export const stylish: Formatter = (report: CheckReport, ctx: FormatContext): string => {
  const p = ctx.color ? COLOURS : PLAIN;
  const out: string[] = [];

  if (report.diagnostics.length === 0) {
    return `${p.green('✔')} ${noProblemsSummary(ctx.lang, report.summary.files, report.summary.goals)}\n`;
  }

  for (const [file, diags] of groupByFile(report.diagnostics)) {
    out.push(p.underline(printableLineStart(rootJoin(report.root, file))));
    const lines = diags.map((d) => String(d.range.start.line + 1));
    const cols = diags.map((d) => String(d.range.start.character + 1));
    const messages = diags.map((d) => splitLines(d.message));
    const lineW = lines.reduce((m, l) => Math.max(m, displayWidth(l)), 0);
    const colW = cols.reduce((m, c) => Math.max(m, displayWidth(c)), 0);
    const severities = diags.map((d) => severityWord(ctx.fileLang?.get(file) ?? ctx.lang, d.severity));
    const sevW = severities.reduce((m, x) => Math.max(m, displayWidth(x)), 0);
    // The rule column is aligned as ESLint's, but only over messages that fit a
    // usual terminal line: one 600-column conflict message would otherwise pad
    // every short message of the file with hundreds of spaces.
    const msgW = messages.reduce((w, m) => {
      const width = displayWidth(m[0] ?? '');
      return width <= ALIGN_MAX ? Math.max(w, width) : w;
    }, 0);
    const msgIndent = ' '.repeat(2 + lineW + 1 + colW + 2 + sevW + 2);

    diags.forEach((d, i) => {
      const msg = messages[i] ?? [''];
      const pos = p.dim(`${padStart(lines[i] ?? '', lineW)}:${padEnd(cols[i] ?? '', colW)}`);
      const sev = severityPaint(p, d.severity)(padEnd(severities[i] ?? d.severity, sevW));
      out.push(`  ${pos}  ${sev}  ${padEnd(msg[0] ?? '', msgW)}  ${p.dim(d.rule)}`);
      for (const cont of msg.slice(1)) out.push(cont === '' ? '' : msgIndent + cont);
      for (const r of d.related ?? []) {
        const [first = '', ...rest] = splitLines(r.message);
        const where = `${printable(rootJoin(report.root, r.file))}:${oneBased(r.range.start)}`;
        out.push(`    ${p.gray('↳')} ${p.dim(where)}${first === '' ? '' : ` ${first}`}`);
        for (const cont of rest) out.push(cont === '' ? '' : `      ${cont}`);
      }
    });
    out.push('');
  }

  const c = countDiagnostics(report.diagnostics);
  const summaryPaint = c.errors > 0 ? p.red : c.warnings > 0 ? p.yellow : p.cyan;
  // Infos and hints alone are advice, not a failed check: no cross.
  const mark = c.errors > 0 || c.warnings > 0 ? '✖' : 'ℹ';
  out.push(p.bold(summaryPaint(`${mark} ${problemSummary(ctx.lang, c)}`)));
  return out.join('\n') + '\n';
};
