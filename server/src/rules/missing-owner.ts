import { defineRule } from '../engine/rule.js';
import { DOCUMENT_KEYS, lookupDocumentKey } from '../engine/model/vocabulary.js';
import { keyOf } from '../engine/text/normalize.js';
import { basename } from '../engine/workspace/uri.js';
import { insertEdit } from '../engine/edits.js';
import type { StrategyDocument } from '../engine/types.js';
import type { WorkspaceModel } from '../engine/workspaceModel.js';

/**
 * The members that own no document yet (only asked for a document without an
 * owner), found once per workspace model: a folder of notes without an owner
 * asks for every note, and walking all documents for each was quadratic.
 */
function membersWithoutDocument(doc: StrategyDocument, ws: WorkspaceModel): string[] {
  if (doc.owner || doc.problems.length) return [];
  let without = withoutDocument.get(ws);
  if (!without) {
    const owners = new Set(ws.documents.map((d) => d.owner?.value));
    without = [...ws.members.keys()].filter((m) => !owners.has(m));
    withoutDocument.set(ws, without);
  }
  return without;
}
const withoutDocument = new WeakMap<WorkspaceModel, string[]>();

/**
 * The owner key to propose, in the language of the keys the document already
 * has: `eier` (`eigar` in nynorsk) beside `tittel:` or `periode:`, as the
 * new-document template writes them; else format.md's `owner`.
 */
function ownerKey(doc: StrategyDocument): string {
  const norwegian = doc.meta.some((p) => {
    const canonical = lookupDocumentKey(p.rawKey);
    return canonical !== undefined && keyOf(p.rawKey) !== DOCUMENT_KEYS[canonical]![0];
  });
  if (!norwegian) return 'owner';
  return doc.lang === 'nn' ? 'eigar' : 'eier';
}

/** The YAML document's own key for its goals (`mål:` or `goals:`), to say where the owner goes. */
function goalsKey(doc: StrategyDocument): string {
  return /^mål[ \t]*:/m.test(doc.text) && !/^goals[ \t]*:/m.test(doc.text) ? 'mål' : 'goals';
}

