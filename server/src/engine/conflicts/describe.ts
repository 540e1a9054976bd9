/**
 * Plain-language pieces of conflict messages: who (member names), which
 * period both goals are active in, why they meet (shared members, a shared
 * indicator, a resource) and the ways out.
 *
 * The sentences are written in the language the findings are rendered in
 * (`ConflictContext.lang`), and only in it: the conflict rules' templates
 * name them without a language (`{overlap}`, `{ways}`). Pieces other rules
 * pass to a fix title, which is rendered in English too, come in every
 * language (`localized`).
 */
import type { Goal, Lang } from '../types.js';
import type { WorkspaceModel } from '../workspaceModel.js';
import { keyInDocument } from '../model/vocabulary.js';
import { isNone } from '../text/normalize.js';
import { isDone, type Accepted, type ConflictContext, type Overlap } from './context.js';
import type { Window } from './window.js';

export type Data = Record<string, string | number>;
const LANGS: readonly Lang[] = ['en', 'nb', 'nn'];

/**
 * Adds `<name>_en/_nb/_nn` entries to `data`, for templates that name a piece
 * per language (`{systems_nb}`): data a fix title is rendered with, in
 * English and in the run's language.
 */
export function localized(data: Data, name: string, text: (lang: Lang) => string): Data {
  for (const l of LANGS) data[`${name}_${l}`] = text(l);
  return data;
}

/** A member's display name from `samstemt.yaml` (its id when it has no name). */
export function memberName(ws: WorkspaceModel, id: string): string {
  return ws.members.get(id)?.name ?? id;
}

