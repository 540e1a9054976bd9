/**
 * Conventions rules share when they report a finding: where a goal-level
 * finding points, how an objective is named in a message, and the
 * "did you mean …?" hint with its quick fix that writes the suggestion.
 */
import type { Goal, Lang, Localized, Objective, ProblemFix, Span, ValueProblem } from './types.js';
import { render, type FixReport } from './rule.js';
import type { Guess } from './text/normalize.js';

/**
 * True when `key` (canonical) is written for `goal` where Samstemt does not
 * read it (under a sub-heading, in a later or numbered list, …): it is
 * reported by `unknown-property` on that line, and a quick fix that adds the
 * key would write a second, different value.
 */
export function writtenElsewhere(doc: { valueProblems: readonly ValueProblem[] }, goal: Goal, key: string): ValueProblem | undefined {
  for (const p of doc.valueProblems) if (p.kind === 'unknown-property' && p.goal === goal.key && p.data.canonical === key) return p;
  return undefined;
}

/** Where goal-level findings point: the goal's title, or its heading line when it has no title. */
export function goalSpan(goal: Goal): Span {
  return goal.titleSpan.end > goal.titleSpan.start ? goal.titleSpan : goal.headingSpan;
}

/**
 * The score (on the ranker's 0..1 scale) an objective needs before a rule
 * names it in a message or offers it as a quick fix. Below it the match rests
 * on a word or two the texts share by chance («økonomisystem» in an objective
 * on secure systems): naming it would mislead, so the message says that
 * nothing fits well. Every labelled goal of test/link-eval scores far higher.
 * Used by `goal-unlinked` and `beyond-framework-period`.
 */
export const MIN_SUGGESTION_SCORE = 0.2;

/**
 * «Digital», «digitalt», «digitalisering», «digitally»: every goal of a digitalisation
 * strategy says it, and many objectives' titles do («Digital sikkerhet», «Økt digital
 * kompetanse»). The ranker keeps it as evidence (it tells DN30's broad objectives
 * apart), but a match that rests on it says little: `weak-link` and
 * `beyond-framework-period` discount it. Takes a `matched` word (lower-case).
 */
export function isDigitalWord(word: string): boolean {
  return /^digital(?:e|t|ly|isation|ization|iser(?:e|er|es|t|te|ast|ar)?|isering(?:en|a|ar|ane)?)?$/u.test(word.toLowerCase());
}

/** An objective's name for a message in `lang` (its short title in Norwegian), without a trailing full stop. */
export function objectiveMessageTitle(o: Objective, lang: Lang): string {
  const t = lang === 'en' ? (o.titleEn ?? o.short ?? o.title) : (o.short ?? o.title);
  return t.replace(/\.\s*$/, '');
}

/**
 * The "did you mean …?" sentence of a message: the rule's `didYouMean` template
 * rendered with `suggestion` (and `data`), or '' when there is no suggestion.
 */
export function didYouMeanHint(template: Localized, lang: Lang, suggestion: string | undefined, data: Record<string, string> = {}): string {
  return suggestion ? render(template, lang, { suggestion, ...data }) : '';
}

/**
 * The quick fix that writes `suggestion` over `span`, titled by the rule's
 * `replace` message (with `suggestion` and `data`). Spread into a report:
 * `{ fixes: [fix] }`, or `{}` when there is no suggestion. It is the preferred
 * fix (applied by "fix all") when it is certain: a text worked out from what
 * is written (`31.12.2026` → `2026-12-31`), or a did-you-mean `Guess` that
 * is sure; a guess among several near candidates is only offered.
 */
export function replaceFix(uri: string, span: Span, suggestion: string | Guess | undefined, data: Record<string, string> = {}): { fixes?: FixReport[] } {
  if (!suggestion) return {};
  const text = typeof suggestion === 'string' ? suggestion : suggestion.text;
  const fix: FixReport = { messageId: 'replace', data: { suggestion: text, ...data }, edits: [{ uri, span, newText: text }] };
  if (typeof suggestion === 'string' || suggestion.sure) fix.preferred = true;
  return { fixes: [fix] };
}

/** An ID that needs no quotes in YAML, also inside `[…]` or `{…}` (`i[t-fjord` would end a list there). */
const PLAIN_IN_YAML = /^[\p{L}\p{N}][\p{L}\p{N}._#-]*$/u;

/**
 * `replaceFix` for an ID (a member, a goal key) written in place of a value
 * in `source` (the file's text), left out when the file is YAML and the ID
 * could not be written there as it is, unquoted: a fix must not break the
 * file (the message still names the ID).
 */
export function idReplaceFix(uri: string, span: Span, suggestion: string | Guess | undefined, source: string | undefined): { fixes?: FixReport[] } {
  const text = typeof suggestion === 'string' ? suggestion : suggestion?.text;
  const quote = source?.[span.start - 1];
  const quoted = (quote === '"' || quote === "'") && source?.[span.end] === quote && !text?.includes(quote) && !text?.includes('\\');
  if (text !== undefined && /\.ya?ml$/i.test(uri) && !quoted && !PLAIN_IN_YAML.test(text)) return {};
  return replaceFix(uri, span, suggestion);
}

/** A problem's suggestion for `replaceFix`: a guess that is not sure when the problem says so (`weak`). */
export function problemSuggestion(p: ValueProblem): string | Guess | undefined {
  if (p.suggestion === undefined) return undefined;
  return p.weak ? { text: p.suggestion, sure: false } : p.suggestion;
}

/** The fix a parser attached to a problem, spread into a report like `replaceFix`'s. */
export function problemFix(uri: string, fix: ProblemFix | undefined): { fixes?: FixReport[] } {
  if (!fix) return {};
  const report: FixReport = { messageId: fix.messageId, edits: [{ uri, span: fix.span, newText: fix.newText }] };
  if (fix.data) report.data = fix.data;
  if (fix.preferred) report.preferred = true;
  return { fixes: [report] };
}

/**
 * Another cooperation as a message names it: its `cooperation:` name in
 * quotes, or, without one, «another cooperation» (the messages give its
 * samstemt.yaml right after).
 */
export function cooperationName(other: { name?: string; config: string }, lang: Lang): string {
  if (other.name) return lang === 'en' ? `"${other.name}"` : `«${other.name}»`;
  return lang === 'en' ? 'another cooperation' : lang === 'nn' ? 'eit anna samarbeid' : 'et annet samarbeid';
}
