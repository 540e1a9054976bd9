/**
 * Strategy documents converted from Word (Pandoc, docx2md), Google Docs,
 * Confluence and PDF, as in the Elvedal IKT cooperation under
 * test/fixtures/converted10: what the author saw in the converted document is
 * what Samstemt reads, and messages quote it as the author sees it.
 */
import { strict as assert } from 'node:assert';
import { STORBY_HEAD as HEAD, goalOf, props } from '../helpers/oneGoal.js';
import { analyze, CONFIG } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';

/** Storby adopts Vigilo in oppvekst for all members but Fjellbygd: a goal of Midtby adopting another system conflicts with it. */
const STORBY_VIGILO = `---\nowner: storby\n---\n\n## Felles oppvekstportal {#portal}\n\n- Område: oppvekst\n- Innføre: Vigilo\n- Omfang: alle\n- Unntak: fjellbygd\n- Behov: Én kanal mellom skole og hjem\n- Frist: 2026\n- Støtter: DS19-M2\n`;

describe('converted10: inline HTML from Confluence and web exports', () => {
  it('reads `<span style=…>Vigilo</span>` as the system Vigilo, so it agrees with a goal adopting Vigilo', () => {
    const midtby = `---\nowner: midtby\n---\n\n## Oppvekstportal {#portal}\n\n- Område: oppvekst\n- Innføre: <span style="color: rgb(0,0,0);">Vigilo</span>\n- Behov: Foreldre bruker tre kanaler\n- Frist: 2026\n- Støtter: DS19-M2\n`;
    const found = analyze({ 'samstemt.yaml': CONFIG, 'storby.md': STORBY_VIGILO, 'midtby.md': midtby });
    assert.deepEqual(found.filter((d) => d.rule === 'conflict-system-choice').map((d) => d.message), []);
  });

  it('still finds the conflict when the system inside the span differs, and names it without the HTML', () => {
    const midtby = `---\nowner: midtby\n---\n\n## Oppvekstportal {#portal}\n\n- Område: oppvekst\n- Innføre: <span style="color: rgb(0,0,0);">Visma Flyt Skole</span>\n- Behov: Foreldre bruker tre kanaler\n- Frist: 2026\n- Støtter: DS19-M2\n`;
    const found = analyze({ 'samstemt.yaml': CONFIG, 'storby.md': STORBY_VIGILO, 'midtby.md': midtby }).filter((d) => d.rule === 'conflict-system-choice');
    assert.equal(found.length, 2);
    for (const d of found) {
      assert.match(d.message, /adopts Visma Flyt Skole\b/);
      assert.doesNotMatch(d.message, /<span|style=/);
    }
  });

  it('leaves a Confluence anchor `<span … id="arkiv"></span>` and `<u>`, `<sup>` tags out of titles and values', () => {
    const text = `---\nowner: storby\n---\n\n## Felles arkiv <span class="confluence-anchor-link" id="arkiv"></span> {#felles-arkiv}\n\n- Innføre: <u>Elements</u>\n- Ansvarlig: Arkivleder<sup>1</sup>\n- Frist: <strong>2027</strong>\n`;
    const goal = goalOf(text);
    assert.equal(goal.title, 'Felles arkiv');
    assert.deepEqual(goal.properties.map((p) => p.value), ['Elements', 'Arkivleder1', '2027']);
    const adopt = goal.properties[0]!;
    assert.equal(text.slice(adopt.items[0]!.span.start, adopt.items[0]!.span.end), '<u>Elements</u>'.slice(3, 11));
  });

  it('keeps a placeholder in angle brackets, and text that only looks like a tag, as written', () => {
    assert.deepEqual(props(`${HEAD}- Behov: <skriv behovet her>\n- Gevinst: <a short description>\n- Innføre: a <b c\n`), {
      Behov: '<skriv behovet her>',
      Gevinst: '<a short description>',
      Innføre: 'a <b c',
    });
  });
});

