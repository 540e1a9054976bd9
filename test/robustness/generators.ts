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
