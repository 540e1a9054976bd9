/**
 * A cooperation written mostly in nynorsk, from format.md alone: «Straumfjord
 * IKT», an ICT company and four municipalities from 31 000 down to 870
 * inhabitants, with `språk: nn` and nynorsk keys in samstemt.yaml (`medlemer`,
 * `namn`, `innbyggjarar`, `indikatorar`, `ressursar`, `eigar`, `eining`), its own
 * nynorsk areas, three nynorsk Markdown documents (one with `språk: nn`, two
 * taking the language from the workspace), a bokmål Markdown document without
 * a language key and a nynorsk YAML document. It holds the words a nynorsk
 * author writes that the contract does not spell (`Frå og med:`, `Ansvarleg
 * eining:`, `Retning: minke`, `Status: i gang`, `Status: avbrote`, `Prioritet:
 * høgast`, `31. desember 2026`, `utgangen av 2027`) and a description of today
 * in nynorsk word order («Kvar kommune arkiverer i dag i sitt eige system»).
 * Checked through the CLI as that author reads it: findings on both goals, on
 * the text they are about, in nynorsk, with the fix.
 */
import { strict as assert } from 'node:assert';
import { runCli } from '../helpers/cli.js';
import { checkedFixture, itReportsOnBothGoals } from '../helpers/fixture.js';

const DIR = 'test/fixtures/straumfjord';

