/**
 * Audit 10 of the good-goal rules and the capacity/deadline conflicts on goals
 * as municipalities phrase them: the Vesterfjord IKT fixture
 * (test/fixtures/goals10: a company and five members of 61 000 to 640
 * inhabitants, documents in bokmål, nynorsk and English, Markdown and YAML).
 * The expectations are those of test/fixtures/goals10/EXPECTED.md, written
 * from rules.md, format.md and the rule pages before the tool was run.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, type JsonDiagnostic } from '../helpers/cli.js';
import { analyze, textAt, CONFIG_NB, CONFIG_NN, REPO } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

const DIR = 'test/fixtures/goals10';
const AUDITED = ['goal-not-measurable', 'solution-first', 'uniform-mandate', 'conflict-capacity', 'conflict-deadline'];

function check(...args: string[]): JsonDiagnostic[] {
  const r = runCli(['check', DIR, '--format', 'json', ...args]);
  assert.equal(r.status, 1, r.stderr);
  return JSON.parse(r.stdout).diagnostics;
}

function covered(d: Pick<JsonDiagnostic, 'file' | 'range'>): string {
  const lines = readFileSync(path.join(REPO, DIR, d.file), 'utf8').split('\n');
  return lines[d.range.start.line]!.slice(d.range.start.character, d.range.end.character);
}

/** [rule, severity, file, 1-based line, text covered, goal] for every finding of the audited rules (EXPECTED.md). */
const EXPECTED: readonly string[] = [
  ['goal-not-measurable', 'warning', 'vesterfjord-ikt.strategy.md', 64, 'Bedre samhandling med medlemmene', 'vesterfjord-ikt#samhandling'],
  ['goal-not-measurable', 'warning', 'vesterfjord-ikt.strategy.md', 87, 'Gammel intranettløsning avvikles', 'vesterfjord-ikt#intranett'],
  ['goal-not-measurable', 'warning', 'elvebakken.strategy.md', 21, 'Meir digital kommunikasjon med innbyggjarane', 'elvebakken#digital-post'],
  ['goal-not-measurable', 'warning', 'sundvik.strategy.yaml', 24, 'Welfare technology in home care', 'sundvik#welfare-tech'],
  ['solution-first', 'warning', 'vesterfjord-ikt.strategy.md', 13, 'Visma HRM', 'vesterfjord-ikt#felles-hr'],
  ['solution-first', 'warning', 'vesterfjord-ikt.strategy.md', 22, 'Elements, eByggesak', 'vesterfjord-ikt#felles-arkiv'],
  ['solution-first', 'warning', 'vesterfjord-ikt.strategy.md', 74, 'Enonic XP', 'vesterfjord-ikt#nettside'],
  ['solution-first', 'warning', 'vesterfjord-ikt.strategy.md', 82, 'Telia IoT', 'vesterfjord-ikt#iot'],
  ['solution-first', 'warning', 'nordhavn.strategy.md', 53, 'Microsoft 365', 'nordhavn#m365'],
  ['solution-first', 'warning', 'elvebakken.strategy.md', 30, 'Visma Flyt Skole', 'elvebakken#skule'],
  ['solution-first', 'warning', 'elvebakken.strategy.md', 39, 'Compilo', 'elvebakken#kvalitet'],
  ['uniform-mandate', 'info', 'vesterfjord-ikt.strategy.md', 14, 'alle', 'vesterfjord-ikt#felles-hr'],
  ['uniform-mandate', 'info', 'vesterfjord-ikt.strategy.md', 23, 'nordhavn, elvebakken, sundvik, lyngholm, ytterøy', 'vesterfjord-ikt#felles-arkiv'],
  ['conflict-capacity', 'warning', 'vesterfjord-ikt.strategy.md', 26, 'utviklingskapasitet 4', 'vesterfjord-ikt#felles-arkiv'],
  ['conflict-capacity', 'warning', 'nordhavn.strategy.md', 18, 'utviklingskapasitet 3', 'nordhavn#digital-byggesak'],
  ['conflict-capacity', 'warning', 'elvebakken.strategy.md', 18, 'utviklingskapasitet 2,5', 'elvebakken#arkiv'],
  ['conflict-capacity', 'warning', 'sundvik.strategy.yaml', 14, 'utviklingskapasitet: 1.5', 'sundvik#case-archive'],
  ['conflict-deadline', 'warning', 'nordhavn.strategy.md', 14, '2027-06-30', 'nordhavn#digital-byggesak'],
  ['conflict-deadline', 'warning', 'sundvik.strategy.yaml', 10, '2027', 'sundvik#case-archive'],
  ['conflict-deadline', 'info', 'ytteroy.strategy.md', 20, '2027', 'ytterøy#arkiv'],
  ['conflict-deadline', 'warning', 'vesterfjord-ikt.strategy.md', 30, '2027-06-30', 'vesterfjord-ikt#arkiv-opplaering'],
  // The shared archive's deadline, once for each late contribution (nordhavn, sundvik, the sub-goal) and once accepted (ytterøy).
  ['conflict-deadline', 'warning', 'vesterfjord-ikt.strategy.md', 24, '2026-12-31', 'vesterfjord-ikt#felles-arkiv'],
  ['conflict-deadline', 'warning', 'vesterfjord-ikt.strategy.md', 24, '2026-12-31', 'vesterfjord-ikt#felles-arkiv'],
  ['conflict-deadline', 'warning', 'vesterfjord-ikt.strategy.md', 24, '2026-12-31', 'vesterfjord-ikt#felles-arkiv'],
  ['conflict-deadline', 'info', 'vesterfjord-ikt.strategy.md', 24, '2026-12-31', 'vesterfjord-ikt#felles-arkiv'],
].map((e) => e.join('|'));

