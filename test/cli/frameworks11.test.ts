/**
 * «Innlandsnett IKT» (test/fixtures/frameworks11): a company and four members
 * of 27 000 down to 710 inhabitants that align with DN30 and with the county's
 * own framework file INNL-DIGI (rammer/innlandet-digital.yaml), beside a
 * second cooperation in the same repository that uses DS19 only. Expected
 * findings written from the contract first (EXPECTED.md), checked through the
 * CLI as users run it.
 */
import { strict as assert } from 'node:assert';
import path from 'node:path';
import { runCli, tempWorkspace } from '../helpers/cli.js';
import { checkedFixture } from '../helpers/fixture.js';
import { REPO } from '../helpers/workspace.js';

const DIR = 'test/fixtures/frameworks11';
const INNLANDSNETT = path.join(REPO, DIR, 'innlandsnett');
const SORVIDDA = path.join(REPO, DIR, 'sorvidda');

describe('frameworks11: a cooperation with its own county framework (test/fixtures/frameworks11)', () => {
  const fx = checkedFixture(DIR);
  const { textAt } = fx;
  const found = (file: string, rule: string) => fx.diagnostics.filter((d) => d.file === file && d.rule === rule);

  it('reports exactly the findings EXPECTED.md lists, at the text they are about', () => {
    const seen = fx.diagnostics.filter((d) => d.rule !== 'objective-uncovered').map((d) => `${d.file} ${d.rule} ${textAt(d)}`);
    assert.deepEqual(seen, [
      'innlandsnett/strategier/bjorkmo.yaml weak-link INNL-DIGI-2-1',
      'innlandsnett/strategier/elvdal.md goal-unlinked Sikkerhetskultur blant de ansatte',
      'innlandsnett/strategier/elvdal.md unknown-objective DS19-I9',
      'innlandsnett/strategier/elvdal.md goal-unlinked Raskere behandling av byggesøknader',
      'innlandsnett/strategier/innlandsnett.md beyond-framework-period 2029',
      'innlandsnett/strategier/innlandsnett.md goal-unlinked Kompetanseprogram for ansatte i medlemskommunene',
      'innlandsnett/strategier/innlandsnett.md unknown-objective INNL-DIGI-03',
      'sorvidda/strategier/sorvik.md goal-unlinked Felles innbyggerportal',
      'sorvidda/strategier/sorvik.md unknown-objective INNL-DIGI-1-1',
      'sorvidda/strategier/sorvik.md goal-unlinked Sikkerhet og beredskap',
      'sorvidda/strategier/sorvik.md unknown-objective DN30-F3',
    ]);
  });

  it('proposes the custom ID for a misspelt one, and names the framework a known ID belongs to', () => {
    const [typo] = found('innlandsnett/strategier/innlandsnett.md', 'unknown-objective');
    assert.match(typo!.message, /\(DN30, INNL-DIGI\).*Mente du INNL-DIGI-3 «Digital kompetanse for ansatte og folkevalgte»\?/);
    const [ds19] = found('innlandsnett/strategier/elvdal.md', 'unknown-objective');
    assert.match(ds19!.message, /hører til rammeverket DS19, som samarbeidet ikke bruker/);
    // The setting as samstemt.yaml writes it (`rammeverk:`), which the author can find in the file.
    assert.match(ds19!.message, /Legg DS19 til i `rammeverk` i samstemt\.yaml/);
    // The goal linked to DS19-I9 has the right ID in a framework not enabled: no «correct the ID».
    const [notEnabled] = fx.on('goal-unlinked', 'elvdal#sikkerhetskultur');
    assert.match(notEnabled!.message, /DS19-I9 i `Støtter` hører til et rammeverk som samarbeidet ikke bruker/);
    assert.doesNotMatch(notEnabled!.message, /Rett ID-en/);
    const unlinked = fx.on('goal-unlinked', 'innlandsnett#kompetanse')[0] as { suggestions?: { objective: string; matched: string[] }[] } | undefined;
    assert.equal(unlinked?.suggestions?.[0]?.objective, 'INNL-DIGI-3');
  });

  it('does not let the neighbour cooperation see the county framework', () => {
    const [custom, dn30] = found('sorvidda/strategier/sorvik.md', 'unknown-objective');
    assert.match(custom!.message, /^«INNL-DIGI-1-1» er ikke et mål i rammeverkene som er slått på \(DS19\)/);
    assert.doesNotMatch(custom!.message, /Mente du/);
    assert.match(dn30!.message, /hører til rammeverket DN30/);
    assert.equal(found('sorvidda/samstemt.yaml', 'objective-uncovered').length, 19);
    assert.ok(found('sorvidda/samstemt.yaml', 'objective-uncovered').every((d) => textAt(d) === 'DS19'));
  });

  it('reports uncovered custom objectives on the framework file entry; a parent covered through its child is not one', () => {
    const uncovered = found('innlandsnett/samstemt.yaml', 'objective-uncovered');
    const on = (entry: string) => uncovered.filter((d) => textAt(d) === entry).map((d) => /støtter (\S+)/.exec(d.message)![1]).sort();
    assert.deepEqual(on('rammer/innlandet-digital.yaml'), ['INNL-DIGI-1-2', 'INNL-DIGI-4']);
    assert.deepEqual(on('DN30'), ['DN30-F1', 'DN30-F3', 'DN30-I1', 'DN30-I2', 'DN30-M2', 'DN30-M3', 'DN30-T1', 'DN30-T3']);
    assert.equal(uncovered.length, 10);
  });

  it('ranks the county objectives for an unlinked goal by their keywords, with the words that matched', () => {
    const [d] = fx.on('goal-unlinked', 'elvdal#byggesak') as { suggestions?: { objective: string; matched: string[] }[]; message: string }[];
    assert.equal(d?.suggestions?.[0]?.objective, 'INNL-DIGI-1-2');
    assert.ok(d!.suggestions![0]!.matched.includes('byggesøknader'), d!.message);
    assert.match(d!.message, /Nærmeste nasjonale mål: INNL-DIGI-1-2 «Digital byggesak og plansaksbehandling»/);
  });

  it('questions a county link that fits another county objective far better', () => {
    const [d] = fx.on('weak-link', 'bjorkmo#trygghet-hjemme');
    assert.match(d!.message, /INNL-DIGI-4 «Velferdsteknologi i helse og omsorg» passer mye bedre/);
  });

  it('says a goal due after the county framework ends should also link DN30', () => {
    const [d] = fx.on('beyond-framework-period', 'innlandsnett#sikkerhet');
    assert.match(d!.message, /\(INNL-DIGI 2024–2028\).*DN30 gjelder til 2030.*Støtter: DN30-F3/);
  });

  describe('objectives, suggest and report in the cooperation', () => {
    it('objectives --framework INNL-DIGI lists the eight objectives, each child under its parent', () => {
      for (const name of ['INNL-DIGI', 'innl-digi']) {
        const r = runCli(['objectives', '--framework', name], INNLANDSNETT);
        assert.equal(r.status, 0, r.stderr);
        const ids = r.stdout.split('\n').flatMap((l) => (/^( +)(INNL-DIGI-\S+)/.exec(l) ? [[/^( +)/.exec(l)![1]!.length, /INNL-DIGI-\S+/.exec(l)![0]] as const] : []));
        assert.deepEqual(ids.map(([, id]) => id), ['INNL-DIGI-1', 'INNL-DIGI-1-1', 'INNL-DIGI-1-2', 'INNL-DIGI-2', 'INNL-DIGI-2-1', 'INNL-DIGI-2-2', 'INNL-DIGI-3', 'INNL-DIGI-4']);
        assert.ok(ids[1]![0] > ids[0]![0], 'INNL-DIGI-1-1 is indented under INNL-DIGI-1');
      }
    });

    it('objectives lists the frameworks the cooperation uses: DN30 and its own, not DS19', () => {
      const r = runCli(['objectives'], INNLANDSNETT);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(r.stdout.split('\n').filter((l) => /^\S/.test(l)).map((l) => l.split(' ')[0]), ['DN30', 'INNL-DIGI']);
    });

    it('the neighbour cooperation does not know INNL-DIGI (exit 2, naming the frameworks it knows)', () => {
      const r = runCli(['objectives', '--framework', 'INNL-DIGI'], SORVIDDA);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /INNL-DIGI.*DS19, DN30/);
    });

    it('suggest ranks the county objective first and keeps its columns straight for long custom IDs', () => {
      const r = runCli(['suggest', 'strategier/elvdal.md#byggesak'], INNLANDSNETT);
      assert.equal(r.status, 0, r.stderr);
      const lines = r.stdout.split('\n').filter((l) => /^ {2}\S/.test(l));
      assert.match(lines[0]!, /^ {2}INNL-DIGI-1-2 /);
      // The score starts in the same column on every line, as objectives aligns its titles.
      const columns = new Set(lines.map((l) => l.search(/\d,\d\d/)));
      assert.equal(columns.size, 1, r.stdout);
      const matched = new Set(r.stdout.split('\n').filter((l) => l.includes('treff på')).map((l) => l.search(/\S/)));
      assert.equal(matched.size, 1, r.stdout);
    });

    it('report --format json covers the custom objectives, through parents and contributions', () => {
      const r = runCli(['report', '--format', 'json'], INNLANDSNETT);
      assert.equal(r.status, 0, r.stderr);
      const report = JSON.parse(r.stdout);
      assert.ok(['INNL-DIGI-1', 'INNL-DIGI-1-1', 'INNL-DIGI-1-2', 'INNL-DIGI-2', 'INNL-DIGI-2-1', 'INNL-DIGI-2-2', 'INNL-DIGI-3', 'INNL-DIGI-4'].every((id) => report.objectives.includes(id)));
      assert.ok(!report.objectives.some((id: string) => id.startsWith('DS19')));
      assert.deepEqual(report.coverage.innlandsnett['INNL-DIGI-1-1'], ['innlandsnett#felles-portal']);
      assert.deepEqual(report.coverage.elvdal['INNL-DIGI-1-1'], ['elvdal#minside']);
      assert.deepEqual(report.coverageInherited.lisjoen['INNL-DIGI-1-1'], [{ goal: 'lisjoen#portal', via: 'innlandsnett#felles-portal' }]);
      assert.deepEqual([...report.unlinked].sort(), ['elvdal#byggesak', 'elvdal#sikkerhetskultur', 'innlandsnett#kompetanse']);
    });
  });
  it('objectives shows a framework period with only an end year without «undefined»', () => {
    const dir = tempWorkspace({
      'samstemt.yaml': 'frameworks: [DN30, rammer/innlandet.yaml]\nmembers:\n  elvdal: { name: Elvdal kommune, kind: kommune }\n',
      'rammer/innlandet.yaml': 'framework: INNL-DIGI\ntitle: Digital agenda for Innlandet\nperiod: {to: 2028}\nobjectives:\n  - id: INNL-DIGI-1\n    title: Tjenester\n',
    });
    const r = runCli(['objectives', '--framework', 'INNL-DIGI'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /undefined/);
    assert.match(r.stdout.split('\n')[0]!, /^INNL-DIGI {2}Digital agenda for Innlandet \(–2028\)$/);
  });
  it('objectives --framework takes the framework file by its path, as `frameworks:` names it, and echoes an unknown name as written', () => {
    for (const [args, cwd] of [[['--framework', 'rammer/innlandet-digital.yaml'], INNLANDSNETT], [[path.join(DIR, 'innlandsnett'), '--framework', 'rammer/innlandet-digital.yaml'], REPO]] as const) {
      const r = runCli(['objectives', ...args], cwd);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^INNL-DIGI {2}Digital agenda for Innlandet 2024–2028/);
    }
    const r = runCli(['objectives', '--framework', 'Viken-Digi'], INNLANDSNETT);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /ukjent rammeverk «Viken-Digi»/);
  });
  it('objectives --framework INNL-DIGI from the repository folder that holds both cooperations finds the county framework', () => {
    for (const name of ['INNL-DIGI', 'innlandsnett/rammer/innlandet-digital.yaml']) {
      const r = runCli(['objectives', '--framework', name], path.join(REPO, DIR));
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^INNL-DIGI {2}Digital agenda for Innlandet 2024–2028/);
    }
    // Without --framework the folder is no cooperation: the built-in catalogs, as before.
    const all = runCli(['objectives'], path.join(REPO, DIR));
    assert.deepEqual(all.stdout.split('\n').filter((l) => /^\S/.test(l)).map((l) => l.split(' ')[0]), ['DS19', 'DN30']);
  });
});
