/** Dispatches `samstemt <command>`; user errors exit 2 with a message, never a stack trace. */
import { UsageError, VERSION, type CliIo } from './io.js';
import { runCheck } from './check.js';
import { runObjectives } from './objectives.js';
import { runInit } from './init.js';
import { runSuggest } from './suggest.js';
import { runReport } from './report.js';
import { cliText, guessLang } from './messages.js';
import { didYouMean } from '../engine/text/normalize.js';

/** Each command's lines of the usage, as `--help` after the command shows them alone. */
const USAGE = {
  check: `  samstemt check [PATH...]      lint a workspace (default: the current folder); PATH may be the
                                workspace root, a sub-folder or single files
    --format stylish|json|sarif|github|junit   output format (default stylish)
    --output FILE               write the result to FILE (its folders are created; - is stdout)
    --max-warnings N            exit 1 when warnings exceed N (-1: no limit, the default)
    --rule ID=SEVERITY          override a rule for this run (repeatable; SEVERITY: error|warning|info|hint|off)
    --lang nb|nn|en             message language
`,
  report: `  samstemt report [PATH]        alignment report: coverage matrix, conflicts, unlinked goals, capacity
    --format html|md|json       output format (default html)  --output FILE  --lang nb|nn|en
`,
  objectives: `  samstemt objectives [PATH] [--framework DS19] [--format text|json] [--lang nb|nn|en]
                                list the objectives of the frameworks the cooperation at PATH uses
                                (its own framework files too); the national catalogs outside one
`,
  suggest: `  samstemt suggest FILE[#goal-id] [--format text|json] [--lang nb|nn|en]
                                ranked objective suggestions, with the words that matched
`,
  init: `  samstemt init [DIR]           scaffold samstemt.yaml and an example strategy document
    --lang nb|nn|en             the language of the example and the keys (default nb)
`,
};

const TITLE = `samstemt ${VERSION} — strategy alignment for inter-municipal cooperations`;
const EXIT_CODES = `Exit codes: 0 no errors; 1 lint errors or too many warnings; 2 the tool could not run
(bad arguments, an unreadable samstemt.yaml, a strategy file or folder it cannot read,
nothing to check, a rule that failed with an internal error).
`;

export const HELP = `${TITLE}

Usage:
${Object.values(USAGE).join('')}  samstemt --version | --help

${EXIT_CODES}`;

/** The help of one command (`samstemt check --help`, `samstemt help check`), as ESLint and git show it. */
function commandHelp(command: keyof typeof USAGE): string {
  return `${TITLE}

Usage:
${USAGE[command]}
Every command: samstemt --help. The version: samstemt --version.

${EXIT_CODES}`;
}

type Command = (argv: readonly string[], io: CliIo) => number;
/** A Map: a word on the command line (`constructor`, `toString`) must not find a property of Object. */
const COMMANDS = new Map<string, Command>([['check', runCheck], ['objectives', runObjectives], ['init', runInit], ['suggest', runSuggest], ['report', runReport]]);

export function execute(argv: readonly string[], io: CliIo): number {
  const [command, ...rest] = argv;
  try {
    if (!command) {
      // No command is a usage error: the help goes to stderr, so a script's stdout stays empty.
      io.stderr(HELP);
      return 2;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      const about = rest[0];
      io.stdout(command === 'help' && about !== undefined && Object.hasOwn(USAGE, about) ? commandHelp(about as keyof typeof USAGE) : HELP);
      return 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const run = COMMANDS.get(command);
    if (!run && command.startsWith('-')) {
      // An option before the command (`samstemt --format json check`): say where it goes, not «unknown command».
      const later = argv.find((a) => COMMANDS.has(a));
      if (later || VALUED.includes(command.split('=')[0]!)) throw new UsageError('optionBeforeCommand', { option: command.split('=')[0]!, command: later ?? 'check' });
      throw new UsageError('unknownOption', { option: command });
    }
    if (!run) {
      const meant = didYouMean(command, [...COMMANDS.keys()]);
      throw new UsageError(meant ? 'unknownCommandMeant' : 'unknownCommand', { command, meant: meant ?? '' });
    }
    if (asksFor(rest, ['--help', '-h'])) {
      io.stdout(commandHelp(command as keyof typeof USAGE));
      return 0;
    }
    // As after no command: `samstemt check --version` (ESLint answers `eslint . --version` so too).
    if (asksFor(rest, ['--version', '-v'])) {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    return run(rest, io);
  } catch (e) {
    // In the run's language: --lang, else the workspace's, else nb.
    // With an option before the command, that option may be --lang; the command word is no path.
    const lang = guessLang(command?.startsWith('-') ? argv.filter((a) => !COMMANDS.has(a)) : rest, io.cwd);
    if (e instanceof UsageError) {
      io.stderr(`samstemt: ${e.text(lang)}\n`);
      return 2;
    }
    io.stderr(`samstemt: ${cliText(lang, 'internalError', { message: e instanceof Error ? e.message : String(e) })}\n`);
    return 2;
  }
}

/** Options of any command that take a value: the word after them is that value, not a flag. */
const VALUED = ['--format', '--output', '--max-warnings', '--rule', '--lang', '--framework'];

/**
 * True when one of `flags` (`--help`, `-h`) stands as an option: not after `--`
 * (where it is a path, as `samstemt check -- -h` means the file `-h`) and not
 * as the value of an option (`--output -h`).
 */
function asksFor(argv: readonly string[], flags: readonly string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return false;
    if (flags.includes(a)) return true;
    if (VALUED.includes(a)) i++;
  }
  return false;
}
