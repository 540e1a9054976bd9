/**
 * The document-level keys of a strategy document (front matter, or the top
 * level of a YAML document): owner, title, period, status, language.
 */
import type { Lang, ParseProblem, Span, StrategyDocument, ValueProblem } from '../types.js';
import { isNull, parseYamlTree, YAML_MAX_DEPTH, type YamlParseError, type YamlParseResult, type YMap, type YNode, type YPair, type YScalar } from './yamlTree.js';
import { DOCUMENT_KEYS, languageOf, lookupDocumentKey, lookupEnum, enumSpellings } from '../model/vocabulary.js';
import { guess, guessFields, keyOf, withoutInvisible, type Guess } from '../text/normalize.js';
import { makeProperty } from './properties.js';
import { closesQuote, unclosedQuoteInFlow } from '../text/quotes.js';
import { otherSpaceAfterColon, otherSpaceIndent, tabIndent } from './yamlSpaces.js';

/**
 * The YAML parser's reasons that strategy authors run into, in Norwegian
 * (the parser words them in English; rarer ones are quoted as they are).
 */
const YAML_REASONS: Readonly<Record<string, { en?: string; nb: string; nn: string }>> = {
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
  'a line break is expected': { nb: 'her må linjen slutte', nn: 'her må linja slutte' },
  'the stream contains non-printable characters': { nb: 'teksten inneholder usynlige kontrolltegn', nn: 'teksten inneheld usynlege kontrollteikn' },
  // The parser's guard against runaway nesting (YAML_MAX_DEPTH); YAML sub-goals take two levels each, so about 30 levels of them.
  [`nesting exceeded maxDepth (${YAML_MAX_DEPTH})`]: {
    en: `lists and keys lie inside each other in more than ${YAML_MAX_DEPTH} levels here (each level of sub-goals takes two); use fewer levels, for example by moving some sub-goals up a level`,
    nb: `lister og nøkler ligger inni hverandre i mer enn ${YAML_MAX_DEPTH} nivåer her (hvert nivå med delmål bruker to); bruk færre nivåer, for eksempel ved å flytte noen delmål opp et nivå`,
    nn: `lister og nøklar ligg inni kvarandre i meir enn ${YAML_MAX_DEPTH} nivå her (kvart nivå med delmål brukar to); bruk færre nivå, til dømes ved å flytte nokre delmål opp eitt nivå`,
  },
  // A backslash inside "…" (a Windows path, \\server\share) starts an escape code.
  'unknown escape sequence': {
    en: 'a backslash (\\) inside double quotes starts a special code; write it twice (\\\\), or put the value in single quotes (\') instead',
    nb: 'en omvendt skråstrek (\\) inne i anførselstegn starter en spesialkode; skriv den dobbelt (\\\\), eller sett verdien i apostrofer (\') i stedet',
    nn: 'ein omvend skråstrek (\\) inne i hermeteikn startar ein spesialkode; skriv han dobbelt (\\\\), eller set verdien i apostrofar (\') i staden',
  },
  'expected hexadecimal character': {
    en: 'a backslash (\\) inside double quotes starts a special code; write it twice (\\\\), or put the value in single quotes (\') instead',
    nb: 'en omvendt skråstrek (\\) inne i anførselstegn starter en spesialkode; skriv den dobbelt (\\\\), eller sett verdien i apostrofer (\') i stedet',
    nn: 'ein omvend skråstrek (\\) inne i hermeteikn startar ein spesialkode; skriv han dobbelt (\\\\), eller set verdien i apostrofar (\') i staden',
  },
};

/** `[DS19-M2,, DS19-M3]`: the parser names the character it found where a value should be. */
function missingValue(reason: string): { en: string; nb: string; nn: string } | undefined {
  const found = /^expected the node content, but found '(.+)'$/.exec(reason)?.[1];
  if (found === undefined) return undefined;
  const comma = found === ',';
  return {
    en: `a value is missing before '${found}'${comma ? ' (two commas in a row?)' : ''}`,
    nb: `det mangler en verdi foran «${found}»${comma ? ' (to komma etter hverandre?)' : ''}`,
    nn: `det manglar ein verdi framfor «${found}»${comma ? ' (to komma etter kvarandre?)' : ''}`,
  };
}

