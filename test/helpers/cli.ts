/** Runs the built CLI (dist/samstemt.js) as a real process. */
import { spawnSync } from 'node:child_process';
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO } from './workspace.js';

export const CLI = path.join(REPO, 'dist/samstemt.js');

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** A diagnostic of `samstemt check --format json`, as cli.md describes it. */
export interface JsonDiagnostic {
  file: string;
  rule: string;
  severity: string;
  message: string;
  goal?: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  related?: { file: string; goal?: string; message?: string }[];
}

export function runCli(args: string[], cwd = REPO): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A stack trace on stderr: what a user error must never print (cli.md). */
export const STACK_TRACE = /\n\s+at .+:\d+:\d+\)?/;

/**
 * The CLI as a process on damaged or hostile input: fails the test when it
 * hangs or when stderr matches `forbidden` (a stack trace, by default).
 */
export function runCliGuarded(args: string[], cwd: string, forbidden: RegExp = STACK_TRACE): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60000, env: { ...process.env, NO_COLOR: '1' } });
  assert.notEqual((r.error as NodeJS.ErrnoException | undefined)?.code, 'ETIMEDOUT', `samstemt ${args.join(' ')} hung`);
  assert.doesNotMatch(r.stderr, forbidden, `samstemt ${args.join(' ')}:\n${r.stderr}`);
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Makes temporary folders, all removed after the test run: `make(prefix)` an
 * empty one, `make(prefix, fixture)` a copy of a fixture folder (for damaged
 * or hostile files written at run time, never committed). Call it at the top
 * of a test file, where mocha's `after` can be registered.
 */
export function tempFolders(): (prefix: string, fixture?: string) => string {
  const made: string[] = [];
  after(() => {
    for (const d of made) rmSync(d, { recursive: true, force: true });
  });
  return (prefix, fixture) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
    made.push(dir);
    if (fixture) cpSync(fixture, dir, { recursive: true });
    return dir;
  };
}

/**
 * `node bin/samstemt.js ARGS` in `cwd`: the executable as users run it, off a
 * terminal, and with neither NO_COLOR nor FORCE_COLOR from the developer's
 * shell unless `env` sets them (what a CI job sees).
 */
export function runBin(args: string[], cwd: string, env: Record<string, string> = {}): CliRun {
  const base = { ...process.env };
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;
  const r = spawnSync(process.execPath, [path.join(REPO, 'bin/samstemt.js'), ...args], { cwd, encoding: 'utf8', env: { ...base, ...env } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Writes files (relative path → text) into a new temporary folder and returns its path. */
export function tempWorkspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'samstemt-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), text);
  }
  return dir;
}

/** A clean strategy document of `storby` with one linked, dated goal: the CLI tests' minimal valid input. */
export const CLEAN_GOAL = `---
owner: storby
---
## Digital byggesak {#digital-byggesak}

- Område: innbyggertjenester
- Støtter: DS19-M2
- Frist: 2026-12-31
`;

/** A document of `midtby` whose one goal has no deadline or indicator: exactly one `goal-not-measurable` warning. */
export const VAGUE_GOAL = `---
owner: midtby
---
## Bedre digitale tjenester {#bedre-tjenester}

- Støtter: DS19-M2
`;
