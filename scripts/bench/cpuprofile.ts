/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): self and inclusive time
 * per function, with the source module of each function when the profile was
 * taken of an esbuild bundle (esbuild marks each module with a `// path`
 * comment; the bundle's line numbers are mapped back to those modules).
 *
 *   node out/scripts/bench/cpuprofile.js --run bench/.work/national [--top 30]
 *       profiles `samstemt check DIR --format json --output /dev/null` on a
 *       snapshot of dist/samstemt.js (so a rebuild meanwhile cannot shift the
 *       line numbers) and prints the summary;
 *   node out/scripts/bench/cpuprofile.js FILE.cpuprofile [--top 30] [--bundle BUNDLE]
 *       summarises an existing profile of BUNDLE.
 *
 * Inclusive time counts a function once per sample even when it recurses.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Line → module path, from esbuild's `// path/to/module.ts` markers. */
function moduleMap(bundle: string): (line: number) => string | undefined {
  const starts: { line: number; module: string }[] = [];
  readFileSync(bundle, 'utf8')
    .split('\n')
    .forEach((l, i) => {
      const m = /^\/\/ (\S+\.(?:[cm]?js|ts|json))$/.exec(l);
      if (m) starts.push({ line: i, module: m[1]!.replace(/^(\.\.\/)+/, '').replace(/^.*?node_modules\//, '') });
    });
  return (line) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found: string | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]!.line <= line) {
        found = starts[mid]!.module;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

export function summarise(profile: Profile, top: number, bundle?: string): string {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const timeOf = new Map<number, number>();
  profile.samples.forEach((s, i) => timeOf.set(s, (timeOf.get(s) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...timeOf.values()].reduce((a, b) => a + b, 0);
  const mod = bundle ? moduleMap(bundle) : undefined;
  const keyOf = (n: ProfileNode) => {
    const cf = n.callFrame;
    const file = cf.url.split('/').pop() ?? '';
    const where = mod && cf.url.endsWith(bundle!.split('/').pop()!) ? (mod(cf.lineNumber) ?? file) : file;
    return `${cf.functionName || '(anonymous)'}  ${where}${cf.url ? `:${cf.lineNumber + 1}` : ''}`;
  };
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  const byModule = new Map<string, number>();
  for (const [id, t] of timeOf) {
    const n = nodes.get(id)!;
    const k = keyOf(n);
    self.set(k, (self.get(k) ?? 0) + t);
    const m = mod && n.callFrame.url ? (mod(n.callFrame.lineNumber) ?? '(node)') : n.callFrame.url ? n.callFrame.url.split('/').pop()! : '(vm)';
    byModule.set(m, (byModule.get(m) ?? 0) + t);
    const seen = new Set<string>();
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
      const kk = keyOf(nodes.get(x)!);
      if (seen.has(kk)) continue;
      seen.add(kk);
      incl.set(kk, (incl.get(kk) ?? 0) + t);
    }
  }
  const fmt = (t: number) => `${(t / 1000).toFixed(0).padStart(8)} ms ${((100 * t) / total).toFixed(1).padStart(5)} %`;
  const list = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, t]) => `  ${fmt(t)}  ${k}`);
  return [
    `total ${(total / 1000).toFixed(0)} ms sampled`,
    'self time by module:',
    ...list(byModule, Math.min(top, 25)),
    'self time by function:',
    ...list(self, top),
    'inclusive time by function:',
    ...list(incl, top * 2),
  ].join('\n');
}

/** Profiles `check DIR` on a snapshot of the CLI bundle; returns the profile file and the snapshot. */
function profileCheck(dir: string): { file: string; bundle: string } {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  const work = path.join(root, 'bench', '.work', 'prof');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(path.join(work, 'dist'), { recursive: true });
  const bundle = path.join(work, 'dist', 'samstemt.js');
  copyFileSync(path.join(root, 'dist', 'samstemt.js'), bundle);
  copyFileSync(path.join(root, 'dist', 'package.json'), path.join(work, 'dist', 'package.json'));
  // The bundle finds the catalogs at ../server/catalogs.
  symlinkSync(path.join(root, 'server'), path.join(work, 'server'));
  const r = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${work}`, bundle, 'check', path.resolve(dir), '--format', 'json', '--output', '/dev/null'], { stdio: 'inherit' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`samstemt check exited with ${r.status}`);
  const file = readdirSync(work).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('no profile written');
  return { file: path.join(work, file), bundle };
}

function main(argv: string[]): void {
  const ti = argv.indexOf('--top');
  const bi = argv.indexOf('--bundle');
  const ri = argv.indexOf('--run');
  const top = ti >= 0 ? Number(argv[ti + 1]) : 30;
  let file = argv.find((a) => a.endsWith('.cpuprofile'));
  let bundle = bi >= 0 ? argv[bi + 1]! : 'dist/samstemt.js';
  if (ri >= 0 && argv[ri + 1]) ({ file, bundle } = profileCheck(argv[ri + 1]!));
  if (!file) {
    process.stderr.write('usage: node out/scripts/bench/cpuprofile.js (--run DIR | FILE.cpuprofile [--bundle BUNDLE]) [--top N]\n');
    process.exit(2);
  }
  process.stdout.write(`profile: ${file}\n` + summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile, top, bundle) + '\n');
}

main(process.argv.slice(2));