export function yamlErrorMessage(reason: string): { en: string; nb: string; nn: string } {
  const no = YAML_REASONS[reason] ?? missingValue(reason);
  return {
    en: `The YAML here cannot be read: ${no?.en ?? reason}. Check indentation, colons and quotes on this line and the line above.`,
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
  const spaces = otherSpaceIndent(text, error.offset) ?? otherSpaceAfterColon(text, error.offset);
  if (spaces) return spaces;
  // Spaces and then a tab are «bad indentation» to the reader: the tab is the cause all the same.
  if (error.message === 'tab characters must not be used in indentation' || error.message === 'bad indentation of a mapping entry') {
    const tab = tabIndent(text, error.offset);
    if (tab) return tab;
  }
  if (error.message === 'bad indentation of a mapping entry' && text[error.offset] === ':') {
    const colon = colonInValue(text, error.offset);
    if (colon) return colon;
  }
  if (error.message === 'deficient indentation') {
    const quote = unclosedQuote(text, error.offset, from);
    if (quote) return quote;
    const bracket = unclosedBracket(text, error.offset, from);
    if (bracket) return bracket;
  }
  // `title: *Ny* strategi`: a star at the start of a value, meant as emphasis, read as an alias.
  if ((error.alias && !error.alias.recursive) || error.message === 'bad indentation of a mapping entry' || /^name of an (alias|anchor) node must contain/.test(error.message)) {
    const star = starInValue(text, error.offset);
    if (star) return star;
  }
  // `target: > 80 %`, `title: "Visma" som felles HR`, `title: [Utkast] …`: another character YAML reads at the start.
  if (error.message === 'bad indentation of a mapping entry' || error.message === 'a line break is expected') {
    const special = specialStartInValue(text, error.offset);
    if (special) return special;
  }
  if (error.alias) return { message: aliasMessage(error.alias.name, error.alias.recursive), span: errorSpan(text, error) };
  return { message: yamlErrorMessage(error.message), span: errorSpan(text, error) };
}

/**
 * A value that starts with `*` is a YAML alias: a reference to a value marked
 * `&name`. Authors write it for emphasis (`title: *Ny* portal`) far more often
 * than for an alias, so the message says what YAML made of it and how to keep
 * the star as text, without the words alias, anchor or node.
 */
function aliasMessage(name: string, recursive: boolean): { en: string; nb: string; nn: string } {
  const star = `*${name}`;
  const mark = `&${name}`;
  if (recursive) {
    return {
      en: `"${star}" repeats the value marked "${mark}", but it stands inside that same value, so it would repeat without end and the YAML here cannot be read. Remove "${star}" here, or write the value out.`,
      nb: `«${star}» gjentar verdien merket «${mark}», men står inne i den samme verdien, så den ville blitt gjentatt uten ende, og YAML-en her kan ikke leses. Fjern «${star}» her, eller skriv verdien ut.`,
      nn: `«${star}» gjentek verdien merkt «${mark}», men står inne i den same verdien, så han ville vorte gjenteken utan ende, og YAML-en her kan ikkje lesast. Fjern «${star}» her, eller skriv verdien ut.`,
    };
  }
  return {
    en: `YAML reads "${star}" at the start of this value as a reference to a value marked "${mark}" elsewhere in the file, and there is none, so the YAML here cannot be read. If the * belongs to the text (as in *emphasis*), put the whole value in quotes.`,
    nb: `YAML leser «${star}» i starten av verdien som en henvisning til en verdi merket «${mark}» et annet sted i filen, og det finnes ingen, så YAML-en her kan ikke leses. Hvis * hører til teksten (som i *uthevet*), sett hele verdien i anførselstegn.`,
    nn: `YAML les «${star}» i starten av verdien som ei tilvising til ein verdi merkt «${mark}» ein annan stad i fila, og det finst ingen, så YAML-en her kan ikkje lesast. Om * høyrer til teksten (som i *utheva*), set heile verdien i hermeteikn.`,
  };
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
 * `key: *text…` on the error's line: YAML reads a value that starts with `*`
 * as an alias (a reference to a value marked `&…`). Authors mean emphasis;
 * quoting the value keeps the star as text.
 */
function starInValue(text: string, offset: number): ParseProblem | undefined {
  const line = lineSpanAt(text, offset);
  const written = text.slice(line.start, line.end);
  const kv = yamlLine(written);
  const first = written[kv.valueStart];
  if (!kv.key || (first !== '*' && first !== '&')) return undefined;
  const key = kv.key;
  const valueStart = line.start + kv.valueStart;
  const value = text.slice(valueStart, line.end).trimEnd();
  if (value.includes(' #')) return undefined;
  const quoted = JSON.stringify(value);
  const fix = { messageId: 'quoteValue', span: { start: valueStart, end: valueStart + value.length }, newText: quoted, preferred: true };
  if (first === '&') {
    return {
      message: {
        en: `YAML reads the & at the start of the value of "${key}" as a label that marks the value, so the YAML here cannot be read. If the & belongs to the text, put the value in quotes: ${key}: ${quoted}`,
        nb: `YAML leser & i starten av verdien til «${key}» som en merkelapp på verdien, så YAML-en her kan ikke leses. Hvis & hører til teksten, sett verdien i anførselstegn: ${key}: ${quoted}`,
        nn: `YAML les & i starten av verdien til «${key}» som ein merkelapp på verdien, så YAML-en her kan ikkje lesast. Om & høyrer til teksten, set verdien i hermeteikn: ${key}: ${quoted}`,
      },
      span: fix.span,
      fix,
    };
  }
  return {
    message: {
      en: `YAML reads the * at the start of the value of "${key}" as a reference to another value in the file, so the YAML here cannot be read. If the * belongs to the text (as in *emphasis*), put the value in quotes: ${key}: ${quoted}`,
      nb: `YAML leser * i starten av verdien til «${key}» som en henvisning til en annen verdi i filen, så YAML-en her kan ikke leses. Hvis * hører til teksten (som i *uthevet*), sett verdien i anførselstegn: ${key}: ${quoted}`,
      nn: `YAML les * i starten av verdien til «${key}» som ei tilvising til ein annan verdi i fila, så YAML-en her kan ikkje lesast. Om * høyrer til teksten (som i *utheva*), set verdien i hermeteikn: ${key}: ${quoted}`,
    },
    span: fix.span,
    fix,
  };
}

/**
 * `key: >…`, `key: "…" more`, `key: […] more`, `key: @…` on the error's line:
 * a value that starts with a character YAML gives a meaning there (a text
 * block, a quoted value or a list that the rest of the line cannot follow, a
 * reserved sign). The parser names a wrong indentation or a missing line
 * break; the author meant the character as text, and quoting keeps it.
 */
function specialStartInValue(text: string, offset: number): ParseProblem | undefined {
  const line = lineSpanAt(text, offset);
  const written = text.slice(line.start, line.end);
  const kv = yamlLine(written);
  const c = written[kv.valueStart];
  if (!kv.key || c === undefined || !'>|"\'[{@`%'.includes(c)) return undefined;
  const key = kv.key;
  const valueStart = line.start + kv.valueStart;
  const value = text.slice(valueStart, line.end).trimEnd();
  if (value.includes(' #')) return undefined;
  const quoted = yamlQuoted(value);
  const fix = { messageId: 'quoteValue', span: { start: valueStart, end: valueStart + value.length }, newText: quoted, preferred: true };
  return {
    message: {
      en: `YAML gives the ${c} at the start of the value of "${key}" a special meaning, so the YAML here cannot be read. If the ${c} belongs to the text, put the value in quotes: ${key}: ${quoted}`,
      nb: `YAML gir ${c} i starten av verdien til «${key}» en spesiell betydning, så YAML-en her kan ikke leses. Hvis ${c} hører til teksten, sett verdien i anførselstegn: ${key}: ${quoted}`,
      nn: `YAML gir ${c} i starten av verdien til «${key}» ei særskild tyding, så YAML-en her kan ikkje lesast. Om ${c} høyrer til teksten, set verdien i hermeteikn: ${key}: ${quoted}`,
    },
    span: fix.span,
    fix,
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
    if ((q === '"' || q === "'") && !closesQuote(text.slice(line.start + at + 1, Math.max(offset, line.end)), q)) {
      const end = line.start + written.trimEnd().length;
      const what = quoteName(q);
      return {
        message: neverClosed(what, q),
        span: { start: line.start + at, end },
        fix: { messageId: 'closeQuote', span: { start: end, end }, newText: q },
      };
    }
    if (line.start <= from) return undefined;
    const previousEnd = line.start - (text[line.start - 1] === '\n' && text[line.start - 2] === '\r' ? 2 : 1);
    line = lineSpanAt(text, previousEnd);
  }
}

/** A YAML quote character as the messages name it. */
function quoteName(q: string): Record<Lang, string> {
  return q === '"' ? { en: 'quote (")', nb: 'anførselstegnet (")', nn: 'hermeteiknet (")' } : { en: "apostrophe (')", nb: "apostrofen (')", nn: "apostrofen (')" };
}

/** «The quote (") that opens the value on this line is never closed …», with what to add at its end. */
function neverClosed(what: Record<Lang, string>, close: string): Record<Lang, string> {
  return {
    en: `The ${what.en} that opens the value on this line is never closed, so the YAML here cannot be read. Add ${close} at the end of the value.`,
    nb: `${cap(what.nb)} som åpner verdien på denne linjen, blir aldri lukket, så YAML-en her kan ikke leses. Legg til ${close} på slutten av verdien.`,
    nn: `${cap(what.nn)} som opnar verdien på denne linja, blir aldri lukka, så YAML-en her kan ikkje lesast. Legg til ${close} på slutten av verdien.`,
  };
}

/**
 * `åsvik: { navn: Åsvik kommune, innbyggere: 700` or `frameworks: [DS19, DN30`:
 * a `{ }` or `[ ]` written on one line (as samstemt.yaml writes members) and
 * not closed. The reader complains of indentation on the next line; the cause
 * is here, on the line the reader stopped at or the one above it.
 */
function unclosedBracket(text: string, offset: number, from: number): ParseProblem | undefined {
  let line = lineSpanAt(text, Math.min(offset, text.length));
  for (let tries = 0; tries < 2; tries++) {
    const written = text.slice(line.start, line.end);
    const at = yamlLine(written).valueStart;
    const open = written[at];
    const rest = open === '{' || open === '[' ? openBrackets(written.slice(at), text.slice(line.end)) : undefined;
    // A `{` alone on its line opens a collection written over several lines: not this slip.
    if (rest && written.slice(at + 1, at + rest.end).trim()) {
      const end = line.start + at + rest.end;
      const what = open === '{' ? { en: 'brace ({)', nb: 'krøllparentesen ({)', nn: 'krøllparentesen ({)' } : { en: 'bracket ([)', nb: 'hakeparentesen ([)', nn: 'hakeparentesen ([)' };
      const close = rest.closers;
      return {
        message: neverClosed(what, close),
        span: { start: line.start + at, end },
        // `{ navn: … }` has a space inside its braces: the closing one gets it too.
        fix: { messageId: 'closeBracket', span: { start: end, end }, newText: (written[at + 1] === ' ' ? ' ' : '') + close },
      };
    }
    // `{ name: "Fjellbygd kommune, kind: kommune }`: the brackets close, a quote inside them does not.
    const quote = (open === '{' || open === '[') && !rest ? unclosedQuoteInFlow(written, at + 1) : -1;
    if (quote >= 0) {
      const q = written[quote]!;
      const what = quoteName(q);
      return { message: neverClosed(what, q), span: { start: line.start + quote, end: line.start + written.trimEnd().length } };
    }
    if (tries > 0 || line.start <= from || text.slice(line.start, offset).trim()) return undefined;
    // The reader stopped at the start of the next line (after its indentation): the line above is the one left open.
    const previousEnd = line.start - (text[line.start - 1] === '\n' && text[line.start - 2] === '\r' ? 2 : 1);
    line = lineSpanAt(text, previousEnd);
  }
  return undefined;
}

/**
 * The brackets a one-line flow value leaves open, as the text that closes
 * them, and where the value ends (before trailing spaces and a comment);
 * undefined when none is left open, when they do not pair up, or when the
 * lines below close them (a list wrapped over lines is another slip).
 */
function openBrackets(value: string, below: string): { closers: string; end: number } | undefined {
  const stack: string[] = [];
  const state = { quote: '', comment: false };
  let end = value.length;
  for (let i = 0; i < value.length; i++) {
    const r = bracketStep(value, i, stack, state);
    if (r === 'mismatch') return undefined;
    if (state.comment) {
      end = i;
      break;
    }
  }
  if (!stack.length || state.quote) return undefined;
  const closers = [...stack].reverse().join('');
  state.comment = false;
  for (let i = 0; i < below.length; i++) {
    const r = bracketStep(below, i, stack, state);
    if (r === 'mismatch' || !stack.length) return undefined;
  }
  return { closers, end: value.slice(0, end).trimEnd().length };
}

/** One character of flow YAML: quotes, comments to the end of the line, and the brackets in `stack` (as the closers they wait for). */
function bracketStep(text: string, i: number, stack: string[], state: { quote: string; comment: boolean }): 'mismatch' | undefined {
  const c = text[i]!;
  if (c === '\n') state.comment = false;
  else if (state.comment) return undefined;
  else if (state.quote) {
    if (c === state.quote) state.quote = '';
  } else if (c === '"' || c === "'") state.quote = c;
  else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) state.comment = true;
  else if (c === '{') stack.push('}');
  else if (c === '[') stack.push(']');
  else if ((c === '}' || c === ']') && stack.pop() !== c) return 'mismatch';
  return undefined;
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
    const problem = yamlProblem(doc.text, yaml.error, where.start);
    // The parser often stops a line or more below the mistake (a key without its colon, a bracket not closed):
    // the line whose mending made the YAML readable is where the author is typing.
    if (yaml.mended && !problem.fix && yaml.mended.start < lineSpanAt(doc.text, problem.span.start).start) problem.span = yaml.mended;
    doc.problems.push(problem);
    // A YAML document read with its broken line mended or left out (parse/yamlRecovery.ts).
    if (yaml.root?.kind === 'map') {
      readHeadPairs(doc, yaml.root.pairs);
      return yaml.root;
    }
    salvageHead(doc, where);
    return undefined;
  }
  if (reportDuplicates) reportDuplicateKeys(doc, yaml.duplicateKeys);
  reportSwallowedMarks(doc, yaml.swallowed);
  const root = yaml.root;
  if (!root || isNull(root)) return undefined;
  if (root.kind !== 'map') {
    doc.problems.push({
      message: {
        en: 'Expected "key: value" lines here, such as "owner: storby".',
        nb: 'Her skulle det stått «nøkkel: verdi»-linjer, for eksempel «owner: storby».',
        nn: 'Her skulle det stått «nøkkel: verdi»-linjer, til dømes «owner: storby».',
      },
      span: root.span.end > root.span.start ? root.span : where,
    });
    return undefined;
  }
  readHeadPairs(doc, root.pairs);
  return root;
}

