import { strict as assert } from 'node:assert';
import { sarifValidator } from '../helpers/sarif.js';
import { formatters, FORMAT_NAMES, isFormatName } from '../../server/src/cli/formatters/index.js';
import type { CheckReport, FormatContext, RuleInfo } from '../../server/src/cli/formatters/index.js';
import { escapeData, escapeProperty } from '../../server/src/cli/formatters/github.js';
import { displayWidth } from '../../server/src/cli/formatters/stylish.js';
import type { SarifLog } from '../../server/src/cli/formatters/sarif.js';
import { range } from '../helpers/workspace.js';

// --- fixtures ----------------------------------------------------------------

const FJELL = 'strategier/fjellbygd.strategy.md';
const IKT = 'strategier/ikt-fjord.strategy.md';
const OST = 'strategier/øst kommune.strategy.md';
const CONFIG = 'samstemt.yaml';

function makeReport(): CheckReport {
  return {
    version: 1,
    root: 'samples/ikt-fjord',
    summary: { files: 3, goals: 10, errors: 2, warnings: 1, infos: 1, hints: 1 },
    diagnostics: [
      {
        file: CONFIG, range: range(3, 0, 3, 10), severity: 'info', rule: 'objective-uncovered',
        message: 'Ingen mål støtter DS19-M7',
      },
      {
        file: FJELL, range: range(12, 2, 12, 22), severity: 'error', rule: 'conflict-system-choice',
        message: 'Fjellbygd innfører HR-system A, mens ikt-fjord beholder B: velg ett',
        goal: 'fjellbygd#behold-lonn',
        related: [{ file: OST, range: range(8, 0, 8, 48), message: 'Felles HR', goal: 'ikt-fjord#felles-hr' }],
      },
      {
        file: FJELL, range: range(40, 0, 41, 5), severity: 'warning', rule: 'goal-unlinked',
        message: 'Målet «æøå 😀» støtter ingen nasjonale mål.\nForslag: DS19-M2, DS19-M4',
        goal: 'fjellbygd#æøå',
        suggestions: [
          { objective: 'DS19-M2', score: 0.71, matched: ['sammenhengende', 'tjenester'] },
          { objective: 'DS19-M4', score: 0.4, matched: ['data'] },
        ],
      },
      {
        file: FJELL, range: range(99, 4, 99, 10), severity: 'hint', rule: 'weak-link',
        message: 'Svak kobling: 100% sikker, eller?', goal: 'fjellbygd#x',
      },
      {
        file: IKT, range: range(8, 0, 8, 48), severity: 'error', rule: 'conflict-system-choice',
        message: 'Bruk <HR> & "lønn" \'felles\'\u0001\uD800 😀',
        goal: 'ikt-fjord#felles-hr',
        related: [{ file: FJELL, range: range(12, 2, 12, 22), message: 'Behold lønn', goal: 'fjellbygd#behold-lonn' }],
      },
    ],
  };
}

const RULES: RuleInfo[] = [
  {
    id: 'conflict-system-choice', defaultSeverity: 'error', description: 'Overlapping goals choose different systems.',
    help: 'Two overlapping goals adopt different systems.\n\nFix: agree on one, or add `accepts`.',
    helpUri: 'https://example.org/rules/conflict-system-choice',
  },
  {
    id: 'goal-unlinked', defaultSeverity: 'warning', description: 'Goal supports no national objective.',
    help: 'Link the goal with `supports`.', helpUri: 'https://example.org/rules/goal-unlinked',
  },
  {
    id: 'weak-link', defaultSeverity: 'hint', description: 'Weak supports link.',
    help: 'The link shares almost nothing with the objective.', helpUri: 'https://example.org/rules/weak-link',
  },
  {
    id: 'objective-uncovered', defaultSeverity: 'info', description: 'Objective supported by no goal.',
    help: 'Add a goal that supports it.', helpUri: 'https://example.org/rules/objective-uncovered',
  },
  {
    id: 'parse-error', defaultSeverity: 'error', description: 'Cannot parse.',
    help: 'Fix the syntax.', helpUri: 'https://example.org/rules/parse-error',
  },
];

function ctx(over: Partial<FormatContext> = {}): FormatContext {
  return { rules: RULES, color: false, rootPath: '/tmp/ws/samples/ikt-fjord', version: '0.1.0', lang: 'en', ...over };
}

