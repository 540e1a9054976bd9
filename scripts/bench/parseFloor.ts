/**
 * The parse floor of the CLI benchmark: what any tool that reads these
 * workspaces must at least do. Walks the folders (the same skip rules as the
 * CLI's file host), reads every `.md`/`.markdown`/`.yaml`/`.yml` file, parses
 * Markdown with unified + remark-parse + remark-frontmatter (to mdast, as the
 * engine does) and the front matter and YAML files with js-yaml `load`.
 * Nothing else: no model, no rules, no output beyond one summary line.
 *
 *   node out/scripts/bench/parseFloor.js [--block-only] DIR...
 *
 * `--block-only` switches micromark's inline constructs off, as the engine's
 * Markdown parser does (it reads headings, lists and paragraphs by position
 * and never needs emphasis, links or code spans): the floor of the engine's
 * own parsing configuration. Without it, the floor is a plain remark parse.
 *
 * The benchmark bundles this file with esbuild exactly like the CLI
 * (`--bundle --platform=node --format=cjs --target=node20`), so both pay the
 * same module-loading cost.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { load } from 'js-yaml';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);
const FILE = /\.(md|markdown|ya?ml)$/i;

function walk(dir: string, out: string[], seen: Set<string>): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() || (e.isSymbolicLink() && statSync(p).isDirectory())) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(p, out, seen);
    } else if (FILE.test(e.name)) out.push(p);
  }
}

/** The inline constructs the engine switches off (server/src/engine/parse/markdown.ts). */
const INLINE_CONSTRUCTS = ['attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'hardBreakEscape', 'htmlText', 'labelEnd', 'labelStartImage', 'labelStartLink'];
function blockStructureOnly(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: INLINE_CONSTRUCTS } });
}

function main(argv: string[]): void {
  const blockOnly = argv.includes('--block-only');
  const dirs = argv.filter((a) => a !== '--block-only');
  const files: string[] = [];
  for (const d of dirs) walk(path.resolve(d), files, new Set());
  files.sort();
  const base = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
  const processor = blockOnly ? base.use(blockStructureOnly) : base;
  let bytes = 0;
  let nodes = 0;
  let yamlDocs = 0;
  let errors = 0;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    bytes += text.length;
    try {
      if (/\.ya?ml$/i.test(f)) {
        load(text);
        yamlDocs++;
      } else {
        const tree = processor.parse(text);
        nodes += tree.children.length;
        const first = tree.children[0];
        if (first && first.type === 'yaml') {
          load(first.value);
          yamlDocs++;
        }
      }
    } catch {
      errors++;
    }
  }
  process.stdout.write(`${files.length} files, ${bytes} characters, ${nodes} top-level Markdown nodes, ${yamlDocs} YAML documents, ${errors} parse errors\n`);
}

main(process.argv.slice(2));