describe('goals10: Vesterfjord IKT, goals as municipalities phrase them', function () {
  this.timeout(60_000);
  let nb: JsonDiagnostic[];
  before(() => {
    nb = check();
  });

  it('reports exactly the good-goal, capacity and deadline findings of EXPECTED.md, where it says', () => {
    const got = nb
      .filter((d) => AUDITED.includes(d.rule))
      .map((d) => [d.rule, d.severity, d.file.replace('strategier/', ''), d.range.start.line + 1, covered(d), d.goal].join('|'));
    assert.deepEqual(got.sort(), [...EXPECTED].sort());
  });

  it('reads targets written as a bound, a word unit or «0 avvik» as measurable, and says what is wrong with «4 av 5» and «halvere»', () => {
    const iv = nb.filter((d) => d.rule === 'invalid-value').map((d) => `${d.severity}|${covered(d)}`);
    for (const v of ['warning|minst 80 %', 'warning|at least 75 %', 'warning|4 av 5', 'error|halvere']) assert.ok(iv.includes(v), v);
    for (const v of ['99,5 prosent', '0 avvik', '12 avvik', '90%.']) assert.ok(!iv.some((x) => x.endsWith(`|${v}`)), v);
  });

  it('counts the capacity in 2026 as 4 + 3 + 2,5 + 1,5 = 11 of 10, and leaves the resources that just fit alone', () => {
    const cap = nb.filter((d) => d.rule === 'conflict-capacity');
    assert.ok(cap.every((d) => d.message.includes('overbooket i 2026') && d.message.includes('trenger 11 årsverk i året, men kapasiteten er 10 årsverk')));
    assert.ok(cap.every((d) => d.message.includes('(Elvebakken kommune) 2,5 årsverk') && d.message.includes('(Sundvik kommune) 1,5 årsverk')));
    assert.ok(!cap.some((d) => /prosjektleiing|prosjektmidler/.test(d.message)));
  });

  it('writes populations and amounts as each message language writes numbers', () => {
    const nn = check('--lang', 'nn');
    const en = check('--lang', 'en');
    const um = (ds: JsonDiagnostic[]) => ds.find((d) => d.rule === 'uniform-mandate' && d.goal === 'vesterfjord-ikt#felles-hr')!.message;
    assert.match(um(nb), /Nordhavn kommune har 61 000 innbyggere, Ytterøy kommune har 640 \(95 ganger færre\)/);
    assert.match(um(nn), /Nordhavn kommune har 61 000 innbyggjarar, Ytterøy kommune har 640 \(95 gonger færre\)/);
    assert.match(um(en), /Nordhavn kommune has 61,000 inhabitants, Ytterøy kommune has 640 \(95 times fewer\)/);
    const cap = (ds: JsonDiagnostic[]) => ds.find((d) => d.rule === 'conflict-capacity' && d.goal === 'nordhavn#digital-byggesak')!.message;
    assert.match(cap(nn), /\(Elvebakken kommune\) 2,5 årsverk/);
    // English names the unit in English (units.ts), with a decimal point.
    assert.match(cap(en), /\(Elvebakken kommune\) 2\.5 person-years/);
    assert.match(cap(en), /\(Sundvik kommune\) 1\.5 person-years/);
  });
});

