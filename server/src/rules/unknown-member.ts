import { defineRule } from '../engine/rule.js';
import { guess, isAll, isNone, type Guess } from '../engine/text/normalize.js';
import { propertyOf } from '../engine/model/interpret.js';
import type { Span } from '../engine/types.js';
import { didYouMeanHint, idReplaceFix, cooperationName } from '../engine/findings.js';
import { memberByIdCase, memberNamed, withoutFullStop } from '../engine/model/memberNames.js';
import { keyInDocument } from '../engine/model/vocabulary.js';
import { appendToPropertyEdit, insertPropertiesEdit } from '../engine/edits.js';

const messages = {
  owner: {
    en: '"{value}" is not a member of the cooperation, so this document\'s goals cannot be placed.{hint} Members: {members}. Add the member under `members` in samstemt.yaml if it is new.',
    nb: '«{value}» er ikke medlem av samarbeidet, så målene i dokumentet kan ikke plasseres.{hint} Medlemmer: {members}. Legg til medlemmet under `members` i samstemt.yaml om det er nytt.',
    nn: '«{value}» er ikkje medlem av samarbeidet, så måla i dokumentet kan ikkje plasserast.{hint} Medlemer: {members}. Legg til medlemen under `members` i samstemt.yaml om han er ny.',
  },
  member: {
    en: '"{value}" in {key} is not a member of the cooperation.{hint} Members: {members}.',
    nb: '«{value}» i {key} er ikke medlem av samarbeidet.{hint} Medlemmer: {members}.',
    nn: '«{value}» i {key} er ikkje medlem av samarbeidet.{hint} Medlemer: {members}.',
  },
  // Without `members` (or without samstemt.yaml) the members are the owners seen: «not a member of the cooperation» would leave the author guessing.
  memberOwners: {
    en: '"{value}" in {key} is not a member: {without}, the members are the owners of the strategy documents ({members}).{hint} Add the strategy document of {value} (`owner: {value}`), or list the cooperation\'s members under `members` in samstemt.yaml.',
    nb: '«{value}» i {key} er ikke medlem: {without} er medlemmene eierne av strategidokumentene ({members}).{hint} Legg til strategidokumentet til {value} (`owner: {value}`), eller før opp medlemmene i samarbeidet under `members` i samstemt.yaml.',
    nn: '«{value}» i {key} er ikkje medlem: {without} er medlemene eigarane av strategidokumenta ({members}).{hint} Legg til strategidokumentet til {value} (`owner: {value}`), eller før opp medlemene i samarbeidet under `members` i samstemt.yaml.',
  },
  refOwnerOwners: {
    en: 'The reference "{value}" names "{owner}", which is not a member: {without}, the members are the owners of the strategy documents ({members}).{hint} Add the strategy document of {owner} (`owner: {owner}`), or list the cooperation\'s members under `members` in samstemt.yaml.',
    nb: 'Henvisningen «{value}» viser til «{owner}», som ikke er medlem: {without} er medlemmene eierne av strategidokumentene ({members}).{hint} Legg til strategidokumentet til {owner} (`owner: {owner}`), eller før opp medlemmene i samarbeidet under `members` i samstemt.yaml.',
    nn: 'Tilvisinga «{value}» viser til «{owner}», som ikkje er medlem: {without} er medlemene eigarane av strategidokumenta ({members}).{hint} Legg til strategidokumentet til {owner} (`owner: {owner}`), eller før opp medlemene i samarbeidet under `members` i samstemt.yaml.',
  },
  withoutConfig: { en: 'without samstemt.yaml', nb: 'uten samstemt.yaml', nn: 'utan samstemt.yaml' },
  withoutMembers: { en: 'without `members` in samstemt.yaml', nb: 'uten `members` i samstemt.yaml', nn: 'utan `members` i samstemt.yaml' },
  several: {
    en: '"{value}" in {key} names several members in one item, so none of them counts. Separate them with commas: {suggestion}.',
    nb: '«{value}» i {key} nevner flere medlemmer i ett punkt, så ingen av dem teller. Skill dem med komma: {suggestion}.',
    nn: '«{value}» i {key} nemner fleire medlemer i eitt punkt, så ingen av dei tel. Skil dei med komma: {suggestion}.',
  },
  separate: { en: 'Separate with commas: {suggestion}', nb: 'Skill med komma: {suggestion}', nn: 'Skil med komma: {suggestion}' },
  allExcept: {
    en: '"{value}" in {key}: members left out of a goal are written under `{exemptKey}`, so that the conflict rules leave them out too. Write `{key}: {all}` and `{exemptKey}: {ids}`.',
    nb: '«{value}» i {key}: medlemmer som holdes utenfor et mål, skrives i `{exemptKey}`, så også konfliktreglene holder dem utenfor. Skriv `{key}: {all}` og `{exemptKey}: {ids}`.',
    nn: '«{value}» i {key}: medlemer som blir haldne utanfor eit mål, skriv ein i `{exemptKey}`, så også konfliktreglane held dei utanfor. Skriv `{key}: {all}` og `{exemptKey}: {ids}`.',
  },
  fixAllExcept: { en: 'Write {all} in {key} and {ids} in {exemptKey}', nb: 'Skriv {all} i {key} og {ids} i {exemptKey}', nn: 'Skriv {all} i {key} og {ids} i {exemptKey}' },
  refOwner: {
    en: 'The reference "{value}" names "{owner}", which is not a member of the cooperation.{hint} Members: {members}.',
    nb: 'Henvisningen «{value}» viser til «{owner}», som ikke er medlem av samarbeidet.{hint} Medlemmer: {members}.',
    nn: 'Tilvisinga «{value}» viser til «{owner}», som ikkje er medlem av samarbeidet.{hint} Medlemer: {members}.',
  },
  refOtherCooperation: {
    en: 'The reference "{value}" names "{owner}", which is not a member of this cooperation but of {cooperation} ({config}). Each samstemt.yaml is a cooperation of its own, and goal references never cross cooperations. Link the goal to a goal or national objective of this cooperation instead, and name the goal of the other cooperation in the description if you like.',
    nb: 'Henvisningen «{value}» viser til «{owner}», som ikke er medlem av dette samarbeidet, men av {cooperation} ({config}). Hver samstemt.yaml er et eget samarbeid, og målhenvisninger går aldri på tvers av samarbeid. Knytt heller målet til et mål eller nasjonalt mål i dette samarbeidet, og nevn gjerne målet i det andre samarbeidet i beskrivelsen.',
    nn: 'Tilvisinga «{value}» viser til «{owner}», som ikkje er medlem av dette samarbeidet, men av {cooperation} ({config}). Kvar samstemt.yaml er eit eige samarbeid, og måltilvisingar går aldri på tvers av samarbeid. Knyt heller målet til eit mål eller nasjonalt mål i dette samarbeidet, og nemn gjerne målet i det andre samarbeidet i skildringa.',
  },
  resourceOwner: {
    en: 'The owner "{value}" of the resource {resource} is not a member of the cooperation, so nobody is named as providing this capacity.{hint} Members: {members}.',
    nb: 'Eieren «{value}» av ressursen {resource} er ikke medlem av samarbeidet, så ingen står som ansvarlig for kapasiteten.{hint} Medlemmer: {members}.',
    nn: 'Eigaren «{value}» av ressursen {resource} er ikkje medlem av samarbeidet, så ingen står som ansvarleg for kapasiteten.{hint} Medlemer: {members}.',
  },
  name: {
    en: '"{value}" is the name of the member {id}; members are named by their ID here. Write {id}.',
    nb: '«{value}» er navnet på medlemmet {id}; her skrives medlemmer med ID-en. Skriv {id}.',
    nn: '«{value}» er namnet på medlemen {id}; her skriv ein medlemer med ID-en. Skriv {id}.',
  },
  idCase: {
    en: '"{value}" is the member {id} written with capitals; member IDs are written exactly as under `members` in samstemt.yaml. Write {id}.',
    nb: '«{value}» er medlemmet {id} skrevet med store bokstaver; medlems-ID-er skrives nøyaktig som under `members` i samstemt.yaml. Skriv {id}.',
    nn: '«{value}» er medlemen {id} skriven med store bokstavar; medlems-ID-ar skriv ein nøyaktig som under `members` i samstemt.yaml. Skriv {id}.',
  },
  didYouMean: { en: ' Did you mean "{suggestion}"?', nb: ' Mente du «{suggestion}»?', nn: ' Meinte du «{suggestion}»?' },
  replace: { en: 'Change to "{suggestion}"', nb: 'Endre til «{suggestion}»', nn: 'Endre til «{suggestion}»' },
};

