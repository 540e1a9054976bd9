/**
 * Regular expressions safe from catastrophic backtracking. Every regular
 * expression in server/src (literals, and `RegExp(...)` with a literal
 * pattern) is found with the TypeScript compiler API and checked twice:
 *
 * 1. within one match attempt, with redos-detector: the pattern is anchored
 *    (`^(?:…)`) so that only ambiguity inside the pattern counts (unanchored,
 *    redos-detector models the search over start positions as a `[^]*` prefix
 *    and flags every pattern);
 * 2. over start positions, by measurement: a run of 20 000 copies of one
 *    character, then a character that makes the match fail, must be searched
 *    in linear time (`\s*x` over a run of spaces is quadratic: every start
 *    position scans the whole run).
 *
 * Dynamic patterns (built at run time) are listed and must be reviewed; the
 * glob translation for user-supplied `documents` patterns is checked on
 * adversarial globs and against the reference regular expression.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { isSafePattern } from 'redos-detector';
import fc from 'fast-check';
import { REPO } from '../helpers/workspace.js';
import { compileGlob, globToRegExp, matchesAny, MAX_GLOB_LENGTH } from '../../server/src/engine/workspace/glob.js';

interface Site {
  file: string;
  line: number;
  pattern: string;
  flags: string;
}
interface DynamicSite {
  file: string;
  line: number;
  source: string;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function collect(): { sites: Site[]; dynamic: DynamicSite[] } {
  const sites: Site[] = [];
  const dynamic: DynamicSite[] = [];
  for (const abs of sourceFiles(path.join(REPO, 'server/src'))) {
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
 * redos-detector treats Unicode property escapes as if they could match any
 * character (so `\p{L}*#` "overlaps" `#`): replace them by representative
 * ranges that keep the overlaps that matter (letters, digits, marks, spaces).
 */
const PROPERTY_RANGES: Record<string, string> = {
  L: 'a-zA-Z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff',
  Ll: 'a-z\\u00df-\\u00f6\\u00f8-\\u00ff',
  Lu: 'A-Z\\u00c0-\\u00d6\\u00d8-\\u00de',
  N: '0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be',
  Nd: '0-9',
  M: '\\u0300-\\u036f',
  Mn: '\\u0300-\\u036f',
  Cc: '\\u0000-\\u001f\\u007f-\\u009f',
  Emoji_Presentation: '\\u231a\\u231b\\u23e9-\\u23ec',
  Zs: ' \\u00a0\\u2000-\\u200a',
};
function approximateProperties(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const m = /^\\([pP])\{([A-Za-z_=]+)\}/.exec(pattern.slice(i));
      if (m) {
        const range = PROPERTY_RANGES[m[2]!] ?? '\\u2000-\\u2bff';
        if (m[1] === 'P') assert.ok(!inClass, `\\P{} inside a class is not approximated: ${pattern}`);
        out += inClass ? range : m[1] === 'p' ? `[${range}]` : `[^${range}]`;
        i += m[0].length - 1;
        continue;
      }
      out += pattern.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
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
const REVIEWED: Record<string, { reason: string; attacks: string[] }> = {
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

/** True when the pattern has no unbounded quantifier (`*`, `+`, `{n,}`): its cost per attempt is bounded by its own size. */
function onlyBoundedQuantifiers(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      if (/[pPux]/.test(pattern[i + 1] ?? '') && pattern[i + 2] === '{') i = pattern.indexOf('}', i);
      else i++;
    } else if (c === '[') {
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
    } else if (c === '*' || c === '+' || (c === '{' && /^\{\d*,\}/.test(pattern.slice(i)))) return false;
  }
  return true;
}

const { sites, dynamic } = collect();