/** One goal of storby with the given property lines, in a bokmål or nynorsk Markdown document. */
function goal(lines: string, nn = false): Record<string, string> {
  return {
    'samstemt.yaml': nn ? CONFIG_NN : CONFIG_NB,
    'storby.md': `---\nowner: storby\nperiod: 2025–2028\n---\n\n## Meir digital kommunikasjon {#digital}\n\n- Område: innbyggertjenester\n${lines}- Støttar: DS19-M3\n`,
  };
}

describe('goals10: a nynorsk deadline written «innan …»', function () {
  this.timeout(30_000);
  // Nynorsk writes «innan» where bokmål writes «innen»; `innen 2026` → `2026` is in invalid-value.md.
  for (const [value, meant] of [
    ['innan 2027', '2027'],
    ['Innan 2027.', '2027'],
    ['innan 30.06.2027', '2027-06-30'],
    ['innan utgangen av 2027', '2027-12-31'],
    ['innan Q3 2026', '2026-09-30'],
    ['innan juni 2027', '2027-06-30'],
  ] as const) {
    it(`«Frist: ${value}» gets the quick fix ${meant}, as «innen» does`, () => {
      const files = goal(`- Frist: ${value}\n`, true);
      const d = analyze(files).find((x) => x.rule === 'invalid-value');
      assert.ok(d, 'reported');
      assert.equal(textAt(files, d), value);
      assert.ok(d.message.includes(meant), d.message);
      const fixed = applyFix(files, d);
      assert.ok(fixed['storby.md']!.includes(`- Frist: ${meant}\n`));
      assert.deepEqual(analyze(fixed).filter((x) => x.rule === 'invalid-value' || x.rule === 'goal-not-measurable'), []);
    });
  }
});

describe('goals10: a target with words after the per cent sign', function () {
  this.timeout(30_000);
  // `80 prosent digitalt` was read as 80; `80 % digitalt` is the same target written with the sign.
  for (const [value, n] of [
    ['90 % av søknadene', 90],
    ['80 % digitalt', 80],
    ['50 % reduksjon', 50],
  ] as const) {
    it(`«Målverdi: ${value}» is read as ${n}, as «${n} prosent …» is`, () => {
      const files = goal(`- Indikator: andel søknader levert digitalt\n- Målverdi: ${value}\n`);
      const words = goal(`- Indikator: andel søknader levert digitalt\n- Målverdi: ${value.replace('%', 'prosent')}\n`);
      assert.deepEqual(analyze(words).filter((x) => x.rule === 'invalid-value' || x.rule === 'goal-not-measurable'), []);
      assert.deepEqual(analyze(files).filter((x) => x.rule === 'invalid-value' || x.rule === 'goal-not-measurable'), []);
    });
  }

  it('a bound with words after the per cent sign is read as its number, with the fix to the plain number', () => {
    const files = goal('- Indikator: andel søknader levert digitalt\n- Målverdi: minst 90 % av søknadene\n');
    const d = analyze(files).filter((x) => x.rule === 'invalid-value');
    assert.equal(d.length, 1);
    assert.equal(d[0]!.severity, 'warning');
    assert.ok(applyFix(files, d[0]!)['storby.md']!.includes('- Målverdi: 90 % av søknadene\n'));
  });

  it('still reports a target with no number, and a range', () => {
    for (const v of ['halvere', 'alle søknader', '50–60 % av søknadene']) {
      const files = goal(`- Indikator: andel søknader levert digitalt\n- Målverdi: ${v}\n`);
      assert.equal(analyze(files).filter((x) => x.rule === 'invalid-value' && x.severity === 'error').length, 1, v);
    }
  });
});