/** Bokmål forms a nynorsk reader would notice, outside quoted titles and code. */
const BOKMAL = /(?<!\p{L})(?:ikke|hva|hvordan|hvis|bare|noen|noe|hvilke|hvilken|være|egen|eget|egne|uten|flere|hver|fra|ble|blitt|sjekket|støtter|bidrar|mulige?|løsninger|tjenester|medlemmer|begrunnelse|Mente du|overbooket|trenger)(?!\p{L})/iu;
/** What the tool itself says: quoted titles and values («…») and code spans left out. */
const ownWords = (m: string) => m.replace(/«[^«»]*»/g, '').replace(/`[^`]*`/g, '');

describe('a cooperation written in nynorsk (test/fixtures/straumfjord)', () => {
  const fx = checkedFixture(DIR);
  const { on, textAt } = fx;

  const seen: [string, string, string][] = [
    ['conflict-direction', 'dalheim#eiga-drift', 'straumfjord-ikt#lagare-driftsutgifter'],
    ['conflict-deadline', 'sølvik#digital-byggjesak', 'straumfjord-ikt#innbyggjarportal'],
    ['conflict-capacity', 'sølvik#digital-byggjesak', 'straumfjord-ikt#felles-arkiv'],
    ['conflict-capacity', 'straumfjord-ikt#innbyggjarportal', 'straumfjord-ikt#felles-arkiv'],
  ];
  itReportsOnBothGoals(fx, seen);

  it('turns the conflict Nesøy accepted in YAML (reason after an en dash) into an info with the reason, on both goals', () => {
    for (const goal of ['nesøy#behalde-arkiv', 'straumfjord-ikt#felles-arkiv']) {
      const [d, ...rest] = on('conflict-system-choice', goal);
      assert.equal(rest.length, 0, goal);
      assert.equal(d!.severity, 'info');
      assert.match(d!.message, /^Akseptert konflikt: .* Grunngjeving \(i «Behalde dagens arkivsystem ut avtaleperioden»\): «kommunestyret vedtok 12\. mars 2025 å vente til avtalen går ut»$/);
    }
  });

  it('reads «Kvar kommune arkiverer i dag i sitt eige system» as the situation today, not as a stance against the shared system', () => {
    assert.deepEqual(fx.diagnostics.filter((d) => d.rule === 'possible-conflict').map((d) => `${d.goal}: ${d.message}`), []);
  });

  it('reads the nynorsk words the contract does not spell: «Retning: minke», «Status: avbrote»', () => {
    for (const text of ['minke', 'avbrote']) assert.equal(fx.diagnostics.find((d) => d.rule === 'invalid-value' && textAt(d) === text), undefined, text);
    // Read as `decrease`, «minke» is where the opposite direction is shown.
    assert.equal(textAt(on('conflict-direction', 'straumfjord-ikt#lagare-driftsutgifter')[0]!), 'minke');
    // Read as `dropped`, the goal asks for nothing more.
    assert.deepEqual(on('solution-first', 'sølvik#velferdsteknologi'), []);
  });

  it('reads nynorsk keys in samstemt.yaml and the documents, the bokmål document beside them, and the workspace areas', () => {
    const r = runCli(['report', DIR, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(report.members, ['straumfjord-ikt', 'sølvik', 'dalheim', 'straumvik', 'nesøy']);
    assert.deepEqual(report.coverage.straumvik['DS19-I9'], ['straumvik#sentral-brukerstotte']);
    assert.deepEqual(report.coverage.dalheim['DS19-I9'], ['dalheim#eiga-drift']);
    assert.deepEqual(fx.diagnostics.filter((d) => d.file === 'samstemt.yaml' && d.rule !== 'objective-uncovered'), []);
    assert.deepEqual(fx.diagnostics.filter((d) => ['unknown-member', 'missing-owner', 'parse-error'].includes(d.rule) || (d.rule === 'invalid-value' && /område|Område/.test(d.message))), []);
  });

  it('points every finding in a strategy document at one line of text as written', () => {
    for (const d of fx.diagnostics.filter((x) => x.file.startsWith('strategiar/'))) {
      const t = textAt(d);
      assert.ok(t !== undefined && t.length > 0, `${d.file}:${d.range.start.line + 1} ${d.rule} spans lines`);
      assert.equal(t, t.trim(), `${d.file}:${d.range.start.line + 1} ${d.rule} «${t}»`);
    }
  });

  it('speaks nynorsk: no bokmål form in what the tool itself says', () => {
    for (const d of fx.diagnostics) {
      assert.doesNotMatch(ownWords(d.message), BOKMAL, `${d.file}:${d.range.start.line + 1} ${d.rule}: ${d.message}`);
      for (const r of d.related ?? []) assert.doesNotMatch(ownWords(r.message ?? ''), BOKMAL, `${d.rule} related: ${r.message}`);
    }
  });

  it('writes keys in the language of the document in its advice: nynorsk in nynorsk documents, bokmål in the bokmål one', () => {
    const advice = (file: string) => fx.diagnostics.filter((d) => d.file === `strategiar/${file}`).map((d) => d.message).join('\n');
    assert.match(advice('straumvik.md'), /`Støtter: DN30-/);
    assert.doesNotMatch(advice('straumvik.md'), /`Støttar:/);
    for (const file of ['straumfjord-ikt.md', 'soelvik.md', 'dalheim.md']) assert.doesNotMatch(advice(file), /`(?:Støtter|Bidrar til|Krever|Beholde|Ansvarlig|Fra):/, file);
  });

  it('says the fix for the words a nynorsk author writes', () => {
    const at = (file: string, line: number, text: string, rule: string) => {
      const d = fx.diagnostics.find((x) => x.file === `strategiar/${file}` && x.rule === rule && textAt(x) === text);
      assert.ok(d, `no ${rule} on «${text}» in ${file}`);
      assert.equal(d.range.start.line + 1, line, `${text} in ${file}`);
      return d.message;
    };
    assert.match(at('straumfjord-ikt.md', 20, 'Frå og med', 'unknown-property'), /^«Frå og med» er ikkje ein måleigenskap, så Samstemt overser denne linja\. Meinte du «Frå»\?/);
    assert.equal(at('straumfjord-ikt.md', 21, '31. desember 2026', 'invalid-value'), '«31. desember 2026» er 2026-12-31 skrive på ein annan måte; Samstemt les datoar berre som ÅÅÅÅ-MM-DD. Skriv 2026-12-31.');
    assert.match(at('straumfjord-ikt.md', 26, 'Ansvarleg eining', 'unknown-property'), /Meinte du «Ansvarleg»\?/);
    assert.equal(at('straumfjord-ikt.md', 27, 'i gang', 'invalid-value'), '«i gang» er ikkje ein gyldig verdi for Status. Meinte du «pågår»? Tillatne verdiar: planlagt, pågår, fullført, avbroten.');
    assert.equal(at('straumfjord-ikt.md', 44, 'høgast', 'invalid-value'), '«høgast» er ikkje ein gyldig verdi for Prioritet. Meinte du «høg»? Tillatne verdiar: høg, middels, låg.');
    assert.match(at('dalheim.md', 24, 'utgangen av 2027', 'invalid-value'), /skriv han som ÅÅÅÅ-MM-DD, 2027-12-31/);
    assert.match(at('straumfjord-ikt.md', 49, 'Innbyggjarportalen', 'solution-first'), /legg til `Behov: …` \(kva problem som blir løyst, og for kven\) og `Gevinst: …`/);
    assert.match(at('straumfjord-ikt.md', 52, 'utviklarar 4', 'conflict-capacity'), /Moglege løysingar: sprei måla over ulike år \(`Frå:`\/`Frist:`\), reduser behovet, auk kapasiteten/);
  });

  it('lists the goals with no national objective as unlinked in the report', () => {
    const report = JSON.parse(runCli(['report', DIR, '--format', 'json']).stdout);
    assert.deepEqual(report.unlinked, ['nesøy#behalde-arkiv', 'nesøy#skanning', 'nesøy#velferd-nesoy', 'sølvik#digital-byggjesak', 'straumfjord-ikt#innbyggjarportal']);
  });
});
