/**
 * Navigation: go to definition (goal reference → its heading or YAML entry;
 * objective ID → its entry in the catalog file; member id → its entry in
 * `samstemt.yaml`), find references (every goal that names a goal or an
 * objective) and rename of a goal ID across the workspace.
 *
 * Example: `definition(ctx, uri, offsetOf('ikt-fjord#felles-hr'))` →
 * `[{ uri: '…/ikt-fjord.md', span: <heading of felles-hr> }]`.
 */
import type { Localized, Span, TextEdit } from '../types.js';
import { findFile, tr, type LanguageContext } from './context.js';
import { goalIdFrom } from '../parse/goalBuilder.js';
import { memberOf } from '../model/memberNames.js';
import { decodePath, dirname } from '../workspace/uri.js';
import { withoutInvisible } from '../text/normalize.js';
import { locate, objectiveUses, refIdSpan, referencesTo, type Located } from './locate.js';
import type { Goal } from '../types.js';

export interface Location {
  uri: string;
  span: Span;
  /** The name inside `span` (the goal ID), for editors that show a selection range. */
  selection?: Span;
}

function locatedAt(ctx: LanguageContext, uri: string, offset: number) {
  const file = findFile(ctx, uri);
  if (!file || file.kind !== 'document') return undefined;
  const hit = locate(file.ws, file.doc, offset);
  return hit ? { ws: file.ws, doc: file.doc, hit } : undefined;
}

export function definition(ctx: LanguageContext, uri: string, offset: number): Location[] {
  const at = locatedAt(ctx, uri, offset);
  if (!at) return [];
  const { ws, hit } = at;
  switch (hit.kind) {
    case 'goal-ref':
      return hit.target ? [goalLocation(hit.target)] : [];
    case 'objective':
      return hit.objective ? [{ uri: hit.objective.uri, span: hit.objective.span }] : [];
    case 'member': {
      // As hover reads a scope's item: `fjellbygd.` ending a sentence, `Fjellbygd`, or the member's name.
      const id = hit.property ? memberOf(ws.members, hit.id) : hit.id;
      const m = ws.members.get(id);
      const cfg = ws.config.uri;
      if (m && cfg && ws.config.membersDeclared) return [{ uri: cfg, span: m.span }];
      // Without declared members, an owner is defined by the document that names it.
      const doc = ws.documents.find((d) => d.owner?.value === id);
      return doc?.owner ? [{ uri: doc.uri, span: doc.owner.span }] : [];
    }
    default:
      return [];
  }
}

export function goalLocation(g: Goal): Location {
  const start = Math.min(g.headingSpan.start, g.idSpan.start);
  const end = Math.max(g.headingSpan.end, g.idSpan.end);
  return { uri: g.uri, span: { start, end }, selection: g.idSpan };
}

/** The goal a position is about: its heading, or a reference to it. */
function targetGoal(hit: Located): Goal | undefined {
  if (hit.kind === 'goal') return hit.goal;
  if (hit.kind === 'goal-ref') return hit.target;
  return undefined;
}

/**
 * Every place that names the goal or objective at `offset`: the `contributes`
 * and `accepts` references of other goals, or every `supports` naming the
 * objective. With `includeDeclaration`, the goal's own ID comes first.
 */
export function references(ctx: LanguageContext, uri: string, offset: number, includeDeclaration: boolean): Location[] {
  const at = locatedAt(ctx, uri, offset);
  if (!at) return [];
  const { ws, hit } = at;
  if (hit.kind === 'objective') {
    const uses = objectiveUses(ws, hit.id).map((u) => ({ uri: u.from.uri, span: u.item.span }));
    if (includeDeclaration && hit.objective) uses.unshift({ uri: hit.objective.uri, span: hit.objective.span });
    return once(uses);
  }
  const goal = targetGoal(hit);
  if (!goal) return [];
  const refs = referencesTo(ws, goal).map((r) => ({ uri: r.from.uri, span: r.ref.span }));
  if (includeDeclaration) refs.unshift({ uri: goal.uri, span: goal.idSpan });
  return once(refs);
}

/**
 * Each place once: a value in a YAML anchored mapping belongs to every goal that
 * merges it (`<<: *felles`), and an editor refuses a rename with the same edit twice.
 */
