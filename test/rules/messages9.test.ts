/**
 * Audit 9 of what every rule says to a user: the Brekkedal IKT fixture
 * (test/fixtures/messages9: a company and four members of 42 150 to 870
 * inhabitants) triggers every rule of rules.md, once per message language
 * (nb/, nn/ and en/ differ only in samstemt.yaml's `language:`). The
 * expectations are those of test/fixtures/messages9/EXPECTED.md, written from
 * rules.md, format.md and the rule pages before the tool was run.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allRules } from '../../server/src/rules/index.js';
import { runCli, type JsonDiagnostic } from '../helpers/cli.js';
import { analyze, readTree, CONFIG_NN, CONFIG_NB, REPO, type TestDiagnostic } from '../helpers/workspace.js';
import { applyFix } from '../helpers/fixes.js';
import type { Lang } from '../../server/src/engine/types.js';

const DIR = 'test/fixtures/messages9';
const LANGS: readonly Lang[] = ['nb', 'nn', 'en'];

/** The 21 rule IDs and default severities of rules.md, copied from the contract. */
const RULES_MD: Record<string, string> = {
  'parse-error': 'error', 'missing-owner': 'error', 'unknown-member': 'error', 'duplicate-goal-id': 'error',
  'unknown-property': 'warning', 'invalid-value': 'error', 'unknown-objective': 'error', 'unknown-goal-ref': 'error',
  'contribution-cycle': 'error', 'goal-unlinked': 'warning', 'weak-link': 'hint', 'objective-uncovered': 'info',
  'beyond-framework-period': 'info', 'goal-not-measurable': 'warning', 'solution-first': 'warning', 'uniform-mandate': 'info',
  'conflict-system-choice': 'error', 'conflict-direction': 'error', 'conflict-deadline': 'warning', 'conflict-capacity': 'warning',
  'possible-conflict': 'hint',
};

/** Where each rule must point (EXPECTED.md): [rule, file, 1-based line, the text the range covers]. */
const WHERE: readonly (readonly [string, string, number, string])[] = [
  ['parse-error', 'skjerneset-tiltak.strategy.yaml', 2, 'title: Tiltaksplan: Skjerneset 2025'],
  ['missing-owner', 'utkast-tenesteplan.strategy.md', 1, '---'],
  ['unknown-member', 'hammarnes.strategy.yaml', 30, 'lauvdall'],
  ['duplicate-goal-id', 'hammarnes.strategy.yaml', 5, 'velferdsteknologi'],
  ['duplicate-goal-id', 'hammarnes.strategy.yaml', 12, 'velferdsteknologi'],
  ['unknown-property', 'brekkedal-ikt.strategy.md', 60, 'Ansvarlg'],
  ['invalid-value', 'hammarnes.strategy.yaml', 31, '2026-02-30'],
  ['invalid-value', 'hammarnes.strategy.yaml', 32, 'hihg'],
  ['unknown-objective', 'ostvik.strategy.md', 40, 'DS19-I33'],
  ['unknown-goal-ref', 'ostvik.strategy.md', 46, 'brekkedal-ikt#felles-arkv'],
  ['contribution-cycle', 'hammarnes.strategy.yaml', 20, '#opplaering'],
  ['contribution-cycle', 'hammarnes.strategy.yaml', 24, '#kompetanse'],
  ['goal-unlinked', 'hammarnes.strategy.yaml', 34, 'New switchboard for the town hall'],
  ['weak-link', 'ostvik.strategy.md', 52, 'DS19-I2-L1'],
  ['beyond-framework-period', 'brekkedal-ikt.strategy.md', 66, '2028'],
  ['goal-not-measurable', 'ostvik.strategy.md', 30, 'Flere digitale skjema'],
  ['solution-first', 'brekkedal-ikt.strategy.md', 57, 'Elements Noark'],
  ['uniform-mandate', 'brekkedal-ikt.strategy.md', 14, 'alle'],
  ['conflict-system-choice', 'brekkedal-ikt.strategy.md', 13, 'Visma HRM'],
  ['conflict-system-choice', 'skjerneset.strategy.md', 12, 'Huldt & Lillevik Lønn'],
  ['conflict-direction', 'brekkedal-ikt.strategy.md', 24, 'øke'],
  ['conflict-direction', 'ostvik.strategy.md', 12, 'redusere'],
  ['conflict-capacity', 'brekkedal-ikt.strategy.md', 43, 'utviklingskapasitet 6'],
  ['conflict-capacity', 'ostvik.strategy.md', 21, 'utviklingskapasitet 5,5'],
  ['possible-conflict', 'brekkedal-ikt.strategy.md', 46, 'Sentralisere brukerstøtten i Brekkedal IKT'],
  ['possible-conflict', 'lauvdal.strategy.md', 9, 'Desentralisere brukarstøtta til kvar kommune'],
];

