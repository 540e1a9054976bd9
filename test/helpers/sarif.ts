/** A validator for SARIF 2.1.0 logs: the official schema (test/fixtures), with its uri and date-time formats checked. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { REPO } from './paths.js';

export function sarifValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(path.join(REPO, 'test/fixtures/sarif-2.1.0.schema.json'), 'utf8')) as object;
  const uriRef = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    formats: {
      uri: (s: string) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) && uriRef.test(s),
      'uri-reference': (s: string) => uriRef.test(s),
      'date-time': (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/i.test(s) && !isNaN(Date.parse(s)),
    },
  });
  return ajv.compile(schema);
}
