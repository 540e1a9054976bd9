#!/usr/bin/env -S node --max-semi-space-size=4
// Runs the bundled language server; `npm ci` builds it (the `prepare` script).
// The Node option in the first line is SERVER_NODE_OPTIONS (server/src/node/heap.ts).
require('../dist/samstemt-language-server.js');
