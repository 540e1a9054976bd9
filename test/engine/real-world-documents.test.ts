/**
 * Strategy documents as municipalities produce them: written in Word and
 * converted with Pandoc, pasted from web pages, edited in GitLab's or
 * GitHub's web editor, Obsidian or Typora. What the author sees in the
 * rendered text is what Samstemt reads; what it cannot read is reported at
 * its place with a fix.
 */
import { strict as assert } from 'node:assert';
import { STORBY_HEAD as HEAD, goalOf, props } from '../helpers/oneGoal.js';
import { analyze, textAt, CONFIG, CONFIG_NB, range } from '../helpers/workspace.js';

/** The findings of the rules that say a value was not read. */
function unread(files: Record<string, string>) {
  return analyze(files).filter((d) => ['invalid-value', 'unknown-objective', 'unknown-member', 'unknown-property', 'goal-not-measurable', 'goal-unlinked'].includes(d.rule));
}

describe('Real-world documents: line breaks', () => {
  it('reads a backslash at the end of a line (CommonMark hard break) as a space, not as part of the value', () => {
    const text = `${HEAD}- Frist: 2026\\\n- Støtter: DS19-M2, DS19-M1\\\r\n- Behov: Raskere saksbehandling\\\n  for innbyggerne\n- Område: hr\\\n`;
    assert.deepEqual(props(text), { Frist: '2026', Støtter: 'DS19-M2, DS19-M1', Behov: 'Raskere saksbehandling for innbyggerne', Område: 'hr' });
    const supports = goalOf(text).properties[1]!;
    assert.deepEqual(supports.items.map((i) => text.slice(i.span.start, i.span.end)), ['DS19-M2', 'DS19-M1']);
    assert.deepEqual(unread({ 'samstemt.yaml': CONFIG, 'storby.md': text }), []);
  });

  it('reads Pandoc\'s non-breaking space `\\ ` (Word\'s «80 %») as a space', () => {
    const text = `${HEAD}- Frist:\\ 2026\n- Støtter: DS19-M2\n- Indikator: andel digitale søknader\n- Retning: øke\n- Utgangspunkt: 40\\ %\n- Målverdi: 80\\ %\n`;
    assert.deepEqual(props(text), { Frist: '2026', Støtter: 'DS19-M2', Indikator: 'andel digitale søknader', Retning: 'øke', Utgangspunkt: '40 %', Målverdi: '80 %' });
    assert.deepEqual(unread({ 'samstemt.yaml': CONFIG, 'storby.md': text }), []);
  });
});

describe('Real-world documents: invisible characters', () => {
  it('leaves out zero-width spaces, joiners and word joiners in keys and values, which the author cannot see', () => {
    const text = `${HEAD}- Frist: 2026-12-31\u200b\n- \u200bStøtter: DS19-M2\ufeff\n- Område: innbygger\u200btjenester\u200c\n- Omfang: storby,\u200bmidtby\n- Fra: \u20602025\n`;
    const goal = goalOf(text);
    assert.deepEqual(goal.properties.map((p) => p.value), ['2026-12-31', 'DS19-M2', 'innbyggertjenester', 'storby,midtby', '2025']);
    assert.equal(goal.properties[1]!.key, 'supports');
    assert.deepEqual(unread({ 'samstemt.yaml': CONFIG, 'storby.md': text }), []);
  });
});

describe('Real-world documents: Pandoc spans from Word', () => {
  it('reads a title after a Word bookmark `[]{#_Toc… .anchor}` without the bookmark', () => {
    const text = `---\nowner: storby\n---\n\n# []{#_Toc1 .anchor}Innledning\n\n## []{#_Toc2 .anchor}3.2 Digital byggesak {#digital-byggesak}\n\n-   Frist: 2026\n`;
    const goal = goalOf(text);
    assert.equal(goal.id, 'digital-byggesak');
    assert.equal(goal.title, '3.2 Digital byggesak');
  });

  it('reads underlined or highlighted text (`[Visma HRM]{.underline}`) as its text', () => {
    const text = `${HEAD}- Innføre: [Visma HRM]{.underline}, [Acos]{.mark}\n- Frist: [2026]{.underline}\n`;
    const adopt = goalOf(text).properties[0]!;
    assert.deepEqual(adopt.items.map((i) => i.text), ['Visma HRM', 'Acos']);
    assert.equal(props(text).Frist, '2026');
  });

  it('leaves a bracket that is no span as written', () => {
    assert.equal(props(`${HEAD}- Behov: [se vedlegg] {uke 3}\n`).Behov, '[se vedlegg] {uke 3}');
  });
});

