// Bundles the extension, the language server and the CLI into dist/ (CommonJS, no node_modules needed).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateRegulations } from './regulations.mjs';
import { generateTemplates } from './templates.mjs';

const production = process.argv.includes('--production');
// Some dependencies read import.meta.url, which a CommonJS bundle must supply.
const importMetaUrl = "const __importMetaUrl = require('url').pathToFileURL(__filename).href;";
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: importMetaUrl },
};
const executable = { js: `#!/usr/bin/env node\n${importMetaUrl}` };

/**
 * vscode-languageserver and vscode-jsonrpc load child_process and crypto when they start, for helpers
 * (global module paths, random pipe names) the server uses only when asked. Node compiles these
 * modules on their first load, about 15 ms of a cold start here. In the server bundle, the
 * dependencies' copies load on their first use instead.
 */
const deferredBuiltins = {
  name: 'deferred-builtins',
  setup(build) {
    build.onResolve({ filter: /^(?:child_process|crypto)$/ }, ({ path, importer }) =>
      importer.includes('node_modules') ? { path, namespace: 'deferred-builtin' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'deferred-builtin' }, ({ path }) => ({
      contents: `let loaded;
const load = () => (loaded ??= require('node:${path}'));
module.exports = new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => {
    const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
    return descriptor && { ...descriptor, configurable: true };
  },
});`,
      loader: 'js',
    }));
  },
};

// The article database is generated from the official text, and the phrase templates compiled, before
// the bundles import them.
for (const file of await generateRegulations()) console.log(`regenerated ${file}`);
for (const file of await generateTemplates()) console.log(`regenerated ${file}`);
mkdirSync('dist', { recursive: true });
// The root package is ESM; the bundles are CommonJS.
writeFileSync('dist/package.json', '{ "type": "commonjs" }\n');
await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  (async () => {
    await build({ ...common, entryPoints: ['server/src/cli/entry.ts'], outfile: 'dist/cli-main.js' });
    // dist/cli.js loads dist/cli-main.js through V8's code cache, as dist/server.js loads the server.
    const cliMainHash = createHash('sha256').update(readFileSync('dist/cli-main.js')).digest('hex').slice(0, 16);
    await build({
      ...common,
      entryPoints: ['server/src/cli/bin.ts'],
      outfile: 'dist/cli.js',
      banner: executable,
      define: { ...common.define, CLI_MAIN_HASH: JSON.stringify(cliMainHash) },
    });
  })(),
  (async () => {
    await build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server-main.js', plugins: [deferredBuiltins] });
    // dist/server.js only loads dist/server-main.js through V8's code cache (server/src/node/codeCache.ts),
    // keyed by this hash: computed here, it costs a start nothing.
    const serverMainHash = createHash('sha256').update(readFileSync('dist/server-main.js')).digest('hex').slice(0, 16);
    await build({
      ...common,
      entryPoints: ['server/src/lsp/bin.ts'],
      outfile: 'dist/server.js',
      banner: executable,
      define: { ...common.define, SERVER_MAIN_HASH: JSON.stringify(serverMainHash) },
    });
  })(),
]);
