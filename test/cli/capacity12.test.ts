/**
 * Shared capacity, deadlines and contribution chains in «Breiskog IKT»
 * (test/fixtures/capacity12), through the CLI as a process: what
 * EXPECTED.md says from the contract (rules.md, cli.md, docs/rules) — which
 * year, the sum against the capacity, every goal of a conflict reported at
 * its own value, related locations on the other goals and the capacity —
 * in `--format json`, `sarif` and `stylish`.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, type JsonDiagnostic } from '../helpers/cli.js';
import { REPO } from '../helpers/workspace.js';

const ROOT = path.join(REPO, 'test/fixtures/capacity12');
type Diag = Omit<JsonDiagnostic, 'related'> & { related?: { file: string; goal?: string; message: string; range: JsonDiagnostic['range'] }[] };

describe('conflicts of capacity, deadlines and cycles in «Breiskog IKT» (test/fixtures/capacity12), through the CLI', function () {
  this.timeout(60000);
  let ds: Diag[] = [];
  const lines = new Map<string, string[]>();
  const textOf = (file: string, r: JsonDiagnostic['range']) => {
    if (!lines.has(file)) lines.set(file, readFileSync(path.join(ROOT, file), 'utf8').split('\n'));
    assert.equal(r.start.line, r.end.line, 'one line');
    return lines.get(file)![r.start.line]!.slice(r.start.character, r.end.character);
  };
  /** `goal rule severity [text covered]` of every finding of `rule`. */
  const seen = (rule: string) => ds.filter((d) => d.rule === rule).map((d) => `${d.goal} ${d.severity} [${textOf(d.file, d.range)}]`).sort();

  before(() => {
    const run = runCli(['check', ROOT, '--format', 'json']);
    assert.equal(run.status, 1, run.stderr);
    ds = (JSON.parse(run.stdout) as { diagnostics: Diag[] }).diagnostics;
  });

  it('reports «utvikling» over capacity in 2026 only (10,5 against 10; 2027 is exactly 10), on all four goals, at their own demand', () => {
    const over = ds.filter((d) => d.rule === 'conflict-capacity' && d.message.includes('«utvikling»'));
    assert.deepEqual(over.map((d) => `${d.goal} ${d.severity} [${textOf(d.file, d.range)}]`).sort(), [
      'breiskog-ikt#innlemming-fagerdal warning [utvikling 4]',
      'breiskog-ikt#innlemming-kvernes warning [utvikling 3]',
      'elvik#ki-byggesak warning [utvikling 2,5]',
      'holmvatn#planregister warning [utvikling 1]',
    ]);
    for (const d of over) {
      assert.match(d.message, /^«utvikling» er overbooket i 2026: målene som er aktive da, trenger 10,5 årsverk i året, men kapasiteten er 10 årsverk\. Behov: «Innlemming av Fagerdal kommune» \(Breiskog IKT AS\) 4 årsverk; «Innlemming av Kvernes kommune» \(Breiskog IKT AS\) 3 årsverk; «KI-støttet byggesaksbehandling» \(Elvik kommune\) 2,5 årsverk; «Digitalt planregister» \(Holmvatn kommune\) 1 årsverk\. Mulige løsninger: /);
      // The way out names a real goal of the overbooking, and the keys as the goal's document writes them.
      assert.match(d.message, /`Aksepterer: breiskog-ikt#innlemming-(fagerdal|kvernes) — <begrunnelse>`\.$/);
      assert.ok(d.message.includes(d.goal === 'holmvatn#planregister' ? '(`Frå:`/`Frist:`)' : '(`Fra:`/`Frist:`)'), d.message);
      // Related: the three other demands at their items, and the capacity in samstemt.yaml.
      const related = (d.related ?? []).map((r) => `${r.goal ?? r.file} [${textOf(r.file, r.range)}]`);
      assert.equal(related.length, 4);
      assert.ok(!related.some((r) => r.startsWith(`${d.goal} `)), 'not itself');
      assert.equal(related[3], 'samstemt.yaml [utvikling]');
      assert.equal(d.related![3]!.message, 'Kapasiteten til «utvikling»: 10 årsverk i året');
    }
    assert.ok(!ds.some((d) => d.rule === 'conflict-capacity' && /2027|prosjektmidler/.test(d.message)), 'exactly at capacity is no conflict');
  });

  it('reports «prosjektleiing» over capacity in 2026 (4 against 3,5), accepted on the two goals that name each other, open on the other two', () => {
    assert.deepEqual(seen('conflict-capacity').filter((l) => l.includes('[prosjektleiing')), [
      'breiskog-ikt#innlemming-fagerdal warning [prosjektleiing 1,5]',
      'breiskog-ikt#innlemming-kvernes info [prosjektleiing 1]',
      'holmvatn#planregister warning [prosjektleiing 6 månadsverk]',
      'kvernes#felles-sak-arkiv info [prosjektleiing 1]',
    ]);
    for (const d of ds.filter((x) => x.rule === 'conflict-capacity' && x.message.includes('«prosjektleiing»'))) {
      assert.ok(d.message.includes('i 2026') && d.message.includes('4 årsverk') && d.message.includes('3,5 årsverk') && d.message.includes('«Digitalt planregister» (Holmvatn kommune) 0,5 årsverk'), d.message);
      if (d.severity === 'info') assert.match(d.message, /^Akseptert konflikt: .*Begrunnelse \(i «[^»]+»\): «innleid prosjektleder høsten 2026/);
    }
  });

  it('reports every late contribution and the late sub-goal on both goals, at their deadlines', () => {
    assert.deepEqual(seen('conflict-deadline'), [
      'breiskog-ikt#felles-innbyggerdialog warning [2027-12-31]',
      'breiskog-ikt#felles-innbyggerdialog warning [2027-12-31]',
      'breiskog-ikt#opplaering-veiledere warning [2028-03]',
      'breiskog-ikt#opplaering-veiledere warning [2028-03]',
      'elvik#innbyggerdialog warning [2028-06-30]',
      'elvik#selvbetjening warning [2028-12-31]',
      'fagerdal#rettleiarar warning [2028-09-30]',
      'lyngset#self-service-lyngset warning [2029]',
    ]);
    const on = (goal: string, other: string) => ds.find((d) => d.rule === 'conflict-deadline' && d.goal === goal && d.related?.[0]?.goal === other)!;
    assert.match(on('elvik#innbyggerdialog', 'breiskog-ikt#felles-innbyggerdialog').message, /mellom 2028-01-01 og 2028-06-30/);
    assert.match(on('breiskog-ikt#opplaering-veiledere', 'breiskog-ikt#felles-innbyggerdialog').message, /er et delmål av «Felles plattform for innbyggerdialog», men fristen 2028-03-31 er senere .* mellom 2028-01-01 og 2028-03-31/);
    assert.match(on('fagerdal#rettleiarar', 'breiskog-ikt#opplaering-veiledere').message, /mellom 2028-04-01 og 2028-09-30/);
    assert.match(on('lyngset#self-service-lyngset', 'elvik#selvbetjening').message, /fristen 2029-12-31 er senere .* 2028-12-31: bidraget pågår fortsatt i 2029/);
    // An English YAML document's way out names its own key.
    assert.match(on('lyngset#self-service-lyngset', 'elvik#selvbetjening').message, /`accepts: elvik#selvbetjening — <begrunnelse>`/);
  });

  it('reports every link of the cycles of 2 and 3 goals across documents, each pointing at the next goal', () => {
    const cycle = ds.filter((d) => d.rule === 'contribution-cycle');
    assert.deepEqual(cycle.map((d) => `${d.goal} [${textOf(d.file, d.range)}] → ${d.related?.map((r) => r.goal).join()}`).sort(), [
      'elvik#velferdsteknologi [fagerdal#velferd-fagerdal] → fagerdal#velferd-fagerdal',
      'fagerdal#velferd-fagerdal [kvernes#velferd-kvernes] → kvernes#velferd-kvernes',
      'holmvatn#felles-kartdata [lyngset#shared-map-data] → lyngset#shared-map-data',
      'kvernes#velferd-kvernes [elvik#velferdsteknologi] → elvik#velferdsteknologi',
      'lyngset#shared-map-data [holmvatn#felles-kartdata] → holmvatn#felles-kartdata',
    ]);
    for (const d of cycle) assert.match(d.message, /^Sirkel av bidrag: (elvik#velferdsteknologi → fagerdal#velferd-fagerdal → kvernes#velferd-kvernes → elvik#velferdsteknologi|holmvatn#felles-kartdata → lyngset#shared-map-data → holmvatn#felles-kartdata)\. /);
  });

  it('reports the references that lead nowhere on the reference only, with the goal meant', () => {
    assert.deepEqual(seen('unknown-goal-ref'), ['breiskog-ikt#innlemming-fagerdal error [elvik#ki-byggsak]', 'fagerdal#felles-drift-fagerdal error [#innlemming-fagerdal]']);
    assert.match(ds.find((d) => d.goal === 'fagerdal#felles-drift-fagerdal')!.message, /\(i Bidreg til\).*Mente du breiskog-ikt#innlemming-fagerdal\?/);
  });

  it('reads the budget as written and reports the requirements it cannot count', () => {
    assert.deepEqual(seen('invalid-value').filter((l) => !l.includes('[innbyggertenester]')), [
      'elvik#sak-arkiv-elvik error [2 årsverk prosjektleiing]',
      'elvik#sak-arkiv-elvik error [Utvikling]',
      'elvik#sak-arkiv-elvik error [utviklingskapasitet]',
      'fagerdal#fagsystem-barnevern error [prosjektmidler 2 årsverk]',
    ]);
    assert.match(ds.find((d) => d.rule === 'invalid-value' && textOf(d.file, d.range) === '2 årsverk prosjektleiing')!.message, /f\.eks\. prosjektleiing 2 årsverk\.$/);
  });

  it('gives SARIF relatedLocations for the other demands and the capacity, and stylish the same locations', () => {
    const sarif = JSON.parse(runCli(['check', ROOT, '--format', 'sarif']).stdout) as { runs: { results: { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[]; relatedLocations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } }; message: { text: string } }[] }[] }[] };
    const results = sarif.runs[0]!.results.filter((r) => r.ruleId === 'conflict-capacity');
    assert.deepEqual(results.map((r) => r.level).sort(), ['note', 'note', 'warning', 'warning', 'warning', 'warning', 'warning', 'warning']);
    const holmvatn = results.find((r) => r.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('strategier/holmvatn.md') && r.message.text.includes('«utvikling»'))!;
    // 1-based: line 15, column 9 in holmvatn.md; the capacity on line 15, column 3 of samstemt.yaml.
    assert.deepEqual([holmvatn.locations[0]!.physicalLocation.region.startLine, holmvatn.locations[0]!.physicalLocation.region.startColumn], [15, 9]);
    const rel = holmvatn.relatedLocations!.map((r) => `${r.physicalLocation.artifactLocation.uri.replace(/^.*capacity12\//, '')}:${r.physicalLocation.region.startLine}:${r.physicalLocation.region.startColumn}`);
    assert.deepEqual(rel, ['strategier/breiskog-ikt.md:21:11', 'strategier/breiskog-ikt.md:29:11', 'strategier/elvik.md:14:11', 'samstemt.yaml:15:3']);
    const stylish = runCli(['check', ROOT]).stdout;
    const block = stylish.split('\n');
    const at = block.findIndex((l) => /^\s+15:9\s+advarsel\s+«utvikling» er overbooket i 2026/.test(l));
    assert.ok(at > 0, stylish);
    assert.deepEqual(block.slice(at + 1, at + 5).map((l) => l.trim().replace(/^↳ test\/fixtures\/capacity12\//, '').split(' ')[0]), rel);
  });
});