/** `owner`, `scope`, `exempt`, goal references and the owners of resources must name members of the cooperation. */
export default defineRule({
  meta: {
    id: 'unknown-member',
    defaultSeverity: 'error',
    category: 'structure',
    description: {
      en: '`owner`, `scope`, `exempt` or a goal reference names a member that is not in `members`.',
      nb: '`owner`, `scope`, `exempt` eller en målhenvisning viser til et medlem som ikke står i `members`.',
      nn: '`owner`, `scope`, `exempt` eller ei måltilvising viser til eit medlem som ikkje står i `members`.',
    },
    messages,
    reads: ['members'],
  },
  checkDocument(doc, ctx) {
    const { ws, lang } = ctx;
    // Without `members` in samstemt.yaml, the owners seen are the members; an owner is then always known.
    const ids = [...ws.members.keys()];
    const members = ids.join(', ') || '–';
    const check = (uri: string, value: string, span: Span, messageId: string, data: Record<string, string>, goal?: string, suggest = (v: string): string | Guess | undefined => guess(v, ids)) => {
      if (ws.members.has(value)) return;
      // `fjellbygd.`: a list item ended as a sentence; the engine reads it as the member (memberOf).
      const bare = messageId === 'member' ? withoutFullStop(value) : value;
      if (ws.members.has(bare)) return;
      // `Storby` for `storby`: the ID with capitals, as Norwegian writes places.
      const cased = memberByIdCase(ws.members, bare);
      if (cased) {
        ctx.report({ messageId: 'idCase', data: { value, id: cased }, uri, span, ...(goal ? { goal } : {}), ...idReplaceFix(uri, span, cased, doc.text) });
        return;
      }
      // `Storby kommune` for `storby`: the member's display name from samstemt.yaml.
      const named = memberNamed(ws.members, bare);
      if (named) {
        ctx.report({ messageId: 'name', data: { value, id: named }, uri, span, ...(goal ? { goal } : {}), ...idReplaceFix(uri, span, named, doc.text) });
        return;
      }
      const guessed = suggest(value);
      const suggestion = typeof guessed === 'string' ? guessed : guessed?.text;
      const owners = !ws.config.membersDeclared && (messageId === 'member' || messageId === 'refOwner');
      const without: Record<string, string> = owners ? { without: (ws.config.uri ? messages.withoutMembers : messages.withoutConfig)[lang] } : {};
      ctx.report({
        messageId: owners ? `${messageId}Owners` : messageId,
        data: { ...data, ...without, value: data.value ?? value, members, hint: didYouMeanHint(messages.didYouMean, lang, suggestion) },
        uri,
        span,
        ...(goal ? { goal } : {}),
        ...idReplaceFix(uri, span, guessed, doc.text),
      });
    };
    if (doc.owner && ws.config.membersDeclared) check(doc.uri, doc.owner.value, doc.owner.span, 'owner', {});
    for (const g of doc.goals) {
      for (const key of ['scope', 'exempt'] as const) {
        const prop = propertyOf(g, key);
        if (!prop) continue;
        for (const item of prop.items) {
          if (key === 'scope' ? isAll(item.text) : isNone(item.text)) continue;
          // `alle unntatt fjellbygd`: everyone but some, which is what `exempt` says (a did-you-mean «alle» would take them back in).
          const except = key === 'scope' ? allExcept(item.text, ws.members) : undefined;
          if (except) {
            const exemptKey = keyInDocument('exempt', doc);
            const data = { value: item.text, key: prop.rawKey, all: except.all, ids: except.ids.join(', '), exemptKey };
            const exempt = propertyOf(g, 'exempt');
            const add = exempt ? appendToPropertyEdit(doc, exempt, data.ids) : insertPropertiesEdit(doc, g, [['exempt', data.ids]], prop);
            // The new line may start where the item ends: one edit then, so that the two do not meet.
            const edits = !add ? [] : add.span.start === item.span.end && add.span.end === item.span.end ? [{ uri: doc.uri, span: item.span, newText: except.all + add.newText }] : [{ uri: doc.uri, span: item.span, newText: except.all }, add];
            ctx.report({ messageId: 'allExcept', data, uri: doc.uri, span: item.span, goal: g.key, ...(edits.length ? { fixes: [{ messageId: 'fixAllExcept', data, edits, preferred: true }] } : {}) });
            continue;
          }
          // `Alle medlemmer`, `all members`: meant as everyone.
          const everyone = key === 'scope' ? /^(alle|all)\s/i.exec(item.text)?.[1]?.toLowerCase() : undefined;
          // `havbyen og øyvær`, `havbyen; øyvær`: known members joined by something other than a comma.
          const several = ws.members.has(item.text) ? undefined : severalMembers(item.text, ws.members);
          if (several) {
            ctx.report({
              messageId: 'several',
              data: { value: item.text, key: prop.rawKey, suggestion: several },
              uri: doc.uri,
              span: item.span,
              goal: g.key,
              fixes: [{ messageId: 'separate', data: { suggestion: several }, edits: [{ uri: doc.uri, span: item.span, newText: several }], preferred: true }],
            });
            continue;
          }
          check(doc.uri, item.text, item.span, 'member', { key: prop.rawKey }, g.key, everyone ? () => everyone : undefined);
        }
      }
      const refs = [...g.facts.contributes, ...g.facts.accepts.map((a) => a.ref)];
      for (const ref of refs) {
        if (!ref.owner) continue;
        const span = { start: ref.span.start, end: ref.span.start + ref.owner.length };
        // A member of the cooperation around this one (or nested in it): its goals are not this cooperation's.
        const other = ws.members.has(ref.owner) ? undefined : ws.cooperationOf(ref.owner);
        if (other) {
          ctx.report({ messageId: 'refOtherCooperation', data: { value: ref.text, owner: ref.owner, cooperation: cooperationName(other, lang), config: other.config }, uri: doc.uri, span, goal: g.key });
          continue;
        }
        check(doc.uri, ref.owner, span, 'refOwner', { value: ref.text, owner: ref.owner }, g.key);
      }
    }
  },
  checkWorkspace(ctx) {
    const { ws, lang } = ctx;
    // Without `members`, any owner is a member (as for documents).
    if (!ws.config.uri || !ws.config.membersDeclared) return;
    const ids = [...ws.members.keys()];
    for (const r of ws.config.resources.values()) {
      if (!r.owner || !r.ownerSpan || ws.members.has(r.owner)) continue;
      const named = memberNamed(ws.members, r.owner);
      if (named) {
        ctx.report({ messageId: 'name', data: { value: r.owner, id: named }, uri: ws.config.uri, span: r.ownerSpan, ...idReplaceFix(ws.config.uri, r.ownerSpan, named, ws.config.text) });
        continue;
      }
      const guessed = guess(r.owner, ids);
      const suggestion = guessed?.text;
      ctx.report({
        messageId: 'resourceOwner',
        data: { value: r.owner, resource: r.id, members: ids.join(', ') || '–', hint: didYouMeanHint(messages.didYouMean, lang, suggestion) },
        uri: ws.config.uri,
        span: r.ownerSpan,
        ...idReplaceFix(ws.config.uri, r.ownerSpan, guessed, ws.config.text),
      });
    }
  },
});

