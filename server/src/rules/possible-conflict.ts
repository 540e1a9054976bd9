import { defineRule } from '../engine/rule.js';
import type { Goal, StrategyDocument } from '../engine/types.js';
import { langEvidence } from '../engine/linking/normalize.js';
import type { WorkspaceModel } from '../engine/workspaceModel.js';
import { conflictContext } from '../engine/conflicts/context.js';
import type { Filing } from '../engine/conflicts/pairIndex.js';
import { structurallyDecided } from '../engine/conflicts/structured.js';
import { opposingSignals, signalsOf, type Signal } from '../engine/conflicts/topics.js';
import { reportPair, ACCEPT_FIX_MESSAGES, MORE_CONFLICTS_MESSAGES, boundedPerGoal } from '../engine/conflicts/report.js';
import { keyInDocument } from '../engine/model/vocabulary.js';

const ID = 'possible-conflict';

/**
 * A hint for goals without structured properties that decide: the texts
 * (title and description) of two overlapping goals pull one topic opposite
 * ways — «sentralisere brukerstøtten» against «desentralisere brukarstøtta».
 * Goals are indexed by (axis, topic word), with the two poles on opposite
 * sides, so only goals that share a topic word are compared. A goal is never
 * compared with a goal it contributes to (see `servesEither`).
 */
/**
 * The structured properties the message proposes, as the goal's document
 * writes its keys (`Innføre` in a bokmål Markdown document, `adopt` in an
 * English YAML one), like the keys in the advice of the other rules.
 */
function structuredKeys(ws: WorkspaceModel, goal: Goal): Record<string, string> {
  const doc = ws.documentOf(goal);
  return { adoptKey: keyInDocument('adopt', doc), phaseOutKey: keyInDocument('phase-out', doc), indicatorKey: keyInDocument('indicator', doc), directionKey: keyInDocument('direction', doc) };
}

export default defineRule({
  meta: {
    id: ID,
    defaultSeverity: 'hint',
    category: 'conflicts',
    description: {
      en: 'The texts of two overlapping goals pull the same topic in opposite directions.',
      nb: 'Tekstene i to overlappende mål trekker samme tema i motsatte retninger.',
      nn: 'Tekstane i to overlappande mål dreg same tema i motsette retningar.',
    },
    messages: {
      opposite: {
        en: 'Possible conflict: «{self}» ({selfWho}) says «{selfWords}», while «{other}» ({otherWho}) says «{otherWords}». {overlap} If the goals do pull «{topic}» opposite ways, make it visible with structured properties (`{adoptKey}`/`{phaseOutKey}`, `{indicatorKey}` + `{directionKey}`). {ways}{pending}',
        nb: 'Mulig konflikt: «{self}» ({selfWho}) sier «{selfWords}», mens «{other}» ({otherWho}) sier «{otherWords}». {overlap} Hvis målene virkelig trekker «{topic}» i motsatte retninger, gjør det synlig med strukturerte egenskaper (`{adoptKey}`/`{phaseOutKey}`, `{indicatorKey}` + `{directionKey}`). {ways}{pending}',
        nn: 'Mogleg konflikt: «{self}» ({selfWho}) seier «{selfWords}», medan «{other}» ({otherWho}) seier «{otherWords}». {overlap} Om måla verkeleg dreg «{topic}» i motsette retningar, gjer det synleg med strukturerte eigenskapar (`{adoptKey}`/`{phaseOutKey}`, `{indicatorKey}` + `{directionKey}`). {ways}{pending}',
      },
      oppositeAccepted: {
        en: 'Accepted conflict: «{self}» ({selfWho}) says «{selfWords}», «{other}» ({otherWho}) says «{otherWords}». Reason (in {acceptor}): {reason}',
        nb: 'Akseptert konflikt: «{self}» ({selfWho}) sier «{selfWords}», «{other}» ({otherWho}) sier «{otherWords}». Begrunnelse (i {acceptor}): {reason}',
        nn: 'Akseptert konflikt: «{self}» ({selfWho}) seier «{selfWords}», «{other}» ({otherWho}) seier «{otherWords}». Grunngjeving (i {acceptor}): {reason}',
      },
      related: {
        en: 'The other goal: «{other}» ({otherWho}) says «{otherWords}»',
        nb: 'Det andre målet: «{other}» ({otherWho}) sier «{otherWords}»',
        nn: 'Det andre målet: «{other}» ({otherWho}) seier «{otherWords}»',
      },
      ...ACCEPT_FIX_MESSAGES,
      ...MORE_CONFLICTS_MESSAGES,
    },
  },
  checkWorkspace(outer) {
    // At most MAX_PER_GOAL findings on one goal; more are summed up in one (a company goal against hundreds of members).
    boundedPerGoal(outer, (ctx) => {
      const { ws } = ctx;
      const cc = conflictContext(ws, ctx.lang);
      const signals = (g: Goal) =>
        cc.derived('signals', g, () => {
          const text = `${g.title}.\n\n${g.description}`;
          return signalsOf(text, isEnglish(text, ws.documentOf(g)));
        });
      const filings = (g: Goal): Filing[] => signals(g).map((s) => ({ topic: `${s.axis}:${s.topic}`, side: s.pole }));
      const upstream = upstreamOf(ws);
      for (const [a, b] of cc.candidatePairs(ID, filings)) {
        // Decided by `contributes`: read from this analysis's goal graph, not with the pair's replayed reports,
        // because an edit of a third document (the goal in the middle of a chain) can change it.
        if (servesEither(upstream, a, b)) continue;
        cc.comparePair(ID, a, b, ctx, (pairCtx) => {
          const overlap = cc.overlap(a, b);
          if (!overlap) return;
          // Structured properties decide where both goals state them (conflict or not): conflict-system-choice and
          // conflict-direction speak, or stay silent because the choices agree.
          if (structurallyDecided(cc, a, b)) return;
          const matches = opposingSignals(signals(a), signals(b));
          if (!matches.length) return;
          const [sa, sb] = matches[0]!;
          reportPair(
            cc,
            pairCtx,
            { goal: a, span: a.titleSpan, data: { selfWords: words(sa), otherWords: words(sb), topic: sa.word, ...structuredKeys(ctx.ws, a) } },
            { goal: b, span: b.titleSpan, data: { selfWords: words(sb), otherWords: words(sa), topic: sb.word, ...structuredKeys(ctx.ws, b) } },
            // rules.md: `accepts` turns the conflict into an info, also this hint.
            { messageIds: ['opposite', 'opposite'], relatedId: 'related', overlap, acceptedAlwaysInfo: true },
          );
        });
      }
    });
  },
});

