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

/**
 * A key's colon followed by a non-breaking or other special space on the line
 * at `offset` or the line above (`owner:` and U+00A0, pasted from a web page
 * or a word processor): YAML needs an ordinary space after the colon, so the
 * line is read as text and the error surfaces with no hint of the cause. The
 * problem is on the space, with a fix that writes an ordinary one.
 */
export function otherSpaceAfterColon(text: string, offset: number): ParseProblem | undefined {
  const here = lineStartAt(text, Math.min(offset, text.length));
  const candidates = [here];
  if (here > 0) candidates.unshift(lineStartAt(text, here - (text[here - 1] === '\n' && text[here - 2] === '\r' ? 2 : 1)));
  for (const start of candidates) {
    let k = start;
    while (k < text.length && (text[k] === ' ' || text[k] === '-')) k++;
    const keyStart = k;
    while (k < text.length && k - keyStart < 60 && text[k] !== ':' && text[k] !== '#' && text[k] !== '\n' && text[k] !== '\r' && text[k] !== '"' && text[k] !== "'") k++;
    if (text[k] !== ':' || k === keyStart || !isOtherSpace(text[k + 1] ?? '')) continue;
    let end = k + 1;
    while (end < text.length && isOtherSpace(text[end]!)) end++;
    const span = { start: k + 1, end };
    const key = text.slice(keyStart, k).trim();
    return {
      message: {
        en: `After "${key}:" stands a non-breaking or other special space (often pasted from a web page or a word processor). It looks like a space, but YAML needs an ordinary space after the colon, so the YAML here cannot be read. Write an ordinary space.`,
        nb: `Etter «${key}:» står et hardt mellomrom eller et annet spesielt mellomrom (ofte limt inn fra en nettside eller et tekstbehandlingsprogram). Det ser ut som et mellomrom, men YAML trenger et vanlig mellomrom etter kolonet, så YAML-en her kan ikke leses. Skriv et vanlig mellomrom.`,
        nn: `Etter «${key}:» står eit hardt mellomrom eller eit anna spesielt mellomrom (ofte limt inn frå ei nettside eller eit tekstbehandlingsprogram). Det ser ut som eit mellomrom, men YAML treng eit vanleg mellomrom etter kolonet, så YAML-en her kan ikkje lesast. Skriv eit vanleg mellomrom.`,
      },
      span,
      fix: { messageId: 'plainSpace', span, newText: ' '.repeat(span.end - span.start), preferred: true },
    };
  }
  return undefined;
}

/**
 * A tab in the indentation of the line at `offset` (or the line above): the
 * Tab key in Notepad, or a line copied from an e-mail. YAML reads only spaces
 * as indentation. The fix indents the line with spaces as the line above is
 * indented (its key's column after a `- `), deeper by two when that line opens
 * a group (`members:`); not preferred, as the depth meant is a guess.
 */
export function tabIndent(text: string, offset: number): ParseProblem | undefined {
  const here = lineStartAt(text, Math.min(offset, text.length));
  const candidates = [here];
  if (here > 0) candidates.unshift(lineStartAt(text, here - (text[here - 1] === '\n' && text[here - 2] === '\r' ? 2 : 1)));
  for (const start of candidates) {
    const indent = /^[ \t]*/.exec(text.slice(start))![0];
    if (!indent.includes('\t') || /^[\r\n]|^$/.test(text.slice(start + indent.length))) continue;
    const span = { start, end: start + indent.length };
    return {
      message: {
        en: 'This line is indented with a tab. YAML reads only spaces as indentation, so the YAML here cannot be read. Indent the line with spaces, as the lines around it.',
        nb: 'Denne linjen har innrykk med tabulatortegn. YAML leser bare mellomrom som innrykk, så YAML-en her kan ikke leses. Bruk mellomrom til innrykk, som på linjene rundt.',
        nn: 'Denne linja har innrykk med tabulatorteikn. YAML les berre mellomrom som innrykk, så YAML-en her kan ikkje lesast. Bruk mellomrom til innrykk, som på linjene rundt.',
      },
      span,
      fix: { messageId: 'spacesForTab', span, newText: ' '.repeat(indentAbove(text, start)) },
    };
  }
  return undefined;
}

/** The column a line below `lineStart`'s nearest written line above would stand at: that line's key column, plus two after a `key:` that opens a group. */
function indentAbove(text: string, lineStart: number): number {
  const lines = text.slice(0, lineStart).split(/\r\n|\r|\n/).reverse();
  for (const line of lines) {
    const body = line.trimStart();
    if (!body || body.startsWith('#') || line.includes('\t')) continue;
    const item = /^(-\s+)*/.exec(body)![0].length;
    const column = line.length - body.length + item;
    // `members:` opens a group; `need: |` and `need: >-` end in their mark, not in the colon.
    const opens = /:\s*(?:#.*)?$/.test(body);
    return column + (opens ? 2 : 0);
  }
  return 0;
}