/** `A`, `A and B`, `A, B and C` / `A, B og C`; long lists end with «and N more». */
export function joinList(items: readonly string[], lang: Lang, max = 4): string {
  const and = lang === 'en' ? 'and' : 'og';
  let list = [...items];
  if (list.length > max) {
    const rest = list.length - (max - 1);
    list = [...list.slice(0, max - 1), lang === 'en' ? `${rest} more` : `${rest} til`];
  }
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} ${and} ${list[list.length - 1]}`;
}

/** The period two goals share, as a phrase: «in 2025–2027», «from 2025-03-01», «between 2024-03-01 and 2025-12-31». */
export function windowPhrase(w: Window, lang: Lang): string {
  const t = {
    en: { in: 'in', from: 'from', until: 'until', between: ['between', 'and'], open: 'at an unknown time (with no dates, a goal overlaps every period)' },
    nb: { in: 'i', from: 'fra', until: 'til og med', between: ['mellom', 'og'], open: 'i en ukjent periode (uten datoer overlapper et mål alle perioder)' },
    nn: { in: 'i', from: 'frå', until: 'til og med', between: ['mellom', 'og'], open: 'i ein ukjend periode (utan datoar overlappar eit mål alle periodar)' },
  }[lang];
  const ys = w.start?.endsWith('-01-01') ? w.start.slice(0, 4) : undefined;
  const ye = w.end?.endsWith('-12-31') ? w.end.slice(0, 4) : undefined;
  if (w.start !== undefined && w.end !== undefined) {
    if (ys && ye) return `${t.in} ${ys === ye ? ys : `${ys}–${ye}`}`;
    return `${t.between[0]} ${w.start} ${t.between[1]} ${w.end}`;
  }
  if (w.start !== undefined) return `${t.from} ${ys ?? w.start}`;
  if (w.end !== undefined) return `${t.until} ${ye ?? w.end}`;
  return t.open;
}

/**
 * Data naming the two goals of a finding on `self`: `self`, `selfWho`, `other`,
 * `otherWho` and `otherRef`, and the keys a way out writes in `self`'s
 * document (`acceptsKey`, `startKey`, `deadlineKey`).
 */
export function goalsData(ws: WorkspaceModel, self: Goal, other: Goal): Data {
  return {
    self: self.title,
    selfWho: memberName(ws, self.owner),
    other: other.title,
    otherWho: memberName(ws, other.owner),
    otherRef: other.key,
    ...keysData(ws, self),
  };
}

/**
 * The keys the ways out of a finding on `goal` name, as its document writes
 * them (`Aksepterer` in a bokmål Markdown document, `accepts` in an English
 * YAML one), like the advice of the other rules: whatever the message
 * language, the author copies the key into their own document.
 */
export function keysData(ws: WorkspaceModel, goal: Goal): Data {
  const doc = ws.documentOf(goal);
  return { acceptsKey: keyInDocument('accepts', doc), startKey: keyInDocument('start', doc), deadlineKey: keyInDocument('deadline', doc) };
}

/**
 * Data for a finding on `self` about its conflict with `other`: `goalsData`
 * and the sentences `overlap` (why and when they meet) and `ways` (the
 * ways out; `pending`: an `accepts` names the conflict, its reason still to write).
 */
export function pairData(ctx: ConflictContext, self: Goal, other: Goal, ov: Overlap, agree?: Agree, pending = false): Data {
  const { ws } = ctx;
  const data = goalsData(ws, self, other);
  const lang = ctx.lang;
  data.overlap = overlapSentence(ws, ov, lang);
  const exempt = exemptHint(ctx, self, other, ov);
  const acceptsKey = String(data.acceptsKey);
  const named = (g: Goal) => quotedTitle(ws, g, g === self ? other : self);
  const done = [self, other].filter(isDone).map(named);
  const openGoal = [self, other].find((g) => !isDone(g));
  const open = openGoal ? named(openGoal) : '';
  const first = agree ? agreeWay(agree, named(self), named(other), lang) : '';
  data.ways = waysOut(exempt, acceptsKey, other.key, lang, done, open, first, pending);
  return data;
}

/**
 * «Title», as the ways out name a goal; «Title» (Member) when `other` has the
 * same title and another owner, so that «change «A» or «A»» says which is which.
 */
function quotedTitle(ws: WorkspaceModel, g: Goal, other: Goal): string {
  const same = g.owner !== other.owner && g.title.trim().toLocaleLowerCase('nb') === other.title.trim().toLocaleLowerCase('nb');
  return same ? `«${g.title}» (${memberName(ws, g.owner)})` : `«${g.title}»`;
}

/** What two goals can agree on, as the first way out of their conflict (when neither is done). */
export type Agree = 'direction';

/** «agree on one direction and change «A» or «B», »: the way out an author thinks of first. */
function agreeWay(agree: Agree, self: string, other: string, lang: Lang): string {
  return {
    direction: {
      en: `agree on one direction and change ${self} or ${other}, `,
      nb: `bli enige om én retning og endre ${self} eller ${other}, `,
      nn: `bli einige om éin retning og endre ${self} eller ${other}, `,
    },
  }[agree][lang];
}

function overlapSentence(ws: WorkspaceModel, ov: Overlap, lang: Lang): string {
  const link = ov.links[0]!;
  const when = windowPhrase(ov.window, lang);
  if (link.kind === 'members') {
    const names = joinList(link.members.map((m) => memberName(ws, m)), lang);
    return { en: `Both goals apply to ${names} and are active ${when}.`, nb: `Begge målene gjelder ${names} og er aktive ${when}.`, nn: `Begge måla gjeld ${names} og er aktive ${when}.` }[lang];
  }
  if (link.kind === 'indicator') {
    return {
      en: `Both goals steer the shared indicator «${link.label}» and are active ${when}.`,
      nb: `Begge målene styrer den felles indikatoren «${link.label}» og er aktive ${when}.`,
      nn: `Begge måla styrer den felles indikatoren «${link.label}» og er aktive ${when}.`,
    }[lang];
  }
  return {
    en: `Both goals need the resource «${link.resource}» and are active ${when}.`,
    nb: `Begge målene trenger ressursen «${link.resource}» og er aktive ${when}.`,
    nn: `Begge måla treng ressursen «${link.resource}» og er aktive ${when}.`,
  }[lang];
}

interface ExemptHint {
  /** The goal to differentiate, quoted (`quotedTitle`). */
  in: string;
  ids: string[];
  /** The `exempt` key as that goal's document writes it (as written, when the goal has one). */
  key: string;
  /** True when the goal already exempts members: the ids are added to its list. */
  existing: boolean;
  /**
   * The `scope` key as the goal writes it, when its scope is a list of members
   * (not `alle`) and it exempts nobody: the ids are taken out of that list
   * rather than listed again under `exempt`.
   */
  listedIn?: string;
}

/**
 * Where `Unntak` would resolve the conflict: exempt the shared members from the
 * goal with the wider scope, when that leaves it with members and names at
 * most three (a longer list is not a differentiation but a different goal).
 */
function exemptHint(ctx: ConflictContext, self: Goal, other: Goal, ov: Overlap): ExemptHint | undefined {
  if (ov.links.length !== 1 || ov.links[0]!.kind !== 'members') return undefined;
  const shared = ov.links[0].members;
  const ms = ctx.info(self).members;
  const mo = ctx.info(other).members;
  const wide = mo.size > ms.size ? other : self;
  // A done goal's scope is history: differentiating it no longer changes anything.
  if (isDone(wide)) return undefined;
  const wideMembers = wide === self ? ms : mo;
  const ids = shared.filter((m) => m !== wide.owner);
  if (!ids.length || ids.length > 3 || ids.length >= wideMembers.size || ids.length !== shared.length) return undefined;
  const written = wide.properties.find((p) => p.known && p.key === 'exempt');
  // `Unntak: ingen` exempts nobody: the ids are written there, not added after «ingen».
  const existing = written?.items.some((i) => !isNone(i.text)) ?? false;
  const hint: ExemptHint = { in: quotedTitle(ctx.ws, wide, wide === self ? other : self), ids, key: written?.rawKey ?? keyInDocument('exempt', ctx.ws.documentOf(wide)), existing };
  const scope = wide.properties.find((p) => p.known && p.key === 'scope');
  // A scope that lists its members: the shared ones are among them (GoalInfo.members resolves the list, names included).
  if (scope && !wide.facts.scopeAll && !existing && wide.facts.scope.length > 0) hint.listedIn = scope.rawKey;
  return hint;
}

/**
 * The ways out. With a done goal (`done`: its title, or both titles) the dates
 * are history: its outcome stands, and what is left is to change the goal
 * still open (`open`) or to accept the conflict. Otherwise `first` (a rule's
 * own way out, ending in «, ») comes first. When an `accepts` already names
 * the conflict with only its reason left to write (`pending`), recording an
 * accepted conflict is no way out: the message ends by asking for the reason.
 */
function waysOut(exempt: ExemptHint | undefined, acc: string, otherRef: string, lang: Lang, done: readonly string[] = [], open = '', first = '', pending = false): string {
  const ids = exempt?.ids.join(', ');
  const e = !exempt
    ? ''
    : exempt.listedIn
      ? {
          en: `take ${ids} out of \`${exempt.listedIn}\` in ${exempt.in}, `,
          nb: `ta ${ids} ut av \`${exempt.listedIn}\` i ${exempt.in}, `,
          nn: `ta ${ids} ut av \`${exempt.listedIn}\` i ${exempt.in}, `,
        }[lang]
    : exempt.existing
      ? {
          en: `add ${ids} to \`${exempt.key}\` in ${exempt.in}, `,
          nb: `legg ${ids} til i \`${exempt.key}\` i ${exempt.in}, `,
          nn: `legg ${ids} til i \`${exempt.key}\` i ${exempt.in}, `,
        }[lang]
      : {
          en: `differentiate with \`${exempt.key}: ${ids}\` in ${exempt.in}, `,
          nb: `differensier med \`${exempt.key}: ${ids}\` i ${exempt.in}, `,
          nn: `differensier med \`${exempt.key}: ${ids}\` i ${exempt.in}, `,
        }[lang];
  if (pending) return pendingWaysOut(e, lang, done, open, first);
  if (done.length === 2) {
    return {
      en: `Both goals are done, so both outcomes stand. If that is how it is meant, record an accepted conflict with \`${acc}: ${otherRef} — <reason>\`.`,
      nb: `Begge målene er fullført, så begge resultatene står fast. Hvis det er meningen, registrer en akseptert konflikt med \`${acc}: ${otherRef} — <begrunnelse>\`.`,
      nn: `Begge måla er fullførte, så begge resultata står fast. Om det er meininga, registrer ein akseptert konflikt med \`${acc}: ${otherRef} — <grunngjeving>\`.`,
    }[lang];
  }
  if (done.length === 1) {
    const d = done[0]!;
    return {
      en: `${d} is done, so its outcome stands. Ways out: ${e}change ${open} so that it fits that outcome, or, if both goals stand, record an accepted conflict with \`${acc}: ${otherRef} — <reason>\`.`,
      nb: `${d} er fullført, så resultatet står fast. Mulige løsninger: ${e}endre ${open} så det passer med det resultatet, eller, hvis begge målene skal stå, registrer en akseptert konflikt med \`${acc}: ${otherRef} — <begrunnelse>\`.`,
      nn: `${d} er fullført, så resultatet står fast. Moglege løysingar: ${e}endre ${open} så det passar med det resultatet, eller, om begge måla skal stå, registrer ein akseptert konflikt med \`${acc}: ${otherRef} — <grunngjeving>\`.`,
    }[lang];
  }
  return {
    en: `Ways out: ${first}${e}align the dates so the periods do not overlap, or, if both goals stand, record an accepted conflict with \`${acc}: ${otherRef} — <reason>\`.`,
    nb: `Mulige løsninger: ${first}${e}juster datoene så periodene ikke overlapper, eller, hvis begge målene skal stå, registrer en akseptert konflikt med \`${acc}: ${otherRef} — <begrunnelse>\`.`,
    nn: `Moglege løysingar: ${first}${e}juster datoane så periodane ikkje overlappar, eller, om begge måla skal stå, registrer ein akseptert konflikt med \`${acc}: ${otherRef} — <grunngjeving>\`.`,
  }[lang];
}

