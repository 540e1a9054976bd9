/**
 * Generators of broken strategy documents for the property tests: the sample
 * cooperation's files (samples/ikt-fjord) mutated the way people break files
 * by hand — lines deleted, duplicated or swapped, a file cut off, front matter
 * left open, stray bytes and odd Unicode pasted in, keys switched between
 * bokmål, nynorsk and English — plus documents assembled from random pieces.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO } from '../helpers/workspace.js';
import { GOAL_KEYS } from '../../server/src/engine/model/vocabulary.js';
import type { Lang } from '../../server/src/engine/types.js';

export const SAMPLE_DIR = path.join(REPO, 'samples/ikt-fjord');

/** Workspace-relative paths of the sample's files (config first). */
export const SAMPLE_FILES = [
  'samstemt.yaml',
  'strategier/digi-fjord.md',
  'strategier/fjellbygd.md',
  'strategier/ikt-fjord.md',
  'strategier/midtby.md',
  'strategier/storby.md',
  'strategier/strandvik.md',
  'strategier/vassbygd.yaml',
  'strategier/utkast/felles-ki-strategi.md',
] as const;

let sampleTexts: Map<string, string> | undefined;
export function sample(rel: string): string {
  sampleTexts ??= new Map(SAMPLE_FILES.map((f) => [f, readFileSync(path.join(SAMPLE_DIR, f), 'utf8')]));
  const t = sampleTexts.get(rel);
  if (t === undefined) throw new Error(`no sample file ${rel}`);
  return t;
}

// ---------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------

export type Mutation =
  | { op: 'delete-line'; at: number }
  | { op: 'duplicate-line'; at: number }
  | { op: 'swap-lines'; a: number; b: number }
  | { op: 'truncate'; at: number }
  | { op: 'truncate-front-matter'; at: number; dropFence: boolean }
  | { op: 'insert'; at: number; text: string }
  | { op: 'replace-char'; at: number; text: string }
  | { op: 'indent-line'; at: number; by: string }
  | { op: 'swap-key-language'; at: number; lang: Lang }
  | { op: 'swap-keys'; a: number; b: number };

