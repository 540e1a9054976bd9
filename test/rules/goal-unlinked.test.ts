import { strict as assert } from 'node:assert';
import { analyze, analyzeRule, createTestEngine, InMemoryHost, textAt, CONFIG, CONFIG_NB as NB, CONFIG_NN as NN } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

const RULE = 'goal-unlinked';

const BYGGESAK = `---
owner: storby
period: 2024–2027
---

# Digitaliseringsstrategi for Storby

## Digital byggesak for innbyggerne {#digital-byggesak}

Innbyggerne skal kunne søke om byggetillatelse digitalt og følge saken sin på nett.
`;

describe('goal-unlinked', function () {
  // Each case builds an engine with the shipped catalogs and ranker.
  this.timeout(30_000);
  describe('valid', () => {
    it('leaves a dropped goal alone, but still reports a done one', () => {
      const withStatus = (status: string) => BYGGESAK.replace('{#digital-byggesak}\n', `{#digital-byggesak}\n\n- Status: ${status}\n`);
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'storby.md': withStatus('avbrutt') }), []);
      assert.equal(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'storby.md': withStatus('fullført') }).length, 1);
    });

    it('accepts a goal that supports an objective directly', () => {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': BYGGESAK.replace('## Digital byggesak for innbyggerne {#digital-byggesak}\n', '## Digital byggesak for innbyggerne {#digital-byggesak}\n\n- Støtter: DS19-M2\n') };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });

    it('accepts a goal linked through `contributes` to another member’s goal, and its sub-goals', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': `---
owner: ikt-fjord
---

## Felles saksbehandling {#felles-sak}

- Støtter: DS19-M2
`,
        'midtby.md': `---
owner: midtby
---

## Digital byggesak {#byggesak}

- Bidrar til: ikt-fjord#felles-sak

### Opplæring av saksbehandlere {#opplaering}

- Frist: 2025
`,
      };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });

    it('accepts YAML goals linked with a sequence', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'fjellbygd.yaml': `owner: fjellbygd
goals:
  - id: sikkerhet
    title: Bedre informasjonssikkerhet
    supports: [DS19-I9, DN30-F3]
`,
      };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });

    it('is silent when turned off in samstemt.yaml', () => {
      const files = { 'samstemt.yaml': CONFIG + 'rules:\n  goal-unlinked: off\n', 'storby.md': BYGGESAK };
      assert.deepEqual(analyzeRule(RULE, files), []);
    });
  });

  describe('invalid — Markdown', () => {
    it('reports on the goal title, with suggestions, in bokmål', () => {
      const files = { 'samstemt.yaml': NB, 'storby.md': BYGGESAK };
      const list = analyzeRule(RULE, files);
      assert.equal(list.length, 1);
      const d = list[0]!;
      assert.equal(d.rule, RULE);
      assert.equal(d.severity, 'warning');
      assert.equal(d.file, 'storby.md');
      assert.equal(d.goal, 'storby#digital-byggesak');
      assert.deepEqual(d.range, { start: { line: 7, character: 3 }, end: { line: 7, character: 35 } });
      assert.equal(textAt(files, d), 'Digital byggesak for innbyggerne');
      assert.ok(d.suggestions && d.suggestions.length > 0 && d.suggestions.length <= 5);
      assert.ok(d.suggestions.every((s) => s.score >= 0.2), 'only suggestions the message would stand by');
      const best = d.suggestions[0]!;
      assert.match(d.message, /^Målet «Digital byggesak for innbyggerne» støtter ikke noe nasjonalt mål/);
      assert.ok(d.message.includes(`Nærmeste nasjonale mål: ${best.objective} «`), d.message);
      assert.ok(d.message.includes(`(treff på: ${best.matched.join(', ')})`), d.message);
      assert.ok(d.message.includes(`Legg til \`Støtter: ${best.objective}\``), d.message);
      assert.ok(d.message.includes('`Bidrar til`'), d.message);
      // One fix per top-3 suggestion, titled with the matched words.
      assert.equal(d.fixes.length, Math.min(3, d.suggestions.length));
      assert.equal(d.fixes[0]!.title.nb, `Knytt til ${best.objective} — treff: ${best.matched.join(', ')}`);
      assert.equal(d.fixes[0]!.title.en, `Link to ${best.objective} — matched: ${best.matched.join(', ')}`);
      assert.ok(d.fixes.every((f) => !f.preferred), 'a guessed link is never applied by "fix all"');
    });

    it('inserts a new property list under the heading, and the result is clean', () => {
      const files = { 'samstemt.yaml': NB, 'storby.md': BYGGESAK };
      const d = analyzeRule(RULE, files)[0]!;
      const id = d.suggestions![0]!.objective;
      const fixed = applyFix(files, d);
      assert.equal(
        fixed['storby.md'],
        BYGGESAK.replace('{#digital-byggesak}\n', `{#digital-byggesak}\n\n- Støtter: ${id}\n`),
      );
      assert.deepEqual(analyzeRule(RULE, fixed), []);
      // The new list is a property list: no other finding appears because of it.
      assert.deepEqual(analyze(fixed).filter((x) => x.rule === 'unknown-property' || x.rule === 'unknown-objective'), []);
    });

    it('writes the key as the document writes its keys: English keys under Norwegian prose stay English', () => {
      const md = `---\nowner: storby\n---\n\n## Digital byggesak for innbyggerne {#byggesak}\n\n- Area: innbyggertjenester\n- Deadline: 2026\n\nInnbyggerne skal kunne søke om byggetillatelse digitalt, og saksbehandlerne skal slippe å taste inn papirsøknader på nytt.\n`;
      const files = { 'samstemt.yaml': NB, 'storby.md': md };
      const d = analyzeRule(RULE, files)[0]!;
      assert.match(d.message, /`Supports: DS19-M2`/);
      const fixed = applyFix(files, d);
      assert.match(fixed['storby.md']!, /\n- Deadline: 2026\n- Supports: DS19-M2\n/);
      assert.deepEqual(analyzeRule(RULE, fixed), []);
    });

    it('keeps prose right under the heading out of the new list', () => {
      const text = `---\nowner: storby\n---\n\n## Digital byggesak {#byggesak}\nInnbyggerne skal søke om byggetillatelse digitalt.\n`;
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': text };
      const d = analyzeRule(RULE, files)[0]!;
      const fixed = applyFix(files, d);
      const id = d.suggestions![0]!.objective;
      assert.equal(fixed['storby.md'], text.replace('{#byggesak}\n', `{#byggesak}\n\n- Støtter: ${id}\n\n`));
      assert.deepEqual(analyzeRule(RULE, fixed), []);
    });

    it('adds a line to an existing property list, with its marker and indentation', () => {
      const text = `---
owner: storby
---

## Digital byggesak {#byggesak}

Innbyggerne skal søke om byggetillatelse digitalt.

  * Område: innbyggertjenester
  * Frist: 2026

Mer tekst.
`;
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': text };
      const d = analyzeRule(RULE, files)[0]!;
      const id = d.suggestions![0]!.objective;
      const fixed = applyFix(files, d, 1);
      const second = d.suggestions![1]!.objective;
      assert.equal(fixed['storby.md'], text.replace('  * Frist: 2026\n', `  * Frist: 2026\n  * Støtter: ${second}\n`));
      assert.deepEqual(analyzeRule(RULE, fixed), []);
      assert.notEqual(id, second);
    });

    it('keeps Windows line endings', () => {
      const text = BYGGESAK.replace(/\n/g, '\r\n');
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': text };
      const [d] = analyzeRule(RULE, files);
      assert.deepEqual(d!.range.start, { line: 7, character: 3 });
      const id = d!.suggestions![0]!.objective;
      const fixed = applyFix(files, d!);
      assert.equal(fixed['storby.md'], text.replace('{#digital-byggesak}\r\n', `{#digital-byggesak}\r\n\r\n- Støtter: ${id}\r\n`));
      assert.deepEqual(analyzeRule(RULE, fixed), []);
    });

    it('fills an empty `Støtter:` instead of adding a second one', () => {
      const text = `---\nowner: storby\n---\n\n## Digital byggesak {#byggesak}\n\n- Støtter:\n- Frist: 2026\n\nInnbyggerne skal søke om byggetillatelse digitalt.\n`;
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': text };
      const d = analyzeRule(RULE, files)[0]!;
      const id = d.suggestions![0]!.objective;
      const fixed = applyFix(files, d);
      assert.equal(fixed['storby.md'], text.replace('- Støtter:\n', `- Støtter: ${id}\n`));
      assert.deepEqual(analyzeRule(RULE, fixed), []);
    });

    it('reports a goal whose only link is to an unknown objective, and appends to that link', () => {
      const text = `---\nowner: storby\n---\n\n## Digital byggesak {#byggesak}\n\n- Støtter: DS19-M99\n\nInnbyggerne skal søke om byggetillatelse digitalt.\n`;
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': text };
      const d = analyzeRule(RULE, files)[0]!;
      assert.ok(d);
      const id = d.suggestions![0]!.objective;
      const fixed = applyFix(files, d);
      assert.equal(fixed['storby.md'], text.replace('DS19-M99', `DS19-M99, ${id}`));
      assert.deepEqual(analyzeRule(RULE, fixed), []);
    });

    it('writes messages and fix keys in nynorsk for a nynorsk workspace and document', () => {
      const text = `---
owner: midtby
---

## Digital byggesak for innbyggjarane {#byggesak}

- Område: innbyggertjenester
- Behalde: Gamalt fagsystem

Innbyggjarane skal kunne søkje om byggjeløyve digitalt og følgje saka si på nett.
`;
      const files = { 'samstemt.yaml': NN, 'midtby.md': text };
      const d = analyzeRule(RULE, files)[0]!;
      assert.ok(d);
      assert.match(d.message, /^Målet «Digital byggesak for innbyggjarane» støttar ikkje noko nasjonalt mål/);
      assert.ok(d.message.includes('`Støttar: '), d.message);
      assert.ok(d.message.includes('`Bidreg til`'), d.message);
      const id = d.suggestions![0]!.objective;
      assert.match(d.fixes[0]!.title.nn!, /^Knyt til /);
      const fixed = applyFix(files, d);
      assert.equal(fixed['midtby.md'], text.replace('- Behalde: Gamalt fagsystem\n', `- Behalde: Gamalt fagsystem\n- Støttar: ${id}\n`));
      assert.deepEqual(analyzeRule(RULE, fixed), []);
    });

    it('uses the engine language over the workspace language', () => {
      const files = { 'samstemt.yaml': NB, 'storby.md': BYGGESAK };
      const [d] = analyzeRule(RULE, files, { lang: 'en' });
      assert.match(d!.message, /^The goal «Digital byggesak for innbyggerne» does not support any national objective/);
      assert.ok(d!.message.includes('Add `Støtter: '), 'keys stay in the document’s language');
    });

    it('points at a link written in a numbered list, which is not read, instead of suggesting another one', () => {
      const files = { 'samstemt.yaml': NB, 'storby.md': BYGGESAK.replace('{#digital-byggesak}\n', '{#digital-byggesak}\n\n1. Støtter: DS19-M2\n2. Frist: 2026\n') };
      const [d, ...rest] = analyzeRule(RULE, files);
      assert.equal(rest.length, 0);
      assert.equal(d!.message, 'Målet «Digital byggesak for innbyggerne» støtter ikke noe nasjonalt mål: `Støtter` på linje 10 blir ikke lest (se meldingen på den linjen). Rett den linjen for å knytte målet.');
      assert.deepEqual(d!.fixes, []);
      assert.equal(textAt(files, { ...d!, range: d!.related[0]!.range }), 'Støtter');
      const fixed = applyFix(files, analyze(files).find((x) => x.rule === 'unknown-property')!);
      assert.deepEqual(analyzeRule(RULE, fixed), [], 'the link counts once the line is a bullet');
    });

    it('says so when no objective matches the goal, and offers no fix', () => {
      const text = `---\nowner: storby\n---\n\n## Xyzzy qwrtp {#x}\n`;
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': text };
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.deepEqual(d.suggestions, []);
      assert.deepEqual(d.fixes, []);
      assert.match(d.message, /matches none of the objectives of DS19 and DN30/);
    });

    it('names no objective, offers no fix and carries no suggestion when the best match is weak (message and suggestions agree)', () => {
      const text = `---\nowner: storby\n---\n\n## Behold dagens økonomisystem {#x}\n`;
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': text };
      const ws = createTestEngine(new InMemoryHost(files)).loadWorkspaces()[0]!;
      const ranked = ws.suggestions(ws.goals[0]!);
      assert.ok(ranked.length > 0 && ranked[0]!.score < 0.2, `a weak best match in the ranking: ${JSON.stringify(ranked)}`);
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.deepEqual(d.suggestions ?? [], []);
      assert.deepEqual(d.fixes, []);
      assert.match(d.message, /matches none of the objectives of DS19 and DN30 well enough to suggest one/);
    });

    it('suggests nothing for «Lokal brukerstøtte»: «lokal» says where, not what, and cannot carry a suggestion', () => {
      const text = `---\nowner: storby\n---\n\n## Lokal brukerstøtte {#brukerstotte}\n\n- Frist: 2025\n`;
      const [d] = analyzeRule(RULE, { 'samstemt.yaml': NB, 'storby.md': text });
      assert.ok(d);
      assert.deepEqual(d.suggestions ?? [], []);
      assert.deepEqual(d.fixes, []);
      assert.match(d.message, /passer ikke godt nok med noen av målene i DS19 og DN30/);
    });

    it('follows the configured severity', () => {
      const files = { 'samstemt.yaml': CONFIG + 'rules:\n  goal-unlinked: error\n', 'storby.md': BYGGESAK };
      assert.equal(analyzeRule(RULE, files)[0]!.severity, 'error');
      assert.equal(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'storby.md': BYGGESAK }, { ruleOverrides: { [RULE]: 'hint' } })[0]!.severity, 'hint');
    });
  });

  describe('invalid — support through a dropped goal', () => {
    const company = (status: string) => `---
owner: ikt-fjord
---

## Felles digital byggesak {#felles-byggesak}

- Frist: 2025
- Status: ${status}
- Støtter: DS19-M2
`;
    const member = `---
owner: midtby
---

## Digital byggesak i Midtby {#digital-byggesak}

- Frist: 2025
- Bidrar til: ikt-fjord#felles-byggesak
`;

    it('reports a goal whose only link runs through a dropped goal, names that goal and points at its status', () => {
      const files = { 'samstemt.yaml': NB, 'ikt-fjord.md': company('avbrutt'), 'midtby.md': member };
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => d.goal), ['midtby#digital-byggesak']);
      const d = list[0]!;
      assert.match(d.message, /^Målet «Digital byggesak i Midtby» var knyttet til nasjonale mål bare gjennom «Felles digital byggesak» \(`ikt-fjord#felles-byggesak`\), men det målet er avbrutt, så koblingen teller ikke lenger\. /);
      assert.equal(d.related.length, 1);
      assert.equal(d.related[0]!.uri, 'file:///ws/ikt-fjord.md');
      assert.equal(d.related[0]!.message, '«Felles digital byggesak» er avbrutt');
      assert.deepEqual(d.related[0]!.range, { start: { line: 7, character: 10 }, end: { line: 7, character: 17 } });
      // Still a warning with suggestions and fixes, as for any unlinked goal.
      assert.ok(d.fixes.length > 0);
    });

    it('writes the dropped-goal message in nynorsk and English', () => {
      const nn = analyzeRule(RULE, { 'samstemt.yaml': NN, 'ikt-fjord.md': company('avbroten'), 'midtby.md': member })[0]!;
      assert.match(nn.message, /^Målet «Digital byggesak i Midtby» var knytt til nasjonale mål berre gjennom «Felles digital byggesak» \(`ikt-fjord#felles-byggesak`\), men det målet er avbrote, så koplinga tel ikkje lenger\. /);
      const en = analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'ikt-fjord.md': company('dropped'), 'midtby.md': member })[0]!;
      assert.match(en.message, /^The goal «Digital byggesak i Midtby» was linked to national objectives only through «Felles digital byggesak» \(`ikt-fjord#felles-byggesak`\), which has been dropped, so that link no longer counts\. /);
      assert.ok(en.message.includes('to another goal that supports one'), en.message);
    });

    it('says so without a suggestion when nothing matches the goal', () => {
      const files = { 'samstemt.yaml': CONFIG, 'ikt-fjord.md': company('dropped'), 'midtby.md': member.replace('Digital byggesak i Midtby', 'Xyzzy qwrtp') };
      const [d] = analyzeRule(RULE, files);
      assert.ok(d);
      assert.deepEqual(d.fixes, []);
      assert.match(d.message, /^The goal «Xyzzy qwrtp» was linked to national objectives only through «Felles digital byggesak» .*Add `Støtter: <objective ID>`/);
    });

    it('reports sub-goals of a dropped goal, and goals further down a chain through it', () => {
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': company('dropped') + `\n### Opplæring av saksbehandlere {#opplaering}\n\n- Frist: 2025\n`,
        'midtby.md': member + `\n## Skjema for byggesøknad {#skjema}\n\n- Frist: 2025\n- Bidrar til: #digital-byggesak\n`,
      };
      const list = analyzeRule(RULE, files);
      assert.deepEqual(list.map((d) => d.goal).sort(), ['ikt-fjord#opplaering', 'midtby#digital-byggesak', 'midtby#skjema']);
      assert.ok(list.every((d) => d.message.includes('only through «Felles digital byggesak»')), list.map((d) => d.message).join('\n'));
    });

    it('keeps a goal linked that has another route to an objective, and a goal under a done goal', () => {
      const other = `\n## Felles arkiv {#felles-arkiv}\n\n- Støtter: DS19-M5\n`;
      const files = {
        'samstemt.yaml': CONFIG,
        'ikt-fjord.md': company('dropped') + other,
        'midtby.md': member.replace('- Bidrar til: ikt-fjord#felles-byggesak', '- Bidrar til: ikt-fjord#felles-byggesak, ikt-fjord#felles-arkiv'),
      };
      assert.deepEqual(analyzeRule(RULE, files), []);
      assert.deepEqual(analyzeRule(RULE, { 'samstemt.yaml': CONFIG, 'ikt-fjord.md': company('done'), 'midtby.md': member }), []);
    });

    it('follows a status edit in the other document (incremental analysis agrees with a fresh one)', () => {
      const host = new InMemoryHost({ 'samstemt.yaml': CONFIG, 'ikt-fjord.md': company('active'), 'midtby.md': member });
      const engine = createTestEngine(host);
      const unlinked = (r: ReturnType<typeof engine.analyze>) => (r.diagnostics.get('file:///ws/midtby.md') ?? []).filter((d) => d.rule === RULE).map((d) => d.message);
      assert.deepEqual(unlinked(engine.analyze()), []);
      host.set('ikt-fjord.md', company('dropped'));
      const [m] = unlinked(engine.analyze());
      assert.match(m ?? '', /only through «Felles digital byggesak»/);
      host.set('ikt-fjord.md', company('dropped').replace('Felles digital byggesak', 'Felles byggesak'));
      assert.match(unlinked(engine.analyze())[0] ?? '', /only through «Felles byggesak»/, 'the message follows the dropped goal’s title');
      host.set('ikt-fjord.md', company('active'));
      assert.deepEqual(unlinked(engine.analyze()), []);
    });

    it('points at the dropped goal where it is now after an edit that moves it, and at the right one of two', () => {
      // Two dropped goals; the member's link runs through the second. Edits that change no link move it.
      const second = `\n## Felles postmottak {#postmottak}\n\n- Status: avbrutt\n- Støtter: DS19-M5\n`;
      const viaSecond = member.replace('ikt-fjord#felles-byggesak', 'ikt-fjord#postmottak');
      const host = new InMemoryHost({ 'samstemt.yaml': NB, 'ikt-fjord.md': company('avbrutt') + second, 'midtby.md': viaSecond });
      const engine = createTestEngine(host);
      const related = () => {
        const d = engine.analyze().diagnostics.get('file:///ws/midtby.md')!.find((x) => x.rule === RULE)!;
        return { about: /bare gjennom «([^»]+)»/.exec(d.message)?.[1], at: d.related[0]!.range.start.line };
      };
      assert.deepEqual(related(), { about: 'Felles postmottak', at: 12 });
      host.set('ikt-fjord.md', company('avbrutt').replace('## Felles', 'Innledning.\n\n## Felles') + second);
      assert.deepEqual(related(), { about: 'Felles postmottak', at: 14 }, 'two lines above it: the status line moved down two');
      host.set('ikt-fjord.md', company('avbrutt') + second.replace('Felles postmottak', 'Digitalt postmottak'));
      assert.deepEqual(related(), { about: 'Digitalt postmottak', at: 12 });
    });
  });

  describe('invalid — YAML', () => {
    const YAML = `owner: fjellbygd
period: 2023-2027
goals:
  - id: byggesak
    title: Digital byggesak for innbyggerne
    deadline: 2026
    description: >-
      Innbyggerne skal kunne søke om byggetillatelse
      digitalt og følge saken sin på nett.
  - id: sikkerhet
    title: Bedre informasjonssikkerhet
    supports: DS19-I9
`;

    it('reports on the title value and inserts `supports` inside the right goal', () => {
      const files = { 'samstemt.yaml': CONFIG, 'fjellbygd.yaml': YAML };
      const list = analyzeRule(RULE, files);
      assert.equal(list.length, 1);
      const d = list[0]!;
      assert.equal(d.goal, 'fjellbygd#byggesak');
      assert.deepEqual(d.range, { start: { line: 4, character: 11 }, end: { line: 4, character: 43 } });
      assert.equal(textAt(files, d), 'Digital byggesak for innbyggerne');
      const id = d.suggestions![0]!.objective;
      const fixed = applyFix(files, d);
      // After the block scalar, not on the next goal's first line.
      assert.equal(fixed['fjellbygd.yaml'], YAML.replace('på nett.\n', `på nett.\n    supports: ${id}\n`));
      assert.deepEqual(analyzeRule(RULE, fixed), []);
      assert.deepEqual(analyze(fixed).filter((x) => x.severity === 'error'), []);
    });

    it('inserts before the sub-goals of a YAML goal', () => {
      const text = `owner: fjellbygd
goals:
  - id: byggesak
    title: Digital byggesak for innbyggerne
    deadline: 2026
    goals:
      - id: opplaering
        title: Opplæring
`;
      const files = { 'samstemt.yaml': CONFIG, 'fjellbygd.yaml': text };
      const list = analyzeRule(RULE, files);
      // The sub-goal inherits nothing: both are reported.
      assert.deepEqual(list.map((d) => d.goal), ['fjellbygd#byggesak', 'fjellbygd#opplaering']);
      const id = list[0]!.suggestions![0]!.objective;
      const fixed = applyFix(files, list[0]!);
      assert.equal(fixed['fjellbygd.yaml'], text.replace('    deadline: 2026\n', `    deadline: 2026\n    supports: ${id}\n`));
      // The parent's link now covers the sub-goal too.
      assert.deepEqual(analyzeRule(RULE, fixed), []);
    });

    it('fills `supports: []` and extends a block sequence', () => {
      const text = `owner: fjellbygd
goals:
  - id: a
    title: Digital byggesak for innbyggerne
    supports: []
  - id: b
    title: Digital byggesak for innbyggerne
    støtter:
      - DS19-M99
`;
      const files = { 'samstemt.yaml': CONFIG, 'fjellbygd.yaml': text };
      const [a, b] = analyzeRule(RULE, files);
      const id = a!.suggestions![0]!.objective;
      const fixedA = applyFix(files, a!);
      assert.equal(fixedA['fjellbygd.yaml'], text.replace('supports: []', `supports: [${id}]`));
      const fixedB = applyFix(files, b!);
      assert.equal(fixedB['fjellbygd.yaml'], text.replace('      - DS19-M99\n', `      - DS19-M99\n      - ${id}\n`));
      assert.deepEqual(analyzeRule(RULE, fixedB).map((d) => d.goal), ['fjellbygd#a']);
    });

    it('fills an empty `supports:` value', () => {
      const text = `owner: fjellbygd\ngoals:\n  - id: a\n    title: Digital byggesak for innbyggerne\n    supports:\n    deadline: 2026\n`;
      const files = { 'samstemt.yaml': CONFIG, 'fjellbygd.yaml': text };
      const [d] = analyzeRule(RULE, files);
      const id = d!.suggestions![0]!.objective;
      const fixed = applyFix(files, d!);
      assert.equal(fixed['fjellbygd.yaml'], text.replace('    supports:\n', `    supports: ${id}\n`));
      assert.deepEqual(analyzeRule(RULE, fixed), []);
    });
  });

  it('reports goals of a single file without samstemt.yaml (implicit workspace)', () => {
    const files = { 'storby.strategy.md': BYGGESAK };
    const list = analyzeRule(RULE, files);
    assert.equal(list.length, 1);
    assert.match(list[0]!.message, /^Målet /, 'default language is nb');
  });
});