describe('Real-world documents: heading attributes in any order', () => {
  it('reports `{.unnumbered #id}` (a class before the ID) as it reports `{#id .unnumbered}`, with the fix `{#id}`', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\n---\n\n## Digital byggesak {.unnumbered #digital-byggesak lang=nb}\n\n- Frist: 2026\n` };
    const d = analyze(files).find((x) => x.rule === 'invalid-value');
    assert.ok(d, 'the heading is reported');
    assert.deepEqual(d.range, range(4, 20, 4, 59));
    assert.equal(textAt(files, d), '{.unnumbered #digital-byggesak lang=nb}');
    assert.match(d.message, /without attributes/);
    assert.equal(d.fixes[0]?.edits[0]?.newText, '{#digital-byggesak}');
  });

  it('leaves a heading with classes only, or two IDs, alone', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\n---\n\n## Vedlegg {.unnumbered}\n\n## Mål {.a #b #c}\n` };
    assert.deepEqual(analyze(files).filter((x) => x.rule === 'invalid-value'), []);
  });
});

describe('Real-world documents: dashes a word processor puts for hyphens', () => {
  it('offers 2026-12-31 for a date written with en dashes or em dashes', () => {
    const text = `${HEAD}- Frist: 2026–12–31\n- Fra: 2025—1—15\n- Støtter: DS19-M2\n`;
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': text };
    const found = analyze(files).filter((x) => x.rule === 'invalid-value');
    assert.deepEqual(found.map((d) => textAt(files, d)), ['2026–12–31', '2025—1—15']);
    assert.deepEqual(found[0]!.range, range(6, 9, 6, 19));
    assert.deepEqual(found.map((d) => d.fixes[0]?.edits[0]?.newText), ['2026-12-31', '2025-01-15']);
    assert.match(found[0]!.message, /is 2026-12-31 written another way/);
  });

  it('offers the objective for an ID written with an en dash (DS19–M1)', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}- Frist: 2026\n- Støtter: DS19–M1\n` };
    const d = analyze(files).find((x) => x.rule === 'unknown-objective');
    assert.ok(d);
    assert.deepEqual(d.range, range(7, 11, 7, 18));
    assert.equal(d.fixes[0]?.edits[0]?.newText, 'DS19-M1');
  });

  it('reads Word\'s non-breaking hyphen (U+2011), which looks like -, as -', () => {
    const text = `${HEAD}- Frist: 2026\u201112\u201131\n- Støtter: DS19\u2011M1\n- Bidrar til: #felles\u2011arkiv\n\n## Arkiv {#felles-arkiv}\n\n- Frist: 2026\n- Støtter: DS19-M2\n`;
    assert.deepEqual(goalOf(text).properties.map((p) => p.value), ['2026-12-31', 'DS19-M1', '#felles-arkiv']);
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': text };
    assert.deepEqual(analyze(files).filter((d) => ['invalid-value', 'unknown-objective', 'unknown-goal-ref'].includes(d.rule)), []);
  });
});

describe('Real-world documents: system names in quotes', () => {
  const member = (owner: string, adopt: string, scope = '') =>
    `---\nowner: ${owner}\nperiod: 2024–2027\n---\n\n## HR {#hr}\n\n- Område: hr\n- Innføre: ${adopt}\n${scope}- Frist: 2026\n- Støtter: DS19-M2\n- Behov: Ett system\n`;

  it('compares «Visma HRM», “Visma HRM” and "Visma HRM" as the one system Visma HRM (no conflict)', () => {
    const files = {
      'samstemt.yaml': CONFIG,
      'storby.md': member('storby', '«Visma HRM»', '- Omfang: storby, midtby\n'),
      'midtby.md': member('midtby', '“Visma HRM”'),
      'fjellbygd.md': member('fjellbygd', '"Visma HRM"', '- Omfang: midtby, fjellbygd\n'),
    };
    assert.deepEqual(analyze(files).filter((d) => d.rule === 'conflict-system-choice'), []);
  });

  it('still finds the conflict when the quoted names differ', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': member('storby', '«Visma HRM»', '- Omfang: storby, midtby\n'), 'midtby.md': member('midtby', '«SAP SuccessFactors»') };
    const found = analyze(files).filter((d) => d.rule === 'conflict-system-choice');
    assert.deepEqual(found.map((d) => `${d.file}:${textAt(files, d)}`).sort(), ['midtby.md:«SAP SuccessFactors»', 'storby.md:«Visma HRM»']);
  });
});