describe('goals10: uniform-mandate on a goal whose `Unntak` says nobody is exempt', function () {
  this.timeout(30_000);
  // `Unntak: ingen` (inga, none, a dash) is an empty list (format.md §3): the fix writes the members in its place.
  for (const [doc, none, fixed] of [
    ['md', 'ingen', '- Unntak: fjellbygd\n'],
    ['md', '–', '- Unntak: fjellbygd\n'],
    ['md', 'ingen.', '- Unntak: fjellbygd\n'],
    ['yaml', 'none', '    exempt: fjellbygd\n'],
    ['yaml', '[none]', '    exempt: [fjellbygd]\n'],
  ] as const) {
    it(`${doc}: the fix writes the members to exempt in place of «${none}», rather than after it`, () => {
      const text =
        doc === 'md'
          ? `---\nowner: ikt-fjord\nperiod: 2025–2028\n---\n\n## Felles personalsystem {#felles-hr}\n\n- Område: hr\n- Innføre: Visma HRM\n- Omfang: alle\n- Unntak: ${none}\n- Frist: 2027\n- Behov: Fire ulike lønnssystem\n- Støtter: DS19-M2\n`
          : `owner: ikt-fjord\nperiod: 2025-2028\ngoals:\n  - id: felles-hr\n    title: Shared HR system\n    area: hr\n    adopt: Visma HRM\n    scope: all\n    exempt: ${none}\n    deadline: 2027\n    need: Four payroll systems\n    supports: DS19-M2\n`;
      const files = { 'samstemt.yaml': CONFIG_NB, [`ikt-fjord.${doc}`]: text };
      const d = analyze(files).find((x) => x.rule === 'uniform-mandate');
      assert.ok(d, 'reported');
      const after = applyFix(files, d)[`ikt-fjord.${doc}`]!;
      assert.ok(after.includes(fixed), after);
      assert.deepEqual(analyze({ ...files, [`ikt-fjord.${doc}`]: after }).filter((x) => x.rule === 'uniform-mandate' || x.rule === 'unknown-member'), []);
    });
  }
});

describe('goals10: conflict ways out on a goal whose `Unntak` says nobody is exempt', function () {
  this.timeout(30_000);
  it('asks for `Unntak: fjellbygd`, not to add fjellbygd to «Unntak: ingen»', () => {
    const files = {
      'samstemt.yaml': CONFIG_NB,
      'ikt-fjord.md': `---\nowner: ikt-fjord\nperiod: 2025–2028\n---\n\n## Felles personalsystem {#felles-hr}\n\n- Område: hr\n- Innføre: Visma HRM\n- Omfang: alle\n- Unntak: ingen\n- Frist: 2027\n- Behov: Fire ulike lønnssystem\n- Støtter: DS19-M2\n`,
      'fjellbygd.md': `---\nowner: fjellbygd\nperiod: 2025–2028\n---\n\n## Behold lønnssystemet {#behold-lonn}\n\n- Område: hr\n- Beholde: Huldt & Lillevik Lønn\n- Frist: 2027\n- Støtter: DS19-M2\n`,
    };
    const found = analyze(files).filter((x) => x.rule === 'conflict-system-choice');
    assert.equal(found.length, 2);
    for (const d of found) {
      assert.match(d.message, /differensier med `Unntak: fjellbygd` i «Felles personalsystem»/, d.message);
      assert.doesNotMatch(d.message, /legg fjellbygd til i `Unntak`/);
    }
  });
});