/**
 * «A», «A or B», «A, B, or C» in `lang`, as the other ways out are written;
 * «A, or B» when a way itself holds an «or» («change «X» or «Y»»).
 */
export function orList(items: readonly string[], lang: Lang): string {
  const xs = items.filter(Boolean);
  const or = { en: 'or', nb: 'eller', nn: 'eller' }[lang];
  if (xs.length < 2) return xs[0] ?? '';
  const comma = xs.length > 2 || xs.some((x) => x.includes(` ${or} `)) ? ',' : '';
  return `${xs.slice(0, -1).join(', ')}${comma} ${or} ${xs[xs.length - 1]}`;
}

/** `waysOut` for a conflict an `accepts` already names, with its reason still to write: the same ways, without recording it again. */
function pendingWaysOut(exempt: string, lang: Lang, done: readonly string[], open: string, first: string): string {
  const trim = (s: string) => s.replace(/, $/, '');
  if (done.length === 2) return { en: 'Both goals are done, so both outcomes stand.', nb: 'Begge målene er fullført, så begge resultatene står fast.', nn: 'Begge måla er fullførte, så begge resultata står fast.' }[lang];
  if (done.length === 1) {
    const d = done[0]!;
    const change = { en: `change ${open} so that it fits that outcome`, nb: `endre ${open} så det passer med det resultatet`, nn: `endre ${open} så det passar med det resultatet` }[lang];
    return {
      en: `${d} is done, so its outcome stands. Ways out: ${orList([trim(exempt), change], lang)}.`,
      nb: `${d} er fullført, så resultatet står fast. Mulige løsninger: ${orList([trim(exempt), change], lang)}.`,
      nn: `${d} er fullført, så resultatet står fast. Moglege løysingar: ${orList([trim(exempt), change], lang)}.`,
    }[lang];
  }
  const align = { en: 'align the dates so the periods do not overlap', nb: 'juster datoene så periodene ikke overlapper', nn: 'juster datoane så periodane ikkje overlappar' }[lang];
  const ways = orList([trim(first), trim(exempt), align], lang);
  return { en: `Ways out: ${ways}.`, nb: `Mulige løsninger: ${ways}.`, nn: `Moglege løysingar: ${ways}.` }[lang];
}

