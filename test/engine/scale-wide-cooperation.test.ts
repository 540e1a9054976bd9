/**
 * A wide cooperation: hundreds of members, each keeping its own system
 * against the company's shared one, pulling the shared fee the other way,
 * contributing late to the company's goal and wanting local user support
 * against a central one. Every member goal is in conflict with one company
 * goal. The findings on the company's goals must stay bounded (a few, and one
 * that sums up the rest), every member keeps its own finding, related
 * locations stay bounded, and an edit gives what a fresh analysis gives.
 */
import { strict as assert } from 'node:assert';
import { InMemoryHost, createTestEngine, analyze, assertSameAsFresh, type TestDiagnostic } from '../helpers/workspace.js';

/** Findings of one rule shown at one place of a goal (conflicts/report.ts MAX_PER_GOAL), the last summing up the rest. */
const MAX_PER_GOAL = 50;

const PAIR_RULES = ['conflict-system-choice', 'conflict-direction', 'conflict-deadline', 'possible-conflict'];

function config(members: number, language = 'nb'): string {
  let t = `cooperation: Bred\nlanguage: ${language}\nframeworks: [DS19, DN30]\ndocuments: ["**/*.md"]\nmembers:\n  selskap: { name: Selskapet AS, kind: selskap }\n`;
  for (let i = 0; i < members; i++) t += `  k${i}: { name: Kommune ${i}, kind: kommune, population: ${1000 + i} }\n`;
  return t + 'indicators:\n  medlemsavgift: { name: Medlemsavgift, shared: true }\nresources:\n  utviklingskapasitet: { owner: selskap, capacity: 400, unit: årsverk }\n';
}

const COMPANY = `---\nowner: selskap\nperiod: 2024–2027\n---\n\n# Selskapet\n\n## Felles sak/arkiv {#felles-sak}\n\n- Område: sak-arkiv\n- Innføre: Elements\n- Omfang: alle\n- Fra: 2024-01-01\n- Frist: 2026-12-31\n- Støtter: DS19-M3\n\n## Høyere avgift {#avgift}\n\n- Indikator: medlemsavgift\n- Retning: øke\n- Omfang: alle\n- Frist: 2026-12-31\n\n## Sentralisere brukerstøtten i selskapet {#sentral}\n\n- Omfang: alle\n- Frist: 2026-06-30\n\nÉn brukerstøtte med ett telefonnummer for alle medlemmene.\n`;

function member(i: number): string {
  return `---\nowner: k${i}\nperiod: 2024–2027\n---\n\n# Kommune ${i}\n\n## Beholde eget arkivsystem {#beholde}\n\n- Område: sak-arkiv\n- Beholde: WebSak\n- Frist: 2027-12-31\n- Støtter: DS19-M3\n\n## Lavere avgift {#avgift}\n\n- Indikator: medlemsavgift\n- Retning: redusere\n- Frist: 2026-12-31\n\n## Digital byggesak {#bygg}\n\n- Frist: 2030-12-31\n- Bidrar til: selskap#felles-sak\n\n## Desentralisere brukerstøtten til hver kommune {#desentral}\n\n- Frist: 2026-06-30\n\nEn lokal IKT-koordinator tar første linje.\n`;
}

function wide(members: number, language = 'nb'): Record<string, string> {
  const files: Record<string, string> = { 'samstemt.yaml': config(members, language), 'selskap.md': COMPANY };
  for (let i = 0; i < members; i++) files[`k${i}.md`] = member(i);
  return files;
}

/** Findings per rule and place (file, line, column). */
function perPlace(ds: readonly TestDiagnostic[]): Map<string, TestDiagnostic[]> {
  const out = new Map<string, TestDiagnostic[]>();
  for (const d of ds) {
    const k = `${d.rule} ${d.file}:${d.range.start.line}:${d.range.start.character}`;
    out.set(k, [...(out.get(k) ?? []), d]);
  }
  return out;
}

