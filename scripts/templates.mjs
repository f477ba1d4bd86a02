// Compiles every item's phrase templates into server/data/templates.json (committed; the core reads it
// instead of compiling them at its first analysis; test/core/templateSnapshot.test.ts fails when it is stale),
// writes the stems of the vocabulary's words into server/data/notionStems.json (read likewise instead of
// stemming them when the lexicon loads), and writes the literals the recognisers' patterns need into
// server/data/literals.json (scripts/literals.ts).
import { build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const TARGET = 'server/data/templates.json';
const STEMS = 'server/data/notionStems.json';
const LITERALS = 'server/data/literals.json';

/** A TypeScript module (and what it imports), bundled in memory and loaded. */
async function load(entry) {
  const bundle = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning' });
  return import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
}

function writeChanged(target, text) {
  if (existsSync(target) && readFileSync(target, 'utf8') === text) return [];
  writeFileSync(target, text);
  return [target];
}

/**
 * The compiled templates, and the literals each pattern of the recognisers needs (scripts/literals.ts;
 * test/core/literals.test.ts fails when that file is stale).
 */
export async function generateTemplates() {
  // The vocabulary's stems first: the templates' lemmas are read with them.
  const { notionStems } = await load('server/src/core/legal/lexicon/lemma.ts');
  const stems = writeChanged(
    STEMS,
    `[\n${notionStems()
      .map((pair) => ` ${JSON.stringify(pair)}`)
      .join(',\n')}\n]\n`,
  );
  // The compiler is TypeScript in the core.
  const { templateSnapshot } = await load('server/src/core/legal/templateSnapshot.ts');
  const { literalTable } = await load('scripts/literals.ts');
  const table = Object.entries(literalTable()).map(([pattern, literals]) => ` ${JSON.stringify(pattern)}: ${JSON.stringify(literals)}`);
  return [...stems, ...writeChanged(TARGET, format(templateSnapshot())), ...writeChanged(LITERALS, `{\n${table.join(',\n')}\n}\n`)];
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