const ANSI = /\u001b\[[0-9;]*m/g;

function emptyReport(): CheckReport {
  return {
    version: 1, root: '.', summary: { files: 3, goals: 10, errors: 0, warnings: 0, infos: 0, hints: 0 }, diagnostics: [],
  };
}

// --- helpers for the XML checks -------------------------------------

interface XmlElement { name: string; attrs: Record<string, string>; children: XmlElement[]; text: string }

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    switch (e) {
      case 'amp': return '&';
      case 'lt': return '<';
      case 'gt': return '>';
      case 'quot': return '"';
      case 'apos': return "'";
      default: return String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

/** A tiny, strict parser for the XML subset the junit formatter writes; throws when not well-formed. */
function parseXml(xml: string): XmlElement {
  const decl = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/;
  assert.match(xml, decl);
  let rest = xml.replace(decl, '');
  const ENTITY_OK = /^(?:[^&<]|&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)*$/;
  const TAG = /^<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*="[^"]*")*)\s*(\/?)>/;
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  while (rest.length > 0) {
    const lt = rest.indexOf('<');
    const text = lt < 0 ? rest : rest.slice(0, lt);
    assert.match(text, ENTITY_OK, `bad character data: ${JSON.stringify(text)}`);
    const top = stack[stack.length - 1]!;
    if (stack.length === 1) assert.equal(text.trim(), '', 'text outside the root element');
    top.text += unescapeXml(text);
    if (lt < 0) break;
    rest = rest.slice(lt);
    const m = TAG.exec(rest);
    assert.ok(m, `bad tag at ${JSON.stringify(rest.slice(0, 40))}`);
    const [whole, close, name, attrText, selfClose] = m;
    rest = rest.slice(whole.length);
    if (close) {
      assert.equal(attrText, '');
      const open = stack.pop();
      assert.equal(open?.name, name, `</${name}> closes <${open?.name}>`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (attrText ?? '').matchAll(/([A-Za-z_][\w.:-]*)="([^"]*)"/g)) {
      const [, k, v] = a;
      assert.ok(!(k! in attrs), `duplicate attribute ${k}`);
      assert.match(v!, ENTITY_OK, `bad attribute value ${JSON.stringify(v)}`);
      assert.ok(!v!.includes('>'), 'unescaped > in attribute');
      attrs[k!] = unescapeXml(v!);
    }
    const el: XmlElement = { name: name!, attrs, children: [], text: '' };
    top.children.push(el);
    if (!selfClose) stack.push(el);
  }
  assert.equal(stack.length, 1, `unclosed <${stack[stack.length - 1]?.name}>`);
  assert.equal(root.children.length, 1, 'exactly one root element');
  return root.children[0]!;
}

function all(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => { if (e.name === name) out.push(e); e.children.forEach(walk); };
  walk(el);
  return out;
}


// --- tests ---------------------------------------------------------------------

describe('check formatters', () => {
  it('exports the five formats', () => {
    assert.deepEqual([...FORMAT_NAMES].sort(), ['github', 'json', 'junit', 'sarif', 'stylish']);
    for (const name of FORMAT_NAMES) assert.equal(typeof formatters[name], 'function');
    assert.ok(isFormatName('sarif'));
    assert.ok(!isFormatName('html'));
  });

  it('are pure: same input, same output, input untouched', () => {
    for (const name of FORMAT_NAMES) {
      const report = makeReport();
      const before = JSON.stringify(report);
      assert.equal(formatters[name](report, ctx()), formatters[name](makeReport(), ctx()), name);
      assert.equal(JSON.stringify(report), before, `${name} mutated the report`);
    }
  });

  describe('stylish', () => {
    const out = formatters.stylish(makeReport(), ctx());
    const lines = out.split('\n');

    it('prints a header per file, then 1-based positions, severity, message and rule', () => {
      assert.ok(lines.includes('samples/ikt-fjord/samstemt.yaml'));
      assert.ok(lines.includes('samples/ikt-fjord/strategier/fjellbygd.strategy.md'));
      assert.ok(lines.includes('samples/ikt-fjord/strategier/ikt-fjord.strategy.md'));
      assert.ok(lines.includes('  4:1  info  Ingen mål støtter DS19-M7  objective-uncovered'), out);
      const msg1 = 'Fjellbygd innfører HR-system A, mens ikt-fjord beholder B: velg ett';
      const msg2 = 'Målet «æøå 😀» støtter ingen nasjonale mål.';
      const msg3 = 'Svak kobling: 100% sikker, eller?';
      const w = Math.max(displayWidth(msg1), displayWidth(msg2), displayWidth(msg3));
      const pad = (s: string) => s + ' '.repeat(w - displayWidth(s));
      assert.ok(lines.includes(`   13:3  error    ${pad(msg1)}  conflict-system-choice`), out);
      assert.ok(lines.includes(`   41:1  warning  ${pad(msg2)}  goal-unlinked`), out);
      assert.ok(lines.includes(`  100:5  hint     ${pad(msg3)}  weak-link`), out);
    });

    it('aligns the rule column by display width (emoji counts two)', () => {
      const rows = lines.filter((l) => / (conflict-system-choice|goal-unlinked|weak-link)$/.test(l)).slice(0, 3);
      assert.equal(rows.length, 3);
      const ruleCols = rows.map((r) => displayWidth(r.replace(/\S+$/, '')));
      assert.equal(new Set(ruleCols).size, 1, rows.join('\n'));
      assert.equal(displayWidth('æøå 😀'), 6);
    });

    it('does not pad short messages to the width of a very long one', () => {
      const r = makeReport();
      const long = 'Motsatte retninger for indikatoren. ' + 'Mulige løsninger: bli enige om én retning. '.repeat(8);
      r.diagnostics[3] = { ...r.diagnostics[3]!, message: long.trim() };
      const rows = formatters.stylish(r, ctx()).split('\n');
      assert.ok(rows.includes(`  100:5  hint     ${long.trim()}  weak-link`), rows.join('\n'));
      // The short messages of the file are still aligned with each other, not with the long one.
      const short = rows.filter((l) => /^ +(13:3|41:1) /.test(l));
      assert.equal(short.length, 2);
      assert.equal(new Set(short.map((l) => displayWidth(l.replace(/\S+$/, '')))).size, 1, short.join('\n'));
      assert.ok(short.every((l) => displayWidth(l) < 120), short.join('\n'));
    });

    it('indents message continuation lines under the message column and lists related locations', () => {
      const i = lines.findIndex((l) => l.includes('goal-unlinked'));
      const col = lines[i]!.indexOf('Målet');
      assert.equal(lines[i + 1], ' '.repeat(col) + 'Forslag: DS19-M2, DS19-M4');
      assert.ok(lines.includes('    ↳ samples/ikt-fjord/strategier/øst kommune.strategy.md:9:1 Felles HR'), out);
      assert.ok(lines.includes('    ↳ samples/ikt-fjord/strategier/fjellbygd.strategy.md:13:3 Behold lønn'), out);
    });

    it('ends with a summary of the counts, localised', () => {
      assert.equal(lines[lines.length - 2], '✖ 5 problems (2 errors, 1 warning, 1 info, 1 hint)');
      assert.equal(lines[lines.length - 1], '');
      const nb = formatters.stylish(makeReport(), ctx({ lang: 'nb' })).trimEnd().split('\n').pop();
      assert.equal(nb, '✖ 5 problemer (2 feil, 1 advarsel, 1 merknad, 1 tips)');
      const nn = formatters.stylish(makeReport(), ctx({ lang: 'nn' })).trimEnd().split('\n').pop();
      assert.equal(nn, '✖ 5 problem (2 feil, 1 åtvaring, 1 merknad, 1 tips)');
      const r = makeReport();
      r.diagnostics = r.diagnostics.filter((d) => d.severity === 'error');
      assert.equal(formatters.stylish(r, ctx()).trimEnd().split('\n').pop(), '✖ 2 problems (2 errors, 0 warnings)');
    });

    it('says so when there are no problems, localised', () => {
      assert.equal(formatters.stylish(emptyReport(), ctx()), '✔ No problems (3 files, 10 goals)\n');
      assert.equal(formatters.stylish(emptyReport(), ctx({ lang: 'nb' })), '✔ Ingen problemer (3 filer, 10 mål)\n');
      assert.equal(formatters.stylish(emptyReport(), ctx({ lang: 'nn' })), '✔ Ingen problem (3 filer, 10 mål)\n');
    });

    it('uses ANSI colours only when asked', () => {
      assert.doesNotMatch(out, ANSI);
      const coloured = formatters.stylish(makeReport(), ctx({ color: true }));
      assert.match(coloured, ANSI);
      assert.equal(coloured.replace(ANSI, ''), out);
      assert.equal(formatters.stylish(emptyReport(), ctx({ color: true })).replace(ANSI, ''), '✔ No problems (3 files, 10 goals)\n');
    });

    it('drops control characters and lone surrogates (no terminal escapes from documents)', () => {
      assert.ok(lines.includes("  9:1  error  Bruk <HR> & \"lønn\" 'felles' 😀  conflict-system-choice"), out);
      const r = makeReport();
      r.diagnostics[0]!.message = 'a\u001b[31mb';
      assert.doesNotMatch(formatters.stylish(r, ctx()), /\u001b/);
    });

    it('leaves the file as it is when the root is "."', () => {
      const r = makeReport();
      r.root = '.';
      assert.ok(formatters.stylish(r, ctx()).split('\n').includes(FJELL));
    });
  });

  describe('json', () => {
    it('round-trips the report, pretty-printed with a final newline', () => {
      const report = makeReport();
      const out = formatters.json(report, ctx());
      assert.ok(out.endsWith('}\n'));
      assert.deepEqual(JSON.parse(out), report);
      assert.equal(out, JSON.stringify(report, null, 2) + '\n');
      assert.deepEqual(JSON.parse(formatters.json(emptyReport(), ctx())), emptyReport());
    });
  });

  describe('sarif', () => {
    const validate = sarifValidator();
    const out = formatters.sarif(makeReport(), ctx());
    const log = JSON.parse(out) as SarifLog;
    const run = log.runs[0]!;

    it('validates against the SARIF 2.1.0 schema', () => {
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
      const empty = JSON.parse(formatters.sarif(emptyReport(), ctx())) as SarifLog;
      assert.ok(validate(empty), JSON.stringify(validate.errors, null, 2));
      assert.deepEqual(empty.runs[0]!.results, []);
    });

    it('the schema check is real: a broken log fails', () => {
      const broken = JSON.parse(out) as { runs: { results: { locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
      broken.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startLine = 0;
      assert.equal(validate(broken), false);
      assert.equal(validate({ version: '2.0.0', runs: [] }), false);
    });

    it('has the header, driver and base id', () => {
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema, /sarif-2\.1\.0/);
      assert.equal(log.runs.length, 1);
      assert.equal(run.tool.driver.name, 'Samstemt');
      assert.equal(run.tool.driver.version, '0.1.0');
      assert.equal(run.columnKind, 'utf16CodeUnits');
      assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///tmp/ws/samples/ikt-fjord/' } });
      const withInfo = JSON.parse(formatters.sarif(makeReport(), ctx({ informationUri: 'https://example.org/samstemt' }))) as SarifLog;
      assert.equal(withInfo.runs[0]!.tool.driver.informationUri, 'https://example.org/samstemt');
      assert.ok(validate(withInfo));
    });

    it('lists every rule with descriptions, help and default level', () => {
      const rules = run.tool.driver.rules;
      assert.deepEqual(rules.map((r) => r.id), RULES.map((r) => r.id));
      for (const [i, r] of rules.entries()) {
        const info = RULES[i]!;
        assert.equal(r.shortDescription.text, info.description);
        assert.ok(r.fullDescription.text.length > 0);
        assert.equal(r.help?.text, info.help);
        assert.equal(r.help?.markdown, info.help);
        assert.equal(r.helpUri, info.helpUri);
      }
      assert.equal(rules[0]!.fullDescription.text, 'Two overlapping goals adopt different systems.');
      assert.deepEqual(rules.map((r) => r.defaultConfiguration.level), ['error', 'warning', 'note', 'note', 'error']);
    });

    it('maps results: rule, level, message, 1-based region, relative URI', () => {
      const r = run.results;
      assert.equal(r.length, 5);
      assert.deepEqual(r.map((x) => x.ruleId), makeReport().diagnostics.map((d) => d.rule));
      assert.deepEqual(r.map((x) => x.level), ['note', 'error', 'warning', 'note', 'error']);
      for (const x of r) assert.equal(run.tool.driver.rules[x.ruleIndex]!.id, x.ruleId);
      const first = r[1]!;
      assert.equal(first.message.text, 'Fjellbygd innfører HR-system A, mens ikt-fjord beholder B: velg ett');
      assert.deepEqual(first.locations[0]!.physicalLocation, {
        artifactLocation: { uri: FJELL, uriBaseId: '%SRCROOT%' },
        region: { startLine: 13, startColumn: 3, endLine: 13, endColumn: 23 },
      });
      assert.deepEqual(r[2]!.locations[0]!.physicalLocation.region, { startLine: 41, startColumn: 1, endLine: 42, endColumn: 6 });
      assert.equal(r[2]!.message.text, 'Målet «æøå 😀» støtter ingen nasjonale mål.\nForslag: DS19-M2, DS19-M4');
      assert.deepEqual(r[2]!.properties['suggestions'], makeReport().diagnostics[2]!.suggestions);
      assert.equal(r[2]!.properties['goal'], 'fjellbygd#æøå');
    });

    it('has relatedLocations with id, message and percent-encoded URI', () => {
      const rel = run.results[1]!.relatedLocations;
      assert.deepEqual(rel, [{
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'strategier/%C3%B8st%20kommune.strategy.md', uriBaseId: '%SRCROOT%' },
          region: { startLine: 9, startColumn: 1, endLine: 9, endColumn: 49 },
        },
        message: { text: 'Felles HR' },
      }]);
      assert.equal(run.results[0]!.relatedLocations, undefined);
    });

    it('has stable, distinct partial fingerprints', () => {
      const fps = run.results.map((x) => x.partialFingerprints['samstemt/v1']);
      assert.equal(new Set(fps).size, fps.length);
      for (const fp of fps) assert.match(fp ?? '', /^[0-9a-f]{32}:1$/);
      // moving a finding does not change its fingerprint
      const moved = makeReport();
      moved.diagnostics[1]!.range = range(20, 0, 20, 4);
      const again = JSON.parse(formatters.sarif(moved, ctx())) as SarifLog;
      assert.equal(again.runs[0]!.results[1]!.partialFingerprints['samstemt/v1'], fps[1]);
      // identical findings get an occurrence counter
      const twice = makeReport();
      twice.diagnostics.push({ ...twice.diagnostics[4]!, range: range(30, 0, 30, 1) });
      const t = JSON.parse(formatters.sarif(twice, ctx())) as SarifLog;
      assert.equal(t.runs[0]!.results[5]!.partialFingerprints['samstemt/v1'], fps[4]!.replace(/:1$/, ':2'));
    });

    it('describes rules missing from the context so every result has a ruleIndex', () => {
      const r = makeReport();
      r.diagnostics.push({ file: IKT, range: range(50, 0, 50, 3), severity: 'hint', rule: 'possible-conflict', message: 'øke/redusere' });
      const l = JSON.parse(formatters.sarif(r, ctx())) as SarifLog;
      const last = l.runs[0]!.results[5]!;
      assert.equal(l.runs[0]!.tool.driver.rules[last.ruleIndex]!.id, 'possible-conflict');
      assert.ok(validate(l), JSON.stringify(validate.errors));
    });

    it('makes URIs relative to srcRoot when given (workspace in a sub-folder of the repository)', () => {
      const l = JSON.parse(formatters.sarif(makeReport(), ctx({ srcRoot: '/tmp/ws' }))) as SarifLog;
      assert.deepEqual(l.runs[0]!.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///tmp/ws/' } });
      assert.equal(l.runs[0]!.results[1]!.locations[0]!.physicalLocation.artifactLocation.uri, `samples/ikt-fjord/${FJELL}`);
      assert.ok(validate(l), JSON.stringify(validate.errors));
    });
  });

  describe('github', () => {
    const out = formatters.github(makeReport(), ctx());
    const lines = out.split('\n');

    it('escapes data and property values', () => {
      assert.equal(escapeData('100%\r\nok: a,b'), '100%25%0D%0Aok: a,b');
      assert.equal(escapeProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
    });

    it('prints one workflow command per diagnostic', () => {
      assert.equal(lines.length, 6);
      assert.equal(lines[5], '');
      assert.deepEqual(lines.slice(0, 5).map((l) => /^::(\w+) /.exec(l)?.[1]), ['notice', 'error', 'warning', 'notice', 'error']);
    });

    it('uses 1-based positions, root-joined files and escapes the message', () => {
      assert.equal(lines[1],
        '::error file=samples/ikt-fjord/strategier/fjellbygd.strategy.md,line=13,col=3,endLine=13,endColumn=23,' +
        'title=conflict-system-choice::Fjellbygd innfører HR-system A, mens ikt-fjord beholder B: velg ett' +
        '%0A↳ samples/ikt-fjord/strategier/øst kommune.strategy.md:9:1 Felles HR');
      assert.equal(lines[2],
        '::warning file=samples/ikt-fjord/strategier/fjellbygd.strategy.md,line=41,col=1,endLine=42,' +
        'title=goal-unlinked::Målet «æøå 😀» støtter ingen nasjonale mål.%0AForslag: DS19-M2, DS19-M4');
      assert.equal(lines[3],
        '::notice file=samples/ikt-fjord/strategier/fjellbygd.strategy.md,line=100,col=5,endLine=100,endColumn=11,' +
        'title=weak-link::Svak kobling: 100%25 sikker, eller?');
    });

    it('removes ./ and escapes commas and colons in the file', () => {
      const r = makeReport();
      r.root = './';
      r.diagnostics = [{ ...r.diagnostics[0]!, file: 'a,b:c.md' }];
      assert.equal(formatters.github(r, ctx()),
        '::notice file=a%2Cb%3Ac.md,line=4,col=1,endLine=4,endColumn=11,title=objective-uncovered::Ingen mål støtter DS19-M7\n');
      r.root = './ws';
      assert.match(formatters.github(r, ctx()), /^::notice file=ws\/a%2Cb%3Ac\.md,/);
      assert.equal(formatters.github(emptyReport(), ctx()), '');
    });
  });

  describe('junit', () => {
    it('is well-formed XML with one test case per file and the right counts', () => {
      const r = makeReport();
      r.files = [CONFIG, FJELL, IKT, 'strategier/storby.strategy.md'];
      const doc = parseXml(formatters.junit(r, ctx()));
      assert.equal(doc.name, 'testsuites');
      const [suite, ...more] = all(doc, 'testsuite');
      assert.equal(more.length, 0);
      assert.equal(suite!.attrs['name'], 'samstemt');
      assert.equal(suite!.attrs['tests'], '4');
      assert.equal(suite!.attrs['failures'], '2');
      const cases = all(suite!, 'testcase');
      assert.deepEqual(cases.map((c) => c.attrs['name']), r.files);
      for (const c of cases) assert.equal(c.attrs['classname'], 'samstemt');
      assert.deepEqual(cases.map((c) => all(c, 'failure').length), [0, 2, 1, 0]);
      assert.deepEqual(cases.map((c) => all(c, 'system-out').length), [1, 1, 0, 0]);
    });

    it('puts rule and message in the failure, the position in its text, infos and hints in system-out', () => {
      const doc = parseXml(formatters.junit(makeReport(), ctx()));
      const cases = all(doc, 'testcase');
      assert.deepEqual(cases.map((c) => c.attrs['name']), [CONFIG, FJELL, IKT]);
      assert.equal(all(doc, 'testsuite')[0]!.attrs['tests'], '3');
      const [f1, f2] = all(cases[1]!, 'failure');
      assert.equal(f1!.attrs['message'], 'conflict-system-choice: Fjellbygd innfører HR-system A, mens ikt-fjord beholder B: velg ett');
      assert.equal(f1!.attrs['type'], 'error');
      assert.ok(f1!.text.startsWith(`${FJELL}:13:3 Fjellbygd`), f1!.text);
      assert.ok(f1!.text.includes(`↳ ${OST}:9:1 Felles HR`));
      // newlines survive in attributes as character references
      assert.equal(f2!.attrs['message'], 'goal-unlinked: Målet «æøå 😀» støtter ingen nasjonale mål.\nForslag: DS19-M2, DS19-M4');
      assert.equal(f2!.attrs['type'], 'warning');
      const out = all(cases[1]!, 'system-out')[0]!.text;
      assert.ok(out.includes(`hint weak-link ${FJELL}:100:5 Svak kobling: 100% sikker, eller?`), out);
      assert.ok(all(cases[0]!, 'system-out')[0]!.text.includes('info objective-uncovered samstemt.yaml:4:1'));
    });

    it('escapes markup and strips characters XML 1.0 forbids', () => {
      const xml = formatters.junit(makeReport(), ctx());
      assert.ok(!xml.includes('\u0001'));
      assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(xml), 'lone surrogate');
      assert.ok(xml.includes('😀'));
      assert.ok(xml.includes('message="conflict-system-choice: Bruk &lt;HR&gt; &amp; &quot;lønn&quot; &apos;felles&apos; 😀"'), xml);
      const doc = parseXml(xml);
      const f = all(doc, 'failure').find((e) => e.attrs['message']?.includes('Bruk'));
      assert.equal(f?.attrs['message'], 'conflict-system-choice: Bruk <HR> & "lønn" \'felles\' 😀');
      assert.ok(f?.text.includes('Bruk <HR> & "lønn" \'felles\' 😀'));
    });

    it('is a valid empty suite when nothing was analysed', () => {
      const doc = parseXml(formatters.junit(emptyReport(), ctx()));
      assert.equal(all(doc, 'testsuite')[0]!.attrs['tests'], '0');
      assert.equal(all(doc, 'testcase').length, 0);
    });
  });
});
