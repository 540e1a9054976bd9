/**
 * possible-conflict on goals as cooperations write them, for audit 12
 * (test/fixtures/topics12, «Nordfjell IKT»): a company and four members of
 * 41 000, 8 200, 2 300 and 650 inhabitants, in bokmål, English and nynorsk.
 * The expectations are the fixture's EXPECTED.md, written from rules.md and
 * docs/rules/possible-conflict.md before the tool ran: true opposites in
 * several wordings give the hint on both goals with the words as written;
 * look-alikes (less paper / more digital, old system out / new system in,
 * own training on the shared platform, a negated direction) give none.
 */
import { strict as assert } from 'node:assert';
import path from 'node:path';
import { runCli, type JsonDiagnostic } from '../helpers/cli.js';
import { CONFIG_NB, REPO } from '../helpers/workspace.js';
import { analyzeConflictRule, conflictMd as md } from '../helpers/rules.js';

const RULE = 'possible-conflict';
const ROOT = path.join(REPO, 'test/fixtures/topics12');

/** [company goal, member goal, words on the company goal, words on the member goal] (EXPECTED.md, «HINT» rows). */
const HINTS: readonly [string, string, string, string][] = [
  ['sentral-brukerstotte', 'skarvik#lokal-brukarstotte', '«Sentralisere brukerstøtten»', '«Brukarstøtta … desentraliserast»'],
  ['skytjenester', 'isfjord#mindre-skytenester', '«Øke … skytjenester»', '«Redusere … skytenester»'],
  ['felles-nettverk', 'isfjord#eigen-brannmur', '«Felles brannmur»', '«Eigen brannmur»'],
  ['phase-out-servers', 'brekke#new-servers', '«Phase out on-premise»', '«Introduce … on-premise»'],
  ['felles-innkjop', 'elvstad#egne-innkjop', '«Felles innkjøp»', '«Egne innkjøp»'],
  ['felles-sak', 'skarvik#eige-arkiv', '«Felles … arkivsystem»', '«Eige arkivsystem»'],
  ['felles-journal', 'isfjord#eige-journal', '«Felles journalsystem»', '«Eige journalsystem»'],
  ['pc-oppsett', 'elvstad#pc-sykehjem', '«Harmonisere oppsettet»', '«Lokal tilpasning … PC-oppsettet»'],
  ['skrivere', 'skarvik#skrivarar', '«Redusere … skrivere»', '«Auke … skrivarar»'],
  ['tilgangsstyring', 'elvstad#tilgang-lokalt', '«Standardisere tilgangsstyringen»', '«Tilpasse tilgangsstyringen»'],
  ['shared-soc', 'brekke#own-monitoring', '«Shared security»', '«own security»'],
];

