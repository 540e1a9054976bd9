/**
 * Test helpers: an in-memory workspace host and a one-call way to analyse a
 * set of files through the real engine with the shipped catalogs.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { strict as assert } from 'node:assert';
import { Engine, type AnalysisResult, type EngineOptions, type IWorkspaceHost, type CatalogSource } from '../../server/src/engine/engine.js';
import { allRules } from '../../server/src/rules/index.js';
import type { Diagnostic } from '../../server/src/engine/types.js';
import { REPO } from './paths.js';
import { compareText } from '../../server/src/engine/text/order.js';

export { REPO };

/** The root of the in-memory workspace: every test file's URI starts with it. */
export const BASE = 'file:///ws/';

/** A file's path relative to the in-memory root, from its URI. */
export function fileOf(uri: string): string {
  return decodeURIComponent(uri.slice(BASE.length));
}

/** Files by URI, with a read counter (to assert what the engine re-reads). */
export class InMemoryHost implements IWorkspaceHost {
  readonly files = new Map<string, string>();
  reads = 0;
  constructor(files: Record<string, string> = {}, readonly base = BASE) {
    for (const [p, t] of Object.entries(files)) this.set(p, t);
  }
  uri(p: string): string {
    return this.base + p.split('/').map(encodeURIComponent).join('/');
  }
  set(p: string, text: string): void {
    this.files.set(this.uri(p), text);
  }
  delete(p: string): void {
    this.files.delete(this.uri(p));
  }
  listFiles(): string[] {
    return [...this.files.keys()];
  }
  readFile(uri: string): string | undefined {
    this.reads++;
    return this.files.get(uri);
  }
}

let catalogs: CatalogSource[] | undefined;
/** The shipped national catalogs (server/catalogs/*.yaml). */
export function shippedCatalogs(): CatalogSource[] {
  if (!catalogs) {
    const dir = path.join(REPO, 'server/catalogs');
    catalogs = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => ({ uri: pathToFileURL(path.join(dir, f)).href, text: readFileSync(path.join(dir, f), 'utf8') }));
  }
  return catalogs;
}

export function createTestEngine(host: IWorkspaceHost, options: Partial<EngineOptions> = {}): Engine {
  return new Engine(host, { catalogs: shippedCatalogs(), rules: allRules, roots: [BASE], ...options });
}

/** The strategy files (Markdown, YAML) of a folder on disk, by path relative to it: an in-memory copy of a generated workspace. */
export function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(md|ya?ml)$/.test(name)) out[path.relative(dir, p).split(path.sep).join('/')] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/** Everything a client sees of an analysis, in a stable order. */
export function snapshot(result: AnalysisResult): string {
  return JSON.stringify([...result.diagnostics].sort(([a], [b]) => compareText(a, b)));
}

/** The engine's incremental analysis of `host` now equals a fresh engine's analysis of the same files. */
export function assertSameAsFresh(engine: Engine, host: InMemoryHost, what: string): void {
  const incremental = snapshot(engine.analyze());
  const fresh = snapshot(createTestEngine(new InMemoryHost(Object.fromEntries([...host.files].map(([u, t]) => [decodeURIComponent(u.slice(host.base.length)), t])))).analyze());
  if (incremental !== fresh) assert.fail(`incremental analysis differs from a fresh one after ${what}`);
}

/** A diagnostic with its file relative to the in-memory root, for compact assertions. */
export interface TestDiagnostic extends Diagnostic {
  file: string;
}

/** Analyses `files` (paths relative to the root → text) and returns all diagnostics. */
export function analyze(files: Record<string, string>, options: Partial<EngineOptions> = {}): TestDiagnostic[] {
  const host = new InMemoryHost(files);
  const result = createTestEngine(host, options).analyze();
  if (result.errors.length) throw new Error(`rule crashed: ${result.errors.map((e) => `${e.rule}: ${e.message}`).join('\n')}`);
  const out: TestDiagnostic[] = [];
  for (const [uri, list] of result.diagnostics) {
    const file = decodeURIComponent(uri.slice(host.base.length));
    for (const d of list) out.push({ ...d, file });
  }
  return out.sort((a, b) => compareText(a.file, b.file) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Only the diagnostics of one rule. */
export function analyzeRule(rule: string, files: Record<string, string>, options: Partial<EngineOptions> = {}): TestDiagnostic[] {
  return analyze(files, options).filter((d) => d.rule === rule);
}

/** The text a diagnostic's range covers. */
export function textAt(files: Record<string, string>, d: TestDiagnostic): string {
  const text = files[d.file]!;
  const lines = text.split(/\r\n|\r|\n/);
  if (d.range.start.line === d.range.end.line) return lines[d.range.start.line]!.slice(d.range.start.character, d.range.end.character);
  return [lines[d.range.start.line]!.slice(d.range.start.character), ...lines.slice(d.range.start.line + 1, d.range.end.line), lines[d.range.end.line]!.slice(0, d.range.end.character)].join('\n');
}

/** A minimal samstemt.yaml for tests: members a (big), b (small), c and the company. */
export const CONFIG = `cooperation: Test
language: en
frameworks: [DS19, DN30]
documents: ["**/*.md", "**/*.yaml"]
members:
  storby: { name: Storby kommune, kind: kommune, population: 50000 }
  midtby: { name: Midtby kommune, kind: kommune, population: 15000 }
  fjellbygd: { name: Fjellbygd kommune, kind: kommune, population: 940 }
  ikt-fjord: { name: IKT Fjord AS, kind: selskap }
indicators:
  medlemsavgift: { name: Medlemsavgift, shared: true }
resources:
  utviklingskapasitet: { owner: ikt-fjord, capacity: 12, unit: årsverk }
`;

/** CONFIG with bokmål messages. */
export const CONFIG_NB = CONFIG.replace('language: en', 'language: nb');
/** CONFIG with nynorsk messages. */
export const CONFIG_NN = CONFIG.replace('language: en', 'language: nn');
/** CONFIG with DS19 as the only framework. */
export const CONFIG_DS19_ONLY = CONFIG.replace('frameworks: [DS19, DN30]', 'frameworks: [DS19]');

/** An LSP-style range from zero-based lines and characters. */
export function range(l1: number, c1: number, l2: number, c2: number): { start: { line: number; character: number }; end: { line: number; character: number } } {
  return { start: { line: l1, character: c1 }, end: { line: l2, character: c2 } };
}
