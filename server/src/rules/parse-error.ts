import { defineRule } from '../engine/rule.js';
import { problemFix } from '../engine/findings.js';
import { encodingProblem } from '../engine/parse/encoding.js';

/** Files that cannot be read: broken front matter or YAML, in documents, the config and framework files. */
export default defineRule({
  meta: {
    id: 'parse-error',
    defaultSeverity: 'error',
    category: 'structure',
    description: {
      en: 'The head of a Markdown document (between `---` lines) or a YAML file cannot be read.',
      nb: 'Dokumenthodet i et Markdown-dokument (mellom `---`-linjene) eller en YAML-fil kan ikke leses.',
      nn: 'Dokumenthovudet i eit Markdown-dokument (mellom `---`-linjene) eller ei YAML-fil kan ikkje lesast.',
    },
    messages: {
      problem: { en: '{message}', nb: '{message}', nn: '{message}' },
      quoteValue: { en: 'Put the value in quotes', nb: 'Sett verdien i anførselstegn', nn: 'Set verdien i hermeteikn' },
      plainSpaces: { en: 'Indent with ordinary spaces', nb: 'Bruk vanlige mellomrom til innrykk', nn: 'Bruk vanlege mellomrom til innrykk' },
      plainSpace: { en: 'Write an ordinary space', nb: 'Skriv et vanlig mellomrom', nn: 'Skriv eit vanleg mellomrom' },
      goalsAsList: { en: 'Start the goal with «- »', nb: 'Start målet med «- »', nn: 'Start målet med «- »' },
      spacesForTab: { en: 'Indent with spaces instead of the tab', nb: 'Bruk mellomrom i stedet for tabulatortegnet', nn: 'Bruk mellomrom i staden for tabulatorteiknet' },
      closeQuote: { en: 'Close the quote at the end of the line', nb: 'Lukk anførselstegnet på slutten av linjen', nn: 'Lukk hermeteiknet på slutten av linja' },
      closeBracket: { en: 'Close the brackets at the end of the line', nb: 'Lukk parentesen på slutten av linjen', nn: 'Lukk parentesen på slutten av linja' },
      closeFrontMatter: { en: 'Add the closing `---` after the last key', nb: 'Legg til den avsluttende `---` etter siste nøkkel', nn: 'Legg til den avsluttande `---` etter siste nøkkel' },
      removeBlankLines: { en: 'Remove the blank lines above the first `---`', nb: 'Fjern de tomme linjene over første `---`', nn: 'Fjern dei tomme linjene over første `---`' },
    },
  },
  checkWorkspace(ctx) {
    const { ws, lang } = ctx;
    const files = [
      ...ws.documents.map((d) => ({ uri: d.uri, problems: d.problems })),
      // A config in another encoding is still read (its settings apply), so this is no problem of `config.problems`, which CLI exits 2 on.
      ...(ws.config.uri ? [{ uri: ws.config.uri, problems: [...[encodingProblem(ws.config.text)].filter((p) => p !== undefined), ...ws.config.problems] }] : []),
      ...ws.frameworkFiles,
    ];
    for (const f of files) {
      for (const p of f.problems) {
        ctx.report({ messageId: 'problem', data: { message: p.message[lang] ?? p.message.en }, uri: f.uri, span: p.span, ...problemFix(f.uri, p.fix) });
      }
    }
  },
});
