import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ParsedBlock } from '../../server/src/core/document/markdown.js';
import { ParseCache } from '../../server/src/node/parseCache.js';
import { readDossierExample, writeFolder } from '../helpers.js';
import { LspServer, type PublishedDiagnostics } from '../lspServer.js';

/** A parse cache that counts what it gave and kept. */
class CountingCache extends ParseCache {
  loaded: string[] = [];
  stored: string[] = [];
  override load(path: string): Map<string, ParsedBlock> | undefined {
    const chunks = super.load(path);
    if (chunks) this.loaded.push(path);
    return chunks;
  }
  override store(path: string, chunks: readonly ParsedBlock[]): void {
    this.stored.push(path);
    super.store(path, chunks);
  }
}

describe('a dossier opened again in a new session takes the parses the last one kept', () => {
  let directory: string;
  let server: LspServer | undefined;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'tender-parse-cache-lsp-'));
  });
  afterEach(async () => {
    await server?.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  const texts = readDossierExample('dossier-gestion-documentaire-defauts');
  const names = Object.keys(texts).sort();

  /** A session: every file of the dossier opened at once, as an editor restores them; each file's first diagnostics. */
  async function session(folder: string, cache: ParseCache, files = texts): Promise<Record<string, PublishedDiagnostics['diagnostics']>> {
    server = await LspServer.inProcess({ rootUri: pathToFileURL(folder).href, parseCache: cache });
    const uri = (name: string) => pathToFileURL(join(folder, name)).href;
    const published = names.map((name) => server!.nextDiagnostics(uri(name), { since: 0 }));
    for (const name of names) void server.open(uri(name), files[name]);
    const diagnostics = Object.fromEntries((await Promise.all(published)).map((each, index) => [names[index], each.diagnostics]));
    // The parses are kept after the diagnostics are sent, a file per turn of the event loop.
    await server.request('textDocument/documentSymbol', { textDocument: { uri: uri(names[0]) } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await server.stop();
    server = undefined;
    return diagnostics;
  }

  it('the same diagnostics for every file; the first session keeps each file once, the next reads them and keeps nothing new', async () => {
    const folder = writeFolder('tender-parse-cache-dossier-', texts);
    const first = new CountingCache(directory, 'v1');
    const diagnostics = await session(folder, first);
    assert.ok(Object.values(diagnostics).some((each) => each.length > 0));
    assert.deepEqual(first.loaded, []);
    assert.deepEqual([...first.stored].sort(), names.map((name) => join(folder, name)).sort());

    const again = new CountingCache(directory, 'v1');
    assert.deepEqual(await session(folder, again), diagnostics);
    assert.deepEqual([...again.loaded].sort(), names.map((name) => join(folder, name)).sort());
    assert.deepEqual(again.stored, [], 'every chunk was kept already');
  });

  it('a file edited between sessions gets the findings of its new text; its parse alone is kept again', async () => {
    const folder = writeFolder('tender-parse-cache-dossier-', texts);
    const cache = new CountingCache(directory, 'v1');
    await session(folder, cache);
    const edited = { ...texts, 'regie.md': texts['regie.md'].replace(/^## .*$/m, (heading) => `${heading}\n\nUn paragraphe écrit entre deux sessions.`) };
    assert.notEqual(edited['regie.md'], texts['regie.md']);
    writeFileSync(join(folder, 'regie.md'), edited['regie.md']);
    const none = mkdtempSync(join(tmpdir(), 'tender-parse-cache-none-'));
    try {
      const fresh = await session(folder, new ParseCache(none, 'v1'), edited);
      const again = new CountingCache(directory, 'v1');
      assert.deepEqual(await session(folder, again, edited), fresh);
      assert.equal(again.loaded.length, names.length);
      assert.deepEqual(again.stored, [join(folder, 'regie.md')]);
    } finally {
      rmSync(none, { recursive: true, force: true });
    }
  });
});
