/** Finds and reads the shipped national catalogs for Node hosts (CLI, language server). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CatalogSource } from '../engine/engine.js';

/**
 * The catalogs live in `server/catalogs/`: from a bundle in `dist/` that is
 * `../server/catalogs`. The first folder that exists wins.
 */
export function catalogDir(): string {
  // Bundles are CommonJS (`__dirname` is set); compiled ESM sources run from the repository root.
  const here = typeof __dirname === 'string' ? __dirname : path.join(process.cwd(), 'dist');
  const candidates = [path.join(here, '../server/catalogs'), path.join(here, '../../catalogs')];
  return candidates.find((c) => existsSync(c)) ?? candidates[0]!;
}

export function loadBuiltInCatalogs(dir = catalogDir()): CatalogSource[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ uri: pathToFileURL(path.join(dir, f)).href, text: readFileSync(path.join(dir, f), 'utf8') }));
}