describe('converted10: pictures in goal titles and values', () => {
  it('leaves a picture out of a goal title, with the size attributes Pandoc writes after it', () => {
    const icon = goalOf(`---\nowner: storby\n---\n\n## Velferdsteknologi ![ikon](bilder/velferd.png) {#velferd}\n\n- Frist: 2027\n`);
    assert.equal(icon.title, 'Velferdsteknologi');
    const word = goalOf(`---\nowner: storby\n---\n\n## ![Et bilde som inneholder tekst Automatisk generert beskrivelse](media/image1.png){width="0.3in" height="0.3in"} Velferdsteknologi {#velferd}\n\n- Frist: 2027\n`);
    assert.equal(word.title, 'Velferdsteknologi');
  });

  it('names the goal without the picture in messages', () => {
    const text = `---\nowner: storby\n---\n\n## Velferdsteknologi ![ikon](bilder/velferd.png) {#velferd}\n\n- Innføre: Digitalt tilsyn\n- Frist: 2027\n- Støtter: DN30-M1\n`;
    const [d] = analyze({ 'samstemt.yaml': CONFIG, 'storby.md': text }).filter((x) => x.rule === 'solution-first');
    assert.match(d!.message, /^The goal «Velferdsteknologi» introduces Digitalt tilsyn/);
  });

  it('reads a link as its text still, and an exclamation mark before text as written', () => {
    assert.deepEqual(props(`${HEAD}- Innføre: [Visma HRM](https://visma.no)!\n- Behov: Nå! [Se vedlegg]\n`), { Innføre: 'Visma HRM!', Behov: 'Nå! [Se vedlegg]' });
  });
});

describe('converted10: a soft hyphen or zero-width space inside a goal ID', () => {
  const storby = `---\nowner: storby\n---\n\n## Digital innbygger\u00addialog {#innbygger\u00addialog}\n\n- Frist: 2026\n- Støtter: DS19-M2\n`;
  const midtby = `---\nowner: midtby\n---\n\n## Chat {#chat}\n\n- Bidrar til: storby#innbyggerdialog\n- Frist: 2026\n`;

  it('is the ID the author sees: a reference written without it resolves, and no fix writes the invisible character elsewhere', () => {
    const found = analyze({ 'samstemt.yaml': CONFIG, 'storby.md': storby, 'midtby.md': midtby });
    assert.deepEqual(found.filter((d) => d.rule === 'unknown-goal-ref').map((d) => d.message), []);
    assert.deepEqual(found.filter((d) => d.goal?.includes('\u00ad')).map((d) => d.goal), []);
    assert.ok(!found.some((d) => d.fixes.some((f) => f.edits.some((e) => e.newText.includes('\u00ad')))));
  });

  it('is reported on the ID with the hidden character shown, and the fix removes it', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': storby };
    const [d, ...rest] = analyze(files).filter((x) => x.rule === 'invalid-value');
    assert.equal(rest.length, 0);
    assert.equal(d!.severity, 'warning');
    assert.equal(d!.goal, 'storby#innbyggerdialog');
    assert.deepEqual(d!.range, { start: { line: 4, character: 30 }, end: { line: 4, character: 46 } });
    assert.match(d!.message, /^The goal ID "innbygger<U\+00AD>dialog" holds a character that does not show/);
    assert.ok(!/[\u00ad\u200b]/.test(d!.message));
    assert.deepEqual(d!.fixes[0]?.edits.map((e) => e.newText), ['innbyggerdialog']);
  });

  it('reads a YAML goal\'s `id` with a zero-width space as the ID without it, and reports it', () => {
    const yaml = `owner: storby\ngoals:\n  - id: infra\u200bstructure\n    title: Infrastructure\n    deadline: 2026\n    supports: DN30-F2\n`;
    const found = analyze({ 'samstemt.yaml': CONFIG, 'storby.yaml': yaml, 'midtby.md': midtby.replace('storby#innbyggerdialog', 'storby#infrastructure') });
    assert.deepEqual(found.filter((d) => d.rule === 'unknown-goal-ref').map((d) => d.message), []);
    const d = found.find((x) => x.rule === 'invalid-value');
    assert.match(d?.message ?? '', /"infra<U\+200B>structure"/);
    assert.deepEqual(d?.fixes[0]?.edits.map((e) => e.newText), ['infrastructure']);
  });
});