/**
 * Data for an accepted conflict: `acceptor` (the goal whose `accepts` names the
 * other, quoted as `quotedTitle` quotes it against `other`, the goal it names)
 * and `reason` (or a request for one), in `lang`.
 */
export function acceptedData(ws: WorkspaceModel, data: Data, acc: Accepted, other: Goal, lang: Lang): Data {
  data.acceptor = quotedTitle(ws, acc.by, other);
  data.acceptorRef = acc.by.key;
  data.reason = acc.reason ? `«${acc.reason}»` : { en: '(no reason given: add one after the dash)', nb: '(ingen begrunnelse: skriv den etter tankestreken)', nn: '(inga grunngjeving: skriv ho etter tankestreken)' }[lang];
  return data;
}

/**
 * `pending`, which every open conflict message ends with: empty, or, when an
 * `accepts` names the conflict with the placeholder still in it
 * (`unfinishedAcceptance`), a sentence in `lang` saying that it does not count yet.
 */
export function pendingData(ws: WorkspaceModel, data: Data, unfinished: Accepted | undefined, lang: Lang): Data {
  if (!unfinished) {
    data.pending = '';
    return data;
  }
  const by = unfinished.by.title;
  const key = keyInDocument('accepts', ws.documentOf(unfinished.by));
  const reason = unfinished.reason;
  data.pending = {
    en: ` «${by}» names this conflict in \`${key}\`, but the reason is still the placeholder «${reason}»: replace it with why the conflict is accepted. Until then it counts as open.`,
    nb: ` «${by}» nevner denne konflikten i \`${key}\`, men begrunnelsen er fortsatt plassholderen «${reason}»: bytt den ut med hvorfor konflikten aksepteres. Til da regnes den som åpen.`,
    nn: ` «${by}» nemner denne konflikten i \`${key}\`, men grunngjevinga er framleis plasshaldaren «${reason}»: byt ho ut med kvifor konflikten er akseptert. Til då blir han rekna som open.`,
  }[lang];
  return data;
}
