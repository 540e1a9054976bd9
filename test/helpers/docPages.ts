/**
 * Reading the user docs' examples so tests can run them: sections, fenced
 * code blocks with the prose around them, quoted messages, and the
 * convention for turning a snippet into a workspace.
 *
 * The convention (what a page may leave out, and what the test adds):
 * - A ```yaml block whose first line is `# samstemt.yaml` changes the
 *   cooperation: each of its top-level keys replaces that key of BASE_CONFIG.
 * - A ```markdown block that starts with `---` is a whole document. Any other
 *   is the body of one: the test puts front matter above it with the owner
 *   the file is named for (else `storby`) and `period: 2024–2027`.
 * - A block's file is the `name.md` the prose names: «`name.md`:» (or «in
 *   `name.md`:») before it, or «(in `name.md`)» right after it. Unnamed, it
 *   is `<owner>.md` for a whole document with an owner, else `strategi.md`.
 */
import { readFileSync } from 'node:fs';

/** The cooperation every example runs in, unless its `# samstemt.yaml` snippet says otherwise (the members of the spec's example). */
export const BASE_CONFIG = `cooperation: IKT Fjord
language: en
frameworks: [DS19, DN30]
documents: ["**/*.md", "**/*.yaml"]
members:
  storby:    { name: Storby kommune,    kind: kommune, population: 50000 }
  midtby:    { name: Midtby kommune,    kind: kommune, population: 15000 }
  fjellbygd: { name: Fjellbygd kommune, kind: kommune, population: 940 }
  ikt-fjord: { name: IKT Fjord AS,      kind: selskap }
`;

const MEMBERS = ['storby', 'midtby', 'fjellbygd', 'ikt-fjord'];