describe('goals10: a capacity with its thousands grouped by spaces', function () {
  this.timeout(30_000);
  // As a population (`50 000`) and a demand (`prosjektmidler 1 500 000 kr`) may be written.
  for (const written of ['1 500', '"1 500"']) {
    it(`\`capacity: ${written}\` is 1 500, so 1 000 + 600 hours overbook it`, () => {
      const files = {
        'samstemt.yaml': CONFIG_NB.replace('resources:\n', `resources:\n  brukerstotte: { owner: ikt-fjord, capacity: ${written}, unit: timer }\n`),
        'storby.md': `---\nowner: storby\nperiod: 2026–2026\n---\n\n## Ny innbyggerportal {#portal}\n\n- Frist: 2026\n- Støtter: DS19-M2\n- Krever: brukerstotte 1 000 timer\n`,
        'midtby.md': `---\nowner: midtby\nperiod: 2026–2026\n---\n\n## Felles chatbot {#chatbot}\n\n- Frist: 2026\n- Støtter: DS19-M2\n- Krever: brukerstotte 600\n`,
      };
      const all = analyze(files);
      assert.deepEqual(all.filter((d) => d.file === 'samstemt.yaml' && d.rule === 'invalid-value'), []);
      const cap = all.filter((d) => d.rule === 'conflict-capacity');
      assert.equal(cap.length, 2);
      for (const d of cap) assert.match(d.message, /trenger 1 600 timer i året, men kapasiteten er 1 500 timer/);
    });
  }
  it('still reports a capacity that is no number', () => {
    const files = { 'samstemt.yaml': CONFIG_NB.replace('resources:\n', 'resources:\n  brukerstotte: { owner: ikt-fjord, capacity: 1 50, unit: timer }\n') };
    assert.equal(analyze(files).filter((d) => d.rule === 'invalid-value' && textAt(files, d) === '1 50').length, 1);
  });
});

describe('goals10: a system line a template left unfilled', function () {
  this.timeout(30_000);
  const files = (value: string) => ({
    'samstemt.yaml': CONFIG_NB,
    'ikt-fjord.md': `---\nowner: ikt-fjord\nperiod: 2025–2028\n---\n\n## Felles opplæring i personalsystemet {#opplaering}\n\n- Område: hr\n- Innføre: ${value}\n- Omfang: alle\n- Frist: 2027\n- Støtter: DS19-M2\n`,
    'fjellbygd.md': `---\nowner: fjellbygd\nperiod: 2025–2028\n---\n\n## Behold lønnssystemet {#behold-lonn}\n\n- Område: hr\n- Beholde: Huldt & Lillevik Lønn\n- Frist: 2027\n- Støtter: DS19-M2\n`,
  });
  const RULES = ['solution-first', 'uniform-mandate', 'conflict-system-choice'];
  it('a system that is named is introduced (solution-first, uniform-mandate, conflict-system-choice)', () => {
    assert.deepEqual([...new Set(analyze(files('Visma HRM')).filter((d) => RULES.includes(d.rule)).map((d) => d.rule))].sort(), [...RULES].sort());
  });
  // «innfører -», «innfører ingen» and «innfører TBD» name no system, as `Unntak: -` names no member.
  for (const value of ['-', '–', 'ingen', 'none', 'TBD', 'uavklart', '?', '<system>']) {
    it(`\`Innføre: ${value}\` introduces no system`, () => {
      assert.deepEqual(analyze(files(value)).filter((d) => RULES.includes(d.rule)).map((d) => d.message), []);
    });
  }
  it('a dash on `Beholde:` keeps no system, so it meets no adopt elsewhere', () => {
    const f = files('Visma HRM');
    f['fjellbygd.md'] = f['fjellbygd.md'].replace('Huldt & Lillevik Lønn', '-');
    assert.deepEqual(analyze(f).filter((d) => d.rule === 'conflict-system-choice').map((d) => d.message), []);
  });
});