describe('Real-world documents: goal IDs on lines that are not headings', () => {
  it('reports a bold paragraph with a goal ID (a Word "heading" in bold) with a fix that writes the heading', () => {
    const text = `---\nowner: storby\n---\n\n# Strategi\n\n**Digital byggesak {#digital-byggesak}**\n\n- Frist: 2026\n\n**Arkiv** {#arkiv}\n`;
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': text };
    const found = analyze(files).filter((d) => d.rule === 'invalid-value');
    assert.deepEqual(found.map((d) => textAt(files, d)), ['**Digital byggesak {#digital-byggesak}**', '**Arkiv** {#arkiv}']);
    assert.deepEqual(found[0]!.range, range(6, 0, 6, 40));
    assert.match(found[0]!.message, /is not a heading \(a heading starts with #; bold text is not one\), so Samstemt does not read it as a goal/);
    assert.deepEqual(found.map((d) => d.fixes[0]?.edits[0]?.newText), ['## Digital byggesak {#digital-byggesak}', '## Arkiv {#arkiv}']);
  });

  it('reports `##Arkiv {#arkiv}` (no space after the #s) with the fix `## Arkiv {#arkiv}`', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\n---\n\n##Arkiv {#arkiv}\n\n- Frist: 2026\n` };
    const d = analyze(files).find((x) => x.rule === 'invalid-value');
    assert.ok(d);
    assert.deepEqual(d.range, range(4, 0, 4, 16));
    assert.match(d.message, /a heading needs a space after "##"/);
    assert.equal(d.fixes[0]?.edits[0]?.newText, '## Arkiv {#arkiv}');
  });

  it('leaves prose and bold text without an ID alone', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\n---\n\n**Innledning**\n\nSe kapittel 3 {side 4}.\n\n#hashtag er ikke en overskrift\n` };
    assert.deepEqual(analyze(files).filter((x) => x.rule === 'invalid-value'), []);
  });

  it('reads a heading whose ID is followed by a zero-width space', () => {
    const goal = goalOf(`---\nowner: storby\n---\n\n## Digital byggesak {#digital-byggesak}\u200b\n\n- Frist: 2026\n`);
    assert.equal(goal.id, 'digital-byggesak');
  });
});

describe('Real-world documents: HTML exports', () => {
  it('reads entity references a Word or web export leaves in values (`&nbsp;2026`, `DS19&#8209;M2`), and soft hyphens as nothing', () => {
    const text = `${HEAD}- Frist:&nbsp;2026\n- Støtter: DS19&#8209;M2, DS19&#x2011;M1\n- Område: innbygger\u00adtjenester&nbsp;\n- Innføre: Visma&nbsp;HRM &amp; Acos\n`;
    assert.deepEqual(goalOf(text).properties.map((p) => p.value), ['2026', 'DS19-M2, DS19-M1', 'innbyggertjenester', 'Visma HRM & Acos']);
    const supports = goalOf(text).properties[1]!;
    assert.deepEqual(supports.items.map((i) => text.slice(i.span.start, i.span.end)), ['DS19&#8209;M2', 'DS19&#x2011;M1']);
    assert.deepEqual(unread({ 'samstemt.yaml': CONFIG, 'storby.md': text }), []);
  });

  it('leaves an ampersand that starts no reference as written (R&D, &c)', () => {
    assert.equal(props(`${HEAD}- Innføre: R&D-verktøy &foo; &c\n`).Innføre, 'R&D-verktøy &foo; &c');
  });
});

