import { defineRule } from '../engine/rule.js';

/** Files that cannot be read: broken front matter or YAML, in documents, the config and framework files. */
export default defineRule({
  meta: {
    id: 'parse-error',
    defaultSeverity: 'error',
    category: 'structure',
    description: {
      en: 'Markdown front matter or YAML cannot be parsed.',
      nb: 'Front matter i Markdown eller YAML kan ikke leses.',
      nn: 'Front matter i Markdown eller YAML kan ikkje lesast.',
    },
    messages: {
      problem: { en: '{message}', nb: '{message}', nn: '{message}' },
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
        ctx.report({ messageId: 'problem', data: { message: p.message[lang] ?? p.message.en }, uri: f.uri, span: p.span });
      }
    }
  },
});
