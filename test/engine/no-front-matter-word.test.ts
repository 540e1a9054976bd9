/**
 * «Front matter» is a programmer's word: messages say where to write instead
 * («between the --- lines at the top of the document»).
 */
import { strict as assert } from 'node:assert';
import { allRules } from '../../server/src/rules/index.js';
import { L } from '../../server/src/engine/language/strings.js';

/** Every text inside `value`, with where it was found (the message ids are not text). */
function texts(value: unknown, where: string, out: { where: string; text: string }[] = []): { where: string; text: string }[] {
  if (typeof value === 'string') out.push({ where, text: value });
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) texts(v, `${where}.${k}`, out);
  return out;
}

describe('messages do not say «front matter»', function () {
  it('in any rule message or description, or the strings of the editor features', function () {
    const all = [...allRules.flatMap((r) => texts(r.meta.messages, r.meta.id).concat(texts(r.meta.description, r.meta.id))), ...texts(L, 'L')];
    assert.ok(all.length > 200);
    assert.deepEqual(all.filter((t) => /front\s*matter/i.test(t.text)).map((t) => `${t.where}: ${t.text}`), []);
  });
});
