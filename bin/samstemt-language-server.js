#!/usr/bin/env -S node --max-semi-space-size=4 --expose-gc
// Runs the bundled language server; `npm ci` builds it (the `prepare` script).
// The Node options in the first line are HEAP_NODE_OPTIONS (server/src/node/heap.ts).
require('../dist/samstemt-language-server.js');
