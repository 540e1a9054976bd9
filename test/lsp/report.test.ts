/**
 * The report views' data over JSON-RPC, from the built language server:
 * `samstemt/report` (the webview's HTML with a nonce'd script and the report
 * model), `samstemt/tree` (members → goals → objectives and findings) and
 * `samstemt/analysisChanged` after an edit, so both views refresh.
 */
import { strict as assert } from 'node:assert';
import path from 'node:path';
import { copySample, LspClient, read, removeDir, SAMPLE, uriOf } from './harness.js';
import { ANALYSIS_CHANGED_NOTIFICATION, REPORT_REQUEST, TREE_REQUEST, type ReportResult, type TreeWorkspace } from '../../server/src/report/protocol.js';

const NONCE = 'abcdefghijklmnopqrstuvwxyz012345';

describe('report requests (language server)', function () {
  this.timeout(60000);
  let client: LspClient;
  before(async () => {
    client = await LspClient.start(SAMPLE);
  });
  after(async () => {
    await client?.stop();
  });

  it('samstemt/report returns the webview page with one nonce-allowed script, and the model', async () => {
    const r = await client.request<ReportResult>(REPORT_REQUEST, { uri: uriOf(path.join(SAMPLE, 'strategier/storby.md')), webview: { nonce: NONCE, cspSource: 'https://file+.vscode-resource.vscode-cdn.net' } });
    assert.ok(r, 'a report');
    assert.equal(r.root, uriOf(SAMPLE) + '/');
    assert.equal(r.model.cooperation, 'IKT Fjord');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(r.html)![1]!.replace(/&#39;/g, "'");
    assert.match(csp, /^default-src 'none';/);
    assert.match(csp, new RegExp(`script-src 'nonce-${NONCE}';`));
    assert.ok(!/unsafe-eval|script-src[^;]*unsafe-inline/.test(csp), 'no eval, no inline scripts without the nonce');
    const scripts = [...r.html.matchAll(/<script\b([^>]*)>/g)];
    assert.equal(scripts.length, 1);
    assert.equal(scripts[0]![1], ` nonce="${NONCE}"`);
    assert.match(r.html, /acquireVsCodeApi\(\)/);
    assert.match(r.html, /postMessage\(\{ type: 'openGoal', goal: goal \}\)/);
    // Every goal link carries the goal key the script posts, and the model knows where that goal is.
    const links = [...r.html.matchAll(/<a href="#(goal-[^"]+)" data-goal="([^"]+)"/g)];
    assert.ok(links.length > 50);
    const byKey = new Map(r.model.goals.map((g) => [g.key, g]));
    for (const [, anchor, key] of links) {
      const g = byKey.get(key!.replace(/&#39;/g, "'").replace(/&amp;/g, '&'))!;
      assert.ok(g, key);
      assert.equal(g.anchor, anchor);
      assert.match(g.uri, /^file:\/\//);
      assert.equal(typeof g.range.start.line, 'number');
    }
    const hr = byKey.get('ikt-fjord#felles-lonn-hr')!;
    const text = read(path.join(SAMPLE, 'strategier/ikt-fjord.md')).split('\n');
    assert.match(text[hr.range.start.line]!, /Felles lønns- og personalsystem for alle medlemmer \{#felles-lonn-hr\}/);
    // The same content as the CLI: conflicts, the accepted one, capacity.
    assert.ok(r.model.conflicts.some((c) => c.accepted && c.reason === 'differensiert løsning vedtatt i porteføljerådet 2024-03-12'));
    assert.equal(r.model.capacity.find((x) => x.id === 'utviklingskapasitet')!.years.find((y) => y.year === 2025)!.demand, 13);
    assert.deepEqual(r.workspaces.map((w) => w.label), ['IKT Fjord']);
  });

  it('samstemt/report without a webview is the CLI page: no script', async () => {
    const r = await client.request<ReportResult>(REPORT_REQUEST, {});
    assert.ok(!/<script/i.test(r.html));
    assert.match(r.html, /content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:;"/);
    const bad = await client.request<ReportResult>(REPORT_REQUEST, { webview: { nonce: "x' 'unsafe-inline" } });
    assert.ok(!/<script/i.test(bad.html), 'a malformed nonce adds no script');
  });

  it('samstemt/report speaks the language asked for', async () => {
    const r = await client.request<ReportResult>(REPORT_REQUEST, { lang: 'en' });
    assert.equal(r.model.lang, 'en');
    assert.match(r.html, /Alignment report/);
  });

  it('samstemt/tree lists members → goals → objectives and findings', async () => {
    const tree = await client.request<TreeWorkspace[]>(TREE_REQUEST, {});
    assert.equal(tree.length, 1);
    const ws = tree[0]!;
    assert.equal(ws.label, 'IKT Fjord');
    assert.deepEqual(ws.members.map((m) => m.id), ['storby', 'midtby', 'fjellbygd', 'strandvik', 'vassbygd', 'ikt-fjord', 'digi-fjord']);
    const strandvik = ws.members.find((m) => m.id === 'strandvik')!;
    assert.equal(strandvik.name, 'Strandvik kommune');
    const unlinked = strandvik.goals.find((g) => g.key === 'strandvik#informasjonssikkerhet')!;
    assert.deepEqual(unlinked.objectives, []);
    assert.deepEqual(unlinked.findings.map((f) => f.rule), ['goal-unlinked']);
    assert.match(unlinked.uri, /strandvik\.md$/);
    const websak = strandvik.goals.find((g) => g.key === 'strandvik#beholde-websak')!;
    const accepted = websak.findings.find((f) => f.rule === 'conflict-system-choice')!;
    assert.equal(accepted.severity, 'info');
    assert.match(accepted.message, /differensiert løsning vedtatt i porteføljerådet 2024-03-12/);
    const storby = ws.members.find((m) => m.id === 'storby')!;
    const culture = storby.goals.find((g) => g.key === 'storby#sikkerhetskultur')!;
    assert.deepEqual(culture.objectives.find((o) => o.id === 'DN30-F3'), { id: 'DN30-F3', title: culture.objectives.find((o) => o.id === 'DN30-F3')!.title, via: 'ikt-fjord#felles-infosikkerhet' });
    assert.ok(culture.objectives.some((o) => o.id === 'DS19-I9' && !o.via));
    const hr = ws.members.find((m) => m.id === 'ikt-fjord')!.goals.find((g) => g.key === 'ikt-fjord#felles-lonn-hr')!;
    assert.deepEqual(hr.findings.map((f) => f.severity), [...hr.findings.map((f) => f.severity)].sort((a, b) => ['error', 'warning', 'info', 'hint'].indexOf(a) - ['error', 'warning', 'info', 'hint'].indexOf(b)), 'worst first');
    assert.ok(hr.findings.some((f) => f.rule === 'conflict-system-choice' && f.severity === 'error'));
  });
});

describe('report refresh (language server)', function () {
  this.timeout(60000);
  let dir: string;
  let client: LspClient;
  before(async () => {
    dir = copySample();
    // As the VS Code extension does: the notification goes only to a client that asks for it.
    client = await LspClient.start(dir, { initializationOptions: { analysisChanged: true } });
  });
  after(async () => {
    await client?.stop();
    removeDir(dir);
  });

  it('notifies samstemt/analysisChanged after an edit, and the report and tree show the new text', async () => {
    const file = path.join(dir, 'strategier/strandvik.md');
    const uri = uriOf(file);
    const text = read(file);
    await client.request(TREE_REQUEST, {}); // the first analysis is done
    const changed = new Promise<unknown>((resolve) => client.conn.onNotification(ANALYSIS_CHANGED_NOTIFICATION, resolve));
    client.open(uri, text);
    // Link the unlinked goal: it leaves the report's unlinked list and the tree shows its objective.
    const edited = text.replace(/(\{#informasjonssikkerhet\}\s*\n\s*\n)/, '$1- Støtter: DS19-I9\n');
    assert.notEqual(edited, text);
    client.change(uri, edited);
    await changed;
    const r = await client.request<ReportResult>(REPORT_REQUEST, { uri });
    assert.ok(!r.model.unlinked.some((u) => u.goal === 'strandvik#informasjonssikkerhet'));
    assert.ok(r.model.coverage.find((c) => c.member === 'strandvik' && c.objective === 'DS19-I9')!.direct.includes('strandvik#informasjonssikkerhet'));
    const tree = await client.request<TreeWorkspace[]>(TREE_REQUEST, {});
    const g = tree[0]!.members.find((m) => m.id === 'strandvik')!.goals.find((x) => x.key === 'strandvik#informasjonssikkerhet')!;
    assert.deepEqual(g.objectives.map((o) => o.id), ['DS19-I9']);
    assert.ok(!g.findings.some((f) => f.rule === 'goal-unlinked'));
  });
});