describe('converted10: lines a quick fix adds to a list with bold keys', () => {
  for (const [style, key] of [
    ['__Område__: (docx2md)', (k: string) => `__${k}__:`],
    ['__Område:__', (k: string) => `__${k}:__`],
    ['**Område**:', (k: string) => `**${k}**:`],
  ] as const) {
    it(`writes the new key as the list writes its keys: ${style}`, () => {
      const text = `---\nowner: storby\n---\n\n## Trådløst nett på alle skoler {#tradlost-nett}\n\n- ${key('Område')} infrastruktur\n- ${key('Innføre')} Eduroam\n- ${key('Frist')} 2026\n`;
      const d = analyze({ 'samstemt.yaml': CONFIG, 'storby.md': text }).find((x) => x.rule === 'solution-first');
      const added = d!.fixes[0]!.edits.map((e) => e.newText).join('').split('\n').slice(1);
      assert.deepEqual(added.map((line) => line.slice(0, line.indexOf(' <'))), [`- ${key('Behov')}`, `- ${key('Gevinst')}`]);
    });
  }
});

describe('converted10: a whole property line in bold or italics (Google Docs)', () => {
  it('reads `**Frist: 2026**` as Frist 2026, the emphasis being around key and value together', () => {
    const text = `${HEAD}- **Frist: 2026**\n- **Støtter: DS19-M2, DN30-M1**\n- _Område: innbyggertjenester_\n`;
    assert.deepEqual(props(text), { Frist: '2026', Støtter: 'DS19-M2, DN30-M1', Område: 'innbyggertjenester' });
    const supports = goalOf(text).properties[1]!;
    assert.deepEqual(supports.items.map((i) => text.slice(i.span.start, i.span.end)), ['DS19-M2', 'DN30-M1']);
    const found = analyze({ 'samstemt.yaml': CONFIG, 'storby.md': text }).filter((d) => ['invalid-value', 'unknown-objective', 'goal-unlinked', 'goal-not-measurable'].includes(d.rule));
    assert.deepEqual(found.map((d) => d.message), []);
  });

  it('adds a linked objective inside the bold, so the line stays bold as a whole', () => {
    const text = `${HEAD}- **Støtter: DS19-M1**\n- **Frist: 2028**\n`;
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': text };
    const d = analyze(files).find((x) => x.rule === 'beyond-framework-period');
    assert.ok(d, 'the deadline lies after DS19');
    assert.match(applyFix(files, d)['storby.md']!.split('\n')[6]!, /^- \*\*Støtter: DS19-M1, DN30-\w+\*\*$/);
  });
});

