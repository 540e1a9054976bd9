/**
 * Files whose bytes are not UTF-8. A strategy saved in another encoding
 * (Windows-1252, «ANSI») reaches the engine with U+FFFD where æ, ø and å
 * were: its keys and IDs look misspelt, so the cause is said first, at its
 * first sign. Documents, samstemt.yaml and framework files alike.
 */
import type { Localized, ParseProblem } from '../types.js';

export const NOT_UTF8: Localized = {
  en: 'This character could not be read: the file is probably not saved as UTF-8 (for example Windows-1252 or «ANSI» from an older program), so æ, ø and å are lost and keys may look misspelt. Save the file as UTF-8.',
  nb: 'Tegnet her kan ikke leses: filen er trolig ikke lagret som UTF-8 (for eksempel Windows-1252 eller «ANSI» fra et eldre program), så æ, ø og å går tapt og nøkler kan se feilstavet ut. Lagre filen som UTF-8.',
  nn: 'Teiknet her kan ikkje lesast: fila er truleg ikkje lagra som UTF-8 (til dømes Windows-1252 eller «ANSI» frå eit eldre program), så æ, ø og å går tapt og nøklar kan sjå feilstava ut. Lagre fila som UTF-8.',
};

/** The problem of a text that was not UTF-8, at its first sign. */
export function encodingProblem(text: string): ParseProblem | undefined {
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) return { message: NOT_UTF8, span: { start: bad, end: bad + 1 } };
  return undefined;
}
