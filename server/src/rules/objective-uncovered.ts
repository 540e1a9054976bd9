import { defineRule } from '../engine/rule.js';
import type { Framework, Span } from '../engine/types.js';
import type { WorkspaceModel } from '../engine/workspaceModel.js';
import { keyName } from '../engine/model/vocabulary.js';
import { isDropped } from '../engine/model/interpret.js';
import { resolveInside } from '../engine/workspace/uri.js';
import { perDocumentAndFrameworks } from '../engine/memo.js';
import { lineEndAt } from '../engine/text/lines.js';
import { objectiveMessageTitle } from '../engine/findings.js';

const messages = {
  uncovered: {
    en: 'No goal in this cooperation supports {objective} «{title}» ({framework}). If members work towards it, add `{supportsKey}: {objective}` to those goals; if the cooperation has chosen not to prioritise it, you can leave this as it is.',
    nb: 'Ingen mål i samarbeidet støtter {objective} «{title}» ({framework}). Hvis medlemmene arbeider mot det, legg til `{supportsKey}: {objective}` i de målene; hvis samarbeidet har valgt ikke å prioritere det, kan du la det være.',
    nn: 'Ingen mål i samarbeidet støttar {objective} «{title}» ({framework}). Om medlemene arbeider mot det, legg til `{supportsKey}: {objective}` i dei måla; om samarbeidet har valt ikkje å prioritere det, kan du la det vere.',
  },
};

/**
 * An objective of an enabled framework that no goal of the workspace
 * supports, reported on the framework's entry in `samstemt.yaml`.
 *
 * - A goal that supports a sub-objective (a life event under a focus area, a
 *   numeric target under a prerequisite) covers its parents as well.
 * - A dropped goal (`Status: avbrutt`) covers nothing; a done one still does.
 * - The vision of a framework (`kind: vision`) is not reported: it is the
 *   umbrella every other objective serves.
 * - Nothing is reported without a `samstemt.yaml` (nowhere to point), when
 *   it cannot be parsed (its frameworks are unknown), or when the workspace
 *   has no goals yet (every objective would be listed).
 */
export default defineRule({
  meta: {
    id: 'objective-uncovered',
    defaultSeverity: 'info',
    category: 'alignment',
    description: {
      en: 'An objective of an enabled framework is supported by no goal of the cooperation.',
      nb: 'Et mål i et rammeverk som er slått på, støttes ikke av noe mål i samarbeidet.',
      nn: 'Eit mål i eit rammeverk som er slått på, blir ikkje støtta av noko mål i samarbeidet.',
    },
    messages,
    reads: ['goalGraph'],
  },
  checkWorkspace(ctx) {
    const { ws, lang } = ctx;
    const uri = ws.config.uri;
    // An unparseable samstemt.yaml is one parse-error, an unreadable one a notice; its frameworks were never read, so there is nothing to cover.
    if (!uri || ws.goals.length === 0 || ws.config.problems.length > 0 || ws.config.unread) return;
    const covered = new Set<string>();
    for (const doc of ws.documents) for (const id of coveredBy(ws, doc)) covered.add(id);
    const supportsKey = keyName('supports', lang);
    for (const framework of ws.frameworks) {
      const span = frameworkSpan(ws, framework);
      for (const o of framework.objectives) {
        if (o.kind === 'vision' || covered.has(o.id)) continue;
        ctx.report({
          messageId: 'uncovered',
          data: { objective: o.id, title: objectiveMessageTitle(o, lang), framework: framework.id, supportsKey },
          uri,
          span,
        });
      }
    }
  },
});

/** The framework's entry in `frameworks:`; the first line of the config when the list is not written out. */
function frameworkSpan(ws: WorkspaceModel, framework: Framework): Span {
  const ref = ws.config.frameworks.find((r) => (framework.builtIn ? r.text.toUpperCase() === framework.id : resolveInside(ws.root, r.text) === framework.uri));
  if (ref && ref.span.end > ref.span.start) return ref.span;
  const text = ws.config.text;
  const first = /\S/.exec(text)?.index ?? 0;
  return { start: first, end: lineEndAt(text, first) };
}

/** The objectives a document's goals support, with every ancestor of them. */
const coveredBy = perDocumentAndFrameworks((ws, doc): ReadonlySet<string> => {
  const covered = new Set<string>();
  for (const goal of doc.goals) {
    // A dropped goal no longer counts towards the national strategy; a done one still does.
    if (isDropped(goal)) continue;
    for (const item of goal.facts.supports) {
      // The objective and every ancestor of it.
      let o = ws.objective(item.text);
      while (o && !covered.has(o.id)) {
        covered.add(o.id);
        o = o.parent ? ws.objective(o.parent) : undefined;
      }
    }
  }
  return covered;
});