describe('converted10: a property list indented with a tab or four spaces (PDF and Word copies)', () => {
  for (const [what, indent] of [
    ['a tab', '\t'],
    ['four spaces', '    '],
  ] as const) {
    it(`reports each key of a list indented with ${what} (Markdown shows it as code), with a fix that removes the indentation`, () => {
      const text = `${HEAD}${indent}- Frist: 2026\n${indent}- Støtter: DS19-M2\n`;
      const files: Record<string, string> = { 'samstemt.yaml': CONFIG, 'storby.md': text };
      const found = analyze(files).filter((d) => d.rule === 'unknown-property');
      assert.deepEqual(found.map((d) => [d.range.start.line, text.split('\n')[d.range.start.line]!.slice(d.range.start.character, d.range.end.character)]), [
        [6, 'Frist'],
        [7, 'Støtter'],
      ]);
      assert.match(found[0]!.message, /^"Frist" is indented .*code.*Remove the indentation\.$/);
      // The deadline the author wrote is pointed at, not asked for.
      assert.match(analyze(files).find((d) => d.rule === 'goal-not-measurable')?.message ?? '', /line 7/);
      let fixed = files;
      for (const line of [7, 6]) fixed = applyFix(fixed, analyze(fixed).find((d) => d.rule === 'unknown-property' && d.range.start.line === line)!);
      assert.equal(fixed['storby.md'], `${HEAD}- Frist: 2026\n- Støtter: DS19-M2\n`);
      assert.deepEqual(props(fixed['storby.md']!), { Frist: '2026', Støtter: 'DS19-M2' });
    });
  }

  it('leaves a fenced code block and indented code without keys alone', () => {
    const text = `${HEAD}- Frist: 2026\n- Støtter: DS19-M2\n\n\`\`\`\nFrist: 2027\n\`\`\`\n\n    curl https://example.org\n`;
    assert.deepEqual(analyze({ 'samstemt.yaml': CONFIG, 'storby.md': text }).filter((d) => d.rule === 'unknown-property'), []);
  });
});