/**
 * The keys a document's head must not lose to a YAML error elsewhere in it
 * (`title: Strategi: 2024–2027`, an unquoted colon, is the usual one): without
 * its owner every goal of the document drops out of the conflict rules.
 */
const SALVAGED_KEYS = new Set(['owner', 'period', 'language']);

/**
 * After the parse error is reported: reads `owner`, `period` and `language`
 * from the head's top-level lines that are valid YAML each on its own, so the
 * rest of the document is analysed as the author meant while the error is
 * fixed.
 */
function salvageHead(doc: StrategyDocument, where: Span): void {
  const text = doc.text;
  for (let at = where.start; at < where.end; ) {
    let eol = text.indexOf('\n', at);
    if (eol < 0 || eol > where.end) eol = where.end;
    const line = text.slice(at, eol).replace(/\r$/, '');
    // A top-level key: no indent, no comment, list item or fence.
    if (/^[^\s#\-.]/u.test(line)) {
      const yaml = parseYamlTree(line, at);
      const pair = !yaml.error && yaml.root?.kind === 'map' && yaml.root.pairs.length === 1 ? yaml.root.pairs[0]! : undefined;
      if (pair && pair.value.kind === 'scalar' && SALVAGED_KEYS.has(lookupDocumentKey(pair.key.value) ?? '')) readHeadPairs(doc, [pair]);
    }
    at = eol + 1;
  }
}

/** Reads the head's `key: value` pairs into the document: owner, title, period, status, language; near misses of these keys. */
function readHeadPairs(doc: StrategyDocument, pairs: readonly YPair[]): void {
  for (const { key, value } of pairs) {
    const canonical = lookupDocumentKey(key.value);
    const text = value.kind === 'scalar' && !isNull(value) ? value.value : '';
    if (canonical !== 'goals') {
      doc.meta.push(makeProperty(key.value, key.span, text, value.span, { start: key.span.start, end: value.span.end }));
    }
    switch (canonical) {
      case 'owner':
        // A decomposed å (a + U+030A, from a Mac or a PDF) is å, and a soft hyphen or zero-width space pasted
        // with it is nothing: the owner is the member it looks like.
        if (withoutInvisible(text).trim()) doc.owner = { value: withoutInvisible(text).trim().normalize('NFC'), span: value.span };
        else {
          const first = value.kind === 'seq' ? value.items.find((v) => v.kind === 'scalar' && !isNull(v)) : undefined;
          doc.ownerWritten = {
            kind: value.kind === 'seq' || value.kind === 'map' ? 'list' : 'empty',
            key: key.value,
            keySpan: key.span,
            valueSpan: value.span,
            ...(first && first.kind === 'scalar' ? { first: first.value.trim() } : {}),
          };
        }
        break;
      case 'title':
        if (text) doc.title = text;
        break;
      case 'period':
        readDocumentPeriod(doc, key, value);
        break;
      case 'status':
        if (text && !lookupEnum('documentStatus', text)) {
          const allowed = enumSpellings('documentStatus');
          const p: StrategyDocument['valueProblems'][number] = { kind: 'invalid-value', span: value.span, messageId: 'enum', data: { value: text, key: key.value, allowed: allowed.join(', '), enum: 'documentStatus' } };
          Object.assign(p, guessFields(guess(text, allowed)));
          doc.valueProblems.push(p);
        }
        break;
      case 'language': {
        const lang = languageOf(text);
        if (lang) {
          doc.lang = lang;
          doc.langFixed = true;
        } else if (text.trim()) {
          // `nynorks`, `no`: said, as samstemt.yaml's `language:` is, with the code of the language name it is closest to.
          const g = guess(keyOf(text), ['nb', 'nn', 'en', 'bokmål', 'nynorsk', 'english']);
          const meant = g && languageOf(g.text);
          const p: StrategyDocument['valueProblems'][number] = { kind: 'invalid-value', span: value.span, messageId: 'enum', data: { value: text, key: key.value, allowed: 'nb, nn, en' } };
          if (meant) Object.assign(p, guessFields({ ...g, text: meant }));
          doc.valueProblems.push(p);
        }
        break;
      }
      case undefined: {
        // Other front-matter keys are allowed (author, tags …); only a near miss of ours is flagged.
        const g = guess(key.value, Object.values(DOCUMENT_KEYS).flat());
        if (g && keyOf(key.value) !== g.text) {
          doc.valueProblems.push({ kind: 'unknown-property', span: key.span, messageId: 'unknownDocumentKey', data: { key: key.value, suggestion: g.text }, ...guessFields(g) });
        }
      }
    }
  }
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

/** A value in YAML quotes that keep it as written: single quotes when it holds double quotes ('"Visma" som felles HR'). */
export function yamlQuoted(value: string): string {
  return value.includes('"') ? `'${value.replace(/'/g, "''")}'` : JSON.stringify(value);
}

/**
 * `title: !Viktig Felles portal`: YAML reads the word as a tag (with `&`, an
 * anchor) and the title as «Felles portal», silently. The author meant the
 * word as text; quoting the value keeps it.
 */
function reportSwallowedMarks(doc: StrategyDocument, marks: YamlParseResult['swallowed']): void {
  for (const { span, mark } of marks) {
    const written = doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
    const rest = written.slice(mark.length).trim();
    const quoted = yamlQuoted(written);
    const fix = { messageId: 'quoteValue', span, newText: quoted, preferred: true };
    const reads = rest
      ? { en: `the value reads "${rest}"`, nb: `verdien blir «${rest}»`, nn: `verdien blir «${rest}»` }
      : { en: 'the value is empty', nb: 'verdien blir tom', nn: 'verdien blir tom' };
    doc.problems.push({
      message: {
        en: `YAML reads ${mark[0]} at the start of a value as an instruction to the reader, not as text: "${mark}" is left out and ${reads.en}. If "${mark}" belongs to the text, put the value in quotes: ${quoted}`,
        nb: `YAML leser ${mark[0]} i starten av en verdi som en instruksjon til leseren, ikke som tekst: «${mark}» blir utelatt og ${reads.nb}. Hvis «${mark}» hører til teksten, sett verdien i anførselstegn: ${quoted}`,
        nn: `YAML les ${mark[0]} i starten av ein verdi som ein instruksjon til lesaren, ikkje som tekst: «${mark}» blir utelaten og ${reads.nn}. Om «${mark}» høyrer til teksten, set verdien i hermeteikn: ${quoted}`,
      },
      span,
      fix,
    });
  }
}

/**
 * The two ends of a `{from, to}` period, by the sub-keys authors write (en, nb, nn). Maps, as the
 * tables below: a key from the file (`constructor`) must not find a property of Object.
 */
const PERIOD_ENDS: ReadonlyMap<string, 'from' | 'to'> = new Map([['from', 'from'], ['fra', 'from'], ['frå', 'from'], ['to', 'to'], ['til', 'to']]);
/** The sub-key that goes with the one the author wrote, for advice in their words: `fra` → `til`. */
const PERIOD_PARTNER: ReadonlyMap<string, string> = new Map([['from', 'to'], ['fra', 'til'], ['frå', 'til'], ['to', 'from'], ['til', 'fra']]);
const YEAR = /^\d{4}$/;
/** A date as plans write one, ISO (`2026-01-01`) or Norwegian (`01.01.2026`), its year in the one group that takes part. */
const DATE = /^(?:(\d{4})-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.(\d{4}))$/;
/** Two `DATE`s joined by a dash. */
const TWO_DATES = /^(?:(\d{4})-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.(\d{4}))\s*[-\u2010-\u2014\u2212]\s*(?:(\d{4})-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.(\d{4}))$/;

/**
 * `2026–2029` for a period written as two dates (`2026-01-01–2029-12-31`,
 * `01.01.2026 - 31.12.2029`): a period is whole years. Undefined for anything
 * else, and for dates in the wrong order.
 */
function yearsOfDates(text: string): string | undefined {
  const m = TWO_DATES.exec(text);
  if (!m) return undefined;
  const [a, b] = [m[1] ?? m[2]!, m[3] ?? m[4]!];
  return a <= b ? `${a}–${b}` : undefined;
}
/** Period sub-keys in each language, for a did-you-mean in the author's words. */
const PERIOD_KEYS_EN = ['from', 'to'];
const PERIOD_KEYS_NO = ['fra', 'frå', 'til'];
/** Words authors use for a period's ends, with the end they mean and their language. */
const PERIOD_SYNONYMS: ReadonlyMap<string, { end: 'from' | 'to'; en: boolean }> = new Map(Object.entries({
  until: { end: 'to', en: true },
  till: { end: 'to', en: true },
  end: { end: 'to', en: true },
  start: { end: 'from', en: true },
  begin: { end: 'from', en: true },
  slutt: { end: 'to', en: false },
  sluttår: { end: 'to', en: false },
  startår: { end: 'from', en: false },
  tom: { end: 'to', en: false },
  fom: { end: 'from', en: false },
} as const));

/**
 * The did-you-mean for an unknown period sub-key, in the language of the
 * period's other keys (`{from: 2024, until: 2027}` → `to`), else of the word.
 */
function periodKeyGuess(written: string, map: YMap): Guess | undefined {
  let english: boolean | undefined;
  for (const { key } of map.pairs) {
    const k = keyOf(key.value);
    if (PERIOD_ENDS.has(k)) english = k === 'from' || k === 'to';
  }
  const k = keyOf(written);
  const synonym = PERIOD_SYNONYMS.get(k);
  if (synonym) {
    const en = english ?? synonym.en;
    return { text: synonym.end === 'from' ? (en ? 'from' : 'fra') : en ? 'to' : 'til', sure: false };
  }
  const candidates = english === undefined ? [...PERIOD_ENDS.keys()] : english ? PERIOD_KEYS_EN : PERIOD_KEYS_NO;
  return guess(written, candidates) ?? (english === undefined ? undefined : guess(written, [...PERIOD_ENDS.keys()]));
}

/**
 * `period: 2024–2027`, `period: 2026` or `period: {from: 2024, to: 2027}`.
 * Anything Samstemt cannot read as years is reported where it is written, so a
 * typo (`to: 2O27`) does not silently shorten the period; a period that ends
 * before it starts is reported and left out.
 */
function readDocumentPeriod(doc: StrategyDocument, key: YScalar, value: YNode): void {
  const years = readPeriod(doc.text, key, value, doc.valueProblems);
  if (!years) return;
  doc.period = { span: value.span };
  if (years.from !== undefined) doc.period.from = years.from;
  if (years.to !== undefined) doc.period.to = years.to;
}

/**
 * The years of a `period` value in `text` (a strategy document or a framework
 * file), reporting into `problems`; undefined when it cannot be used.
 */
export function readPeriod(text: string, key: YScalar, value: YNode, problems: ValueProblem[]): { from?: number; to?: number } | undefined {
  const bad = (span: Span, messageId: string, data: Record<string, string>, suggestion?: string) => {
    const p: ValueProblem = { kind: 'invalid-value', span, messageId, data };
    if (suggestion) p.suggestion = suggestion;
    problems.push(p);
  };
  let from: number | undefined;
  let to: number | undefined;
  let fixed: string | undefined;
  if (value.kind === 'map') {
    const ends = readPeriodMap(value, problems, bad);
    if (!ends) return undefined;
    ({ from, to } = ends);
  } else if (value.kind === 'seq') {
    // `[2024, 2027]`: say what was written and offer the period it stands for.
    const years = value.items.map((i) => (i.kind === 'scalar' ? i.value.trim() : ''));
    const fix = years.length === 2 && years.every((y) => YEAR.test(y)) && years[0]! <= years[1]! ? `${years[0]}–${years[1]}` : undefined;
    bad(value.span, 'periodList', { key: key.value }, fix);
    return undefined;
  } else if (isNull(value) || !value.value.trim()) {
    bad(value.span, 'empty', { key: key.value });
    return undefined;
  } else {
    // Trimmed first: `\s*` on both sides of an optional part backtracks quadratically on long runs of spaces.
    const t = withoutInvisible(value.value).trim();
    // Any dash: Word writes a typed hyphen as a non-breaking hyphen (U+2011) or an en dash, a PDF as a minus.
    // The end year may have two digits, as plans title themselves: `2021–24` is 2021–2024.
    const m = /^(\d{4})(?:\s*(?:[-\u2010-\u2014\u2212]|to|til)\s*(\d{4}|\d{2}))?$/.exec(t);
    if (!m) {
      const years = yearsOfDates(t);
      if (years) bad(value.span, 'periodDates', { value: value.value, fixed: years }, years);
      else bad(value.span, 'period', { value: value.value });
      return undefined;
    }
    from = Number(m[1]);
    to = !m[2] ? from : m[2].length === 2 ? from - (from % 100) + Number(m[2]) : Number(m[2]);
    // The years swapped, as written (the separator kept), when the value is written plainly.
    if (text.slice(value.span.start, value.span.end) === t && m[2]?.length === 4) fixed = `${t.slice(-4)}${t.slice(4, -4)}${t.slice(0, 4)}`;
  }
  if (from !== undefined && to !== undefined && to < from) {
    bad(value.span, 'periodReversed', { from: String(from), to: String(to), fixed: fixed ?? `${to}–${from}` }, fixed);
    return undefined;
  }
  return { from, to };
}

/**
 * The years of `{from: 2024, to: 2027}`, reporting each sub-key or value it
 * cannot read, an end given twice (`to` and `til`) and a missing end.
 * Undefined when neither end is a year.
 */
function readPeriodMap(
  map: YMap,
  problems: ValueProblem[],
  bad: (span: Span, messageId: string, data: Record<string, string>, suggestion?: string) => void,
): { from?: number; to?: number } | undefined {
  const ends: { from?: number; to?: number } = {};
  const seen: { from?: string; to?: string } = {};
  for (const { key, value } of map.pairs) {
    const end = PERIOD_ENDS.get(keyOf(key.value));
    if (!end) {
      const p: ValueProblem = { kind: 'unknown-property', span: key.span, messageId: 'unknownPeriodKey', data: { key: key.value }, ...guessFields(periodKeyGuess(key.value, map)) };
      problems.push(p);
      continue;
    }
    if (seen[end] !== undefined) {
      bad(key.span, 'periodTwice', { key: key.value, other: seen[end]! });
      continue;
    }
    seen[end] = key.value;
    const text = value.kind === 'scalar' && !isNull(value) ? value.value.trim() : '';
    if (!YEAR.test(text)) {
      // A date (`from: 2026-01-01`): its year is what a period can hold.
      const year = DATE.exec(text);
      const y = year?.[1] ?? year?.[2];
      bad(value.span, text ? 'periodYear' : 'empty', { value: text, key: key.value, example: y ?? (end === 'from' ? '2024' : '2027') }, y);
      continue;
    }
    ends[end] = Number(text);
  }
  const [given, missing] = seen.from === undefined ? [seen.to, 'from'] : [seen.from, 'to'];
  if (given === undefined) {
    bad(map.span, 'periodEmpty', {});
    return undefined;
  }
  if (seen[missing as 'from' | 'to'] === undefined) {
    bad(map.span, missing === 'to' ? 'periodNoEnd' : 'periodNoStart', { key: given, partner: PERIOD_PARTNER.get(keyOf(given))! });
  }
  return ends.from === undefined && ends.to === undefined ? undefined : ends;
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