/** Lines with their terminators (`\n`, `\r\n` or a lone `\r`). */
export function linesOf(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/** Lines as LSP counts them: split on `\r\n`, `\r` and `\n`. */
export function lspLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

const KEY_LINE = /^(\s*(?:[-*+]\s+)?(?:\*\*)?)([\p{L}][\p{L} -]{0,30}?)((?:\*\*)?\s*:)/u;

function keyLineIndexes(lines: string[]): number[] {
  return lines.flatMap((l, i) => (KEY_LINE.test(l) ? [i] : []));
}

function spellingOf(key: string): { def: (typeof GOAL_KEYS)[number] } | undefined {
  const k = key.trim().toLowerCase();
  const def = GOAL_KEYS.find((d) => Object.values(d.names).includes(k));
  return def ? { def } : undefined;
}

function sameCase(like: string, word: string): string {
  return like.charAt(0) === like.charAt(0).toUpperCase() && like.charAt(0) !== like.charAt(0).toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

export function applyMutation(text: string, m: Mutation): string {
  const lines = linesOf(text);
  const pick = (n: number, len: number) => (len === 0 ? 0 : n % len);
  switch (m.op) {
    case 'delete-line': {
      if (!lines.length) return text;
      lines.splice(pick(m.at, lines.length), 1);
      return lines.join('');
    }
    case 'duplicate-line': {
      if (!lines.length) return text;
      const i = pick(m.at, lines.length);
      let line = lines[i]!;
      if (!/[\r\n]$/.test(line)) line += '\n';
      lines.splice(i, 0, line);
      return lines.join('');
    }
    case 'swap-lines': {
      if (lines.length < 2) return text;
      const a = pick(m.a, lines.length);
      const b = pick(m.b, lines.length);
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('');
    }
    case 'truncate':
      return text.slice(0, pick(m.at, text.length + 1));
    case 'truncate-front-matter': {
      const fm = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
      if (!fm) return text.slice(0, pick(m.at, Math.min(text.length, 200) + 1));
      const cut = 4 + pick(m.at, Math.max(1, fm[0].length - 4));
      // Cut inside the front matter: either keep the body (a key half typed), or lose the closing fence too.
      return m.dropFence ? text.slice(0, cut) + text.slice(fm[0].length) : text.slice(0, cut) + '\n' + text.slice(fm[0].length - 4);
    }
    case 'insert': {
      const at = pick(m.at, text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'replace-char': {
      if (!text.length) return m.text;
      const at = pick(m.at, text.length);
      return text.slice(0, at) + m.text + text.slice(at + 1);
    }
    case 'indent-line': {
      if (!lines.length) return text;
      const i = pick(m.at, lines.length);
      lines[i] = m.by + lines[i]!;
      return lines.join('');
    }
    case 'swap-key-language': {
      const keyed = keyLineIndexes(lines);
      if (!keyed.length) return text;
      const i = keyed[pick(m.at, keyed.length)]!;
      const km = KEY_LINE.exec(lines[i]!)!;
      const hit = spellingOf(km[2]!);
      if (!hit) return text;
      const word = sameCase(km[2]!, hit.def.names[m.lang]);
      lines[i] = km[1]! + word + lines[i]!.slice(km[1]!.length + km[2]!.length);
      return lines.join('');
    }
    case 'swap-keys': {
      const keyed = keyLineIndexes(lines);
      if (keyed.length < 2) return text;
      const a = keyed[pick(m.a, keyed.length)]!;
      const b = keyed[pick(m.b, keyed.length)]!;
      const ka = KEY_LINE.exec(lines[a]!)!;
      const kb = KEY_LINE.exec(lines[b]!)!;
      const la = lines[a]!;
      const lb = lines[b]!;
      lines[a] = ka[1]! + kb[2]! + la.slice(ka[1]!.length + ka[2]!.length);
      lines[b] = kb[1]! + ka[2]! + lb.slice(kb[1]!.length + kb[2]!.length);
      return lines.join('');
    }
  }
}

/** Text people paste or editors leave behind: structure tokens, odd Unicode, stray bytes. */
export const junk: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '---\n', '---', '\n', '\r', '\r\n', '\t', '  ', '\uFEFF', '\u0000', '\u00A0', '\u2028', '\u0085',
    '{#', '}', '{#x}', '{#}', '#', '## ', '###### ', ':', ': ', '- ', '* ', '1. ', '> ', '```\n', '|', '>-',
    '"', "'", '[', ']', '{', '&a ', '*a', '!!js/function ', '!!binary ', '? ', '%YAML 1.2\n',
    '__proto__: ', 'constructor', 'prototype', '#felles-hr', 'ikt-fjord#', 'DS19-', 'DN30-M', ', , ,',
    'Støtter: ', 'Frist: ', 'Omfang: alle', 'Bidrar til: #', 'Aksepterer: ikt-fjord#felles-hr — ',
    '\u200B', '\u200D', '\u202E', '\u2066', 'e\u0301', 'a\u030A', '🚀', '👩‍👩‍👧', 'ﷺ', 'מטרה', 'İ', 'ß',
    '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D', '\uFFFD', '\uFFFF',
  ),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
  fc.uint8Array({ maxLength: 12 }).map((b) => Buffer.from(b).toString('utf8')),
  fc.uint8Array({ maxLength: 12 }).map((b) => Buffer.from(b).toString('latin1')),
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('truncate-front-matter' as const), at: fc.nat(), dropFence: fc.boolean() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: junk }),
  fc.record({ op: fc.constant('replace-char' as const), at: fc.nat(), text: junk }),
  fc.record({ op: fc.constant('indent-line' as const), at: fc.nat(), by: fc.constantFrom(' ', '  ', '    ', '\t') }),
  fc.record({ op: fc.constant('swap-key-language' as const), at: fc.nat(), lang: fc.constantFrom<Lang>('nb', 'nn', 'en') }),
  fc.record({ op: fc.constant('swap-keys' as const), a: fc.nat(), b: fc.nat() }),
);

