/** Entry point of the `samstemt` executable. */
import { execute } from './cli.js';
import { cliText, guessLang, reasonOf } from './messages.js';
import { printable } from './printable.js';

// A reader that stops early (`samstemt suggest … | head`) closes the pipe: stop
// quietly with the command's exit code, as command-line tools do, instead of
// dying on an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE' && stream !== process.stderr) {
      const lang = guessLang(process.argv.slice(3), process.cwd());
      process.stderr.write(`samstemt: ${cliText(lang, 'writeFailed', { reason: reasonOf(e, lang) })}\n`);
    }
    process.exit(e.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
  });
}

process.exitCode = execute(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (t) => process.stdout.write(t),
  // Notices name files found on disk and values from documents: no control characters reach the terminal or CI log.
  stderr: (t) => process.stderr.write(printable(t)),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
});
