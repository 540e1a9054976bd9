/** Helpers for `file:` URIs, the engine's document identities. */

/** The folder part of a URI, with a trailing slash. */
export function dirname(uri: string): string {
  return uri.slice(0, uri.lastIndexOf('/') + 1);
}

export function basename(uri: string): string {
  return uri.slice(uri.lastIndexOf('/') + 1);
}

/** A folder URI's own name, decoded (`file:///…/ikt-fjord/` → `ikt-fjord`): how users know a workspace. */
export function folderName(uri: string): string {
  const segments = uri.split('/').filter((s) => s !== '');
  return decodePath(segments[segments.length - 1] ?? uri);
}

/** `uri` relative to folder `dir` (which ends with '/'), or undefined when outside. */
export function relative(dir: string, uri: string): string | undefined {
  return uri.startsWith(dir) ? uri.slice(dir.length) : undefined;
}

/** Resolves a workspace-relative path; undefined when it escapes `dir` (custom framework files are confined). */
export function resolveInside(dir: string, relPath: string): string | undefined {
  // The path is percent-decoded before it is judged: `%2e%2e` is `..`, an encoded
  // separator (`..%2f..%2f`) separates, so no spelling of a path gets out of `dir`.
  const decoded = decodeSafe(relPath);
  if ([relPath, decoded].some((p) => /^[a-z][a-z0-9+.-]*:/i.test(p) || p.startsWith('/') || p.startsWith('\\'))) return undefined;
  const parts: string[] = [];
  for (const seg of decoded.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (!parts.length) return undefined;
      parts.pop();
    } else parts.push(encodeURIComponent(seg));
  }
  return parts.length ? dir + parts.join('/') : undefined;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Decoded relative path for display and glob matching. */
export function decodePath(p: string): string {
  return p.split('/').map(decodeSafe).join('/');
}