/** The text of the `## heading` section of a page, up to the next `## ` heading (not one inside a code block). */
export function section(page: string, heading: string): string {
  const lines = page.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  if (start < 0) return '';
  let fenced = false;
  const end = lines.findIndex((l, i) => {
    if (i > start && /^\s*```/.test(l)) fenced = !fenced;
    return i > start && !fenced && /^## /.test(l);
  });
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** A fenced block at the start of a line, with the prose before it (since the previous block) and after it (up to the next). */
export interface Block {
  lang: string;
  text: string;
  before: string;
  after: string;
}

/** The fenced code blocks of `text` that start at column 0 (indented ones belong to list items). */
export function blocks(text: string): Block[] {
  const lines = text.split('\n');
  const raw: { lang: string; text: string; from: number; to: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^```(\w*)\s*$/.exec(lines[i]!);
    if (!m) continue;
    const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
    if (end < 0) break;
    raw.push({ lang: m[1]!, text: lines.slice(i + 1, end).join('\n') + '\n', from: i, to: end });
    i = end;
  }
  return raw.map((b, k) => ({
    lang: b.lang,
    text: b.text,
    before: lines.slice(k === 0 ? 0 : raw[k - 1]!.to + 1, b.from).join('\n'),
    after: lines.slice(b.to + 1, k + 1 < raw.length ? raw[k + 1]!.from : undefined).join('\n'),
  }));
}

/** The `>` quotes of `text` (outside code blocks), each joined into one line. */
export function quotes(text: string): string[] {
  const out: string[] = [];
  let cur: string[] | undefined;
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const m = !fenced && /^> ?(.*)$/.exec(line);
    if (m) (cur ??= []).push(m[1]!);
    else if (cur) {
      out.push(cur.join(' '));
      cur = undefined;
    }
  }
  if (cur) out.push(cur.join(' '));
  return out;
}

/** Whitespace collapsed, and the Markdown line-break escape of a backtick inside code (`\``) read as the backtick. */
export function norm(s: string): string {
  return s.replace(/\\`/g, '`').replace(/\s+/g, ' ').trim();
}

/**
 * Whether the tool's `message` is what the page quotes. An ellipsis in the
 * quote stands for text the page leaves out (as in «Mente du DS19-M2 «…»?»),
 * so it matches any text, the literal «…» included.
 */
export function quoteMatches(quote: string, message: string): boolean {
  const q = norm(quote);
  const m = norm(message);
  if (q === m) return true;
  if (!q.includes('…')) return false;
  const pattern = q.split('…').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*?');
  return new RegExp(`^${pattern}$`).test(m);
}

/** Top-level entries of a YAML text (a key line and its indented lines), by key; comments left out. */
function topLevel(yaml: string): Map<string, string> {
  const out = new Map<string, string>();
  let key: string | undefined;
  for (const line of yaml.split('\n')) {
    if (/^\s*#/.test(line) || line.trim() === '') continue;
    const m = /^([^\s#][^:]*):/.exec(line);
    if (m) {
      key = m[1]!;
      out.set(key, line + '\n');
    } else if (key) out.set(key, out.get(key)! + line + '\n');
  }
  return out;
}

/** BASE_CONFIG with the top-level keys of `snippet` replacing its own (and added when new), in language `lang`. */
export function configWith(snippet: string | undefined, lang: string): string {
  const base = topLevel(BASE_CONFIG);
  if (snippet) for (const [k, v] of topLevel(snippet)) base.set(k, v);
  base.set('language', `language: ${lang}\n`);
  return [...base.values()].join('');
}

/** The `name.md` the prose names for a block, following the convention above. */
function fileNamed(b: Block, prev: Block | undefined): string | undefined {
  const after = /^\s*\(in `([\w-]+\.md)`\)/.exec(b.after);
  if (after) return after[1];
  // The prose before a block may start by naming the block before it: «(in `a.md`), and in `b.md`:».
  const before = prev && /^\s*\(in `[\w-]+\.md`\)/.test(b.before) ? b.before.replace(/^\s*\(in `[\w-]+\.md`\)/, '') : b.before;
  const named = [...before.matchAll(/`([\w-]+\.md)`/g)];
  return named.length ? named[named.length - 1]![1] : undefined;
}

/** The owner a whole document names in its front matter. */
function ownerOf(doc: string): string | undefined {
  return /^---\n[\s\S]*?^owner:\s*(\S+)/m.exec(doc)?.[1];
}

/** A page's example as a workspace: files by path, without samstemt.yaml (see `configWith`), and the snippet that changes the config. */
export interface Example {
  files: Record<string, string>;
  configSnippet?: string;
  /** For each Markdown block: its file, and the line of the file its first line is on. */
  placed: { block: Block; file: string; firstLine: number }[];
}

export function exampleOf(exampleSection: string): Example {
  const bs = blocks(exampleSection);
  const files: Record<string, string> = {};
  const placed: Example['placed'] = [];
  let configSnippet: string | undefined;
  bs.forEach((b, i) => {
    if (b.lang === 'yaml' && /^# samstemt\.yaml\s*\n/.test(b.text)) {
      configSnippet = b.text;
      return;
    }
    if (b.lang !== 'markdown') return;
    const named = fileNamed(b, bs[i - 1]);
    const whole = b.text.startsWith('---\n');
    const owner = whole ? ownerOf(b.text) : (named && MEMBERS.find((m) => named === `${m}.md`)) ?? 'storby';
    let file = named ?? (whole && owner ? `${owner}.md` : 'strategi.md');
    for (let n = 2; file in files; n++) file = file.replace(/(-\d+)?\.md$/, `-${n}.md`);
    const head = whole ? '' : `---\nowner: ${owner}\nperiod: 2024–2027\n---\n\n`;
    files[file] = head + b.text;
    placed.push({ block: b, file, firstLine: head.split('\n').length - 1 });
  });
  return { files, ...(configSnippet ? { configSnippet } : {}), placed };
}

export function readPage(file: string): string {
  return readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
}

export { MEMBERS };
