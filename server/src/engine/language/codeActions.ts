/**
 * Quick fixes: the fixes that rules attach to their findings (did-you-mean
 * replacements, "link to objective X", "add need/benefit"), offered for the
 * diagnostics that touch the requested range. Nothing is invented here: a
 * finding without fixes gets no action.
 *
 * Example: `unknown-goal-ref` on `ikt-fjord#felles-lønn-hr` →
 * `{ title: 'Change to ikt-fjord#felles-lonn-hr', edits: [one replacement] }`.
 */
import type { Diagnostic, Lang, Span, TextEdit } from '../types.js';
import { tr } from './context.js';

export interface QuickFix {
  title: string;
  diagnostic: Diagnostic;
  edits: TextEdit[];
  preferred: boolean;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * Quick fixes for `diagnostics` of one file whose span overlaps `span`.
 * `only` restricts them to the given rule ids (the diagnostics the editor sent).
 */
export function quickFixes(diagnostics: readonly Diagnostic[], span: Span, lang: Lang, only?: ReadonlySet<string>): QuickFix[] {
  const out: QuickFix[] = [];
  // Two findings at one place may carry the same fix (a goal overbooking two years): the editor lists it once.
  const seen = new Set<string>();
  for (const d of diagnostics) {
    if (!overlaps(d.span, span)) continue;
    if (only && only.size && !only.has(d.rule)) continue;
    for (const fix of d.fixes) {
      if (!fix.edits.length) continue;
      const title = tr(lang, fix.title);
      const key = JSON.stringify([title, fix.edits.map((e) => [e.uri, e.span.start, e.span.end, e.newText])]);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ title, diagnostic: d, edits: fix.edits, preferred: fix.preferred === true });
    }
  }
  return out;
}
