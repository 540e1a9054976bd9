/**
 * Regular expressions safe from catastrophic backtracking. Every regular
 * expression in server/src (literals, and `RegExp(...)` with a literal
 * pattern; see regex-sites.ts) is checked within one match attempt with
 * redos-detector: the pattern is anchored (`^(?:…)`) so that only ambiguity
 * inside the pattern counts (unanchored, redos-detector models the search
 * over start positions as a `[^]*` prefix and flags every pattern). Patterns
 * it flags that are safe for another reason are reviewed by hand, with their
 * worst inputs.
 *
 * The search over start positions (`\s*x` over a run of spaces is quadratic:
 * every start position scans the whole run) can only be seen by timing runs
 * of growing length, and so can the reviewed patterns on their worst inputs:
 * `npm run bench` does both (scripts/bench/hostile.ts), as timings depend on
 * the machine.
 *
 * Dynamic patterns (built at run time) are listed and must be reviewed; the
 * glob translation for user-supplied `documents` patterns is checked on
 * adversarial globs and against the reference regular expression.
 */
import { strict as assert } from 'node:assert';
import { isSafePattern } from 'redos-detector';
import fc from 'fast-check';
import { collect, REVIEWED } from './regex-sites.js';
import { GLOB_ATTACKS } from './hostile-inputs.js';
import { compileGlob, globToRegExp, matchesAny, MAX_GLOB_LENGTH } from '../../server/src/engine/workspace/glob.js';

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

  it('every dynamically built regular expression is reviewed', function () {
    const unknown = dynamic.filter((d) => !REVIEWED_DYNAMIC[`${d.file} ${d.source.replace(/^new RegExp\(|^RegExp\(/, '').replace(/\)$/, '').replace(/,\s*['"`][a-z]*['"`]$/, '')}`]);
    assert.deepEqual(unknown.map((d) => `${d.file}:${d.line} ${d.source}`), []);
  });

  describe('glob patterns from samstemt.yaml', function () {
    it('adversarial globs give the right answer against long paths (how long they take: npm run bench)', function () {
      const { globs, paths } = GLOB_ATTACKS;
      for (const g of globs) assert.ok(g.length <= MAX_GLOB_LENGTH, 'the adversarial globs are within the length limit');
      const answers = paths.map((p) => globs.map((g) => (matchesAny(p, [g]) ? 1 : 0)).join(''));
      assert.deepEqual(answers, [
        // 4 000 a's: `**a`×166 (ends in a) and `?*`×250 (250 characters or more, no slash) match; the rest need a b, a slash, an x, a !, a brace or 29 characters.
        '10000001',
        // 2 000 folders then y: `**/`×166 wants an x at the end, and nothing else crosses a slash and ends in y.
        '00000000',
        // 100 folders, then 200 a's and .md; and an everyday path: none ends in a, x or b, has 250 characters without a slash, or is 29 letters.
        '00000000',
        '00000000',
      ]);
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