describe('goals10: goal-not-measurable on an indicator that is still a placeholder', function () {
  this.timeout(30_000);
  // The message itself shows `Indikator: …`: copied as it stands, it must not make the goal measurable.
  for (const value of ['…', '<hva skal måles?>', 'TBD', '-']) {
    it(`\`Indikator: ${value}\` with a target says nothing about what is measured`, () => {
      const files = goal(`- Indikator: ${value}\n- Målverdi: 80 %\n`);
      const found = analyze(files).filter((d) => d.rule === 'goal-not-measurable');
      assert.equal(found.length, 1);
      assert.match(found[0]!.message, /har en målverdi, men sier ikke hva som skal måles/);
      assert.equal(textAt(files, found[0]!), 'Meir digital kommunikasjon');
    });
  }
  it('an indicator in words is measured', () => {
    assert.deepEqual(analyze(goal('- Indikator: andel brev sendt digitalt\n- Målverdi: 80 %\n')).filter((d) => d.rule === 'goal-not-measurable'), []);
  });
});

describe('goals10: conflict-direction on indicators that are still placeholders', function () {
  this.timeout(30_000);
  it('two goals with `Indikator: …` do not steer the same indicator', () => {
    const doc = (owner: string, dir: string) => `---\nowner: ${owner}\nperiod: 2025–2028\n---\n\n## Mål for ${owner} {#mal}\n\n- Område: okonomi\n- Indikator: …\n- Retning: ${dir}\n- Omfang: alle\n- Frist: 2027\n- Støtter: DS19-M2\n`;
    const files = { 'samstemt.yaml': CONFIG_NB, 'storby.md': doc('storby', 'øke'), 'midtby.md': doc('midtby', 'redusere') };
    assert.deepEqual(analyze(files).filter((d) => d.rule === 'conflict-direction').map((d) => d.message), []);
    // With the indicator written, they do.
    const written = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, v.replace('Indikator: …', 'Indikator: driftskostnader')]));
    assert.equal(analyze(written).filter((d) => d.rule === 'conflict-direction').length, 2);
  });
});

describe('goals10: a deadline, need or benefit written under a misspelt key', function () {
  this.timeout(30_000);
  // As for a deadline written where it is not read: the finding on that line says what to correct, and a
  // second, invented deadline (or a second `Gevinst:`) would contradict what the author wrote.
  for (const line of ['Fristt: 2027', 'Tidsfrist: 2027', 'Frist for innføring: 2027']) {
    it(`«${line}»: goal-not-measurable names the line and adds no deadline of its own`, () => {
      const files = goal(`- ${line}\n`);
      const found = analyze(files).filter((d) => d.rule === 'goal-not-measurable');
      assert.equal(found.length, 1);
      assert.match(found[0]!.message, /fristen på linje 9 blir ikke lest \(se meldingen på den linjen\)/);
      assert.deepEqual(found[0]!.fixes, []);
      assert.equal(analyze(files).filter((d) => d.rule === 'unknown-property').length, 1);
    });
  }
  it('in YAML too', () => {
    const files = {
      'samstemt.yaml': CONFIG_NB,
      'storby.yaml': 'owner: storby\nperiod: 2025-2028\ngoals:\n  - id: digital\n    title: Meir digital kommunikasjon\n    area: innbyggertjenester\n    dedline: 2027\n    supports: DS19-M3\n',
    };
    const found = analyze(files).filter((d) => d.rule === 'goal-not-measurable');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /fristen på linje 7 blir ikke lest/);
    assert.deepEqual(found[0]!.fixes, []);
  });
  it('a key that means something else still gets the finding and its fix', () => {
    const found = analyze(goal('- Ansvar: rådmannen\n')).filter((d) => d.rule === 'goal-not-measurable');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /har ingen frist og ingenting å måle/);
    assert.equal(found[0]!.fixes.length, 1);
  });
  for (const line of ['Gevinster: Sparer 3 årsverk i drift', 'Behovet: Fire ulike lønnssystem']) {
    it(`«${line}»: solution-first leaves it to unknown-property rather than add a second line`, () => {
      const files = goal(`- Innføre: Visma HRM\n- Frist: 2027\n- ${line}\n`);
      assert.deepEqual(analyze(files).filter((d) => d.rule === 'solution-first').map((d) => d.message), []);
      assert.equal(analyze(files).filter((d) => d.rule === 'unknown-property').length, 1);
    });
  }
});

