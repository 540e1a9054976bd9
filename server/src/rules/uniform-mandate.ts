import { defineRule } from '../engine/rule.js';
import { isSettled } from '../engine/model/interpret.js';
import type { MemberDef } from '../engine/model/config.js';
import { keyInDocument } from '../engine/model/vocabulary.js';
import { appendToPropertyEdit, insertPropertiesEdit } from '../engine/edits.js';
import { isAll, isNone } from '../engine/text/normalize.js';
import { misspeltProperty } from '../engine/model/keyGuess.js';
import { joinList, localized } from '../engine/conflicts/describe.js';
import { memberOf } from '../engine/model/memberNames.js';
import { compareText } from '../engine/text/order.js';

const messages = {
  uniform: {
    en: 'The goal «{goal}» introduces {systems_en} for all members, but the members differ a lot in size: {largest} has {largestPopulation} inhabitants, {smallest} has {smallestPopulation} ({ratio} times fewer). One solution may not fit them all. Consider differentiating: name members that keep another solution with `{exemptKey}: …`. If one solution for everyone is a deliberate choice, this is information only: write the reason in the goal, and leave it.',
    nb: 'Målet «{goal}» innfører {systems_nb} for alle medlemmene, men medlemmene er svært ulike i størrelse: {largest} har {largestPopulation} innbyggere, {smallest} har {smallestPopulation} ({ratio} ganger færre). Én løsning passer kanskje ikke for alle. Vurder differensiering: skriv medlemmer som skal ha en annen løsning i `{exemptKey}: …`. Er én løsning for alle et bevisst valg, er dette bare til informasjon: skriv begrunnelsen i målet, og la den stå.',
    nn: 'Målet «{goal}» innfører {systems_nn} for alle medlemene, men medlemene er svært ulike i storleik: {largest} har {largestPopulation} innbyggjarar, {smallest} har {smallestPopulation} ({ratio} gonger færre). Éi løysing passar kanskje ikkje for alle. Vurder differensiering: skriv medlemer som skal ha ei anna løysing i `{exemptKey}: …`. Er éi løysing for alle eit medvite val, er dette berre til informasjon: skriv grunngjevinga i målet, og la ho stå.',
  },
  fixExempt: {
    en: 'Exempt {members_en} (fewer than a tenth of the inhabitants of {largest})',
    nb: 'Unnta {members_nb} (færre enn en tidel av innbyggerne i {largest})',
    nn: 'Unnta {members_nn} (færre enn ein tidel av innbyggjarane i {largest})',
  },
};

/** Size difference (largest / smallest population) above which one mandate for all deserves a second look. */
export const RATIO = 10;

/**
 * A scope that names every member except the companies (`kind: selskap`):
 * a company's goal «for storby, midtby, litlevik» is a mandate for all its
 * municipal members, as `alle` is.
 */
function namesEveryMunicipalMember(scope: readonly string[], members: ReadonlyMap<string, MemberDef>): boolean {
  if (!scope.length) return false;
  const named = new Set(scope.map((item) => memberOf(members, item)));
  let municipal = 0;
  for (const m of members.values()) {
    if (m.kind === 'selskap') continue;
    municipal++;
    if (!named.has(m.id)) return false;
  }
  return municipal >= 2;
}

/**
 * A goal for all members (`alle`, or a list of every member but the
 * companies) that adopts a system, with no `exempt`, while members'
 * populations differ by more than a factor of 10.
 */
export default defineRule({
  meta: {
    id: 'uniform-mandate',
    defaultSeverity: 'info',
    category: 'good-goals',
    description: {
      en: 'A goal introduces a system for all members although their sizes differ by more than a factor of 10, with no exemptions.',
      nb: 'Et mål innfører et system for alle medlemmene selv om de er over ti ganger ulike i størrelse, uten unntak.',
      nn: 'Eit mål innfører eit system for alle medlemene sjølv om dei er over ti gonger ulike i storleik, utan unntak.',
    },
    messages,
    reads: ['members'],
  },
  checkDocument(doc, ctx) {
    const { ws } = ctx;
    const sized = [...ws.members.values()].filter((m): m is MemberDef & { population: number } => m.population !== undefined && m.population > 0);
    if (sized.length < 2) return;
    const largest = sized.reduce((a, b) => (b.population > a.population ? b : a));
    const smallest = sized.reduce((a, b) => (b.population < a.population ? b : a));
    if (largest.population / smallest.population <= RATIO) return;
    for (const goal of doc.goals) {
      // A done or dropped goal has no mandate left to differentiate.
      if (isSettled(goal)) continue;
      const f = goal.facts;
      if (f.adopt.length === 0 || f.exempt.length > 0) continue;
      // Members exempted under a misspelt key (`Untak: fjellbygd`): unknown-property offers the key; a second `Unntak:` would contradict it.
      if (misspeltProperty(goal, doc.format === 'yaml', ['exempt'], (v) => !isNone(v))) continue;
      const scopes = goal.properties.filter((p) => p.known && p.key === 'scope');
      // `alle`, or a list naming every municipal member (every member but the companies): the finding points at `alle`, or at the list.
      let scope = f.scopeAll ? scopes.find((p) => p.items.some((i) => isAll(i.text))) : undefined;
      let span = scope?.items.find((i) => isAll(i.text))!.span;
      if (!scope && namesEveryMunicipalMember(f.scope, ws.members)) {
        scope = scopes.find((p) => p.items.length > 0);
        const items = scope?.items ?? [];
        if (scope && items.length) span = { start: items[0]!.span.start, end: items[items.length - 1]!.span.end };
      }
      if (!scope || !span) continue;
      // Members much smaller than the largest (other than the goal's owner) are the candidates to exempt.
      const small = sized.filter((m) => m.population * RATIO < largest.population && m.id !== goal.owner).sort((a, b) => a.population - b.population || compareText(a.id, b.id));
      const emptyExempt = goal.properties.find((p) => p.known && p.key === 'exempt');
      const ids = small.map((m) => m.id).join(', ');
      // `Unntak: ingen` says nobody is exempt: the members take the place of «ingen» rather than follow it.
      const none = emptyExempt?.items.length ? emptyExempt.items : undefined;
      const edit =
        small.length === 0
          ? undefined
          : none
            ? { uri: doc.uri, span: { start: none[0]!.span.start, end: none[none.length - 1]!.span.end }, newText: ids }
            : emptyExempt
              ? appendToPropertyEdit(doc, emptyExempt, ids)
              : insertPropertiesEdit(doc, goal, [['exempt', ids]], scope);
      // Lists in the prose read «A, B and C» / «A, B og C»; the edit writes the ids as the list of `Unntak` («a, b, c»).
      const data = {
        goal: goal.title || goal.id,
        largest: largest.name ?? largest.id,
        largestPopulation: Math.round(largest.population),
        smallest: smallest.name ?? smallest.id,
        smallestPopulation: Math.round(smallest.population),
        ratio: Math.round(largest.population / smallest.population),
        exemptKey: keyInDocument('exempt', doc),
      };
      localized(data, 'systems', (l) => joinList(f.adopt, l, Infinity));
      const fixData = localized({ largest: largest.name ?? largest.id }, 'members', (l) => joinList(small.map((m) => m.id), l));
      ctx.report({
        messageId: 'uniform',
        data,
        uri: goal.uri,
        span,
        goal: goal.key,
        ...(edit ? { fixes: [{ messageId: 'fixExempt', data: fixData, edits: [edit] }] } : {}),
      });
    }
  },
});