/** The members of `text` as a comma list, when it names two or more of them joined by `og`/`and`, `;`, `/`, `&` or spaces. */
function severalMembers(text: string, members: ReadonlyMap<string, unknown>): string | undefined {
  const words = text.split(/[\s;/&+]+/).filter((w) => w && !/^(og|and)$/i.test(w));
  return words.length > 1 && words.every((w) => members.has(w)) ? words.join(', ') : undefined;
}


/** `alle unntatt`, `alle medlemmene utenom`, `all except`, … : the words before the members left out. */
const EXCEPT_WORDS = ['unntatt', 'untatt', 'unnateke', 'unnateken', 'utenom', 'utanom', 'bortsett fra', 'except for', 'except'];

/** `alle [word] unntatt REST`: «alle» or «all» as written and REST, from the words (no regular expression to backtrack). */
function allExceptParts(text: string): { all: string; rest: string } | undefined {
  const words = text.split(/\s+/);
  if (!/^all(e)?$/i.test(words[0] ?? '')) return undefined;
  // The except words come second or third (`alle medlemmene utenom`).
  for (const at of [1, 2]) {
    for (const phrase of EXCEPT_WORDS) {
      const n = phrase.split(' ').length;
      if (words.slice(at, at + n).join(' ').toLowerCase() === phrase && words.length > at + n) return { all: words[0]!, rest: words.slice(at + n).join(' ') };
    }
  }
  return undefined;
}

/**
 * `alle unntatt fjellbygd og Strandvik kommune` → «alle» and the IDs of the
 * members left out (by ID in any case, or by name); undefined unless every
 * one of them is a member.
 */
function allExcept(text: string, members: ReadonlyMap<string, { name?: string }>): { all: string; ids: string[] } | undefined {
  const m = allExceptParts(text.trim());
  if (!m) return undefined;
  const ids = m.rest.split(/\s*(?:[;/&+]|\s(?:og|and)\s)\s*/i).map((w) => {
    const t = w.trim();
    return members.has(t) ? t : members.has(t.toLowerCase()) ? t.toLowerCase() : memberNamed(members, t);
  });
  return ids.length && ids.every((id) => id !== undefined) ? { all: m.all.toLowerCase(), ids: ids as string[] } : undefined;
}