// ---------------------------------------------------------------------------
// Documents assembled from pieces
// ---------------------------------------------------------------------------

const pieces = fc.oneof(
  fc.constantFrom(
    '---', 'owner: storby', 'owner: ikt-fjord', 'owner:', 'period: 2024–2027', 'period: {from: 2024, to: [2027', 'status: vedtatt', 'language: nn', 'title: "uavslutta',
    '# Strategi', '## Mål {#a}', '## Mål {#a}', '### Delmål {#b}', '## Struktur', '#### {#}', '## {#ø-🚀}',
    '- Område: hr', '- Område: hrr', '- Innføre: Visma HRM', '- Avvikle: Visma HRM', '- Omfang: alle', '- Unntak: fjellbygd, ukjent',
    '- Frist: 2025-02-30', '- Frist: 2026', '- Fra: 2027', '- Støtter: DS19-M2, DS19-M22, , DN30-', '- Bidrar til: #a, ikt-fjord#felles-hr, #', '- Krever: utviklingskapasitet 30',
    '- Indikator: medlemsavgift', '- Retning: øke', '- Retning: opp', '- Målverdi: 80 %', '- Utgangspunkt: mye', '- Aksepterer: storby#a — fordi',
    '- Behov: noe', '- Gevinst: mer', '- Prioritet: høy', '- Status: pågår', '- Ukjent: x', '- bare tekst', '  - innrykket: ja',
    'goals:', '  - id: y', '    title: Y', '    area: hr', '    goals:', '      - id: z', '    supports: [DS19-M2', 'owner: &o storby', 'x: *o',
    'Fri tekst med øke og redusere, felles og egen.', '', '```', '> sitat',
  ),
  junk,
);

export const generatedDocument: fc.Arbitrary<string> = fc
  .tuple(fc.array(pieces, { maxLength: 30 }), fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 3 }))
  .map(([ps, eols]) => ps.map((p, i) => p + eols[i % eols.length]!).join(''));

// ---------------------------------------------------------------------------
// A case: which file is broken, and how
// ---------------------------------------------------------------------------

export interface Case {
  /** Workspace-relative path of the broken file. */
  target: string;
  /** The files of the in-memory workspace (path → text). */
  files: Record<string, string>;
}

/** The documents that stand beside the broken one, so references have something to resolve to. */
function companions(target: string): string[] {
  if (target === 'samstemt.yaml') return ['strategier/ikt-fjord.md', 'strategier/fjellbygd.md'];
  return target === 'strategier/ikt-fjord.md' ? ['strategier/storby.md'] : ['strategier/ikt-fjord.md'];
}

export const mutatedCase: fc.Arbitrary<Case> = fc
  .tuple(fc.constantFrom(...SAMPLE_FILES), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([target, muts]) => {
    const files: Record<string, string> = { 'samstemt.yaml': sample('samstemt.yaml') };
    for (const c of companions(target)) files[c] = sample(c);
    files[target] = muts.reduce(applyMutation, sample(target));
    return { target, files };
  });

export const generatedCase: fc.Arbitrary<Case> = fc
  .tuple(generatedDocument, fc.constantFrom('strategier/ny.md', 'strategier/ny.yaml'))
  .map(([text, target]) => ({ target, files: { 'samstemt.yaml': sample('samstemt.yaml'), 'strategier/ikt-fjord.md': sample('strategier/ikt-fjord.md'), [target]: text } }));

export const anyCase: fc.Arbitrary<Case> = fc.oneof({ arbitrary: mutatedCase, weight: 4 }, { arbitrary: generatedCase, weight: 1 });

/** Markdown long enough to be parsed in sections, with blocks that must not be cut. */
const sampleMarkdown = fc
  .tuple(fc.constantFrom(...SAMPLE_FILES.filter((f) => f.endsWith('.md'))), fc.array(mutation, { maxLength: 3 }))
  .map(([f, muts]) => muts.reduce(applyMutation, sample(f)));
