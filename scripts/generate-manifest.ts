// Writes what derives from the settings definition (server/src/core/config): the `.tenderrc` JSON
// Schema, the `tender.*` settings of package.json and their descriptions in package.nls*.json.
// `npm run generate`; test/manifest.test.ts fails when these files are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from './manifest.js';

const root = fileURLToPath(new URL('../', import.meta.url));
for (const [path, content] of Object.entries(generatedFiles(root))) {
  let current = '';
  try {
    current = readFileSync(root + path, 'utf8');
  } catch {
    // A file written for the first time.
  }
  if (current !== content) {
    writeFileSync(root + path, content);
    console.log(`wrote ${path}`);
  }
}