describe('Real-world documents: Obsidian, Macs and wrong encodings', () => {
  it('reads Dataview\'s `Frist:: 2026` as the property Frist (the second colon is the key\'s trailing colon)', () => {
    const text = `${HEAD}- Frist:: 2026\n- Støtter:: DS19-M2\n`;
    assert.deepEqual(props(text), { Frist: '2026', Støtter: 'DS19-M2' });
    const deadline = goalOf(text).properties[0]!;
    assert.equal(text.slice(deadline.valueSpan.start, deadline.valueSpan.end), '2026');
  });

  it('reads keys and values with å written as a + combining ring (NFD text from a PDF or a Mac)', () => {
    const text = `${HEAD}- Frist: 2026\n- Støtter: DS19-M2\n- Omra\u030ade: innbyggertjenester\n- Status: pa\u030aga\u030ar\n- Bidrar til: #a\u030arsplan\n\n## Årsplan {#årsplan}\n\n- Frist: 2026\n- Støtter: DS19-M2\n`;
    const goal = goalOf(text);
    assert.deepEqual(goal.properties.map((p) => [p.key, p.value]), [['deadline', '2026'], ['supports', 'DS19-M2'], ['area', 'innbyggertjenester'], ['status', 'pågår'], ['contributes', '#årsplan']]);
    const ref = goal.properties[4]!.items[0]!;
    assert.equal(text.slice(ref.span.start, ref.span.end), '#a\u030arsplan');
    assert.deepEqual(unread({ 'samstemt.yaml': CONFIG, 'storby.md': text }).concat(analyze({ 'samstemt.yaml': CONFIG, 'storby.md': text }).filter((d) => d.rule === 'unknown-goal-ref')), []);
  });

  it('offers the word for a value garbled by a wrong encoding (`pÃ¥gÃ¥r` → pågår)', () => {
    const files = { 'samstemt.yaml': CONFIG_NB, 'storby.md': `${HEAD}- Frist: 2026\n- Støtter: DS19-M2\n- Status: pÃ¥gÃ¥r\n- Retning: Ã¸ke\n` };
    const found = analyze(files).filter((d) => d.rule === 'invalid-value');
    assert.deepEqual(found.map((d) => textAt(files, d)), ['pÃ¥gÃ¥r', 'Ã¸ke']);
    assert.deepEqual(found.map((d) => d.fixes[0]?.edits[0]?.newText), ['pågår', 'øke']);
  });
});

describe('Real-world documents: quotes around values', () => {
  it('reads dates, IDs, references and words from a list in quotes (as YAML reads `deadline: "2026"`), with spans inside the quotes', () => {
    const text = `${HEAD}- Frist: «2026»\n- Støtter: “DS19-M2”, «DS19-M1»\n- Bidrar til: ‘#arkiv’\n- Område: "hr"\n- Status: «pågår»\n- Behov: «Digitalt førstevalg» gjelder også oss\n\n## Arkiv {#arkiv}\n\n- Frist: 2026\n- Støtter: DS19-M2\n`;
    const goal = goalOf(text);
    assert.deepEqual(goal.properties.map((p) => p.value), ['2026', '“DS19-M2”, «DS19-M1»', '#arkiv', 'hr', 'pågår', '«Digitalt førstevalg» gjelder også oss']);
    assert.deepEqual(goal.properties[1]!.items.map((i) => [i.text, text.slice(i.span.start, i.span.end)]), [['DS19-M2', 'DS19-M2'], ['DS19-M1', 'DS19-M1']]);
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': text };
    assert.deepEqual(analyze(files).filter((d) => ['invalid-value', 'unknown-objective', 'unknown-goal-ref', 'goal-unlinked', 'goal-not-measurable'].includes(d.rule)), []);
  });

  it('fixes a misspelt reference inside its quotes', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}- Frist: 2026\n- Støtter: DS19-M2\n- Bidrar til: «#arkif»\n\n## Arkiv {#arkiv}\n\n- Frist: 2026\n- Støtter: DS19-M2\n` };
    const d = analyze(files).find((x) => x.rule === 'unknown-goal-ref');
    assert.ok(d);
    assert.equal(textAt(files, d), '#arkif');
    assert.equal(d.fixes[0]?.edits[0]?.newText, '#arkiv');
  });
});

describe('Real-world documents: Obsidian heading links', () => {
  it('proposes the goal an Obsidian link names by its heading (`[[#Felles arkiv]]`, `[[#Arkiv]]`)', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}- Frist: 2026\n- Støtter: DS19-M2\n- Bidrar til: [[#Felles arkiv]], [[storby#Arkiv]]\n\n## Felles arkiv {#arkiv}\n\n- Frist: 2026\n- Støtter: DS19-M2\n` };
    const found = analyze(files).filter((d) => d.rule === 'invalid-value');
    assert.deepEqual(found.map((d) => textAt(files, d)), ['[[#Felles arkiv]]', '[[storby#Arkiv]]']);
    assert.deepEqual(found.map((d) => d.fixes[0]?.edits[0]?.newText), ['#arkiv', 'storby#arkiv']);
  });
});

