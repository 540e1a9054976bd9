/**
 * Members written by their display name (`Unntak: Fjellbygd kommune`), or by
 * their ID with capitals (`Omfang: Storby`), where their ID belongs.
 * unknown-member reports such an item with the ID to write;
 * until then the engine reads it as that member, so an exemption or scope
 * written in prose already does what the author meant.
 */
import type { MemberDef } from './config.js';

/** A display name as compared: case- and spacing-insensitive. */
function nameKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Member IDs by display name, per members map; a name two members share names neither. */
const byName = new WeakMap<ReadonlyMap<string, Pick<MemberDef, 'name'>>, Map<string, string>>();

function namesOf(members: ReadonlyMap<string, Pick<MemberDef, 'name'>>): Map<string, string> {
  let out = byName.get(members);
  if (out) return out;
  out = new Map();
  const shared = new Set<string>();
  for (const [id, m] of members) {
    if (!m.name) continue;
    const k = nameKey(m.name);
    if (out.has(k)) shared.add(k);
    out.set(k, id);
  }
  for (const k of shared) out.delete(k);
  byName.set(members, out);
  return out;
}

/** The ID of the one member whose display name `text` is (case and spacing aside). */
export function memberNamed(members: ReadonlyMap<string, Pick<MemberDef, 'name'>>, text: string): string | undefined {
  return namesOf(members).get(nameKey(text));
}

/** A list item without the full stop that ends it as a sentence (`fjellbygd.`). */
export function withoutFullStop(item: string): string {
  return item.endsWith('.') ? item.slice(0, -1).trimEnd() : item;
}

/** Member IDs by their lower-case form, per members map; a form two IDs share (`Storby`, `storby`) names neither. */
const byIdCase = new WeakMap<ReadonlyMap<string, unknown>, Map<string, string>>();

/** The ID of the one member whose ID `text` is but for capitals (`Storby`, `LILLEBY`): Norwegian writes places capitalised. */
export function memberByIdCase(members: ReadonlyMap<string, unknown>, text: string): string | undefined {
  let out = byIdCase.get(members);
  if (!out) {
    out = new Map();
    const shared = new Set<string>();
    for (const id of members.keys()) {
      const k = id.toLowerCase();
      if (out.has(k)) shared.add(k);
      out.set(k, id);
    }
    for (const k of shared) out.delete(k);
    byIdCase.set(members, out);
  }
  return out.get(text.trim().toLowerCase());
}

/**
 * The member an item of `scope` or `exempt` stands for: its ID, by ID (capitals
 * aside) or by name, also with the full stop that ends a list item written as a
 * sentence (`Unntak: fjellbygd.`); else the item as written.
 */
export function memberOf(members: ReadonlyMap<string, Pick<MemberDef, 'name'>>, item: string): string {
  if (members.has(item)) return item;
  const bare = withoutFullStop(item);
  return members.has(bare) ? bare : (memberByIdCase(members, bare) ?? memberNamed(members, bare) ?? item);
}