const uncuttable = fc.constantFrom(
  '<!--\n## Kommentert bort {#kommentert}\n- Frist: 2026\n\nTekst\n-->\n',
  '```\n## I kode {#kode}\n\nTekst\n```\n',
  '~~~~\n```\n## I kode {#kode2}\n~~~~\n',
  '<div>\n## I HTML {#html}\nTekst\n</div>\n',
  '<pre>\n\n## I pre {#pre}\n\nTekst\n</pre>\n',
  '<?php\n\n# x\n?>\n',
  '<!DOCTYPE html\n\n## x\n>\n',
  '<![CDATA[\n\n## x\n]]>\n',
  '    ## innrykket kode\n\nTekst\n',
  '> sitat\n## Overskrift {#o}\n',
  '- liste\n\n  fortsatt\n\nAvsnitt\n- Frist: 2026\n',
  'Tittel\n======\n\nTekst\n',
  '---\nikke front matter\n---\n',
  '1. en\n2. to\n\nTekst\n',
  '```\nuavsluttet kode\n\n## inni {#inni}\n',
  '- liste\n\n  ## Overskrift i lista {#i-lista}\n  - Frist: 2026\n\n   ## Tre mellomrom {#tre}\n',
  '> sitat\nlat fortsettelse\n\uFEFF\nOgså lat\n',
  '1. nummer\n\n   Avsnitt i punktet\n\n# Topp {#topp}\n',
);
export const longMarkdown: fc.Arbitrary<string> = fc
  .array(fc.oneof({ arbitrary: sampleMarkdown, weight: 3 }, { arbitrary: generatedDocument, weight: 1 }, { arbitrary: uncuttable, weight: 2 }), { minLength: 6, maxLength: 14 })
  .map((parts) => parts.join('\n'))
  .filter((t) => t.length > 16_000);

// ---------------------------------------------------------------------------
// Markdown for the block scanner (server/src/engine/parse/blockScan.ts)
// ---------------------------------------------------------------------------

/** Paragraph text the scanner reads (also as list item content). */
const scanText = fc.constantFrom(
  'Fri tekst med øke og redusere.', '(parentes)', '«sitat»', '"sitat"', '*emphasis* her', '_under_', '**fet**', '|a|b|', '|---|---|',
  '`kode` tekst', '``to', '#emneknagg', '-x', '+1', 'Område: hr', 'Frist: 2026', 'Støtter: DS19-M2, DN30-I1', '2024–2027', '12.mars', '1.5 mill',
  '{#id}', '!bilde', '\\escaped', '&amp;', 'ÆØÅ', 'a\tb', '🚀 ok', 'e\u0301', '\u00A0nbsp', 'Mål {#mål}', 'x  y',
);
/** Lines around the subset's edges: constructs it must give up on, and look-alikes it must read. */
const scanNearMiss = fc.constantFrom(
  '####### sju', '#\tTab', ' # innrykket', '- ', '-', '-\ttab', '-     fem', '- - nøstet', '- # h', '- [x]: y', '- 1. x', '- > q', '- --', '- ***',
  '* * *', '* **', '+ + x', '--- x', '[lenke]: /x', '[lenke](x)', '1. januar', '12) x', '2.', '0123456789. x', '<div>', '<!-- c -->', '> sitat',
  '=====', '==x', '---', '--', '***', '___', '- - -', '```', '```sh', '~~~', '~~~ a`b', '``` a`b', '````', '\u0000nul', '\f', '\uFEFFbom',
);
const scanItem = fc
  .tuple(fc.constantFrom('-', '-', '-', '*', '+'), fc.constantFrom(' ', ' ', ' ', '  ', '   ', '    '), scanText)
  .map(([bullet, space, text]) => bullet + space + text);
