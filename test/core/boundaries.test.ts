import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * The analysis core is pure (docs/architecture.md): it imports no adapter (the LSP server, the CLI, the Node
 * helpers, the VS Code client), no Node built-in and no editor or protocol package, so that it runs in any
 * host. Every import of every file under server/src/core is checked, static, dynamic and type-only alike.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORE = join(ROOT, 'server/src/core');
/** Besides its own modules, the core reads the regulation's text, generated into server/data. */
const DATA = join(ROOT, 'server/data');
const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
/** Packages that belong to the adapters: the editor's API and the language server protocol. */
const ADAPTER_PACKAGES = /^(?:vscode|vscode-languageserver|vscode-languageserver-textdocument|vscode-languageclient|vscode-jsonrpc)(?:\/|$)/;

const filesUnder = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : /\.[cm]?ts$/.test(entry.name) ? [join(folder, entry.name)] : [],
  );

/** Every module a file imports, as written. */
const importsOf = (file: string): string[] => ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((imported) => imported.fileName);

/** Why an import breaks the core's boundary, or undefined. */
function violation(file: string, specifier: string): string | undefined {
  if (BUILTINS.has(specifier) || specifier.startsWith('node:')) return 'a Node built-in';
  if (ADAPTER_PACKAGES.test(specifier)) return 'an editor or protocol package';
  if (!specifier.startsWith('.')) return undefined;
  const target = resolve(dirname(file), specifier);
  if (target.startsWith(`${CORE}/`) || target.startsWith(`${DATA}/`)) return undefined;
  return `outside the core (${relative(ROOT, target)})`;
}

describe('the analysis core imports no adapter and no Node module', () => {
  it('every import under server/src/core stays in the core, its data or its pure packages', () => {
    const files = filesUnder(CORE);
    assert.ok(files.length > 50, `${files.length} files under server/src/core`);
    const broken = files.flatMap((file) =>
      importsOf(file).flatMap((specifier) => {
        const why = violation(file, specifier);
        return why ? [`${relative(ROOT, file)}: '${specifier}' is ${why}`] : [];
      }),
    );
    assert.deepEqual(broken, []);
  });

  it('the check sees what it must refuse', () => {
    const file = join(CORE, 'rules/example.ts');
    assert.deepEqual(
      [
        "import { x } from '../../lsp/server.js'",
        "import type { Y } from '../../cli/format.js'",
        "const fs = await import('node:fs')",
        "import path from 'path'",
        "export * from 'vscode-languageserver'",
      ].map((source) => ts.preProcessFile(source, true, true).importedFiles.map((imported) => violation(file, imported.fileName) ?? 'allowed')),
      [
        ['outside the core (server/src/lsp/server.js)'],
        ['outside the core (server/src/cli/format.js)'],
        ['a Node built-in'],
        ['a Node built-in'],
        ['an editor or protocol package'],
      ],
    );
    assert.equal(violation(file, '../legal/recognisers.js'), undefined);
    assert.equal(violation(join(CORE, 'legal/regulation/index.ts'), '../../../../data/regulations/C-65.1-r4/2016-03-01.json'), undefined);
    assert.equal(violation(file, 'yaml'), undefined);
  });
});
