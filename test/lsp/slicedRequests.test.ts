import { strict as assert } from 'node:assert';
import { generateTender } from '../../scripts/bench/generate.js';
import { readExample } from '../helpers.js';
import { LspServer } from '../lspServer.js';

/**
 * Requests about a document being analysed wait for its sliced analysis instead of parsing the whole
 * text at once: meanwhile the server keeps answering about other documents.
 */
describe('LSP: requests go through the sliced analysis', function () {
  this.timeout(180_000);
  let server: LspServer;
  afterEach(() => server?.stop());

  it('an outline, folding, completion or definition request on a 2 MB document being opened does not hold up requests about another', async () => {
    server = await LspServer.start();
    const small = 'file:///petit.md';
    const large = 'file:///grand.md';
    await server.open(small, readExample('ao-services-professionnels-conforme.md'));
    await server.nextDiagnostics(small, { since: 0 });
    const text = generateTender(2_000_000);
    const since = server.published.length;
    await server.open(large, text);
    const at = { line: 10, character: 2 };
    const slow = [
      server.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: large } }),
      server.request<unknown[]>('textDocument/foldingRange', { textDocument: { uri: large } }),
      server.request('textDocument/completion', { textDocument: { uri: large }, position: at }),
      server.request('textDocument/definition', { textDocument: { uri: large }, position: at }),
      server.request('textDocument/codeLens', { textDocument: { uri: large } }),
    ];
    // Generous bound: parsing the large text at once takes several seconds.
    const symbols = await server.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: small } }, { timeout: 2_000 });
    assert.ok(symbols.length > 0);
    const [largeSymbols, folds] = await Promise.all(slow);
    assert.ok((largeSymbols as unknown[]).length > 0 && (folds as unknown[]).length > 0);
    await server.nextDiagnostics(large, { since, timeout: 120_000 });
  });
});
