/**
 * Framework files (format.md §4): the built-in catalogs ship in this format,
 * and a workspace may add its own. Objective IDs are matched case-insensitively.
 */
import type { Framework, Objective, ParseProblem } from '../types.js';
import { parseYamlTree, isNull, type YMap, type YNode } from '../parse/yamlTree.js';
import { yamlProblem, lineSpanAt } from '../parse/documentHead.js';

export interface FrameworkParseResult {
  framework?: Framework;
  problems: ParseProblem[];
}

function str(n: YNode | undefined): string | undefined {
  return n && n.kind === 'scalar' && !isNull(n) ? n.value.trim() : undefined;
}
function strList(n: YNode | undefined): string[] {
  if (!n || isNull(n)) return [];
  if (n.kind === 'scalar') return n.value.split(',').map((s) => s.trim()).filter(Boolean);
  if (n.kind === 'seq') return n.items.flatMap((i) => (str(i) ? [str(i)!] : []));
  return [];
}
function get(m: YMap, key: string): YNode | undefined {
  return m.pairs.find((p) => p.key.value === key)?.value;
}

export function parseFramework(uri: string, text: string, builtIn: boolean): FrameworkParseResult {
  const problems: ParseProblem[] = [];
  const yaml = parseYamlTree(text);
  if (yaml.error) {
    problems.push(yamlProblem(text, yaml.error));
    return { problems };
  }
  const root = yaml.root;
  const id = root?.kind === 'map' ? str(get(root, 'framework')) : undefined;
  if (!root || root.kind !== 'map' || !id) {
    problems.push({
      message: {
        en: 'A framework file needs `framework: ID`, a `title` and a list of `objectives`.',
        nb: 'En rammeverksfil trenger `framework: ID`, en `title` og en liste med `objectives`.',
        nn: 'Ei rammeverksfil treng `framework: ID`, ein `title` og ei liste med `objectives`.',
      },
      span: lineSpanAt(text, 0),
    });
    return { problems };
  }
  const fw: Framework = { id: id.toUpperCase(), title: str(get(root, 'title')) ?? id, builtIn, uri, objectives: [] };
  const titleEn = str(get(root, 'title_en'));
  if (titleEn) fw.titleEn = titleEn;
  const source = str(get(root, 'source'));
  if (source) fw.source = source;
  const period = /(\d{4})\s*[-–—]\s*(\d{4})/.exec(str(get(root, 'period')) ?? '');
  if (period) fw.period = { from: Number(period[1]), to: Number(period[2]) };
  const objectives = get(root, 'objectives');
  for (const item of objectives?.kind === 'seq' ? objectives.items : []) {
    if (item.kind !== 'map') continue;
    const idNode = get(item, 'id');
    const oid = str(idNode);
    if (!oid || !idNode) continue;
    const kw = get(item, 'keywords');
    const keywords = { nb: [] as string[], nn: [] as string[], en: [] as string[] };
    if (kw?.kind === 'map') {
      keywords.nb = strList(get(kw, 'nb'));
      keywords.nn = strList(get(kw, 'nn'));
      keywords.en = strList(get(kw, 'en'));
    } else keywords.nb = strList(kw);
    const o: Objective = {
      id: oid.toUpperCase(),
      framework: fw.id,
      kind: str(get(item, 'kind')) ?? 'objective',
      title: str(get(item, 'title')) ?? oid,
      description: str(get(item, 'description')) ?? '',
      keywords,
      related: strList(get(item, 'related')).map((r) => r.toUpperCase()),
      uri,
      span: idNode.span,
    };
    const opt = { titleEn: 'title_en', short: 'short', descriptionEn: 'description_en', source: 'source' } as const;
    for (const [field, key] of Object.entries(opt) as [keyof typeof opt, string][]) {
      const v = str(get(item, key));
      if (v) o[field] = v;
    }
    const parent = str(get(item, 'parent'));
    if (parent) o.parent = parent.toUpperCase();
    fw.objectives.push(o);
  }
  return { framework: fw, problems };
}
