// Compiles every item's phrase templates into server/data/templates.json (committed; the core reads it
// instead of compiling them at its first analysis; test/core/templateSnapshot.test.ts fails when it is stale).
import { build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const TARGET = 'server/data/templates.json';

export async function generateTemplates() {
  // The compiler is TypeScript in the core: bundle it in memory and load it as a module.
  const bundle = await build({
    entryPoints: ['server/src/core/legal/templateSnapshot.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  const { templateSnapshot } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
  const json = format(templateSnapshot());
  if (existsSync(TARGET) && readFileSync(TARGET, 'utf8') === json) return [];
  writeFileSync(TARGET, json);
  return [TARGET];
}

/** One template a line, so that a change to a template is a change to its line. */
function format(snapshot) {
  const items = Object.entries(snapshot).map(([name, item]) => {
    const kinds = Object.entries(item).map(([kind, templates]) =>
      templates.length === 0
        ? `  ${JSON.stringify(kind)}: []`
        : `  ${JSON.stringify(kind)}: [\n${templates.map((template) => `   ${JSON.stringify(template)}`).join(',\n')}\n  ]`,
    );
    return ` ${JSON.stringify(name)}: {\n${kinds.join(',\n')}\n }`;
  });
  return `{\n${items.join(',\n')}\n}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of await generateTemplates()) console.log(`wrote ${file}`);
}
