/**
 * Shape checks of request params: a request whose params lack what its
 * handler reads is answered with JSON-RPC InvalidParams (-32602) and a short
 * message, instead of a neutral result and a TypeError in the log. Only the
 * fields the handlers use are checked; anything else is left to them.
 */

/** Why params are malformed, or undefined when they are fine. */
export type ParamsCheck = (p: unknown) => string | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isUInt = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function position(v: unknown, name: string): string | undefined {
  if (!isObject(v)) return `${name} is missing`;
  if (!isUInt(v['line']) || !isUInt(v['character'])) return `${name} needs a line and a character (non-negative integers)`;
  return undefined;
}

function textDocument(p: unknown): string | undefined {
  if (!isObject(p)) return 'params are missing';
  const doc = p['textDocument'];
  if (!isObject(doc) || typeof doc['uri'] !== 'string') return 'textDocument.uri is missing';
  return undefined;
}

const all =
  (...checks: ParamsCheck[]): ParamsCheck =>
  (p) => {
    for (const c of checks) {
      const why = c(p);
      if (why) return why;
    }
    return undefined;
  };

const field = (name: string, check: (v: unknown) => string | undefined): ParamsCheck => (p) => check((p as Record<string, unknown>)[name]);

/** `textDocument` and `position` (hover, completion, definition, prepareRename). */
export const TEXT_POSITION: ParamsCheck = all(textDocument, field('position', (v) => position(v, 'position')));

/** `textDocument` only (documentSymbol, codeLens). */
export const TEXT_DOCUMENT: ParamsCheck = textDocument;

export const REFERENCES: ParamsCheck = all(
  TEXT_POSITION,
  field('context', (v) => (isObject(v) && typeof v['includeDeclaration'] === 'boolean' ? undefined : 'context.includeDeclaration (a boolean) is missing')),
);

export const RENAME: ParamsCheck = all(
  TEXT_POSITION,
  field('newName', (v) => (typeof v === 'string' ? undefined : 'newName must be a string')),
);

export const CODE_ACTION: ParamsCheck = all(
  textDocument,
  field('range', (v) => (isObject(v) ? (position(v['start'], 'range.start') ?? position(v['end'], 'range.end')) : 'range is missing')),
  field('context', (v) => (isObject(v) && Array.isArray(v['diagnostics']) ? undefined : 'context.diagnostics (an array) is missing')),
);

export const WORKSPACE_SYMBOL: ParamsCheck = (p) => (isObject(p) && typeof p['query'] === 'string' ? undefined : 'query must be a string');

/** `samstemt/report`: optional params; `uri` and `lang`, when given, are strings. */
export const REPORT: ParamsCheck = (p) => {
  if (p === undefined || p === null) return undefined;
  if (!isObject(p)) return 'params must be an object';
  if (p['uri'] !== undefined && typeof p['uri'] !== 'string') return 'uri must be a string';
  if (p['lang'] !== undefined && typeof p['lang'] !== 'string') return 'lang must be a string';
  if (p['webview'] !== undefined && !(isObject(p['webview']) && typeof p['webview']['nonce'] === 'string')) return 'webview needs a nonce (a string)';
  return undefined;
};

/** `workspace/executeCommand`: one of the commands the server lists (`commands`). */
export const executeCommand =
  (commands: readonly string[]): ParamsCheck =>
  (p) =>
    isObject(p) && typeof p['command'] === 'string' && commands.includes(p['command']) ? undefined : `command must be one of ${commands.join(', ')}`;