describe('goals10: uniform-mandate with `Unntak` under a misspelt key', function () {
  this.timeout(30_000);
  const files = (line: string) => ({
    'samstemt.yaml': CONFIG_NB,
    'ikt-fjord.md': `---\nowner: ikt-fjord\nperiod: 2025–2028\n---\n\n## Felles personalsystem {#felles-hr}\n\n- Område: hr\n- Innføre: Visma HRM\n- Omfang: alle\n- ${line}\n- Frist: 2027\n- Behov: Fire ulike lønnssystem\n- Støtter: DS19-M2\n`,
  });
  for (const line of ['Untak: fjellbygd', 'Unntatt: fjellbygd']) {
    it(`«${line}»: left to unknown-property, not answered with a second \`Unntak:\` line`, () => {
      assert.deepEqual(analyze(files(line)).filter((d) => d.rule === 'uniform-mandate').map((d) => d.message), []);
      assert.equal(analyze(files(line)).filter((d) => d.rule === 'unknown-property').length, 1);
    });
  }
  it('a line that means something else leaves the finding', () => {
    assert.equal(analyze(files('Ansvar: HR-sjefen')).filter((d) => d.rule === 'uniform-mandate').length, 1);
  });
});

describe('goals10: amounts in an English document with commas between thousands', function () {
  this.timeout(30_000);
  // format.md §3: in a document in English a comma before a group of three digits separates thousands (`1,250,000 NOK`).
  const config = CONFIG_NB.replace('resources:\n', 'resources:\n  prosjektmidler: { owner: ikt-fjord, capacity: 6, unit: MNOK }\n  brukerstotte: { owner: ikt-fjord, capacity: 1500, unit: timer }\n');
  const en = (requires: string) => `owner: storby\nperiod: 2026-2026\nlanguage: en\ngoals:\n  - id: portal\n    title: New resident portal\n    deadline: 2026\n    supports: DS19-M2\n    requires: ${requires}\n`;
  const nb = `---\nowner: midtby\nperiod: 2026–2026\n---\n\n## Felles chatbot {#chatbot}\n\n- Frist: 2026\n- Støtter: DS19-M2\n- Krever: prosjektmidler 4 800 000 kr, brukerstotte 600\n`;
  it('`1,500,000 NOK` is one and a half million kroner, and `1,000` hours a thousand', () => {
    const files = { 'samstemt.yaml': config, 'storby.yaml': en('prosjektmidler 1,500,000 NOK, brukerstotte 1,000'), 'midtby.md': nb };
    const all = analyze(files);
    assert.deepEqual(all.filter((d) => d.rule === 'invalid-value').map((d) => d.message), []);
    const cap = all.filter((d) => d.rule === 'conflict-capacity');
    assert.ok(cap.some((d) => /«prosjektmidler» er overbooket i 2026: .* trenger 6,3 mill\. kr i året, men kapasiteten er 6 mill\. kr/.test(d.message)), cap.map((d) => d.message).join('\n'));
    assert.ok(cap.some((d) => /«brukerstotte» er overbooket i 2026: .* trenger 1 600 timer i året, men kapasiteten er 1 500 timer/.test(d.message)), cap.map((d) => d.message).join('\n'));
  });
  it('a decimal comma stays a decimal comma (`0,5`), in English as in Norwegian', () => {
    const files = { 'samstemt.yaml': config, 'storby.yaml': en('prosjektmidler 1,2'), 'midtby.md': nb };
    const cap = analyze(files).filter((d) => d.rule === 'conflict-capacity');
    assert.ok(!cap.some((d) => /«prosjektmidler»/.test(d.message)), 'no overbooking: 1,2 + 4,8 = 6');
  });
  it('in a Norwegian document `1,500` keeps its decimal comma', () => {
    const files = { 'samstemt.yaml': config, 'midtby.md': nb.replace('prosjektmidler 4 800 000 kr', 'prosjektmidler 1,500') };
    assert.deepEqual(analyze(files).filter((d) => d.rule === 'conflict-capacity' || d.rule === 'invalid-value').map((d) => d.message), []);
  });
});

