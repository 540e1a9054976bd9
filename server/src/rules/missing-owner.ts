import { defineRule } from '../engine/rule.js';
import { lookupDocumentKey } from '../engine/model/vocabulary.js';
import { basename } from '../engine/workspace/uri.js';
import { insertEdit } from '../engine/edits.js';
import type { StrategyDocument } from '../engine/types.js';
import type { WorkspaceModel } from '../engine/workspaceModel.js';

/** The members that own no document yet (only asked for a document without an owner). */
function membersWithoutDocument(doc: StrategyDocument, ws: WorkspaceModel): string[] {
  if (doc.owner || doc.problems.length) return [];
  const owners = new Set(ws.documents.map((d) => d.owner?.value));
  return [...ws.members.keys()].filter((m) => !owners.has(m));
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
        en: 'This strategy document has no owner, so its goals belong to nobody and cannot be compared with other members\' goals. Add `owner: <member id>` to the front matter (members: {members}).',
        nb: 'Dette strategidokumentet har ingen eier, så målene tilhører ingen og kan ikke sammenlignes med andre medlemmers mål. Legg til `owner: <medlems-id>` i front matter (medlemmer: {members}).',
        nn: 'Dette strategidokumentet har ingen eigar, så måla høyrer ikkje til nokon og kan ikkje samanliknast med måla til andre medlemer. Legg til `owner: <medlems-id>` i front matter (medlemer: {members}).',
      },
      // A YAML document has no front matter: its `owner` is a line at the top of the file.
      missingYaml: {
        en: 'This strategy document has no owner, so its goals belong to nobody and cannot be compared with other members\' goals. Add `owner: <member id>` at the top of the file, above `goals:` (members: {members}).',
        nb: 'Dette strategidokumentet har ingen eier, så målene tilhører ingen og kan ikke sammenlignes med andre medlemmers mål. Legg til `owner: <medlems-id>` øverst i filen, over `goals:` (medlemmer: {members}).',
        nn: 'Dette strategidokumentet har ingen eigar, så måla høyrer ikkje til nokon og kan ikkje samanliknast med måla til andre medlemer. Legg til `owner: <medlems-id>` øvst i fila, over `goals:` (medlemer: {members}).',
      },
      addOwner: { en: 'Add `owner: {owner}`', nb: 'Legg til `owner: {owner}`', nn: 'Legg til `owner: {owner}`' },
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
    if (guess) {
      const fm = doc.format === 'markdown' && /^---\s*(\r?\n|\r)/.exec(doc.text);
      const nl = doc.text.includes('\r\n') ? '\r\n' : '\n';
      // An `owner:` key that is already there but empty gets its value; a second key would break the YAML.
      const empty = doc.meta.find((p) => lookupDocumentKey(p.rawKey) === 'owner');
      const edit = empty
        ? { uri: doc.uri, span: empty.valueSpan, newText: empty.valueSpan.end > empty.valueSpan.start ? guess : ` ${guess}` }
        : fm
        ? insertEdit(doc.uri, fm[0].length, `owner: ${guess}${nl}`)
        : doc.format === 'markdown'
          ? insertEdit(doc.uri, 0, `---${nl}owner: ${guess}${nl}---${nl}${nl}`)
          : insertEdit(doc.uri, 0, `owner: ${guess}${nl}`);
      fixes.push({ messageId: 'addOwner', data: { owner: guess }, edits: [edit], ...(named ? { preferred: true } : {}) });
    }
    ctx.report({ messageId: doc.format === 'yaml' ? 'missingYaml' : 'missing', data: { members: members.join(', ') || '–' }, uri: doc.uri, span: doc.headSpan, fixes });
  },
});