describe('converted10: invisible characters in the front matter', () => {
  const goal = `\n## Digital byggesak {#digital-byggesak}\n\n- Frist: 2026\n- Støtter: DS19-M2\n`;

  it('reads `owner: stor\\u00adby` and `owner: storby\\u200b` as the member storby, as in a property value', () => {
    for (const owner of ['stor\u00adby', 'storby\u200b', '\u2060storby']) {
      const found = analyze({ 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: ${owner}\n---\n${goal}` }).filter((d) => d.file === 'storby.md');
      assert.deepEqual(found.filter((d) => d.rule === 'unknown-member' || d.rule === 'missing-owner').map((d) => d.message), [], JSON.stringify(owner));
      assert.equal(found.find((d) => d.rule === 'beyond-framework-period')?.goal, 'storby#digital-byggesak');
    }
  });

  it('reads a period with a soft hyphen or zero-width space in it', () => {
    const text = `---\nowner: storby\nperiod: 2024\u00ad–2027\u200b\n---\n${goal}`;
    assert.deepEqual(analyze({ 'samstemt.yaml': CONFIG, 'storby.md': text }).filter((d) => d.rule === 'invalid-value').map((d) => d.message), []);
  });
});

describe('converted10: Word bookmarks before a key (Pandoc writes `[]{#_Hlk… .anchor}`)', () => {
  it('reads `[]{#_Hlk161234567 .anchor}**Frist:** 2026` as the property Frist, the bookmark showing as nothing', () => {
    const text = `${HEAD}-   []{#_Hlk161234567 .anchor}**Frist:** 2026\n-   []{#_Toc1 .anchor}[]{#_Hlk2 .anchor}Støtter: DS19-M2\n`;
    assert.deepEqual(props(text), { Frist: '2026', Støtter: 'DS19-M2' });
    const [deadline] = goalOf(text).properties;
    assert.equal(text.slice(deadline!.keySpan.start, deadline!.keySpan.end), 'Frist');
    assert.deepEqual(analyze({ 'samstemt.yaml': CONFIG, 'storby.md': text }).filter((d) => ['unknown-property', 'goal-not-measurable', 'goal-unlinked'].includes(d.rule)).map((d) => d.message), []);
  });

  it('still reports a misspelt key after a bookmark, on the key', () => {
    const text = `${HEAD}-   []{#_Hlk1 .anchor}Fristt: 2026\n-   Støtter: DS19-M2\n`;
    const d = analyze({ 'samstemt.yaml': CONFIG, 'storby.md': text }).find((x) => x.rule === 'unknown-property');
    assert.equal(text.split('\n')[6]!.slice(d!.range.start.character, d!.range.end.character), 'Fristt');
  });
});

describe('converted10: a non-breaking space after the colon in the front matter', () => {
  const goal = `\n## Digital byggesak {#digital-byggesak}\n\n- Frist: 2026\n- Støtter: DS19-M2\n`;
  for (const [where, text, line] of [
    ['the first key', `---\nowner:\u00a0storby\ntitle: Strategi for Storby\n---\n${goal}`, 1],
    ['the last key', `---\ntitle: Strategi for Storby\nowner:\u00a0storby\n---\n${goal}`, 2],
    ['a YAML goal', `owner: storby\ngoals:\n  - id: a\n    title: A\n    deadline:\u202f2026\n    supports: DS19-M2\n`, 4],
  ] as const) {
    it(`names it as the cause, on the space, with a fix to an ordinary space (${where})`, () => {
      const file = where === 'a YAML goal' ? 'storby.yaml' : 'storby.md';
      const files: Record<string, string> = { 'samstemt.yaml': CONFIG, [file]: text };
      const found = analyze(files).filter((d) => d.rule === 'parse-error');
      assert.equal(found.length, 1, JSON.stringify(found.map((d) => d.message)));
      const [d] = found;
      const colon = text.split('\n')[line]!.indexOf(':');
      assert.deepEqual(d!.range, { start: { line, character: colon + 1 }, end: { line, character: colon + 2 } });
      assert.match(d!.message, /^After "(owner|deadline):" stands a non-breaking or other special space/);
      const fixed = applyFix(files, d!);
      assert.deepEqual(analyze(fixed).filter((x) => x.rule === 'parse-error'), []);
    });
  }
});

describe('converted10: Pandoc spans with key=value attributes', () => {
  it('reads `[2026]{lang="nb-NO"}` (Word text in another proofing language) and `[Vigilo]{style="…"}` (HTML from Confluence) as their text', () => {
    const text = `${HEAD}- Innføre: [Vigilo]{style="color: rgb(0,0,0);"}, [Visma Flyt Skole]{lang="nb-NO"}\n- Frist: [2026]{lang="nb-NO"}\n- Støtter: [DS19-M2]{#x .y lang="en-GB"}\n`;
    assert.deepEqual(props(text), { Innføre: 'Vigilo, Visma Flyt Skole', Frist: '2026', Støtter: 'DS19-M2' });
    const adopt = goalOf(text).properties[0]!;
    assert.deepEqual(adopt.items.map((i) => text.slice(i.span.start, i.span.end)), ['Vigilo', 'Visma Flyt Skole']);
  });

  it('reads a goal title in such a span as its text', () => {
    assert.equal(goalOf(`---\nowner: storby\n---\n\n## [Felles HR]{lang="nb-NO"} {#felles-hr}\n\n- Frist: 2026\n`).title, 'Felles HR');
  });

  it('leaves a bracket followed by braces that are no attributes as written', () => {
    assert.deepEqual(props(`${HEAD}- Behov: [se vedlegg]{ og tabell }\n`), { Behov: '[se vedlegg]{ og tabell }' });
  });
});

describe('converted10: a whole property line in a Pandoc span', () => {
  it('reads `[Frist: 2026]{lang="nb-NO"}` as Frist 2026 (Word text in another proofing language than the document\'s)', () => {
    const text = `${HEAD}-   [Frist: 2026]{lang="nb-NO"}\n-   [Støtter: DS19-M2, DN30-M1]{lang="nb-NO"}\n-   Område: innbyggertjenester\n`;
    assert.deepEqual(props(text), { Frist: '2026', Støtter: 'DS19-M2, DN30-M1', Område: 'innbyggertjenester' });
    const [deadline, supports] = goalOf(text).properties;
    assert.equal(text.slice(deadline!.keySpan.start, deadline!.keySpan.end), 'Frist');
    assert.deepEqual(supports!.items.map((i) => text.slice(i.span.start, i.span.end)), ['DS19-M2', 'DN30-M1']);
  });
});
