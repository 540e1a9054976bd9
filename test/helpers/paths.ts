/** Where things are: the repository root, from the compiled test file (out/test/helpers/). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