describe('goals10: a deadline written as the period of the goal', function () {
  this.timeout(30_000);
  // `Frist: 2026–2028`, as the document's `period` is written: the deadline is the end of that period, as for `Q3 2026`.
  for (const [key, value, meant] of [
    ['Frist', '2026–2028', '2028-12-31'],
    ['Frist', '2026-2028', '2028-12-31'],
    ['Frist', '2026–28', '2028-12-31'],
    ['Frist', '2026 – 2028', '2028-12-31'],
    ['Frå', '2026–2028', '2026-01-01'],
  ] as const) {
    it(`«${key}: ${value}» gets the fix ${meant}`, () => {
      const files = goal(`- ${key}: ${value}\n${key === 'Frå' ? '- Frist: 2028\n' : ''}`, true);
      const d = analyze(files).find((x) => x.rule === 'invalid-value');
      assert.ok(d, 'reported');
      assert.equal(textAt(files, d), value);
      assert.ok(d.message.includes(meant), d.message);
      assert.ok(applyFix(files, d)['storby.md']!.includes(`- ${key}: ${meant}\n`));
    });
  }
  it('a period that ends before it starts gets no fix', () => {
    const files = goal('- Frist: 2028–2026\n', true);
    const d = analyze(files).find((x) => x.rule === 'invalid-value');
    assert.ok(d);
    assert.deepEqual(d.fixes, []);
  });
});

describe('goals10: a target written as a share, «4 av 5»', function () {
  this.timeout(30_000);
  for (const [value, nn, meant] of [
    ['4 av 5', false, '80 %'],
    ['3 av 4 innbyggjarar', true, '75 %'],
    ['9 out of 10', false, '90 %'],
  ] as const) {
    it(`«Målverdi: ${value}» is read as ${meant}, with a warning and the fix ${meant}`, () => {
      const files = goal(`- Indikator: fornøgde brukarar\n- Målverdi: ${value}\n`, nn);
      const found = analyze(files).filter((d) => d.rule === 'invalid-value');
      assert.equal(found.length, 1);
      assert.equal(found[0]!.severity, 'warning');
      assert.equal(textAt(files, found[0]!), value);
      assert.ok(found[0]!.message.includes(meant), found[0]!.message);
      assert.ok(applyFix(files, found[0]!)['storby.md']!.includes(`- Målverdi: ${meant}\n`));
      assert.deepEqual(analyze(files).filter((d) => d.rule === 'goal-not-measurable'), []);
    });
  }
  it('a share that is no whole per cent («2 av 3») stays an error, with no guess', () => {
    const found = analyze(goal('- Indikator: fornøgde brukarar\n- Målverdi: 2 av 3\n')).filter((d) => d.rule === 'invalid-value');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'error');
    assert.deepEqual(found[0]!.fixes, []);
  });
});

describe('goals10: a baseline or target with an aside in parentheses', function () {
  this.timeout(30_000);
  // As a system name's aside (`Visma HRM (lønn og personal)`, format.md §3) is not part of it.
  it('`Utgangspunkt: 45 % (2024)` and `Målverdi: 80 % (måles årlig)` are 45 and 80', () => {
    const props = (dir: string) => `- Indikator: andel søknader levert digitalt\n- Retning: ${dir}\n- Utgangspunkt: 45 % (2024)\n- Målverdi: 80 % (måles årlig)\n`;
    assert.deepEqual(analyze(goal(props('øke'))).filter((d) => d.rule === 'invalid-value' || d.rule === 'goal-not-measurable').map((d) => d.message), []);
    // Read as numbers: «redusere» from 45 to 80 is what the numbers contradict.
    const against = analyze(goal(props('redusere'))).filter((d) => d.rule === 'invalid-value');
    assert.equal(against.length, 1);
    assert.equal(against[0]!.severity, 'warning');
  });
  it('an aside alone, or a value that is no number before it, is still reported', () => {
    for (const v of ['(2024)', 'halvere (fra 2024)']) {
      assert.equal(analyze(goal(`- Indikator: andel\n- Målverdi: ${v}\n`)).filter((d) => d.rule === 'invalid-value' && d.severity === 'error').length, 1, v);
    }
  });
});