describe('a wide cooperation where every member goal is in conflict with the company', function () {
  this.timeout(120_000);

  const N = 120;
  let ds: TestDiagnostic[];
  before(() => {
    ds = analyze(wide(N));
  });

  it('each member goal keeps its own finding of every pair rule', () => {
    for (const rule of PAIR_RULES) {
      const onMembers = ds.filter((d) => d.rule === rule && d.file !== 'selskap.md');
      assert.equal(onMembers.length, N, `${rule}: one finding per member`);
      assert.ok(onMembers.every((d) => d.related.length === 1 && d.related[0]!.uri.endsWith('/selskap.md')));
    }
  });

  it(`shows at most ${MAX_PER_GOAL} findings of a rule at one place of a company goal, the last summing up the rest`, () => {
    for (const rule of PAIR_RULES) {
      const onCompany = ds.filter((d) => d.rule === rule && d.file === 'selskap.md');
      assert.ok(onCompany.length > 0, `${rule} reports on the company's goal`);
      for (const [place, list] of perPlace(onCompany)) {
        assert.equal(list.length, MAX_PER_GOAL, `${place}: ${list.length} findings`);
        const summary = list.filter((d) => d.related.length > 1);
        assert.equal(summary.length, 1, `${place}: one finding sums up the rest`);
        assert.equal(summary[0]!.severity, list.find((d) => d !== summary[0])!.severity);
        assert.match(summary[0]!.message, new RegExp(`i samme slags konflikt med ${N - (MAX_PER_GOAL - 1)} mål til`));
        assert.equal(summary[0]!.related.length, 8);
        assert.ok(summary[0]!.related.every((r) => !r.uri.endsWith('/selskap.md') && r.goal));
      }
    }
  });

  it('says the summing-up finding in nn and en too', () => {
    const nn = analyze(wide(60, 'nn')).find((d) => d.rule === 'conflict-system-choice' && d.related.length > 1);
    assert.match(nn!.message, /er i same slags konflikt med 11 mål til; dei første er lista under/);
    const en = analyze(wide(60, 'en')).find((d) => d.rule === 'conflict-system-choice' && d.related.length > 1);
    assert.match(en!.message, /is in the same kind of conflict with 11 more goals; the first of them are listed below/);
  });

  it('keeps the findings on the company bounded as the cooperation doubles, and every finding\'s related locations too', () => {
    const twice = analyze(wide(2 * N));
    const company = (list: TestDiagnostic[]) => list.filter((d) => PAIR_RULES.includes(d.rule) && d.file === 'selskap.md').length;
    assert.equal(company(twice), company(ds));
    assert.ok(twice.every((d) => d.related.length <= 9), 'related locations are bounded (capacity names 8 others and its resource)');
  });

  it('bounds the findings per goal when every member also adopts its own system for all (every pair of members in conflict)', () => {
    const files = wide(60);
    for (let i = 0; i < 60; i++) files[`k${i}.md`] += `\n## Eget system for alle {#eget}\n\n- Område: sak-arkiv\n- Innføre: System ${i}\n- Omfang: alle\n- Frist: 2026-12-31\n`;
    const found = analyze(files).filter((d) => d.rule === 'conflict-system-choice');
    const places = [...perPlace(found)];
    for (const [place, list] of places) assert.ok(list.length <= MAX_PER_GOAL, `${place}: ${list.length} findings`);
    // Each member's «for alle» goal is in conflict with more goals than are shown one by one.
    assert.ok(places.some(([, list]) => list.length === MAX_PER_GOAL), 'some goal reaches the bound');
    // 60 members × 2 goals in the area and the company's: at most MAX_PER_GOAL on each, not one per pair (60 × 59 pairs and more).
    assert.ok(found.length <= 121 * MAX_PER_GOAL, `${found.length} findings`);
  });

  it('gives after edits what a fresh analysis gives (the findings shown one by one change with them)', () => {
    const files = wide(60);
    const host = new InMemoryHost(files);
    const engine = createTestEngine(host);
    engine.analyze();
    // A member near the front stops keeping its own system: another member's finding moves into the first seven.
    host.set('k1.md', files['k1.md']!.replace('- Beholde: WebSak\n', ''));
    assertSameAsFresh(engine, host, 'removing one member\'s system');
    // The company accepts one member's conflict: that pair becomes an accepted info.
    host.set('selskap.md', COMPANY.replace('- Støtter: DS19-M3\n', '- Støtter: DS19-M3\n- Aksepterer: k3#beholde — avtalen løper ut i 2027\n'));
    assertSameAsFresh(engine, host, 'accepting one conflict');
    // Members drop out and come back.
    host.delete('k5.md');
    host.delete('k6.md');
    assertSameAsFresh(engine, host, 'deleting two members\' documents');
    host.set('k5.md', member(5));
    assertSameAsFresh(engine, host, 'restoring one');
    host.set('k1.md', files['k1.md']!);
    assertSameAsFresh(engine, host, 'restoring the system');
  });
});

