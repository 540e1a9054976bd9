/** Entry point of the `samstemt` executable. */
import { execute } from './cli.js';

process.exitCode = execute(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
});
