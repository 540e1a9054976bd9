/**
 * The regular expressions of server/src, found with the TypeScript compiler
 * API (literals, and `RegExp(...)` with a literal pattern; other `RegExp`
 * calls are listed as dynamic), and those reviewed by hand with the inputs
 * that are worst for them. Read by test/robustness/redos.test.ts and by the
 * hostile-input benchmark (scripts/bench/hostile.ts), which times them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { REPO } from '../helpers/workspace.js';
import { typeScriptSources } from '../helpers/sources.js';

export interface Site {
  file: string;
  line: number;
  pattern: string;
  flags: string;
}
export interface DynamicSite {
  file: string;
  line: number;
  source: string;
}

export function collect(): { sites: Site[]; dynamic: DynamicSite[] } {
  const sites: Site[] = [];
  const dynamic: DynamicSite[] = [];
  for (const abs of typeScriptSources(path.join(REPO, 'server/src'))) {
    const file = path.relative(REPO, abs).split(path.sep).join('/');
    const src = ts.createSourceFile(abs, readFileSync(abs, 'utf8'), ts.ScriptTarget.Latest, true);
    const lineOf = (n: ts.Node) => src.getLineAndCharacterOfPosition(n.getStart(src)).line + 1;
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText(src);
        const slash = text.lastIndexOf('/');
        sites.push({ file, line: lineOf(n), pattern: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
        const [p, f] = n.arguments ?? [];
        const flags = f && (ts.isStringLiteral(f) || ts.isNoSubstitutionTemplateLiteral(f)) ? f.text : '';
        if (p && (ts.isStringLiteral(p) || ts.isNoSubstitutionTemplateLiteral(p))) sites.push({ file, line: lineOf(n), pattern: p.text, flags });
        else dynamic.push({ file, line: lineOf(n), source: n.getText(src).replace(/\s+/g, ' ').slice(0, 120) });
      }
      ts.forEachChild(n, visit);
    };
    visit(src);
  }
  return { sites, dynamic };
}

/**
 * Patterns that redos-detector flags but whose cost is bounded by a constant
 * (bounded quantifiers) or by input that is not user text: reviewed, with the reason.
 * Keyed by file and pattern source, so moving a line does not break the list.
 */
const N = 20_000;
/** Completion reads at most one line of MAX_COMPLETION_LINE characters. */
const LINE = 1000;
/** Why the completion patterns over the current line are safe: their input is capped, not their shape. */
const LINE_CAP_REASON =
  'completion reads one line, and complete() offers nothing on a line longer than MAX_COMPLETION_LINE (1 000) characters: the quadratic worst case is bounded by 10^6 steps';