const scanHeading = fc.constantFrom('# Strategi', '## Mål {#a}', '### Delmål {#b} ###', '#### Struktur', '#', '## {#}', '###### seks');
const scanIndent = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom('', '', '', '', '', '', '', ' ', '  ', '  ', '  ', '   ', '    ', '    ') },
  { weight: 3, arbitrary: fc.constantFrom('     ', '      ', '        ') },
  { weight: 1, arbitrary: fc.constantFrom('\t', ' \t', '  \t') },
  { weight: 1, arbitrary: fc.integer({ min: 36, max: 44 }).map((k) => ' '.repeat(k)) },
);
const scanTrail = fc.constantFrom('', '', '', ' ', '  ', '\t', ' \t ');
const scanLine = (nearMiss: number) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.tuple(scanIndent, scanItem, scanTrail).map((p) => p.join('')) },
    { weight: 4, arbitrary: fc.tuple(scanIndent, scanText, scanTrail).map((p) => p.join('')) },
    { weight: 2, arbitrary: fc.tuple(scanHeading, scanTrail).map((p) => p.join('')) },
    { weight: 3, arbitrary: fc.constantFrom('', '', '', '  ', '\t') },
    { weight: 1, arbitrary: fc.constantFrom('```\nkode\n```', '~~~~ x\n```\n  ~~~~  ', '```sh\n- ikke liste\n\n```', '```\n' + ' '.repeat(40) + '- dypt\n```') },
    { weight: nearMiss, arbitrary: fc.tuple(scanIndent, scanNearMiss, scanTrail).map((p) => p.join('')) },
  );
const scanFront = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('', '', '---\nowner: storby\ntitle: Strategi\n---', '---  \nowner: x\n---\t', '---\n---', '---\nowner: x\n--- x\n---', '---\n- a\n' + ' '.repeat(40) + '- b\n---') },
  { weight: 1, arbitrary: fc.constantFrom('---\nuavsluttet', '---', '----\nowner: x\n----', ' ---\nowner: x\n---') },
);

/**
 * Markdown documents for the block scanner's differential test: front matter
 * variants, headings, property lists with nested items, continuation and
 * lazy lines, blank lines, trailing spaces and tabs, indentation, fences —
 * mostly within the scanner's subset, with near misses mixed in (thematic
 * breaks, setext underlines, ordered markers, `>`/`<`/`[` lines, tabs in
 * indentation, markers past limitNesting's column). Lines end in LF, CRLF, a
 * mix of both, or (rarely) a lone CR.
 */
export const blockScanDocument: fc.Arbitrary<string> = fc
  .tuple(
    scanFront,
    fc.constantFrom(0, 0, 0, 1, 2, 4).chain((nearMiss) => fc.array(scanLine(nearMiss), { maxLength: 30 })),
    fc.oneof({ weight: 12, arbitrary: fc.constantFrom('\n', '\n', '\r\n', 'mixed') }, { weight: 1, arbitrary: fc.constant('\r') }),
    fc.boolean(),
  )
  .map(([front, lines, eol, finalEol]) => {
    const all = (front ? [front] : []).concat(lines).join('\n').split('\n');
    const text = all.map((l, i) => l + (eol === 'mixed' ? (i % 3 ? '\n' : '\r\n') : eol)).join('');
    return finalEol ? text : text.slice(0, text.length - (text.endsWith('\r\n') ? 2 : 1));
  });

/** Long documents in the scanner's subset (over 16 000 characters, so remark parses them in sections). */
export const longBlockScanDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(
      fc
        .tuple(
          scanHeading,
          fc.array(fc.tuple(fc.constantFrom('- ', '* ', '+ ', '  - ', '   - ', '   '), scanText, scanTrail).map((p) => p.join('')), { maxLength: 8 }),
          fc.array(fc.tuple(fc.constantFrom('', '', ' ', '  '), scanText, scanTrail).map((p) => p.join('')), { maxLength: 4 }),
          fc.boolean(),
          fc.boolean(),
        )
        .map(([h, items, para, b1, b2]) => [h, ...(b1 ? [''] : []), ...items, ...(b2 ? [''] : []), ...para, ''].join('\n')),
      { minLength: 240, maxLength: 270 },
    ),
    fc.boolean(),
  )
  .map(([sections, crlf]) => (crlf ? sections.join('\n').replace(/\n/g, '\r\n') : sections.join('\n')));
