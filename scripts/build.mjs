// Bundles the three entry points with esbuild. ESM-only dependencies (remark,
// unified) are bundled into CommonJS files, so the VS Code extension host, the
// language server and the CLI all load one self-contained file each.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

mkdirSync('dist', { recursive: true });
// The package is ESM ("type": "module"); the bundles are CommonJS.
writeFileSync('dist/package.json', '{ "type": "commonjs" }\n');

await Promise.all([
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/samstemt.js' }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/samstemt-language-server.js' }),
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
]);
