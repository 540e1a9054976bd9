/** Building goals and finishing a parsed document (owner keys, facts, language). */
import type { Goal, Lang, Span, StrategyDocument } from '../types.js';
import { emptyFacts, interpretGoal } from '../model/interpret.js';

export interface NewGoal {
  uri: string;
  id: string;
  title: string;
  idSpan: Span;
  titleSpan: Span;
  headingSpan: Span;
  level: number;
  insertAt: Goal['insertAt'];
}

export function newGoal(g: NewGoal): Goal {
  return { ...g, owner: '', key: `#${g.id}`, description: '', properties: [], facts: emptyFacts(), childIds: [] };
}

/** Words that tell nynorsk from bokmål prose when the keys do not. */
const NN_WORDS = /\b(ikkje|kva|korleis|eg|mykje|heile|tenester|tenesta|løysing|løysingar|verksemd|tilsette|innbyggjarar|innbyggjarane|vere|skal vere|kommunen vår|frå|saman|dei|fleire|berre|òg)\b/giu;
const NB_WORDS = /\b(ikke|hva|hvordan|jeg|mye|hele|tjenester|tjenesten|løsning|løsninger|virksomhet|ansatte|innbyggere|innbyggerne|være|fra|sammen|flere|bare|også)\b/giu;

/** Goal IDs: lowercase letters (æøå and other lowercase letters too), digits and `-` (format.md §2.1). */
const GOAL_ID = /^[\p{Ll}\p{N}][\p{Ll}\p{N}-]*$/u;

/** Sets goal keys and facts and decides the document's language. */
export function finishDocument(doc: StrategyDocument): StrategyDocument {
  const owner = doc.owner?.value ?? '';
  const votes: Record<Lang, number> = { nb: 0, nn: 0, en: 0 };
  for (const g of doc.goals) {
    if (!GOAL_ID.test(g.id)) {
      doc.valueProblems.push({ kind: 'invalid-value', span: g.idSpan.end > g.idSpan.start ? g.idSpan : g.headingSpan, messageId: 'goalId', data: { value: g.id } });
    }
    g.owner = owner;
    g.key = `${owner}#${g.id}`;
    interpretGoal(g, doc.valueProblems);
    for (const p of g.properties) if (p.keyLang) votes[p.keyLang] += 3;
  }
  for (const p of doc.meta) if (p.keyLang) votes[p.keyLang] += 3;
  const prose = doc.text.slice(0, 20000);
  votes.nn += (prose.match(NN_WORDS) ?? []).length;
  votes.nb += (prose.match(NB_WORDS) ?? []).length;
  votes.en += (prose.match(/\b(the|and|will|services|our|shall|with)\b/giu) ?? []).length;
  if (!doc.langFixed) doc.lang = (['nn', 'en', 'nb'] as Lang[]).reduce((best, l) => (votes[l] > votes[best] ? l : best), 'nb');
  return doc;
}