describe('Real-world documents: follow-on findings', () => {
  it('does not tell to move the list of a heading whose goal ID is written wrongly: it is that goal\'s list', () => {
    const files = { 'samstemt.yaml': CONFIG, 'storby.md': `${HEAD}- Frist: 2026\n- Støtter: DS19-M2\n\n### Arkiv {.unnumbered #arkiv}\n\n- Frist: 2027\n` };
    const found = analyze(files).filter((d) => d.rule === 'invalid-value' || d.rule === 'unknown-property');
    assert.deepEqual(found.map((d) => `${d.rule}:${textAt(files, d)}`), ['invalid-value:{.unnumbered #arkiv}']);
  });

  it('reads a period written with a non-breaking hyphen or a minus sign (2024‑2027)', () => {
    for (const dash of ['\u2011', '\u2212', ' \u2013 ']) {
      const files = { 'samstemt.yaml': CONFIG, 'storby.md': `---\nowner: storby\nperiod: 2024${dash}2027\n---\n\n## A {#a}\n\n- Frist: 2026\n- Støtter: DS19-M2\n` };
      assert.deepEqual(analyze(files).filter((d) => d.rule === 'invalid-value'), [], JSON.stringify(dash));
    }
  });
});

describe('Real-world documents: YAML pasted with non-breaking spaces', () => {
  it('names non-breaking spaces in the indentation as the cause, on their line, with a fix to ordinary spaces', () => {
    const text = 'owner: fjellbygd\ngoals:\n  - id: lonn\n    title: Lønn\n\u00a0\u00a0\u00a0\u00a0deadline: 2026\n    supports: DS19-M2\n';
    const files = { 'samstemt.yaml': CONFIG, 'fjellbygd.yaml': text };
    const found = analyze(files).filter((d) => d.rule === 'parse-error');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.range, range(4, 0, 4, 4));
    assert.match(found[0]!.message, /indented with non-breaking or other special spaces/);
    assert.equal(found[0]!.fixes[0]?.edits[0]?.newText, '    ');
  });

  it('leaves other YAML errors to their own explanation', () => {
    const files = { 'samstemt.yaml': CONFIG, 'fjellbygd.yaml': 'owner: fjellbygd\ngoals:\n  - id: lonn\n    title: Lønn: og personal\n' };
    const d = analyze(files).find((x) => x.rule === 'parse-error');
    assert.match(d?.message ?? '', /Put the value in quotes/);
  });
});

describe('Real-world documents: invisible characters pasted into YAML values', () => {
  it('reads a YAML strategy with a zero-width space or soft hyphen after a value as the same strategy written without them, as Markdown reads its values', () => {
    const z = '\u200b';
    const yaml = (mark: string) => `owner: storby
goals:
  - id: felles-hr
    title: Felles HR-system
    area: hr${mark}
    supports: [DS19-M2${mark}]
    deadline: "2026${mark}"
    indicator: andel ansatte
    target: 80 %${mark}
    scope: [storby, fjellbygd\u00ad]
    adopt: Visma HRM${mark}
    need: Felles lønn og personal${mark}
    contributes: "#lonn${mark}"
  - id: lonn
    title: Lønn
    supports: DS19-M2
    deadline: 2026
    indicator: x
    target: 3
`;
    const local = '---\nowner: fjellbygd\n---\n\n## Lokal HR {#lokal-hr}\n\n- Område: hr\n- Støtter: DS19-M2\n- Frist: 2026\n- Beholde: Agresso\n- Indikator: x\n- Målverdi: 3\n';
    const clean = analyze({ 'samstemt.yaml': CONFIG, 'storby.yaml': yaml('').replace('fjellbygd\u00ad', 'fjellbygd'), 'fjellbygd.md': local });
    const pasted = analyze({ 'samstemt.yaml': CONFIG, 'storby.yaml': yaml(z), 'fjellbygd.md': local });
    const summary = (list: typeof clean) => list.map((d) => `${d.uri} ${d.rule} ${d.range.start.line}`).sort();
    assert.deepEqual(summary(pasted), summary(clean));
    assert.ok(pasted.some((d) => d.rule === 'conflict-system-choice'), 'the planted conflict is found through `area: hr` with the pasted character');
  });
});
