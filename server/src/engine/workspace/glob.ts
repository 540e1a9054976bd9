/**
 * Minimal glob matching for `documents` patterns: `**`, `*`, `?`, `{a,b}` and
 * `[abc]`, on '/'-separated relative paths. Patterns come from user config, so
 * the translation escapes everything else and produces backtracking-safe
 * regular expressions (no nested quantifiers).
 */
const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  const hit = cache.get(glob);
  if (hit) return hit;
  let re = '';
  let i = 0;
  let inGroup = 0;
  const g = glob.replace(/^\.\//, '');
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

export function matchesAny(relPath: string, globs: readonly string[]): boolean {
  return globs.some((g) => {
    try {
      return globToRegExp(g).test(relPath);
    } catch {
      return false;
    }
  });
}
