/**
 * Orders strings by their UTF-16 code units, the same on every machine.
 * `localeCompare` follows the locale of the machine it runs on: a Norwegian
 * one sorts «å» and «aa» after «z», an English one beside «a». Output sorted
 * with it (diagnostics at the same place, the findings a bound keeps, the
 * order of cooperations) would differ between an author's laptop and CI.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