/** Conflicts a reader of the documents sees, as [rule, goal, goal]: each reported on both goals, related to the other. */
const PAIRS: readonly (readonly [string, string, string])[] = [
  ['conflict-system-choice', 'brekkedal-ikt#felles-hr', 'skjerneset#behalde-lonn'],
  ['conflict-direction', 'brekkedal-ikt#medlemsavgift-utvikling', 'ostvik#lavere-medlemsavgift'],
  ['conflict-deadline', 'ostvik#digital-byggesak', 'brekkedal-ikt#felles-byggesak'],
  ['conflict-capacity', 'brekkedal-ikt#onboarding', 'ostvik#chatbot'],
  ['possible-conflict', 'brekkedal-ikt#sentralisere-brukerstotte', 'lauvdal#desentralisere-brukarstotte'],
  ['contribution-cycle', 'hammarnes#kompetanse', 'hammarnes#opplaering'],
  ['duplicate-goal-id', 'hammarnes#velferdsteknologi', 'hammarnes#velferdsteknologi'],
];

/**
 * What a message must contain, by language (EXPECTED.md): the goal, the other
 * goal and member, the values involved — numbers as each language writes them.
 */
const CONTAINS: readonly (readonly [string, string, Record<Lang, readonly string[]>])[] = [
  ['uniform-mandate', 'brekkedal-ikt#felles-hr', {
    nb: ['«Felles personalsystem for alle medlemmer»', 'Visma HRM', 'Østvik kommune har 42 150 innbyggere', 'Skjerneset kommune har 870', '48 ganger', '`Unntak: …`'],
    nn: ['«Felles personalsystem for alle medlemmer»', 'Visma HRM', 'Østvik kommune har 42 150 innbyggjarar', 'Skjerneset kommune har 870', '48 gonger', '`Unntak: …`'],
    en: ['«Felles personalsystem for alle medlemmer»', 'Visma HRM', 'Østvik kommune has 42,150 inhabitants', 'Skjerneset kommune has 870', '48 times', '`Unntak: …`'],
  }],
  ['conflict-capacity', 'ostvik#chatbot', {
    nb: ['«utviklingskapasitet»', '2026', '11,5 årsverk', '10 årsverk', '5,5 årsverk', '«Nye medlemmer over på felles plattform» (Brekkedal IKT AS) 6 årsverk'],
    nn: ['«utviklingskapasitet»', '2026', '11,5 årsverk', '10 årsverk', '5,5 årsverk', '«Nye medlemmer over på felles plattform» (Brekkedal IKT AS) 6 årsverk'],
    en: ['«utviklingskapasitet»', '2026', '11.5 person-years', '10 person-years', '5.5 person-years', '«Nye medlemmer over på felles plattform» (Brekkedal IKT AS) 6 person-years'],
  }],
  ['conflict-system-choice', 'skjerneset#behalde-lonn', {
    nb: ['«hr»', 'Huldt & Lillevik Lønn', 'Visma HRM', '«Felles personalsystem for alle medlemmer» (Brekkedal IKT AS)', 'Skjerneset kommune', '`Unntak: skjerneset`', '`Aksepterer: brekkedal-ikt#felles-hr — <begrunnelse>`'],
    nn: ['«hr»', 'Huldt & Lillevik Lønn', 'Visma HRM', '«Felles personalsystem for alle medlemmer» (Brekkedal IKT AS)', 'Skjerneset kommune', '`Unntak: skjerneset`', '`Aksepterer: brekkedal-ikt#felles-hr — <grunngjeving>`'],
    en: ['«hr»', 'Huldt & Lillevik Lønn', 'Visma HRM', '«Felles personalsystem for alle medlemmer» (Brekkedal IKT AS)', 'Skjerneset kommune', '`Unntak: skjerneset`', '`Aksepterer: brekkedal-ikt#felles-hr — <reason>`'],
  }],
  ['conflict-direction', 'ostvik#lavere-medlemsavgift', {
    nb: ['«Medlemsavgift til Brekkedal IKT»', 'redusere', 'øke', '«Medlemsavgift som finansierer mer utvikling» (Brekkedal IKT AS)', '2025–2026'],
    nn: ['«Medlemsavgift til Brekkedal IKT»', 'redusere', 'auke', '«Medlemsavgift som finansierer mer utvikling» (Brekkedal IKT AS)', '2025–2026'],
    en: ['«Medlemsavgift til Brekkedal IKT»', 'reduce', 'increase', '«Medlemsavgift som finansierer mer utvikling» (Brekkedal IKT AS)', '2025–2026'],
  }],
  ['conflict-deadline', 'ostvik#digital-byggesak', {
    nb: ['«Felles byggesaksløsning for Østvik og Hammarnes» (Brekkedal IKT AS)', '2027-06-30', '2026-06-30', 'flytt fristen'],
    nn: ['«Felles byggesaksløsning for Østvik og Hammarnes» (Brekkedal IKT AS)', '2027-06-30', '2026-06-30', 'flytt fristen'],
    en: ['«Felles byggesaksløsning for Østvik og Hammarnes» (Brekkedal IKT AS)', '2027-06-30', '2026-06-30', 'move the deadline'],
  }],
  ['possible-conflict', 'lauvdal#desentralisere-brukarstotte', {
    nb: ['«Desentralisere brukarstøtta»', '«Sentralisere brukerstøtten»', 'Lauvdal kommune', '`Unntak: lauvdal`'],
    nn: ['«Desentralisere brukarstøtta»', '«Sentralisere brukerstøtten»', 'Lauvdal kommune', '`Unntak: lauvdal`'],
    en: ['«Desentralisere brukarstøtta»', '«Sentralisere brukerstøtten»', 'Lauvdal kommune', '`Unntak: lauvdal`'],
  }],
  ['beyond-framework-period', 'brekkedal-ikt#sikkerhet', {
    nb: ['Fristen 2028', 'DS19 2019–2025', 'DN30', '`Støtter: DN30-F3`'],
    nn: ['Fristen 2028', 'DS19 2019–2025', 'DN30', '`Støtter: DN30-F3`'],
    en: ['deadline 2028', 'DS19 2019–2025', 'DN30', '`Støtter: DN30-F3`'],
  }],
  ['weak-link', 'ostvik#tilgang', {
    nb: ['«Sikker innlogging og tilgangsstyring»', 'DS19-I2-L1 «Få barn»', 'DS19-I9 «Digital sikkerhet»'],
    nn: ['«Sikker innlogging og tilgangsstyring»', 'DS19-I2-L1 «Få barn»', 'DS19-I9 «Digital sikkerhet»'],
    en: ['«Sikker innlogging og tilgangsstyring»', 'DS19-I2-L1 «Having a child»', 'DS19-I9 «Cyber security»'],
  }],
  ['goal-not-measurable', 'ostvik#skjema', {
    nb: ['«Flere digitale skjema»', '`Frist: 2027-12-31`', '`Indikator: …`', '`Målverdi: …`'],
    nn: ['«Flere digitale skjema»', '`Frist: 2027-12-31`', '`Indikator: …`', '`Målverdi: …`'],
    en: ['«Flere digitale skjema»', '`Frist: 2027-12-31`', '`Indikator: …`', '`Målverdi: …`'],
  }],
  ['solution-first', 'brekkedal-ikt#felles-arkiv', {
    nb: ['«Felles arkivkjerne»', 'Elements Noark', '`Behov: …`', '`Gevinst: …`'],
    nn: ['«Felles arkivkjerne»', 'Elements Noark', '`Behov: …`', '`Gevinst: …`'],
    en: ['«Felles arkivkjerne»', 'Elements Noark', '`Behov: …`', '`Gevinst: …`'],
  }],
  ['unknown-member', 'hammarnes#skoleplattform', {
    nb: ['«lauvdall»', '«lauvdal»', 'ostvik, hammarnes, lauvdal, skjerneset, brekkedal-ikt'],
    nn: ['«lauvdall»', '«lauvdal»', 'ostvik, hammarnes, lauvdal, skjerneset, brekkedal-ikt'],
    en: ['"lauvdall"', '"lauvdal"', 'ostvik, hammarnes, lauvdal, skjerneset, brekkedal-ikt'],
  }],
  ['unknown-goal-ref', 'ostvik#arkivplan', {
    nb: ['brekkedal-ikt#felles-arkv', 'brekkedal-ikt#felles-arkiv'],
    nn: ['brekkedal-ikt#felles-arkv', 'brekkedal-ikt#felles-arkiv'],
    en: ['brekkedal-ikt#felles-arkv', 'brekkedal-ikt#felles-arkiv'],
  }],
  ['contribution-cycle', 'hammarnes#kompetanse', {
    nb: ['hammarnes#kompetanse → hammarnes#opplaering → hammarnes#kompetanse', 'fjern'],
    nn: ['hammarnes#kompetanse → hammarnes#opplaering → hammarnes#kompetanse', 'fjern'],
    en: ['hammarnes#kompetanse → hammarnes#opplaering → hammarnes#kompetanse', 'remove'],
  }],
];

