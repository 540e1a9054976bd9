/**
 * The security guarantees of docs/security.md that can be checked on the
 * source and the built bundles: nothing from a workspace is executed, no
 * network, YAML is read as data, the extension declares untrusted-workspace
 * support, and workspace text in the HTML report cannot run script.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO, CONFIG } from '../helpers/workspace.js';
import { typeScriptSources } from '../helpers/sources.js';
import { CLI, runCli, tempWorkspace } from '../helpers/cli.js';

const OWN = [...typeScriptSources(path.join(REPO, 'server/src')), ...typeScriptSources(path.join(REPO, 'client/src'))];
const rel = (p: string) => path.relative(REPO, p).split(path.sep).join('/');

describe('robustness: security guarantees', function () {
  this.timeout(60000);

  it('our code imports no process, network or code-loading module of Node', function () {
    const allowed = new Set(['fs', 'path', 'url', 'crypto', 'os', 'util', 'buffer', 'assert']);
    const bad: string[] = [];
    for (const f of OWN) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/(?:from|import|require)\s*\(?\s*['"](node:)?([a-z_/]+)['"]/g)) {
        const name = m[2]!.split('/')[0]!;
        const builtin = m[1] !== undefined || ['child_process', 'http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'vm', 'worker_threads', 'cluster', 'inspector', 'module'].includes(name);
        if (builtin && !allowed.has(name)) bad.push(`${rel(f)}: ${m[0]}`);
      }
      for (const m of text.matchAll(/\beval\s*\(|\bnew\s+Function\s*\(|\bimport\s*\(\s*[^'"`\s)]/g)) bad.push(`${rel(f)}: ${m[0]}`);
    }
    assert.deepEqual(bad, []);
  });

  it('YAML is read as an event stream, never loaded into objects through a schema', function () {
    const loads: string[] = [];
    for (const f of OWN) {
      const text = readFileSync(f, 'utf8');
      if (!/from 'js-yaml'/.test(text)) continue;
      for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from 'js-yaml'/g)) {
        for (const name of m[1]!.split(',').map((s) => s.trim().split(/\s+as\s+/)[0]!)) {
          if (!['parseEvents', 'getScalarValue', 'EVENT_ID', 'SCALAR_STYLE', 'COLLECTION_STYLE', 'type'].includes(name) && name) loads.push(`${rel(f)}: ${name}`);
        }
      }
      if (/import\s+\w+\s+from 'js-yaml'|import\s+\*\s+as/.test(text)) loads.push(`${rel(f)}: default import of js-yaml`);
    }
    assert.deepEqual(loads, []);
  });

  it('the CLI bundle contains no network or process module; the server bundle only the transport and an unused library helper', function () {
    const cli = path.join(REPO, 'dist/samstemt.js');
    const server = path.join(REPO, 'dist/samstemt-language-server.js');
    if (!existsSync(cli) || !existsSync(server)) this.skip();
    const mods = (file: string) => [...new Set([...readFileSync(file, 'utf8').matchAll(/require\("(child_process|http|https|http2|net|tls|dgram|dns|vm|worker_threads)"\)/g)].map((m) => m[1]))].sort();
    assert.deepEqual(mods(cli), []);
    // `net`: vscode-jsonrpc's socket and pipe transports (--socket); `child_process`: vscode-languageserver's
    // Files.resolveGlobalNodePath, which the server never calls. Anything else is new and must be reviewed.
    assert.deepEqual(mods(server), ['child_process', 'net']);
  });

  it('the extension declares untrusted-workspace support, and has no setting that names a program', function () {
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
      capabilities?: { untrustedWorkspaces?: { supported?: unknown } };
      contributes?: { configuration?: { properties?: Record<string, { type?: string }> } | { properties?: Record<string, { type?: string }> }[] };
    };
    assert.equal(pkg.capabilities?.untrustedWorkspaces?.supported, true);
    const conf = pkg.contributes?.configuration;
    const props = Object.keys((Array.isArray(conf) ? Object.assign({}, ...conf.map((c) => c.properties)) : conf?.properties) ?? {});
    const last = (k: string) => k.split('.').pop()!;
    assert.deepEqual(props.filter((k) => /(path|command|executable|program|args|runtime|module)$/i.test(last(k))), [], 'a workspace setting could point at a program');
  });

  it('workspace text in the HTML report cannot add markup, script or links', function () {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'><a href="javascript:alert(3)">x</a>';
    const dir = tempWorkspace({
      'samstemt.yaml': CONFIG.replace('cooperation: Test', `cooperation: "${evil.replace(/"/g, '\\"')}"`).replace('frameworks: [DS19, DN30]', 'frameworks: [DS19, fw.yaml]'),
      'fw.yaml': `framework: EVIL\ntitle: '${evil.replace(/'/g, "''")}'\nsource: "javascript:alert(4)"\nobjectives:\n  - id: EVIL-1\n    title: '${evil.replace(/'/g, "''")}'\n    source: "javascript:alert(5)"\n`,
      'a.md': `---\nowner: storby\ntitle: '${evil.replace(/'/g, "''")}'\n---\n## ${evil} {#a}\n- Område: hr\n- Innføre: ${evil}\n- Frist: 2026\n- Støtter: EVIL-1\n- Behov: ${evil}\n`,
      'b.md': `---\nowner: midtby\n---\n## B {#b}\n- Område: hr\n- Innføre: Annet\n- Omfang: alle\n- Frist: 2026\n- Støtter: DS19-M2\n`,
    });
    const r = runCli(['report', '.', '--format', 'html'], dir);
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}${CLI}`);
    const html = r.stdout;
    assert.ok(html.includes('&lt;script&gt;'), 'the text is shown, escaped');
    assert.doesNotMatch(html, /<script(?![^>]*nonce)/i, 'no script element without the report nonce');
    assert.doesNotMatch(html, /<img\b/i);
    // Inside real tags (workspace text is escaped, so its `<` never opens one): no handlers, no script URLs.
    for (const tag of html.match(/<[a-zA-Z][^<>]*>/g) ?? []) {
      assert.doesNotMatch(tag, /\son[a-z]+\s*=/i, `event handler attribute in ${tag}`);
      assert.doesNotMatch(tag, /(?:href|src)\s*=\s*["']?\s*javascript:/i, `script URL in ${tag}`);
    }
  });
});
