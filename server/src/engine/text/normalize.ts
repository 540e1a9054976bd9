/** Small text helpers shared by the parsers and rules. */

/** Case-insensitive comparison key that also ignores a trailing colon: `Frist:` → `frist`. */
export function keyOf(text: string): string {
  return text.trim().replace(/:$/, '').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** System names compare case- and whitespace-insensitively: `Visma  HRM` = `visma hrm`. */
export function systemKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, '');
}

/** Damerau-free Levenshtein distance, bounded for speed. */
export function editDistance(a: string, b: string, max = 4): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The closest candidate to `text` (case-insensitive), if it is close enough to
 * be a plausible typo: "did you mean …?".
 */
export function didYouMean(text: string, candidates: Iterable<string>): string | undefined {
  const t = text.toLowerCase();
  const max = t.length <= 4 ? 1 : t.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestD = max + 1;
  for (const c of candidates) {
    const d = editDistance(t, c.toLowerCase(), max);
    if (d < bestD || (d === bestD && best !== undefined && c < best)) {
      best = c;
      bestD = d;
    }
  }
  return bestD <= max ? best : undefined;
}