/** Bokmål forms that are not nynorsk (the brief's list and their kin). */
const BOKMAL = /(?<![\p{L}\p{N}_-])(ikke|hva|hvordan|hvis|bare|fra|noen|noe|hvilke|hvilken|være|uten|mer|flere|finnes|ukjent|mulige?|derfor|fortsatt|medlemmer|eier|innbyggere|løsninger?|begrunnelse|dere|mangler)(?![\p{L}\p{N}_-])/giu;
/** Nynorsk forms that are not bokmål. */
const NYNORSK = /(?<![\p{L}\p{N}_-])(ikkje|kva|korleis|berre|frå|nokon|noko|vere|eit|ein|sjå|medlemer|innbyggjarar|løysingar?|grunngjeving|moglege?)(?![\p{L}\p{N}_-])/giu;
/** Programmers' words and leaked values. */
const JARGON = /(?<![\p{L}\p{N}_-])(undefined|NaN|null|regex|stack|enum|string|boolean|JSON)(?![\p{L}\p{N}_-])|\[object|\{[a-z]\w*\}/giu;

/**
 * The prose of a message: what the user did not write — code spans and quoted titles and values («…», "…")
 * are theirs, and so is unknown-property's list of keys (the document's own, in the document's language).
 */
const prose = (s: string) => s.replace(/`[^`]*`/g, ' ').replace(/«[^»]*»/g, ' ').replace(/"[^"]*"/g, ' ').replace(/(Kjente nøkler|Kjende nøklar|Known keys):.*$/s, ' ');

function check(lang: Lang): JsonDiagnostic[] {
  const r = runCli(['check', path.join(DIR, lang), '--format', 'json']);
  assert.equal(r.status, 1, r.stderr);
  return JSON.parse(r.stdout).diagnostics;
}

function textAt(lang: Lang, d: Pick<JsonDiagnostic, 'file' | 'range'>): string | undefined {
  const lines = readFileSync(path.join(REPO, DIR, lang, d.file), 'utf8').split('\n');
  const { start, end } = d.range;
  return start.line === end.line ? lines[start.line]!.slice(start.character, end.character) : undefined;
}

describe('messages9: Brekkedal IKT — what every rule says, in nb, nn and en', () => {
  it('has rule modules with the IDs and default severities of rules.md, and a rule page for each', () => {
    assert.deepEqual(Object.fromEntries(allRules.map((r) => [r.meta.id, r.meta.defaultSeverity]).sort()), Object.fromEntries(Object.entries(RULES_MD).sort()));
    for (const id of Object.keys(RULES_MD)) {
      const page = readFileSync(path.join(REPO, 'docs/rules', `${id}.md`), 'utf8');
      for (const h of ['## What it checks', '## Why it matters', '## Example', '## How to fix']) assert.ok(page.includes(`\n${h}\n`), `docs/rules/${id}.md: ${h}`);
    }
  });

  it('keeps the three copies of the cooperation identical but for `language:`', () => {
    const nb = readTree(path.join(DIR, 'nb'));
    for (const lang of ['nn', 'en'] as const) {
      const other = readTree(path.join(DIR, lang));
      assert.deepEqual(Object.keys(other).sort(), Object.keys(nb).sort());
      for (const [file, text] of Object.entries(nb)) assert.equal(other[file], file === 'samstemt.yaml' ? text.replace('language: nb', `language: ${lang}`) : text, file);
    }
  });

  const found: Partial<Record<Lang, JsonDiagnostic[]>> = {};
  for (const lang of LANGS) {
    describe(`language: ${lang}`, () => {
      before(() => {
        found[lang] = check(lang);
      });
      const all = () => found[lang]!;
      const on = (rule: string, goal: string) => all().filter((d) => d.rule === rule && d.goal === goal);

      it('reports every rule of rules.md at least once, at its default severity', () => {
        for (const [rule, severity] of Object.entries(RULES_MD)) {
          const ds = all().filter((d) => d.rule === rule);
          assert.ok(ds.length > 0, `${rule} is not reported`);
          assert.ok(ds.some((d) => d.severity === severity), `${rule}: ${ds.map((d) => d.severity).join(', ')}`);
        }
      });

      it('points each finding at the key, value or heading it is about', () => {
        for (const [rule, file, line, text] of WHERE) {
          const at = all().filter((d) => d.rule === rule && d.file === `strategier/${file}` && d.range.start.line === line - 1);
          assert.ok(at.length > 0, `${rule} at ${file}:${line}: ${JSON.stringify(all().filter((d) => d.rule === rule).map((d) => [d.file, d.range.start.line + 1]))}`);
          assert.ok(at.some((d) => textAt(lang, d) === text), `${rule} at ${file}:${line} covers ${JSON.stringify(at.map((d) => textAt(lang, d)))}, not ${text}`);
        }
        // objective-uncovered is about the config: its range is a framework of `frameworks`.
        for (const d of all().filter((x) => x.rule === 'objective-uncovered')) {
          assert.equal(d.file, 'samstemt.yaml');
          assert.match(textAt(lang, d) ?? '', /^(DS19|DN30)$/);
        }
      });

      for (const [rule, a, b] of PAIRS) {
        it(`reports ${rule} on both ${a} and ${b}, each related to the other`, () => {
          const onA = on(rule, a).filter((d) => d.related?.some((r) => r.goal === b));
          const onB = on(rule, b).filter((d) => d.related?.some((r) => r.goal === a));
          assert.ok(onA.length > 0 && onB.length > 0, `${rule}: ${JSON.stringify(all().filter((d) => d.rule === rule).map((d) => [d.goal, d.related?.map((r) => r.goal)]))}`);
          if (a === b) assert.ok(onA.some((x) => onA.some((y) => y.range.start.line !== x.range.start.line)), 'the two goals of one ID are two findings');
          for (const d of [...onA, ...onB]) for (const r of d.related ?? []) assert.ok(r.message && r.message.trim().length > 5, `related message of ${rule}`);
        });
      }

      for (const [rule, goal, texts] of CONTAINS) {
        it(`${rule} on ${goal} names the goals and values (numbers as ${lang} writes them)`, () => {
          const ds = on(rule, goal);
          assert.ok(ds.length > 0, `no ${rule} on ${goal}`);
          for (const t of texts[lang]) assert.ok(ds.some((d) => d.message.includes(t)), `${rule} on ${goal} lacks ${JSON.stringify(t)}: ${ds.map((d) => d.message).join('\n')}`);
        });
      }

      it('writes numbers with the grouping and decimal sign of the language', () => {
        const msgs = all().map((d) => d.message).join('\n');
        if (lang === 'en') assert.doesNotMatch(msgs, /\d,\d(?!\d\d)|\d \d{3}\b/);
        else assert.doesNotMatch(msgs, /\b\d{1,3},\d{3}\b|\b\d+\.\d+\b(?!\.)/);
      });

      it('writes every message in the language, without programmers\' words', () => {
        const bad: string[] = [];
        for (const d of all()) {
          const texts = [d.message, ...(d.related ?? []).map((r) => r.message ?? '')];
          for (const t of texts) {
            const p = prose(t);
            if (JARGON.test(p)) bad.push(`${d.rule}: jargon in «${t}»`);
            JARGON.lastIndex = 0;
            const wrong = lang === 'nn' ? [...p.matchAll(BOKMAL)] : lang === 'nb' ? [...p.matchAll(NYNORSK)] : [...p.matchAll(/(?<![\p{L}\p{N}_-])(ikke|ikkje|og|eller|er|målet|mål)(?![\p{L}\p{N}_-])/giu)];
            if (wrong.length) bad.push(`${d.rule}: ${wrong.map((m) => m[1]).join(', ')} in «${t}»`);
          }
        }
        assert.deepEqual(bad, []);
      });

      it('quotes in «» in Norwegian (ASCII quotes only in code spans and YAML to copy)', () => {
        if (lang === 'en') return;
        const bad = all().filter((d) => d.rule !== 'parse-error' && /["“”]/.test(d.message.replace(/`[^`]*`/g, '')));
        assert.deepEqual(bad.map((d) => d.message), []);
      });

      it('gives every finding a fix or an explanation after saying what is wrong', () => {
        for (const d of all()) {
          const sentences = d.message.split(/(?<=[.?!:;])\s+(?=[A-ZÆØÅ«`"])/u).filter((s) => s.trim());
          assert.ok(sentences.length >= 2 || d.message.length > 120, `${d.rule}: «${d.message}»`);
        }
      });
    });
  }

  // After the three languages' describes: mocha runs a describe's own tests before its nested ones.
  describe('across languages', () => {
    it('reports the same findings at the same places in every language', () => {
      const key = (d: JsonDiagnostic) => `${d.file}|${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}|${d.rule}|${d.severity}|${d.goal ?? ''}`;
      const nb = found.nb!.map(key);
      assert.deepEqual(found.nn!.map(key), nb);
      assert.deepEqual(found.en!.map(key), nb);
    });
  });

  describe('quick fixes', () => {
    const files = readTree(path.join(DIR, 'nb'));
    /** A fix that writes a placeholder leaves its finding on purpose (format.md: the author must fill it in). */
    const writesPlaceholder = (f: TestDiagnostic['fixes'][number]) => f.edits.some((e) => /<[^>]+>/.test(e.newText));
    const same = (d: TestDiagnostic) => (x: TestDiagnostic) => x.rule === d.rule && x.file === d.file && x.message === d.message && (x.goal ?? '') === (d.goal ?? '');

    it('offers quick fixes on this cooperation', () => {
      const withFix = analyze(files).filter((d) => d.fixes.some((f) => !writesPlaceholder(f)));
      assert.ok(new Set(withFix.map((d) => d.rule)).size >= 9, withFix.map((d) => d.rule).join(', '));
    });

    it('removes the finding it is offered for (each fix that writes no placeholder)', () => {
      const before = analyze(files);
      const failures: string[] = [];
      for (const d of before) {
        d.fixes.forEach((f, i) => {
          if (writesPlaceholder(f)) return;
          const after = analyze(applyFix(files, d, i));
          if (after.filter(same(d)).length >= before.filter(same(d)).length) failures.push(`${d.rule} ${d.file}:${d.range.start.line + 1} «${f.title.en}»`);
        });
      }
      assert.deepEqual(failures, []);
    });
  });
});

/**
 * A document whose keys are spelt the same in bokmål and nynorsk (`Område`,
 * `Prioritet`, `Frist`) and whose titles do not tell either: in a cooperation
 * that writes nynorsk (`language: nn`), Samstemt writes nynorsk keys and values
 * into it, not bokmål.
 */
describe('messages9: a document that does not tell bokmål from nynorsk follows the workspace', () => {
  const doc = `---\nowner: storby\nperiod: 2024–2027\n---\n\n## Felles arkiv {#arkiv}\n\n- Område: sak-arkiv\n- Prioritet: høgg\n`;

  it('offers «høg» (not «høy») and nynorsk keys in a nynorsk cooperation', () => {
    const ds = analyze({ 'samstemt.yaml': CONFIG_NN, 'storby.md': doc });
    const value = ds.find((d) => d.rule === 'invalid-value')!;
    assert.match(value.message, /Meinte du «høg»\? Tillatne verdiar: høg, middels, låg\./);
    const unlinked = ds.find((d) => d.rule === 'goal-unlinked')!;
    assert.match(unlinked.message, /`Støttar: <mål-ID>`/);
    assert.match(unlinked.message, /`Bidreg til`/);
    const fixed = applyFix({ 'samstemt.yaml': CONFIG_NN, 'storby.md': doc }, ds.find((d) => d.rule === 'goal-not-measurable')!);
    assert.match(fixed['storby.md']!, /- Frist: 2027-12-31\n/);
  });

  it('keeps bokmål in a bokmål cooperation', () => {
    const ds = analyze({ 'samstemt.yaml': CONFIG_NB, 'storby.md': doc });
    assert.match(ds.find((d) => d.rule === 'invalid-value')!.message, /Mente du «høy»\? Tillatte verdier: høy, middels, lav\./);
    assert.match(ds.find((d) => d.rule === 'goal-unlinked')!.message, /`Støtter: <mål-ID>`/);
  });

  it('keeps a document that does tell: bokmål keys stay bokmål in a nynorsk cooperation', () => {
    const nb = doc.replace('- Prioritet: høgg\n', '- Prioritet: høgg\n- Beholde: Arkivsystem\n');
    const ds = analyze({ 'samstemt.yaml': CONFIG_NN, 'storby.md': nb });
    assert.match(ds.find((d) => d.rule === 'invalid-value')!.message, /Meinte du «høy»\?/);
  });
});

/**
 * missing-owner on a Markdown document with no front matter at all (a first
 * strategy written as plain Markdown): there are no `---` lines to add the
 * owner between, so the message says to start the document with them.
 */
describe('messages9: missing-owner on a Markdown document without front matter', () => {
  const doc = `# Strategi for Storby\n\n## Felles arkiv {#arkiv}\n\n- Frist: 2026\n`;
  for (const [lang, expected] of [
    ['en', 'Start the document with a line `---`, then `owner: <member id>`, then another line `---`'],
    ['nb', 'Start dokumentet med en linje `---`, så `owner: <medlems-id>`, så en ny linje `---`'],
    ['nn', 'Start dokumentet med ei linje `---`, så `owner: <medlems-id>`, så ei ny linje `---`'],
  ] as const) {
    it(`says to start the document with the \`---\` lines, not to write between them (${lang})`, () => {
      const config = lang === 'nb' ? CONFIG_NB : lang === 'nn' ? CONFIG_NN : CONFIG_NB.replace('language: nb', 'language: en');
      const [d] = analyze({ 'samstemt.yaml': config, 'strategi.md': doc }).filter((x) => x.rule === 'missing-owner');
      assert.ok(d!.message.includes(expected), d!.message);
      assert.doesNotMatch(d!.message, /between the `---` lines|mellom `---`-linjene/);
    });
  }

  it('keeps «between the `---` lines» for a front matter without owner', () => {
    const [d] = analyze({ 'samstemt.yaml': CONFIG_NB, 'strategi.md': `---\ntitle: Strategi\n---\n${doc}` }).filter((x) => x.rule === 'missing-owner');
    assert.match(d!.message, /Legg til `owner: <medlems-id>` mellom `---`-linjene øverst i dokumentet/);
  });
});

/**
 * parse-error on a YAML value that starts with a character YAML gives a
 * meaning (`målverdi: > 80 %`, `title: "Visma" som felles HR`, `title: [Utkast]
 * Strategi`, `title: @kommune`): the message names that character and offers
 * to quote the value, in the message language, instead of the parser's
 * «a line break is expected» (in English in every language) or «bad
 * indentation», which sent authors to look for a wrong indentation.
 */
describe('messages9: parse-error on a value that starts with a character YAML reads', () => {
  const goal = (value: string) => `owner: storby\ngoals:\n  - id: x\n    title: Andel digitale søknader\n    indicator: andel digitale søknader\n    target: ${value}\n    deadline: 2026\n    supports: DS19-M2\n`;
  for (const [value, c] of [['> 80 %', '>'], ['| 80 %', '|'], ['"Visma" som felles HR', '"'], ['[Utkast] 80 %', '['], ['@kommune 80 %', '@'], ['`80` %', '`']] as const) {
    it(`names «${c}» in \`target: ${value}\` and quotes the value (nb, nn, en)`, () => {
      for (const [config, words] of [[CONFIG_NB, /YAML gir .+ i starten av verdien til «target» en spesiell betydning, .*sett verdien i anførselstegn/], [CONFIG_NN, /YAML gir .+ i starten av verdien til «target» ei særskild tyding, .*set verdien i hermeteikn/], [CONFIG_NB.replace('language: nb', 'language: en'), /YAML gives the .+ at the start of the value of "target" a special meaning, .*put the value in quotes/]] as const) {
        const files = { 'samstemt.yaml': config, 'storby.yaml': goal(value) };
        const [d, ...rest] = analyze(files).filter((x) => x.rule === 'parse-error');
        assert.equal(rest.length, 0);
        assert.match(d!.message, words);
        assert.ok(d!.message.includes(c), d!.message);
        assert.doesNotMatch(d!.message, /line break|innrykk|indentation/);
        const fixed = applyFix(files, d!);
        assert.deepEqual(analyze(fixed).filter((x) => x.rule === 'parse-error'), [], fixed['storby.yaml']);
      }
    });
  }

  it('keeps a quoted value followed by a comment, and a list, as they are (no finding)', () => {
    const ok = `owner: storby\ngoals:\n  - id: x\n    title: "Visma HRM" # felles\n    supports: [DS19-M2]\n    deadline: 2026\n`;
    assert.deepEqual(analyze({ 'samstemt.yaml': CONFIG_NB, 'storby.yaml': ok }).filter((x) => x.rule === 'parse-error'), []);
  });
});

/** A value missing between two commas (`[DS19-M2,, DS19-M3]`): the reason in the message language, not the parser's English. */
describe('messages9: parse-error on a value missing in a list', () => {
  const doc = `owner: storby\ngoals:\n  - id: x\n    title: X\n    supports: [DS19-M2,, DS19-M3]\n    deadline: 2026\n`;
  for (const [lang, config, words] of [
    ['nb', CONFIG_NB, /det mangler en verdi foran «,» \(to komma etter hverandre\?\)/],
    ['nn', CONFIG_NN, /det manglar ein verdi framfor «,» \(to komma etter kvarandre\?\)/],
    ['en', CONFIG_NB.replace('language: nb', 'language: en'), /a value is missing before ',' \(two commas in a row\?\)/],
  ] as const) {
    it(`says a value is missing before the comma (${lang})`, () => {
      const [d] = analyze({ 'samstemt.yaml': config, 'storby.yaml': doc }).filter((x) => x.rule === 'parse-error');
      assert.match(d!.message, words);
      if (lang !== 'en') assert.doesNotMatch(d!.message, /expected|found/);
    });
  }
});
