import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readExample } from '../helpers.js';
import { LspServer } from '../lspServer.js';

describe('LSP: a .tenderrc with problems', function () {
  this.timeout(30_000);
  let folder: string;
  let server: LspServer | undefined;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'tender-lsp-rc-'))));
  afterEach(async () => {
    await server?.stop();
    server = undefined;
    rmSync(folder, { recursive: true, force: true });
  });

  const RC = '{\n  "regles": { "4.7°": "of", "4.1°": "off" }\n}\n';

  it('is said once in the log and in a notification; its valid settings apply', async () => {
    writeFileSync(join(folder, '.tenderrc.json'), RC);
    server = await LspServer.start();
    const uri = pathToFileURL(join(folder, 'avis.md')).href;
    const text = readExample('ao-services-techniques-defauts.md');
    await server.open(uri, text);
    const first = await server.nextDiagnostics(uri, { since: 0 });
    assert.ok(!first.diagnostics.some((diagnostic) => diagnostic.code === '4.1°'));
    assert.ok(first.diagnostics.length > 0);
    assert.equal(server.shown.length, 1);
    assert.match(server.shown[0], /Réglages Tender LS non appliqués .*« regles\.4\.7° » : « of » n'est pas une sévérité/);
    assert.ok(server.logged.some((line) => /\.tenderrc\.json:2:15: « regles\.4\.7° »/.test(line)));
    // Not again on the next analyses.
    const since = server.published.length;
    await server.change(uri, 2, [{ text: `${text}\nFin.\n` }]);
    await server.nextDiagnostics(uri, { since });
    assert.equal(server.shown.length, 1);
  });

  it('client settings (workspace/configuration) with a wrong value: said once, the other settings apply', async () => {
    server = await LspServer.start({ configuration: () => ({ regles: { '4.1°': 'off', '4.7°': 'of' }, 'jours-feries-supplementaires': [7], locale: null }) });
    const uri = pathToFileURL(join(folder, 'avis.md')).href;
    await server.open(uri, readExample('ao-services-techniques-defauts.md'));
    const published = await server.nextDiagnostics(uri, { since: 0 });
    assert.ok(published.diagnostics.length > 0 && !published.diagnostics.some((diagnostic) => diagnostic.code === '4.1°'));
    assert.equal(server.shown.length, 1);
    assert.match(server.shown[0], /\(tender\.\*\) : « regles\.4\.7° » : « of » n'est pas une sévérité.*\(\+1\)$/);
  });

  it('open in the editor, it gets the problems as diagnostics at the key, from its unsaved text', async () => {
    writeFileSync(join(folder, '.tenderrc.json'), '{}');
    server = await LspServer.start({ locale: 'en' });
    const uri = pathToFileURL(join(folder, '.tenderrc.json')).href;
    await server.open(uri, RC);
    const published = await server.nextDiagnostics(uri, { since: 0 });
    assert.deepEqual(
      published.diagnostics.map((diagnostic) => [diagnostic.range.start, diagnostic.message]),
      [[{ line: 1, character: 15 - 1 }, '"regles.4.7°": "of" is not a severity (error, warning, information, hint, off)']],
    );
    // No Markdown feature on it (the VS Code extension sends it too): requests answer empty at once,
    // instead of waiting for an analysis.
    const textDocument = { uri };
    const position = { line: 1, character: 4 };
    const whole = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
    const empty = (answer: unknown) =>
      answer === null ||
      (Array.isArray(answer) && answer.length === 0) ||
      (typeof answer === 'object' && Array.isArray((answer as { items?: unknown[] }).items) && (answer as { items: unknown[] }).items.length === 0);
    for (const [method, params] of [
      ['textDocument/documentSymbol', { textDocument }],
      ['textDocument/foldingRange', { textDocument }],
      ['textDocument/completion', { textDocument, position }],
      ['textDocument/hover', { textDocument, position }],
      ['textDocument/definition', { textDocument, position }],
      ['textDocument/codeLens', { textDocument }],
      ['textDocument/codeAction', { textDocument, range: whole, context: { diagnostics: [] } }],
      ['tender/conformity', { textDocument }],
    ] as const) {
      const answer = await server.request(method, params, { timeout: 2_000 });
      assert.ok(empty(answer), `${method}: ${JSON.stringify(answer)}`);
    }
    const since = server.published.length;
    await server.change(uri, 2, [{ text: '{ "regles": ' }]);
    assert.match((await server.nextDiagnostics(uri, { since })).diagnostics[0].message, /^invalid JSON/);
  });

  it('a .tenderrc.yml open in the editor gets its problems too', async () => {
    server = await LspServer.start({ locale: 'en' });
    const uri = pathToFileURL(join(folder, '.tenderrc.yml')).href;
    await server.open(uri, 'regles:\n  "4.7°": of\n', 1, 'yaml');
    const published = await server.nextDiagnostics(uri, { since: 0 });
    assert.deepEqual(
      published.diagnostics.map((diagnostic) => [diagnostic.range.start.line, diagnostic.message]),
      [[1, '"regles.4.7°": "of" is not a severity (error, warning, information, hint, off)']],
    );
  });
});
