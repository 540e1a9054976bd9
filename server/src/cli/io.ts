/** What CLI commands need from the process: output streams and the working directory. */
export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stdout is a terminal (colour allowed). */
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/** A user error: printed without a stack trace, exit code 2. */
export class UsageError extends Error {}

export const VERSION = '0.1.0';
