/**
 * The document-level keys of a strategy document (front matter, or the top
 * level of a YAML document): owner, title, period, status, language.
 */
import type { Lang, ParseProblem, Span, StrategyDocument } from '../types.js';
import { isNull, type YamlParseError, type YamlParseResult, type YMap, type YNode, type YScalar } from './yamlTree.js';
import { DOCUMENT_KEYS, lookupDocumentKey, lookupEnum, enumSpellings } from '../model/vocabulary.js';
import { didYouMean, keyOf } from '../text/normalize.js';
import { makeProperty } from './properties.js';

/**
 * The YAML parser's reasons that strategy authors run into, in Norwegian
 * (the parser words them in English; rarer ones are quoted as they are).
 */
const YAML_REASONS: Readonly<Record<string, { nb: string; nn: string }>> = {
  'bad indentation of a mapping entry': { nb: 'feil innrykk foran en nøkkel', nn: 'feil innrykk framfor ein nøkkel' },
  'bad indentation of a sequence entry': { nb: 'feil innrykk foran et listepunkt', nn: 'feil innrykk framfor eit listepunkt' },
  'deficient indentation': { nb: 'for lite innrykk, eller en liste eller et anførselstegn som ikke er lukket', nn: 'for lite innrykk, eller ei liste eller eit hermeteikn som ikkje er lukka' },
  'tab characters must not be used in indentation': { nb: 'tabulatortegn kan ikke brukes til innrykk, bare mellomrom', nn: 'tabulatorteikn kan ikkje brukast til innrykk, berre mellomrom' },
  'missed comma between flow collection entries': { nb: 'det mangler komma mellom elementene i [ ] eller { }', nn: 'det manglar komma mellom elementa i [ ] eller { }' },
  'end of the stream or a document separator is expected': { nb: 'noe står der det ikke kan stå (et kolon for mye?)', nn: 'noko står der det ikkje kan stå (eit kolon for mykje?)' },
  'unexpected end of the stream within a flow collection': { nb: 'en [ eller { blir ikke lukket', nn: 'ein [ eller { blir ikkje lukka' },
  'unexpected end of the stream within a double quoted scalar': { nb: 'et anførselstegn (") blir ikke lukket', nn: 'eit hermeteikn (") blir ikkje lukka' },
  'unexpected end of the document within a double quoted scalar': { nb: 'et anførselstegn (") blir ikke lukket', nn: 'eit hermeteikn (") blir ikkje lukka' },
  'unexpected end of the stream within a single quoted scalar': { nb: "en apostrof (') blir ikke lukket", nn: "ein apostrof (') blir ikkje lukka" },
  'unexpected end of the document within a single quoted scalar': { nb: "en apostrof (') blir ikke lukket", nn: "ein apostrof (') blir ikkje lukka" },
  'a whitespace character is expected after the key-value separator within a block mapping': { nb: 'det må stå et mellomrom etter kolonet', nn: 'det må stå eit mellomrom etter kolonet' },
  'can not read a block mapping entry; a multiline key may not be an implicit key': { nb: 'en nøkkel kan ikke gå over flere linjer (mangler det et kolon?)', nn: 'ein nøkkel kan ikkje gå over fleire linjer (manglar det eit kolon?)' },
  'the stream contains non-printable characters': { nb: 'teksten inneholder usynlige kontrolltegn', nn: 'teksten inneheld usynlege kontrollteikn' },
};

export function yamlErrorMessage(reason: string): { en: string; nb: string; nn: string } {
  const no = YAML_REASONS[reason];
  return {
    en: `The YAML here cannot be read: ${reason}. Check indentation, colons and quotes on this line and the line above.`,
    nb: `YAML-en her kan ikke leses: ${no?.nb ?? reason}. Sjekk innrykk, kolon og anførselstegn på denne linjen og linjen over.`,
    nn: `YAML-en her kan ikkje lesast: ${no?.nn ?? reason}. Sjekk innrykk, kolon og hermeteikn på denne linja og linja over.`,
  };
}

/**
 * The problem to report for a YAML error. Two mistakes authors make get
 * their real cause and a fix, where the parser's reason names another:
 * a plain value with `: ` in it (`title: Strategi: IKT`, "bad indentation
 * of a mapping entry") and a quote that is never closed ("deficient
 * indentation", found lines later). `from` is where the YAML starts in `text`.
 */
export function yamlProblem(text: string, error: YamlParseError, from = 0): ParseProblem {
  if (error.message === 'bad indentation of a mapping entry' && text[error.offset] === ':') {
    const colon = colonInValue(text, error.offset);
    if (colon) return colon;
  }
  if (error.message === 'deficient indentation') {
    const quote = unclosedQuote(text, error.offset, from);
    if (quote) return quote;
  }
  return { message: yamlErrorMessage(error.message), span: errorSpan(text, error) };
}

