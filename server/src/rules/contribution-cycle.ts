import { defineRule } from '../engine/rule.js';
import type { Goal, GoalRef } from '../engine/types.js';
import { keyInDocument } from '../engine/model/vocabulary.js';

/** Goals a cycle's message names before it counts the rest. */
const MAX_NAMED = 10;

/** Goals that contribute to each other in a circle: none of them is the means to the other's end. */
export default defineRule({
  meta: {
    id: 'contribution-cycle',
    defaultSeverity: 'error',
    category: 'structure',
    description: {
      en: 'Goals contribute to each other in a cycle.',
      nb: 'Mål bidrar til hverandre i en sirkel.',
      nn: 'Mål bidreg til kvarandre i ein sirkel.',
    },
    messages: {
      cycle: {
        en: 'Contribution cycle: {path}. A goal cannot (indirectly) contribute to itself; remove the link that points back up the chain.',
        nb: 'Sirkel av bidrag: {path}. Et mål kan ikke (indirekte) bidra til seg selv; fjern koblingen som peker tilbake oppover i kjeden.',
        nn: 'Sirkel av bidrag: {path}. Eit mål kan ikkje (indirekte) bidra til seg sjølv; fjern koplinga som peikar tilbake oppover i kjeda.',
      },
      cycleSubGoal: {
        en: 'Contribution cycle: {path}. «{self}» is a sub-goal of «{parent}», so it contributes to it, but «{parent}» (indirectly) contributes back to «{self}». Remove the `{contributesKey}` link that points back down, or move «{self}» out from under «{parent}».',
        nb: 'Sirkel av bidrag: {path}. «{self}» er et delmål av «{parent}» og bidrar dermed til det, men «{parent}» bidrar (indirekte) tilbake til «{self}». Fjern `{contributesKey}`-koblingen som peker tilbake nedover, eller flytt «{self}» ut fra «{parent}».',
        nn: 'Sirkel av bidrag: {path}. «{self}» er eit delmål av «{parent}» og bidreg dermed til det, men «{parent}» bidreg (indirekte) tilbake til «{self}». Fjern `{contributesKey}`-koplinga som peikar tilbake nedover, eller flytt «{self}» ut frå «{parent}».',
      },
      next: { en: 'Next goal in the cycle: {goal}', nb: 'Neste mål i sirkelen: {goal}', nn: 'Neste mål i sirkelen: {goal}' },
    },
    reads: ['goalGraph'],
  },
  checkWorkspace(ctx) {
    const { ws } = ctx;
    // Tarjan's strongly connected components over `contributes` edges: linear in goals + links.
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const onStack = new Set<string>();
    const stack: Goal[] = [];
    let counter = 0;
    // format.md: a goal's parents are the goals it names in `contributes` and the goal it sits under. Nesting
    // alone makes no cycle (it is a tree), but a goal that contributes to its own sub-goal (or to a goal that
    // leads there) closes one: the sub-goal's edge to its parent has no reference (`undefined`).
    const edges = (g: Goal): [GoalRef | undefined, Goal][] => {
      const out: [GoalRef | undefined, Goal][] = [];
      for (const r of g.facts.contributes) {
        const t = ws.resolve(g, r);
        if (t) out.push([r, t]);
      }
      const parent = g.parentId !== undefined ? ws.goalsByKey.get(`${g.owner}#${g.parentId}`) : undefined;
      if (parent && parent.uri === g.uri) out.push([undefined, parent]);
      return out;
    };
    const components: Goal[][] = [];
    const visit = (root: Goal) => {
      // Iterative DFS: deep chains must not overflow the call stack.
      const work: { g: Goal; i: number; out: [GoalRef | undefined, Goal][] }[] = [];
      const enter = (g: Goal) => {
        index.set(g.key, counter);
        low.set(g.key, counter++);
        stack.push(g);
        onStack.add(g.key);
        work.push({ g, i: 0, out: edges(g) });
      };
      enter(root);
      while (work.length) {
        const top = work[work.length - 1]!;
        if (top.i < top.out.length) {
          const [, t] = top.out[top.i++]!;
          if (!index.has(t.key)) enter(t);
          else if (onStack.has(t.key)) low.set(top.g.key, Math.min(low.get(top.g.key)!, index.get(t.key)!));
          continue;
        }
        work.pop();
        const parent = work[work.length - 1];
        if (parent) low.set(parent.g.key, Math.min(low.get(parent.g.key)!, low.get(top.g.key)!));
        if (low.get(top.g.key) === index.get(top.g.key)) {
          const comp: Goal[] = [];
          let x: Goal;
          do {
            x = stack.pop()!;
            onStack.delete(x.key);
            comp.push(x);
          } while (x !== top.g);
          const selfLoop = comp.length === 1 && edges(comp[0]!).some(([, t]) => t === comp[0]);
          if (comp.length > 1 || selfLoop) components.push(comp.reverse());
        }
      }
    };
    // A goal that contributes to nothing is in no cycle: the search starts only from goals that contribute
    // (it reaches the others through their links), which finds the same components in the same order.
    for (const g of ws.goalsByKey.values()) if (g.facts.contributes.length && !index.has(g.key)) visit(g);

    for (const comp of components) {
      const members = new Set(comp.map((g) => g.key));
      // A long cycle is named by its first goals and a count: every goal of it gets a finding.
      const shown = comp.length > MAX_NAMED ? [...comp.slice(0, MAX_NAMED - 1).map((g) => g.key), `… (+${comp.length - MAX_NAMED + 1})`] : comp.map((g) => g.key);
      const path = [...shown, comp[0]!.key].join(' → ');
      for (const g of comp) {
        for (const [ref, t] of edges(g)) {
          if (!members.has(t.key)) continue;
          if (!ref) {
            // The sub-goal's side of the cycle: on its ID, as the heading is what ties it to its parent.
            ctx.report({
              messageId: 'cycleSubGoal',
              data: { path, self: g.title || g.id, parent: t.title || t.id, contributesKey: keyInDocument('contributes', ws.documentOf(g)) },
              uri: g.uri,
              span: g.idSpan,
              goal: g.key,
              related: [{ uri: t.uri, span: t.idSpan, messageId: 'next', data: { goal: t.key }, goal: t.key }],
            });
            continue;
          }
          ctx.report({
            messageId: 'cycle',
            data: { path },
            uri: g.uri,
            span: ref.span,
            goal: g.key,
            related: [{ uri: t.uri, span: t.idSpan, messageId: 'next', data: { goal: t.key }, goal: t.key }],
          });
        }
      }
    }
  },
});