/**
 * The goals a goal serves, in this analysis: those it names in `contributes`,
 * the goal it sits under (a sub-goal), and on up from those (format.md: a
 * goal's parents are both). Not through a dropped goal, which serves nothing
 * any more (as support is not inherited through it). Made on first use, per goal.
 */
function upstreamOf(ws: WorkspaceModel): (g: Goal) => ReadonlySet<Goal> {
  const memo = new Map<Goal, ReadonlySet<Goal>>();
  const direct = (g: Goal): Goal[] => {
    const up = ws.contributesTo(g);
    const parent = g.parentId ? ws.goalsByKey.get(`${g.owner}#${g.parentId}`) : undefined;
    if (parent) up.push(parent);
    return up;
  };
  return (goal) => {
    let set = memo.get(goal);
    if (set) return set;
    const found = new Set<Goal>();
    const stack = [goal];
    while (stack.length) {
      const g = stack.pop()!;
      if (g !== goal && g.facts.status === 'dropped') continue;
      for (const up of direct(g)) {
        if (up === goal || found.has(up)) continue;
        found.add(up);
        stack.push(up);
      }
    }
    set = found;
    memo.set(goal, set);
    return set;
  };
}

/**
 * Whether one goal serves the other (rules.md: the hint is for goals that no
 * structured property decides). A goal that declares it contributes to
 * another — «Lokal brukarstøtte som første linje» under the company's
 * «Felles brukerstøtte» — says how it takes part, not that it pulls the
 * other way; and neither does a goal towards the goal above the one it
 * contributes to. Goals that only share a target are still compared.
 */
function servesEither(upstream: (g: Goal) => ReadonlySet<Goal>, a: Goal, b: Goal): boolean {
  return upstream(a).has(b) || upstream(b).has(a);
}

/**
 * Whether a goal's text is English, for stemming its topic words: from the
 * text's own function words (as the linker reads a goal), else the language
 * of the document's prose, else of its keys. Not the keys first: a YAML
 * document writes the canonical English keys around Norwegian titles (as in
 * format.md's own example), and «brukerstøtten» stemmed as English never
 * meets «brukerstøtten» stemmed as Norwegian.
 */
function isEnglish(text: string, doc: StrategyDocument): boolean {
  const { no, en } = langEvidence(text);
  if (en !== no) return en > no;
  return (doc.proseLang ?? doc.lang) === 'en';
}

/** The words that matched, in text order: «desentralisere … brukarstøtta», «fellesløsninger». */
function words(s: Signal): string {
  if (s.distance === 0) return s.word;
  const gap = s.distance === 1 ? ' ' : ' … ';
  return s.topicFirst ? `${s.word}${gap}${s.direction}` : `${s.direction}${gap}${s.word}`;
}
