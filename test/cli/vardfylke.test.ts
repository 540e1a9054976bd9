/**
 * A county-level cooperation written from format.md alone
 * (test/fixtures/vardfylke): «Digitale Vardfylke», a county municipality
 * (fylkeskommune), three municipalities, an ICT company and a network, with a
 * regional framework file (VARD-DIGI) next to DS19 and DN30. The health
 * network is also a cooperation of its own, with its own samstemt.yaml in a
 * folder of the county's. Mostly YAML, one member writes in English, and the
 * mistakes a county adviser makes: misspelt keys and IDs, a framework
 * objective that does not exist, dates in several forms, and references
 * across the nested cooperations. Checked through the CLI as its users run it.
 */
import { strict as assert } from 'node:assert';
import { runCli } from '../helpers/cli.js';
import { checkedFixture, itReportsOnBothGoals } from '../helpers/fixture.js';

const DIR = 'test/fixtures/vardfylke';

describe('a county cooperation with its own framework and a nested network (test/fixtures/vardfylke)', () => {
  const fx = checkedFixture(DIR);
  const { textAt } = fx;

  itReportsOnBothGoals(fx, [
    // The largest member keeps its own portal while the county's shared portal covers it.
    ['conflict-system-choice', 'havnes#egen-portal', 'vardfylke#felles-innbyggerportal'],
    // The smallest member accepted that conflict, with the council's decision as its reason.
    ['conflict-system-choice', 'skarvoy#keep-portal', 'vardfylke#felles-innbyggerportal'],
    ['conflict-system-choice', 'lauvdal#arkiv', 'vard-ikt#felles-arkiv'],
    ['conflict-direction', 'havnes#bredband', 'vardfylke#bredband-alle'],
    ['conflict-capacity', 'vard-ikt#felles-arkiv', 'vard-ikt#drift-portal'],
  ]);

  const at = (file: string, text: string, rule: string) => {
    const d = fx.diagnostics.find((x) => x.file === file && x.rule === rule && textAt(x) === text);
    assert.ok(d, `no ${rule} on «${text}» in ${file}: ${JSON.stringify(fx.diagnostics.filter((x) => x.file === file).map((x) => [x.rule, textAt(x)]))}`);
    return d;
  };

  it('says the fix for the mistakes authors make, at the text they wrote', () => {
    assert.match(at('strategier/vardfylke.yaml', '31.12.2025', 'invalid-value').message, /Skriv 2025-12-31\./);
    assert.match(at('strategier/vardfylke.yaml', 'desember 2026', 'invalid-value').message, /2026-12-31/);
    assert.match(at('strategier/vardfylke.yaml', 'Q4 2026', 'invalid-value').message, /2026-12-31/);
    assert.match(at('strategier/havnes.md', '1. juli 2026', 'invalid-value').message, /Skriv 2026-07-01\./);
    assert.match(at('strategier/skarvoy.yaml', '12/31/2026', 'invalid-value').message, /Skriv 2026-12-31\./);
    assert.match(at('strategier/vardfylke.yaml', 'deadlin', 'unknown-property').message, /Mente du «deadline»\?/);
    assert.match(at('strategier/havnes.md', 'Støter', 'unknown-property').message, /Mente du «Støtter»\?/);
    assert.match(at('strategier/vardfylke.yaml', 'skarvøy', 'unknown-member').message, /Mente du «skarvoy»\?/);
    assert.match(at('strategier/lauvdal.yaml', 'vardfylke#kompetanselØft', 'unknown-goal-ref').message, /Mente du vardfylke#kompetanseløft\?/);
  });

  it('links to the regional framework: its IDs in any case, a wrong one with the regional objective the text fits', () => {
    assert.match(at('strategier/vardfylke.yaml', 'VARD-DIGI-5', 'unknown-objective').message, /\(DS19, DN30, VARD-DIGI\).*VARD-DIGI-4 «Samarbeid om velferdsteknologi og digital helse»/);
    assert.deepEqual(fx.diagnostics.filter((d) => d.rule === 'unknown-objective').map((d) => textAt(d)), ['VARD-DIGI-5'], '`vard-digi-2` is VARD-DIGI-2');
    const unlinked = fx.on('goal-unlinked', 'vardfylke#regional-helse')[0] as { suggestions?: { objective: string }[] } | undefined;
    assert.equal(unlinked?.suggestions?.[0]?.objective, 'VARD-DIGI-4');
    const r = runCli(['report', DIR, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(report.coverage.vardfylke['VARD-DIGI-2'], ['vardfylke#felles-innbyggerportal']);
    assert.deepEqual(report.coverage.lauvdal['VARD-DIGI-3'], ['lauvdal#opplaering']);
  });

  it('keeps the nested network apart: its goals and findings are its own, and the county does not see its goals', () => {
    const nested = fx.diagnostics.filter((d) => d.file.startsWith('strategier/helsenettverket/'));
    assert.ok(nested.some((d) => d.goal === 'helsenettverket#felles-velferdsteknologi'));
    // The network's framework file path leaves its folder: told, with the fix.
    assert.match(at('strategier/helsenettverket/samstemt.yaml', '../../rammeverk/vardfylke-digital.yaml', 'invalid-value').message, /utenfor mappen til samarbeidet/);
    const r = runCli(['report', DIR, '--format', 'json']);
    const report = JSON.parse(r.stdout);
    assert.equal(report.cooperation, 'Digitale Vardfylke');
    assert.ok(!JSON.stringify(report.coverage).includes('helsenettverket#'), 'the network\'s goals are not in the county\'s report');
  });

  it('tells the portfolio council that the network\'s strategy is in its own cooperation, with a report of its own, not missing', () => {
    const md = runCli(['report', DIR, '--format', 'md']);
    assert.equal(md.status, 0, md.stderr);
    assert.match(md.stdout, /^> Uten strategidokument \(ingen mål i rapporten\): Helsenettverket i Vardfylke \(medlem av «Helsenettverket i Vardfylke», strategier\/helsenettverket\/samstemt\.yaml: et eget samarbeid med egen rapport\)\.$/m);
    const html = runCli(['report', DIR, '--format', 'html', '--lang', 'en']);
    assert.match(html.stdout, /Without a strategy document \(no goals in this report\): Helsenettverket i Vardfylke \(a member of &quot;Helsenettverket i Vardfylke&quot;, strategier\/helsenettverket\/samstemt\.yaml: a cooperation of its own, with a report of its own\)\./);
  });

  it('tells a reference into the nested network that it crosses into another cooperation, not to add a document that is already there', () => {
    for (const [file, goal] of [['strategier/vardfylke.yaml', 'vardfylke#regional-helse'], ['strategier/havnes.md', 'havnes#velferdsteknologi'], ['strategier/skarvoy.yaml', 'skarvoy#welfare-tech']] as const) {
      const d = fx.on('unknown-goal-ref', goal)[0];
      assert.ok(d, `no unknown-goal-ref on ${goal}`);
      assert.equal(d.file, file);
      assert.equal(textAt(d), 'helsenettverket#felles-velferdsteknologi');
      assert.match(d.message, /helsenettverket er medlem av «Helsenettverket i Vardfylke» \(strategier\/helsenettverket\/samstemt\.yaml\)/, d.message);
      assert.match(d.message, /går aldri på tvers av samarbeid/);
      assert.doesNotMatch(d.message, /Legg strategidokumentet/);
    }
  });

  it('tells the network that the county is the cooperation around it, not an unknown member', () => {
    const d = at('strategier/helsenettverket/strategier/helsenettverket.yaml', 'vardfylke', 'unknown-member');
    assert.match(d.message, /«vardfylke», som ikke er medlem av dette samarbeidet, men av «Digitale Vardfylke» \(\.\.\/\.\.\/samstemt\.yaml\)/, d.message);
    assert.doesNotMatch(d.message, /Medlemmer: /);
  });

  it('says the same in English and nynorsk', () => {
    for (const [lang, re] of [['en', /helsenettverket is a member of "Helsenettverket i Vardfylke" \(strategier\/helsenettverket\/samstemt\.yaml\).*never cross cooperations/], ['nn', /helsenettverket er medlem av «Helsenettverket i Vardfylke» \(strategier\/helsenettverket\/samstemt\.yaml\)\. Kvar samstemt\.yaml er eit eige samarbeid, og måltilvisingar går aldri på tvers av samarbeid/]] as const) {
      const r = runCli(['check', DIR, '--format', 'json', '--lang', lang]);
      const d = JSON.parse(r.stdout).diagnostics.find((x: { rule: string; goal?: string }) => x.rule === 'unknown-goal-ref' && x.goal === 'vardfylke#regional-helse');
      assert.match(d.message, re, d.message);
    }
  });

  it('gives CI the paths from the repository root and the exit codes of cli.md', () => {
    const gh = runCli(['check', DIR, '--format', 'github']);
    assert.equal(gh.status, 1);
    assert.match(gh.stdout, /^::error file=test\/fixtures\/vardfylke\/strategier\/helsenettverket\/strategier\/helsenettverket\.yaml,line=18,col=18,/m);
    const sarif = JSON.parse(runCli(['check', DIR, '--format', 'sarif']).stdout);
    const uris = new Set(sarif.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri));
    assert.ok(uris.has('test/fixtures/vardfylke/strategier/vardfylke.yaml') && uris.has('test/fixtures/vardfylke/strategier/helsenettverket/samstemt.yaml'), [...uris].join(' '));
    assert.equal(runCli(['suggest', `${DIR}/strategier/vardfylke.yaml#regional-helse`]).status, 0);
    const objectives = runCli(['objectives', DIR, '--framework', 'vard-digi']);
    assert.equal(objectives.status, 0, objectives.stderr);
    assert.match(objectives.stdout, /^ {4}VARD-DIGI-2-1 +Digital skyss og bestillingstransport$/m);
  });
});
