// Runs the compiled mocha suites (out/test/**/*.test.js) and ends with the plain
// "N passed, N failed" line that CI reads. Usage: node scripts/run-tests.mjs [filter...]
// (a test file runs when its path contains any of the filters; "test/rules" matches out/test/rules/…)
//
// Mocha runs without --exit so that a test leaving a process, socket or timer
// behind is noticed. If the process is still alive some seconds after the
// summary, the runner names what keeps it alive (with the stack that created it
// when SAMSTEMT_TRACE_HANDLES=1) and exits anyway: a leak must not hang CI.
import Mocha from 'mocha';
import { createHook } from 'node:async_hooks';
import { readdirSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';

const LINGER_MS = 15000;
const tracked = process.env.SAMSTEMT_TRACE_HANDLES === '1' ? traceHandles() : undefined;

const filters = process.argv.slice(2);
const root = 'out/test';
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.test.js') && (filters.length === 0 || filters.some((f) => p.includes(f)))) files.push(p);
  }
})(root);

const mocha = new Mocha({ reporter: 'spec', timeout: 20000, forbidOnly: Boolean(process.env.CI) });
for (const f of files) mocha.addFile(path.resolve(f));
await mocha.loadFilesAsync();
let passed = 0;
let failed = 0;
const runner = mocha.run(() => {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
  setTimeout(reportLingering, LINGER_MS).unref();
});
runner.on('pass', () => passed++);
runner.on('fail', () => failed++);

/** Called only if something still holds the event loop LINGER_MS after the summary. */
function reportLingering() {
  const lines = [`run-tests: still running ${LINGER_MS / 1000} s after the summary; open: ${process.getActiveResourcesInfo().join(', ')}`];
  if (tracked) {
    for (const { type, stack } of tracked.values()) lines.push(`  ${type} created at${stack}`);
  } else {
    lines.push('  (SAMSTEMT_TRACE_HANDLES=1 shows where each was created)');
  }
  writeSync(2, lines.join('\n') + '\n');
  process.exit(process.exitCode);
}

/** Records the creation stack of every live handle that can keep Node running. */
function traceHandles() {
  const live = new Map();
  const kinds = new Set(['PIPEWRAP', 'PROCESSWRAP', 'TCPWRAP', 'TCPSERVERWRAP', 'PIPESERVERWRAP', 'Timeout', 'FSEVENTWRAP', 'SIGNALWRAP', 'TTYWRAP']);
  createHook({
    init(id, type) {
      if (!kinds.has(type)) return;
      const stack = new Error().stack.split('\n').slice(2, 14).join('\n');
      live.set(id, { type, stack: `\n${stack}` });
    },
    destroy(id) { live.delete(id); },
  }).enable();
  return live;
}