/** Dynamic patterns: reviewed by hand. A new one fails this test until it is added here, with the reason it is safe. */
const REVIEWED_DYNAMIC: Record<string, string> = {
  'server/src/engine/workspace/glob.ts `^${re}$`': 'globToRegExp: kept for display; matching uses the automaton (compileGlob), checked below',
  'server/src/engine/workspace/glob.ts `^[${body}]$`': 'one character class, no quantifier: matches one character',
  "server/src/engine/parse/markdown.ts `^ {0,3}${fence[1]![0] === '`' ? '`' : '~'}{${fence[1]!.length},}[ \\\\t]*$`":
    'a closing code fence: up to 3 spaces, one fence character repeated, then blanks; the three parts take disjoint characters, so one pass',
};

describe('robustness: regular expressions and ReDoS', function () {
  this.timeout(120000);

  it(`finds the regular expressions of server/src (${sites.length} literal, ${dynamic.length} dynamic)`, function () {
    assert.ok(sites.length > 50, `only ${sites.length} regular expressions found`);
    for (const s of sites) assert.doesNotThrow(() => new RegExp(s.pattern, s.flags), `${s.file}:${s.line}`);
  });

  it('no regular expression can match the same text in many ways within one attempt (redos-detector)', function () {
    const unsafe: string[] = [];
    for (const s of sites) {
      const key = `${s.file} /${s.pattern}/${s.flags}`;
      if (REVIEWED[key] || onlyBoundedQuantifiers(s.pattern)) continue;
      const unicode = /[uv]/.test(s.flags);
      const result = isSafePattern(`^(?:${approximateProperties(s.pattern)})`, {
        unicode,
        // redos-detector cannot combine the two; case folding adds no ambiguity to these patterns' structure.
        caseInsensitive: s.flags.includes('i') && !unicode,
        dotAll: s.flags.includes('s'),
        multiLine: s.flags.includes('m'),
        maxSteps: 100_000,
        timeout: 10_000,
      });
      if (!result.safe) {
        const score = result.score.infinite ? 'unbounded' : String(result.score.value);
        const trail = result.trails[0]?.trail.slice(0, 3).map((t) => `${t.a.node.source} ~ ${t.b.node.source}`).join('; ') ?? '';
        unsafe.push(`${s.file}:${s.line} /${s.pattern}/${s.flags} — ${result.error ?? 'unsafe'}, score ${score}${trail ? ` (${trail})` : ''}`);
      }
    }
    assert.ok(unsafe.length === 0, `${unsafe.length} backtracking-prone regular expressions:\n  ${unsafe.join('\n  ')}`);
  });

  it('no regular expression takes quadratic time over start positions (runs of 5 000 and 10 000 characters)', function () {
    // Linear patterns take well under a millisecond on 10 000 characters; a quadratic one takes tens
    // of milliseconds and about four times as long for twice the run.
    const CHARS = [' ', '\t', '\n', '\r\n', 'a', 'A', 'æ', '1', '-', '_', '#', '*', '.', ',', ':', ';', '/', '\\', '{', '}', '[', ']', '(', ')', '"', "'", '|', '>', '<', '~', '=', '+', '!', '?', '@', '%', '&', '–', '\u00a0'];
    const time = (re: RegExp, input: string) => {
      const t = performance.now();
      re.exec(input);
      return performance.now() - t;
    };
    const slow: string[] = [];
    for (const s of sites) {
      const re = new RegExp(s.pattern, s.flags.replace(/[gy]/g, ''));
      // A pattern anchored at the start (without `m`) makes one attempt only: check 1 covers it.
      if (s.pattern.startsWith('^') && !s.flags.includes('m')) continue;
      for (const c of CHARS) {
        time(re, c.repeat(500) + '\u0001'); // V8 interprets a new pattern first and compiles it when it runs again
        const short = time(re, c.repeat(5_000) + '\u0001');
        if (short < 5) continue;
        const long = time(re, c.repeat(10_000) + '\u0001');
        if (long > 20 && long > 2.5 * short) {
          slow.push(`${s.file}:${s.line} /${s.pattern}/${s.flags} — ${JSON.stringify(c)} × 5 000: ${Math.round(short)} ms, × 10 000: ${Math.round(long)} ms`);
          break;
        }
      }
    }
    assert.ok(slow.length === 0, `${slow.length} regular expressions quadratic over start positions:\n  ${slow.join('\n  ')}`);
  });

  it('the reviewed patterns really are linear on their worst inputs', function () {
    for (const [key, { attacks }] of Object.entries(REVIEWED)) {
      const site = sites.find((s) => `${s.file} /${s.pattern}/${s.flags}` === key);
      if (!site) continue; // the pattern changed or went away: nothing to vouch for
      const re = new RegExp(site.pattern, site.flags.replace(/[gy]/g, ''));
      for (const input of attacks) {
        const t = performance.now();
        re.exec(input);
        const ms = performance.now() - t;
        assert.ok(ms < 200, `${site.file}:${site.line} took ${Math.round(ms)} ms on ${JSON.stringify(input.slice(0, 12))}… (${input.length} characters)`);
      }
    }
  });

  it('every dynamically built regular expression is reviewed', function () {
    const unknown = dynamic.filter((d) => !REVIEWED_DYNAMIC[`${d.file} ${d.source.replace(/^new RegExp\(|^RegExp\(/, '').replace(/\)$/, '').replace(/,\s*['"`][a-z]*['"`]$/, '')}`]);
    assert.deepEqual(unknown.map((d) => `${d.file}:${d.line} ${d.source}`), []);
  });

  describe('glob patterns from samstemt.yaml', function () {
    it('adversarial globs match in bounded time against long paths', function () {
      const globs = ['**a'.repeat(166), '**/'.repeat(166) + 'x', '{*,*}'.repeat(99) + 'x', '*a'.repeat(249) + 'b', '{'.repeat(499) + 'a', '{a,b,c,d,e,f,g,h}'.repeat(29), '[a-z]*'.repeat(80) + '!', '?*'.repeat(250)];
      const paths = ['a'.repeat(4000), 'a/'.repeat(2000) + 'y', `${'a/'.repeat(100)}${'a'.repeat(200)}.md`, 'strategier/storby.md'];
      for (const g of globs) {
        assert.ok(g.length <= MAX_GLOB_LENGTH, 'the adversarial globs are within the length limit');
        for (const p of paths) {
          const t = performance.now();
          matchesAny(p, [g]);
          const ms = performance.now() - t;
          assert.ok(ms < 3000, `${g.slice(0, 30)}… on ${p.length} characters took ${Math.round(ms)} ms`);
        }
      }
      assert.equal(compileGlob('a'.repeat(MAX_GLOB_LENGTH + 1)), undefined, 'longer globs match nothing');
    });

    it('the glob automaton matches exactly what the reference regular expression matches (small inputs)', function () {
      const globChar = fc.constantFrom('a', 'b', '.', '/', '*', '**', '**/', '?', '{', '}', ',', '[', ']', '!', '-', '\\', 'æ', '🚀');
      const pathChar = fc.constantFrom('a', 'b', '.', '/', 'æ', '-', '!', ',', '{', '[', '🚀');
      const glob = fc.array(globChar, { maxLength: 10 }).map((cs) => cs.join(''));
      const p = fc.array(pathChar, { maxLength: 10 }).map((cs) => cs.join(''));
      fc.assert(
        fc.property(glob, p, (g, path) => {
          let expected: boolean;
          try {
            expected = globToRegExp(g).test(path);
          } catch {
            return; // the reference cannot compile it (e.g. a lone `}` in unicode mode): nothing to compare
          }
          assert.equal(matchesAny(path, [g]), expected, `glob ${JSON.stringify(g)} on ${JSON.stringify(path)}`);
        }),
        { seed: 42, numRuns: 3000 },
      );
    });
  });
});
