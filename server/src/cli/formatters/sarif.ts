/**
 * `--format sarif`: SARIF 2.1.0, as accepted by GitHub code scanning.
 *
 * - one run; `tool.driver.rules` lists every rule of `ctx.rules` (with help
 *   text and markdown), plus a bare descriptor for any rule id that appears in
 *   the diagnostics but not in `ctx.rules`, so every result has a `ruleIndex`;
 * - regions are 1-based; columns count UTF-16 code units
 *   (`run.columnKind: "utf16CodeUnits"`); `endColumn` is exclusive, like the
 *   LSP end character it comes from;
 * - artifact URIs are relative (percent-encoded per path segment) to
 *   `%SRCROOT%`, which `originalUriBaseIds` resolves to a `file://` URI of
 *   `ctx.srcRoot ?? ctx.rootPath` with a trailing slash;
 * - `partialFingerprints["samstemt/v1"]` is a hash of rule, file, goal and
 *   message (not the position, so an alert survives edits above it), with an
 *   occurrence counter to keep identical findings apart.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckReport, FormatContext, Formatter, JsonDiagnostic, JsonRange, RuleInfo, Severity } from './types.js';
import { jsonWithoutRawControls } from '../printable.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SRCROOT = '%SRCROOT%';
export const FINGERPRINT_KEY = 'samstemt/v1';

type SarifLevel = 'error' | 'warning' | 'note';

interface ArtifactLocation { uri: string; uriBaseId?: string }
interface Region { startLine: number; startColumn: number; endLine: number; endColumn: number }
interface PhysicalLocation { artifactLocation: ArtifactLocation; region: Region }
interface Location { id?: number; physicalLocation: PhysicalLocation; message?: { text: string } }
interface ReportingDescriptor {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help?: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: Location[];
  relatedLocations?: Location[];
  partialFingerprints: Record<string, string>;
  properties: Record<string, unknown>;
}
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: { driver: { name: string; informationUri?: string; version: string; semanticVersion?: string; rules: ReportingDescriptor[] } };
    originalUriBaseIds: Record<string, { uri: string; description?: { text: string } }>;
    columnKind: 'utf16CodeUnits';
    language?: string;
    results: SarifResult[];
    properties: Record<string, unknown>;
  }[];
}

export function sarifLevel(s: Severity): SarifLevel {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

/** Percent-encode each segment of a '/'-separated relative path. */
function encodePath(p: string): string {
  return p.split('/').map((seg) => encodeURIComponent(seg)).join('/');
}

function dirUri(absPath: string): string {
  const href = pathToFileURL(absPath).href;
  return href.endsWith('/') ? href : `${href}/`;
}

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

function region(r: JsonRange): Region {
  return {
    startLine: r.start.line + 1,
    startColumn: r.start.character + 1,
    endLine: r.end.line + 1,
    endColumn: r.end.character + 1,
  };
}

function firstParagraph(text: string): string {
  // Line by line rather than one regex over the text: whitespace runs cost linear time.
  const lines = text.trim().split(/\r?\n/).map((l) => l.trim());
  const blank = lines.indexOf('');
  return (blank < 0 ? lines : lines.slice(0, blank)).join(' ').trim();
}

function descriptor(rule: RuleInfo): ReportingDescriptor {
  const short = rule.description.trim() || rule.id;
  const full = firstParagraph(rule.help) || short;
  const d: ReportingDescriptor = {
    id: rule.id,
    shortDescription: { text: short },
    fullDescription: { text: full },
    defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
  };
  const help = rule.help.trim() || short;
  d.help = { text: help, markdown: help };
  if (rule.helpUri) d.helpUri = rule.helpUri;
  return d;
}

export const sarif: Formatter = (report: CheckReport, ctx: FormatContext): string => {
  const srcRootAbs = path.resolve(ctx.srcRoot ?? ctx.rootPath);
  const rootAbs = path.resolve(ctx.rootPath);

  const artifact = (file: string): ArtifactLocation => {
    if (srcRootAbs === rootAbs) return { uri: encodePath(file), uriBaseId: SRCROOT };
    const abs = path.resolve(rootAbs, ...file.split('/'));
    const rel = path.relative(srcRootAbs, abs).split(path.sep).join('/');
    if (rel === '' || rel === '..' || rel.startsWith('../') || path.isAbsolute(rel)) {
      return { uri: pathToFileURL(abs).href };
    }
    return { uri: encodePath(rel), uriBaseId: SRCROOT };
  };

  const rules: ReportingDescriptor[] = ctx.rules.map(descriptor);
  const ruleIndex = new Map<string, number>();
  rules.forEach((r, i) => { if (!ruleIndex.has(r.id)) ruleIndex.set(r.id, i); });
  const indexOf = (d: JsonDiagnostic): number => {
    let i = ruleIndex.get(d.rule);
    if (i === undefined) {
      i = rules.length;
      rules.push({
        id: d.rule,
        shortDescription: { text: d.rule },
        fullDescription: { text: d.rule },
        defaultConfiguration: { level: sarifLevel(d.severity) },
      });
      ruleIndex.set(d.rule, i);
    }
    return i;
  };

  const seen = new Map<string, number>();
  const results: SarifResult[] = report.diagnostics.map((d) => {
    const hash = createHash('sha256')
      .update([d.rule, d.file, d.goal ?? '', d.message].join('\u0000'))
      .digest('hex')
      .slice(0, 32);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);

    const properties: Record<string, unknown> = { severity: d.severity };
    if (d.goal !== undefined) properties['goal'] = d.goal;
    if (d.suggestions && d.suggestions.length > 0) properties['suggestions'] = d.suggestions;

    const result: SarifResult = {
      ruleId: d.rule,
      ruleIndex: indexOf(d),
      level: sarifLevel(d.severity),
      message: { text: d.message },
      locations: [{ physicalLocation: { artifactLocation: artifact(d.file), region: region(d.range) } }],
      partialFingerprints: { [FINGERPRINT_KEY]: `${hash}:${n}` },
      properties,
    };
    if (d.related && d.related.length > 0) {
      result.relatedLocations = d.related.map((r, i) => ({
        id: i + 1,
        physicalLocation: { artifactLocation: artifact(r.file), region: region(r.range) },
        message: { text: r.message },
      }));
    }
    return result;
  });

  const driver: SarifLog['runs'][number]['tool']['driver'] = { name: 'Samstemt', version: ctx.version, rules };
  if (ctx.informationUri) driver.informationUri = ctx.informationUri;
  if (SEMVER.test(ctx.version)) driver.semanticVersion = ctx.version;
  // Key order as in the SARIF spec examples: name, informationUri, version, …
  const orderedDriver = {
    name: driver.name,
    ...(driver.informationUri ? { informationUri: driver.informationUri } : {}),
    version: driver.version,
    ...(driver.semanticVersion ? { semanticVersion: driver.semanticVersion } : {}),
    rules: driver.rules,
  };

  const log: SarifLog = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [{
      tool: { driver: orderedDriver },
      originalUriBaseIds: { [SRCROOT]: { uri: dirUri(srcRootAbs) } },
      columnKind: 'utf16CodeUnits',
      language: ctx.lang,
      results,
      properties: { root: report.root, summary: report.summary },
    }],
  };
  return jsonWithoutRawControls(JSON.stringify(log, null, 2)) + '\n';
};
