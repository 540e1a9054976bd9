/** A small argument parser: `--name value`, `--name=value`, repeatable options and positionals. */
import { UsageError } from './io.js';
import { didYouMean } from '../engine/text/normalize.js';

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string[]>;
  flags: Set<string>;
}

/** `valued` lists the options that take a value; every other `--x` is a flag. */
export function parseArgs(argv: readonly string[], valued: readonly string[], flags: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { positionals: [], options: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      out.positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = (eq > 0 ? a.slice(0, eq) : a).replace(/^-+/, '');
    if (valued.includes(name)) {
      const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new UsageError('needsValue', { name });
      out.options.set(name, [...(out.options.get(name) ?? []), value]);
    } else if (flags.includes(name) && eq < 0) out.flags.add(name);
    else {
      const meant = didYouMean(name, [...valued, ...flags]);
      throw new UsageError(meant ? 'unknownOptionMeant' : 'unknownOption', { option: a, meant: meant ?? '' });
    }
  }
  return out;
}

export function single(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  if (v && v.length > 1) throw new UsageError('onlyOnce', { name });
  return v?.[0];
}
