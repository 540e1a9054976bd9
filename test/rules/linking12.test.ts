/**
 * Link suggestions for goals nobody has seen, mostly against DN30 (the national
 * strategy from 2024 to 2030), on a cooperation written for the twelfth audit
 * (test/fixtures/linking12, «Heimfjord Digital»): an ICT company (English
 * document), Nordvang 45 000 and Elvdal 9 100 (bokmål), Skarvøy 800 (nynorsk).
 * The objectives an adviser would link were written down before the tool was
 * run (the fixture's EXPECTED.md).
 */
import { strict as assert } from 'node:assert';
import path from 'node:path';
import { analyze, readTree, REPO, CONFIG, type TestDiagnostic } from '../helpers/workspace.js';

const DIR = 'test/fixtures/linking12';
const FILES = readTree(path.join(REPO, DIR));
/** Suggestions rest on at least this score (docs/rules/goal-unlinked.md). */
const SUGGESTED = 0.2;
/** DS19 ran to 2025: a strategy written from 2026 on links DN30 alone. */
const CONFIG_DN30_ONLY = CONFIG.replace('frameworks: [DS19, DN30]', 'frameworks: [DN30]');

/** goal-unlinked's suggestions for each title, in a DN30-only cooperation. */
function suggestDn30(titles: readonly string[]): Map<string, NonNullable<TestDiagnostic['suggestions']>> {
  const doc = `---\nowner: storby\n---\n\n${titles.map((t, i) => `## ${t} {#m${i}}\n\n- Frist: 2027\n`).join('\n')}`;
  const list = analyze({ 'samstemt.yaml': CONFIG_DN30_ONLY, 'storby.md': doc }).filter((d) => d.rule === 'goal-unlinked');
  return new Map(titles.map((t, i) => [t, list.find((d) => d.goal === `storby#m${i}`)?.suggestions ?? []]));
}

describe('linking12: link suggestions for unseen goals against DN30 (Heimfjord Digital)', function () {
  this.timeout(60_000);
  let all: TestDiagnostic[] = [];
  before(() => {
    all = analyze(FILES);
  });

  it('reports goal-unlinked on each of the 36 unlinked goals, every objective but the visions as uncovered, and nothing else', () => {
    assert.equal(all.filter((d) => d.rule === 'goal-unlinked').length, 36);
    // DS19: M1–M6, I2–I9, I2-L1–L7 (21); DN30: M1–M3, F1–F3, I1–I2, T1–T3 (11)
    assert.equal(all.filter((d) => d.rule === 'objective-uncovered').length, 21 + 11);
    assert.deepEqual([...new Set(all.map((d) => d.rule))].sort(), ['goal-unlinked', 'objective-uncovered']);
  });

  // DN30-F3 lacked the everyday words of information security that DS19-I9 has
  // (sikkerhetskopi, flerfaktorautentisering, personvern, tilgangsstyring …): in a
  // DN30-only cooperation «Sikkerhetskopiering og gjenoppretting» scored 0.05 and
  // «Godt personvern i alle tjenester» 0.09, so goal-unlinked said no objective
  // fits; «Flerfaktorautentisering for alle ansatte» got DN30-M3 on «ansatte».
  it('suggests the security prerequisite DN30-F3 for everyday security goals in bokmål, nynorsk and English', () => {
    const titles = [
      'Sikkerhetskopiering og gjenoppretting',
      'Tryggleikskopiar og gjenoppretting',
      'Offline backups and a tested recovery plan',
      'Flerfaktorautentisering for alle ansatte',
      'Fleirfaktorautentisering for alle tilsette',
      'Godt personvern i alle tjenester',
      'Betre personvern for innbyggjarane',
      'Privacy in every service',
      'Tilgangsstyring i alle fagsystem',
      'Internkontroll etter ISO 27001',
    ];
    const misses = [...suggestDn30(titles)].flatMap(([t, s]) => (s[0]?.objective === 'DN30-F3' && s[0].score >= SUGGESTED ? [] : [`${t}: ${s[0]?.objective} ${s[0]?.score}`]));
    assert.deepEqual(misses, []);
  });

  // DN30-M3 knew «velferdsteknologi» and «hjemmeoppfølging», but not the words care
  // services write for the same thing: «Digitalt tilsyn i hjemmetjenesten» got DN30-M1
  // at 0.17 on «digitalt» and «brukere» (no objective fits well), «Medisindispensere
  // til hjemmeboende» nothing at all, «Telecare for people living at home» DN30-M1 on
  // «people» and «living».
  it('suggests DN30-M3 (welfare technology) for digital supervision, medicine dispensers and telecare', () => {
    const titles = [
      'Digitalt tilsyn i hjemmetjenesten',
      'Digitalt tilsyn i heimetenesta om natta',
      'Medisindispensere til hjemmeboende',
      'Elektroniske medisindispensarar i heimetenesta',
      'Telecare and medicine dispensers for home care users',
    ];
    const misses = [...suggestDn30(titles)].flatMap(([t, s]) => (s[0]?.objective === 'DN30-M3' && s[0].score >= SUGGESTED ? [] : [`${t}: ${s[0]?.objective} ${s[0]?.score}`]));
    assert.deepEqual(misses, []);
  });

  // DN30-I1 (data) knew «dataplattform» and «dataanalyse», but not where municipalities
  // put their data for use in management: «Datavarehus og dashbord for ledere» got
  // DN30-F3 on «ledere» and «data», «Data warehouse and dashboards for management» too
  // (on «managers», «systems»), «Styringsdata for alle enheter» DN30-F1 on «styring».
  it('suggests the data focus area DN30-I1 for data warehouses, dashboards and management data', () => {
    const titles = [
      'Datavarehus og dashbord for ledere',
      'Styringsdata for alle enheter',
      'Eit felles datavarehus for kommunane',
      'Data warehouse and dashboards for management',
    ];
    const misses = [...suggestDn30(titles)].flatMap(([t, s]) => (s[0]?.objective === 'DN30-I1' && s[0].score >= SUGGESTED ? [] : [`${t}: ${s[0]?.objective} ${s[0]?.score}`]));
    assert.deepEqual(misses, []);
  });

  // The catalogs spell out «eID» as «elektronisk id», so «elektronisk» alone made a goal
  // about the everyday-life objective DN30-M1: «Elektronisk faktura fra alle
  // leverandører» got DN30-M1 at 0.37 on that word only, «Electronic invoicing for all
  // suppliers» at 0.30, and goal-unlinked proposed it as the link.
  it('does not suggest DN30-M1 for «elektronisk» alone, but still for an electronic ID', () => {
    const got = suggestDn30([
      'Elektronisk faktura fra alle leverandører',
      'Elektronisk signering av kontrakter',
      'Electronic invoicing for all suppliers',
      'Innlogging med elektronisk ID',
      'Log in with electronic ID',
    ]);
    const wrong = [...got].flatMap(([t, s]) => s.filter((x) => x.objective === 'DN30-M1' && x.matched.every((w) => /^elektronisk|^electronic/i.test(w))).map((x) => `${t}: ${x.objective} ${x.score} (${x.matched.join(', ')})`));
    assert.deepEqual(wrong, []);
    for (const t of ['Innlogging med elektronisk ID', 'Log in with electronic ID']) assert.equal(got.get(t)![0]?.objective, 'DN30-M1', t);
  });
});
