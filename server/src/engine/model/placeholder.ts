/**
 * Placeholders: what a quick fix writes where only the author can decide (the
 * need a goal answers, the benefit it brings, why a conflict is accepted).
 * Rules read a value that is still a placeholder as not written, so applying
 * a fix never silences a finding by itself: the author has to fill it in.
 *
 * A value is a placeholder when, as a whole, it is
 * - text in angle brackets, `<hvorfor aksepteres konflikten?>` — the form the
 *   fixes write, and the one the messages use for "fill in" (`owner: <medlems-id>`);
 * - an ellipsis, `…` or `...` — as in the messages' `Behov: …`;
 * - one of the texts earlier versions of the fixes wrote (without brackets),
 *   in any language, ignoring case and spacing.
 */
import type { Lang, StrategyDocument } from '../types.js';

/**
 * The language of the text a quick fix writes into a document (placeholders),
 * as opposed to the spelling of the keys it writes (`doc.lang`): the stated
 * `language:`; else Norwegian keys; else, since English keys are the canonical
 * spelling that Norwegian authors use too (as in the format's own example), the
 * language of the prose, and without prose to tell, `workspaceLang`.
 */
export function textLang(doc: Pick<StrategyDocument, 'lang' | 'langFixed' | 'proseLang'>, workspaceLang: Lang): Lang {
  if (doc.langFixed || doc.lang !== 'en') return doc.lang;
  return doc.proseLang ?? workspaceLang;
}

/** The placeholders the quick fixes write, by what they stand for and the document's language. */
export const PLACEHOLDERS: Record<'need' | 'benefit' | 'reason', Record<Lang, string>> = {
  // The punctuation inside the brackets also keeps Markdown from reading them as HTML tags (which would hide them).
  need: {
    en: '<Which need does this answer, and for whom?>',
    nb: '<Hvilket behov dekker dette, og for hvem?>',
    nn: '<Kva behov dekkjer dette, og for kven?>',
  },
  benefit: {
    en: '<What will the members gain?>',
    nb: '<Hva vinner medlemmene på dette?>',
    nn: '<Kva vinn medlemene på dette?>',
  },
  reason: {
    en: '<Why is the conflict accepted, and who decided?>',
    nb: '<Hvorfor aksepteres konflikten, og hvem har vedtatt det?>',
    nn: '<Kvifor er konflikten akseptert, og kven har vedteke det?>',
  },
};

/** What earlier versions of the fixes wrote, normalised (see `normalise`): values already in documents. */
const EARLIER = new Set(
  [
    'Which need does this answer, and for whom?',
    'What will the members gain?',
    'Hvilket behov dekker dette, og for hvem?',
    'Hva vinner medlemmene på dette?',
    'Kva behov dekkjer dette, og for kven?',
    'Kva vinn medlemene på dette?',
    'reason',
    'begrunnelse',
    'grunngjeving',
  ].map(normalise),
);

/** Longer values are never an earlier placeholder (extra spacing included, with room to spare). */
const LONGEST_EARLIER = 2 * Math.max(...[...EARLIER].map((t) => t.length));

function normalise(text: string): string {
  return text.trim().split(/\s+/).join(' ').toLowerCase();
}

/** Whether `value` (a property value or an `accepts` reason) is still a placeholder. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v.length > 2 && v.startsWith('<') && v.endsWith('>')) {
    // One bracketed text, not markup such as `<b>viktig</b>`.
    const inner = v.slice(1, -1);
    return !inner.includes('<') && !inner.includes('>');
  }
  if (v === '…' || v === '...') return true;
  // Every goal's need and benefit pass here: normalise only what could be one of the earlier texts.
  return v.length <= LONGEST_EARLIER && EARLIER.has(normalise(v));
}

/**
 * What authors write in a need or benefit for «fill in later», normalised: a
 * value made of these (or of punctuation only: `-`, `–`, `?`) states nothing.
 */
const FILLERS = new Set(['tbd', 'tba', 'todo', 'n/a', 'uavklart', 'ikke avklart', 'ikkje avklart', 'not decided', 'to be decided'].map(normalise));

/**
 * Whether a need or benefit is not stated yet: a placeholder the quick fixes
 * write (`isPlaceholder`), or a filler an author wrote (`-`, `?`, `TBD`,
 * `uavklart`). Only for need and benefit: an `accepts` reason keeps
 * `isPlaceholder`, whatever else it says is the reason given.
 */
export function isUnstated(value: string): boolean {
  if (isPlaceholder(value)) return true;
  const v = value.trim();
  if (v === '') return false;
  // Punctuation only: no letter and no digit.
  if (!/[\p{L}\p{N}]/u.test(v)) return true;
  return v.length <= 20 && FILLERS.has(normalise(v));
}
