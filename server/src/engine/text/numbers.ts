/** Numbers as each message language writes them. */
import type { Lang } from '../types.js';

/**
 * A number for a reader of `lang`: at most two decimals, with a decimal comma
 * in Norwegian (`2,5`) and a point in English (`2.5`), and thousands grouped
 * from 1 000 up, with `space` in Norwegian (`1 100`, `50 000`) and a comma in
 * English (`50,000`). Messages use a plain space; the report a no-break space.
 */
export function formatNumber(n: number, lang: Lang, space = ' '): string {
  const rounded = Math.round(n * 100) / 100;
  const [int, frac] = String(Math.abs(rounded)).split('.') as [string, string | undefined];
  const sep = lang === 'en' ? ',' : space;
  // Groups of three from the right, by a loop (no look-ahead regex to backtrack on long digit runs).
  let grouped = int;
  if (int.length >= 4 && /^\d+$/.test(int)) {
    grouped = int.slice(0, int.length % 3 || 3);
    for (let i = grouped.length; i < int.length; i += 3) grouped += sep + int.slice(i, i + 3);
  }
  const dec = frac ? (lang === 'en' ? '.' : ',') + frac : '';
  return (rounded < 0 ? '−' : '') + grouped + dec;
}

/** A suggestion's score (0..1) with two decimals, with the decimal sign of `lang`: `0,36` in Norwegian, `0.36` in English. */
export function formatScore(score: number, lang: Lang): string {
  const fixed = score.toFixed(2);
  return lang === 'en' ? fixed : fixed.replace('.', ',');
}
