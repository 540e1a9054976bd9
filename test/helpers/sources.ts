import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The TypeScript sources below `dir` (not declaration files), in a stable order; none when it does not exist. */
export function typeScriptSources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) out.push(...typeScriptSources(p));
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}