function once<T extends { uri: string; span: Span }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((l) => {
    const key = `${l.uri} ${l.span.start} ${l.span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Goal IDs: lowercase letters (æøå allowed), digits and `-`. */
export const GOAL_ID = /^[a-zæøå0-9][a-zæøå0-9-]*$/u;

/** What a rename at `offset` would rename: the span to show and the current ID. */
export function prepareRename(ctx: LanguageContext, uri: string, offset: number): { span: Span; placeholder: string } | undefined {
  const at = locatedAt(ctx, uri, offset);
  if (!at) return undefined;
  const { hit } = at;
  if (hit.kind === 'goal') return { span: hit.goal.idSpan, placeholder: hit.goal.id };
  if (hit.kind === 'goal-ref' && hit.target) return { span: refIdSpan(hit.ref, at.doc.text), placeholder: hit.ref.id };
  return undefined;
}

/**
 * Why a rename at `offset` of an analysed strategy document is refused, as
 * `rename` says it; undefined where there is a goal ID to rename, or the file
 * is not a strategy document.
 */
export function renameRefused(ctx: LanguageContext, uri: string, offset: number): string | undefined {
  const file = findFile(ctx, uri);
  if (!file || file.kind !== 'document') return undefined;
  const at = locatedAt(ctx, uri, offset);
  return at && targetGoal(at.hit) ? undefined : renameRefusal(ctx, at?.hit);
}

/**
 * `error`: the new name cannot be used; `refused`: there is no goal ID to rename
 * where the author asked (the editor shows why rather than nothing).
 */
export type RenameResult = { edits: TextEdit[] } | { error: string } | { refused: string };

/** Renames a goal: its `{#id}` / `id:` and the id part of every reference to it, as one edit. */
export function rename(ctx: LanguageContext, uri: string, offset: number, newName: string): RenameResult | undefined {
  const file = findFile(ctx, uri);
  if (!file || file.kind !== 'document') return undefined;
  const at = locatedAt(ctx, uri, offset);
  const goal = at && targetGoal(at.hit);
  if (!at || !goal) return { refused: renameRefusal(ctx, at?.hit) };
  // Read as a heading reads an ID: a name pasted from a PDF or Word may hold a decomposed «å» or a zero-width space.
  const name = withoutInvisible(newName).normalize('NFC').trim().replace(/^#/, '');
  if (!GOAL_ID.test(name)) {
    const meant = goalIdFrom(name);
    const template = GOAL_ID.test(meant) ? RENAME_ERRORS.invalidWithSuggestion : RENAME_ERRORS.invalid;
    return { error: tr(ctx.lang, template).replace('{value}', newName).replace('{suggestion}', meant) };
  }
  if (name !== goal.id && at.ws.goalsByKey.has(`${goal.owner}#${name}`)) {
    return { error: tr(ctx.lang, RENAME_ERRORS.exists).replace('{goal}', `${goal.owner}#${name}`) };
  }
  const edits: TextEdit[] = [{ uri: goal.uri, span: unquoted(at.ws.documentOf(goal).text, goal.idSpan), newText: name }];
  for (const r of referencesTo(at.ws, goal)) {
    const doc = at.ws.documentOf(r.from);
    edits.push({ uri: r.from.uri, span: refIdSpan(r.ref, doc.text), newText: name });
    const anchor = doc.format === 'markdown' ? linkAnchor(doc.text, r.ref.span.end, r.from.uri, goal) : undefined;
    if (anchor) edits.push({ uri: r.from.uri, span: anchor, newText: name });
  }
  return { edits: once(edits) };
}

/**
 * A reference written as a Markdown link to the goal's heading,
 * `[ikt#b](ikt.md#b)`: the span of the `b` after the target's `#`, which
 * names the heading's `{#b}` and must follow a rename, or the link breaks.
 */
function linkAnchor(text: string, refEnd: number, from: string, goal: Goal): Span | undefined {
  const m = LINK_TARGET.exec(text.slice(refEnd, refEnd + 1000));
  if (!m || m[2]!.normalize('NFC') !== goal.id) return undefined;
  if (linkedDocument(from, m[1]!) !== decodePath(goal.uri)) return undefined;
  const end = refEnd + m[0].length;
  return { start: end - m[2]!.length, end };
}
/** The document a link's relative path leads to from document `from`, decoded (no path: `from` itself). */
function linkedDocument(from: string, link: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('/')) return undefined;
  const parts = decodePath(link === '' ? from : dirname(from)).split('/');
  if (link === '') return parts.join('/');
  parts.pop();
  for (const seg of decodePath(link).split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}
/**
 * `](path#anchor)` right after a link's text, also `](<path#anchor>)` and with a
 * title after it (`](path#anchor "Tittel")`); no path for a link within the document.
 */
const LINK_TARGET = /^\]\(<?([^\s()#<>]*)#([^\s()#<>"]+)(?=>?(?:\)|\s))/;

/** Why there is nothing to rename at `hit`: an objective, a reference to no goal, or no goal ID at all. */
function renameRefusal(ctx: LanguageContext, hit: Located | undefined): string {
  if (hit?.kind === 'objective') return tr(ctx.lang, RENAME_ERRORS.objective).replace('{id}', hit.item.text);
  if (hit?.kind === 'goal-ref') return tr(ctx.lang, RENAME_ERRORS.noSuchGoal).replace('{ref}', hit.ref.text);
  return tr(ctx.lang, RENAME_ERRORS.noGoalId);
}

/** Shown by the editor when it refuses a rename. */
const RENAME_ERRORS = {
  invalid: {
    en: '"{value}" is not a valid goal ID: use lowercase letters (æøå allowed), digits and hyphens.',
    nb: '«{value}» er ikke en gyldig mål-ID: bruk små bokstaver (æøå er lov), sifre og bindestrek.',
    nn: '«{value}» er ikkje ein gyldig mål-ID: bruk små bokstavar (æøå er lov), siffer og bindestrek.',
  },
  invalidWithSuggestion: {
    en: '"{value}" is not a valid goal ID: use lowercase letters (æøå allowed), digits and hyphens, e.g. {suggestion}.',
    nb: '«{value}» er ikke en gyldig mål-ID: bruk små bokstaver (æøå er lov), sifre og bindestrek, f.eks. {suggestion}.',
    nn: '«{value}» er ikkje ein gyldig mål-ID: bruk små bokstavar (æøå er lov), siffer og bindestrek, t.d. {suggestion}.',
  },
  objective: {
    en: '"{id}" is an objective of a national strategy, and its ID comes from there. Only the goals of the cooperation can get a new ID.',
    nb: '«{id}» er et mål i en nasjonal strategi, og ID-en kommer derfra. Bare målene i samarbeidet kan få ny ID.',
    nn: '«{id}» er eit mål i ein nasjonal strategi, og ID-en kjem derifrå. Berre måla i samarbeidet kan få ny ID.',
  },
  noSuchGoal: {
    en: 'There is no goal {ref}, so there is nothing to give a new ID. Correct the reference first.',
    nb: 'Det finnes ikke noe mål {ref}, så det er ingenting å gi ny ID. Rett henvisningen først.',
    nn: 'Det finst ikkje noko mål {ref}, så det er ingenting å gi ny ID. Rett tilvisinga først.',
  },
  noGoalId: {
    en: 'There is no goal ID here. To give a goal a new ID, place the cursor on its ID in the heading ({#id}), after id: or in a reference to it (member#id).',
    nb: 'Her står ingen mål-ID. For å gi et mål ny ID, sett markøren på ID-en i overskriften ({#id}), etter id: eller i en henvisning til målet (medlem#id).',
    nn: 'Her står ingen mål-ID. For å gi eit mål ny ID, set markøren på ID-en i overskrifta ({#id}), etter id: eller i ei tilvising til målet (medlem#id).',
  },
  exists: {
    en: 'There is already a goal {goal}: choose another ID.',
    nb: 'Det finnes allerede et mål {goal}: velg en annen ID.',
    nn: 'Det finst alt eit mål {goal}: vel ein annan ID.',
  },
} satisfies Record<string, Localized>;

/** A quoted YAML scalar keeps its quotes: rename only what is inside them. */
function unquoted(text: string, span: Span): Span {
  const first = text[span.start];
  if ((first === '"' || first === "'") && text[span.end - 1] === first && span.end - span.start >= 2) return { start: span.start + 1, end: span.end - 1 };
  return span;
}
