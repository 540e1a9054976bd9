import type { Lang } from '../engine/types.js';
import { cliText, type MessageKey } from './messages.js';

/** What CLI commands need from the process: output streams and the working directory. */
export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stdout is a terminal (colour allowed). */
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * A user error: printed without a stack trace, exit code 2, in the run's
 * language (`lang` when the command knows it, else guessed from the arguments
 * and the workspace: see messages.ts). `message` is the English text.
 */
export class UsageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Readonly<Record<string, string | number>> = {},
    public lang?: Lang,
  ) {
    super(cliText('en', key, params));
  }

  text(lang: Lang): string {
    return cliText(this.lang ?? lang, this.key, this.params);
  }
}

export const VERSION = '0.1.0';