// Not reviewable: completion.ts `^([a-z]+)\s*:\s*(\[?\s*(?:[^,\]]*,\s*)*)([^,\]]*)$` reads each list item's
// leading space either with `\s*` or with `[^,\]]*`, so a failing match tries 2^items splits: completion at the
// end of `areas: [a0, …, a23] x` (119 characters) takes seconds, and the 1 000-character line cap does not help.
export const REVIEWED: Record<string, { reason: string; attacks: string[] }> = {
  'server/src/engine/language/completion.ts /^(\\s*[-*+]\\s+)([*_]{0,2})([^:]*)$/u': {
    reason: LINE_CAP_REASON,
    attacks: ['- ' + ' '.repeat(LINE - 3) + ':'],
  },
  'server/src/engine/language/completion.ts /^([\\p{L}]+)\\s*:\\s*(.*)$/u': {
    reason: LINE_CAP_REASON,
    attacks: ['a:' + ' '.repeat(LINE - 4) + 'x\u2028'],
  },
  'server/src/engine/language/completion.ts /^(\\s*)(-\\s+)?([^:#\\s][^:#]*?)\\s*:\\s+?(.*)$/u': {
    reason: LINE_CAP_REASON,
    attacks: ['a' + ' '.repeat(LINE - 2) + 'b'],
  },
  'server/src/engine/language/completion.ts /^(\\s*)-\\s+([^:]*)$/u': {
    reason: LINE_CAP_REASON,
    attacks: ['- ' + ' '.repeat(LINE - 3) + ':'],
  },
  'server/src/engine/language/completion.ts /^\\s*(?:-\\s+)?([^:#]+):\\s*$/': {
    reason: LINE_CAP_REASON,
    attacks: [' '.repeat(LINE - 1) + 'a'],
  },
  'server/src/engine/language/completion.ts /[{,]\\s*([a-z]+)\\s*:\\s*([^,}]*)$/': {
    reason: LINE_CAP_REASON,
    attacks: ['{a:' + ' '.repeat(LINE - 4) + '}'],
  },
  'server/src/engine/edits.ts /^(?:(?:\\r\\n|\\r|\\n)[ \\t]*)*(?:\\r\\n|\\r|\\n)([^\\r\\n]*)/': {
    reason: '`\\r\\n` can be read as one or two breaks, but once a line break is read the match cannot fail (`([^\\r\\n]*)` takes anything), so the ambiguity is never explored',
    attacks: ['\r\n'.repeat(N), '\r\n '.repeat(N) + 'x', '\r'.repeat(N) + '\n'],
  },
  'server/src/engine/language/completion.ts /^---[ \\t]*\\r?\\n([\\s\\S]*?)(?:\\r?\\n)---[ \\t]*(?:\\r?\\n|$)/': {
    reason: 'a lazy `[\\s\\S]*?` before a literal `\\n---`: each position is tried once, and the `[ \\t]*` runs after the `---`s are disjoint, so the cost is linear',
    attacks: ['---\n' + '\n---x'.repeat(N), '---\n\n---' + ' '.repeat(N) + 'x', '---\n' + '\n'.repeat(N)],
  },
  'server/src/engine/language/completion.ts /^(\\s*[-*+]\\s+)([*_]{0,2})([^:\\n]{1,40}?)([*_]{0,2}):([*_]{0,2})(.*)$/u': {
    reason: 'the ambiguous part (`\\s+` against `[^:\\n]{1,40}?`) is bounded by 40 characters: at most 40 tries per position of `\\s+`',
    attacks: ['- ' + ' '.repeat(N) + 'x', '-' + ' '.repeat(N), '- ' + '*'.repeat(N)],
  },
  'server/src/engine/model/interpret.ts /^[~≈]?\\s*([-+\\u2212]?)(\\d{1,3}(?:[ \\u00a0]\\d{3})+|\\d+)(?:[.,](\\d+))?(?:\\s*%\\.?|[\\p{L}.\\s/-]*)$/u': {
    reason: 'a digit group is either `\\d{3}` after a space or part of `\\d+`, and the unit class cannot take digits: every ambiguous path dies at the next digit (the sign and the full stop after `%` are single optional characters)',
    attacks: ['1' + ' 000'.repeat(N) + '!', '1'.repeat(N) + '!', '1' + ' '.repeat(N) + '!', '1' + ' '.repeat(N) + '%!', '1' + '.'.repeat(N) + '!', '1 0'.repeat(N) + '!', '+1' + ' 000'.repeat(N) + '%.!', '\u22121' + ' '.repeat(N) + '%.x'],
  },
  'server/src/engine/model/interpret.ts /^([\\p{L}\\p{N}_-]*#[\\p{L}\\p{N}_-]+)\\s*(?:[—–:]|-{1,2})?\\s*(.*)$/su': {
    reason: 'with the s flag `(.*)$` always matches: once `owner#id` is read the match succeeds at the first try, and every failing path fails at the first character that is not an ID character',
    attacks: ['a'.repeat(N) + '#', 'a#' + ' '.repeat(N) + '-', 'a#a' + '-'.repeat(N), '-'.repeat(N) + '#'],
  },
};

