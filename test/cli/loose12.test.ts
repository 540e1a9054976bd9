/**
 * `samstemt check` and `samstemt report` over several cooperations and loose
 * files (test/fixtures/loose12, EXPECTED.md): «Dalbygd IKT» with a cooperation
 * nested two levels below it, the health network «Helsenettverk Indre» beside
 * it with the same municipalities as members, and strategy files with no
 * samstemt.yaml above them, read with the defaults (docs/format.md §1).
 */
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempFolders, type JsonDiagnostic } from '../helpers/cli.js';
import { REPO } from '../helpers/workspace.js';

const FIXTURE = path.join(REPO, 'test/fixtures/loose12');
const temp = tempFolders();

interface CheckJson {
  root: string;
  summary: { errors: number; warnings: number };
  diagnostics: JsonDiagnostic[];
}
const json = (stdout: string) => JSON.parse(stdout) as CheckJson;
/** file, start line:character, rule: what EXPECTED.md lists (hints left out). */
const found = (j: CheckJson) => j.diagnostics.filter((d) => d.severity !== 'hint').map((d) => `${d.file} ${d.range.start.line}:${d.range.start.character} ${d.rule}`);
const NOTICE = /^samstemt: ingen samstemt\.yaml i (\S+), så standardinnstillingene gjelder: rammeverkene DS19 og DN30/;