/** Every strategy document belongs to one member: its `owner`. */
export default defineRule({
  meta: {
    id: 'missing-owner',
    defaultSeverity: 'error',
    category: 'structure',
    description: {
      en: 'A strategy document has no `owner`.',
      nb: 'Et strategidokument mangler `owner`.',
      nn: 'Eit strategidokument manglar `owner`.',
    },
    messages: {
      missing: {
        en: 'This strategy document has no owner, so its goals belong to nobody and cannot be compared with other members\' goals. Add `{key}: <member id>` between the `---` lines at the top of the document (members: {members}).',
        nb: 'Dette strategidokumentet har ingen eier, så målene tilhører ingen og kan ikke sammenlignes med andre medlemmers mål. Legg til `{key}: <medlems-id>` mellom `---`-linjene øverst i dokumentet (medlemmer: {members}).',
        nn: 'Dette strategidokumentet har ingen eigar, så måla høyrer ikkje til nokon og kan ikkje samanliknast med måla til andre medlemer. Legg til `{key}: <medlems-id>` mellom `---`-linjene øvst i dokumentet (medlemer: {members}).',
      },
      // A Markdown document with no front matter has no `---` lines yet to write the owner between.
      missingNoHead: {
        en: 'This strategy document has no owner, so its goals belong to nobody and cannot be compared with other members\' goals. Start the document with a line `---`, then `{key}: <member id>`, then another line `---` (members: {members}).',
        nb: 'Dette strategidokumentet har ingen eier, så målene tilhører ingen og kan ikke sammenlignes med andre medlemmers mål. Start dokumentet med en linje `---`, så `{key}: <medlems-id>`, så en ny linje `---` (medlemmer: {members}).',
        nn: 'Dette strategidokumentet har ingen eigar, så måla høyrer ikkje til nokon og kan ikkje samanliknast med måla til andre medlemer. Start dokumentet med ei linje `---`, så `{key}: <medlems-id>`, så ei ny linje `---` (medlemer: {members}).',
      },
      // A YAML document has no front matter: its `owner` is a line at the top of the file.
      missingYaml: {
        en: 'This strategy document has no owner, so its goals belong to nobody and cannot be compared with other members\' goals. Add `{key}: <member id>` at the top of the file, above `{goalsKey}:` (members: {members}).',
        nb: 'Dette strategidokumentet har ingen eier, så målene tilhører ingen og kan ikke sammenlignes med andre medlemmers mål. Legg til `{key}: <medlems-id>` øverst i filen, over `{goalsKey}:` (medlemmer: {members}).',
        nn: 'Dette strategidokumentet har ingen eigar, så måla høyrer ikkje til nokon og kan ikkje samanliknast med måla til andre medlemer. Legg til `{key}: <medlems-id>` øvst i fila, over `{goalsKey}:` (medlemer: {members}).',
      },
      ownerEmpty: {
        en: '`{key}` is written but has no value, so this strategy document has no owner and its goals cannot be compared with other members\' goals. Write the member ID after it: `{key}: <member id>` (members: {members}).',
        nb: '`{key}` står her, men har ingen verdi, så dette strategidokumentet har ingen eier, og målene kan ikke sammenlignes med andre medlemmers mål. Skriv medlems-ID-en etter den: `{key}: <medlems-id>` (medlemmer: {members}).',
        nn: '`{key}` står her, men har ingen verdi, så dette strategidokumentet har ingen eigar, og måla kan ikkje samanliknast med måla til andre medlemer. Skriv medlems-ID-en etter han: `{key}: <medlems-id>` (medlemer: {members}).',
      },
      ownerList: {
        en: '`{key}` is written as a list, but a strategy document has exactly one owner: write one member ID, `{key}: {example}` (members: {members}). A goal that concerns several members says so with `scope`.',
        nb: '`{key}` er skrevet som en liste, men et strategidokument har nøyaktig én eier: skriv én medlems-ID, `{key}: {example}` (medlemmer: {members}). Et mål som gjelder flere medlemmer, sier det med `Omfang`.',
        nn: '`{key}` er skriven som ei liste, men eit strategidokument har nøyaktig éin eigar: skriv éin medlems-ID, `{key}: {example}` (medlemer: {members}). Eit mål som gjeld fleire medlemer, seier det med `Omfang`.',
      },
      addOwner: { en: 'Add `{key}: {owner}`', nb: 'Legg til `{key}: {owner}`', nn: 'Legg til `{key}: {owner}`' },
      oneOwner: { en: 'Write `{key}: {owner}`', nb: 'Skriv `{key}: {owner}`', nn: 'Skriv `{key}: {owner}`' },
    },
  },
  // The fix reads which members own no document: findings are reused while that list is the same.
  documentKey: (doc, ws) => membersWithoutDocument(doc, ws).join(','),
  checkDocument(doc, ctx) {
    if (doc.owner || doc.problems.length) return;
    const members = [...ctx.ws.members.keys()];
    // The file name often says whose strategy it is: `fjellbygd.strategy.md`.
    const name = decodeURIComponent(basename(doc.uri)).toLowerCase();
    const named = members.filter((m) => name.startsWith(m.toLowerCase())).sort((a, b) => b.length - a.length)[0];
    // Else, when exactly one member has no document yet, this is likely its strategy: offered, but a guess.
    const without = named ? [] : membersWithoutDocument(doc, ctx.ws);
    const guess = named ?? (without.length === 1 ? without[0] : undefined);
    const fixes = [];
    const key = ownerKey(doc);
    if (guess) {
      const fm = doc.format === 'markdown' && /^---\s*(\r?\n|\r)/.exec(doc.text);
      const nl = doc.text.includes('\r\n') ? '\r\n' : '\n';
      // An `owner:` key that is already there but empty gets its value; a second key would break the YAML.
      // `owner: ~` (or a list) gets the value in place of what is written.
      const empty = doc.ownerWritten ?? doc.meta.find((p) => lookupDocumentKey(p.rawKey) === 'owner');
      const edit = empty
        ? { uri: doc.uri, span: empty.valueSpan, newText: empty.valueSpan.end > empty.valueSpan.start ? guess : ` ${guess}` }
        : fm
        ? insertEdit(doc.uri, fm[0].length, `${key}: ${guess}${nl}`)
        : doc.format === 'markdown'
          ? insertEdit(doc.uri, 0, `---${nl}${key}: ${guess}${nl}---${nl}${nl}`)
          : insertEdit(doc.uri, 0, `${key}: ${guess}${nl}`);
      fixes.push({ messageId: 'addOwner', data: { key: empty ? ('rawKey' in empty ? empty.rawKey : empty.key) : key, owner: guess }, edits: [edit], ...(named ? { preferred: true } : {}) });
    }
    const written = doc.ownerWritten;
    if (written) {
      // The key is there: point at it (and its value), and say what is wrong with it.
      const list = written.kind === 'list';
      const span = list ? written.valueSpan : written.keySpan;
      const example = written.first ?? guess ?? (ctx.lang === 'en' ? '<member id>' : '<medlems-id>');
      if (list && written.first) {
        fixes.length = 0;
        fixes.push({ messageId: 'oneOwner', data: { key: written.key, owner: written.first }, edits: [{ uri: doc.uri, span: written.valueSpan, newText: written.first }], preferred: true });
      }
      ctx.report({ messageId: list ? 'ownerList' : 'ownerEmpty', data: { key: written.key, example, members: members.join(', ') || '–' }, uri: doc.uri, span, fixes });
      return;
    }
    const data = { key, members: members.join(', ') || '–', ...(doc.format === 'yaml' ? { goalsKey: goalsKey(doc) } : {}) };
    const messageId = doc.format === 'yaml' ? 'missingYaml' : /^---\s*(\r?\n|\r)/.test(doc.text) ? 'missing' : 'missingNoHead';
    ctx.report({ messageId, data, uri: doc.uri, span: doc.headSpan, fixes });
  },
});
