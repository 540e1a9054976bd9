/**
 * Files whose bytes are not UTF-8 text. A strategy saved in another encoding
 * (Windows-1252, «ANSI») reaches the engine with U+FFFD where æ, ø and å
 * were; a binary file, a file zero-filled after a crash or UTF-16 without a
 * byte order mark reaches it with NUL characters. Either way its keys and IDs
 * look misspelt or missing, so the cause is said first, at its first sign.
 * Documents, samstemt.yaml and framework files alike.
 */
import type { Localized, ParseProblem } from '../types.js';

export const NOT_UTF8: Localized = {
  en: 'This character could not be read: the file is probably not saved as UTF-8 (for example Windows-1252 or «ANSI» from an older program), so æ, ø and å are lost and keys may look misspelt. Save the file as UTF-8.',
  nb: 'Tegnet her kan ikke leses: filen er trolig ikke lagret som UTF-8 (for eksempel Windows-1252 eller «ANSI» fra et eldre program), så æ, ø og å går tapt og nøkler kan se feilstavet ut. Lagre filen som UTF-8.',
  nn: 'Teiknet her kan ikkje lesast: fila er truleg ikkje lagra som UTF-8 (til dømes Windows-1252 eller «ANSI» frå eit eldre program), så æ, ø og å går tapt og nøklar kan sjå feilstava ut. Lagre fila som UTF-8.',
};

export const HAS_NUL: Localized = {
  en: 'The file has a NUL character (a zero byte) here, so it is not plain text: it may be a binary file with a text file\'s name, a damaged file, or text saved as UTF-16 without a byte order mark. Save it as UTF-8 text.',
  nb: 'Filen har et NUL-tegn (en nullbyte) her, så den er ikke ren tekst: det kan være en binærfil med navnet til en tekstfil, en skadet fil, eller tekst lagret som UTF-16 uten byte-rekkefølgemerke (BOM). Lagre den som UTF-8-tekst.',
  nn: 'Fila har eit NUL-teikn (ein nullbyte) her, så ho er ikkje rein tekst: det kan vere ei binærfil med namnet til ei tekstfil, ei skadd fil, eller tekst lagra som UTF-16 utan byte-rekkjefølgjemerke (BOM). Lagre ho som UTF-8-tekst.',
};

/**
 * The problem of a text that is not UTF-8 text, at its first sign; a NUL
 * wins over U+FFFD (a binary file has both, and the NUL names its cause).
 */
export function encodingProblem(text: string): ParseProblem | undefined {
  const nul = text.indexOf('\0');
  if (nul >= 0) return { message: HAS_NUL, span: { start: nul, end: nul + 1 } };
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) return { message: NOT_UTF8, span: { start: bad, end: bad + 1 } };
  return undefined;
}
