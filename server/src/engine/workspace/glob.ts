/**
 * Minimal glob matching for `documents` patterns: `**`, `*`, `?`, `{a,b}` and
 * `[abc]`, on '/'-separated relative paths; a backslash separates folders too.
 * Patterns come from user config: every other character is literal, and
 * matching runs an automaton whose cost is bounded by path × pattern length.
 */
const cache = new Map<string, RegExp>();

/**
 * The glob as a regular expression, for display and for callers that need a
 * `RegExp`. Matching in the engine goes through `matchesAny` (an automaton):
 * adjacent `**`/`*` and alternations make this expression backtrack
 * polynomially or exponentially on adversarial patterns.
 */
export function globToRegExp(glob: string): RegExp {
  const hit = cache.get(glob);
  if (hit) return hit;
  let re = '';
  let i = 0;
  let inGroup = 0;
  // Backslashes are folder separators (a Windows user's `strategier\**\*.md`), never escapes.
  const g = glob.replace(/\\/g, '/').replace(/^\.\//, '');
  while (i < g.length) {
    const c = g[i]!;
    if (c === '*') {
      if (g[i + 1] === '*') {
        // `**/` matches zero or more folders; a trailing `**` matches anything.
        if (g[i + 2] === '/') {
          re += '(?:[^/]*/)*';
          i += 3;
        } else {
          re += '.*';
          i += 2;
        }
        continue;
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      re += '(?:';
      inGroup++;
    } else if (c === '}' && inGroup) {
      re += ')';
      inGroup--;
    } else if (c === ',' && inGroup) re += '|';
    else if (c === '[') {
      const close = g.indexOf(']', i + 1);
      if (close > i + 1) {
        const body = g.slice(i + 1, close).replace(/\\/g, '\\\\').replace(/^!/, '^');
        re += `[${body}]`;
        i = close + 1;
        continue;
      }
      re += '\\[';
    } else re += c.replace(/[.+^$()|\\\]]/g, '\\$&');
    i++;
  }
  while (inGroup-- > 0) re += ')';
  const out = new RegExp(`^${re}$`, 'u');
  cache.set(glob, out);
  return out;
}

/**
 * Matches with a state-set (Thompson) automaton instead of a backtracking
 * regular expression: the cost is at most (path length × pattern length), so
 * adversarial globs from user config (`**a**a**a…`, `{*,*}{*,*}…`) cannot hang
 * the engine. Same syntax and meaning as `globToRegExp`; a pattern with an
 * invalid `[…]` class matches nothing.
 */
export function matchesAny(relPath: string, globs: readonly string[]): boolean {
  return globs.some((g) => compileGlob(g)?.(relPath) ?? false);
}

/**
 * Whether the `documents` globs select a file: it matches one of them and none of those written
 * with `!` in front (`!strategier/utkast/**`), which leave files out, as in .gitignore.
 */
export function selectedBy(relPath: string, globs: readonly string[]): boolean {
  const include = globs.filter((g) => !g.startsWith('!'));
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  return matchesAny(relPath, include) && !matchesAny(relPath, exclude);
}

type CharTest = (c: string) => boolean;
interface GlobNode {
  eps: number[];
  edges: { test: CharTest; to: number }[];
}

/** Longer patterns match nothing: no real `documents` glob comes close, and it bounds the matching cost. */
export const MAX_GLOB_LENGTH = 500;
const automata = new Map<string, ((path: string) => boolean) | undefined>();
const notSlash: CharTest = (c) => c !== '/';
const anyChar: CharTest = () => true;

/** The matcher of one glob (cached), or undefined when the glob is malformed beyond repair. */
export function compileGlob(glob: string): ((path: string) => boolean) | undefined {
  if (automata.has(glob)) return automata.get(glob);
  let matcher: ((path: string) => boolean) | undefined;
  try {
    matcher = glob.length <= MAX_GLOB_LENGTH ? buildAutomaton(glob) : undefined;
  } catch {
    matcher = undefined;
  }
  if (automata.size > 1000) automata.clear();
  automata.set(glob, matcher);
  return matcher;
}

function buildAutomaton(glob: string): (path: string) => boolean {
  const nodes: GlobNode[] = [];
  const node = (): number => nodes.push({ eps: [], edges: [] }) - 1;
  const g = [...glob.replace(/\\/g, '/').replace(/^\.\//, '')];
  let i = 0;

  /** A sequence up to `,` or `}` of the enclosing group (or the end); returns its start and end node. */
  function sequence(depth: number): { start: number; end: number } {
    const start = node();
    let end = start;
    const step = (test: CharTest) => {
      const next = node();
      nodes[end]!.edges.push({ test, to: next });
      end = next;
    };
    while (i < g.length) {
      const c = g[i]!;
      if (depth > 0 && (c === ',' || c === '}')) break;
      if (c === '*' && g[i + 1] === '*' && g[i + 2] === '/') {
        // `**/`: zero or more whole folders. `at` is a folder boundary, `mid` inside a name.
        const at = node();
        const mid = node();
        const out = node();
        nodes[end]!.eps.push(at);
        nodes[at]!.eps.push(out);
        nodes[at]!.edges.push({ test: notSlash, to: mid }, { test: (ch) => ch === '/', to: at });
        nodes[mid]!.edges.push({ test: notSlash, to: mid }, { test: (ch) => ch === '/', to: at });
        end = out;
        i += 3;
      } else if (c === '*') {
        const double = g[i + 1] === '*';
        const loop = node();
        const out = node();
        nodes[end]!.eps.push(loop);
        nodes[loop]!.eps.push(out);
        nodes[loop]!.edges.push({ test: double ? anyChar : notSlash, to: loop });
        end = out;
        i += double ? 2 : 1;
      } else if (c === '?') {
        step(notSlash);
        i++;
      } else if (c === '{') {
        i++;
        const branches: { start: number; end: number }[] = [sequence(depth + 1)];
        while (i < g.length && g[i] === ',') {
          i++;
          branches.push(sequence(depth + 1));
        }
        if (i < g.length && g[i] === '}') i++; // an unclosed group ends with the pattern
        const out = node();
        for (const b of branches) {
          nodes[end]!.eps.push(b.start);
          nodes[b.end]!.eps.push(out);
        }
        end = out;
      } else if (c === '[' && g.indexOf(']', i + 1) > i + 1) {
        const close = g.indexOf(']', i + 1);
        const body = g.slice(i + 1, close).join('').replace(/^!/, '^');
        // One character against a character class: no quantifier, nothing to backtrack.
        const cls = new RegExp(`^[${body}]$`, 'u');
        step((ch) => ch !== '/' && cls.test(ch));
        i = close + 1;
      } else {
        step((ch) => ch === c);
        i++;
      }
    }
    return { start, end };
  }

  const top = sequence(0);
  // The set of live states, with its epsilon closure; `mark` stamps membership per step.
  const mark = new Int32Array(nodes.length);
  let stamp = 0;
  const stack: number[] = [];
  const add = (list: number[], first: number): void => {
    if (mark[first] === stamp) return;
    stack.push(first);
    while (stack.length) {
      const s = stack.pop()!;
      if (mark[s] === stamp) continue;
      mark[s] = stamp;
      list.push(s);
      const eps = nodes[s]!.eps;
      for (let k = 0; k < eps.length; k++) if (mark[eps[k]!] !== stamp) stack.push(eps[k]!);
    }
  };
  return (path: string): boolean => {
    stamp++;
    let current: number[] = [];
    add(current, top.start);
    for (const ch of path) {
      stamp++;
      const next: number[] = [];
      for (let k = 0; k < current.length; k++) {
        const edges = nodes[current[k]!]!.edges;
        for (let j = 0; j < edges.length; j++) if (edges[j]!.test(ch)) add(next, edges[j]!.to);
      }
      if (!next.length) return false;
      current = next;
    }
    return current.includes(top.end);
  };
}