describe('cli: several cooperations and loose files (loose12)', function () {
  this.timeout(60_000);

  it('checks the parent folder: each cooperation on its own, the loose files with the defaults, said once on stderr', () => {
    const r = runCli(['check', '.', '--format', 'json'], FIXTURE);
    assert.equal(r.status, 1, r.stderr);
    const j = json(r.stdout);
    assert.equal(j.root, '.');
    assert.deepEqual(found(j), [
      'dalbygd-ikt/strategier/dalbygd-ikt.md 28:14 unknown-goal-ref',
      'dalbygd-ikt/strategier/elvebyen.md 15:3 goal-unlinked',
      'dalbygd-ikt/strategier/elvebyen.md 19:14 unknown-member',
      'dalbygd-ikt/strategier/oppvekst/haugdal-oppvekst.strategy.md 13:14 unknown-member',
      'lause/fjordheim.strategy.md 11:11 conflict-system-choice',
      'lause/fjordheim.strategy.md 11:11 solution-first',
      'lause/plan/kystnett.strategy.md 11:19 unknown-member',
      'lause/sjovik.strategy.yaml 7:13 conflict-system-choice',
    ]);
    // Each cooperation in its own language: Dalbygd IKT bokmål, the nested one English.
    const oppvekst = j.diagnostics.find((d) => d.file.includes('oppvekst/'))!;
    assert.match(oppvekst.message, /not a member of this cooperation but of "Dalbygd IKT" \(\.\.\/\.\.\/samstemt\.yaml\)/);
    assert.match(j.diagnostics.find((d) => d.rule === 'unknown-goal-ref')!.message, /^Det finnes ikke noe mål kvitnes#lokal-helsedrift \(i Bidrar til\)/);
    const notices = r.stderr.split('\n').filter((l) => l.startsWith('samstemt:'));
    assert.equal(notices.length, 1, r.stderr);
    assert.match(notices[0]!, NOTICE);
  });

  it('finds nothing in the health network, whose goals pull against Dalbygd IKT’s: exit 0, nothing on stderr', () => {
    for (const target of ['helsenettverk-indre', 'helsenettverk-indre/strategier/kvitnes.md']) {
      const r = runCli(['check', target, '--format', 'json'], FIXTURE);
      assert.equal(r.status, 0, `${target}: ${r.stdout}`);
      assert.equal(r.stderr, '');
      assert.deepEqual(found(json(r.stdout)), [], target);
    }
  });

  it('checks two cooperations named at once, each on its own', () => {
    const r = runCli(['check', 'helsenettverk-indre', 'dalbygd-ikt/strategier/oppvekst', '--format', 'json'], FIXTURE);
    assert.equal(r.status, 1);
    const j = json(r.stdout);
    assert.equal(j.root, '.');
    assert.deepEqual(found(j), ['dalbygd-ikt/strategier/oppvekst/haugdal-oppvekst.strategy.md 13:14 unknown-member']);
    assert.equal(r.stderr, '');
  });

  it('reads loose files named from two folders as one folder with the defaults, as checking the folder does', () => {
    // As a CI job passes the files a commit changed: one loose strategy in lause/, one in lause/plan/.
    const dir = temp('samstemt-loose12-', FIXTURE);
    const kystnett = path.join(dir, 'lause/plan/kystnett.strategy.md');
    writeFileSync(kystnett, readFileSync(kystnett, 'utf8').replace('- Scope: kystnett, nordvik', '- Scope: kystnett, sjovik'));
    const folder = runCli(['check', 'lause', '--format', 'json'], dir);
    const files = runCli(['check', 'lause/fjordheim.strategy.md', 'lause/plan/kystnett.strategy.md', '--format', 'json'], dir);
    const both = runCli(['check', 'lause', 'lause/plan', '--format', 'json'], dir);
    const expected = ['fjordheim.strategy.md 11:11 conflict-system-choice', 'fjordheim.strategy.md 11:11 solution-first', 'sjovik.strategy.yaml 7:13 conflict-system-choice'];
    assert.deepEqual(found(json(folder.stdout)), expected);
    // sjovik owns sjovik.strategy.yaml beside them: a member, also when only two of the files are named.
    assert.deepEqual(found(json(files.stdout)), expected.slice(0, 2));
    assert.deepEqual(found(json(both.stdout)), expected);
    for (const r of [folder, files, both]) {
      assert.equal(r.status, 1);
      assert.deepEqual(r.stderr.split('\n').filter((l) => l.startsWith('samstemt:')).map((l) => NOTICE.exec(l)?.[1]), ['lause'], r.stderr);
    }
  });

  it('reports each cooperation and the loose documents apart (report . --format json)', () => {
    const r = runCli(['report', '.', '--format', 'json'], FIXTURE);
    assert.equal(r.status, 0, r.stderr);
    const { workspaces } = JSON.parse(r.stdout) as { workspaces: { root: string; cooperation?: string; members: string[]; conflicts: { goals: string[]; accepted: boolean }[]; unlinked: string[] }[] };
    assert.deepEqual(
      workspaces.map((w) => [w.root, w.cooperation ?? null, w.members, w.conflicts.map((c) => [c.goals, c.accepted]), w.unlinked]),
      [
        ['.', null, ['fjordheim', 'kystnett', 'sjovik'], [[['fjordheim#felles-sak-arkiv', 'sjovik#behalde-ephorte'], false]], []],
        ['dalbygd-ikt', 'Dalbygd IKT', ['dalbygd-ikt', 'elvebyen', 'haugdal', 'kvitnes'], [], ['elvebyen#velferdsteknologi']],
        ['dalbygd-ikt/strategier/oppvekst', 'Oppvekstnettverket Dalbygd', ['haugdal', 'kvitnes'], [], []],
        ['helsenettverk-indre', 'Helsenettverk Indre', ['helsenettverk-indre', 'elvebyen', 'bjorkdal', 'kvitnes'], [], []],
      ],
    );
    assert.match(r.stderr, NOTICE);
  });

  it('explains, in a folder without samstemt.yaml, that the members are the owners of the documents, and how to add one', () => {
    const r = runCli(['check', 'lause', '--format', 'json'], FIXTURE);
    const d = json(r.stdout).diagnostics.find((x) => x.rule === 'unknown-member')!;
    assert.equal(d.file, 'plan/kystnett.strategy.md');
    // Not «not a member of the cooperation»: there is no cooperation here, only the owners of the three documents.
    assert.match(d.message, /^«nordvik» i Scope er ikke medlem: uten samstemt\.yaml er medlemmene eierne av strategidokumentene \(fjordheim, kystnett, sjovik\)\./);
    assert.match(d.message, /Legg til strategidokumentet til nordvik \(`owner: nordvik`\), eller før opp medlemmene i samarbeidet under `members` i samstemt\.yaml\.$/);
    const en = runCli(['check', 'lause', '--format', 'json', '--lang', 'en'], FIXTURE);
    assert.match(json(en.stdout).diagnostics.find((x) => x.rule === 'unknown-member')!.message, /^"nordvik" in Scope is not a member: without samstemt\.yaml, the members are the owners of the strategy documents \(fjordheim, kystnett, sjovik\)\./);
    // A cooperation whose samstemt.yaml has members: as before.
    const ikt = json(runCli(['check', 'dalbygd-ikt', '--format', 'json'], FIXTURE).stdout).diagnostics.find((x) => x.rule === 'unknown-member' && x.file.endsWith('elvebyen.md'))!;
    assert.match(ikt.message, /som ikke er medlem av samarbeidet\. Medlemmer: dalbygd-ikt, elvebyen, haugdal, kvitnes\.$/);
  });

  it('tells the defaults for the loose files in bokmål, their findings’ language, also beside an English cooperation', () => {
    for (const args of [['lause', 'dalbygd-ikt/strategier/oppvekst'], ['dalbygd-ikt/strategier/oppvekst', 'lause']]) {
      const r = runCli(['check', ...args, '--format', 'json'], FIXTURE);
      const j = json(r.stdout);
      const member = (dir: string) => j.diagnostics.find((d) => d.rule === 'unknown-member' && d.file.startsWith(dir))!.message;
      assert.match(member('lause/'), /ikke medlem/);
      assert.match(member('dalbygd-ikt/strategier/oppvekst/'), /not a member/);
      assert.deepEqual(r.stderr.split('\n').filter((l) => l.startsWith('samstemt:')).map((l) => NOTICE.exec(l)?.[1]), ['lause'], r.stderr);
    }
    // --lang decides for every message, the notice too.
    assert.match(runCli(['check', 'lause', 'dalbygd-ikt/strategier/oppvekst', '--lang', 'nn'], FIXTURE).stderr, /^samstemt: ingen samstemt\.yaml i lause, så standardinnstillingane gjeld/m);
  });
});
