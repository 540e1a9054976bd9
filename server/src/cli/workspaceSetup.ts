/**
 * From CLI paths to an engine: a path inside a workspace analyses the whole
 * workspace (the nearest `samstemt.yaml` above it), so references resolve, and
 * reports only the files under the path.
 */
import { lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import { Engine } from '../engine/engine.js';
import type { Lang, SeverityLevel } from '../engine/types.js';
import type { WorkspaceModel } from '../engine/workspaceModel.js';
import { allRules } from '../rules/index.js';
import { loadBuiltInCatalogs } from '../node/catalogs.js';
import { NodeHost, isInside, isSkippedDir, nearestConfigDir, toPath, toUri } from '../node/nodeHost.js';
import { UsageError } from './io.js';

export interface Target {
  /** Absolute path given by the user. */
  path: string;
  isFile: boolean;
  /** Folder analysed for this target: the enclosing workspace root, or the path itself. */
  root: string;
}


export function resolveTargets(cwd: string, paths: readonly string[]): Target[] {
  return (paths.length ? paths : ['.']).map((p) => {
    const abs = path.resolve(cwd, p);
    let isFile: boolean;
    try {
      isFile = statSync(abs).isFile();
    } catch {
      throw new UsageError(isLink(abs) ? 'brokenLinkPath' : 'noSuchPath', { path: p });
    }
    const dir = isFile ? path.dirname(abs) : abs;
    return { path: abs, isFile, root: nearestConfigDir(dir) ?? dir };
  });
}

function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

export interface EngineSetup {
  lang?: Lang;
  rules?: Record<string, SeverityLevel>;
  /** Read the named files as documents even where the cooperation's globs leave them out (`suggest`). */
  explicitOverGlobs?: boolean;
}

export function createNodeEngine(targets: readonly Target[], setup: EngineSetup = {}): { engine: Engine; host: NodeHost } {
  const roots = outermost([...new Set(targets.map((t) => t.root))]);
  const files = targets.filter((t) => t.isFile).map((t) => t.path);
  const host = new NodeHost(roots, files);
  const engine = new Engine(host, {
    catalogs: loadBuiltInCatalogs(),
    rules: allRules,
    roots: roots.map(toUri),
    explicitDocuments: files.map(toUri),
    ...(setup.lang ? { lang: setup.lang } : {}),
    ...(setup.rules ? { ruleOverrides: setup.rules } : {}),
    ...(setup.explicitOverGlobs ? { explicitOverGlobs: true } : {}),
  });
  return { engine, host };
}

/**
 * The folders to read: one inside another adds nothing, since the walk finds its files. Loose files
 * named from two folders (`a.strategy.md`, `plan/b.strategy.md`, as a CI job passes a commit's changed
 * files) are then one folder read with the defaults, as `samstemt check .` reads them, instead of two
 * whose owners are no members of each other. A folder the walk skips (hidden, `node_modules`) stays.
 */
function outermost(roots: readonly string[]): string[] {
  const reached = (outer: string, r: string) => isInside(outer, r) && !path.relative(outer, r).split(path.sep).some(isSkippedDir);
  return roots.filter((r) => !roots.some((o) => o !== r && reached(o, r)));
}

/** The cooperation whose samstemt.yaml is in `dir`, loaded (documents parsed, no rules run), and the host that read it. */
export function cooperationAt(dir: string): { ws: WorkspaceModel | undefined; host: NodeHost } {
  const { engine, host } = createNodeEngine([{ path: dir, isFile: false, root: dir }]);
  const config = path.join(dir, 'samstemt.yaml');
  const ws = engine.loadWorkspaces().find((w) => w.config.uri !== undefined && toPath(w.config.uri) === config);
  return { ws, host };
}

/** True when `uri` is reported for these targets (the target itself, or under a target folder). */
export function inTargets(uri: string, targets: readonly Target[]): boolean {
  return targets.some((t) => {
    const u = toUri(t.path);
    return t.isFile ? uri === u : uri.startsWith(u.endsWith('/') ? u : u + '/');
  });
}
