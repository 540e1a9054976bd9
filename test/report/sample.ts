/** The sample cooperation analysed once through the real engine, for the report suites. */
import path from 'node:path';
import { createNodeEngine, resolveTargets } from '../../server/src/cli/workspaceSetup.js';
import type { AnalysisResult } from '../../server/src/engine/engine.js';
import type { WorkspaceModel } from '../../server/src/engine/workspaceModel.js';
import type { Diagnostic, Lang } from '../../server/src/engine/types.js';
import { buildAlignmentReport, diagnosticsOf, type AlignmentReport } from '../../server/src/report/reportModel.js';
import { REPO } from '../helpers/workspace.js';

export const SAMPLE = path.join(REPO, 'samples/ikt-fjord');

export interface Analysed {
  result: AnalysisResult;
  ws: WorkspaceModel;
  diagnostics: Diagnostic[];
  report: AlignmentReport;
}

const cache = new Map<string, Analysed>();

export function analysedSample(lang?: Lang): Analysed {
  const key = lang ?? '';
  let hit = cache.get(key);
  if (!hit) {
    const { engine } = createNodeEngine(resolveTargets(REPO, [SAMPLE]), lang ? { lang } : {});
    const result = engine.analyze();
    const ws = result.workspaces.find((w) => w.config.cooperation === 'IKT Fjord')!;
    const diagnostics = diagnosticsOf(ws, result.diagnostics);
    hit = { result, ws, diagnostics, report: buildAlignmentReport(ws, diagnostics, lang ? { lang } : {}) };
    cache.set(key, hit);
  }
  return hit;
}

/** All `attr="value"` pairs of the opening tags matching `tagPattern` (e.g. `<a [^>]*class="hm-cell"`). */
export function tags(html: string, tagPattern: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`${tagPattern}[^>]*>`, 'g'))].map((m) => {
    const attrs: Record<string, string> = {};
    for (const a of m[0].matchAll(/([a-zA-Z-]+)="([^"]*)"/g)) attrs[a[1]!] = unescapeHtml(a[2]!);
    return attrs;
  });
}

export function unescapeHtml(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Ids used more than once, and in-page links that lead nowhere. */
export function brokenAnchors(html: string): { duplicate: string[]; dangling: string[] } {
  const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => unescapeHtml(m[1]!));
  const seen = new Set<string>();
  const duplicate = new Set<string>();
  for (const id of ids) (seen.has(id) ? duplicate : seen).add(id);
  const dangling = [...html.matchAll(/href="#([^"]*)"/g)].map((m) => unescapeHtml(m[1]!)).filter((h) => !seen.has(h));
  return { duplicate: [...duplicate], dangling: [...new Set(dangling)] };
}
