/**
 * YAML indented with spaces that are not spaces. Text pasted from a web page,
 * a word processor or a GitLab/GitHub web editor may indent with non-breaking
 * spaces (U+00A0) or other Unicode spaces; they look like spaces, but YAML
 * reads them as text, so the parser reports «bad indentation» on the line
 * after, with no hint of the cause. The problem names the cause, on the line
 * that has it, with a fix that writes ordinary spaces.
 */
import type { ParseProblem, Span } from '../types.js';
import { lineStartAt } from '../text/lines.js';

/** Unicode spaces that look like a space: no-break, en/em and thin spaces, narrow no-break, ideographic. */
function isOtherSpace(c: string): boolean {
  return c === '\u00a0' || (c >= '\u2000' && c <= '\u200a') || c === '\u202f' || c === '\u3000';
}

/** The indentation of the line at `start` when it holds a space that is not a space, as the span to replace. */
function badIndent(text: string, start: number): Span | undefined {
  let end = start;
  let other = false;
  while (end < text.length && (text[end] === ' ' || isOtherSpace(text[end]!))) {
    if (text[end] !== ' ') other = true;
    end++;
  }
  return other ? { start, end } : undefined;
}

/**
 * The problem for a YAML error at `offset` whose line, or the line above,
 * is indented with other spaces than ordinary ones; undefined otherwise.
 */
export function otherSpaceIndent(text: string, offset: number): ParseProblem | undefined {
  const here = lineStartAt(text, Math.min(offset, text.length));
  const candidates = [here];
  // The line above: from before this line's break (`\r\n`, `\n` or a lone `\r`, as an old Mac writes it).
  if (here > 0) candidates.unshift(lineStartAt(text, here - (text[here - 1] === '\n' && text[here - 2] === '\r' ? 2 : 1)));
  for (const start of candidates) {
    const span = badIndent(text, start);
    if (!span) continue;
    return {
      message: {
        en: 'This line is indented with non-breaking or other special spaces (often pasted from a web page or a word processor). They look like spaces, but YAML does not read them as indentation, so the YAML here cannot be read. Indent with ordinary spaces.',
        nb: 'Denne linjen har innrykk med hardt mellomrom eller andre spesielle mellomrom (ofte limt inn fra en nettside eller et tekstbehandlingsprogram). De ser ut som mellomrom, men YAML leser dem ikke som innrykk, så YAML-en her kan ikke leses. Bruk vanlige mellomrom til innrykk.',
        nn: 'Denne linja har innrykk med hardt mellomrom eller andre spesielle mellomrom (ofte limt inn frå ei nettside eller eit tekstbehandlingsprogram). Dei ser ut som mellomrom, men YAML les dei ikkje som innrykk, så YAML-en her kan ikkje lesast. Bruk vanlege mellomrom til innrykk.',
      },
      span,
      fix: { messageId: 'plainSpaces', span, newText: ' '.repeat(span.end - span.start), preferred: true },
    };
  }
  return undefined;
}