/** `key: a: b` — the parser stopped at the second colon of a plain value. */
function colonInValue(text: string, offset: number): ParseProblem | undefined {
  const line = lineSpanAt(text, offset);
  const written = text.slice(line.start, line.end);
  const kv = yamlLine(written);
  if (!kv.key || line.start + kv.valueStart > offset) return undefined;
  const key = kv.key;
  const valueStart = line.start + kv.valueStart;
  const value = text.slice(valueStart, line.end).trimEnd();
  // A quoted, flow or block value, or one with a comment, is something else.
  if (/^['"[{|>&*!]/.test(value) || value.includes(' #')) return undefined;
  const quoted = JSON.stringify(value);
  return {
    message: {
      en: `YAML reads the colon in the value of "${key}" as the start of another key, so the YAML here cannot be read. Put the value in quotes: ${key}: ${quoted}`,
      nb: `YAML leser kolonet i verdien til «${key}» som starten på en ny nøkkel, så YAML-en her kan ikke leses. Sett verdien i anførselstegn: ${key}: ${quoted}`,
      nn: `YAML les kolonet i verdien til «${key}» som starten på ein ny nøkkel, så YAML-en her kan ikkje lesast. Set verdien i hermeteikn: ${key}: ${quoted}`,
    },
    span: line,
    fix: { messageId: 'quoteValue', span: { start: valueStart, end: valueStart + value.length }, newText: quoted, preferred: true },
  };
}

/**
 * The last line from `from` up to the error's line whose value opens a quote
 * that the line does not close. The parser reads on over the next lines and
 * only complains where their indentation does not fit.
 */
function unclosedQuote(text: string, offset: number, from: number): ParseProblem | undefined {
  let line = lineSpanAt(text, Math.min(offset, text.length));
  for (;;) {
    const written = text.slice(line.start, line.end);
    const at = yamlLine(written).valueStart;
    const q = written[at];
    // Not closed before the place where the parser gave up (a quoted value may go on over lines).
    if ((q === '"' || q === "'") && !closes(text.slice(line.start + at + 1, Math.max(offset, line.end)), q)) {
      const end = line.start + written.trimEnd().length;
      const what = q === '"' ? { en: 'quote (")', nb: 'anførselstegnet (")', nn: 'hermeteiknet (")' } : { en: "apostrophe (')", nb: "apostrofen (')", nn: "apostrofen (')" };
      return {
        message: {
          en: `The ${what.en} that opens the value on this line is never closed, so the YAML here cannot be read. Add ${q} at the end of the value.`,
          nb: `${cap(what.nb)} som åpner verdien på denne linjen, blir aldri lukket, så YAML-en her kan ikke leses. Legg til ${q} på slutten av verdien.`,
          nn: `${cap(what.nn)} som opnar verdien på denne linja, blir aldri lukka, så YAML-en her kan ikkje lesast. Legg til ${q} på slutten av verdien.`,
        },
        span: { start: line.start + at, end },
        fix: { messageId: 'closeQuote', span: { start: end, end }, newText: q },
      };
    }
    if (line.start <= from) return undefined;
    const previousEnd = line.start - (text[line.start - 1] === '\n' && text[line.start - 2] === '\r' ? 2 : 1);
    line = lineSpanAt(text, previousEnd);
  }
}

/**
 * A line of block YAML: after its indentation and a `- ` sequence marker, a
 * plain key up to the first `: ` (none for a sequence item), and where the
 * value starts. Scanned rather than matched: a regex with optional parts
 * here would backtrack on long lines.
 */
function yamlLine(line: string): { key?: string; valueStart: number } {
  let i = 0;
  while (line[i] === ' ' || line[i] === '\t') i++;
  if (line[i] === '-' && (line[i + 1] === ' ' || line[i + 1] === '\t')) {
    i++;
    while (line[i] === ' ' || line[i] === '\t') i++;
  }
  const colon = line.indexOf(':', i);
  const key = colon < 0 ? '' : line.slice(i, colon).trim();
  if (!key || `'"#[]{}`.includes(key[0]!) || (line[colon + 1] !== ' ' && line[colon + 1] !== '\t')) return { valueStart: i };
  let v = colon + 1;
  while (line[v] === ' ' || line[v] === '\t') v++;
  return { key, valueStart: v };
}

/** Whether `rest` (after an opening quote) closes it: `"` not escaped by `\`, `'` not doubled. */
function closes(rest: string, q: string): boolean {
  for (let i = 0; i < rest.length; i++) {
    if (q === '"' && rest[i] === '\\') i++;
    else if (rest[i] === q) {
      if (q === "'" && rest[i + 1] === "'") i++;
      else return true;
    }
  }
  return false;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Reads the head of a document from a parsed YAML tree. Returns the top-level
 * map (for YAML documents, which also carry `goals` there). A YAML document
 * reports its keys written twice itself (`reportDuplicates: false`), once it
 * knows which are goal properties.
 */
export function readDocumentHead(doc: StrategyDocument, yaml: YamlParseResult, where: Span, reportDuplicates = true): YMap | undefined {
  if (yaml.error) {
    doc.problems.push(yamlProblem(doc.text, yaml.error, where.start));
    return undefined;
  }
  if (reportDuplicates) reportDuplicateKeys(doc, yaml.duplicateKeys);
  const root = yaml.root;
  if (!root || isNull(root)) return undefined;
  if (root.kind !== 'map') {
    doc.problems.push({
      message: {
        en: 'Expected "key: value" lines here (a YAML mapping), such as "owner: storby".',
        nb: 'Her skulle det stått «nøkkel: verdi»-linjer (en YAML-mapping), for eksempel «owner: storby».',
        nn: 'Her skulle det stått «nøkkel: verdi»-linjer (ein YAML-mapping), til dømes «owner: storby».',
      },
      span: root.span.end > root.span.start ? root.span : where,
    });
    return undefined;
  }
  for (const { key, value } of root.pairs) {
    const canonical = lookupDocumentKey(key.value);
    const text = value.kind === 'scalar' && !isNull(value) ? value.value : '';
    if (canonical !== 'goals') {
      doc.meta.push(makeProperty(key.value, key.span, text, value.span, { start: key.span.start, end: value.span.end }));
    }
    switch (canonical) {
      case 'owner':
        if (text) doc.owner = { value: text.trim(), span: value.span };
        break;
      case 'title':
        if (text) doc.title = text;
        break;
      case 'period':
        readPeriod(doc, value);
        break;
      case 'status':
        if (text && !lookupEnum('documentStatus', text)) {
          const allowed = enumSpellings('documentStatus');
          const p: StrategyDocument['valueProblems'][number] = { kind: 'invalid-value', span: value.span, messageId: 'enum', data: { value: text, key: key.value, allowed: allowed.join(', ') } };
          const s = didYouMean(text, allowed);
          if (s) p.suggestion = s;
          doc.valueProblems.push(p);
        }
        break;
      case 'language': {
        const l = keyOf(text);
        const lang: Lang | undefined = l === 'nn' || l === 'nynorsk' ? 'nn' : l === 'nb' || l === 'bokmål' ? 'nb' : l === 'en' || l === 'english' ? 'en' : undefined;
        if (lang) {
          doc.lang = lang;
          doc.langFixed = true;
        }
        break;
      }
      case undefined: {
        // Other front-matter keys are allowed (author, tags …); only a near miss of ours is flagged.
        const s = didYouMean(key.value, Object.values(DOCUMENT_KEYS).flat());
        if (s && keyOf(key.value) !== s) {
          doc.valueProblems.push({ kind: 'unknown-property', span: key.span, messageId: 'unknownDocumentKey', data: { key: key.value, suggestion: s }, suggestion: s });
        }
      }
    }
  }
  return root;
}

/** Keys written twice in one mapping, reported on the later one. */
export function reportDuplicateKeys(doc: StrategyDocument, keys: readonly YScalar[]): void {
  for (const k of keys) {
    doc.problems.push({
      message: {
        en: `The key "${k.value}" appears twice here; only one can count. Remove or rename one of them.`,
        nb: `Nøkkelen «${k.value}» står to ganger her; bare én kan gjelde. Fjern eller gi nytt navn til en av dem.`,
        nn: `Nøkkelen «${k.value}» står to gonger her; berre éin kan gjelde. Fjern eller gje nytt namn til ein av dei.`,
      },
      span: k.span,
    });
  }
}

function readPeriod(doc: StrategyDocument, value: YNode): void {
  let from: number | undefined;
  let to: number | undefined;
  if (value.kind === 'map') {
    for (const p of value.pairs) {
      const n = p.value.kind === 'scalar' ? Number(p.value.value) : NaN;
      if (/^(from|fra|frå)$/i.test(p.key.value) && Number.isInteger(n)) from = n;
      if (/^(to|til)$/i.test(p.key.value) && Number.isInteger(n)) to = n;
    }
  } else if (value.kind === 'scalar' && !isNull(value)) {
    // Trimmed first: `\s*` on both sides of an optional part backtracks quadratically on long runs of spaces.
    const m = /^(\d{4})(?:\s*(?:[-–—]|to|til)\s*(\d{4}))?$/.exec(value.value.trim());
    if (m) {
      from = Number(m[1]);
      to = m[2] ? Number(m[2]) : from;
    }
  }
  if (from === undefined && to === undefined) {
    doc.valueProblems.push({ kind: 'invalid-value', span: value.span, messageId: 'period', data: { value: value.kind === 'scalar' ? value.value : '' } });
    return;
  }
  doc.period = { span: value.span };
  if (from !== undefined) doc.period.from = from;
  if (to !== undefined) doc.period.to = to;
}

/** Where a YAML error points: the offending text when its length is known, else its line. */
export function errorSpan(text: string, error: { offset: number; length?: number }): Span {
  return error.length ? { start: error.offset, end: Math.min(text.length, error.offset + error.length) } : lineSpanAt(text, error.offset);
}

/** The span of the line around `offset`, for problems without a better place. */
export function lineSpanAt(text: string, offset: number): Span {
  let s = Math.min(offset, text.length);
  while (s > 0 && text[s - 1] !== '\n' && text[s - 1] !== '\r') s--;
  let e = Math.min(offset, text.length);
  while (e < text.length && text[e] !== '\n' && text[e] !== '\r') e++;
  if (e === s && e < text.length) e++;
  return { start: s, end: e };
}
