import { defineRule } from '../engine/rule.js';
import { problemFix } from '../engine/findings.js';

/** Files that cannot be read: broken front matter or YAML, in documents, the config and framework files. */
export default defineRule({
  meta: {
    id: 'parse-error',
    defaultSeverity: 'error',
    category: 'structure',
    description: {
      en: 'Markdown front matter or YAML cannot be read.',
      nb: 'Front matter i Markdown eller YAML kan ikke leses.',
      nn: 'Front matter i Markdown eller YAML kan ikkje lesast.',
    },
    messages: {
      problem: { en: '{message}', nb: '{message}', nn: '{message}' },
      quoteValue: { en: 'Put the value in quotes', nb: 'Sett verdien i anførselstegn', nn: 'Set verdien i hermeteikn' },
      plainSpaces: { en: 'Indent with ordinary spaces', nb: 'Bruk vanlige mellomrom til innrykk', nn: 'Bruk vanlege mellomrom til innrykk' },
      closeQuote: { en: 'Close the quote at the end of the line', nb: 'Lukk anførselstegnet på slutten av linjen', nn: 'Lukk hermeteiknet på slutten av linja' },
      closeFrontMatter: { en: 'Close the front matter after the last key', nb: 'Avslutt front matter etter siste nøkkel', nn: 'Avslutt front matter etter siste nøkkel' },
      removeBlankLines: { en: 'Remove the blank lines above the front matter', nb: 'Fjern de tomme linjene over front matter', nn: 'Fjern dei tomme linjene over front matter' },
    },
  },
  checkWorkspace(ctx) {
    const { ws, lang } = ctx;
    const files = [
      ...ws.documents.map((d) => ({ uri: d.uri, problems: d.problems })),
      ...(ws.config.uri ? [{ uri: ws.config.uri, problems: ws.config.problems }] : []),
      ...ws.frameworkFiles,
    ];
    for (const f of files) {
      for (const p of f.problems) {
        ctx.report({ messageId: 'problem', data: { message: p.message[lang] ?? p.message.en }, uri: f.uri, span: p.span, ...problemFix(f.uri, p.fix) });
      }
    }
  },
});