describe(`${RULE} in «Nordfjell IKT» (test/fixtures/topics12), through the CLI`, function () {
  this.timeout(60000);
  let ds: JsonDiagnostic[] = [];
  before(() => {
    const run = runCli(['check', ROOT, '--format', 'json']);
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    ds = (JSON.parse(run.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics.filter((d) => d.rule === RULE);
  });

  for (const [company, member, companyWords, memberWords] of HINTS) {
    const a = `nordfjell-ikt#${company}`;
    it(`hints ${a} ↔ ${member} on both goals, quoting ${companyWords} and ${memberWords}`, () => {
      for (const [self, other] of [[a, member], [member, a]] as const) {
        const found = ds.filter((d) => d.goal === self && (d.related ?? []).some((r) => r.goal === other));
        assert.equal(found.length, 1, `${self} about ${other}`);
        assert.equal(found[0]!.severity, 'hint');
        assert.ok(found[0]!.message.includes(`sier ${self === a ? companyWords : memberWords}, mens`), found[0]!.message);
        assert.ok(found[0]!.message.includes(`sier ${self === a ? memberWords : companyWords}.`), found[0]!.message);
      }
    });
  }

  it('gives no other hint (the look-alikes of EXPECTED.md stay silent)', () => {
    const expected = new Set(HINTS.flatMap(([c, m]) => [`nordfjell-ikt#${c} ${m}`, `${m} nordfjell-ikt#${c}`]));
    const extra = ds.map((d) => `${d.goal} ${(d.related ?? []).map((r) => r.goal).join(',')}`).filter((k) => !expected.has(k));
    assert.deepEqual(extra, []);
  });
});

describe(`${RULE}: look-alikes between two goals`, function () {
  this.timeout(10000);
  /** The goals with a hint between a company goal and a Fjellbygd goal (scope: all members, so they overlap). */
  const hints = (company: string, member: string) =>
    analyzeConflictRule(RULE, {
      'samstemt.yaml': CONFIG_NB,
      'ikt-fjord.md': md('ikt-fjord', `## ${company} {#selskap}\n\n- Omfang: alle\n- Frist: 2026-12-31\n`),
      'fjellbygd.md': md('fjellbygd', `## ${member} {#medlem}\n\n- Frist: 2026-12-31\n`),
    }).map((d) => d.goal!);

  const silent: [string, string, string][] = [
    // An old system retired, a new one introduced for the same need: «nytt» and «gamle» are different modifiers.
    ['Innføre nytt arkivsystem', 'Avvikle det gamle arkivsystemet', 'new vs old'],
    ['Innføre nye fagsystem', 'Fase ut gamle fagsystem', 'new vs old, plural'],
    ['Introduce a new payroll system', 'Retire the old payroll system', 'new vs old, English'],
    // «Eiga opplæring på læringsplattforma» is own training, on the shared platform.
    ['Felles læringsplattform for skolene', 'Eiga opplæring på læringsplattforma for lærarane', 'own X on the shared Y'],
    ['Felles fagsystem for barnevernet', 'Egen kontaktperson for fagsystemet i Fjellbygd', 'own contact for the shared system'],
    ['Shared document management system', 'Own training in the document management system', 'own training, English'],
    // The topic of «innføre»/«avvikle» is what is introduced or retired, not the service it is for.
    ['Innføre digitale skjema i barnevernet', 'Avvikle papirskjema i barnevernet', 'new forms in, paper forms out, same service'],
    ['Innføre nye fagsystem i helse', 'Fase ut gamle fagsystem i helse', 'new vs old, the service after «i»'],
  ];
  for (const [company, member, why] of silent) {
    it(`gives no hint between «${company}» and «${member}» (${why})`, () => {
      assert.deepEqual(hints(company, member), []);
    });
  }

  // A goal that removes or replaces its own servers moves towards the shared ones, as «avvikle egne servere» does.
  const awayFromOwn: [string, string][] = [
    ['Felles servere for alle', 'Fjerne egne servere'],
    ['Felles servere for alle', 'Erstatte egne servere med skytjenester'],
    ['Felles servere for alle', 'Gå bort fra egne servere'],
    ['Felles servere for alle', 'Bytte ut egne servere'],
    ['Felles servere for alle', 'Kvitte seg med eigne serverar'],
    ['Felles servere for alle', 'Fjerne dei lokale serverane'],
    ['Felles servere for alle', 'Ingen egne servere etter 2026'],
    ['Shared servers for all members', 'Remove our own servers'],
    ['Shared servers for all members', 'Replace our own servers with cloud services'],
    ['Shared servers for all members', 'Move away from own servers'],
    ['Shared servers for all members', 'Get rid of local servers'],
  ];
  for (const [company, member] of awayFromOwn) {
    it(`gives no hint between «${company}» and «${member}» (away from own servers)`, () => {
      assert.deepEqual(hints(company, member), []);
    });
  }

  // «Eigne superbrukarar og felles servicedesk»: «eigne» is about the super users; the service desk has its own «felles».
  const coordinated: [string, string][] = [
    ['Felles servicedesk for alle', 'Eigne superbrukarar og felles servicedesk'],
    ['Felles innkjøp av lisenser', 'Egne kontaktpersoner og felles innkjøp av lisenser'],
    ['Sentralisere brukerstøtten', 'Desentralisere opplæringa og sentralisere brukarstøtta'],
  ];
  for (const [company, member] of coordinated) {
    it(`gives no hint between «${company}» and «${member}» (another direction word starts another object)`, () => {
      assert.deepEqual(hints(company, member), []);
    });
  }

  // The negation a few words before: «ikkje lenger ha eigne», «ikke behov for egne», «no longer run our own».
  const negatedFurther: [string, string][] = [
    ['Felles servere for alle', 'Skarvik skal ikkje lenger ha eigne serverar'],
    ['Felles servere for alle', 'Vi har ikke behov for egne servere'],
    ['Felles servere for alle', 'Ikkje behov for eigne serverar lenger'],
    ['Shared servers for all members', 'We will no longer run our own servers'],
  ];
  for (const [company, member] of negatedFurther) {
    it(`gives no hint between «${company}» and «${member}» (negated a few words before)`, () => {
      assert.deepEqual(hints(company, member), []);
    });
  }

  const meant: [string, string][] = [
    // Nynorsk «no» is «now», not a negation.
    ['Felles servere for alle', 'Vi vil no ha eigne serverar i Fjellbygd'],
    ['Felles servere for alle', 'Ikke bare felles drift, men egne servere'],
    ['Felles servicedesk for alle', 'Egne superbrukere og egen servicedesk'],
    ['Sentralisere innkjøp og lisensforvaltning', 'Desentralisere lisensforvaltninga'],
    ['Øke bruken av felles løsninger', 'Redusere bruken av felles løsninger'],
    ['Felles servere for alle', 'Bytte til egne servere'],
    ['Felles servere for alle', 'Slutte seg til egne servere i Fjellbygd'],
    ['Avvikle felles servere', 'Erstatte egne servere med felles servere'],
    ['Innføre nytt arkivsystem', 'Avvikle det nye arkivsystemet'],
    ['Innføre nytt arkivsystem', 'Avvikle arkivsystemet'],
    ['Felles læringsplattform for skolene', 'Eiga læringsplattform for skulen i Fjellbygd'],
    ['Felles innkjøp av programvare', 'Egne innkjøp av programvare'],
    ['Felles drift av serverane', 'Lokal drift av serverane'],
    ['Innføre e-faktura i økonomitjenesten', 'Avvikle e-faktura'],
    ['Sentralisere drifta av serverane', 'Desentralisere drifta av serverane'],
    ['Fellesløsninger for arkiv', 'Egne løsninger for arkiv'],
  ];
  for (const [company, member] of meant) {
    it(`still hints between «${company}» and «${member}»`, () => {
      assert.deepEqual(hints(company, member).sort(), ['fjellbygd#medlem', 'ikt-fjord#selskap']);
    });
  }
});
