// Generates the article database of each consolidation shipped in server/data/regulations/<id>/<version>.txt
// into a sibling <version>.json (committed; test/core/regulation.test.ts fails when one is stale).
import { build } from 'esbuild';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = 'server/data/regulations';

export async function generateRegulations() {
  // The parser is TypeScript in the core: bundle it in memory and load it as a module.
  const bundle = await build({
    entryPoints: ['server/src/core/legal/regulation/parse.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  const { parseRegulation } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
  const written = [];
  for (const regulation of readdirSync(ROOT)) {
    for (const file of readdirSync(join(ROOT, regulation)).filter((name) => name.endsWith('.txt'))) {
      const source = readFileSync(join(ROOT, regulation, file), 'utf8');
      const json = `${JSON.stringify(parseRegulation(source, file.slice(0, -4)), null, 1)}\n`;
      const target = join(ROOT, regulation, file.replace(/\.txt$/, '.json'));
      if (existsSync(target) && readFileSync(target, 'utf8') === json) continue;
      writeFileSync(target, json);
      written.push(target);
    }
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of await generateRegulations()) console.log(`wrote ${file}`);
}
