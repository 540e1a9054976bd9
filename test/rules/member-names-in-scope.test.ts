/**
 * A member written by its name in `Omfang`/`Unntak` («Unntak: Fjellbygd
 * kommune», as the strategy would say it in prose) is reported by
 * unknown-member with the ID to write, and meanwhile read as that member:
 * the exemption it states already keeps the member out of the conflicts it
 * was written to avoid, and a scope by name already joins the goal to the
 * members it names.
 */
import { strict as assert } from 'node:assert';
import { analyze, CONFIG } from '../helpers/workspace.js';

const company = (exempt: string) => `---
owner: ikt-fjord
---

## Felles HR-system {#felles-hr}

- Område: hr
- Omfang: alle
${exempt}- Innføre: Visma HRM
- Behov: Én lønnskjøring for alle
- Frist: 2026
`;

const small = `---
owner: fjellbygd
---

## Behold eget personalsystem {#behold-lonn}

- Område: hr
- Beholde: Excel-basert personalsystem
- Frist: 2027
`;

describe('members written by name in scope and exempt', () => {
  it('an exemption by name keeps the member out of the conflict, and unknown-member says to write the ID', () => {
    const findings = analyze({ 'samstemt.yaml': CONFIG, 'ikt-fjord.md': company('- Unntak: Fjellbygd kommune\n'), 'fjellbygd.md': small });
    assert.deepEqual(findings.filter((d) => d.rule === 'conflict-system-choice'), []);
    const named = findings.filter((d) => d.rule === 'unknown-member');
    assert.equal(named.length, 1);
    assert.equal(named[0]!.message, '"Fjellbygd kommune" is the name of the member fjellbygd; members are named by their ID here. Write fjellbygd.');
    // The same exemption by ID: the same conflict findings (none).
    const byId = analyze({ 'samstemt.yaml': CONFIG, 'ikt-fjord.md': company('- Unntak: fjellbygd\n'), 'fjellbygd.md': small });
    assert.deepEqual(byId.filter((d) => d.rule === 'conflict-system-choice'), []);
    // Without the exemption the goals do conflict: the exemption is what keeps them apart.
    const without = analyze({ 'samstemt.yaml': CONFIG, 'ikt-fjord.md': company(''), 'fjellbygd.md': small });
    assert.equal(without.filter((d) => d.rule === 'conflict-system-choice').length, 2);
  });

  it('a scope by name joins the goal to the member it names, in any case and spacing', () => {
    const scoped = company('').replace('- Omfang: alle\n', '- Omfang: storby,  fjellbygd   KOMMUNE\n');
    const findings = analyze({ 'samstemt.yaml': CONFIG, 'ikt-fjord.md': scoped, 'fjellbygd.md': small });
    assert.equal(findings.filter((d) => d.rule === 'conflict-system-choice').length, 2);
    assert.equal(findings.filter((d) => d.rule === 'unknown-member').length, 1);
  });

  it('a name two members share, or a name of no member, stays unknown and joins nobody', () => {
    const config = CONFIG.replace('fjellbygd: { name: Fjellbygd kommune', 'fjellbygd: { name: Storby kommune');
    const findings = analyze({ 'samstemt.yaml': config, 'ikt-fjord.md': company('- Unntak: Storby kommune\n'), 'fjellbygd.md': small });
    assert.equal(findings.filter((d) => d.rule === 'conflict-system-choice').length, 2, 'the exemption names no one member');
    const other = analyze({ 'samstemt.yaml': CONFIG, 'ikt-fjord.md': company('- Unntak: Dalbygd kommune\n'), 'fjellbygd.md': small });
    assert.equal(other.filter((d) => d.rule === 'conflict-system-choice').length, 2);
  });

  it('a scope that names every municipality by name is a uniform mandate, as with their IDs', () => {
    const byName = company('').replace('- Omfang: alle\n', '- Omfang: Storby kommune, Midtby kommune, Fjellbygd kommune\n');
    const byId = company('').replace('- Omfang: alle\n', '- Omfang: storby, midtby, fjellbygd\n');
    const mandate = (doc: string) => analyze({ 'samstemt.yaml': CONFIG, 'ikt-fjord.md': doc }).filter((d) => d.rule === 'uniform-mandate');
    assert.equal(mandate(byId).length, 1);
    assert.deepEqual(
      mandate(byName).map((d) => d.message),
      mandate(byId).map((d) => d.message),
    );
  });
});
