import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './processes.js';

const EXTENSION_TESTS = join(ROOT, 'out/e2e/extension');

/** Bundles the extension tests (CommonJS, like the extension) into out/, where an extension host loads them. */
export async function buildExtensionTests(): Promise<string> {
  mkdirSync(EXTENSION_TESTS, { recursive: true });
  writeFileSync(join(ROOT, 'out/package.json'), '{ "type": "commonjs" }\n');
  await build({
    entryPoints: [join(ROOT, 'test/e2e/extension/index.ts'), join(ROOT, 'test/e2e/extension/extension.e2e.ts')],
    outdir: EXTENSION_TESTS,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', './extension.e2e.js'],
    // Mocha's parallel mode (unused here) resolves worker files esbuild cannot see: only errors matter.
    logLevel: 'error',
  });
  return join(EXTENSION_TESTS, 'index.js');
}
