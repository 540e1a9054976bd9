import { defineRule } from '../engine/rule.js';
import type { Goal } from '../engine/types.js';
import { GOAL_ID, meantGoalId } from '../engine/parse/goalBuilder.js';

/** Goal IDs are unique per owner, across all of the owner's documents. */
export default defineRule({
  meta: {
    id: 'duplicate-goal-id',
    defaultSeverity: 'error',
    category: 'structure',
    description: {
      en: 'Two goals of one owner share an ID.',
      nb: 'To mål hos samme eier har samme ID.',
      nn: 'To mål hos same eigar har same ID.',
    },
    messages: {
      duplicate: {
        en: 'The goal ID "{id}" is used {count} times by {owner}, so references to {owner}#{id} are ambiguous. Give this goal a unique ID.',
        nb: 'Mål-ID-en «{id}» er brukt {count} ganger av {owner}, så henvisninger til {owner}#{id} blir tvetydige. Gi dette målet en unik ID.',
        nn: 'Mål-ID-en «{id}» er brukt {count} gonger av {owner}, så tilvisingar til {owner}#{id} blir tvetydige. Gje dette målet ein unik ID.',
      },
      duplicateInDocument: {
        en: 'The goal ID "{id}" is used {count} times in this document, so references to #{id} are ambiguous. Give this goal a unique ID.',
        nb: 'Mål-ID-en «{id}» er brukt {count} ganger i dette dokumentet, så henvisninger til #{id} blir tvetydige. Gi dette målet en unik ID.',
        nn: 'Mål-ID-en «{id}» er brukt {count} gonger i dette dokumentet, så tilvisingar til #{id} blir tvetydige. Gje dette målet ein unik ID.',
      },
      // An ID written otherwise than IDs are (`Innbyggerdialog`, `felles_hr`) that is another goal's ID once written as
      // IDs are: the fix invalid-value offers would make the two one ID.
      duplicateSpelling: {
        en: 'The goal ID "{written}", written as goal IDs are written ("{id}"), is used {count} times by {owner}, so references to {owner}#{id} are ambiguous. Give this goal a unique ID.',
        nb: 'Mål-ID-en «{written}», skrevet slik mål-ID-er skrives («{id}»), er brukt {count} ganger av {owner}, så henvisninger til {owner}#{id} blir tvetydige. Gi dette målet en unik ID.',
        nn: 'Mål-ID-en «{written}», skriven slik mål-ID-ar blir skrivne («{id}»), er brukt {count} gonger av {owner}, så tilvisingar til {owner}#{id} blir tvetydige. Gje dette målet ein unik ID.',
      },
      duplicateSpellingInDocument: {
        en: 'The goal ID "{written}", written as goal IDs are written ("{id}"), is used {count} times in this document, so references to #{id} are ambiguous. Give this goal a unique ID.',
        nb: 'Mål-ID-en «{written}», skrevet slik mål-ID-er skrives («{id}»), er brukt {count} ganger i dette dokumentet, så henvisninger til #{id} blir tvetydige. Gi dette målet en unik ID.',
        nn: 'Mål-ID-en «{written}», skriven slik mål-ID-ar blir skrivne («{id}»), er brukt {count} gonger i dette dokumentet, så tilvisingar til #{id} blir tvetydige. Gje dette målet ein unik ID.',
      },
      other: { en: 'The other goal with ID "{id}"', nb: 'Det andre målet med ID «{id}»', nn: 'Det andre målet med ID «{id}»' },
      // With three or more goals on one ID, each finding points to several others: none of them is «the other».
      oneOfOthers: { en: 'Another goal with ID "{id}"', nb: 'Et annet mål med ID «{id}»', nn: 'Eit anna mål med ID «{id}»' },
      rename: { en: 'Change the ID to "{suggestion}"', nb: 'Endre ID-en til «{suggestion}»', nn: 'Endre ID-en til «{suggestion}»' },
    },
    reads: ['goalKeys'],
  },
  checkWorkspace(ctx) {
    // Grouped by the ID as meant (`meantGoalId`): `{#Innbyggerdialog}` and `{#innbyggerdialog}` are one ID once the
    // first is written as IDs are, which is the fix invalid-value offers for it.
    const byKey = new Map<string, Goal[]>();
    for (const g of ctx.ws.goals) {
      // Goals of documents without an owner (missing-owner, or front matter that cannot be read) belong to
      // nobody: two such documents do not share an owner, so only a repeat within one document is a duplicate.
      const key = meantKey(g);
      const list = byKey.get(key) ?? [];
      list.push(g);
      byKey.set(key, list);
    }
    /** IDs (as meant) taken or already offered, per owner: each offered ID is new and differs from the others offered. */
    const taken = new Set(ctx.ws.goals.map((g) => `${g.owner}#${meantGoalId(g.id)}`));
    /** Per duplicated key, the number to try next for `freeId`: a thousand copies of one ID stay linear. */
    const next = new Map<string, number>();
    for (const list of byKey.values()) {
      if (list.length < 2) continue;
      // The goal that keeps the ID: the first (references written so far most likely mean it), but the first whose
      // ID is written validly when the first one's is not: that one has to change anyway.
      const keeper = Math.max(0, list.findIndex((g) => GOAL_ID.test(g.id)));
      const id = meantGoalId(list[keeper]!.id);
      list.forEach((g, i) => {
        // Each goal but the keeper is offered a free ID.
        const fix = i !== keeper ? freeId(g, id, taken, next) : undefined;
        // The others, up to RELATED (the message counts them all): a thousand copies of one ID must not make a million locations.
        const related: Goal[] = [];
        for (let k = 0; k < list.length && related.length < RELATED; k++) if (k !== i) related.push(list[k]!);
        const spelt = g.id !== id;
        ctx.report({
          messageId: spelt ? (g.owner ? 'duplicateSpelling' : 'duplicateSpellingInDocument') : g.owner ? 'duplicate' : 'duplicateInDocument',
          data: { id, written: g.id, owner: g.owner, count: list.length },
          uri: g.uri,
          span: g.idSpan,
          goal: g.key,
          related: related.map((o) => ({ uri: o.uri, span: o.idSpan, messageId: list.length > 2 ? 'oneOfOthers' : 'other', data: { id: o.id }, goal: o.key })),
          ...(fix ? { fixes: [{ messageId: 'rename', data: { suggestion: fix }, edits: [{ uri: g.uri, span: g.idSpan, newText: fix }] }] } : {}),
        });
      });
    }
  },
});

/** The group of goals one ID (as meant) belongs to: per owner, or per document for goals without an owner. */
function meantKey(g: Goal): string {
  const key = `${g.owner}#${meantGoalId(g.id)}`;
  return g.owner ? key : `${g.uri}\n${key}`;
}

/** How many of the other goals with the same ID a finding points to. */
const RELATED = 8;

/** `id-2`, `id-3` …: the first ID of the owner not yet taken (marked taken). */
function freeId(g: Goal, id: string, taken: Set<string>, next: Map<string, number>): string {
  const group = meantKey(g);
  for (let n = next.get(group) ?? 2; ; n++) {
    const free = `${id}-${n}`;
    const key = `${g.owner}#${free}`;
    if (!taken.has(key)) {
      taken.add(key);
      next.set(group, n + 1);
      return free;
    }
  }
}
